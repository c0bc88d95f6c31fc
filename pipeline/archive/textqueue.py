"""Text jobs: the text of a stored capture, extracted beside the check and after it.

The middle seam of the capture path (fetched body → WARC records → text job →
copy store). A capture's row is committed with text ``pending`` as soon as its
WARC records are durable (:mod:`pipeline.archive.records`), and its id goes to
a :class:`TextQueue`: ``submit(capture_id)``, ``drain()``, ``close()``. A job
reads its body back from the WARC record itself (the payload as stored, its
``Content-Encoding`` from the record's HTTP headers; a revisit's body from
the record it refers to), so what waits holds only capture ids, in memory, and
a run killed with jobs waiting leaves ``pending`` rows that the next archive
stage extracts (:func:`pipeline.db.captures.pending_texts`) without fetching
anything again.

How extraction stays behind the check's own work (numbered as they apply):

1. At most twice as many jobs are in flight as the pool has workers (one
   running and one waiting for each worker, so that no worker idles while the
   event loop does a job's share: a row read, a copy's name, a row written);
   the rest wait here, as capture ids: a backlog costs the check nothing but a
   deque of integers, and the loop's share of the work is bounded.
2. Beside the check, the worker processes run at a lower scheduling priority
   (``nice`` :data:`WORKER_NICE`): the operating system gives the check's
   process the processor whenever it wants it, and the workers take what is
   left. And there is one of them (:data:`CHECK_WORKERS`), not
   ``archive.process_pool``: a worker holds up to ``archive.worker_max_rss_mb``
   beside the check's own processes, and with two the check's peak memory
   passed 400 MB (docs/check.md). The archive stage's workers, which run after the check, do not: their
   jobs are then the run's main work, and at a lower priority any other program
   on the machine would starve them (on a shared 2-core machine, a whole first
   run's extraction got a tenth of a core). (With ``archive.process_pool: 0``
   the jobs run in threads of this process: for tests and small machines;
   nothing lowers their priority there.)
3. The check never waits for a job: when it ends, jobs still running are
   abandoned (their workers ended) and stay ``pending`` with the others; the
   archive stage of the same run extracts them all, first.

One extraction per distinct payload: before a job runs, a capture of the same
payload (and Content-Type) whose text was made under the same extractor
configuration (:func:`extractor_key`) is looked for; its text is taken from its
copy instead of extracting again (and while such a capture's job is running,
the others wait for it). A change of the extractor's settings changes the key,
and the next capture of that payload is extracted again.

:data:`EXTRACT` is what a worker runs on a body: the job wrapper
:func:`pipeline.archive.textjob.extract_within_limits` (each page's share: the
markup cap, the CPU-time limit) around ``text.extract_capture``; tests put a slow
or counting one there. The job itself (:func:`pipeline.archive.textjob.new_job`)
is made here, in the main process, with the archive's limits; the worker fills in
the body it reads.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import concurrent.futures.process
import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from ..config import ArchiveConfig
from ..db import captures
from ..looppool import LoopPool
from ..models import Capture, TextStatus
from ..workers import exit_with, name_process, process_context
from . import copies, drift, pdf, text, textjob
from .copystore import CopyStore, TextDone
from .text import Extraction, ExtractionJob
from .warcread import WarcError, read_http_payload

__all__ = ["CHECK_WORKERS", "EXTRACT", "WORKER_NICE", "TextJob", "TextPool", "TextQueue", "compare", "extractor_key",
           "run_text_job"]

log = logging.getLogger(__name__)
T = TypeVar("T")
WORKER_NICE = 10  # how much lower the text workers' scheduling priority is than the check's
CHECK_WORKERS = 1  # text workers beside the check, at most (the archive stage after it has archive.process_pool)
# what a worker runs on a body: (ExtractionJob) -> Extraction; module-level and picklable
EXTRACT: Callable[[ExtractionJob], Extraction] = textjob.extract_within_limits


def extractor_key(cfg: ArchiveConfig) -> str:
    """A short name for everything that decides what text a payload gives: the HTML and PDF
    extractors with their versions and settings, and the archive settings they are run with."""
    html = text.HTML_SETTINGS.provenance()
    settings = {"html": html, "pdf": {"settings": pdf.PDF_SETTINGS.as_dict()},
                "min_text_length": cfg.min_text_length, "max_body_bytes": cfg.max_body_bytes,
                "max_pdf_pages": cfg.max_pdf_pages, "max_extract_bytes": cfg.max_extract_bytes}
    blob = json.dumps(settings, sort_keys=True, default=str).encode("utf-8")
    return "x1:" + hashlib.sha256(blob).hexdigest()[:16]


# -- worker side ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextJob:
    """What a worker needs to extract one capture from its WARC record (small and picklable)."""

    warc_folder: Path
    record: tuple[str, int]  # (file, offset) of the capture's own record: its HTTP headers
    body: tuple[str, int]  # of the record holding the payload (a revisit's original)
    url: str
    extraction: ExtractionJob  # everything but the body and its Content-Encoding, which the worker reads
    baseline_copy: Path | None = None  # a re-capture's first copy: drift is judged against it
    threshold: float = 0.0


def run_text_job(job: TextJob, extract: Callable[[ExtractionJob], Extraction], key: str) -> TextDone:
    """Worker-side: read the body back from the WARC, extract it with ``extract``, compare with the baseline.
    ``key`` (the extractor configuration) is kept with what the extractor made of it: not with a record
    that could not be read, whose payload another capture must not take this outcome for."""
    limit = 2 * job.extraction.max_bytes + (1 << 20)  # stored bytes are content-encoded: a little over the decoded cap
    try:
        payload = read_http_payload(job.warc_folder / job.record[0], job.record[1], max_bytes=limit)
        headers = payload.headers
        if job.body != job.record:
            payload = read_http_payload(job.warc_folder / job.body[0], job.body[1], max_bytes=limit)
    except (WarcError, OSError) as exc:
        return TextDone(Extraction(TextStatus.FAILED, f"its WARC record cannot be read: {exc}"))
    encoding = ", ".join(v for k, v in headers if k.lower() == "content-encoding") or None
    extraction = extract(dataclasses.replace(job.extraction, body=payload.body, content_encoding=encoding,
                                             body_cut=payload.truncated))
    del payload
    similarity, excerpt = compare(job.baseline_copy, extraction, job.threshold)
    return TextDone(extraction, similarity, excerpt, extractor_key=key)


def compare(baseline_copy: Path | None, extraction: Extraction, threshold: float) -> tuple[float | None, str | None]:
    """Worker-side: the similarity of a re-capture's text to its baseline copy's, and below
    ``threshold`` (drifted) a word-level excerpt of what changed; (None, None) without a baseline."""
    if baseline_copy is None:
        return None, None
    try:
        old = copies.copy_text(baseline_copy.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        old = None
    if old is None:
        return None, None
    new = extraction.text if extraction.status.has_text else ""
    similarity = drift.text_similarity(old, new)
    return similarity, drift.diff_excerpt(old, new) if drift.is_drifted(similarity, threshold) else None


def unchanged_copy_text(root: Path, relative: str, text_sha256: str | None) -> str | None:
    """Worker-side: the text of our copy at ``relative`` (:func:`pipeline.archive.copies.read_copy_text`),
    if it still hashes to ``text_sha256`` (not edited, not gone)."""
    found = copies.read_copy_text(root, relative)
    if found is None or hashlib.sha256(found.encode("utf-8")).hexdigest() != text_sha256:
        return None
    return found


def _worker_started(pid: int, nice: int) -> None:
    """Pool initializer: end with the process that started us, and (``nice`` > 0) yield the processor to it.

    A worker's log records go nowhere (a handler that drops them, so Python's last-resort one never
    prints): what a job has to say comes back in its result, and the stage logs it once, counted
    (pipeline.logs.per_item), instead of one line per page on cron's stderr."""
    logging.getLogger().addHandler(logging.NullHandler())
    name_process("sv-text-worker")
    exit_with(pid)
    if nice:
        with contextlib.suppress(OSError):
            os.nice(nice)


# -- the pool ------------------------------------------------------------------------------


class TextPool:
    """Where text jobs and copies are worked: ``archive.process_pool`` worker processes (a
    :class:`~pipeline.looppool.LoopPool`, started on first use), or with 0, threads of this process.
    ``nice``: how much lower the worker processes' scheduling priority is (:data:`WORKER_NICE` beside the check)."""

    def __init__(self, workers: int, *, max_rss_mb: int | None = None, nice: int = 0) -> None:
        self.processes = workers > 0
        self.max_rss_mb, self.nice = max_rss_mb, nice
        self.size = workers if self.processes else 2
        self._pool: LoopPool | None = None
        self._threads: concurrent.futures.ThreadPoolExecutor | None = None

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker; ``BrokenProcessPool`` when its worker died (the next call starts another)."""
        if not self.processes:
            if self._threads is None:
                self._threads = concurrent.futures.ThreadPoolExecutor(self.size, thread_name_prefix="text")
            return await asyncio.get_running_loop().run_in_executor(self._threads, functools.partial(fn, *args))
        if self._pool is None:
            self._pool = LoopPool(self.size, process_context(),
                                  initializer=_worker_started, initargs=(os.getpid(), self.nice),
                                  max_rss_mb=self.max_rss_mb)
        try:
            return await self._pool.run(fn, *args)
        except concurrent.futures.process.BrokenProcessPool:
            # a pool that lost a worker has started another itself; one that keeps losing them is dropped
            if self._pool is not None and self._pool.broken is not None:
                self._pool.close(wait=False)
                self._pool = None
            raise

    def close(self, *, wait: bool = True) -> None:
        """End the workers; with ``wait=False`` jobs still running are abandoned (their rows stay pending)."""
        if self._pool is not None:
            self._pool.close(wait=wait)
            self._pool = None
        if self._threads is not None:
            self._threads.shutdown(wait=wait, cancel_futures=True)
            self._threads = None


# -- the queue -----------------------------------------------------------------------------


class TextQueue:
    """Pending captures' text jobs, at most ``2 * pool.size`` in flight (see the module docstring).

    ``on_done(capture)`` is called with each row as stored once its text is done."""

    def __init__(self, db: sqlite_utils.Database, cfg: ArchiveConfig, root: Path, store: CopyStore,
                 on_done: Callable[[Capture], None], *, extract: Callable[[ExtractionJob], Extraction] | None = None,
                 pool: TextPool | None = None, nice: int = 0, workers: int | None = None) -> None:
        self.db, self.cfg, self.root, self.store, self.on_done = db, cfg, root, store, on_done
        workers = cfg.process_pool if workers is None else min(workers, cfg.process_pool)
        self.pool = pool or TextPool(workers, max_rss_mb=cfg.worker_max_rss_mb, nice=nice)
        self.extract = extract or EXTRACT
        self.key = extractor_key(cfg)
        self._waiting: collections.deque[int] = collections.deque()
        self._queued: set[int] = set()
        self._running: set[asyncio.Task[None]] = set()
        self._extracting: dict[tuple[str, str | None], list[int]] = {}  # payload being extracted -> its followers
        self._idle: asyncio.Event | None = None
        self._stopped = False
        self._fault: BaseException | None = None
        self.extracted = 0  # jobs that ran an extraction (the rest took another capture's text)

    def submit(self, capture_id: int) -> None:
        """Queue a pending capture's text job (started at once when a worker is free)."""
        self._raise_fault()
        if capture_id not in self._queued:
            self._queued.add(capture_id)
            self._waiting.append(capture_id)
        self._pump()

    def submit_pending(self) -> int:
        """Queue every capture whose text is pending in the database (a killed run's, the check's); how many."""
        count = 0
        for capture_id in captures.pending_texts(self.db):
            self.submit(capture_id)
            count += 1
        return count

    @property
    def waiting(self) -> int:
        return len(self._waiting) + len(self._running)

    async def drain(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Wait until every job queued is done; once ``stop()`` is true, no new job starts (what is
        left stays pending for the next run)."""
        while True:
            if stop():
                self._stopped = True
            self._pump()
            self._raise_fault()
            if not self._running:
                return
            self._idle = asyncio.Event()
            await self._idle.wait()

    def close(self, *, abandon: bool = False) -> None:
        """Stop; ``abandon``: end jobs still running without waiting (the check's end), else wait for them."""
        self._stopped = True
        for task in self._running:
            task.cancel()
        self.pool.close(wait=not abandon)

    def _raise_fault(self) -> None:
        if self._fault is not None:
            fault, self._fault = self._fault, None
            raise fault

    def _pump(self) -> None:
        while not self._stopped and self._waiting and len(self._running) < 2 * self.pool.size:
            capture_id = self._waiting.popleft()
            self._queued.discard(capture_id)
            task = asyncio.get_running_loop().create_task(self._one(capture_id))
            self._running.add(task)
            task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if not task.cancelled() and task.exception() is not None and self._fault is None:
            self._fault = task.exception()  # a fault of ours: raised by the next submit or drain
        self._pump()
        if self._idle is not None:
            self._idle.set()

    async def _one(self, capture_id: int) -> None:
        todo = captures.text_todo(self.db, capture_id)
        if todo is None:  # done meanwhile (queued twice)
            return
        group = (todo.payload_digest or "", todo.content_type)
        if group in self._extracting:  # the same payload is being extracted: its text is this one's too
            self._extracting[group].append(capture_id)
            return
        done = await self._reuse(todo) if todo.payload_digest else None
        leader = done is None
        if leader:
            self._extracting[group] = []
        try:
            if done is None:
                done = await self._extract(todo)
            capture = captures.capture_by_id(self.db, capture_id)
            assert capture is not None
            stored = await self.store.finish(capture, todo.host, done, todo.text_reason, todo.baseline_id, self.pool)
        finally:
            if leader:  # its row is committed: the captures that waited for it take its text from there
                followers = self._extracting.pop(group)
                self._waiting.extendleft(reversed(followers))
                self._queued.update(followers)
        self.on_done(stored)

    def _job(self, todo: captures.TextTodo, body: tuple[str, int]) -> TextJob:
        baseline = self.root / todo.baseline_copy_path if todo.baseline_copy_path else None
        url = todo.final_url or todo.url
        extraction = textjob.new_job(self.cfg, b"", url, todo.content_type, None, in_process=not self.pool.processes)
        return TextJob(self.root / "warc", (todo.warc_file, todo.warc_offset), body, url, extraction,
                       baseline, self.cfg.drift_threshold)

    async def _extract(self, todo: captures.TextTodo) -> TextDone:
        body = todo.body_record
        if body is None:
            return TextDone(Extraction(TextStatus.FAILED, "the record its revisit refers to is unknown"))
        self.extracted += 1
        try:
            done = await self.pool.run(run_text_job, self._job(todo, body), self.extract, self.key)
        except concurrent.futures.process.BrokenProcessPool as exc:
            # its worker died (out of memory on a hostile file?): this capture fails, the run goes on
            log.info("%s: text not extracted: %s; recorded as failed", todo.url, exc)  # the stage warns, counted
            return TextDone(Extraction(TextStatus.FAILED, f"the extraction worker failed: {exc}"))
        return dataclasses.replace(done, text_from=todo.text_from)

    async def _reuse(self, todo: captures.TextTodo) -> TextDone | None:
        """The text of an earlier capture of the same payload under the same extractor configuration."""
        source = captures.text_source(self.db, todo.payload_digest or "", self.key, todo.content_type)
        if source is None:
            return None
        status = TextStatus(source["text_status"])
        found: str | None = ""
        front: dict[str, Any] = {}
        if status.has_text:
            path = self.root / (source["copy_path"] or "")
            found = (await self.pool.run(unchanged_copy_text, self.root, source["copy_path"], source["text_sha256"])
                     if source["copy_path"] else None)
            if found is None:  # its copy is gone or was edited: extract this one
                return None
            front = copies.read_front_matter(path) or {}
        extraction = Extraction(
            status, source["text_reason"], text=found or "", title=source["title"], author=source["author"],
            date=source["published"], site_name=source["site_name"], body_sha256=source["body_sha256"],
            body_length=source["body_length"] or 0, text_sha256=source["text_sha256"], charset=source["charset"],
            extractor=source["extractor"], extractor_version=source["extractor_version"],
            settings=dict(front.get("extractor_settings") or {}))
        baseline = self.root / todo.baseline_copy_path if todo.baseline_copy_path else None
        similarity, excerpt = (await self.pool.run(compare, baseline, extraction, self.cfg.drift_threshold)
                               if baseline is not None else (None, None))
        text_from = front.get("text_from") or source["refers_to_record_id"] or source["warc_record_id"]
        return TextDone(extraction, similarity, excerpt, text_from, self.key)


