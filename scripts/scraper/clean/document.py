"""Bytes in, one lxml tree out: the single full-page parse every later step works on."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .encoding import decode_page

# Pages larger than this are cut: real articles are far smaller, and parsing stays bounded on hostile input.
MAX_PAGE_BYTES = 6_000_000
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00", b"wOFF", b"wOF2")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_TAG = re.compile(r"<[a-zA-Z!/]")
# libxml2 checks attributes pairwise: a tag with tens of thousands of them takes seconds. Such tags
# (only looked for when the page has this many "=") keep their name and lose their attributes.
_MANY_EQUALS = 20_000
_HUGE_TAG = re.compile(r"<([a-zA-Z][\w:-]*)[^<>]{20000,}>")


class PageRejected(ValueError):
    """The input cannot hold an article; the message is the reason shown to the user."""


def _looks_binary(raw: bytes, text: str) -> bool:
    """Binary formats by magic number, or text that is mostly control characters and replacement marks."""
    if raw.lstrip()[:8].startswith(_MAGIC):
        return True
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) * 0.05


def parse_page(raw: bytes, content_type: str | None = None) -> lxml.html.HtmlElement:
    """The page's <html> element; raises PageRejected for empty, binary or markup-free input."""
    truncated = len(raw) > MAX_PAGE_BYTES
    raw = raw[:MAX_PAGE_BYTES]
    if not raw.strip():
        raise PageRejected("no article found (empty page)")
    text = decode_page(raw, content_type, truncated)
    if _looks_binary(raw, text) or not _TAG.search(text[:65_536]):
        raise PageRejected("not an HTML page")
    # Re-encoding as UTF-8 and telling the parser so makes it ignore any (possibly wrong) declared charset.
    if text.count("=") > _MANY_EQUALS:
        text = _HUGE_TAG.sub(r"<\1>", text)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, default_doctype=False)
    try:
        root = lxml.html.document_fromstring(_CONTROL_CHARS.sub("", text).encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise PageRejected("no article found (no parsable markup)") from err
    if root is None:
        raise PageRejected("no article found (no parsable markup)")
    return root


# Characters XML cannot hold; lxml refuses text containing them later on.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
