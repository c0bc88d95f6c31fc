"""SQL for the maintainers' report: what needs attention, and report snapshots."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

__all__ = [
    "attention_rows",
    "baseline_snapshot",
    "current_run_id",
    "latest_check_at",
    "recent_snapshots",
    "review_copies",
    "save_snapshot",
]

# Every current citation of a current event whose link is not simply healthy, or whose
# capture drifted or came back without text. One row per citation, with the best
# replacement we know of: our own text copy, a hand-saved copy matched to it, a
# Wayback snapshot found for it, or the snapshot the event itself cites. Beside each
# citation, the health of the snapshot it relies on (its archive_url, or the url itself
# when that is a snapshot); a citation whose snapshot is failing or broken needs
# attention too, even while its original is fine. A citation's latest capture and latest
# good capture are looked up through captures(link_id, id), one link at a time: joining a
# table of every link's latest capture instead costs citations × captures.
_ATTENTION = """
WITH cited_snapshot AS (
    SELECT event_id, position, min(snapshot_link_id) AS snapshot_link_id FROM citations
    WHERE kind = 'archive' AND present = 1 AND snapshot_link_id IS NOT NULL GROUP BY event_id, position
)
SELECT e.id AS event_id, e.title AS event_title, e.file AS event_file, e.date AS event_date,
       ci.id AS citation_id, ci.kind, ci.position, ci.field, ci.raw_url, ci.canonical_url,
       ci.title AS cited_title, ci.outlet,
       coalesce(ls.state, 'unchecked') AS state, ls.verdict, ls.detail, ls.status_code, ls.final_url,
       ls.consecutive_failures, ls.first_failure_at, ls.last_success_at, ls.checked_at, ls.page_title,
       ci.link_id,
       lc.drifted, lc.similarity, lc.text_status, lc.text_reason, lc.captured_at AS last_captured_at,
       lc.drift_excerpt,
       (SELECT b.captured_at FROM captures b WHERE b.id = coalesce(lc.baseline_id, lc.previous_id))
           AS first_captured_at,
       gc.copy_path AS our_copy, gc.captured_at AS our_copy_at,
       fc.copy_path AS first_copy, fc.captured_at AS first_copy_at, fc.title AS first_title,
       (SELECT cp.path FROM matches m JOIN copies cp ON cp.id = m.copy_id AND cp.present = 1
         WHERE m.citation_id = ci.id AND m.is_candidate = 0 AND cp.kind = 'hand_saved'
         ORDER BY m.score DESC, cp.path LIMIT 1) AS saved_copy,
       xs.snapshot_url AS wayback_url, xs.snapshot_at AS wayback_at,
       CASE WHEN ci.kind = 'source' THEN
           (SELECT a.raw_url FROM citations a WHERE a.event_id = ci.event_id AND a.kind = 'archive'
             AND a.position = ci.position AND a.present = 1 ORDER BY a.id LIMIT 1) END AS cited_archive,
       sl.id AS snapshot_link_id, sl.url AS snapshot_url, ss.state AS snapshot_state,
       ss.verdict AS snapshot_verdict, ss.detail AS snapshot_detail, ss.snapshot_at
FROM citations ci
JOIN events e ON e.id = ci.event_id AND e.present = 1
LEFT JOIN link_states ls ON ls.link_id = ci.link_id
LEFT JOIN cited_snapshot cs ON ci.kind = 'source' AND cs.event_id = ci.event_id AND cs.position = ci.position
LEFT JOIN links sl ON sl.id = coalesce(ci.snapshot_link_id, cs.snapshot_link_id)
LEFT JOIN link_states ss ON ss.link_id = sl.id
LEFT JOIN captures lc ON lc.id = (SELECT max(id) FROM captures WHERE link_id = ci.link_id)
LEFT JOIN captures gc ON gc.id = (SELECT max(id) FROM captures
                                  WHERE link_id = ci.link_id AND text_status = 'ok' AND copy_path IS NOT NULL)
LEFT JOIN captures fc ON fc.id = (SELECT min(id) FROM captures
                                  WHERE link_id = ci.link_id AND text_status = 'ok' AND copy_path IS NOT NULL)
LEFT JOIN external_snapshots xs ON xs.link_id = ci.link_id AND xs.service = 'wayback' AND xs.status = 'found'
WHERE ci.present = 1 AND ci.kind IN ('source', 'body') AND ci.link_id IS NOT NULL
  AND (coalesce(ls.state, 'unchecked') IN ('failing', 'broken', 'unverifiable', 'recovered')
       OR ls.verdict IN ('redirected', 'soft_404', 'content_replaced')
       OR lc.drifted = 1 OR lc.text_status IN ('empty', 'tiny')
       OR ss.state IN ('failing', 'broken'))
ORDER BY e.date, e.id, ci.kind DESC, ci.position
"""


def attention_rows(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Stream the citations that need a maintainer's attention, by event."""
    cursor = db.execute(_ATTENTION)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=False))


def review_copies(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Archived copies that back no citation yet (unmatched, ambiguous, candidates only, unreadable)."""
    return [dict(r) for r in db.query(
        """SELECT path, kind, status, url, title, date, problem FROM copies
           WHERE present = 1 AND status != 'matched' ORDER BY status, path""")]


def current_run_id(db: sqlite_utils.Database) -> int | None:
    return db.execute("SELECT max(id) FROM runs WHERE outcome = 'running'").fetchone()[0]


def latest_check_at(db: sqlite_utils.Database) -> str | None:
    return db.execute("SELECT max(checked_at) FROM checks").fetchone()[0]


def baseline_snapshot(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The snapshot to compare with: the newest one taken by a run before the latest run of the check stage.

    That is the previous night's report, whether or not that night's check stage had links due
    (a broken link is "new" in one nightly report only). A report regenerated without running
    the check stage again compares with the same snapshot as the report it regenerates, so its
    "newly broken" and "recovered" lists stay the same instead of emptying. A run's stage counts
    are recorded once the stage completes, so an interrupted check stage does not count.
    """
    row = db.execute(
        """SELECT * FROM report_snapshots
           WHERE ifnull(run_id, 0) < ifnull((SELECT max(id) FROM runs WHERE json_extract(counts, '$.check')
                                              IS NOT NULL), 9e18)
           ORDER BY id DESC LIMIT 1""").fetchone()
    if row is None:
        return None
    cols = [d[0] for d in db.execute("SELECT * FROM report_snapshots LIMIT 0").description]
    snap = dict(zip(cols, row, strict=False))
    snap["counts"] = json.loads(snap["counts"])
    snap["broken_link_ids"] = set(json.loads(snap["broken_link_ids"]))
    return snap


def save_snapshot(db: sqlite_utils.Database, *, run_id: int | None, generated_at: str, checked_through: str | None,
                  counts: dict[str, Any], broken_link_ids: list[int]) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO report_snapshots (run_id, generated_at, checked_through, counts, broken_link_ids) "
            "VALUES (?, ?, ?, ?, ?)",
            [run_id, generated_at, checked_through, json.dumps(counts, sort_keys=True),
             json.dumps(sorted(broken_link_ids))],
        )


def recent_snapshots(db: sqlite_utils.Database, limit: int = 10) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT generated_at, counts FROM report_snapshots ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [{"generated_at": at, **json.loads(counts)} for at, counts in reversed(rows)]
