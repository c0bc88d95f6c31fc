"""The extract stage: event files in, events, citations and links out.

Walks each configured events folder (recursively, in name order), and for
every event file decides whether it needs work: a file whose size and mtime
are unchanged is skipped without being read; a touched file whose content hash
is unchanged only has its stat refreshed; anything else is parsed
(:mod:`pipeline.extract.eventfile`) and stored, one transaction per batch, so a killed
run loses at most one uncommitted batch and a rerun resumes from there.

Files that were not seen by a complete walk of their folder were deleted:
their events and citations leave the current view (the rows stay, marked
removed). A configured folder that is missing or cannot be walked removes
nothing; a folder taken out of ``paths.events`` takes its events with it.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ..clock import utc_now
from ..config import Config
from ..db import corpus
from ..folderwalk import FolderWalk, link_message, printable
from ..logs import per_item
from ..models import ParsedFile, Problem, ProblemKind, StageCounts
from ..safefiles import open_read
from ..workers import WorkerPool
from .eventfile import EventFileOptions, parse_event_file

__all__ = ["ExtractSummary", "run"]

log = logging.getLogger(__name__)


@dataclass
class ExtractSummary(StageCounts):
    files_seen: int = 0
    files_parsed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    events_changed: int = 0
    citations_added: int = 0
    citations_removed: int = 0
    problems: int = 0  # problems found in the files parsed by this run
    missing_folders: list[str] = field(default_factory=list)  # listed, not there: nothing read or removed

    def as_counts(self) -> dict[str, int]:
        return {**super().as_counts(), "folders_missing": len(self.missing_folders)}


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[[int], None] | None = None) -> ExtractSummary:
    """Bring the database in line with the event files; return what changed.

    Once ``stop`` is set, the batch in flight is written and the run ends
    without removing anything (unseen files may simply not have been reached).
    """
    stop = stop if stop is not None else threading.Event()
    summary = ExtractSummary()
    options = EventFileOptions(config.extract.source_keys, config.extract.archive_keys,
                               config.extract.body_links, config.extract.extra_tracking_params,
                               config.extract.wayback_hosts)
    extensions = tuple(e.lower() for e in config.extract.extensions)
    token = corpus.next_run_token(db)
    released: list[str] = []
    with db.atomic():  # a folder dropped from paths.events takes its events with it (history kept)
        dropped, freed = corpus.remove_files_outside(db, [str(Path(r)) for r in config.paths.events], clock())
    summary.files_removed += dropped
    released += freed
    parser: _Parser = WorkerPool(functools.partial(_parse_chunk, limit=config.extract.max_file_bytes, options=options),
                                 config.extract.workers, what="parser")
    roots = [Path(r) for r in config.paths.events]
    try:
        for root in roots:
            released += _extract_folder(db, root, _name_base(root, roots), extensions, token, parser, summary, clock,
                                        config.extract.batch_size, progress, stop)
            if stop.is_set():
                return summary
        _reclaim(db, released, token, parser, summary, clock, roots)
    finally:
        parser.close()
    return summary


def _extract_folder(db: sqlite_utils.Database, root: Path, base: Path, extensions: tuple[str, ...], token: int,
                    parser: _Parser, summary: ExtractSummary, clock: Callable[[], str], batch_size: int,
                    progress: Callable[[int], None] | None, stop: threading.Event) -> list[str]:
    """Extract one events folder (its files named relative to ``base``); return the event ids that files
    in it gave up."""
    if not root.is_dir():
        log.warning("events folder %s does not exist or is not a folder; nothing there is removed", root)
        summary.missing_folders.append(str(root))
        return []
    released: list[str] = []
    walk = FolderWalk(root, extensions)
    in_flight: _Batch | None = None  # parsed by the workers while the previous batch is written
    for paths in _chunks(walk, batch_size):
        if stop.is_set():
            break
        batch = _prepare_batch(db, root, base, paths, parser, summary)
        if in_flight is not None:
            released += _write_batch(db, in_flight, token, summary, clock, progress)
        in_flight = batch
    if in_flight is not None:
        released += _write_batch(db, in_flight, token, summary, clock, progress)
    skipped = [(link, link_message(link, "an events folder")) for link in walk.symlinks]
    skipped += [(path, "the name is not valid UTF-8 (its odd bytes are shown as \\xNN); sourcevault cannot record "
                 "it, so it is skipped: rename it") for path in walk.undecodable]
    if skipped:
        with db.atomic():
            for path, message in skipped:
                _record_unreadable(db, root, printable(path), _display_name(base, path), message, clock(), token,
                                   summary)
    if stop.is_set():
        return released
    if walk.errors:
        log.warning("could not read all of %s (%s); deleted files there are not removed this run",
                    root, walk.errors[0])
        return released
    with db.atomic():
        removed, freed = corpus.remove_unseen_files(db, str(root), token, clock())
    summary.files_removed += removed
    return released + freed


@dataclass
class _Batch:
    root: Path
    keys: list[str]
    known: dict[str, corpus.FileState]
    todo: list[tuple[Path, str, str, os.stat_result | None]]  # path, key, name, stat (None: stat failed)
    results: Callable[[], list[ParsedFile]]


def _chunks(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    chunk: list[Path] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare_batch(db: sqlite_utils.Database, root: Path, base: Path, paths: list[Path], parser: _Parser,
                   summary: ExtractSummary) -> _Batch:
    """Stat the files, skip the unchanged, and start parsing the rest (no writes)."""
    keys = [p.as_posix() for p in paths]
    known = corpus.file_states(db, keys)
    todo: list[tuple[Path, str, str, os.stat_result | None]] = []
    for path, key in zip(paths, keys, strict=True):
        summary.files_seen += 1
        try:
            st = path.stat()
        except OSError:
            todo.append((path, key, _display_name(base, path), None))
            continue
        state = known.get(key)
        if state and state.present and state.size == st.st_size and state.mtime_ns == st.st_mtime_ns:
            summary.files_unchanged += 1
            continue
        todo.append((path, key, _display_name(base, path), st))
    results = parser.submit([(path, name) for path, _, name, st in todo if st is not None])
    return _Batch(root, keys, known, todo, results)


def _write_batch(db: sqlite_utils.Database, batch: _Batch, token: int, summary: ExtractSummary,
                 clock: Callable[[], str], progress: Callable[[int], None] | None) -> list[str]:
    """Store one batch in one transaction.

    Files and event ids the database has never seen (a cold start, or new
    events) go in bulk; everything else, one file at a time.
    """
    root, now = batch.root, clock()
    ready: list[tuple[str, str, os.stat_result, ParsedFile]] = []
    released: list[str] = []
    with db.atomic():
        parsed_files = iter(batch.results())
        for _path, key, name, st in batch.todo:
            parsed = next(parsed_files) if st is not None else None
            if st is None or parsed is None or parsed.unreadable:
                what = parsed.unreadable.message if parsed and parsed.unreadable else "cannot stat the file"
                _record_unreadable(db, root, key, name, what, now, token, summary)
                continue
            state = batch.known.get(key)
            if state and state.present and state.content_sha256 == parsed.content_sha256:
                if state.size < 0:  # unreadable last time, back as it was: only its problems change
                    corpus.replace_problems(db, name, parsed.problems, now)
                corpus.record_stat(db, key, st.st_size, st.st_mtime_ns, now)
                summary.files_unchanged += 1
                continue
            ready.append((key, name, st, parsed))
        fresh_ids = corpus.unknown_event_ids(db, [p.event.id for _, _, _, p in ready if p.event])
        bulk: list[corpus.NewFile] = []
        one_by_one: list[tuple[str, str, os.stat_result, ParsedFile]] = []
        for key, name, st, parsed in ready:
            event_id = parsed.event.id if parsed.event else None
            if key not in batch.known and (event_id is None or event_id in fresh_ids):
                fresh_ids.discard(event_id)  # a second file with the same id goes one by one
                bulk.append(corpus.NewFile(str(root), key, name, st.st_size, st.st_mtime_ns,
                                           parsed.content_sha256, parsed.event, parsed.problems))
            else:
                one_by_one.append((key, name, st, parsed))
        if bulk:
            summary.citations_added += corpus.record_new_files(db, bulk, now, token)
            for f in bulk:
                summary.files_parsed += 1
                summary.events_changed += f.event is not None
                summary.problems += len(f.problems)
                _log_problems(f.problems)
        for key, name, st, parsed in one_by_one:
            released += _store(db, root, key, name, st.st_size, st.st_mtime_ns, parsed, now, token, summary)
        written = {f.path for f in bulk} | {key for key, _, _, _ in one_by_one}
        corpus.mark_seen(db, [k for k in batch.keys if k not in written], token)
    if progress:
        progress(len(batch.keys))
    return released


def _parse_chunk(items: list[tuple[Path, str]], limit: int, options: EventFileOptions) -> list[ParsedFile]:
    return [read_and_parse(path, name, limit, options) for path, name in items]


_Parser = WorkerPool[tuple[Path, str], ParsedFile]  # (path, display name) -> parsed file


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
    _log_problems(parsed.problems)
    if outcome.duplicate_of:
        log.warning("%s: event id %s is already defined by %s; file ignored", name,
                    parsed.event.id if parsed.event else "?", outcome.duplicate_of,
                    extra=per_item("duplicate_id", "event files ignored: duplicated event id",
                                   "see the report's input problems or `sourcevault status`"))
    return [outcome.released] if outcome.released else []


def _log_problems(problems: tuple[Problem, ...]) -> None:
    for p in problems:
        log.info("%s: %s%s", p.file, f"{p.field}: " if p.field else "", p.message)


def read_and_parse(path: Path, name: str, limit: int, options: EventFileOptions) -> ParsedFile:
    """Read at most ``limit`` bytes of ``path`` and parse them; a file that cannot be read is
    :attr:`~pipeline.models.ParsedFile.unreadable`, which the caller records without touching its event."""
    try:
        with open_read(path) as fh:  # a file swapped for a link after the walk is not followed either
            data = fh.read(limit + 1)
    except OSError as exc:
        return ParsedFile(name, "", None, (
            Problem(name, ProblemKind.UNREADABLE, f"cannot read the file: {exc.strerror or exc}"),))
    if len(data) > limit:
        return ParsedFile(name, hashlib.sha256(data).hexdigest(), None, (
            Problem(name, ProblemKind.UNREADABLE, f"file is larger than extract.max_file_bytes ({limit})"),))
    return parse_event_file(name, data, options)


def _record_unreadable(db: sqlite_utils.Database, root: Path, key: str, name: str, message: str,
                       now: str, token: int, summary: ExtractSummary) -> None:
    """An unreadable file keeps whatever it defined before; only the problem is recorded.

    It is read again on every run; the warning is logged when it becomes unreadable, and afterwards
    only at info level (quiet on success for cron: the problem stays in ``status`` and the report).
    """
    problem = Problem(name, ProblemKind.UNREADABLE, message)
    summary.problems += 1
    known = corpus.file_states(db, [key]).get(key)
    already = known is not None and known.present and known.size < 0  # recorded unreadable by an earlier run
    log.log(logging.INFO if already else logging.WARNING, "%s: %s", name, message)
    if known is not None and known.present:  # a retired file's row is new again: the next run can retire it
        corpus.mark_seen(db, [key], token)
        corpus.record_stat(db, key, -1, -1, now)  # read again next run, even if put back as it was
        corpus.replace_problems(db, name, [problem], now)
        return
    corpus.record_file(db, root=str(root), path=key, name=name, size=-1, mtime_ns=-1, content_sha256="",
                       event=None, problems=[problem], now=now, run_token=token)


def _reclaim(db: sqlite_utils.Database, released: list[str], token: int, parser: _Parser,
             summary: ExtractSummary, clock: Callable[[], str], roots: Sequence[Path]) -> None:
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
            name = _display_name(_name_base(Path(root), roots), path)
            (parsed,) = parser.map([(path, name)])
            if parsed.unreadable:
                continue
            with db.atomic():
                released += _store(db, Path(root), key, name, st.st_size, st.st_mtime_ns, parsed,
                                   clock(), token, summary)


def _name_base(root: Path, roots: Sequence[Path]) -> Path:
    """The folder an events folder's files are named relative to, in messages and problems, and
    as the key of their problems: its parent (``events/x.md``), or further up while another
    events folder would give the same names (``a/events/x.md`` and ``b/events/x.md``)."""
    def tail(folder: Path, depth: int) -> tuple[str, ...]:
        return folder.parts[-depth:]

    others = [Path(r) for r in roots if Path(r) != root]
    depth = 1
    while depth < len(root.parts) and any(tail(other, depth) == tail(root, depth) for other in others):
        depth += 1
    return Path(*root.parts[:-depth]) if depth < len(root.parts) else Path(root.anchor)


def _display_name(base: Path, path: Path) -> str:
    try:
        return printable(path.relative_to(base))
    except ValueError:
        return printable(path)
