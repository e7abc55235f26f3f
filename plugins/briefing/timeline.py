"""Entry point of the timeline engine: a topic's articles in, its briefing out.

    build_briefing(topic, docs) -> Briefing

Each article is dated sentence by sentence once (dating.py), read for statements (events.py)
and key figures (figures.py); statements of all articles are merged into entries (merge.py),
figures likewise, and the editor's overrides applied last (overrides.py). The result depends
only on the articles' content: the same articles in any order give an identical briefing.
"""

from __future__ import annotations

from .dating import date_sentences
from .events import statements
from .figures import find_figures, merge_figures
from .merge import merge
from .model import Briefing, SourceDoc, TopicSpec
from .overrides import apply_overrides


def build_briefing(topic: TopicSpec, docs: list[SourceDoc]) -> Briefing:
    """The briefing of one topic: timeline, key figures, sources (by publication date), warnings."""
    sources = _unique(sorted(docs, key=lambda d: (d.published, d.url)))
    found_statements, found_figures = [], []
    for doc in sources:
        dated = date_sentences(doc.text, doc.published.date(), topic.fiscal_year_start)
        found_statements += statements(doc, dated)
        found_figures += find_figures(doc, dated)
    events, warnings = apply_overrides(topic, merge(found_statements))
    return Briefing(
        topic=topic,
        updated=sources[-1].published.date().isoformat() if sources else "",
        events=events,
        figures=merge_figures(found_figures),
        sources=sources,
        warnings=warnings,
    )


def _unique(docs: list[SourceDoc]) -> list[SourceDoc]:
    """One document per URL (the earliest), so an article stored twice is not counted twice."""
    seen: set[str] = set()
    kept = []
    for doc in docs:
        if doc.url not in seen:
            seen.add(doc.url)
            kept.append(doc)
    return kept
