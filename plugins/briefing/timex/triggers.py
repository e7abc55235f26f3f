"""Where each pattern can match at all: the words every match of a rule must contain.

Running every rule's regex over the whole text is the tagger's main cost. One cheap pass over
the words of the text finds the trigger words of each rule; the rule's regex then only scans
windows around them. A rule's match always contains one of its triggers, so the windows lose
nothing as long as they reach further than any match does around its trigger.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .lexicon import MONTHS, SEASONS, UNIT_FORMS, UNITS, WEEKDAYS
from .patterns import DAY_PART, MONTH, NUMBER_WORDS, SEASON, UNIT, WEEKDAY

# How far a match can reach before and after its trigger word (characters).
# (The longest matches of the TimeBank/AQUAINT corpus reach 24 characters beyond their trigger.)
REACH_BEFORE = 60
REACH_AFTER = 60

_WORD = re.compile(r"[A-Za-z]+|\d+")
_YEARLIKE = re.compile(r"(?:1[6-9]|20)\d\d")

_MONTH_WORDS = set(MONTHS)
_WEEKDAY_WORDS = set(WEEKDAYS) | {w + "s" for w in WEEKDAYS if len(w) > 4}
_UNIT_WORDS = set(UNITS) | set(UNIT_FORMS) | {"centuries", "millennia"}
_PLURAL_UNITS = {"years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes", "quarters"}
_DEICTIC_UNITS = {"year", "month", "week", "weekend", "quarter", "half", "period", "decade", "century",
                  "fiscal", "financial", "business"} | set(SEASONS)
_DECADE_WORDS = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}

# word (lower case) -> rules it triggers
_TRIGGERS: dict[str, set[str]] = defaultdict(set)


def _add(rule: str, words: set[str] | list[str]) -> None:
    for word in words:
        _TRIGGERS[word].add(rule)


_add("date", _MONTH_WORDS)
_add("month", _MONTH_WORDS)
_add("month_range", _MONTH_WORDS)
_add("year", {"fy"})
_add("year_to_month", {"year"})
_add("spelled_year", {"nineteen", "twenty", "thousand"})
_add("decade", _DECADE_WORDS)
_add("century", {"century"})
_add("quarter", {"quarter", "half"})
_add("half_by_quarters", {"quarters"})
_add("full_year", {"full"})
_add("quarter_code", {"q", "h"})
_add("deictic", _DEICTIC_UNITS)
_add("bare_unit", {"quarter", "year", "week", "weekend"})
_add("year_ago", {"year"})
_add("unit_edge", {"end", "beginning", "start", "middle", "turn", "close"})
_add("season", set(SEASONS))
_add("day_word", {"yesterday", "today", "tomorrow", "tonight"})
_add("weekday", _WEEKDAY_WORDS)
_add("ago", {"ago", "earlier", "later", "now", "hence", "back"})
_add("duration", _UNIT_WORDS)
_add("vague_duration", _PLURAL_UNITS)
_add("set", {"every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly",
             "biweekly", "bimonthly", "biannually", "semiannually", "semi", "fortnightly", "mornings",
             "afternoons", "evenings", "nights", "once", "twice", "thrice", "times"} | _WEEKDAY_WORDS)
_add("clock", {"am", "pm", "noon", "midnight", "midday", "morning", "afternoon", "evening", "local",
               "hours", "hour", "hrs", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
               "bst", "cet", "cest", "jst", "kst", "hkt", "sgt", "ist", "aest", "aedt", "ast", "adt"})
_add("anaphoric_day", {"day", "morning", "afternoon", "evening", "night"})
_add("day_part", {"morning", "afternoon", "evening", "night", "midafternoon", "mid", "midmorning"})
_add("reference", {"now", "currently", "current", "nowadays", "present", "presently", "days", "recently",
                   "lately", "past", "future", "soon", "term", "run", "date", "possible"})
_add("holiday", {"christmas", "year", "thanksgiving", "easter", "friday", "election", "independence",
                 "labor", "memorial", "halloween", "valentine", "veterans", "boxing", "golden"})
# Rules a four-digit year-like number triggers; every other rule's matches contain a word.
_YEAR_RULES = {"year", "year_range", "iso_date", "us_date"}
# Decades are digits followed by "s": 1990s, '80s.
_DECADE_SUFFIX = re.compile(r"['’]?s\b")
# "a"/"p" start a clock time only as "a.m." / "p m": the word "a" alone triggered the clock rule
# on ~40% of all text and it matched nothing there.
_MERIDIEM_LETTERS = {"a", "p"}
_MERIDIEM_REST = re.compile(r"\.?\s?m\b", re.I)
_CLOCK = {"clock"}

# Some frequent trigger words are part of a match of a rule only in one narrow shape, which a
# guard (_unguarded) checks at the word before its window is added; where the guard says no, no
# match of the rule can hold that word, so the window is not needed (every match keeps another
# trigger's).
# "set": "every"/"each"/"per" begin "every week", "each July", "per quarter" (in "once per week"
# the match holds "once" too). Same continuation and flags as the rule itself.
_SET_REST = re.compile(
    rf"\s+(?:other\s+|single\s+)?(?:(?:\d+|{NUMBER_WORDS})\s+)?"
    rf"(?:{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{DAY_PART}|weekend\b|weekday\b)",
    re.I,
)
_SET_OPENERS = {"every", "each", "per"}
# "duration": its unit ends "(count) (extra word)? [\s-]+ unit"; the word before the separator must
# be able to end a count ("three", "5", "a couple of", "several") or be one of the extra words.
_COUNT_ENDS = frozenset(re.findall(r"[a-z]+", NUMBER_WORDS)) | {
    "hundred", "thousand", "of", "couple", "few", "dozen", "several", "many", "some", "a", "an",
    "more", "additional", "full", "straight", "consecutive", "trading", "business", "calendar",
    "working", "long", "short",
}


def _may_end_duration(text: str, start: int) -> bool:
    """Whether the unit word at text[start:] can close a duration: a separator, then a count's end.

    Anything but plain ASCII letters before the separator (a digit, a non-ASCII letter that re.I
    might fold to ASCII) is let through."""
    end = start
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == "-"):
        end -= 1
    if end == start or end == 0:
        return False
    begin = end
    while begin > 0 and text[begin - 1].isascii() and text[begin - 1].isalpha():
        begin -= 1
    if begin == end or begin > 0 and not text[begin - 1].isascii():
        return True
    return text[begin:end].lower() in _COUNT_ENDS


def _unguarded(rules: set[str], word: str, text: str, match: re.Match[str]) -> set[str]:
    """The rules a trigger word opens a window for, once the guards above have had their say.

    A holiday's name is matched case-sensitively ("Christmas", "New Year's", "Good Friday"), so a
    trigger word not written Capitalised ("last year") is in no holiday."""
    if "set" in rules and word in _SET_OPENERS and not _SET_REST.match(text, match.end()):
        rules = rules - {"set"}
    if "holiday" in rules and match.group() != word.capitalize():
        rules = rules - {"holiday"}
    if "duration" in rules and not _may_end_duration(text, match.start()):
        rules = rules - {"duration"}
    return rules


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule with a trigger in text, the merged (start, end) spans its regex must scan."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    length = len(text)
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            rules = _YEAR_RULES if len(word) == 4 and _YEARLIKE.fullmatch(word) else set()
            if word.endswith("0") and _DECADE_SUFFIX.match(text, m.end()):
                rules = rules | {"decade"}
            if not rules:
                continue
        else:
            lower = word.lower()
            if lower in _MERIDIEM_LETTERS:
                if not _MERIDIEM_REST.match(text, m.end()):
                    continue
                rules = _CLOCK
            else:
                rules = _TRIGGERS.get(lower)
                if not rules:
                    continue
                rules = _unguarded(rules, lower, text, m)
        lo = max(0, m.start() - REACH_BEFORE)
        hi = min(length, m.end() + REACH_AFTER)
        for rule in rules:
            bucket = spans[rule]
            if bucket and lo <= bucket[-1][1]:
                bucket[-1] = (bucket[-1][0], hi)
            else:
                bucket.append((lo, hi))
    return spans
