"""Atom feeds, one per topic and one for the site: valid, absolute, reproducible, linked from every page."""

from __future__ import annotations

import textwrap
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from conftest import build_site

ATOM = "{http://www.w3.org/2005/Atom}"
PUBLIC = "https://briefings.example/sub"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def article(content: Path, slug: str, date: str, topic: str, publisher: str, body: str) -> None:
    write(content / "articles" / f"{slug}.md", f"""
        Title: {slug.replace('-', ' ').title()} &amp; more
        Date: {date}
        Authors: Jane Roe
        Publisher: {publisher}
        Original_url: https://{publisher.lower().replace(' ', '')}.example/{slug}
        Topics: {topic}
        Slug: {slug}

        {body}
        """)


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feeds-content")
    write(root / "topics" / "acme-batteries.md", """
        Title: Acme's battery plant
        Match: Acme

        Acme is building a battery plant in Ohio.
        """)
    write(root / "topics" / "volta-motors.md", """
        Title: Volta Motors
        Match: Volta

        Volta Motors buys batteries.
        """)
    write(root / "topics" / "zeppelins.md", """
        Title: Zeppelins
        Match: zeppelin

        Nobody wrote about zeppelins yet.
        """)
    article(root, "acme-opens-plant", "2025-06-10T08:00:00+00:00", "acme-batteries", "Battery Weekly",
            "Acme opened its battery plant in Ohio on Tuesday, creating 1,200 jobs.")
    article(root, "acme-signs-deal", "2025-03-04T09:00:00+00:00", "acme-batteries", "Midwest Business",
            "In March, Acme signed a supply deal for 50,000 packs a year.")
    article(root, "volta-orders", "2025-05-20T12:00:00+00:00", "volta-motors", "Car Daily",
            "Volta Motors ordered batteries in May.")
    return root


@pytest.fixture(scope="module")
def site(content: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(content, tmp_path_factory.mktemp("feeds-site"), SITEURL=PUBLIC)


def parse(path: Path) -> feedparser.FeedParserDict:
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{path.name}: {feed.get('bozo_exception')}"
    return feed


def test_one_feed_per_topic_with_sources_and_one_for_the_site(site: Path) -> None:
    names = sorted(p.name for p in (site / "feeds").iterdir())
    assert names == ["acme-batteries.atom.xml", "all.atom.xml", "volta-motors.atom.xml"]


@pytest.mark.parametrize("name", ["all.atom.xml", "acme-batteries.atom.xml", "volta-motors.atom.xml"])
def test_feeds_have_every_required_atom_element_with_absolute_urls(site: Path, name: str) -> None:
    root = etree.parse(str(site / "feeds" / name)).getroot()
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{tag}") or "").strip(), f"feed has no {tag}"
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"{PUBLIC}/feeds/{name}"
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{tag}") or "").strip(), f"entry has no {tag}"
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    for element in root.iter(f"{ATOM}link"):
        assert urlsplit(element.get("href")).scheme in ("http", "https"), element.get("href")
    assert all(e.findtext(f"{ATOM}id").startswith("tag:briefings.example,") for e in entries)  # RFC 4151 tag URIs


def test_topic_feed_lists_its_sources_newest_first_pointing_at_our_copies(site: Path) -> None:
    feed = parse(site / "feeds" / "acme-batteries.atom.xml")
    assert feed.feed.title == "Industry Briefings: Acme's battery plant"
    assert feed.feed.link == f"{PUBLIC}/topics/acme-batteries/"
    assert [e.link for e in feed.entries] == [f"{PUBLIC}/articles/acme-opens-plant/", f"{PUBLIC}/articles/acme-signs-deal/"]
    assert [e.title for e in feed.entries] == ["Acme Opens Plant & more", "Acme Signs Deal & more"]
    newest = feed.entries[0]
    assert newest.updated.startswith("2025-06-10T08:00:00")
    assert feed.feed.updated == newest.updated  # the newest content date, not the build time
    html = newest.content[0].value
    assert 'href="https://batteryweekly.example/acme-opens-plant"' in html  # the original
    assert f'href="{PUBLIC}/topics/acme-batteries/"' in html
    assert newest.author == "Jane Roe"


def test_site_feed_has_every_source_of_every_topic(site: Path) -> None:
    feed = parse(site / "feeds" / "all.atom.xml")
    assert [e.link.rsplit("/", 2)[-2] for e in feed.entries] == ["acme-opens-plant", "volta-orders", "acme-signs-deal"]
    assert len({e.id for e in feed.entries}) == 3
    assert {t.term for t in feed.entries[1].tags} == {"Volta Motors"}


def test_feeds_keep_the_newest_feed_max_items_entries(content: Path, tmp_path: Path) -> None:
    site = build_site(content, tmp_path / "short", SITEURL=PUBLIC, FEED_MAX_ITEMS=2)
    entries = parse(site / "feeds" / "all.atom.xml").entries
    assert [e.link.rsplit("/", 2)[-2] for e in entries] == ["acme-opens-plant", "volta-orders"]
    entries = parse(site / "feeds" / "acme-batteries.atom.xml").entries
    assert [e.link.rsplit("/", 2)[-2] for e in entries] == ["acme-opens-plant", "acme-signs-deal"]
    site = build_site(content, tmp_path / "one", SITEURL=PUBLIC, FEED_MAX_ITEMS=1)
    assert len(parse(site / "feeds" / "acme-batteries.atom.xml").entries) == 1


def test_feeds_are_reproducible(content: Path, site: Path, tmp_path: Path) -> None:
    again = build_site(content, tmp_path / "again", SITEURL=PUBLIC)
    for feed in (site / "feeds").iterdir():
        assert (again / "feeds" / feed.name).read_bytes() == feed.read_bytes(), feed.name


def test_local_builds_still_write_absolute_feed_urls(content: Path, tmp_path: Path) -> None:
    """pelican.conf.py's default public URL: the address `make serve` listens on."""
    site = build_site(content, tmp_path / "local")
    feed = parse(site / "feeds" / "all.atom.xml")
    assert feed.entries[0].link.startswith("http://127.0.0.1:8000/articles/")


def test_every_page_links_the_site_feed_and_its_topic_feeds(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 7
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        feeds = {
            urljoin(page.relative_to(site).as_posix(), link["href"])
            for link in soup.select('head link[rel="alternate"][type="application/atom+xml"]')
        }
        assert "feeds/all.atom.xml" in feeds, page
        for href in feeds:
            assert (site / href).is_file(), f"{page}: {href} does not exist"
        name = page.relative_to(site).as_posix()
        if name.startswith(("topics/acme", "articles/acme")):
            assert "feeds/acme-batteries.atom.xml" in feeds, page
    # A topic without sources is not published (a build warning), so it has neither page nor feed.
    assert not (site / "topics" / "zeppelins").exists() and not (site / "feeds" / "zeppelins.atom.xml").exists()
