"""The daemon: APScheduler wiring only. Each job calls the same
:func:`pipeline.runner.run_stages` as ``sourcevault run``.

Overlap is impossible three ways: a job never has two instances
(``max_instances=1``: a firing during its run is skipped, logged by APScheduler),
firings the scheduler wakes up late for are coalesced into one, and every run
takes the database's file lock, so a cron-started ``sourcevault run`` and the
daemon never write at the same time (the later one is skipped, logged). The
job store is in memory: firings that passed while the daemon was down are not
made up.

On SIGTERM/SIGINT the daemon stops scheduling, asks the run in flight to stop
at its next commit, waits up to ``schedule.grace_seconds`` for it, and exits;
whatever was committed stays, and the next run resumes the rest.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger

from . import runner
from .config import Config, JobConfig
from .crontab import cron_trigger as crontab_trigger
from .db import DatabaseError, describe_error
from .models import RunOutcome

__all__ = ["Daemon", "ScheduleError"]

log = logging.getLogger(__name__)
WAIT_STEP_S = 0.1  # how often the daemon's main thread looks whether it is asked to stop, or its run has ended

TriggerFactory = Callable[[JobConfig], BaseTrigger]


class ScheduleError(ValueError):
    """The schedule in the config cannot be used (e.g. a job names an unknown stage)."""


def cron_trigger(job: JobConfig) -> BaseTrigger:
    return crontab_trigger(job.cron, timezone=job.timezone)


class Daemon:
    """Runs the configured jobs until :meth:`stop` (or a signal, via :meth:`serve`)."""

    def __init__(self, config: Config, *, trigger_factory: TriggerFactory = cron_trigger,
                 run_now: bool = False,
                 on_run: Callable[[str, runner.RunResult | None], None] | None = None) -> None:
        names = set(runner.stage_names())
        for i, job in enumerate(config.schedule.jobs):
            unknown = [s for s in job.stages if s not in names]
            if unknown:
                raise ScheduleError(f"schedule.jobs[{i}].stages: unknown stage {unknown[0]!r} "
                                    f"(stages: {', '.join(runner.stage_names())})")
        self.config = config
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.idle.set()
        self.on_run = on_run
        self.scheduler = BackgroundScheduler(job_defaults={
            "max_instances": 1, "coalesce": True,
            "misfire_grace_time": config.schedule.misfire_grace_seconds,
        })
        first = {"next_run_time": datetime.now(UTC)} if run_now else {}
        for job in config.schedule.jobs:
            self.scheduler.add_job(self._run_job, trigger_factory(job), args=[job], id=job.name, name=job.name,
                                   **first)

    def _run_job(self, job: JobConfig) -> None:
        if self.stopping.is_set():
            return
        self.idle.clear()
        result: runner.RunResult | None = None
        try:
            result = runner.run_stages(self.config, job.stages or None, command=f"daemon:{job.name}",
                                       lock_timeout=self.config.schedule.lock_wait_seconds, stop=self.stopping)
            level = (logging.INFO if result.ok else
                     logging.WARNING if result.outcome is RunOutcome.INTERRUPTED else logging.ERROR)
            log.log(level, "job %s: run %d %s%s", job.name, result.run_id, result.outcome,
                    f" ({result.error})" if result.error else "",
                    extra={"job": job.name, "run_id": result.run_id, "outcome": result.outcome,
                           "counts": result.counts})
        except runner.RunLocked as exc:
            log.warning("job %s skipped: %s", job.name, exc, extra={"job": job.name, "outcome": "skipped"})
        except (DatabaseError, runner.LockError) as exc:  # the message names the file
            log.error("job %s failed: %s", job.name, exc, extra={"job": job.name, "outcome": "failed"})
        except sqlite3.Error as exc:
            log.error("job %s failed: %s: %s", job.name, self.config.paths.database, describe_error(exc),
                      extra={"job": job.name, "outcome": "failed"})
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            log.error("job %s failed: %s%s", job.name, where, exc.strerror or exc,
                      extra={"job": job.name, "outcome": "failed"})
        except Exception:  # the daemon outlives a failed run; the run row says what happened
            log.exception("job %s crashed", job.name)
        finally:
            self.idle.set()
            if self.on_run is not None:
                self.on_run(job.name, result)

    def next_runs(self) -> dict[str, Any]:
        return {job.id: job.next_run_time for job in self.scheduler.get_jobs()}

    def start(self) -> None:
        self.scheduler.start()
        for name, when in self.next_runs().items():
            log.info("job %s: next run at %s", name, when)

    def stop(self, grace: float | None = None) -> bool:
        """Stop scheduling, ask the run in flight to stop; True if it ended within ``grace``."""
        grace = self.config.schedule.grace_seconds if grace is None else grace
        self.stopping.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        finished = _wait_for(self.idle, grace)
        if not finished:
            log.error("the run in flight did not reach a commit within %ss; exiting anyway "
                      "(its uncommitted work is rolled back, the next run resumes)", grace)
        return finished

    def serve(self) -> bool:
        """Run until SIGTERM/SIGINT; return True if the shutdown was clean. Raises
        :class:`runner.RunLocked` when another daemon serves this database.

        False when the run in flight did not stop within the grace period, or a second signal
        came first: that run's thread is still working, and only ending the process ends it
        (the caller's ``os._exit``; SQLite rolls its uncommitted batch back, as after SIGKILL).
        """
        wake = threading.Event()
        with runner.run_lock(self.config, kind="daemon"), runner.stop_on_signals(wake):
            # one daemon per database; signals stay handled until it has stopped
            try:
                self.start()
                log.info("daemon started with %d job(s)", len(self.config.schedule.jobs))
                _wait_for(wake, None)
                clean = self.stop()
            except KeyboardInterrupt:  # the second signal
                clean = self.idle.is_set()
                if not clean:
                    log.error("signal received again: abandoning the run in flight "
                              "(its uncommitted work is rolled back, the next run resumes)")
        if clean:
            log.info("daemon stopped")
        return clean


def _wait_for(event: threading.Event, timeout: float | None) -> bool:
    """Whether ``event`` was set within ``timeout`` seconds (None: until it is), waiting in short sleeps.

    In the main thread, where a second signal raises KeyboardInterrupt from its handler: raised inside
    ``Event.wait``, it could come while the event's lock was being taken back, and leave ``wait`` with a
    RuntimeError (release unlocked lock) instead; a sleep is interrupted cleanly."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while not event.is_set():
        left = WAIT_STEP_S if deadline is None else min(WAIT_STEP_S, deadline - time.monotonic())
        if left <= 0:
            return False
        time.sleep(left)
    return True
