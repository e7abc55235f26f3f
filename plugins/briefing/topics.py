"""A topic file's metadata as a TopicSpec, including the editor's overrides of the timeline.

A topic is `content/topics/<slug>.md`; its body is the editor's summary. Metadata lines:

    Title: Nissan and Foxconn: EV production at the Oppama plant
    Match: Oppama, Foxconn
    Fiscal_year_start: 4
    Timeline_size: 12
    Figures_size: 8
    Pin: 2025-05-13 | Nissan announces plans to close seven plants
    Pin: 2024-12 to 2025-02 | Nissan and Honda hold merger talks
    Hide: Foxconn did not respond
    Reword: Oppama operated at just 40% => Oppama ran at 40% of capacity in 2024

- Match: comma-separated keywords; an article that names no topic belongs to every topic
  whose keywords it mentions.
- Fiscal_year_start: the month (1-12) the fiscal year starts; 4 for Japanese companies.
  "this fiscal year" and "fiscal 2025" resolve with it. Default 1 (calendar year).
- Timeline_size: how many entries the key timeline on the briefing page holds (the complete
  timeline stays on its own page); without it the plugin chooses by the story, at most 30.
- Figures_size: how many key figures the page shows (default 8); briefing.json lists them all.
- Pin: DATE | TEXT adds an entry the sources do not state, marked as the editor's. DATE is
  YYYY, YYYY-MM or YYYY-MM-DD, or a range "START to END".
- Hide: TEXT removes every extracted entry whose text contains TEXT (case-insensitive).
- Reword: TEXT => NEW replaces TEXT with NEW inside every extracted entry containing it
  (case-insensitive), keeping the rest of the entry's wording, its dates and its sources: on
  "The promise of Google Stadia faded in 2022", `Reword: The promise of Google Stadia => Google's
  promise` gives "Google's promise faded in 2022". To replace a whole entry, quote all of it.
- Repeat a key on several lines for several overrides. Hides and rewords match the extracted
  wording, before any reword; one that matches nothing is reported as a build warning.
A value that cannot be used raises TopicValueError: the key, the value, what is wrong and what
would be right, which checks.py turns into one line naming the file and the line.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

from .dates import day_span, is_partial_date
from .model import EventOverride, TopicSpec

_OVERRIDE_KEYS = ("pin", "hide", "reword")
# Every key a topic file may hold, as an editor writes it: ours, then Pelican's own.
TOPIC_KEYS = ("Title", "Match", "Fiscal_year_start", "Timeline_size", "Figures_size", "Pin", "Hide", "Reword",
              "Slug", "Status", "Template", "Lang", "Summary")
_PIN_FORM = "'Pin: YYYY[-MM[-DD]] [to YYYY[-MM[-DD]]] | TEXT'"
_REWORD_FORM = "'Reword: OLD TEXT => NEW TEXT'"


class TopicValueError(ValueError):
    """A topic metadata value that cannot be used: the key and value, what is wrong, what would be right."""

    def __init__(self, key: str, value: str, problem: str, expected: str) -> None:
        self.key, self.value, self.problem, self.expected = key, value, problem, expected
        super().__init__(f"{key}: {value}: {problem}; expected {expected}")


def topic_spec(slug: str, metadata: dict[str, object], summary_html: str) -> TopicSpec:
    """The TopicSpec of content/topics/<slug>.md from Pelican's (lower-cased) metadata; the first
    unusable value raises TopicValueError."""
    overrides = tuple(
        override(key, line) for key in _OVERRIDE_KEYS for line in _lines(metadata.get(key))
    )
    return TopicSpec(
        slug=slug,
        title=_single(metadata.get("title")) or slug,
        summary_html=summary_html,
        match=tuple(word.strip() for line in _lines(metadata.get("match")) for word in line.split(",") if word.strip()),
        fiscal_year_start=fiscal_year_start(_single(metadata.get("fiscal_year_start"))) or 1,
        overrides=overrides,
        timeline_size=timeline_size(_single(metadata.get("timeline_size"))),
        figures_size=figures_size(_single(metadata.get("figures_size"))) or 8,
    )


def _lines(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value).strip()] if str(value).strip() else []


def _single(value: object) -> str:
    return " ".join(_lines(value))


def fiscal_year_start(text: str) -> int | None:
    """The month (1-12) the fiscal year starts, or None when the key is absent."""
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 12:
        raise TopicValueError("Fiscal_year_start", text, "not a month number", "1-12, the month the fiscal year starts (4 for April)")
    return int(text)


def timeline_size(text: str) -> int | None:
    return _count("Timeline_size", text)


def figures_size(text: str) -> int | None:
    return _count("Figures_size", text)


def _count(key: str, text: str) -> int | None:
    """A positive whole number of entries, or None when the key is absent."""
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise TopicValueError(key, text, "not a number of entries", "a whole number, 1 or more")
    return int(text)


def override(key: str, line: str) -> EventOverride:
    """One Pin, Hide or Reword line (`key` in lower case) as an EventOverride."""
    if key == "hide":
        return EventOverride("hide", match=line)
    if key == "reword":
        match, arrow, text = line.partition("=>")
        if not arrow:
            raise TopicValueError("Reword", line, "no '=>' between the text and its new wording", _REWORD_FORM)
        if not match.strip() or not text.strip():
            raise TopicValueError("Reword", line, f"no {'text to find' if not match.strip() else 'new wording'}", _REWORD_FORM)
        return EventOverride("reword", match=match.strip(), text=text.strip())
    when, bar, text = line.partition("|")
    if not bar:
        raise TopicValueError("Pin", line, "no '|' between the date and the text", _PIN_FORM)
    if not text.strip():
        raise TopicValueError("Pin", line, "no text after '|'", _PIN_FORM)
    start, _, end = when.strip().partition(" to ")
    start, end = start.strip(), end.strip() or None
    for value in (start, end):
        if value is not None and not is_partial_date(value):
            raise TopicValueError("Pin", line, f"{value!r} is not a date{why_not_a_date(value)}", _PIN_FORM)
    if end and day_span(start)[0] > day_span(end)[1]:
        raise TopicValueError("Pin", line, f"the range ends ({end}) before it starts ({start})", "'Pin: START to END | TEXT' with START first")
    return EventOverride("pin", start=start, end=end, text=text.strip())


def why_not_a_date(value: str) -> str:
    """The reason a date-shaped value (YYYY-MM-DD, or the start of an ISO timestamp) is no date,
    as " (no month 13)", or nothing when its date part is not at fault."""
    parts = value[:10].split("-")
    if not all(part.isdigit() for part in parts) or len(parts) < 2:
        return ""
    year, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        return f" (no month {month})"
    if len(parts) == 3 and not 1 <= int(parts[2]) <= calendar.monthrange(year, month)[1]:
        return f" (no day {int(parts[2])} in {parts[0]}-{parts[1]})"
    return ""


# The reader (and so the check) of each key whose value can be wrong, by lower-case key.
VALUE_CHECKS: dict[str, Callable[[str], object]] = {
    "fiscal_year_start": fiscal_year_start,
    "timeline_size": timeline_size,
    "figures_size": figures_size,
    "pin": lambda line: override("pin", line),
    "hide": lambda line: override("hide", line),
    "reword": lambda line: override("reword", line),
}
