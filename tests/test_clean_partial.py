"""A page that holds only part of its article (paywall, subscription gate, text cut on an ellipsis) is
stored with `Partial: true`, and the briefing reads that source as partial; whole articles are not."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG

from briefing.sources import source_doc
from scraper import cli
from scraper.article_file import parse_article
from scraper.clean import clean_page

URL = "https://news.example.com/2019/11/19/cloud-gaming"
LEDE = ("Google's Stadia launched on Tuesday with a small library of games, and early reviews said the service "
        "worked well on fast home connections but struggled elsewhere.")
SECOND = ("Microsoft and Apple are preparing rival services, and publishers are weighing which of them to back "
          "with their biggest hits, new maps, missions and characters.")


def page(body_end: str = "", head: str = "", outside: str = "", body_class: str = "article-body") -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cloud gaming's big test</title>
<meta property="article:published_time" content="2019-11-19T13:03:00+00:00">{head}</head><body>
<main><article><h1>Cloud gaming's big test</h1><div class="{body_class}"><p>{LEDE}</p><p>{SECOND}</p>{body_end}</div>
</article>{outside}</main></body></html>""".encode()


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


PAYWALL_PART = {"@type": "NewsArticle", "headline": "Cloud gaming's big test", "isAccessibleForFree": False,
                "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}}
PARTIAL = {
    "cut mid-word on an ellipsis": dict(body_end="<p>All…</p>"),
    "cut on three dots": dict(body_end="<p>The first two...</p>"),
    "JSON-LD paywall, paid part absent": dict(head=ld(PAYWALL_PART)),
    "JSON-LD article not free": dict(head=ld({"@type": "NewsArticle", "isAccessibleForFree": "False"})),
    "subscribe gate": dict(outside="<div><p>Subscribe now to continue reading this story.</p><a href='/s'>Subscribe</a></div>"),
    "members-only notice": dict(outside="<p>The rest of this article is available to subscribers only.</p>"),
    "continue-reading link ending the body": dict(body_end='<p><a href="https://other.example.com/full">Continue reading</a></p>'),
    "read-the-full-story link after the body": dict(outside='<p><a href="https://wire.example.com/x">Read the full story at Example Wire »</a></p>'),
    "read more teaser": dict(body_end='<p><a class="more-link" href="/2019/11/19/cloud-gaming/full">Read more…</a></p>'),
}
WHOLE = {
    "plain article": dict(),
    "metered paywall served whole": dict(head=ld(PAYWALL_PART), body_class="article-body paywall"),
    "a last line trailing off": dict(body_end="<p>Tell us what you think about cloud gaming...</p>"),
    "newsletter box": dict(outside="<div><p>Sign up for our newsletter: the week's gaming news in your inbox.</p></div>"),
    "free article": dict(head=ld({"@type": "NewsArticle", "isAccessibleForFree": True})),
    "read more pointing to another story": dict(body_end='<p>Read more: <a href="/other">Nintendo bets on handhelds</a></p>'),
    "a promotion ending the body": dict(body_end="<p>READ MORE ON EXAMPLE NEWS BY CLICKING HERE</p>"),
}


@pytest.mark.parametrize("parts", PARTIAL.values(), ids=PARTIAL.keys())
def test_a_cut_article_is_partial(parts):
    article = clean_page(page(**parts), URL)
    assert article.partial and LEDE in article.text


@pytest.mark.parametrize("parts", WHOLE.values(), ids=WHOLE.keys())
def test_a_whole_article_is_not_partial(parts):
    article = clean_page(page(**parts), URL)
    assert not article.partial and SECOND in article.text


def _briefing_source(path):
    """The briefing plugin's view of a stored article, read by Pelican's own Markdown reader."""
    settings = dict(DEFAULT_CONFIG, MARKDOWN={"extensions": ["markdown.extensions.extra"], "output_format": "html5"})
    content, meta = MarkdownReader(settings).read(str(path))
    return source_doc(SimpleNamespace(metadata=meta, title=meta["title"], date=meta["date"], url="a.html"), content)


@pytest.mark.parametrize(("parts", "partial"), [(PARTIAL["cut mid-word on an ellipsis"], True), (WHOLE["plain article"], False)])
def test_scrape_add_writes_partial_and_the_briefing_marks_the_source(tmp_path, capsys, parts, partial):
    saved = tmp_path / "page.html"
    saved.write_bytes(page(**parts))
    content = tmp_path / "content"
    assert cli.main(["add", "--content", str(content), "--html", str(saved), "--url", URL]) == 0, capsys.readouterr()
    [stored] = (content / "articles").glob("*.md")
    text = stored.read_text(encoding="utf-8")
    assert ("\nPartial: true\n" in text) is partial and parse_article(text).partial is partial
    assert _briefing_source(stored).partial is partial
