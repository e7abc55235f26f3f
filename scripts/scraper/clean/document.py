"""Bytes in, one BeautifulSoup tree out (lxml as its parser): the single full-page parse every later step works on."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from bs4.exceptions import ParserRejectedMarkup

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
# Characters XML cannot hold (libxml2, the parser under BeautifulSoup, chokes on them).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class PageRejected(ValueError):
    """The input cannot hold an article; the message is the reason shown to the user."""


def _looks_binary(raw: bytes, text: str) -> bool:
    """Binary formats by magic number, or text that is mostly control characters and replacement marks."""
    if raw.lstrip()[:8].startswith(_MAGIC):
        return True
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) * 0.05


def _page_text(raw: bytes, content_type: str | None) -> tuple[bytes, str]:
    """The bytes looked at and their text, cut to the size limits (an oversized page loses its
    scripts and styles first)."""
    if len(raw) <= MAX_PAGE_BYTES:
        return raw, decode_page(raw, content_type)
    read = raw[:MAX_READ_BYTES]
    text = decode_page(read, content_type, truncated=len(raw) > MAX_READ_BYTES)
    return read, without_scripts(text)[:MAX_PAGE_BYTES]


def parse_page(raw: bytes, content_type: str | None = None) -> Tag:
    """The page's <html> element; raises PageRejected for empty, binary or markup-free input."""
    if not raw[:MAX_PAGE_BYTES].strip():
        raise PageRejected("no article found (empty page)")
    raw, text = _page_text(raw, content_type)
    if _looks_binary(raw, text) or not _TAG.search(text[:65_536]):
        raise PageRejected("not an HTML page")
    if len(raw) <= MAX_PAGE_BYTES:
        text = without_scripts(text)  # pruning would drop them; cut now, they cost the parser time
    if text.count("=") > _MANY_EQUALS:
        text = _HUGE_TAG.sub(r"<\1>", text)
    # Text, not bytes, goes in: the parser cannot second-guess our decoding by a (possibly wrong)
    # declared charset. Attribute values stay the page's strings (no class lists), in plain dicts:
    # lxml hands over strings only, and bs4's own dict class costs an eighth of the parse.
    try:
        soup = BeautifulSoup(_CONTROL_CHARS.sub("", text), "lxml", multi_valued_attributes=None, attribute_dict_class=dict)
    except (ParserRejectedMarkup, ValueError) as err:
        raise PageRejected("no article found (no parsable markup)") from err
    root = next((node for node in soup.contents if type(node) is Tag), None)
    if root is None:
        raise PageRejected("no article found (no parsable markup)")
    return root
