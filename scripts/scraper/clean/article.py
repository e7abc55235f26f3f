"""The cleaner's result: one article's body in three forms plus its metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanArticle:
    """A cleaned article. text is what readers and the timeline engine read; markdown and html are
    the same body with structure (headings, lists, quotes, tables, absolute links), both inert."""

    url: str  # canonical URL when the page declares one (made absolute), else the given URL
    title: str
    published: str | None  # ISO 8601, with timezone when the page gives one
    modified: str | None
    authors: list[str]
    publisher: str | None  # site/publisher name
    language: str | None  # primary language subtag, e.g. "en", "ja"
    image: str | None  # lead image URL, absolute
    text: str  # body as plain text, paragraphs separated by one blank line; no title
    markdown: str  # body as sanitized Markdown
    html: str  # body as sanitized HTML
    partial: bool = False  # the page held only part of the article (paywall, gate, text cut off)
