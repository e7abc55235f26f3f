"""features.py's regexes are written for speed (a leading character class lets the regex engine skip
to where a match can start). These tests pin that they find exactly what the plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import features as f

# The plain forms: a name's first capital preceded by no letter, digit or apostrophe; a word or a number.
PLAIN_CAPITALISED = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w&-]*|[A-Z]\.)(?:\s+(?:(?:of|&|de|du|von|van)\s+)?(?:[A-Z][\w&-]*|[A-Z]\.))*(?:[’']s)?"
)
PLAIN_WORD = re.compile(r"[A-Za-z][\w&-]*(?:[’'][A-Za-z]+)?|\d[\d,.]*")

FRAGMENTS = [
    "Nissan", "Motor", "Co", "Inc.", "U.", "S.", "A", "a", "of", "&", "de", "von", "The", "In May", "Foxconn’s",
    "Nissan's", "MoU", "EVs", "e-Power", "non-Nissan", "3,900", "1.5", "12ab", "ab12", "٣", "_x", "O’Neil",
    "ſ", "\u212a", "İ", "é", "Émile", "(NYSE:F)", "(TYO:7201)", "Hon Hai Precision", "’", "'", "-",
]
SEPARATORS = [" ", " ", "", "\n", ", ", ". ", "-", "(", ")", "’", "'", "&", "_", "”", '"', "!", "? "]

texts = st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=14).map(
    lambda parts: "".join(f"{fragment}{separator}" for fragment, separator in parts)
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_capitalised_runs_are_those_of_the_plain_regex(text: str) -> None:
    assert [m.span() for m in f._CAPITALISED.finditer(text)] == [m.span() for m in PLAIN_CAPITALISED.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_words_are_those_of_the_plain_regex_without_its_numbers(text: str) -> None:
    words = [m.span() for m in PLAIN_WORD.finditer(text) if not m.group(0)[0].isdigit()]
    assert [m.span() for m in f._WORD.finditer(text)] == words


def test_names_and_words_of_a_statement() -> None:
    found = f.features("Japan’s Nissan signed an MoU with Hon Hai Precision (TYO:7201) for 3,900 EVs.")
    assert {"japan", "nissan", "hon", "mou", "sign"} <= found.words
    assert "3,900" not in found.tokens and found.acronyms == {"evs", "mou"}
    assert f.names_in("Japan’s Nissan and Hon Hai Precision met.") == {("japan",), ("nissan",), ("hon", "hai", "precision")}


def test_a_core_lacking_only_the_final_marks_is_no_second_view() -> None:
    assert f.comparison_clauses("Nissan halted output at Oppama.”") == ["Nissan halted output at Oppama.”"]
    text = "Nissan (TYO:7201) halted output at Oppama, a plant near Tokyo, in May."
    assert f.comparison_clauses(text) == [text, "Nissan halted output at Oppama in May"]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_text_without_its_final_marks_has_the_same_features(text: str) -> None:
    def seen(found: f.Features) -> tuple:
        return found.words, found.acronyms, found.tokens
    assert seen(f.features(text.rstrip(f._FINAL_MARKS).strip())) == seen(f.features(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_may_name_two_never_says_no_to_two_names(text: str) -> None:
    if len(f.names_in(text)) >= 2:
        assert f.may_name_two(text)


def test_may_name_two() -> None:
    assert not f.may_name_two("The plant near the bay stays open.")
    assert not f.may_name_two("the McDonald’s plant stays open.")  # capitals inside a word open no name
    assert f.may_name_two("Output at the plant (TYO:7201) fell.")
    assert f.may_name_two("Nissan and Foxconn met.")
