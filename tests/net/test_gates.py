"""Per-site turns and pace: concurrency caps, spacing, Crawl-delay, saved paces, the loop's lag (net/gates.py)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from conftest import fast_http
from servers import LoopbackServer, Traffic

from pipeline.net.fetcher import Fetcher
from pipeline.net.gates import HostGates, LoopLag
from pipeline.net.results import FetchResult


def test_per_host_and_global_concurrency_limits() -> None:
    traffic = Traffic()
    hosts = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
    servers = [LoopbackServer(host=h, traffic=traffic) for h in hosts]

    async def go() -> list[FetchResult]:
        async with Fetcher(fast_http(per_host_concurrency=2, max_concurrency=4, respect_robots=False)) as f:
            return await asyncio.gather(*(f.fetch(s.url("/slow")) for s in servers for _ in range(5)))

    for s in servers:
        s.__enter__()
    try:
        results = asyncio.run(go())
    finally:
        for s in servers:
            s.__exit__()
    assert all(r.status == 200 for r in results)
    assert max(traffic.max_by_host.values()) == 2  # the per-host limit was reached and held
    assert traffic.max_active == 4  # and the global one


def test_per_host_delay_is_a_floor_under_the_adaptive_gap(server: LoopbackServer) -> None:
    async def go() -> None:  # the site answers at once: only the floor spaces the starts
        async with Fetcher(fast_http(per_host_delay_s=0.15, per_host_concurrency=4, respect_robots=False)) as f:
            await f.fetch(server.url("/warm-up"))  # the first connection's set-up would blur the first gap
            await asyncio.gather(*(f.fetch(server.url("/ok")) for _ in range(4)))

    asyncio.run(go())
    starts = [t for t, _, _, p in server.traffic.log if p == "/ok"]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.13  # a lower bound: a slow machine only widens the gaps


def test_crawl_delay_from_robots_raises_the_host_delay() -> None:
    routes = {"/robots.txt": lambda h: h.send(200, "User-agent: *\nCrawl-delay: 0.2\n", ctype="text/plain"),
              "/ok": lambda h: h.send(200, "ok")}
    with LoopbackServer(routes) as srv:
        async def go() -> None:
            async with Fetcher(fast_http(max_crawl_delay_s=0.2)) as f:
                await asyncio.gather(*(f.fetch(srv.url("/ok")) for _ in range(3)))

        asyncio.run(go())
        starts = [t for t, _, _, p in srv.traffic.log if p == "/ok"]
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.18


def test_a_saved_pace_is_resumed_and_the_pace_earned_is_reported(server: LoopbackServer) -> None:
    async def go() -> dict[str, float]:
        async with Fetcher(fast_http(respect_robots=False), paces={"127.0.0.1": 0.4}) as f:
            assert f.paces() == {}  # nothing earned before an answer
            await f.fetch(server.url("/ok"))
            return f.paces()

    gap = asyncio.run(go())["127.0.0.1"]
    assert 0.2 <= gap < 0.4  # from the saved 0.4 s, halfway towards the site's (fast) answer time


def test_a_reset_backs_off_and_a_refused_connection_leaves_the_pace() -> None:
    async def gap_after(url: str) -> float:
        async with Fetcher(fast_http(respect_robots=False, max_retries=0, start_delay_s=0.2)) as f:
            await f.fetch(url)
            return f.gates.gate("127.0.0.1").pace.gap_s

    with LoopbackServer() as srv:
        assert asyncio.run(gap_after(srv.url("/reset"))) == pytest.approx(0.4)  # doubled
    assert asyncio.run(gap_after("http://127.0.0.1:9/closed")) == pytest.approx(0.2)  # nothing listens on port 9


def test_a_late_wake_up_does_not_slow_the_pace_but_the_floor_holds() -> None:
    # a busy event loop wakes a waiting request late; the next start is still a gap after this one
    # was due (not after it happened), unless that would bring two starts closer than the floor
    clock = [100.0]

    async def oversleep(seconds: float) -> None:
        clock[0] += seconds + 0.03  # every wake-up 30 ms late

    async def starts(gap: float, floor: float) -> list[float]:
        gates = HostGates(fast_http(per_host_delay_s=floor), sleep=oversleep, monotonic=lambda: clock[0],
                          paces={"site.example": gap})
        gate = gates.gate("site.example")
        out = []
        for _ in range(4):
            async with gates.turn(gate):
                out.append(clock[0])
        return out

    steady = asyncio.run(starts(gap=0.2, floor=0.05))
    assert [round(b - a, 3) for a, b in zip(steady[1:], steady[2:])] == [0.2, 0.2]  # late by 30 ms, yet 5 a second
    floored = asyncio.run(starts(gap=0.2, floor=0.2))
    assert [round(b - a, 3) for a, b in zip(floored[1:], floored[2:])] == [0.23, 0.23]  # never closer than the floor


def test_the_pace_follows_the_site_s_answer_time_not_our_work_on_the_body() -> None:
    # the site answers in about 50 ms; this process then spends 600 ms on the body (a slow sink
    # stands for a capture's hashing, spooling and a busy event loop): the site is not that slow
    # (the margin below is wide: a loaded machine delays the server's answer too)
    def answer(h: Any) -> None:
        h.wait(0.05)
        h.page("Story", "Words. " * 50)

    async def paced_latency(url: str) -> float | None:
        async with Fetcher(fast_http(respect_robots=False)) as f:
            result = await f.fetch(url, sink=lambda _: time.sleep(0.6))
            assert result.ok
            return f.gates.gate("127.0.0.1").pace.latency_s

    with LoopbackServer({"/story": answer}) as srv:
        latency = asyncio.run(paced_latency(srv.url("/story")))
    # (at least half the 50 ms: the event loop's measured lateness is taken off, never more than half)
    assert latency is not None and 0.02 <= latency < 0.45


def test_the_event_loop_s_own_delay_is_not_read_as_the_site_s_latency() -> None:
    lag = LoopLag(lambda: 0.0)
    assert lag.site_latency(0.08) == 0.08  # nothing measured yet
    for _ in range(40):
        lag.note(0.02)  # timers fire 20 ms late: the loop is busy
    assert lag.estimate == pytest.approx(0.02, rel=0.01)
    assert lag.site_latency(0.07) == pytest.approx(0.05, rel=0.02)
    assert lag.site_latency(0.01) == pytest.approx(0.005)  # never below half of what was measured
    lag.note(-0.5)  # a timer cannot fire early; a clock step is not a negative delay
    assert lag.estimate >= 0


def test_a_freed_request_slot_goes_to_the_waiting_request_of_highest_priority() -> None:
    # one slot (http.max_concurrency 1): while it is taken, the check's requests wait for it, and the
    # one whose site has the most links left goes first, not the first to ask
    def slow(h: Any) -> None:
        h.wait(0.2)
        h.page("Story", "Words.")

    async def order(urls: dict[str, int]) -> None:
        async with Fetcher(fast_http(respect_robots=False, max_concurrency=1)) as f:
            first = asyncio.ensure_future(f.fetch(f"{base}/first"))
            await asyncio.sleep(0.05)  # it holds the slot
            rest = [asyncio.ensure_future(f.fetch(url, priority=p)) for url, p in urls.items()]
            await asyncio.gather(first, *rest)

    with LoopbackServer({"/first": slow}) as srv:
        base = srv.url("").rstrip("/")
        asyncio.run(order({f"{base}/few": 1, f"{base}/many": 300, f"{base}/some": 20}))
        paths = [path for _, _, _, path in srv.traffic.log]
    assert paths == ["/first", "/many", "/some", "/few"]
