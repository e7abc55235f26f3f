"""scripts/bench_timex.py: TimeML loading, TempEval-3 scoring and the error classes it reports."""

from __future__ import annotations

import pytest

from bench_timex import Timex, error_kind, load_document, pair, score

TML = """<?xml version="1.0" ?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01">03/01/1998</TIMEX3></DCT>
<TEXT>Talks began <TIMEX3 tid="t1" type="DATE" value="1998-02">last month</TIMEX3> and lasted
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.</TEXT></TimeML>
"""


def test_document_text_has_tags_stripped_and_gold_offsets_into_it(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = load_document(path)
    assert str(doc.dct) == "1998-03-01"
    assert [(doc.text[g.start:g.end], g.type, g.value) for g in doc.gold] == [
        ("last month", "DATE", "1998-02"), ("two weeks", "DURATION", "P2W")]


def test_scores_relaxed_overlap_strict_spans_and_values(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = load_document(path)
    last_month, two_weeks = doc.gold
    system = [
        Timex(last_month.start + 5, last_month.end, "month", "DATE", "1998-02"),  # overlaps, right value
        Timex(two_weeks.start, two_weeks.end, "two weeks", "DURATION", "P14D"),  # exact span, wrong value
        Timex(0, 5, "Talks", "DATE", "1998"),  # spurious
    ]
    result = score([pair(doc, system)])
    assert (result["relaxed_p"], result["relaxed_r"]) == (pytest.approx(2 / 3), 1.0)
    assert (result["strict_p"], result["strict_r"]) == (pytest.approx(1 / 3), 0.5)
    assert (result["value_p"], result["value_r"]) == (pytest.approx(1 / 3), 0.5)


@pytest.mark.parametrize("system, gold, gold_type, kind", [
    ("1989-W43", "1989-WXX", "DATE", "gold leaves part open (X)"),
    ("1988-Q3", "1988-QX", "DATE", "gold leaves part open (X)"),
    ("1998-03", "1997-03", "DATE", "wrong year"),
    ("1998-03-05", "1998-03-12", "DATE", "same form, other value"),
    ("1998-W10", "1998-W11", "DATE", "week"),
    ("1988-Q3", "1988", "DATE", "quarter or half"),
    ("PXY", "PAST_REF", "DATE", "past/present/future reference"),
    ("P3Q", "P9M", "DURATION", "duration"),
    ("P1D", "XXXX-XX-XX", "SET", "set"),
    ("2000-01-05TNI", "2000-01-05", "DATE", "time of day where gold has the day"),
    ("1989", "1989-10-30", "DATE", "other form (day/month/year/duration mixed)"),
])
def test_error_kinds(system, gold, gold_type, kind):
    assert error_kind(system, gold, gold_type) == kind

