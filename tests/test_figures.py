"""Key figures: numbers with unit, subject and date, merged across sources, disagreements shown."""

from __future__ import annotations

from datetime import datetime

from briefing.dating import date_sentences
from briefing.figures import find_figures, merge_figures
from briefing.model import SourceDoc
from briefing.quantities import quantities

from test_timeline import BOTH, ELECTRIVE, seed_docs


def figures(*texts: str, fiscal_year_start: int = 1) -> list:
    found = []
    for i, text in enumerate(texts):
        doc = SourceDoc(url=f"https://s{i}.example/", title="t", publisher=f"Publisher {i}",
                        published=datetime(2025, 6, 3 + i, 8), text=text)
        found += find_figures(doc, date_sentences(doc.text, doc.published.date(), fiscal_year_start))
    return merge_figures(found)


def seed_figures() -> dict:
    found = []
    for doc in seed_docs():
        found += find_figures(doc, date_sentences(doc.text, doc.published.date(), 4))
    return {f.value: f for f in merge_figures(found)}


def test_seed_workforce_is_one_figure_citing_both_dated_by_the_electrive_sentence() -> None:
    staff = seed_figures()["3,900"]
    assert (staff.unit, staff.subject, staff.as_of, staff.sources) == ("employees", "Oppama facility workforce", "2024-10", BOTH)
    assert staff.text.endswith("which employed around 3,900 people as of October.")


def test_seed_percentages_keep_their_meaning() -> None:
    seed = seed_figures()
    assert (seed["40%"].unit, seed["40%"].subject, seed["40%"].as_of) == ("%", "Oppama capacity utilisation", "2024")
    assert (seed["80%"].subject, seed["80%"].as_of) == ("Oppama break-even point", None)
    assert seed["15%"].subject == "Nissan workforce cut"


def test_seed_capacity_plants_and_money() -> None:
    seed = seed_figures()
    assert (seed["240,000"].unit, seed["240,000"].subject) == ("units a year", "Oppama facility annual production capacity")
    plants = seed["17 to 10"]
    assert (plants.unit, plants.subject, plants.sources) == ("plants", "Nissan global final assembly factories", BOTH)
    assert "seven of 17" not in seed  # the same cut, told as "seven of its 17 production facilities"
    tariffs = seed["up to 450 billion"]
    assert (tariffs.unit, tariffs.sources) == ("yen (about €2.6 billion)", [ELECTRIVE])
    assert tariffs.subject == "Nissan operating profit cut, 2025-04 to 2026-03"


def test_different_amounts_for_the_same_subject_are_a_conflict() -> None:
    found = figures("The Oppama plant employs 3,900 workers.", "The Oppama plant employs 4,100 workers.")
    assert [(f.value, f.sources) for f in found] == [("3,900", ["https://s0.example/"]), ("4,100", ["https://s1.example/"])]
    for figure in found:
        assert figure.conflict == "Sources disagree: Publisher 0 reports 3,900 workers; Publisher 1 reports 4,100 workers."


def test_same_amount_in_other_words_is_one_figure() -> None:
    found = figures("The Oppama plant employs 3,900 workers.", "Oppama, a plant with around 3,900 employees, may close.")
    assert [(f.value, len(f.sources), f.conflict) for f in found] == [("3,900", 2, "")]


def test_no_conflict_without_a_common_subject_or_date() -> None:
    other_plant = figures("The Oppama plant employs 3,900 workers.", "The Tochigi plant employs 5,600 workers.")
    assert [f.conflict for f in other_plant] == ["", ""]
    other_year = figures("The Oppama plant employed 4,500 workers in 2020.", "The Oppama plant employed 3,900 workers in 2024.")
    assert [(f.value, f.as_of, f.conflict) for f in other_year] == [("4,500", "2020", ""), ("3,900", "2024", "")]
    one_source = figures("The Oppama plant employs 3,900 workers, down from the Oppama plant's 4,500 workers in 2020.")
    assert [f.conflict for f in one_source] == ["", ""]


def test_subjects_read_from_the_sentence() -> None:
    found = {f.value: f.subject for f in figures(
        "Nissan will cut 9,000 jobs worldwide. Revenue at Nissan rose by 12% to 3.2 trillion yen."
        " Nissan posted a net loss of 670.9 billion yen. Renault wants to sell 18.7% of Nissan."
    )}
    assert found == {
        "9,000": "Nissan job cuts",
        "12%": "Nissan revenue increase",
        "3.2 trillion": "Nissan revenue",
        "670.9 billion": "Nissan net loss",
        "18.7%": "share of Nissan",  # "Renault" only opens a sentence here: not known as a name
    }


def test_quantities_need_a_unit_and_skip_dates_and_tickers() -> None:
    text = "Foxconn (SS:601138) has made EVs since 2019 and sold 3.3 million cars, worth $1.5bn or €1.3 billion."
    found = quantities(text, [(text.index("2019"), text.index("2019") + 4)])
    assert [(q.value, q.unit, q.display_unit) for q in found] == [
        ("3.3 million", "units", "units"),
        ("$1.5bn", "USD", "$"),
        ("€1.3 billion", "EUR", "€"),
    ]


def test_quantity_forms_and_conversions() -> None:
    found = quantities("It will cut plants from 17 to 10, shut seven of its 17 sites and save up to 450 billion yen (about €2.6 billion).")
    assert [(q.value, q.amounts, q.form, q.display_unit) for q in found] == [
        ("17 to 10", (17.0, 10.0), "change", "plants"),
        ("seven of 17", (7.0, 17.0), "part", "plants"),
        ("up to 450 billion", (450e9,), "count", "yen (about €2.6 billion)"),
    ]
    assert [q.value for q in quantities("Output ran at just 40% of capacity, about 240,000 units a year.")] == ["40%", "240,000"]


def test_today_does_not_date_a_figure_and_unsaid_measures_join_the_same_amount() -> None:
    found = figures(
        "The restructuring leaves 17 of today's 24 factories.",
        "Mivezen's operating loss reached 300 billion yen.",
        "The loss, 300 billion yen in all, shocked investors.",
    )
    by_value = {f.value: f for f in found}
    assert by_value["24"].as_of is None
    loss = by_value["300 billion"]
    assert (loss.subject, len(loss.sources)) == ("Mivezen operating loss", 2)


def test_break_even_and_utilisation_percentages() -> None:
    found = {f.value: f.subject for f in figures(
        "Utilisation at Velsa fell to 28% this year; the plant breaks even at about 75%."
    )}
    assert found == {"28%": "Velsa capacity utilisation", "75%": "Velsa break-even point"}
    needs = figures("The Velsa plant ran at 28% of its capacity.", "The Velsa plant needs to run at 75% of capacity to make money.")
    assert [(f.subject, f.conflict) for f in needs] == [("Velsa plant capacity utilisation", ""), ("Velsa plant break-even point", "")]


def test_words_are_read_as_the_case_insensitive_patterns_read_them() -> None:
    # re.I matches "ſ" (long s) with "s" and Kelvin "K" with "k": the finder reads "ſix" as six
    found = quantities("It cut ſix sites and SEVENTY workers.")
    assert [(x.value, x.amounts, x.unit) for x in found] == [("ſix", (6.0,), "plants"), ("SEVENTY", (70.0,), "people")]
    found = quantities("It shed 7 workerſ, 5 facılities and 3 bıllion yen; annual capacıty of 2 mıllion unitſ.")
    assert [(x.value, x.amounts, x.unit, x.noun) for x in found] == [
        ("7", (7.0,), "people", "workers"),
        ("5", (5.0,), "plants", "facilities"),
        ("3 bıllion", (3e9,), "JPY", ""),
        ("2 mıllion", (2e6,), "units a year", "units"),
    ]
