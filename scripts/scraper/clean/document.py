"""Bytes in, one lxml tree out: the single full-page parse every later step works on."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .encoding import decode_page
from .scripts import without_scripts

# Pages larger than this are cut: real articles are far smaller, and parsing stays bounded on hostile input.
# Of a larger page, the first MAX_READ_BYTES are read and their scripts and styles dropped before the cut,
# so megabytes of inline script ahead of the article do not push it past the limit.
MAX_PAGE_BYTES = 6_000_000
MAX_READ_BYTES = 32_000_000
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00", b"wOFF", b"wOF2")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_TAG = re.compile(r"<[a-zA-Z!/]")
# libxml2 checks attributes pairwise: a tag with tens of thousands of them takes seconds. Such tags
# (only looked for when the page has this many "=") keep their name and lose their attributes.
_MANY_EQUALS = 20_000
_HUGE_TAG = re.compile(r"<([a-zA-Z][\w:-]*)[^<>]{20000,}>")
# Characters XML cannot hold; lxml refuses text containing them later on.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# lxml.html's elements (text_content, drop_tree, find_class), assigned in C: lxml.html's own parser
# asks a Python lookup for every element proxy created, 5% of a cleaning.
_HTML_CLASSES = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment)


class PageRejected(ValueError):
    """The input cannot hold an article; the message is the reason shown to the user."""


def _looks_binary(raw: bytes, text: str) -> bool:
    """Binary formats by magic number, or text that is mostly control characters and replacement marks."""
    if raw.lstrip()[:8].startswith(_MAGIC):
        return True
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) * 0.05


def _page_text(raw: bytes, content_type: str | None) -> tuple[bytes, str]:
    """The bytes looked at and their text, cut to the size limits."""
    if len(raw) <= MAX_PAGE_BYTES:
        return raw, decode_page(raw, content_type)
    read = raw[:MAX_READ_BYTES]
    text = decode_page(read, content_type, truncated=len(raw) > MAX_READ_BYTES)
    return read, without_scripts(text)[:MAX_PAGE_BYTES]


def parse_page(raw: bytes, content_type: str | None = None) -> lxml.html.HtmlElement:
    """The page's <html> element; raises PageRejected for empty, binary or markup-free input."""
    if not raw[:MAX_PAGE_BYTES].strip():
        raise PageRejected("no article found (empty page)")
    raw, text = _page_text(raw, content_type)
    if _looks_binary(raw, text) or not _TAG.search(text[:65_536]):
        raise PageRejected("not an HTML page")
    # Re-encoding as UTF-8 and telling the parser so makes it ignore any (possibly wrong) declared charset.
    if text.count("=") > _MANY_EQUALS:
        text = _HUGE_TAG.sub(r"<\1>", text)
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, default_doctype=False)
    parser.set_element_class_lookup(_HTML_CLASSES)
    try:
        root = lxml.html.document_fromstring(_CONTROL_CHARS.sub("", text).encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise PageRejected("no article found (no parsable markup)") from err
    if root is None:
        raise PageRejected("no article found (no parsable markup)")
    return root

