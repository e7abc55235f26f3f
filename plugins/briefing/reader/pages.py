"""The reader's pages beyond the briefing: each topic's complete timeline, the 404 page GitHub
Pages serves for a missing address, and the XSL stylesheet that shows a feed as a page.

The briefing page shows the key timeline only (it must stay short for stories of hundreds of
articles); every entry stays reachable without JavaScript on the topic's timeline page.
"""

from __future__ import annotations

from typing import Any

from pelican.generators import Generator

PAGE_SETTINGS = {
    "BRIEFING_TIMELINE_URL": "topics/{slug}/timeline/",
    "BRIEFING_TIMELINE_SAVE_AS": "topics/{slug}/timeline/index.html",
    "BRIEFING_NOT_FOUND_SAVE_AS": "404.html",  # GitHub Pages serves it for any missing path
    # Article pages show an excerpt, the entries citing the article and the link to the original;
    # True publishes the full clean text, for sites that hold the rights to it.
    "BRIEFING_FULL_TEXT": False,
}


class ReaderPagesGenerator(Generator):
    """Writes the timeline pages, 404.html and the feeds' stylesheet once the briefings are built."""

    def generate_context(self) -> None:
        """Nothing to read: these pages are made of the topics already in the context."""

    def generate_output(self, writer: Any) -> None:
        relative = self.settings["RELATIVE_URLS"]
        for topic in self.context.get("topics", []):
            url = self.settings["BRIEFING_TIMELINE_URL"].format(slug=topic.slug)
            writer.write_file(
                self.settings["BRIEFING_TIMELINE_SAVE_AS"].format(slug=topic.slug), self.get_template("timeline"),
                self.context, topic=topic, briefing=topic.briefing, relative_urls=relative, url=url,
            )
        # A 404 page is served at whatever address was missing: in production every URL on it is
        # absolute (RELATIVE_URLS is off), and local builds are not served by GitHub Pages.
        writer.write_file(self.settings["BRIEFING_NOT_FOUND_SAVE_AS"], self.get_template("404"), self.context,
                          relative_urls=relative, page_name="404")
        if self.context.get("articles"):
            writer.write_file(self.settings["BRIEFING_FEED_STYLE_SAVE_AS"], self.env.get_template("feed.xsl"),
                              self.context, relative_urls=relative)
