"""SQL for the match stage: archived copies, their matches and candidates.

A copy is a row per file under an archive folder (``root`` + ``path``); a
deleted file keeps its row with ``present = 0``. Matches are derived data: a
copy's matches are replaced whenever it is matched again, and a removed copy
loses them. ``indexed_citations`` remembers what each citation looked like when
copies were last matched against it, so that a run can tell new and changed
citations from the rest.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

import sqlite_utils

from ..models import ArchivedCopy, CopyKind, CopyStatus, Match, Verdict

__all__ = [
    "CitationRow",
    "CopyState",
    "Move",
    "citation_rows",
    "copies_citing",
    "copy_changes",
    "copy_matches",
    "copy_report",
    "copy_status_counts",
    "copy_states",
    "event_matches",
    "evidence_hashes",
    "find_copies",
    "has_copies",
    "mark_seen",
    "match_counts",
    "next_run_token",
    "record_copy",
    "record_copy_stat",
    "moves",
    "replaced_captures",
    "remove_unseen_copies",
    "replace_matches",
    "save_evidence_hashes",
]

CHUNK = 500
CONTENT_REPLACED = "content_replaced"  # a check verdict (the check stage's): the page now holds other content
Move = tuple[str, str]  # a URL a link was seen to move to, and how it was seen ("check 2025-05-01: a -> b")
T = TypeVar("T")


class CitationRow(NamedTuple):
    """A present citation with what matching needs of its event."""

    citation_id: int
    event_id: str
    kind: str
    position: int
    canonical_url: str | None
    link_id: int | None
    title: str | None
    outlet: str | None
    cited_date: str | None
    event_title: str | None
    event_date: str | None
    event_description: str | None


def record_copy_stat(db: sqlite_utils.Database, copy_id: int, size: int, mtime_ns: int) -> None:
    """An unchanged copy's new size and modification time (so the next run skips it by stat)."""
    db.execute("UPDATE copies SET size = ?, mtime_ns = ? WHERE id = ?", [size, mtime_ns, copy_id])


def citation_rows(db: sqlite_utils.Database, only: Sequence[int] | None = None) -> Iterator[CitationRow]:
    """Present citations of present events, by event (all, or only the ids in ``only``)."""
    sql = """SELECT c.id, c.event_id, c.kind, c.position, c.canonical_url, c.link_id, c.title, c.outlet,
                    c.cited_date, e.title, e.date, e.description
             FROM citations c JOIN events e ON e.id = c.event_id
             WHERE c.present = 1 AND e.present = 1"""
    if only is None:
        for row in db.execute(sql + " ORDER BY c.event_id, c.id"):
            yield CitationRow(*row)
        return
    for chunk in _chunks(sorted(set(only))):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(sql + f" AND c.id IN ({marks}) ORDER BY c.event_id, c.id", chunk):
            yield CitationRow(*row)


def moves(db: sqlite_utils.Database) -> dict[int, list[Move]]:
    """Every URL each link was seen to move to, with the chain that shows it.

    * each hop after the first, and the final URL, of the redirect chains of its
      successful checks (verdict ``ok``/``redirected``) and of its captures that got an
      answer in 2xx;
    * the original of each Wayback (or Save Page Now) snapshot found for it.

    A chain that ends on a page a check of the link judged a soft 404 (a home page, a
    search or a section front) is no evidence, nor are its hops. Empty without the
    check and archive tables.
    """
    tables = set(db.table_names())
    out: dict[int, list[Move]] = {}
    dead: dict[int, set[str]] = {}  # link -> final URLs judged soft 404

    def add(link_id: int, chain: list[str], how: str) -> None:
        if chain and chain[-1] in dead.get(link_id, ()):
            return
        shown = " -> ".join(chain)
        for url in chain[1:]:
            out.setdefault(link_id, []).append((url, f"{how}: {shown}"))

    if "checks" in tables:
        for link_id, final_url in db.execute(
                f"SELECT DISTINCT link_id, final_url FROM checks WHERE verdict = '{Verdict.SOFT_404}' "
                "AND final_url IS NOT NULL"):
            dead.setdefault(link_id, set()).add(final_url)
        for link_id, url, final_url, hops, checked_at in db.execute(
                f"""SELECT link_id, url, final_url, redirects, checked_at FROM checks
                    WHERE verdict IN ('{Verdict.OK}', '{Verdict.REDIRECTED}') AND final_url IS NOT NULL
                      AND (final_url != url OR redirects != '[]') ORDER BY link_id, id"""):
            add(link_id, _chain(url, [h.get("url") for h in _hops(hops) if isinstance(h, dict)], final_url),
                f"check {checked_at[:10]}")
    if "captures" in tables:
        for link_id, url, final_url, hops, captured_at in db.execute(
                """SELECT link_id, url, final_url, redirects, captured_at FROM captures
                   WHERE status BETWEEN 200 AND 299 AND final_url IS NOT NULL
                     AND (final_url != url OR redirects != '[]') ORDER BY link_id, id"""):
            add(link_id, _chain(url, [h[0] for h in _hops(hops) if isinstance(h, list) and h], final_url),
                f"capture {captured_at[:10]}")
    if "external_snapshots" in tables:
        for link_id, snapshot_url in db.execute(
                """SELECT link_id, snapshot_url FROM external_snapshots
                   WHERE snapshot_url IS NOT NULL AND status IN ('found', 'saved') ORDER BY link_id, id"""):
            out.setdefault(link_id, []).append((snapshot_url, f"Wayback snapshot {snapshot_url}"))
    return {link: list(dict.fromkeys(found)) for link, found in out.items()}


def _hops(text: str | None) -> list[Any]:
    try:
        hops = json.loads(text or "[]")
    except ValueError:
        return []
    return hops if isinstance(hops, list) else []


def _chain(url: str, hop_urls: list[Any], final_url: str) -> list[str]:
    """The URLs a request passed through, in order, each once: the asked URL, the hops, the end."""
    chain = [url, *(u for u in hop_urls if isinstance(u, str)), final_url]
    return list(dict.fromkeys(chain))


def replaced_captures(db: sqlite_utils.Database) -> dict[str, frozenset[int]]:
    """Copies (by path in the archive folder) captured after a check found their link's page replaced
    by other content: such a copy does not back the link's citations by URL."""
    tables = set(db.table_names())
    if not {"checks", "captures"} <= tables:
        return {}
    out: dict[str, set[int]] = {}
    for path, link_id in db.execute(
            """SELECT p.copy_path, p.link_id FROM captures p
               JOIN (SELECT link_id, min(checked_at) AS since FROM checks WHERE verdict = ? GROUP BY link_id) r
                 ON r.link_id = p.link_id
               WHERE p.copy_path IS NOT NULL AND p.captured_at >= r.since""", [CONTENT_REPLACED]):
        out.setdefault(path, set()).add(link_id)
    return {path: frozenset(links) for path, links in out.items()}



def evidence_hashes(db: sqlite_utils.Database) -> dict[int, str]:
    return dict(db.execute("SELECT citation_id, evidence_sha256 FROM indexed_citations").fetchall())


def save_evidence_hashes(db: sqlite_utils.Database, changed: dict[int, str], gone: Iterable[int]) -> None:
    db.conn.executemany(
        "INSERT INTO indexed_citations (citation_id, evidence_sha256) VALUES (?, ?) "
        "ON CONFLICT(citation_id) DO UPDATE SET evidence_sha256 = excluded.evidence_sha256",
        list(changed.items()),
    )
    db.conn.executemany("DELETE FROM indexed_citations WHERE citation_id = ?", [(i,) for i in gone])


@dataclass(frozen=True, slots=True)
class CopyState:
    id: int
    size: int
    mtime_ns: int
    file_sha256: str
    matcher_sha256: str | None
    status: str
    present: bool


def copy_states(db: sqlite_utils.Database, root: str, paths: Sequence[str]) -> dict[str, CopyState]:
    """The stored state of each of ``paths`` (relative to ``root``) that the database knows."""
    out: dict[str, CopyState] = {}
    for chunk in _chunks(paths):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"""SELECT path, id, size, mtime_ns, file_sha256, matcher_sha256, status, present FROM copies
                WHERE root = ? AND path IN ({marks})""",
            [root, *chunk],
        ):
            out[row[0]] = CopyState(row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]))
    return out


def next_run_token(db: sqlite_utils.Database) -> int:
    return (db.execute("SELECT max(ifnull(seen_run, 0)) FROM copies").fetchone()[0] or 0) + 1


def mark_seen(db: sqlite_utils.Database, copy_ids: Iterable[int], token: int) -> None:
    db.conn.executemany("UPDATE copies SET seen_run = ? WHERE id = ?", [(token, i) for i in copy_ids])


def record_copy(db: sqlite_utils.Database, *, root: str, copy: ArchivedCopy, size: int, mtime_ns: int,
                canonical_url: str | None, status: CopyStatus, matcher_sha256: str, now: str,
                token: int, previous_sha256: str | None = None) -> int:
    """Insert or update one copy's row; return its id. Call inside a transaction.

    ``previous_sha256`` is the file hash its row held (the caller has read it): a copy whose file
    changed since gets a ``copy_changes`` row (old and new hash).
    """
    db.execute(
        """INSERT INTO copies (root, path, kind, size, mtime_ns, file_sha256, url, canonical_url, final_url,
                               title, date, outlet, status, problem, matcher_sha256, present, seen_run,
                               first_seen_at, matched_at, removed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, NULL)
           ON CONFLICT(root, path) DO UPDATE SET kind = excluded.kind, size = excluded.size,
               mtime_ns = excluded.mtime_ns, file_sha256 = excluded.file_sha256, url = excluded.url,
               canonical_url = excluded.canonical_url, final_url = excluded.final_url, title = excluded.title,
               date = excluded.date, outlet = excluded.outlet, status = excluded.status,
               problem = excluded.problem, matcher_sha256 = excluded.matcher_sha256, present = 1,
               seen_run = excluded.seen_run, matched_at = excluded.matched_at, removed_at = NULL""",
        [root, copy.path, copy.kind.value, size, mtime_ns, copy.file_sha256, copy.url, canonical_url,
         copy.final_url, copy.title, copy.date, copy.outlet, status.value, copy.problem, matcher_sha256,
         token, now, now],
    )
    copy_id: int = db.execute("SELECT id FROM copies WHERE root = ? AND path = ?", [root, copy.path]).fetchone()[0]
    if previous_sha256 and previous_sha256 != copy.file_sha256:
        db.execute("INSERT INTO copy_changes (copy_id, old_sha256, new_sha256, seen_at) VALUES (?, ?, ?, ?)",
                   [copy_id, previous_sha256, copy.file_sha256, now])
    return copy_id


def copy_changes(db: sqlite_utils.Database, kind: CopyKind | None = None) -> list[dict[str, Any]]:
    """Every recorded change of a copy's file (path, old and new sha256, when it was seen), oldest first."""
    sql = """SELECT c.path, c.kind, x.old_sha256, x.new_sha256, x.seen_at FROM copy_changes x
             JOIN copies c ON c.id = x.copy_id"""
    args: list[str] = []
    if kind is not None:
        sql += " WHERE c.kind = ?"
        args.append(kind.value)
    return [dict(zip(("path", "kind", "old_sha256", "new_sha256", "seen_at"), row))
            for row in db.execute(sql + " ORDER BY x.id", args)]


def replace_matches(db: sqlite_utils.Database, copy_id: int, matches: Sequence[Match], now: str) -> None:
    db.execute("DELETE FROM matches WHERE copy_id = ?", [copy_id])
    db.conn.executemany(
        """INSERT INTO matches (copy_id, citation_id, event_id, kind, position, method, score, reason,
                                is_candidate, matched_at, evidence, veto)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(copy_id, m.citation_id, m.event_id, m.kind.value, m.position, m.method.value, m.score, m.reason,
          int(m.is_candidate), now, json.dumps(dict(m.evidence)), m.veto) for m in matches],
    )


def copies_citing(db: sqlite_utils.Database, citation_ids: Iterable[int]) -> set[int]:
    """Ids of present copies with a match or candidate on one of ``citation_ids``."""
    out: set[int] = set()
    for chunk in _chunks(sorted(set(citation_ids))):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in db.execute(
            f"SELECT DISTINCT copy_id FROM matches WHERE citation_id IN ({marks})", chunk))
    return out


def has_copies(db: sqlite_utils.Database, root: str) -> bool:
    return db.execute("SELECT 1 FROM copies WHERE root = ? AND present = 1 LIMIT 1", [root]).fetchone() is not None


def remove_unseen_copies(db: sqlite_utils.Database, root: str, token: int, now: str) -> int:
    """Copies under ``root`` that this run did not see were deleted: drop their matches."""
    return _retire_copies(db, [r[0] for r in db.execute(
        "SELECT id FROM copies WHERE root = ? AND present = 1 AND ifnull(seen_run, -1) != ?", [root, token])], now)


def remove_copies_outside(db: sqlite_utils.Database, roots: Sequence[str], now: str) -> int:
    """Copies under a folder that is no longer configured are gone from the archive's view."""
    marks = ",".join("?" * len(roots)) or "''"
    return _retire_copies(db, [r[0] for r in db.execute(
        f"SELECT id FROM copies WHERE present = 1 AND root NOT IN ({marks})", list(roots))], now)


def _retire_copies(db: sqlite_utils.Database, gone: list[int], now: str) -> int:
    db.conn.executemany("DELETE FROM matches WHERE copy_id = ?", [(i,) for i in gone])
    db.conn.executemany("UPDATE copies SET present = 0, removed_at = ? WHERE id = ?", [(now, i) for i in gone])
    return len(gone)


def match_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Counts for ``sourcevault status`` (zeros before the first match run)."""
    by_status = dict(db.execute("SELECT status, count(*) FROM copies WHERE present = 1 GROUP BY status").fetchall())
    row = db.execute(
        """SELECT ifnull(sum(m.is_candidate = 0), 0), ifnull(sum(m.is_candidate = 1), 0),
                  count(DISTINCT CASE WHEN m.is_candidate = 0 THEN m.event_id END)
           FROM matches m JOIN copies c ON c.id = m.copy_id WHERE c.present = 1"""
    ).fetchone()
    return {
        "copies": sum(by_status.values()),
        "matched_copies": by_status.get(CopyStatus.MATCHED.value, 0),
        "candidate_copies": by_status.get(CopyStatus.CANDIDATE.value, 0),
        "ambiguous_copies": by_status.get(CopyStatus.AMBIGUOUS.value, 0),
        "unmatched_copies": by_status.get(CopyStatus.UNMATCHED.value, 0),
        "unreadable_copies": by_status.get(CopyStatus.UNREADABLE.value, 0),
        "matches": row[0],
        "candidates": row[1],
        "events_with_copies": row[2],
    }


_MATCH_COLUMNS = "m.event_id, m.kind, m.position, m.method, m.score, m.reason, m.is_candidate, m.evidence, m.veto"


def hand_saved_copies(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Present hand-saved copies with the hash recorded when they were last read."""
    return [dict(r) for r in db.query(
        f"SELECT root, path, file_sha256 FROM copies WHERE present = 1 AND kind = '{CopyKind.HAND_SAVED}' "
        "ORDER BY path")]


def copy_report(db: sqlite_utils.Database, statuses: Collection[str] | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Every present copy (only those in ``statuses``, at most ``limit``) with its matches and
    candidates, by folder and path."""
    where, args = "present = 1", []
    if statuses is not None:
        where += f" AND status IN ({', '.join('?' * len(statuses))})"
        args = list(statuses)
    copies = [dict(r) for r in db.query(
        f"""SELECT id, root, path, kind, url, canonical_url, final_url, title, date, status, problem, file_sha256
            FROM copies WHERE {where} ORDER BY root, path""" + ("" if limit is None else f" LIMIT {int(limit)}"),
        args)]
    by_id: dict[int, list[dict[str, Any]]] = {c["id"]: [] for c in copies}
    if statuses is None and limit is None:
        rows = db.query(
            f"""SELECT m.copy_id, {_MATCH_COLUMNS} FROM matches m JOIN copies c ON c.id = m.copy_id
                WHERE c.present = 1 ORDER BY m.copy_id, m.is_candidate, m.score DESC, m.event_id, m.position""")
    else:  # a few copies: their matches through the index on matches(copy_id, ...)
        rows = (row for chunk in _chunks(list(by_id)) for row in db.query(
            f"""SELECT m.copy_id, {_MATCH_COLUMNS} FROM matches m WHERE m.copy_id IN ({', '.join('?' * len(chunk))})
                ORDER BY m.copy_id, m.is_candidate, m.score DESC, m.event_id, m.position""", chunk))
    for row in rows:
        by_id[row.pop("copy_id")].append(row)
    for c in copies:
        c["matches"] = by_id[c["id"]]
    return copies


def copy_status_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many present copies have each status."""
    return dict(db.execute("SELECT status, count(*) FROM copies WHERE present = 1 GROUP BY status").fetchall())


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in slices small enough for one ``IN (…)`` list of SQL parameters."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def find_copies(db: sqlite_utils.Database, path: str, root: str | None = None) -> list[dict[str, Any]]:
    """Present copies whose path (relative to their folder) is ``path``, in ``root`` if given."""
    sql = "SELECT * FROM copies WHERE present = 1 AND path = ?"
    args: list[Any] = [path]
    if root is not None:
        sql += " AND root = ?"
        args.append(root)
    return [dict(r) for r in db.query(sql + " ORDER BY root", args)]


def copy_matches(db: sqlite_utils.Database, copy_id: int) -> list[dict[str, Any]]:
    """A copy's matches and candidates, with the citation and event each names."""
    return [dict(r) for r in db.query(
        f"""SELECT {_MATCH_COLUMNS}, e.title AS event_title, e.date AS event_date,
                   ci.raw_url AS cited_url, ci.title AS cited_title, ci.outlet AS cited_outlet
            FROM matches m LEFT JOIN events e ON e.id = m.event_id LEFT JOIN citations ci ON ci.id = m.citation_id
            WHERE m.copy_id = ? ORDER BY m.is_candidate, m.score DESC, m.event_id, m.position""",
        [copy_id])]


def event_matches(db: sqlite_utils.Database, event_id: str) -> list[dict[str, Any]]:
    """The copies matched (or candidates) to an event's citations."""
    return [dict(r) for r in db.query(
        f"""SELECT {_MATCH_COLUMNS}, c.root, c.path, c.url AS copy_url, c.status AS copy_status
            FROM matches m JOIN copies c ON c.id = m.copy_id
            WHERE m.event_id = ? AND c.present = 1 ORDER BY m.kind, m.position, m.is_candidate, m.score DESC""",
        [event_id])]
