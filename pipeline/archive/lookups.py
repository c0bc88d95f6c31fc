"""Wayback lookups off the critical path: beside the captures, at the service's pace, within a budget.

The archive stage starts :func:`look_up` as a task once its first captures
are stored (so that what was just captured is not looked up), next to its
re-captures. The
lookups go one at a time through the shared fetcher, whose pacing spaces
requests to each service host by at least ``archive.wayback_interval_s``
(about one a second) and doubles the gap on a 429/503 answer
(:mod:`pipeline.net.pacing`). They stop when ``archive.wayback_budget_s``
seconds, after
``archive.external_max_per_run`` lookups, or as soon as the service fails
``FAILING_AFTER`` times in a row without an answer, or at once when its name
does not resolve (a service that is down costs seconds, not minutes). What is left is looked up by the next run.

When the check stage captures, :func:`look_up_as_they_fail` runs beside it:
a link whose capture failed (no answer, or an error status) is looked up
while the check goes on, at the same pace, so that the archive stage's
lookups, and their budget at the end of the run, are left with fewer. It
ends with the check, whatever is left, and records only what the service
answered: a service that does not answer leaves every link to the archive
stage, as if it had not run.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import sqlite_utils

from ..config import ArchiveConfig
from ..db import captures
from ..db.captures import LinkTodo
from ..models import ArchiveService, SnapshotStatus
from ..net.fetcher import Fetcher
from ..net.results import UNREACHABLE, FetchResult
from . import wayback

__all__ = ["FAILING_AFTER", "LookupCounts", "look_up", "look_up_as_they_fail"]

log = logging.getLogger(__name__)
FAILING_AFTER = 3  # lookups in a row that got no answer at all from the service


class LookupCounts:
    def __init__(self) -> None:
        self.found = self.none = self.failed = 0
        self.left = False  # the budget or a failing service ended the lookups before the list did


class _Watched:
    """The fetcher as the lookups see it: remembers whether the service answered at all."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self.answered = False
        self.unreachable = False  # the service's name does not resolve, or its address is refused

    async def fetch(self, url: str, **kwargs: Any) -> FetchResult:  # the Fetcher's keywords, passed through
        # the service answering is not a site answering: the check's offline rule counts only the sites
        result = await self.fetcher.fetch(url, service=True, **kwargs)
        self.answered = self.answered or result.status is not None
        self.unreachable = self.unreachable or (result.error is not None and result.error.kind in UNREACHABLE)
        return result


async def look_up(db: sqlite_utils.Database, fetcher: Fetcher, cfg: ArchiveConfig, looked_up_before: str, *,
                  clock: Callable[[], str], stop: threading.Event, earlier: int = 0) -> LookupCounts:
    """Look up the links that need it, within the budget; return the counts.

    ``earlier``: lookups this run already made (beside the check), counted in ``external_max_per_run``."""
    counts = LookupCounts()
    endpoints = _paced_endpoints(fetcher, cfg)
    try:
        async with asyncio.timeout(cfg.wayback_budget_s):
            await _look_up_all(db, fetcher, cfg.external_max_per_run - earlier, endpoints, looked_up_before, clock,
                               stop, counts)
    except TimeoutError:
        counts.left = True
    if counts.left:
        log.info("Wayback lookups stopped for this run (budget of %gs, or the service is failing); "
                 "the rest are looked up next run", cfg.wayback_budget_s)
    return counts


async def _look_up_all(db: sqlite_utils.Database, fetcher: Fetcher, most: int,
                       endpoints: wayback.Endpoints, looked_up_before: str, clock: Callable[[], str],
                       stop: threading.Event, counts: LookupCounts) -> None:
    silent = 0
    todos = captures.links_for_lookup(db, looked_up_before)
    for done, todo in enumerate(todos):
        if done >= most or stop.is_set() or silent >= FAILING_AFTER:
            counts.left = True
            return
        watched = _Watched(fetcher)
        snap = await wayback.lookup(watched, todo.url, endpoints)
        silent = 0 if watched.answered else silent + 1
        if watched.unreachable and not watched.answered:  # no point asking again in this run
            silent = FAILING_AFTER
        _record(db, todo, snap, clock, counts)


async def look_up_as_they_fail(db: sqlite_utils.Database, fetcher: Fetcher, cfg: ArchiveConfig,
                               failed: asyncio.Queue[LinkTodo], looked_up_before: str, *,
                               clock: Callable[[], str], counts: LookupCounts) -> None:
    """Look up the links put in ``failed`` (not looked up since ``looked_up_before``) until cancelled.

    Returns early when ``archive.external_max_per_run`` is reached or the service gives no HTTP
    answer (that lookup is not recorded: the archive stage tries it, and the rest, as usual)."""
    endpoints = _paced_endpoints(fetcher, cfg)
    for _ in range(cfg.external_max_per_run):
        todo = await failed.get()
        while captures.looked_up_since(db, todo.link_id, ArchiveService.WAYBACK, looked_up_before):
            todo = await failed.get()
        watched = _Watched(fetcher)
        snap = await wayback.lookup(watched, todo.url, endpoints)
        if not watched.answered:
            log.info("%s: the Wayback Machine did not answer; lookups are left to the archive stage", todo.url)
            return
        _record(db, todo, snap, clock, counts)


def _paced_endpoints(fetcher: Fetcher, cfg: ArchiveConfig) -> wayback.Endpoints:
    """The service's endpoints, each paced by the fetcher at ``archive.wayback_interval_s`` at least."""
    endpoints = wayback.Endpoints(cfg.wayback_available_url, cfg.wayback_cdx_url, cfg.wayback_web_url,
                                  cfg.save_page_now_url)
    for endpoint in (endpoints.available_url, endpoints.cdx_url):
        fetcher.set_min_gap(endpoint, cfg.wayback_interval_s)
    return endpoints


def _record(db: sqlite_utils.Database, todo: LinkTodo, snap: wayback.Snapshot, clock: Callable[[], str],
            counts: LookupCounts) -> None:
    with db.atomic():
        captures.record_snapshot(db, todo.link_id, ArchiveService.WAYBACK, snap.status, snap.url, snap.taken_at,
                                 snap.error, clock())
    if snap.status is SnapshotStatus.FOUND:
        counts.found += 1
    elif snap.status is SnapshotStatus.NONE:
        counts.none += 1
    else:
        counts.failed += 1
