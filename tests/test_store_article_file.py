"""The content file format: what we write is what Pelican (and our own parser) reads back."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG

from scraper.article_file import ArticleFile, body_sha256, parse_article, single_line, slugify, url_slug


def _article(**overrides) -> ArticleFile:
    fields = dict(
        title="Nissan considers Foxconn tie-up",
        date="2025-06-03T09:12:41+00:00",
        publisher="electrive.com",
        original_url="https://www.electrive.com/2025/06/03/nissan/",
        slug="2025-06-03-nissan-considers-foxconn-tie-up",
        raw="raw/2025-06-03-nissan-considers-foxconn-tie-up.html.gz",
        body="First paragraph.\n\nSecond paragraph.",
        authors=["Nora Lindqvist"],
        topics=["nissan-foxconn"],
        lang="en",
    )
    fields.update(overrides)
    return ArticleFile(**fields)


def _pelican_read(path: Path) -> tuple[str, dict]:
    settings = dict(DEFAULT_CONFIG)
    settings["MARKDOWN"] = {"extension_configs": {"markdown.extensions.extra": {}, "markdown.extensions.meta": {}}}
    return MarkdownReader(settings).read(str(path))


def test_header_has_the_documented_fields_in_order():
    text = _article(modified="2025-06-03T11:02:17+00:00").render()
    header, body = text.split("\n\n", 1)
    keys = [line.split(":", 1)[0] for line in header.splitlines()]
    assert keys == ["Title", "Date", "Modified", "Authors", "Publisher", "Original_url", "Topics", "Lang", "Slug", "Raw", "Content_sha256"]
    assert body == "First paragraph.\n\nSecond paragraph.\n"
    assert f"Content_sha256: {body_sha256(body)}" in header


def test_optional_fields_are_left_out_when_unknown():
    header = _article(authors=[], topics=[], lang=None, modified=None).render().split("\n\n", 1)[0]
    assert not any(line.startswith(("Authors:", "Topics:", "Lang:", "Modified:")) for line in header.splitlines())


def test_parse_round_trips_render():
    article = _article(title="Profits <5% & falling", authors=["Doe, Jane", "Smith, John"], publisher="AT&T News")
    parsed = parse_article(article.render())
    assert (parsed.title, parsed.publisher, parsed.authors) == ("Profits <5% & falling", "AT&T News", ["Doe, Jane", "Smith, John"])
    assert parsed.topics == ["nissan-foxconn"] and not parsed.edited


def test_changed_body_counts_as_edited():
    text = _article().render().replace("Second paragraph.", "Second paragraph, corrected by the desk.")
    assert parse_article(text).edited


def test_metadata_values_are_single_line():
    article = _article(title="Line one\nline two\r\n\u2028three\x00", publisher="Pub\nlisher")
    header = article.render().split("\n\n", 1)[0]
    assert "Title: Line one line two three" in header.splitlines()
    assert "Publisher: Pub lisher" in header.splitlines()
    assert single_line("  a \t b\x85c ") == "a b c"


@pytest.mark.parametrize(
    "title",
    [
        "Date: 2020-01-01 is not the date",
        "---",
        "# Breaking: Nissan",
        "    indented title",
        "Title: nested",
        "<script>alert(1)</script> Nissan",
        "Nissan & Foxconn; a tie-up, maybe",
        "日産と鴻海、EV生産で協議",
        "{filename}/x.md and |filename|",
    ],
)
def test_titles_pelican_would_misread_still_round_trip(tmp_path, title):
    path = tmp_path / "a.md"
    path.write_text(_article(title=title, authors=["Doe, Jane"]).render(), encoding="utf-8")
    content, meta = _pelican_read(path)
    assert html.unescape(meta["title"]) == title.strip()
    assert "<script" not in meta["title"]
    assert [str(a) for a in meta["authors"]] == ["Doe, Jane"]
    assert meta["original_url"] == "https://www.electrive.com/2025/06/03/nissan/"
    assert "<p>First paragraph.</p>" in content


def test_author_names_cannot_carry_markup_or_split_pelicans_list(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(_article(authors=["<b>Jane</b> Doe", "A; B", "AT&T desk"]).render(), encoding="utf-8")
    _, meta = _pelican_read(path)
    assert [str(a) for a in meta["authors"]] == ["b Jane /b Doe", "A, B", "AT&T desk"]


def test_parse_rejects_files_that_are_not_ours():
    with pytest.raises(ValueError, match="missing metadata"):
        parse_article("Title: Only a title\n\nBody\n")
    with pytest.raises(ValueError, match="blank line"):
        parse_article("just some text")


def test_slugs_are_ascii_and_short():
    assert slugify("Nissan considers Foxconn tie-up to produce EVs in Japan") == "nissan-considers-foxconn-tie-up-to-produce-evs-in-japan"
    long = slugify("Nissan in advanced talks with Foxconn to build EVs at Oppama plant, Nikkei reports today")
    assert len(long) <= 60 and not long.endswith("-") and long.startswith("nissan-in-advanced-talks")
    assert slugify("Café Zürich: Übernahme") == "cafe-zurich-ubernahme"
    assert slugify("日産と鴻海") == ""
    assert url_slug("https://example.jp/news/nissan-oppama.html") == "nissan-oppama"
    assert url_slug("https://example.jp/news/12345") == "news"
    assert url_slug("https://example.jp/12345") == "article"
