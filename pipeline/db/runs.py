"""SQL for the runs table: one row per pipeline run, its stages' counts and outcome."""

from __future__ import annotations

import json
import os
from typing import Any

import sqlite_utils

from ..models import RunOutcome

__all__ = ["abandon_stale_runs", "finish_run", "recent_runs", "record_stage", "running_counts", "start_run"]


def start_run(db: sqlite_utils.Database, command: str, now: str) -> int:
    with db.atomic():
        cur = db.execute(
            "INSERT INTO runs (command, pid, started_at, outcome, counts) VALUES (?, ?, ?, ?, '{}')",
            [command, os.getpid(), now, RunOutcome.RUNNING.value],
        )
    assert cur.lastrowid is not None
    return cur.lastrowid


def record_stage(db: sqlite_utils.Database, run_id: int, stage: str, counts: dict[str, Any]) -> None:
    """Add one stage's counts to the run (committed, so a crash keeps them)."""
    with db.atomic():
        row = db.execute("SELECT counts FROM runs WHERE id = ?", [run_id]).fetchone()
        data = json.loads(row[0]) if row and row[0] else {}
        data[stage] = counts
        db.execute("UPDATE runs SET counts = ? WHERE id = ?", [json.dumps(data, sort_keys=True), run_id])


def running_counts(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """The counts of the stages finished so far by the run in progress (none outside a run)."""
    row = db.execute(f"SELECT counts FROM runs WHERE outcome = '{RunOutcome.RUNNING}' ORDER BY id DESC LIMIT 1"
                     ).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def finish_run(db: sqlite_utils.Database, run_id: int, outcome: RunOutcome, now: str, error: str | None = None) -> None:
    with db.atomic():
        db.execute("UPDATE runs SET finished_at = ?, outcome = ?, error = ? WHERE id = ?",
                   [now, outcome, error, run_id])


def abandon_stale_runs(db: sqlite_utils.Database, now: str) -> int:
    """Runs left 'running' by a killed process become 'interrupted'. Call while holding the run lock."""
    with db.atomic():
        cur = db.execute(
            f"UPDATE runs SET outcome = '{RunOutcome.INTERRUPTED}', finished_at = ?, "
            f"error = 'process ended before the run finished' WHERE outcome = '{RunOutcome.RUNNING}'",
            [now],
        )
    return cur.rowcount


def recent_runs(db: sqlite_utils.Database, limit: int = 10) -> list[dict[str, Any]]:
    rows = [dict(r) for r in db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit])]
    for r in rows:
        r["counts"] = json.loads(r["counts"] or "{}")
    return rows


def last_ok_run(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The latest run that completed, or None."""
    rows = [dict(r) for r in db.query("SELECT id, command, started_at, finished_at FROM runs "
                                      "WHERE outcome = 'ok' ORDER BY id DESC LIMIT 1")]
    return rows[0] if rows else None
