"""Reading response bodies under a cap counted on *decoded* bytes.

The fetcher asks for ``Accept-Encoding: gzip, deflate`` and decodes here,
with zlib told never to produce more than the room left under the cap, a
megabyte at a time (what the caller does not keep is counted and dropped): a
200 MB gzip bomb costs a few kilobytes of reading before it is refused. The
raw bytes, as received, go to an optional sink (for a WARC record). A coding
we do not decode (br, zstd, several stacked) is counted as it came, and so is
cut: a body read up to the cap gives the sink no more than the cap (a decoded
one gives it the raw chunks the cap was reached in).

Inflating is the one bulk byte work here (about 3 ms of CPU per MB decoded): a
compressed chunk of ``INFLATE_IN_THREAD`` bytes or more is inflated in a thread of
the event loop's default executor (zlib lets go of Python's lock meanwhile), so
the loop goes on with other fetches; smaller chunks cost less than the hand-off.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import httpx

__all__ = ["Body", "BodyPlan", "BodyTooLarge", "Decoder", "Sink", "StopAfter", "drain", "read_body", "read_raw"]

# how many decoded body bytes to read: a number, None (all, up to max_bytes), or a
# function of the response headers returning one of those (0: do not read the body)
StopAfter = int | None | Callable[[httpx.Headers], int | None]
Sink = Callable[[bytes], object]
DRAIN_LIMIT = 65_536
INFLATE_IN_THREAD = 16 << 10  # a compressed chunk at least this large is inflated off the event loop
INFLATE_PIECE = 1 << 20  # decoded bytes inflated at a time (Decoder.take): a bomb is counted, never held whole


class BodyTooLarge(Exception):
    """The body is (or announces itself) larger than the cap; the message says which."""


@dataclass(frozen=True)
class BodyPlan:
    max_bytes: int  # more than this, decoded, is BodyTooLarge
    keep_bytes: int | None  # decoded bytes to keep (None: all that is read)
    stop_after: StopAfter  # stop reading early, without an error
    sink: Sink | None  # receives the raw bytes


@dataclass(frozen=True)
class Body:
    kept: bytes
    decoded: int  # decoded bytes read
    raw: int  # bytes received and given to the sink
    complete: bool  # read to its end


async def drain(response: httpx.Response, limit: int = DRAIN_LIMIT) -> None:
    """Read a small body we do not need, so that the connection can be used again."""
    seen = 0
    async for chunk in response.aiter_raw():
        seen += len(chunk)
        if seen > limit:
            return  # not worth it: the connection is closed instead


async def read_raw(response: httpx.Response, limit: int = DRAIN_LIMIT) -> tuple[bytes, bool]:
    """A small body (a redirect's) as received, still content-encoded: at most ``limit`` bytes,
    and whether that was all of it. Read to its end, the connection can be used again."""
    raw = bytearray()
    async for chunk in response.aiter_raw():
        raw += chunk
        if len(raw) > limit:
            return bytes(raw[:limit]), False  # the rest is not read: the connection is closed instead
    return bytes(raw), True


async def read_body(response: httpx.Response, plan: BodyPlan) -> Body:
    """Read the body under the decoded-size cap, feeding raw bytes to the sink."""
    limit = plan.max_bytes
    stop = plan.stop_after(response.headers) if callable(plan.stop_after) else plan.stop_after
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and (stop is None or stop > limit):
        raise BodyTooLarge(f"announces {int(declared)} bytes; the cap is {limit}")
    if stop is not None and stop <= 0:
        return Body(b"", 0, 0, False)
    budget = limit if stop is None else min(stop, limit)
    stopping = stop is not None and stop <= limit  # reaching the budget ends the read, not an error
    decoder = Decoder(response.headers.get("content-encoding", ""))
    kept = bytearray()
    keep = plan.keep_bytes
    decoded = raw = 0
    loop = asyncio.get_running_loop()
    async for chunk in response.aiter_raw():
        room = keep if keep is None else max(keep - len(kept), 0)
        if decoder.kind is not None and len(chunk) >= INFLATE_IN_THREAD:
            out, count, overflow = await loop.run_in_executor(None, decoder.take, chunk, budget - decoded, room)
        else:
            out, count, overflow = decoder.take(chunk, budget - decoded, room)
        if overflow and decoder.kind is None:  # counted as it came: the bytes past the cap are not kept either
            chunk = chunk[:count]
        raw += len(chunk)
        if plan.sink is not None:
            plan.sink(chunk)
        decoded += count
        kept += out
        if overflow:
            if stopping:
                return Body(bytes(kept), decoded, raw, False)
            raise BodyTooLarge(f"the body is larger than the {limit}-byte cap (decoded)")
    return Body(bytes(kept), decoded, raw, True)


class Decoder:
    """Content decoding with a bound on output: never inflates more than asked for."""

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        self.kind = codings[0] if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate") else None
        self._wbits = 31 if self.kind in ("gzip", "x-gzip") else 15
        self._z = zlib.decompressobj(self._wbits) if self.kind else None
        self._started = False

    def decode(self, data: bytes, room: int) -> tuple[bytes, bool]:
        """Up to ``room`` decoded bytes of ``data``, and whether there was more."""
        out, _, overflow = self.take(data, room)
        return out, overflow

    def take(self, data: bytes, room: int, keep: int | None = None) -> tuple[bytes, int, bool]:
        """Decode ``data``, counting up to ``room`` decoded bytes: the first ``keep`` of them (None: all),
        how many there were, and whether there was more than ``room``.

        Inflated a piece at a time (``INFLATE_PIECE``): what is not kept is counted and dropped, so a
        small gzip of a large body (a bomb) never sits in memory whole, whatever ``room`` is."""
        if self._z is None:  # identity, or a coding we do not decode: count it as it came
            count = min(len(data), room)
            return data[:count if keep is None else min(count, keep)], count, len(data) > room
        out = bytearray()
        count, pending, full = 0, data, False
        while pending or full:  # a full piece may leave output inside zlib with no input pending
            step = min(room - count + 1, INFLATE_PIECE)
            piece, pending = self._inflate(pending, step)
            full = len(piece) == step
            over = count + len(piece) > room
            if over:
                piece = piece[:room - count]
            count += len(piece)
            if keep is None or len(out) < keep:
                out += piece if keep is None else piece[:keep - len(out)]
            if over:
                return bytes(out), count, True
        return bytes(out), count, False

    def stream(self, chunks: Iterable[bytes], piece: int = 1 << 20) -> Iterator[bytes]:
        """All that ``chunks`` decode to, in pieces of at most ``piece`` bytes (never all at once)."""
        for chunk in chunks:
            if self._z is None:
                yield chunk
                continue
            pending, full = chunk, False
            while pending or full:  # a full piece may leave output inside zlib with no input pending
                out, pending = self._inflate(pending, piece)
                full = len(out) == piece
                if out:
                    yield out

    def _inflate(self, data: bytes, max_length: int) -> tuple[bytes, bytes]:
        """One bounded step: (at most ``max_length`` decoded bytes, the input still to decode)."""
        assert self._z is not None
        try:
            out = self._z.decompress(data, max_length)
        except zlib.error:
            if self.kind == "deflate" and not self._started:  # raw deflate without the zlib header
                self._z, self._wbits, self._started = zlib.decompressobj(-15), -15, True
                return b"", data
            raise
        self._started = True
        pending = self._z.unconsumed_tail
        if self._z.eof:
            rest = self._z.unused_data
            self._z = zlib.decompressobj(self._wbits)
            # another gzip member (or the first byte of one, the rest in the next read), or trailing junk
            pending = rest if rest and b"\x1f\x8b".startswith(rest[:2]) else b""
        return out, pending
