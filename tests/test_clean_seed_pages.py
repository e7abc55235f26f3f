"""The two seed pages clean into exactly their article: every paragraph, in order, and no furniture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scraper.clean import CleanArticle, clean_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEEDS = {
    "electrive-nissan-foxconn": {
        "url": "https://www.electrive.com/2025/06/03/nissan-considers-foxconn-tie-up-to-produce-evs-in-japan/",
        "title": "Nissan considers Foxconn tie-up to produce EVs in Japan",
        "published": ("2025-06-03T09:12:41+00:00",),
        "authors": ["Nora Lindqvist"],
        "publisher": "electrive.com",
    },
    "investing-nissan-foxconn": {
        "url": "https://www.investing.com/news/stock-market-news/nissan-in-advanced-talks-with-foxconn-to-build-evs-at-oppama-plant--nikkei-4071562",
        "title": "Nissan in advanced talks with Foxconn to build EVs at Oppama plant - Nikkei",
        "published": ("2025-06-02T06:41:10+00:00", "2025-06-02T06:41:10Z"),
        "authors": ["Daniel Okafor"],
        "publisher": "Investing.com",
    },
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _lines(path: Path) -> list[str]:
    return [_norm(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=sorted(SEEDS))
def seed(request) -> tuple[str, CleanArticle]:
    name = request.param
    raw = (PAGES / f"{name}.html").read_bytes()
    return name, clean_page(raw, SEEDS[name]["url"])


def test_every_expected_paragraph_is_a_paragraph_in_order(seed):
    name, article = seed
    paragraphs = [_norm(p) for p in article.text.split("\n\n")]
    expected = _lines(PAGES / f"{name}.paragraphs.txt")
    positions = [paragraphs.index(line) for line in expected]  # ValueError names a missing paragraph
    assert positions == sorted(positions)


def test_no_boilerplate_line_survives(seed):
    name, article = seed
    text = _norm(article.text)
    for line in _lines(PAGES / f"{name}.boilerplate.txt"):
        assert line not in text, line
        visible_markdown = re.sub(r"\]\([^)]*\)", "]", article.markdown)  # link targets are not text
        assert line not in _norm(visible_markdown), line


def test_text_is_only_the_body(seed):
    name, article = seed
    expected = _lines(PAGES / f"{name}.paragraphs.txt")
    assert [_norm(p) for p in article.text.split("\n\n")] == expected


def test_metadata(seed):
    name, article = seed
    want = SEEDS[name]
    assert article.url == want["url"]
    assert article.title == want["title"]
    assert article.published in want["published"]
    assert article.authors == want["authors"]
    assert article.publisher == want["publisher"]
    assert article.language == "en"
    assert article.image and article.image.startswith("https://")


def test_markdown_links_are_absolute(seed):
    _, article = seed
    targets = re.findall(r"\]\(([^)\s]+)", article.markdown)
    assert targets, "the seed articles link to other pages"
    assert all(t.startswith(("https://", "http://")) for t in targets), targets
    assert 'href="/' not in article.html
