"""The reader helpers behind the briefing page: the to-scale axis, what changed, companies, dates."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefing.model import Briefing, Event, SourceDoc, TopicSpec
from briefing.reader.axis import label_width, time_axis
from briefing.reader.changes import recent_changes
from briefing.reader.entities import Company, companies_in, topic_naming
from briefing.reader.filters import partial_date, span_parts
from briefing.reader.listed import listed_names


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
