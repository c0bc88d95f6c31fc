"""Per-site turns: when a request to a site may start, and the pace each site has earned.

Every site (host) has a :class:`HostGate`: at most ``http.per_host_concurrency``
requests to it at once, its :class:`~pipeline.net.pacing.Pace`, the time its
next request may start, and how long it asked us to stay away (a
``Retry-After`` longer than we wait). :class:`HostGates` keeps them for a run,
with the ``http.max_concurrency`` request slots shared by all sites (a freed
one goes to the waiting request of highest priority), and:

* hands out turns (:meth:`HostGates.turn`): a request waits for its site's
  next start time, then for a slot; the next start is a gap after this one was
  *due* (waking late on a busy event loop must not slow the site's pace), but
  two starts are never closer than the site's floor;
* paces a site by each answer (:meth:`HostGates.observe`, the rules are
  :mod:`pipeline.net.pacing`'s), its latency net of the event loop's own delay
  (:class:`LoopLag`);
* resumes the paces an earlier run ended with, and reports this run's
  (:meth:`HostGates.paces`).

The clock and the sleeping are injected, so tests control time.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping

from ..config import HttpConfig
from ..slots import PrioritySlots
from . import pacing
from .pacing import Pace, PacingPolicy

__all__ = ["HostGate", "HostGates", "LoopLag", "pacing_policy"]


def pacing_policy(config: HttpConfig) -> PacingPolicy:
    """The pacing settings of ``config``."""
    return PacingPolicy(target_in_flight=config.target_in_flight, floor_s=config.per_host_delay_s,
                        start_gap_s=config.start_delay_s, max_gap_s=config.max_delay_s)


class LoopLag:
    """How late this event loop runs what is ready, measured while fetches are under way.

    A request's latency as the fetcher sees it includes the time the loop takes
    to get back to the request once its answer has arrived; on a loop busy
    with hundreds of sites and captures that is several milliseconds, which
    pacing would read as the site being slower than it is. A timer set for
    ``interval`` seconds fires that much late too: the lateness, smoothed,
    is taken off each latency before pacing sees it (:meth:`HostGates.observe`).
    """

    def __init__(self, monotonic: Callable[[], float], interval: float = 0.02) -> None:
        self._monotonic = monotonic
        self.interval = interval
        self.estimate = 0.0  # seconds, smoothed

    def note(self, lateness: float) -> None:
        self.estimate += 0.2 * (max(0.0, lateness) - self.estimate)

    async def watch(self) -> None:
        while True:
            started = self._monotonic()
            await asyncio.sleep(self.interval)
            self.note(self._monotonic() - started - self.interval)

    def site_latency(self, measured: float) -> float:
        """``measured`` without this loop's own delay (never less than half of it)."""
        return measured - min(self.estimate, measured / 2)


class HostGate:
    """Per-host concurrency and the adaptive spacing of request starts (:mod:`pipeline.net.pacing`)."""

    def __init__(self, limit: int, pace: Pace) -> None:
        self.slots = asyncio.Semaphore(limit)
        self.pace = pace
        self.next_start = 0.0
        self.turn = asyncio.Lock()
        self.away_until = 0.0  # a Retry-After longer than we wait: the site asked us to stay away until then

    def hold_off(self, until: float) -> None:
        self.next_start = max(self.next_start, until)


class HostGates:
    """The run's gate of every site and its shared request slots."""

    def __init__(self, config: HttpConfig, *, sleep: Callable[[float], Awaitable[object]],
                 monotonic: Callable[[], float], paces: Mapping[str, float] | None = None) -> None:
        self.policy = pacing_policy(config)
        self._per_host = config.per_host_concurrency
        self._saved_paces = dict(paces or {})  # host -> the gap an earlier run ended with
        self._sleep = sleep
        self._monotonic = monotonic
        self._size = config.max_concurrency
        self._global = PrioritySlots(config.max_concurrency)
        self._gates: dict[str, HostGate] = {}
        self.lag = LoopLag(monotonic)
        self._lag_watch: asyncio.Task[None] | None = None

    def watch_lag(self) -> None:
        """Start measuring the event loop's lag (once; :meth:`aclose` stops it)."""
        if self._lag_watch is None:
            self._lag_watch = asyncio.create_task(self.lag.watch())

    async def aclose(self) -> None:
        if self._lag_watch is not None:
            self._lag_watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._lag_watch
            self._lag_watch = None

    def gate(self, host: str) -> HostGate:
        gate = self._gates.get(host)
        if gate is None:
            pace = pacing.start(self.policy, self._saved_paces.get(host))
            gate = self._gates[host] = HostGate(self._per_host, pace)
        return gate

    def raise_floor(self, host: str, seconds: float) -> None:
        """Never start two requests to ``host`` closer than ``seconds`` (a Crawl-delay, a service's rate)."""
        gate = self.gate(host)
        gate.pace = pacing.with_floor(gate.pace, seconds, self.policy)

    @contextlib.asynccontextmanager
    async def turn(self, gate: HostGate, priority: int = 0) -> AsyncIterator[None]:
        """Wait for this host's next start time, then for a global slot."""
        async with gate.turn:
            planned = gate.next_start
            wait = planned - self._monotonic()
            if wait > 0 and gate.away_until <= self._monotonic():  # turned away: no request will be sent
                await self._sleep(wait)
            now = self._monotonic()
            # the next start is a gap after this one was due: waking late (a busy event loop) must not
            # slow the site's pace, but two starts are never closer than the floor
            due = planned if wait > 0 else now
            gate.next_start = max(due + gate.pace.gap_s, now + gate.pace.floor_s)
        await self._global.acquire(priority)
        try:
            yield
        finally:
            self._global.release()

    def observe(self, gate: HostGate, answer: pacing.Answer, started: float,
                retry_after: float | None = None, wire_s: float | None = None) -> None:
        """Pace the site by its answer; its latency is the time on the wire when the socket saw the
        exchange, else the time since ``started`` (which also holds this process's own delays)."""
        latency = self.lag.site_latency(wire_s if wire_s is not None else self._monotonic() - started)
        gate.pace = pacing.observe(gate.pace, self.policy, answer, latency, retry_after)

    def away(self, gate: HostGate) -> float:
        """Seconds ``gate``'s site still asks us to stay away (0 or less: it does not)."""
        return gate.away_until - self._monotonic()

    def send_away(self, gate: HostGate, seconds: float) -> None:
        """The site asked us to stay away ``seconds`` from now (a Retry-After longer than we wait)."""
        gate.away_until = max(gate.away_until, self._monotonic() + seconds)

    def turned_away(self, host: str) -> float:
        """Seconds ``host`` still asks us to stay away (0: it did not, or the time is up)."""
        gate = self._gates.get(host)
        return max(0.0, self.away(gate)) if gate is not None else 0.0

    @property
    def in_flight(self) -> int:
        """Requests holding one of the ``http.max_concurrency`` slots."""
        return self._size - self._global.free

    def paces(self) -> dict[str, float]:
        """The gap each site contacted in this run ended with (host -> seconds)."""
        return {host: gate.pace.gap_s for host, gate in self._gates.items() if gate.pace.latency_s is not None}
