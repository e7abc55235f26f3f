"""build_briefing on the two seed articles: the timeline, figures and sources a reader sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import SourceDoc, TopicSpec
from briefing.timeline import build_briefing

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
ELECTRIVE = "https://www.electrive.com/2025/06/03/nissan-considers-foxconn-tie-up-to-produce-evs-in-japan/"
INVESTING = (
    "https://www.investing.com/news/stock-market-news/"
    "nissan-in-advanced-talks-with-foxconn-to-build-evs-at-oppama-plant--nikkei-4071562"
)
BOTH = [INVESTING, ELECTRIVE]  # by publication date: Investing.com published a day earlier
TOPIC = TopicSpec(slug="nissan-foxconn", title="Nissan and Foxconn: EV production at the Oppama plant", fiscal_year_start=4)


def seed_doc(name: str, url: str, publisher: str, published: str) -> SourceDoc:
    """A SourceDoc from a fixture file holding one cleaned paragraph per line."""
    lines = (PAGES / f"{name}.paragraphs.txt").read_text(encoding="utf-8").splitlines()
    text = "\n\n".join(line.strip() for line in lines if line.strip())
    return SourceDoc(url=url, title=name, publisher=publisher, published=datetime.fromisoformat(published), text=text)


def seed_docs() -> list[SourceDoc]:
    """The two source articles of the first briefing (Nissan's talks with Foxconn over Oppama)."""
    return [
        seed_doc("electrive-nissan-foxconn", ELECTRIVE, "electrive.com", "2025-06-03T09:12:41+00:00"),
        seed_doc("investing-nissan-foxconn", INVESTING, "Investing.com", "2025-06-02T06:41:10+00:00"),
    ]


def find(events: list, *words: str) -> list:
    return [e for e in events if all(w.lower() in e.text.lower() for w in words)]


def one(events: list, *words: str):
    found = find(events, *words)
    assert len(found) == 1, (words, [e.text for e in found])
    return found[0]


def test_seed_timeline_lists_the_story_in_date_order() -> None:
    events = build_briefing(TOPIC, seed_docs()).events
    rebuffed = one(events, "rebuffed")
    honda = one(events, "Honda")
    shares = one(events, "Renault wants to sell")
    mou = one(events, "Mitsubishi Motors")
    talks = one(events, "talks with", "Oppama")
    assert (rebuffed.start, rebuffed.end, rebuffed.sources) == ("2024", None, [ELECTRIVE])
    assert (honda.start, honda.end, honda.sources) == ("2024-12", "2025-02", [ELECTRIVE])
    assert (shares.start, shares.end, shares.sources) == ("2025-02", None, [ELECTRIVE])
    assert (mou.start, mou.end, mou.sources) == ("2025-05", None, BOTH)
    assert (talks.start, talks.end, talks.sources) == ("2025-06-02", "2025-06-03", BOTH)
    order = [events.index(e) for e in (rebuffed, honda, shares, mou, talks)]
    assert order == sorted(order)
    assert [e.start for e in events] == sorted(e.start for e in events)


def test_event_texts_are_trimmed_source_sentences() -> None:
    events = build_briefing(TOPIC, seed_docs()).events
    assert one(events, "rebuffed").text == (
        "Foxconn already saw this opportunity last year and approached Nissan – but was rebuffed at the time."
    )
    assert one(events, "Honda").text.startswith("The move triggered the “frantic but fleeting round")
    assert "(OTC:" not in one(events, "Mitsubishi Motors").text
    for event in events:
        assert event.text[0].isupper() and event.text.endswith((".", ".”")), event.text
        assert not event.text.lower().startswith(("and ", "however", "there were reports", "according to"))


def test_no_background_or_duplicate_entries() -> None:
    events = build_briefing(TOPIC, seed_docs()).events
    assert not find(events, "since 2019")  # an ongoing state, not a timeline entry
    assert not find(events, "as of October")  # dates a figure, not an event
    assert not find(events, "did not respond")
    assert len({e.text for e in events}) == len(events)
    assert len(find(events, "Oppama", "talks")) == 1


def test_fiscal_year_start_reaches_the_tagger() -> None:
    april = one(build_briefing(TOPIC, seed_docs()).events, "this fiscal year")
    assert (april.start, april.end) == ("2025-04", "2026-03")
    calendar = TopicSpec(slug=TOPIC.slug, title=TOPIC.title, fiscal_year_start=1)
    january = one(build_briefing(calendar, seed_docs()).events, "this fiscal year")
    assert (january.start, january.end) == ("2025", None)


def test_key_figures_of_the_seed_articles() -> None:
    figures = build_briefing(TOPIC, seed_docs()).figures
    by_value = {f.value: f for f in figures}
    staff = by_value["3,900"]
    assert (staff.unit, staff.as_of, staff.sources) == ("employees", "2024-10", BOTH)
    assert "Oppama" in staff.subject
    assert by_value["40%"].as_of == "2024" and "utilisation" in by_value["40%"].subject
    assert "break-even" in by_value["80%"].subject
    assert by_value["240,000"].unit == "units a year"
    assert (by_value["17 to 10"].unit, by_value["17 to 10"].sources) == ("plants", BOTH)
    assert (by_value["up to 450 billion"].unit) == "yen (about €2.6 billion)"
    assert len(figures) == len({(f.value, f.subject) for f in figures})


def test_sources_sorted_and_updated_is_newest() -> None:
    briefing = build_briefing(TOPIC, seed_docs())
    assert [s.url for s in briefing.sources] == BOTH
    assert briefing.updated == "2025-06-03"
    assert briefing.warnings == []


def test_same_content_gives_byte_identical_json() -> None:
    first = json.dumps(build_briefing(TOPIC, seed_docs()).to_json(), ensure_ascii=False)
    again = json.dumps(build_briefing(TOPIC, seed_docs()).to_json(), ensure_ascii=False)
    reversed_input = json.dumps(build_briefing(TOPIC, seed_docs()[::-1]).to_json(), ensure_ascii=False)
    assert first == again == reversed_input


def test_an_article_stored_twice_counts_once() -> None:
    docs = seed_docs()
    briefing = build_briefing(TOPIC, docs + [docs[0]])
    assert [s.url for s in briefing.sources] == BOTH
    assert one(briefing.events, "rebuffed").sources == [ELECTRIVE]


def test_topic_without_articles() -> None:
    briefing = build_briefing(TOPIC, [])
    assert (briefing.events, briefing.figures, briefing.sources, briefing.updated) == ([], [], [], "")


WORDS = (
    "Nissan Foxconn Oppama plant in May last year from 17 to 10 3,900 workers 40% $1.5bn (about €2.6 billion) – ; , . "
    "“ ” and it said reported since 2019 as of October recently this fiscal year the first quarter of 2024 on Monday "
    "seven of its 17 factories up to 450 billion yen MoU memorandum of understanding Co. U.S. which failed in February 2025"
).split()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from(WORDS), max_size=30), max_size=4), max_size=3),
       st.integers(min_value=1, max_value=12))
def test_any_text_gives_a_sorted_briefing_independent_of_input_order(articles: list, fiscal_year_start: int) -> None:
    docs = [
        SourceDoc(url=f"https://s{i}.example/", title="t", publisher="P", published=datetime(2025, 6, 3 + i, 8),
                  text="\n\n".join(" ".join(words) for words in paragraphs))
        for i, paragraphs in enumerate(articles)
    ]
    topic = TopicSpec(slug="t", title="T", fiscal_year_start=fiscal_year_start)
    briefing = build_briefing(topic, docs)
    assert briefing.to_json() == build_briefing(topic, docs[::-1]).to_json()
    assert [e.start for e in briefing.events] == sorted(e.start for e in briefing.events)
    assert all(set(e.sources) <= {d.url for d in docs} for e in briefing.events)


def test_builds_in_processes_with_different_hash_seeds_are_identical() -> None:
    script = (
        "import json, sys; sys.path[:0] = ['plugins', 'tests']\n"
        "from test_timeline import TOPIC, seed_docs\n"
        "from briefing.timeline import build_briefing\n"
        "print(json.dumps(build_briefing(TOPIC, seed_docs()).to_json(), ensure_ascii=False))\n"
    )
    root = Path(__file__).resolve().parent.parent
    outputs = {
        subprocess.run([sys.executable, "-c", script], cwd=root, env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
