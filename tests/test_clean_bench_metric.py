"""The benchmark's metric as its README defines it (4-token shingles, per-page normalised counts)."""

from __future__ import annotations

import pytest

from bench_extract import Run, score_page, shingles


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
    run = Run("x", lambda raw, url: "")
    run.scores = [score_page("a", "one two three four five", "one two three four five"),
                  score_page("b", "one two three four five", "one two three four six"),
                  score_page("c", "one two three four five", "")]
    run.millis = [1.0, 2.0, 3.0]
    name, f1, p, r, acc, ms = run.row()
    assert p == pytest.approx((1.0 + 0.5) / 2)  # page c's empty prediction does not enter P
    assert r == pytest.approx((1.0 + 0.5 + 0.0) / 3)
    assert f1 == pytest.approx(2 * p * r / (p + r)) and acc == pytest.approx(1 / 3) and ms == 2.0
