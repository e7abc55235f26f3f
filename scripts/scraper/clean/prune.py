"""Removal of markup that never holds article text, before any scoring."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from .signals import DROP_TAGS

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader-only", "offscreen", "element-invisible", "u-hidden", "is-hidden"})
# Nesting deeper than this is flattened so later recursive code (BeautifulSoup, markdownify) stays safe.
MAX_DEPTH = 120
# Real article pages hold a few thousand elements; beyond this, work per element is capped.
MAX_ELEMENTS = 50_000
_INLINE_MARKUP = ("span", "font", "b", "i", "u", "em", "strong", "small", "big", "abbr", "mark", "s", "sub", "sup", "time", "label", "cite", "q", "code")


CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_STYLE_VALUES = etree.XPath("//@style", smart_strings=False)
_HIDDEN_CLASS_PARTS = ("hidden", "sr-only", "screen", "offscreen", "invisible", "visually")


def _hidden_class(value: str) -> bool:
    return any(part in value for part in _HIDDEN_CLASS_PARTS) and not _HIDDEN_CLASSES.isdisjoint(value.lower().split())


def _hidden_style(value: str) -> bool:
    return ("none" in value or "hidden" in value) and _HIDDEN_STYLE.search(value) is not None


def elements_with(root: HtmlElement, values: list[tuple[str, str]], condition: str = "") -> list[HtmlElement]:
    """The elements, in document order, whose attribute equals one of the (attribute, value) pairs or
    that meet the extra XPath condition: one libxml2 pass, values passed as XPath variables."""
    tests = [f"@{name}=$v{i}" for i, (name, _) in enumerate(values)] + ([condition] if condition else [])
    if not tests:
        return []
    return root.xpath("//*[" + " or ".join(tests) + "]", **{f"v{i}": value for i, (_, value) in enumerate(values)})


def drop_invisible(root: HtmlElement) -> None:
    """Scripts, styles, media, form controls and elements hidden from readers go; text after them stays.
    Hidden classes and styles are judged once per distinct value, then found in one pass."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    values = [("class", v) for v in set(CLASS_VALUES(root)) if _hidden_class(v)]
    values += [("style", v) for v in set(_STYLE_VALUES(root)) if _hidden_style(v)]
    for el in elements_with(root, values, "@hidden or @aria-hidden='true'"):
        if el.getparent() is not None and el.tag not in ("html", "body"):
            el.drop_tree()


def flatten_deep_nesting(root: HtmlElement) -> None:
    """Elements nested deeper than MAX_DEPTH lose their inner tags (their text is kept)."""
    for el in root.xpath("/*" + "/*" * MAX_DEPTH):
        etree.strip_tags(el, "*")


def limit_elements(root: HtmlElement) -> HtmlElement:
    """The page, or for pages over MAX_ELEMENTS elements a copy without inline markup (text kept)
    and, if still too large, without its tail end."""
    if sum(1 for _ in root.iter()) <= MAX_ELEMENTS:
        return root
    etree.strip_tags(root, *_INLINE_MARKUP)
    # Stripping leaves the text in many small nodes that lxml re-joins on every access: parse afresh.
    root = lxml.html.document_fromstring(lxml.html.tostring(root, encoding="utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    elements = list(root.iter())
    for el in reversed(elements[MAX_ELEMENTS:]):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return root


_TEXT = etree.XPath("string()")


def _text_length(el: HtmlElement) -> int:
    return len("".join(_TEXT(el).split()))


def drop_link_clusters(root: HtmlElement) -> None:
    """Runs of links hidden inside a paragraph (hover cards listing other articles) go; a sentence
    with links keeps them. Innermost first, so the linked word the card hangs on stays."""
    # A Python walk: libxml2 merges node sets quadratically for "//p//*" on pages with many paragraphs.
    candidates = [el for p in root.iter("p") if len(p) for el in p.iterdescendants()
                  if isinstance(el.tag, str) and el.tag != "a" and len(el) >= 3]
    for el in reversed(candidates):
        anchors = el.findall(".//a")
        if len(anchors) < 3 or el.getparent() is None:
            continue
        linked = sum(_text_length(a) for a in anchors)
        if linked >= 0.9 * _text_length(el):
            el.drop_tree()
