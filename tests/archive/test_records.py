"""The capture store's WARC writer (archive/records.py): captures handed to it at once are written in the order
they came, and a payload handed over twice is stored once, the second capture its revisit."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import threading

import pytest

from pipeline.archive import warc, warcread
from pipeline.archive.capture import BodySpool, Fetched
from pipeline.archive.records import INLINE_WARC_BYTES, RecordStore
from pipeline.config import ArchiveConfig
from pipeline.db import open_database
from pipeline.net.results import FetchResult

PAGE = b"<html><body><p>" + b"The council voted 9 to 4 on the transit budget. " * 600 + b"</p></body></html>"
OTHER = PAGE.replace(b"9 to 4", b"7 to 6")
SMALL = b"<html><body><p>Moved.</p></body></html>"


def fetched(tmp_path, url: str, body: bytes) -> Fetched:
    exchange = warc.Exchange(url, "2025-03-18T12:00:00Z", "GET", (("Host", "news.test"),), "HTTP/1.1", 200, "OK",
                             (("Content-Type", "text/html; charset=utf-8"),), None, len(body),
                             warc.sha1_digest(hashlib.sha1(body)), inline_body=body)
    return Fetched(FetchResult(url, "GET", url, "2025-03-18T12:00:00Z", status=200), BodySpool(tmp_path),
                   [exchange])


def test_captures_handed_over_at_once_keep_their_order_and_share_a_payload(tmp_path):
    assert len(SMALL) <= INLINE_WARC_BYTES < len(PAGE)  # the small one may be written on the loop, the pages not
    counter = itertools.count(1)
    store = RecordStore(tmp_path / "warc", ArchiveConfig(), lambda: f"<urn:uuid:{next(counter):08d}>")
    db = open_database(tmp_path / "db.sqlite")
    store.open(db)
    urls = ["http://a.test/story", "http://b.test/moved", "http://c.test/copy", "http://d.test/other",
            "http://e.test/copy-again"]
    bodies = [PAGE, SMALL, PAGE, OTHER, PAGE]

    async def write_all():  # every write handed over before any has finished
        return await asyncio.gather(*(store.write(db, fetched(tmp_path, u, b)) for u, b in zip(urls, bodies)))

    written = asyncio.run(write_all())
    store.close()
    db.close()
    path = tmp_path / "warc" / written[0].main.file
    assert warcread.verify_warc(path) == []
    records = [r for r in warcread.iter_records(path) if r.record_type in ("response", "revisit")]
    assert [r.target_uri for r in records] == urls  # as handed over, the small one not written ahead of a page
    assert [r.record_type for r in records] == ["response", "response", "revisit", "response", "revisit"]
    first = written[0].main.record_id
    assert records[2].refers_to == records[4].refers_to == first
    assert written[2].original is not None and written[2].original.record_id == first
    assert written[0].original is None and written[3].original is None
    assert warcread.read_payload(path, written[0].main.offset) == PAGE


def test_a_capture_cancelled_while_its_write_waits_keeps_its_turn_and_is_never_revisited(tmp_path):
    # a capture's task cancelled while its write waits for the writer thread (a run stopping, a sibling job's
    # failure): the write still comes in its turn, a small capture after it is not written ahead of it (nor beside
    # it, from the event loop, while the thread writes), and since the cancelled capture's row will never be
    # committed, a later capture of the same payload is stored whole, not as a revisit of a record with no row
    counter = itertools.count(1)
    store = RecordStore(tmp_path / "warc", ArchiveConfig(), lambda: f"<urn:uuid:{next(counter):08d}>")
    db = open_database(tmp_path / "db.sqlite")
    store.open(db)
    gate = threading.Event()

    async def scenario():
        busy = asyncio.wrap_future(store.thread.submit(gate.wait))  # the writer thread taken
        first = asyncio.create_task(store.write(db, fetched(tmp_path, "http://a.test/story", PAGE)))
        await asyncio.sleep(0)  # its write handed over, waiting behind the thread's work
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        small = asyncio.create_task(store.write(db, fetched(tmp_path, "http://b.test/moved", SMALL)))
        await asyncio.sleep(0)
        gate.set()
        await busy
        await small
        return await store.write(db, fetched(tmp_path, "http://c.test/copy", PAGE))

    again = asyncio.run(scenario())
    store.close()
    db.close()
    path = tmp_path / "warc" / again.main.file
    assert warcread.verify_warc(path) == []
    records = [r for r in warcread.iter_records(path) if r.record_type in ("response", "revisit")]
    assert [r.target_uri for r in records] == ["http://a.test/story", "http://b.test/moved", "http://c.test/copy"]
    assert [r.record_type for r in records] == ["response", "response", "response"]
    assert again.original is None
