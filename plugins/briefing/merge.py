"""Merging the dated statements of all sources into timeline entries that cite every source.

The rule (the README quotes it):
- Two dated statements are *the same thing* when their dates are compatible and they say the
  same: their similarity (similarity.py: rare content words, synonyms, acronyms and numbers,
  weighted by rarity in the topic) is at least MERGE_SCORE (0.35) when they share a named
  entity, UNNAMED_MERGE_SCORE (0.6) when they do not or when one publisher wrote both (its
  datelines, credits and standing paragraphs make its articles look alike whatever they
  report). Compatible dates: the day spans overlap; a lede its words do not date counts as
  what happened in the LEDE_SLACK_DAYS (3) days up to its publication (never after: a source
  cannot report what had not happened when it was published), and once an entry
  holds a dated sentence only those sentences' dates bound it (a later report of the same fact
  joins it). Merging is greedy, strongest pair first, and never joins two entries whose dates
  no longer overlap or that hold a disagreement.
- Numbers: when two such statements give different amounts for the same unit (3,900 vs 4,100
  employees) they are not merged; both entries stay, each with its sources, and both carry a
  conflict note naming who reports what.
- An undated statement (no date, or only "recently") is cited for a dated entry of another
  source when it matches one of its statements strongly: similarity at least CITE_SCORE (0.4),
  CITE_MIN_ENTITIES (2) shared names, no disagreeing number, and the entry falls in the year
  up to the article's publication. It never adds wording or dates of its own.
- Date of an entry: the narrowest date among its dated sentences (so "in May" and "on May 13"
  give 2025-05-13); an entry made only of ledes spans the earliest to the latest publication
  day (end None when they are equal).
- Expected: an entry is a forecast or plan (`expected`) only when every statement of it is one;
  once a source reports it happened, it is worded by those that do.
- Wording: the best-formed statement (wording.form_score, to a tenth: one complete sentence
  naming who acts, nothing glued on), then the one that states the most of the entry's numbers, then one whose dates
  read the same on any day ("In April 2020", then "In April", last "Earlier this month"), then
  one that names who or what it is about (not "The company ..."), then the shortest, then the
  earliest published.

Blocking keeps this far from all-pairs: identical statements at identical dates (syndicated
copy) are joined before any comparison; the others are compared only when they share one of
their rarer words (prefix filtering, see candidate_pairs) and their day spans overlap (a sweep
over spans sorted by start). An undated statement is looked up by its names minus its most
common one (it needs two shared names, so one of the others must be shared too), against
entries rather than single statements; one without two capitals that could open a name
(features.may_name_two) is not looked up at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import day_span, overlap
from .events import Statement
from .features import may_name_two, shared_entities
from .model import Event
from .notes import disagreement
from .quantities import Quantity
from .similarity import View, Weights, quantity_conflicts, similarity, views
from .wording import form_score

MERGE_SCORE = 0.35
UNNAMED_MERGE_SCORE = 0.6  # statements sharing no name must be much closer ("The factory used only 28% ...")
CITE_SCORE = 0.40
CITE_MIN_ENTITIES = 2
LEDE_SLACK_DAYS = 3
UNDATED_WINDOW_DAYS = 365

# Dates that only make sense from the article's day: a timeline reads better without them.
_RELATIVE = re.compile(
    r"\b(?:this|last|next|ago|yesterday|today|tomorrow|earlier|later|recently|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

Span = tuple[date, date]
Conflict = tuple[int, int, list[tuple[Quantity, Quantity]]]


@dataclass
class _Group:
    """Statements merged so far, the days they allow, what they disagree with, who cites them undated.

    Ledes date an entry only weakly (the publication day of a report), so once a group holds a
    dated sentence its days are those all its dated sentences allow; ledes join any group whose
    days they touch.
    """

    members: set[int]
    body: Span | None  # days all non-lede members allow; None while the group holds only ledes
    ledes: Span | None  # days all ledes allow (up to LEDE_SLACK_DAYS before their publication days)
    disagree: set[int] = field(default_factory=set)  # statements that must never join this group
    cited: list[Statement] = field(default_factory=list)
    notes: set[str] = field(default_factory=set)

    @property
    def span(self) -> Span:
        return self.body or self.ledes


class _Groups:
    """Union-find over the dated statements; each root holds its group."""

    def __init__(self, dated: list[Statement], spans: list[Span]) -> None:
        self._parent = list(range(len(spans)))
        self.by_root = {
            i: _Group({i}, None if s.lede else span, span if s.lede else None) for i, (s, span) in enumerate(zip(dated, spans))
        }

    def find(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def of(self, i: int) -> _Group:
        return self.by_root[self.find(i)]

    def join(self, i: int, j: int) -> None:
        """Merge the groups of i and j unless their days no longer overlap or they hold a disagreement."""
        root_i, root_j = self.find(i), self.find(j)
        if root_i == root_j:
            return
        gi, gj = self.by_root[root_i], self.by_root[root_j]
        if not overlap(gi.span, gj.span) or gi.disagree & gj.members or gj.disagree & gi.members:
            return
        gi.members |= gj.members
        gi.disagree |= gj.disagree
        gi.body = _intersection(gi.body, gj.body)
        gi.ledes = _intersection(gi.ledes, gj.ledes) if gi.body is None else gi.ledes or gj.ledes
        self._parent[root_j] = root_i
        del self.by_root[root_j]


def _intersection(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def merge(statements: list[Statement]) -> list[Event]:
    """Timeline entries from all sources' statements, one per fact, sorted by date."""
    dated = sorted((s for s in statements if s.start), key=_reading_order)
    # Most undated statements name too little to be cited: they are left out before sorting.
    undated = sorted((s for s in statements if not s.start and may_name_two(s.text)), key=_reading_order)
    spans = [_span(s) for s in dated]
    groups = _Groups(dated, spans)
    distinct = _join_copies(dated, groups)
    weights = Weights(dated[i].features.words for i in distinct)
    profiles = {i: views(dated[i].clauses, weights) for i in distinct}
    conflicts = _group(dated, distinct, spans, profiles, weights, groups)
    _cite_undated(undated, dated, distinct, profiles, groups, weights)
    _note_conflicts(conflicts, dated, groups)
    events = [_event(g, dated, spans) for g in groups.by_root.values()]
    return sorted(events, key=event_order)


def event_order(event: Event) -> tuple[str, str, str]:
    """Date order, then end, then text: the same entries always come out in the same order."""
    return event.start, event.end or "", event.text


def _reading_order(s: Statement) -> tuple:
    return s.source.published, s.source.url, s.position


def _span(s: Statement) -> Span:
    first, last = day_span(s.start, s.end)
    if s.lede and s.start == s.published.isoformat():  # dated by its publication, not by its words
        return first - timedelta(days=LEDE_SLACK_DAYS), last
    return first, last


def _join_copies(dated: list[Statement], groups: _Groups) -> list[int]:
    """Join statements identical in text and date; the first of each is compared from now on."""
    first: dict[tuple, int] = {}
    for i, s in enumerate(dated):
        key = (s.text, s.start, s.end, s.lede)
        if key in first:
            groups.join(first[key], i)
        else:
            first[key] = i
    return list(first.values())


def candidate_pairs(dated: list[Statement], spans: list[Span], profiles: dict[int, tuple[View, ...]],
                    weights: Weights) -> set[tuple[int, int]]:
    """Pairs (of the statements in `profiles`) that can reach MERGE_SCORE and whose spans overlap.

    Prefix filtering: order every word rarest first; a view's prefix is its rarest words up to
    where the rest weighs less than MERGE_SCORE / 2 of the view. Two views whose weighted Dice
    reaches MERGE_SCORE share a word in both prefixes (the first word they share is in each), so
    only statements sharing a prefix word are compared, and only when their spans overlap: a
    sweep per word over spans sorted by start. Common words never pair anything.
    """
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, statement_views in profiles.items():
        for key in set().union(*(_prefix(view, weights) for view in statement_views)):
            by_key[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_key.values():
        members.sort(key=lambda i: (spans[i], i))
        active: list[int] = []
        for i in members:
            active = [j for j in active if spans[j][1] >= spans[i][0]]
            pairs.update((j, i) if j < i else (i, j) for j in active)
            active.append(i)
    return pairs


def _prefix(view: View, weights: Weights) -> set[str]:
    words = sorted(view.weight, key=lambda w: (-weights.rarity(w), w))
    rest, bound = view.total, view.total * MERGE_SCORE / 2
    prefix = set()
    for word in words:
        if rest < bound:
            break
        prefix.add(word)
        rest -= view.weight[word]
    return prefix


def _group(dated: list[Statement], distinct: list[int], spans: list[Span], profiles: dict[int, tuple[View, ...]],
           weights: Weights, groups: _Groups) -> list[Conflict]:
    """Join the groups of matching statements, strongest pair first; return the disagreements."""
    edges, conflicts = [], []
    for i, j in sorted(candidate_pairs(dated, spans, profiles, weights)):
        a, b = dated[i], dated[j]
        if a.source.voice == b.source.voice or not shared_entities(a.names, b.names):
            needed = UNNAMED_MERGE_SCORE
        else:
            needed = MERGE_SCORE
        disagreement = quantity_conflicts(a.quantities, b.quantities)
        if disagreement:
            if similarity(profiles[i], profiles[j], weights, with_quantities=False, needed=needed) >= needed:
                conflicts.append((i, j, disagreement))
                groups.of(i).disagree.add(j)
                groups.of(j).disagree.add(i)
            continue
        score = similarity(profiles[i], profiles[j], weights, needed=needed)
        if score >= needed:
            edges.append((-score, i, j))
    for _, i, j in sorted(edges):
        groups.join(i, j)
    return conflicts


def _cite_undated(undated: list[Statement], dated: list[Statement], distinct: list[int],
                  profiles: dict[int, tuple[View, ...]], groups: _Groups, weights: Weights) -> None:
    """Cite each undated statement for the dated entry of another source it matches best, if any.

    It is looked up by its names minus one, so only those that may name two (features.may_name_two)
    need to be passed; in reading order, since `scores` keeps the first score of a text."""
    representatives = set(distinct)
    entries: dict[int, tuple[set[str], list[int], tuple[Quantity, ...]]] = {}
    by_head: dict[str, set[int]] = defaultdict(set)  # name -> entries (roots) naming it
    for root, group in groups.by_root.items():
        reps = sorted(group.members & representatives)
        numbers = {(q.unit, q.form, q.amounts): q for m in reps for q in dated[m].quantities}
        entries[root] = ({dated[m].source.url for m in group.members}, reps, tuple(numbers.values()))
        for m in reps:
            for head in _heads(dated[m]):
                by_head[head].add(root)
    scores: dict[tuple[str, int], float] = {}  # the same sentence in several articles is scored once
    for u in undated:
        heads = sorted(_heads(u), key=lambda h: (-len(by_head.get(h, ())), h))[1:]
        roots = set().union(*(by_head.get(h, set()) for h in heads))
        if not roots:
            continue
        window = (u.published - timedelta(days=UNDATED_WINDOW_DAYS), u.published)
        best: tuple[float, int] | None = None
        for root in sorted(roots):
            urls, reps, numbers = entries[root]
            if u.source.url in urls or not overlap(groups.by_root[root].span, window):
                continue
            if quantity_conflicts(u.quantities, numbers):
                continue
            for m in reps:
                if (u.text, m) not in scores:
                    scores[(u.text, m)] = _cite_score(u, dated[m], profiles[m], weights)
                if scores[(u.text, m)] >= CITE_SCORE and (best is None or scores[(u.text, m)] > best[0]):
                    best = (scores[(u.text, m)], root)
        if best:
            groups.by_root[best[1]].cited.append(u)


def _cite_score(u: Statement, target: Statement, profile: tuple[View, ...], weights: Weights) -> float:
    if shared_entities(u.names, target.names) < CITE_MIN_ENTITIES:
        return 0.0
    return similarity(views(u.clauses, weights), profile, weights, needed=CITE_SCORE)


def _heads(s: Statement) -> set[str]:
    return {name[0] for name in s.names}


def _event(group: _Group, dated: list[Statement], spans: list[Span]) -> Event:
    order = sorted(group.members)  # `dated` is in reading order
    members = [dated[i] for i in order]
    start, end = _entry_dates(members, [spans[i] for i in order])
    sources = sorted({(s.source.published, s.source.url) for s in members + group.cited})
    happened = [s for s in members if not s.expected]
    return Event(
        start=start,
        end=end,
        text=_wording(happened or members).text,
        sources=[url for _, url in sources],
        conflict=" ".join(sorted(group.notes)),
        expected=not happened,
    )


def _entry_dates(members: list[Statement], spans: list[Span]) -> tuple[str, str | None]:
    """The narrowest date of the dated sentences (their spans are their days, see _span), else
    the publication days of the ledes."""
    body = [(s, span) for s, span in zip(members, spans) if not s.lede]
    if body:
        narrowest, _ = min(body, key=_narrowness)
        return narrowest.start, narrowest.end
    days = sorted(s.start for s in members)
    return days[0], (days[-1] if days[-1] != days[0] else None)


def _narrowness(member: tuple[Statement, Span]) -> tuple:
    """How long a dated sentence's date is, then the date: the narrowest, earliest comes first."""
    s, (first, last) = member
    return last - first, s.start, s.end or ""


def _wording(members: list[Statement]) -> Statement:
    if len(members) == 1:
        return members[0]
    amounts = {(q.unit, q.amounts) for s in members for q in s.quantities}

    def covered(s: Statement) -> int:
        return len(amounts & {(q.unit, q.amounts) for q in s.quantities})

    return min(members, key=lambda s: (-round(form_score(s.text), 1), -covered(s), _date_vagueness(s.text),
                                       not s.names, len(s.text), _reading_order(s)))


def _date_vagueness(text: str) -> int:
    """0: dates with a year ("in April 2020"), 1: without ("in April"), 2: relative ("on Sunday", "this month")."""
    if _RELATIVE.search(text):
        return 2
    return 0 if _YEAR.search(text) else 1


def _note_conflicts(conflicts: list[Conflict], dated: list[Statement], groups: _Groups) -> None:
    """One note per pair of entries and unit, on both entries: who reports which amount."""
    seen: dict[tuple[int, int, str], tuple] = {}
    for i, j, pairs in conflicts:
        for mine, theirs in pairs:
            root_i, root_j = groups.find(i), groups.find(j)
            key = (min(root_i, root_j), max(root_i, root_j), mine.unit)
            seen.setdefault(key, ((root_i, mine), (root_j, theirs)))
    for (_, _, _), sides in sorted(seen.items()):
        note = disagreement([
            ([_who(dated[m]) for m in groups.by_root[root].members], f"{q.value} {q.display_unit}") for root, q in sides
        ])
        for root, _ in sides:
            groups.by_root[root].notes.add(note)


def _who(s: Statement) -> str:
    return s.source.publisher or s.source.url
