"""Fetching one URL for the archive: the body spooled, the exchanges for the WARC.

:func:`fetch_capture` sends a GET through the shared
:class:`~pipeline.net.fetcher.Fetcher` (same limits, robots.txt, address guard,
deadlines and size cap as the check stage) with a :class:`BodySpool` as the
sink: the raw body (as received, still content-encoded) is held in memory
while it is small and goes to a temporary file once it is not, while its SHA-1
payload digest is computed, so memory stays flat whatever the page size (a
body that outgrew memory is written and hashed in a writer thread, a megabyte
at a time: file writes and SHA-1 let go of Python's lock, so the event loop
does not do that bulk byte work). The
result lists one :class:`~pipeline.archive.warc.Exchange` per redirect hop and
one for the final response.

Redirect responses are recorded with their headers and their bodies as
received (a line of "moved" HTML, usually; the HTTP layer keeps up to
:data:`~pipeline.net.bodies.DRAIN_LIMIT` bytes of each and says whether that
was all), so every record's bytes match its headers and a replay tool can
serve the hop.

A body larger than ``max_bytes`` (counted decoded, like everywhere) is read up
to the cap and kept, as web archives do (the check stage calls such a body
``too_large``). When the raw bytes stored are fewer than the server sent, the
exchange is marked ``truncated`` and its record says ``WARC-Truncated:
length``; when the cap was reached only while decoding bytes that had all
arrived (a small gzip of a large page), the record is whole and unmarked. The
capture row's text note says the text was cut either way.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..net.fetcher import Fetcher
from ..net.results import FetchResult, RawHeaders
from .warc import Exchange, sha1_digest

__all__ = ["SPOOL_IN_MEMORY", "BodySpool", "Fetched", "fetch_capture"]

SPOOL_IN_MEMORY = 256 << 10  # a body up to this many bytes (as received) is held in memory
SPOOL_BATCH = 1 << 20  # a body in a file: written and hashed this many bytes at a time, in the writer thread
# one thread for every spool: its batches run in the order sent, so each file's bytes and digest stay in order
_WRITER = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="spool")


class BodySpool:
    """A sink for raw body bytes, with the running SHA-1: held in memory while small, in a
    temporary file in ``folder`` once it outgrows ``in_memory`` bytes.

    Most pages are a few hundred kilobytes at most: keeping them in memory spares each capture
    a file created, written, read back and removed. Memory stays bounded: at most
    ``archive.max_in_flight`` spools are alive at once, each holding at most ``in_memory`` bytes.
    """

    def __init__(self, folder: Path, in_memory: int | None = None) -> None:
        self._folder = folder
        self._in_memory = SPOOL_IN_MEMORY if in_memory is None else in_memory
        self._buffer: bytearray | None = bytearray()
        self._fh: BinaryIO | None = None
        self.path: Path | None = None  # the temporary file, once the body outgrew memory
        self._held: bytes | None = None  # the finished body, when it stayed in memory (one copy, not two)
        self._sha1 = hashlib.sha1()
        self.length = 0
        self._batch: list[bytes] = []  # bytes for the file, not sent to the writer thread yet
        self._batched = 0
        self._sent: list[concurrent.futures.Future[None]] = []  # batches in the writer thread (two at most)

    def write(self, chunk: bytes) -> None:
        if self._buffer is not None and len(self._buffer) + len(chunk) > self._in_memory:
            self._spill()
        if self._buffer is not None:
            self._buffer += chunk
            self._sha1.update(chunk)
        else:
            self._batch.append(chunk)
            self._batched += len(chunk)
            if self._batched >= SPOOL_BATCH:
                self._send()
        self.length += len(chunk)

    def _send(self) -> None:
        """The batch to the writer thread; first, past two batches not written yet, wait for the oldest
        (memory stays bounded when the disk is slower than the network)."""
        batch, self._batch, self._batched = self._batch, [], 0
        if len(self._sent) >= 2:
            self._sent.pop(0).result()
        self._sent.append(_WRITER.submit(self._write_batch, batch))

    def _write_batch(self, batch: list[bytes]) -> None:  # in the writer thread
        assert self._fh is not None
        for chunk in batch:
            self._fh.write(chunk)
            self._sha1.update(chunk)

    def _written(self) -> None:
        """Every byte written to the file and hashed (a fault of the writer's raised here)."""
        if self._batch:
            self._send()
        while self._sent:
            self._sent.pop(0).result()

    def _spill(self) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="body-", suffix=".tmp", dir=self._folder)
        self.path = Path(name)
        self._fh = os.fdopen(fd, "wb")
        assert self._buffer is not None
        self._fh.write(self._buffer)
        self._buffer = None

    @property
    def data(self) -> bytes | None:
        """The body, when it is held in memory (None: it is in :attr:`path`); after :meth:`finish`, without a copy."""
        return bytes(self._buffer) if self._buffer is not None else self._held

    def finish(self, raw_bytes: int) -> str:
        """Close the file (or freeze the bytes held in memory, for :attr:`data`); return the payload
        digest of the final attempt's ``raw_bytes`` bytes.

        If the HTTP layer retried after part of a body had arrived, the spool
        holds the earlier attempt's bytes first: only the last ``raw_bytes``
        are the answer, so the rest is cut off.
        """
        if self._fh is not None:
            self._written()
            self._fh.close()
        if self.length == raw_bytes:
            self._freeze()
            return sha1_digest(self._sha1)
        digest = hashlib.sha1()
        if self._buffer is not None:
            del self._buffer[:self.length - raw_bytes]
            digest.update(self._buffer)
        else:
            assert self.path is not None
            with open(self.path, "rb") as src, open(f"{self.path}.tail", "wb") as dst:
                src.seek(self.length - raw_bytes)
                while chunk := src.read(1 << 16):
                    dst.write(chunk)
                    digest.update(chunk)
            os.replace(f"{self.path}.tail", self.path)
        self.length = raw_bytes
        self._freeze()
        return sha1_digest(digest)

    def _freeze(self) -> None:
        if self._buffer is not None:
            self._held, self._buffer = bytes(self._buffer), None

    def discard(self) -> None:
        self._buffer = self._held = None
        self._batch = []
        for sent in self._sent:  # not under the writer's feet: its batches are let finish, their faults ignored
            concurrent.futures.wait([sent])
        self._sent = []
        if self._fh is not None and not self._fh.closed:
            self._fh.close()
        if self.path is not None:
            try:
                self.path.unlink()
            except OSError:
                pass


@dataclass
class Fetched:
    """One fetch for the archive: the HTTP layer's result and what goes into the WARC."""

    result: FetchResult
    spool: BodySpool
    exchanges: list[Exchange] = field(default_factory=list)  # empty when there was no usable answer

    @property
    def final(self) -> Exchange | None:
        return self.exchanges[-1] if self.exchanges else None

    @property
    def error(self) -> str | None:
        r = self.result
        if r.error is not None:
            return f"{r.error.kind.value}: {r.error.message}"
        return None if r.status is not None else "no response"

    def discard(self) -> None:
        self.spool.discard()


def _text_headers(raw: RawHeaders) -> tuple[tuple[str, str], ...]:
    return tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in raw)


async def fetch_capture(fetcher: Fetcher, url: str, spool_dir: Path, *, max_bytes: int,
                        headers: Mapping[str, str] | None = None, keep_bytes: int = 0, priority: int = 0) -> Fetched:
    """GET ``url`` with the body spooled to ``spool_dir``; never raises for network faults.

    ``keep_bytes`` of the decoded body are also kept in memory (``result.body``),
    for a caller that judges the page too (the check stage, sharing this fetch).
    """
    spool = BodySpool(spool_dir)
    try:
        # stop_after = the cap: a longer body ends the read there (complete=False) instead of failing
        result = await fetcher.fetch(url, headers=headers, max_bytes=max_bytes, stop_after=max_bytes,
                                     keep_bytes=keep_bytes, sink=spool.write, priority=priority)
    except BaseException:
        spool.discard()
        raise
    fetched = Fetched(result, spool)
    if result.error is not None or result.status is None:
        spool.finish(spool.length)
        return fetched
    digest = spool.finish(result.raw_bytes)
    for hop in result.hops:
        fetched.exchanges.append(Exchange(
            hop.url, hop.fetched_at, hop.method, _text_headers(hop.request_headers), hop.http_version, hop.status,
            hop.reason, _text_headers(hop.headers), None, len(hop.body), sha1_digest(hashlib.sha1(hop.body)),
            inline_body=hop.body, truncated=not hop.body_complete))
    fetched.exchanges.append(Exchange(
        result.final_url, result.fetched_at, result.method, _text_headers(result.request_headers),
        result.http_version, result.status, result.reason, _text_headers(result.raw_headers),
        spool.path if spool.length else None, spool.length, digest, result.remote_address,
        inline_body=spool.data or b"", truncated=not _all_received(result)))
    return fetched


def _all_received(result: FetchResult) -> bool:
    """Whether every byte the server sent is in the spool: read to its end, or (stopped at the cap
    while decoding) the raw bytes already received are all that its Content-Length announced."""
    if result.complete or result.method == "HEAD":
        return True
    declared = result.headers.get("content-length", "")
    return declared.isdigit() and int(declared) == result.raw_bytes
