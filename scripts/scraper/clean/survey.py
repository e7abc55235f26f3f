"""One walk over the freshly parsed page that notes everything later steps look up by tag or attribute:
where metadata sits (<meta>, <link>, JSON-LD, <title>, dated and byline elements) and what pruning
removes (markup that never holds text, hidden elements). Metadata reads the unpruned page, so the
walk goes everywhere but marks what lies inside removed markup.

It also keeps the page as deep as lxml's own tree was: libxml2 stops building a tree at an element
with 256 ancestors and drops the rest of the page, while the BeautifulSoup builder keeps every level.
The same cut here keeps results unchanged and every later walk short on hostile nesting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4.element import Tag

from .signals import DROP_TAGS
from .tree import cut_from

PARSER_MAX_ANCESTORS = 255  # an element deeper than this, and everything after it, is not part of the page
MAX_DEPTH = 120  # elements nested deeper than this lose their inner tags (prune.py)
MAX_DATED = 50  # elements tried for a <time>/itemprop date, per kind
MAX_BYLINES = 20  # author/byline elements tried for a visible byline

PUBLISHED_HINTS = ("datePublished", "pubdate", "published")
MODIFIED_HINTS = ("dateModified", "updated", "modified")

_DROP_TAGS = frozenset(DROP_TAGS)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader-only", "offscreen", "element-invisible", "u-hidden", "is-hidden"})
# Class words looked for (as written) before a class is split and compared with _HIDDEN_CLASSES.
_HIDDEN_CLASS_PART = re.compile("hidden|sr-only|screen|offscreen|invisible|visually")
_PUBLISHED = re.compile("|".join(PUBLISHED_HINTS))
_MODIFIED = re.compile("|".join(MODIFIED_HINTS))
# Any word that makes an element's itemprop/class worth a closer look (dates, bylines).
_NOTABLE_NAME = re.compile("|".join((*PUBLISHED_HINTS, *MODIFIED_HINTS, "author", "byline")))
# Tags noted by name alone.
_NOTED_TAGS = frozenset({"meta", "link", "script", "title", "h1", "article", "main", "a"})


@dataclass
class Survey:
    """What the walk found, each list in document order."""

    metas: list[Tag] = field(default_factory=list)
    links: list[Tag] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)  # text of each application/ld+json script
    title: Tag | None = None  # first <title>
    h1: Tag | None = None  # first <h1>
    published: list[Tag] = field(default_factory=list)  # <time pubdate> and elements named by PUBLISHED_HINTS
    modified: list[Tag] = field(default_factory=list)
    first_article: Tag | None = None  # first <article> or <main>
    author_links: list[Tag] = field(default_factory=list)  # <a rel="author"> outside forms
    bylines: list[Tag] = field(default_factory=list)  # author/byline elements outside forms and comments
    removed: list[Tag] = field(default_factory=list)  # outermost elements pruning removes
    kept: int = 0  # elements left after pruning
    paragraphs: list[Tag] = field(default_factory=list)  # kept <p> elements with element children
    deepest: list[Tag] = field(default_factory=list)  # kept elements MAX_DEPTH levels below the root


def is_hidden(attrs: dict) -> bool:
    """Hidden from readers by attribute, inline style or a well-known class (style and class words
    count only when they also appear in lower case, as the cleaner has always judged them)."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
        return True
    cls = attrs.get("class")
    return bool(cls) and _HIDDEN_CLASS_PART.search(cls) is not None and not _HIDDEN_CLASSES.isdisjoint(cls.lower().split())


def _note_tag(s: Survey, tag: Tag, name: str, attrs: dict, in_form: bool) -> None:
    if name == "meta":
        s.metas.append(tag)
    elif name == "link":
        s.links.append(tag)
    elif name == "script":
        if (attrs.get("type") or "").strip().lower() == "application/ld+json":
            s.json_ld.append("".join(tag.contents))
    elif name == "title":
        s.title = s.title or tag
    elif name == "h1":
        s.h1 = s.h1 or tag
    elif name == "a":
        if attrs.get("rel") == "author" and not in_form:
            s.author_links.append(tag)
    else:
        s.first_article = s.first_article or tag


def _note_named(s: Survey, tag: Tag, name: str, attrs: dict, in_form: bool, in_comment: bool) -> None:
    """Elements dated as published/modified (<time pubdate>, itemprop or class naming it) and bylines."""
    cls, itemprop = attrs.get("class") or "", attrs.get("itemprop") or ""
    named = f"{itemprop} {cls}" if itemprop else cls  # no hint holds a space: none spans both
    pubdate = name == "time" and "pubdate" in attrs
    if len(s.published) < MAX_DATED and (pubdate or _PUBLISHED.search(named)):
        s.published.append(tag)
    if len(s.modified) < MAX_DATED and (pubdate or _MODIFIED.search(named)):
        s.modified.append(tag)
    if (len(s.bylines) < MAX_BYLINES and not in_form and not in_comment
            and (itemprop == "author" or "author" in cls or "byline" in cls)):
        s.bylines.append(tag)


def survey_page(root: Tag) -> Survey:
    """Walk the page once (cutting it where libxml2 would have stopped) and note what later steps need."""
    s = Survey()
    # Per open element: its children, its depth, and whether it lies in removed markup, a form, comments.
    stack = [(iter([root]), 0, False, False, False)]
    while stack:
        children, depth, removed, in_form, in_comment = stack[-1]
        for tag in children:
            if type(tag) is not Tag:
                continue
            if depth > PARSER_MAX_ANCESTORS:
                cut_from(tag, root, keep_tails=False)
                return s
            name, attrs = tag.name, tag.attrs
            tag_in_form = in_form or name == "form"
            tag_in_comment = in_comment
            if name in _NOTED_TAGS:
                _note_tag(s, tag, name, attrs, tag_in_form)
            tag_removed = removed
            if attrs:
                cls, ident, itemprop = attrs.get("class"), attrs.get("id"), attrs.get("itemprop")
                if not in_comment and ((cls and "comment" in cls) or (ident and "comment" in ident)):
                    tag_in_comment = True
                if ((cls and _NOTABLE_NAME.search(cls)) or (itemprop and _NOTABLE_NAME.search(itemprop))
                        or (name == "time" and "pubdate" in attrs)):
                    _note_named(s, tag, name, attrs, tag_in_form, tag_in_comment)
                if not removed and name not in _DROP_TAGS and name != "body" and name != "html" and is_hidden(attrs):
                    s.removed.append(tag)
                    tag_removed = True
            if not tag_removed:
                if name in _DROP_TAGS:
                    s.removed.append(tag)
                    tag_removed = True
                else:
                    s.kept += 1
                    if depth == MAX_DEPTH:
                        s.deepest.append(tag)
                    if name == "p" and any(type(child) is Tag for child in tag.contents):
                        s.paragraphs.append(tag)
            if tag.contents:
                stack.append((iter(tag.contents), depth + 1, tag_removed, tag_in_form, tag_in_comment))
                break
        else:
            stack.pop()
    return s
