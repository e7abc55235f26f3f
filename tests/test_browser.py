"""The shipped site in a real browser (Debian Chromium) at phone and desktop widths, light and
dark: it fits the screen, shows the timeline without JavaScript, loads nothing from another
host, and axe-core finds no serious or critical accessibility violation on any template."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")


def template_pages(site: Path) -> dict[str, str]:
    """One page per template, by the path a browser asks for."""
    articles = sorted(p.parent.name for p in (site / "articles").glob("*/index.html"))
    topics = sorted(p.parent.name for p in (site / "topics").glob("*/index.html"))
    assert articles and topics, "the shipped site needs at least one topic and one article page"
    return {
        "home": "",
        "briefing": f"topics/{topics[0]}/",
        "article": f"articles/{articles[0]}/",
        "sources": "sources/",
        "search": "search/",
    }


@pytest.fixture(scope="module")
def pages(indexed_site: Path) -> dict[str, str]:
    return template_pages(indexed_site)


class Visit:
    """A browser context that records requests to other hosts and script errors."""

    def __init__(self, browser: object, site_url: str, **context_options: object) -> None:
        self.site_host = urlsplit(site_url).netloc
        self.site_url = site_url
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(**context_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route: object) -> None:
        url = route.request.url
        if urlsplit(url).netloc == self.site_host or url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def open(self, path: str) -> object:
        response = self.page.goto(self.site_url + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: HTTP {response.status if response else 'no response'}"
        return self.page


@pytest.fixture
def visit(chromium: object, site_url: str) -> Iterator[callable]:
    visits: list[Visit] = []

    def start(**options: object) -> Visit:
        visits.append(Visit(chromium, site_url, **options))
        return visits[-1]

    yield start
    for v in visits:
        v.context.close()
        assert not v.foreign, f"requests to other hosts: {v.foreign}"
        assert not v.errors, f"script errors: {v.errors}"


@pytest.mark.parametrize("width", WIDTHS)
def test_every_template_fits_the_screen_without_sideways_scrolling(visit, pages: dict[str, str], width: int) -> None:
    v = visit(viewport={"width": width, "height": 800})
    for name, path in pages.items():
        page = v.open(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} page scrolls sideways by {overflow}px at {width}px"


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_is_visible_without_javascript(visit, pages: dict[str, str], width: int) -> None:
    page = visit(viewport={"width": width, "height": 800}, java_script_enabled=False).open(pages["briefing"])
    events = page.locator("ol.events > li")
    assert events.count() > 0
    events.first.scroll_into_view_if_needed()
    assert events.first.is_visible() and page.locator("ol.events time[datetime]").first.is_visible()
    chart = page.locator(".chart")
    assert chart.is_visible(), f"the to-scale chart is hidden at {width}px"
    markers = page.locator(".chart .marker")
    shown = {int(n) for label in markers.all_inner_texts() for n in _numbers(label)}
    assert shown and max(shown) <= events.count()
    box = chart.bounding_box()
    for marker in markers.all():
        inner = marker.bounding_box()
        assert box["x"] - 1 <= inner["x"] and inner["x"] + inner["width"] <= box["x"] + box["width"] + 1, (
            f"a chart marker sticks out of the chart at {width}px"
        )


def _numbers(label: str) -> list[str]:
    first, _, last = label.partition("–")
    return [first, last] if last else [first]


def test_citations_lead_to_the_source_list(visit, pages: dict[str, str]) -> None:
    page = visit(viewport={"width": 375, "height": 800}).open(pages["briefing"])
    cite = page.locator("ol.events .cite").first
    target = cite.get_attribute("href")
    cite.click()
    assert page.url.endswith(target)
    assert page.locator(f"{target} a[href^='http']").count() >= 1  # the original
    assert page.locator(target).is_visible()


def test_print_stylesheet_drops_navigation(visit, pages: dict[str, str]) -> None:
    page = visit().open(pages["briefing"])
    page.emulate_media(media="print")
    assert not page.locator(".site-header nav").is_visible()
    assert page.locator("ol.events").is_visible()


def test_search_finds_the_oppama_briefing(visit) -> None:
    page = visit(viewport={"width": 375, "height": 800}).open("search/")
    page.locator(".pagefind-ui__search-input").fill("Oppama")
    results = page.locator(".pagefind-ui__result-link")
    results.first.wait_for(timeout=15000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("/topics/nissan-foxconn/" in h for h in hrefs), hrefs


def test_search_reads_the_query_from_the_address(visit) -> None:
    page = visit().open("search/?q=Oppama")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
    assert page.locator(".pagefind-ui__search-input").input_value() == "Oppama"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("template", ["home", "briefing", "article", "sources", "search"])
def test_axe_finds_no_serious_violations(visit, pages: dict[str, str], template: str, scheme: str) -> None:
    assert AXE.exists(), f"{AXE} is missing: `make test` runs npm ci"
    v = visit(viewport={"width": 1280, "height": 800}, color_scheme=scheme, reduced_motion="reduce")
    page = v.open(pages[template])
    if template == "search":
        page.locator(".pagefind-ui__search-input").fill("Oppama")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{template} page, {scheme}:\n" + "\n".join(serious)
