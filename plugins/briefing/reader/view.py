"""Everything the briefing page shows besides the briefing itself, attached to each topic."""

from __future__ import annotations

from typing import Any

from ..model import Event, TopicSpec
from .axis import time_axis
from .changes import recent_changes
from .entities import Company, companies_in, topic_naming


def companies_of(spec: TopicSpec, source_texts: list[str]) -> list[Company]:
    """The companies a topic's sources and its editor's pins and rewords name (see
    entities.companies_in): every other entry and figure is a source's words, so this needs
    nothing of the briefing and is found beside the merge, not after it."""
    editor = [o.text for o in spec.overrides if o.action in ("pin", "reword")]
    return companies_in(source_texts, editor)


def entries_by_source(events: list[Event]) -> dict[str, list[tuple[int, Event]]]:
    """Each source URL's timeline entries with their numbers on the complete timeline (1-based),
    in timeline order: an article page and a feed entry list what their source supports."""
    found: dict[str, list[tuple[int, Event]]] = {}
    for number, event in enumerate(events, start=1):
        for url in dict.fromkeys(event.sources):
            found.setdefault(url, []).append((number, event))
    return found


def attach_reader_views(topics: list[Any], changes_days: int, companies: list[list[Company]]) -> None:
    """Give every topic its `axis` (of the key entries), `changes`, `citations` (see
    entries_by_source) and `companies` [(Company, linked topic or None)]; companies[i] is
    companies_of(topics[i]'s spec and sources), made where the briefing was."""
    specs = {topic.briefing.topic.slug: topic for topic in topics}
    for topic, named in zip(topics, companies, strict=True):
        briefing = topic.briefing
        topic.axis = time_axis(briefing.key_events)
        topic.changes = recent_changes(briefing, changes_days)
        topic.citations = entries_by_source(briefing.events)
        topic.companies = [
            (company, specs[spec.slug] if spec else None)
            for company in named
            for spec in [topic_naming(company, [t.briefing.topic for t in topics])]
        ]
