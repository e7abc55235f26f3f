"""Handlers: one per pattern, turning a regex match into tagged mentions with TIMEX3 values.

handle(name, match, resolver) runs in document order, after accept.py has settled which
matches are expressions at all, so handlers can look back at what was mentioned before.
"""

from __future__ import annotations

import re

from ..resolver import Mention, Resolver
from .common import Handler
from .dates import (h_century, h_date, h_decade, h_half_by_quarters, h_holiday, h_month, h_month_range, h_numeric_date,
                    h_quarter, h_quarter_code, h_season, h_spelled_year, h_year, h_year_range,
                    h_year_to_month)
from .extent import h_clock, h_day_part, h_duration, h_set, h_vague_duration
from .relative import (h_ago, h_anaphoric_day, h_bare_unit, h_day_word, h_deictic, h_full_year, h_reference,
                       h_unit_edge, h_weekday, h_year_ago)

HANDLERS: dict[str, Handler] = {
    "date": h_date, "iso_date": h_numeric_date, "us_date": h_numeric_date, "month": h_month,
    "month_range": h_month_range, "year": h_year, "year_range": h_year_range, "spelled_year": h_spelled_year,
    "year_to_month": h_year_to_month,
    "decade": h_decade, "century": h_century, "quarter": h_quarter, "half_by_quarters": h_half_by_quarters, "quarter_code": h_quarter_code,
    "deictic": h_deictic, "bare_unit": h_bare_unit, "year_ago": h_year_ago, "full_year": h_full_year, "unit_edge": h_unit_edge, "season": h_season,
    "day_word": h_day_word, "weekday": h_weekday, "ago": h_ago, "duration": h_duration,
    "vague_duration": h_vague_duration, "set": h_set, "anaphoric_day": h_anaphoric_day, "clock": h_clock, "day_part": h_day_part,
    "reference": h_reference, "holiday": h_holiday,
}


def handle(name: str, m: re.Match[str], resolver: Resolver) -> list[Mention]:
    return HANDLERS[name](m, resolver)


