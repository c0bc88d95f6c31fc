"""The database: one SQLite file opened through sqlite-utils.

``open_database`` turns on WAL and foreign keys, waits on a busy lock instead
of failing, and applies pending migrations. The modules beside this one hold
all the SQL the pipeline runs, one module per concern (``corpus`` for events,
citations, links and problems; ``runs`` for run records); stages call their
functions and never write SQL themselves.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from ..clock import utc_now
from . import schema  # noqa: F401 - the tables' migrations (1 to 5) register themselves
from .migrations import MIGRATIONS

__all__ = ["DatabaseError", "describe_error", "open_database", "release_cache", "schema_version"]

BUSY_TIMEOUT_S = 30
# SQLite's page cache per connection (16 MiB). The operating system caches the file too; at 100,000
# events, extract ran as fast with 16 MiB as with 64 MiB, and a whole run's peak fell by about 50 MB.
CACHE_KIB = 16384


class DatabaseError(Exception):
    """The database file cannot be opened, is not sourcevault's, or is newer than this program."""


def open_database(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path``; ``":memory:"`` works too."""
    target = str(path)
    if target != ":memory:":
        try:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"{target}: cannot create its folder: {exc.strerror or exc}") from None
    try:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # bounded, and larger than SQLite's 2 MiB default
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{target}: {describe_error(exc)}") from None
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        _refuse_foreign(db, target)
        if migrate:
            apply_migrations(db)
    except DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{target}: {exc}") from None
    except sqlite3.Error as exc:
        conn.close()
        raise DatabaseError(f"{target}: {describe_error(exc)}") from None
    return db


def describe_error(exc: sqlite3.Error) -> str:
    """What went wrong with the database, in one line an operator can act on (SQLite's words kept).

    The caller names the file. A lock held by another process is only reported
    after waiting :data:`BUSY_TIMEOUT_S` seconds for it.
    """
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF  # the primary code of an extended one
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return (f"the database is locked by another process (waited {BUSY_TIMEOUT_S:g} s; "
                "try again when it has finished)")
    if code == sqlite3.SQLITE_READONLY:
        return f"cannot write the database: the file, its folder or its file system is read-only ({exc})"
    if code == sqlite3.SQLITE_CORRUPT:
        return f"the database file is damaged ({exc}); restore it from a backup"
    if code == sqlite3.SQLITE_NOTADB:
        return f"not a SQLite database, or a damaged one ({exc})"
    return f"cannot use database: {exc}"


def release_cache(db: sqlite_utils.Database) -> None:
    """Free the memory of the connection's page cache; it refills from the file as pages are read.

    A run keeps one connection for every stage: without this, the pages one
    stage read (up to ``CACHE_KIB``) stay in memory under the next stage's own.
    """
    db.execute("PRAGMA shrink_memory")


def _refuse_foreign(db: sqlite_utils.Database, target: str) -> None:
    """Refuse a SQLite file made by another program: migrations would add our tables to it."""
    if schema_version(db) != 0 or db["schema_migrations"].exists():
        return
    tables = [t for t in db.table_names() if not t.startswith("sqlite_")]
    if tables:
        raise DatabaseError(f"not a sourcevault database (it has tables such as {tables[0]!r} and no "
                            "schema_migrations); choose another paths.database")


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(db: sqlite_utils.Database) -> list[int]:
    """Apply every registered migration the database has not had; return the versions applied.

    What has been applied is read from ``schema_migrations`` (not only from
    ``user_version``), so a database made by a build that lacked an earlier
    migration still gets it.
    """
    current = schema_version(db)
    latest = MIGRATIONS[-1][0] if MIGRATIONS else 0
    if current > latest:
        raise DatabaseError(
            f"database schema version {current} is newer than this sourcevault ({latest}); upgrade sourcevault"
        )
    with db.atomic():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    done = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, name, fn in MIGRATIONS:
        if version in done:
            continue
        with db.atomic():
            fn(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [version, name, utc_now()],
            )
            db.execute(f"PRAGMA user_version = {int(max(version, schema_version(db)))}")
        applied.append(version)
    return applied
