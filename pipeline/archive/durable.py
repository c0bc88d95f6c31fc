"""Group sync: one fsync of a WARC file for every capture waiting on it.

A capture's row may be committed only once its WARC records are on disk
(docs/archive.md, "a killed run"). Syncing the file once per capture costs an
fsync and two thread hand-offs for every page; on a disk where an fsync takes
several milliseconds, thousands of captures a run queue behind them. Here a
capture asks :meth:`GroupSync.wait` after its records are written, and one
fsync in a worker thread makes durable everything written before it started:
every capture that asked while no fsync was running is released by the next
one, and every capture that asked while one was running waits for the one
after it (its records may have been written after that fsync began).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from .warc import fsync_file

__all__ = ["GroupSync"]


class GroupSync:
    """Syncs files for many waiters at once; one sync at a time, in a worker thread."""

    def __init__(self, sync: Callable[[Path], None] = fsync_file) -> None:
        self._sync = sync
        self._waiting: dict[Path, list[asyncio.Future[None]]] = {}
        self._syncing: asyncio.Task[None] | None = None
        self.syncs = 0  # fsyncs done (for the tests and the curious)

    async def wait(self, path: Path) -> None:
        """Until everything written to ``path`` before this call is on disk."""
        done = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(path, []).append(done)
        if self._syncing is None or self._syncing.done():
            self._syncing = asyncio.create_task(self._sync_all())
        await done

    async def _sync_all(self) -> None:
        batch: dict[Path, list[asyncio.Future[None]]] = {}
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, {}
                for path, waiters in list(batch.items()):
                    try:
                        await asyncio.to_thread(self._sync, path)
                        self.syncs += 1
                    except Exception as exc:  # handed to every capture waiting on this file
                        _settle(waiters, exc)
                    else:
                        _settle(waiters, None)
                    del batch[path]
        except BaseException:  # cancelled (the stage is stopping): nobody is left waiting for ever
            for waiters in (*batch.values(), *self._waiting.values()):
                for waiter in waiters:
                    waiter.cancel()
            self._waiting = {}
            raise


def _settle(waiters: list[asyncio.Future[None]], error: Exception | None) -> None:
    for waiter in waiters:
        if not waiter.done():  # a capture cancelled meanwhile has gone
            if error is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(error)
