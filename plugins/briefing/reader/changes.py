"""What changed lately in a briefing: the newest sources and the events they brought.

A static site has no memory of earlier builds, so "lately" is read from the content itself:
sources published within a few days of the newest one, and the events no older source reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Briefing, Event, SourceDoc


@dataclass(frozen=True)
class Changes:
    since: date  # the first day counted as recent
    sources: list[SourceDoc]  # recent sources, newest first
    events: list[Event]  # events first reported by a recent source, in timeline order
    everything_new: bool  # no older source: the whole briefing is new


def recent_changes(briefing: Briefing, days: int) -> Changes | None:
    """Sources published within `days` of the newest source, and the events they added."""
    if not briefing.sources:
        return None
    newest = max(s.published for s in briefing.sources)
    since = (newest - timedelta(days=days)).date()
    recent = sorted((s for s in briefing.sources if s.published.date() >= since), key=lambda s: s.published, reverse=True)
    recent_urls = {s.url for s in recent}
    first_reported = {s.url: s.published for s in briefing.sources}
    events = [e for e in briefing.events if e.sources and _first_source(e, first_reported) in recent_urls]
    return Changes(since, recent, events, everything_new=len(recent) == len(briefing.sources))


def _first_source(event: Event, published: dict) -> str:
    """The URL of the earliest-published source citing `event`."""
    known = [url for url in event.sources if url in published]
    return min(known, key=lambda url: published[url]) if known else ""
