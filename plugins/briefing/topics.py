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
- Reword: TEXT => NEW replaces the wording of every extracted entry whose text contains TEXT
  (case-insensitive); the entry keeps its dates and sources.
- Repeat a key on several lines for several overrides. Hides and rewords match the extracted
  wording, before any reword; one that matches nothing is reported as a build warning.
A malformed override line stops the build with an error naming the topic and the line.
"""

from __future__ import annotations

from .dates import day_span, is_partial_date
from .model import EventOverride, TopicSpec

_OVERRIDE_KEYS = ("pin", "hide", "reword")


def topic_spec(slug: str, metadata: dict[str, object], summary_html: str) -> TopicSpec:
    """The TopicSpec of content/topics/<slug>.md from Pelican's (lower-cased) metadata."""
    overrides = tuple(
        _override(slug, key, line) for key in _OVERRIDE_KEYS for line in _lines(metadata.get(key))
    )
    return TopicSpec(
        slug=slug,
        title=_single(metadata.get("title")) or slug,
        summary_html=summary_html,
        match=tuple(word.strip() for line in _lines(metadata.get("match")) for word in line.split(",") if word.strip()),
        fiscal_year_start=_fiscal_year_start(slug, metadata.get("fiscal_year_start")),
        overrides=overrides,
        timeline_size=_count(slug, "Timeline_size", metadata.get("timeline_size")),
        figures_size=_count(slug, "Figures_size", metadata.get("figures_size")) or 8,
    )


def _lines(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value).strip()] if str(value).strip() else []


def _single(value: object) -> str:
    return " ".join(_lines(value))


def _fiscal_year_start(slug: str, value: object) -> int:
    text = _single(value)
    if not text:
        return 1
    if not text.isdigit() or not 1 <= int(text) <= 12:
        raise ValueError(f"topic {slug}: Fiscal_year_start must be a month number 1-12, got {text!r}")
    return int(text)


def _count(slug: str, key: str, value: object) -> int | None:
    """A positive whole number of entries, or None when the key is absent."""
    text = _single(value)
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"topic {slug}: {key} must be a whole number of entries (1 or more), got {text!r}")
    return int(text)


def _override(slug: str, key: str, line: str) -> EventOverride:
    where = f"topic {slug}: bad override line {key.capitalize()}: {line}"
    if key == "hide":
        return EventOverride("hide", match=line)
    if key == "reword":
        match, arrow, text = line.partition("=>")
        if not arrow or not match.strip() or not text.strip():
            raise ValueError(f"{where} (expected 'Reword: OLD TEXT => NEW TEXT')")
        return EventOverride("reword", match=match.strip(), text=text.strip())
    when, bar, text = line.partition("|")
    start, _, end = when.strip().partition(" to ")
    start, end = start.strip(), end.strip() or None
    if not bar or not text.strip() or not is_partial_date(start) or (end and not is_partial_date(end)):
        raise ValueError(f"{where} (expected 'Pin: YYYY[-MM[-DD]] [to YYYY[-MM[-DD]]] | TEXT')")
    if end and day_span(start)[0] > day_span(end)[1]:
        raise ValueError(f"{where} (the range ends before it starts)")
    return EventOverride("pin", start=start, end=end, text=text.strip())
