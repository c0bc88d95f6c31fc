"""Dates with their uncertainty: the span a written date names, and the days a copy says it is from.

Pure functions, table-tested in ``tests/match/test_match_dates.py``; scoring and
the index use them. Rules, in order:

1. A written date names a span of days: ``2025-03-18`` one day, ``2025-03`` the
   month, ``2025`` (or ``June 1998``) the year or month. A time of day is dropped.
2. A range names the span from the first day of its start to the last day of its
   end: ``2025-03-18/2025-03-20``, ``2025-03 to 2025-05``, ``2025-03-18 – 2025-04-02``,
   ``2025-03-18..2025-03-20``.
3. An approximate date (``circa 2019``, ``c. 2019-06``, ``~2019-06-01``, ``about
   June 2019``, ``2019-06?``, ``early 2025``, ``mid-1998``, ``late 2024``) is the span
   it names (early/mid/late: the first, middle or last third of it), widened by
   ``APPROXIMATE_DAYS`` on both sides, and marked approximate.
4. A copy's publication date is a labelled line near its top ("Published …",
   "First published …", "Originally published …", "Posted …"); a line labelled
   "Updated …" is an update and never the publication date. Where the page says
   both, the publication date is the article's date.
5. A URL's path may carry a date (``/2025/03/18/``, ``/2025/03/``, ``/20250318/``,
   ``-20250318-``): the span it names, for evidence that overrides a date veto.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..archive.copies import parse_human_date

__all__ = ["APPROXIMATE_DAYS", "DateSpan", "date_span", "days_outside", "publication_date", "url_date_span"]

APPROXIMATE_DAYS = 30
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_APPROX_PREFIX = re.compile(r"^(?:c\.|ca\.|circa|about|around|approx\.?|approximately|~|≈)\s*", re.IGNORECASE)
_APPROX_SUFFIX = re.compile(r"\s*(?:\?|\((?:approx\.?|approximate|approximately|circa|estimated)\))$", re.IGNORECASE)
_PART = re.compile(r"^(early|mid|late)[-\s]+(.+)$", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:/|\.\.|–|—|\s-\s|\bto\b|\buntil\b|\bthrough\b)\s*", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{4})$")
_PUBLISHED_INLINE = re.compile(r"(?:first\s+|originally\s+)?(?:published|posted)(?:\s+on)?[:\s]+(.{6,40})",
                               re.IGNORECASE)
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?:/|$)")
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)")
HEAD_LINES = 6  # a publication line is looked for in the first lines of the body


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days a written date may mean: first to last, both included."""

    first: dt.date
    last: dt.date
    approximate: bool = False

    @property
    def exact_day(self) -> bool:
        return self.first == self.last and not self.approximate

    def widened(self, before: int, after: int) -> DateSpan:
        return DateSpan(self.first - dt.timedelta(days=before), self.last + dt.timedelta(days=after),
                        self.approximate)


def _simple(text: str) -> DateSpan | None:
    """Rule 1: one written date (ISO, partial ISO, "June 1998", "June 5, 1998")."""
    m = _ISO.match(text)
    try:
        if m:
            year, month, day = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
        else:
            human = parse_human_date(text)
            if human:
                return DateSpan(dt.date.fromisoformat(human), dt.date.fromisoformat(human))
            named = _MONTH_YEAR.match(text)
            if not named or named[1][:3].lower() not in _MONTHS:
                return None
            year, month, day = int(named[2]), _MONTHS.index(named[1][:3].lower()) + 1, None
        if month is None:
            return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if day is None:
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return DateSpan(dt.date(year, month, 1), following - dt.timedelta(days=1))
        return DateSpan(dt.date(year, month, day), dt.date(year, month, day))
    except ValueError:  # no such day or month
        return None


def date_span(text: str | None) -> DateSpan | None:
    """The span of days a written date names (rules 1-3), or None when it names none."""
    if not text or not text.strip():
        return None
    text = text.strip()
    approximate = False
    for rx in (_APPROX_PREFIX, _APPROX_SUFFIX):
        if rx.search(text):
            text, approximate = rx.sub("", text).strip(), True
    part = _PART.match(text)
    if part:
        whole = date_span(part[2])
        if whole is None:
            return None
        third = (whole.last - whole.first) / 3
        begin = {"early": whole.first, "mid": whole.first + third, "late": whole.first + 2 * third}[part[1].lower()]
        thirds = DateSpan(begin, begin + third if part[1].lower() != "late" else whole.last, True)
        return thirds.widened(APPROXIMATE_DAYS, APPROXIMATE_DAYS)
    span: DateSpan | None = None
    pieces = _RANGE.split(text, maxsplit=1)
    if len(pieces) == 2:
        start, end = _simple(pieces[0].strip()), _simple(pieces[1].strip())
        if start is not None and end is not None:
            if start.first > end.last:
                return None  # a range that ends before it starts names nothing
            span = DateSpan(start.first, end.last)
    span = span or _simple(text)
    if span is None:
        return None
    if approximate:
        return DateSpan(span.first, span.last, True).widened(APPROXIMATE_DAYS, APPROXIMATE_DAYS)
    return span


def days_outside(day: dt.date, span: DateSpan) -> int:
    """How many days ``day`` lies before (negative) or after (positive) ``span``; 0 inside it."""
    if day < span.first:
        return (day - span.first).days
    if day > span.last:
        return (day - span.last).days
    return 0


def publication_date(body: str) -> str | None:
    """Rule 4: the ISO day a "Published …" line near the top of a copy's body gives, or None."""
    seen = 0
    for line in body.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        for m in _PUBLISHED_INLINE.finditer(line):  # "Updated April 2, 2025; first published March 18, 2025"
            found = parse_human_date(m[1].strip(" .;,)("))
            if found:
                return found
    return None


def url_date_span(canonical: str | None) -> DateSpan | None:
    """Rule 5: the day or month a URL's path names, or None."""
    if not canonical:
        return None
    path = canonical.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    path = "/" + path
    for rx in (_URL_DAY, _URL_COMPACT):
        m = rx.search(path)
        if m:
            span = _simple(f"{m[1]}-{m[2]}-{m[3]}")
            if span:
                return span
    m = _URL_MONTH.search(path)
    return _simple(f"{m[1]}-{m[2]}") if m else None
