"""Paragraphs and sentences of an article's plain text, with offsets, and the clause breaks inside a sentence.

Offsets are relative to the paragraph so the date tagger runs once per paragraph and its
spans map onto sentences without shifting. A headline, caption, photo credit or page stamp run
into the sentence after it (no stop between them) is a sentence of its own (glue.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .glue import glued_cuts

# Words whose trailing period does not end a sentence ("Nissan Motor Co. (OTC:NSANY) is ...").
ABBREVIATIONS = frozenset(
    """co corp inc ltd plc llc bros mr mrs ms dr prof st jr sr gen gov sen rep no nos vs etc
    approx est dept univ fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e
    a.m p.m""".split()
)
# A sentence ends at . ! ? (plus closing quotes or brackets) followed by space and a capital,
# digit or opening quote.
_END = re.compile(r"[.!?][”’\"')\]]*\s+(?=[A-Z0-9“‘\"'(])")
_WORD_BEFORE = re.compile(r"[\w.]++$")  # possessive: a word is taken whole or not at all
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Clause breaks that separate two statements: dashes, semicolons and a comma with a coordinator.
_CLAUSE_BREAK = re.compile(
    r"\s+[–—]\s+|\s+-\s+|;\s+|,\s+(?=(?:but|and|while|whereas|although|though|yet)\s)"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, where it sits in its paragraph, and which paragraph that is."""

    text: str
    start: int  # offset in the paragraph
    paragraph: int  # 0-based paragraph number in the article
    index: int  # 0-based sentence number in the paragraph

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs (blank-line separated), whitespace-normalised inside."""
    return [" ".join(words) for block in _PARAGRAPH_BREAK.split(text) if (words := block.split())]


def split_sentences(paragraph: str, number: int = 0) -> list[Sentence]:
    """The sentences of one paragraph; abbreviations and initials do not end a sentence."""
    sentences: list[Sentence] = []
    start = 0
    for end in _END.finditer(paragraph):
        if _is_abbreviation(_word_before(paragraph, start, end.start())):
            continue
        _append(sentences, paragraph, start, end.end(), number)
        start = end.end()
    _append(sentences, paragraph, start, len(paragraph), number)
    return sentences


def clause_breaks(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause break in a sentence, e.g. " – " or ", but "."""
    return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]


def _word_before(paragraph: str, start: int, stop: int) -> str:
    """The word (letters, digits, periods) ending at `stop`, not before `start`; "" if none. Searched
    only after the last space before `stop`, which no word holds: searching the whole sentence
    tries every position in it."""
    found = _WORD_BEFORE.search(paragraph, max(start, paragraph.rfind(" ", start, stop) + 1), stop)
    return found.group() if found else ""


def _is_abbreviation(word: str) -> bool:
    """Whether a stop right after this word ends no sentence ("Co.", "U.S.", an initial)."""
    word = word.lower().rstrip(".")
    single_initial = len(word) == 1 and word.isalpha()
    return word in ABBREVIATIONS or single_initial


def _append(sentences: list[Sentence], paragraph: str, start: int, end: int, number: int) -> None:
    """The sentence paragraph[start:end], stripped, as one or (cut where pieces were glued) more sentences."""
    raw = paragraph[start:end]
    text = raw.strip()
    if not text:
        return
    offset = start + (len(raw) - len(raw.lstrip()))
    begin = 0
    for cut in glued_cuts(text) + [len(text)]:
        piece = text[begin:cut].rstrip()
        if piece:
            sentences.append(Sentence(piece, offset + begin, number, len(sentences)))
        begin = cut
