"""Forward-only schema migrations: how they are registered, and every change since the tables were first created.

Each migration is a function of a ``sqlite_utils.Database`` registered with
``@migration(version, name)``; :func:`pipeline.db.apply_migrations` applies
those a database has not had, in order. The database's ``PRAGMA user_version``
is the highest version applied; ``schema_migrations`` lists when each one ran.
Never edit a released migration: add a new one, at the end of this module.
The tables as first created, migrations 1 to 5, are in :mod:`pipeline.db.schema`;
docs/schema.md describes the resulting tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from urllib.parse import urlsplit

import sqlite_utils

from ..urls import InvalidURL, canonicalize

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        if any(v == version for v, _, _ in MIGRATIONS):
            raise RuntimeError(f"migration {version} registered twice")
        MIGRATIONS.append((version, name, fn))
        MIGRATIONS.sort(key=lambda m: m[0])
        return fn

    return register


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run a multi-statement script inside the caller's transaction.

    (``executescript`` would commit first, breaking the migration's atomicity.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:60]}")


@migration(6, "snapshot links: an archive URL is a link of its own, checked and judged as a snapshot")
def _snapshot_links(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE links ADD COLUMN kind TEXT NOT NULL DEFAULT 'page';   -- page | snapshot
        ALTER TABLE citations ADD COLUMN snapshot_link_id INTEGER REFERENCES links(id);
        CREATE INDEX citations_snapshot_link ON citations(snapshot_link_id);
        """
    )


@migration(7, "sites: the pace each site earned and its soft-404 probe, kept across runs")
def _sites(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE site_paces (
            host TEXT PRIMARY KEY,
            gap_s REAL NOT NULL,               -- seconds between two request starts when the last run ended
            updated_at TEXT NOT NULL
        );
        CREATE TABLE site_probes (
            host TEXT PRIMARY KEY,
            profile TEXT NOT NULL,             -- JSON: how the site answered a URL that cannot exist
            probed_at TEXT NOT NULL
        );
        """
    )


@migration(8, "snapshot links: the time of the snapshot a check found; links for snapshots cited before")
def _snapshot_times(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE checks ADD COLUMN snapshot_at TEXT;       -- snapshot links: the capture time the archive showed
        ALTER TABLE link_states ADD COLUMN snapshot_at TEXT;  -- the same, of the latest check
        """
    )
    # snapshots cited before extract recorded them as links (an unchanged event file is not read again)
    cited = db.execute("SELECT id, raw_url, first_seen_at FROM citations "
                       "WHERE archive_service IS NOT NULL AND snapshot_link_id IS NULL AND raw_url IS NOT NULL")
    for citation_id, raw_url, seen_at in cited.fetchall():
        try:
            snapshot = canonicalize(raw_url).snapshot
        except InvalidURL:
            continue
        if snapshot is None:
            continue
        db.execute("INSERT INTO links (canonical_url, url, host, first_seen_at, kind) VALUES (?, ?, ?, ?, 'snapshot') "
                   "ON CONFLICT(canonical_url) DO NOTHING", [snapshot, snapshot, urlsplit(snapshot).hostname or "",
                                                            seen_at])
        db.execute("UPDATE citations SET snapshot_link_id = (SELECT id FROM links WHERE canonical_url = ?) "
                   "WHERE id = ?", [snapshot, citation_id])


@migration(9, "drift: judged against the first capture with text, with a word-level excerpt of the change")
def _drift_baseline(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE captures ADD COLUMN baseline_id INTEGER REFERENCES captures(id); -- similarity is to this one
        ALTER TABLE captures ADD COLUMN drift_excerpt TEXT;  -- word-level diff against baseline_id, when drifted
        """
    )


@migration(10, "re-extract every event file once: URLs keep every character, IDNA 2008 hosts, dates checked")
def _reextract_after_hardening(db: sqlite_utils.Database) -> None:
    # The canonical form of a URL changed (no more cutting at '"', '<', '>'; faß.de is xn--fa-hia.de)
    # and event files gained checks (dates, duplicated keys): forget what was read, so that the next
    # extract parses each file again. Nothing else changes; unchanged files then stay unchanged.
    db.execute("UPDATE files SET content_sha256 = '', size = -1 WHERE present = 1")


@migration(11, "match: each match's evidence and veto")
def _match_evidence(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE matches ADD COLUMN evidence TEXT;   -- JSON object: evidence kind -> value 0..1 or null (unknown)
        ALTER TABLE matches ADD COLUMN veto TEXT;       -- evidence that contradicts: then only a candidate
        """
    )


@migration(12, "fix proposals: the edits `sourcevault fix` proposed last, for the report and status")
def _fix_proposals(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE fix_proposals (
            id INTEGER PRIMARY KEY,
            citation_id INTEGER REFERENCES citations(id),
            event_id TEXT,
            file TEXT NOT NULL,                -- the event file's name as shown in messages
            field TEXT,                        -- where in the file, e.g. sources[2].archive_url
            line INTEGER,                      -- 1-based line of the value in the file (NULL: new)
            reason TEXT NOT NULL,              -- dead_citation | dead_archive_url | moved | not_a_url
            action TEXT NOT NULL,              -- add_archive_url | replace_archive_url | replace_url | none
            old_value TEXT,
            new_value TEXT,
            detail TEXT NOT NULL,              -- one line: why, and what evidence
            evidence TEXT NOT NULL DEFAULT '{}', -- JSON: verdict history, dates, the snapshot's time and status
            file_sha256 TEXT,                  -- of the file the edit was computed from
            proposed_at TEXT NOT NULL
        );
        CREATE INDEX fix_proposals_citation ON fix_proposals(citation_id);
        """
    )


@migration(13, "captures: an index on copy_path (choosing a copy's name asks whether a name is taken)")
def _captures_copy_path(db: sqlite_utils.Database) -> None:
    # without it every copy written scanned the whole captures table: quadratic in the archive's size
    run_script(db, "CREATE INDEX captures_copy_path ON captures(copy_path);")


@migration(14, "copy_changes: each time a copy's file was found changed since it was last matched, for auditors")
def _copy_changes(db: sqlite_utils.Database) -> None:
    # a hand-saved copy is matched again when it changes, and its new hash recorded: without this
    # table the next run would leave no trace that (and when) the file had been edited
    run_script(
        db,
        """
        CREATE TABLE copy_changes (
            id INTEGER PRIMARY KEY,
            copy_id INTEGER NOT NULL REFERENCES copies(id),
            old_sha256 TEXT NOT NULL,
            new_sha256 TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        CREATE INDEX copy_changes_copy ON copy_changes(copy_id);
        """
    )


@migration(15, "fix_lookups: when fix mode last looked up snapshots for each citation, so fix.max_lookups rotates")
def _fix_lookups(db: sqlite_utils.Database) -> None:
    # without it every run looked up the same first fix.max_lookups citations (in path order) and the
    # rest never: the least recently looked-up go first
    run_script(
        db,
        """
        CREATE TABLE fix_lookups (
            citation_id INTEGER PRIMARY KEY REFERENCES citations(id), -- its link (or archive URL) is dead
            looked_up_at TEXT NOT NULL         -- the last fix run that asked the archives for its snapshots
        );
        """
    )


@migration(16, "re-extract every event file once: an archive URL that is not a snapshot of the cited page is a problem")
def _reextract_for_snapshot_problems(db: sqlite_utils.Database) -> None:
    # the event files gained a check (not_a_snapshot); as in migration 10, forget what was read so that
    # the next extract parses each file again and records the new problems
    db.execute("UPDATE files SET content_sha256 = '', size = -1 WHERE present = 1")


@migration(17, "captures: extractor_key, and an index of the captures whose text is pending")
def _captures_text_pending(db: sqlite_utils.Database) -> None:
    # a capture's row is committed as soon as its WARC records are durable, with text 'pending'; its text
    # job runs later (beside the check, or in the archive stage, or in the next run if this one is killed).
    # extractor_key names the extractor settings the text came from: a capture of a payload already
    # extracted with the same key takes that text instead of extracting it again
    run_script(
        db,
        """
        ALTER TABLE captures ADD COLUMN extractor_key TEXT;
        CREATE INDEX captures_text_pending ON captures(id) WHERE text_status = 'pending';
        """
    )


@migration(18, "checks, link_states: page_title, the title of the page a check read (content_replaced shows it)")
def _page_title(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE checks ADD COLUMN page_title TEXT;
        ALTER TABLE link_states ADD COLUMN page_title TEXT;
        """
    )


@migration(19, "captures: an index of warc_record_id (a revisit's original found without a scan)")
def _captures_record_id(db: sqlite_utils.Database) -> None:
    # a revisit's text job reads its body from the record it refers to (captures.text_todo), found by
    # warc_record_id: without an index every text job scanned the table (about 1 ms per job at 5,749
    # captures, 30 ms at 100,000: a run's text bookkeeping grew with the square of its captures)
    run_script(db, "CREATE INDEX captures_record_id ON captures(warc_record_id);")
