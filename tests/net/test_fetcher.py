"""The shared HTTP layer against real loopback servers behaving badly."""

from __future__ import annotations

import asyncio
import gzip
import socket
import time
from typing import Any

import pytest
from conftest import fast_http
from servers import GZIP_BOMB_DECODED, HOSTILE_ROUTES, LoopbackServer, Traffic

from pipeline.config import HttpConfig
from pipeline.net.fetcher import Fetcher
from pipeline.net.gates import HostGates, LoopLag
from pipeline.net.results import FetchErrorKind, FetchResult


def fetch(http: HttpConfig, url: str, **kwargs: object) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(http, **kwargs.pop("fetcher_args", {})) as f:  # type: ignore[arg-type]
            return await f.fetch(url, **kwargs)  # type: ignore[arg-type]
    return asyncio.run(go())


def test_ok_page_with_raw_headers_and_body(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/ok"))
    assert r.ok and r.status == 200 and r.error is None
    assert b"City council approves" in r.body and r.complete
    assert r.final_url == server.url("/ok") and r.hops == ()
    assert (b"Content-Type", b"text/html; charset=utf-8") in r.raw_headers
    assert any(k.lower() == b"user-agent" and v.startswith(b"sourcevault/") for k, v in r.request_headers)
    assert r.http_version == "HTTP/1.1" and r.reason == "OK" and r.remote_address == "127.0.0.1"


def test_every_redirect_hop_is_recorded(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/moved"))
    assert r.status == 200 and r.final_url == server.url("/ok")
    assert [(h.url, h.status, h.location) for h in r.hops] == [(server.url("/moved"), 301, server.url("/ok"))]
    assert any(k == b"Location" for k, _ in r.hops[0].headers)


def test_redirect_loop_stops_at_the_limit(server: LoopbackServer) -> None:
    r = fetch(fast_http(max_redirects=4), server.url("/loop"))
    assert r.error and r.error.kind is FetchErrorKind.TOO_MANY_REDIRECTS
    assert len(r.hops) == 5 and server.traffic.count("/loop") == 5


def test_redirect_to_another_scheme_is_an_invalid_url(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/to-ftp"))
    assert r.error and r.error.kind is FetchErrorKind.INVALID_URL and "ftp" in r.error.message


def test_a_redirect_to_a_port_out_of_range_is_an_invalid_url(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/to-no-port"))
    assert r.error and r.error.kind is FetchErrorKind.INVALID_URL and "99999" in r.error.message


def test_credentials_in_a_redirect_are_neither_sent_nor_kept() -> None:
    """A server's Location may carry user:password@: the next hop is asked without them (no Basic
    auth for whoever the redirect names), and the final URL, which reports show, holds none."""
    routes = {"/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
              "/page": lambda h: h.send(200, "<html><body>the page</body></html>")}
    with LoopbackServer(routes) as srv:
        srv.routes["/login-hop"] = lambda h: h.redirect(srv.url("/page").replace("://", "://user:secret@"), 302)
        r = fetch(fast_http(), srv.url("/login-hop"))
        seen = [h for h in srv.traffic.headers if "authorization" in h]
    assert r.status == 200 and r.final_url == srv.url("/page")
    assert not seen and "secret" not in (r.final_url or "")


def test_retry_after_is_honoured(server: LoopbackServer) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    r = fetch(fast_http(), server.url("/rate-limited-then-ok"), fetcher_args={"sleep": sleep})
    assert r.status == 200 and r.attempts == 2
    assert waits and max(waits) == pytest.approx(1.0, abs=0.05)  # the server asked for one second


def test_retry_after_beyond_the_cap_is_not_waited_for(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/rate-limited-long"))
    assert r.status == 429 and r.attempts == 1 and server.traffic.count("/rate-limited-long") == 1


def test_503_is_retried_then_succeeds(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/unavailable-then-ok"))
    assert r.status == 200 and r.attempts == 2


def test_persistent_429_is_returned_after_retries(server: LoopbackServer) -> None:
    async def sleep(seconds: float) -> None:
        pass

    r = fetch(fast_http(max_retries=2), server.url("/rate-limited"), fetcher_args={"sleep": sleep})
    assert r.status == 429 and r.attempts == 3


@pytest.mark.parametrize("path", ["/hang", "/drip"])
def test_a_slow_server_cannot_hold_a_worker(server: LoopbackServer, path: str) -> None:
    # read timeout (2 s) longer than the drip interval: only the total deadline (0.6 s) stops it
    r = fetch(fast_http(total_timeout_s=0.6, read_timeout_s=2), server.url(path))
    assert r.error and r.error.kind is FetchErrorKind.TIMEOUT
    assert server.traffic.count(path) == 1  # timeouts are not retried


def test_connection_reset_is_retried_then_reported(server: LoopbackServer) -> None:
    r = fetch(fast_http(max_retries=1), server.url("/reset"))
    assert r.error and r.error.kind is FetchErrorKind.CONNECTION_ERROR
    assert server.traffic.count("/reset") == 2


def test_endless_body_stops_at_the_cap(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/endless"), max_bytes=1_000_000)
    assert r.error and r.error.kind is FetchErrorKind.TOO_LARGE


def test_gzip_bomb_is_capped_on_decoded_bytes(server: LoopbackServer) -> None:
    seen = bytearray()
    r = fetch(fast_http(), server.url("/gzip-bomb"), max_bytes=5_000_000, sink=seen.extend)
    assert r.error and r.error.kind is FetchErrorKind.TOO_LARGE and "decoded" in r.error.message
    assert len(seen) < 1_000_000 < GZIP_BOMB_DECODED  # raw bytes: a few kilobytes, not 200 MB


def test_stop_after_reads_only_what_is_needed(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/gzip-bomb"), stop_after=10_000)
    assert r.ok and not r.complete and r.body_bytes == 10_000 and r.body.startswith(b"<html><head><title>Bomb")


@pytest.mark.parametrize("path", ["/endless", "/one-byte-over"])
def test_a_body_read_up_to_the_cap_gives_the_sink_no_more_than_the_cap(path: str) -> None:
    cap = 200_000
    routes = {**HOSTILE_ROUTES, "/one-byte-over": lambda h: h.send(200, b"x" * (cap + 1), ctype="text/plain")}
    seen = bytearray()
    with LoopbackServer(routes) as srv:
        r = fetch(fast_http(), srv.url(path), max_bytes=cap, stop_after=cap, sink=seen.extend)
    assert r.ok and not r.complete and r.body_bytes == cap
    assert len(seen) == r.raw_bytes == cap  # not the whole chunk the cap was reached in
    assert seen == r.body


def test_stop_after_can_depend_on_the_headers(server: LoopbackServer) -> None:
    def html_only(headers: object) -> int | None:
        return None if "html" in headers.get("content-type", "") else 0  # type: ignore[attr-defined]

    r = fetch(fast_http(), server.url("/paper.pdf"), stop_after=html_only)
    assert r.ok and r.body == b"" and not r.complete


def test_announced_size_over_the_cap_is_not_read(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/huge"), max_bytes=1_000_000)
    assert r.error and r.error.kind is FetchErrorKind.TOO_LARGE and "announces" in r.error.message


def test_sink_gets_raw_bytes_body_gets_decoded(server: LoopbackServer) -> None:
    raw = bytearray()
    r = fetch(fast_http(), server.url("/gzipped"), sink=raw.extend)
    assert r.ok and gzip.decompress(bytes(raw)) == r.body and b"Compressed story" in r.body
    assert r.raw_bytes == len(raw) < r.body_bytes


def test_head_reads_no_body(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/ok"), method="HEAD")
    assert r.status == 200 and r.body == b"" and r.method == "HEAD"


def test_charset_from_content_type(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/latin1"))
    assert r.charset == "iso-8859-1" and "Résumé".encode("iso-8859-1") in r.body


def test_conditional_request_gets_304(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/etag"), headers={"If-None-Match": '"v1"'})
    assert r.status == 304


@pytest.mark.parametrize("url", ["ftp://example.org/x", "http://", "not a url", "mailto:someone@example.org",
                                 "http://127.0.0.1:99999/ok", "http://news..example.org/x", "http://.example.org/"])
def test_invalid_urls_are_not_fetched(url: str) -> None:
    r = fetch(fast_http(), url)
    assert r.error and r.error.kind is FetchErrorKind.INVALID_URL and r.attempts == 0


def test_unresolvable_host_is_a_dns_error() -> None:
    async def no_dns(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    r = fetch(fast_http(allow_private_addresses=False), "http://no-such-host.invalid/", fetcher_args={"resolver": no_dns})
    assert r.error and r.error.kind is FetchErrorKind.DNS_ERROR and "no-such-host.invalid" in r.error.message


def test_tls_handshake_failure_is_a_tls_error(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/ok", scheme="https"))
    assert r.error and r.error.kind is FetchErrorKind.TLS_ERROR


def test_connection_refused_is_a_connection_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = fetch(fast_http(max_retries=0), f"http://127.0.0.1:{port}/")
    assert r.error and r.error.kind is FetchErrorKind.CONNECTION_ERROR


# --- the private-address guard, with the default config --------------------------------------

@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}/ok", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]:{port}/ok", "http://10.0.0.1/", "http://localhost:{port}/ok",
                                 "http://[::ffff:127.0.0.1]:{port}/ok", "http://224.0.0.1/"])
def test_guard_refuses_non_public_addresses_by_default(server: LoopbackServer, url: str) -> None:
    assert HttpConfig().allow_private_addresses is False
    r = fetch(HttpConfig(), url.format(port=server.port))
    assert r.error and r.error.kind is FetchErrorKind.REFUSED_ADDRESS, r.error
    assert server.traffic.hits == {}  # nothing reached the server, not even robots.txt


@pytest.mark.parametrize("route, target", [("/to-loopback", "127.0.0.1"), ("/to-metadata", "169.254.169.254")])
def test_guard_refuses_a_redirect_to_a_non_public_address(route: str, target: str) -> None:
    # the first host (127.0.0.2) is allowed explicitly; the hop it redirects to is not
    with LoopbackServer(host="127.0.0.1") as inner:
        routes = dict(HOSTILE_ROUTES)
        routes["/to-loopback"] = lambda h: h.redirect(inner.url("/ok"))
        with LoopbackServer(routes, host="127.0.0.2") as outer:
            http = HttpConfig(allowed_networks=["127.0.0.2/32"], total_timeout_s=2, per_host_delay_s=0)
            r = fetch(http, outer.url(route))
    assert r.error and r.error.kind is FetchErrorKind.REFUSED_ADDRESS and target in r.error.message
    assert [h.status for h in r.hops] == [302]
    assert inner.traffic.hits == {}


# --- politeness --------------------------------------------------------------------------------

def test_robots_txt_disallow_is_honoured_and_fetched_once(server: LoopbackServer) -> None:
    async def go() -> list[FetchResult]:
        async with Fetcher(fast_http()) as f:
            return [await f.fetch(server.url(p)) for p in ("/private/page", "/ok", "/private/page", "/ok")]

    results = asyncio.run(go())
    assert [r.error.kind if r.error else r.status for r in results] == [
        FetchErrorKind.ROBOTS_DISALLOWED, 200, FetchErrorKind.ROBOTS_DISALLOWED, 200]
    assert server.traffic.count("/private/page") == 0 and server.traffic.count("/robots.txt") == 1
    assert "sourcevault" in server.traffic.headers[0]["user-agent"]


@pytest.mark.parametrize("charset", ["x-no-such-charset", "rot13"])
def test_a_robots_txt_in_a_charset_that_is_no_text_encoding_is_read_as_utf8(charset: str) -> None:
    routes = {**HOSTILE_ROUTES, "/robots.txt": lambda h: h.send(
        200, "User-agent: *\nDisallow: /private/\n", ctype=f"text/plain; charset={charset}")}
    with LoopbackServer(routes) as server:
        r = fetch(fast_http(), server.url("/private/page"))
    assert r.error and r.error.kind is FetchErrorKind.ROBOTS_DISALLOWED


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


def test_a_sites_connection_is_kept_while_many_other_sites_are_asked() -> None:
    """A check works on up to four times ``http.max_concurrency`` sites at once: a site's connection
    outlives the requests to 20 other sites in between (16 slots here), instead of a new one each time."""
    routes = {"/port": lambda h: h.send(200, str(h.client_address[1]), ctype="text/plain")}
    servers = [LoopbackServer(routes) for _ in range(21)]
    for server in servers:
        server.__enter__()
    try:
        async def ports() -> list[str]:
            async with Fetcher(fast_http(respect_robots=False, max_concurrency=16)) as f:
                first = await f.fetch(servers[0].url("/port"), method="GET")
                for other in servers[1:]:
                    assert (await f.fetch(other.url("/port"), method="GET")).status == 200
                again = await f.fetch(servers[0].url("/port"), method="GET")
                return [first.body.decode(), again.body.decode()]

        first, again = asyncio.run(ports())
    finally:
        for server in servers:
            server.__exit__(None, None, None)
    assert first == again  # the same client port: the same connection
