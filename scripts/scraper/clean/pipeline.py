"""clean_page: the cleaning steps in order, and the one place that turns failures into ScrapeError."""

from __future__ import annotations

import lxml.html

from ..errors import ScrapeError
from .article import CleanArticle
from .body import extract_body
from .document import PageRejected, parse_page
from .markdown import to_markdown
from .metadata import extract_metadata
from .prune import drop_invisible, flatten_deep_nesting
from .sanitize import sanitize_html
from .text import body_text
from .urls import absolute_url


def _absolute_links(body: lxml.html.HtmlElement, base: str) -> None:
    """Links point where the reader expects; unsafe or empty targets lose the link, keep the text."""
    for a in body.iter("a"):
        href = absolute_url(a.get("href"), base)
        a.attrib.clear()
        if href:
            a.set("href", href)


def _build(raw: bytes, url: str, content_type: str | None) -> CleanArticle:
    root = parse_page(raw, content_type)
    meta = extract_metadata(root, url)
    drop_invisible(root)
    flatten_deep_nesting(root)
    body = extract_body(root, meta.title, meta.authors)
    if body is None:
        raise PageRejected("no article found")
    text = body_text(body)
    if not text.strip():
        raise PageRejected("no article found")
    _absolute_links(body, meta.url)
    html = sanitize_html(lxml.html.tostring(body, encoding="unicode", with_tail=False))
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
        raise ScrapeError(f"{url}: no article found (unreadable page: {type(err).__name__})") from None
