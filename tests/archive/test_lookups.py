"""Wayback lookups off the critical path: a failing service costs a few tries, a budget bounds the time."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from archiveworld import Clock, make_config, write_events
from servers import LoopbackServer

from pipeline.archive.lookups import FAILING_AFTER, LookupCounts, look_up
from pipeline.db import open_database
from pipeline.extract import stage as extract
from pipeline.net.fetcher import Fetcher


def run_lookups(tmp_path: Path, base: str, links: int, **archive: object) -> tuple[LookupCounts, int]:
    write_events(tmp_path / "events", [f"https://news.example/{i}" for i in range(links)])
    config = make_config(tmp_path, wayback_lookup=True, wayback_available_url=f"{base}/wayback/available",
                         wayback_cdx_url=f"{base}/cdx/search/cdx", wayback_interval_s=0, **archive)
    db = open_database(config.paths.database)
    extract.run(db, config)

    async def go() -> LookupCounts:
        async with Fetcher(config.http) as fetcher:
            return await look_up(db, fetcher, config.archive, "2025-01-01T00:00:00Z", clock=Clock(),
                                 stop=threading.Event())

    counts = asyncio.run(go())
    rows = db.execute("SELECT count(*) FROM external_snapshots").fetchone()[0]
    db.close()
    return counts, rows


def test_a_service_that_does_not_answer_is_given_up_for_this_run(tmp_path: Path) -> None:
    counts, rows = run_lookups(tmp_path, "http://127.0.0.1:9", links=10)  # nothing listens on port 9
    assert counts.failed == FAILING_AFTER == rows and counts.left  # the other 7 wait for the next run


def test_the_budget_bounds_the_lookups(tmp_path: Path) -> None:
    def slow(h):  # type: ignore[no-untyped-def]
        h.wait(0.3)
        h.send(200, '{"archived_snapshots": {}}', ctype="application/json")

    with LoopbackServer({}, fallback=slow) as service:
        counts, rows = run_lookups(tmp_path, service.url("").rstrip("/"), links=20, wayback_budget_s=1.0)
    assert counts.left and rows < 20 and counts.failed == 0  # stopped by the budget, not by failures


def test_a_service_whose_name_does_not_resolve_is_given_up_at_once(tmp_path: Path) -> None:
    counts, rows = run_lookups(tmp_path, "http://wayback.invalid", links=5)  # .invalid never resolves
    assert counts.failed == 1 == rows and counts.left
