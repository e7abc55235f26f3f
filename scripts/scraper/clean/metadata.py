"""Article metadata from the page head and markup, most trusted source first:
JSON-LD, Open Graph, Dublin Core, other <meta>, <time>, then visible bylines."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from .dates import iso_date
from .jsonld import JsonLd
from .partial import paywall_cut
from .urls import absolute_url

_SPACE = re.compile(r"\s+")
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af|от|著者)\s*[:：]?\s+", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||\band\b|\bund\b|\bet\b|\by\b|&|,)\s*", re.I)
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—:·»/]|::)\s+|\s*[|｜]\s*")
_MAX_AUTHOR_CHARS = 80
_MAX_AUTHOR_WORDS = 6


@dataclass
class Metadata:
    """Everything known about the article besides its body."""

    url: str
    title: str = ""
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None
    image: str | None = None
    paywalled: bool = False  # JSON-LD says the article is not free and its paid part is missing


def _clean(value: object) -> str:
    """Whitespace collapsed; entities a CMS escaped twice ("&amp;#8216;") decoded."""
    if not isinstance(value, str):
        return ""
    if "&" in value:
        value = html.unescape(value)
    return _SPACE.sub(" ", value).strip()


def _names(value: object, ld: JsonLd | None = None, people_first: bool = False) -> list[str]:
    """Person or organisation names from a string, an object with a name, or a list of those.
    With people_first, organisations listed beside people (a byline's "Staff", the site) are left out."""
    items = value if isinstance(value, list) else [value]
    names: list[tuple[str, bool]] = []
    for item in items[:20]:
        if ld is not None:
            item = ld.resolve(item)
        is_org = False
        if isinstance(item, dict):
            kind = item.get("@type")
            is_org = isinstance(kind, str) and kind.lower() in ("organization", "newsmediaorganization", "corporation")
            item = item.get("name")
            if isinstance(item, list):
                item = item[0] if item else None
        name = _clean(item)
        if name:
            names.append((name, is_org))
    if people_first and any(not is_org for _, is_org in names):
        names = [(name, is_org) for name, is_org in names if not is_org]
    return [name for name, _ in names]


def _authors(names: list[str]) -> list[str]:
    """Plausible person names: no URLs, no sentences, "By" dropped, joined lists split, duplicates gone."""
    result: list[str] = []
    for raw in names:
        raw = _BY_PREFIX.sub("", raw).strip(" ,;:|")
        if not raw or "://" in raw or raw.startswith(("www.", "@")) or len(raw) > _MAX_AUTHOR_CHARS * 2:
            continue
        parts = [p.strip() for p in _AUTHOR_SPLIT.split(raw) if p and p.strip()]
        # "Smith, John" is one person: only split when every part looks like a full name.
        if len(parts) > 1 and not all(" " in p for p in parts):
            parts = [raw]
        for part in parts:
            # A name has letters, no digits (dates, times) and only a few words (not a sentence).
            if (part and len(part) <= _MAX_AUTHOR_CHARS and any(c.isalpha() for c in part)
                    and not any(c.isdigit() for c in part) and len(part.split()) <= _MAX_AUTHOR_WORDS):
                if part.lower() not in (r.lower() for r in result):
                    result.append(part)
    return result


class _Meta:
    """The page's <meta> tags by lower-cased name/property/itemprop, first occurrence wins."""

    def __init__(self, root: HtmlElement) -> None:
        self.values: dict[str, list[str]] = {}
        for meta in root.iter("meta"):
            content = meta.get("content")
            if content is None or not content.strip():
                continue
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = meta.get(attr)
                if key:
                    self.values.setdefault(key.strip().lower(), []).append(content.strip())

    def first(self, *keys: str) -> str | None:
        for key in keys:
            if key in self.values:
                return self.values[key][0]
        return None

    def all(self, *keys: str) -> list[str]:
        return [v for key in keys for v in self.values.get(key, [])]


def _first_date(*candidates: object) -> str | None:
    for candidate in candidates:
        if (value := iso_date(candidate)) is not None:
            return value
    return None


def _time_element(root: HtmlElement, hints: tuple[str, ...]) -> str | None:
    """The datetime of a <time> (or itemprop element) marked as published/updated."""
    tests = " or ".join(f"contains(@itemprop, '{h}') or contains(@class, '{h}')" for h in hints)
    for el in root.xpath(f"//time[@pubdate] | //*[{tests}]")[:50]:
        value = iso_date(el.get("datetime") or el.get("content") or el.text_content()[:80])
        if value:
            return value
    return None


def _first_time_in_article(root: HtmlElement) -> str | None:
    for scope in root.iter("article", "main"):
        for time_el in scope.iter("time"):
            if value := iso_date(time_el.get("datetime") or time_el.text_content()[:80]):
                return value
        break
    return None


_BYLINE_XPATH = (
    "//*[(@itemprop='author' or contains(@class,'author') or contains(@class,'byline'))"
    " and not(ancestor-or-self::form) and not(ancestor-or-self::*[contains(@class,'comment') or contains(@id,'comment')])]"
)


def _visible_bylines(root: HtmlElement) -> list[str]:
    """Author names shown on the page: rel=author links, then author/byline classes (not comment forms)."""
    names = [_clean(a.text_content()) for a in root.xpath("//a[@rel='author'][not(ancestor::form)]")]
    if not names:
        for el in root.xpath(_BYLINE_XPATH)[:20]:
            text = _clean(el.text_content())
            if 0 < len(text) <= _MAX_AUTHOR_CHARS:
                names.append(text)
                break
    return [n for n in names if n]


def _language(*candidates: str | None) -> str | None:
    for candidate in candidates:
        if candidate and (match := _LANG.match(candidate.strip())):
            return match.group(1).lower()
    return None


def _title_from_title_tag(root: HtmlElement, site: str | None, h1: str) -> str:
    """<title> without the " - Site name" part most sites add (before or after the headline)."""
    title_el = root.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else ""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p]
    if len(parts) < 2:
        return title
    site_key = (site or "").lower()
    kept = [p for p in parts if not site_key or (p.lower() not in site_key and site_key not in p.lower())] or parts
    if h1 and (match := next((p for p in kept if p.lower() in h1.lower()), None)):
        return match
    first, last = kept[0], kept[-1]
    return last if len(last) >= 2 * len(first) else first


def _image(value: object, ld: JsonLd) -> str | None:
    value = ld.resolve(value)
    if isinstance(value, list):
        value = value[0] if value else None
        value = ld.resolve(value)
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value if isinstance(value, str) else None


def extract_metadata(root: HtmlElement, url: str) -> Metadata:
    """Metadata of the page at url; fields the page does not state (or states unreadably) stay empty."""
    ld = JsonLd(root)
    meta = _Meta(root)

    canonical = next((link.get("href") for link in root.iter("link") if "canonical" in (link.get("rel") or "").lower().split()), None)
    ld_url = ld.article.get("url") if isinstance(ld.article.get("url"), str) else None
    page_url = absolute_url(canonical, url) or absolute_url(meta.first("og:url"), url) or absolute_url(ld_url, url)
    page_url = page_url if page_url and page_url.startswith("http") else url

    publisher_names = _names(ld.get("publisher"), ld)
    publisher = (publisher_names[0] if publisher_names else None) or _clean(meta.first("og:site_name", "dc.publisher", "dcterms.publisher", "application-name")) or None

    h1_el = root.find(".//h1")
    h1 = _clean(h1_el.text_content()) if h1_el is not None else ""
    title = (
        _clean(ld.article.get("headline") or ld.article.get("name"))
        or _clean(meta.first("og:title", "dc.title", "dcterms.title", "twitter:title", "title", "headline"))
        or _title_from_title_tag(root, publisher, h1)
        or h1
    )

    published = _first_date(
        ld.get("datePublished"), ld.get("dateCreated"),
        *meta.all("article:published_time", "og:published_time", "og:article:published_time"),
        *meta.all("dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created"),
        *meta.all("datepublished", "pubdate", "publishdate", "publish-date", "publication_date", "date", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime", "article_date_original"),
    ) or _time_element(root, ("datePublished", "pubdate", "published")) or _first_time_in_article(root)
    modified = _first_date(
        ld.get("dateModified"),
        *meta.all("article:modified_time", "og:updated_time", "og:article:modified_time"),
        *meta.all("dcterms.modified", "dc.date.modified"),
        *meta.all("datemodified", "last-modified", "lastmod", "article.updated"),
    ) or _time_element(root, ("dateModified", "updated", "modified"))

    authors = (
        _authors(_names(ld.get("author"), ld, people_first=True) or _names(ld.get("creator"), ld, people_first=True))
        or _authors(meta.all("article:author", "og:article:author"))
        or _authors(meta.all("dc.creator", "dcterms.creator"))
        or _authors(meta.all("author", "parsely-author", "sailthru.author", "byl"))
        or _authors(_visible_bylines(root))
    )

    html_lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    in_language = ld.get("inLanguage")
    language = _language(
        in_language if isinstance(in_language, str) else None,
        meta.first("og:locale"), meta.first("dc.language", "dcterms.language"),
        meta.first("content-language", "language"), html_lang,
    )

    image_link = next((link.get("href") for link in root.iter("link") if (link.get("rel") or "").lower() == "image_src"), None)
    image = None
    for candidate in (_image(ld.get("image"), ld), meta.first("og:image", "og:image:url", "og:image:secure_url"), meta.first("twitter:image", "twitter:image:src"), image_link):
        if (image := absolute_url(candidate, page_url)) and image.startswith("http"):
            break
        image = None

    parts = ld.get("hasPart")
    paywalled = paywall_cut(root, ld.get("isAccessibleForFree"), [ld.resolve(p) for p in (parts if isinstance(parts, list) else [parts])])

    return Metadata(url=page_url, title=title, published=published, modified=modified, authors=authors,
                    publisher=publisher, language=language, image=image, paywalled=paywalled)
