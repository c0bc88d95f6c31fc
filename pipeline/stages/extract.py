"""The extract stage: event files in, events, citations and links out.

Walks each configured events folder (recursively, in name order), and for
every event file decides whether it needs work: a file whose size and mtime
are unchanged is skipped without being read; a touched file whose content hash
is unchanged only has its stat refreshed; anything else is parsed
(:mod:`pipeline.eventfile`) and stored, one transaction per batch, so a killed
run loses at most one uncommitted batch and a rerun resumes from there.

Files that were not seen by a complete walk of their folder were deleted:
their events and citations leave the current view (the rows stay, marked
removed). A folder that is missing or cannot be walked removes nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ..config import Config
from ..db import corpus, utc_now
from ..eventfile import EventFileOptions, parse_event_file
from ..folders import FolderWalk
from ..models import ParsedFile, Problem, ProblemKind

__all__ = ["ExtractSummary", "run"]

log = logging.getLogger(__name__)


@dataclass
class ExtractSummary:
    files_seen: int = 0
    files_parsed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    events_changed: int = 0
    citations_added: int = 0
    citations_removed: int = 0
    problems: int = 0  # problems found in the files parsed by this run
    missing_folders: list[str] = field(default_factory=list)

    def as_counts(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if isinstance(v, int)}


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        progress: Callable[[int], None] | None = None) -> ExtractSummary:
    """Bring the database in line with the event files; return what changed."""
    summary = ExtractSummary()
    options = EventFileOptions(config.extract.source_keys, config.extract.archive_keys,
                               config.extract.body_links, config.extract.extra_tracking_params)
    extensions = tuple(e.lower() for e in config.extract.extensions)
    token = (db.execute("SELECT max(ifnull(seen_run, 0)) FROM files").fetchone()[0] or 0) + 1
    released: list[str] = []
    for root in config.paths.events:
        root = Path(root)
        if not root.is_dir():
            log.warning("events folder %s does not exist or is not a folder; nothing there is removed", root)
            summary.missing_folders.append(str(root))
            continue
        walk = FolderWalk(root, extensions)
        batch: list[Path] = []
        for path in walk:
            batch.append(path)
            if len(batch) >= config.extract.batch_size:
                released += _process_batch(db, config, root, batch, token, options, summary, clock)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            released += _process_batch(db, config, root, batch, token, options, summary, clock)
            if progress:
                progress(len(batch))
        if walk.errors:
            log.warning("could not read all of %s (%s); deleted files there are not removed this run",
                        root, walk.errors[0])
            continue
        with db.atomic():
            removed, freed = corpus.remove_unseen_files(db, str(root), token, clock())
        summary.files_removed += removed
        released += freed
    _reclaim(db, config, released, token, options, summary, clock)
    return summary


def _process_batch(db: sqlite_utils.Database, config: Config, root: Path, paths: list[Path], token: int,
                   options: EventFileOptions, summary: ExtractSummary, clock: Callable[[], str]) -> list[str]:
    keys = [p.as_posix() for p in paths]
    known = corpus.file_states(db, keys)
    released: list[str] = []
    now = clock()
    with db.atomic():
        for path, key in zip(paths, keys):
            summary.files_seen += 1
            name = _display_name(root, path)
            try:
                st = path.stat()
            except OSError as exc:
                _record_unreadable(db, root, key, name, f"cannot stat: {exc.strerror}", now, token, summary)
                continue
            state = known.get(key)
            if state and state.present and state.size == st.st_size and state.mtime_ns == st.st_mtime_ns:
                summary.files_unchanged += 1
                continue
            parsed = _read_and_parse(path, name, st.st_size, config, options)
            if parsed is None:
                _record_unreadable(db, root, key, name, "cannot read the file", now, token, summary)
                continue
            if state and state.present and state.content_sha256 == parsed.content_sha256:
                corpus.record_stat(db, key, st.st_size, st.st_mtime_ns, now)
                summary.files_unchanged += 1
                continue
            released += _store(db, root, key, name, st.st_size, st.st_mtime_ns, parsed, now, token, summary)
        corpus.mark_seen(db, keys, token)
    return released


def _store(db: sqlite_utils.Database, root: Path, key: str, name: str, size: int, mtime_ns: int,
           parsed: ParsedFile, now: str, token: int, summary: ExtractSummary) -> list[str]:
    outcome = corpus.record_file(
        db, root=str(root), path=key, name=name, size=size, mtime_ns=mtime_ns,
        content_sha256=parsed.content_sha256, event=parsed.event, problems=parsed.problems,
        now=now, run_token=token,
    )
    summary.files_parsed += 1
    summary.events_changed += outcome.event_id is not None or outcome.released is not None
    summary.citations_added += outcome.citations_added
    summary.citations_removed += outcome.citations_removed
    summary.problems += len(parsed.problems) + (outcome.duplicate_of is not None)
    for p in parsed.problems:
        log.info("%s: %s%s", p.file, f"{p.field}: " if p.field else "", p.message)
    if outcome.duplicate_of:
        log.warning("%s: event id %s is already defined by %s; file ignored", name,
                    parsed.event.id if parsed.event else "?", outcome.duplicate_of)
    return [outcome.released] if outcome.released else []


def _read_and_parse(path: Path, name: str, size: int, config: Config,
                    options: EventFileOptions) -> ParsedFile | None:
    limit = config.extract.max_file_bytes
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        log.warning("%s: cannot read: %s", name, exc.strerror or exc)
        return None
    if len(data) > limit:
        return ParsedFile(name, hashlib.sha256(data).hexdigest(), None, (
            Problem(name, ProblemKind.UNREADABLE, f"file is larger than extract.max_file_bytes ({limit})"),))
    return parse_event_file(name, data, options)


def _record_unreadable(db: sqlite_utils.Database, root: Path, key: str, name: str, message: str,
                       now: str, token: int, summary: ExtractSummary) -> None:
    """An unreadable file keeps whatever it defined before; only the problem is recorded."""
    log.warning("%s: %s", name, message)
    problem = Problem(name, ProblemKind.UNREADABLE, message)
    summary.problems += 1
    if corpus.file_states(db, [key]):
        corpus.mark_seen(db, [key], token)
        corpus.replace_problems(db, name, [problem], now)
        return
    corpus.record_file(db, root=str(root), path=key, name=name, size=-1, mtime_ns=-1, content_sha256="",
                       event=None, problems=[problem], now=now, run_token=token)


def _reclaim(db: sqlite_utils.Database, config: Config, released: list[str], token: int,
             options: EventFileOptions, summary: ExtractSummary, clock: Callable[[], str]) -> None:
    """An id freed by a deleted or edited file goes to a file that was refused as its duplicate."""
    seen: set[str] = set()
    while released:
        claimants = [c for c in corpus.files_claiming(db, released) if c[1] not in seen]
        released = []
        for root, key in claimants:
            seen.add(key)
            path = Path(key)
            try:
                st = path.stat()
            except OSError:
                continue
            name = _display_name(Path(root), path)
            parsed = _read_and_parse(path, name, st.st_size, config, options)
            if parsed is None:
                continue
            with db.atomic():
                released += _store(db, Path(root), key, name, st.st_size, st.st_mtime_ns, parsed,
                                   clock(), token, summary)


def _display_name(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()
