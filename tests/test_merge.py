"""The merge rule: the same fact from several sources is one entry; disagreeing numbers never merge."""

from __future__ import annotations

from datetime import datetime

from briefing.dating import date_sentences
from briefing.events import statements
from briefing.merge import candidate_pairs, merge, _span
from briefing.model import SourceDoc
from briefing.notes import disagreement
from briefing.similarity import Weights, views

from test_timeline import BOTH, seed_docs


def doc(url: str, published: str, *paragraphs: str, publisher: str = "") -> SourceDoc:
    return SourceDoc(url=url, title="t", publisher=publisher or url.split("/")[2], published=datetime.fromisoformat(published),
                     text="\n\n".join(paragraphs))


def read(*docs: SourceDoc, fiscal_year_start: int = 1) -> list:
    found = []
    for d in docs:
        found += statements(d, date_sentences(d.text, d.published.date(), fiscal_year_start))
    return found


def entries(*docs: SourceDoc) -> list:
    return merge(read(*docs))


A, B, C = "https://a.example/1", "https://b.example/2", "https://c.example/3"


def test_seed_mou_is_one_entry_citing_the_undated_sentence_too() -> None:
    events = merge(read(*seed_docs(), fiscal_year_start=4))
    mou = [e for e in events if "Mitsubishi" in e.text]
    assert len(mou) == 1
    assert (mou[0].start, mou[0].end, mou[0].sources) == ("2025-05", None, BOTH)
    assert mou[0].text.startswith("In May, Mitsubishi Motors signed a memorandum of understanding")


def test_seed_ledes_merge_spanning_both_publication_dates() -> None:
    events = merge(read(*seed_docs(), fiscal_year_start=4))
    talks = [e for e in events if e.start.startswith("2025-06")]
    assert len(talks) == 1
    assert (talks[0].start, talks[0].end, talks[0].sources) == ("2025-06-02", "2025-06-03", BOTH)
    # the shorter of the two complete ledes
    assert talks[0].text == "Nissan is reportedly in talks with Taiwan’s Foxconn to build electric vehicles at its underutilised Oppama plant in Japan."


def test_same_fact_differently_worded_merges() -> None:
    events = entries(
        doc(A, "2025-06-10T08:00:00+00:00", "Acme opened its battery plant in Ohio.",
            "In March, Acme signed a supply deal with Volta Motors for 50,000 packs a year."),
        doc(B, "2025-06-11T08:00:00+00:00", "Acme's new Ohio battery plant opened with fanfare.",
            "In March, Acme signed a deal to supply Volta Motors with 50,000 battery packs a year."),
    )
    march = [e for e in events if e.start == "2025-03"]
    assert len(march) == 1 and march[0].sources == [A, B]
    assert [(e.start, e.end) for e in events] == [("2025-03", None), ("2025-06-10", "2025-06-11")]


def test_retellings_in_other_words_merge() -> None:
    events = entries(
        doc(A, "2025-09-02T08:00:00+00:00", "Markets were calm.", "Production at Velsa was halted from May to July."),
        doc(B, "2025-09-03T08:00:00+00:00", "Markets were calm.", "Mivezen paused output at the Velsa plant from May to July."),
        doc(C, "2025-09-04T08:00:00+00:00", "Markets were calm.", "From May to July, the Velsa factory suspended production."),
    )
    pause = [e for e in events if e.start == "2025-05"]
    assert len(pause) == 1 and pause[0].end == "2025-07" and pause[0].sources == [A, B, C]


def test_sharing_only_date_words_is_no_match() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Markets were calm.", "Last year, Vendorro made an approach to Mivezen, which turned it down."),
        doc(B, "2025-06-03T08:00:00+00:00", "Markets were calm.", "In November last year, merger talks between Mivezen and Kirusun collapsed."),
    )
    assert sorted((e.start, tuple(e.sources)) for e in events if e.start < "2025") == [("2024", (A,)), ("2024-11", (B,))]


def test_a_later_report_of_the_same_fact_joins_its_entry() -> None:
    # ledes a month apart both report the May-to-July pause: they join the dated entry, not each other only
    events = entries(
        doc(A, "2025-07-01T08:00:00+00:00", "Mivezen halted production at Velsa from May to July."),
        doc(B, "2025-07-03T08:00:00+00:00", "Markets were calm.", "Production at Velsa was halted from May to July."),
        doc(C, "2025-07-30T08:00:00+00:00", "Mivezen halted production at Velsa from May to July."),
    )
    assert [(e.start, e.end, e.sources) for e in events] == [("2025-05", "2025-07", [A, B, C])]


def test_disagreeing_numbers_are_two_entries_marked_as_conflict() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Nissan’s Oppama plant employs 3,900 workers, the company said.", publisher="Alpha News"),
        doc(B, "2025-06-02T09:00:00+00:00", "Nissan’s Oppama plant employs 4,100 workers, the company said.", publisher="Beta Wire"),
    )
    assert [(e.start, e.sources) for e in events] == [("2025-06-02", [A]), ("2025-06-02", [B])]
    for event in events:
        assert "3,900" in event.conflict and "4,100" in event.conflict
        assert "Alpha News" in event.conflict and "Beta Wire" in event.conflict


def test_agreeing_numbers_merge() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Nissan’s Oppama plant employs 3,900 workers, the company said."),
        doc(B, "2025-06-02T09:00:00+00:00", "Nissan’s Oppama plant employs around 3,900 people, the company said."),
    )
    assert len(events) == 1 and events[0].sources == [A, B] and not events[0].conflict


def test_a_third_source_agreeing_with_one_side_joins_it_not_the_other() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Nissan’s Oppama plant employs 3,900 workers, the company said."),
        doc(B, "2025-06-02T09:00:00+00:00", "Nissan’s Oppama plant employs 4,100 workers, the company said."),
        doc(C, "2025-06-03T09:00:00+00:00", "Nissan’s Oppama plant employs 3,900 workers, its union said."),
    )
    assert sorted(e.sources for e in events) == [[A, C], [B]]
    assert all(e.conflict for e in events)


def test_same_words_at_incompatible_dates_do_not_merge() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Markets were calm.", "In 2023, Nissan recalled 100,000 Leaf cars over brake faults."),
        doc(B, "2025-06-02T09:00:00+00:00", "Markets were calm.", "In 2025, Nissan recalled 100,000 Leaf cars over brake faults."),
    )
    assert [(e.start, e.sources) for e in events if "recalled" in e.text] == [("2023", [A]), ("2025", [B])]


def test_different_facts_on_the_same_date_stay_apart() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Markets were calm.", "In May, Nissan closed its Tochigi paint shop after a fire."),
        doc(B, "2025-06-02T09:00:00+00:00", "Markets were calm.", "In May, Nissan signed a battery supply deal with Foxconn."),
    )
    assert len([e for e in events if e.start == "2025-05"]) == 2


def test_merged_entry_takes_the_narrowest_date_and_the_wording_with_the_numbers() -> None:
    events = entries(
        doc(A, "2025-06-02T08:00:00+00:00", "Markets were calm.", "In May, Nissan announced the closure of plants."),
        doc(B, "2025-06-02T09:00:00+00:00", "Markets were calm.",
            "On May 13, Nissan announced the closure of seven plants and the loss of 20,000 jobs."),
    )
    closure = [e for e in events if "closure" in e.text]
    assert len(closure) == 1
    assert closure[0].start == "2025-05-13" and closure[0].sources == [A, B]
    assert "20,000 jobs" in closure[0].text


def test_undated_sentence_is_cited_only_for_a_strong_match_from_another_source() -> None:
    dated_source = doc(A, "2025-06-02T08:00:00+00:00", "Markets were calm.",
                       "In May, Mitsubishi Motors signed a memorandum of understanding with Foxconn to co-develop an EV.")
    echo = doc(B, "2025-06-03T08:00:00+00:00", "Markets were calm.",
               "Foxconn recently signed an MoU with Mitsubishi Motors to develop an EV.")
    unrelated = doc(C, "2025-06-03T08:00:00+00:00", "Markets were calm.",
                    "Foxconn recently opened a battery lab near Mitsubishi Motors' headquarters.")
    mou = [e for e in entries(dated_source, echo, unrelated) if e.start == "2025-05"]
    assert len(mou) == 1 and mou[0].sources == [A, B]


def test_undated_sentence_does_not_reach_back_more_than_a_year() -> None:
    old = doc(A, "2023-06-02T08:00:00+00:00", "Markets were calm.",
              "In May, Mitsubishi Motors signed a memorandum of understanding with Foxconn to co-develop an EV.")
    echo = doc(B, "2025-06-03T08:00:00+00:00", "Markets were calm.",
               "Foxconn recently signed an MoU with Mitsubishi Motors to develop an EV.")
    assert [e.sources for e in entries(old, echo) if e.start == "2023-05"] == [[A]]


def test_merge_does_not_depend_on_input_order() -> None:
    found = read(*seed_docs(), fiscal_year_start=4)
    assert merge(found) == merge(found[::-1])


def test_blocking_compares_only_overlapping_dates_sharing_a_name_or_rare_word() -> None:
    def dated_statements(text: str) -> list:
        return [s for s in read(doc(A, "2025-06-02T08:00:00+00:00", "Markets were calm.", text)) if not s.lede]

    def pairs(found: list) -> set:
        weights = Weights(s.features.words for s in found)
        profiles = {i: views(s.clauses, weights) for i, s in enumerate(found)}
        return candidate_pairs(found, [_span(s) for s in found], profiles, weights)

    apart = dated_statements("In 2023, Nissan recalled cars. In May 2025, Nissan cut jobs. In May 2025, Honda opened a museum.")
    assert pairs(apart) == set()  # 2023 overlaps nothing; the two May statements share no name or word
    assert pairs(dated_statements("In May 2025, Nissan cut jobs. In May 2025, Nissan sold shares.")) == {(0, 1)}


def test_conflict_note_names_a_few_publishers_then_counts() -> None:
    assert disagreement([(["B", "A", "C", "D", "A"], "3,900 employees"), (["E"], "4,100 employees")]) == (
        "Sources disagree: A, B and 2 others report 3,900 employees; E reports 4,100 employees."
    )


def test_one_publisher_alike_articles_need_a_close_match() -> None:
    """Two articles of one wire share its datelines and credits: that likeness alone joins nothing."""
    first = doc(A, "2025-06-10T08:00:00+00:00", "Acme Corp said on Monday it would hire 300 engineers in Ohio.",
                publisher="Wire")
    second = doc("https://a.example/2", "2025-06-10T09:00:00+00:00",
                 "Acme Corp said on Monday its Ohio plant had resumed production.", publisher="Wire")
    other = doc(B, "2025-06-10T10:00:00+00:00", "Acme Corp said on Monday its Ohio plant had resumed production.",
                publisher="Other")
    assert len([e for e in entries(first, second) if e.start == "2025-06-09"]) == 2
    joined = [e for e in entries(second, other) if e.start == "2025-06-09"]
    assert [len(e.sources) for e in joined] == [2]


def test_a_lede_never_reports_what_happened_after_its_publication() -> None:
    """A source published on the 2nd cannot confirm the entry of the 4th: it is not cited for it."""
    early = doc(A, "2025-06-02T08:00:00+00:00", "Acme and Volta Motors sign a battery supply deal.")
    later = doc(B, "2025-06-06T08:00:00+00:00", "Acme and Volta Motors signed a battery supply deal on Wednesday.")
    signed = [e for e in entries(early, later) if "supply deal" in e.text]
    assert {e.start: e.sources for e in signed} == {"2025-06-02": [A], "2025-06-04": [B]}
