"""The editor's word over the extracted timeline: pins, hides and rewords from the topic file.

Hides and rewords match the extracted wording (case-insensitive substring) before any reword
is applied, so their order in the topic file does not matter; pins are added last. Overrides
that match nothing come back as warnings, one line each naming the topic and the override.
"""

from __future__ import annotations

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
            warnings.append(f"{topic.slug}: {_describe(override)} matched nothing")
    kept = [e for e in events if not any(_matches(o, e) for o in hides)]
    result = [_reworded(e, rewords) for e in kept]
    result += [
        Event(start=o.start, end=o.end, text=o.text, pinned=True) for o in topic.overrides if o.action == "pin"
    ]
    return sorted(result, key=event_order), warnings


def _matches(override: EventOverride, event: Event) -> bool:
    return override.match.casefold() in event.text.casefold()


def _reworded(event: Event, rewords: list[EventOverride]) -> Event:
    for override in rewords:
        if _matches(override, event):
            return replace(event, text=override.text)
    return event


def _describe(override: EventOverride) -> str:
    if override.action == "reword":
        return f"override 'Reword: {override.match} => {override.text}'"
    return f"override '{override.action.capitalize()}: {override.match}'"
