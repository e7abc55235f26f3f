"""The Timex record other parts of the briefing code consume."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text, with its TIMEX3 type and value."""

    start: int  # character offsets into the text
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2024-12, 2025-W06, 2025-Q3, P2W, PRESENT_REF, XXXX-12 ...
