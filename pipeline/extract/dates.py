"""Whether a date written in an event file is a real calendar date.

Event and source dates are kept as written (``2025``, ``1998-06``,
``June 1998``, ``2025-03-18``, ``2025-03-18T10:00:00Z``): a partial date is a
fact about what the source says, not an error. A value that names no real day,
month or year (``99999-99-99``, ``2025-02-30``, ``2025-13``, ``someday``) is a
problem naming the file, the field and the value; the rest of the event is kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["date_error"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?P<time>[T ].*)?)?)?")
_MONTH_YEAR = re.compile(r"(?P<month>[a-z]+)\.?\s+(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<y>\d{4})", re.I)
_DAY_MONTH_YEAR = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?,?\s+(?P<y>\d{4})", re.I)
FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, 'June 1998' or 'June 5, 1998'"


def date_error(value: str) -> str | None:
    """Why ``value`` is not a real calendar date (full or partial), or None when it is one."""
    text = value.strip()
    iso = _ISO.fullmatch(text)
    if iso:
        return _day_error(int(iso["y"]), _number(iso["m"]), _number(iso["d"]), iso["time"], text)
    for rx in (_MONTH_YEAR, _DAY_MONTH_YEAR):
        named = rx.fullmatch(text)
        if named:
            month = _MONTHS.get(named["month"].lower())
            if month is None:
                return f"{named['month']!r} is not a month name"
            return _day_error(int(named["y"]), month, _number(named["d"]), None, text)
    return f"not a date (expected {FORMS})"


def _number(digits: str | None) -> int | None:
    return None if digits is None else int(digits)


def _day_error(year: int, month: int | None, day: int | None, time: str | None, text: str) -> str | None:
    if not 1 <= year <= 9999:
        return f"{year} is not a year"
    if month is not None and not 1 <= month <= 12:
        return f"{month} is not a month"
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"there is no day {day} in {calendar.month_name[month]} {year}"
    if time:
        try:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return "not a date and time (expected YYYY-MM-DDTHH:MM[:SS][+HH:MM])"
    return None
