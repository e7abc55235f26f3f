"""Every key figure says what the number measures, and of whom; a number nothing labels is no figure."""

from __future__ import annotations

from datetime import datetime

from briefing.dating import date_sentences
from briefing.figures import find_figures, has_measure, merge_figures
from briefing.model import SourceDoc
from briefing.quantities import quantities


def figures(*texts: str) -> dict[str, tuple[str, str]]:
    """value -> (unit, subject) of the figures the texts state, one article each."""
    found = []
    for i, text in enumerate(texts):
        doc = SourceDoc(url=f"https://s{i}.example/", title="t", publisher=f"Publisher {i}",
                        published=datetime(2010, 1, 20 + i, 8), text=text)
        found += find_figures(doc, date_sentences(doc.text, doc.published.date()))
    return {f.value: (f.unit, f.subject) for f in merge_figures(found)}


def test_head_counts_say_what_happened_to_the_people() -> None:
    assert figures(
        "The quake killed 150,000 people in Haiti and left 1.5 million people homeless.",
        "The Red Cross says up to three million people in Haiti have been affected.",
        "The death toll in Haiti has risen to 212,000, officials said.",
        "Between 100 and 150 people are still missing at the UN mission.",
        "We have arrested about 50 people, the police chief said.",
    ) == {
        "150,000": ("people", "Haiti quake death toll"),
        "1.5 million": ("people", "Haiti people left homeless"),
        "up to three million": ("people", "Haiti people affected"),  # the Red Cross reports it: not its own
        "212,000": ("deaths", "Haiti death toll"),
        "150": ("people", "people missing"),
        "50": ("people", "arrests"),
    }


def test_named_groups_keep_their_name_and_staff_count_as_a_workforce() -> None:
    assert figures(
        "There are more than 1,700 aid workers in the country.",
        "The army is sending 3,500 troops to the island.",
        "The Oppama plant employs 2,400 people.",
        "Officials said 400,000 earthquake survivors would be moved to tents.",
    ) == {
        "more than 1,700": ("workers", "aid workers"),
        "3,500": ("troops", "troops deployed"),
        "2,400": ("employees", "Oppama plant workforce"),
        "400,000": ("survivors", "earthquake survivors"),
    }


def test_money_says_what_it_pays_for() -> None:
    found = figures(
        "The UN launched an appeal for $562m to help the victims.",
        "Singer Madonna has donated $250,000 to the relief effort.",
        "Jackson hired Dr Murray on a salary of $150,000 a month.",
        "The World Bank will provide an extra $100m in emergency aid.",
        "Since his death Sony has sold 31 million copies of his albums.",
    )
    assert found == {
        "$562m": ("$", "UN appeal"),
        "$250,000": ("$", "Madonna donation"),
        "$150,000": ("$", "Dr Murray monthly salary"),
        "$100m": ("$", "World Bank funding"),
        "31 million": ("copies", "Sony sales"),
    }


def test_numbers_nothing_labels_are_no_figures() -> None:
    assert figures(
        "The figure was $10.",  # "figure" says nothing a number could not
        "Thousands of people died.",  # a size, not a figure
        "Three soldiers were killed on patrol.",  # an anecdote many incidents share
        "In the poll, 54% thought the war was wrong.",  # who thought what: more than a label
        "Fans bought the Jackson Five albums in shops.",  # a number word inside a name
        "It rained on 10 people.",  # people the sentence says nothing of
    ) == {}
    assert [has_measure(x) for x in ("", "amount", "astonishing sum", "share", "share of Nissan", "death toll")] == [
        False, False, False, False, True, True]


def test_an_unlabelled_report_backs_the_labelled_figure_of_the_same_amount() -> None:
    assert figures("As many as 200,000 people died in the earthquake.", "Some 200,000 people, officials say.") == {
        "As many as 200,000": ("people", "earthquake death toll")}


def test_a_head_count_is_never_counted_through_a_function_word() -> None:
    assert quantities("One of the workers said two of the people left.") == []
    assert [(q.value, q.unit, q.display_unit) for q in quantities("The toll rose to 75,000; 562m euros came in.")] == [
        ("75,000", "people", "deaths"), ("562m", "EUR", "euros")]


def test_other_stories_figures_say_what_they_measure() -> None:
    assert figures(
        "The leaking well was spewing up to 60,000 barrels of oil a day into the Gulf.",
        "The WHO said there were 1,490 confirmed cases of swine flu in 26 countries.",
        "Unemployment in the eurozone hit 10.2%.",
        "The Bank of England cut interest rates to 0.5%.",
        "Nissan's operating profit fell 20% to 320 billion yen.",
        "Shares in Lehman Brothers, which had $613bn of debt, collapsed.",
        "Saleh's forces killed at least 52 protesters in Sanaa.",
    ) == {
        "up to 60,000": ("barrels a day", "oil leak"),
        "1,490": ("cases", "confirmed cases of swine flu"),
        "10.2%": ("%", "unemployment"),
        "0.5%": ("%", "Bank of England interest rates"),
        "20%": ("%", "Nissan operating profit decline"),
        "320 billion": ("yen", "operating profit"),  # "Nissan" only opens a sentence here: not known as a name
        "$613bn": ("$", "Lehman Brothers debt"),
        "at least 52": ("protesters", "Sanaa protesters killed"),  # the killer's possessive owns no dead
    }
