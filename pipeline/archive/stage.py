"""The archive stage: a raw WARC capture and a readable text copy of every cited link.

First, every capture whose text is still pending (the check's shared fetches,
a killed run's) is queued for its text job. Then, for each current link without
a capture (and, with ``archive.recapture: changed``, each link whose capture is
due for a conditional re-fetch), in link order with at most
``archive.max_in_flight`` links in progress, along the seams its data crosses:

1. fetch it through the shared HTTP layer, the body held in memory (spilled to
   ``<archive>/.tmp/`` when large) (:mod:`pipeline.archive.capture`); no
   response → an error row, retried later;
2. append the request/response records of every hop to the WARC file and
   fsync, one fsync for every capture waiting; a payload already stored
   becomes a ``revisit`` record (:mod:`pipeline.archive.records`);
3. commit the capture row with text ``pending`` (``skipped`` for an error
   status: not extracted at all), which frees the link's slot, and queue its
   text job (:mod:`pipeline.archive.textqueue`): it reads the body back from
   the WARC record in the worker pool while other links are fetched, or takes
   the text of a capture of the same payload; a re-capture is compared with the
   link's first copy, its baseline (:mod:`pipeline.archive.drift`);
4. write the text copy atomically, then update the row's text columns in one
   transaction (:mod:`pipeline.archive.copystore`).

Then the stage waits for every text job. That order is what makes a killed run
safe: a row is only committed once the records it names are durable; a
``pending`` row is extracted by the next run from its record, without fetching
again; an incomplete record at the end of a WARC file is cut off when the next
run opens it; a leftover copy that no row names is overwritten by the rerun's
copy of the same page.

Then, beside the re-captures, links with no local capture or a broken one
are looked up in the Wayback Machine at the service's pace and within a time
budget (:mod:`pipeline.archive.lookups`); then, if enabled, Save Page Now is asked
to snapshot captured links (:mod:`pipeline.archive.wayback`).

:class:`~pipeline.archive.shared.SharedCapture` is the same path driven by the
check stage's GETs (importable from here too).
"""

from __future__ import annotations

import asyncio
import concurrent.futures.process
import dataclasses
import logging
import os
import shutil
import threading
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from ..clock import shift, utc_now
from ..config import ArchiveConfig, Config, Recapture
from ..db import captures, runs
from ..logs import per_item
from ..models import ArchiveService, Capture, SnapshotStatus, StageCounts, TextStatus
from ..net.fetcher import Fetcher
from ..net.hops import conditional_headers
from ..net.results import TURNED_AWAY, FetchErrorKind
from ..safefiles import check_inside
from . import copies, drift, wayback
from .capture import Fetched, fetch_capture
from .copystore import CopyStore
from .lookups import LookupCounts, look_up
from .recheck import EVER, Probe, RecheckSpool, judge_probe, probe_job
from .records import RecordStore, stored_row
from .textqueue import TextQueue
from .warc import new_record_id, warc_date

__all__ = ["ArchiveSummary", "SharedCapture", "run"]

log = logging.getLogger(__name__)
_NOT_CAPTURED = per_item("not_captured", "link(s) not captured", "see `sourcevault captures --flagged`")
# a capture whose text could not be extracted: said once per capture, here, never by a worker
_TEXT_FAILED = per_item("text_failed", "capture(s) whose text could not be extracted",
                        "see `sourcevault captures --flagged`")


@dataclass
class ArchiveSummary(StageCounts):
    captured: int = 0  # new captures stored (first captures and changed re-captures)
    revisits: int = 0  # of which the payload was already archived (revisit record)
    fetch_errors: int = 0
    text_ok: int = 0
    text_tiny: int = 0
    text_empty: int = 0
    text_failed: int = 0
    text_skipped: int = 0
    unchanged: int = 0  # re-fetched, same content
    drifted: int = 0
    wayback_found: int = 0
    wayback_none: int = 0
    wayback_failed: int = 0
    saved: int = 0
    warc_bytes_cut: int = 0  # an incomplete record left by a killed run, removed
    deferred: int = 0  # links of sites that asked us to come back later (a long Retry-After): still due
    text_pending: int = 0  # text jobs left for the next run (the stage was stopped)


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[..., None] | None = None,
        make_id: Callable[[], str] = new_record_id,
        sleep: Callable[[float], object] | None = None) -> ArchiveSummary:
    """Capture what needs capturing; return counts. ``make_id``/``clock`` make WARCs deterministic."""
    return asyncio.run(_Archiver(db, config, clock, progress, make_id, sleep, stop or threading.Event()).run())


def _windows(cfg: ArchiveConfig, now: str) -> tuple[str, str]:
    """Before when a capture is due for a re-capture, and before when a failed fetch is retried."""
    return shift(now, days=-cfg.recapture_after_days), shift(now, days=-(cfg.retry_failed_after_hours / 24))


class _Archiver:
    """One run's capture path: fetch → :class:`RecordStore` → row → :class:`TextQueue` → :class:`CopyStore`."""

    def __init__(self, db: sqlite_utils.Database, config: Config, clock: Callable[[], str],
                 progress: Callable[..., None] | None, make_id: Callable[[], str],
                 sleep: Callable[[float], object] | None, stop: threading.Event, *, worker_nice: int = 0,
                 workers: int | None = None) -> None:
        self.db, self.config, self.cfg = db, config, config.archive
        self.stop = stop
        self.clock, self.progress, self.sleep = clock, progress, sleep or asyncio.sleep
        self.root = Path(config.paths.archive)
        self.spool = self.root / ".tmp"
        self.summary = ArchiveSummary()
        self.records = RecordStore(self.root / "warc", self.cfg, make_id)
        self.copies = CopyStore(db, self.root, self.cfg)
        # beside the check its text workers yield to it (worker_nice) and are fewer (workers); after it
        # they are the run's work
        self.texts = TextQueue(db, self.cfg, self.root, self.copies, self._count_text, nice=worker_nice,
                               workers=workers)
        self.held_failures: list[Capture] | None = None  # a list: failed fetches wait there (SharedCapture)
        self.turned_away_hosts: set[str] = set()  # sites that asked us to come back later: said once each

    async def run(self) -> ArchiveSummary:
        self._prepare()
        try:
            self.texts.submit_pending()  # the check's shared fetches, a killed run's: first in the queue
            async with Fetcher(self.config.http, now=self.clock) as fetcher:
                self.fetcher = fetcher
                now = self.clock()
                due, retry = _windows(self.cfg, now)
                rechecks = RecheckSpool(self.root, self.cfg)
                if self.progress:
                    self.progress(0, self._captures_due(due, retry) + rechecks.waiting())
                # the check's re-reads first: their capture is the latest until they are decided
                await self._drain(self._recheck(rechecks, probe, retry) for probe in rechecks.probes())
                await self._drain(self._capture(todo) for todo in captures.links_to_capture(self.db, retry))
                lookups = None
                if self.cfg.wayback_lookup and not self.stop.is_set():  # beside the re-captures, within a budget
                    lookups = asyncio.create_task(look_up(
                        self.db, fetcher, self.cfg, shift(now, days=-self.cfg.wayback_lookup_after_days),
                        clock=self.clock, stop=self.stop, earlier=_looked_up_this_run(self.db)))
                try:
                    if self.cfg.recapture == Recapture.CHANGED and not self.stop.is_set():
                        await self._drain(self._recapture(r)
                                          for r in captures.links_to_recapture(self.db, due, retry))
                except BaseException:
                    if lookups is not None:
                        lookups.cancel()
                    raise
                if lookups is not None:
                    self._count_lookups(await lookups)
                if self.cfg.save_page_now and not self.stop.is_set():
                    await self._saves()
                await self.texts.drain(self.stop.is_set)
            self.summary.text_pending = self.texts.waiting
        finally:
            self._close()
        return self.summary

    def _captures_due(self, due: str, retry: str) -> int:
        """How many links this run captures or re-captures (the progress display's total: counted, not held)."""
        n = sum(1 for _ in captures.links_to_capture(self.db, retry))
        if self.cfg.recapture == Recapture.CHANGED:
            n += sum(1 for _ in captures.links_to_recapture(self.db, due, retry))
        return n

    def _close(self, *, abandon: bool = False) -> None:
        """Release what the run holds; ``abandon``: text jobs still running are ended, not waited for."""
        try:
            self.texts.close(abandon=abandon)
        finally:
            self.records.close()
            shutil.rmtree(self.spool, ignore_errors=True)

    def _prepare(self) -> None:
        """Undo what a killed run may have left: a torn WARC record, temporary files.

        Refuses (:class:`UnsafePath`) when ``warc/`` or ``.tmp/`` is a link out of the archive."""
        for folder in (self.root / "warc", self.spool):
            check_inside(folder, self.root)
        shutil.rmtree(self.spool, ignore_errors=True)
        copies.sweep_temp_files(self.root)
        cut = self.records.open(self.db)
        if cut:
            log.warning("cut %d bytes of an incomplete record off the newest WARC file (a run was killed)", cut)
        self.summary.warc_bytes_cut = cut

    async def _drain(self, jobs: Iterable[Coroutine[Any, Any, None]]) -> None:
        """Run coroutines from a lazy iterable, at most max_in_flight at a time."""
        slots = asyncio.Semaphore(self.cfg.max_in_flight)
        tasks: set[asyncio.Task] = set()

        async def guarded(job: Coroutine[Any, Any, None]) -> None:
            try:
                await job
            finally:
                slots.release()
                if self.progress:
                    self.progress(1)

        try:
            for job in jobs:
                await slots.acquire()
                if self.stop.is_set():
                    job.close()  # never started
                    slots.release()
                    break
                task = asyncio.create_task(guarded(job))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                for done in [t for t in list(tasks) if t.done()]:
                    done.result()
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            raise

    # -- one link -----------------------------------------------------------------------

    async def _capture(self, todo: captures.LinkTodo) -> None:
        if self._turned_away(todo.host):
            return
        fetched = await fetch_capture(self.fetcher, todo.url, self.spool, max_bytes=self.cfg.max_body_bytes)
        try:
            await self._store(todo.link_id, todo.url, todo.host, fetched, None)
        finally:
            fetched.discard()

    async def _recapture(self, due: captures.Recapture) -> None:
        if self._turned_away(due.host):
            return
        fetched = await fetch_capture(self.fetcher, due.url, self.spool, max_bytes=self.cfg.max_body_bytes,
                                      headers=conditional_headers(due.etag, due.last_modified))
        try:
            if self._unchanged(fetched, due):
                return
            await self._store(due.link_id, due.url, due.host, fetched, due)
        finally:
            fetched.discard()

    async def _recheck(self, spool: RecheckSpool, probe: Probe, retry: str) -> None:
        """A captured page the check found changed: its text decides (:mod:`pipeline.archive.recheck`)."""
        try:
            latest = next(captures.links_to_recapture(self.db, EVER, retry, link_id=probe.link_id), None)
            if latest is None or latest.capture_id != probe.capture_id or latest.baseline_copy_path is None:
                return  # captured again since, or no first copy to compare with: left to the re-capture
            job = probe_job(self.cfg, probe, in_process=not self.texts.pool.processes)
            try:
                done = await self.texts.pool.run(judge_probe, job, self.root / latest.baseline_copy_path,
                                                 self.cfg.drift_threshold, self.texts.extract, self.texts.key)
            except concurrent.futures.process.BrokenProcessPool as exc:
                log.error("%s: a re-read page's text not extracted: %s; it is checked again", probe.url, exc)
                return
            final = probe.fetched.final
            assert final is not None
            if done.similarity is None:
                return
            if not drift.is_drifted(done.similarity, self.cfg.drift_threshold):  # the same text: no new record
                with self.db.atomic():
                    captures.mark_verified(self.db, probe.capture_id, warc_date(final.fetched_at))
                self.summary.unchanged += 1
                return
            refused = self.copies.refused(probe.host)
            if refused is not None:
                log.error("%s: not re-captured: %s", probe.url, refused, extra=_NOT_CAPTURED)
                return
            written = await self.records.write(self.db, probe.fetched)
            try:
                capture = stored_row(probe.link_id, probe.url, probe.fetched, written, probe.capture_id,
                                     self.cfg.max_body_bytes)
                with self.db.atomic():
                    capture_id = captures.record_capture(self.db, capture)
            finally:
                self.records.committed(written)
            self.summary.captured += 1
            self.summary.revisits += written.original is not None
            stored = await self.copies.finish(dataclasses.replace(capture, id=capture_id), probe.host, done,
                                              capture.text_reason, latest.baseline_id, self.texts.pool)
            self._count_text(stored)
        finally:
            spool.remove(probe.folder)

    def _turned_away(self, host: str) -> bool:
        """Whether the site asked us to come back later (a ``Retry-After`` longer than we wait): its
        link is left for the next run, with nothing recorded (see ``Fetcher.turned_away``)."""
        away = self.fetcher.turned_away(host)
        if not away:
            return False
        self.summary.deferred += 1
        if host not in self.turned_away_hosts:
            self.turned_away_hosts.add(host)
            log.warning("%s asked us to come back in %.0f s (Retry-After); its links are left for the next run",
                        host, away, extra=TURNED_AWAY)
        return True

    def _unchanged(self, fetched: Fetched, due: captures.Recapture) -> bool:
        """A re-fetch that found the capture unchanged (304, or the same payload): noted as verified."""
        final = fetched.final
        if final is None or not (final.status == 304 or final.payload_digest == due.payload_digest):
            return False
        with self.db.atomic():
            captures.mark_verified(self.db, due.capture_id, self.clock())
        self.summary.unchanged += 1
        return True

    async def _store(self, link_id: int, url: str, host: str, fetched: Fetched,
                     previous: captures.Recapture | None) -> None:
        """WARC records, then the row (text pending), then its text job queued: the slot is free then."""
        final = fetched.final
        error = fetched.result.error
        if final is None and error is not None and error.kind is FetchErrorKind.TURNED_AWAY:
            self._turned_away(host)  # not asked: no row, the link stays due
            return
        if final is None:
            log.info("%s: not captured: %s", url, fetched.error)
            self._not_stored(link_id, url, fetched, fetched.error)
            return
        refused = self.copies.refused(host)
        if refused is not None:  # checked before any WARC record is written for it
            log.error("%s: not captured: %s", url, refused, extra=_NOT_CAPTURED)
            self._not_stored(link_id, url, fetched, refused)
            return
        written = await self.records.write(self.db, fetched)
        try:
            capture = stored_row(link_id, url, fetched, written, previous.capture_id if previous else None,
                                 self.cfg.max_body_bytes)
            with self.db.atomic():
                capture_id = captures.record_capture(self.db, capture)
        finally:
            self.records.committed(written)
        s = self.summary
        s.captured += 1
        s.revisits += written.original is not None
        if capture.text_status is TextStatus.PENDING:
            self.texts.submit(capture_id)
        else:
            self._count_text(capture)

    def _not_stored(self, link_id: int, url: str, fetched: Fetched, error: str | None) -> None:
        """A fetch that left no capture: its error row (the link is tried again after ``retry_failed_after_hours``),
        or held back while :attr:`held_failures` is a list."""
        self.summary.fetch_errors += 1
        row = Capture(link_id, url, self.clock(), TextStatus.SKIPPED, final_url=fetched.result.final_url,
                      redirects=tuple((h.url, h.status) for h in fetched.result.hops), error=error)
        if self.held_failures is not None:
            self.held_failures.append(row)
            return
        with self.db.atomic():
            captures.record_fetch_error(self.db, row)

    def _count_text(self, capture: Capture) -> None:
        """A capture's text is done (or skipped): counted, and worth a log line when there is none."""
        s = self.summary
        s.drifted += capture.drifted
        name = f"text_{capture.text_status.value}"
        setattr(s, name, getattr(s, name) + 1)
        if capture.text_status is TextStatus.FAILED:
            log.warning("%s: text failed: %s", capture.url, capture.text_reason, extra=_TEXT_FAILED)
        elif capture.text_status in (TextStatus.EMPTY, TextStatus.TINY):
            log.info("%s: text %s: %s", capture.url, capture.text_status.value, capture.text_reason)
        if capture.drifted:
            log.warning("%s: drifted (similarity %.2f to the first capture)", capture.url, capture.similarity,
                        extra=per_item("drifted", "page(s) drifted from their first capture",
                                       "see the report's Drifted section or `sourcevault captures --flagged`"))

    # -- external archives -----------------------------------------------------------------

    def _count_lookups(self, counts: LookupCounts) -> None:
        self.summary.wayback_found += counts.found
        self.summary.wayback_none += counts.none
        self.summary.wayback_failed += counts.failed

    async def _saves(self) -> None:
        endpoints = self._endpoints()
        auth = os.environ.get(self.cfg.save_page_now_auth_env) or None
        todos = captures.links_for_save(self.db)
        for i, todo in zip(range(self.cfg.save_page_now_max_per_run), todos, strict=False):
            if i:
                await self.sleep(self.cfg.save_page_now_interval_s)  # type: ignore[misc]
            snap = await wayback.save_page_now(self.fetcher, todo.url, endpoints, auth=auth,
                                               poll_interval_s=self.cfg.save_page_now_interval_s,
                                               sleep=self.sleep)  # type: ignore[arg-type]
            with self.db.atomic():
                captures.record_snapshot(self.db, todo.link_id, ArchiveService.SAVE_PAGE_NOW, snap.status, snap.url,
                                         snap.taken_at, snap.error, self.clock())
            self.summary.saved += snap.status is SnapshotStatus.SAVED

    def _endpoints(self) -> wayback.Endpoints:
        c = self.cfg
        return wayback.Endpoints(c.wayback_available_url, c.wayback_cdx_url, c.wayback_web_url, c.save_page_now_url)


def _looked_up_this_run(db: sqlite_utils.Database) -> int:
    """Wayback lookups the run in progress made beside its check stage (its counts), for the per-run cap."""
    check = runs.running_counts(db).get("check", {})
    return sum(int(check.get(f"wayback_{k}", 0)) for k in ("found", "none", "failed"))


from .shared import SharedCapture  # noqa: E402  (it imports this module: last)
