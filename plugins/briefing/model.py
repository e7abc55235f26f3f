"""The data a briefing is made of, shared by the timeline engine, the Pelican generator and the theme."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SourceDoc:
    """One cleaned article as the timeline engine sees it."""

    url: str  # original URL (the page we scraped)
    title: str
    publisher: str
    published: datetime  # timezone-aware publication date: the anchor for relative dates
    text: str  # plain text, paragraphs separated by a blank line
    local_url: str = ""  # our clean copy, relative to SITEURL
    partial: bool = False  # the scraper found the text cut (paywall, "read more" gate)

    @property
    def voice(self) -> str:
        """Who speaks in this source: its publisher (a wire's copies and a paper's follow-ups are
        one voice, not independent confirmations), else its URL."""
        return self.publisher.casefold().strip() or self.url


@dataclass(frozen=True)
class EventOverride:
    """An editor's instruction from the topic file: pin, hide or reword an event."""

    action: str  # "pin", "hide" or "reword"
    match: str = ""  # text that identifies the extracted event (hide/reword)
    start: str = ""  # YYYY, YYYY-MM or YYYY-MM-DD (pin)
    end: str | None = None
    text: str = ""  # the pinned or reworded statement


@dataclass(frozen=True)
class TopicSpec:
    """A topic as the editor defined it in content/topics/<slug>.md."""

    slug: str
    title: str
    summary_html: str = ""
    match: tuple[str, ...] = ()  # keywords selecting articles that name no topic
    fiscal_year_start: int = 1  # month the fiscal year starts (4 for Japanese carmakers)
    overrides: tuple[EventOverride, ...] = ()
    timeline_size: int | None = None  # entries on the key timeline; None: chosen by the story (keytimeline.py)
    figures_size: int = 8  # key figures shown on the page


@dataclass
class Event:
    """A dated statement on the timeline, citing every source that reported it."""

    start: str  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None  # None for a point in time
    text: str
    sources: list[str] = field(default_factory=list)  # URLs of SourceDoc
    pinned: bool = False  # set by the editor, not extracted
    conflict: str = ""  # human-readable note when sources disagree on a number
    expected: bool = False  # a forecast or plan ("expected to", "will"): not something that happened
    importance: float = 0.0  # how much the sources make of it (keytimeline.py); pins rank first
    key: bool = False  # on the key timeline the briefing page shows


@dataclass
class Figure:
    """A key number with its unit and subject, the sentence it came from, and its sources."""

    value: str  # as displayed, e.g. "3,900"
    unit: str  # e.g. "employees", "%", "units a year", "yen"
    subject: str  # e.g. "Oppama plant workforce"
    text: str  # the source sentence
    sources: list[str] = field(default_factory=list)
    as_of: str | None = None  # YYYY[-MM[-DD]] when the text dates the figure
    conflict: str = ""  # note when sources report a different value
    importance: float = 0.0  # how much the sources make of it (figures.rank_figures)
    key: bool = False  # among the topic's Figures_size shown on the page


@dataclass
class Briefing:
    """Everything the briefing page and briefing.json show for one topic."""

    topic: TopicSpec
    updated: str  # ISO date of the newest source
    events: list[Event]
    figures: list[Figure]
    sources: list[SourceDoc]
    warnings: list[str] = field(default_factory=list)  # e.g. overrides that matched nothing

    @property
    def key_events(self) -> list[Event]:
        """The key timeline, in date order: what the briefing page shows."""
        return [e for e in self.events if e.key]

    @property
    def key_figures(self) -> list[Figure]:
        """The figures the page shows, most important first."""
        return sorted((f for f in self.figures if f.key), key=lambda f: -f.importance)

    def to_json(self) -> dict:
        """The briefing.json document (schema documented in the README)."""
        return {
            "topic": {"slug": self.topic.slug, "title": self.topic.title},
            "updated": self.updated,
            "events": [
                {
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "sources": list(e.sources),
                    "key": e.key,
                    "importance": round(e.importance, 3),
                    **({"expected": True} if e.expected else {}),
                    **({"pinned": True} if e.pinned else {}),
                    **({"conflict": e.conflict} if e.conflict else {}),
                }
                for e in self.events
            ],
            "figures": [
                {
                    "value": f.value,
                    "unit": f.unit,
                    "subject": f.subject,
                    "text": f.text,
                    "as_of": f.as_of,
                    "sources": list(f.sources),
                    "key": f.key,
                    "importance": round(f.importance, 3),
                    **({"conflict": f.conflict} if f.conflict else {}),
                }
                for f in self.figures
            ],
            "sources": [
                {
                    "url": s.url,
                    "title": s.title,
                    "publisher": s.publisher,
                    "published": s.published.isoformat(),
                    "local_url": s.local_url,
                    **({"partial": True} if s.partial else {}),
                }
                for s in self.sources
            ],
        }
