"""Dates found in page metadata, as ISO 8601 strings, or None when they cannot be read with confidence."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone

from dateutil import parser as dateparser

_YEAR = re.compile(r"(?<!\d)(19[7-9]\d|20\d\d|2100)(?!\d)")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_UNIX = re.compile(r"^\d{10}(\d{3})?$")
_DOTTED_DAY_FIRST = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")  # 03.06.2025 is 3 June wherever dots are used
# Two defaults that differ in every field: a parse that depends on the default was missing that field.
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 0, 0, 0)


def iso_date(value: object) -> str | None:
    """ISO 8601 for a date or date-time string; keeps the page's timezone, None for 'yesterday' and the like."""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    text = str(value).strip()[:64]
    if _UNIX.match(text):
        try:
            return datetime.fromtimestamp(int(text[:10]), tz=timezone.utc).isoformat()
        except (ValueError, OverflowError, OSError):
            return None
    if not _YEAR.search(text):
        return None
    dayfirst = bool(_DOTTED_DAY_FIRST.search(text))
    try:
        with warnings.catch_warnings():  # "tzname IST identified but not understood": the time stays local
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            first = dateparser.parse(text, default=_DEFAULT_A, dayfirst=dayfirst)
            second = dateparser.parse(text, default=_DEFAULT_B, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        return None
    if first.date() != second.date() or not 1970 <= first.year <= 2100:
        return None
    if not _HAS_TIME.search(text) and first.tzinfo is None:
        return first.date().isoformat()
    return first.isoformat()
