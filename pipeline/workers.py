"""Pure, CPU-bound work spread over worker processes, in batches; and how worker processes start.

The extract stage parses event files and the match stage parses archived
copies this way: reading and parsing happen in the workers, every database
write stays in the calling process. :class:`WorkerPool` maps a picklable
function over a batch of items, in chunks, and hands back a function that
waits for the results, so that the caller writes one batch while the
workers parse the next. Small batches are done in this process (a pool is
not worth starting for them), and if the workers fail the work is done here
instead, with a warning: a run never ends because a worker died.

The process helpers below serve both kinds of pool, :class:`WorkerPool` and
:class:`pipeline.looppool.LoopPool` (one job at a time, fed by the event loop):
which start method (:func:`pool_context`, :func:`process_context`), a worker's
name in ``top`` (:func:`name_process`), and a worker that ends with the
process that started it (:func:`exit_with`).
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import contextlib
import logging
import multiprocessing
import multiprocessing.context
import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["POOL_THRESHOLD", "WorkerPool", "exit_with", "name_process", "pool_context", "process_context"]

log = logging.getLogger(__name__)

POOL_THRESHOLD = 200  # items in one batch before a pool is worth starting

Item = TypeVar("Item")
Result = TypeVar("Result")


class WorkerPool(Generic[Item, Result]):
    """``work(items) -> results`` (one result per item, in order) in ``workers`` processes.

    ``work`` must be picklable (a module-level function, or a ``functools.partial``
    of one) and must not touch the caller's database connection.
    """

    def __init__(self, work: Callable[[list[Item]], list[Result]], workers: int, *,
                 what: str = "worker", threshold: int = POOL_THRESHOLD) -> None:
        self.work, self.workers, self.what, self.threshold = work, workers, what, threshold
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool[Item, Result]:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def submit(self, items: Sequence[Item]) -> Callable[[], list[Result]]:
        """Start working on ``items``; the returned function waits for and returns the results."""
        batch = list(items)
        if self.workers > 1 and (self.pool is not None or len(batch) >= self.threshold):
            try:
                if self.pool is None:
                    self.pool = concurrent.futures.ProcessPoolExecutor(self.workers, mp_context=pool_context(),
                                                                       initializer=exit_with, initargs=(os.getpid(),))
                size = max(1, len(batch) // (4 * self.workers))
                futures = [self.pool.submit(self.work, batch[i:i + size]) for i in range(0, len(batch), size)]
            except (concurrent.futures.process.BrokenProcessPool, OSError, RuntimeError) as exc:
                self._give_up(exc)
            else:
                return lambda: self._collect(futures, batch)
        return lambda: self.work(batch)

    def map(self, items: Sequence[Item]) -> list[Result]:
        return self.submit(items)()

    def _collect(self, futures: list[concurrent.futures.Future[list[Result]]], batch: list[Item]) -> list[Result]:
        try:
            return [result for future in futures for result in future.result()]
        except (concurrent.futures.process.BrokenProcessPool, concurrent.futures.CancelledError, OSError) as exc:
            self._give_up(exc)  # cancelled: the pool broke while submitting a later batch, and was closed
            return self.work(batch)

    def _give_up(self, exc: BaseException) -> None:
        if self.workers > 1:  # once: a batch already submitted may fail again when collected
            log.warning("%s processes failed (%s); working in this process instead", self.what,
                        exc or type(exc).__name__)
        self.close()
        self.workers = 1

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def pool_context() -> multiprocessing.context.BaseContext:
    """``fork`` when this process has no other threads (instant workers, nothing to re-import);
    ``spawn`` otherwise (the daemon runs jobs in threads, and forking a threaded process is unsafe).
    Workers only parse bytes: they never touch the parent's database connection."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


# What the fork server imports once, before its first worker: the modules the project's worker
# processes run from (the archive's text jobs, the check's page reading). One fork server serves
# every pool of a process and its preload is fixed when it starts, whichever pool starts it first,
# so it is one list here, not each pool's own: the workers then share those modules' pages.
WORKER_MODULES = ("pipeline.archive.textqueue", "pipeline.check.reader")


def process_context() -> multiprocessing.context.BaseContext:
    """The context for worker processes started from a process with threads (the event loop's helpers):
    ``forkserver`` (preloading :data:`WORKER_MODULES`) where there is one, else ``spawn``."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_MODULES))
    return context


def name_process(name: str) -> None:
    """Name this process as ``top`` and ``ps -o comm`` show it (Linux, at most 15 characters): a worker
    forked by the fork server otherwise shows as another ``python``. Nothing elsewhere."""
    with contextlib.suppress(OSError):
        with open("/proc/self/comm", "w", encoding="ascii") as comm:
            comm.write(name[:15])


def exit_with(pid: int) -> None:
    """Pool initializer: a worker ends when the process that started it (``pid``) is gone, e.g.
    killed, instead of waiting on its task queue for ever (it holds that queue's write end itself).

    Gone means: this worker was handed to another parent (its own parent ended: ``pid`` itself,
    or the fork server between them), or ``pid`` no longer exists. A killed ``pid`` lingers as a
    zombie until whoever started it reaps it, so the parent test comes first.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
