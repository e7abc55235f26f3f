"""Schema.org JSON-LD blocks: tolerant loading and the one object that describes the article."""

from __future__ import annotations

import json
from collections import deque
import re

from lxml.html import HtmlElement

_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
    "techarticle", "report", "liveblogposting", "socialmediaposting", "posting", "blog",
}
_PAGE_TYPES = {"webpage", "itempage", "medicalwebpage"}
_MAX_OBJECTS = 2_000  # bounds the walk over hostile or giant JSON-LD
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")


def _load(text: str) -> object | None:
    """Parse one block; common publisher mistakes (comments, trailing commas, raw newlines) are repaired."""
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().removeprefix("//<![CDATA[").removesuffix("//]]>").strip().rstrip(";")
    for attempt in (text, _CONTROL.sub(" ", _TRAILING_COMMA.sub(r"\1", text))):
        try:
            return json.loads(attempt)
        except (ValueError, RecursionError):
            continue
    return None


def _objects(data: object) -> list[dict]:
    """Every dict in the data, walked breadth-first without recursion (deep JSON cannot exhaust the stack)."""
    found: list[dict] = []
    queue: deque = deque([data])
    while queue and len(found) < _MAX_OBJECTS:
        item = queue.popleft()
        if isinstance(item, dict):
            found.append(item)
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(v for v in item if isinstance(v, (dict, list)))
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


class JsonLd:
    """The page's JSON-LD: the article object (or the web page object) and an @id index for references."""

    def __init__(self, root: HtmlElement) -> None:
        objects: list[dict] = []
        for script in root.iter("script"):
            if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
                objects.extend(_objects(_load(script.text)))
        self.by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and len(o) > 1}
        articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
        pages = [o for o in objects if _types(o) & _PAGE_TYPES]
        # The article with the most fields is the page's own one; teasers of other articles are sparse.
        self.article: dict = max(articles, key=len) if articles else {}
        self.page: dict = max(pages, key=len) if pages else {}

    def resolve(self, value: object) -> object:
        """Follow an {"@id": ...} reference to the full object when the page defines it."""
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and len(value) == 1:
            return self.by_id.get(value["@id"], value)
        return value

    def get(self, key: str) -> object:
        """A field of the article object, falling back to the web page object."""
        for obj in (self.article, self.page):
            if key in obj and obj[key] not in (None, "", []):
                return self.resolve(obj[key])
        return None
