"""The topics an article may name: one file per topic in the content folder's topics/.

An article scraped under a slug that has no topic file would be published with no briefing, so
the scraper refuses such a slug before any work, with the slugs it would have accepted.
"""

from __future__ import annotations

from pathlib import Path

TOPICS_FOLDER = "topics"
_LISTED = 20  # slugs named in an error; the rest are left to `scripts/topic.py list`


def known_topics(content: Path) -> list[str]:
    """Slugs of the topic files under content/topics/, sorted."""
    folder = content / TOPICS_FOLDER
    return sorted(path.stem for path in folder.glob("*.md")) if folder.is_dir() else []


def unknown_topic(slug: str, known: list[str], content: Path) -> str:
    """Why `slug` cannot be used, and what can: the known slugs, or how to start a topic."""
    missing = content / TOPICS_FOLDER / f"{slug}.md"
    if not known:
        return f"no such topic {slug!r}: {missing} does not exist and there are no topics yet (start one with scripts/topic.py new)"
    shown = ", ".join(known[:_LISTED]) + (f" and {len(known) - _LISTED} more (scripts/topic.py list)" if len(known) > _LISTED else "")
    return f"no such topic {slug!r} ({missing} does not exist); known topics: {shown}"
