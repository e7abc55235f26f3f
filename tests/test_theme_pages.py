"""The built pages as crawlers, screen readers and offline readers meet them: landmarks, metadata
(Open Graph, JSON-LD, canonical links), nothing loaded from elsewhere, robots.txt and sitemap."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import build_site

PUBLIC = "http://127.0.0.1:8000"  # pelican.conf.py's default public URL for local builds


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def json_ld(soup: BeautifulSoup) -> dict:
    scripts = soup.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_every_page_has_landmarks_a_skip_link_and_one_heading(indexed_site: Path) -> None:
    for page in html_pages(indexed_site):
        soup = soup_of(page)
        assert soup.html.get("lang"), page
        assert len(soup.select("main#main")) == 1 and soup.select_one("header nav[aria-label]"), page
        assert soup.select_one("a.skip-link")["href"] == "#main", page
        assert len(soup.select("h1")) == 1, page
        assert soup.select_one('meta[name="description"]')["content"].strip(), page


def test_every_page_has_absolute_canonical_and_open_graph_urls(indexed_site: Path) -> None:
    for page in html_pages(indexed_site):
        soup = soup_of(page)
        for url in (soup.select_one('link[rel="canonical"]')["href"], soup.select_one('meta[property="og:url"]')["content"]):
            assert urlsplit(url).scheme in ("http", "https"), f"{page}: {url}"
        for prop in ("og:title", "og:description", "og:type", "og:site_name"):
            assert soup.select_one(f'meta[property="{prop}"]')["content"].strip(), f"{page}: {prop}"


def test_nothing_is_loaded_from_another_host(indexed_site: Path) -> None:
    """Only plain links may leave the site; stylesheets, scripts, images and fonts are local."""
    for page in html_pages(indexed_site):
        soup = soup_of(page)
        loaded = [t.get("src") for t in soup.select("[src]")]
        loaded += [t["href"] for t in soup.select("link[href]") if not {"canonical"} & set(t.get("rel", []))]
        remote = [u for u in loaded if urlsplit(u).scheme or u.startswith("//")]
        assert not remote, f"{page}: {remote}"
    css = (indexed_site / "theme" / "css" / "site.css").read_text(encoding="utf-8")
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css)


def test_briefing_page_lists_the_key_entries_with_dates_and_describes_them_as_an_item_list(indexed_site: Path) -> None:
    briefing = json.loads((indexed_site / "topics" / "nissan-foxconn" / "briefing.json").read_text(encoding="utf-8"))
    soup = soup_of(indexed_site / "topics" / "nissan-foxconn" / "index.html")
    items = soup.select("ol.events > li")
    key = [e for e in briefing["events"] if e["key"]]
    assert len(items) == len(key) > 0
    for item, event in zip(items, key):
        assert item.select_one("time")["datetime"] == event["start"]
        if event["end"]:
            assert item.select("time")[1]["datetime"] == event["end"]
        for url in event["sources"]:
            number = [s["url"] for s in briefing["sources"]].index(url) + 1
            assert item.select_one(f'a.cite[href="#source-{number}"]'), f"event {event['text'][:40]} lacks source {number}"
    data = json_ld(soup)
    assert data["@type"] == "ItemList" and data["numberOfItems"] == len(items)
    assert [i["position"] for i in data["itemListElement"]] == list(range(1, len(items) + 1))
    labels = [m.get_text() for m in soup.select(".chart .marker-label")]
    covered = {n for label in labels for n in range(int(label.split("–")[0]), int(label.split("–")[-1]) + 1)}
    assert covered == set(range(1, len(items) + 1)), labels


def test_briefing_sources_offer_the_original_and_our_page(indexed_site: Path) -> None:
    soup = soup_of(indexed_site / "topics" / "nissan-foxconn" / "index.html")
    sources = soup.select(".sources li[id^=source-]")
    assert sources
    for item in sources:
        assert item.select_one(".source-title").get_text(strip=True) and item.select_one("time[datetime]")
        assert item.select_one('a[rel~="external"]')["href"].startswith("http")
        copy = item.select_one("a.source-title")  # our page: excerpt and the entries citing it
        assert copy and (indexed_site / "topics" / "nissan-foxconn" / copy["href"] / "index.html").resolve().is_file()


def test_article_pages_are_news_articles_pointing_at_the_original(indexed_site: Path) -> None:
    pages = sorted((indexed_site / "articles").glob("*/index.html"))
    assert pages
    for page in pages:
        soup = soup_of(page)
        canonical = soup.select_one('link[rel="canonical"]')["href"]
        assert not canonical.startswith(PUBLIC), "an article's canonical link is its original"
        data = json_ld(soup)
        assert data["@type"] == "NewsArticle" and data["isBasedOn"] == canonical
        assert data["headline"] and data["datePublished"] and data["url"].startswith(PUBLIC + "/articles/")
        assert soup.select_one('meta[property="og:type"]')["content"] == "article"
        assert soup.select_one(f'.attribution a[href="{canonical}"]')


def test_robots_txt_points_at_the_sitemap_which_lists_the_pages(indexed_site: Path) -> None:
    robots = (indexed_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {PUBLIC}/sitemap.txt" in robots.splitlines()
    urls = (indexed_site / "sitemap.txt").read_text(encoding="utf-8").split()
    assert f"{PUBLIC}/" in urls and f"{PUBLIC}/topics/nissan-foxconn/" in urls and f"{PUBLIC}/sources/" in urls
    assert any(u.startswith(f"{PUBLIC}/articles/") for u in urls)
    assert not any("/search/" in u for u in urls)


def test_all_sources_page_lists_every_article_newest_first(indexed_site: Path) -> None:
    soup = soup_of(indexed_site / "sources" / "index.html")
    dates = [t["datetime"] for t in soup.select(".all-sources li time")]
    assert len(dates) == len(list((indexed_site / "articles").glob("*/index.html"))) > 0
    assert dates == sorted(dates, reverse=True)


# --- two topics: ordering on the home page and links between briefings ----------------------

def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


@pytest.fixture(scope="module")
def two_topics(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("two-topics")
    write(content / "topics" / "acme.md", "Title: Acme's battery plant\nMatch: Acme\n\nAcme builds batteries.\n")
    write(content / "topics" / "volta.md", "Title: Volta Motors goes electric\nMatch: Volta\n\nVolta's EV push.\n")
    write(content / "articles" / "a.md", """
        Title: Acme opens its plant
        Date: 2025-03-10T08:00:00+00:00
        Publisher: Battery Weekly
        Original_url: https://batteries.example/a
        Topics: acme
        Slug: a

        In March, Acme Corp. opened its plant to supply Volta Motors (NYSE:VLT) with 50,000 packs a year.
        """)
    write(content / "articles" / "b.md", """
        Title: Volta orders more packs
        Date: 2025-06-01T08:00:00+00:00
        Publisher: Car Daily
        Original_url: https://cars.example/b
        Topics: volta
        Slug: b

        On Monday, Volta Motors ordered 10,000 more battery packs.
        """)
    return build_site(content, tmp_path_factory.mktemp("two-topics-site"))


def test_home_lists_topics_by_latest_update_with_newest_event_and_source_count(two_topics: Path) -> None:
    cards = soup_of(two_topics / "index.html").select(".topic-card")
    assert [c.h2.get_text(strip=True) for c in cards] == ["Volta Motors goes electric", "Acme's battery plant"]
    assert "1 source" in cards[0].select_one(".meta").get_text()
    assert cards[0].select_one(".newest time")


def test_a_company_with_its_own_briefing_links_to_it(two_topics: Path) -> None:
    soup = soup_of(two_topics / "topics" / "acme" / "index.html")
    companies = {li.get_text(" ", strip=True): li for li in soup.select(".company-list li")}
    volta = next(li for text, li in companies.items() if text.startswith("Volta Motors"))
    assert volta.select_one("a")["href"] == "../../topics/volta/"
    assert volta.select_one(".ticker").get_text() == "NYSE:VLT"
    acme = next(li for text, li in companies.items() if text.startswith("Acme Corp."))
    assert acme.select_one("a") is None  # this briefing itself
