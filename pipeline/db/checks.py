"""SQL for link checks: which links are due, the history of checks, each link's state.

``link_states`` holds one row per checked link (its state, latest verdict and
when it is due again); ``checks`` holds every check ever made, appended and
never rewritten. "Current" links are those cited by at least one present
citation; a link no longer cited keeps its history but is not checked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..check.linkstate import LinkHealth
from ..check.replaced import CitedAs
from ..models import CheckResult, LinkKind, LinkState, Verdict

__all__ = [
    "DueLink",
    "check_history",
    "cited_as",
    "due_hosts",
    "due_links",
    "link_rows",
    "links_by_url",
    "record_checks",
    "snapshot_state_counts",
    "state_counts",
]

# correlated, so that a query for one host looks up only that host's links (an IN (SELECT …)
# list was rebuilt from every citation for each host: 40 ms a host at 100,000 links)
_CURRENT = f"""(EXISTS (SELECT 1 FROM citations c WHERE c.link_id = l.id AND c.present = 1)
               OR (l.kind = '{LinkKind.SNAPSHOT}' AND EXISTS (SELECT 1 FROM citations c
                                                   WHERE c.snapshot_link_id = l.id AND c.present = 1)))"""
_DUE = "(? OR s.link_id IS NULL OR s.next_check_at <= ?)"
_STATE = f"ifnull(s.state, '{LinkState.UNCHECKED}')"  # a link never checked
_LINK_COLUMNS = """l.id, l.url, l.canonical_url, l.host, s.state, s.verdict, s.consecutive_failures,
                   s.first_failure_at, s.last_success_at, s.checked_at, s.checks, s.etag, s.last_modified, l.kind"""


@dataclass(frozen=True, slots=True)
class DueLink:
    """A link to check, with what the last checks left."""

    id: int
    url: str
    canonical_url: str
    host: str
    health: LinkHealth
    last_verdict: Verdict | None
    etag: str | None
    last_modified: str | None
    kind: LinkKind = LinkKind.PAGE


def _due_link(row: Sequence[Any]) -> DueLink:
    health = LinkHealth(LinkState(row[4]) if row[4] else LinkState.UNCHECKED, row[6] or 0, row[7], row[8], row[9],
                        row[10] or 0)
    return DueLink(row[0], row[1], row[2], row[3], health, Verdict(row[5]) if row[5] else None, row[11], row[12],
                   LinkKind(row[13]))


def due_hosts(db: sqlite_utils.Database, now: str, force: bool = False) -> list[tuple[str, int]]:
    """(host, number of due links), the busiest hosts first."""
    return [tuple(r) for r in db.execute(
        f"""SELECT l.host, count(*) AS n FROM links l LEFT JOIN link_states s ON s.link_id = l.id
            WHERE {_CURRENT} AND {_DUE} GROUP BY l.host ORDER BY n DESC, l.host""",
        [int(force), now],
    ).fetchall()]


def due_links(db: sqlite_utils.Database, host: str, now: str, force: bool = False) -> list[DueLink]:
    """The due links of one host."""
    rows = db.execute(
        f"""SELECT {_LINK_COLUMNS} FROM links l LEFT JOIN link_states s ON s.link_id = l.id
            WHERE l.host = ? AND {_CURRENT} AND {_DUE} ORDER BY l.id""",
        [host, int(force), now],
    ).fetchall()
    return [_due_link(r) for r in rows]


def links_by_url(db: sqlite_utils.Database, canonical_urls: Sequence[str]) -> list[DueLink]:
    """The current links with these canonical URLs, due or not."""
    if not canonical_urls:
        return []
    marks = ",".join("?" * len(canonical_urls))
    rows = db.execute(
        f"""SELECT {_LINK_COLUMNS} FROM links l LEFT JOIN link_states s ON s.link_id = l.id
            WHERE l.canonical_url IN ({marks}) AND {_CURRENT} ORDER BY l.id""",
        list(canonical_urls),
    ).fetchall()
    return [_due_link(r) for r in rows]


def cited_as(db: sqlite_utils.Database, link_ids: Sequence[int]) -> dict[int, CitedAs]:
    """What each link's page was: its present citations' titles, outlets and dates, and the title and
    text copy of our first capture with text (the drift baseline)."""
    out: dict[int, CitedAs] = {}
    for start in range(0, len(link_ids), 500):
        chunk = list(link_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        cited: dict[int, tuple[list[str], list[str], list[str]]] = {}
        for link_id, title, outlet, day in db.execute(
                f"""SELECT link_id, title, outlet, cited_date FROM citations
                    WHERE link_id IN ({marks}) AND present = 1 ORDER BY id""", chunk).fetchall():
            titles, outlets, dates = cited.setdefault(link_id, ([], [], []))
            for value, into in ((title, titles), (outlet, outlets), (day, dates)):
                if value and value not in into:
                    into.append(value)
        first = {link_id: (title, copy) for link_id, title, copy in db.execute(
            f"""SELECT c.link_id, c.title, c.copy_path FROM captures c
                WHERE c.id IN (SELECT min(id) FROM captures WHERE link_id IN ({marks}) AND text_status = 'ok'
                               GROUP BY link_id)""", chunk).fetchall()}
        for link_id in chunk:
            titles, outlets, dates = cited.get(link_id, ([], [], []))
            title, copy = first.get(link_id, (None, None))
            out[link_id] = CitedAs(tuple(titles), tuple(outlets), tuple(dates), title, copy)
    return out


def record_checks(db: sqlite_utils.Database, items: Sequence[tuple[CheckResult, LinkHealth, str]]) -> None:
    """Append each check to the history and set its link's state. Call inside a transaction."""
    db.conn.executemany(
        """INSERT INTO checks (link_id, url, method, verdict, detail, status_code, final_url, redirects,
                               elapsed_ms, bytes, attempts, error, etag, last_modified, checked_at, snapshot_at,
                               page_title)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(c.link_id, c.url, c.method, c.verdict.value, c.detail, c.status_code, c.final_url,
          json.dumps([{"url": h.url, "status": h.status, "location": h.location, "elapsed_ms": h.elapsed_ms}
                      for h in c.redirects]),
          c.elapsed_ms, c.bytes, c.attempts, c.error, c.etag, c.last_modified, c.checked_at, c.snapshot_at,
          c.page_title)
         for c, _, _ in items],
    )
    db.conn.executemany(
        """INSERT INTO link_states (link_id, state, verdict, detail, status_code, final_url, consecutive_failures,
                                    first_failure_at, last_success_at, checks, etag, last_modified, checked_at,
                                    next_check_at, snapshot_at, page_title)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(link_id) DO UPDATE SET state = excluded.state, verdict = excluded.verdict,
               detail = excluded.detail, status_code = excluded.status_code, final_url = excluded.final_url,
               consecutive_failures = excluded.consecutive_failures, first_failure_at = excluded.first_failure_at,
               last_success_at = excluded.last_success_at, checks = excluded.checks, etag = excluded.etag,
               last_modified = excluded.last_modified, checked_at = excluded.checked_at,
               next_check_at = excluded.next_check_at, snapshot_at = excluded.snapshot_at,
               page_title = excluded.page_title""",
        [(c.link_id, h.state.value, c.verdict.value, c.detail, c.status_code, c.final_url, h.consecutive_failures,
          h.first_failure_at, h.last_success_at, h.checks, c.etag, c.last_modified, c.checked_at, due, c.snapshot_at,
          c.page_title)
         for c, h, due in items],
    )


def link_rows(db: sqlite_utils.Database, *, state: str | None = None, verdict: str | None = None,
              host: str | None = None) -> list[dict[str, Any]]:
    """Current links with their latest check and the events citing them (``sourcevault links``)."""
    where, args = [_CURRENT], []
    if state:
        where.append(f"{_STATE} = ?")
        args.append(state)
    if verdict:
        where.append("s.verdict = ?")
        args.append(verdict)
    if host:
        where.append("(l.host = ? OR l.host LIKE ?)")
        args += [host.lower(), "%." + host.lower()]
    rows = db.query(
        f"""SELECT l.url, l.canonical_url, l.host, {_STATE} AS state, s.verdict, s.detail,
                   s.status_code, s.final_url, s.checked_at, s.next_check_at, s.consecutive_failures,
                   s.first_failure_at, s.last_success_at, l.kind, s.snapshot_at,
                   (SELECT json_group_array(event_id) FROM (SELECT DISTINCT event_id FROM citations
                        WHERE (link_id = l.id OR snapshot_link_id = l.id) AND present = 1
                        ORDER BY event_id)) AS events
            FROM links l LEFT JOIN link_states s ON s.link_id = l.id
            WHERE {' AND '.join(where)} ORDER BY l.host, l.canonical_url""",
        args,
    )
    out = []
    for row in rows:
        row["events"] = json.loads(row["events"] or "[]")
        row["consecutive_failures"] = row["consecutive_failures"] or 0
        out.append(row)
    return out


def state_counts(db: sqlite_utils.Database, kinds: Sequence[str] | None = None) -> dict[str, int]:
    """Current links by state (``unchecked`` for links never checked); with ``kinds``, only
    links cited as one of those citation kinds (the report leaves out links cited only as
    an archive snapshot, since the event already has its archived copy)."""
    current = _CURRENT
    params: list[str] = []
    if kinds:
        current = ("EXISTS (SELECT 1 FROM citations c WHERE c.link_id = l.id AND c.present = 1 "
                   f"AND c.kind IN ({','.join('?' * len(kinds))}))")
        params = list(kinds)
    return {r[0]: r[1] for r in db.execute(
        f"""SELECT {_STATE}, count(*) FROM links l LEFT JOIN link_states s ON s.link_id = l.id
            WHERE {current} GROUP BY 1 ORDER BY 1""", params)}


def snapshot_state_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Current snapshot links (archive URLs the events cite) by state."""
    return {r[0]: r[1] for r in db.execute(
        f"""SELECT {_STATE}, count(*) FROM links l LEFT JOIN link_states s ON s.link_id = l.id
            WHERE l.kind = '{LinkKind.SNAPSHOT}' AND {_CURRENT} GROUP BY 1 ORDER BY 1""")}


def link_state(db: sqlite_utils.Database, link_id: int) -> dict[str, Any] | None:
    """The link's current state row, or None if it was never checked."""
    rows = [dict(r) for r in db.query("SELECT * FROM link_states WHERE link_id = ?", [link_id])]
    return rows[0] if rows else None


def check_history(db: sqlite_utils.Database, link_id: int) -> list[dict[str, Any]]:
    """Every check of one link, oldest first."""
    rows = [dict(r) for r in db.query("SELECT * FROM checks WHERE link_id = ? ORDER BY checked_at, id", [link_id])]
    for r in rows:
        r["redirects"] = json.loads(r["redirects"])
    return rows
