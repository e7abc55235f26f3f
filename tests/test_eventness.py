"""Only events: what is no event at all (furniture, credits, questions, opinion ...) and what is a forecast."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.eventness import is_expected, sentence_flaw, statement_flaw

PUBLISHED = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Where is God in Haiti?", "question"),
        ("“Will the talks go on?”", "question"),
        ("UK Disasters Emergency Committee launches Haiti appeal", "fragment"),
        ("Page last updated at 11:24 GMT, Tuesday, 27 September 2011.", "furniture"),
        ("Share this page with friends.", "furniture"),
        ("Related: Nissan's restructuring plan explained.", "furniture"),
        ("Lines are open Mon-Fri 9am-5pm.", "furniture"),
        ("The helpline is open Monday to Friday from 9am to 5pm.", "furniture"),
        ("It airs at 10:40 and 23:40 every Saturday, and daily at 0910 local time.", "furniture"),
        ("Disease spreads in Haiti - 6 hrs ago Guardian.", "furniture"),
        ("At 10:19 24th Mar 2010, fizzylizzy21 wrote: This was front page news.", "furniture"),
        ("Photo: Jane Doe/AP Rescuers searched the rubble.", "credit"),
        ("Rescuers search the rubble (AP Photo/Ramon Espinosa).", "credit"),
        ("Survivors wait for aid. Getty Images.", "credit"),
        ("Court sketches courtesy Mona Edwards.", "credit"),
        ("By Jane Smith, BBC News, Port-au-Prince.", "byline"),
        ("Digital Foundry (@digitalfoundry) November 18, 2019.", "tweet"),
        ("Look at this pic.twitter.com/abc123 — Jane (@jane) May 2, 2025.", "tweet"),
        ("Sir, your leader on the merger was wrong.", "letter"),
    ],
)
def test_sentences_that_are_no_event(sentence: str, reason: str) -> None:
    assert sentence_flaw(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "By Wednesday, Dan Cooke was on a plane to Haiti.",
        "By the time she was rescued, she had spent a week in the rubble.",
        "Nissan agreed in May to build cars for Foxconn, the company said.",
        "Supplies arrived courtesy of the US Navy on Friday.",
        "The quake struck at 1653 local time on Tuesday.",
        "“We will rebuild,” the president said.",
        "Protesters gathered every Friday at the palace until March.",
    ],
)
def test_sentences_that_may_be_events(sentence: str) -> None:
    assert sentence_flaw(sentence) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Sen. Barack Obama (D-Ill.).", "fragment"),
        ("Jane Smith, Leeds.", "fragment"),
        ("Late on Saturday for a three-hour meeting.", "fragment"),
        ("I think 2021 and 2022 will begin to show the results of the restructuring.", "opinion"),
        ("In my view, the merger was the right call for both companies.", "opinion"),
        ("We believe the toll will rise, the minister said.", "opinion"),
        ("Last night we could smell the smoke from the camp.", "first person"),
        ("If you want to know what London was like in 1905, come to Washington.", "first person"),
        ("“The conditions yesterday were very hot and dusty in the camps.", "unattributed quote"),
        ("Confidence in the economy is vital to building confidence for today.", "generic"),
        ("It is important to remember the victims.", "generic"),
    ],
)
def test_statements_that_are_no_event(text: str, reason: str) -> None:
    assert statement_flaw(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "Nissan signed a memorandum of understanding with Foxconn in May.",
        "US troops arrived in Port-au-Prince on Saturday.",  # "US" is no first-person "us"
        "“We will be here today, tomorrow and for the time ahead,” Clinton told Haitians.",
        "“The conditions yesterday were very hot,” the nurse said.",
        "General Abrams called him “the best commander I ever saw” and he resigned in 1971.",
        "The quake killed tens of thousands and left many more homeless.",
        "Conditions in the camps are not good after the storms destroyed hundreds of tents.",
        "Troops arrive in Haiti.",  # a plural present verb the word test cannot see, saved by "arrive"
        "Acme and Volta Motors sign a battery supply deal.",  # a verb right after its named subject
    ],
)
def test_statements_that_may_be_events(text: str) -> None:
    assert statement_flaw(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "More than 2,000 US marines were expected to arrive in the region on Monday.",
        "Nissan will close its Oppama plant.",
        "Nissan plans to close its Oppama plant.",
        "Haiti is planning to house 400,000 survivors in tented villages, officials have announced.",
        "Scottish charities are to be given £250,000 in government money.",
        "UN Secretary General Ban Ki-moon is due to visit Haiti.",
        "The merger would create the world's third-largest carmaker.",
        "The death toll could reach 100,000.",
        "Troops would arrive within days, officials said.",
        "We'll rebuild the hospital.",
        "A verdict is expected as early as today.",
    ],
)
def test_forecasts_and_plans_are_expected(text: str) -> None:
    assert is_expected(text, "2025-06-03", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Nissan announced plans to close its Oppama plant.",
        "Officials said troops would arrive within days.",
        "Interpol announces it is to send a team of experts to Haiti.",  # a live report's present tense
        "Sales rose more than expected in May.",
        "Rescuers could not reach the village.",
        "The quake may have killed 50,000 people.",
        "Thousands of people are expected to have died in the earthquake.",
        "He would not comment on the talks.",
        "It was immediately obvious that the quake would be an appalling disaster.",
        "A neighbour asked us if we could help him get his son out.",
        "The landing lights were the only illumination that could be seen.",
        "The aim is to help the survivors.",
        "Local authorities are concerned in light of Nissan’s plans to cut its global output.",
        "The company shelved its plans to build a plant in 2024.",
        "The will of the people prevailed in the vote.",
        "Nissan signed a memorandum of understanding in May.",
    ],
)
def test_events_and_reports_of_plans_are_not_expected(text: str) -> None:
    assert not is_expected(text, "2025-05", PUBLISHED)


def test_a_date_after_publication_is_expected() -> None:
    assert is_expected("Nissan hands its Oppama plant to Foxconn.", "2026", PUBLISHED)
    assert is_expected("The summit opens in Paris.", "2025-06-04", PUBLISHED)
    assert not is_expected("The summit opened in Paris.", "2025", PUBLISHED)  # the current year has begun
