"""The key timeline: the few entries a reader needs, chosen from the complete timeline.

An entry's importance is how much the sources make of it: how many independent sources report
it. The key timeline holds the topic's Timeline_size most important entries (the editor's pins
always among them), shown in date order; without Timeline_size its size follows the story: one
entry per DEFAULT_SOURCES_PER_ENTRY sources, at least DEFAULT_MIN_SIZE, at most MAX_DEFAULT_SIZE.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Event

MAX_DEFAULT_SIZE = 30
DEFAULT_MIN_SIZE = 8
DEFAULT_SOURCES_PER_ENTRY = 10


def default_size(source_count: int) -> int:
    """How many key entries a story of `source_count` sources gets when the editor sets none."""
    return max(DEFAULT_MIN_SIZE, min(MAX_DEFAULT_SIZE, source_count // DEFAULT_SOURCES_PER_ENTRY))


def mark_key(events: list[Event], size: int) -> list[Event]:
    """The same entries (same order), each with its importance and whether it is on the key timeline."""
    scored = [replace(e, importance=_importance(e)) for e in events]
    ranked = sorted(range(len(scored)), key=lambda i: (not scored[i].pinned, -scored[i].importance, i))
    chosen = set(ranked[:size])
    return [replace(e, key=i in chosen) for i, e in enumerate(scored)]


def _importance(event: Event) -> float:
    return float(len(set(event.sources)))
