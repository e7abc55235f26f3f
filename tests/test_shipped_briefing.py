"""The shipped Nissan–Foxconn briefing, built from the repository's own content/ by the real plugin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ELECTRIVE = "https://www.electrive.com/2025/06/03/nissan-considers-foxconn-tie-up-to-produce-evs-in-japan/"
INVESTING = "https://www.investing.com/news/stock-market-news/nissan-in-advanced-talks-with-foxconn-to-build-evs-at-oppama-plant--nikkei-4071562"
BOTH = sorted([ELECTRIVE, INVESTING])


@pytest.fixture(scope="module")
def briefing(shipped_site: Path) -> dict:
    return json.loads((shipped_site / "topics" / "nissan-foxconn" / "briefing.json").read_text(encoding="utf-8"))


def only_event(briefing: dict, *words: str) -> dict:
    found = [e for e in briefing["events"] if all(w.lower() in e["text"].lower() for w in words)]
    assert len(found) == 1, f"expected one event mentioning {words}, got {[e['text'] for e in found]}"
    return found[0]


def test_sources_are_both_seed_articles(briefing: dict) -> None:
    assert sorted(s["url"] for s in briefing["sources"]) == BOTH
    assert {s["publisher"] for s in briefing["sources"]} == {"electrive.com", "Investing.com"}
    assert briefing["updated"].startswith("2025-06-03")


def test_timeline_in_date_order(briefing: dict) -> None:
    starts = [e["start"] for e in briefing["events"]]
    assert starts == sorted(starts)
    honda = only_event(briefing, "Honda")
    mou = only_event(briefing, "Mitsubishi Motors", "Foxconn")
    talks = [e for e in briefing["events"] if "Oppama" in e["text"] and e["start"].startswith("2025-06")]
    assert briefing["events"].index(honda) < briefing["events"].index(mou) < briefing["events"].index(talks[0])


def test_honda_merger_talks_span_december_to_february(briefing: dict) -> None:
    honda = only_event(briefing, "Honda")
    assert (honda["start"], honda["end"]) == ("2024-12", "2025-02")


def test_mitsubishi_mou_is_one_entry_citing_both(briefing: dict) -> None:
    mou = only_event(briefing, "Mitsubishi Motors", "Foxconn")
    assert mou["start"] == "2025-05" and mou["end"] is None
    assert sorted(mou["sources"]) == BOTH


def test_oppama_talks_at_publication_dates_citing_both(briefing: dict) -> None:
    talks = [e for e in briefing["events"] if "Oppama" in e["text"] and e["start"].startswith("2025-06")]
    assert len(talks) == 1
    assert talks[0]["start"] == "2025-06-02" and talks[0]["end"] == "2025-06-03"
    assert sorted(talks[0]["sources"]) == BOTH


def test_earlier_foxconn_approaches(briefing: dict) -> None:
    rebuffed = only_event(briefing, "rebuffed")
    assert rebuffed["start"] == "2024" and rebuffed["sources"] == [ELECTRIVE]
    shares = only_event(briefing, "Renault")
    assert shares["start"] == "2025-02"


def test_key_figures_with_sources(briefing: dict) -> None:
    figures = {(f["value"], f["unit"]): f for f in briefing["figures"]}
    values = {f["value"] for f in briefing["figures"]}
    assert "3,900" in values
    staff = next(f for f in briefing["figures"] if f["value"] == "3,900")
    assert sorted(staff["sources"]) == BOTH and staff["as_of"] == "2024-10"
    for value in ["40%", "80%", "240,000", "450 billion"]:
        assert any(value in f["value"] for f in briefing["figures"]), value
    assert figures, "figures are listed"


def test_briefing_page_renders_timeline(shipped_site: Path, briefing: dict) -> None:
    page = BeautifulSoup((shipped_site / "topics" / "nissan-foxconn" / "index.html").read_text(encoding="utf-8"), "lxml")
    items = page.select("ol li time")
    datetimes = [t["datetime"] for t in items]
    for event in briefing["events"]:
        assert event["start"] in datetimes
    assert page.find(string=lambda s: s and "Honda" in s)
    links = {a["href"] for a in page.find_all("a", href=True)}
    assert ELECTRIVE in links and INVESTING in links
