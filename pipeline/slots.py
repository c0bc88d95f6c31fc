"""A fixed number of slots shared by many asyncio tasks, handed to the most urgent waiter first.

The check stage stores the captures its GETs fetched in the background, at
most ``archive.max_in_flight`` at a time; a check that outruns the storing
waits for a slot. With a plain semaphore the waiters are served in arrival
order, so the busiest site (the one that decides when the run ends) waits
behind every small site that happens to be ahead of it. :class:`PrioritySlots`
serves the waiter with the highest priority first (equal priorities in
arrival order): the check passes how many links the site still has to go.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools

__all__ = ["PrioritySlots"]


class PrioritySlots:
    """At most ``size`` holders at once; a freed slot goes to the highest-priority waiter."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("at least one slot")
        self._free = size
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []  # (-priority, arrival, future)
        self._arrival = itertools.count()

    @property
    def free(self) -> int:
        return self._free

    @property
    def waiting(self) -> int:
        return sum(1 for *_, future in self._waiters if not future.done())

    async def acquire(self, priority: int = 0) -> None:
        """Take a slot, waiting for one if none is free; release it with :meth:`release`."""
        if self._free > 0:
            self._free -= 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (-priority, next(self._arrival), future))
        try:
            await future
        except BaseException:
            if future.done() and not future.cancelled():  # handed a slot, then cancelled: pass it on
                self.release()
            raise

    def release(self) -> None:
        """Give a slot back: to the most urgent waiter still waiting, else to the free ones."""
        while self._waiters:
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():  # a waiter cancelled while waiting is skipped
                future.set_result(None)
                return
        self._free += 1
