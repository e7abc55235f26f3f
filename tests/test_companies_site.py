"""'Companies mentioned' on built briefing pages: big companies named bare are listed with their
home listings, and the shipped Nissan briefing lists Foxconn once, without a subsidiary's ticker."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import build_site
from test_theme_pages import write


def companies_listed(page: Path) -> dict[str, str]:
    """Company name -> ticker ("" when none) as the page lists them."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    listed = {}
    for item in soup.select(".company-list li"):
        name = item.select_one("a, .company-name").get_text(strip=True)
        ticker = item.select_one(".ticker")
        listed[name] = ticker.get_text(strip=True) if ticker else ""
    return listed


@pytest.fixture(scope="module")
def consoles_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("consoles")
    write(content / "topics" / "consoles.md", "Title: The next console war\nMatch: console\n\nWho makes the next console.\n")
    write(content / "articles" / "a.md", """
        Title: Cloud gaming heats up
        Date: 2025-03-10T08:00:00+00:00
        Publisher: Games Weekly
        Original_url: https://games.example/a
        Topics: consoles
        Slug: a

        Google, Apple, Microsoft and Sony are all courting game developers this year.

        Sony said on Monday that its next console would arrive in 2027. Microsoft has bet on cloud
        gaming instead, and Apple is pushing games on its phones. Google declined to comment.

        Apple orchards near the studio in Washington were not affected, a farmer said.
        """)
    write(content / "articles" / "b.md", """
        Title: Sony raises console prices
        Date: 2025-06-01T08:00:00+00:00
        Publisher: Console Daily
        Original_url: https://consoles.example/b
        Topics: consoles
        Slug: b

        Sony raised the price of its console by 10% in June, citing tariffs. Analysts expect Microsoft
        to follow, while Google's streaming service stays free.
        """)
    return build_site(content, tmp_path_factory.mktemp("consoles-site"))


def test_big_companies_named_bare_are_listed_with_their_tickers(consoles_site: Path) -> None:
    listed = companies_listed(consoles_site / "topics" / "consoles" / "index.html")
    assert listed == {"Sony": "TYO:6758", "Microsoft": "NASDAQ:MSFT", "Apple": "NASDAQ:AAPL", "Google": ""}


def test_the_shipped_briefing_lists_each_company_once_with_its_home_listing(shipped_site: Path) -> None:
    listed = companies_listed(shipped_site / "topics" / "nissan-foxconn" / "index.html")
    assert listed["Nissan"] == "TYO:7201"  # not the OTC ADR the copy gives
    assert listed["Foxconn"] == ""  # SS:601138 is Foxconn Industrial Internet's, a mainland subsidiary
    assert "Hon Hai Precision Industry" not in listed  # "Foxconn, officially Hon Hai Precision Industry"
    assert listed["Mitsubishi Motors"] == "TYO:7211"
