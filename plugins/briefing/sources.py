"""Turn Pelican articles into the SourceDocs the timeline engine reads, and assign them to topics."""

from __future__ import annotations

import html
import re
from typing import Any

from bs4 import BeautifulSoup

from .model import SourceDoc, TopicSpec

_BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "pre"]
_SPACE = re.compile(r"\s+")


def html_to_text(html: str) -> str:
    """Plain text of rendered article HTML: one paragraph per block, separated by a blank line."""
    soup = BeautifulSoup(html, "lxml")
    paragraphs = []
    for block in soup.find_all(_BLOCKS):
        if block.find_parent(_BLOCKS):
            continue  # a paragraph inside a quote or list item is read with its container
        text = _SPACE.sub(" ", block.get_text()).strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def article_topics(article: Any) -> list[str]:
    """Topic slugs an article names in its `Topics:` metadata."""
    raw = article.metadata.get("topics", "")
    if isinstance(raw, list):
        raw = ",".join(raw)
    return [slug.strip() for slug in raw.split(",") if slug.strip()]


def belongs_to(article: Any, topic: TopicSpec, text: str) -> bool:
    """An article belongs to the topics it names, or, naming none, to topics whose keywords it mentions."""
    named = article_topics(article)
    if named:
        return topic.slug in named
    haystack = f"{article.title}\n{text}".lower()
    return any(re.search(rf"\b{re.escape(word.lower())}\b", haystack) for word in topic.match)


def source_doc(article: Any, text: str) -> SourceDoc:
    """The timeline engine's view of one Pelican article."""
    meta = article.metadata
    return SourceDoc(
        url=meta.get("original_url") or article.url,
        # Pelican keeps titles as HTML (the scraper escapes them); the engine and briefing.json want text.
        title=html.unescape(article.title),
        publisher=html.unescape(meta.get("publisher", "")),
        published=article.date,
        text=text,
        local_url=article.url,
    )
