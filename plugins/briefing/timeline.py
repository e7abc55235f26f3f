"""Entry point of the timeline engine: a topic's articles in, its briefing out.

    build_briefing(topic, docs) -> Briefing

Each article is dated sentence by sentence once (dating.py), read for statements (events.py)
and key figures (figures.py) by read_article, which depends on nothing but the article and the
topic's fiscal-year start (so the Pelican plugin passes a cached version of it); statements of
all articles are merged into entries (merge.py), figures likewise, and the editor's overrides applied last (overrides.py). The result depends
only on the articles' content: the same articles in any order give an identical briefing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .dating import date_sentences
from .events import Statement, statements
from .figures import find_figures, merge_figures, rank_figures
from .keytimeline import mark_key
from .merge import merge
from .model import Briefing, SourceDoc, TopicSpec
from .overrides import apply_overrides


ArticleReading = tuple[list[Statement], list]  # statements, figures found (figures.find_figures)


def read_article(doc: SourceDoc, fiscal_year_start: int) -> ArticleReading:
    """What one article contributes to a briefing: its statements and its key figures."""
    dated = date_sentences(doc.text, doc.published.date(), fiscal_year_start)
    return statements(doc, dated), find_figures(doc, dated)


def build_briefing(
    topic: TopicSpec, docs: list[SourceDoc], read: Callable[[SourceDoc, int], ArticleReading] = read_article
) -> Briefing:
    """The briefing of one topic: timeline, key figures, sources (by publication date), warnings."""
    sources = sources_of(docs)
    found_statements, found_figures = [], []
    for doc in sources:
        doc_statements, doc_figures = read(doc, topic.fiscal_year_start)
        found_statements += doc_statements
        found_figures += doc_figures
    events, warnings = apply_overrides(topic, merge(found_statements))
    return Briefing(
        topic=topic,
        updated=newest_day(sources),
        events=mark_key(events, found_statements, sources, topic.timeline_size),
        figures=rank_figures(merge_figures(found_figures), topic.figures_size),
        sources=sources,
        warnings=warnings,
    )


def sources_of(docs: Iterable[SourceDoc]) -> list[SourceDoc]:
    """A briefing's sources: one per URL, by publication date."""
    return _unique(sorted(docs, key=lambda d: (d.published, d.url)))


def newest_day(docs: Iterable[SourceDoc]) -> str:
    """The ISO day of the newest of a briefing's sources ("" without any): its `updated`."""
    sources = sources_of(docs)
    return sources[-1].published.date().isoformat() if sources else ""


def _unique(docs: list[SourceDoc]) -> list[SourceDoc]:
    """One document per URL (the earliest), so an article stored twice is not counted twice."""
    seen: set[str] = set()
    kept = []
    for doc in docs:
        if doc.url not in seen:
            seen.add(doc.url)
            kept.append(doc)
    return kept
