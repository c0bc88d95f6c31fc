"""The archive's half of a fetch shared with the check stage: one GET per link per run."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading
from collections.abc import Callable

import sqlite_utils

from ..clock import shift, utc_now
from ..config import Config, Recapture
from ..db import captures
from ..net.fetcher import Fetcher
from ..net.hops import conditional_headers
from ..net.results import FetchErrorKind, FetchResult
from ..slots import PrioritySlots
from .capture import Fetched, fetch_capture
from .lookups import LookupCounts, look_up_as_they_fail
from .recheck import EVER, RecheckSpool
from .stage import _Archiver, _windows
from .textqueue import CHECK_WORKERS, WORKER_NICE
from .warc import new_record_id

__all__ = ["NOT_FETCHED", "SharedCapture"]

log = logging.getLogger(__name__)

# a shared fetch that failed this way leaves no capture row: the check's verdict keeps the link out of
# captures.links_to_capture until the retry window has passed
NOT_FETCHED = frozenset({FetchErrorKind.DNS_ERROR, FetchErrorKind.REFUSED_ADDRESS, FetchErrorKind.INVALID_URL,
                         FetchErrorKind.ROBOTS_DISALLOWED})


class SharedCapture:
    """The archive's half of a fetch shared with another stage: one GET per link per run.

    The check stage asks :meth:`due` whether a link needs its first capture (or
    a retry of a failed one, as the archive stage would); if so it fetches the
    link through :meth:`fetch` instead of a plain GET: the body is streamed to
    the spool under the archive's body cap, the check judges the result, and
    the capture's WARC records and row (text ``pending``) are stored in the
    background while the check goes on; its text job runs beside the check, at a
    lower priority (:mod:`pipeline.archive.textqueue`), and the check never waits
    for one: jobs not done when it ends stay pending, and the archive stage of the
    same run does them first. The archive stage finds nothing left to fetch for
    that link. A link whose capture failed is looked up in the
    Wayback Machine beside the check (:func:`~pipeline.archive.lookups.look_up_as_they_fail`),
    when ``archive.wayback_lookup`` is on. Use as an async context manager; leaving it
    waits for every capture's records and row to be stored (not for their text) and ends the lookups.

    A link already captured (with a text copy) and not due is :meth:`captured`: the check's GET of
    it goes through :meth:`fetch` too, asked with the capture's validators and read whole; unchanged,
    the capture is marked verified; changed, the body is kept for the archive stage, whose text
    decides whether it becomes a re-capture (:mod:`pipeline.archive.recheck`).
    """

    def __init__(self, db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
                 make_id: Callable[[], str] = new_record_id) -> None:
        self._archiver = _Archiver(db, config, clock, None, make_id, None, threading.Event(), worker_nice=WORKER_NICE,
                                   workers=CHECK_WORKERS)
        self._recapture_window = _windows(config.archive, clock())  # (due before, retry before)
        self._due = {todo.link_id for todo in captures.links_to_capture(db, self._recapture_window[1])}
        # links due for a conditional re-capture: their ids only (a row each is read when one is fetched)
        self._recapture_due: set[int] = set()
        if config.archive.recapture == Recapture.CHANGED:
            self._recapture_due = {r.link_id for r in captures.links_to_recapture(db, *self._recapture_window)}
        # captured links with a first copy to compare with, not due: re-read at their check (recheck)
        self._captured: set[int] = set()
        if config.archive.recapture == Recapture.CHANGED:
            self._captured = {r.link_id for r in captures.links_to_recapture(db, EVER, self._recapture_window[1])
                              if r.baseline_id is not None} - self._recapture_due
        self._recheck = RecheckSpool(self._archiver.root, config.archive)
        self.kept = 0  # changed bodies kept for the archive stage's text
        self._slots = PrioritySlots(config.archive.max_in_flight)
        self._tasks: set[asyncio.Task[None]] = set()
        self.stored = 0
        self.lookups = LookupCounts()
        self._failed: asyncio.Queue[captures.LinkTodo] = asyncio.Queue()
        self._looking_up: asyncio.Task[None] | None = None
        self._look_up = config.archive.wayback_lookup

    async def __aenter__(self) -> SharedCapture:
        self._archiver._prepare()
        self._recheck.clear()  # what a killed run kept: those pages are checked again
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                await asyncio.gather(*self._tasks)
            else:
                for task in self._tasks:
                    task.cancel()
                await asyncio.gather(*self._tasks, return_exceptions=True)
        finally:
            try:
                await self._stop_lookups(raise_fault=exc[0] is None)
            finally:
                self._archiver._close(abandon=True)  # text jobs still running stay pending

    def _look_up_later(self, fetcher: Fetcher, todo: captures.LinkTodo) -> None:
        """Queue a link whose capture failed for a Wayback lookup beside the check (started on the first)."""
        if not self._look_up:
            return
        if self._looking_up is None:
            cfg, clock = self._archiver.cfg, self._archiver.clock
            self._looking_up = asyncio.create_task(look_up_as_they_fail(
                self._archiver.db, fetcher, cfg, self._failed, shift(clock(), days=-cfg.wayback_lookup_after_days),
                clock=clock, counts=self.lookups))
        elif self._looking_up.done():  # the service was silent, or the most for a run were asked: no more
            self._look_up = False
            self._looking_up.result()  # a fault of ours in looking up fails the stage
            return
        self._failed.put_nowait(todo)

    async def _stop_lookups(self, *, raise_fault: bool) -> None:
        task, self._looking_up = self._looking_up, None
        if task is None:
            return
        task.cancel()  # what is left waits for the archive stage
        done = await asyncio.gather(task, return_exceptions=True)
        if raise_fault and isinstance(done[0], Exception):
            raise done[0]

    def hold_failures(self) -> None:
        """Keep the rows of failed fetches back until :meth:`release_failures` (or :meth:`drop_failures`):
        the check holds its results until a site has answered, so that an offline night records nothing."""
        self._archiver.held_failures = []

    def release_failures(self) -> None:
        """Record the failed fetches held back, and every later one as it comes."""
        held, self._archiver.held_failures = self._archiver.held_failures, None
        if held:
            with self._archiver.db.atomic():
                for row in held:
                    captures.record_fetch_error(self._archiver.db, row)

    def drop_failures(self) -> None:
        """Forget the failed fetches held back (the night was offline); later ones are held too."""
        if self._archiver.held_failures is not None:
            self._archiver.held_failures = []

    def due(self, link_id: int) -> bool:
        """Whether the link needs its first capture (or a retry), or is due for a re-capture."""
        return link_id in self._due or link_id in self._recapture_due

    def captured(self, link_id: int) -> bool:
        """Whether the link has a capture with a text copy and is not due: its check's GET may change it."""
        return link_id in self._captured

    @property
    def unchanged(self) -> int:
        """Re-captures that found the page unchanged (the capture is marked verified)."""
        return self._archiver.summary.unchanged

    async def fetch(self, fetcher: Fetcher, link_id: int, url: str, host: str, *, keep_bytes: int,
                    priority: int = 0) -> FetchResult:
        """GET ``url`` as a capture (archive body cap, read to its end); the capture is stored in the background.

        When ``archive.max_in_flight`` captures already wait for their records and row, this one waits for a slot;
        a waiting fetch with a higher ``priority`` (the check passes the links its site has left) is
        served first, so that the busiest site, which decides when the run ends, does not queue
        behind small ones.

        A link due for a re-capture, or :meth:`captured`, is asked conditionally, with its latest
        capture's validators; an unchanged answer (304, or the same payload) only marks that capture
        verified, as the archive stage would. A captured link's changed body is kept for the archive
        stage (:mod:`pipeline.archive.recheck`), not stored.
        """
        self._due.discard(link_id)
        previous = headers = None
        recheck = link_id in self._captured
        if link_id in self._recapture_due or recheck:
            self._recapture_due.discard(link_id)
            self._captured.discard(link_id)
            due_before = EVER if recheck else self._recapture_window[0]
            rows = captures.links_to_recapture(self._archiver.db, due_before, self._recapture_window[1],
                                               link_id=link_id)
            previous = next(rows, None)
            headers = conditional_headers(previous.etag, previous.last_modified) if previous is not None else None
        fetched = await fetch_capture(fetcher, url, self._archiver.spool, max_bytes=self._archiver.cfg.max_body_bytes,
                                      keep_bytes=keep_bytes, headers=headers, priority=priority)
        for done in [t for t in self._tasks if t.done()]:
            self._tasks.discard(done)
            done.result()  # a fault of ours in storing fails the stage now
        if recheck and previous is not None:
            self._keep_if_changed(link_id, url, host, fetched, previous)
            return fetched.result
        error = fetched.result.error
        if error is not None and error.kind is FetchErrorKind.TURNED_AWAY:
            fetched.discard()  # not asked: no capture row, no lookup; the link stays due (the check counts it)
            return fetched.result
        if fetched.final is None or fetched.final.status >= 400:  # as the archive stage would look it up
            self._look_up_later(fetcher, captures.LinkTodo(link_id, url, host))
        if error is not None and error.kind in NOT_FETCHED:  # the link's check verdict says so; no capture row
            fetched.discard()
            return fetched.result
        if previous is not None and self._archiver._unchanged(fetched, previous):
            fetched.discard()
            return fetched.result
        # at most archive.max_in_flight fetched captures waiting for their records and row (never for
        # their text): a check that outruns the WARC writer waits here, after its fetch (waiting before
        # it would hold a slot through the site's pacing)
        try:
            await self._slots.acquire(priority)
        except BaseException:
            fetched.discard()
            raise
        result = fetched.result
        # the store needs the spool and the exchanges, not the decoded page the check judges: it is let go
        # as soon as the check is done with it, not when the capture's records are written
        fetched.result = dataclasses.replace(result, body=b"")
        self._tasks.add(asyncio.create_task(self._store(link_id, url, host, fetched, previous)))
        return result

    def _keep_if_changed(self, link_id: int, url: str, host: str, fetched: Fetched,
                         previous: captures.Recapture) -> None:
        """A captured page re-read: verified when unchanged, its body kept when a 2xx changed it."""
        try:
            final = fetched.final
            if final is None or self._archiver._unchanged(fetched, previous) or not 200 <= final.status < 300:
                return  # no answer, or an error status: the check's verdict tells
            if self._recheck.keep(link_id, url, host, previous, fetched):
                self.kept += 1
            elif self._recheck.full == 1:
                log.warning("the recheck spool is full (archive.recheck_spool_bytes / _pages): changed pages past "
                            "it wait for their re-capture after archive.recapture_after_days")
        finally:
            fetched.discard()

    async def _store(self, link_id: int, url: str, host: str, fetched: Fetched,
                     previous: captures.Recapture | None) -> None:
        try:
            await self._archiver._store(link_id, url, host, fetched, previous)
            self.stored += fetched.final is not None
        finally:
            fetched.discard()
            self._slots.release()
