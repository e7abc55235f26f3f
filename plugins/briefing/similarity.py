"""How strongly two statements say the same thing: rare shared words count most, numbers must agree.

The score is a Dice coefficient over content words weighted by inverse document frequency
within the topic (so "Nissan" in a Nissan briefing weighs little, "Mitsubishi" or "MoU" a lot),
taken over the statements' cores and, for compound sentences, their single clauses (the best
pair counts: "Foxconn signed an MoU ... and is also arranging to supply buses ..." matches
a statement about the MoU alone). Words that differ only in spelling ("utilisation" /
"utilization") match through rapidfuzz. Numbers are checked apart: two statements whose
numbers of the same unit disagree are a conflict, never a match.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from .features import Features, bridged_words
from .quantities import Quantity

SPELLING_CUTOFF = 88  # rapidfuzz ratio above which two long words are spelling variants
_LONG_WORD = 6


class Weights:
    """Inverse document frequency of content words over one topic's statements."""

    def __init__(self, documents: Iterable[frozenset[str]]) -> None:
        counts: Counter[str] = Counter()
        total = 0
        for words in documents:
            counts.update(words)
            total += 1
        self._counts = counts
        self._total = total
        self.rare = self(" unseen ")

    def __call__(self, word: str) -> float:
        return math.log((self._total + 1) / (self._counts.get(word, 0) + 1)) + 1.0


def similarity(
    a: Iterable[Features], b: Iterable[Features], weights: Weights, *, with_quantities: bool = True
) -> float:
    """Best weighted Dice over the clause views of two statements (core first, then clauses).

    with_quantities=False compares the words alone: used to tell whether two statements whose
    numbers disagree are about the same thing.
    """
    return max(_dice(x, y, weights, with_quantities) for x in a for y in tuple(b))


def shared_quantities(a: tuple[Quantity, ...], b: tuple[Quantity, ...]) -> int:
    """Quantities both statements state with the same unit and amount."""
    return sum(1 for q in a if any(_same_amount(q, r) for r in b))


def quantity_conflicts(a: tuple[Quantity, ...], b: tuple[Quantity, ...]) -> list[tuple[Quantity, Quantity]]:
    """Pairs (one from each side) of a unit both state with no amount in common: they disagree."""
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


def _dice(a: Features, b: Features, weights: Weights, with_quantities: bool) -> float:
    words_a, words_b = bridged_words(a, b)
    if not words_a or not words_b:
        return 0.0
    shared = words_a & words_b
    shared_weight = sum(weights(w) for w in shared)
    # Spelling variants among the long words left over on both sides.
    rest_b = sorted(w for w in words_b - shared if len(w) >= _LONG_WORD)
    for word in sorted(w for w in words_a - shared if len(w) >= _LONG_WORD):
        found = process.extractOne(word, rest_b, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
        if found:
            shared_weight += min(weights(word), weights(found[0]))
            rest_b.remove(found[0])
    total = sum(weights(w) for w in words_a) + sum(weights(w) for w in words_b)
    if with_quantities:  # a number both state with the same unit is as telling as a rare word
        shared_weight += weights.rare * shared_quantities(a.quantities, b.quantities)
        total += weights.rare * (len(a.quantities) + len(b.quantities))
    return 2 * shared_weight / total
