"""The single lxml parse: scripts cut before it never cost article text, and the page reads as before."""

from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.scripts import without_scripts

URL = "https://news.example.com/a/b.html"
FIRST = ("The regional council approved the new tram line on Monday after a debate that lasted most of the "
         "afternoon, and construction is now expected to start in the spring of next year.")
SECOND = ("Residents along the planned route will be consulted in the autumn, the council said, and the first "
          "trams could run within four years if the national grant is confirmed.")


def page(between: str) -> bytes:
    return (f"<html><head><title>Tram line approved</title><script>var a = 1;</script></head><body><article>"
            f"<p>{FIRST}</p>{between}<p>{SECOND}</p><script>var b = '<p>not text</p>';</script>"
            f"</article></body></html>").encode()


def test_plain_scripts_and_styles_are_cut_and_json_ld_stays():
    text = ('<p>a</p><script src="x.js"></script><STYLE>p{}</STYLE><p>b</p>'
            '<script type="application/ld+json">{"headline": "H"}</script><script>1</script  ><p>c</p>')
    assert without_scripts(text) == '<p>a</p><p>b</p><script type="application/ld+json">{"headline": "H"}</script><p>c</p>'


def test_an_unclosed_script_ends_the_text_as_it_does_for_the_parser():
    assert without_scripts("<p>a</p><script>var x = '<p>b</p>';") == "<p>a</p>"


@pytest.mark.parametrize("text", [
    '<p title="<script>">a</p><script>x</script><p>b</p>',  # "<script" inside an attribute value
    "<script>/*<!-- document.write('<script>x</script>') -->*/</script><p>b</p><script>y</script>",  # double-escaped
    "<script>x</script foo='>'><p>b</p>",  # an end tag with attributes
])
def test_the_rest_of_the_page_is_left_to_the_parser_where_a_pattern_cannot_judge(text):
    assert without_scripts(text) == text


def test_scripts_inside_comments_and_text_only_elements_are_left_alone():
    text = "<!-- <script> --><title><script></title><textarea></script><style></textarea><p>b</p><script>x</script>"
    assert without_scripts(text) == "<!-- <script> --><title><script></title><textarea></script><style></textarea><p>b</p>"


@pytest.mark.parametrize("between", [
    '<p title="a <script> tag">Caption of the photo.</p>',
    "<!-- <script> never closed in this comment -->",
    "<textarea><script>quoted markup</textarea>",
    "<script><!-- document.write('<script src=x></script>'); --></script>",
    "<script>var c = 2;</script foo>",
    "<noscript><style>p { color: red }</style></noscript>",
])
def test_tricky_script_markup_keeps_every_paragraph(between):
    article = clean_page(page(between), URL)
    assert FIRST in article.text and SECOND in article.text
    assert "not text" not in article.text and "-->" not in article.text and "var " not in article.text


def test_text_split_by_comments_and_removed_markup_reads_as_one():
    article = clean_page(page(f"<p>{SECOND[:40]}<!-- a --><img src=x.png>{SECOND[40:]}</p>"), URL)
    assert article.text.count(SECOND) == 2


def test_xml_lang_names_the_language():
    raw = page("").replace(b"<html>", b'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de">')
    assert clean_page(raw, URL).language == "de"


def test_content_nested_deeper_than_libxml2_builds_is_not_read():
    """libxml2 stops its tree at an element with 256 ancestors: what lies deeper is not read."""
    deep = "<div>" * 300 + f"<p>{SECOND} Deep.</p>" + "</div>" * 300
    article = clean_page(page(deep).replace(f"<p>{SECOND}</p><script>".encode(), b"<script>"), URL)
    assert FIRST in article.text and "Deep." not in article.text
