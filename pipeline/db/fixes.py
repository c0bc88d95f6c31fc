"""SQL for fix mode: the citations that need an edit, what backs them, and the proposals made.

Fix mode reads the verdicts and link states the check stage recorded (a
snapshot cited as an ``archive_url`` is a link of its own, ``links.kind =
'snapshot'``, tied to its citation by ``citations.snapshot_link_id``); it
never judges a link itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

__all__ = [
    "archive_keys_in_use",
    "cited_sources",
    "file_hashes",
    "invalid_url_problems",
    "last_lookups",
    "own_capture",
    "proposal_counts",
    "recent_checks",
    "record_lookups",
    "redirect_history",
    "replace_proposals",
    "stored_proposals",
]

# Every present source citation whose URL is not itself a snapshot, with its link's state and
# the archive URLs the same source gives (each with the state of its snapshot link).
_SOURCES = """
SELECT ci.id AS citation_id, ci.event_id, ci.field, ci.position, ci.raw_url, ci.canonical_url, ci.link_id,
       l.url AS original_url, ci.archive_service IS NOT NULL AS is_snapshot, ci.snapshot_link_id,
       ci.cited_date, e.date AS event_date, e.file AS file_name, f.path AS file_path,
       f.content_sha256 AS file_sha256,
       coalesce(ls.state, 'unchecked') AS state, ls.verdict, ls.detail, ls.final_url, ls.first_failure_at,
       ls.status_code,
       coalesce(ss.state, 'unchecked') AS snapshot_state, ss.first_failure_at AS snapshot_dead_since
FROM citations ci
JOIN events e ON e.id = ci.event_id AND e.present = 1
JOIN files f ON f.event_id = e.id AND f.present = 1
JOIN links l ON l.id = ci.link_id
LEFT JOIN link_states ls ON ls.link_id = ci.link_id
LEFT JOIN link_states ss ON ss.link_id = ci.snapshot_link_id
WHERE ci.present = 1 AND ci.kind = 'source' AND ci.link_id IS NOT NULL
ORDER BY f.path, ci.position
"""

_ARCHIVES = """
SELECT a.id AS citation_id, a.event_id, a.position, a.field, a.raw_url, a.snapshot_link_id,
       coalesce(ss.state, 'unchecked') AS snapshot_state, ss.verdict AS snapshot_verdict,
       ss.detail AS snapshot_detail, ss.first_failure_at AS snapshot_dead_since
FROM citations a
LEFT JOIN link_states ss ON ss.link_id = a.snapshot_link_id
WHERE a.present = 1 AND a.kind = 'archive'
ORDER BY a.event_id, a.position, a.id
"""


def cited_sources(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Source citations with their state; each has ``archives``: the archive URLs it gives.

    A source whose ``url`` is itself a snapshot (``is_snapshot``) carries its snapshot link's
    state (``snapshot_state``); ``original_url`` is the page it stands for."""
    archives: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for row in db.query(_ARCHIVES):
        archives.setdefault((row["event_id"], row["position"]), []).append(dict(row))
    rows = [dict(r) for r in db.query(_SOURCES)]
    for row in rows:
        row["archives"] = archives.get((row["event_id"], row["position"]), [])
    return rows


def invalid_url_problems(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Present ``url`` values that are not URLs, with the file they are in."""
    return [dict(r) for r in db.query(
        """SELECT p.file AS file_name, f.path AS file_path, p.event_id, p.field, p.value, p.message
           FROM problems p LEFT JOIN files f ON f.name = p.file AND f.present = 1
           WHERE p.present = 1 AND p.kind = 'invalid_url' ORDER BY p.file, p.field""")]


def archive_keys_in_use(db: sqlite_utils.Database) -> set[str]:
    """The keys under which the corpus gives archive URLs today (``archive_url``, ``archived``, …)."""
    fields = (r[0] for r in db.execute("SELECT DISTINCT field FROM citations WHERE present = 1 AND kind = 'archive'"))
    return {f.rsplit(".", 1)[-1] for f in fields if f}


def own_capture(db: sqlite_utils.Database, link_id: int) -> dict[str, Any] | None:
    """Our first capture of the link with usable text (its copy path and time), or None."""
    rows = [dict(r) for r in db.query(
        """SELECT id, copy_path, captured_at, final_url, published FROM captures
           WHERE link_id = ? AND text_status = 'ok' AND copy_path IS NOT NULL ORDER BY id LIMIT 1""", [link_id])]
    return rows[0] if rows else None


def recent_checks(db: sqlite_utils.Database, link_id: int, limit: int = 5) -> list[dict[str, Any]]:
    """The latest checks of a link (time, verdict, status), oldest first: the evidence shown with an edit."""
    rows = db.execute(
        "SELECT checked_at, verdict, status_code, detail FROM checks WHERE link_id = ? "
        "ORDER BY checked_at DESC, id DESC LIMIT ?", [link_id, limit]).fetchall()
    return [{"checked_at": r[0], "verdict": r[1], "status_code": r[2], "detail": r[3]} for r in reversed(rows)]


def redirect_history(db: sqlite_utils.Database, link_id: int) -> list[tuple[str, str, str | None]]:
    """Every check of a link as (verdict, checked_at, final_url), oldest first: whether a move is stable."""
    return [tuple(r) for r in db.execute(
        "SELECT verdict, checked_at, final_url FROM checks WHERE link_id = ? ORDER BY checked_at, id", [link_id])]


def file_hashes(db: sqlite_utils.Database, paths: Sequence[str]) -> dict[str, str]:
    """The content hash recorded by the last extract for each of ``paths`` it knows."""
    out: dict[str, str] = {}
    for start in range(0, len(paths), 500):
        chunk = list(paths[start:start + 500])
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(f"SELECT path, content_sha256 FROM files WHERE path IN ({marks})", chunk).fetchall())
    return out


_PROPOSAL_COLUMNS = ("citation_id", "event_id", "file", "field", "line", "reason", "action", "old_value",
                     "new_value", "detail", "evidence", "file_sha256", "proposed_at")


def replace_proposals(db: sqlite_utils.Database, proposals: Sequence[dict[str, Any]]) -> None:
    """Store the proposals of this fix run in place of the last run's (they are derived, not history)."""
    with db.atomic():
        db.execute("DELETE FROM fix_proposals")
        marks = ", ".join("?" * len(_PROPOSAL_COLUMNS))
        db.conn.executemany(
            f"INSERT INTO fix_proposals ({', '.join(_PROPOSAL_COLUMNS)}) VALUES ({marks})",
            [tuple(json.dumps(p[c], sort_keys=True) if c == "evidence" else p.get(c) for c in _PROPOSAL_COLUMNS)
             for p in proposals])


def stored_proposals(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """The proposals of the last fix run whose file has not changed since (by the last extract's hash)."""
    rows = [dict(r) for r in db.query(
        """SELECT p.* FROM fix_proposals p
           LEFT JOIN files f ON f.name = p.file AND f.present = 1
           WHERE p.file_sha256 IS NULL OR p.file_sha256 = f.content_sha256
           ORDER BY p.file, p.line, p.id""")]
    for r in rows:
        r["evidence"] = json.loads(r["evidence"] or "{}")
    return rows


def proposal_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Stored proposals that are still current, by action (``none``: listed for a hand edit)."""
    counts: dict[str, int] = {}
    for p in stored_proposals(db):
        counts[p["action"]] = counts.get(p["action"], 0) + 1
    return counts


def last_lookups(db: sqlite_utils.Database) -> dict[int, str]:
    """When fix mode last looked up snapshots for each citation (citations never looked up are absent)."""
    return {r[0]: r[1] for r in db.execute("SELECT citation_id, looked_up_at FROM fix_lookups")}


def record_lookups(db: sqlite_utils.Database, citation_ids: Sequence[int], now: str) -> None:
    """Remember that these citations were looked up at ``now``."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO fix_lookups (citation_id, looked_up_at) VALUES (?, ?) "
            "ON CONFLICT(citation_id) DO UPDATE SET looked_up_at = excluded.looked_up_at",
            [(c, now) for c in citation_ids])
