"""The production build as GitHub Pages serves it: under a sub-path, reproducible, strict.

A project site is served at https://USER.github.io/REPO/, so these tests build with
SITEURL=https://example.github.io/briefing through `make publish` (publishconf.py, exactly
what CI deploys) into temp folders, then:
  - every URL in every HTML/XML/JSON/CSS/JS file stays under that sub-path and points at a
    file the build contains, and nothing is loaded from another host (ci_check_site.py);
  - two builds of the same content are byte-identical (the second with another
    PYTHONHASHSEED, so set-ordering shows up), and no page carries the build's date.
The first tests pin the checker itself on small hand-made sites.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import subprocess
from pathlib import Path

import pytest

from ci_check_site import check_site, publisher_hosts

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = "https://example.github.io/briefing"


# --- the checker on hand-made sites -------------------------------------------------------

def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def problems_in(tmp_path: Path, files: dict[str, str], hosts: frozenset[str] = frozenset({"electrive.com"})) -> list[str]:
    site = write(tmp_path / "site", {"index.html": "<p>home</p>", "theme/css/site.css": "", **files})
    return [str(p) for p in check_site(site, SITE_URL, set(hosts))]


def test_checker_accepts_urls_under_the_sub_path_and_publisher_links(tmp_path: Path) -> None:
    page = f"""<!DOCTYPE html><html><head>
<link rel="stylesheet" href="{SITE_URL}/theme/css/site.css">
<link rel="canonical" href="https://www.electrive.com/2025/06/03/story/">
<link rel="alternate" type="application/atom+xml" href="{SITE_URL}/feeds/all.atom.xml">
</head><body><a href="{SITE_URL}/">Home</a> <a href="{SITE_URL}">Home</a> <a href="#top">Top</a>
<a href="https://electrive.com/other/">Source</a> <a href="mailto:desk@example.org">Mail</a>
<a href="../../index.html">Up</a></body></html>"""
    assert problems_in(tmp_path, {"articles/a/index.html": page, "feeds/all.atom.xml": "<feed/>"}) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("index2.html", '<a href="/articles/a/">A</a>', "index2.html:1: a[href]: root-relative URL"),
        ("index2.html", '<img srcset="theme/css/site.css 1x, /y.png 2x">', "index2.html:1: img[srcset]: root-relative URL"),
        ("index2.html", '<meta property="og:image" content="/cover.png">', "meta[content] (og:image): root-relative"),
        ("index2.html", '<div style="background: url(/bg.png)"></div>', "div[style] url(): root-relative"),
        ("index2.html", '\n\n<script src="https://cdn.example.net/x.js"></script>', "index2.html:3: script[src]: asset loaded from another host"),
        ("index2.html", '<link rel="stylesheet" href="//fonts.example.net/f.css">', "protocol-relative URL"),
        ("index2.html", '<a href="https://example.github.io/other-repo/">x</a>', "same host but outside the site's sub-path /briefing/"),
        ("index2.html", '<a href="http://localhost:8000/articles/a/">x</a>', "external link to a host no content file names"),
        ("index2.html", f'<a href="{SITE_URL}/articles/missing/">x</a>', "internal URL to a file the build does not contain"),
        ("index2.html", '<script>fetch("/pagefind/pagefind.js")</script>', "string in JS: root-relative URL"),
        ("theme/css/x.css", "a{}\nb { background: url('/img/b.png') }", "theme/css/x.css:2: url() in CSS: root-relative"),
        ("theme/js/x.js", 'const u = "/topics/x/briefing.json";', "theme/js/x.js:1: string in JS: root-relative"),
        ("topics/x/briefing.json", '{"sources": [{"url": "/articles/a/"}]}', "topics/x/briefing.json:1: JSON string: root-relative"),
        ("sitemap.xml", '<urlset>\n<url><loc>/articles/a/</loc></url></urlset>', "sitemap.xml:2: <loc> text: root-relative"),
        ("feeds/all.atom.xml", '<feed><entry>\n<content type="html">&lt;img src="/a.png"&gt;</content></entry></feed>',
         "feeds/all.atom.xml:2: img[src]: root-relative"),
        ("robots.txt", "User-agent: *\nDisallow: /pagefind/\nSitemap: /sitemap.xml\n", "robots.txt:3: robots.txt Sitemap: root-relative"),
        ("broken.json", "{not json", "broken.json:1: cannot be parsed"),
    ],
)
def test_checker_names_the_file_line_and_reason(tmp_path: Path, name: str, text: str, expected: str) -> None:
    problems = problems_in(tmp_path, {name: text})
    assert len(problems) == 1 and expected in problems[0], problems


def test_publisher_hosts_come_from_the_editors_files(tmp_path: Path) -> None:
    content = write(tmp_path / "content", {
        "sources.txt": "# one a line\nhttps://www.electrive.com/2025/06/03/a/ nissan-foxconn\n",
        "articles/a.md": "Title: A\nSource: https://www.investing.com/news/x\n\nSee [Nikkei](https://asia.nikkei.com/b).\n",
        "raw/a.html": '<script src="https://ads.example.net/x.js"></script>',
    })
    assert publisher_hosts(content) == {"electrive.com", "investing.com", "asia.nikkei.com"}
