"""How strongly two statements say the same thing: rare shared words and numbers count most.

The score is a Dice coefficient over content words weighted by inverse document frequency
within the topic (so "Nissan" in a Nissan briefing weighs little, "Mitsubishi" or "MoU" a lot);
each quantity is a word too ("#employees:count:3900"), weighted QUANTITY_FACTOR times more,
since the same specific number is strong evidence. It is taken over the statements' cores and,
for compound sentences, their single clauses (the best pair counts: "Foxconn signed an MoU ...
and is also arranging to supply buses ..." matches a statement about the MoU alone). Words
that differ only in spelling ("utilisation" / "utilization") match through rapidfuzz.
Numbers that disagree are checked apart (quantity_conflicts): a conflict, never a match.
Sums use math.fsum, exact whatever the order of a set's words, so scores (and the greedy merge
order they set) are the same in every process whatever its hash seed.
"""

from __future__ import annotations

import math
from math import fsum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .features import Features, bridged_words
from .quantities import Quantity

QUANTITY_FACTOR = 2.0
SPELLING_CUTOFF = 88  # rapidfuzz ratio above which two long words are spelling variants
_LONG_WORD = 6


class Weights:
    """Inverse document frequency of content words (and quantity tokens) over one topic's statements."""

    def __init__(self, documents: Iterable[frozenset[str]]) -> None:
        counts: Counter[str] = Counter()
        total = 0
        for words in documents:
            counts.update(words)
            total += 1
        self.rare = math.log(total + 1) + 1.0
        self._idf = {word: math.log((total + 1) / (n + 1)) + 1.0 for word, n in counts.items()}
        self._weights = {word: self._weight(word, idf) for word, idf in self._idf.items()}

    def __call__(self, word: str) -> float:
        weight = self._weights.get(word)
        return weight if weight is not None else self._weight(word, self.rare)

    def rarity(self, word: str) -> float:
        """Plain inverse document frequency (numbers not boosted): how rare the word is in the topic."""
        return self._idf.get(word, self.rare)

    @staticmethod
    def _weight(word: str, idf: float) -> float:
        return idf * QUANTITY_FACTOR if word.startswith("#") else idf


@dataclass(frozen=True)
class View:
    """One view of a statement (its core or a clause) with its words' weights, computed once."""

    features: Features
    weight: dict[str, float]
    total: float  # all words
    numbers_total: float  # quantity tokens only


def views(features: Sequence[Features], weights: Weights) -> tuple[View, ...]:
    """The weighted views of a statement, for similarity()."""
    made = []
    for f in features:
        weight = {w: weights(w) for w in f.words}
        made.append(View(f, weight, fsum(weight.values()), fsum(v for w, v in weight.items() if w.startswith("#"))))
    return tuple(made)


def similarity(
    a: Sequence[View], b: Sequence[View], weights: Weights, *, with_quantities: bool = True, needed: float = 0.0
) -> float:
    """Best weighted Dice over the views of two statements (core first, then single clauses).

    with_quantities=False compares the words alone: used to tell whether two statements whose
    numbers disagree are about the same thing. `needed` lets a comparison skip the spelling
    check when it cannot change whether the score reaches that value.
    """
    return max(_dice(x, y, weights, with_quantities, needed) for x in a for y in b)


def quantity_conflicts(a: Sequence[Quantity], b: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs (one from each side) of a unit both state with no amount in common: they disagree."""
    if not a or not b:  # most statements state no number
        return []
    conflicts = []
    for key in sorted({_kind(q) for q in a} & {_kind(q) for q in b}):
        mine = [q for q in a if _kind(q) == key]
        theirs = [q for q in b if _kind(q) == key]
        if not any(_same_amount(q, r) for q in mine for r in theirs):
            conflicts.append((mine[0], theirs[0]))
    return conflicts


def _kind(q: Quantity) -> tuple[str, str]:
    return q.unit, q.form


def _same_amount(q: Quantity, r: Quantity) -> bool:
    return _kind(q) == _kind(r) and all(
        math.isclose(x, y, rel_tol=0.005) for x, y in zip(q.amounts, r.amounts, strict=True)
    )


def _dice(a: View, b: View, weights: Weights, with_quantities: bool, needed: float) -> float:
    extra_a, extra_b = _bridges(a.features, b.features)
    total = fsum((a.total, b.total, *map(weights, extra_a), *map(weights, extra_b)))
    if not with_quantities:
        total = fsum((total, -a.numbers_total, -b.numbers_total))
    if total <= 0:
        return 0.0
    words_a = a.features.words | extra_a if extra_a else a.features.words
    words_b = b.features.words | extra_b if extra_b else b.features.words
    shared = words_a & words_b
    if not with_quantities:
        shared = {w for w in shared if not w.startswith("#")}
    if extra_a:  # a word a spells out for b's acronym has no weight in a's view
        shared_weight = fsum(a.weight.get(w) or weights(w) for w in shared)
    else:  # every shared word is one of a's own, weighed in its view
        shared_weight = fsum(map(a.weight.__getitem__, shared))
    exact = 2 * shared_weight / total
    if exact >= needed > 0:
        return exact
    rest_a = sorted(w for w in words_a - shared if len(w) >= _LONG_WORD and not w.startswith("#"))
    rest_b = sorted(w for w in words_b - shared if len(w) >= _LONG_WORD and not w.startswith("#"))
    if not rest_a or not rest_b:
        return exact
    best_case = 2 * (shared_weight + min(fsum(map(weights, rest_a)), fsum(map(weights, rest_b)))) / total
    if best_case < needed:
        return exact
    for word in rest_a:  # spelling variants among the long words left over on both sides
        found = process.extractOne(word, rest_b, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
        if found:
            shared_weight += min(weights(word), weights(found[0]))
            rest_b.remove(found[0])
    return 2 * shared_weight / total


def _bridges(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str]]:
    """Acronyms each side spells out in full ("memorandum of understanding" for the other's "MoU")."""
    if not a.acronyms and not b.acronyms:
        return frozenset(), frozenset()
    words_a, words_b = bridged_words(a, b)
    return words_a - a.words, words_b - b.words
