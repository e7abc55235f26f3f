"""The reader's pages around the key timeline, in real builds: the briefing page shows the key
entries (chart markers linking to them), the topic's timeline page shows every entry, forecasts
are labelled and never the home page's Latest, article pages show an excerpt and the entries
citing them (the full text only when the site says it may), and the 404 page exists."""

from __future__ import annotations

import json
import textwrap
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import briefing.timeline
from conftest import build_site

BODIES = {
    "a": ("2025-03-10", "Acme Corp. opened its battery plant in Ohio on March 3, 2025, hiring 1,200 workers. "
                        "The plant makes packs for electric vans. " * 3),
    "b": ("2025-04-02", "Acme signed a supply deal with Volta on April 1, 2025. In March, Acme opened its plant."),
    "c": ("2025-05-20", "In March, Acme opened its plant. Acme will open a second plant in 2026."),
    "d": ("2025-06-01", "Acme hired a new chief executive on May 30, 2025. In March, Acme opened its plant."),
}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def _forecasts_expected(*args: object, **kwargs: object) -> list:
    """The key timeline as chosen, where an entry saying "will" is expected (standing in for the
    forecast detection), and key, so the chart draws it."""
    marked = []
    for event in ORIGINAL_MARK_KEY(*args, **kwargs):
        expected = " will " in f" {event.text} "
        marked.append(replace(event, expected=expected, key=event.key or expected))
    return marked


ORIGINAL_MARK_KEY = briefing.timeline.mark_key


def _build(tmp_path_factory: pytest.TempPathFactory, name: str, **settings: object) -> Path:
    content = tmp_path_factory.mktemp(f"{name}-content")
    _write(content / "topics" / "acme.md", "Title: Acme's battery plant\nMatch: Acme\nTimeline_size: 2\n\nAcme builds batteries in Ohio.\n")
    for slug, (day, body) in BODIES.items():
        _write(content / "articles" / f"{slug}.md", f"""
            Title: Acme news {slug}
            Date: {day}T08:00:00+00:00
            Publisher: Battery Weekly
            Original_url: https://batteries.example/{slug}
            Topics: acme
            Slug: {slug}
            Partial: {"true" if slug == "d" else "false"}

            {body}
            """)
    patch = pytest.MonkeyPatch()
    patch.setattr(briefing.timeline, "mark_key", _forecasts_expected)
    try:
        return build_site(content, tmp_path_factory.mktemp(name), BRIEFING_WORKERS=1, **settings)
    finally:
        patch.undo()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory, "key-timeline")


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def data_of(site: Path) -> dict:
    return json.loads((site / "topics" / "acme" / "briefing.json").read_text(encoding="utf-8"))


def test_the_briefing_page_shows_the_key_entries_and_links_to_every_entry(site: Path) -> None:
    events = data_of(site)["events"]
    key = [e for e in events if e["key"]]
    assert len(key) == 3 < len(events), "the fixture needs entries off the key timeline"
    page = soup_of(site / "topics" / "acme" / "index.html")
    items = page.select("ol.events > li")
    assert len(items) == len(key)
    for li, event in zip(items, key):
        assert li.select_one(".what").get_text(" ", strip=True).startswith(event["text"])
    assert [li["id"] for li in items] == ["event-1", "event-2", "event-3"]
    ld = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert ld["numberOfItems"] == 3 and all(i["url"].endswith(f"#event-{i['position']}") for i in ld["itemListElement"])
    assert page.select_one(".timeline .more a")["href"] == "../../topics/acme/timeline/" and (site / "topics" / "acme" / "timeline" / "index.html").is_file()


def test_every_chart_marker_links_to_an_entry_shown_on_the_page(site: Path) -> None:
    page = soup_of(site / "topics" / "acme" / "index.html")
    ids = {li["id"] for li in page.select("ol.events > li")}
    markers = page.select(".chart a.marker")
    assert markers
    covered = set()
    for marker in markers:
        assert marker["href"].removeprefix("#") in ids
        first, _, last = marker.select_one(".marker-label").get_text().partition("–")
        numbers = range(int(first), int(last or first) + 1)
        assert marker["href"] == f"#event-{numbers[0]}"
        covered.update(numbers)
    assert covered == {int(i.removeprefix("event-")) for i in ids}
    key = [e for e in data_of(site)["events"] if e["key"]]
    for marker in markers:  # entries dated by month or year alone are spans, not points
        event = key[int(marker["href"].removeprefix("#event-")) - 1]
        assert ("range" in marker["class"]) == (event["end"] is not None or len(event["start"]) < 10)
        assert ("expected" in marker["class"]) == bool(event.get("expected"))


def test_the_timeline_page_lists_every_entry_numbered_with_key_and_expected_ones_marked(site: Path) -> None:
    events = data_of(site)["events"]
    page = soup_of(site / "topics" / "acme" / "timeline" / "index.html")
    items = page.select("ol.events > li")
    assert [li["id"] for li in items] == [f"event-{n}" for n in range(1, len(events) + 1)]
    for li, event in zip(items, events):
        assert li.select_one("time")["datetime"] == event["start"]
        assert ("is-key" in li["class"]) == event["key"]
        assert ("is-expected" in li["class"]) == bool(event.get("expected"))
        assert bool(li.select_one(".badge.expected")) == bool(event.get("expected"))
        for cite in li.select("a.cite"):  # the page's own source list
            assert page.select_one(f'.sources li[id="{cite["href"][1:]}"]'), cite["href"]
    sources = data_of(site)["sources"]
    listed = page.select(".sources li[id^=source-]")
    assert [(li["id"], li.select_one("a.source-links")["href"]) for li in listed] == [
        (f"source-{n}", s["url"]) for n, s in enumerate(sources, start=1)]
    assert len(page.select("h1")) == 1 and page.find("a", string="Back to the briefing")
    assert [a["href"] for a in page.select(".year-nav a")] == [f"#year-{y}" for y in sorted({e["start"][:4] for e in events})]


def test_the_briefing_page_lists_the_sources_it_cites_numbered_as_everywhere(tmp_path: Path) -> None:
    """A story of many sources: the briefing lists those its key entries cite, under their numbers
    in the complete list, and links to that list on the timeline page."""
    content = tmp_path / "content"
    _write(content / "topics" / "big.md", "Title: A big story\nMatch: Acme\nTimeline_size: 2\n\nSummary.\n")
    for n in range(40):
        day = date(2025, 1, 1) + timedelta(days=n)
        _write(content / "articles" / f"a{n:02d}.md",
               f"Title: Report {n}\nDate: {day.isoformat()}T08:00:00+00:00\nPublisher: Paper {n}\n"
               f"Original_url: https://paper{n}.example/{n}\nSlug: a{n:02d}\n\n"
               f"Acme Corp opened a plant in Ohio on {day:%-d %B %Y}.\n")
    output = build_site(content, tmp_path / "output")
    page = soup_of(output / "topics" / "big" / "index.html")
    cited = {a["href"] for a in page.select("a[href^='#source-']")}
    listed = page.select(".sources li[id^=source-]")
    assert 0 < len(listed) < 40
    assert {f"#{li['id']}" for li in listed} == cited
    assert all(li["value"] == li["id"].removeprefix("source-") for li in listed)
    more = page.select_one(".sources p.more a")
    assert more and more["href"].endswith("timeline/#sources-h") and "40 sources" in more.get_text()


def test_a_forecast_is_labelled_and_never_the_latest(site: Path) -> None:
    events = data_of(site)["events"]
    forecast = next(e for e in events if e.get("expected"))
    assert forecast["start"] == "2026"  # the newest entry of all: a naive "Latest" would pick it
    home = soup_of(site / "index.html")
    latest = home.select_one(".topic-card .newest").get_text(" ", strip=True)
    assert forecast["text"] not in latest and "will" not in latest
    timeline = soup_of(site / "topics" / "acme" / "timeline" / "index.html")
    shown = next(li for li in timeline.select("ol.events > li") if forecast["text"] in li.get_text())
    assert "expected" in shown.select_one(".when").get_text()


def test_article_pages_show_an_excerpt_and_the_entries_citing_them_not_the_full_text(site: Path) -> None:
    page = soup_of(site / "articles" / "a" / "index.html")
    text = page.select_one("main").get_text(" ", strip=True)
    assert page.select_one("blockquote.excerpt") and not page.select_one(".body.prose")
    assert text.count("The plant makes packs for electric vans.") < 3  # the excerpt stops before the end
    assert page.select_one('a[href="https://batteries.example/a"]')
    cited = page.select(".cited-entries a")
    events = data_of(site)["events"]
    citing = [n for n, e in enumerate(events, start=1) if "https://batteries.example/a" in e["sources"]]
    assert citing and [a["href"] for a in cited] == [f"../../topics/acme/timeline/#event-{n}" for n in citing]
    assert page.select_one("h1").get_text() == "Acme news a" and page.select_one(".meta time[datetime='2025-03-10']")


def test_a_site_that_holds_the_rights_publishes_the_full_text(tmp_path_factory: pytest.TempPathFactory) -> None:
    site = _build(tmp_path_factory, "full-text", BRIEFING_FULL_TEXT=True)
    page = soup_of(site / "articles" / "a" / "index.html")
    assert page.select_one(".body.prose").get_text().count("The plant makes packs for electric vans.") == 3
    assert page.select_one(".cited-entries a")


def test_a_404_page_in_the_site_look_is_written_and_left_out_of_the_sitemap(site: Path) -> None:
    page = soup_of(site / "404.html")
    assert page.select_one("h1").get_text() == "Page not found"
    assert page.select_one('link[rel="stylesheet"]')["href"] == "./theme/css/site.css"
    assert page.select_one('form[role="search"]')["action"] == "./search/"
    assert page.select_one('.side-list a[href="./topics/acme/"]')
    assert "404" not in (site / "sitemap.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_forecast_looks_different_from_what_happened(site: Path, chromium, width: int, scheme: str) -> None:
    """In the chart and in the list, on the briefing page (opened from disk: local builds link relatively)."""
    context = chromium.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto((site / "topics" / "acme" / "index.html").as_uri())
    look = page.evaluate("""() => {
        const style = e => { const s = getComputedStyle(document.querySelector(e));
                             return [s.backgroundColor, s.boxShadow, s.color].join(' | '); };
        const bars = [...document.querySelectorAll('.marker.range')];
        return {
            label: [style('.marker:not(.expected) .marker-label'), style('.marker.expected .marker-label')],
            number: [style('.event:not(.is-expected) .event-number'), style('.event.is-expected .event-number')],
            hatched: bars.map(b => [b.classList.contains('expected'), getComputedStyle(b).backgroundImage.includes('gradient')]),
            badge: document.querySelector('.event.is-expected .badge.expected')?.offsetWidth || 0,
        };
    }""")
    context.close()
    for part in ("label", "number"):
        happened, expected = look[part]
        assert happened != expected, f"{part}: a forecast is drawn like what happened ({happened})"
    assert [True, True] in look["hatched"], "the forecast's span is not drawn hatched"
    assert all(expected == hatched for expected, hatched in look["hatched"])
    assert look["badge"] > 0, "the 'expected' label is not shown"


def test_a_source_cut_by_a_paywall_is_marked_partial(site: Path) -> None:
    sources = data_of(site)["sources"]
    assert [bool(s.get("partial")) for s in sources] == [s["url"].endswith("/d") for s in sources]
    items = soup_of(site / "topics" / "acme" / "index.html").select(".sources li")
    assert [bool(li.select_one(".badge.partial")) for li in items] == [s["url"].endswith("/d") for s in sources]
    assert soup_of(site / "articles" / "d" / "index.html").select_one(".meta .badge.partial")
    assert not soup_of(site / "articles" / "a" / "index.html").select_one(".badge.partial")
