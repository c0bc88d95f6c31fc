"""Re-checking the archive the way an auditor would: every hash, from the files alone.

:func:`verify_archive` reads every WARC file back with warcio and re-computes
each record's block and payload digests (a record cut short, one that cannot
be read and one whose digests could not be checked are named with the file
and offset, and the other files are still read); for every capture in the database
it re-hashes the stored body (Content-Encoding undone) against
``body_sha256``, checks that the record id sits at the recorded offset (with the
capture's URL, date and, for a revisit, original: no digest covers those headers), and
re-hashes the text between a copy's date line and ``Original url:`` against
``text_sha256``, and compares the copy's own front matter (where it came from:
:data:`COPY_PROVENANCE`, its hashes and its WARC record) with the database. Hand-saved copies are
re-hashed against the hash the match stage recorded. WARC files and text
copies that nothing names, temporary files left behind and symbolic links
anywhere in the archive (sourcevault follows none) are reported too. Every
edit of a hand-saved copy that a later run matched again is listed as a
note (with both hashes): it is no fault, but an auditor should see it.
A capture whose text is still ``pending`` (its text job has not run: the next
archive run does it) has no copy yet, and that is no finding: it is counted and
named in a note, as is a copy such a capture's job wrote before the run was
killed (the rerun replaces it). Nothing is changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ..archive import copies, warc, warcread
from ..db import captures
from ..db import matches as copy_rows
from ..folderwalk import find_links, link_message
from ..models import Capture, CopyKind, RecordType, TextStatus
from .manifest import sha256_file

__all__ = ["COPY_PROVENANCE", "AuditReport", "verify_archive"]

# Front matter keys of a copy and the capture fields they must equal: what an auditor reads to
# find the record and the page the copy claims to come from.
COPY_PROVENANCE = {
    "url": "url", "final_url": "final_url", "captured_at": "captured_at", "status": "status",
    "content_type": "content_type", "body_sha256": "body_sha256", "text_sha256": "text_sha256",
    "warc_file": "warc_file", "warc_record_id": "warc_record_id", "warc_offset": "warc_offset",
    "revisit_of": "refers_to_record_id",
}


@dataclass
class AuditReport:
    warc_files: int = 0
    records: int = 0
    captures: int = 0
    copies: int = 0  # our text copies
    hand_saved: int = 0  # hand-saved copies re-hashed
    pending: int = 0  # captures whose text job has not run yet (no copy yet: no finding)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth an auditor's eye, but no fault: edits matched again

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_archive(db: sqlite_utils.Database, archive_root: Path) -> AuditReport:
    root = Path(archive_root)
    report = AuditReport()
    folder = root / "warc"
    for path in sorted(folder.glob("*.warc.gz")) if folder.is_dir() else []:
        report.warc_files += 1
        try:
            for info in warcread.iter_records(path):
                report.records += 1
                if not info.ok:
                    report.problems.append(f"warc/{path.name} @{info.offset}: {'; '.join(info.problems)}")
        except warcread.WarcError as exc:  # it names the file by its name alone
            found = f"warc/{exc}" if str(exc).startswith(path.name) else str(exc)
            if isinstance(exc, warcread.IncompleteRecord):
                found += "; 'sourcevault archive' cuts such a tail off the newest WARC file before appending"
            report.problems.append(found)
    named: set[str] = set()
    pending_records: set[str] = set()  # of captures whose text is pending: a copy naming one is a killed job's
    named_warcs = captures.warc_files(db)
    missing = {name: 0 for name in sorted(named_warcs) if not (folder / name).is_file()}  # -> captures in it
    for capture in captures.captures_of(db):
        if capture.warc_record_id is None:
            continue
        report.captures += 1
        where = f"capture {capture.id} ({capture.url})"
        if capture.text_status is TextStatus.PENDING:
            report.pending += 1
            pending_records.add(capture.warc_record_id)
        if capture.copy_path:
            named.add(capture.copy_path)
            report.copies += 1
            _check_copy(root, capture.copy_path, capture, where, report)
        if capture.warc_file in missing:  # one finding for the file, not one for each of its records
            missing[capture.warc_file] += 1
        else:
            _check_record(db, folder, capture, where, report)
    for name, count in missing.items():
        report.problems.append(f"warc/{name}: missing; {count} capture(s) have their records in it")
    for path in sorted(folder.glob("*.warc.gz")) if folder.is_dir() else []:
        if path.name not in named_warcs:
            report.problems.append(f"warc/{path.name}: a WARC file that no capture names")
    for row in copy_rows.hand_saved_copies(db):
        path = Path(row["root"]) / row["path"]
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)  # an extra archive
        report.hand_saved += 1
        if not path.is_file():
            report.problems.append(f"{shown}: a hand-saved copy the database knows is missing")
        elif sha256_file(path) != row["file_sha256"]:
            report.problems.append(f"{shown}: a hand-saved copy changed since it was matched "
                                   "(run 'sourcevault match' to re-match it)")
    for change in copy_rows.copy_changes(db, CopyKind.HAND_SAVED):
        report.notes.append(f"{change['path']}: a hand-saved copy edited, seen {change['seen_at']} and matched again "
                            f"(sha256 {change['old_sha256']} before, {change['new_sha256']} after)")
    if report.pending:
        report.notes.append(f"{report.pending} capture(s) with text pending: their records are stored, their "
                            "text copies are made by the next archive run")
    for path in sorted(root.glob("*/*.md")):
        rel = path.relative_to(root).as_posix()
        if path.parent.name == "hand-saved" or rel in named:
            continue
        meta = copies.read_front_matter(path) if pending_records else None
        if meta and meta.get("warc_record_id") in pending_records:
            report.notes.append(f"{rel}: a text copy of a capture whose text is pending (a run was killed "
                                "before recording it; the next archive run replaces it)")
        else:
            report.problems.append(f"{rel}: a text copy that no capture names")
    for link in find_links(root) if root.is_dir() else []:
        report.problems.append(f"{link.relative_to(root).as_posix()}: {link_message(link, 'the archive')}")
    for tmp in sorted(root.glob("*/.*.tmp")):
        report.problems.append(f"{tmp.relative_to(root).as_posix()}: a temporary file left behind")
    return report


def _check_record(db: sqlite_utils.Database, folder: Path, capture: Capture, where: str,
                  report: AuditReport) -> None:
    path = folder / (capture.warc_file or "")
    try:
        info = warcread.record_at(path, capture.warc_offset or 0)
    except (warcread.WarcError, OSError) as exc:
        report.problems.append(f"{where}: its record cannot be read: {exc}")
        return
    if info.record_id != capture.warc_record_id:
        report.problems.append(f"{where}: {capture.warc_file} @{capture.warc_offset} holds {info.record_id}, "
                               f"not {capture.warc_record_id}")
        return
    if not info.ok:
        report.problems.append(f"{where}: its record fails the digest check ({'; '.join(info.problems)})")
        return
    said: dict[str, tuple[str | None, str | None]] = {  # headers no digest covers
        "WARC-Target-URI": (info.target_uri, capture.final_url or capture.url),
        "WARC-Date": (info.date, warc.warc_date(capture.captured_at))}
    if capture.record_type is RecordType.REVISIT:
        said["WARC-Refers-To"] = (info.refers_to, capture.refers_to_record_id)
    for header, (found, recorded) in said.items():
        if found != recorded:
            report.problems.append(f"{where}: its record says {header} {found}, the database {recorded}")
    if not capture.body_sha256:
        return
    body_at = (capture.warc_file, capture.warc_offset)
    if capture.record_type is RecordType.REVISIT:  # the body is in the record it refers to
        body_at = captures.record_location(db, capture.refers_to_record_id or "") or (None, None)
        if body_at[0] is None:
            report.problems.append(f"{where}: the record its revisit refers to is unknown")
            return
    try:
        body_sha = warcread.payload_sha256(folder / body_at[0], body_at[1])  # type: ignore[operator,arg-type]
    except (warcread.WarcError, OSError, StopIteration) as exc:
        report.problems.append(f"{where}: its body cannot be read: {exc}")
        return
    if body_sha != capture.body_sha256:
        report.problems.append(f"{where}: the stored body does not hash to body_sha256")


def _check_copy(root: Path, copy_path: str, capture: Capture, where: str, report: AuditReport) -> None:
    """Re-hash the text copy at ``copy_path`` (``host/file.md`` in the archive ``root``, as findings name it)."""
    path = root / copy_path
    try:  # as the bytes are: a CR is part of the text, as it is to awk and sha256sum
        content = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else exc
        report.problems.append(f"{where}: cannot read its copy {copy_path}: {reason}")
        return
    text = copies.copy_text(content)
    if text is None:
        report.problems.append(f"{where}: {copy_path} is not in the copy shape (front matter, text, Original url)")
        return
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != capture.text_sha256:
        report.problems.append(f"{where}: the text of {copy_path} does not hash to text_sha256 (edited?)")
    front = copies.read_front_matter(path) or {}
    for key, field_name in COPY_PROVENANCE.items():
        if front.get(key) != getattr(capture, field_name):
            report.problems.append(f"{where}: {copy_path} says {key} {front.get(key)!r}, the database "
                                   f"{getattr(capture, field_name)!r}")
