"""WARC files (ISO 28500): appending raw captures (reading them back: :mod:`pipeline.archive.warcread`).

A capture is one or more HTTP *exchanges* (a request and its response; one per
redirect hop). :class:`WarcWriter` appends each exchange as a ``response``
record followed by its ``request`` record (``WARC-Concurrent-To`` links them),
or, when the final response's payload is byte-identical to an earlier
capture, as a ``revisit`` record (profile *identical-payload-digest*) that
names the original (``WARC-Refers-To``/``-Target-URI``/``-Date``).

Layout: ``<archive>/warc/<prefix>-<YYYYMMDD>-<NNNNN>.warc.gz``, one gzip
member per record (so a reader can seek to any record), a ``warcinfo``
record at the start of each file. A new file starts when the UTC day changes
(``rotate_daily``) or the current file has reached ``max_file_bytes``.

Bodies are stored as received, after transfer decoding only: httpx hands us
de-chunked bytes, so a ``Transfer-Encoding`` header is kept under the name
``X-Archive-Orig-Transfer-Encoding``; ``Content-Encoding`` (gzip…) is kept and
the body stays encoded, as it came over the wire. That holds for redirect
responses too: their (small) bodies are kept, so a record's headers
(``Content-Length``) and bytes agree and a replay tool can serve the hop. A
body cut short by the size cap is stored as far as it was read, and the record
says so with ``WARC-Truncated: length``; the HTTP headers
still announce the full size, as the server sent them. ``WARC-Payload-Digest``
is the SHA-1 (base32) of exactly the stored bytes; ``WARC-Block-Digest``
covers the HTTP headers and the body.

Compression: each record is its own gzip member at the cheapest level that
keeps the file a valid ``.warc.gz`` (:mod:`pipeline.archive.gzipmember`): zlib level 1 for
records whose bytes compress (HTML, headers), level 0 (stored deflate blocks,
still gzip) for a body already compressed on the wire (``Content-Encoding``) or
by its format (images, video, archives): warcio's own writer compresses at level
9, which costs 20-35 ms of CPU per MB and gains nothing on gzip-encoded bodies.

Durability: every capture is flushed and ``fsync``-ed before
:meth:`WarcWriter.write_capture` returns, so a database row written after it
never points at an incomplete record. A process killed while writing leaves
at most one incomplete gzip member at the end of the newest file;
:meth:`WarcWriter.open` cuts it off (:func:`repair_tail`) before appending.
Until then, reading (:mod:`pipeline.archive.warcread`) stops there with
``IncompleteRecord``, naming the file and offset; a record warcio cannot parse
is a :class:`WarcError` too, never warcio's own exception.

Record ids and dates are injected (``make_id``, the exchange's
``fetched_at``), so output is byte-for-byte deterministic in tests.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..models import RecordType
from ..safefiles import open_append
from .gzipmember import ZLIB_LEVEL, GzipMember, compression_level
from .warcread import WarcError, repair_tail, sha1_digest

__all__ = [
    "Exchange",
    "Original",
    "WarcError",
    "WarcWriter",
    "WrittenRecord",
    "fsync_file",
    "new_record_id",
    "sha1_digest",
    "warc_date",
]

_FILE_RX = re.compile(r"^(?P<prefix>[A-Za-z0-9_.-]+)-(?P<day>\d{8})-(?P<serial>\d{5})\.warc\.gz$")


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(iso: str) -> str:
    """``2025-03-18T12:00:00Z`` (our ``*_at`` form, possibly with micro/offset) as a WARC-Date."""
    text = iso.strip().replace("+00:00", "Z")
    if not text.endswith("Z"):
        text += "Z"
    return text[:19] + "Z" if len(text) > 20 and "." in text else text


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and the response it got (one hop of a redirect chain)."""

    url: str
    fetched_at: str  # UTC ISO; becomes WARC-Date
    method: str
    request_headers: Sequence[tuple[str, str]]
    http_version: str  # as received, e.g. "HTTP/1.1"
    status: int
    reason: str
    response_headers: Sequence[tuple[str, str]]  # as received, in order, repeats kept
    body_path: Path | None  # the body as received (content-encoded); None = ``inline_body``
    body_length: int
    payload_digest: str  # sha1_digest() of the body bytes
    ip_address: str | None = None
    inline_body: bytes = b""  # a small body held in memory (a redirect's, a small page's), used when body_path is None
    truncated: bool = False  # the body was cut (size cap): the record says ``WARC-Truncated: length``


@dataclass(frozen=True, slots=True)
class Original:
    """An earlier response record with the same payload digest (the target of a revisit)."""

    record_id: str
    target_uri: str
    date: str


@dataclass(frozen=True, slots=True)
class WrittenRecord:
    record_id: str
    record_type: RecordType
    target_uri: str
    file: str  # file name inside the WARC folder
    offset: int
    length: int


class WarcWriter:
    """Appends captures to rotating, gzip-per-record WARC files in ``folder``."""

    def __init__(self, folder: Path, *, prefix: str = "sourcevault", max_file_bytes: int = 1_000_000_000,
                 rotate_daily: bool = True, make_id: Callable[[], str] = new_record_id,
                 software: str = "sourcevault") -> None:
        if not re.fullmatch(r"[A-Za-z0-9_.]+", prefix):
            raise WarcError(f"WARC file prefix {prefix!r} must be letters, digits, '_' or '.'")
        self.folder = Path(folder)
        self.prefix = prefix
        self.max_file_bytes = max_file_bytes
        self.rotate_daily = rotate_daily
        self.make_id = make_id
        self.software = software
        self._fh: io.BufferedWriter | None = None
        self._name: str | None = None
        self._writer: WARCWriter | None = None

    # -- files -----------------------------------------------------------------

    def files(self) -> list[str]:
        """Our WARC files in the folder, oldest first."""
        if not self.folder.is_dir():
            return []
        return sorted(n for n in os.listdir(self.folder)
                      if (m := _FILE_RX.match(n)) and m["prefix"] == self.prefix)

    def open(self, known_good: dict[str, int] | None = None) -> int:
        """Prepare for appending: cut an incomplete last record off the newest file.

        ``known_good`` maps file names to an offset known to end a complete record
        (from the database), so the check starts there instead of at byte 0.
        Returns the number of bytes cut off.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        existing = self.files()
        if not existing:
            return 0
        newest = existing[-1]
        start = (known_good or {}).get(newest, 0)
        return repair_tail(self.folder / newest, start)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = self._writer = self._name = None

    def __enter__(self) -> WarcWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _file_for(self, date: str) -> tuple[str, io.BufferedWriter, list[WrittenRecord]]:
        """The file to append to for a capture at ``date`` (a WARC-Date), rotating as configured."""
        day = date[:10].replace("-", "")
        written: list[WrittenRecord] = []
        if self._fh is not None and self._name is not None:
            same_day = not self.rotate_daily or _FILE_RX.match(self._name)["day"] == day  # type: ignore[index]
            if same_day and self._fh.tell() < self.max_file_bytes:
                return self._name, self._fh, written
            self.close()
        existing = self.files()
        if existing:
            last = existing[-1]
            m = _FILE_RX.match(last)
            assert m
            size = (self.folder / last).stat().st_size
            if (not self.rotate_daily or m["day"] == day) and size < self.max_file_bytes:
                self._open_file(last)
                return last, self._fh, written  # type: ignore[return-value]
            serial = int(m["serial"]) + 1 if m["day"] == day else 0
        else:
            serial = 0
        name = f"{self.prefix}-{day}-{serial:05d}.warc.gz"
        while (self.folder / name).exists():  # another prefix user or a clock step back
            serial += 1
            name = f"{self.prefix}-{day}-{serial:05d}.warc.gz"
        self._open_file(name)
        written.append(self._write_warcinfo(name, date))
        _fsync_dir(self.folder)
        return name, self._fh, written  # type: ignore[return-value]

    def _open_file(self, name: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._fh = open_append(self.folder / name, self.folder)  # never through a link
        self._name = name
        self._writer = WARCWriter(self._fh, gzip=False)  # each record a gzip member of ours (GzipMember)

    def _write_warcinfo(self, name: str, date: str) -> WrittenRecord:
        assert self._writer is not None
        info = {"software": self.software, "format": "WARC File Format 1.0",
                "conformsTo": "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
                "robots": "obey", "description": "sourcevault captures of cited sources"}
        body = "".join(f"{k}: {v}\r\n" for k, v in info.items()).encode("utf-8")
        record_id = self.make_id()
        record = self._writer.create_warc_record(
            "", "warcinfo", payload=io.BytesIO(body), length=len(body),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": date, "WARC-Filename": name})
        return self._append(record, record_id, RecordType.WARCINFO, "")

    # -- writing -----------------------------------------------------------------

    def write_capture(self, exchanges: Sequence[Exchange],
                      revisit_of: Original | None = None, *, sync: bool = True) -> list[WrittenRecord]:
        """Append every exchange (the last one as a revisit if ``revisit_of``), then fsync.

        With ``sync=False`` the records are only flushed to the OS: the caller
        fsyncs the file itself (outside its lock, so that the fsyncs of
        captures written one after another overlap) before relying on them.

        Returns the records written, in order: for each exchange its response
        (or revisit) record, then its request record. A new file's warcinfo
        record comes first when the capture starts one.
        """
        if not exchanges:
            raise ValueError("a capture needs at least one exchange")
        date = warc_date(exchanges[0].fetched_at)
        name, fh, written = self._file_for(date)
        try:
            for i, ex in enumerate(exchanges):
                last = i == len(exchanges) - 1
                written += self._write_exchange(ex, revisit_of if last else None)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        except OSError as exc:
            self.close()
            raise WarcError(f"{self.folder / name}: cannot write: {exc.strerror or exc}") from None
        return written

    def _write_exchange(self, ex: Exchange, revisit_of: Original | None) -> list[WrittenRecord]:
        assert self._writer is not None
        date = warc_date(ex.fetched_at)
        response_id, request_id = self.make_id(), self.make_id()
        http_headers = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), _stored_headers(ex.response_headers),
                                        protocol=ex.http_version or "HTTP/1.1")
        common = {"WARC-Date": date}
        if ex.ip_address:
            common["WARC-IP-Address"] = ex.ip_address
        extra = {"WARC-Truncated": "length"} if ex.truncated else {}
        if revisit_of is not None:
            record = self._writer.create_revisit_record(
                ex.url, ex.payload_digest, revisit_of.target_uri, revisit_of.date, http_headers=http_headers,
                warc_headers_dict={"WARC-Record-ID": response_id, **common,
                                   "WARC-Refers-To": revisit_of.record_id})
            out = [self._append(record, response_id, RecordType.REVISIT, ex.url, ZLIB_LEVEL)]
        else:
            body = open(ex.body_path, "rb") if ex.body_path else io.BytesIO(ex.inline_body)
            try:
                record = self._writer.create_warc_record(
                    ex.url, "response", payload=body, length=ex.body_length, http_headers=http_headers,
                    warc_headers_dict={"WARC-Record-ID": response_id, **common,
                                       "WARC-Payload-Digest": ex.payload_digest, **extra})
                out = [self._append(record, response_id, RecordType.RESPONSE, ex.url,
                                    compression_level(ex.response_headers))]
            finally:
                body.close()
        parts = urlsplit(ex.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = StatusAndHeaders(f"{ex.method} {target} HTTP/1.1", list(ex.request_headers),
                                           is_http_request=True)
        record = self._writer.create_warc_record(
            ex.url, "request", http_headers=request_headers,
            warc_headers_dict={"WARC-Record-ID": request_id, **common, "WARC-Concurrent-To": response_id})
        out.append(self._append(record, request_id, RecordType.REQUEST, ex.url))
        return out

    def _append(self, record: object, record_id: str, record_type: RecordType, uri: str,
                level: int = ZLIB_LEVEL) -> WrittenRecord:
        assert self._fh is not None and self._writer is not None and self._name is not None
        start = self._fh.tell()
        self._writer.out = GzipMember(self._fh, level)  # warcio writes the record through it, then flushes
        self._writer.write_record(record)
        return WrittenRecord(record_id, record_type, uri, self._name, start, self._fh.tell() - start)


def _stored_headers(headers: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Response headers as stored: the body is de-chunked, so Transfer-Encoding is renamed."""
    out = []
    for name, value in headers:
        if name.lower() == "transfer-encoding":
            name = "X-Archive-Orig-Transfer-Encoding"
        out.append((name, value))
    return out


def fsync_file(path: Path) -> None:
    """Flush ``path`` (a WARC file, or their folder) to disk; a :class:`WarcError` naming it when that fails."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        raise WarcError(f"{path}: cannot open to sync: {exc.strerror or exc}") from None
    try:
        os.fsync(fd)
    except OSError as exc:
        raise WarcError(f"{path}: cannot sync: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Best effort: a folder some file systems cannot sync still holds its files."""
    with contextlib.suppress(WarcError):
        fsync_file(folder)
