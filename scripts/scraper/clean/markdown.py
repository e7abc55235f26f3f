"""Sanitized body HTML -> Markdown (markdownify on a BeautifulSoup/lxml tree), with no way for
page text to turn into live Markdown or raw HTML when the file is rendered."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

from .signals import BLOCK_TAGS

_BACKTICK_RUNS = re.compile(r"`+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Characters that would let page text become markup: raw HTML (< > &), links and images ([ ]),
# Python-Markdown attribute lists ({ }) and code spans (`: a stray one would swallow the escaping).
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_MD_SPECIALS = re.compile(r"([\[\]{}`])")
# Containers whose Markdown lines are prefixed or indented: Python-Markdown reads no code fence inside
# them, so fenced code there would be read as page text with its verbatim markup live.
_NO_FENCE_INSIDE = frozenset({"blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "td", "th", "_inline"})


class _SafeConverter(MarkdownConverter):
    """markdownify with every text node escaped and code fences that page text cannot close (and
    no fences where Python-Markdown would not read them)."""

    def escape(self, text: str, parent_tags: set[str]) -> str:
        text = super().escape(text, parent_tags)
        return _MD_SPECIALS.sub(r"\\\1", text.translate(_HTML_ESCAPES))

    def convert_pre(self, el, text: str, parent_tags: set[str]) -> str:
        if not text:
            return ""
        if not _NO_FENCE_INSIDE.isdisjoint(parent_tags):  # escaped like any text, its lines kept apart
            lines = (self.escape(line, parent_tags) for line in text.strip("\n").split("\n"))
            return "\n\n" + "  \n".join(lines) + "\n\n"
        longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"\n\n{fence}\n{text.strip(chr(10))}\n{fence}\n\n"


_CONVERTER = _SafeConverter(
    heading_style="ATX",
    bullets="-",
    autolinks=False,
    escape_misc=False,
    strip=["div"],
    table_infer_header=True,
)


class _Tag(Tag):
    """A bs4 Tag whose find_parent(name) is a plain walk up: markdownify asks it of every tag
    ("inside a <pre>?"), and bs4's general search machinery costs a fifth of the conversion."""

    def find_parent(self, name=None, attrs=None, **kwargs):  # type: ignore[override]
        if not isinstance(name, str) or attrs is not None or kwargs:
            return super().find_parent(name, attrs, **kwargs)
        node = self.parent
        while node is not None and node.name != name:
            node = node.parent
        return node


def _make_code_spans_safe(soup: BeautifulSoup) -> None:
    """Inline code is written verbatim between backticks, so it must stay one span: code holding
    blocks or line breaks (a span cannot cross a blank line) becomes ordinary, escaped text, and
    two spans side by side get a space (their fences would merge into one unmatched run)."""
    for code in soup.find_all("code"):
        if code.find_parent("pre") is not None:
            continue
        if code.find(list(BLOCK_TAGS)) is not None:
            code.unwrap()
        elif isinstance(code.next_sibling, Tag) and code.next_sibling.name == "code":
            code.insert_after(" ")


def to_markdown(sanitized_html: str) -> str:
    """Markdown for HTML that sanitize_html already reduced to safe tags and http(s)/mailto links."""
    soup = BeautifulSoup(sanitized_html, "lxml", element_classes={Tag: _Tag}, attribute_dict_class=dict)
    if "<code" in sanitized_html:
        _make_code_spans_safe(soup)
    markdown = _CONVERTER.convert_soup(soup)
    return _BLANK_LINES.sub("\n\n", markdown).strip()
