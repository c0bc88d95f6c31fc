"""Cron expressions as crontab(5) reads them, turned into APScheduler triggers.

APScheduler 3's ``CronTrigger.from_crontab`` differs from cron in two ways that
move a job to another day: it numbers weekdays from Monday (``0`` is Monday,
``7`` is refused), where cron counts from Sunday (``0`` and ``7``); and when both
the day of the month and the day of the week are restricted it fires when
both match, where cron fires when either does (``0 3 1 * 1``: the 1st of the
month and every Monday). :func:`cron_trigger` reads the expression as cron does.
"""

from __future__ import annotations

from datetime import tzinfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

__all__ = ["cron_trigger"]

_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def _day(text: str) -> int:
    if text.isdigit() and 0 <= int(text) <= 7:
        return int(text)
    if text in _DAYS:
        return _DAYS.index(text)
    raise ValueError(f"{text!r} is not a day of the week (0-7, 0 and 7 Sunday, or sun-sat)")


def _weekdays(field: str) -> str:
    """A day-of-week field, cron's numbering, as APScheduler day names (``1-5`` -> ``mon,tue,wed,thu,fri``)."""
    if field in ("*", "?"):
        return "*"
    days: set[int] = set()
    for part in field.lower().split(","):
        span, slash, step_text = part.partition("/")
        if slash and not (step_text.isdigit() and int(step_text) > 0):
            raise ValueError(f"{part!r}: the step must be a positive whole number")
        step = int(step_text) if slash else 1
        if span == "*":
            low, high = 0, 6
        elif "-" in span:
            first, last = span.split("-", 1)
            low, high = _day(first), _day(last)
            if low > high:
                raise ValueError(f"{part!r}: the range ends before it starts")
        else:
            low = _day(span)
            high = 7 if slash else low
        days.update(d % 7 for d in range(low, high + 1, step))
    if len(days) == 7:
        return "*"
    return ",".join(_DAYS[d] for d in sorted(days))


def cron_trigger(expr: str, timezone: tzinfo | str | None = None) -> BaseTrigger:
    """The trigger for a five-field cron expression (minute hour day-of-month month day-of-week).

    Raises ValueError for an expression cron would refuse."""
    values = expr.split()
    if len(values) != 5:
        raise ValueError(f"wrong number of fields: {len(values)}, expected 5")
    minute, hour, day, month, weekday = values
    days_of_week = _weekdays(weekday)
    if not day.startswith(("*", "?")) and not weekday.startswith(("*", "?")):  # cron: either day matches
        # (a field that starts with * counts as unrestricted there, even stepped: */2)
        return OrTrigger([
            CronTrigger(minute=minute, hour=hour, day=day, month=month, timezone=timezone),
            CronTrigger(minute=minute, hour=hour, month=month, day_of_week=days_of_week, timezone=timezone),
        ])
    return CronTrigger(minute=minute, hour=hour, day="*" if day == "?" else day, month=month,
                       day_of_week=days_of_week, timezone=timezone)
