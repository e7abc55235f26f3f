"""clean_page: the cleaning steps in order, and the one place that turns failures into ScrapeError."""

from __future__ import annotations

import logging

import lxml.html

from ..errors import ScrapeError
from .article import CleanArticle
from .body import extract_body
from .document import PageRejected, parse_page
from .embeds import drop_embeds
from .markdown import to_markdown
from .metadata import extract_metadata
from .partial import gate_on_page, is_partial
from .prune import drop_invisible, drop_link_clusters, flatten_deep_nesting, limit_elements
from .rules import DEFAULT_RULES, Rules
from .sanitize import sanitize_html
from .text import body_text
from .urls import absolute_url

_log = logging.getLogger(__name__)
_KEPT_ATTRIBUTES = ("colspan", "rowspan", "start")


def _strip_attributes(body: lxml.html.HtmlElement, base: str) -> None:
    """Only attributes the output keeps survive; links become absolute, unsafe targets lose the link."""
    for el in body.iter():
        if not isinstance(el.tag, str) or not el.attrib:
            continue
        href = absolute_url(el.get("href"), base) if el.tag == "a" else None
        kept = {name: el.get(name) for name in _KEPT_ATTRIBUTES if el.get(name)}
        el.attrib.clear()
        el.attrib.update(kept)
        if href:
            el.set("href", href)


def _build(raw: bytes, url: str, content_type: str | None, rules: Rules) -> CleanArticle:
    root = parse_page(raw, content_type)
    meta = extract_metadata(root, url)
    drop_invisible(root)
    if rules.embeds:
        drop_embeds(root)
    gated = gate_on_page(root)
    root = limit_elements(root)
    if rules.link_clusters:
        drop_link_clusters(root)
    flatten_deep_nesting(root)
    found = extract_body(root, meta.title, meta.authors, rules)
    if found is None:
        raise PageRejected("no article found")
    body, read_on = found
    text = body_text(body)
    if not text.strip():
        raise PageRejected("no article found")
    _strip_attributes(body, meta.url)
    html = sanitize_html(lxml.html.tostring(body, encoding="unicode", with_tail=False))
    return CleanArticle(
        url=meta.url, title=meta.title, published=meta.published, modified=meta.modified,
        authors=meta.authors, publisher=meta.publisher, language=meta.language, image=meta.image,
        text=text, markdown=to_markdown(html), html=html, partial=is_partial(meta.paywalled, gated or read_on, text),
    )


def clean_page(raw: bytes, url: str, *, content_type: str | None = None, rules: Rules = DEFAULT_RULES) -> CleanArticle:
    """The article in the page bytes served at url; ScrapeError (one line, naming url) when there is none.
    rules are the cleaner's thresholds and rules (the benchmark varies them; everyone else keeps the default)."""
    try:
        return _build(raw, url, content_type, rules)
    except PageRejected as err:
        raise ScrapeError(f"{url}: {err}") from None
    except (RecursionError, MemoryError) as err:
        raise ScrapeError(f"{url}: no article found (page structure too large or deep: {type(err).__name__})") from None
    except Exception as err:  # noqa: BLE001 - the contract is ScrapeError only, whatever the page holds
        _log.debug("cleaning %s failed", url, exc_info=True)  # the traceback, for whoever debugs the cleaner
        raise ScrapeError(f"{url}: no article found (unreadable page: {type(err).__name__})") from None
