"""Editor control: topic-file metadata to TopicSpec, and pins, hides and rewords on the timeline."""

from __future__ import annotations

import pytest

from briefing.model import Event, EventOverride, TopicSpec
from briefing.overrides import apply_overrides
from briefing.timeline import build_briefing
from briefing.topics import TopicValueError, topic_spec

from test_timeline import ELECTRIVE, TOPIC, seed_docs


def spec(**metadata: object) -> TopicSpec:
    return topic_spec("nissan-foxconn", {"title": "Nissan and Foxconn", **metadata}, "<p>Summary</p>")


def test_topic_metadata_becomes_a_spec() -> None:
    topic = spec(
        match="Oppama, Foxconn ,",
        fiscal_year_start="4",
        pin=["2025-05-13 | Nissan announces plans to close seven plants", "2024-12 to 2025-02 | Merger talks with Honda"],
        hide="Foxconn did not respond",
        reword="Oppama operated at just 40% => Oppama ran at 40% of capacity in 2024",
    )
    assert (topic.slug, topic.title, topic.summary_html) == ("nissan-foxconn", "Nissan and Foxconn", "<p>Summary</p>")
    assert topic.match == ("Oppama", "Foxconn")
    assert topic.fiscal_year_start == 4
    assert topic.overrides == (
        EventOverride("pin", start="2025-05-13", text="Nissan announces plans to close seven plants"),
        EventOverride("pin", start="2024-12", end="2025-02", text="Merger talks with Honda"),
        EventOverride("hide", match="Foxconn did not respond"),
        EventOverride("reword", match="Oppama operated at just 40%", text="Oppama ran at 40% of capacity in 2024"),
    )


def test_defaults_without_optional_metadata() -> None:
    topic = topic_spec("bare", {}, "")
    assert (topic.title, topic.match, topic.fiscal_year_start, topic.overrides) == ("bare", (), 1, ())


@pytest.mark.parametrize(
    "key, line, problem",
    [
        ("pin", "May 2025 | Nissan announces plans", "'May 2025' is not a date"),
        ("pin", "2025-05-13 Nissan announces plans", "no '|' between the date and the text"),
        ("pin", "2025-13 | A thirteenth month", "'2025-13' is not a date (no month 13)"),
        ("pin", "2019-02-30 | No such day", "'2019-02-30' is not a date (no day 30 in 2019-02)"),
        ("pin", "2025-06 to 2025-01 | Backwards", "the range ends (2025-01) before it starts (2025-06)"),
        ("pin", "2025-05 |  ", "no text after '|'"),
        ("reword", "Oppama operated at just 40%", "no '=>' between the text and its new wording"),
        ("reword", " => New words", "no text to find"),
    ],
)
def test_bad_override_says_what_is_wrong_and_what_is_right(key: str, line: str, problem: str) -> None:
    with pytest.raises(TopicValueError) as error:
        spec(**{key: line})
    assert (error.value.key, error.value.value, error.value.problem) == (key.capitalize(), line.strip(), problem)
    assert str(error.value).startswith(f"{key.capitalize()}: {line.strip()}: {problem}; expected '{key.capitalize()}: ")


@pytest.mark.parametrize("key, value", [("fiscal_year_start", "13"), ("timeline_size", "0"), ("figures_size", "eight")])
def test_bad_numbers(key: str, value: str) -> None:
    with pytest.raises(TopicValueError, match=f"^{key.capitalize()}: {value}: not a .*; expected "):
        spec(**{key: value})


EVENTS = [
    Event("2024", None, "Oppama operated at just 40% capacity last year.", [ELECTRIVE]),
    Event("2025-06-03", None, "Foxconn did not respond to a request for comment.", [ELECTRIVE]),
]


def test_pin_hide_and_reword() -> None:
    topic = spec(
        pin="2025-05-13 | Nissan announces plans to close seven plants",
        hide="FOXCONN did not respond",
        reword="oppama operated at just 40% capacity last year. => Oppama ran at 40% of capacity in 2024.",
    )
    events, warnings = apply_overrides(topic, [Event(e.start, e.end, e.text, list(e.sources)) for e in EVENTS])
    assert events == [
        Event("2024", None, "Oppama ran at 40% of capacity in 2024.", [ELECTRIVE]),
        Event("2025-05-13", None, "Nissan announces plans to close seven plants", [], pinned=True),
    ]
    assert warnings == []


def test_reword_replaces_the_text_it_matches_and_keeps_the_rest() -> None:
    entry = Event("2020", None, "The promise of Google Stadia was instant games; the promise of Google Stadia faded.", [ELECTRIVE])
    topic = spec(reword=["The promise of  Google Stadia => Google promised", "instant games => games that start at once", "games => titles"])
    events, warnings = apply_overrides(topic, [entry])
    assert [e.text for e in events] == ["Google promised was games that start at once; Google promised faded."]
    assert (events[0].start, events[0].sources) == ("2020", [ELECTRIVE]) and warnings == []


def test_overrides_that_match_nothing_are_warnings_naming_topic_and_override() -> None:
    topic = spec(hide="Toyota", reword="Honda => Something else", pin="2025 | Always applies")
    events, warnings = apply_overrides(topic, list(EVENTS))
    assert warnings == [
        "nissan-foxconn: override 'Hide: Toyota' matched nothing",
        "nissan-foxconn: override 'Reword: Honda => Something else' matched nothing",
    ]
    assert [e.text for e in events if not e.pinned] == [e.text for e in EVENTS]


def test_overrides_in_a_built_briefing() -> None:
    topic = topic_spec(
        TOPIC.slug,
        {
            "title": TOPIC.title,
            "fiscal_year_start": "4",
            "pin": "2025-05-13 | Nissan announces plans to close seven plants",
            "hide": "rebuffed at the time",
            "reword": "operated at just 40% capacity last year => ran at 40% of capacity in 2024",
        },
        "",
    )
    briefing = build_briefing(topic, seed_docs())
    assert not [e for e in briefing.events if "rebuffed" in e.text]
    reworded = [e for e in briefing.events if e.text == "Oppama ran at 40% of capacity in 2024, far below its 80% break-even point."]
    assert [(e.start, e.sources) for e in reworded] == [("2024", [ELECTRIVE])]
    pinned = [e for e in briefing.events if e.pinned]
    assert [(e.start, e.sources) for e in pinned] == [("2025-05-13", [])]
    starts = [e.start for e in briefing.events]
    assert starts == sorted(starts)
    assert briefing.warnings == []
    assert briefing.to_json()["events"][starts.index("2025-05-13")]["pinned"] is True
