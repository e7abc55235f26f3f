"""Reading and editing the BeautifulSoup page tree without recursion and in linear time.

The BeautifulSoup builder keeps every level of a page (thousands deep on hostile input, where lxml's
own tree stopped at 255), and a page may hold tens of thousands of siblings, where bs4's
one-at-a-time extract()/unwrap() search the parent's children each time. Tags are never dict keys
or set members here: bs4 hashes a Tag by serializing it, so tables are keyed by id(tag).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from html import escape

from bs4.element import (
    NavigableString, RubyParenthesisString, RubyTextString, Script, Stylesheet, Tag, TemplateString,
)

# Strings that are page text. Comments, processing instructions and doctypes are not; script and
# style text is, until pruning drops it.
TEXT_TYPES = frozenset({NavigableString, Script, Stylesheet, TemplateString, RubyTextString, RubyParenthesisString})


# Elements HTML writes without an end tag.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


def text_content(el: Tag) -> str:
    """All text below el."""
    return "".join([node for node in el.descendants if type(node) in TEXT_TYPES])


def has_text(el: Tag) -> bool:
    """Whether any non-whitespace text lies below el."""
    return any(type(node) in TEXT_TYPES and not node.isspace() for node in el.descendants)


def descendant_tags(el: Tag) -> Iterator[Tag]:
    """The tags below el in document order."""
    for node in el.descendants:
        if type(node) is Tag:
            yield node


def element_children(el: Tag) -> list[Tag]:
    return [node for node in el.contents if type(node) is Tag]


def remove_all(nodes: Iterable[Tag]) -> None:
    """Take these nodes (none inside another) out of the tree with everything below them; the text
    around them stays. Each parent's children are searched once, however many of them go."""
    by_parent: dict[int, tuple[Tag, set[int]]] = {}
    for node in nodes:
        if node.parent is not None:
            by_parent.setdefault(id(node.parent), (node.parent, set()))[1].add(id(node))
    for parent, doomed in by_parent.values():
        contents = parent.contents
        for i in range(len(contents) - 1, -1, -1):  # from the end: earlier indexes stay valid
            if id(contents[i]) in doomed:
                contents[i].extract(_self_index=i)


def unwrap_descendants(el: Tag, unwrap: Callable[[Tag], bool]) -> None:
    """Replace every tag below el for which unwrap() is true by its content, keeping all text, in one
    pass: each kept tag's children list is rebuilt once, with unwrapped tags spliced out."""
    pending = [el]
    while pending:
        tag = pending.pop()
        if not any(type(child) is Tag and unwrap(child) for child in tag.contents):
            pending.extend(child for child in tag.contents if type(child) is Tag)
            continue
        spliced: list = []
        stack = [iter(tag.contents)]
        while stack:
            for child in stack[-1]:
                if type(child) is Tag and unwrap(child):
                    _unlink(child)
                    stack.append(iter(child.contents))
                    break
                spliced.append(child)
                if type(child) is Tag:
                    pending.append(child)
            else:
                stack.pop()
        _adopt(tag, spliced)


def _unlink(tag: Tag) -> None:
    """Take the tag itself (not its content) out of the document-order chain bs4 walks."""
    before, after = tag.previous_element, tag.next_element
    if before is not None:
        before.next_element = after
    if after is not None:
        after.previous_element = before
    tag.previous_element = tag.next_element = None


def _adopt(parent: Tag, children: list) -> None:
    """Make children (already in document order) the parent's children, sibling links included."""
    previous = None
    for child in children:
        child.parent = parent
        child.previous_sibling = previous
        if previous is not None:
            previous.next_sibling = child
        previous = child
    if previous is not None:
        previous.next_sibling = None
    parent.contents = children


def cut_from(node: Tag, root: Tag, keep_tails: bool) -> None:
    """Remove node and everything after it in document order below root. With keep_tails, the text
    right after each of node's ancestors stays."""
    level, first = node, True
    while level is not root and (parent := level.parent) is not None:
        contents = parent.contents
        start = next(i for i, child in enumerate(contents) if child is level) + (0 if first else 1)
        if keep_tails and not first:
            while start < len(contents) and type(contents[start]) is not Tag:
                start += 1
        for i in range(len(contents) - 1, start - 1, -1):
            contents[i].extract(_self_index=i)
        level, first = parent, False


def _start_tag(el: Tag) -> str:
    return "<" + el.name + "".join(" " + name + '="' + escape(value) + '"' for name, value in el.attrs.items()) + ">"


def to_html(el: Tag) -> str:
    """el as HTML for a sanitizer that parses it again: tags, attributes and escaped text, nothing
    else (comments go); several times faster than bs4's decode() with its output formatters."""
    out = [_start_tag(el)]
    stack = [(el, iter(el.contents))]
    while stack:
        tag, children = stack[-1]
        for node in children:
            kind = type(node)
            if kind is Tag:
                out.append(_start_tag(node) if node.attrs else "<" + node.name + ">")
                if node.contents or node.name not in _VOID:
                    stack.append((node, iter(node.contents)))
                    break
            elif kind in TEXT_TYPES:
                out.append(escape(node, quote=False))
        else:
            stack.pop()
            out.append("</" + tag.name + ">")
    return "".join(out)
