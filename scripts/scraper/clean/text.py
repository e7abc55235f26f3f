"""Plain text of a cleaned body: one paragraph per block, paragraphs separated by one blank line."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .signals import BLOCK_TAGS

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CELL_TAGS = frozenset({"td", "th"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")


def _needs_space(before: str, after: str) -> bool:
    """A link edge between CJK and Latin script: typesetting (and readers) expect a space there."""
    return bool((_CJK.match(before) and _LATIN.match(after)) or (_LATIN.match(before) and _CJK.match(after)))


class _Paragraphs:
    def __init__(self) -> None:
        self.done: list[str] = []
        self.parts: list[str] = []
        self.at_link_edge = False

    def add(self, text: str | None) -> None:
        if text:
            if self.at_link_edge and self.parts and _needs_space(self.parts[-1][-1], text[0]):
                self.parts.append(" ")
            self.at_link_edge = False
            self.parts.append(text)

    def flush(self, preformatted: bool = False) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        if preformatted:
            text = raw.strip("\n")
        else:
            lines = (_SPACE.sub(" ", line).strip() for line in raw.replace("\r", "").split("\n"))
            text = "\n".join(line for line in lines if line)
        if text.strip():
            self.done.append(text)


def body_text(body: HtmlElement) -> str:
    """Blocks become paragraphs, <br> a line break; table cells of a row share a paragraph."""
    out = _Paragraphs()
    pre_depth = 0
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "a":
            out.at_link_edge = True
        if event == "start":
            if tag == "pre":
                out.flush()
                pre_depth += 1
            elif tag in BLOCK_TAGS and tag not in _CELL_TAGS and tag != "br":
                out.flush(pre_depth > 0)
            if tag == "br":
                out.add("\n")
            elif not pre_depth:
                out.add((el.text or "").replace("\n", " "))
            else:
                out.add(el.text)
        else:
            if tag == "pre":
                out.flush(True)
                pre_depth -= 1
            elif tag in _CELL_TAGS:
                out.add(" ")
            elif tag in BLOCK_TAGS and tag != "br":
                out.flush(pre_depth > 0)
            if el is not body:
                out.add(el.tail if pre_depth else (el.tail or "").replace("\n", " "))
    out.flush()
    return "\n\n".join(out.done)
