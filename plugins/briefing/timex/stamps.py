"""Live-page time stamps: "1858 Edwidge Danticat tells AP ...", "1633: Danny Shaw, who lives ...".

Live pages open each update with a 24-hour clock time and no zone. One such number before a
name reads as a year ("1858 Edwidge Danticat"), so the tagger alone cannot tell; across a whole
article it can: three or more numbers in that position that are valid clock times (and most
of the numbers there), at least one no plausible year for the article (before 1900 or after
its publication), are the stamps of a live page, and none of them dates anything.
"""

from __future__ import annotations

import re

from .patterns import CLOCK_AFTER

# A four-digit number opening an update: not glued to other digits, money or a bracket, not a
# zoned clock time ("at 1500 GMT (1000 EST)"), then an optional colon and a capitalised word or quote.
_CANDIDATE = re.compile(rf"(?<![\w$€£¥#.,/:'’(-])(\d{{4}})(?!{CLOCK_AFTER}):?(?=\s+[A-Z\"“])")
# "in 1998 Congress passed", "the 2008 Beijing Olympics", "Apple's 1984 Macintosh": a year.
_TIME_WORD_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|during|before|after|of|for|through|to|between|and|early|late|mid|"
    r"around|about|at|the|its|their|his|her|this|that|these|those|our|your|a|an)|['’]s)\s*$", re.I)
_MIN_STAMPS = 3


def _is_clock(number: str) -> bool:
    return int(number[:2]) <= 23 and int(number[2:]) <= 59


def live_stamps(paragraphs: list[str], published_year: int) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) spans of its live-page stamps, colon included ("1633:");
    all empty for other articles.

    Counts of things in that position ("4000 Americans") are tolerated as long as clock times
    make up three quarters of the candidates."""
    found: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    clocks: list[int] = []
    candidates = 0
    for index, paragraph in enumerate(paragraphs):
        for m in _CANDIDATE.finditer(paragraph):
            if _TIME_WORD_BEFORE.search(paragraph, max(0, m.start() - 12), m.start()):
                continue
            candidates += 1
            if _is_clock(m.group(1)):
                clocks.append(int(m.group(1)))
                found[index].append(m.span())
    if (len(set(clocks)) < _MIN_STAMPS or len(clocks) * 4 < candidates * 3
            or not any(n < 1900 or n > published_year for n in clocks)):
        return [[] for _ in paragraphs]
    return found
