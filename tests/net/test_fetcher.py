"""The shared HTTP layer against real loopback servers behaving badly: answers, hops, bodies, the guard, robots.txt.

Its parts have their own tests: redirect policy (test_redirects), faults and retries (test_faults), per-site
turns and pace (test_gates), the refresh hop (test_page_redirects)."""

from __future__ import annotations

import asyncio
import gzip

import pytest
from conftest import fast_http, fetch
from servers import GZIP_BOMB_DECODED, HOSTILE_ROUTES, LoopbackServer

from pipeline.config import HttpConfig
from pipeline.net.fetcher import Fetcher
from pipeline.net.results import FetchErrorKind, FetchResult


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
