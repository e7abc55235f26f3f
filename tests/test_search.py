"""The Pagefind search index: what it indexes and that the search page can load it offline.
(Searching itself runs in a real browser: tests/test_browser.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from postbuild import index_site


def test_only_briefings_their_timelines_and_source_articles_are_indexed(indexed_site: Path) -> None:
    for page in indexed_site.rglob("*.html"):
        name = page.relative_to(indexed_site).as_posix()
        bodies = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select("[data-pagefind-body]")
        expected = 1 if name.startswith(("topics/", "articles/")) else 0
        assert len(bodies) == expected, name
    entry = json.loads((indexed_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    indexed = sum(language["page_count"] for language in entry["languages"].values())
    expected = sum(len(list(indexed_site.glob(pattern)))
                   for pattern in ("topics/*/index.html", "topics/*/timeline/index.html", "articles/*/index.html"))
    assert indexed == expected


def test_search_page_loads_pagefind_from_the_site_itself(indexed_site: Path) -> None:
    page = indexed_site / "search" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    for ref in [s["src"] for s in soup.select("script[src]")] + [l["href"] for l in soup.select('link[rel="stylesheet"]')]:
        assert (page.parent / ref).resolve().is_file(), ref
    assert soup.select_one("noscript a[href]"), "readers without JavaScript get a way on"


def test_postbuild_refuses_a_folder_without_a_site(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no index.html"):
        index_site(tmp_path)
