"""Each rule the benchmark's cross-validation switches off really reaches the cleaner: off, the
furniture it exists for stays; the default rules are what clean_page uses when given none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scraper.clean import clean_page
from scraper.clean.rules import DEFAULT_RULES
from test_clean_boilerplate import FORBIDDEN_WORDS, FURNITURE, URL, page
from test_clean_embeds import TWEET

# rule -> (page markup it exists for, words that only it removes)
CASES = {
    "drop_wording": (dict(extra_middle="<p>Advertisement</p>"), "Advertisement"),
    "drop_datelines": (FURNITURE["date line in the body"], FORBIDDEN_WORDS["date line in the body"][0]),
    "drop_title": (dict(extra_top="<h2>Carmaker turns plant into battery factory</h2>"), "Carmaker turns plant"),
    "embeds": (dict(extra_middle=TWEET), "digitalfoundry"),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_switching_a_rule_off_keeps_what_it_removes(rule):
    parts, words = CASES[rule]
    raw = page(**parts)
    assert words not in clean_page(raw, URL).text
    assert words in clean_page(raw, URL, rules=replace(DEFAULT_RULES, **{rule: False})).text


def test_a_moved_threshold_changes_the_result():
    """A 150-character credit line is furniture by its wording only while blocks that long are judged by wording."""
    credit = ("<p>The plant seen from the harbour at night, with the new battery hall lit up behind the old "
              "assembly line, in a picture taken by staff © Example News</p>")
    raw = page(extra_middle=credit)
    assert "battery hall" not in clean_page(raw, URL).text
    assert "battery hall" in clean_page(raw, URL, rules=replace(DEFAULT_RULES, max_boilerplate_chars=100)).text
