"""The archive stage: a raw WARC capture and a readable text copy of every cited link.

For each current link without a capture (and, with ``archive.recapture:
changed``, each link whose capture is due for a conditional re-fetch), in
link order with at most ``archive.max_in_flight`` links in progress:

1. fetch it through the shared HTTP layer, the body held in memory (spilled to
   ``<archive>/.tmp/`` when large)
   (:mod:`pipeline.archive.capture`); no response → an error row, retried later;
2. append the request/response records of every hop to the WARC file and
   fsync, one fsync for every capture waiting (:mod:`pipeline.archive.warc`,
   :mod:`pipeline.archive.durable`); a payload already stored becomes a
   ``revisit`` record;
3. extract the text in the process pool (:mod:`pipeline.archive.text`) while
   other links are being fetched; a re-capture is compared there with the
   link's first copy, its baseline (:mod:`pipeline.archive.drift`);
4. write the text copy atomically (:mod:`pipeline.archive.copies`), in the same process pool;
5. commit the capture row (:mod:`pipeline.db.captures`).

That order is what makes a killed run safe: a row is only committed once the
records and the copy it names are complete on disk; an incomplete record at
the end of a WARC file is cut off when the next run opens it; a leftover
copy that no row names is overwritten by the rerun's copy of the same page.

Then, beside the re-captures, links with no local capture or a broken one
are looked up in the Wayback Machine at the service's pace and within a time
budget (:mod:`pipeline.archive.lookups`); then, if enabled, Save Page Now is asked
to snapshot captured links (:mod:`pipeline.archive.wayback`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import concurrent.futures.process
import dataclasses
import functools
import logging
import multiprocessing
import os
import shutil
import threading
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from ..clock import shift, utc_now
from ..config import ArchiveConfig, Config, Recapture
from ..db import captures, runs
from ..models import ArchiveService, Capture, RecordType, SnapshotStatus, StageCounts, TextStatus
from ..net.fetcher import Fetcher, FetchErrorKind, FetchResult, conditional_headers
from ..safefiles import UnsafePath, check_inside, write_atomic
from ..slots import PrioritySlots
from ..workers import LoopPool, exit_with
from . import copies, drift, textjob, wayback
from .capture import Fetched, fetch_capture
from .durable import GroupSync
from .lookups import LookupCounts, look_up, look_up_as_they_fail
from .text import Extraction, ExtractionJob
from .warc import Exchange, Original, WarcWriter, WrittenRecord, new_record_id, warc_date

__all__ = ["ArchiveSummary", "SharedCapture", "extract_and_compare", "run", "write_copy"]

log = logging.getLogger(__name__)
# a shared fetch that failed this way leaves no capture row: the check's verdict keeps the link out of
# captures.links_to_capture until the retry window has passed
NOT_FETCHED = frozenset({FetchErrorKind.DNS_ERROR, FetchErrorKind.REFUSED_ADDRESS, FetchErrorKind.INVALID_URL,
                         FetchErrorKind.ROBOTS_DISALLOWED})
T = TypeVar("T")
INLINE_WARC_BYTES = 64 << 10  # a capture's bodies up to this size are written to the WARC on the event loop


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


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[[int], None] | None = None,
        make_id: Callable[[], str] = new_record_id,
        sleep: Callable[[float], object] | None = None) -> ArchiveSummary:
    """Capture what needs capturing; return counts. ``make_id``/``clock`` make WARCs deterministic."""
    return asyncio.run(_Archiver(db, config, clock, progress, make_id, sleep, stop or threading.Event()).run())


def extract_and_compare(job: ExtractionJob, baseline_copy: Path | None,
                        threshold: float = 0.0) -> tuple[Extraction, float | None, str | None]:
    """Worker-side: extract a capture and score it against the baseline copy's text, if any;
    below ``threshold`` (drifted), also a word-level excerpt of what changed."""
    result = textjob.extract_within_limits(job)
    if baseline_copy is None:
        return result, None, None
    try:
        old = copies.copy_text(baseline_copy.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        old = None
    if old is None:
        return result, None, None
    new = result.text if result.status.has_text else ""
    similarity = drift.text_similarity(old, new)
    return result, similarity, drift.diff_excerpt(old, new) if drift.is_drifted(similarity, threshold) else None


def _windows(cfg: ArchiveConfig, now: str) -> tuple[str, str]:
    """Before when a capture is due for a re-capture, and before when a failed fetch is retried."""
    return shift(now, days=-cfg.recapture_after_days), shift(now, days=-(cfg.retry_failed_after_hours / 24))


def write_copy(path: Path, front: dict[str, object], text: str, root: Path) -> None:
    """Worker-side: render a text copy and write it atomically at ``path`` (inside ``root``)."""
    write_atomic(path, copies.render_copy(front, text), root)


class _Archiver:
    def __init__(self, db: sqlite_utils.Database, config: Config, clock: Callable[[], str],
                 progress: Callable[[int], None] | None, make_id: Callable[[], str],
                 sleep: Callable[[float], object] | None, stop: threading.Event) -> None:
        self.db, self.config, self.cfg = db, config, config.archive
        self.stop = stop
        self.clock, self.progress, self.sleep = clock, progress, sleep or asyncio.sleep
        self.root = Path(config.paths.archive)
        self.spool = self.root / ".tmp"
        self.summary = ArchiveSummary()
        self.writer = WarcWriter(self.root / "warc", prefix=self.cfg.warc_prefix,
                                 max_file_bytes=self.cfg.warc_max_file_bytes, rotate_daily=self.cfg.warc_rotate_daily,
                                 make_id=make_id, software=_software())
        self.pending: dict[str, Original] = {}  # payload digest -> record written, row not yet committed
        self.reserved: set[str] = set()  # copy paths chosen, rows not yet committed
        self.refused_folders: dict[str, str | None] = {}  # host folder -> why no copy can go there (None: fine)
        self.warc_lock = asyncio.Lock()
        # its own thread: the one writer never waits behind the fsyncs of copies in the default pool
        self.warc_thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="warc")
        self.synced = GroupSync()
        self.pool: LoopPool | None = None
        self.held_failures: list[Capture] | None = None  # a list: failed fetches wait there (SharedCapture)
        self.turned_away_hosts: set[str] = set()  # sites that asked us to come back later: said once each

    async def run(self) -> ArchiveSummary:
        self._prepare()
        try:
            async with Fetcher(self.config.http, now=self.clock) as fetcher:
                self.fetcher = fetcher
                now = self.clock()
                due, retry = _windows(self.cfg, now)
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
        finally:
            self._close()
        return self.summary

    def _close(self) -> None:
        self.warc_thread.shutdown(wait=True)
        self.writer.close()
        if self.pool is not None:
            self.pool.close()
        shutil.rmtree(self.spool, ignore_errors=True)

    def _prepare(self) -> None:
        """Undo what a killed run may have left: a torn WARC record, temporary files.

        Refuses (:class:`UnsafePath`) when ``warc/`` or ``.tmp/`` is a link out of the archive."""
        for folder in (self.root / "warc", self.spool):
            check_inside(folder, self.root)
        shutil.rmtree(self.spool, ignore_errors=True)
        copies.sweep_temp_files(self.root)
        cut = self.writer.open(captures.known_good_offsets(self.db))
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
                        host, away)
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
        final = fetched.final
        error = fetched.result.error
        if final is None and error is not None and error.kind is FetchErrorKind.TURNED_AWAY:
            self._turned_away(host)  # not asked: no row, the link stays due
            return
        if final is None:
            log.info("%s: not captured: %s", url, fetched.error)
            self._not_stored(link_id, url, fetched, fetched.error)
            return
        refused = self._refused_folder(host)
        if refused is not None:  # checked before any WARC record is written for it
            log.error("%s: not captured: %s", url, refused)
            self._not_stored(link_id, url, fetched, refused)
            return
        digest = final.payload_digest
        async with self.warc_lock:  # one writer; the dedup lookup must see every record written before
            original = None
            if final.body_length:
                original = self.pending.get(digest) or captures.find_original(self.db, digest)
            write = functools.partial(self.writer.write_capture, fetched.exchanges, original, sync=False)
            if _small(fetched.exchanges):  # written here: a hand-off would cost more than the writing
                records = write()
            else:
                records = await asyncio.get_running_loop().run_in_executor(self.warc_thread, write)
            main = [r for r in records if r.record_type in (RecordType.RESPONSE, RecordType.REVISIT)][-1]
            if original is None and final.body_length:
                self.pending.setdefault(digest, Original(main.record_id, final.url, warc_date(final.fetched_at)))
        # durable before its row is committed; outside the lock: one fsync serves every capture waiting
        await self.synced.wait(self.writer.folder / main.file)
        capture: Capture | None = None
        try:
            extraction, similarity, excerpt = await self._extract(fetched, previous)
            ok_status = 200 <= final.status < 300
            if not ok_status and extraction.status is not TextStatus.FAILED:
                extraction = dataclasses.replace(extraction, status=TextStatus.SKIPPED, text="", text_sha256=None,
                                                 reason=f"HTTP {final.status}: not extracted")
            if not fetched.result.complete:
                note = (f"only the first {self.cfg.max_body_bytes} bytes (decoded) were read: the size cap; "
                        "the text is cut there")
                if final.truncated:
                    note += "; the record is marked WARC-Truncated: length"
                extraction = dataclasses.replace(
                    extraction, reason=f"{extraction.reason}; {note}" if extraction.reason else note)
            capture = _capture_row(link_id, url, fetched, records, main, extraction, original, previous,
                                   similarity if ok_status else None, excerpt if ok_status else None,
                                   self.cfg.drift_threshold)
            if extraction.status.has_text:
                try:
                    capture = await self._write_copy(capture, host, extraction)
                except UnsafePath as exc:  # a link planted while the run went on: as if refused up front
                    reason = self._refuse(host, exc)
                    log.error("%s: not captured: %s", url, reason)
                    self._not_stored(link_id, url, fetched, reason)
                    return
            with self.db.atomic():
                captures.record_capture(self.db, capture)
        finally:
            if capture is not None and capture.copy_path:
                self.reserved.discard(capture.copy_path)
            if (pending := self.pending.get(digest)) and pending.record_id == main.record_id:
                del self.pending[digest]
        self._count(capture, original)

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

    def _refused_folder(self, host: str) -> str | None:
        """Why the host's copy folder cannot take a copy (a symbolic link planted in the archive), if so.

        A capture for it is then not stored at all (no WARC record without its row), and the
        rest of the run goes on; every write checks again (:func:`pipeline.safefiles.write_atomic`)."""
        folder = copies.host_folder(host)
        if folder not in self.refused_folders:
            try:
                check_inside(self.root / folder, self.root)
                self.refused_folders[folder] = None
            except UnsafePath as exc:
                return self._refuse(host, exc)
        return self.refused_folders[folder]

    def _refuse(self, host: str, exc: UnsafePath) -> str:
        """Refuse the host's copies for the rest of the run; the reason, for its error rows."""
        reason = f"its copy cannot be written: {exc}; remove the link and a later run captures it"
        self.refused_folders[copies.host_folder(host)] = reason
        return reason

    async def _extract(self, fetched: Fetched,
                       previous: captures.Recapture | None) -> tuple[Extraction, float | None, str | None]:
        final = fetched.final
        assert final is not None
        headers = fetched.result.headers
        job = textjob.new_job(self.cfg, final.body_path or final.inline_body, final.url, headers.get("content-type"),
                              headers.get("content-encoding"), in_process=self.cfg.process_pool <= 0)
        baseline = self.root / previous.baseline_copy_path if previous and previous.baseline_copy_path else None
        try:
            return await self._in_pool(extract_and_compare, job, baseline, self.cfg.drift_threshold)
        except concurrent.futures.process.BrokenProcessPool as exc:
            # its worker died (out of memory on a hostile file?): this capture fails, the run goes on
            log.error("%s: text not extracted: %s; recorded as failed", final.url, exc)
            self._drop_broken_pool()
            return Extraction(TextStatus.FAILED, f"the extraction worker failed: {exc}"), None, None

    async def _in_pool(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in the extraction pool, started on first use without holding up the event loop
        (with ``process_pool: 0``, in the threads of this process's default executor)."""
        if self.cfg.process_pool <= 0:
            return await asyncio.get_running_loop().run_in_executor(None, functools.partial(fn, *args))
        if self.pool is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            context = multiprocessing.get_context(method)
            if method == "forkserver":
                context.set_forkserver_preload(["pipeline.archive.textjob"])
            self.pool = LoopPool(self.cfg.process_pool, context, initializer=exit_with, initargs=(os.getpid(),),
                                 max_rss_mb=self.cfg.worker_max_rss_mb)
        return await self.pool.run(fn, *args)

    def _drop_broken_pool(self) -> None:
        """Forget the pool if it is broken (the next use starts a new one). A pool that lost a
        worker has started another itself: the jobs of its other workers go on."""
        if self.pool is not None and self.pool.broken is not None:
            self.pool.close(wait=False)
            self.pool = None

    async def _write_copy(self, capture: Capture, host: str, extraction: Extraction) -> Capture:
        date = extraction.date or capture.captured_at[:10]
        path = copies.choose_copy_path(self.root, host, date, extraction.title, capture.url,
                                       lambda p: self._is_free(p, capture.url))
        rel = path.relative_to(self.root).as_posix()
        self.reserved.add(rel)
        capture = dataclasses.replace(capture, copy_path=rel)
        front = _front_matter(capture, extraction)
        # rendered and written (two fsyncs) in the extraction pool: out of this process, whose one
        # processor core runs every fetch
        try:
            await self._in_pool(write_copy, path, front, extraction.text, self.root)
        except concurrent.futures.process.BrokenProcessPool:  # its worker died meanwhile: write it here
            self._drop_broken_pool()
            await asyncio.get_running_loop().run_in_executor(None, write_copy, path, front, extraction.text,
                                                             self.root)
        return capture

    def _is_free(self, path: Path, url: str) -> bool:
        rel = path.relative_to(self.root).as_posix()
        if rel in self.reserved or captures.copy_path_taken(self.db, rel):
            return False
        if not path.exists():
            return True
        # a copy that no row names is a killed run's leftover of this page: ours to replace
        meta = copies.read_front_matter(path)
        return bool(meta and meta.get("url") == url and meta.get("warc_record_id"))

    def _count(self, capture: Capture, original: Original | None) -> None:
        s = self.summary
        s.captured += 1
        s.revisits += original is not None
        s.drifted += capture.drifted
        name = f"text_{capture.text_status.value}"
        setattr(s, name, getattr(s, name) + 1)
        if capture.text_status in (TextStatus.EMPTY, TextStatus.TINY, TextStatus.FAILED):
            log.info("%s: text %s: %s", capture.url, capture.text_status.value, capture.text_reason)
        if capture.drifted:
            log.warning("%s: drifted (similarity %.2f to the first capture)", capture.url, capture.similarity)

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


class SharedCapture:
    """The archive's half of a fetch shared with another stage: one GET per link per run.

    The check stage asks :meth:`due` whether a link needs its first capture (or
    a retry of a failed one, as the archive stage would); if so it fetches the
    link through :meth:`fetch` instead of a plain GET: the body is streamed to
    the spool under the archive's body cap, the check judges the result, and
    the capture (WARC records, text extraction, copy, row) is stored in the
    background while the check goes on. The archive stage then finds nothing
    left to fetch for that link. A link whose capture failed is looked up in the
    Wayback Machine beside the check (:func:`~pipeline.archive.lookups.look_up_as_they_fail`),
    when ``archive.wayback_lookup`` is on. Use as an async context manager; leaving it
    waits for every capture to be stored and ends the lookups.
    """

    def __init__(self, db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
                 make_id: Callable[[], str] = new_record_id) -> None:
        self._archiver = _Archiver(db, config, clock, None, make_id, None, threading.Event())
        self._recapture_window = _windows(config.archive, clock())  # (due before, retry before)
        self._due = {todo.link_id for todo in captures.links_to_capture(db, self._recapture_window[1])}
        # links due for a conditional re-capture: their ids only (a row each is read when one is fetched)
        self._recapture_due: set[int] = set()
        if config.archive.recapture == Recapture.CHANGED:
            self._recapture_due = {r.link_id for r in captures.links_to_recapture(db, *self._recapture_window)}
        self._slots = PrioritySlots(config.archive.max_in_flight)
        self._tasks: set[asyncio.Task[None]] = set()
        self.stored = 0
        self.lookups = LookupCounts()
        self._failed: asyncio.Queue[captures.LinkTodo] = asyncio.Queue()
        self._looking_up: asyncio.Task[None] | None = None
        self._look_up = config.archive.wayback_lookup

    async def __aenter__(self) -> SharedCapture:
        self._archiver._prepare()
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
                self._archiver._close()

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

    @property
    def unchanged(self) -> int:
        """Re-captures that found the page unchanged (the capture is marked verified)."""
        return self._archiver.summary.unchanged

    async def fetch(self, fetcher: Fetcher, link_id: int, url: str, host: str, *, keep_bytes: int,
                    priority: int = 0) -> FetchResult:
        """GET ``url`` as a capture (archive body cap, read to its end); the capture is stored in the background.

        When ``archive.max_in_flight`` captures already wait to be stored, this one waits for a slot;
        a waiting fetch with a higher ``priority`` (the check passes the links its site has left) is
        served first, so that the busiest site, which decides when the run ends, does not queue
        behind small ones.

        A link due for a re-capture is asked conditionally, with its latest capture's validators;
        an unchanged answer (304, or the same payload) only marks that capture verified, as the
        archive stage would.
        """
        self._due.discard(link_id)
        previous = headers = None
        if link_id in self._recapture_due:
            self._recapture_due.discard(link_id)
            rows = captures.links_to_recapture(self._archiver.db, *self._recapture_window, link_id=link_id)
            previous = next(rows, None)
            headers = conditional_headers(previous.etag, previous.last_modified) if previous is not None else None
        fetched = await fetch_capture(fetcher, url, self._archiver.spool, max_bytes=self._archiver.cfg.max_body_bytes,
                                      keep_bytes=keep_bytes, headers=headers, priority=priority)
        for done in [t for t in self._tasks if t.done()]:
            self._tasks.discard(done)
            done.result()  # a fault of ours in storing fails the stage now
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
        # at most archive.max_in_flight fetched captures waiting to be stored: a check that outruns the
        # storing waits here, after its fetch (waiting before it would hold a slot through the site's pacing)
        try:
            await self._slots.acquire(priority)
        except BaseException:
            fetched.discard()
            raise
        self._tasks.add(asyncio.create_task(self._store(link_id, url, host, fetched, previous)))
        return fetched.result

    async def _store(self, link_id: int, url: str, host: str, fetched: Fetched,
                     previous: captures.Recapture | None) -> None:
        try:
            await self._archiver._store(link_id, url, host, fetched, previous)
            self.stored += fetched.final is not None
        finally:
            fetched.discard()
            self._slots.release()


# -- rows ------------------------------------------------------------------------------------


def _small(exchanges: Sequence[Exchange]) -> bool:
    """Whether a capture's records are small enough to write on the event loop itself: bodies in
    memory, ``INLINE_WARC_BYTES`` in all. A thread of this process would compete with the event loop
    for the GIL while it builds and compresses them, and hand the result back through the loop."""
    return sum(e.body_length for e in exchanges) <= INLINE_WARC_BYTES and all(e.body_path is None for e in exchanges)


def _looked_up_this_run(db: sqlite_utils.Database) -> int:
    """Wayback lookups the run in progress made beside its check stage (its counts), for the per-run cap."""
    check = runs.running_counts(db).get("check", {})
    return sum(int(check.get(f"wayback_{k}", 0)) for k in ("found", "none", "failed"))


def _capture_row(link_id: int, url: str, fetched: Fetched, records: list[WrittenRecord], main: WrittenRecord,
                 extraction: Extraction, original: Original | None, previous: captures.Recapture | None,
                 similarity: float | None, excerpt: str | None, threshold: float) -> Capture:
    final = fetched.final
    assert final is not None
    headers = fetched.result.headers
    return Capture(
        link_id=link_id, url=url, captured_at=warc_date(final.fetched_at), text_status=extraction.status,
        final_url=final.url, redirects=tuple((h.url, h.status) for h in fetched.result.hops), status=final.status,
        content_type=headers.get("content-type"), body_sha256=extraction.body_sha256,
        body_length=extraction.body_length or None, payload_digest=final.payload_digest,
        warc_file=main.file, warc_record_id=main.record_id, warc_offset=main.offset, warc_length=main.length,
        warc_end=records[-1].offset + records[-1].length, record_type=main.record_type,
        refers_to_record_id=original.record_id if original else None,
        text_reason=extraction.reason, text_length=len(extraction.text) if extraction.text else None,
        text_sha256=extraction.text_sha256, title=extraction.title, author=extraction.author,
        published=extraction.date, site_name=extraction.site_name, charset=extraction.charset,
        extractor=extraction.extractor, extractor_version=extraction.extractor_version,
        etag=headers.get("etag"), last_modified=headers.get("last-modified"),
        previous_id=previous.capture_id if previous else None,
        baseline_id=previous.baseline_id if previous and similarity is not None else None, similarity=similarity,
        drifted=drift.is_drifted(similarity, threshold),
        drift_excerpt=excerpt if drift.is_drifted(similarity, threshold) else None,
    )


def _front_matter(capture: Capture, extraction: Extraction) -> dict[str, object]:
    front: dict[str, object] = {
        "url": capture.url, "final_url": capture.final_url, "captured_at": capture.captured_at,
        "status": capture.status, "content_type": capture.content_type, "body_sha256": capture.body_sha256,
        "text_sha256": capture.text_sha256, "warc_file": capture.warc_file, "warc_record_id": capture.warc_record_id,
        "warc_offset": capture.warc_offset,
        "extractor": capture.extractor, "extractor_version": capture.extractor_version, "title": capture.title,
        "date": capture.published, "author": capture.author, "site_name": capture.site_name,
        "extraction": capture.text_status.value,
        "extractor_settings": dict(extraction.settings) or None,
    }
    if extraction.reason:
        front["extraction_note"] = extraction.reason
    if capture.refers_to_record_id:
        front["revisit_of"] = capture.refers_to_record_id
    if capture.previous_id is not None:
        front["previous_capture"] = capture.previous_id
    if capture.baseline_id is not None:  # a re-capture, compared with the first capture that had text
        front["first_capture"] = capture.baseline_id
        front["similarity_to_first"] = capture.similarity
        front["drifted"] = capture.drifted
    return front


def _software() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"sourcevault/{version('sourcevault')} warcio/{version('warcio')}"
    except PackageNotFoundError:
        return "sourcevault"
