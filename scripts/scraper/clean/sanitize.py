"""The body's HTML reduced by nh3 (ammonia) to inert structure: text, headings, lists, quotes, tables, links."""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "blockquote", "q", "cite", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins",
    "sub", "sup", "small", "mark", "abbr", "a", "table", "caption", "thead", "tbody", "tfoot",
    "tr", "th", "td", "div",
}
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
# Content of these is dropped with the tag: none of it is readable article text.
_DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "svg", "math", "noscript", "template", "textarea", "select", "head", "title"}

_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes=_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel=None,
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """Only allowed tags and attributes remain; URLs other than http(s)/mailto are removed."""
    return _CLEANER.clean(html)
