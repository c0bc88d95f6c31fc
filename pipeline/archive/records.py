"""A fetched body's WARC records, and the capture row that names them.

The first seam of the capture path (fetched body → WARC records → text job →
copy store): :class:`RecordStore` appends a capture's exchanges to the WARC
file (one writer; a payload already stored, or being stored, becomes a
``revisit`` record) and makes them durable (one ``fsync`` serves every capture
waiting, :mod:`pipeline.archive.durable`). :func:`stored_row` is the capture
row committed right after: its text is ``pending`` (its text job runs later,
:mod:`pipeline.archive.textqueue`), or ``skipped`` when the body is not kept
as text (an error status: no job at all).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from ..config import ArchiveConfig
from ..db import captures
from ..models import Capture, RecordType, TextStatus
from .capture import Fetched
from .durable import GroupSync
from .warc import Exchange, Original, WarcWriter, WrittenRecord, warc_date

__all__ = ["INLINE_WARC_BYTES", "RecordStore", "Written", "stored_row"]

log = logging.getLogger(__name__)
# a capture's bodies up to this size are written to the WARC on the event loop (a redirect, an error page); a
# page's go to the writer thread: its compression lets go of the GIL and is most of its cost (h24loop's profile)
INLINE_WARC_BYTES = 8 << 10


@dataclass(frozen=True, slots=True)
class Written:
    """A capture's records, durable on disk."""

    records: list[WrittenRecord]
    main: WrittenRecord  # the final response (or revisit) record
    original: Original | None  # what a revisit refers to
    digest: str


class RecordStore:
    """Appends captures to the archive's WARC files, one at a time, durably.

    A capture is handed to the writer thread as it comes, behind those already handed over, and
    its payload's earlier record is looked up then: the thread writes them back to back. Holding a
    lock across each hand-off instead (as before) made every capture wait for the event loop to
    come back to the one before it: on the check bench a capture waited ~180 ms there (median) and
    the check's ``archive.max_in_flight`` capture slots were full most of the run (docs/check.md)."""

    def __init__(self, folder: Path, cfg: ArchiveConfig, make_id: Callable[[], str]) -> None:
        self.writer = WarcWriter(folder, prefix=cfg.warc_prefix, max_file_bytes=cfg.warc_max_file_bytes,
                                 rotate_daily=cfg.warc_rotate_daily, make_id=make_id, software=_software())
        # payload digest -> the record of it being written, or written and its row not yet committed
        self.pending: dict[str, _Payload] = {}
        # its own thread: the one writer never waits behind the fsyncs of copies in the default pool; it writes
        # the captures in the order they were handed to it (one worker: first in, first out)
        self.thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="warc")
        # the last write handed to it: (its records, the original they revisit)
        self._last: concurrent.futures.Future[tuple[list[WrittenRecord], Original | None]] | None = None
        self.synced = GroupSync()

    def open(self, db: sqlite_utils.Database) -> int:
        """Cut an incomplete record (a killed run's) off the newest WARC file; the bytes cut."""
        return self.writer.open(captures.known_good_offsets(db))

    def close(self) -> None:
        self.thread.shutdown(wait=True)
        self.writer.close()

    async def write(self, db: sqlite_utils.Database, fetched: Fetched) -> Written:
        """Append the capture's records and wait until they are durable. Call :meth:`committed` once
        its row is committed (or was not)."""
        final = fetched.final
        assert final is not None
        digest = final.payload_digest
        # the payload's earlier record, looked up now, in the order the captures come: a payload handed to the
        # writer and not yet written is claimed (_Payload), so that a capture after it becomes its revisit
        known: Original | _Payload | None = None
        if final.body_length:
            known = self.pending.get(digest) or captures.find_original(db, digest)
            if known is None:
                known = self.pending[digest] = _Payload()
        write = functools.partial(self._write, fetched.exchanges, known, final.url, warc_date(final.fetched_at))
        if _small(fetched.exchanges) and (self._last is None or self._last.done()):
            records, original = write()  # the writer is idle: written here, a hand-off would cost more
        else:  # queued behind the writes before it, never waiting for the event loop between two of them
            self._last = self.thread.submit(write)
            queued = asyncio.wrap_future(self._last)
            try:
                # shielded: a capture cancelled while its write waits does not take that write out of the queue,
                # so ``_last.done()`` above means the writer thread is idle, never that a write was dropped
                records, original = await asyncio.shield(queued)
            except asyncio.CancelledError:
                queued.add_done_callback(functools.partial(self._abandoned, digest))
                raise
        main = _main(records)
        written = Written(records, main, original, digest)
        try:  # durable before its row is committed: one fsync serves every capture waiting
            await self.synced.wait(self.writer.folder / main.file)
        except BaseException:
            self.committed(written)
            raise
        return written

    def committed(self, written: Written) -> None:
        """The row naming ``written`` is committed (or never will be): later captures look it up there."""
        pending = self.pending.get(written.digest)
        if pending is not None and pending.original is not None \
                and pending.original.record_id == written.main.record_id:
            del self.pending[written.digest]

    def _abandoned(self, digest: str, done: asyncio.Future[tuple[list[WrittenRecord], Original | None]]) -> None:
        """The write of a capture cancelled while it waited has run: its row will never be committed, so a later
        capture of its payload must not become a revisit of it."""
        if done.cancelled() or done.exception() is not None:
            return
        records, original = done.result()
        self.committed(Written(records, _main(records), original, digest))

    def _write(self, exchanges: Sequence[Exchange], known: Original | _Payload | None, url: str,
               date: str) -> tuple[list[WrittenRecord], Original | None]:
        """In the writer (its thread, or the event loop while it is idle): the records, and the original
        they revisit. A payload claimed by a write that has failed is written in full and claimed here."""
        original = known.original if isinstance(known, _Payload) else known
        records = self.writer.write_capture(exchanges, original, sync=False)
        if isinstance(known, _Payload) and original is None:
            known.original = Original(_main(records).record_id, url, date)
        return records, original


class _Payload:
    """A payload digest claimed by the capture that writes it first: its record, once written."""

    __slots__ = ("original",)

    def __init__(self) -> None:
        self.original: Original | None = None


def _main(records: list[WrittenRecord]) -> WrittenRecord:
    """The final response (or revisit) record of a capture's records."""
    return [r for r in records if r.record_type in (RecordType.RESPONSE, RecordType.REVISIT)][-1]


def stored_row(link_id: int, url: str, fetched: Fetched, written: Written, previous_id: int | None,
               max_body_bytes: int) -> Capture:
    """The capture row committed once its records are durable: text ``pending`` (its job is queued),
    or ``skipped`` for a body that is not kept as text (any status but 2xx: not extracted at all)."""
    final = fetched.final
    assert final is not None
    headers = fetched.result.headers
    reason = None
    if not fetched.result.complete:
        reason = f"only the first {max_body_bytes} bytes (decoded) were read: the size cap; the text is cut there"
        if final.truncated:
            reason += "; the record is marked WARC-Truncated: length"
    status = TextStatus.PENDING
    if not 200 <= final.status < 300:
        status = TextStatus.SKIPPED
        reason = f"HTTP {final.status}: not extracted" + (f"; {reason}" if reason else "")
    records, main, original = written.records, written.main, written.original
    return Capture(
        link_id=link_id, url=url, captured_at=warc_date(final.fetched_at), text_status=status,
        final_url=final.url, redirects=tuple((e.url, e.status) for e in fetched.exchanges[:-1]), status=final.status,
        content_type=headers.get("content-type"), payload_digest=final.payload_digest,
        warc_file=main.file, warc_record_id=main.record_id, warc_offset=main.offset, warc_length=main.length,
        warc_end=records[-1].offset + records[-1].length, record_type=main.record_type,
        refers_to_record_id=original.record_id if original else None, text_reason=reason,
        etag=headers.get("etag"), last_modified=headers.get("last-modified"), previous_id=previous_id)


def _small(exchanges: Sequence[Exchange]) -> bool:
    """Whether a capture's records are small enough to write on the event loop itself: bodies in
    memory, ``INLINE_WARC_BYTES`` in all. Handing them to the writer thread costs the loop a future
    and a callback; for a few kilobytes that is more than the writing."""
    return sum(e.body_length for e in exchanges) <= INLINE_WARC_BYTES and all(e.body_path is None for e in exchanges)


def _software() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"sourcevault/{version('sourcevault')} warcio/{version('warcio')}"
    except PackageNotFoundError:
        return "sourcevault"
