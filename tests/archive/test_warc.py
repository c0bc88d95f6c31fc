"""WARC writing and reading: records, digests, revisits, rotation, repair of a torn tail."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import random
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import warc, warcread

BODY = b"<html><body><p>The council voted 9 to 4.</p></body></html>"


def ids():
    counter = itertools.count(1)
    return lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"


def exchange(tmp_path: Path, url: str, body: bytes = BODY, status: int = 200, when: str = "2025-03-18T12:00:00Z",
             headers=(("Content-Type", "text/html; charset=utf-8"),)) -> warc.Exchange:
    path = tmp_path / f"body-{hashlib.md5(url.encode() + body).hexdigest()}"
    path.write_bytes(body)
    return warc.Exchange(url, when, "GET", (("Host", "news.test"), ("User-Agent", "sourcevault-test")),
                         "HTTP/1.1", status, "OK" if status == 200 else "Moved Permanently", tuple(headers),
                         path, len(body), warc.sha1_digest(hashlib.sha1(body)))


def test_capture_reads_back_with_valid_digests_and_linked_records(tmp_path):
    w = warc.WarcWriter(tmp_path / "warc", make_id=ids())
    w.open()
    hop = exchange(tmp_path, "http://news.test/old", b"", 301, headers=(("Location", "/new"),))
    final = exchange(tmp_path, "http://news.test/new")
    written = w.write_capture([hop, final])
    w.close()
    assert [r.record_type for r in written] == ["warcinfo", "response", "request", "response", "request"]
    path = tmp_path / "warc" / written[0].file
    assert path.name == "sourcevault-20250318-00000.warc.gz"
    infos = list(warcread.iter_records(path))
    assert [(i.record_type, i.target_uri) for i in infos] == [
        ("warcinfo", ""), ("response", "http://news.test/old"), ("request", "http://news.test/old"),
        ("response", "http://news.test/new"), ("request", "http://news.test/new")]
    assert all(i.digest_ok for i in infos)
    assert [(i.offset, i.length) for i in infos] == [(r.offset, r.length) for r in written]
    assert warcread.verify_warc(path) == []
    assert warcread.read_payload(path, written[3].offset) == BODY
    with open(path, "rb") as fh:
        records = {r.rec_headers.get_header("WARC-Record-ID"): r.rec_headers for r in ArchiveIterator(fh)}
    request = records[written[4].record_id]
    assert request.get_header("WARC-Concurrent-To") == written[3].record_id
    assert request.get_header("WARC-Date") == "2025-03-18T12:00:00Z"
    response = records[written[3].record_id]
    assert response.get_header("WARC-Payload-Digest") == final.payload_digest
    assert response.get_header("WARC-Block-Digest", "").startswith("sha1:")


def test_each_record_is_its_own_gzip_member(tmp_path):
    w = warc.WarcWriter(tmp_path, make_id=ids())
    written = w.write_capture([exchange(tmp_path, "http://news.test/a")])
    w.close()
    data = (tmp_path / written[0].file).read_bytes()
    for r in written:
        member = gzip.decompress(data[r.offset:r.offset + r.length])
        assert member.startswith(b"WARC/1.0\r\n")


def test_output_is_deterministic_with_injected_ids_and_dates(tmp_path):
    outputs = []
    for run in ("one", "two"):
        folder = tmp_path / run
        w = warc.WarcWriter(folder, make_id=ids())
        w.write_capture([exchange(tmp_path, "http://news.test/a")])
        w.close()
        outputs.append((folder / w.files()[0]).read_bytes())
    assert outputs[0] == outputs[1]


def write_revisit_pair(tmp_path):
    """A capture of http://a.test/story, then one of the same payload at http://b.test/copy: its revisit."""
    w = warc.WarcWriter(tmp_path, make_id=ids())
    first = w.write_capture([exchange(tmp_path, "http://a.test/story")])
    original = warc.Original(first[1].record_id, "http://a.test/story", "2025-03-18T12:00:00Z")
    second = w.write_capture([exchange(tmp_path, "http://b.test/copy", when="2025-03-18T12:05:00Z")],
                             revisit_of=original)
    w.close()
    return first, second


def test_revisit_record_refers_to_the_original(tmp_path):
    first, second = write_revisit_pair(tmp_path)
    assert [r.record_type for r in second] == ["revisit", "request"]
    path = tmp_path / first[0].file
    revisit = next(i for i in warcread.iter_records(path) if i.record_type == "revisit")
    assert revisit.refers_to == first[1].record_id
    assert revisit.payload_digest == warc.sha1_digest(hashlib.sha1(BODY))
    with open(path, "rb") as fh:
        fh.seek(second[0].offset)
        headers = next(iter(ArchiveIterator(fh))).rec_headers
    assert headers.get_header("WARC-Refers-To-Target-URI") == "http://a.test/story"
    assert headers.get_header("WARC-Profile").endswith("/revisit/identical-payload-digest")
    with open(path, "rb") as fh:
        fh.seek(second[0].offset)
        assert next(iter(ArchiveIterator(fh))).content_stream().read() == b""  # headers only, no body


def test_transfer_encoding_is_renamed_because_the_body_is_stored_dechunked(tmp_path):
    w = warc.WarcWriter(tmp_path, make_id=ids())
    written = w.write_capture([exchange(tmp_path, "http://a.test/", headers=(
        ("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")))])
    w.close()
    with open(tmp_path / written[0].file, "rb") as fh:
        fh.seek(written[1].offset)
        record = next(iter(ArchiveIterator(fh)))
        assert record.http_headers.get_header("Transfer-Encoding") is None
        assert record.http_headers.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
        assert record.content_stream().read() == BODY


def test_rotation_by_day_and_by_size(tmp_path):
    w = warc.WarcWriter(tmp_path, make_id=ids(), max_file_bytes=100_000)
    w.write_capture([exchange(tmp_path, "http://a.test/1", when="2025-03-18T23:59:59Z")])
    w.write_capture([exchange(tmp_path, "http://a.test/2", when="2025-03-19T00:00:01Z")])
    w.close()
    assert w.files() == ["sourcevault-20250318-00000.warc.gz", "sourcevault-20250319-00000.warc.gz"]
    small = warc.WarcWriter(tmp_path / "small", make_id=ids(), max_file_bytes=100_000, rotate_daily=False)
    big = random.Random(1).randbytes(150_000)  # incompressible: passes 100 kB in one record
    small.write_capture([exchange(tmp_path, "http://a.test/big", big)])
    small.write_capture([exchange(tmp_path, "http://a.test/next")])
    small.close()
    assert small.files() == ["sourcevault-20250318-00000.warc.gz", "sourcevault-20250318-00001.warc.gz"]
    # a new writer appends to the newest file while it has room and is of the same day
    again = warc.WarcWriter(tmp_path / "small", make_id=ids(), max_file_bytes=100_000, rotate_daily=False)
    again.write_capture([exchange(tmp_path, "http://a.test/more")])
    again.close()
    assert again.files() == small.files()


@pytest.mark.parametrize("cut", [1, 10, 200])
def test_open_cuts_off_a_torn_last_record(tmp_path, cut):
    w = warc.WarcWriter(tmp_path, make_id=ids())
    written = w.write_capture([exchange(tmp_path, "http://a.test/1")])
    second = w.write_capture([exchange(tmp_path, "http://a.test/2")])
    w.close()
    path = tmp_path / written[0].file
    data = path.read_bytes()
    torn = second[0].offset + min(cut, second[0].length - 1)
    path.write_bytes(data[:torn])  # killed while writing the second capture's first record
    fresh = warc.WarcWriter(tmp_path, make_id=ids())
    assert fresh.open() == torn - second[0].offset
    assert path.stat().st_size == second[0].offset
    assert warcread.verify_warc(path) == []
    fresh.write_capture([exchange(tmp_path, "http://a.test/3")])
    fresh.close()
    assert [i.target_uri for i in warcread.iter_records(path) if i.record_type == "response"] == [
        "http://a.test/1", "http://a.test/3"]
    assert warcread.verify_warc(path) == []


def one_capture(tmp_path: Path) -> tuple[Path, list[warc.WrittenRecord]]:
    """A WARC file holding one capture of http://a.test/1, and its records."""
    w = warc.WarcWriter(tmp_path, make_id=ids())
    written = w.write_capture([exchange(tmp_path, "http://a.test/1")])
    w.close()
    return tmp_path / written[0].file, written


def append(path: Path, data: bytes) -> None:
    with open(path, "ab") as fh:
        fh.write(data)


def test_repair_from_a_known_good_offset_and_of_garbage(tmp_path):
    path, written = one_capture(tmp_path)
    end = path.stat().st_size
    append(path, b"\x00" * 512)  # zeros after a crash (file extended, data never written)
    assert warcread.repair_tail(path, written[-1].offset) == 512
    assert path.stat().st_size == end
    assert warcread.repair_tail(path, 0) == 0


def test_a_corrupted_body_fails_the_digest_check(tmp_path):
    w = warc.WarcWriter(tmp_path, make_id=ids())
    ex = exchange(tmp_path, "http://a.test/1")
    bad = warc.Exchange(**{**{f: getattr(ex, f) for f in ex.__slots__},
                           "payload_digest": warc.sha1_digest(hashlib.sha1(b"something else"))})
    written = w.write_capture([bad])
    w.close()
    problems = warcread.verify_warc(tmp_path / written[0].file)
    assert len(problems) == 1 and "digest" in problems[0]


def test_a_torn_last_record_is_named_with_its_offset_wherever_the_write_stopped(tmp_path):
    path, written = one_capture(tmp_path)
    data = path.read_bytes()
    member = data[written[1].offset:written[1].offset + written[1].length]
    for cut in range(1, len(member)):  # in the gzip header, the WARC headers, the block, the gzip trailer
        path.write_bytes(data + member[:cut])
        problems = warcread.verify_warc(path)
        assert len(problems) == 1 and problems[0].startswith(f"{path.name}: "), (cut, problems)
        assert f"offset {len(data)}" in problems[0], (cut, problems)
        with pytest.raises(warcread.IncompleteRecord):
            list(warcread.iter_records(path, check_digests=False))
        assert warcread.repair_tail(path, written[-1].offset) == cut
        assert warcread.verify_warc(path) == []


def warc_member(headers: bytes, block: bytes = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") -> bytes:
    return gzip.compress(b"WARC/1.0\r\n" + headers + b"\r\n" + block + b"\r\n\r\n")


DATE_AND_ID = b"WARC-Date: 2025-03-18T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000ffff>\r\n"


NO_TARGET_URI = warc_member(b"WARC-Type: response\r\n" + DATE_AND_ID + b"Content-Length: 44\r\n")


@pytest.mark.parametrize("member", [
    gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + b"filler " * 40),  # no Target-URI, no Content-Length
    NO_TARGET_URI,
    warc_member(b"WARC-Type: response\r\nWARC-Target-URI: http://a.test/x\r\n" + DATE_AND_ID),  # no Content-Length
    warc_member(b"WARC-Type: response\r\nWARC-Target-URI: http://a.test/x\r\n" + DATE_AND_ID
                + b"Content-Length: 4000\r\n"),  # a whole gzip member, but its block is cut short
    gzip.compress(b"no WARC record at all\r\n"),
], ids=["no-uri-no-length", "no-uri", "no-length", "short-block", "not-warc"])
def test_a_whole_member_that_is_no_complete_record_is_named_and_cut(tmp_path, member):
    path, written = one_capture(tmp_path)
    end = path.stat().st_size
    append(path, member)
    (problem,) = warcread.verify_warc(path)
    assert problem.startswith(f"{path.name}: ") and f"offset {end}" in problem
    assert warcread.repair_tail(path, written[-1].offset) == len(member)
    assert warcread.verify_warc(path) == []


def test_a_record_whose_digest_is_present_but_not_checked_is_a_problem(tmp_path):
    path, written = one_capture(tmp_path)
    end = path.stat().st_size
    append(path, warc_member(  # a segmented record: readers do not check its payload digest
        b"WARC-Type: response\r\nWARC-Target-URI: http://a.test/x\r\n" + DATE_AND_ID
        + b"WARC-Segment-Number: 1\r\nWARC-Payload-Digest: sha1:AAAA\r\nContent-Length: 44\r\n"))
    (problem,) = warcread.verify_warc(path)
    assert problem.startswith(f"{path.name} @{end} ")
    assert not warcread.record_at(path, end).ok


def test_reading_the_payload_of_a_malformed_record_names_file_and_offset(tmp_path):
    path = tmp_path / "sourcevault-20250318-00000.warc.gz"
    path.write_bytes(NO_TARGET_URI)
    with pytest.raises(warc.WarcError, match=f"^{path.name}: .*offset 0"):
        warcread.read_payload(path, 0)


def test_a_revisit_whose_stored_headers_were_altered_fails_its_block_digest(tmp_path):
    """warcio checks no digest of a revisit; its WARC-Block-Digest (over the HTTP headers it keeps) is ours to check."""
    first, second = write_revisit_pair(tmp_path)
    path = tmp_path / first[0].file
    revisit = next(i for i in warcread.iter_records(path) if i.record_type == "revisit")
    assert revisit.ok and revisit.digest_ok is True  # checked, and it holds
    data = path.read_bytes()
    start, end = second[0].offset, second[0].offset + second[0].length
    record = gzip.decompress(data[start:end])
    altered = record.replace(b"Content-Type: text/html", b"Content-Type: text/plain", 1)
    assert altered != record
    path.write_bytes(data[:start] + gzip.compress(altered) + data[end:])
    revisit = next(i for i in warcread.iter_records(path) if i.record_type == "revisit")
    assert revisit.digest_ok is False and any("block digest failed" in p for p in revisit.problems)
    assert [p for p in warcread.verify_warc(path) if f"@{start} " in p]
