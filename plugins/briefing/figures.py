"""Key figures: numbers with unit and subject, the sentence they came from, merged across sources.

- Which numbers: money (with scale words and a bracketed conversion), percentages, head counts,
  units a year, and plant counts including changes ("from 17 to 10") and parts ("seven of its
  17"); see quantities.py. A number without one of these units is not a key figure.
- Subject: what the number measures ("workforce", "capacity utilisation", "break-even point",
  "operating profit cut", "global final assembly factories"), qualified by the plant or company it
  is about: a named site in the sentence ("the Oppama facility"), else the last site the article
  named when the sentence says "the plant"/"its", else the name opening the sentence or the
  nearest "Name’s". So 40% utilisation and an 80% break-even point are two figures.
- as_of: a date in the same clause as the number ("as of October", "last year"), calendar
  months, days and years only; a fiscal year or quarter is named in the subject instead.
  "since 2019" does not date a figure.
- Merging: the same unit and amount (3,900 people / 3,900 workers) with compatible subjects and
  dates is one figure citing every source; the one shown is the dated one, then the one with a
  conversion, then the shortest sentence, then the earliest published. A change "from 17 to 10"
  and "seven of its 17" (17 - 7 = 10) are the same fact. Different sources giving different
  amounts for the same subject and date are both kept, marked with a conflict note.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from .dates import day_span, overlap
from .dating import DatedSentence
from .features import STOP_WORDS
from .model import Figure, SourceDoc
from .quantities import Quantity, quantities
from .wording import statement

SUBJECT_MATCH = 60  # rapidfuzz token_set_ratio above which two subjects name the same measure

_SITE = re.compile(r"\b([A-Z][\w-]+)\s+(plant|facility|factory|site|works|complex)\b")
_SITE_REFERENCE = re.compile(r"\b(?:the|its|this|that)\s+(?:plant|facility|factory|site|works)\b|^(?:its|despite its)\b", re.I)
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\s")
_NAME_RUN = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")
_MID_SENTENCE_NAME = re.compile(r"(?<=[\w,;:’']\s)([A-Z][\w-]+)")
_CHUNK_BREAK = re.compile(r",\s|;\s|\s[–—]\s")
_BY = re.compile(r"\bby\s+$")
_DETERMINERS = frozenset("its their the our his her a an this that".split())
_OF_AT = re.compile(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|at)\s+$")
_CUT_VERBS = {"cut", "cuts", "cutting", "reduce", "reduces", "reducing", "lower", "lowers", "lowering", "slash",
              "slashes", "slashing", "trim", "trims", "trimming", "shrink", "shrinks"}
_RAISE_VERBS = {"raise", "raises", "raising", "increase", "increases", "increasing", "boost", "boosts",
                "boosting", "lift", "lifts", "lifting", "grow", "grows", "growing", "expand", "expands"}
_HEADCOUNT_CONTEXT = [
    (re.compile(r"\b(?:cut|cuts|cutting|shed|sheds|shedding|lay(?:s|ing)? off|laid off|eliminat\w+|ax(?:e|es|ing)|slash\w*)\b", re.I), "job cuts"),
    (re.compile(r"\b(?:creat\w+|add|adds|adding|hir\w+)\b", re.I), "new jobs"),
    (re.compile(r"\b(?:employ\w*|workforce|staff\w*|with)\b", re.I), "workforce"),
]
_OUTPUT_WORDS = ("capacity", "output", "production", "sales", "deliveries", "supply")


@dataclass(frozen=True)
class _Found:
    """One figure as one source states it."""

    quantity: Quantity
    label: str  # what it measures: "workforce"
    qualifier: str  # the site or company it is about: "Oppama facility"
    period: str  # a non-calendar period the clause names ("2025-04 to 2026-03"), else ""
    as_of: str | None
    sentence: str
    source: SourceDoc
    position: tuple[int, int, int]

    @property
    def subject(self) -> str:
        subject = f"{self.qualifier} {self.label}".strip()
        return f"{subject}, {self.period}" if self.period else subject

    @property
    def key(self) -> tuple:
        return self.quantity.unit, self.quantity.form, self.quantity.amounts


def find_figures(doc: SourceDoc, dated: list[DatedSentence]) -> list[_Found]:
    """Every key figure one article states, in reading order."""
    found: list[_Found] = []
    last_site = ""
    names = _names(dated)
    for item in dated:
        text = item.text
        sites = _SITE.findall(text)
        site = " ".join(sites[0]) if sites else (last_site if _SITE_REFERENCE.search(text) else "")
        for number, q in enumerate(quantities(text, item.number_spans)):
            label = _label(text, q, item)
            if not label:
                continue
            qualifier = site if q.unit in ("employees", "jobs", "%", "units a year") and site else _owner(text, q, names)
            as_of, period = _dated(item, q)
            found.append(_Found(q, label, qualifier, period, as_of, text, doc, (item.sentence.paragraph, item.sentence.index, number)))
        if sites:
            last_site = " ".join(sites[-1])
    return found


def merge_figures(found: list[_Found]) -> list[Figure]:
    """One Figure per number and subject, citing every source; disagreements marked."""
    ordered = sorted(found, key=lambda f: (f.source.published, f.source.url, f.position))
    groups: list[list[_Found]] = []
    by_unit: dict[str, list[int]] = defaultdict(list)
    for f in ordered:
        home = next((g for g in by_unit[f.quantity.unit] if _same(groups[g][0], f)), None)
        if home is None:
            by_unit[f.quantity.unit].append(len(groups))
            groups.append([f])
        else:
            groups[home].append(f)
    notes = _conflicts(groups, by_unit)
    return [_figure(g, notes.get(i, "")) for i, g in enumerate(groups)]


def _same(a: _Found, b: _Found) -> bool:
    """Same number (or the same plant change told as a part), compatible dates and subjects."""
    if _change_as_part(a.quantity, b.quantity) or _change_as_part(b.quantity, a.quantity):
        return _dates_agree(a, b) and _related(a.qualifier, b.qualifier)  # the arithmetic ties the subjects
    return a.key == b.key and _dates_agree(a, b) and _subjects_agree(a, b)


def _change_as_part(change: Quantity, part: Quantity) -> bool:
    """"from 17 to 10" and "seven of its 17": 17 - 7 = 10."""
    if change.form != "change" or part.form != "part" or change.unit != part.unit:
        return False
    (was, now), (closed, total) = change.amounts, part.amounts
    return was == total and was - closed == now


def _dates_agree(a: _Found, b: _Found) -> bool:
    if a.as_of is None or b.as_of is None:
        return True
    return overlap(day_span(a.as_of), day_span(b.as_of))


def _subjects_agree(a: _Found, b: _Found) -> bool:
    if a.qualifier and b.qualifier and not _related(a.qualifier, b.qualifier):
        return False
    return a.label == b.label or fuzz.token_set_ratio(a.label, b.label) >= SUBJECT_MATCH


def _related(a: str, b: str) -> bool:
    """Qualifiers naming the same place or company: "Oppama facility" and "Oppama plant"."""
    if not a or not b:
        return True
    return a.split()[0] == b.split()[0] or fuzz.token_set_ratio(a, b) >= SUBJECT_MATCH


def _conflicts(groups: list[list[_Found]], by_unit: dict[str, list[int]]) -> dict[int, str]:
    """Notes for groups of the same unit and subject whose amounts differ between sources."""
    notes: dict[int, list[str]] = defaultdict(list)
    for members in by_unit.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = groups[i][0], groups[j][0]
                if a.quantity.form != b.quantity.form or not _dates_agree(a, b) or not _subjects_agree(a, b):
                    continue
                if {f.source.url for f in groups[i]} == {f.source.url for f in groups[j]}:
                    continue  # one source giving two numbers (before/after) is not a disagreement
                note = (
                    f"Sources disagree: {_who(groups[i])} report {a.quantity.value} {a.quantity.display_unit}, "
                    f"{_who(groups[j])} report {b.quantity.value} {b.quantity.display_unit}."
                )
                notes[i].append(note)
                notes[j].append(note)
    return {i: " ".join(n) for i, n in notes.items()}


def _who(group: list[_Found]) -> str:
    return ", ".join(sorted({f.source.publisher or f.source.url for f in group}))


def _figure(group: list[_Found], conflict: str) -> Figure:
    shown = min(
        group,
        key=lambda f: (f.as_of is None, f.quantity.form != "change", -len(f.quantity.display_unit),
                       len(f.sentence), f.source.published, f.source.url, f.position),
    )
    sources = sorted({(f.source.published, f.source.url) for f in group})
    as_of = min((f.as_of for f in group if f.as_of), key=lambda d: (-len(d), d), default=None)
    return Figure(
        value=shown.quantity.value,
        unit=shown.quantity.display_unit,
        subject=shown.subject,
        text=shown.sentence,
        sources=[url for _, url in sources],
        as_of=as_of,
        conflict=conflict,
    )


def _label(text: str, q: Quantity, item: DatedSentence) -> str:
    before, after = text[: q.start], text[q.end :]
    if q.unit in ("employees", "jobs"):
        window = before[-60:]
        return next((label for pattern, label in _HEADCOUNT_CONTEXT if pattern.search(window)),
                    "workforce" if q.unit == "employees" else "jobs")
    if q.unit.startswith("units"):
        rate = q.unit.removeprefix("units ")
        word = next((w for w in _OUTPUT_WORDS if w in before[-60:].lower()), "output")
        label = "production capacity" if word == "capacity" else word
        return f"annual {label}" if rate == "a year" else f"{label} {rate}"
    if q.unit in ("plants", "lines"):
        return _counted_phrase(text, q)
    if _BY.search(before):
        verb, phrase = _changed(before[: _BY.search(before).start()].split())
        change = "cut" if verb in _CUT_VERBS else "increase" if verb in _RAISE_VERBS else verb
        return f"{phrase} {change}".strip()
    if q.unit in ("%", "percentage points"):
        following = _words_after(after, q, item)
        if following[:1] == ["of"]:
            return f"{' '.join(_content(following[1:]))} share".strip()
        if following:
            phrase = " ".join(_content(following))
            return "capacity utilisation" if phrase == "capacity" else phrase
        of_at = _OF_AT.search(before)
        return _noun_phrase(of_at.group(1).split()) if of_at else "share"
    of_at = _OF_AT.search(before)
    return _noun_phrase(of_at.group(1).split()) if of_at else "amount"


def _changed(words: list[str]) -> tuple[str, str]:
    """The verb and its object before "by N": "... cut its workforce" -> ("cut", "workforce")."""
    phrase: list[str] = []
    for i in range(len(words) - 1, max(len(words) - 5, -1), -1):
        word = words[i]
        if word.lower() in _DETERMINERS or word.endswith(("’s", "'s")):
            j = i - 1
            if word.endswith(("’s", "'s")) and j >= 0 and words[j].lower() in _DETERMINERS:
                j -= 1  # "the company’s"
            return (words[j].lower() if j >= 0 else ""), " ".join(phrase)
        phrase.insert(0, word)
    if len(words) >= 2:
        return words[-2].lower(), words[-1]
    return "", " ".join(words)


def _words_after(after: str, q: Quantity, item: DatedSentence) -> list[str]:
    """Up to three words after a percentage, stopping at punctuation, a date or a stop word (but "of")."""
    chunk = re.split(r"[,.;:()–—]", after, maxsplit=1)[0]
    words = []
    for word in chunk.split()[:4]:
        lower = word.lower()
        if lower == "of" and not words:
            words.append(lower)
            continue
        if lower in STOP_WORDS or lower in ("last", "next", "this", "year", "quarter", "month"):
            break
        words.append(word)
    return words


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in STOP_WORDS]


def _noun_phrase(words: list[str]) -> str:
    """The trailing run of content words: "the company’s operating profit" -> "operating profit"."""
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in STOP_WORDS or word.endswith(("’s", "'s")):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _counted_phrase(text: str, q: Quantity) -> str:
    """The counted noun with its modifiers: "global final assembly factories", "production facilities"."""
    if q.form == "change":
        found = re.search(rf"((?:[a-z][\w-]*\s+){{0,4}}{re.escape(q.noun)})\s+(?:\w+\s+)?from\s+$", text[: q.start], re.I)
        return _noun_phrase(found.group(1).split()) if found else q.noun
    inside = re.search(rf"\d[\d,]*\s+((?:[a-z][\w-]*\s+){{0,3}}?{re.escape(q.noun)})\b", text[q.start : q.end], re.I)
    return _noun_phrase(inside.group(1).split()) if inside else q.noun


def _names(dated: list[DatedSentence]) -> frozenset[str]:
    """Words the article capitalises mid-sentence: names, unlike a capital that only opens a sentence."""
    return frozenset(m.group(1) for item in dated for m in _MID_SENTENCE_NAME.finditer(item.text))


def _owner(text: str, q: Quantity, names: frozenset[str]) -> str:
    """The company a number belongs to: "Name’s" right before it, else (after "its", "the company’s")
    the first name of the statement, else the nearest "Name’s", else the first name."""
    before = text[: q.start]
    own = re.search(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\s+(?:[a-z][\w-]*\s+){0,3}(?:by\s+|from\s+)?$", before)
    if own and own.group(1).split()[0] in names:
        return own.group(1)
    first = next((m.group(0) for m in _NAME_RUN.finditer(statement(text)) if m.group(0).split()[0] in names), "")
    if re.search(r"\b(?:its|their|the company[’']s|the group[’']s)\s+(?:[a-z][\w-]*\s+){0,4}(?:by\s+|from\s+)?$", before) and first:
        return first
    possessors = [m.group(1) for m in _POSSESSOR.finditer(before) if m.group(1).split()[0] in names]
    return possessors[-1] if possessors else first


def _dated(item: DatedSentence, q: Quantity) -> tuple[str | None, str]:
    """as_of (calendar dates only) and a named non-calendar period, from the number's clause."""
    text = item.text
    begin = max((m.end() for m in _CHUNK_BREAK.finditer(text, 0, q.start)), default=0)
    end = min((m.start() for m in _CHUNK_BREAK.finditer(text, q.end)), default=len(text))
    for anchor in item.anchors:
        if begin <= anchor.start and anchor.end <= end and not re.search(r"since\s*$", text[: anchor.start], re.I):
            if anchor.first == anchor.last:
                return anchor.first, ""
            if re.fullmatch(r"\d{4}-01", anchor.first) and anchor.last == anchor.first[:4] + "-12":
                return anchor.first[:4], ""
            return None, f"{anchor.first} to {anchor.last}"
    return None, ""
