"""Pages the check re-reads after they were captured: kept until their text decides.

The check's ordinary GET of a page we have captured (with a text copy to
compare with) goes through :class:`~pipeline.archive.shared.SharedCapture`,
asked with the latest capture's validators and read whole (the archive's body
cap). Numbered as they apply:

1. A ``304``, or the same payload digest as the latest capture: the page is
   unchanged; only that capture's ``verified_at`` moves (at the check).
2. A different 2xx body is *kept* in the recheck spool, ``<archive>/.recheck/``:
   one folder per link with the body as received and ``probe.json`` (the
   exchanges for the WARC, the capture it is compared with), written last, so
   a folder without it is no entry. The spool is bounded
   (``archive.recheck_spool_bytes``, ``archive.recheck_spool_pages``): past
   either bound the body is dropped, and the page waits for its ordinary
   re-capture (``archive.recapture_after_days``), as before this spool existed.
3. The archive stage of the same run (:func:`settle`, before any fetch)
   extracts each kept body's text in the text pool (the check never waits for
   it) and compares it with the link's first copy
   (:func:`pipeline.archive.textqueue.compare`): below ``archive.drift_threshold``
   the check's GET becomes the re-capture (WARC records, row, copy) flagged
   drifted; otherwise only the capture's ``verified_at`` moves: no WARC record
   for an unchanged text (a changed ad, a timestamp in a script).
4. The entry is deleted either way. The next check starts by emptying the
   spool: what a killed run left there is dropped (the page is checked again),
   and no WARC record is ever written without its row.

Anything else (an error status, no copy to compare with, an entry whose
capture is no longer the link's latest) is left to the ordinary re-capture.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ..config import ArchiveConfig
from ..db import captures
from ..models import TextStatus
from ..net.results import FetchResult
from ..safefiles import UnsafePath, check_inside, make_folder
from . import textjob
from .capture import BodySpool, Fetched
from .copystore import TextDone
from .text import Extraction, ExtractionJob
from .textqueue import compare
from .warc import Exchange, sha1_digest

__all__ = ["EVER", "FOLDER", "Probe", "RecheckSpool", "judge_probe", "probe_job"]

log = logging.getLogger(__name__)
FOLDER = ".recheck"
_BODY, _PROBE = "body", "probe.json"
EVER = "9999-12-31T23:59:59Z"  # a "due before" that every capture is: the latest capture of any captured link


@dataclass(frozen=True, slots=True)
class Probe:
    """A kept body and what deciding about it needs (read back from its entry)."""

    folder: Path
    link_id: int
    url: str
    host: str
    capture_id: int  # the latest capture when it was kept: verified or followed by the re-capture
    fetched: Fetched  # the check's exchanges, the final body in the entry's file


class RecheckSpool:
    """The bounded folder of kept bodies (see the module docstring)."""

    def __init__(self, root: Path, cfg: ArchiveConfig) -> None:
        self.root = root
        self.folder = root / FOLDER
        self.max_bytes, self.max_pages = cfg.recheck_spool_bytes, cfg.recheck_spool_pages
        self.kept_bytes = self.kept = 0
        self.full = 0  # bodies dropped at the bound

    def clear(self) -> None:
        """Drop every entry (the check's start: a killed run's leftovers; those pages are checked again)."""
        check_inside(self.folder, self.root)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.kept_bytes = self.kept = 0

    def keep(self, link_id: int, url: str, host: str, latest: captures.Recapture, fetched: Fetched) -> bool:
        """Keep a changed body for the archive stage; False (nothing kept) past the spool's bound."""
        final = fetched.final
        assert final is not None
        size = final.body_length + sum(e.body_length for e in fetched.exchanges[:-1])
        if self.kept + 1 > self.max_pages or self.kept_bytes + size > self.max_bytes:
            self.full += 1
            return False
        entry = self.folder / str(link_id)
        try:
            self._write(entry, link_id, url, host, latest, fetched)
        except (OSError, UnsafePath) as exc:  # the page waits for its re-capture; the check goes on
            log.warning("%s: its changed body cannot be kept in %s: %s", url, self.folder, exc)
            self.remove(entry)
            return False
        self.kept += 1
        self.kept_bytes += size
        return True

    def _write(self, entry: Path, link_id: int, url: str, host: str, latest: captures.Recapture,
               fetched: Fetched) -> None:
        final = fetched.final
        assert final is not None
        self.remove(entry)  # a link fetched twice in one run: the later answer stands
        make_folder(entry, self.root)
        body = entry / _BODY
        # no fsync: an entry lives until the archive stage of the same run, and one that a crash
        # damaged fails its digest when read back (:meth:`probes`)
        if final.body_path is not None:  # spilled to a file in the archive's .tmp/: moved, same file system
            os.replace(final.body_path, body)
            fetched.spool.path = None
        else:
            _write_new(body, final.inline_body)
        exchanges = [_exchange_record(e) for e in fetched.exchanges]
        probe = {"link_id": link_id, "url": url, "host": host, "capture_id": latest.capture_id,
                 "complete": fetched.result.complete, "exchanges": exchanges}
        _write_new(entry / f"{_PROBE}.part", json.dumps(probe).encode("utf-8"))
        os.replace(entry / f"{_PROBE}.part", entry / _PROBE)  # last: the entry is whole

    def probes(self) -> Iterator[Probe]:
        """The whole entries, in link order; a broken one is dropped with a warning."""
        try:
            check_inside(self.folder, self.root)
            names = sorted((p.name for p in self.folder.iterdir()), key=lambda n: (len(n), n))
        except (OSError, UnsafePath):
            return
        for name in names:
            entry = self.folder / name
            try:
                yield _read_probe(entry)
            except (OSError, ValueError, KeyError, TypeError, UnsafePath) as exc:
                log.warning("%s: a re-read page's entry cannot be read (%s); dropped, the page is checked again",
                            entry, exc)
                self.remove(entry)

    def waiting(self) -> int:
        """How many entries wait (whole or not)."""
        try:
            return sum(1 for _ in self.folder.iterdir())
        except OSError:
            return 0

    def remove(self, entry: Path) -> None:
        shutil.rmtree(entry, ignore_errors=True)


def _write_new(path: Path, data: bytes) -> None:
    """Write a new file (never through a link: it must not exist)."""
    with open(path, "xb") as fh:
        fh.write(data)


def _exchange_record(e: Any) -> dict[str, Any]:
    record = dataclasses.asdict(e)
    record["body_path"] = None
    record["inline_body"] = base64.b64encode(e.inline_body).decode("ascii") if e.body_path is None else ""
    return record


def _read_probe(entry: Path) -> Probe:
    if entry.is_symlink() or not entry.is_dir():
        raise ValueError("not a folder")
    data = json.loads((entry / _PROBE).read_text(encoding="utf-8"))
    exchanges = []
    for record in data["exchanges"]:
        record = dict(record)
        record["request_headers"] = tuple(tuple(h) for h in record["request_headers"])
        record["response_headers"] = tuple(tuple(h) for h in record["response_headers"])
        record["inline_body"] = base64.b64decode(record["inline_body"])
        exchanges.append(Exchange(**record))
    if not exchanges:
        raise ValueError("no exchange")
    final = exchanges[-1]
    body = entry / _BODY
    if body.is_symlink() or body.stat().st_size != final.body_length or _digest(body) != final.payload_digest:
        raise ValueError("its body is not the one kept")
    exchanges[-1] = dataclasses.replace(final, body_path=body if final.body_length else None, inline_body=b"")
    result = FetchResult(data["url"], final.method, final.url, final.fetched_at, status=final.status,
                         reason=final.reason, http_version=final.http_version,
                         headers=httpx.Headers(list(final.response_headers)), complete=bool(data["complete"]))
    spool = BodySpool(entry)  # nothing of its own: the entry is removed as a whole
    return Probe(entry, int(data["link_id"]), str(data["url"]), str(data["host"]), int(data["capture_id"]),
                 Fetched(result, spool, exchanges))


def _digest(path: Path) -> str:
    sha1 = hashlib.sha1()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            sha1.update(chunk)
    return sha1_digest(sha1)


def probe_job(cfg: ArchiveConfig, probe: Probe, *, in_process: bool) -> ExtractionJob:
    """The extraction job for a kept body (its file, its Content-Type and Content-Encoding)."""
    final = probe.fetched.final
    assert final is not None
    headers = probe.fetched.result.headers
    return textjob.new_job(cfg, final.body_path or b"", final.url, headers.get("content-type"),
                           headers.get("content-encoding"), in_process=in_process)


def judge_probe(job: ExtractionJob, baseline: Path, threshold: float,
                extract: Callable[[ExtractionJob], Extraction], key: str) -> TextDone:
    """Worker-side: a kept body's text, and its similarity to the first copy (``baseline``)."""
    try:
        extraction = extract(job)
    except OSError as exc:
        extraction = Extraction(TextStatus.FAILED, f"its kept body cannot be read: {exc}")
    similarity, excerpt = compare(baseline, extraction, threshold)
    return TextDone(extraction, similarity, excerpt, extractor_key=key)

