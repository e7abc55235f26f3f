"""The key timeline: the dates the sources make most of, one entry each, pins always in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from briefing.keytimeline import MAX_DEFAULT_SIZE, default_size
from briefing.model import EventOverride, SourceDoc, TopicSpec
from briefing.timeline import build_briefing

from test_timeline import TOPIC, seed_docs

START = datetime.fromisoformat("2025-03-01T08:00:00+00:00")


def story(*days_and_texts: tuple[int, str], publisher: str = "") -> list[SourceDoc]:
    """One article a (day offset, text): published that day, by its own publisher unless one is given."""
    return [
        SourceDoc(url=f"https://{publisher or f'news{n}'}.example/{n}", title=f"article {n}", publisher=publisher or f"news{n}",
                  published=START + timedelta(days=day), text=text)
        for n, (day, text) in enumerate(days_and_texts)
    ]


def key_texts(docs: list[SourceDoc], size: int | None, **topic: object) -> list[str]:
    briefing = build_briefing(TopicSpec(slug="t", title="t", timeline_size=size, **topic), docs)
    return [f"{e.start} {e.text}" for e in briefing.key_events]


# Day 0 is 1 March 2025 (a Saturday). The recall vote on 3 March is what four papers report;
# the 20 February hearing is named by one only.
VOTE_STORY = [
    (3, "Acme shareholders voted to remove chief executive Jane Roe on Monday."),
    (3, "Acme's board met in Ohio on Monday, and shareholders voted to remove Jane Roe."),
    (4, "On 3 March Acme shareholders removed Jane Roe as chief executive."),
    (5, "Jane Roe was removed as Acme chief executive by a shareholder vote on 3 March."),
    (5, "A court hearing on Acme's accounts took place on 20 February in Columbus."),
    (6, "Acme named Tom Poe interim chief executive on 6 March."),
]


def test_the_date_most_sources_name_is_key_with_one_entry() -> None:
    keys = key_texts(story(*VOTE_STORY), 1)
    assert len(keys) == 1 and keys[0].startswith("2025-03-03")


def test_key_timeline_is_in_date_order_and_honours_the_size() -> None:
    keys = key_texts(story(*VOTE_STORY), 2)
    assert [k[:10] for k in keys] == sorted(k[:10] for k in keys)
    assert len(keys) == 2 and keys[0].startswith("2025-03-03")


def test_complete_timeline_keeps_every_entry_and_scores_them() -> None:
    briefing = build_briefing(TopicSpec(slug="t", title="t", timeline_size=1), story(*VOTE_STORY))
    assert len(briefing.events) > len(briefing.key_events) == 1
    top = max(briefing.events, key=lambda e: e.importance)
    assert top.key and top.start == "2025-03-03"
    assert all(e.importance >= 0 for e in briefing.events)
    as_json = briefing.to_json()["events"]
    assert all(isinstance(e["key"], bool) and "importance" in e for e in as_json)


def test_one_publisher_counts_once() -> None:
    """Six follow-ups by one wire on one date are one voice; two papers on another date outweigh it."""
    wire = story(*[(2, f"Acme recalled {n}00 cars in Texas on 1 March, Acme said.") for n in range(1, 7)],
                 publisher="Wire")
    papers = story((5, "Acme and Volta Motors agreed to merge on 5 March."),
                   (6, "Acme and Volta Motors announced their merger on 5 March."))
    keys = key_texts(wire + papers, 1)
    assert keys[0].startswith("2025-03-05")


def test_pins_are_always_key() -> None:
    pin = EventOverride("pin", start="2025-01-15", text="Acme's auditor resigns")
    briefing = build_briefing(TopicSpec(slug="t", title="t", timeline_size=1, overrides=(pin,)), story(*VOTE_STORY))
    assert [e.text for e in briefing.key_events] == ["Acme's auditor resigns"]


@pytest.mark.parametrize(("importances", "entries", "size"), [
    ([], 0, 0), ([1.0] * 3, 3, 3), ([1.0] * 3, 5, 5), ([1.0] * 20, 20, 8), ([2.5] * 12 + [1.0] * 30, 50, 12),
    ([5.0] * 50, 50, MAX_DEFAULT_SIZE),
])
def test_default_size_follows_the_story(importances: list[float], entries: int, size: int) -> None:
    assert default_size(importances, entries) == size


def test_a_size_beyond_the_dates_takes_their_other_entries() -> None:
    two_on_a_day = story((3, "Acme shareholders removed chief executive Jane Roe on 3 March."),
                         (3, "Volta Motors opened a battery plant in Texas on 3 March."))
    assert len(key_texts(two_on_a_day, 2)) == 2
    assert len(key_texts(two_on_a_day, 1)) == 1


def test_seed_key_timeline_shows_the_three_moments_of_the_story() -> None:
    briefing = build_briefing(TOPIC, seed_docs())
    keys = briefing.key_events
    assert any(e.start == "2024-12" and e.end == "2025-02" and "Honda" in e.text for e in keys)
    assert any(e.start == "2025-05" and "Mitsubishi" in e.text and len(e.sources) == 2 for e in keys)
    assert any(e.start.startswith("2025-06") and "Oppama" in e.text for e in keys)
    assert len(keys) == len(briefing.events), "a story of seven entries shows them all"
