"""The copy store: a finished text job becomes a text copy and the row's text columns.

The last seam of the capture path (fetched body → WARC records → text job →
copy store). :meth:`CopyStore.finish` takes what a text job made of a pending
capture and stores it in this order: the copy is written atomically
(:func:`pipeline.safefiles.write_atomic`), then the row's text status, copy
path, title, hashes and drift are updated in one transaction. A run killed in
between leaves a copy that no row names and the row still ``pending``: the
next run extracts it again and replaces that copy (its front matter names the
same URL and record).

Each copy's front matter names the WARC record its text came from
(``text_from``): the capture's own response record, the original of a revisit,
or, for a payload whose text was taken from another capture, that capture's.

A host whose copy folder cannot take a copy (a symbolic link planted in the
archive) is refused for the rest of the run: a capture there is not stored at
all when that is known before its records are written, and its text is
``failed`` with the reason when it is found only at the copy.
"""

from __future__ import annotations

import asyncio
import concurrent.futures.process
import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

from ..config import ArchiveConfig
from ..db import captures
from ..logs import per_item
from ..models import Capture, TextStatus
from ..safefiles import UnsafePath, check_inside, write_atomic
from . import copies, drift
from .text import Extraction

__all__ = ["CopyStore", "TextDone", "front_matter", "write_copy"]

log = logging.getLogger(__name__)
_NO_COPY = per_item("no_copy", "capture(s) whose copy could not be written", "see `sourcevault captures --flagged`")


@dataclasses.dataclass(frozen=True, slots=True)
class TextDone:
    """What a text job made of a capture: the extraction and, for a re-capture, its drift."""

    extraction: Extraction
    similarity: float | None = None  # to the link's first copy (None: not a re-capture, or no text to compare)
    excerpt: str | None = None  # what changed, when drifted
    text_from: str | None = None  # the record whose payload the text was made from
    extractor_key: str | None = None  # the extractor configuration (None: not extracted, e.g. the worker died)


class Pool(Protocol):
    """Where a copy is written: the text jobs' workers (:class:`pipeline.archive.textqueue.TextPool`)."""

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any: ...


def write_copy(path: Path, front: dict[str, object], text: str, root: Path) -> None:
    """Worker-side: render a text copy and write it atomically at ``path`` (inside ``root``)."""
    write_atomic(path, copies.render_copy(front, text), root)


class CopyStore:
    """Writes the copies of one run and records each capture's text (see the module docstring)."""

    def __init__(self, db: sqlite_utils.Database, root: Path, cfg: ArchiveConfig) -> None:
        self.db, self.root, self.cfg = db, root, cfg
        self.reserved: set[str] = set()  # copy paths chosen, rows not yet committed
        self.refused_folders: dict[str, str | None] = {}  # host folder -> why no copy can go there (None: fine)

    def refused(self, host: str) -> str | None:
        """Why the host's copy folder cannot take a copy (a symbolic link planted in the archive), if so.

        Checked before any WARC record is written for a capture (no record without its row, and
        the rest of the run goes on); every write checks again (:func:`pipeline.safefiles.write_atomic`)."""
        folder = copies.host_folder(host)
        if folder not in self.refused_folders:
            try:
                check_inside(self.root / folder, self.root)
                self.refused_folders[folder] = None
            except UnsafePath as exc:
                return self.refuse(host, exc)
        return self.refused_folders[folder]

    def refuse(self, host: str, exc: UnsafePath) -> str:
        """Refuse the host's copies for the rest of the run; the reason, for its rows."""
        reason = f"its copy cannot be written: {exc}; remove the link and a later run captures it"
        self.refused_folders[copies.host_folder(host)] = reason
        return reason

    async def finish(self, capture: Capture, host: str, done: TextDone, note: str | None,
                     baseline_id: int | None, pool: Pool) -> Capture:
        """Write the copy (if there is text), then update the row in one transaction; the row as stored.

        ``note`` is what the row said while pending (the body was cut at the size cap): kept in the reason."""
        ex = done.extraction
        reason = ex.reason
        if note and note not in (reason or ""):
            reason = f"{reason}; {note}" if reason else note
        similarity = done.similarity if baseline_id is not None else None
        drifted = drift.is_drifted(similarity, self.cfg.drift_threshold)
        capture = dataclasses.replace(
            capture, text_status=ex.status, text_reason=reason, text_length=len(ex.text) if ex.text else None,
            text_sha256=ex.text_sha256, title=ex.title, author=ex.author, published=ex.date,
            site_name=ex.site_name, charset=ex.charset, extractor=ex.extractor,
            extractor_version=ex.extractor_version, extractor_key=done.extractor_key, body_sha256=ex.body_sha256,
            body_length=ex.body_length or None, baseline_id=baseline_id if similarity is not None else None,
            similarity=similarity, drifted=drifted, drift_excerpt=done.excerpt if drifted else None)
        try:
            if ex.status.has_text:
                try:
                    capture = await self._write(capture, host, ex, done.text_from, pool)
                except UnsafePath as exc:  # a link planted while the run went on: no copy, the record is kept
                    reason = self.refuse(host, exc)
                    log.error("%s: no text copy: %s", capture.url, reason, extra=_NO_COPY)
                    capture = dataclasses.replace(capture, text_status=TextStatus.FAILED, text_reason=reason,
                                                  extractor_key=None)
            with self.db.atomic():
                captures.record_text(self.db, capture)
        finally:
            if capture.copy_path:
                self.reserved.discard(capture.copy_path)
        return capture

    async def _write(self, capture: Capture, host: str, extraction: Extraction, text_from: str | None,
                     pool: Pool) -> Capture:
        date = extraction.date or capture.captured_at[:10]
        path = copies.choose_copy_path(self.root, host, date, extraction.title, capture.url,
                                       lambda p: self._is_free(p, capture.url))
        rel = path.relative_to(self.root).as_posix()
        self.reserved.add(rel)
        capture = dataclasses.replace(capture, copy_path=rel)
        front = front_matter(capture, extraction, text_from)
        # rendered and written (two fsyncs) in the extraction pool: out of this process, whose one
        # processor core runs every fetch
        try:
            await pool.run(write_copy, path, front, extraction.text, self.root)
        except concurrent.futures.process.BrokenProcessPool:  # its worker died meanwhile: write it here
            await asyncio.get_running_loop().run_in_executor(None, write_copy, path, front, extraction.text,
                                                             self.root)
        return capture

    def _is_free(self, path: Path, url: str) -> bool:
        rel = path.relative_to(self.root).as_posix()
        if rel in self.reserved or captures.copy_path_taken(self.db, rel):
            return False
        if not path.exists():
            return True
        # a copy that no row names is a killed run's leftover of this page: ours to replace
        meta = copies.read_front_matter(path)
        return bool(meta and meta.get("url") == url and meta.get("warc_record_id"))


def front_matter(capture: Capture, extraction: Extraction, text_from: str | None) -> dict[str, object]:
    front: dict[str, object] = {
        "url": capture.url, "final_url": capture.final_url, "captured_at": capture.captured_at,
        "status": capture.status, "content_type": capture.content_type, "body_sha256": capture.body_sha256,
        "text_sha256": capture.text_sha256, "warc_file": capture.warc_file, "warc_record_id": capture.warc_record_id,
        "warc_offset": capture.warc_offset,
        "extractor": capture.extractor, "extractor_version": capture.extractor_version, "title": capture.title,
        "date": capture.published, "author": capture.author, "site_name": capture.site_name,
        "extraction": capture.text_status.value,
        "extractor_settings": dict(extraction.settings) or None,
        "text_from": text_from or capture.warc_record_id,
    }
    if capture.text_reason:
        front["extraction_note"] = capture.text_reason
    if capture.refers_to_record_id:
        front["revisit_of"] = capture.refers_to_record_id
    if capture.previous_id is not None:
        front["previous_capture"] = capture.previous_id
    if capture.baseline_id is not None:  # a re-capture, compared with the first capture that had text
        front["first_capture"] = capture.baseline_id
        front["similarity_to_first"] = capture.similarity
        front["drifted"] = capture.drifted
    return front
