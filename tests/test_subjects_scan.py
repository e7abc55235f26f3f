"""subjects.names, subjects.sites_in and subjects.owner use regexes shaped for speed (look-behinds after the capital, one
scan over the whole article, a substring test before the site regex). These tests pin that they find
exactly what the plain forms of those rules find."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.dating import date_sentences
from briefing.features import CALENDAR_WORDS, STOP_WORDS
from briefing.subjects import _CAPITALISED, names, sites_in

PLAIN_MID_SENTENCE = re.compile(r"(?<=[\w,;:’']\s)([A-Z][\w-]+)")
PLAIN_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")
PLAIN_SITE = re.compile(r"\b([A-Z][\w-]+)\s+(plant|facility|factory|site|works|complex)\b")

WORDS = ["Nissan", "Oppama", "plant", "Plant", "facility", "works", "complex", "site", "the", "The", "its", "Local",
         "authorities", "said", "October", "X-Ray", "aB", "Émile", "3,900", "workers", "Foxconn’s", "Velsa's"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", "\n", "-", "(", ")", ":", "  ", ""]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=25).map(
    lambda parts: "".join(f"{word}{separator}" for word, separator in parts)
)


def plain_names(sentences: list[str]) -> frozenset[str]:
    found = (m.group(1) for text in sentences for m in PLAIN_MID_SENTENCE.finditer(text))
    return frozenset(word for word in found if word.lower() not in CALENDAR_WORDS)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_names_and_sites_are_those_of_the_plain_rules(text: str) -> None:
    dated = date_sentences(text, date(2025, 6, 3))
    assert names(dated) == plain_names([item.text for item in dated])
    for item in dated:
        plain = [f"{name} {kind}" for name, kind in PLAIN_SITE.findall(item.text) if name.lower() not in STOP_WORDS]
        assert sites_in(item.text) == plain
        assert _CAPITALISED.findall(item.text) == PLAIN_CAPITALISED.findall(item.text)


def test_a_capital_opening_the_next_sentence_is_not_a_name() -> None:
    dated = date_sentences("Nissan may shut the Oppama plant\n\nLocal authorities object, Nissan said.", date(2025, 6, 3))
    assert [item.text for item in dated][-1].startswith("Local")
    assert names(dated) == {"Oppama", "Nissan"}
