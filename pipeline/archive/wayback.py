"""External archives: the Wayback Machine's lookup APIs and Save Page Now.

:func:`lookup` asks the availability API for the snapshot closest to now and,
when it has none (it is terse and sometimes empty), the CDX API for the
latest snapshot with a success or redirect status. :func:`save_page_now`
asks Save Page Now (SPN2, ``GET <save_url>/<url>`` with ``Accept:
application/json``) to capture a URL and polls its job status a bounded
number of times. All requests go through the shared :class:`~pipeline.net.fetcher.Fetcher`
(limits, deadlines, size caps); the endpoints come from the config so a
mirror, or a test's local fake, can stand in. These are APIs we call on
purpose, so robots.txt is not consulted for them.

Nothing here raises for a network fault or a strange answer: the outcome is
a :class:`Snapshot` whose status says what happened and whose error says why.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import quote, urlencode

from ..models import ArchiveService, SnapshotStatus
from ..net.results import FetchResult
from ..safeload import DocumentError, load_json
from ..urls import is_http_url

__all__ = ["Endpoints", "Memento", "Snapshot", "archive_today_mementos", "candidate_snapshots",
           "citation_mementos", "lookup", "order_for_citation", "save_page_now", "wayback_time"]

MAX_ANSWER_BYTES = 2_000_000



class Fetches(Protocol):
    """What the lookups need of the HTTP layer (a :class:`pipeline.net.Fetcher`, or a wrapper of one)."""

    async def fetch(self, url: str, *, method: str = ..., headers: Mapping[str, str] | None = ...,
                    max_bytes: int | None = ..., respect_robots: bool | None = ...) -> FetchResult: ...

@dataclass(frozen=True, slots=True)
class Endpoints:
    available_url: str = "https://archive.org/wayback/available"
    cdx_url: str = "https://web.archive.org/cdx/search/cdx"
    web_url: str = "https://web.archive.org/web"
    save_url: str = "https://web.archive.org/save"


@dataclass(frozen=True, slots=True)
class Snapshot:
    status: SnapshotStatus
    url: str | None = None
    taken_at: str | None = None  # UTC ISO
    error: str | None = None


def wayback_time(timestamp: str) -> str | None:
    """``20130919044612`` as ``2013-09-19T04:46:12Z`` (shorter stamps are padded)."""
    if not re.fullmatch(r"\d{4,14}", timestamp or ""):
        return None
    t = (timestamp + "0101000000")[:14] if len(timestamp) < 8 else timestamp.ljust(14, "0")
    return f"{t[:4]}-{t[4:6]}-{t[6:8]}T{t[8:10]}:{t[10:12]}:{t[12:14]}Z"


async def _get_json(fetcher: Fetches, url: str, headers: dict[str, str] | None = None) -> tuple[Any, str | None]:
    result = await fetcher.fetch(url, headers=headers or {"Accept": "application/json"},
                                 max_bytes=MAX_ANSWER_BYTES, respect_robots=False)
    if result.error is not None:
        return None, f"{result.error.kind.value}: {result.error.message}"
    if result.status is None or result.status >= 400:
        return None, f"HTTP {result.status} from {url.split('?')[0]}"
    try:
        return load_json(result.body.decode("utf-8", errors="replace") or "null"), None
    except (json.JSONDecodeError, DocumentError):
        return None, f"not JSON from {url.split('?')[0]}"


async def lookup(fetcher: Fetches, url: str, endpoints: Endpoints = Endpoints()) -> Snapshot:
    """The latest usable Wayback snapshot of ``url``: FOUND, NONE, or FAILED with the reason."""
    data, error = await _get_json(fetcher, f"{endpoints.available_url}?{urlencode({'url': url})}")
    if error is None:
        closest = ((data or {}).get("archived_snapshots") or {}).get("closest") if isinstance(data, dict) else None
        if (isinstance(closest, dict) and closest.get("available") and is_http_url(closest.get("url"))
                and str(closest.get("status", "200"))[:1] in ("2", "3")):  # else: ask the CDX API
            stamp = str(closest.get("timestamp", ""))
            return Snapshot(SnapshotStatus.FOUND, str(closest["url"]), wayback_time(stamp))
    query = urlencode({"url": url, "output": "json", "fl": "timestamp,original,statuscode",
                       "filter": "statuscode:[23]..", "limit": "-1"})
    rows, cdx_error = await _get_json(fetcher, f"{endpoints.cdx_url}?{query}")
    if cdx_error is not None:
        return Snapshot(SnapshotStatus.FAILED, error=cdx_error if error is None else f"{error}; {cdx_error}")
    if not isinstance(rows, list) or len(rows) < 2 or not isinstance(rows[-1], list) or len(rows[-1]) < 2:
        return Snapshot(SnapshotStatus.NONE)
    stamp, original = str(rows[-1][0]), str(rows[-1][1])
    return Snapshot(SnapshotStatus.FOUND, f"{endpoints.web_url.rstrip('/')}/{stamp}/{original}", wayback_time(stamp))


async def save_page_now(fetcher: Fetches, url: str, endpoints: Endpoints = Endpoints(), *,
                        auth: str | None = None, polls: int = 6, poll_interval_s: float = 5.0,
                        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> Snapshot:
    """Ask Save Page Now to capture ``url``: SAVED, PENDING (job still running) or FAILED."""
    headers = {"Accept": "application/json"}
    if auth:
        headers["Authorization"] = f"LOW {auth}"
    base = endpoints.save_url.rstrip("/")
    data, error = await _get_json(fetcher, f"{base}/{quote(url, safe=':/?&=%#@+,;~')}", headers)
    if error is not None:
        return Snapshot(SnapshotStatus.FAILED, error=error)
    if not isinstance(data, dict) or not data.get("job_id"):
        message = data.get("message") if isinstance(data, dict) else None
        return Snapshot(SnapshotStatus.FAILED, error=f"Save Page Now refused: {message or 'no job id in the answer'}")
    job = str(data["job_id"])
    for _ in range(polls):
        await sleep(poll_interval_s)
        status, error = await _get_json(fetcher, f"{base}/status/{quote(job, safe='')}", headers)
        if error is not None or not isinstance(status, dict):
            continue  # a failed poll is not a failed capture; ask again
        state = status.get("status")
        if state == "success":
            stamp = str(status.get("timestamp", ""))
            original = str(status.get("original_url") or url)
            return Snapshot(SnapshotStatus.SAVED, f"{endpoints.web_url.rstrip('/')}/{stamp}/{original}",
                            wayback_time(stamp))
        if state == "error":
            return Snapshot(SnapshotStatus.FAILED,
                            error=f"Save Page Now: {status.get('status_ext') or ''} "
                                  f"{status.get('message') or ''}".strip())
    return Snapshot(SnapshotStatus.PENDING, error=f"job {job} not finished after {polls} polls")


# -- snapshots for a citation (fix mode) ---------------------------------------------------------
#
# InternetArchiveBot's rule: the copy that backs a citation is the one closest *before* the date it
# was cited (a snapshot taken after the page died is often the error page or a soft 404), never one
# from before the article was published; with no success before the citation date, the first one
# after it, and before the link was seen dead.

MAX_CDX_ROWS = 500  # rows asked for on each side of the citation date


@dataclass(frozen=True, slots=True)
class Memento:
    """One archived copy of a URL as the archive lists it (no claim yet that it is usable)."""

    service: ArchiveService
    url: str  # the snapshot's own address
    taken_at: str  # UTC ISO
    status: int | None  # the HTTP status the archive recorded (None: not listed)


def order_for_citation(mementos: Sequence[Memento], *, cited_on: str, published_on: str | None = None,
                       dead_since: str | None = None) -> list[Memento]:
    """The mementos worth trying for a citation, best first (pure).

    Success (2xx) copies taken on or before ``cited_on`` (a date or time), newest first, then
    those after it and before ``dead_since``, oldest first; none from before ``published_on``.
    A memento whose status the archive did not record is tried after those that say 2xx.
    """
    cited_end = _day_end(cited_on)
    usable = [m for m in mementos if m.status is None or 200 <= m.status < 300]
    if published_on:
        usable = [m for m in usable if m.taken_at[:10] >= published_on[:10]]
    before = sorted((m for m in usable if m.taken_at <= cited_end), key=lambda m: m.taken_at, reverse=True)
    after = sorted((m for m in usable if m.taken_at > cited_end and (not dead_since or m.taken_at < dead_since)),
                   key=lambda m: m.taken_at)
    known_first = [m for m in before if m.status is not None] + [m for m in after if m.status is not None]
    return known_first + [m for m in before + after if m.status is None]


def _day_end(value: str) -> str:
    return f"{value[:10]}T23:59:59Z" if len(value) <= 10 else value


def _day(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _cdx_day(value: str | None) -> str | None:
    """``2022-01-15…`` as the CDX API's ``20220115`` (None when it is not a date)."""
    day = _day(value)
    return day.strftime("%Y%m%d") if day else None


def _cdx_windows(cited_on: str, published_on: str | None, dead_since: str | None) -> list[dict[str, str]]:
    """The CDX queries that list the snapshots nearest the citation date, best side first.

    The CDX server cuts an answer at ``limit`` counting from the oldest row (``-N``: the last N),
    so one query over the whole history would hold only its oldest rows. Asked instead: the
    newest up to the citation date and not before publication (``to`` = cited day, ``limit=-N``),
    then the oldest after both and up to the day the link was seen dead (``limit=N``)."""
    cited_day, published, dead = _day(cited_on), _cdx_day(published_on), _cdx_day(dead_since)
    if cited_day is None:
        return [{k: v for k, v in (("from", published), ("to", dead)) if v} | {"limit": str(MAX_CDX_ROWS)}]
    cited, windows = cited_day.strftime("%Y%m%d"), []
    if not published or published <= cited:
        windows.append({k: v for k, v in (("from", published), ("to", cited)) if v} | {"limit": f"-{MAX_CDX_ROWS}"})
    day_after = (cited_day + datetime.timedelta(days=1)).strftime("%Y%m%d")
    start = max(day_after, published or "")
    if not dead or start <= dead:
        windows.append({k: v for k, v in (("from", start), ("to", dead)) if v} | {"limit": str(MAX_CDX_ROWS)})
    return windows


async def citation_mementos(fetcher: Fetches, url: str, endpoints: Endpoints = Endpoints(), *,
                            cited_on: str, published_on: str | None = None,
                            dead_since: str | None = None) -> tuple[list[Memento], str | None]:
    """Wayback snapshots of ``url`` nearest ``cited_on``, as the CDX API lists them, with their status.

    When the CDX API cannot be asked, the availability API's single closest snapshot to the
    citation date stands in. Returns the mementos and, when both failed, the reason.
    """
    web = endpoints.web_url.rstrip("/")
    found: list[Memento] = []
    error = None
    for window in _cdx_windows(cited_on, published_on, dead_since):
        params = {"url": url, "output": "json", "fl": "timestamp,original,statuscode", **window}
        rows, error = await _get_json(fetcher, f"{endpoints.cdx_url}?{urlencode(params)}")
        if error is not None:
            break
        for row in rows[1:] if isinstance(rows, list) else []:
            if not isinstance(row, list) or len(row) < 3:
                continue
            stamp, original, code = str(row[0]), str(row[1]), str(row[2])
            taken = wayback_time(stamp)
            if taken is None:
                continue
            found.append(Memento(ArchiveService.WAYBACK, f"{web}/{stamp}/{original}", taken,
                                 _status_code(code)))
    if error is None:
        return found, None
    stamp = re.sub(r"\D", "", cited_on)[:14]
    data, avail_error = await _get_json(
        fetcher, f"{endpoints.available_url}?{urlencode({'url': url, 'timestamp': stamp})}")
    if avail_error is not None:
        return [], f"{error}; {avail_error}"
    closest = ((data or {}).get("archived_snapshots") or {}).get("closest") if isinstance(data, dict) else None
    if not isinstance(closest, dict) or not closest.get("available"):
        return [], None
    taken = wayback_time(str(closest.get("timestamp", "")))
    code = str(closest.get("status", ""))
    if taken is None or not closest.get("url"):
        return [], None
    return [Memento(ArchiveService.WAYBACK, str(closest["url"]), taken, _status_code(code))], None


def _status_code(code: str) -> int | None:
    """An archive's status field as a number (None when it is not one: ``-``, ``²``)."""
    return int(code) if code.isascii() and code.isdigit() else None


_LINK = re.compile(r'<([^>]+)>((?:\s*;\s*[\w-]+\s*=\s*"[^"]*")*)')


async def archive_today_mementos(fetcher: Fetches, url: str, timemap_url: str) -> tuple[list[Memento], str | None]:
    """archive.today's copies of ``url`` from its Memento TimeMap (``<timemap_url>/<url>``).

    archive.today keeps no status per copy (it only keeps pages that loaded), so each memento's
    status is None and the caller verifies it by fetching.
    """
    result = await fetcher.fetch(f"{timemap_url.rstrip('/')}/{url}", headers={"Accept": "application/link-format"},
                                 max_bytes=MAX_ANSWER_BYTES, respect_robots=False)
    if result.error is not None:
        return [], f"{result.error.kind.value}: {result.error.message}"
    if result.status is None or result.status >= 400:
        return ([], None) if result.status == 404 else ([], f"HTTP {result.status} from {timemap_url}")
    found = []
    for target, params in _LINK.findall(result.body.decode("utf-8", errors="replace")):
        rel = re.search(r'rel\s*=\s*"([^"]*)"', params)
        if rel is None or "memento" not in rel.group(1).split():
            continue
        when = re.search(r'datetime="([^"]+)"', params)
        if not when:
            continue
        try:
            taken = parsedate_to_datetime(when.group(1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        except (TypeError, ValueError):
            continue
        found.append(Memento(ArchiveService.ARCHIVE_TODAY, target, taken, None))
    return found, None


async def candidate_snapshots(fetcher: Fetches, url: str, endpoints: Endpoints = Endpoints(), *,
                              cited_on: str, published_on: str | None = None, dead_since: str | None = None,
                              archive_today_url: str = "") -> tuple[list[Memento], list[str]]:
    """Every memento worth trying for a citation of ``url``, best first, and the lookup errors."""
    errors: list[str] = []
    mementos, error = await citation_mementos(fetcher, url, endpoints, cited_on=cited_on,
                                              published_on=published_on, dead_since=dead_since)
    if error:
        errors.append(f"Wayback: {error}")
    if archive_today_url:
        more, error = await archive_today_mementos(fetcher, url, archive_today_url)
        mementos += more
        if error:
            errors.append(f"archive.today: {error}")
    ordered = order_for_citation(mementos, cited_on=cited_on, published_on=published_on, dead_since=dead_since)
    return ordered, errors
