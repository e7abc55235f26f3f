"""Hostile and broken pages through the whole pipeline (CLI, fetcher, real cleaner, store).

Whatever a page holds, nothing executable reaches content/, a page that cannot become an article
fails alone with a one-line reason, and nothing of it is left behind.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG
from pytest_httpserver import HTTPServer

from scraper import cli
from scraper.article_file import parse_article

FAST = ["--delay", "0", "--backoff", "0.01", "--retries", "0"]
STORY = "".join(
    f"<p>Paragraph {n}: Nissan and Foxconn discussed building electric vehicles at the Oppama plant, "
    f"which employs about 3,900 people, people familiar with the matter said.</p>"
    for n in range(1, 5)
)
HOSTILE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>&lt;script&gt;alert("title")&lt;/script&gt; Nissan weighs Foxconn deal</title>
<meta name="author" content="&lt;b onmouseover=alert(1)&gt;Eve&lt;/b&gt;">
<meta property="article:published_time" content="2025-06-05T10:00:00+09:00">
<base href="javascript:alert('base')//"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<style>body{background:url("javascript:alert(1)")}</style><script>alert("head")</script>
</head><body onload="alert('body')"><article>
<h1 onclick="alert(1)">Nissan weighs Foxconn deal</h1>
<p onmouseover="alert('p')">Nissan is weighing a deal with Foxconn to build electric vehicles at its Oppama plant, which employs about 3,900 people, people familiar with the matter said on Thursday.</p>
<script>document.write('<p>injected</p>')</script>
<p>The talks, first reported by <a href="javascript:alert('link')">Nikkei</a>, could keep the plant open.
<a href="jav&#x61;script&#58;alert(2)">Encoded link</a>, <a href=" &#14;javascript:alert(3)">spaced link</a>,
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>, <a href="vbscript:msgbox(1)">vb</a>.</p>
<p>Entities that decode to markup: &lt;script&gt;alert("entity")&lt;/script&gt; and &lt;img src=x onerror=alert(4)&gt;
must stay text in the story about the Oppama factory.</p>
<iframe src="https://evil.example/frame"></iframe><object data="evil.swf"><embed src="evil.swf"></object>
<svg onload="alert(5)"><script>alert(6)</script><a xlink:href="javascript:alert(7)"><text>svg link</text></a></svg>
<math><mi xlink:href="javascript:alert(8)">x</mi></math>
<form action="javascript:alert(9)"><input onfocus="alert(10)" autofocus><button formaction="javascript:alert(11)">Go</button></form>
<p><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" onerror="alert(12)" alt="chart"> Foxconn, formally Hon Hai
Precision Industry, has been expanding into contract manufacturing of electric vehicles since 2019.</p>
<p style="background:url(javascript:alert(13))">A source said a decision could come within weeks, and that the
government would need to approve any deal involving the Oppama site near Yokosuka.</p>
<template><script>alert(14)</script></template><noscript><p>noscript <img src=x onerror=alert(15)></p></noscript>
</article></body></html>"""
_UNSAFE_TAGS = ["script", "style", "iframe", "object", "embed", "svg", "math", "form", "input", "button", "base", "meta", "link", "template", "noscript"]
_UNSAFE_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.I)


def _page(title: str, published: str = "2025-06-05T10:00:00+00:00") -> str:
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{title}</h1>{STORY}</article></body></html>"
    )


def _add(capsys, content: Path, *args) -> tuple[int, str, str]:
    code = cli.main(["add", "--content", str(content), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _articles(content: Path) -> list[Path]:
    return sorted((content / "articles").glob("*.md"))


def _leftovers(content: Path) -> list[str]:
    return sorted(str(p.relative_to(content)) for p in content.rglob("*") if p.is_file() and p.name != cli.LOCK_NAME)


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error:")]


@pytest.fixture(scope="module")
def web():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(web):
    web.expect_request("/robots.txt").respond_with_data("", status=404)
    yield web
    web.clear()


def test_nothing_executable_reaches_content(tmp_path, capsys):
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    code, _, err = _add(capsys, tmp_path, "--html", page, "--url", "https://news.example.com/hostile")
    assert code == 0, err
    [path] = _articles(tmp_path)
    text = path.read_text(encoding="utf-8")
    article = parse_article(text)
    assert "<" not in text.split("\n\n", 1)[0]  # no markup in any metadata value
    assert article.title == '<script>alert("title")</script> Nissan weighs Foxconn deal'  # kept as text

    settings = dict(DEFAULT_CONFIG)
    settings["MARKDOWN"] = {"extension_configs": {"markdown.extensions.extra": {}, "markdown.extensions.meta": {}}}
    rendered, meta = MarkdownReader(settings).read(str(path))  # exactly what Pelican will publish
    for html in (rendered, markdown.markdown(article.body, extensions=["extra"]), meta["title"]):
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all(_UNSAFE_TAGS)
        for tag in soup.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on") or a.lower() in ("style", "srcdoc", "formaction")], tag
            for attr in ("href", "src", "action", "xlink:href", "poster"):
                assert not _UNSAFE_URL.match(tag.get(attr, "")), tag
    assert 'alert("entity")' in BeautifulSoup(rendered, "html.parser").get_text()  # entity markup survives as text
    assert "Oppama site near Yokosuka" in rendered and "injected" not in rendered


def test_pages_that_hold_no_article_fail_alone_and_leave_nothing(tmp_path, capsys, site):
    site.expect_request("/good").respond_with_data(_page("A good page"), content_type="text/html")
    site.expect_request("/empty").respond_with_data("", content_type="text/html")
    site.expect_request("/menu").respond_with_data("<html><body><nav><a href='/'>Home</a> <a href='/a'>Cars</a></nav></body></html>", content_type="text/html")
    site.expect_request("/binary").respond_with_data(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, content_type="text/html")
    site.expect_request("/noise").respond_with_data(bytes((n * 7919) % 256 for n in range(20000)), content_type="text/html; charset=utf-8")
    urls = {name: site.url_for(f"/{name}") for name in ("good", "empty", "menu", "binary", "noise")}
    code, out, err = _add(capsys, tmp_path, *urls.values(), *FAST)
    assert code == 1
    assert sorted(_errors(err)) == sorted(
        [
            f"error: {urls['empty']}: no article found (empty page)",
            f"error: {urls['menu']}: no article found",
            f"error: {urls['binary']}: not an HTML page",
            f"error: {urls['noise']}: not an HTML page",
        ]
    )
    assert _leftovers(tmp_path) == ["articles/2025-06-05-a-good-page.md", "raw/2025-06-05-a-good-page.html.gz", "raw/2025-06-05-a-good-page.json"]


def test_oversized_pages_fail_with_a_clear_reason(tmp_path, capsys, site):
    big = ("<html><body><article>" + STORY * 80000).encode()[: 50 * 1024 * 1024]
    site.expect_request("/big").respond_with_data(big, content_type="text/html")
    saved = tmp_path / "big.html"
    saved.write_bytes(big)
    code, _, err = _add(capsys, tmp_path / "content", site.url_for("/big"), *FAST)
    assert code == 1
    assert _errors(err) == [f"error: {site.url_for('/big')}: page too large ({len(big) / 1024 / 1024:.1f} MB declared, cap 10.0 MB)"]
    code, _, err = _add(capsys, tmp_path / "content", "--html", saved)
    assert code == 1 and _errors(err) == [f"error: {saved}: page too large (over the 10 MB cap)"]
    assert _leftovers(tmp_path / "content") == []


def test_deep_nesting_is_survived(tmp_path, capsys):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><head><title>Deep page</title></head><body>" + "<div>" * 5000 + f"<article><h1>Deep page</h1>{STORY}</article>" + "</div>" * 5000 + "</body></html>")
    unclosed = tmp_path / "unclosed.html"
    unclosed.write_text("<html><head><title>Unclosed</title></head><body>" + "<div><span><b>" * 5000 + STORY)
    good = tmp_path / "good.html"
    good.write_text(_page("After the deep ones"))
    outcomes = []
    for page in (deep, unclosed, good):
        code, _, err = _add(capsys, tmp_path / "content", "--html", page, "--url", f"https://news.example.com/{page.stem}")
        assert "Traceback" not in err and len(err.splitlines()) <= 2
        outcomes.append((code, _errors(err)))
    for (code, errors), page in zip(outcomes[:2], (deep, unclosed)):
        assert code == 0 and errors == [] or code == 1 and errors == [f"error: {page}: no article found"]
    assert outcomes[2] == (0, [])
    for path in _articles(tmp_path / "content"):
        assert "Paragraph 4: Nissan and Foxconn" in parse_article(path.read_text()).body


def test_missing_charset_is_detected(tmp_path, capsys, site):
    utf8 = _page("Nissan’s “Oppama” plan").replace('<meta charset="utf-8">', "").encode("utf-8")
    sjis = _page("日産、鴻海とEV生産で協議").replace('<meta charset="utf-8">', "").replace(STORY, "<p>日産自動車は追浜工場での電気自動車の生産について、台湾の鴻海精密工業と協議していることが分かった。従業員は約3900人。</p>" * 4).encode("shift_jis")
    site.expect_request("/utf8").respond_with_data(utf8, content_type="text/html")
    site.expect_request("/sjis").respond_with_data(sjis, content_type="text/html")
    code, _, err = _add(capsys, tmp_path, site.url_for("/utf8"), site.url_for("/sjis"), *FAST)
    assert code == 0, err
    titles = sorted(parse_article(p.read_text(encoding="utf-8")).title for p in _articles(tmp_path))
    assert titles == ["Nissan’s “Oppama” plan", "日産、鴻海とEV生産で協議"]
    bodies = " ".join(parse_article(p.read_text(encoding="utf-8")).body for p in _articles(tmp_path))
    assert "追浜工場" in bodies and "\ufffd" not in bodies


def test_wrong_charset_label_does_not_garble_the_article(tmp_path, capsys, site):
    page = _page("Nissan’s Oppama plan").replace(STORY, "<p>Foxconn’s talks with Nissan — about 3,900 jobs at the Oppama plant — continue, “sources” said.</p>" * 4)
    site.expect_request("/mislabelled").respond_with_data(page.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    code, _, err = _add(capsys, tmp_path, site.url_for("/mislabelled"), *FAST)
    assert code == 0, err
    [path] = _articles(tmp_path)
    article = parse_article(path.read_text(encoding="utf-8"))
    assert article.title == "Nissan’s Oppama plan"
    assert "Foxconn’s talks with Nissan — about 3,900 jobs" in article.body


def test_malformed_metadata_is_ignored_with_a_warning(tmp_path, capsys):
    page = tmp_path / "bad-meta.html"
    page.write_text(
        "<html><head><title>Malformed metadata story</title>"
        '<meta property="article:published_time" content="yesterday">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "last week", "author": {"name": </script>'
        f"</head><body><article><h1>Malformed metadata story</h1>{STORY}</article></body></html>"
    )
    code, _, err = _add(capsys, tmp_path / "content", "--html", page, "--url", "https://news.example.com/bad-meta")
    assert code == 0, err
    assert [line for line in err.splitlines() if line.startswith("warning:")] == [
        f"warning: https://news.example.com/bad-meta: no publication date found; dated today ({_articles(tmp_path / 'content')[0].name[:10]})"
    ]
    article = parse_article(_articles(tmp_path / "content")[0].read_text())
    assert article.title == "Malformed metadata story" and "Paragraph 1" in article.body
