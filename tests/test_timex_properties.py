"""Properties every tagging must have, whatever the text: offsets, order, no overlaps, intervals."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.timex import interval, ranges, tag

WORDS = ["in", "May", "March", "last", "year", "the", "third", "quarter", "of", "2024", "Friday", "ago",
         "two", "weeks", "from", "to", "December", "–", "fiscal", "Q3", "3", "p.m.", "every", "month",
         "now", "recently", "40%", "3,900", "people", "$17", "billion", "early", "next", "spring", ",", "."]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=30),
       dct=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)),
       fiscal_start=st.integers(min_value=1, max_value=12))
def test_tagging_is_well_formed(words, dct, fiscal_start):
    text = " ".join(words)
    found = tag(text, dct, fiscal_year_start=fiscal_start)
    for t in found:
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.type == "DATE" and t.value[:1].isdigit() and "X" not in t.value:
            assert interval(t.value) is not None, t
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for first, second in ranges(text, found):
        assert first.start < second.start


GUARDED_WORDS = ["every", "each", "per", "Per", "EACH", "once", "twice", "times", "a", "an", "A", "three",
                 "twenty-one", "5", "5.5", "1/2", "several", "ſeveral", "couple", "of", "dozens", "more", "full",
                 "business", "year", "years", "Year", "months", "week", "day", "hours", "yrs", "decade", "Monday",
                 "Mondays", "mornings", "July", "spring", "morning", "weekend", "other", "single", "the",
                 "past", "cent", "share", "year-earlier", "-long", "-old", "ago", "K", "٣", ",", ".", "(", "x5",
                 "New", "Year's", "YEAR", "Christmas", "christmas", "Good", "Friday", "FRIDAY", "Day", "Eve"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(GUARDED_WORDS), max_size=25),
       separators=st.lists(st.sampled_from([" ", "  ", "-", " - ", "\u00a0", "\n", ""]), min_size=25, max_size=25))
def test_guarded_triggers_keep_every_match_in_a_window(words, separators):
    """triggers.py skips some windows of "set", "duration" and "holiday": no match of those rules may be lost."""
    from briefing.timex.patterns import RULES
    from briefing.timex.triggers import windows

    text = "".join(word + sep for word, sep in zip(words, separators))
    spans = windows(text)
    for rule in ("set", "duration", "holiday"):
        for m in RULES[rule].finditer(text):
            if m.end() > m.start():
                assert any(lo <= m.start() and m.end() <= hi for lo, hi in spans.get(rule, [])), (rule, m.group(), text)
