"""Pure, CPU-bound work on many files, spread over worker processes once there is enough of it.

The extract stage parses event files and the match stage parses archived
copies this way: reading and parsing happen in the workers, every database
write stays in the calling process. :class:`WorkerPool` maps a picklable
function over a batch of items, in chunks, and hands back a function that
waits for the results, so that the caller writes one batch while the
workers parse the next. Small batches are done in this process (a pool is
not worth starting for them), and if the workers fail the work is done here
instead, with a warning: a run never ends because a worker died.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import multiprocessing.context
import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["POOL_THRESHOLD", "WorkerPool", "exit_with", "pool_context"]

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
