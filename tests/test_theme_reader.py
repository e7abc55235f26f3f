"""The reader helpers behind the briefing page: the to-scale axis, what changed, companies, dates."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefing.model import Briefing, Event, SourceDoc, TopicSpec
from briefing.reader.axis import label_width, time_axis
from briefing.reader.changes import recent_changes
from briefing.reader.entities import companies_in, topic_naming
from briefing.reader.filters import partial_date, span_parts


def source(url: str, day: str) -> SourceDoc:
    return SourceDoc(url=url, title=url, publisher="P", published=datetime.fromisoformat(f"{day}T09:00:00+00:00"), text="")


# --- axis -------------------------------------------------------------------------------

def test_axis_places_events_to_scale() -> None:
    axis = time_axis([Event("2020-01-01", None, "a"), Event("2020-01-11", None, "b"), Event("2020-12-31", None, "c")])
    left = {m.numbers: m.left for m in axis.markers}
    # a and b are 10 days apart and merge into one pill; c sits at the far end
    assert set(left) == {(1, 2), (3,)}
    assert 4 <= left[(1, 2)] < 6 and 95 < left[(3,)] <= 96
    assert [t.label for t in axis.ticks][:2] == ["Jan 2020", "Apr 2020"]


def test_axis_puts_overlapping_ranges_in_separate_lanes_and_sizes_them() -> None:
    events = [Event("2020", None, "p"), Event("2021-01", "2021-06", "r1"), Event("2021-03", "2021-12", "r2"),
              Event("2023", "2024", "r3")]
    axis = time_axis(events)
    ranges = {m.numbers[0]: m for m in axis.markers if m.width}
    assert ranges[2].lane != ranges[3].lane
    assert ranges[4].lane == 1  # far from the others: back in the first range lane
    assert ranges[4].width > ranges[2].width  # two years against six months
    assert axis.lanes == 3


def test_axis_merges_points_whose_pills_would_touch_on_a_phone() -> None:
    events = [Event(f"2025-06-{day:02d}", None, str(day)) for day in range(1, 8)] + [Event("2015", None, "old")]
    axis = time_axis(events)
    points = sorted((m for m in axis.markers if not m.width), key=lambda m: m.left)
    assert [m.label for m in points] == ["8", "1–7"]
    for a, b in zip(points, points[1:]):
        assert b.left - a.left >= (label_width(a) + label_width(b)) / 2


def test_axis_of_nothing_is_none() -> None:
    assert time_axis([]) is None


# --- what changed -------------------------------------------------------------------------

def briefing(sources: list[SourceDoc], events: list[Event]) -> Briefing:
    return Briefing(TopicSpec("t", "T"), "", events, [], sources)


def test_changes_are_the_newest_sources_and_the_events_they_first_reported() -> None:
    old, new = source("https://a/old", "2025-05-01"), source("https://b/new", "2025-06-10")
    confirmed = Event("2025-04", None, "reported by both", [old.url, new.url])
    fresh = Event("2025-06", None, "only in the new source", [new.url])
    changes = recent_changes(briefing([old, new], [confirmed, fresh]), days=7)
    assert changes.since.isoformat() == "2025-06-03"
    assert changes.sources == [new] and changes.events == [fresh] and not changes.everything_new


def test_a_briefing_whose_sources_are_all_recent_is_new() -> None:
    changes = recent_changes(briefing([source("https://a", "2025-06-01"), source("https://b", "2025-06-03")], []), days=7)
    assert changes.everything_new and len(changes.sources) == 2
    assert recent_changes(briefing([], []), days=7) is None


# --- companies ------------------------------------------------------------------------------

SEED = (
    "Japan’s Nissan Motor Co. (OTC:NSANY) is in talks with Taiwan’s Foxconn (SS:601138). Foxconn, officially "
    "Hon Hai Precision Industry, supplies Mitsubishi Fuso Truck and Bus Corporation. In May, Mitsubishi Motors "
    "(OTC:MMTOF) signed an MoU. Nissan said little."
)


def test_companies_with_tickers_and_corporate_names_are_found() -> None:
    found = {c.name: c for c in companies_in([SEED])}
    assert set(found) == {"Nissan Motor Co.", "Foxconn", "Hon Hai Precision Industry",
                          "Mitsubishi Fuso Truck and Bus Corporation", "Mitsubishi Motors"}
    assert found["Nissan Motor Co."].ticker == "OTC:NSANY" and found["Foxconn"].ticker == "SS:601138"
    assert found["Nissan Motor Co."].short == "Nissan" and found["Nissan Motor Co."].mentions == 2
    assert found["Hon Hai Precision Industry"].ticker == ""


def test_sentence_words_and_possessives_are_not_part_of_a_name() -> None:
    found = companies_in(["The Acme Corp. said so. In June, Widget Holdings (NYSE:WDG) fell. Japan’s Zeta Motors grew."])
    assert {c.name for c in found} == {"Acme Corp.", "Widget Holdings", "Zeta Motors"}


def test_plain_text_without_companies_finds_none() -> None:
    assert companies_in(["The plant in Ohio employs 1,200 people (up 5%: a record)."]) == []


def test_a_company_links_to_the_topic_whose_title_or_keywords_name_it() -> None:
    by_short = {c.short: c for c in companies_in([SEED])}
    nissan, mitsubishi = by_short["Nissan"], by_short["Mitsubishi"]
    topics = [TopicSpec("honda", "Honda's EV plans", match=("Honda",)), TopicSpec("nf", "Nissan and Foxconn"),
              TopicSpec("mitsu", "Truck makers", match=("Mitsubishi", "Isuzu"))]
    assert topic_naming(nissan, topics).slug == "nf"
    assert topic_naming(mitsubishi, topics).slug == "mitsu"
    assert topic_naming(nissan, topics[:1]) is None


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "shown"), [("2019", "2019"), ("2024-10", "October 2024"), ("2025-06-02", "2 June 2025")])
def test_partial_dates_read_naturally(value: str, shown: str) -> None:
    assert partial_date(value) == shown


@pytest.mark.parametrize(("start", "end", "parts"), [
    ("2025-06-02", "2025-06-03", ("2", "–", "3 June 2025")),
    ("2025-04-01", "2025-05-31", ("1 April", " – ", "31 May 2025")),
    ("2025-05", "2025-06", ("May", " – ", "June 2025")),
    ("2024-12", "2025-02", ("December 2024", " – ", "February 2025")),
    ("2019", "2021", ("2019", " – ", "2021")),
    ("2025-06", "2025-06-10", ("June 2025", " – ", "10 June 2025")),
])
def test_ranges_do_not_repeat_what_both_ends_share(start: str, end: str, parts: tuple[str, str, str]) -> None:
    assert span_parts(start, end) == parts
