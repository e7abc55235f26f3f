"""Atom feeds: one per topic and one for the whole site, one entry per source article (the
newest FEED_MAX_ITEMS of them). Each names an XSL stylesheet (the theme's feed.xsl, written
beside the feeds by reader/pages.py), so a browser shows a readable page in the site's look
instead of raw XML; feed readers ignore it.

Feed readers need absolute URLs, so links are built on the SITEURL setting (absolute in every
build, see pelican.conf.py). Every date comes from the content, never from the clock, so the
same content always gives byte-identical feeds.
"""

from __future__ import annotations

import os
from html import escape
from typing import Any

from feedgenerator import Atom1Feed, get_tag_uri
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator
from markupsafe import Markup
from pelican.generators import Generator

from .filters import iso_day, partial_date

FEED_SETTINGS = {
    "BRIEFING_FEED_SAVE_AS": "feeds/{slug}.atom.xml",
    "BRIEFING_SITE_FEED_SAVE_AS": "feeds/all.atom.xml",
    "BRIEFING_FEED_STYLE_SAVE_AS": "feeds/feed.xsl",  # beside the feeds: its links are relative to them
}


class StyledAtomFeed(Atom1Feed):
    """An Atom feed whose document names an XSL stylesheet (a URL relative to the feed)."""

    def __init__(self, *args: Any, stylesheet: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stylesheet = stylesheet

    def write(self, outfile: Any, encoding: str) -> None:
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.processingInstruction("xml-stylesheet", f'type="text/xsl" href="{escape(self.stylesheet)}"')
        handler.ignorableWhitespace("\n")
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class FeedsGenerator(Generator):
    """Writes the topic feeds and the site feed once the briefings are built."""

    def generate_context(self) -> None:
        """Nothing to read: the feeds are made of the articles and topics already in the context."""

    def generate_output(self, writer: Any) -> None:
        site_url = self.settings["SITEURL"]
        articles = self.context["articles"]  # newest first
        # Pelican's FEED_MAX_ITEMS (default 100; None: all): feed readers fetch the whole file on
        # every poll, and a site feed of every source grows without end (19 MB at 10,000 sources).
        newest = self.settings.get("FEED_MAX_ITEMS")
        topics = self.context.get("topics", [])
        members_of: dict[int, list[Any]] = {id(topic): [] for topic in topics}
        for article in articles:
            for topic in article.briefing_topics:
                members_of[id(topic)].append(article)
        for topic in topics:
            members = members_of[id(topic)]
            if members:
                feed = self._feed(f"{self.settings['SITENAME']}: {Markup(topic.title).striptags()}", f"{site_url}/{topic.url}",
                                  self.settings["BRIEFING_FEED_SAVE_AS"].format(slug=topic.slug))
                for article in members[:newest]:
                    _add_entry(feed, article, site_url, [topic])
                self._write(feed, self.settings["BRIEFING_FEED_SAVE_AS"].format(slug=topic.slug))
        if articles:
            feed = self._feed(f"{self.settings['SITENAME']}: all sources", f"{site_url}/", self.settings["BRIEFING_SITE_FEED_SAVE_AS"])
            for article in articles[:newest]:
                _add_entry(feed, article, site_url, article.briefing_topics)
            self._write(feed, self.settings["BRIEFING_SITE_FEED_SAVE_AS"])

    def _feed(self, title: str, link: str, save_as: str) -> StyledAtomFeed:
        style = self.settings["BRIEFING_FEED_STYLE_SAVE_AS"]
        return StyledAtomFeed(
            stylesheet=os.path.relpath(style, os.path.dirname(save_as) or ".").replace(os.sep, "/"),
            title=title,
            link=link,
            feed_url=f"{self.settings['SITEURL']}/{save_as}",
            description=self.settings.get("SITESUBTITLE", ""),
            author_name=self.settings.get("AUTHOR") or self.settings["SITENAME"],
            language=self.settings.get("DEFAULT_LANG"),
        )

    def _write(self, feed: Atom1Feed, save_as: str) -> None:
        path = os.path.join(self.output_path, save_as)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            feed.write(out, "utf-8")


def _add_entry(feed: Atom1Feed, article: Any, site_url: str, topics: list[Any]) -> None:
    """One source article: where it came from, the timeline entries it supports, its opening lines."""
    link = f"{site_url}/{article.url}"
    original = article.metadata.get("original_url", link)
    publisher = article.metadata.get("publisher", "")
    parts = [
        f"<p>{publisher + ', ' if publisher else ''}{partial_date(iso_day(article.date))}. "
        f'<a href="{escape(original)}">Read the original</a>.</p>'
    ]
    for topic in topics:
        # topic.citations is indexed by source URL: scanning every entry for every article grew
        # with the square of the sources
        events = topic.citations.get(original, [])
        if events:
            items = "".join(f"<li>{escape(partial_date(e.start))}{' (expected)' if e.expected else ''}: {escape(e.text)}</li>" for _, e in events)
            parts.append(f'<p>On the <a href="{site_url}/{topic.url}">{topic.title}</a> timeline:</p><ul>{items}</ul>')
    # get_summary ignores its argument (the summary's links follow the page last written); asked
    # for by that page's URL, it reuses the summary the article's own page computed, when the same.
    parts.append(f"<blockquote>{article.get_summary(article.get_siteurl())}</blockquote>")
    authors = ", ".join(a.name for a in getattr(article, "authors", []))
    feed.add_item(
        title=Markup(article.title).striptags(),
        link=link,
        unique_id=get_tag_uri(link, article.date),
        description=None,
        content="".join(parts),
        author_name=authors or Markup(publisher).striptags() or None,
        pubdate=article.date,
        updateddate=getattr(article, "modified", None) or article.date,
        categories=[Markup(t.title).striptags() for t in topics],
    )
