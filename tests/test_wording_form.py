"""Statement wording beyond trimming: wire datelines removed, and how well formed a statement is (form_score)."""

from __future__ import annotations

import pytest

from briefing.wording import FORM_PENALTIES, form_flaws, form_score, statement


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("LONDON (Reuters) - Nissan said on Tuesday it would cut jobs.", "Nissan said on Tuesday it would cut jobs."),
        ("PORT-AU-PRINCE, Haiti (AP) — Rescuers pulled a girl from the rubble.", "Rescuers pulled a girl from the rubble."),
        ("(CNN) -- The trial of Dr Conrad Murray began.", "The trial of Dr Conrad Murray began."),
        ("WASHINGTON — The Senate voted on the bill.", "The Senate voted on the bill."),
        ("NATO troops arrived - and left the base.", "NATO troops arrived - and left the base."),  # no dateline
        ("UN aid reached Haiti – slowly.", "UN aid reached Haiti – slowly."),
        ("UN – aid reached Haiti on Friday.", "UN – aid reached Haiti on Friday."),  # a city has three letters or more
    ],
)
def test_wire_datelines_are_removed(sentence: str, expected: str) -> None:
    assert statement(sentence) == expected


def test_a_complete_self_contained_sentence_scores_one() -> None:
    assert form_score("Nissan signed a memorandum of understanding with Foxconn in May 2025.") == 1.0
    assert form_score("“We will rebuild,” Haitian President René Préval said on Saturday in Port-au-Prince.") == 1.0


@pytest.mark.parametrize(
    ("text", "flaw"),
    [
        ("That was nearly two years ago and the case has rarely been out of the headlines.", "pronoun subject"),
        ("It was first used widely in the late 1980s by doctors.", "pronoun subject"),
        ("Where is God in Haiti after the earthquake of 2010?", "question"),
        ("The UN launched an appeal for $562m to help the victims of the quake", "no final stop"),
        ("the UN launched an appeal for $562m to help the victims of the quake.", "no capital start"),
        ("Senator Barack Obama of Illinois and his wife Michelle Obama, in Chicago.", "no finite verb"),
        ("UK Disasters Emergency Committee launches Haiti appeal The UK's Disasters Emergency Committee has "
         "launched an appeal for Haiti.", "glued headline or caption"),
        ("The UN launched an appeal for $562m (£346m to help the victims of the quake.", "unbalanced quotes or brackets"),
        ("The minister said “the toll will rise to 100,000 people.", "unbalanced quotes or brackets"),
        ("Last night we could smell the smoke from the camps near the airport.", "first person"),
        ("Nissan cut jobs.", "too short"),
        (" ".join(["The UN said"] + ["aid"] * 50) + ".", "too long"),
    ],
)
def test_each_flaw_lowers_the_score(text: str, flaw: str) -> None:
    flaws = form_flaws(text)
    assert flaw in flaws and 0 < flaws[flaw] <= FORM_PENALTIES[flaw]
    assert form_score(text) == pytest.approx(1.0 - sum(flaws.values()), abs=0.001)
    assert form_score(text) < 1.0


def test_the_better_formed_version_of_the_same_fact_scores_higher() -> None:
    clean = "The UK's Disasters Emergency Committee has launched an appeal for the victims of the Haiti earthquake."
    glued = "UK charity committee launches Haiti appeal " + clean
    fragment = "UK charity committee launches Haiti appeal"
    pronoun = "It has launched an appeal for the victims of the Haiti earthquake."
    assert form_score(clean) > form_score(pronoun) > form_score(fragment)
    assert form_score(clean) > form_score(glued)
    assert 0.0 <= min(map(form_score, ["", "?", "I think so?", "by the"])) and form_score("") == 0.7


def test_shortness_costs_less_near_eight_words() -> None:
    assert form_score("Acme and Volta signed a supply deal today.") == 1.0  # eight words
    assert form_score("Acme signed a supply deal today.") > form_score("Acme signed.")
