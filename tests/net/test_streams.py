"""The network backend on asyncio's own transports, against real loopback peers: TLS,
timeouts, a reader slower than its sender, a peer that resets or closes a kept-alive connection."""

from __future__ import annotations

import asyncio
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable

import httpcore
import pytest
import trustme
from conftest import fast_http
from servers import LoopbackServer

from pipeline.config import HttpConfig
from pipeline.net import streams
from pipeline.net.fetcher import Fetcher
from pipeline.net.results import FetchErrorKind, FetchResult
from pipeline.net.streams import HIGH_WATER, AsyncioBackend


def fetch_all(http: HttpConfig, urls: list[str], pause: float = 0.0) -> list[FetchResult]:
    """Fetch ``urls`` one after another with one fetcher (so on kept-alive connections)."""
    async def go() -> list[FetchResult]:
        results = []
        async with Fetcher(http) as fetcher:
            for url in urls:
                results.append(await fetcher.fetch(url, respect_robots=False))
                await asyncio.sleep(pause)
        return results
    return asyncio.run(go())


class RawPeer:
    """A TCP listener on loopback; each accepted connection is handed to ``behave`` in its own thread."""

    def __init__(self, behave: Callable[[socket.socket], None]) -> None:
        self.behave = behave
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = 0
        self.done = threading.Event()

    def __enter__(self) -> RawPeer:
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.listener.close()

    def _serve(self) -> None:
        while not self.done.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.accepted += 1
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.behave(conn)
            except OSError:
                pass


async def open_stream(port: int) -> httpcore.AsyncNetworkStream:
    return await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=2)


def test_a_connection_reset_as_it_opens_is_a_connection_error_not_a_refused_address(
        monkeypatch: pytest.MonkeyPatch) -> None:
    connected, reset = threading.Event(), threading.Event()

    def reset_once_connected(conn: socket.socket) -> None:
        connected.wait(2)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
        reset.set()

    class ResetMeanwhile(streams._Connection):
        """Made after the connect succeeds, before asyncio asks the socket whom it reached: the reset lands here."""

        def __init__(self) -> None:
            super().__init__()
            connected.set()
            if reset.wait(2):
                time.sleep(0.05)

    monkeypatch.setattr(streams, "_Connection", ResetMeanwhile)
    with RawPeer(reset_once_connected) as peer:
        [result] = fetch_all(fast_http(max_retries=0), [f"http://127.0.0.1:{peer.port}/"])
    assert result.error is not None and result.error.kind is FetchErrorKind.CONNECTION_ERROR
    assert result.error.message == "cannot connect: the connection was reset as it opened"


# --- TLS ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def https_server(authority: trustme.CA) -> LoopbackServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return LoopbackServer(tls=context)


def test_pages_are_fetched_over_tls_on_one_kept_alive_connection(authority: trustme.CA) -> None:
    with https_server(authority) as server:
        results = fetch_all(fast_http(verify_tls=False), [server.url("/ok", "https")] * 3)
        connections = server.connections
    assert [r.status for r in results] == [200, 200, 200]
    assert all(b"approve a budget" in r.body for r in results)
    assert connections == 1


def test_a_certificate_no_trusted_authority_signed_is_a_tls_error_and_nothing_is_requested(
        authority: trustme.CA) -> None:
    with https_server(authority) as server:
        [result] = fetch_all(fast_http(verify_tls=True), [server.url("/ok", "https")])
        requested = server.traffic.count("/ok")
    assert result.error is not None and result.error.kind is FetchErrorKind.TLS_ERROR
    assert requested == 0


def test_a_tls_handshake_that_never_ends_times_out_connecting() -> None:
    with RawPeer(lambda conn: conn.recv(65536) and conn.recv(65536)) as peer:  # takes the hello, never answers
        [result] = fetch_all(fast_http(connect_timeout_s=0.3, total_timeout_s=10, max_retries=0),
                             [f"https://127.0.0.1:{peer.port}/"])
    assert result.error is not None and result.error.kind is FetchErrorKind.TIMEOUT
    assert result.error.message == "timed out connecting"


def test_a_server_that_closes_during_the_tls_handshake_is_a_tls_error_and_is_not_retried() -> None:
    with RawPeer(lambda conn: conn.recv(65536)) as peer:  # takes the hello, closes without a word
        [result] = fetch_all(fast_http(max_retries=2), [f"https://127.0.0.1:{peer.port}/"])
        accepted = peer.accepted
    assert result.error is not None and result.error.kind is FetchErrorKind.TLS_ERROR
    assert result.error.message == "TLS: UNEXPECTED_EOF_WHILE_READING"  # what the TLS library says of it
    assert accepted == 1


def test_a_tls_handshake_on_a_connection_the_server_already_closed_fails_at_once(authority: trustme.CA) -> None:
    context = ssl.create_default_context()
    authority.configure_trust(context)

    async def go() -> tuple[BaseException, float]:
        stream = await open_stream(peer.port)
        await asyncio.sleep(0.2)  # the server's end arrives before the handshake starts
        started = time.monotonic()
        with pytest.raises(httpcore.ConnectError) as failed:
            await stream.start_tls(context, "127.0.0.1", timeout=2)
        return failed.value, time.monotonic() - started

    with RawPeer(lambda conn: None) as peer:
        error, took = asyncio.run(go())
    assert took < 0.5
    assert isinstance(error.__cause__, ssl.SSLEOFError)


def test_a_tls_connection_whose_closing_is_cancelled_is_closed_all_the_same(authority: trustme.CA) -> None:
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_side)
    client_side = ssl.create_default_context()
    authority.configure_trust(client_side)
    handshaken, ended = threading.Event(), threading.Event()

    def handshake_then_wait_for_the_end(conn: socket.socket) -> None:
        with server_side.wrap_socket(conn, server_side=True) as tls:  # never answers the client's close_notify
            handshaken.set()
            while socket.socket.recv(tls, 65536):  # the TCP bytes under TLS, until the connection ends
                pass
            ended.set()

    async def go() -> bool:
        stream = await open_stream(peer.port)
        stream = await stream.start_tls(client_side, "127.0.0.1", timeout=2)
        await asyncio.to_thread(handshaken.wait, 2)
        await asyncio.sleep(0.05)  # and what the server sent after it has arrived
        closing = asyncio.create_task(stream.aclose())
        await asyncio.sleep(0)  # aclose is in its turn of the loop, e.g. when a deadline cancels the request
        closing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await closing
        return await asyncio.to_thread(ended.wait, 2)  # the loop runs on meanwhile

    with RawPeer(handshake_then_wait_for_the_end) as peer:
        assert asyncio.run(go())


@pytest.mark.parametrize("head", [b"", b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n<p>"],
                         ids=["before-the-head", "mid-body"])
def test_a_tls_record_no_key_made_is_a_tls_error_and_is_not_retried(authority: trustme.CA, head: bytes) -> None:
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_side)

    def forged_record(conn: socket.socket) -> None:
        with server_side.wrap_socket(conn, server_side=True) as tls:
            tls.recv(65536)
            tls.sendall(head)
            socket.socket.sendall(tls, b"\x17\x03\x03\x00\x40" + bytes(64))  # under TLS, on the bare socket
            peer.done.wait(2)

    with RawPeer(forged_record) as peer:
        [result] = fetch_all(fast_http(verify_tls=False, max_retries=2), [f"https://127.0.0.1:{peer.port}/"])
        accepted = peer.accepted
    assert result.error is not None and result.error.kind is FetchErrorKind.TLS_ERROR
    assert result.error.message == "TLS: DECRYPTION_FAILED_OR_BAD_RECORD_MAC"
    assert accepted == 1


# --- reading and writing ------------------------------------------------------------------------

def test_a_sender_faster_than_its_reader_fills_a_bounded_buffer_and_every_byte_arrives() -> None:
    size = 16 * 1024 * 1024

    def flood(conn: socket.socket) -> None:
        conn.sendall(bytes(range(256)) * (size // 256))

    async def go() -> tuple[int, int]:
        stream = await open_stream(peer.port)
        received, largest = 0, 0
        while chunk := await stream.read(4096, timeout=5):
            received += len(chunk)
            largest = max(largest, len(stream._connection.buffer))  # type: ignore[attr-defined]
            if received % (1024 * 1024) < 4096:
                await asyncio.sleep(0.005)  # a slow consumer: the socket keeps the rest
        await stream.aclose()
        return received, largest

    with RawPeer(flood) as peer:
        received, largest = asyncio.run(go())
    assert received == size
    assert largest <= HIGH_WATER + 256 * 1024  # one socket read past the mark at most


def test_a_read_with_nothing_arriving_times_out_and_a_cancelled_read_stays_cancelled() -> None:
    async def go() -> None:
        stream = await open_stream(peer.port)
        with pytest.raises(httpcore.ReadTimeout):
            await stream.read(100, timeout=0.1)
        reading = asyncio.create_task(stream.read(100, timeout=30))
        await asyncio.sleep(0.05)
        reading.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reading
        await stream.aclose()

    with RawPeer(lambda conn: peer.done.wait(5)) as peer:
        asyncio.run(go())


def test_a_write_to_a_peer_that_never_reads_times_out() -> None:
    async def go() -> None:
        stream = await open_stream(peer.port)
        with pytest.raises(httpcore.WriteTimeout):
            for _ in range(200):  # the kernel's buffers on both sides fill within a few of these
                await stream.write(b"x" * 1024 * 1024, timeout=0.2)
        await stream.aclose()

    with RawPeer(lambda conn: peer.done.wait(10)) as peer:
        asyncio.run(go())


def test_a_reset_is_a_read_error_caused_by_the_reset_and_a_clean_close_is_the_end() -> None:
    def reset(conn: socket.socket) -> None:
        conn.recv(100)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def close(conn: socket.socket) -> None:
        conn.recv(100)
        conn.sendall(b"last words")

    async def after_request(port: int) -> tuple[bytes, BaseException | None]:
        stream = await open_stream(port)
        await stream.write(b"hello", timeout=1)
        data = b""
        try:
            while chunk := await stream.read(100, timeout=2):
                data += chunk
        except httpcore.ReadError as exc:
            return data, exc
        finally:
            await stream.aclose()
        return data, None

    with RawPeer(reset) as peer:
        _, error = asyncio.run(after_request(peer.port))
    assert isinstance(error, httpcore.ReadError) and isinstance(error.__cause__, ConnectionResetError)
    with RawPeer(close) as peer:
        data, error = asyncio.run(after_request(peer.port))
    assert (data, error) == (b"last words", None)


def test_a_kept_alive_connection_the_server_closed_meanwhile_is_not_reused() -> None:
    answer = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 11\r\n"
              b"Connection: keep-alive\r\n\r\n<p>page</p>")

    def one_answer_then_close(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(answer)  # says keep-alive, then closes soon after, as an idle timeout would

    with RawPeer(one_answer_then_close) as peer:
        results = fetch_all(fast_http(max_retries=0), [f"http://127.0.0.1:{peer.port}/a"] * 3, pause=0.1)
        accepted = peer.accepted
    assert [r.status for r in results] == [200, 200, 200]
    assert accepted == 3


def test_a_socket_option_the_system_refuses_fails_the_connection_and_closes_it() -> None:
    closed = threading.Event()

    def note_the_close(conn: socket.socket) -> None:
        conn.settimeout(5)
        if conn.recv(100) == b"":
            closed.set()

    async def go() -> bool:
        with pytest.raises(httpcore.ConnectError, match="socket option"):
            await AsyncioBackend().connect_tcp("127.0.0.1", peer.port, timeout=2,
                                               socket_options=[(socket.SOL_SOCKET, 0x7FFF, 1)])
        return await asyncio.to_thread(closed.wait, 2)  # while the loop still runs: not left to the garbage

    with RawPeer(note_the_close) as peer:
        assert asyncio.run(go())
