"""Paragraph and sentence splitting: the shortcuts sentences.py takes give what the plain definitions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.sentences import _word_before, paragraphs, split_sentences

# Words, stops and every kind of whitespace re's \s knows (no-break, em and ideographic spaces, ...).
TOKENS = ["Nissan", "Co.", "U.S.", "e.g.", "J.", "a.m.", "No.", "3.5", "plant", "(OTC:NSANY).", "“Yes.”", "it_s",
          "ended.", "Why?", "Stop!", "’", "–", "2024.", "Oppama…", "x"]
SPACES = [" ", "  ", "\n", "\n\n", "\n \n", "\t", "\u00a0", "\u2003", "\u3000", "\u2028", "\x1c", "\r\n\r\n"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(TOKENS), max_size=20))
    return "".join(draw(st.sampled_from(SPACES)) + piece for piece in pieces) + draw(st.sampled_from(SPACES))


@settings(max_examples=300, deadline=None)
@given(text=texts())
def test_paragraphs_are_blank_line_blocks_with_whitespace_runs_made_one_space(text: str) -> None:
    blocks = re.split(r"\n\s*\n", text)
    assert paragraphs(text) == [re.sub(r"\s+", " ", block).strip() for block in blocks if block.strip()]


@settings(max_examples=300, deadline=None)
@given(text=texts(), data=st.data())
def test_word_before_a_stop_is_the_run_of_word_characters_and_periods_ending_there(text: str, data) -> None:
    stop = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, stop))
    found = re.search(r"([\w.]+)$", text[start:stop])
    assert _word_before(text, start, stop) == (found.group(1) if found else "")


def test_sentences_end_at_stops_after_ordinary_words_only() -> None:
    text = "Shares of Acme Inc. rose 3% at 9 a.m. Tuesday. Prices (e.g. steel) fell. Why? “Demand.” It ended."
    assert [s.text for s in split_sentences(text)] == [
        "Shares of Acme Inc. rose 3% at 9 a.m. Tuesday.",
        "Prices (e.g. steel) fell.",
        "Why?",
        "“Demand.”",
        "It ended.",
    ]
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


def pieces(text: str) -> list[str]:
    found = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found)
    return [s.text for s in found]


def test_a_headline_glued_to_the_lede_is_a_sentence_of_its_own() -> None:
    assert pieces("UK charity committee launches Haiti appeal The UK's Disasters Emergency Committee has launched an appeal.") == [
        "UK charity committee launches Haiti appeal",
        "The UK's Disasters Emergency Committee has launched an appeal.",
    ]
    assert pieces("Boy raises thousands for Haiti A seven-year-old boy is raising money for victims. It worked.") == [
        "Boy raises thousands for Haiti", "A seven-year-old boy is raising money for victims.", "It worked.",
    ]
    assert pieces("Mr Wooldridge was a keen skier A British man has been confirmed dead after the quake.") == [
        "Mr Wooldridge was a keen skier", "A British man has been confirmed dead after the quake.",
    ]
    assert pieces("Survivors fend for themselves Nearly a week after the quake, victims are still waiting.") == [
        "Survivors fend for themselves", "Nearly a week after the quake, victims are still waiting.",
    ]
    assert pieces("Survivors dig with bare hands, looking for water The UN has launched an appeal for $562m.") == [
        "Survivors dig with bare hands, looking for water", "The UN has launched an appeal for $562m.",
    ]


def test_page_stamps_and_photo_credits_are_cut_off() -> None:
    assert pieces("Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK Michael Jackson announced his concerts.") == [
        "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK", "Michael Jackson announced his concerts.",
    ]
    assert pieces("Photograph: Jane Doe/AP George Bush has claimed he was on a mission.") == [
        "Photograph: Jane Doe/AP", "George Bush has claimed he was on a mission.",
    ]
    assert pieces("Photo: Jane Doe The airport is filling with relief teams every day.") == [
        "Photo: Jane Doe", "The airport is filling with relief teams every day.",
    ]


def test_titles_and_names_inside_a_sentence_are_not_cut() -> None:
    for sentence in [
        "Critics said the film The Godfather won three Oscars in 1973.",
        "He wrote a column in The Times about the war last year.",
        "Millions were reading The Guardian online by then.",
        "The company adopted Plan A and the board approved it on Monday.",
        "Sultan Kosen stands 8ft 1in tall, while He Pingping from China is much shorter.",
        "Fans queued for the premiere of the documentary This Is It in London.",
        "3 March 2011 The trial is delayed to allow both sides more time to prepare.",  # a chronology's item
    ]:
        assert pieces(sentence) == [sentence]
    # a place word opening a title ("In Cold Blood") is no sentence opener
    assert pieces("Capote spent six years on his own In Cold Blood about the killings.") == [
        "Capote spent six years on his own In Cold Blood about the killings."
    ]


def test_publication_stamps_and_live_report_times_are_cut_off() -> None:
    assert pieces("Wire service chief quits Thursday 31 March 2005 00.05 BST A final report will blame the CIA.") == [
        "Wire service chief quits", "Thursday 31 March 2005 00.05 BST", "A final report will blame the CIA.",
    ]
    assert pieces("5 January 2011 Last updated at 06:50 GMT Help A preliminary hearing has opened in Los Angeles.") == [
        "5 January 2011 Last updated at 06:50 GMT Help", "A preliminary hearing has opened in Los Angeles.",
    ]
    assert pieces("1656 Pope Benedict XVI appeals for support for the victims.") == [
        "1656", "Pope Benedict XVI appeals for support for the victims.",
    ]
    for sentence in ["1998 Hurricane Georges destroys crops.", "2004 was a bad year.", "1730 passengers were on board."]:
        assert pieces(sentence) == [sentence]  # a possible year, or no capital after the number
