"""The match stage: every archived copy back to the citations it backs.

Walks the archive folder (``paths.archive``, skipping ``warc/``) and any
``match.extra_archives``, reads each copy (:mod:`pipeline.archive.copies`), and decides
which citations it backs: by URL, by a place a cited link was seen to move to
(a hop of a check's or capture's redirect chain, a Wayback snapshot's original), or by
content (:mod:`pipeline.match.scoring`, via the index in :mod:`pipeline.match.index`).
docs/match.md describes the evidence and the statuses.

Incremental: a copy whose file (size and mtime, else SHA-256) and match
settings are unchanged is not matched again, unless citations it matched
changed or disappeared. Citations that are new or changed since the last run
(their evidence hash differs from ``indexed_citations``) are checked against
every unchanged copy through a small index of just those citations; only the
copies they might concern are matched again in full. Work is committed one
batch of copies at a time, so a killed run resumes where it stopped.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils

from ..archive.copies import FRONT_MATTER_BYTES, kind_of_head, parse_copy
from ..clock import utc_now
from ..config import Config, MatchConfig
from ..db import matches as store
from ..folderwalk import FolderWalk, link_message, printable
from ..logs import per_item
from ..models import ArchivedCopy, CopyKind, CopyStatus, StageCounts
from ..safefiles import open_read
from ..workers import WorkerPool
from .index import CitationIndex, CopyFeatures, features_of
from .scoring import WEIGHTS, Decision, Policy, decide

__all__ = ["ALGORITHM_VERSION", "MatchSummary", "archive_roots", "match_copy", "run"]

log = logging.getLogger(__name__)

ALGORITHM_VERSION = 3  # bump when scoring changes: every copy is matched again (2: vetoes; 3: per citation)
DELTA_SLACK = 0.15  # a new citation scoring this close to the candidate threshold re-matches the copy
FULL_REMATCH_SHARE = 0.3  # when this share of citations changed, match every copy again


@dataclass
class MatchSummary(StageCounts):
    copies_seen: int = 0
    copies_matched: int = 0  # matched (again) in full this run
    copies_unchanged: int = 0
    copies_removed: int = 0
    unreadable: int = 0
    matched: int = 0  # statuses of the copies matched this run
    candidate: int = 0
    ambiguous: int = 0
    unmatched: int = 0
    citations_changed: int = 0  # new or changed since the last run
    citations_removed: int = 0
    missing_folders: list[str] = field(default_factory=list)


def match_copy(index: CitationIndex, features: CopyFeatures, policy: Policy,
               replaced: frozenset[int] = frozenset()) -> Decision:
    """URL evidence first; content evidence only when no URL evidence reaches the threshold.

    ``replaced``: links whose page held other content when this copy was captured (no URL evidence).
    """
    scored = index.url_evidence(features, replaced)
    if not any(s.match.score >= policy.threshold for s in scored):
        note = (f"the copy's URL {features.canonical} is cited, but that page held other content when "
                "the copy was captured (check verdict content_replaced)") if replaced else None
        scored += index.content_evidence(features, note)
    return decide(scored, policy)


def policy_of(settings: MatchConfig) -> Policy:
    return Policy(settings.threshold, settings.candidate_threshold, settings.ambiguity_margin,
                  settings.max_candidates)


def matcher_sha256(settings: MatchConfig) -> str:
    """Fingerprint of what decides a match: a change re-matches every copy."""
    data = {"version": ALGORITHM_VERSION, "policy": repr(policy_of(settings)), "weights": WEIGHTS,
            "date_tolerance_days": settings.date_tolerance_days}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _evidence_sha256(row: store.CitationRow, moves: dict[int, list[store.Move]], replaced: set[int]) -> str:
    parts = [str(v) for v in row[1:]] + sorted(f"{url} {how}" for url, how in moves.get(row.link_id or -1, ()))
    parts += ["content replaced"] if row.link_id in replaced else []
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass(slots=True)
class _Todo:
    """One copy of a batch: read and matched, or set aside before reading (unchanged, or a problem)."""

    rel: str
    state: store.CopyState | None
    size: int = -1
    mtime_ns: int = -1
    settled: bool = False  # matched before under the same settings, and none of its citations changed
    read: bool = False
    problem: str | None = None


@dataclass(slots=True)
class _Batch:
    root: Path
    todo: list[_Todo]
    results: Callable[[], list[CopyFeatures | ArchivedCopy]]  # one per copy to read, in order


def read_copies(items: list[tuple[Path, str]], limit: int) -> list[CopyFeatures | ArchivedCopy]:
    """Read and parse copies (in a worker process): each copy's features, or the copy naming its problem.

    The text itself is left out of what comes back: matching needs only its words.
    """
    out: list[CopyFeatures | ArchivedCopy] = []
    for path, rel in items:
        copy = _read(path, rel, limit)
        if copy.problem:
            out.append(copy)
        else:
            features = features_of(copy)
            out.append(replace(features, copy=replace(copy, body="")))
    return out


def _read(path: Path, rel: str, limit: int) -> ArchivedCopy:
    try:
        with open_read(path) as fh:
            # past the limit, the head still holds the whole front matter (whether the copy is ours)
            data = fh.read(max(limit + 1, FRONT_MATTER_BYTES))
            if len(data) > limit:  # not read for matching, but hashed whole: verify compares the file's hash
                digest = hashlib.sha256(data)
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
                return ArchivedCopy(rel, digest.hexdigest(), kind_of_head(data),
                                    problem=f"file is larger than match.max_file_bytes ({limit})")
    except OSError as exc:
        return ArchivedCopy(rel, "", CopyKind.HAND_SAVED, problem=f"cannot read: {exc.strerror or exc}")
    return parse_copy(rel, data)


class _Run:
    """The state of one match run (what changed, the indexes, the counts)."""

    def __init__(self, db: sqlite_utils.Database, config: Config, clock: Callable[[], str],
                 progress: Callable[[int], None] | None, stop: threading.Event) -> None:
        self.db, self.config, self.clock, self.progress = db, config, clock, progress
        self.stop = stop
        self.settings = config.match
        self.policy = policy_of(self.settings)
        self.matcher = matcher_sha256(self.settings)
        self.summary = MatchSummary()
        self.moves = store.moves(db)
        self.replaced = store.replaced_captures(db)  # own copies captured after their page was replaced
        self.primary = Path(config.paths.archive)
        replaced_links = set().union(*self.replaced.values())
        current = {row.citation_id: _evidence_sha256(row, self.moves, replaced_links)
                   for row in store.citation_rows(db)}
        stored = store.evidence_hashes(db)
        self.changed = {cid: h for cid, h in current.items() if stored.get(cid) != h}
        self.gone = [cid for cid in stored if cid not in current]
        self.summary.citations_changed, self.summary.citations_removed = len(self.changed), len(self.gone)
        self.rematch_all = bool(current) and len(self.changed) > FULL_REMATCH_SHARE * len(current)
        self.stale = set() if self.rematch_all else store.copies_citing(db, list(self.changed) + self.gone)
        self._full: CitationIndex | None = None
        self._delta: CitationIndex | None = None
        self.token = store.next_run_token(db)
        self.readers: WorkerPool[tuple[Path, str], CopyFeatures | ArchivedCopy] = WorkerPool(
            functools.partial(read_copies, limit=self.settings.max_file_bytes), self.settings.workers,
            what="copy reader")

    @property
    def full(self) -> CitationIndex:
        if self._full is None:
            self._full = CitationIndex(store.citation_rows(self.db), self.moves,
                                       date_tolerance_days=self.settings.date_tolerance_days)
            log.info("match: indexed %d citations", len(self._full))
        return self._full

    @property
    def delta(self) -> CitationIndex | None:
        if not self.changed or self.rematch_all:
            return None
        if self._delta is None:
            self._delta = CitationIndex(store.citation_rows(self.db, list(self.changed)), self.moves,
                                        date_tolerance_days=self.settings.date_tolerance_days)
        return self._delta

    def walk_root(self, root: Path) -> bool:
        """Match the copies under ``root``; False when the walk was incomplete."""
        walk = FolderWalk(root, tuple(self.settings.extensions), skip_dirs=("warc",))
        in_flight: _Batch | None = None  # read and parsed by the workers while the previous batch is written
        batch: list[Path] = []
        for path in walk:
            if self.stop.is_set():
                break
            batch.append(path)
            if len(batch) >= self.settings.batch_size:
                in_flight = self._write_and_hold(in_flight, self._prepare(root, batch))
                batch = []
        batch += walk.symlinks  # each becomes an unreadable copy naming the link; none is followed
        for path in walk.undecodable:
            log.warning("%s: the name is not valid UTF-8; this copy is skipped (rename it)", printable(path),
                        extra=per_item("copy_name_undecodable", "archived copies skipped: name not valid UTF-8"))
        if batch and not self.stop.is_set():
            in_flight = self._write_and_hold(in_flight, self._prepare(root, batch))
        if in_flight is not None and not self.stop.is_set():  # on a stop, read but not yet written: next run
            self._write(in_flight)
        if self.stop.is_set():
            return False  # not every copy was seen: nothing is removed
        if walk.errors:
            log.warning("could not read all of %s (%s); deleted copies there are kept this run", root, walk.errors[0])
            return False
        with self.db.atomic():
            self.summary.copies_removed += store.remove_unseen_copies(self.db, str(root), self.token, self.clock())
        return True

    def _write_and_hold(self, written: _Batch | None, prepared: _Batch) -> _Batch:
        """Write the batch in flight (unless stopped) and hold ``prepared`` as the next one."""
        if written is not None and not self.stop.is_set():
            self._write(written)
        return prepared

    def _prepare(self, root: Path, paths: list[Path]) -> _Batch:
        """Stat the copies, set aside the unchanged, and start reading the rest (no writes)."""
        rels = [p.relative_to(root).as_posix() for p in paths]
        states = store.copy_states(self.db, str(root), rels)
        todo: list[_Todo] = []
        for path, rel in zip(paths, rels, strict=True):
            state = states.get(rel)
            try:
                st = path.lstat()
            except OSError as exc:
                todo.append(_Todo(rel, state, problem=f"cannot stat: {exc.strerror}"))
                continue
            if stat.S_ISLNK(st.st_mode):
                todo.append(_Todo(rel, state, problem=link_message(path, "an archive folder")))
                continue
            settled = (state is not None and state.present and state.matcher_sha256 == self.matcher
                       and state.id not in self.stale and not self.rematch_all)
            unchanged = (state is not None and settled and state.size == st.st_size
                         and state.mtime_ns == st.st_mtime_ns
                         and (self.delta is None or state.status == CopyStatus.UNREADABLE.value))
            todo.append(_Todo(rel, state, st.st_size, st.st_mtime_ns, settled=settled, read=not unchanged))
        results = self.readers.submit([(path, t.rel) for path, t in zip(paths, todo, strict=True) if t.read])
        return _Batch(root, todo, results)

    def _write(self, batch: _Batch) -> None:
        """Record one batch of copies in one transaction."""
        read = iter(batch.results())
        now = self.clock()
        with self.db.atomic():
            for todo in batch.todo:
                self.summary.copies_seen += 1
                if todo.problem is not None:
                    self._unreadable(batch.root, ArchivedCopy(todo.rel, "", CopyKind.HAND_SAVED, problem=todo.problem),
                                     -1, -1, todo.state, now)
                elif not todo.read:
                    assert todo.state is not None
                    store.mark_seen(self.db, [todo.state.id], self.token)
                    self.summary.copies_unchanged += 1
                else:
                    result = next(read)
                    if (result.copy.path if isinstance(result, CopyFeatures) else result.path) != todo.rel:
                        raise RuntimeError(f"copy reader results out of order: {todo.rel} got another copy")
                    self._one(batch.root, todo, result, now)
        if self.progress:
            self.progress(len(batch.todo))

    def _one(self, root: Path, todo: _Todo, read: CopyFeatures | ArchivedCopy, now: str) -> None:
        state = todo.state
        if isinstance(read, ArchivedCopy):
            self._unreadable(root, read, todo.size, todo.mtime_ns, state, now)
            return
        features, copy = read, read.copy
        if (state is not None and todo.settled and copy.file_sha256 == state.file_sha256
                and not self._touched_by_delta(features)):
            store.mark_seen(self.db, [state.id], self.token)
            store.record_copy_stat(self.db, state.id, todo.size, todo.mtime_ns)
            self.summary.copies_unchanged += 1
            return
        if (copy.kind is CopyKind.HAND_SAVED and state is not None and state.file_sha256
                and copy.file_sha256 != state.file_sha256):
            log.warning("%s: a hand-saved copy changed since it was last matched (sha256 %s… now %s…); matched "
                        "again, and the change is kept for auditors ('sourcevault verify' lists it)",
                        (root / copy.path).as_posix(), state.file_sha256[:12], copy.file_sha256[:12],
                        extra=per_item("hand_saved_changed", "hand-saved copies changed since last matched",
                                       "`sourcevault verify` lists them"))
        replaced = self.replaced.get(copy.path, frozenset()) if root == self.primary else frozenset()
        decision = match_copy(self.full, features, self.policy, replaced)
        copy_id = store.record_copy(self.db, root=str(root), copy=copy, size=todo.size, mtime_ns=todo.mtime_ns,
                                    canonical_url=features.canonical, status=decision.status,
                                    matcher_sha256=self.matcher, now=now, token=self.token,
                                    previous_sha256=state.file_sha256 if state else None)
        store.replace_matches(self.db, copy_id, decision.matches, now)
        self.summary.copies_matched += 1
        setattr(self.summary, decision.status.value, getattr(self.summary, decision.status.value) + 1)

    def _touched_by_delta(self, features: CopyFeatures) -> bool:
        """Might a new or changed citation concern this copy? (Cheap: the small index only.)"""
        delta = self.delta
        if delta is None:
            return False
        if delta.url_evidence(features):
            return True
        floor = self.policy.candidate_threshold - DELTA_SLACK
        return any(s.match.score >= floor for s in delta.content_evidence(features))

    def _unreadable(self, root: Path, copy: ArchivedCopy, size: int, mtime_ns: int,
                    state: store.CopyState | None, now: str) -> None:
        log.warning("%s: %s", (root / copy.path).as_posix(), copy.problem,
                    extra=per_item("copy_unreadable", "archived copies unreadable",
                                   "see the report's copies to review"))
        self.summary.unreadable += 1
        copy_id = store.record_copy(self.db, root=str(root), copy=copy, size=size, mtime_ns=mtime_ns,
                                    canonical_url=None, status=CopyStatus.UNREADABLE,
                                    matcher_sha256=self.matcher, now=now, token=self.token,
                                    previous_sha256=state.file_sha256 if state else None)
        store.replace_matches(self.db, copy_id, [], now)


def archive_roots(config: Config) -> list[Path]:
    """The folders of archived copies: ``paths.archive`` then ``match.extra_archives``."""
    return [Path(config.paths.archive), *map(Path, config.match.extra_archives)]


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[[int], None] | None = None) -> MatchSummary:
    """Match every archived copy to the citations it backs; return what was done."""
    state = _Run(db, config, clock, progress, stop or threading.Event())
    with db.atomic():  # a folder dropped from the config takes its copies' matches with it
        state.summary.copies_removed += store.remove_copies_outside(
            db, [str(r) for r in archive_roots(config)], clock())
    complete = True
    with state.readers:
        for root in archive_roots(config):
            if not root.is_dir():
                # normal before anything is archived: not worth a warning on every run
                log.info("archive folder %s does not exist or is not a folder; nothing there is removed", root)
                state.summary.missing_folders.append(str(root))
                complete = complete and not store.has_copies(db, str(root))
                continue
            complete = state.walk_root(root) and complete
    if complete:  # every copy has now seen the new citations
        with db.atomic():
            store.save_evidence_hashes(db, state.changed, state.gone)
    return state.summary
