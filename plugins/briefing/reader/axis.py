"""Where each timeline event sits on a to-scale time axis, for the theme's visual timeline.

The theme draws the axis with CSS: every marker is placed by a percentage of the width, so the
chart fits any screen without scrolling. Points that would overlap on a narrow phone screen
merge into one marker naming every event it stands for; ranges get lanes of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import day_span
from ..model import Event

# Marker sizes in percent of the narrowest chart (about 21rem wide on a 375px phone): a
# numbered pill is 0.8rem of padding plus about 0.5rem a character.
_CHART_REM = 21.0
_GAP = 1.5  # percent kept between two markers
_PADDING = 4.0  # percent of the width kept free at either end, so edge markers stay inside
_MONTH_STEPS = (1, 3, 6, 12, 24, 60, 120)
MAX_TICKS = 6


@dataclass(frozen=True)
class Marker:
    """One dot (point events) or bar (a range) on the axis; `numbers` are 1-based list positions."""

    numbers: tuple[int, ...]
    left: float  # percent of the width
    width: float  # percent; 0 for a point
    lane: int  # 0 is the points lane, ranges start at 1

    @property
    def label(self) -> str:
        """"3", or "2–8" for a pill standing for several points (ranges between keep their own)."""
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
    lanes: int  # number of lanes in use, the points lane included


def time_axis(events: list[Event]) -> TimeAxis | None:
    """The layout of `events` (in list order) on a linear axis; None when there is nothing to draw."""
    spans = [day_span(e.start, e.end) for e in events]
    if not spans:
        return None
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans) + timedelta(days=1)
    scale = _Scale(first, last)
    points: list[Marker] = []
    ranges: list[Marker] = []
    for number, (event, (start, end)) in enumerate(zip(events, spans), start=1):
        if event.end:
            left = scale(start)
            ranges.append(Marker((number,), left, max(round(scale(end + timedelta(days=1)) - left, 2), 0.5), 0))
        else:
            points.append(Marker((number,), scale(start + (end - start) / 2), 0.0, 0))
    markers = _cluster_points(points) + _stack_ranges(ranges)
    lanes = 1 + max((m.lane for m in markers), default=0)
    return TimeAxis(first, last, markers, _ticks(first, last, scale), lanes)


class _Scale:
    """Maps a day to a percentage of the chart width."""

    def __init__(self, first: date, last: date) -> None:
        self.first = first
        self.days = max((last - first).days, 1)

    def __call__(self, day: date) -> float:
        fraction = (day - self.first).days / self.days
        return round(_PADDING + fraction * (100 - 2 * _PADDING), 2)


def _cluster_points(points: list[Marker]) -> list[Marker]:
    """Points whose numbered pills would touch share one pill, placed at their mean position."""
    clusters = [[p] for p in sorted(points, key=lambda m: m.left)]
    merged = True
    while merged:  # merging moves and widens a pill, which can make it touch its neighbour
        merged = False
        for i in range(len(clusters) - 1):
            left, right = _point_marker(clusters[i]), _point_marker(clusters[i + 1])
            if right.left - left.left < (label_width(left) + label_width(right)) / 2 + _GAP:
                clusters[i : i + 2] = [clusters[i] + clusters[i + 1]]
                merged = True
                break
    return [_point_marker(group) for group in clusters]


def _point_marker(group: list[Marker]) -> Marker:
    numbers = tuple(sorted(n for m in group for n in m.numbers))
    return Marker(numbers, round(sum(m.left for m in group) / len(group), 2), 0.0, 0)


def label_width(marker: Marker) -> float:
    """The width of a marker's numbered pill, in percent of the narrowest chart."""
    return (0.8 + 0.5 * max(len(marker.label), 2)) / _CHART_REM * 100


def _stack_ranges(ranges: list[Marker]) -> list[Marker]:
    """Each range goes to the first lane where it clears the previous bar and its number label.

    The label sits left of its bar, so a bar needs its label's width free before it.
    """
    lane_ends: list[float] = []
    placed = []
    for bar in sorted(ranges, key=lambda m: m.left):
        right = bar.left + bar.width + _GAP
        for lane, end in enumerate(lane_ends):
            if bar.left - label_width(bar) >= end:
                lane_ends[lane] = right
                break
        else:
            lane_ends.append(right)
            lane = len(lane_ends) - 1
        placed.append(Marker(bar.numbers, bar.left, bar.width, lane + 1))
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
