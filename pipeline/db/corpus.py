"""SQL for the corpus: event files, events, citations, links and input problems.

Rows are never deleted: an event, citation or problem that is gone from the
input gets ``present = 0`` and a ``removed_at``/``resolved_at`` time, so the
history stays while every "current" query filters on ``present = 1``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..models import Citation, Event, Problem, ProblemKind

__all__ = [
    "FileState",
    "NewFile",
    "corpus_counts",
    "current_problems",
    "event_with_citations",
    "file_states",
    "files_claiming",
    "mark_seen",
    "next_run_token",
    "problem_counts",
    "record_file",
    "record_new_files",
    "record_stat",
    "remove_files_outside",
    "remove_unseen_files",
    "replace_problems",
    "unknown_event_ids",
]


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int
    content_sha256: str
    event_id: str | None
    present: bool


def file_states(db: sqlite_utils.Database, paths: Sequence[str]) -> dict[str, FileState]:
    """The stored state of each of ``paths`` that the database knows."""
    out: dict[str, FileState] = {}
    for start in range(0, len(paths), 500):
        chunk = paths[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT path, size, mtime_ns, content_sha256, event_id, present FROM files WHERE path IN ({marks})",
            chunk,
        ):
            out[row[0]] = FileState(row[1], row[2], row[3], row[4], bool(row[5]))
    return out


def next_run_token(db: sqlite_utils.Database) -> int:
    """A number larger than any run's mark on the files table (marks what this run has seen)."""
    return int(db.execute("SELECT max(ifnull(seen_run, 0)) FROM files").fetchone()[0] or 0) + 1


def problem_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Current input problems by kind."""
    return {r["kind"]: r["n"] for r in db.query(
        "SELECT kind, count(*) AS n FROM problems WHERE present = 1 GROUP BY kind ORDER BY kind")}


def mark_seen(db: sqlite_utils.Database, paths: Iterable[str], run_token: int) -> None:
    db.conn.executemany("UPDATE files SET seen_run = ? WHERE path = ?", [(run_token, p) for p in paths])


def record_stat(db: sqlite_utils.Database, path: str, size: int, mtime_ns: int, now: str) -> None:
    """The file was touched but its content is unchanged: remember the new stat only."""
    db.execute("UPDATE files SET size = ?, mtime_ns = ?, updated_at = ? WHERE path = ?",
               [size, mtime_ns, now, path])


_UPSERT_EVENT = """
    INSERT INTO events (id, file, title, date, description, content_sha256, present,
                        first_seen_at, updated_at, removed_at)
    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)
    ON CONFLICT(id) DO UPDATE SET file = excluded.file, title = excluded.title,
        date = excluded.date, description = excluded.description,
        content_sha256 = excluded.content_sha256, present = 1,
        updated_at = excluded.updated_at, removed_at = NULL"""

_UPSERT_CITATION = """
    INSERT INTO citations (event_id, kind, position, field, raw_url, canonical_url, link_id,
                           title, outlet, cited_date, archive_service, archive_timestamp,
                           present, first_seen_at, updated_at, removed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)
    ON CONFLICT(event_id, kind, position, ifnull(raw_url, '')) DO UPDATE SET
        field = excluded.field, canonical_url = excluded.canonical_url,
        link_id = excluded.link_id, title = excluded.title, outlet = excluded.outlet,
        cited_date = excluded.cited_date, archive_service = excluded.archive_service,
        archive_timestamp = excluded.archive_timestamp, present = 1,
        updated_at = excluded.updated_at, removed_at = NULL"""

_UPSERT_FILE = """
    INSERT INTO files (path, root, name, size, mtime_ns, content_sha256, event_id, present, seen_run,
                       first_seen_at, updated_at, removed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, NULL)
    ON CONFLICT(path) DO UPDATE SET root = excluded.root, name = excluded.name, size = excluded.size,
        mtime_ns = excluded.mtime_ns, content_sha256 = excluded.content_sha256,
        event_id = excluded.event_id, present = 1, seen_run = excluded.seen_run,
        updated_at = excluded.updated_at, removed_at = NULL"""

_UPSERT_PROBLEM = """
    INSERT INTO problems (file, event_id, kind, field, value, message, present,
                          first_seen_at, last_seen_at, resolved_at)
    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)
    ON CONFLICT(file, kind, ifnull(field, ''), ifnull(value, '')) DO UPDATE SET
        event_id = excluded.event_id, message = excluded.message, present = 1,
        last_seen_at = excluded.last_seen_at, resolved_at = NULL"""


def _event_row(event: Event, sha: str, now: str) -> tuple:
    return (event.id, event.file, event.title, event.date, event.description, sha, now, now)


def _citation_rows(event: Event, link_ids: dict[str, int], now: str) -> list[tuple]:
    return [(event.id, c.kind.value, c.position, c.field, c.raw_url, c.canonical_url,
             link_ids.get(c.canonical_url) if c.canonical_url else None, c.title, c.outlet,
             c.cited_date, c.archive_service, c.archive_timestamp, now, now) for c in event.citations]


def _problem_row(p: Problem, now: str) -> tuple:
    return (p.file, p.event_id, p.kind.value, p.field, p.value, p.message, now, now)


@dataclass(frozen=True, slots=True)
class NewFile:
    """A file the database has never seen, defining an event id it has never seen."""

    root: str
    path: str
    name: str
    size: int
    mtime_ns: int
    content_sha256: str
    event: Event | None
    problems: tuple[Problem, ...]


def unknown_event_ids(db: sqlite_utils.Database, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that no events row has ever had."""
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        known.update(r[0] for r in db.execute(f"SELECT id FROM events WHERE id IN ({marks})", chunk))
    return set(ids) - known


def record_new_files(db: sqlite_utils.Database, files: Sequence[NewFile], now: str, run_token: int) -> int:
    """Store many never-seen files at once (the cold-start path); return citations added.

    The caller guarantees that no file and no event id is known to the database
    and that the event ids are distinct. Call inside a transaction.
    """
    events = [f.event for f in files if f.event is not None]
    link_ids = _ensure_links(db, (c for e in events for c in e.citations), now)
    db.conn.executemany(_UPSERT_EVENT, [_event_row(f.event, f.content_sha256, now) for f in files if f.event])
    citation_rows = [row for e in events for row in _citation_rows(e, link_ids, now)]
    db.conn.executemany(_UPSERT_CITATION, citation_rows)
    db.conn.executemany(_UPSERT_FILE, [
        (f.path, f.root, f.name, f.size, f.mtime_ns, f.content_sha256, f.event.id if f.event else None,
         run_token, now, now) for f in files])
    db.conn.executemany(_UPSERT_PROBLEM, [_problem_row(p, now) for f in files for p in f.problems])
    return len(citation_rows)


@dataclass(slots=True)
class RecordOutcome:
    event_id: str | None = None  # the event this file now defines (None if it defines none)
    released: str | None = None  # an event id this file no longer defines
    citations_added: int = 0
    citations_removed: int = 0
    duplicate_of: str | None = None  # the other file that already defines the same id


def record_file(db: sqlite_utils.Database, *, root: str, path: str, name: str, size: int, mtime_ns: int,
                content_sha256: str, event: Event | None, problems: Sequence[Problem],
                now: str, run_token: int) -> RecordOutcome:
    """Store what one file says, replacing what it said before. Call inside a transaction."""
    outcome = RecordOutcome()
    row = db.execute("SELECT event_id FROM files WHERE path = ?", [path]).fetchone()
    known_file = row is not None
    previous_event = row[0] if row else None
    problems = list(problems)

    if event is not None:
        owner = db.execute("SELECT file, present FROM events WHERE id = ?", [event.id]).fetchone()
        if owner and owner[1] and owner[0] != name:
            outcome.duplicate_of = owner[0]
            problems.append(Problem(name, ProblemKind.DUPLICATE_ID,
                                    f"event id is already defined by {owner[0]}; this file is ignored",
                                    event.id, "id", event.id))
            event = None
    if previous_event and (event is None or event.id != previous_event):
        outcome.citations_removed += _remove_event(db, previous_event, now)
        outcome.released = previous_event
    if event is not None:
        added, removed = _store_event(db, event, content_sha256, now, existed=owner is not None)
        outcome.citations_added, outcome.citations_removed = added, outcome.citations_removed + removed
        outcome.event_id = event.id

    db.execute(_UPSERT_FILE, [path, root, name, size, mtime_ns, content_sha256, outcome.event_id, run_token, now, now])
    if known_file or problems:
        replace_problems(db, name, problems, now)
    return outcome


def _store_event(db: sqlite_utils.Database, event: Event, sha: str, now: str, existed: bool) -> tuple[int, int]:
    db.execute(_UPSERT_EVENT, _event_row(event, sha, now))
    link_ids = _ensure_links(db, event.citations, now)
    before = {
        (r[0], r[1], r[2] or ""): r[3]
        for r in db.execute(
            "SELECT kind, position, raw_url, id FROM citations WHERE event_id = ? AND present = 1", [event.id]
        )
    } if existed else {}
    rows = _citation_rows(event, link_ids, now)
    keep = {(r[1], r[2], r[4] or "") for r in rows}
    db.conn.executemany(_UPSERT_CITATION, rows)
    added = len(keep - set(before))
    gone = [cid for key, cid in before.items() if key not in keep]
    if gone:
        db.conn.executemany("UPDATE citations SET present = 0, removed_at = ? WHERE id = ?",
                            [(now, cid) for cid in gone])
    return added, len(gone)


def _ensure_links(db: sqlite_utils.Database, citations: Iterable[Citation], now: str) -> dict[str, int]:
    rows = {}
    for c in citations:
        if c.canonical_url and c.canonical_url not in rows:
            # a snapshot URL stands for its original: the link is fetched at the original
            url = c.canonical_url if c.archive_service else (c.raw_url or c.canonical_url).strip()
            rows[c.canonical_url] = (c.canonical_url, url, c.host or "", now)
    if not rows:
        return {}
    db.conn.executemany(
        "INSERT INTO links (canonical_url, url, host, first_seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(canonical_url) DO NOTHING",
        list(rows.values()),
    )
    keys = list(rows)
    ids: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        ids.update(db.execute(f"SELECT canonical_url, id FROM links WHERE canonical_url IN ({marks})", chunk))
    return ids


def _remove_event(db: sqlite_utils.Database, event_id: str, now: str) -> int:
    db.execute("UPDATE events SET present = 0, removed_at = ? WHERE id = ? AND present = 1", [now, event_id])
    cur = db.execute("UPDATE citations SET present = 0, removed_at = ? WHERE event_id = ? AND present = 1",
                     [now, event_id])
    return cur.rowcount


def replace_problems(db: sqlite_utils.Database, name: str, problems: Sequence[Problem], now: str) -> None:
    db.execute("UPDATE problems SET present = 0, resolved_at = ? WHERE file = ? AND present = 1", [now, name])
    if not problems:
        return
    db.conn.executemany(_UPSERT_PROBLEM, [_problem_row(p, now) for p in problems])


def remove_unseen_files(db: sqlite_utils.Database, root: str, run_token: int, now: str) -> tuple[int, list[str]]:
    """Files under ``root`` not seen by this run were deleted: retire what they defined.

    Returns the number of files removed and the event ids they released.
    """
    return _retire_files(db, db.execute(
        "SELECT path, name, event_id FROM files WHERE root = ? AND present = 1 AND ifnull(seen_run, -1) != ?",
        [root, run_token],
    ).fetchall(), now)


def remove_files_outside(db: sqlite_utils.Database, roots: Sequence[str], now: str) -> tuple[int, list[str]]:
    """Files under a folder that is no longer configured leave the corpus, like deleted ones."""
    marks = ",".join("?" * len(roots)) or "''"
    return _retire_files(db, db.execute(
        f"SELECT path, name, event_id FROM files WHERE present = 1 AND root NOT IN ({marks})", list(roots),
    ).fetchall(), now)


def _retire_files(db: sqlite_utils.Database, gone: list[tuple[str, str, str | None]],
                  now: str) -> tuple[int, list[str]]:
    released = []
    for path, name, event_id in gone:
        if event_id:
            _remove_event(db, event_id, now)
            released.append(event_id)
        db.execute("UPDATE files SET present = 0, removed_at = ?, event_id = NULL WHERE path = ?", [now, path])
        replace_problems(db, name, [], now)
    return len(gone), released


def files_claiming(db: sqlite_utils.Database, event_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(root, path) of present files whose duplicate-id problem names one of ``event_ids``."""
    if not event_ids:
        return []
    marks = ",".join("?" * len(event_ids))
    return db.execute(
        f"""SELECT DISTINCT f.root, f.path FROM problems p
            JOIN files f ON f.name = p.file AND f.present = 1 AND f.event_id IS NULL
            WHERE p.present = 1 AND p.kind = 'duplicate_id' AND p.value IN ({marks})
            ORDER BY f.path""",
        list(event_ids),
    ).fetchall()


def corpus_counts(db: sqlite_utils.Database) -> dict[str, int]:
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return {
        "events": one("SELECT count(*) FROM events WHERE present = 1"),
        "citations": one("SELECT count(*) FROM citations WHERE present = 1"),
        "links": one("SELECT count(DISTINCT link_id) FROM citations WHERE present = 1 AND link_id IS NOT NULL"),
        "hosts": one("""SELECT count(DISTINCT l.host) FROM links l
                        WHERE l.id IN (SELECT link_id FROM citations WHERE present = 1)"""),
        "problems": one("SELECT count(*) FROM problems WHERE present = 1"),
        "files": one("SELECT count(*) FROM files WHERE present = 1"),
    }


def current_problems(db: sqlite_utils.Database, limit: int | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT file, event_id, kind, field, value, message, first_seen_at FROM problems "
           "WHERE present = 1 ORDER BY file, kind, field")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in db.query(sql)]


def event_with_citations(db: sqlite_utils.Database, event_id: str) -> dict[str, Any] | None:
    """A present event and its present citations (by kind and position), or None."""
    row = db.execute("SELECT id, title, date, description, file FROM events WHERE id = ? AND present = 1",
                     [event_id]).fetchone()
    if row is None:
        return None
    event = dict(zip(("id", "title", "date", "description", "file"), row))
    event["citations"] = [dict(r) for r in db.query(
        """SELECT id, kind, position, field, raw_url, canonical_url, link_id, title, outlet, cited_date
           FROM citations WHERE event_id = ? AND present = 1
           ORDER BY CASE kind WHEN 'source' THEN 0 WHEN 'archive' THEN 1 ELSE 2 END, position, id""",
        [event_id])]
    return event
