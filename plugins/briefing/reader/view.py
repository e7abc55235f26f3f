"""Everything the briefing page shows besides the briefing itself, attached to each topic."""

from __future__ import annotations

from typing import Any

from .axis import time_axis
from .changes import recent_changes
from .entities import companies_in, topic_naming


def attach_reader_views(topics: list[Any], changes_days: int) -> None:
    """Give every topic its `axis`, `changes` and `companies` [(Company, linked topic or None)]."""
    specs = {topic.briefing.topic.slug: topic for topic in topics}
    for topic in topics:
        briefing = topic.briefing
        topic.axis = time_axis(briefing.events)
        topic.changes = recent_changes(briefing, changes_days)
        derived = [e.text for e in briefing.events] + [f.text for f in briefing.figures]
        topic.companies = [
            (company, specs[spec.slug] if spec else None)
            for company in companies_in([s.text for s in briefing.sources], derived)
            for spec in [topic_naming(company, [t.briefing.topic for t in topics])]
        ]
