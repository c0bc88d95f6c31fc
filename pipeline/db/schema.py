"""Forward-only schema migrations, applied in order and recorded in the database.

Each migration is a function of a ``sqlite_utils.Database`` registered with
``@migration(version, name)``. The database's ``PRAGMA user_version`` is the
highest version applied; ``schema_migrations`` lists when each one ran.
Never edit a released migration: add a new one. docs/schema.md describes
the resulting tables.
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


@migration(1, "corpus: files, events, links, citations, problems, runs")
def _corpus(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE files (
            path TEXT PRIMARY KEY,             -- absolute POSIX path of an event file
            root TEXT NOT NULL,                -- the configured events folder it was found under
            name TEXT NOT NULL,                -- shown in messages: relative to the root's parent
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            content_sha256 TEXT NOT NULL,
            event_id TEXT,                     -- the event it defines, if any
            present INTEGER NOT NULL DEFAULT 1,
            seen_run INTEGER,                  -- last extract run that saw the file
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            removed_at TEXT
        );
        CREATE INDEX files_root_seen ON files(root, present, seen_run);

        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            title TEXT,
            date TEXT,
            description TEXT,
            content_sha256 TEXT NOT NULL,
            present INTEGER NOT NULL DEFAULT 1,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            removed_at TEXT
        );

        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            canonical_url TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,                 -- the first cited spelling (unwrapped if archived)
            host TEXT NOT NULL,
            first_seen_at TEXT NOT NULL
        );
        CREATE INDEX links_host ON links(host);

        CREATE TABLE citations (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(id),
            kind TEXT NOT NULL,                -- source | archive | body
            position INTEGER NOT NULL,         -- 1-based
            field TEXT NOT NULL,               -- where in the file, e.g. sources[2].url
            raw_url TEXT,                      -- exactly as written (NULL for null)
            canonical_url TEXT,                -- NULL when raw_url is not an http(s) URL
            link_id INTEGER REFERENCES links(id),
            title TEXT,
            outlet TEXT,
            cited_date TEXT,
            archive_service TEXT,              -- wayback | archive.today when raw_url is a snapshot
            archive_timestamp TEXT,
            present INTEGER NOT NULL DEFAULT 1,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            removed_at TEXT
        );
        CREATE UNIQUE INDEX citations_identity
            ON citations(event_id, kind, position, ifnull(raw_url, ''));
        CREATE INDEX citations_link ON citations(link_id, present);

        CREATE TABLE problems (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            event_id TEXT,
            kind TEXT NOT NULL,
            field TEXT,
            value TEXT,
            message TEXT NOT NULL,
            present INTEGER NOT NULL DEFAULT 1,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            resolved_at TEXT
        );
        CREATE UNIQUE INDEX problems_identity
            ON problems(file, kind, ifnull(field, ''), ifnull(value, ''));
        CREATE INDEX problems_present ON problems(present, kind);

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,             -- run | extract | check | ...
            pid INTEGER,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            outcome TEXT NOT NULL,             -- running | ok | failed | interrupted
            counts TEXT NOT NULL DEFAULT '{}', -- JSON: {stage: {name: number}}
            error TEXT
        );
        """
    )


@migration(2, "checks: link state and check history")
def _checks(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE link_states (
            link_id INTEGER PRIMARY KEY REFERENCES links(id),
            state TEXT NOT NULL,               -- healthy | failing | broken | unverifiable | recovered
            verdict TEXT NOT NULL,             -- of the latest check
            detail TEXT,                       -- its one-line reason
            status_code INTEGER,
            final_url TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            first_failure_at TEXT,             -- of the current run of failures
            last_success_at TEXT,
            checks INTEGER NOT NULL DEFAULT 0,
            etag TEXT,                         -- validators of the last successful answer,
            last_modified TEXT,                -- sent back as If-None-Match / If-Modified-Since
            checked_at TEXT NOT NULL,
            next_check_at TEXT NOT NULL
        );
        CREATE INDEX link_states_due ON link_states(next_check_at);
        CREATE INDEX link_states_state ON link_states(state, verdict);

        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            link_id INTEGER NOT NULL REFERENCES links(id),
            url TEXT NOT NULL,                 -- as requested
            method TEXT,                       -- HEAD | GET (of the answer judged)
            verdict TEXT NOT NULL,
            detail TEXT,
            status_code INTEGER,
            final_url TEXT,
            redirects TEXT NOT NULL DEFAULT '[]', -- JSON: [{url, status, location, elapsed_ms}]
            elapsed_ms INTEGER,
            bytes INTEGER,                     -- body bytes read, decoded
            attempts INTEGER,
            error TEXT,
            etag TEXT,
            last_modified TEXT,
            checked_at TEXT NOT NULL
        );
        CREATE INDEX checks_link ON checks(link_id, checked_at);
        """
    )


@migration(3, "archive: captures, external snapshots")
def _archive(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE captures (
            id INTEGER PRIMARY KEY,
            link_id INTEGER NOT NULL REFERENCES links(id),
            url TEXT NOT NULL,                 -- the cited URL that was fetched
            final_url TEXT,                    -- after redirects
            redirects TEXT NOT NULL DEFAULT '[]', -- JSON: [{"url", "status"}] of each redirect hop
            status INTEGER,                    -- HTTP status of the final response (NULL: no response)
            content_type TEXT,
            error TEXT,                        -- why there is no response (fetch_error kind: message)
            body_sha256 TEXT,                  -- of the body with Content-Encoding undone
            body_length INTEGER,
            payload_digest TEXT,               -- WARC-Payload-Digest (sha1:BASE32 of the body as received)
            warc_file TEXT,                    -- file name in <archive>/warc/
            warc_record_id TEXT,               -- the final response (or revisit) record
            warc_offset INTEGER,               -- where that record starts in warc_file
            warc_length INTEGER,
            warc_end INTEGER,                  -- end of the capture's last record (a known-good offset)
            record_type TEXT,                  -- response | revisit
            refers_to_record_id TEXT,          -- for a revisit: the record holding the payload
            copy_path TEXT,                    -- the text copy, relative to the archive folder
            text_status TEXT NOT NULL,         -- ok | tiny | empty | failed | skipped (| pending: migration 17)
            text_reason TEXT,
            text_length INTEGER,
            text_sha256 TEXT,
            title TEXT,
            author TEXT,
            published TEXT,                    -- the article's date as extracted (YYYY-MM-DD)
            site_name TEXT,
            charset TEXT,
            extractor TEXT,
            extractor_version TEXT,
            etag TEXT,                         -- for conditional re-capture
            last_modified TEXT,
            previous_id INTEGER REFERENCES captures(id), -- the capture this one re-captures
            similarity REAL,                   -- text similarity to previous_id (0..1)
            drifted INTEGER NOT NULL DEFAULT 0,
            captured_at TEXT NOT NULL,
            verified_at TEXT                   -- last re-fetch that found the same content
        );
        CREATE INDEX captures_link ON captures(link_id, id);
        CREATE INDEX captures_payload ON captures(payload_digest);
        CREATE UNIQUE INDEX captures_copy ON captures(copy_path) WHERE copy_path IS NOT NULL;
        CREATE INDEX captures_warc ON captures(warc_file);

        CREATE TABLE external_snapshots (
            id INTEGER PRIMARY KEY,
            link_id INTEGER NOT NULL REFERENCES links(id),
            service TEXT NOT NULL,             -- wayback (lookup) | save_page_now
            status TEXT NOT NULL,              -- found | none | saved | pending | failed
            snapshot_url TEXT,
            snapshot_at TEXT,                  -- the snapshot's own time (UTC ISO)
            error TEXT,
            looked_up_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX external_snapshots_link ON external_snapshots(link_id, service);
        """
    )


@migration(4, "match: copies, matches, indexed_citations")
def _match(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE copies (
            id INTEGER PRIMARY KEY,
            root TEXT NOT NULL,                -- the archive folder it was found under (absolute POSIX path)
            path TEXT NOT NULL,                -- relative to root, '/'-separated
            kind TEXT NOT NULL,                -- own | hand_saved
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            file_sha256 TEXT NOT NULL,         -- of the copy file's bytes
            url TEXT,                          -- the URL the copy says it is of, as written
            canonical_url TEXT,                -- NULL when there is none or it is not an http(s) URL
            final_url TEXT,                    -- where that URL led when captured (own copies)
            title TEXT,
            date TEXT,                         -- ISO date, when the copy gives one
            outlet TEXT,
            status TEXT NOT NULL,              -- matched | candidate | ambiguous | unmatched | unreadable
            problem TEXT,                      -- why the copy is unreadable
            matcher_sha256 TEXT,               -- the match settings it was matched with
            present INTEGER NOT NULL DEFAULT 1,
            seen_run INTEGER,                  -- last match run that saw the file
            first_seen_at TEXT NOT NULL,
            matched_at TEXT,
            removed_at TEXT
        );
        CREATE UNIQUE INDEX copies_identity ON copies(root, path);
        CREATE INDEX copies_status ON copies(present, status);
        CREATE INDEX copies_canonical ON copies(canonical_url);

        CREATE TABLE matches (
            id INTEGER PRIMARY KEY,
            copy_id INTEGER NOT NULL REFERENCES copies(id),
            citation_id INTEGER NOT NULL REFERENCES citations(id),
            event_id TEXT NOT NULL,
            kind TEXT NOT NULL,                -- source (sources[] and their archive URLs) | body
            position INTEGER NOT NULL,         -- the citation's 1-based position
            method TEXT NOT NULL,              -- url | redirect | content
            score REAL NOT NULL,               -- 0..1
            reason TEXT NOT NULL,
            is_candidate INTEGER NOT NULL,     -- 1: below the threshold or ambiguous, for review only
            matched_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX matches_identity ON matches(copy_id, event_id, kind, position);
        CREATE INDEX matches_event ON matches(event_id, kind, position);
        CREATE INDEX matches_citation ON matches(citation_id);

        CREATE TABLE indexed_citations (
            citation_id INTEGER PRIMARY KEY,   -- a present citation the match stage has matched copies against
            evidence_sha256 TEXT NOT NULL      -- of what matching reads of it (URL, title, event text, redirects)
        );
        """
    )


@migration(5, "reports: one snapshot per report, for 'newly broken' and trends")
def _reports(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE report_snapshots (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES runs(id),
            generated_at TEXT NOT NULL,
            checked_through TEXT,              -- the latest check time the report saw
            counts TEXT NOT NULL,              -- JSON: links by state, and the section sizes
            broken_link_ids TEXT NOT NULL      -- JSON array: the links broken at that time
        );
        """
    )


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
