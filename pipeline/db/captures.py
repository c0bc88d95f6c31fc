"""SQL for the archive stage: captures of cited links and external snapshots.

A *capture* row exists for every fetch that got an HTTP response (its raw
records are in a WARC file) and for the latest fetch of a link that got none
(``error`` set, no WARC columns), so a failure is visible and retried later.
A link is *current* when at least one present citation points at it. Lists
of work are read in pages keyed by link id, so memory stays flat however big
the corpus is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

import sqlite_utils

from ..archive.warc import Original
from ..models import ArchiveService, Capture, LinkState, RecordType, SnapshotStatus, TextStatus

__all__ = [
    "LinkTodo",
    "Recapture",
    "TextTodo",
    "archive_counts",
    "archived_captures",
    "capture_by_id",
    "captures_of",
    "copy_path_taken",
    "current_captures",
    "find_original",
    "known_good_offsets",
    "latest_capture",
    "links_for_lookup",
    "links_for_save",
    "looked_up_since",
    "links_to_capture",
    "links_to_recapture",
    "mark_verified",
    "pending_texts",
    "missing_events",
    "record_capture",
    "record_fetch_error",
    "record_location",
    "record_snapshot",
    "record_text",
    "text_source",
    "text_todo",
]

PAGE = 200
_CURRENT = "EXISTS (SELECT 1 FROM citations c WHERE c.link_id = l.id AND c.present = 1)"
_CAPTURED = "k.warc_record_id IS NOT NULL"
_COLUMNS = [f.name for f in fields(Capture) if f.name != "id"]


@dataclass(frozen=True, slots=True)
class LinkTodo:
    link_id: int
    url: str
    host: str


@dataclass(frozen=True, slots=True)
class Recapture:
    """A link due for a conditional re-fetch, with what its latest capture knew."""

    link_id: int
    url: str
    host: str
    capture_id: int
    payload_digest: str | None
    body_sha256: str | None
    copy_path: str | None
    text_status: str
    etag: str | None
    last_modified: str | None
    baseline_id: int | None = None  # the link's first capture with a text copy: drift is judged against it
    baseline_copy_path: str | None = None
    baseline_captured_at: str | None = None


@dataclass(frozen=True, slots=True)
class TextTodo:
    """A capture whose text is pending: what its text job needs, read from its row."""

    capture_id: int
    link_id: int
    url: str
    host: str
    final_url: str | None
    captured_at: str
    status: int | None
    content_type: str | None
    payload_digest: str | None
    warc_file: str
    warc_offset: int
    warc_record_id: str
    record_type: str
    refers_to_record_id: str | None
    refers_to_record: tuple[str, int] | None  # (file, offset) of the record a revisit refers to: its body
    text_reason: str | None  # a note made when it was stored (the body was cut at the size cap)
    previous_id: int | None
    baseline_id: int | None = None  # for a re-capture: the link's first capture with a copy, before this one
    baseline_copy_path: str | None = None

    @property
    def body_record(self) -> tuple[str, int] | None:
        """(WARC file, offset) of the record that holds the body (a revisit's original), if known."""
        if self.record_type == RecordType.REVISIT.value:
            return self.refers_to_record
        return self.warc_file, self.warc_offset

    @property
    def text_from(self) -> str | None:
        """The id of the record whose payload the text is made from."""
        return self.refers_to_record_id if self.record_type == RecordType.REVISIT.value else self.warc_record_id


def _paged(db: sqlite_utils.Database, sql: str, params: dict[str, Any]) -> Iterator[tuple]:
    """Rows of ``sql`` (which filters ``l.id > :after`` and orders by l.id), a page at a time."""
    after = 0
    while True:
        rows = db.execute(sql + f" LIMIT {PAGE}", {**params, "after": after}).fetchall()
        yield from rows
        if len(rows) < PAGE:
            return
        after = rows[-1][0]


def links_to_capture(db: sqlite_utils.Database, retry_before: str) -> Iterator[LinkTodo]:
    """Current links with no capture, whose last failed fetch (if any) is older than ``retry_before``.

    A link the check stage found unreachable since then (its host does not
    resolve, its address is refused, robots.txt disallows it) is left for
    later: fetching it again now would only fail the same way.
    """
    sql = f"""SELECT l.id, l.url, l.host FROM links l
              WHERE l.id > :after AND {_CURRENT}
                AND NOT EXISTS (SELECT 1 FROM captures k WHERE k.link_id = l.id
                                AND ({_CAPTURED} OR k.captured_at >= :retry_before))
                AND NOT EXISTS (SELECT 1 FROM link_states s WHERE s.link_id = l.id
                                AND s.verdict IN ('dns_error', 'refused_address', 'invalid_url', 'robots_disallowed')
                                AND s.checked_at >= :retry_before)
              ORDER BY l.id"""
    for row in _paged(db, sql, {"retry_before": retry_before}):
        yield LinkTodo(*row)


def links_to_recapture(db: sqlite_utils.Database, due_before: str, retry_before: str,
                       link_id: int | None = None) -> Iterator[Recapture]:
    """Current links whose latest capture was made or confirmed before ``due_before``, with the
    first capture that has a text copy (the baseline that drift is judged against); only the
    link ``link_id`` if given."""
    sql = f"""SELECT l.id, l.url, l.host, k.id, k.payload_digest, k.body_sha256, k.copy_path, k.text_status,
                     k.etag, k.last_modified, b.id, b.copy_path, b.captured_at
              FROM links l
              JOIN captures k ON k.id = (SELECT max(x.id) FROM captures x
                                         WHERE x.link_id = l.id AND x.warc_record_id IS NOT NULL)
              LEFT JOIN captures b ON b.id = (SELECT min(y.id) FROM captures y
                                              WHERE y.link_id = l.id AND y.copy_path IS NOT NULL)
              WHERE l.id > :after AND {_CURRENT}
                AND coalesce(k.verified_at, k.captured_at) < :due_before
                AND NOT EXISTS (SELECT 1 FROM captures e WHERE e.link_id = l.id AND e.warc_record_id IS NULL
                                AND e.id > k.id AND e.captured_at >= :retry_before)
                {"AND l.id = :link_id" if link_id is not None else ""}
              ORDER BY l.id"""
    for row in _paged(db, sql, {"due_before": due_before, "retry_before": retry_before, "link_id": link_id}):
        yield Recapture(*row)


def record_capture(db: sqlite_utils.Database, capture: Capture) -> int:
    """Insert a capture (the caller commits). Returns its id."""
    values = _row(capture)
    marks = ", ".join(f":{c}" for c in _COLUMNS)
    cur = db.execute(f"INSERT INTO captures ({', '.join(_COLUMNS)}) VALUES ({marks})", values)
    assert cur.lastrowid is not None
    return cur.lastrowid


def record_fetch_error(db: sqlite_utils.Database, capture: Capture) -> int:
    """Record a fetch without a response; a repeated failure updates the link's last error row."""
    last = db.execute("SELECT id, warc_record_id FROM captures WHERE link_id = ? ORDER BY id DESC LIMIT 1",
                      [capture.link_id]).fetchone()
    if last and last[1] is None:
        db.execute("UPDATE captures SET error = ?, captured_at = ?, final_url = ?, redirects = ? WHERE id = ?",
                   [capture.error, capture.captured_at, capture.final_url,
                    json.dumps([list(r) for r in capture.redirects]), last[0]])
        return int(last[0])
    return record_capture(db, capture)


def _row(capture: Capture) -> dict[str, Any]:
    values = {c: getattr(capture, c) for c in _COLUMNS}
    values["redirects"] = json.dumps([list(r) for r in capture.redirects])
    values["text_status"] = capture.text_status.value
    values["drifted"] = int(capture.drifted)
    return values


def pending_texts(db: sqlite_utils.Database) -> Iterator[int]:
    """Ids of the captures whose text is pending, oldest first (a page at a time)."""
    after = 0
    while True:
        ids = [r[0] for r in db.execute(
            f"SELECT id FROM captures WHERE text_status = '{TextStatus.PENDING}' AND id > ? ORDER BY id LIMIT {PAGE}",
            [after])]
        yield from ids
        if len(ids) < PAGE:
            return
        after = ids[-1]


def text_todo(db: sqlite_utils.Database, capture_id: int) -> TextTodo | None:
    """What the text job of a pending capture needs (None when it is not pending: done meanwhile)."""
    row = db.execute(
        f"""SELECT k.id, k.link_id, k.url, l.host, k.final_url, k.captured_at, k.status, k.content_type,
                   k.payload_digest, k.warc_file, k.warc_offset, k.warc_record_id, k.record_type,
                   k.refers_to_record_id, o.warc_file, o.warc_offset, k.text_reason, k.previous_id,
                   b.id, b.copy_path
            FROM captures k JOIN links l ON l.id = k.link_id
            LEFT JOIN captures o ON o.id = (SELECT min(id) FROM captures WHERE warc_record_id = k.refers_to_record_id)
            LEFT JOIN captures b ON k.previous_id IS NOT NULL
                 AND b.id = (SELECT min(y.id) FROM captures y WHERE y.link_id = k.link_id
                             AND y.copy_path IS NOT NULL AND y.id < k.id)
            WHERE k.id = ? AND k.text_status = '{TextStatus.PENDING}'""", [capture_id]).fetchone()
    if row is None:
        return None
    original = (row[14], row[15]) if row[14] is not None else None
    values = [*row[:14], original, *row[16:]]
    return TextTodo(**{f.name: v for f, v in zip(fields(TextTodo), values, strict=True)})


def text_source(db: sqlite_utils.Database, payload_digest: str, extractor_key: str,
                content_type: str | None) -> dict[str, Any] | None:
    """An earlier capture of the same payload (and Content-Type) whose text was made with the same
    extractor configuration: its text is this one's too (one extraction per distinct payload)."""
    rows = list(db.query(
        """SELECT * FROM captures WHERE payload_digest = ? AND extractor_key = ? AND content_type IS ?
           ORDER BY id LIMIT 1""", [payload_digest, extractor_key, content_type]))
    return rows[0] if rows else None


_TEXT_COLUMNS = ("text_status", "text_reason", "text_length", "text_sha256", "title", "author", "published",
                 "site_name", "charset", "extractor", "extractor_version", "extractor_key", "body_sha256",
                 "body_length", "copy_path", "baseline_id", "similarity", "drifted", "drift_excerpt")


def record_text(db: sqlite_utils.Database, capture: Capture) -> None:
    """Store what a pending capture's text job made of it (the caller commits): its text columns, copy
    and drift, from ``capture``, whose id names the row."""
    values = _row(capture)
    db.execute(f"UPDATE captures SET {', '.join(f'{c} = :{c}' for c in _TEXT_COLUMNS)} WHERE id = :id",
               {**{c: values[c] for c in _TEXT_COLUMNS}, "id": capture.id})


def mark_verified(db: sqlite_utils.Database, capture_id: int, now: str) -> None:
    db.execute("UPDATE captures SET verified_at = ? WHERE id = ?", [now, capture_id])


def find_original(db: sqlite_utils.Database, payload_digest: str) -> Original | None:
    """The first response record stored with this payload digest (the target of a revisit)."""
    row = db.execute(
        """SELECT warc_record_id, final_url, captured_at FROM captures
           WHERE payload_digest = ? AND record_type = ? ORDER BY id LIMIT 1""",
        [payload_digest, RecordType.RESPONSE.value]
    ).fetchone()
    return Original(*row) if row else None


def record_location(db: sqlite_utils.Database, record_id: str) -> tuple[str, int] | None:
    """(WARC file, offset) of the record a capture stored under ``record_id``."""
    row = db.execute("SELECT warc_file, warc_offset FROM captures WHERE warc_record_id = ? LIMIT 1",
                     [record_id]).fetchone()
    return (row[0], row[1]) if row else None


def warc_files(db: sqlite_utils.Database) -> set[str]:
    """The WARC files that at least one capture points into."""
    return {r[0] for r in db.execute("SELECT DISTINCT warc_file FROM captures WHERE warc_file IS NOT NULL")}


def copy_path_taken(db: sqlite_utils.Database, copy_path: str) -> bool:
    return db.execute("SELECT 1 FROM captures WHERE copy_path = ?", [copy_path]).fetchone() is not None


def known_good_offsets(db: sqlite_utils.Database) -> dict[str, int]:
    """For each WARC file, the end of the last record a committed capture points into."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT warc_file, max(warc_end) FROM captures WHERE warc_file IS NOT NULL GROUP BY warc_file")}


def links_for_lookup(db: sqlite_utils.Database, looked_up_before: str) -> Iterator[LinkTodo]:
    """Current links with no local capture, whose latest capture is an error status, or that the
    check stage calls broken, not looked up in the Wayback Machine since ``looked_up_before``."""
    sql = f"""SELECT l.id, l.url, l.host FROM links l
              WHERE l.id > :after AND {_CURRENT}
                AND (ifnull((SELECT k.status FROM captures k WHERE k.link_id = l.id AND {_CAPTURED}
                             ORDER BY k.id DESC LIMIT 1), 999) >= 400
                     OR EXISTS (SELECT 1 FROM link_states ls
                                WHERE ls.link_id = l.id AND ls.state = '{LinkState.BROKEN}'))
                AND NOT EXISTS (SELECT 1 FROM external_snapshots s WHERE s.link_id = l.id
                                AND s.service = '{ArchiveService.WAYBACK}' AND s.looked_up_at >= :before)
              ORDER BY l.id"""
    for row in _paged(db, sql, {"before": looked_up_before}):
        yield LinkTodo(*row)


def looked_up_since(db: sqlite_utils.Database, link_id: int, service: ArchiveService, since: str) -> bool:
    """Whether ``service`` was asked about the link at ``since`` or later."""
    return db.execute("SELECT 1 FROM external_snapshots WHERE link_id = ? AND service = ? AND looked_up_at >= ?",
                      [link_id, service.value, since]).fetchone() is not None


def links_for_save(db: sqlite_utils.Database) -> Iterator[LinkTodo]:
    """Current links captured with a success status that Save Page Now has not been asked about."""
    sql = f"""SELECT l.id, l.url, l.host FROM links l
              WHERE l.id > :after AND {_CURRENT}
                AND (SELECT k.status FROM captures k WHERE k.link_id = l.id AND {_CAPTURED}
                     ORDER BY k.id DESC LIMIT 1) < 400
                AND NOT EXISTS (SELECT 1 FROM external_snapshots s WHERE s.link_id = l.id
                                AND s.service = '{ArchiveService.SAVE_PAGE_NOW}'
                                AND s.status != '{SnapshotStatus.FAILED}')
              ORDER BY l.id"""
    yield from (LinkTodo(*row) for row in _paged(db, sql, {}))


def record_snapshot(db: sqlite_utils.Database, link_id: int, service: ArchiveService, status: SnapshotStatus,
                    snapshot_url: str | None, snapshot_at: str | None, error: str | None, now: str) -> None:
    """Store the latest answer of ``service`` about a link (one row per link and service)."""
    db.execute(
        """INSERT INTO external_snapshots (link_id, service, status, snapshot_url, snapshot_at, error, looked_up_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(link_id, service) DO UPDATE SET status = excluded.status,
               snapshot_url = coalesce(excluded.snapshot_url, snapshot_url),
               snapshot_at = coalesce(excluded.snapshot_at, snapshot_at),
               error = excluded.error, looked_up_at = excluded.looked_up_at""",
        [link_id, service, status.value, snapshot_url, snapshot_at, error, now],
    )


def _capture(row: dict[str, Any]) -> Capture:
    data = {k: row[k] for k in _COLUMNS}
    data["redirects"] = tuple(tuple(r) for r in json.loads(row["redirects"] or "[]"))
    data["text_status"] = TextStatus(row["text_status"])
    data["record_type"] = RecordType(row["record_type"]) if row["record_type"] else None
    data["drifted"] = bool(row["drifted"])
    return Capture(id=row["id"], **data)


def capture_by_id(db: sqlite_utils.Database, capture_id: int) -> Capture | None:
    rows = list(db.query("SELECT * FROM captures WHERE id = ?", [capture_id]))
    return _capture(rows[0]) if rows else None


def latest_capture(db: sqlite_utils.Database, link_id: int) -> Capture | None:
    rows = list(db.query("SELECT * FROM captures WHERE link_id = ? ORDER BY id DESC LIMIT 1", [link_id]))
    return _capture(rows[0]) if rows else None


def captures_of(db: sqlite_utils.Database, url: str | None = None) -> list[Capture]:
    """Every capture (of one cited URL, if given), oldest first. For tests and audits."""
    if url is None:
        rows = db.query("SELECT * FROM captures ORDER BY id")
    else:
        rows = db.query("SELECT * FROM captures WHERE url = ? ORDER BY id", [url])
    return [_capture(r) for r in rows]


def archived_captures(db: sqlite_utils.Database, event_ids: Sequence[str] = ()) -> list[Capture]:
    """Captures that hold a WARC record, oldest first: every one, or (``event_ids`` given) those of
    the links that these events cite now."""
    if not event_ids:
        rows = db.query(f"SELECT * FROM captures k WHERE {_CAPTURED} ORDER BY k.id")
    else:
        marks = ", ".join("?" for _ in event_ids)
        rows = db.query(
            f"""SELECT * FROM captures k WHERE {_CAPTURED} AND k.link_id IN
                    (SELECT c.link_id FROM citations c WHERE c.present = 1 AND c.event_id IN ({marks}))
                ORDER BY k.id""", list(event_ids))
    return [_capture(r) for r in rows]


def missing_events(db: sqlite_utils.Database, event_ids: Sequence[str]) -> list[str]:
    """Those of ``event_ids`` that are not current events, in the order given."""
    known = {r[0] for r in db.execute("SELECT id FROM events WHERE present = 1")}
    return [e for e in event_ids if e not in known]


def link_captures(db: sqlite_utils.Database, link_id: int) -> list[dict[str, Any]]:
    """Every capture of one link, oldest first, with what an auditor re-checks (for a revisit, also
    where the record it refers to, which holds the body, is: ``refers_to_warc_file``/``_offset``)."""
    return [dict(r) for r in db.query(
        """SELECT c.id, c.url, c.final_url, c.status, c.content_type, c.error, c.captured_at, c.body_sha256,
                  c.payload_digest, c.text_status, c.text_reason, c.text_sha256, c.copy_path, c.warc_file,
                  c.warc_record_id, c.warc_offset, c.record_type, c.refers_to_record_id,
                  o.warc_file AS refers_to_warc_file, o.warc_offset AS refers_to_warc_offset,
                  c.similarity, c.drifted
           FROM captures c
           LEFT JOIN captures o ON o.id = (SELECT id FROM captures WHERE warc_record_id = c.refers_to_record_id
                                           LIMIT 1)
           WHERE c.link_id = ? ORDER BY c.id""", [link_id])]


def current_captures(db: sqlite_utils.Database, *, flagged: bool = False,
                     limit: int | None = None) -> list[dict[str, Any]]:
    """The latest capture (or fetch error) of each current link, as rows for listing; a link never
    captured has a row too (no capture columns; the reason says what its last check found).

    ``flagged``: only those that need a look — not captured, no response, no usable text
    (empty, tiny, failed), an error status, or drifted.
    """
    sql = f"""SELECT l.url AS link, k.final_url, k.status, k.text_status,
                     coalesce(k.error, k.text_reason, CASE WHEN k.id IS NULL AND st.verdict IS NOT NULL
                              THEN 'not fetched for archiving yet; last check: ' || st.verdict END) AS reason,
                     k.similarity, k.drifted, k.copy_path, k.warc_file, k.warc_record_id, k.captured_at,
                     (SELECT s.snapshot_url FROM external_snapshots s WHERE s.link_id = l.id
                      AND s.snapshot_url IS NOT NULL ORDER BY s.looked_up_at DESC LIMIT 1) AS snapshot_url
              FROM links l LEFT JOIN captures k ON k.id = (SELECT max(x.id) FROM captures x WHERE x.link_id = l.id)
              LEFT JOIN link_states st ON st.link_id = l.id
              WHERE {_CURRENT}"""
    if flagged:
        sql += f""" AND (k.warc_record_id IS NULL
                        OR k.text_status IN ('{TextStatus.EMPTY}', '{TextStatus.TINY}', '{TextStatus.FAILED}')
                        OR k.status >= 400 OR k.drifted = 1)"""
    sql += " ORDER BY l.url"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in db.query(sql)]


def archive_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Counts for ``sourcevault status``: captured links, text outcomes, drift, snapshots."""
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    out = {
        "captured_links": one("SELECT count(DISTINCT link_id) FROM captures WHERE warc_record_id IS NOT NULL"),
        "captures": one("SELECT count(*) FROM captures WHERE warc_record_id IS NOT NULL"),
        "fetch_errors": one("""SELECT count(*) FROM captures k WHERE warc_record_id IS NULL AND NOT EXISTS
                               (SELECT 1 FROM captures o WHERE o.link_id = k.link_id AND o.id > k.id)"""),
        "drifted": one("SELECT count(*) FROM captures WHERE drifted = 1"),
        "wayback_found": one("SELECT count(*) FROM external_snapshots "
                             f"WHERE status IN ('{SnapshotStatus.FOUND}', '{SnapshotStatus.SAVED}')"),
    }
    for status, n in db.execute(
            "SELECT text_status, count(*) FROM captures WHERE warc_record_id IS NOT NULL GROUP BY text_status"):
        out[f"text_{status}"] = n
    return out
