"""The tables as first created: migrations 1 to 5, one per stage (extract, check, archive, match, report).

Their columns are commented here; what was added or changed since is in the
later migrations of :mod:`pipeline.db.migrations`, where the migrations are
registered and where a new one goes. docs/schema.md describes the resulting tables.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import migration, run_script


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
