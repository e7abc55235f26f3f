"""Metadata comes from every kind of source, the most trusted one wins, and bad values become None."""

from __future__ import annotations

import json

import pytest

from scraper.clean import clean_page

URL = "https://news.example.com/2025/06/03/plant"
BODY = "".join(
    f"<p>Paragraph {i} of the article explains what the carmaker plans for its coastal plant and why the "
    f"decision matters for the 3,900 people who work there and the suppliers around it.</p>" for i in range(4)
)


def page(head: str = "", before_body: str = "", html_attrs: str = "") -> bytes:
    return f"""<!DOCTYPE html><html {html_attrs}><head><meta charset="utf-8"><title>Title tag - Example News</title>
{head}</head><body><article>{before_body}<div class="article-body">{BODY}</div></article></body></html>""".encode()


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


OG = """<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
<meta property="article:published_time" content="2025-06-01T08:00:00+02:00">
<meta property="article:modified_time" content="2025-06-01T09:00:00+02:00">
<meta property="og:locale" content="de_DE"><meta property="og:image" content="/img/og.jpg">
<meta property="og:url" content="https://news.example.com/og-url">"""
DC = """<meta name="DC.title" content="DC title"><meta name="DC.publisher" content="DC Publisher">
<meta name="DC.date" content="2025-05-30"><meta name="DC.creator" content="Dora Creator">
<meta name="DC.language" content="fr">"""
META = """<meta name="author" content="Meta Author"><meta name="date" content="2025-05-29T10:00:00Z">
<meta name="application-name" content="Meta App">"""
TIME = '<time class="published" datetime="2025-05-28T07:30:00-04:00">May 28</time>'
BYLINE = '<div class="byline">By <a rel="author" href="/people/vera">Vera Visible</a></div>'
JSONLD = ld({
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "@id": "https://news.example.com/#site", "name": "Site"},
        {"@type": ["NewsArticle"], "@id": "https://news.example.com/#article", "headline": "JSON-LD headline",
         "datePublished": "2025-06-02T06:41:10Z", "dateModified": "2025-06-02T07:00:00Z",
         "author": [{"@id": "https://news.example.com/#jane"}, {"@type": "Person", "name": "John Roe"}],
         "publisher": {"@id": "https://news.example.com/#org"}, "inLanguage": "en-GB",
         "image": [{"@type": "ImageObject", "url": "https://cdn.example.com/lead.jpg"}]},
        {"@type": "Person", "@id": "https://news.example.com/#jane", "name": "Jane Doe"},
        {"@type": "Organization", "@id": "https://news.example.com/#org", "name": "Example News Group"},
    ],
})


def test_json_ld_wins_over_everything():
    article = clean_page(page(JSONLD + OG + DC + META, TIME + BYLINE, 'lang="es"'), URL)
    assert article.title == "JSON-LD headline"
    assert article.published == "2025-06-02T06:41:10+00:00"
    assert article.modified == "2025-06-02T07:00:00+00:00"
    assert article.authors == ["Jane Doe", "John Roe"]  # @id references resolved through @graph
    assert article.publisher == "Example News Group"
    assert article.language == "en"
    assert article.image == "https://cdn.example.com/lead.jpg"


def test_open_graph_is_next():
    article = clean_page(page(OG + DC + META, TIME + BYLINE, 'lang="es"'), URL)
    assert article.title == "OG title"
    assert article.published == "2025-06-01T08:00:00+02:00"
    assert article.modified == "2025-06-01T09:00:00+02:00"
    assert article.publisher == "OG Site"
    assert article.language == "de"
    assert article.image == "https://news.example.com/img/og.jpg"  # made absolute
    assert article.url == "https://news.example.com/og-url"


def test_dublin_core_is_next():
    article = clean_page(page(DC + META, TIME + BYLINE), URL)
    assert (article.title, article.publisher, article.language) == ("DC title", "DC Publisher", "fr")
    assert article.published == "2025-05-30"
    assert article.authors == ["Dora Creator"]


def test_plain_meta_is_next():
    article = clean_page(page(META, TIME + BYLINE), URL)
    assert article.authors == ["Meta Author"]
    assert article.published == "2025-05-29T10:00:00+00:00"
    assert article.publisher == "Meta App"


def test_time_element_and_visible_byline_come_last():
    article = clean_page(page("", TIME + BYLINE, 'lang="ja"'), URL)
    assert article.published == "2025-05-28T07:30:00-04:00"
    assert article.authors == ["Vera Visible"]
    assert article.language == "ja"
    assert article.title == "Title tag"  # the site name after the separator is not part of the title
    assert article.url == URL  # no canonical declared
    assert "Vera Visible" not in article.text


def test_canonical_link_is_made_absolute():
    article = clean_page(page('<link rel="canonical" href="/2025/06/03/plant-canonical">'), URL)
    assert article.url == "https://news.example.com/2025/06/03/plant-canonical"


@pytest.mark.parametrize("bad", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken", </script>',
    '<script type="application/ld+json">not json at all</script>',
    '<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>',
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": 42, "datePublished": ["x"], "publisher": [], "image": {"url": 5}}</script>',
])
def test_invalid_json_ld_is_ignored(bad):
    article = clean_page(page(bad + '<meta property="og:title" content="Fallback title">'), URL)
    assert article.title == "Fallback title"
    assert article.published is None and article.authors == [] and article.image is None


def test_json_ld_with_trailing_comma_is_repaired():
    raw = page('<script type="application/ld+json">{"@type": "Article", "headline": "Repaired", "author": {"name": "Ann Lee"},}</script>')
    article = clean_page(raw, URL)
    assert (article.title, article.authors) == ("Repaired", ["Ann Lee"])


@pytest.mark.parametrize("value", ["yesterday", "vor 3 Stunden", "May", "2025-13-45", "", "0", "12:30"])
def test_unreadable_dates_are_none(value):
    raw = page(f'<meta property="article:published_time" content="{value}"><meta name="date" content="{value}">')
    article = clean_page(raw, URL)
    assert article.published is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-06-03T09:12:41+09:00", "2025-06-03T09:12:41+09:00"),
    ("Tue, 03 Jun 2025 09:12:41 GMT", "2025-06-03T09:12:41+00:00"),
    ("June 3, 2025", "2025-06-03"),
    ("03.06.2025", "2025-06-03"),
])
def test_readable_dates_become_iso_8601(value, expected):
    raw = page(f'<meta property="article:published_time" content="{value}">')
    assert clean_page(raw, URL).published == expected


def test_author_urls_and_by_prefix_are_cleaned():
    raw = page('<meta property="article:author" content="https://www.facebook.com/someone">'
               '<meta name="author" content="By Kim Park and Lee Min">')
    assert clean_page(raw, URL).authors == ["Kim Park", "Lee Min"]


def test_organisation_beside_a_person_is_not_an_author():
    raw = page(ld({"@type": "NewsArticle", "headline": "H", "author": [
        {"@type": "Person", "name": "Charlie Wood"}, {"@type": "Organization", "name": "Example News"}]}))
    assert clean_page(raw, URL).authors == ["Charlie Wood"]


def test_organisation_alone_is_the_author():
    raw = page(ld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Associated Press"}}))
    assert clean_page(raw, URL).authors == ["Associated Press"]


def test_comment_form_labels_and_dated_bylines_are_not_authors():
    raw = page("", '<div class="byline">Wire services Published 11:11 PM EST Nov 19, 2019</div>'
                   '<form><p class="comment-form-author"><label>Name (required)</label></p></form>')
    assert clean_page(raw, URL).authors == []


def test_doubly_escaped_entities_in_titles_are_decoded():
    raw = page('<meta property="og:title" content="&amp;#8216;The Medium&amp;#8217; &amp;amp; more">')
    assert clean_page(raw, URL).title == "‘The Medium’ & more"
