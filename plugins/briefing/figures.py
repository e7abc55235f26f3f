"""Key figures: numbers with unit and subject, the sentence they came from, merged across sources.

- Which numbers: money (with scale words and a bracketed conversion), percentages, head counts,
  units a year, and plant counts including changes ("from 17 to 10") and parts ("seven of its
  17"); see quantities.py. A number without one of these units is not a key figure, nor is a
  vague count ("thousands of people"), a head count below ten (an anecdote: "three soldiers
  were killed" is told of many incidents) or a number word inside a name ("Jackson Five").
- Subject: what the number measures, qualified by the plant, company or place it is about
  (rules in subjects.py): "Oppama facility workforce", "Oppama break-even point", "Nissan
  operating profit cut", "Haiti quake death toll", "UN appeal". A report whose sentence does not
  say what its number measures (or says only "amount", "figure") backs a figure of the same
  amount that does, but is none by itself: every figure has a label.
- as_of: a date in the same clause as the number ("as of October", "last year"), calendar
  months, days and years only; a fiscal year or quarter is named in the subject instead.
  "since 2019" does not date a figure, nor does "today" (every current figure is as of its
  article's day, so it would keep reports of the same number apart).
- Merging: the same unit and amount (3,900 people / 3,900 workers) with compatible subjects and
  dates is one figure citing every source; the one shown is one saying what it measures, then
  the dated one, then one with a conversion, then the shortest sentence, then the earliest
  published. A change "from 17 to 10" and "seven of its 17" (17 - 7 = 10) are the same fact.
  Different sources giving different amounts for the same subject (both naming the plant or
  company and what is measured) and date are both kept, each marked with a conflict note
  naming who reports what.
- Importance: the independent sources reporting a figure with its label (one publisher counts
  once, and so does one sentence copied by several: syndication, standing paragraphs), plus
  less than one for further mentions, an owner and a date; halved for history the articles
  recall (as of more than a year before the first report). Each measure is shown once, by its newest well-supported value
  (_shown_values), and rank_figures keeps the `size` most important measures.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import timedelta

from rapidfuzz import fuzz

from .dates import day_span, overlap
from .dating import DatedSentence
from .model import Figure, SourceDoc
from .notes import disagreement
from .features import fold
from .quantities import NUMBER_WORDS, Quantity, measure_class, quantities
from .synonyms import CANONICAL
from .subjects import SITE_UNITS, label, names, owner, site_of, sites_in

GENERIC_LABELS = frozenset("amount number figure total sum share level value people".split())
EMPLOYMENT_LABELS = frozenset(("workforce", "job cuts", "new jobs"))
VAGUE_COUNTS = frozenset("dozens hundreds thousands".split())
FEWEST_PEOPLE = 10
SUBJECT_MATCH = 60  # rapidfuzz token_set_ratio above which two labels of one amount name the same measure
SAME_MEASURE = 85  # rapidfuzz token_sort_ratio above which two figures' subjects name the same measure
_CHUNK_BREAK = re.compile(r",\s|;\s|\s[–—]\s")
_SINCE_BEFORE = re.compile(r"since\s*$", re.I)  # "since 2019" does not date a figure
_JANUARY = re.compile(r"\d{4}-01")


@dataclass(frozen=True)
class _Found:
    """One figure as one source states it."""

    quantity: Quantity
    label: str  # what it measures: "workforce"; "" when the sentence does not say
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
    published = doc.published.date().isoformat()
    last_site = ""
    known: frozenset[str] | None = None  # the article's names, read once a figure needs its owner
    for item in dated:
        text = item.text
        found_here = quantities(text, item.number_spans)
        site = site_of(text, last_site) if found_here else ""  # most sentences state no figure
        for number, q in enumerate(found_here):
            if _vague(q) or _name_part(text, q):
                continue  # "thousands of people", "three soldiers": a size or an anecdote, not a figure
            measure = label(text, q)
            measure = measure if has_measure(measure) else ""
            if measure.startswith("share of "):
                qualifier = ""  # "20% of Jacmel": the label names whose share it is; who says so is no owner
            elif q.unit in SITE_UNITS and site:
                qualifier = site
            else:
                known = names(dated) if known is None else known
                qualifier = owner(text, q, known)
            as_of, period = _dated(item, q, published)
            position = (item.sentence.paragraph, item.sentence.index, number)
            found.append(_Found(q, measure, qualifier, period, as_of, text, doc, position))
        # sites_in anew, not site_of's list: were a qualifier the very string last_site holds, the
        # reading would pickle differently (readings are cached and compared as pickles)
        last_site = (sites_in(text) or [last_site])[-1]
    return found


def has_measure(measure: str) -> bool:
    """Whether a label says what a number measures: not empty, not ending in a word any number could
    have ("amount", "astonishing sum")."""
    return bool(measure) and (measure.startswith("share of ") or measure.split()[-1].lower() not in GENERIC_LABELS)


def _vague(q: Quantity) -> bool:
    """"thousands of people", "dozens of plants": a size, not a figure; and a head count below ten
    ("three soldiers killed", "his two children"): many reports of different incidents share it,
    and a story's figures count more."""
    return q.value.split()[-1].lower() in VAGUE_COUNTS or (q.unit == "people" and q.amounts[0] < FEWEST_PEOPLE)


def _name_part(text: str, q: Quantity) -> bool:
    """A number word capitalised inside a sentence is part of a name: "the Jackson Five albums"."""
    word = next((w for w in q.value.split() if w.lower() in NUMBER_WORDS), "")
    before = text[: q.start].rstrip()
    return word[:1].isupper() and bool(before) and before[-1] not in ".!?:\"“‘'"


def merge_figures(found: list[_Found]) -> list[Figure]:
    """One Figure per number and subject, citing every source, with its importance; disagreements
    marked. Each measure's shown value is marked key (see _shown_values); rank_figures keeps the
    most important of them."""
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
    # a number no source says the measure of backs a figure with a measure but is none by itself
    labelled = [(g, notes.get(i, "")) for i, g in enumerate(groups) if any(f.label for f in g)]
    independent = [_independent_sources([f for f in g if f.label]) for g, _ in labelled]  # a bare number may be another fact
    figures = [_figure(g, note, n) for (g, note), n in zip(labelled, independent)]
    return _shown_values(figures, independent, [_reported(g, figure.as_of) for (g, _), figure in zip(labelled, figures)])


def rank_figures(figures: list[Figure], size: int) -> list[Figure]:
    """The same figures (same order), key only for the `size` most important of those
    merge_figures marks as their measure's shown value."""
    ranked = sorted((i for i, f in enumerate(figures) if f.key), key=lambda i: (-figures[i].importance, i))[:size]
    return [replace(f, key=i in ranked) for i, f in enumerate(figures)]


def _shown_values(figures: list[Figure], independent: list[int], reported: list[str]) -> list[Figure]:
    """Figures of the same measure of the same subject (a death toll reported as 50,000, then
    150,000, then 230,000; two sources disagreeing) are one measure, shown once: by its newest
    well-supported value, the latest reported (see _reported) among those backed by two
    independent sources and half as many as the best value. That value is marked key and carries
    the measure's importance (its best value's)."""
    shown: dict[int, float] = {}
    for family in _families(figures):
        best = max(figures[i].importance for i in family)
        most = max(independent[i] for i in family)
        needed = max(2, most / 2) if most >= 2 else 0
        supported = (i for i in family if independent[i] >= needed)
        shown[max(supported, key=lambda i: (reported[i], figures[i].importance, i))] = best
    return [replace(f, importance=shown.get(i, f.importance), key=i in shown) for i, f in enumerate(figures)]


def _reported(group: list[_Found], as_of: str | None) -> str:
    """When a value was current: its first report, or its as_of when later ("10,000 troops by
    Monday") but within a month of its last report (not a misread date); as_of alone is no guide,
    "200,000 died on 12 January" is dated by the quake, not by the count."""
    first = min(f.source.published for f in group).date().isoformat()
    horizon = (max(f.source.published for f in group) + timedelta(days=31)).date().isoformat()
    return max(first, as_of) if as_of and as_of <= horizon else first


def _families(figures: list[Figure]) -> list[list[int]]:
    """Indices of figures measuring the same thing of the same subject, each family in order."""
    families: list[list[int]] = []
    for i, figure in enumerate(figures):
        home = next((family for family in families if _same_measure(figures[family[0]], figure)), None)
        if home is None:
            families.append([i])
        else:
            home.append(i)
    return families


def _same_measure(a: Figure, b: Figure) -> bool:
    """Same unit class, and subjects that are the same but for an owner one of them names ("Haiti
    earthquake death toll", "earthquake death toll") or a spelling ("quake"), or the same value of
    the same kind of measure ("31 million" "Sony sales" and "Michael Jackson sales")."""
    if measure_class(a.unit) != measure_class(b.unit):
        return False
    x, y = sorted((_folded(a.subject), _folded(b.subject)), key=len)
    if y == x or y.endswith(" " + x) or fuzz.token_sort_ratio(x, y) >= SAME_MEASURE:
        return True
    return a.value == b.value and x.split()[-1] == y.split()[-1]


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
    """Same measure of the same plant or company; a number whose sentence does not say what it
    measures agrees with any subject (the same amount in the same unit is the evidence)."""
    if a.qualifier and b.qualifier and not _related(a.qualifier, b.qualifier):
        return False
    if not a.label or not b.label:
        return True
    return fuzz.token_set_ratio(_folded(a.label), _folded(b.label)) >= SUBJECT_MATCH


def _folded(label: str) -> str:
    """A label in the words merging compares ("holding" -> "stake")."""
    return " ".join(CANONICAL.get(fold(word), fold(word)) for word in label.split())


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
                if not (a.qualifier and b.qualifier and a.label and b.label):
                    continue  # "the company employs 2,400" may be another plant: not a disagreement
                if {f.source.url for f in groups[i]} == {f.source.url for f in groups[j]}:
                    continue  # one source giving two numbers (before/after) is not a disagreement
                note = disagreement([(_who(groups[i]), f"{a.quantity.value} {a.quantity.display_unit}"),
                                     (_who(groups[j]), f"{b.quantity.value} {b.quantity.display_unit}")])
                notes[i].append(note)
                notes[j].append(note)
    return {i: " ".join(n) for i, n in notes.items()}


def _who(group: list[_Found]) -> list[str]:
    return [f.source.publisher or f.source.url for f in group]


def _figure(group: list[_Found], conflict: str, independent: int) -> Figure:
    """The group as one figure: the report shown is one with a label and the owner most reports
    name, then the dated one, ... (see the module docstring); its importance (see there)."""
    owners = Counter(f.qualifier for f in group if f.label and f.qualifier)
    shown = min(
        group,
        key=lambda f: (not f.label, -owners[f.qualifier], f.as_of is None, f.quantity.form != "change",
                       -len(f.quantity.display_unit), len(f.sentence), f.source.published, f.source.url, f.position),
    )
    sources = sorted({(f.source.published, f.source.url) for f in group})
    mentions = len({(f.source.url, f.position[:2]) for f in group}) - independent
    as_of = min((f.as_of for f in group if f.as_of), key=lambda d: (-len(d), d), default=None)
    importance = (independent + 0.5 * mentions / (mentions + 1) + (0.25 if shown.qualifier else 0.0)
                  + (0.2 if as_of or shown.period else 0.0))
    if as_of and int(as_of[:4]) < sources[0][0].year - 1:
        importance /= 2  # history the articles recall ("in 1994, 80% ..."), not the story's figure
    return Figure(
        value=shown.quantity.value,
        unit=_unit_shown(shown),
        subject=shown.subject,
        text=shown.sentence,
        sources=[url for _, url in sources],
        as_of=as_of,
        conflict=conflict,
        importance=importance,
    )


def _independent_sources(group: list[_Found]) -> int:
    """Sources that report a figure independently: reports of one publisher count once, and so do
    copies of one sentence (a wire story syndicated, a standing paragraph)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for f in group:
        publisher, sentence = root("p:" + (f.source.publisher or f.source.url)), root("s:" + " ".join(fold(w) for w in f.sentence.split()))
        parent[publisher] = sentence
    return len({root("p:" + (f.source.publisher or f.source.url)) for f in group})


def _unit_shown(found: _Found) -> str:
    """The unit on the page: a workforce counts employees, whatever the sentence called them."""
    return "employees" if found.label in EMPLOYMENT_LABELS else found.quantity.display_unit


def _dated(item: DatedSentence, q: Quantity, published: str) -> tuple[str | None, str]:
    """as_of (calendar dates only) and a named non-calendar period, from the number's clause."""
    text = item.text
    begin = max((m.end() for m in _CHUNK_BREAK.finditer(text, 0, q.start)), default=0)
    end = min((m.start() for m in _CHUNK_BREAK.finditer(text, q.end)), default=len(text))
    for anchor in item.anchors:
        if anchor.first == anchor.last == published:
            continue  # "today's 24 factories": every current figure is as of the publication day
        if begin <= anchor.start and anchor.end <= end and not _SINCE_BEFORE.search(text, 0, anchor.start):
            if anchor.first == anchor.last:
                return anchor.first, ""
            if _JANUARY.fullmatch(anchor.first) and anchor.last == anchor.first[:4] + "-12":
                return anchor.first[:4], ""
            return None, f"{anchor.first} to {anchor.last}"
    return None, ""
