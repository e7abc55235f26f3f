"""Turn page bytes into text: the charset a browser would pick, detection only as a last resort."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# How far into the page a <meta charset> is looked for; browsers stop at 1 KB, real pages put it later.
_META_SCAN_BYTES = 16_384
# How many bytes charset-normalizer sees: enough to judge, bounded on huge pages.
_DETECT_BYTES = 65_536

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)

# Labels whose WHATWG meaning is a superset codec: pages labelled with the narrow name use the wide one.
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "tis-620": "cp874",
}


def _codec(label: str | bytes | None) -> str | None:
    """Python codec name for a charset label, or None when unknown or not ASCII-compatible."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().lower()
    if label in ("x-sjis", "sjis", "windows-31j", "ms_kanji", "x-ms-cp932"):
        label = "cp932"
    elif label in ("x-euc-jp", "eucjp"):
        label = "euc_jp"
    elif label in ("windows-874", "x-windows-874"):
        label = "cp874"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    # A page that reached us as ASCII-compatible bytes cannot really be UTF-16/32 without a BOM.
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def declared_charset(raw: bytes, content_type: str | None) -> str | None:
    """The charset the page or its server declares, in browser precedence: BOM, HTTP header, markup."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (name := _codec(match.group(1))):
            return name
    head = raw[:_META_SCAN_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match and (name := _codec(match.group(1))):
            return name
    return None


# Single-byte labels that servers put on UTF-8 pages by default ("charset=iso-8859-1").
_SINGLE_BYTE_LATIN = re.compile(r"^(?:cp125\d|iso8859-\d+|ascii|cp437|mac-roman)$")


def _is_utf8(raw: bytes, truncated: bool) -> bool:
    """Valid UTF-8 (a character cut off by the size cap aside)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return truncated and err.reason == "unexpected end of data" and err.start >= len(raw) - 3
    return True


def decode_page(raw: bytes, content_type: str | None = None, truncated: bool = False) -> str:
    """The page as text; undecodable bytes become U+FFFD instead of failing. A single-byte Latin
    label on bytes that are valid multi-byte UTF-8 is a server default, not the truth: UTF-8 wins.
    truncated says the bytes were cut to a size cap (maybe inside a character)."""
    name = declared_charset(raw, content_type)
    if (name is not None and _SINGLE_BYTE_LATIN.match(name) and not raw.isascii()
            and not raw.startswith(codecs.BOM_UTF8) and _is_utf8(raw, truncated)):
        name = "utf-8"
    if name is None:
        if _is_utf8(raw, truncated):
            return raw.decode("utf-8", errors="replace")
        best = from_bytes(raw[:_DETECT_BYTES]).best()
        name = (_codec(best.encoding) if best else None) or "utf-8"
    text = raw.decode(name, errors="replace")
    return text[1:] if text.startswith("\ufeff") else text
