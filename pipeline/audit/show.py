"""What ``sourcevault show`` and ``sourcevault match --json`` print, as plain data.

Each function returns JSON-ready dicts and lists; the CLI only renders them.
Stages that learn more about a citation (check history, captures) add their
own keys to these dicts.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

import sqlite_utils

from ..config import Config
from ..db import captures, checks, corpus
from ..db import matches as store
from ..match.stage import archive_roots
from ..models import CitationKind, CopyStatus

__all__ = ["NotFound", "copy_counts", "copy_details", "event_details", "match_report"]


class NotFound(LookupError):
    """The event or copy asked for is not in the database; the message names it."""


def _match_view(row: dict[str, Any]) -> dict[str, Any]:
    is_source = CitationKind(row["kind"]) is CitationKind.SOURCE
    return {
        "event_id": row["event_id"],
        "kind": row["kind"],
        "source_position": row["position"] if is_source else None,
        "position": row["position"],
        "method": row["method"],
        "score": row["score"],
        "reason": row["reason"],
        "evidence": json.loads(row["evidence"]) if row.get("evidence") else {},
        "veto": row.get("veto"),
    }


def copy_counts(db: sqlite_utils.Database) -> dict[CopyStatus, int]:
    """How many archived copies have each status."""
    return {CopyStatus(k): v for k, v in store.copy_status_counts(db).items()}


def match_report(db: sqlite_utils.Database, statuses: Collection[CopyStatus] | None = None,
                 limit: int | None = None) -> list[dict[str, Any]]:
    """One object per archived copy (only those in ``statuses``, at most ``limit``): where it is,
    what URL it names, its status, matches and candidates."""
    out = []
    for c in store.copy_report(db, None if statuses is None else [s.value for s in statuses], limit):
        rows = c.pop("matches")
        out.append({
            "path": c["path"],
            "archive": c["root"],
            "url": c["url"],
            "title": c["title"],
            "date": c["date"],
            "status": c["status"],
            "problem": c["problem"],
            "file_sha256": c["file_sha256"],
            "matches": [_match_view(r) for r in rows if not r["is_candidate"]],
            "candidates": [_match_view(r) for r in rows if r["is_candidate"]],
        })
    return out


def event_details(db: sqlite_utils.Database, event_id: str) -> dict[str, Any]:
    """An event with each citation: its health now and its check history, its captures
    (time, final URL, status, hashes, WARC file and record id), and the archived copies
    that back it (or are candidates for it)."""
    event = corpus.event_with_citations(db, event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r} in the database (run 'sourcevault extract' first?)")
    copies: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for row in store.event_matches(db, event_id):
        copies.setdefault((row["kind"], row["position"]), []).append({
            "path": row["path"], "archive": row["root"], "url": row["copy_url"], "copy_status": row["copy_status"],
            "method": row["method"], "score": row["score"], "reason": row["reason"], "veto": row["veto"],
            "is_candidate": bool(row["is_candidate"]),
        })
    citations: list[dict[str, Any]] = []
    by_source: dict[int, dict[str, Any]] = {}
    for c in event.pop("citations"):
        kind = CitationKind(c["kind"])
        if kind is CitationKind.ARCHIVE and c["position"] in by_source:  # an archive URL of sources[i]
            by_source[c["position"]]["archive_urls"].append(c["raw_url"])
            continue
        entry = {
            "kind": c["kind"], "position": c["position"], "field": c["field"], "url": c["raw_url"],
            "canonical_url": c["canonical_url"], "title": c["title"], "outlet": c["outlet"],
            "cited_date": c["cited_date"], "archive_urls": [],
            "copies": copies.get((CitationKind.BODY if kind is CitationKind.BODY else CitationKind.SOURCE,
                                  c["position"]), []),
            "health": None, "checks": [], "captures": [],
        }
        if c["link_id"] is not None:
            entry["health"] = checks.link_state(db, c["link_id"])
            entry["checks"] = checks.check_history(db, c["link_id"])
            entry["captures"] = captures.link_captures(db, c["link_id"])
        if kind is CitationKind.SOURCE:
            by_source[c["position"]] = entry
        citations.append(entry)
    return {"event": event, "citations": citations}


def copy_details(db: sqlite_utils.Database, config: Config, path: str) -> dict[str, Any]:
    """Each copy at ``path`` with the events it backs (and its candidates).

    ``path`` is as ``sourcevault match`` prints it (relative to its archive
    folder), or a path to the file itself (absolute or from the current folder).
    """
    rows: list[dict[str, Any]] = []
    given = Path(path)
    if given.is_absolute() or given.exists():
        target = given.resolve()
        for root in archive_roots(config):
            try:
                rel = target.relative_to(Path(root).resolve()).as_posix()
            except ValueError:
                continue
            rows += store.find_copies(db, rel, str(root))
    if not rows:
        rows = store.find_copies(db, given.as_posix().removeprefix("./") if not given.is_absolute() else path)
    if not rows:
        raise NotFound(f"no archived copy {path!r} in the database (run 'sourcevault match' first?)")
    out = []
    for row in rows:
        events = [{**_match_view(m), "is_candidate": bool(m["is_candidate"]), "event_title": m["event_title"],
                   "event_date": m["event_date"], "cited_url": m["cited_url"], "cited_title": m["cited_title"],
                   "cited_outlet": m["cited_outlet"]}
                  for m in store.copy_matches(db, row["id"])]
        out.append({
            "path": row["path"], "archive": row["root"], "kind": row["kind"], "url": row["url"],
            "final_url": row["final_url"], "title": row["title"], "date": row["date"], "outlet": row["outlet"],
            "status": row["status"], "problem": row["problem"], "file_sha256": row["file_sha256"],
            "matched_at": row["matched_at"], "events": events,
        })
    return {"copies": out}
