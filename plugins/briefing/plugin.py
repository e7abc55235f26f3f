"""The Pelican side of the briefing plugin: one briefing page and briefing.json per topic.

Topics are Markdown files under BRIEFING_TOPICS_PATH (metadata: Title, Match, Fiscal_year_start,
editor overrides; body: the editor's summary). The generator runs after Pelican's
ArticlesGenerator, so it sees every article; it puts the topics in the shared context
(`topics`, newest first) so the home page and article pages can list them.

Briefings are built in workers while Pelican goes on: a topic's `briefing` and its reader views
(`axis`, `changes`, `citations`, `companies`) are filled in when first read, which waits for the
workers (batch.PendingBriefings). Article pages list the timeline entries citing them, so the
first article page written is the first to wait.
"""

from __future__ import annotations

import json
import logging
import os
from functools import cached_property
from typing import Any

from jinja2 import FileSystemBytecodeCache
from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import Generator

from .batch import PendingBriefings, TopicJob, article_texts, worker_count
from .cache import ExtractionCache
from .early import EarlyReader
from .history import connect_signals as connect_history_signals
from .history import record as record_history
from .reader.feeds import FEED_SETTINGS, FeedsGenerator
from .reader.filters import FILTERS
from .reader.pages import PAGE_SETTINGS, ReaderPagesGenerator
from .reader.view import attach_reader_views
from .report import connect_signals as connect_report_signals
from .report import log_briefing_warnings, published_topics, read_checked_topics
from .sources import source_doc, topic_members

logger = logging.getLogger(__name__)

DEFAULT_SETTINGS = {
    "BRIEFING_TOPICS_PATH": "topics",
    "TOPIC_URL": "topics/{slug}/",
    "TOPIC_SAVE_AS": "topics/{slug}/index.html",
    "TOPIC_JSON_SAVE_AS": "topics/{slug}/briefing.json",
    "BRIEFING_CHANGES_DAYS": 7,  # "what changed": sources published within this many days of the newest
    **FEED_SETTINGS,
    **PAGE_SETTINGS,
}
_early_reader: EarlyReader | None = None  # this build's, from BriefingGenerator() to its generate_context
_in_progress: BriefingsInProgress | None = None  # this build's, from generate_context until finished


class _Finished:
    """A topic attribute known once the build's briefings are finished: reading it waits for them."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = f"_{name}"

    def __get__(self, topic: Topic | None, owner: type | None = None) -> Any:
        if topic is None:
            return self
        if topic.in_progress is not None:
            topic.in_progress.finish()
        return getattr(topic, self.attribute, None)

    def __set__(self, topic: Topic, value: Any) -> None:
        setattr(topic, self.attribute, value)


class Topic(Page):
    """A topic file read by Pelican; `briefing` is attached once its articles are merged."""

    default_template = "briefing"
    articles: list[Article] = []  # its source articles, in the site's order (known before the briefing)
    in_progress: BriefingsInProgress | None = None
    briefing = _Finished()
    axis = _Finished()  # reader views (reader/view.py)
    changes = _Finished()
    citations = _Finished()
    companies = _Finished()

    @cached_property
    def url(self) -> str:
        """Pelican formats a URL anew on every read; every article page reads its topics' URLs."""
        return super().url


class BriefingsInProgress:
    """The build's briefings being built: finish() waits for them and attaches them to their topics."""

    def __init__(self, topics: list[Topic], pending: PendingBriefings, cache: ExtractionCache, changes_days: int) -> None:
        self._topics, self._pending, self._cache, self._changes_days = topics, pending, cache, changes_days
        self._finished = False
        for topic in topics:
            topic.in_progress = self

    def finish(self) -> None:
        """Wait for the briefings (once), attach them and the reader views, save the cache."""
        global _in_progress
        if self._finished:
            return
        self._finished = True
        if _in_progress is self:
            _in_progress = None
        briefed = self._pending.result()
        for topic, done in zip(self._topics, briefed, strict=True):
            topic.in_progress = None
            topic.briefing = done.briefing
            log_briefing_warnings(topic, done.briefing.warnings)
        attach_reader_views(self._topics, self._changes_days, [done.companies for done in briefed])
        cache = self._cache
        record_history([done.briefing for done in briefed], cache)
        cache.save()
        logger.info(
            "briefing cache: %d extractions reused, %d computed", cache.hits, cache.misses,
            extra={"briefing_cache": {"hits": cache.hits, "misses": cache.misses}},
        )

    def cancel(self) -> None:
        """Stop the workers of a build that failed before it needed the briefings (autoreload)."""
        self._finished = True
        self._pending.cancel()


class BriefingGenerator(Generator):
    """Reads the topic files, builds each topic's briefing and writes its page and JSON."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        global _early_reader, _in_progress
        self.topics: list[Topic] = []
        super().__init__(*args, **kwargs)
        # Generators are all created before Pelican reads the articles: the topics are read now,
        # so that a spare core can read each article as Pelican creates it (early.py).
        # get_files gives a set: sorted, an article's topics keep one order whatever the hash seed.
        paths = sorted(self.get_files(self.settings["BRIEFING_TOPICS_PATH"], extensions=("md",)))
        self._read_topics, self._specs = read_checked_topics(self.path, paths, self._read_topic)
        self._cache = ExtractionCache.from_settings(self.settings)
        # Left by a build that failed before needing them (autoreload): stopped before this one starts.
        if _early_reader is not None:
            _early_reader.finish()
        if _in_progress is not None:
            _in_progress.cancel()
            _in_progress = None
        _early_reader = EarlyReader.for_build(self._specs, self._cache, worker_count(self.settings))

    def generate_context(self) -> None:
        global _early_reader, _in_progress
        early, _early_reader = _early_reader, None
        early_texts = early.texts() if early else {}
        cache = self._cache
        workers = worker_count(self.settings)
        articles = self.context["articles"]
        htmls = [a.content for a in articles]
        texts = dict(zip([a.source_path for a in articles], article_texts(htmls, cache, workers, early_texts)))
        for article in articles:
            article.briefing_topics = []
            article.briefing_text = texts[article.source_path]  # its plain text: the page's excerpt
        read, specs = self._read_topics, self._specs
        topics = list(zip(read, topic_members(articles, [texts[a.source_path] for a in articles], specs)))
        topics, specs = published_topics(topics, specs, articles, os.path.join(self.path, self.settings["BRIEFING_TOPICS_PATH"]))
        jobs = [TopicJob(spec, tuple(source_doc(a, texts[a.source_path]) for a in members))
                for spec, (_, members) in zip(specs, topics)]
        early_readings = early.finish() if early else {}  # the worker read on while topics were matched
        for topic, members in topics:
            topic.articles = members
            for article in members:
                article.briefing_topics.append(topic)
            self.add_source_path(topic)
        pending = PendingBriefings(jobs, cache, workers, early_readings)
        _in_progress = BriefingsInProgress([topic for topic, _ in topics], pending, cache,
                                           self.settings["BRIEFING_CHANGES_DAYS"])
        newest_first = sorted(zip(topics, jobs), key=lambda pair: (pair[1].updated, pair[0][0].slug), reverse=True)
        self.topics = [topic for (topic, _), _ in newest_first]
        self.context["topics"] = self.topics

    def _read_topic(self, path: str) -> Topic:
        topic = self.readers.read_file(base_path=self.path, path=path, content_class=Topic, context=self.context)
        if "slug" not in topic.metadata:
            topic.slug = os.path.splitext(os.path.basename(path))[0]
        return topic

    def generate_output(self, writer: Any) -> None:
        if _in_progress is not None:
            _in_progress.finish()
        for topic in self.topics:
            writer.write_file(
                topic.save_as,
                self.get_template(topic.template),
                self.context,
                topic=topic,
                briefing=topic.briefing,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=topic.url,
            )
            self._write_json(self.settings["TOPIC_JSON_SAVE_AS"].format(slug=topic.slug), topic.briefing.to_json())

    def _write_json(self, name: str, document: dict) -> None:
        path = os.path.join(self.output_path, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")


def _apply_defaults(pelican: Any) -> None:
    for key, value in DEFAULT_SETTINGS.items():
        pelican.settings.setdefault(key, value)
    # Templates see SITEURL rewritten relative under RELATIVE_URLS; canonical links and
    # Open Graph need it absolute.
    pelican.settings["ABSOLUTE_SITEURL"] = pelican.settings["SITEURL"]


def _read_early(content: Any) -> None:
    """content_object_init: hand each new article to the early reader, if this build has one."""
    if _early_reader is not None and isinstance(content, Article):
        _early_reader.add(content)


def _get_generators(_pelican: Any) -> list[type[Generator]]:
    return [BriefingGenerator, FeedsGenerator, ReaderPagesGenerator]  # these last two read the briefings


def _prepare_environment(generator: Generator) -> None:
    """Every generator's Jinja environment: the theme's filters, and compiled templates kept
    under CACHE_PATH when the build caches (each generator has its own environment, so without
    it the shared base templates are compiled once per generator, on every build)."""
    generator.env.filters.update(FILTERS)
    settings = generator.settings
    if settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE") and settings.get("CACHE_PATH"):
        folder = os.path.join(settings["CACHE_PATH"], "jinja")
        os.makedirs(folder, exist_ok=True)
        generator.env.bytecode_cache = FileSystemBytecodeCache(folder)


def _forget_an_unfinished_sitemap(_pelican: Any) -> None:
    """pelican-sitemap writes sitemap.txt when the first build it saw finishes, and forgets that
    build only then: after a build that failed (an editor's typo under `make serve`), no later
    build in the same process would write a sitemap. Each build starts it afresh."""
    try:
        from pelican.plugins import sitemap
    except ImportError:
        return
    sitemap.generator.__init__()


def connect_signals() -> None:
    connect_history_signals()  # before the report's: its finalized hook may stop the build
    connect_report_signals()
    signals.initialized.connect(_forget_an_unfinished_sitemap)
    signals.initialized.connect(_apply_defaults)
    signals.get_generators.connect(_get_generators)
    signals.generator_init.connect(_prepare_environment)
    signals.content_object_init.connect(_read_early)
