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
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote, urlencode

from ..models import SnapshotStatus
from ..safeload import DocumentError, load_json

__all__ = ["Endpoints", "Snapshot", "lookup", "save_page_now", "wayback_time"]

MAX_ANSWER_BYTES = 2_000_000


class _Fetcher(Protocol):
    async def fetch(self, url: str, **kwargs: Any) -> Any: ...


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


async def _get_json(fetcher: _Fetcher, url: str, headers: dict[str, str] | None = None) -> tuple[Any, str | None]:
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


async def lookup(fetcher: _Fetcher, url: str, endpoints: Endpoints = Endpoints()) -> Snapshot:
    """The latest usable Wayback snapshot of ``url``: FOUND, NONE, or FAILED with the reason."""
    data, error = await _get_json(fetcher, f"{endpoints.available_url}?{urlencode({'url': url})}")
    if error is None:
        closest = ((data or {}).get("archived_snapshots") or {}).get("closest") if isinstance(data, dict) else None
        if isinstance(closest, dict) and closest.get("available") and str(closest.get("status", "200"))[:1] in "23":
            stamp = str(closest.get("timestamp", ""))
            return Snapshot(SnapshotStatus.FOUND, str(closest.get("url") or ""), wayback_time(stamp))
    query = urlencode({"url": url, "output": "json", "fl": "timestamp,original,statuscode",
                       "filter": "statuscode:[23]..", "limit": "-1"})
    rows, cdx_error = await _get_json(fetcher, f"{endpoints.cdx_url}?{query}")
    if cdx_error is not None:
        return Snapshot(SnapshotStatus.FAILED, error=cdx_error if error is None else f"{error}; {cdx_error}")
    if not isinstance(rows, list) or len(rows) < 2 or not isinstance(rows[-1], list) or len(rows[-1]) < 2:
        return Snapshot(SnapshotStatus.NONE)
    stamp, original = str(rows[-1][0]), str(rows[-1][1])
    return Snapshot(SnapshotStatus.FOUND, f"{endpoints.web_url.rstrip('/')}/{stamp}/{original}", wayback_time(stamp))


async def save_page_now(fetcher: _Fetcher, url: str, endpoints: Endpoints = Endpoints(), *,
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
