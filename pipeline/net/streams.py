"""httpcore's network backend on asyncio's own transports.

httpcore opens and reads every connection through a network backend. Its
backend for asyncio goes through anyio: every read and write enters a cancel
scope and two stream wrappers. On a check run that is about as much processor
time as the rest of the HTTP exchange, and the check runs every fetch on one
core. Measured on loopback (5,000 GETs of a 1.3 KB page, 32 at once, httpx at
its defaults): 1.4–1.8 ms of CPU per request through anyio, 0.8–0.9 ms here.

A connection here is an :class:`asyncio.Protocol` that keeps what arrives in a
buffer, and :class:`AsyncioStream` hands that buffer out to httpcore:

* **Bounded memory.** Reading from the socket pauses while more than
  ``HIGH_WATER`` bytes wait unread, and resumes when httpcore has taken all
  but a quarter of them, so a server that sends faster than the body is
  consumed fills a fixed buffer, not memory.
* **Timeouts** as httpcore asks for them: a read, a write (while the
  operating system's send buffer is full), a connection and a TLS handshake
  each fail with httpcore's own timeout error, which httpx translates.
* **Errors** are httpcore's (``ConnectError``, ``ReadError``, ``WriteError``)
  raised *from* the operating system's or the TLS library's error, which is
  their context too (httpcore re-raises some ``from None``), so the fetcher
  still tells a TLS failure from a reset by walking the causes.
* **Socket facts** (the peer's address, which the private-address guard
  checks, and the local one) are read once, when the connection opens.

The backend connects to the address it is given. Resolving names and refusing
addresses is :class:`pipeline.net.addresses.GuardedBackend`'s job, which wraps
this one.
"""

from __future__ import annotations

import asyncio
import select
import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore

__all__ = ["HIGH_WATER", "WIRE_TIME", "AsyncioBackend", "AsyncioStream"]

HIGH_WATER = 256 * 1024  # unread bytes at which reading from the socket pauses
# get_extra_info(WIRE_TIME): seconds from the last byte written to the last byte that has arrived since
# (None before an answer has begun): a site's answer time as the socket saw it, without the time this
# process took to get round to reading it
WIRE_TIME = "sourcevault_wire_time"


class _Connection(asyncio.Protocol):
    """What a connection has received and whether it can still send; shared across a TLS upgrade."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.ended = False  # the peer closed its side, or the connection is gone
        self.error: BaseException | None = None  # why the connection was lost, when not cleanly
        self.reading_paused = False
        self.writing_paused = False
        self._waiter: asyncio.Future[None] | None = None  # a read waiting for data or the end
        self._drained: asyncio.Future[None] | None = None  # a write waiting for the send buffer
        self.sent_at = 0.0  # time.monotonic() of the last write, and of the last data that arrived
        self.arrived_at = 0.0

    # -- asyncio calls these -------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.arrived_at = time.monotonic()
        self.buffer += data
        if len(self.buffer) > HIGH_WATER and not self.reading_paused and self.transport is not None:
            self.reading_paused = True
            self.transport.pause_reading()
        _settle(self._waiter)

    def eof_received(self) -> bool:
        self.ended = True
        _settle(self._waiter)
        return False  # close our side too: HTTP/1.1 has nothing to send after the peer's end

    def connection_lost(self, exc: Exception | None) -> None:
        self.ended = True
        self.error = exc
        _settle(self._waiter)
        _settle(self._drained)

    def pause_writing(self) -> None:
        self.writing_paused = True

    def resume_writing(self) -> None:
        self.writing_paused = False
        _settle(self._drained)

    # -- the stream calls these ------------------------------------------------------------------
    def take(self, max_bytes: int) -> bytes:
        if len(self.buffer) <= max_bytes:
            data = bytes(self.buffer)
            self.buffer.clear()
        else:
            data = bytes(self.buffer[:max_bytes])
            del self.buffer[:max_bytes]
        if self.reading_paused and len(self.buffer) <= HIGH_WATER // 4 and self.transport is not None \
                and not self.transport.is_closing():
            self.reading_paused = False
            self.transport.resume_reading()
        return data

    async def arrival(self, timeout: float | None) -> None:
        """Until data or the end has arrived; httpcore's ReadTimeout after ``timeout`` seconds."""
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await _within(self._waiter, timeout, httpcore.ReadTimeout)
        finally:
            self._waiter = None

    async def drain(self, timeout: float | None) -> None:
        """Until the send buffer has room again; httpcore's WriteTimeout after ``timeout`` seconds."""
        self._drained = asyncio.get_running_loop().create_future()
        try:
            await _within(self._drained, timeout, httpcore.WriteTimeout)
        finally:
            self._drained = None


def _settle(future: asyncio.Future[None] | None) -> None:
    if future is not None and not future.done():
        future.set_result(None)


async def _within(future: asyncio.Future[None], timeout: float | None, error: type[Exception]) -> None:
    """Await ``future``; if ``timeout`` passes first, it fails with ``error`` (a cancelled task stays cancelled)."""
    if timeout is None:
        await future
        return

    def expire() -> None:
        if not future.done():
            future.set_exception(error(f"nothing within {timeout:g}s"))

    timer = asyncio.get_running_loop().call_later(timeout, expire)
    try:
        await future
    finally:
        timer.cancel()


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection, plain or TLS, as httpcore reads and writes it."""

    def __init__(self, transport: asyncio.Transport, connection: _Connection) -> None:
        self._transport = transport
        self._connection = connection
        self._socket = transport.get_extra_info("socket")
        self._server = transport.get_extra_info("peername")
        self._client = transport.get_extra_info("sockname")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        connection = self._connection
        if not connection.buffer and not connection.ended:
            await connection.arrival(timeout)
        if connection.buffer:
            return connection.take(max_bytes)
        if connection.error is not None:
            raise _failure(httpcore.ReadError, connection.error)
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        connection = self._connection
        if self._transport.is_closing():
            raise _failure(httpcore.WriteError, connection.error, "the connection is closed")
        self._transport.write(buffer)
        connection.sent_at = time.monotonic()
        if connection.writing_paused:
            await connection.drain(timeout)
            if connection.error is not None:
                raise _failure(httpcore.WriteError, connection.error)

    async def aclose(self) -> None:
        """Close now: one turn of the loop lets the socket close; what could not be sent by then is dropped.

        The socket is closed even when that turn is cancelled (a deadline, the run stopping): a TLS
        transport left merely closing waits up to 30 s for the server's close_notify, socket open.
        """
        try:
            if not self._transport.is_closing():
                self._transport.close()
                await asyncio.sleep(0)
        finally:
            self._transport.abort()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        connection = self._connection
        if connection.ended:  # asyncio would wait out the timeout for an answer that cannot come
            self._transport.abort()
            raise _failure(httpcore.ConnectError, connection.error or _ended_in_handshake())
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(self._transport, connection, ssl_context,
                                                 server_hostname=server_hostname)
        except TimeoutError as exc:
            self._transport.abort()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from exc
        except (OSError, EOFError) as exc:  # ssl.SSLError is an OSError
            self._transport.abort()
            if not (isinstance(exc, ConnectionResetError) and exc.errno is None):  # asyncio's word for an end
                raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
            transport = None
        if transport is None:  # the server closed the connection during the handshake
            raise _failure(httpcore.ConnectError, _ended_in_handshake())
        assert isinstance(transport, asyncio.Transport)
        return AsyncioStream(transport, self._connection)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # asked before a kept-alive connection is reused: has the server closed it?
            connection = self._connection
            return bool(connection.buffer) or connection.ended or _readable(self._socket)
        if info == "server_addr":
            return self._server
        if info == "client_addr":
            return self._client
        if info == "socket":
            return self._socket
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == WIRE_TIME:
            connection = self._connection
            return connection.arrived_at - connection.sent_at if connection.arrived_at > connection.sent_at else None
        return None


def _failure(kind: type[Exception], cause: BaseException | None, otherwise: str = "") -> Exception:
    """httpcore's ``kind`` of error, caused by ``cause`` and with it as its context too.

    httpcore's pool and response stream re-raise what reaches them ``from None``, which drops the
    cause and keeps the context: the link the fetcher follows to tell a TLS error from a reset.
    """
    error = kind(otherwise if cause is None else str(cause) or type(cause).__name__)
    error.__cause__ = error.__context__ = cause
    return error


def _ended_in_handshake() -> ssl.SSLError:
    """A server that closed the connection instead of completing the handshake, as the TLS library words it.

    asyncio reports it as a bare ``ConnectionResetError``, which the fetcher would call a reset and retry;
    through anyio it was this error, a TLS failure (often a server refusing the client's TLS versions).
    """
    error = ssl.SSLEOFError(ssl.SSL_ERROR_EOF, "the server closed the connection during the TLS handshake")
    error.reason = "UNEXPECTED_EOF_WHILE_READING"
    error.library = "SSL"
    return error


def _readable(sock: Any) -> bool:
    """Whether reading ``sock`` would not wait: data, the end of the stream, or no socket at all."""
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(0))
    return bool(select.select([fd], [], [], 0)[0])


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections (to an address already resolved and checked) on the running asyncio loop."""

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, connection = await loop.create_connection(
                    _Connection, host, port, local_addr=(local_address, 0) if local_address else None)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout("timed out connecting") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        assert isinstance(transport, asyncio.Transport)
        if transport.get_extra_info("peername") is None:  # asyncio could not ask: the server reset it already
            transport.abort()  # (unanswered, the address guard would call it a refused address)
            raise _failure(httpcore.ConnectError, connection.error, "the connection was reset as it opened")
        sock = transport.get_extra_info("socket")
        try:
            for option in socket_options or ():  # asyncio already sets TCP_NODELAY
                sock.setsockopt(*option)
        except OSError as exc:
            transport.abort()
            raise httpcore.ConnectError(f"cannot set a socket option: {exc}") from exc
        return AsyncioStream(transport, connection)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError(f"Unix sockets are not used: {path}")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

