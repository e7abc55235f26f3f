"""The temporal tagger: each kind of expression, resolved against a document creation date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.timex import Timex, interval, ranges, tag

DCT = dt.date(2025, 6, 3)  # a Tuesday


def values(text: str, dct: dt.date = DCT, **kw: int) -> dict[str, tuple[str, str]]:
    """Tagged text -> (type, value)."""
    return {t.text: (t.type, t.value) for t in tag(text, dct, **kw)}


def only(text: str, dct: dt.date = DCT, **kw: int) -> Timex:
    found = tag(text, dct, **kw)
    assert len(found) == 1, found
    return found[0]


def test_offsets_point_into_the_text_and_are_sorted():
    text = "Sales fell last year and rose in May, the company said on Friday."
    found = tag(text, DCT)
    assert [t.text for t in found] == ["last year", "May", "Friday"]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)


@pytest.mark.parametrize("text, value", [
    ("The plant opened on March 5, 2024.", "2024-03-05"),
    ("The plant opened on 5 March 2024.", "2024-03-05"),
    ("The plant opened on 2024-03-05.", "2024-03-05"),
    ("The deal was signed in December 2024.", "2024-12"),
    ("Foxconn entered the EV business in 2019.", "2019"),
    ("Output peaked in the 1990s.", "199"),
])
def test_absolute_dates(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("Oppama operated at just 40% capacity last year.", "2024"),
    ("Sales fell last month.", "2025-05"),
    ("The talks started two weeks ago.", "2025-W21"),
    ("Production will start next spring.", "2026-SP"),
    ("The board met earlier this month.", "2025-06"),
    ("Exports rose this year.", "2025"),
    ("The company will report next week.", "2025-W24"),
    ("The factory closed three years ago.", "2022"),
    ("The plant was busy this summer.", "2025-SU"),
    ("The order came yesterday.", "2025-06-02"),
    ("Details follow tomorrow.", "2025-06-04"),
])
def test_relative_dates(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("The board said on Tuesday that it approved the plan.", "2025-06-03"),
    ("The board met on Friday.", "2025-05-30"),
    ("The board will meet on Thursday.", "2025-06-05"),
    ("Shares fell last Wednesday.", "2025-05-28"),
    ("The vote is due next Monday.", "2025-06-09"),
])
def test_weekdays_follow_tense(text, value):
    assert only(text).value == value


def test_bare_month_in_past_tense_is_the_latest_such_month():
    t = only("In May, Mitsubishi Motors signed a memorandum of understanding with Foxconn.")
    assert (t.text, t.value) == ("May", "2025-05")
    assert only("Foxconn wanted the shares, as reported in February.").value == "2025-02"
    text = "The facility employed around 3,900 people as of October."
    assert only(text).value == "2024-10"


def test_bare_month_in_future_tense_is_the_next_such_month():
    assert only("Nissan will decide in July.").value == "2025-07"
    assert only("The plant will close in March.").value == "2026-03"


def test_honda_sentence_carries_the_year_backwards_across_the_range():
    text = ("There were reports that the move triggered the round of merger negotiations with Honda "
            "in December – which failed in February 2025.")
    found = tag(text, DCT)
    assert [(t.text, t.value) for t in found] == [("December", "2024-12"), ("February 2025", "2025-02")]
    assert ranges(text, found) == [(found[0], found[1])]


@pytest.mark.parametrize("text", [
    "Production ran from December to February.",
    "Production ran Dec–Feb.",
    "Production ran between December and February.",
    "Production ran December through February.",
])
def test_ranges_carry_the_year(text):
    found = tag(text, DCT)
    assert [t.value for t in found] == ["2024-12", "2025-02"]
    assert ranges(text, found) == [(found[0], found[1])]


def test_range_with_explicit_start_year_carries_forward():
    found = tag("Output was cut from November 2024 to March.", DCT)
    assert [t.value for t in found] == ["2024-11", "2025-03"]


def test_dates_in_different_sentences_are_no_range():
    text = "Talks began in December. Nissan said in February that they had failed."
    assert ranges(text, tag(text, DCT)) == []


def test_weekday_and_month_are_no_range():
    text = "After a small revision Friday to December figures, payrolls rose."
    assert ranges(text, tag(text, DCT)) == []


@pytest.mark.parametrize("text, value", [
    ("Profit will rise in Q3.", "2025-Q3"),
    ("Profit rose in Q3.", "2024-Q3"),
    ("Profit rose in the third quarter of 2024.", "2024-Q3"),
    ("Sony's Q3 2024 profit jumped.", "2024-Q3"),
    ("Growth should resume in the second half of 2025.", "2025-H2"),
    ("The first quarter was weak.", "2025-Q1"),
    ("Third-quarter sales are expected to fall.", "2025-Q3"),
])
def test_quarters_and_halves(text, value):
    assert only(text).value == value


def test_fiscal_year_with_april_start():
    text = "Tariffs will cut operating profit by up to 450 billion yen this fiscal year."
    t = only(text, fiscal_year_start=4)
    assert (t.text, t.value) == ("this fiscal year", "FY2025-04")
    assert interval(t.value) == ("2025-04", "2026-03")
    assert only("Nissan expects a loss in fiscal 2025.", fiscal_year_start=4).value == "FY2025-04"
    assert only("Profit fell last fiscal year.", fiscal_year_start=4).value == "FY2024-04"


def test_fiscal_year_before_april_belongs_to_the_previous_fiscal_year():
    t = only("Sales fell this fiscal year.", dt.date(2025, 2, 10), fiscal_year_start=4)
    assert interval(t.value) == ("2024-04", "2025-03")


def test_fiscal_year_named_by_its_end_for_late_starts():
    t = only("The agency's budget for fiscal 2025 grew.", fiscal_year_start=10)
    assert interval(t.value) == ("2024-10", "2025-09")


def test_fiscal_year_with_calendar_start_is_the_calendar_year():
    assert only("Profit will fall this fiscal year.").value == "2025"


def test_fiscal_quarter_with_april_start():
    t = only("Profit will rise in the fiscal third quarter.", fiscal_year_start=4)
    assert interval(t.value) == ("2025-10", "2025-12")
    t = only("Profit rose in the fiscal third quarter.", fiscal_year_start=4)
    assert interval(t.value) == ("2024-10", "2024-12")


@pytest.mark.parametrize("text, span, value", [
    ("The plan takes three years.", "three years", "P3Y"),
    ("Talks lasted two weeks.", "two weeks", "P2W"),
    ("Sales fell over the past three years.", "the past three years", "P3Y"),
    ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("The strike lasted a year and a half.", "a year and a half", "P1Y6M"),
    ("Shares hit a five-year low.", "five-year", "P5Y"),
    ("The plant has been idle for several months.", "several months", "PXM"),
])
def test_durations(text, span, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, "DURATION", value)


@pytest.mark.parametrize("text, span, value", [
    ("The committee meets every week.", "every week", "P1W"),
    ("Output grows 5% annually.", "annually", "P1Y"),
    ("The festival is held each July.", "each July", "XXXX-07"),
    ("Prices are reset daily.", "daily", "P1D"),
])
def test_sets(text, span, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, "SET", value)


@pytest.mark.parametrize("text, span, value", [
    ("The talks resumed Tuesday morning.", "Tuesday morning", "2025-06-03TMO"),
    ("The market closed at 3 p.m.", "3 p.m.", "2025-06-03T15:00"),
    ("The vote ended at 10:35 a.m. EST Friday.", "10:35 a.m. EST Friday", "2025-05-30T10:35"),
])
def test_times(text, span, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, "TIME", value)


@pytest.mark.parametrize("text, span, value", [
    ("The plant now builds EVs.", "now", "PRESENT_REF"),
    ("Nissan is currently in talks.", "currently", "PRESENT_REF"),
    ("Foxconn recently signed an MoU.", "recently", "PAST_REF"),
    ("Such deals failed in the past.", "the past", "PAST_REF"),
    ("More plants may close in the future.", "the future", "FUTURE_REF"),
])
def test_references(text, span, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, "DATE", value)


@pytest.mark.parametrize("text", [
    "Oppama operated at just 40% capacity.",
    "The plant employs around 3,900 people.",
    "The tariffs will cut profit by 450 billion yen.",
    "The plant has an annual capacity of 240,000 units.",
    "Nissan will cut its plants from 17 to 10 plants.",
    "TSMC will invest $17 billion in 3nm chips.",
    "The company sold 2000 units in Japan.",
    "Boeing 2707 was never built.",
    "Nissan's plan targets 1900 dealers and the firm owns 2010 patents.",
])
def test_numbers_that_are_not_dates(text):
    assert [t for t in tag(text, DCT) if t.type == "DATE"] == []


def test_names_are_not_times():
    assert tag("He watched High Noon with Theresa May.", DCT) == []


def test_seed_article_sentence():
    text = ("Foxconn already expressed interest in a partnership with Nissan, as reported in February. "
            "And it already saw this opportunity last year and approached Nissan.")
    assert values(text) == {"February": ("DATE", "2025-02"), "last year": ("DATE", "2024")}


def test_anaphoric_quarter_and_year_ago():
    text = ("The company posted a third-quarter loss of $5 million. A year earlier, it earned $2 million. "
            "Revenue in the quarter fell 8%.")
    assert values(text, dt.date(1989, 10, 26)) == {
        "third-quarter": ("DATE", "1989-Q3"), "A year earlier": ("DATE", "1988-Q3"),
        "the quarter": ("DATE", "1989-Q3")}


def test_tag_accepts_a_datetime_and_rejects_bad_fiscal_start():
    assert only("Sales fell last year.", dt.datetime(2025, 6, 3, 12, 0)).value == "2024"
    with pytest.raises(ValueError):
        tag("x", DCT, fiscal_year_start=13)


@pytest.mark.parametrize("value, expected", [
    ("2024-12", ("2024-12", "2024-12")),
    ("2025-Q3", ("2025-07", "2025-09")),
    ("2025-H2", ("2025-07", "2025-12")),
    ("2025-W06", ("2025-02-03", "2025-02-09")),
    ("2025", ("2025", "2025")),
    ("2025-SU", ("2025-06", "2025-08")),
    ("2024-WI", ("2024-12", "2025-02")),
    ("2025-03-08", ("2025-03-08", "2025-03-08")),
    ("2025-03-08T15:00", ("2025-03-08", "2025-03-08")),
    ("2025-W06-WE", ("2025-02-08", "2025-02-09")),
    ("199", ("1990", "1999")),
    ("FY2025-04", ("2025-04", "2026-03")),
    ("FY2025-10", ("2024-10", "2025-09")),
    ("FY2025-04-Q3", ("2025-10", "2025-12")),
    ("FY2025-04-H2", ("2025-10", "2026-03")),
    ("PRESENT_REF", None),
    ("PAST_REF", None),
    ("XXXX-12", None),
    ("P2W", None),
])
def test_interval(value, expected):
    assert interval(value) == expected


def test_last_and_next_with_a_day():
    assert only("He was shot last Oct. 23 at home.", dt.date(1999, 4, 19)).value == "1998-10-23"
    assert only("The law took effect last Feb. 29.").value == "2024-02-29"
    assert only("It ends next June 5.").value == "2025-06-05"


def test_anaphoric_days_and_year_ago_periods():
    text = "The plant closed on March 3, 2024. The union protested that same day and again the next morning."
    assert values(text) == {"March 3, 2024": ("DATE", "2024-03-03"), "that same day": ("DATE", "2024-03-03"),
                            "the next morning": ("TIME", "2024-03-04TMO")}
    text = "For the nine months, net income rose to $5 million from $4 million a year earlier."
    assert values(text, dt.date(1989, 10, 26))["a year earlier"] == ("DATE", "1988")


def test_rates_are_not_durations():
    assert tag("Qantas flies four flights a week and earns $2 million a year.", DCT) == []


def test_year_ranges_and_split_fiscal_years():
    found = tag("Output grew in 2019-2023.", DCT)
    assert [t.value for t in found] == ["2019", "2023"] and ranges("Output grew in 2019-2023.", found)
    t = only("The plan covers fiscal 2024/25.", fiscal_year_start=4)
    assert (t.text, interval(t.value)) == ("fiscal 2024/25", ("2024-04", "2025-03"))
    assert tag("It sold 2000-2500 units.", DCT) == []


def test_month_span_quarters_and_reported_months():
    assert only("Nissan expects a loss for the April-June quarter.").value == "2025-Q2"
    found = tag("Honda and Nissan said in December they would merge by August 2026.", DCT)
    assert [t.value for t in found] == ["2024-12", "2026-08"]


def test_bare_month_takes_the_explicit_year_of_its_clause():
    text = "In March 2019 the company opened a plant, and in June it hired 500 workers."
    assert [t.value for t in tag(text, DCT)] == ["2019-03", "2019-06"]
    text = "In March 2019 the company opened a plant. In June it hired 500 workers."
    assert [t.value for t in tag(text, DCT)] == ["2019-03", "2025-06"]


def test_two_days_of_one_month():
    found = tag("The summit will be held on April 24 and 25.", dt.date(1999, 2, 10))
    assert [(t.text, t.value) for t in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]


def test_every_pattern_has_trigger_words():
    from briefing.timex.patterns import RULES
    from briefing.timex.triggers import windows

    # One sentence holding a trigger of each rule: every rule must get a window somewhere.
    text = ("In May 2025-06-03 06/03/2025 Dec–Feb 2019-2023 FY25 nineteen ninety-six the 1990s the 20th "
            "century the third quarter Q3 this year the quarter year-ago the end of the month last spring "
            "yesterday Friday two weeks ago three years days every week 3 p.m. this morning that same day "
            "now Christmas the first two quarters of 1990 a full-year forecast")
    assert set(RULES) <= set(windows(text))


@pytest.mark.parametrize("text, span, value, months", [
    ("Profit rose 5% for the fiscal year to March 2020.", "the fiscal year to March 2020", "FY2019-04",
     ("2019-04", "2020-03")),
    ("For the fiscal year ending March 2026, Nissan expects a loss.", "the fiscal year ending March 2026",
     "FY2025-04", ("2025-04", "2026-03")),
    ("Sales fell in the financial year to September 2024.", "the financial year to September 2024", "FY2024-10",
     ("2023-10", "2024-09")),
    ("Profit rose in the year to end-March 2021.", "the year to end-March 2021", "FY2020-04", ("2020-04", "2021-03")),
    ("The year to December 2019 was good.", "The year to December 2019", "2019", ("2019", "2019")),
    ("Results for fiscal year ending in March 2026 were strong.", "fiscal year ending in March 2026", "FY2025-04",
     ("2025-04", "2026-03")),
])
def test_fiscal_year_named_by_its_last_month(text, span, value, months):
    t = only(text)
    assert (t.text, t.type, t.value, interval(t.value)) == (span, "DATE", value, months)


def test_fiscal_year_to_a_month_without_year_follows_the_tense():
    assert interval(only("Profit rose in the year to March.").value) == ("2024-04", "2025-03")
    assert interval(only("Profit will rise in the year to March.").value) == ("2025-04", "2026-03")
    assert interval(only("Nissan expects a loss for the year to March.").value) == ("2025-04", "2026-03")


def test_year_ended_on_a_day_stays_a_duration_with_its_end_date():
    # TimeML anchors "the year" to its end date; a day-precise end may not be a month end (52-week years).
    assert values("Net income for the year ended July 2 rose.") == {
        "the year": ("DURATION", "P1Y"), "July 2": ("DATE", "2025-07-02")}


@pytest.mark.parametrize("text", [
    "Nissan, according to a statement on May 15, will convert the plant.",
    "According to a statement on May 15, Foxconn will convert the plant.",
    "Foxconn will convert the plant, according to a report in the Nikkei on May 15.",
    "Foxconn will convert the plant, the company said in a statement to the exchange on May 15.",
    "In an interview on May 15, the chief executive said Foxconn will convert the plant.",
    "Foxconn will convert the plant, it announced on May 15.",
])
def test_a_date_of_an_attribution_lies_in_the_past_whatever_the_reported_tense(text):
    assert only(text, dt.date(2025, 9, 10)).value == "2025-05-15"


def test_a_future_date_outside_an_attribution_stays_ahead():
    assert only("Foxconn will publish its report on May 15.", dt.date(2025, 9, 10)).value == "2026-05-15"


@pytest.mark.parametrize("text", [
    "Dividend payments of C$17.9 million annually will end.",
    "The plant would produce about 10,000 units annually.",
    "The chip runs 15 million instructions per second.",
    "Guards stand outside the clinic 24 hours a day.",
])
def test_rates_are_not_sets_or_durations(text):
    assert tag(text, DCT) == []


def test_a_frequency_without_an_amount_is_a_set():
    assert values("The rally is held annually and the paper is printed daily.") == {
        "annually": ("SET", "P1Y"), "daily": ("SET", "P1D")}


def test_past_tense_month_just_ahead_is_next_month_not_eleven_months_ago():
    text = "Saudi Arabia warned oil companies of a cutback in its supply in September."
    assert only(text, dt.date(1990, 8, 16)).value == "1990-09"
    assert only("The plant closed in October.", dt.date(1990, 8, 16)).value == "1989-10"
    text = "In November, Nissan announced job cuts; in February it scrapped merger talks with Honda."
    assert [t.value for t in tag(text, dt.date(2025, 1, 20))] == ["2024-11", "2024-02"]


@pytest.mark.parametrize("text, span, kind, value", [
    ("Islam will one day be the second largest religion.", "one day", "DATE", "FUTURE_REF"),
    ("The action followed by one day an announcement.", "one day", "DURATION", "P1D"),
    ("Sales slowed in the last half of the '80s.", "the last half of the '80s", "DATE", "198"),
    ("The index change is measured since year-end.", "year-end", "DATE", "2024-12-31"),
    ("The unit had sales of $6 billion in the latest fiscal year.", "the latest fiscal year", "DATE", "2024"),
])
def test_someday_decade_halves_year_ends_and_latest_fiscal_years(text, span, kind, value):
    t = only(text)
    assert (t.text, t.type, t.value) == (span, kind, value)


@pytest.mark.parametrize("text", [
    'Baker said on ABC-TV\'s "This Week With David Brinkley" that the war went well.',
    "If I were choosing the people of tomorrow, I would choose them.",
    "For the people of Poland, high noon comes soon enough.",
])
def test_titles_and_idioms_are_not_dates(text):
    assert [t for t in tag(text, DCT) if t.type in ("DATE", "TIME") and t.value[:1].isdigit()] == []


def test_a_scheduled_weekday_lies_ahead():
    thursday = dt.date(1989, 11, 2)
    assert only("The acquisition is scheduled to close Monday.", thursday).value == "1989-11-06"
    assert only("The shares are to resume trading in Paris Tuesday.", dt.date(1989, 10, 27)).value == "1989-10-31"
    assert only("The offer had been scheduled to expire Monday.", thursday).value == "1989-10-30"
    assert only("Officials postponed until Tuesday any action on the case.", dt.date(2000, 3, 30)).value == "2000-04-04"


def test_same_period_after_a_half_year_is_that_half_a_year_before():
    text = "Sales in the first half of 2025 fell 8 percent compared with the same period a year ago."
    assert values(text, dt.date(2025, 9, 10))["the same period a year ago"] == ("DATE", "2024-H1")
    assert values("First-half profit rose 5% from a year earlier.", dt.date(2025, 9, 10))["a year earlier"] == (
        "DATE", "2024-H1")


def test_as_of_a_month_just_ahead_is_still_the_past():
    assert only("The factory employed 3,900 people as of October.", dt.date(2025, 9, 10)).value == "2024-10"


@pytest.mark.parametrize("text, fiscal_start, value, months", [
    ("Nissan expects to return to profit in the 2026 fiscal year.", 4, "FY2026-04", ("2026-04", "2027-03")),
    ("Nissan warned of a loss in the April-September half.", 4, "FY2025-04-H1", ("2025-04", "2025-09")),
    ("Sales in the October-March half fell.", 4, "FY2024-04-H2", ("2024-10", "2025-03")),
    ("Profit fell in the July-December half.", 1, "2024-H2", ("2024-07", "2024-12")),
    ("The stock has risen 12% in the year to date.", 1, "2025", ("2025", "2025")),
])
def test_fiscal_years_named_by_number_month_span_halves_and_year_to_date(text, fiscal_start, value, months):
    t = only(text, fiscal_year_start=fiscal_start)
    assert (t.type, t.value, interval(t.value)) == ("DATE", value, months)


def test_frequencies_are_sets():
    assert values("The board meets twice a year and three times a week.") == {
        "twice a year": ("SET", "P1Y"), "three times a week": ("SET", "P1W")}


def test_next_to_is_a_place_not_a_future_cue():
    text = "Twelve people were wounded in the blasts next to the embassy in March."
    assert only(text, dt.date(1998, 8, 8)).value == "1998-03"


def test_the_quarter_follows_a_quarter_named_two_sentences_before():
    text = ("Delta's fiscal first quarter was weak. Delta's fiscal first quarter was weak. Delta's fiscal first "
            "quarter was weak. America West reported third-quarter profit of $5.8 million. The latest results "
            "include a one-time payment. Year-earlier results included an extraordinary gain.")
    found = values(text, dt.date(1989, 10, 26))
    assert found["Year-earlier"] == ("DATE", "1988-Q3")


def test_two_quarters_of_a_year_are_its_half():
    text = "Demand stays weak through the first two quarters of 1990 and the last two quarters of next year."
    assert [t.value for t in tag(text, dt.date(1989, 10, 26))] == ["1990-H1", "1990-H2"]
    assert only("Sales fell over the past two quarters.").value == "P2Q"


def test_a_hundred_years_is_a_duration():
    t = only("The crown has been in their hands for almost a hundred years.")
    assert (t.text, t.type, t.value) == ("almost a hundred years", "DURATION", "P100Y")


def test_plain_past_verbs_nouns_and_coordinated_future_clauses():
    monday = dt.date(2025, 1, 20)
    text = "The company cut its forecast on Thursday and will hold a briefing next Tuesday."
    assert [t.value for t in tag(text, monday)] == ["2025-01-16", "2025-01-21"]
    assert only("Nissan cut its output in March.", monday).value == "2024-03"
    assert only("Nissan will cut its output in March.", monday).value == "2025-03"
    assert only("Nissan forecasts a loss in March.", monday).value == "2025-03"
    text = "Protesters planned a demonstration on Saturday and were planning to drive to the airport."
    assert only(text, dt.date(2000, 1, 7)).value == "2000-01-08"


def test_years_before_plural_nouns_that_they_date():
    text = "In 2008 banks failed; the 1992 protests and post-1959 politics; 2024 elections."
    assert [t.value for t in tag(text, DCT)] == ["2008", "1992", "1959", "2024"]


@pytest.mark.parametrize("text, value", [
    ("Nissan did not give a full-year forecast.", "FY2025-04"),
    ("Toyota cut its full-year profit forecast.", "FY2025-04"),
    ("Sony expects full-year sales to rise.", "FY2025-04"),
    ("Nissan reported a full-year net loss of 670 billion yen.", "FY2024-04"),
])
def test_full_year_is_the_fiscal_year_reported_or_forecast(text, value):
    t = only(text, dt.date(2025, 5, 14), fiscal_year_start=4)
    assert (t.text, t.type, t.value) == ("full-year", "DATE", value)
