"""Temporal expressions in English news: find them and resolve them to TIMEX3 values.

    from briefing.timex import Timex, tag, ranges, interval
    tag(text, dct)            -> [Timex(start, end, text, type, value), ...]
    ranges(text, timexes)     -> [(start Timex, end Timex), ...]
    interval("2025-Q3")       -> ("2025-07", "2025-09")
    live_stamps(paragraphs, year) -> per paragraph, the spans of live-page time stamps ("1858 Officials say")

Pure Python, rule based (regular expressions plus a resolver in the spirit of HeidelTime's
news mode); see values.py for the value forms, including fiscal years.
"""

from __future__ import annotations

from .model import Timex
from .ranges import range_pairs
from .stamps import live_stamps
from .tagger import tag
from .values import interval


def ranges(text: str, timexes: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Pairs of DATE expressions in one clause that form a range ("from X to Y", "X–Y",
    "between X and Y", "X through/until Y", "in X – which failed in Y")."""
    return range_pairs(text, timexes)


__all__ = ["Timex", "tag", "ranges", "interval", "live_stamps"]
