"""The library API: run stages, record the run, report status.

The CLI and the scheduler both call :func:`run_stages`; tests call it too.
A stage is a package (:mod:`pipeline.extract`, :mod:`pipeline.check`, …) with a
``run(db, config, *, clock, stop, progress, **options) -> summary`` function whose
summary has ``as_counts()``; ``progress(n, total=None)`` advances a progress
display by ``n`` (and may announce the total); a progress callback with a
``finish(outcome)`` method is told when its stage ends. ``stop`` is a
:class:`threading.Event`: once it is set, a stage starts no new work, commits
what is in flight and returns. Stages run in the order of :data:`STAGES`; each stage commits
its own work in batches, and its counts are committed to the run record as
soon as it ends, so a crash keeps everything done before it.

Only one run at a time touches a database: :func:`run_lock` takes an
exclusive file lock beside it (``<database>.lock``) that a cron-started run and
the daemon both respect.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import sqlite3
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock
import sqlite_utils

from . import archive, check, extract, match, report, worklimits
from .clock import utc_now
from .config import Config
from .db import captures, checks, corpus, describe_error, matches, open_database, release_cache, runs
from .logs import CALLER_SAYS, summarize_repeated
from .models import RunOutcome, StageCounts

__all__ = [
    "STAGES",
    "LockError",
    "RunAborted",
    "RunLocked",
    "RunResult",
    "run_lock",
    "run_stages",
    "stage_names",
    "status",
    "stop_on_signals",
]

log = logging.getLogger(__name__)


StageFn = Callable[..., StageCounts]  # every stage's summary is a StageCounts

# name -> run function, in pipeline order; later stages add themselves here
STAGES: dict[str, StageFn] = {
    "extract": extract.run,
    "check": check.run,
    "archive": archive.run,
    "match": match.run,
    "report": report.run,
}


def stage_names() -> list[str]:
    return list(STAGES)


class RunLocked(Exception):
    """Another sourcevault run holds the lock on this database."""


class LockError(OSError):
    """The run lock file cannot be created or opened (a folder that cannot be written, …)."""


class RunAborted(KeyboardInterrupt):
    """The run was interrupted at once, not at a commit (a second signal under :func:`stop_on_signals`,
    or Ctrl-C); ``result`` is the run as recorded (outcome ``interrupted``, committed work kept)."""

    def __init__(self, result: RunResult) -> None:
        super().__init__(result.error)
        self.result = result


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM/SIGINT ask the run to stop at its next commit; a second one interrupts at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()  # before the log line: a second signal may come while it is being written
        log.warning("%s received: stopping; a run in progress stops at its next commit (again to abort it)",
                    signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@dataclass
class RunResult:
    run_id: int
    outcome: RunOutcome
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    error: str | None = None
    failed_stage: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is RunOutcome.OK


@contextlib.contextmanager
def run_lock(config: Config, timeout: float = 0, kind: str = "run") -> Iterator[None]:
    """Hold the database's run lock, or raise :class:`RunLocked` after ``timeout`` seconds.

    ``kind="daemon"`` is the daemon's own lock (``<database>.daemon.lock``), held while it serves:
    one daemon per database."""
    path = Path(str(config.paths.database) + (".lock" if kind == "run" else f".{kind}.lock"))
    lock = filelock.FileLock(str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=timeout)
    except filelock.Timeout:
        raise RunLocked(f"another sourcevault {kind} holds {path}") from None
    except OSError as exc:
        raise LockError(f"{path}: cannot take the {kind} lock: {exc.strerror or exc}") from None
    try:
        yield
    finally:
        lock.release()


def run_stages(config: Config, stages: Sequence[str] | None = None, *, command: str = "run",
               db: sqlite_utils.Database | None = None, clock: Callable[[], str] = utc_now,
               progress_factory: Callable[[str], Callable[..., None] | None] | None = None,
               lock_timeout: float = 0, stop: threading.Event | None = None,
               options: dict[str, dict[str, Any]] | None = None) -> RunResult:
    """Run ``stages`` (default: all, in order) under the run lock and record the run.

    Setting ``stop`` makes the run end at the running stage's next commit, with
    outcome ``interrupted``; everything committed until then is kept.
    ``options`` maps a stage name to keyword arguments for its ``run`` (e.g.
    ``{"check": {"force": True}}``).
    """
    names = list(stages) if stages else stage_names()
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise ValueError(f"unknown stage {unknown[0]!r} (stages: {', '.join(STAGES)})")
    names = [n for n in STAGES if n in names]  # pipeline order, whatever order was asked
    with run_lock(config, lock_timeout):
        own_db = db is None
        if own_db:
            warn_if_archive_outlived_database(config)
        database = open_database(config.paths.database) if db is None else db
        try:
            return _run_locked(database, config, names, command, clock, progress_factory, stop, options or {})
        finally:
            summarize_repeated()  # one line per kind of per-item warning, with its count
            if own_db:
                database.close()


def warn_if_archive_outlived_database(config: Config) -> None:
    """Say so when a new database is about to be made beside an archive that already holds WARC files:
    the old database was moved or deleted, and the run will capture every link again. Every command
    that opens the database asks (a ``status`` would otherwise make it quietly, and no run would warn)."""
    database = Path(config.paths.database)
    if str(database) == ":memory:" or database.exists():
        return
    warcs = Path(config.paths.archive) / "warc"
    try:
        with os.scandir(warcs) as entries:
            held = any(e.name.endswith((".warc", ".warc.gz")) for e in entries)
    except OSError:
        return
    if held:
        log.warning("%s: no database there; starting a new one, although %s already holds WARC files "
                    "(was the database moved or deleted?). Every link is captured again; the earlier "
                    "captures stay in their WARC files, unknown to the new database", database, warcs)


def _why(exc: Exception, config: Config) -> str:
    """A stage's fault in a line: our own exceptions' messages are written for the reader; another's
    (a bug) keeps its type, which says more than its message alone (``KeyError: 'url'``)."""
    if isinstance(exc, sqlite3.Error):
        return f"{config.paths.database}: {describe_error(exc)}"
    if type(exc).__module__.split(".")[0] == __name__.split(".")[0]:
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _run_locked(db: sqlite_utils.Database, config: Config, names: list[str], command: str,
                clock: Callable[[], str], progress_factory: Callable[[str], Callable[..., None] | None] | None,
                stop: threading.Event | None, options: dict[str, dict[str, Any]]) -> RunResult:
    stale = runs.abandon_stale_runs(db, clock())
    if stale:
        log.warning("%d earlier run(s) had been interrupted; resuming their work", stale)
    run_id = runs.start_run(db, command, clock())
    result = RunResult(run_id, RunOutcome.OK)
    stop = stop if stop is not None else threading.Event()
    for name in names:
        progress = progress_factory(name) if progress_factory else None
        if stop.is_set():
            result.outcome, result.error = RunOutcome.INTERRUPTED, f"stopped before stage {name}"
            break
        log.info("stage %s: starting", name)
        try:
            summary = STAGES[name](db, config, clock=clock, stop=stop, progress=progress, **options.get(name, {}))
        except KeyboardInterrupt:
            _finish(progress, "stopped")
            with contextlib.suppress(Exception):
                db.conn.rollback()
            result.outcome, result.failed_stage = RunOutcome.INTERRUPTED, name
            result.error = f"aborted during stage {name}; its uncommitted batch is rolled back, committed work is kept"
            log.warning("%s", result.error, extra=CALLER_SAYS)
            runs.finish_run(db, run_id, result.outcome, clock(), result.error)
            raise RunAborted(result) from None
        except Exception as exc:  # a stage fault ends the run but keeps what was committed
            _finish(progress, "failed")
            result.outcome, result.failed_stage = RunOutcome.FAILED, name
            result.error = f"stage {name} failed: {_why(exc, config)}"
            log.error("%s", result.error, extra=CALLER_SAYS)
            log.debug("%s", traceback.format_exc())
            with contextlib.suppress(Exception):
                db.conn.rollback()
            break
        _finish(progress, "stopped" if stop.is_set() else "done")
        counts = summary.as_counts()
        result.counts[name] = counts
        runs.record_stage(db, run_id, name, counts)
        if stop.is_set():
            result.outcome, result.failed_stage = RunOutcome.INTERRUPTED, name
            result.error = f"stopped during stage {name}; its committed work is kept"
            log.warning("%s", result.error, extra=CALLER_SAYS)
            break
        log.info("stage %s: done %s", name, counts)
        release_memory(db)
    runs.finish_run(db, run_id, result.outcome, clock(), result.error)
    return result


def _finish(progress: Callable[..., None] | None, outcome: str) -> None:
    """Tell a stage's progress display that the stage ended (``done``, ``failed`` or ``stopped``), if it cares:
    a progress callback with a ``finish`` method ends its bar there."""
    finish = getattr(progress, "finish", None)
    if finish is not None:
        finish(outcome)


def release_memory(db: sqlite_utils.Database) -> None:
    """Give the memory a finished stage freed back to the system, so that the next stage's peak
    does not stack on top of it (a run, and the daemon, keep one process for every stage).

    The run's database connection drops its page cache (it refills from the file as the next stage
    reads). Python frees its own small-object arenas as they empty; what the C allocator kept
    (SQLite's, lxml's, large buffers) only goes back when asked: ``malloc_trim`` on glibc, nothing
    elsewhere.
    """
    gc.collect()
    release_cache(db)
    worklimits.return_freed_memory()


def status(db: sqlite_utils.Database) -> dict[str, Any]:
    """Counts and recent state, as one JSON-ready object (``sourcevault status --json``)."""
    out: dict[str, Any] = corpus.corpus_counts(db)
    out["problems_by_kind"] = corpus.problem_counts(db)
    out["links_by_state"] = checks.state_counts(db)
    out["archive"] = captures.archive_counts(db)
    out.update(matches.match_counts(db))
    last = runs.recent_runs(db, 1)
    out["last_run"] = last[0] if last else None
    out["last_ok_run"] = runs.last_ok_run(db)
    return out
