"""Sanitized body HTML -> Markdown (markdownify on a BeautifulSoup/lxml tree), with no way for
page text to turn into live Markdown or raw HTML when the file is rendered."""

from __future__ import annotations

import re

from markdownify import MarkdownConverter

_BACKTICK_RUNS = re.compile(r"`+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Two code spans side by side would merge their backtick fences into one longer, unmatched run.
_ADJACENT_CODE = re.compile(r"</code>(?=<code\b)")
# Characters that would let page text become markup: raw HTML (< > &), links and images ([ ]),
# Python-Markdown attribute lists ({ }) and code spans (`: a stray one would swallow the escaping).
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_MD_SPECIALS = re.compile(r"([\[\]{}`])")


class _SafeConverter(MarkdownConverter):
    """markdownify with every text node escaped and code fences that page text cannot close."""

    def escape(self, text: str, parent_tags: set[str]) -> str:
        text = super().escape(text, parent_tags)
        return _MD_SPECIALS.sub(r"\\\1", text.translate(_HTML_ESCAPES))

    def convert_pre(self, el, text: str, parent_tags: set[str]) -> str:
        if not text:
            return ""
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
    bs4_options="lxml",
)


def to_markdown(sanitized_html: str) -> str:
    """Markdown for HTML that sanitize_html already reduced to safe tags and http(s)/mailto links."""
    markdown = _CONVERTER.convert(_ADJACENT_CODE.sub("</code> ", sanitized_html))
    return _BLANK_LINES.sub("\n\n", markdown).strip()
