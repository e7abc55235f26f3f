"""Briefing plugin for Pelican: merges every article of a topic into one briefing page.

The Pelican side is imported only in register(), so the timeline engine (timex, events,
merging) stays importable, and fast to start, from scripts that do not build a site.
"""


def register() -> None:
    """Pelican entry point: connect the briefing generator's signals."""
    from .plugin import connect_signals

    connect_signals()
