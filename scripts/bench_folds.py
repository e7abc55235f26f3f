"""k-fold cross-validation of the cleaner's rules and thresholds on the extraction benchmark.

Every candidate rule set (the default, each rule switched off, each threshold moved) is run once
over every page; a fold's held-out pages are then scored with the candidate that did best on the
other folds, so the cross-validated figure says how the choice of rules does on pages it was not
made on. Folds group pages by site: two pages of one site never sit on both sides of a split.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from urllib.parse import urlsplit

from scraper.clean.rules import DEFAULT_RULES, REQUIRED, Rules

# Threshold values tried besides the default: one lower, one higher.
THRESHOLD_GRID = {
    "short_block_chars": (15, 40),
    "link_weight": (1.0, 3.0),
    "strong_discount": (0.1, 0.35),
    "weak_discount": (0.3, 0.7),
    "content_bonus": (1.0, 1.5),
    "link_dense": (0.4, 0.6),
    "link_dense_paragraph": (0.6, 0.9),
    "max_boilerplate_chars": (120, 300),
}


@dataclass(frozen=True)
class Totals:
    """The benchmark's aggregate over some pages: F1 of mean precision and mean recall, accuracy."""

    f1: float
    precision: float
    recall: float
    accuracy: float


def aggregate(scores: Sequence) -> Totals:
    """README metric step 5-6 over per-page scores (objects with precision, recall, exact)."""
    ps = [s.precision for s in scores if s.precision is not None]
    rs = [s.recall for s in scores if s.recall is not None]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return Totals(f1, p, r, acc)


def candidates() -> list[tuple[str, Rules]]:
    """The default rules first, then each rule switched off, then each threshold at its grid values
    (rules the product requires are never switched off)."""
    found = [("default", DEFAULT_RULES)]
    for f in fields(Rules):
        if f.name in REQUIRED:
            continue
        value = getattr(DEFAULT_RULES, f.name)
        if isinstance(value, bool):
            found.append((f"{f.name}=off", replace(DEFAULT_RULES, **{f.name: False})))
        else:
            found.extend((f"{f.name}={v}", replace(DEFAULT_RULES, **{f.name: v})) for v in THRESHOLD_GRID[f.name])
    return found


def site(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def assign_folds(urls: Sequence[str], k: int) -> list[int]:
    """A fold number per page: whole sites go to one fold, the largest site first into the smallest
    fold, so folds are balanced and the same pages always land in the same fold."""
    by_site: dict[str, list[int]] = {}
    for i, url in enumerate(urls):
        by_site.setdefault(site(url), []).append(i)
    sizes = [0] * k
    fold_of = [0] * len(urls)
    for name in sorted(by_site, key=lambda s: (-len(by_site[s]), s)):
        fold = min(range(k), key=lambda f: (sizes[f], f))
        for i in by_site[name]:
            fold_of[i] = fold
        sizes[fold] += len(by_site[name])
    return fold_of


@dataclass
class FoldResult:
    fold: int
    pages: int
    chosen: str  # label of the candidate chosen on the other folds
    held_out: Totals  # the chosen candidate on this fold's pages
    default: Totals  # the default rules on this fold's pages


def cross_validate(labels: Sequence[str], per_page: Sequence[Sequence], fold_of: Sequence[int], k: int) -> tuple[list, list[FoldResult]]:
    """per_page[c][i] is candidate c's score on page i (candidate 0 the default). Returns the held-out
    page scores (each page scored by the candidate chosen without its fold) and one result per fold.
    Ties go to the earlier candidate, so the default wins unless another does strictly better."""
    held_out: list = [None] * len(fold_of)
    results = []
    for fold in range(k):
        train = [i for i, f in enumerate(fold_of) if f != fold]
        test = [i for i, f in enumerate(fold_of) if f == fold]
        if not test:
            continue
        best = max(range(len(labels)), key=lambda c: (aggregate([per_page[c][i] for i in train]).f1, -c))
        for i in test:
            held_out[i] = per_page[best][i]
        results.append(FoldResult(fold, len(test), labels[best], aggregate([per_page[best][i] for i in test]),
                                  aggregate([per_page[0][i] for i in test])))
    return held_out, results


def _gains(per_page: Sequence[Sequence], fold_of: Sequence[int], k: int, better: int, worse: int) -> tuple[float, list[float]]:
    """F1 of candidate `better` minus F1 of candidate `worse`: over all pages, and on each fold's pages."""
    def f1(c: int, pages: Sequence[int]) -> float:
        return aggregate([per_page[c][i] for i in pages]).f1

    folds = [[i for i, f in enumerate(fold_of) if f == fold] for fold in range(k)]
    everyone = range(len(fold_of))
    return f1(better, everyone) - f1(worse, everyone), [f1(better, pages) - f1(worse, pages) for pages in folds if pages]


@dataclass
class RuleVerdict:
    rule: str
    whole_gain: float  # F1 with the rule minus F1 without it, over all pages
    fold_gains: list[float]  # the same on each fold's pages
    verdict: str


def rule_verdicts(labels: Sequence[str], per_page: Sequence[Sequence], fold_of: Sequence[int], k: int,
                  tolerance: float = 0.0005) -> list[RuleVerdict]:
    """For each on/off rule, what it adds on each fold: a rule earns its place when it helps on at
    least two folds (more than one site) and on average, not when one page's gain carries it."""
    verdicts = []
    for c, label in enumerate(labels):
        if not label.endswith("=off"):
            continue
        whole, gains = _gains(per_page, fold_of, k, 0, c)
        helped = sum(g > tolerance for g in gains)
        hurt = sum(g < -tolerance for g in gains)
        if not helped and not hurt:
            verdict = "no effect on these pages"
        elif helped >= 2 and statistics.fmean(gains) > 0:
            verdict = "earns its place" if not hurt else "earns its place (hurts on some folds)"
        elif helped == 1 and not hurt:
            verdict = "helps on one fold only, hurts none"
        else:
            verdict = "does not earn its place"
        verdicts.append(RuleVerdict(label.removesuffix("=off"), whole, gains, verdict))
    return verdicts


@dataclass
class ThresholdVerdict:
    setting: str  # "name=value", a value tried instead of the default
    whole_gain: float  # F1 with this value minus with the default, over all pages
    fold_gains: list[float]  # the same on each fold's pages
    verdict: str


def threshold_verdicts(labels: Sequence[str], per_page: Sequence[Sequence], fold_of: Sequence[int], k: int,
                       tolerance: float = 0.0005) -> list[ThresholdVerdict]:
    """For each threshold value tried, what it would change on each fold against the default: the
    default holds unless a value does better on two or more folds and on average."""
    verdicts = []
    for c, label in enumerate(labels):
        if c == 0 or label.endswith("=off"):
            continue
        whole, gains = _gains(per_page, fold_of, k, c, 0)
        better = sum(g > tolerance for g in gains)
        worse = sum(g < -tolerance for g in gains)
        if better >= 2 and statistics.fmean(gains) > 0:
            verdict = "better than the default on the folds"
        elif not better and not worse:
            verdict = "same as the default"
        else:
            verdict = "default holds"
        verdicts.append(ThresholdVerdict(label, whole, gains, verdict))
    return verdicts
