"""The benchmark's metric as its README defines it (4-token shingles, per-page normalised counts)."""

from __future__ import annotations

import pytest

from bench_extract import score_page, shingles
from bench_folds import aggregate, assign_folds, candidates, cross_validate, rule_verdicts, threshold_verdicts


def test_shingles_are_a_multiset_of_four_token_runs():
    assert shingles("a b c d e a b c d") == {("a", "b", "c", "d"): 2, ("b", "c", "d", "e"): 1,
                                             ("c", "d", "e", "a"): 1, ("d", "e", "a", "b"): 1, ("e", "a", "b", "c"): 1}
    assert shingles("only two") == {("only", "two"): 1}
    assert shingles("  ... !!") == {}


def test_identical_text_is_exact_whatever_the_punctuation():
    score = score_page("p", "Nissan, Foxconn: talks at Oppama.", "Nissan Foxconn talks at Oppama")
    assert (score.precision, score.recall, score.exact) == (1.0, 1.0, True)


def test_partial_overlap_normalises_per_page():
    truth = "one two three four five six"  # 3 shingles
    predicted = "one two three four five six seven eight"  # the same 3 plus 2 extra
    score = score_page("p", truth, predicted)
    assert score.precision == pytest.approx(3 / 5) and score.recall == 1.0 and not score.exact


def test_empty_prediction_enters_recall_only():
    score = score_page("p", "one two three four", "")
    assert score.precision is None and score.recall == 0.0


def test_aggregate_f1_is_the_harmonic_mean_of_mean_precision_and_mean_recall():
    totals = aggregate([score_page("a", "one two three four five", "one two three four five"),
                        score_page("b", "one two three four five", "one two three four six"),
                        score_page("c", "one two three four five", "")])
    p, r = totals.precision, totals.recall
    assert p == pytest.approx((1.0 + 0.5) / 2)  # page c's empty prediction does not enter P
    assert r == pytest.approx((1.0 + 0.5 + 0.0) / 3)
    assert totals.f1 == pytest.approx(2 * p * r / (p + r)) and totals.accuracy == pytest.approx(1 / 3)


def test_folds_keep_each_site_whole_and_are_balanced():
    urls = [f"https://www.site{n % 7}.com/a{n}" for n in range(40)] + ["https://one.org/x"]
    fold_of = assign_folds(urls, 5)
    for n in range(7):
        assert len({fold_of[i] for i, u in enumerate(urls) if f"site{n}." in u}) == 1
    sizes = [fold_of.count(f) for f in range(5)]
    assert max(sizes) - min(sizes) <= 6 and assign_folds(urls, 5) == fold_of


def test_candidates_start_with_the_default_and_vary_one_thing_each():
    labels = [label for label, _ in candidates()]
    assert labels[0] == "default" and "drop_links=off" in labels and "link_dense=0.4" in labels
    assert "embeds=off" not in labels  # required: embedded posts are never article text
    assert len(labels) == len(set(labels))


def _exact(ok: bool):
    return score_page("p", "one two three four five", "one two three four five" if ok else "six seven eight nine")


def test_each_fold_is_scored_with_the_rules_chosen_without_it():
    """Candidate 1 wins on pages 0-3 only: the fold holding them chooses without seeing that, keeps the
    default there and loses; the other folds choose candidate 1."""
    labels = ["default", "rule=off"]
    default = [_exact(i >= 4) for i in range(8)]
    other = [_exact(True) for _ in range(4)] + [_exact(False) for _ in range(4)]
    fold_of = [0, 0, 0, 0, 1, 1, 2, 2]
    held_out, folds = cross_validate(labels, [default, other], fold_of, 3)
    assert [f.chosen for f in folds] == ["default", "rule=off", "rule=off"]
    assert [s.f1 for s in held_out[:4]] == [0.0] * 4 and held_out[4:] == other[4:]


def test_a_rule_helping_one_fold_only_does_not_earn_its_place():
    labels = ["default", "broad=off", "narrow=off"]
    good = [_exact(True) for _ in range(6)]
    broad_off = [_exact(i % 2 == 1) for i in range(6)]  # the rule helps pages in every fold
    narrow_off = [_exact(i != 0) for i in range(6)]  # the rule helps page 0 only
    verdicts = {v.rule: v.verdict for v in rule_verdicts(labels, [good, broad_off, narrow_off], [0, 0, 1, 1, 2, 2], 3)}
    assert verdicts == {"broad": "earns its place", "narrow": "helps on one fold only, hurts none"}


def test_a_threshold_value_better_on_most_folds_is_reported():
    labels = ["default", "t=1", "t=2"]
    default = [_exact(i % 2 == 0) for i in range(6)]
    better = [_exact(True) for _ in range(6)]  # right on every page the default misses
    same = list(default)
    verdicts = {v.setting: v.verdict for v in threshold_verdicts(labels, [default, better, same], [0, 0, 1, 1, 2, 2], 3)}
    assert verdicts == {"t=1": "better than the default on the folds", "t=2": "same as the default"}
