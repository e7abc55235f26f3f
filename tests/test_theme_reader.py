"""The reader helpers behind the briefing page: the to-scale axis, what changed, companies, dates."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefing.model import Briefing, Event, SourceDoc, TopicSpec
from briefing.reader.axis import label_width, time_axis
from briefing.reader.changes import recent_changes
from briefing.reader.entities import Company, companies_in, topic_naming
from briefing.reader.filters import excerpt, key_numbers, latest_event, numbered_by_year, partial_date, span_parts
from briefing.reader.listed import listed_names
from briefing.reader.view import entries_by_source


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
    events = [Event("2020-05-01", None, "p"), Event("2021-01", "2021-06", "r1"), Event("2021-03", "2021-12", "r2"),
              Event("2023", "2024", "r3")]
    axis = time_axis(events)
    ranges = {m.numbers[0]: m for m in axis.markers if m.width}
    assert ranges[2].lane != ranges[3].lane
    assert ranges[4].lane == 0  # far from the others: back in the first lane
    assert ranges[4].width > ranges[2].width  # two years against six months
    pill = next(m for m in axis.markers if not m.width)
    assert pill.lane == axis.lanes - 1 == 2  # pills sit below the bars, nearest the axis


def test_axis_draws_year_and_month_entries_as_spans_of_their_year_or_month() -> None:
    axis = time_axis([Event("2020", None, "year"), Event("2021-07", None, "month"), Event("2022-12-31", None, "day")])
    bars = {m.numbers[0]: m for m in axis.markers if m.width}
    assert set(bars) == {1, 2}  # not points in July or mid-month
    year, month = bars[1], bars[2]
    assert year.left == 4.0 and 29 < year.width < 31  # one year of three, on 92% of the width
    assert 2 < month.width < 3
    assert month.left > year.left + year.width  # July 2021 starts after the end of 2020
    assert year.label_after  # no room left of a bar at the chart's left edge
    assert not month.label_after


def test_axis_clusters_only_consecutive_entries() -> None:
    days = [Event(f"2025-06-{day:02d}", None, str(day)) for day in range(1, 10)]
    days[4] = Event("2025-06", None, "the month of June")  # entry 5 is a span, drawn as a bar
    axis = time_axis(days + [Event("2015-01-01", None, "old")])
    pills = [m for m in axis.markers if not m.width]
    numbers = [n for m in axis.markers for n in m.numbers]
    assert sorted(numbers) == list(range(1, 11))  # every entry on the chart exactly once
    for pill in pills:
        assert list(pill.numbers) == list(range(pill.numbers[0], pill.numbers[-1] + 1)), pill.label
    assert "1–9" not in {m.label for m in pills}
    four, six = (next(m for m in pills if first in m.numbers) for first in (4, 6))
    assert four is not six and four.lane != six.lane  # overlapping but not consecutive: rows apart


def test_axis_keeps_forecasts_apart_from_what_happened() -> None:
    events = [Event("2025-06-01", None, "done"), Event("2025-06-02", None, "planned", expected=True),
              Event("2025-04", "2026-03", "fiscal-year forecast", expected=True)]
    axis = time_axis(events)
    by_number = {n: m for m in axis.markers for n in m.numbers}
    assert by_number[1] is not by_number[2]
    assert not by_number[1].expected and by_number[2].expected and by_number[3].expected


def test_axis_merges_points_whose_pills_would_touch_on_a_phone() -> None:
    events = [Event("2015-01-01", None, "old")] + [Event(f"2025-06-{day:02d}", None, str(day)) for day in range(1, 8)]
    axis = time_axis(events)
    points = sorted((m for m in axis.markers if not m.width), key=lambda m: m.left)
    assert [m.label for m in points] == ["1", "2–8"]
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


def test_the_company_list_knows_names_copy_uses_and_home_listings() -> None:
    names = listed_names()
    assert names["Nissan"].ticker == "TYO:7201" and names["Sony"].ticker == "TYO:6758"
    assert names["Apple"] == names["Apple Inc."] and names["Apple"].ticker == "NASDAQ:AAPL"  # legal form dropped
    assert names["Walt Disney"].ticker == "NYSE:DIS"  # Wikipedia's exchange, not an over-the-counter code
    # a group's name ("Mitsubishi"), a too-short shortening ("Man" of "Man Group") and a country name no one company's
    assert not {"Mitsubishi", "Man", "Japan"} & set(names)


def by_name(*texts: str) -> dict[str, Company]:
    return {c.name: c for c in companies_in(list(texts))}


def test_one_entry_per_company_with_its_home_listing() -> None:
    found = by_name(SEED)
    assert set(found) == {"Nissan Motor Co.", "Foxconn", "Mitsubishi Fuso Truck and Bus Corporation", "Mitsubishi Motors"}
    # the list's home listings, not the US over-the-counter ADRs the copy gives
    assert found["Nissan Motor Co."].ticker == "TYO:7201" and found["Mitsubishi Motors"].ticker == "TYO:7211"
    assert found["Nissan Motor Co."].short == "Nissan" and found["Nissan Motor Co."].mentions == 2
    # "officially" makes Hon Hai Foxconn's other name; a Shanghai A-share is no Taiwanese company's listing
    assert found["Foxconn"].aliases == ("Hon Hai Precision Industry",) and found["Foxconn"].mentions == 3
    assert found["Foxconn"].ticker == ""


@pytest.mark.parametrize("text", [
    "Hon Hai Precision Industry, better known as Foxconn, said Foxconn would build buses.",
    "Foxconn (official name: Hon Hai Precision Industry Co.) said Foxconn would build buses.",
])
def test_names_the_sources_say_are_one_company_are_one_entry(text: str) -> None:
    [foxconn] = companies_in([text])
    assert foxconn.name == "Foxconn" and foxconn.mentions == 3
    assert [alias.removesuffix(" Co.") for alias in foxconn.aliases] == ["Hon Hai Precision Industry"]


def test_a_former_name_is_the_same_company() -> None:
    found = companies_in(["Stellantis, formerly Fiat Chrysler Automobiles, said Stellantis would cut jobs."])
    assert [(c.name, c.aliases) for c in found] == [("Stellantis", ("Fiat Chrysler Automobiles",))]
    assert found[0].ticker == listed_names()["Stellantis"].ticker != ""


def test_a_ticker_given_on_a_home_exchange_is_kept() -> None:
    found = by_name("The Acme Corp. said so. In June, Widget Holdings (NYSE:WDG) fell. Japan’s Zeta Motors (TYO:9999) grew.")
    assert {name: c.ticker for name, c in found.items()} == {"Acme Corp.": "", "Widget Holdings": "NYSE:WDG", "Zeta Motors": "TYO:9999"}


def test_a_subsidiary_gets_its_listed_parents_ticker() -> None:
    found = by_name("Search giant Google said it would invest. Google parent Alphabet rose 2%.")
    assert found["Google"].ticker == found["Alphabet"].ticker == "NASDAQ:GOOGL"


def test_big_companies_named_bare_are_found_with_their_tickers() -> None:
    found = by_name(
        "Google, Apple, Microsoft and Sony are all courting game developers. Analysts said Sony had the "
        "strongest line-up, while Microsoft bet on cloud gaming and Apple on its phones."
    )
    # Google is no listed name (Alphabet is): found by its place in the list, without a ticker
    assert {name: c.ticker for name, c in found.items()} == {
        "Google": "", "Apple": "NASDAQ:AAPL", "Microsoft": "NASDAQ:MSFT", "Sony": "TYO:6758"}
    assert found["Sony"].mentions == 2


@pytest.mark.parametrize("text", [
    "Apple orchards in Washington bloomed early this year. Farmers said apple prices would fall.",
    "Apple orchards in Washington bloomed early this year. Apple growers expect a record.",
    "Sony Bill Williams scored twice for the All Blacks. Williams said he was delighted.",
    "Harrison Ford starred in the film. Later, Ford said the role was his favourite.",
    "The Amazon rainforest is shrinking. Deforestation in the Amazon rose again.",
    "Japan and Germany signed a deal. Next week, Japan will vote. Next year Japan grows.",
    "He flew from Dover to Calais. In Dover, the ferries were late; Dover port said so.",
    "Bill Gates spoke. Gates said philanthropy matters. Gates also said more.",
    "City officials met on Monday. The City council and the News reporters attended.",
    "\"We are pleased,\" said Anna Nakamura, a company spokesperson. Production starts at Oppama, the company said.",
    "The plant in Ohio employs 1,200 people (up 5%: a record).",
])
def test_words_that_only_look_like_companies_are_not_companies(text: str) -> None:
    assert companies_in([text]) == []


def test_a_bare_name_needs_a_second_mention_or_company_context() -> None:
    assert companies_in(["Ruth met Sony in the park."]) == []  # one plain mention: could be anyone
    assert [c.name for c in companies_in(["Sony’s profit rose."])] == ["Sony"]
    assert [c.name for c in companies_in(["Ruth met Sony in the park. Sony is a nice dog."])] == ["Sony"]


def test_events_and_figures_find_companies_but_do_not_count_mentions() -> None:
    found = companies_in(["Nothing here."], ["Hon Hai Precision Industry (TWSE:2317) rose."])
    assert [(c.name, c.ticker, c.mentions) for c in found] == [("Hon Hai Precision Industry", "TWSE:2317", 0)]


def test_a_company_links_to_the_topic_whose_title_or_keywords_name_it() -> None:
    found = by_name(SEED)
    nissan, mitsubishi, foxconn = found["Nissan Motor Co."], found["Mitsubishi Motors"], found["Foxconn"]
    topics = [TopicSpec("honda", "Honda's EV plans", match=("Honda",)), TopicSpec("nf", "Nissan and Oppama"),
              TopicSpec("mitsu", "Truck makers", match=("Mitsubishi", "Isuzu")), TopicSpec("hh", "Hon Hai Precision's EVs")]
    assert topic_naming(nissan, topics).slug == "nf"
    assert topic_naming(mitsubishi, topics).slug == "mitsu"
    assert topic_naming(foxconn, topics).slug == "hh"  # by its other name
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


# --- what the home page, the timeline page and article pages pick ------------------------------

def test_latest_is_never_a_forecast_nor_dated_after_the_newest_source() -> None:
    happened = Event("2025-05-13", None, "plants to close", key=True)
    older_key = Event("2025-03", None, "talks begin", key=True)
    events = [older_key, happened, Event("2025-06-01", None, "minor", key=False),
              Event("2025-06-05", None, "Foxconn will decide", expected=True, key=True),
              Event("2026", None, "production starts", key=True)]
    b = Briefing(TopicSpec("t", "T"), "2025-06-03", events, [], [])
    assert latest_event(b) is happened  # the newest key entry that happened by the newest source
    b.events = [e for e in events if not e.key or e.expected]
    assert latest_event(b).text == "minor"  # no key entry left: the newest that happened
    b.events = [Event("2025-07", None, "will start", expected=True)]
    assert latest_event(b) is None


def test_excerpt_is_short_and_ends_at_a_sentence_when_it_can() -> None:
    html = "<p>" + "Nissan weighs a deal. " * 5 + "</p><p>" + "word " * 200 + "</p>"
    short = excerpt(html, words=40)
    assert short.endswith("deal. …") and len(short.split()) <= 41
    assert excerpt("<h2>Title</h2><p>One line.</p>") == "Title One line."
    assert excerpt("<p>" + "word " * 100 + "</p>", words=10) == " ".join(["word"] * 10) + "…"


def test_entries_are_numbered_on_the_complete_timeline() -> None:
    events = [Event("2024", None, "a", ["u1"]), Event("2024-05", None, "b", ["u2", "u1"], key=True),
              Event("2025-01-02", None, "c", ["u2"], key=True)]
    assert key_numbers(events) == [2, 3]
    assert [(year, [n for n, _ in entries]) for year, entries in numbered_by_year(events)] == [("2024", [1, 2]), ("2025", [3])]
    cited = entries_by_source(events)
    assert [n for n, _ in cited["u1"]] == [1, 2] and [n for n, _ in cited["u2"]] == [2, 3]


def test_a_pair_of_names_said_twice_to_be_one_company_is_one_entry() -> None:
    """Each statement joins the two names again: a pair already joined must not loop the union."""
    found = companies_in([
        "Hon Hai Precision Industry, better known as Foxconn, said Foxconn would build buses.",
        "Foxconn, officially Hon Hai Precision Industry, said Foxconn would build cars.",
        "Hon Hai Precision Industry, known as Foxconn, makes phones.",
    ])
    assert [c.name for c in found] == ["Foxconn"]


def test_a_listed_name_used_for_a_place_is_no_company() -> None:
    """Carrefour is a listed retailer and a town near Port-au-Prince."""
    found = companies_in([
        "Towns such as Leogane, Gressier and Carrefour suffered large scale destruction.",
        "We are hearing nothing about Carrefour.",
        "Carrefour suffered heavy damage, aid workers said.",
        "You can not get to Leogane without going through Carrefour.",
        "Her family was safe in Carrefour, she said.",
        "Rescuers worked in the Carrefour district on Friday.",
        "A field hospital opened in Carrefour on Monday.",
    ])
    assert [c.name for c in found] == []
