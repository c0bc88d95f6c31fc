"""SQL for what is learned about a site and kept across runs: its pace and its soft-404 probe.

The HTTP layer never sees the database: the check stage loads these before it
fetches and saves them after (:mod:`pipeline.net.pacing`, :mod:`pipeline.check.soft404`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

__all__ = ["load_paces", "load_probes", "save_paces", "save_probe"]


def load_paces(db: sqlite_utils.Database, hosts: Iterable[str] | None = None) -> dict[str, float]:
    """host -> the gap (seconds) its last run ended with; all hosts, or only ``hosts``."""
    if hosts is None:
        return {h: g for h, g in db.execute("SELECT host, gap_s FROM site_paces").fetchall()}
    wanted = list(hosts)
    out: dict[str, float] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(f"SELECT host, gap_s FROM site_paces WHERE host IN ({marks})", chunk).fetchall())
    return out


def save_paces(db: sqlite_utils.Database, paces: Mapping[str, float], now: str) -> None:
    db.conn.executemany(
        """INSERT INTO site_paces (host, gap_s, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(host) DO UPDATE SET gap_s = excluded.gap_s, updated_at = excluded.updated_at""",
        [(host, gap, now) for host, gap in paces.items()])


def load_probes(db: sqlite_utils.Database, probed_after: str) -> dict[str, dict[str, Any]]:
    """host -> its probe (as saved), for probes made after ``probed_after``."""
    rows = db.execute("SELECT host, profile FROM site_probes WHERE probed_at > ?", [probed_after]).fetchall()
    return {host: json.loads(profile) for host, profile in rows}


def save_probe(db: sqlite_utils.Database, host: str, profile: Mapping[str, Any], now: str) -> None:
    db.execute(
        """INSERT INTO site_probes (host, profile, probed_at) VALUES (?, ?, ?)
           ON CONFLICT(host) DO UPDATE SET profile = excluded.profile, probed_at = excluded.probed_at""",
        [host, json.dumps(profile, sort_keys=True), now])
