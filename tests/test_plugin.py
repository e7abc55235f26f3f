"""The briefing plugin in a real Pelican build: topic pages, briefing.json, home and article pages."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import build_site


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def make_content(root: Path) -> Path:
    content = root / "content"
    write(
        content / "topics" / "acme-batteries.md",
        """
        Title: Acme's battery plant
        Match: Acme
        Pin: 2023-01 | Acme announces its battery strategy
        Hide: There is no such sentence anywhere

        Acme is building a **battery plant** in Ohio.
        """,
    )
    write(
        content / "topics" / "empty-topic.md",
        """
        Title: A topic nobody wrote about
        Match: zeppelin

        Nothing yet.
        """,
    )
    write(
        content / "articles" / "2025-06-10-acme-opens-plant.md",
        """
        Title: Acme opens its Ohio battery plant
        Date: 2025-06-10T08:00:00+00:00
        Authors: Jane Roe
        Publisher: Battery Weekly
        Original_url: https://batteries.example/acme-opens-plant
        Topics: acme-batteries
        Slug: 2025-06-10-acme-opens-plant

        Acme opened its battery plant in Ohio on Tuesday, creating 1,200 jobs.

        In March, Acme signed a supply deal with Volta Motors for 50,000 packs a year.
        """,
    )
    write(
        content / "articles" / "2025-06-11-acme-ohio.md",
        """
        Title: Ohio plant marks Acme's push into batteries
        Date: 2025-06-11T09:30:00+00:00
        Publisher: Midwest Business
        Original_url: https://midwest.example/acme-ohio
        Slug: 2025-06-11-acme-ohio

        Acme's new Ohio battery plant opened this week with 1,200 workers.

        In March, Acme signed a deal to supply Volta Motors with 50,000 battery packs a year.
        """,
    )
    write(
        content / "articles" / "2025-06-12-unrelated.md",
        """
        Title: Zinc prices climb
        Date: 2025-06-12T10:00:00+00:00
        Publisher: Metals Daily
        Original_url: https://metals.example/zinc
        Slug: 2025-06-12-unrelated

        Zinc prices rose for a third week.
        """,
    )
    return content


def test_topic_page_and_json(tmp_path: Path, pelican_warnings) -> None:
    output = build_site(make_content(tmp_path), tmp_path / "output")

    briefing = json.loads((output / "topics" / "acme-batteries" / "briefing.json").read_text())
    assert briefing["topic"] == {"slug": "acme-batteries", "title": "Acme's battery plant"}
    assert briefing["updated"].startswith("2025-06-11")
    assert [s["url"] for s in briefing["sources"]] == [
        "https://batteries.example/acme-opens-plant",  # named the topic explicitly
        "https://midwest.example/acme-ohio",  # matched by the keyword "Acme"
    ]
    starts = [e["start"] for e in briefing["events"]]
    assert starts == sorted(starts)
    march = [e for e in briefing["events"] if e["start"] == "2025-03"]
    assert len(march) == 1, "the supply deal reported by both sources is one entry"
    assert sorted(march[0]["sources"]) == ["https://batteries.example/acme-opens-plant", "https://midwest.example/acme-ohio"]
    assert any(e["start"] == "2023-01" and e.get("pinned") for e in briefing["events"])

    page = BeautifulSoup((output / "topics" / "acme-batteries" / "index.html").read_text(), "lxml")
    assert page.h1.get_text(strip=True) == "Acme's battery plant"
    assert page.select_one(".summary strong").get_text() == "battery plant"
    times = [t["datetime"] for t in page.select(".events time")]
    assert "2025-03" in times
    assert {a["href"] for a in page.select(".sources a[rel~=external]")} == {
        "https://batteries.example/acme-opens-plant",
        "https://midwest.example/acme-ohio",
    }

    assert any("matched nothing" in r.getMessage() and "acme-batteries" in r.getMessage() for r in pelican_warnings.records)


def test_topic_without_articles_is_a_warning_not_an_empty_page(tmp_path: Path, pelican_warnings) -> None:
    content = make_content(tmp_path)
    output = build_site(content, tmp_path / "output")
    assert not (output / "topics" / "empty-topic").exists()
    assert "empty-topic" not in (output / "index.html").read_text()
    assert (output / "topics" / "acme-batteries" / "briefing.json").exists()
    assert [r.getMessage() for r in pelican_warnings.records if "empty-topic" in r.getMessage()] == [
        f"{content / 'topics' / 'empty-topic.md'}: topic empty-topic has no articles (none names it in Topics: or mentions its "
        "Match keywords: zeppelin); not published; expected articles scraped with --topic empty-topic, or Match keywords they mention"
    ]


def test_home_lists_topics_newest_first(tmp_path: Path) -> None:
    output = build_site(make_content(tmp_path), tmp_path / "output")
    home = BeautifulSoup((output / "index.html").read_text(), "lxml")
    titles = [a.get_text(strip=True) for a in home.select(".topic-card h2 a")]
    assert titles[0] == "Acme's battery plant"
    assert "A topic nobody wrote about" not in titles  # no articles: not published


def test_article_page_attributes_and_links_original(tmp_path: Path) -> None:
    output = build_site(make_content(tmp_path), tmp_path / "output")
    page = BeautifulSoup((output / "articles" / "2025-06-10-acme-opens-plant" / "index.html").read_text(), "lxml")
    assert page.find("link", rel="canonical")["href"] == "https://batteries.example/acme-opens-plant"
    assert "Battery Weekly" in page.select_one(".meta").get_text()
    assert "Jane Roe" in page.select_one(".meta").get_text()
    assert page.select_one(".attribution a")["href"] == "https://batteries.example/acme-opens-plant"
    assert [a.get_text() for a in page.select(".topics a")] == ["Acme's battery plant"]


def test_text_from_sources_is_escaped_on_the_page(tmp_path: Path) -> None:
    """Titles arrive HTML-escaped from the scraper and sentences as text: neither may become markup."""
    content = make_content(tmp_path)
    write(
        content / "articles" / "2025-06-13-hostile.md",
        """
        Title: Acme &amp; Sons &lt;script&gt;alert(1)&lt;/script&gt;
        Date: 2025-06-13T10:00:00+00:00
        Publisher: Evil &lt;b&gt;Press&lt;/b&gt;
        Original_url: https://evil.example/acme
        Topics: acme-batteries
        Slug: 2025-06-13-hostile

        In April, Acme hired 300 people &lt;img src=x onerror=alert(1)&gt; at its Ohio battery plant.
        """,
    )
    output = build_site(content, tmp_path / "output")
    briefing = json.loads((output / "topics" / "acme-batteries" / "briefing.json").read_text())
    hostile = next(s for s in briefing["sources"] if s["url"] == "https://evil.example/acme")
    assert hostile["title"] == "Acme & Sons <script>alert(1)</script>"
    assert hostile["publisher"] == "Evil <b>Press</b>"
    html = (output / "topics" / "acme-batteries" / "index.html").read_text()
    page = BeautifulSoup(html, "lxml")
    assert not page.select("img[onerror], b")
    assert all("alert(1)" not in (script.string or "") or script.get("type") == "application/ld+json" for script in page.find_all("script"))
    assert "Acme &amp; Sons &lt;script&gt;" in html
