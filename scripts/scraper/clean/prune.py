"""Removal of markup that never holds article text, before any scoring."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .signals import DROP_TAGS

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader-only", "offscreen", "element-invisible", "u-hidden", "is-hidden"})
# Nesting deeper than this is flattened so later recursive code (BeautifulSoup, markdownify) stays safe.
MAX_DEPTH = 120


def drop_invisible(root: HtmlElement) -> None:
    """Scripts, styles, media, form controls and elements hidden from readers go; text after them stays."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    hidden = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            hidden.append(el)
            continue
        style = el.get("style")
        if style and _HIDDEN_STYLE.search(style):
            hidden.append(el)
            continue
        cls = el.get("class")
        if cls and not _HIDDEN_CLASSES.isdisjoint(cls.lower().split()):
            hidden.append(el)
    for el in hidden:
        if el.getparent() is not None and el.tag not in ("html", "body"):
            el.drop_tree()


def flatten_deep_nesting(root: HtmlElement) -> None:
    """Elements nested deeper than MAX_DEPTH lose their inner tags (their text is kept)."""
    stack = [(root, 0)]
    while stack:
        el, depth = stack.pop()
        if depth >= MAX_DEPTH:
            etree.strip_tags(el, "*")
            continue
        stack.extend((child, depth + 1) for child in el if isinstance(child.tag, str))
