"""The editor's word over the extracted timeline: pins, hides and rewords from the topic file.

Hides and rewords match the extracted wording (case-insensitive substring, any run of spaces
matching any other) before any reword
is applied, so their order in the topic file does not matter; pins are added last. A reword
replaces the text it matched and keeps the rest of the entry: "TEXT => NEW" reads as an edit of
TEXT, and an editor who wants the whole entry replaced quotes all of it. Overrides that match
nothing come back as warnings, one line each naming the topic and the override.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .merge import event_order
from .model import Event, EventOverride, TopicSpec


def apply_overrides(topic: TopicSpec, events: list[Event]) -> tuple[list[Event], list[str]]:
    """The timeline after the topic's overrides, and a warning per override that matched nothing."""
    warnings: list[str] = []
    hides = [o for o in topic.overrides if o.action == "hide"]
    rewords = [o for o in topic.overrides if o.action == "reword"]
    for override in hides + rewords:
        if not any(_matches(override, e) for e in events):
            warnings.append(f"{topic.slug}: override '{describe(override)}' matched nothing")
    kept = [e for e in events if not any(_matches(o, e) for o in hides)]
    result = [_reworded(e, rewords) for e in kept]
    result += [
        Event(start=o.start, end=o.end, text=o.text, pinned=True) for o in topic.overrides if o.action == "pin"
    ]
    return sorted(result, key=event_order), warnings


def _matches(override: EventOverride, event: Event) -> bool:
    return re.search(_pattern(override.match), event.text, re.IGNORECASE) is not None


def _pattern(text: str) -> str:
    """TEXT as a regex: literal, except that any run of spaces matches any run (copied text often differs there)."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _reworded(event: Event, rewords: list[EventOverride]) -> Event:
    """The event with every text a reword matches replaced by its new wording, in one pass over the
    extracted text (where two rewords overlap, the longer match wins)."""
    matching = sorted((o for o in rewords if _matches(o, event)), key=lambda o: -len(o.match))
    if not matching:
        return event
    pattern = re.compile("|".join(f"({_pattern(o.match)})" for o in matching), re.IGNORECASE)
    text = pattern.sub(lambda found: matching[(found.lastindex or 1) - 1].text, event.text)
    return replace(event, text=text)


def describe(override: EventOverride) -> str:
    """A hide or reword as its topic-file line reads, spacing normalised."""
    if override.action == "reword":
        return f"Reword: {override.match} => {override.text}"
    return f"{override.action.capitalize()}: {override.match}"
