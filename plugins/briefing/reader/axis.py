"""Where each timeline entry sits on a to-scale time axis, for the theme's chart.

The theme draws the axis with CSS: every marker is placed by a percentage of the width, so the
chart fits any screen without scrolling. An entry dated to the day is a numbered pill; an entry
dated by month or year alone, like a range, is a bar over the days it covers (a point in the
middle of its year would claim a precision the sources never gave). Pills that would overlap on
a narrow phone screen merge into one pill only when they stand for consecutive entries of the
same kind (what happened, or what is expected), so a pill "4–7" never leaves out entry 5;
others go to a row of their own, as bars go to lanes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..dates import day_span
from ..model import Event

# Marker sizes in percent of the narrowest chart (about 21rem wide on a 375px phone): a
# numbered pill is 0.8rem of padding plus about 0.5rem a character.
_CHART_REM = 21.0
_GAP = 1.5  # percent kept between two markers
_PADDING = 4.0  # percent of the width kept free at either end, so edge markers stay inside
_MIN_BAR = 0.5  # percent: a month on a decade's axis stays visible
_MONTH_STEPS = (1, 3, 6, 12, 24, 60, 120)
MAX_TICKS = 6


@dataclass(frozen=True)
class Marker:
    """One pill (entries dated to the day) or bar (a range, month or year) on the axis.

    `numbers` are the 1-based list positions it stands for, always consecutive; it links to
    the first. `lane` is its row from the top; `label_after` puts a bar's number right of it
    when there is no room on its left.
    """

    numbers: tuple[int, ...]
    left: float  # percent of the width
    width: float  # percent; 0 for a pill
    lane: int
    expected: bool = False  # a forecast or plan, drawn apart from what happened
    label_after: bool = False

    @property
    def label(self) -> str:
        """"3", or "2–8" for a pill standing for several consecutive entries."""
        first, last = self.numbers[0], self.numbers[-1]
        return str(first) if first == last else f"{first}–{last}"


@dataclass(frozen=True)
class Tick:
    label: str
    left: float


@dataclass(frozen=True)
class TimeAxis:
    first: date
    last: date
    markers: list[Marker]
    ticks: list[Tick]
    lanes: int  # rows in use: bar lanes on top, then pill rows


def time_axis(events: list[Event]) -> TimeAxis | None:
    """The layout of `events` (in list order) on a linear axis; None when there is nothing to draw."""
    spans = [day_span(e.start, e.end) for e in events]
    if not spans:
        return None
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans) + timedelta(days=1)
    scale = _Scale(first, last)
    pills: list[Marker] = []
    bars: list[Marker] = []
    for number, (event, (start, end)) in enumerate(zip(events, spans), start=1):
        if start == end:
            pills.append(Marker((number,), scale(start), 0.0, 0, event.expected))
        else:
            left = scale(start)
            width = max(round(scale(end + timedelta(days=1)) - left, 2), _MIN_BAR)
            bars.append(Marker((number,), left, width, 0, event.expected))
    placed_bars = _stack_bars(bars)
    bar_lanes = 1 + max((m.lane for m in placed_bars), default=-1)
    rows = _stack_pills(_cluster_pills(pills))
    pill_rows = 1 + max((m.lane for m in rows), default=-1)
    # Pills sit nearest the axis, their first row lowest, so a pill's stem down to its day
    # crosses no bar and no label.
    markers = placed_bars + [replace(m, lane=bar_lanes + pill_rows - 1 - m.lane) for m in rows]
    return TimeAxis(first, last, markers, _ticks(first, last, scale), bar_lanes + pill_rows)


class _Scale:
    """Maps a day to a percentage of the chart width."""

    def __init__(self, first: date, last: date) -> None:
        self.first = first
        self.days = max((last - first).days, 1)

    def __call__(self, day: date) -> float:
        fraction = (day - self.first).days / self.days
        return round(_PADDING + fraction * (100 - 2 * _PADDING), 2)


def _cluster_pills(pills: list[Marker]) -> list[Marker]:
    """Neighbouring pills that would touch share one pill, placed at their mean position, when
    they stand for consecutive entries of the same kind."""
    clusters = [[p] for p in sorted(pills, key=lambda m: (m.left, m.numbers))]
    merged = True
    while merged:  # merging moves and widens a pill, which can make it touch its neighbour
        merged = False
        for i in range(len(clusters) - 1):
            left, right = _pill(clusters[i]), _pill(clusters[i + 1])
            if _touch(left, right) and _joinable(left, right):
                clusters[i : i + 2] = [clusters[i] + clusters[i + 1]]
                merged = True
                break
    return [_pill(group) for group in clusters]


def _joinable(a: Marker, b: Marker) -> bool:
    numbers = sorted(a.numbers + b.numbers)
    return a.expected == b.expected and numbers[-1] - numbers[0] == len(numbers) - 1


def _touch(a: Marker, b: Marker) -> bool:
    return abs(b.left - a.left) < (label_width(a) + label_width(b)) / 2 + _GAP


def _pill(group: list[Marker]) -> Marker:
    numbers = tuple(sorted(n for m in group for n in m.numbers))
    return Marker(numbers, round(sum(m.left for m in group) / len(group), 2), 0.0, 0, group[0].expected)


def label_width(marker: Marker) -> float:
    """The width of a marker's numbered pill, in percent of the narrowest chart."""
    return (0.8 + 0.5 * max(len(marker.label), 2)) / _CHART_REM * 100


def _stack_pills(pills: list[Marker]) -> list[Marker]:
    """Each pill goes to the first row where it clears the pills already there."""
    rows: list[list[Marker]] = []
    placed = []
    for pill in pills:
        row = next((r for r, held in enumerate(rows) if not any(_touch(other, pill) for other in held)), len(rows))
        if row == len(rows):
            rows.append([])
        rows[row].append(pill)
        placed.append(replace(pill, lane=row))
    return placed


def _stack_bars(bars: list[Marker]) -> list[Marker]:
    """Each bar goes to the first lane where it clears the previous bar
    and its number label, which sits left of the bar, or right of it near the chart's left edge."""
    lane_ends: list[float] = []
    placed = []
    for bar in sorted(bars, key=lambda m: (m.left, m.numbers)):
        label = label_width(bar)
        after = bar.left - label < 0
        start = bar.left if after else bar.left - label
        right = bar.left + bar.width + (label if after else 0) + _GAP
        lane = next((i for i, end in enumerate(lane_ends) if start >= end), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(right)
        else:
            lane_ends[lane] = right
        placed.append(Marker(bar.numbers, bar.left, bar.width, lane, bar.expected, after))
    return placed


def _ticks(first: date, last: date, scale: _Scale) -> list[Tick]:
    """Labelled tick marks at whole months or years, at most MAX_TICKS of them."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in _MONTH_STEPS if months / s <= MAX_TICKS), _MONTH_STEPS[-1])
    index = first.year * 12 + first.month - 1
    index += -index % step  # first whole step on or after the first day
    ticks = []
    while True:
        day = date(index // 12, index % 12 + 1, 1)
        if day < first:
            index += step
            continue
        if day > last:
            break
        label = str(day.year) if step % 12 == 0 else day.strftime("%b %Y")
        ticks.append(Tick(label, scale(day)))
        index += step
    return ticks
