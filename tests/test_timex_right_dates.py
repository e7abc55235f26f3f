"""Right dates (issue 13, point 3): clock times are never years, live-page stamps date nothing, and
a relative expression anchored in the story counts from the date the paragraph established, or
keeps no date; it never counts from the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dating import date_sentences
from briefing.timex import live_stamps, tag

DCT = dt.date(2025, 6, 3)  # a Tuesday


def values(text: str, dct: dt.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


def years(text: str, dct: dt.date = DCT) -> list[str]:
    """Values of the DATE expressions that name a calendar year or part of one."""
    return [t.value for t in tag(text, dct) if t.type == "DATE" and t.value[:1].isdigit()]


def anchors(text: str, published: dt.date = DCT) -> list[tuple[str, str]]:
    return [(a.first, a.last) for s in date_sentences(text, published) for a in s.anchors]


# --- clock times are never years -------------------------------------------------------------

@pytest.mark.parametrize("text, clock, value", [
    ("The ferry left the harbour at 1945 GMT with 300 passengers.", "1945 GMT", "2025-06-03T19:45"),
    ("Voting closes at 2010 UTC in the capital.", "2010 UTC", "2025-06-03T20:10"),
    ("Trading resumed at 0930 EDT after the outage.", "0930 EDT", "2025-06-03T09:30"),
])
def test_a_four_digit_time_with_a_zone_is_a_clock_time(text, clock, value):
    assert values(text)[clock] == ("TIME", value)
    assert years(text) == []


def test_local_time_and_its_bracketed_conversion_are_one_clock_time_on_the_day_named():
    text = "The dam gave way at 1612 local time (2112 GMT) on Sunday, officials said."
    found = values(text)
    assert found["1612 local time (2112 GMT)"] == ("TIME", "2025-06-01T16:12")
    assert years(text) == ["2025-06-01"]  # only Sunday
    assert values("Polls close at 2000 GMT (1500 EST).")["2000 GMT (1500 EST)"] == ("TIME", "2025-06-03T20:00")


@pytest.mark.parametrize("text", [
    "The bridge will be closed from 0830 BST to 1730 BST on Saturday.",
    "Counters are staffed between 1000 and 1600 GMT every weekday.",
    "The vote was suspended at 1645 (2045 GMT) as protesters gathered.",
    "Rescuers reached the village around 1800 yesterday.",
    "The second aftershock struck at 1653.",
    "Talks are due to resume by 1500 on Thursday.",
])
def test_numbers_in_clock_position_are_never_years(text):
    assert not any(value[:4] in text for value in years(text))


@pytest.mark.parametrize("text, year", [
    ("The railway opened in 1945 and closed in 1999.", "1945"),
    ("Wages are still below their value at 1990 prices.", "1990"),
    ("The mill was founded in 1853 by two brothers.", "1853"),
])
def test_years_in_ordinary_prose_stay_years(text, year):
    assert year in years(text)


@pytest.mark.parametrize("text", [
    "Protesters marched past 1600 Pennsylvania Avenue on their way to the Mall.",
    "The code of Hammurabi dates from 1754 BC.",
    "The king reigned from 1792 to 1750 BC.",
    "Turnout reached 1800 voters in the smallest ward.",
    "The council adopted resolution 1967 after a long debate.",
    "Passengers for the night ferry board at Gate 1904.",
    "Letters should be sent to PO Box 1955 in the capital.",
])
def test_house_numbers_years_before_christ_and_counts_are_no_years(text):
    assert years(text) == []


def test_a_name_with_today_in_it_is_no_day():
    assert years("She was a guest on the Today programme.") == []


# --- live-page stamps ---------------------------------------------------------------------------

LIVE_PAGE = "\n\n".join([
    "2142 Firefighters say the blaze on the east side of the port is now under control.",
    "1738 The harbour master tells local radio that two tankers were moved away from the quay.",
    "1715: Residents describe a loud bang followed by thick black smoke over the docks.",
    "1650 The port authority confirms a fire in a warehouse storing fertiliser.",
    "1642 The minister will speak at 1800 GMT (1300 EST), her office says.",
])


def test_the_stamps_of_a_live_page_date_nothing():
    assert anchors(LIVE_PAGE) == [("2025-06-03", "2025-06-03")]  # only "at 1800 GMT (1300 EST)"
    stamps = live_stamps(LIVE_PAGE.split("\n\n"), DCT.year)
    assert stamps == [[(0, 4)], [(0, 4)], [(0, 5)], [(0, 4)], [(0, 4)]]


def test_no_sentence_shows_a_stamp_and_each_stamp_opens_an_update():
    page = LIVE_PAGE + "\n\nThe port as seen from the air 1620 Emergency services are called to the docks."
    texts = [s.text for s in date_sentences(page, DCT)]
    assert texts[2] == "Residents describe a loud bang followed by thick black smoke over the docks."
    assert texts[4] == "The minister will speak at 1800 GMT (1300 EST), her office says."
    assert texts[-2:] == ["The port as seen from the air", "Emergency services are called to the docks."]


def test_a_chronology_of_plausible_years_keeps_its_dates():
    chronology = "\n\n".join([
        "1919 Women vote in a national election for the first time.",
        "1945 The republic is proclaimed after the war.",
        "2004 The country joins the European Union.",
    ])
    assert [first for first, _ in anchors(chronology)] == ["1919", "1945", "2004"]


def test_one_number_before_a_name_is_no_live_page():
    assert live_stamps(["1850 Miners built the first chapel in the valley."], DCT.year) == [[]]


# --- relative expressions anchored in the story -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two days later, the lender called in its loans.",
    "20 years later, the valley is green again.",
    "A week earlier, the board had met in secret.",
    "The following week, the minister resigned.",
    "The following month, prices doubled.",
    "The following year, the plant closed.",
    "The following Monday, the strike ended.",
    "The next day, the river burst its banks.",
    "That evening, the mayor addressed the crowd.",
    "In May that year, the plant closed.",
    "By the summer of the following year, the river was clean.",
    "By the end of that year, the mill had closed.",
    "That weekend, thousands marched.",
])
def test_without_an_established_date_an_anchored_expression_keeps_no_date(text):
    assert years(text) == []
    assert anchors(text) == []


@pytest.mark.parametrize("text, expression, value", [
    ("On 4 March 2019 the bank failed. Two days later, its rival called in its loans.",
     "Two days later", "2019-03-06"),
    ("The dam was completed in 1995. 20 years later, the valley is green again.", "20 years later", "2015"),
    ("The ceasefire began on 14 August 2006. A week earlier, the talks had stalled.", "A week earlier", "2006-W32"),
    ("The union struck on Friday, 9 May 2025. The following week, the minister resigned.",
     "The following week", "2025-W20"),
    ("The reactor was shut in March 2011. The following month, prices doubled.", "The following month", "2011-04"),
    ("The plant opened in 1990. The following year, it closed.", "The following year", "1991"),
    ("The plant opened in 1990 and in May the following year it closed.", "May the following year", "1991-05"),
    ("The mill reopened in March 1990; by the end of that year it was full.", "the end of that year", "1990"),
    ("The strike began on Thursday, 3 April 2025. That weekend, thousands marched.", "That weekend", "2025-W14-WE"),
    ("Floods hit the town on 2 April 2024. The next day, the river burst its banks.", "The next day", "2024-04-03"),
    ("The strike began on 2 April 2024. The following Monday, it ended.", "The following Monday", "2024-04-08"),
    ("The port reopened on 2 April 2024; 48 hours later the first ship docked.", "48 hours later", "2024-04-04"),
])
def test_an_anchored_expression_counts_from_the_date_the_paragraph_established(text, expression, value):
    assert values(text)[expression][1] == value


def test_a_count_finer_than_the_established_date_keeps_no_date():
    found = values("The bank failed in March 2008. Two days later its rival followed.")
    assert found["Two days later"] == ("DURATION", "P2D")


def test_an_expression_in_apposition_names_the_same_time():
    found = values("Today, more than two decades later, the trial begins.")
    assert found["more than two decades later"] == ("DATE", "2025-06-03")


def test_the_scope_is_the_paragraph():
    text = "The bank failed on 4 March 2019.\n\nTwo days later, its rival called in its loans."
    assert anchors(text) == [("2019-03-04", "2019-03-04")]


def test_a_year_ago_comparison_still_means_the_year_before_the_document():
    assert values("Sales rose to $5 million from $4 million a year earlier.")["a year earlier"] == ("DATE", "2024")


def test_ago_still_counts_from_the_document_date():
    assert values("The mine closed two years ago.")["two years ago"] == ("DATE", "2023")


# --- plans and arrangements are not dated before the article reporting them ---------------------

FRIDAY = dt.date(2025, 6, 6)


def test_a_contracted_present_arrangement_looks_ahead():
    found = values("\"I've asked the other families and we're meeting on Saturday.", FRIDAY)
    assert found["Saturday"] == ("DATE", "2025-06-07")


def test_an_offer_to_do_something_in_a_month_looks_ahead():
    found = values("The minister welcomed the offer to host a donors' conference in March.", dt.date(2025, 1, 20))
    assert found["March"] == ("DATE", "2025-03")


def test_a_schedule_governs_the_date_it_names_whatever_the_attribution_after_it():
    text = "The former minister is scheduled to stand trial on October 19, his lawyer confirmed yesterday."
    assert values(text, dt.date(2025, 9, 5))["October 19"] == ("DATE", "2025-10-19")


def test_what_is_supposed_to_happen_lies_ahead():
    text = "The new charter is supposed to be put to a vote on October 15, after talks ended."
    assert values(text, dt.date(2025, 8, 24))["October 15"] == ("DATE", "2025-10-15")


def test_an_intent_dates_what_follows_it_not_what_precedes_it():
    dct = dt.date(2025, 4, 19)
    assert values("After the vote in January, she decided to return to the capital.", dct)["January"] == ("DATE", "2025-01")
    assert values("The parties agreed to hold fresh talks in January.", dct)["January"] == ("DATE", "2026-01")


def test_a_live_page_stamp_is_no_date_to_count_from():
    page = LIVE_PAGE + "\n\n1630 Dockers say the depot flooded twice that year."
    assert anchors(page) == anchors(LIVE_PAGE)


def test_a_clock_time_on_a_day_left_undated_has_no_day_either():
    assert anchors("The next day, shortly after noon, the guard found him.") == []
    assert anchors("Two days later, at 9 a.m., the doors opened.") == []
    found = values("The trial opened on 24 June 2024. The next day, shortly after noon, the judge adjourned.")
    assert found["shortly after noon"] == ("TIME", "2024-06-25T12:00")


def test_a_bare_clock_time_is_still_on_the_document_day():
    assert values("The polls closed at 10 p.m.")["10 p.m."] == ("TIME", "2025-06-03T22:00")


def test_a_bracketed_conversion_after_a_m_does_not_end_the_sentence():
    found = values("The bridge collapsed at about 10:35 a.m. (0735 GMT) Friday, officials said.", dt.date(2025, 6, 3))
    assert found["Friday"] == ("DATE", "2025-05-30")


def test_a_modal_perfect_looks_back():
    dct = dt.date(2025, 7, 31)
    assert values("She may have joined the group on a climbing trip in early June.", dct)["early June"] == ("DATE", "2025-06")
    assert values("The talks could have collapsed in June.", dct)["June"] == ("DATE", "2025-06")
    assert values("The talks could resume in June.", dct)["June"] == ("DATE", "2026-06")
