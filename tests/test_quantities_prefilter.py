"""quantities() runs only the finders whose regex can match a sentence (quantities._finders_that_may_match).
These tests pin that the skipping never changes what is found, above all under re.I's Unicode case
folding, which matches a few non-ASCII letters with ASCII ones ("ſix" reads as "six")."""

from __future__ import annotations

import re
import string
import sys
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import quantities as q

ALL_FINDERS = [q._capacities, q._tolls, q._changes, q._parts, q._money, q._percents, q._counts]

FRAGMENTS = [
    "7", "17", "3,900", "1.5", "٣", "240,000", "one", "seven", "Twelve", "a dozen", "dozens", "thousands",
    "workers", "staffers", "Jobs", "sites", "production lines", "cars", "EVs", "units a year", "per day",
    "from", "to", "of its", "of the", "annual capacity of", "annual production capacity of", "death toll rose to", "toll of", "million", "bn",
    "$", "US$", "€", "¥", "yen", "euros", "Swiss francs", "won", "(about €2.6 billion)", "%", "percent",
    "per cent", "percentage points", "up to", "around", "more than", "(SS:601138)", "the Oppama plant",
    "ſix", "ſeven", "facılities", "İobs", "\u212aelvin", "capacıty", "workerſ", "ſtaff", "yuan", "renminbi", "troops", "dead", "copies", "barrels a day", "562m",
]
SEPARATORS = [" ", " ", " ", "", ", ", ". ", "-", "(", ")", "\t"]


def every_finder(sentence: str) -> list[q.Quantity]:
    """What all six finders find in a sentence holding a digit or a whole number word: "ſixmillion
    workers" holds neither, the counts regex alone would read it as six million."""
    if not (re.search(r"\d", sentence) or q._NUMBER_WORD.search(sentence)):
        return []
    with mock.patch.object(q, "_finders_that_may_match", lambda _sentence: ALL_FINDERS):
        return q.quantities(sentence)


sentences = st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=12).map(
    lambda parts: "".join(f"{fragment}{separator}" for fragment, separator in parts)
)


@settings(max_examples=400, deadline=None)
@given(sentences)
def test_skipping_finders_finds_what_every_finder_finds(sentence: str) -> None:
    assert q.quantities(sentence) == every_finder(sentence)


def test_skipping_keeps_quantities_written_with_letters_re_i_folds() -> None:
    for sentence in ("It shed ſix hundred \u212aey workers.", "Pıants cut from ſeven to 5.", "Sales of 5 bıllion yen.",
                     "An annual capacıty of 240,000 cars.", "It employs ٣٬٩٠٠ staff and ٣ workers."):
        assert q.quantities(sentence) == every_finder(sentence)
    assert [x.value for x in q.quantities("It cut ſix sites.")] == ["ſix"]
    assert q.quantities("It hired ſixmillion workers.") == []


def test_folding_covers_every_letter_re_i_matches_with_an_ascii_one() -> None:
    ascii_letter = re.compile("[a-z]", re.I)  # the 52 ASCII letters and the few others re.I folds to them
    matched = [c for c in map(chr, range(sys.maxunicode + 1)) if ascii_letter.match(c)]
    assert len(matched) > 52  # "ſ", Kelvin "K", ... (Python documents four)
    for c in matched:
        assert [x for x in string.ascii_lowercase if re.fullmatch(x, c, re.I)] == [q._folded(c)]


WORD_LISTS = [sorted(q._WORDS, key=len, reverse=True), list(q._WORDS), sorted(q._NOUNS, key=len, reverse=True),
              ["around", "about", "approximately", "an estimated", "estimated", "up to", "under", "at least", "at most"]]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WORD_LISTS), sentences)
def test_grouped_alternatives_match_as_the_flat_alternation(words: list[str], text: str) -> None:
    flat = re.compile("(?:" + "|".join(map(re.escape, words)) + ")", re.I)
    grouped = re.compile(q._one_of(words), re.I)
    for position in range(len(text)):
        a, b = flat.match(text, position), grouped.match(text, position)
        assert (a and a.group()) == (b and b.group())
