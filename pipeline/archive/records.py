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
    """Appends captures to the archive's WARC files, one at a time, durably."""

    def __init__(self, folder: Path, cfg: ArchiveConfig, make_id: Callable[[], str]) -> None:
        self.writer = WarcWriter(folder, prefix=cfg.warc_prefix, max_file_bytes=cfg.warc_max_file_bytes,
                                 rotate_daily=cfg.warc_rotate_daily, make_id=make_id, software=_software())
        self.pending: dict[str, Original] = {}  # payload digest -> record written, row not yet committed
        self.lock = asyncio.Lock()
        # its own thread: the one writer never waits behind the fsyncs of copies in the default pool
        self.thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="warc")
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
        async with self.lock:  # one writer; the dedup lookup must see every record written before
            original = None
            if final.body_length:
                original = self.pending.get(digest) or captures.find_original(db, digest)
            write = functools.partial(self.writer.write_capture, fetched.exchanges, original, sync=False)
            if _small(fetched.exchanges):  # written here: a hand-off would cost more than the writing
                records = write()
            else:
                records = await asyncio.get_running_loop().run_in_executor(self.thread, write)
            main = [r for r in records if r.record_type in (RecordType.RESPONSE, RecordType.REVISIT)][-1]
            if original is None and final.body_length:
                self.pending.setdefault(digest, Original(main.record_id, final.url, warc_date(final.fetched_at)))
        written = Written(records, main, original, digest)
        try:  # durable before its row is committed; outside the lock: one fsync serves every capture waiting
            await self.synced.wait(self.writer.folder / main.file)
        except BaseException:
            self.committed(written)
            raise
        return written

    def committed(self, written: Written) -> None:
        """The row naming ``written`` is committed (or never will be): later captures look it up there."""
        if (pending := self.pending.get(written.digest)) and pending.record_id == written.main.record_id:
            del self.pending[written.digest]


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
