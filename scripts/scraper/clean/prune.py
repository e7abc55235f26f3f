"""Removal of markup that never holds article text, before any scoring."""

from __future__ import annotations

from bs4.element import Tag

from .survey import MAX_DEPTH, Survey
from .tree import TEXT_TYPES, cut_from, descendant_tags, remove_all, unwrap_descendants

# Real article pages hold a few thousand elements; beyond this, work per element is capped.
MAX_ELEMENTS = 50_000
_INLINE_MARKUP = frozenset({"span", "font", "b", "i", "u", "em", "strong", "small", "big", "abbr", "mark", "s", "sub", "sup", "time", "label", "cite", "q", "code"})


def drop_invisible(survey: Survey) -> None:
    """Scripts, styles, media, form controls and elements hidden from readers go; text after them stays."""
    remove_all(survey.removed)


def limit_elements(root: Tag, survey: Survey) -> bool:
    """For pages over MAX_ELEMENTS elements: inline markup goes (its text stays) and, if the page is
    still too large, everything after its first MAX_ELEMENTS elements but the text right after them.
    Whether the page changed so."""
    if survey.kept <= MAX_ELEMENTS:
        return False
    unwrap_descendants(root, lambda tag: tag.name in _INLINE_MARKUP)
    for count, tag in enumerate(descendant_tags(root), start=2):  # root is the first element
        if count > MAX_ELEMENTS:
            cut_from(tag, root, keep_tails=True)
            break
    return True


def _structure(root: Tag) -> tuple[list[Tag], list[Tag]]:
    """The <p> elements with element children, and the elements MAX_DEPTH levels below root (as the
    survey noted them before limit_elements changed the page)."""
    paragraphs: list[Tag] = []
    deepest: list[Tag] = []
    stack = [(iter(root.contents), 1)]
    while stack:
        children, depth = stack[-1]
        for tag in children:
            if type(tag) is not Tag:
                continue
            if depth == MAX_DEPTH:
                deepest.append(tag)
            if tag.name == "p" and any(type(child) is Tag for child in tag.contents):
                paragraphs.append(tag)
            if tag.contents:
                stack.append((iter(tag.contents), depth + 1))
                break
        else:
            stack.pop()
    return paragraphs, deepest


def _text_length(el: Tag) -> int:
    """Characters of text below el, whitespace not counted."""
    return sum(len("".join(node.split())) for node in el.descendants if type(node) in TEXT_TYPES)


def _drop_link_clusters(paragraphs: list[Tag]) -> None:
    """Runs of links hidden inside a paragraph (hover cards listing other articles) go; a sentence
    with links keeps them. Innermost first, so the linked word the card hangs on stays."""
    candidates = [el for p in paragraphs for el in descendant_tags(p)
                  if el.name != "a" and sum(type(child) is Tag for child in el.contents) >= 3]
    for el in reversed(candidates):
        if el.parent is None:
            continue
        anchors = [a for a in descendant_tags(el) if a.name == "a"]
        if len(anchors) < 3:
            continue
        linked = sum(_text_length(a) for a in anchors)
        if linked >= 0.9 * _text_length(el):
            el.extract()


def _flatten_deep_nesting(deepest: list[Tag]) -> None:
    """Elements nested deeper than MAX_DEPTH lose their inner tags (their text is kept)."""
    for el in deepest:
        unwrap_descendants(el, lambda tag: True)


def prune(root: Tag, survey: Survey) -> None:
    """Everything pruning does, in order: invisible markup, the element cap, link clusters, deep nesting."""
    drop_invisible(survey)
    paragraphs, deepest = _structure(root) if limit_elements(root, survey) else (survey.paragraphs, survey.deepest)
    _drop_link_clusters(paragraphs)
    _flatten_deep_nesting(deepest)
