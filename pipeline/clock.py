"""Time as sourcevault stores it: UTC ISO strings (``2025-03-18T08:00:00Z``) in ``*_at`` columns.

A clock is any ``Callable[[], str]`` returning such a string; every stage takes
one (default :func:`utc_now`), so tests control time. The other helpers turn
those strings into datetimes and back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "format_time", "parse_time", "shift", "utc_now"]

Clock = Callable[[], str]


def utc_now() -> str:
    """The current time as the UTC ISO string stored in ``*_at`` columns."""
    return format_time(datetime.now(UTC))


def parse_time(value: str) -> datetime:
    """An ``*_at`` string as an aware datetime (a naive one is taken as UTC)."""
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def format_time(when: datetime) -> str:
    """An aware datetime as the stored string, to the second."""
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def shift(value: str, *, days: float = 0, seconds: float = 0) -> str:
    """The stored time ``value`` moved by ``days`` and ``seconds`` (negative: earlier)."""
    return format_time(parse_time(value) + timedelta(days=days, seconds=seconds))
