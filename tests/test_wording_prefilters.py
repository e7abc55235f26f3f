"""wording.py tries its costly patterns only on text a cheap test lets through: that test must
never turn away text the pattern matches (re.I folding included), so statements stay the same."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing import wording

# Pieces of attributions, connectives and asides, with the letters re.I folds onto ASCII ones
# ("ſ" long s, "ı" dotless i, "İ" dotted capital I, "K" Kelvin sign).
PIECES = [
    "According to", "according to", "as reported by", "Citing", "There were", "reports", "that", "It is",
    "reported", "The", "the", "Japanese", "business", "daily", "Nikkei", "NIKKEI", "\u212aYODO", "Reuters",
    "people familiar with the matter", "Wall Street Journal", "sources", "ſources", "a source", "told",
    "has learned", "said", "ſaid", "ſays", "claims", "adds", "wrote", "on Tuesday", "last week", "two weeks ago",
    "Reportedly,", "Allegedly,", "And", "And,", "However,", "In addition,", "ın fact,", "İn fact,", "also",
    "move", "step", "decision", "news", "comes as", "amid", "Nissan", "Foxconn", "will close", "the plant", "in 2027", "talks", "(EVs)",
    "(OTC:NSANY)", "Acme,", "a carmaker based in Ohio,", "an", "rose", "“", "”", "\"", ",", ".", "!", "?",
]
SPACES = [" ", " ", " ", "  ", "\n", "\t", ""]


# Whole attributions and openers of every kind the patterns remove, to place at either end.
OPENERS = [
    "According to the Nikkei,", "As reported by Reuters,", "Citing sources,", "There were reports that",
    "There have been unconfirmed reports that", "It was understood that", "Reportedly,", "Nonetheless,",
    "The Japanese business daily Nikkei reported on Tuesday that", "Two sources told Reuters that", "In fact,",
    "People familiar with the plans said", "The step comes amid", "This decision comes as", "And,", "Besides",
]
CLOSERS = [
    ", Nikkei reported.", ", sources told the Nikkei Asia.", ", according to people familiar with the matter.",
    ", the newspaper has learned", " the Wall Street Journal wrote !", ", a Kyodo source claims.",
]
# re.I matches each of these with the ASCII letter it replaces.
FOLDS = {"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a"}


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
    text = "".join(piece + draw(st.sampled_from(SPACES)) for piece in pieces)
    if draw(st.booleans()):
        text = draw(st.sampled_from(OPENERS)) + " " + text
    if draw(st.booleans()):
        text = text.rstrip() + draw(st.sampled_from(CLOSERS))
    return draw(recased(text))


@st.composite
def recased(draw: st.DrawFn, text: str) -> str:
    """The text with a few letters swapped for their other case or a letter re.I folds onto them."""
    letters = list(text)
    for i in draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=3)) if text else []:
        letters[i] = FOLDS.get(letters[i], letters[i].swapcase())
    return "".join(letters)


@settings(max_examples=600, deadline=None)
@given(text=texts())
@example(text="Nissan will close the plant, ſources ſaid.")
@example(text="İt is reported that Nissan will close the plant")
@example(text="The Japanese business daily \u212aYODO reported on Tuesday that Nissan will close the plant.")
@example(text="Nissan rose, a source told the Wall Street Journal .\n")
@example(text="Nissan rose, the newspaper has learned")
def test_prefilters_let_through_every_text_the_patterns_match(text: str) -> None:
    if wording._ANY_LEADING.match(text):
        assert wording._may_lead(text)
    tail = text[-wording._TAIL :]
    if wording._ANY_TRAILING.search(tail):
        assert wording._may_trail(tail)


@settings(max_examples=300, deadline=None)
@given(text=texts())
@example(text="Acme, a carmaker based in Ohio, said it builds electric vehicles (EVs) in Japan (OTC:NSANY).")
def test_asides_are_removed_as_by_the_patterns_alone(text: str) -> None:
    expected = wording._APPOSITION.sub(r"\1", wording._TICKER_OR_GLOSS.sub("", text))
    assert wording._without_asides(text) == expected


@pytest.mark.parametrize("opener", OPENERS)
def test_each_opener_is_matched_and_let_through(opener: str) -> None:
    text = f"{opener} Nissan will close the plant."
    assert wording._ANY_LEADING.match(text) and wording._may_lead(text)


@pytest.mark.parametrize("closer", CLOSERS)
def test_each_closing_attribution_is_matched_and_let_through(closer: str) -> None:
    tail = f"Nissan will close the plant{closer}"
    assert wording._ANY_TRAILING.search(tail) and wording._may_trail(tail)


# Openings and endings around the first letter and a final quote: digits and "_" (no letters to
# the pattern), letters whose capital is two letters or themselves, quotes cut before a comma.
EDGES = ["", "“", "2", "²", "_", "(", "ß", "ǆ", "ª", "é", "É", "a", "A", "’", ",", ".", "”", "\"", "'", " "]


@settings(max_examples=400, deadline=None)
@given(head=st.lists(st.sampled_from(EDGES), max_size=4), middle=st.sampled_from(["x y", "2 3", "_"]),
       tail=st.lists(st.sampled_from(EDGES), max_size=4))
def test_sentence_form_is_as_the_patterns_give_it(head: list[str], middle: str, tail: list[str]) -> None:
    text = "".join(head) + middle + "".join(tail)
    first = wording._FIRST_LETTER.search(text)
    expected = text[: first.start()] + text[first.start()].upper() + text[first.start() + 1 :] if first else text
    assert wording._capitalised(text) == expected
    if wording._CUT_QUOTE.search(text):
        assert text.rstrip(wording._CUT_QUOTE_TAIL).endswith(",")
