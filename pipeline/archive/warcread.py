"""Reading WARC files back (ISO 28500): every record with its digests checked, one record's payload, the
repair of a file a killed write left with a torn last record.

The reading half of :mod:`pipeline.archive.warc` (which writes): ``verify``, ``match`` and the text jobs
read records here, a piece at a time, never through warcio's own exceptions: a record warcio cannot parse
is a :class:`WarcError` naming the file and offset, and a record cut short (as a killed write leaves it) an
:class:`IncompleteRecord`.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

__all__ = [
    "HttpPayload",
    "IncompleteRecord",
    "RecordInfo",
    "WarcError",
    "iter_records",
    "payload_sha256",
    "read_http_payload",
    "read_payload",
    "record_at",
    "repair_tail",
    "sha1_digest",
    "verify_warc",
]

_CHUNK = 1 << 16


class WarcError(Exception):
    """A WARC file cannot be written or read; the message names the file."""


class IncompleteRecord(WarcError):
    """A record cut short (as a killed write leaves it); the message names the file and offset."""


def sha1_digest(hasher: hashlib._Hash) -> str:
    """The WARC spelling of a digest: ``sha1:<BASE32>``."""
    return f"{hasher.name}:{base64.b32encode(hasher.digest()).decode('ascii')}"


@dataclass(frozen=True, slots=True)
class RecordInfo:
    """One record as read back, with the result of its digest check."""

    record_id: str
    record_type: str
    target_uri: str
    date: str
    offset: int
    length: int
    payload_digest: str | None
    refers_to: str | None
    digest_ok: bool | None  # None: nothing checked (no digest)
    problems: tuple[str, ...] = field(default=())  # a failed digest, digests that could not be checked

    @property
    def ok(self) -> bool:
        return not self.problems


# -- repair ------------------------------------------------------------------------


def repair_tail(path: Path, start: int = 0) -> int:
    """Cut ``path`` back to its last complete record; return bytes removed.

    Records are read from ``start`` (an offset known to end a complete
    record) the way :func:`iter_records` reads them for ``verify``: the first
    gzip member that does not hold a complete, readable WARC record (cut
    short, corrupt, malformed, or not a record at all) marks the end of the
    good part, so what is kept is what ``verify`` reads.
    """
    path = Path(path)
    size = path.stat().st_size
    good = start if 0 <= start <= size else 0
    try:
        for info in iter_records(path, check_digests=False, start=good):
            good = info.offset + info.length
    except WarcError:
        pass
    if good < size:
        with open(path, "r+b") as fh:
            fh.truncate(good)
            fh.flush()
            os.fsync(fh.fileno())
    return size - good


# -- reading -------------------------------------------------------------------------


def iter_records(path: Path, *, check_digests: bool = True, start: int = 0) -> Iterator[RecordInfo]:
    """Every record of ``path`` (from offset ``start``) with its offset, length and digest verdict.

    Raises :class:`WarcError`, naming the file and the offset, at a record
    that cannot be read (damaged, malformed), at an incomplete record (its
    gzip member or its block cut short, as a killed write leaves it) and at
    trailing bytes that hold no record. A complete record whose digests were
    not checked comes back with a problem, as does one that fails them.
    """
    with open(path, "rb") as fh:
        fh.seek(start)
        it = ArchiveIterator(fh, check_digests=check_digests)
        end = start
        while True:
            try:  # only warcio's own reading: a bug of ours is never taken for damage
                record = next(it, None)
                if record is None:
                    break
                stream = record.content_stream()
                while stream.read(_CHUNK):
                    pass
                offset, length = it.get_record_offset(), it.get_record_length()
            except _DAMAGE as exc:
                if _member_cut(it) and fh.tell() == os.fstat(fh.fileno()).st_size:  # headers cut at the end
                    raise _incomplete(path, it.offset) from None
                raise _unreadable(path, it.offset, exc) from None
            if _cut_short(it, record):
                raise _incomplete(path, offset)
            if record.rec_headers.get_header("Content-Length") is None:
                raise _unreadable(path, offset, "a record without Content-Length")
            end = offset + length
            h = record.rec_headers
            checker = record.digest_checker
            problems = list(checker.problems) if check_digests else []
            digest_ok = checker.passed if check_digests else None
            if check_digests and record.rec_type == "revisit" and h.get_header("WARC-Block-Digest"):
                problem = _revisit_block_problem(path, offset, h.get_header("WARC-Block-Digest"))
                digest_ok = problem is None
                problems += [problem] if problem else []
            elif check_digests and checker.passed is None and (
                    h.get_header("WARC-Block-Digest") or h.get_header("WARC-Payload-Digest")):
                problems.append("its digests could not be checked")
            yield RecordInfo(
                record_id=h.get_header("WARC-Record-ID") or "",
                record_type=record.rec_type,
                target_uri=h.get_header("WARC-Target-URI") or "",
                date=h.get_header("WARC-Date") or "",
                offset=offset,
                length=length,
                payload_digest=h.get_header("WARC-Payload-Digest"),
                refers_to=h.get_header("WARC-Refers-To"),
                digest_ok=digest_ok,
                problems=tuple(problems),
            )
        size = os.fstat(fh.fileno()).st_size
        if end < size:
            raise _incomplete(path, end, f"{size - end} bytes that hold no complete record")


def _revisit_block_problem(path: Path, offset: int, claimed: str) -> str | None:
    """Check a revisit record's ``WARC-Block-Digest`` (over the HTTP headers it keeps), which warcio
    leaves unchecked: None when it holds, else what is wrong, worded as warcio words a failed one."""
    algorithm = claimed.partition(":")[0].lower()
    if algorithm not in hashlib.algorithms_available:
        return f"its block digest could not be checked (algorithm {algorithm!r})"
    digest = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        fh.seek(offset)
        try:  # the raw block: the HTTP headers left unparsed
            stream = next(iter(ArchiveIterator(fh, no_record_parse=True))).raw_stream
            while piece := stream.read(_CHUNK):
                digest.update(piece)
        except _DAMAGE:
            return "its block digest could not be checked (the record cannot be read again)"
    return None if sha1_digest(digest).upper() == claimed.upper() else f"block digest failed: {claimed}"


# What warcio's reader raises on a damaged or malformed record: besides its own
# errors, a header it relies on that is missing surfaces as AttributeError or
# TypeError from inside warcio (a response without WARC-Target-URI).
_DAMAGE = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError,
           AttributeError, TypeError, IndexError, KeyError)


def _incomplete(path: Path, offset: int, what: str = "cut short, as a killed write leaves it") -> IncompleteRecord:
    return IncompleteRecord(f"{path.name}: an incomplete record at offset {offset} ({what})")


def _unreadable(path: Path, offset: int, exc: BaseException | str) -> WarcError:
    reason = (str(exc).strip() or type(exc).__name__).splitlines()[0][:120]
    return WarcError(f"{path.name}: unreadable at offset {offset}: a damaged or malformed record ({reason!r})")


def _cut_short(it: ArchiveIterator, record: ArcWarcRecord) -> bool:
    """Whether the record just read ends before its Content-Length, or its gzip member is cut."""
    return getattr(record.raw_stream, "limit", 0) > 0 or _member_cut(it)


def _member_cut(it: ArchiveIterator) -> bool:
    """Whether the gzip member ``it`` is reading ended before its gzip trailer."""
    decompressor = it.reader.decompressor if it.reader is not None else None  # None: not gzip-compressed
    return decompressor is not None and not decompressor.eof


def record_at(path: Path, offset: int) -> RecordInfo:
    """The one record at ``offset``, read and digest-checked (WarcError if none is there)."""
    for info in iter_records(path, start=offset):
        return info
    raise WarcError(f"{path.name}: no record at offset {offset}")


def verify_warc(path: Path) -> list[str]:
    """Problems found reading ``path`` back and re-computing every digest (empty = valid)."""
    problems = []
    try:
        for info in iter_records(path):
            if not info.ok:
                problems.append(f"{path.name} @{info.offset} {info.record_id}: {'; '.join(info.problems)}")
    except WarcError as exc:
        problems.append(str(exc))
    return problems


def read_payload(path: Path, offset: int, *, max_bytes: int = 50_000_000, decoded: bool = True) -> bytes:
    """The payload of the record at ``offset`` (Content-Encoding undone unless ``decoded=False``)."""
    return _read_record(path, offset, max_bytes, decoded)[1]


@dataclass(frozen=True)
class HttpPayload:
    """What :func:`read_http_payload` reads: the HTTP headers, the payload as stored, and whether the record
    says the payload is cut (``WARC-Truncated``: the answer was larger than the archive kept)."""

    headers: list[tuple[str, str]]
    body: bytes
    truncated: bool


def read_http_payload(path: Path, offset: int, *, max_bytes: int) -> HttpPayload:
    """The HTTP headers and the payload as stored (still content-encoded) of the response or revisit
    record at ``offset``; a revisit's payload is empty (it is in the record it refers to)."""
    return HttpPayload(*_read_record(path, offset, max_bytes, decoded=False))


READ_PIECE = 1 << 20


def _read_record(path: Path, offset: int, max_bytes: int,
                 decoded: bool) -> tuple[list[tuple[str, str]], bytes, bool]:
    with open(path, "rb") as fh:
        fh.seek(offset)
        try:
            record = next(iter(ArchiveIterator(fh)), None)
            if record is None:
                raise WarcError(f"{path.name}: no record at offset {offset}")
            headers = list(record.http_headers.headers) if record.http_headers is not None else []
            truncated = bool(record.rec_headers.get_header("WARC-Truncated"))
            stream = record.content_stream() if decoded else record.raw_stream
            # a piece at a time into one buffer: one read of the whole would hold every piece and their join
            kept = io.BytesIO()
            while kept.tell() <= max_bytes and (piece := stream.read(min(READ_PIECE, max_bytes + 1 - kept.tell()))):
                kept.write(piece)
        except _DAMAGE as exc:
            raise _unreadable(path, offset, exc) from None
    if kept.tell() > max_bytes:
        raise WarcError(f"{path}: payload at {offset} is larger than {max_bytes} bytes")
    return headers, kept.getvalue(), truncated  # getvalue() hands the buffer over: no copy


def payload_sha256(path: Path, offset: int) -> str:
    """SHA-256 of the payload of the record at ``offset`` with its Content-Encoding undone, read piece by
    piece: what ``warcio extract --payload FILE OFFSET | sha256sum`` prints, whatever the payload's size."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        fh.seek(offset)
        stream = next(iter(ArchiveIterator(fh))).content_stream()
        while piece := stream.read(1 << 20):
            digest.update(piece)
    return digest.hexdigest()
