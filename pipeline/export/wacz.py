"""WACZ export: the archive's WARCs packaged for replay tools and auditors.

A WACZ (Web Archive Collection Zipped, format 1.1.1) is what Webrecorder's
ReplayWeb.page and pywb open and what archivists exchange. :func:`export_wacz`
writes one, atomically, with:

``archive/*.warc.gz``
    every WARC file the database names, byte for byte; or, with ``event_ids``,
    one WARC holding only the records of what those events cite (every
    record of their cited URLs, redirect hops and final URLs, and the original
    response of any revisit), each copied byte for byte (records are
    separate gzip members, so their digests still verify).
``indexes/index.cdx``
    a CDXJ index of those WARCs (:mod:`pipeline.export.cdxj`).
``pages/pages.jsonl``
    one page per capture of a cited URL, with its date and title.
``copies/<host>__<file>.md``
    sourcevault's text copies of those captures (the archive path's ``/``
    becomes ``__``: the ``wacz`` validator only accepts files two levels deep).
``sourcevault/SHA256SUMS``
    the ``sha256sum -c`` lines of the exported archive files under their paths
    in the archive folder (as ``sourcevault manifest`` writes them).
``sourcevault/export.json``
    what was exported: the events, and per capture its URL, date, record id,
    ``body_sha256`` (the *decoded* body) and ``text_sha256``, and where its copy is.
``datapackage.json`` and ``datapackage-digest.json``
    every file's SHA-256 and size, and the SHA-256 of ``datapackage.json``.

WARCs are stored uncompressed in the zip (they are gzip already, and replay
tools read them in place); the other files are deflated.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import sqlite_utils

from ..archive import warc, warcread
from ..clock import utc_now
from ..db import captures
from ..models import Capture, RecordType
from ..safefiles import open_atomic
from . import cdxj

__all__ = ["WACZ_VERSION", "ExportError", "WaczSummary", "export_wacz"]

WACZ_VERSION = "1.1.1"
_CHUNK = 1 << 20


class ExportError(Exception):
    """The export cannot be made as asked (unknown event, nothing archived, a missing file)."""


@dataclass
class WaczSummary:
    path: Path
    warc_files: int
    records: int  # index entries (response and revisit records)
    pages: int
    copies: int
    bytes: int


def export_wacz(db: sqlite_utils.Database, archive_root: Path, target: Path, *, event_ids: Sequence[str] = (),
                clock: Callable[[], str] = utc_now, software: str = "sourcevault") -> WaczSummary:
    """Write the WACZ ``target`` of the whole archive, or of what ``event_ids`` cite."""
    root = Path(archive_root)
    missing = captures.missing_events(db, event_ids)
    if missing:
        raise ExportError(f"no current event with id {', '.join(repr(m) for m in missing)}")
    chosen = captures.archived_captures(db, event_ids)
    if not chosen:
        raise ExportError("nothing archived to export" + (" for these events" if event_ids else ""))
    created = warc.warc_date(clock())
    folder = root / "warc"
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".wacz-", dir=target.parent) as work:
        if event_ids:
            name = f"sourcevault-export-{created[:10].replace('-', '')}.warc.gz"
            _select_records(db, folder, chosen, Path(work) / name)
            warcs = [(Path(work) / name, name)]
        else:
            warcs = [(folder / name, name) for name in sorted({c.warc_file for c in chosen if c.warc_file})]
        for path, _ in warcs:
            if not path.is_file():
                raise ExportError(f"{path}: a WARC file the database names is missing (run 'sourcevault verify')")
            if not event_ids:  # shipped byte for byte: a torn or damaged record would go into the package
                for _ in warcread.iter_records(path, check_digests=False):  # raises WarcError naming file and offset
                    pass
        index = cdxj.index_lines(warcs)
        copies = _copies(root, chosen)
        sums = [(f"warc/{name}", path) for path, name in warcs] if not event_ids else []
        sums += [(rel, path) for _, rel, path in copies]
        with open_atomic(target) as fh:
            written = _write_zip(fh, warcs, index, chosen, copies, sums, event_ids, created, software)
        return WaczSummary(target, len(warcs), len(index), written, len(copies), target.stat().st_size)


def _select_records(db: sqlite_utils.Database, folder: Path, chosen: list[Capture], out: Path) -> None:
    """Copy the records of ``chosen`` (and the originals their revisits name) into one WARC file."""
    urls: set[str] = set()
    files: set[str] = set()
    originals: set[str] = set()
    for c in chosen:
        urls |= {c.url, c.final_url or c.url, *(u for u, _ in c.redirects)}
        files.add(c.warc_file or "")
        if c.refers_to_record_id:
            originals.add(c.refers_to_record_id)
            if (where := captures.record_location(db, c.refers_to_record_id)) is not None:
                files.add(where[0])
    records = {name: list(warcread.iter_records(folder / name, check_digests=False)) for name in sorted(files) if name}
    urls |= {r.target_uri for infos in records.values() for r in infos if r.record_id in originals}
    with open(out, "wb") as dst:
        for name, infos in records.items():
            with open(folder / name, "rb") as src:
                for info in infos:
                    wanted = info.target_uri in urls or info.record_id in originals
                    if wanted and info.record_type != RecordType.WARCINFO:
                        src.seek(info.offset)
                        dst.write(src.read(info.length))


def _copies(root: Path, chosen: list[Capture]) -> list[tuple[str, str, Path]]:
    """(path in the WACZ, path in the archive, file) of each capture's text copy."""
    out, seen = [], set()
    for c in chosen:
        if not c.copy_path or c.copy_path in seen:
            continue
        seen.add(c.copy_path)
        path = root / c.copy_path
        if not path.is_file():
            raise ExportError(f"{path}: the text copy of capture {c.id} ({c.url}) is missing "
                              "(run 'sourcevault verify')")
        out.append((f"copies/{c.copy_path.replace('/', '__')}", c.copy_path, path))
    return out


def _pages(chosen: list[Capture]) -> Iterator[dict[str, str]]:
    seen = set()
    for c in chosen:
        key = (c.url, c.captured_at)
        if key in seen:
            continue
        seen.add(key)
        page_id = hashlib.sha256(f"{c.url} {c.captured_at}".encode()).hexdigest()[:24]
        yield {"id": page_id, "url": c.url, "ts": c.captured_at, "title": c.title or c.url}


class _Zip:
    """A zip being written, with each member's SHA-256 and size for the datapackage."""

    def __init__(self, fh: BinaryIO, when: tuple[int, int, int, int, int, int]) -> None:
        self.zf = zipfile.ZipFile(fh, "w", allowZip64=True)
        self.when = when
        self.resources: list[dict[str, object]] = []
        self._names: set[str] = set()

    def add(self, path: str, chunks: Iterator[bytes], *, stored: bool = False, listed: bool = True) -> None:
        info = zipfile.ZipInfo(path, self.when)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        digest, size = hashlib.sha256(), 0
        with self.zf.open(info, "w", force_zip64=True) as out:
            for chunk in chunks:
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        if listed:
            self.resources.append({"name": self._name(path), "path": path,
                                   "hash": f"sha256:{digest.hexdigest()}", "bytes": size})

    def _name(self, path: str) -> str:
        """A data package resource name: lower-case letters, digits and ``-._``, unique."""
        base = re.sub(r"[^a-z0-9._-]+", "-", path.rsplit("/", 1)[-1].lower()) or "file"
        name, n = base, 1
        while name in self._names:
            n += 1
            name = f"{base}-{n}"
        self._names.add(name)
        return name


def _file_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


def _write_zip(fh: BinaryIO, warcs: list[tuple[Path, str]], index: list[str], chosen: list[Capture],
               copies: list[tuple[str, str, Path]], sums: list[tuple[str, Path]], event_ids: Sequence[str],
               created: str, software: str) -> int:
    when = tuple(int(x) for x in re.findall(r"\d+", created)[:6])
    z = _Zip(fh, when)  # type: ignore[arg-type]
    for path, name in warcs:
        z.add(f"archive/{name}", _file_chunks(path), stored=True)
    z.add("indexes/index.cdx", iter([b"".join(line.encode("utf-8") for line in index)]))
    pages = list(_pages(chosen))
    header = {"format": "json-pages-1.0", "id": "pages", "title": "Cited pages"}
    z.add("pages/pages.jsonl", iter(["".join(json.dumps(p) + "\n" for p in [header, *pages]).encode("utf-8")]))
    for in_zip, _, path in copies:
        z.add(in_zip, _file_chunks(path))
    lines = "".join(f"{_sha256(path)}  {rel}\n" for rel, path in sums)
    z.add("sourcevault/SHA256SUMS", iter([lines.encode("utf-8")]))
    in_zip_of = {rel: name for name, rel, _ in copies}
    # an event's export copies its records into one WARC file of its own; a whole export ships the archive's
    packed = {c.warc_record_id: f"archive/{warcs[0][1] if event_ids else c.warc_file}" for c in chosen}
    export = {
        "created": created, "software": software, "events": list(event_ids) or "all",
        "body_sha256": "SHA-256 of the body with its Content-Encoding undone (the WARC keeps it encoded)",
        "captures": [{"url": c.url, "final_url": c.final_url, "captured_at": c.captured_at, "status": c.status,
                      "warc_file": c.warc_file, "warc_in_wacz": packed[c.warc_record_id],
                      "warc_record_id": c.warc_record_id, "record_type": c.record_type,
                      "refers_to_record_id": c.refers_to_record_id, "payload_digest": c.payload_digest,
                      "body_sha256": c.body_sha256, "text_sha256": c.text_sha256, "copy_path": c.copy_path,
                      "copy_in_wacz": in_zip_of.get(c.copy_path or ""), "drifted": c.drifted}
                     for c in chosen],
    }
    z.add("sourcevault/export.json", iter([json.dumps(export, indent=2, ensure_ascii=False).encode("utf-8")]))
    package = {
        "profile": "data-package", "resources": z.resources, "wacz_version": WACZ_VERSION,
        "title": "sourcevault export" + (f" of {', '.join(event_ids)}" if event_ids else ""),
        "description": "Captures of the sources cited by a corpus of events, with sourcevault's text copies",
        "created": created, "software": software,
    }
    data = json.dumps(package, indent=2).encode("utf-8")
    z.add("datapackage.json", iter([data]), listed=False)
    digest = {"path": "datapackage.json", "hash": f"sha256:{hashlib.sha256(data).hexdigest()}"}
    z.add("datapackage-digest.json", iter([json.dumps(digest, indent=2).encode("utf-8")]), listed=False)
    z.zf.close()
    return len(pages)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    for chunk in _file_chunks(path):
        digest.update(chunk)
    return digest.hexdigest()
