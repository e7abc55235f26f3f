"""clean_page: the cleaning steps in order, and the one place that turns failures into ScrapeError."""

from __future__ import annotations

import logging

from bs4.element import Tag

from ..errors import ScrapeError
from .article import CleanArticle
from .body import extract_body
from .document import PageRejected, parse_page
from .markdown import to_markdown
from .metadata import extract_metadata
from .prune import prune
from .sanitize import sanitize_html
from .survey import survey_page
from .text import body_text
from .tree import descendant_tags, to_html
from .urls import absolute_url

_log = logging.getLogger(__name__)
_KEPT_ATTRIBUTES = ("colspan", "rowspan", "start")


def _strip_attributes(body: Tag, base: str) -> None:
    """Only attributes the output keeps survive; links become absolute, unsafe targets lose the link."""
    for el in (body, *descendant_tags(body)):
        attrs = el.attrs
        if not attrs:
            continue
        href = absolute_url(attrs.get("href"), base) if el.name == "a" else None
        kept = {name: attrs[name] for name in _KEPT_ATTRIBUTES if attrs.get(name)}
        if href:
            kept["href"] = href
        el.attrs = kept


def _build(raw: bytes, url: str, content_type: str | None) -> CleanArticle:
    root = parse_page(raw, content_type)
    survey = survey_page(root)
    meta = extract_metadata(root, survey, url)
    prune(root, survey)
    body = extract_body(root, meta.title, meta.authors)
    if body is None:
        raise PageRejected("no article found")
    text = body_text(body)
    if not text.strip():
        raise PageRejected("no article found")
    _strip_attributes(body, meta.url)
    html = sanitize_html(to_html(body))
    return CleanArticle(
        url=meta.url, title=meta.title, published=meta.published, modified=meta.modified,
        authors=meta.authors, publisher=meta.publisher, language=meta.language, image=meta.image,
        text=text, markdown=to_markdown(html), html=html,
    )


def clean_page(raw: bytes, url: str, *, content_type: str | None = None) -> CleanArticle:
    """The article in the page bytes served at url; ScrapeError (one line, naming url) when there is none."""
    try:
        return _build(raw, url, content_type)
    except PageRejected as err:
        raise ScrapeError(f"{url}: {err}") from None
    except (RecursionError, MemoryError) as err:
        raise ScrapeError(f"{url}: no article found (page structure too large or deep: {type(err).__name__})") from None
    except Exception as err:  # noqa: BLE001 - the contract is ScrapeError only, whatever the page holds
        _log.debug("cleaning %s failed", url, exc_info=True)  # the traceback, for whoever debugs the cleaner
        raise ScrapeError(f"{url}: no article found (unreadable page: {type(err).__name__})") from None
