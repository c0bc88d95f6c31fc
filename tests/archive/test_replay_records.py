"""WARC records are the exchange as it happened: bodies as received (still content-encoded), redirect
bodies included, headers and bytes in agreement, and a body cut by the size cap marked as such."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import hashlib
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from archiveworld import ids
from conftest import fast_http
from newspages import ARTICLES, render
from replaytools import assert_warcio_check_passes
from servers import HOSTILE_ROUTES, LoopbackServer
from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import capture as capture_module
from pipeline.archive import warc, warcread
from pipeline.archive.capture import BodySpool, Fetched, fetch_capture
from pipeline.net.bodies import DRAIN_LIMIT
from pipeline.net.fetcher import Fetcher

ARTICLE = render(ARTICLES[2], "semantic")[0].encode()
MOVED = b"<html><body>Moved <a href='/moved-once'>here</a></body></html>"
BIG = bytes(range(256)) * 800  # 204,800 bytes, sent as they are
FOUND_GZ = gzip.compress(b"<html><body>Found it elsewhere.</body></html>", mtime=0)


def routes() -> dict:
    return {
        "/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
        "/old": lambda h: h.send(301, MOVED, {"Location": "/moved-once"}),
        "/moved-once": lambda h: h.send(302, FOUND_GZ, {"Location": "/article", "Content-Encoding": "gzip"}),
        "/article": lambda h: h.send(200, gzip.compress(ARTICLE, mtime=0), {"Content-Encoding": "gzip"}),
        "/huge": lambda h: h.send(200, gzip.compress(b"<p>" + b"all work and no play " * 20_000 + b"</p>"),
                                  {"Content-Encoding": "gzip"}),
        "/big-plain": lambda h: h.send(200, BIG, ctype="text/plain"),
        "/long-redirect": lambda h: h.send(302, b"x" * (DRAIN_LIMIT + 5000), {"Location": "/article"}),
    }


@pytest.fixture(autouse=True, params=["in memory", "spilled to a file"])
def spool_kind(request, monkeypatch):
    """Every test here runs with the body held in memory and again with it spilled to the spool folder."""
    if request.param == "spilled to a file":
        monkeypatch.setattr(capture_module, "SPOOL_IN_MEMORY", 0)
    return request.param


def test_a_spool_holds_a_small_body_in_memory_and_spills_a_large_one(tmp_path):
    small, large = BodySpool(tmp_path / "small", in_memory=10), BodySpool(tmp_path / "large", in_memory=10)
    for spool, chunks in ((small, [b"first", b"+"]), (large, [b"first", b"+", b"second part"])):
        for chunk in chunks:
            spool.write(chunk)
    assert small.path is None and small.data == b"first+" and not (tmp_path / "small").exists()
    assert large.path is not None and large.data is None
    # a retry after part of a body had arrived: only the last attempt's bytes are the answer
    assert small.finish(1) == warc.sha1_digest(hashlib.sha1(b"+"))
    assert large.finish(6) == warc.sha1_digest(hashlib.sha1(b"d part"))
    assert small.data == b"+" and large.path.read_bytes() == b"d part"
    large.discard()
    assert not list((tmp_path / "large").iterdir())


def test_a_spilled_body_written_batch_by_batch_keeps_its_bytes_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(capture_module, "SPOOL_BATCH", 7)  # many batches, more than two waiting at times
    chunks = [bytes([65 + i % 26]) * (i % 5 + 1) for i in range(400)]
    spools = [BodySpool(tmp_path / "a", in_memory=10), BodySpool(tmp_path / "b", in_memory=10)]
    for chunk in chunks:  # two bodies at once through the one writer thread
        for spool in spools:
            spool.write(chunk)
    body = b"".join(chunks)
    assert spools[0].finish(len(body)) == warc.sha1_digest(hashlib.sha1(body))
    assert spools[0].path is not None and spools[0].path.read_bytes() == body
    spools[1].discard()  # given up half-way (a fault of the fetch): its file goes
    assert not list((tmp_path / "b").iterdir())


def capture(url: str, spool: Path, max_bytes: int = 1_000_000) -> Fetched:
    async def go() -> Fetched:
        async with Fetcher(fast_http()) as fetcher:
            return await fetch_capture(fetcher, url, spool, max_bytes=max_bytes)
    return asyncio.run(go())


def write(fetched: Fetched, folder: Path) -> Path:
    writer = warc.WarcWriter(folder, make_id=ids())
    try:
        written = writer.write_capture(fetched.exchanges)
    finally:
        writer.close()
        fetched.discard()
    return folder / written[0].file


def responses(path: Path) -> list[tuple[str, dict[str, str], bytes, str | None]]:
    """(target URI, HTTP headers, stored payload as received, WARC-Truncated) of every response record."""
    out = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                headers = {k.lower(): v for k, v in record.http_headers.headers}
                out.append((record.rec_headers.get_header("WARC-Target-URI"), headers, record.raw_stream.read(),
                            record.rec_headers.get_header("WARC-Truncated")))
    return out


def test_redirect_bodies_and_encoded_bodies_are_stored_as_received(tmp_path):
    with LoopbackServer(routes()) as srv:
        path = write(capture(srv.url("/old"), tmp_path / "spool"), tmp_path / "warc")
    got = responses(path)
    assert [uri for uri, *_ in got] == [srv.url("/old"), srv.url("/moved-once"), srv.url("/article")]
    bodies = [body for _, _, body, _ in got]
    assert bodies == [MOVED, FOUND_GZ, gzip.compress(ARTICLE, mtime=0)]  # gzip stays gzip, byte for byte
    for _, headers, body, truncated in got:
        assert int(headers["content-length"]) == len(body) and truncated is None
    assert got[1][1]["content-encoding"] == "gzip" and got[2][1]["content-encoding"] == "gzip"
    assert warcread.verify_warc(path) == []
    assert_warcio_check_passes(path)


def test_a_body_over_the_cap_is_kept_cut_and_marked_truncated(tmp_path):
    cap = 50_000  # decoded bytes
    with LoopbackServer(routes()) as srv:
        fetched = capture(srv.url("/big-plain"), tmp_path / "spool", max_bytes=cap)
        assert fetched.error is None and fetched.final is not None and fetched.final.truncated
        path = write(fetched, tmp_path / "warc")
    [(_, headers, body, truncated)] = responses(path)
    assert truncated == "length"
    assert len(body) == cap < int(headers["content-length"]) == len(BIG)  # the headers say what the server sent
    assert BIG.startswith(body)
    assert warcread.verify_warc(path) == []  # the digests are of the bytes stored
    assert_warcio_check_passes(path)


def test_a_small_gzip_of_a_large_page_is_whole_in_the_record(tmp_path):
    # the cap counts decoded bytes, so the text is cut; but every byte sent is stored: no WARC-Truncated
    with LoopbackServer(routes()) as srv:
        fetched = capture(srv.url("/huge"), tmp_path / "spool", max_bytes=50_000)
        assert not fetched.result.complete and fetched.final is not None and not fetched.final.truncated
        path = write(fetched, tmp_path / "warc")
    [(_, headers, body, truncated)] = responses(path)
    assert truncated is None and len(body) == int(headers["content-length"])
    assert gzip.decompress(body).count(b"all work and no play") == 20_000
    assert_warcio_check_passes(path)


def test_a_long_redirect_body_is_cut_at_the_limit_and_marked(tmp_path):
    with LoopbackServer(routes()) as srv:
        path = write(capture(srv.url("/long-redirect"), tmp_path / "spool"), tmp_path / "warc")
    got = responses(path)
    assert [(len(body), truncated) for _, _, body, truncated in got] == [
        (DRAIN_LIMIT, "length"), (len(gzip.compress(ARTICLE, mtime=0)), None)]
    assert_warcio_check_passes(path)


def test_the_archive_stage_keeps_a_long_page_cut_notes_it_and_verify_still_passes(tmp_path):
    from archiveworld import make_config, run_archive, write_events

    from pipeline.audit.verify import verify_archive
    from pipeline.db import captures, open_database
    from pipeline.extract import stage as extract

    long_page = ("<html><head><title>Budget hearing transcript</title></head><body>"
                 + "".join(f"<p>Speaker {i} said the transit budget needs another review of bus routes.</p>"
                           for i in range(3000)) + "</body></html>").encode()
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
                         "/transcript": lambda h: h.send(200, long_page)}) as srv:
        write_events(tmp_path / "events", [srv.url("/transcript")])
        config = make_config(tmp_path, process_pool=0, max_body_bytes=50_000)
        db = open_database(config.paths.database)
        extract.run(db, config)
        assert run_archive(db, config).captured == 1
    [row] = captures.captures_of(db)
    assert "only the first 50000 bytes (decoded) were read" in row.text_reason
    assert "WARC-Truncated: length" in row.text_reason
    [(_, headers, body, truncated)] = responses(tmp_path / "archive" / "warc" / row.warc_file)
    assert truncated == "length" and long_page.startswith(body) and len(body) == 50_000
    assert verify_archive(db, config.paths.archive).problems == []
    db.close()


CAP = 200_000  # archive.max_body_bytes of the stage tests below (decoded bytes)


def transcript(speakers: int) -> bytes:
    """A long page of numbered paragraphs, so that a copy shows which part of the page its text came from."""
    return ("<html><head><title>Budget hearing transcript</title></head><body>"
            + "".join(f"<p>Speaker {i} said the transit budget needs another review of bus routes.</p>"
                      for i in range(speakers)) + "</body></html>").encode()


def bomb_like() -> bytes:
    """A gzip body: a transcript past the cap, then 100 MB of spaces (about 100 kB compressed)."""
    if not hasattr(bomb_like, "data"):
        z = zlib.compressobj(6, zlib.DEFLATED, 31)
        parts = [z.compress(transcript(4000)[:-len(b"</body></html>")])]
        parts += [z.compress(b" " * (1 << 20)) for _ in range(100)]
        bomb_like.data = b"".join(parts) + z.compress(b"</body></html>") + z.flush()  # type: ignore[attr-defined]
    return bomb_like.data  # type: ignore[attr-defined]


OVER_CAP_ROUTES = {
    # one byte more than the cap, announced by its Content-Length
    "plain": lambda h: h.send(200, transcript(4000)[:CAP + 1]),
    # a small gzip (a few kilobytes, all received) that inflates to 600 kB
    "small gzip": lambda h: h.send(200, gzip.compress(transcript(7500), mtime=0), {"Content-Encoding": "gzip"}),
    # a gzip whose bytes go on arriving long after the cap is reached
    "bomb-like gzip": lambda h: h.send(200, bomb_like(), {"Content-Encoding": "gzip"}),
    # no Content-Length, never ends
    "endless": HOSTILE_ROUTES["/endless"],
}


def warcio_payload(path: Path, offset: int) -> bytes:
    """What an auditor's ``warcio extract --payload FILE OFFSET`` prints (docs/archive.md, step 2)."""
    done = subprocess.run([sys.executable, "-m", "warcio.cli", "extract", "--payload", str(path), str(offset)],
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("kind", list(OVER_CAP_ROUTES))
def test_a_body_over_the_cap_is_captured_with_text_from_its_kept_part_and_an_auditable_hash(tmp_path, kind):
    from archiveworld import make_config, run_archive, write_events

    from pipeline.archive import copies
    from pipeline.audit.verify import verify_archive
    from pipeline.db import captures, open_database
    from pipeline.extract import stage as extract
    from pipeline.models import TextStatus

    bomb_like()  # built before the server answers: building it takes seconds on a loaded machine
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
                         "/page": OVER_CAP_ROUTES[kind]}) as srv:
        write_events(tmp_path / "events", [srv.url("/page")])
        config = make_config(tmp_path, process_pool=0, max_body_bytes=CAP)
        # inflating the bomb-like body up to the cap can take a loaded machine longer than the quick tests' 2 s
        config = dataclasses.replace(config, http=dataclasses.replace(config.http, total_timeout_s=60, read_timeout_s=30))
        db = open_database(config.paths.database)
        extract.run(db, config)
        assert run_archive(db, config).captured == 1
    [row] = captures.captures_of(db)
    folder = tmp_path / "archive" / "warc"
    [(_, headers, stored, truncated)] = responses(folder / row.warc_file)
    # the record holds what was read, no more than the cap, and says so when bytes the server sent are missing
    assert len(stored) <= CAP
    missing = "content-length" not in headers or len(stored) < int(headers["content-length"])
    assert truncated == ("length" if missing else None)
    # the text comes from the first CAP decoded bytes, and the capture and its copy say it was cut
    assert row.text_status is TextStatus.OK, row.text_reason
    assert f"only the first {CAP} bytes (decoded) were read" in row.text_reason
    assert "the text is cut there" in row.text_reason
    assert ("WARC-Truncated: length" in row.text_reason) is missing
    copy = tmp_path / "archive" / row.copy_path
    assert copies.read_front_matter(copy)["extraction_note"] == row.text_reason
    text = copy.read_text(encoding="utf-8")
    payload = warcio_payload(folder / row.warc_file, row.warc_offset)
    kept = payload[:CAP].decode()
    if kind == "endless":
        assert text.count("all work and no play") <= kept.count("all work and no play")
    else:
        said = [int(n) for n in re.findall(r"Speaker (\d+) said", text)]
        assert said and said[0] == 0 and f"Speaker {said[-1]} said" in kept
        assert f"Speaker {said[-1] + 2} said" not in kept  # up to the end of what was kept
    # body_sha256 is what the auditor's documented command computes, in the database and the copy
    assert row.body_sha256 == hashlib.sha256(payload).hexdigest()
    assert copies.read_front_matter(copy)["body_sha256"] == row.body_sha256
    assert verify_archive(db, config.paths.archive).problems == []
    db.close()
