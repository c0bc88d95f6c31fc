"""A hop's faults against real loopback servers: what each becomes, and which are retried (net/faults.py)."""

from __future__ import annotations

import socket

import pytest
from conftest import fast_http, fetch
from servers import LoopbackServer

from pipeline.net.results import FetchErrorKind


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
