"""Nothing executable survives cleaning, and no input makes clean_page fail with anything but ScrapeError."""

from __future__ import annotations

import os
import re

import lxml.html
import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.clean import clean_page
from scraper.errors import ScrapeError

URL = "https://news.example.com/a/b.html"
PROSE = ("The regional council approved the new tram line on Monday after a debate that lasted most of the "
         "afternoon, and construction is now expected to start in the spring of next year.")
SAFE_TAGS = {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
             "q", "cite", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small",
             "mark", "abbr", "a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "div"}
SAFE_SCHEMES = ("https://", "http://", "mailto:")
# A Markdown link or image target, unless its opening bracket is escaped.
MARKDOWN_LINK_TARGET = re.compile(r"(?<!\\)\]\(\s*<?([^)\s>]*)")
RAW_HTML_IN_MARKDOWN = re.compile(r"<\s*[/!?a-zA-Z]")
CODE = re.compile(r"(?<![\\`])(`+)(?!`)(?:.|\n)*?(?<!`)\1(?!`)")  # a code span: runs of equal length


def article_page(inner: str) -> bytes:
    return (f"<html><head><title>Tram line approved</title></head><body><article><p>{PROSE}</p>{inner}"
            f"<p>{PROSE}</p></article></body></html>").encode()


def assert_safe(article) -> None:
    """Every element and attribute of the HTML is harmless; the Markdown holds no raw HTML and no unsafe link."""
    fragment = lxml.html.fragment_fromstring(article.html or "<p></p>", create_parent="div")
    for el in fragment.iterdescendants():
        assert el.tag in SAFE_TAGS, (el.tag, article.html)
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on") and name in {"href", "colspan", "rowspan", "start"}, name
            if name == "href":
                assert value.startswith(SAFE_SCHEMES), value
    outside_code = CODE.sub("", article.markdown.replace("\\`", ""))  # escaped backticks open no code span
    assert not RAW_HTML_IN_MARKDOWN.search(outside_code), article.markdown
    for target in MARKDOWN_LINK_TARGET.findall(outside_code):
        assert target.startswith(SAFE_SCHEMES), target
    # What Pelican will make of it: Python-Markdown with the "extra" extensions (raw HTML, attribute lists ...).
    rendered = lxml.html.fragment_fromstring(markdown.markdown(article.markdown, extensions=["extra"]) or "<p></p>",
                                             create_parent="div")
    for el in rendered.iterdescendants():
        assert el.tag in SAFE_TAGS | {"img"}, (el.tag, article.markdown)
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (name, article.markdown)
            if name in ("href", "src"):
                assert value.startswith(SAFE_SCHEMES), (value, article.markdown)


HOSTILE = {
    "script": "<p>Before <script>alert(1)</script> after the script block in this paragraph.</p>",
    "style": "<style>body{background:url(javascript:alert(1))}</style><p>Styled paragraph text stays here.</p>",
    "iframe": '<iframe src="https://evil.example/x" onload="alert(1)">fallback text</iframe><p>Text around an iframe.</p>',
    "object and embed": '<object data="x.swf"><embed src="x.swf"></object><p>Text around plugin content.</p>',
    "svg": '<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">svg link</a></svg><p>After svg.</p>',
    "event handlers": '<p onclick="alert(1)" onmouseover="alert(2)">Click handlers are not kept on this paragraph.</p>',
    "javascript link": '<p>A <a href="javascript:alert(1)">javascript link</a> and <a href=" JaVaScRiPt:alert(2)">another</a>.</p>',
    "data link": '<p>A <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a> here.</p>',
    "entity-encoded script": "<p>Type &lt;script&gt;alert(1)&lt;/script&gt; into the box to see the bug.</p>",
    "markdown injection": "<p>Click [here](javascript:alert(1)) or ![x](data:image/png;base64,AAA) or <a>&lt;b onclick=x&gt;</a>.</p>",
    "attribute list": "<h2>Heading {: onclick=\"alert(1)\" }</h2><p>Python-Markdown attribute lists are escaped.</p>",
    "code with backticks": "<p>Inline <code>``</code><code>&lt;script&gt;</code> code.</p><pre>```\n&lt;script&gt;alert(1)&lt;/script&gt;\n```</pre>",
    "code spanning blocks": "<p>See <code>the code<p>![i](javascript:alert(1)) &lt;b onclick=x&gt;</p><br><br>[x](javascript:y)</code></p>",
    # Python-Markdown reads no code fence inside a quote or a list: a blank line there must not free the code.
    "code block in a quote": "<blockquote><pre>&lt;img src=x onerror=alert(1)&gt;\n\n[x](javascript:alert(2))</pre></blockquote>",
    "code block in a list": "<ul><li>Item<pre>&lt;img src=x onerror=alert(1)&gt;\n\n[x](javascript:alert(2))</pre></li></ul>",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_unsafe_markup_never_survives(kind):
    article = clean_page(article_page(HOSTILE[kind]), URL)
    assert_safe(article)
    assert PROSE in article.text


def test_entity_encoded_markup_stays_text():
    article = clean_page(article_page(HOSTILE["entity-encoded script"]), URL)
    assert "Type <script>alert(1)</script> into the box" in article.text  # plain text: decoded, as readers see it
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article.markdown  # rendered as text, not as a tag


def test_safe_links_are_kept_absolute():
    article = clean_page(article_page('<p>Read the <a href="../report.pdf" onclick="x()">full report</a> on the '
                                      'council website or <a href="mailto:desk@example.com">write to us</a>.</p>'), URL)
    assert "[full report](https://news.example.com/report.pdf)" in article.markdown
    assert "[write to us](mailto:desk@example.com)" in article.markdown
    assert '<a href="https://news.example.com/report.pdf">full report</a>' in article.html


@pytest.mark.parametrize(("name", "raw", "reason"), [
    ("empty", b"", "no article found"),
    ("whitespace", b"  \n\t ", "no article found"),
    ("random bytes", os.urandom(4096), "not an HTML page"),
    ("png image", b"\x89PNG\r\n\x1a\n" + os.urandom(2048), "not an HTML page"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "not an HTML page"),
    ("gzip served as html", b"\x1f\x8b\x08\x00" + os.urandom(1024), "not an HTML page"),
    ("navigation only", b"<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav></body></html>", "no article found"),
    ("plain words", b"just a few words", "not an HTML page"),
    ("deep nesting", b"<html><body>" + b"<div>" * 5000 + PROSE.encode() + b"</div>" * 5000 + b"</body></html>", "no article found"),
])
def test_unusable_input_raises_one_line_scrape_error(name, raw, reason):
    with pytest.raises(ScrapeError) as caught:
        clean_page(raw, URL)
    message = str(caught.value)
    assert message.startswith(f"{URL}: {reason}") and "\n" not in message


def test_deep_nesting_after_the_article_keeps_the_article():
    raw = article_page("<div>" * 5000 + "deep" + "</div>" * 5000 + "<span>" * 20000)
    article = clean_page(raw, URL)
    assert article.text.startswith(PROSE)
    assert_safe(article)


def test_huge_page_is_capped_not_fatal():
    paragraph = f"<p>{PROSE}</p>".encode()
    raw = b"<html><body><article>" + paragraph * (50_000_000 // len(paragraph)) + b"</article></body></html>"
    article = clean_page(raw, URL)
    assert article.text.startswith(PROSE)
    assert len(article.text) < 400_000  # the body is cut at about 300,000 characters


def test_megabytes_of_inline_script_do_not_push_the_article_past_the_size_cap():
    script = b"<script>var data = '" + b"x" * 10_000_000 + b"';</script>"
    raw = (b'<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line approved"}'
           b"</script>" + script + b"</head><body>" + script + article_page("")[len(b"<html><head><title>Tram line approved</title></head><body>"):])
    article = clean_page(raw, URL)
    assert article.text == f"{PROSE}\n\n{PROSE}"
    assert article.title == "Tram line approved"


_TAGS = ["p", "div", "span", "a", "script", "style", "iframe", "svg", "object", "embed", "img", "table", "td",
         "ul", "li", "h1", "h2", "blockquote", "pre", "code", "article", "nav", "form", "math", "noscript", "template"]
_ATTRS = ["href", "src", "onclick", "onerror", "style", "class", "id", "srcdoc", "xlink:href", "formaction"]
_VALUES = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/rel", "https://ok.example/",
           "x\" onmouseover=\"alert(1)", "vbscript:msgbox", " java\tscript:alert(1)", "related comments"]
_TEXTS = [PROSE, "<script>alert(1)</script>", "&lt;img src=x onerror=alert(1)&gt;", "[x](javascript:alert(1))",
          "{: onclick=x}", "`", "```", "&#106;avascript:alert(1)", "\x00\x01", "日本語のテキスト", "]]>", "<!--", "-->"]


@st.composite
def random_html(draw) -> bytes:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 25))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            tag = draw(st.sampled_from(_TAGS))
            attrs = " ".join(f'{draw(st.sampled_from(_ATTRS))}="{draw(st.sampled_from(_VALUES))}"'
                             for _ in range(draw(st.integers(0, 3))))
            parts.append(f"<{tag} {attrs}>")
        elif choice == 1:
            parts.append(f"</{draw(st.sampled_from(_TAGS))}>")
        elif choice == 2:
            parts.append(draw(st.sampled_from(_TEXTS)))
        else:
            parts.append(draw(st.text(max_size=40)))
    fragment = "".join(parts)
    if draw(st.booleans()):  # inside a real article, so the hostile markup reaches the output stage
        fragment = article_page(fragment).decode()
    return fragment.encode("utf-8", "surrogatepass")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_html())
def test_random_html_is_safe_or_rejected(raw):
    try:
        article = clean_page(raw, URL)
    except ScrapeError as err:
        assert str(err).startswith(f"{URL}: ") and "\n" not in str(err)
        return
    assert_safe(article)
