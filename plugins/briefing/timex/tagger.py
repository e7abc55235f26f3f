"""tag(): find every temporal expression of a text and resolve it against the document date.

Every pattern runs over the windows around its trigger words (triggers.py); overlapping matches
are settled longest-first, then the handlers resolve the survivors in text order (so "the
quarter" or "a year earlier" can look back at what was mentioned before). Finally, dates whose
year the text left open are re-placed next to the dates they form a range with, or next to an
explicit earlier date in the same clause of a past-tense sentence:
"talks in December – which failed in February 2025" puts December in 2024.
"""

from __future__ import annotations

import datetime as dt
import re

from .accept import accept
from .context import PAST
from .handlers import handle
from .model import Timex
from .patterns import PRIORITY, RULES
from .ranges import range_pairs
from .resolver import Mention, Resolver, resolve_near
from .triggers import windows

_EXPLICIT = re.compile(r"\d{4}-\d\d")
_RANKED = {name: (rank, RULES[name]) for rank, name in enumerate(PRIORITY)}  # rule -> (priority, regex)


def _candidates(text: str) -> list[tuple[str, re.Match[str]]]:
    """Non-overlapping pattern matches, preferring the longest, then the earlier-listed rule."""
    found = []
    # Only the rules with a trigger in the text; a rule's windows are disjoint, so no match repeats.
    for name, rx_windows in windows(text).items():
        rank, rx = _RANKED[name]
        for lo, hi in rx_windows:
            for m in rx.finditer(text, lo, hi):
                start, end = m.span()
                if end > start:
                    found.append((end - start, rank, start, name, m))
    found.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for _, _, start, name, m in found:
        end = m.end()
        if taken.find(1, start, end) != -1 or not accept(name, m, text):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((name, m))
    chosen.sort(key=lambda c: c[1].start())
    return chosen


def _carry_years(text: str, mentions: list[Mention], resolver: Resolver) -> None:
    """Place year-open dates next to their range partner or the explicit date of their sentence."""
    paired: set[int] = set()
    for first, second in range_pairs(text, mentions):
        paired.update((id(first), id(second)))
        if first.template is None and second.template is not None:
            placed = resolve_near(second.template, first.value, before=False)
            if placed:
                second.value = placed
        elif first.template is not None:
            placed = resolve_near(first.template, second.value, before=True)
            if placed:
                first.value = placed
    for mention in mentions:
        if (mention.template is None or id(mention) in paired or "WXX" in mention.template
                or resolver.tense(mention.start, mention.end) != PAST):
            continue
        lo, hi = resolver.context.clause(mention.start, mention.end)
        explicit = [o for o in mentions if o is not mention and o.template is None and o.type == "DATE"
                    and lo <= o.start < hi and _EXPLICIT.match(o.value) and o.value[:4] < mention.value[:4]]
        if not explicit:
            continue
        anchor = min(explicit, key=lambda o: abs(o.start - mention.start))
        placed = resolve_near(mention.template, anchor.value, before=mention.start < anchor.start)
        if placed:
            mention.value = placed


def tag(text: str, dct: dt.date, *, fiscal_year_start: int = 1) -> list[Timex]:
    """Temporal expressions of text, sorted by start, with values resolved against dct.

    fiscal_year_start is the month the fiscal year of the text's subject starts (4 for Japanese
    companies); it decides what "this fiscal year" or "fiscal 2025" cover.
    """
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if not 1 <= fiscal_year_start <= 12:
        raise ValueError(f"fiscal_year_start must be a month 1-12, not {fiscal_year_start}")
    candidates = _candidates(text)
    if not candidates:  # most paragraphs: no context to build
        return []
    resolver = Resolver(text, dct, fiscal_year_start)
    mentions: list[Mention] = []
    for name, m in candidates:
        for mention in handle(name, m, resolver):
            mentions.append(mention)
            resolver.remember(mention)
    _carry_years(text, mentions, resolver)
    return [Timex(mn.start, mn.end, text[mn.start:mn.end], mn.type, mn.value)
            for mn in sorted(mentions, key=lambda mn: mn.start)]
