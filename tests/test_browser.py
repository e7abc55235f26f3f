"""The shipped site in a real browser (Debian Chromium) at phone and desktop widths, light and
dark: it fits the screen and uses a desktop's width, the briefing shows its summary and
timeline first on a phone, chart markers lead to their entries, search and the feed wear the
site's look, it loads nothing from another host, and axe-core finds no serious or critical
accessibility violation on any template (the 404 page and the feed's XSL page included)."""

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
        "timeline": f"topics/{topics[0]}/timeline/",
        "404": "404.html",
        "feed": "feeds/all.atom.xml",
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
    shown = {int(n) for label in page.locator(".chart .marker-label").all_inner_texts() for n in _numbers(label)}
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


def _top(page: object, selector: str) -> float:
    return page.locator(selector).first.bounding_box()["y"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_on_a_phone_the_briefing_shows_summary_and_timeline_before_anything_else(visit, pages: dict[str, str], scheme: str) -> None:
    page = visit(viewport={"width": 375, "height": 800}, color_scheme=scheme).open(pages["briefing"])
    summary, timeline = _top(page, ".summary"), _top(page, ".timeline")
    assert summary < timeline < _top(page, ".figures") and timeline < _top(page, ".changes")
    assert timeline < _top(page, ".sources")
    between = page.evaluate("""() => {
        const [s, t] = [document.querySelector('.summary'), document.querySelector('.timeline')];
        return [...document.querySelectorAll('.briefing-layout > *, .main-column > *')]
            .filter(e => e !== s && e !== t && !e.contains(t) && e.offsetHeight > 0)
            .filter(e => e.getBoundingClientRect().top < t.getBoundingClientRect().top).map(e => e.className);
    }""")
    assert not between, f"on a phone these come before the timeline: {between}"
    assert timeline < 1000, f"the timeline starts {timeline:.0f}px down the page on a phone"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_on_a_desktop_figures_and_changes_sit_beside_the_timeline(visit, pages: dict[str, str], scheme: str) -> None:
    page = visit(viewport={"width": 1280, "height": 800}, color_scheme=scheme).open(pages["briefing"])
    timeline = page.locator(".timeline").bounding_box()
    for side in (".figures", ".changes"):
        box = page.locator(side).bounding_box()
        assert box["x"] >= timeline["x"] + timeline["width"], f"{side} is not beside the timeline"
        assert box["y"] < timeline["y"] + timeline["height"]


@pytest.mark.parametrize("template", ["home", "briefing", "timeline", "article", "sources", "search", "404", "feed"])
def test_every_page_uses_the_width_of_a_desktop_screen(visit, pages: dict[str, str], template: str) -> None:
    page = visit(viewport={"width": 1280, "height": 800}).open(pages[template])
    right = page.evaluate("""() => Math.max(...[...document.querySelectorAll('main *')]
        .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height > 0)
        .map(e => e.getBoundingClientRect().right))""")
    wrap = page.locator("main").bounding_box()
    assert right >= wrap["x"] + wrap["width"] - 100, (
        f"{template}: content ends at {right:.0f}px of a {wrap['x'] + wrap['width']:.0f}px-wide column at 1280px")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_chart_marker_leads_to_its_entry(visit, pages: dict[str, str], width: int, scheme: str) -> None:
    page = visit(viewport={"width": width, "height": 800}, color_scheme=scheme, reduced_motion="reduce").open(pages["briefing"])
    markers = page.locator(".chart a.marker")
    assert markers.count() > 0
    for i in range(markers.count()):
        marker = markers.nth(i)
        target = marker.get_attribute("href")
        first = _numbers(marker.locator(".marker-label").inner_text())[0]
        assert target == f"#event-{first}"
        marker.click()
        assert page.url.endswith(target)
        entry = page.locator(target)
        assert entry.is_visible() and entry.locator(".event-number").inner_text().startswith(first)
        assert entry.bounding_box()["y"] < 800, f"{target} is not scrolled into view"
        page.evaluate("window.scrollTo(0, 0)")


def _rgb(hex_colour: str) -> str:
    value = hex_colour.strip().lstrip("#")
    return "rgb({}, {}, {})".format(*(int(value[i:i + 2], 16) for i in (0, 2, 4)))


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_results_wear_the_sites_look(visit, width: int, scheme: str) -> None:
    page = visit(viewport={"width": width, "height": 800}, color_scheme=scheme).open("search/?q=Oppama")
    link = page.locator(".pagefind-ui__result-link").first
    link.wait_for(timeout=15000)
    page.locator("#search mark").first.wait_for(timeout=15000)
    look = page.evaluate("""() => {
        const css = e => getComputedStyle(document.querySelector(e));
        const root = getComputedStyle(document.documentElement);
        return {
            link: css('.pagefind-ui__result-link').color, accent: css('.site-header nav a').color,
            underline: css('.pagefind-ui__result-link').textDecorationLine,
            font: css('.pagefind-ui__result-link').fontFamily, input: css('.pagefind-ui__search-input').fontFamily,
            body: css('body').fontFamily, mark: css('#search mark').backgroundColor, markVar: root.getPropertyValue('--mark'),
        };
    }""")
    assert look["link"] == look["accent"] and "underline" in look["underline"]
    assert look["font"] == look["input"] == look["body"]
    assert look["mark"] == _rgb(look["markVar"]), "the highlight is not the site's own"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_feed_opens_as_a_page_in_the_sites_look(visit, pages: dict[str, str], width: int, scheme: str) -> None:
    page = visit(viewport={"width": width, "height": 800}, color_scheme=scheme).open(pages["feed"])
    assert page.locator("h1").inner_text().startswith("Industry Briefings")
    assert page.locator(".site-header nav a").count() == 3 and page.locator(".feed-entry").count() > 0
    colours = page.evaluate("""() => [getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.documentElement).getPropertyValue('--bg')]""")
    assert colours[0] == _rgb(colours[1]), "site.css is not applied to the feed page"
    assert page.locator("#feed-url").input_value().endswith("/feeds/all.atom.xml")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("template", ["home", "briefing", "timeline", "article", "sources", "search", "404", "feed"])
def test_axe_finds_no_serious_violations(visit, pages: dict[str, str], template: str, scheme: str) -> None:
    assert AXE.exists(), f"{AXE} is missing: `make test` runs npm ci"
    v = visit(viewport={"width": 1280, "height": 800}, color_scheme=scheme, reduced_motion="reduce")
    page = v.open(pages[template])
    if template == "search":
        page.locator(".pagefind-ui__search-input").fill("Oppama")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
    page.add_script_tag(path=str(AXE))
    # Chromium 156 injects its own banner into pages it renders by XSLT (XSLT is deprecated
    # there): the browser's, not the site's, so it is left out of the check.
    result = page.evaluate("axe.run({exclude: [['xslt-warning-banner']]}, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{template} page, {scheme}:\n" + "\n".join(serious)
