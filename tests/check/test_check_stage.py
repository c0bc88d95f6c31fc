"""The check stage end to end: event files -> extract -> check against loopback servers -> rows."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import corpus_config, db_rows, write_events
from servers import HOSTILE_ROUTES, Handler, LoopbackServer, Traffic, gzip_bomb_body

from pipeline import runner
from pipeline.clock import format_time, parse_time
from pipeline.config import Config
from pipeline.db import checks, open_database

# route -> the verdict a check must give it (with check.method = get: every page is read)
EXPECTED = {
    "/ok": "ok",
    "/not-found": "gone",
    "/gone": "gone",
    "/soft-404": "soft_404",
    "/to-home": "soft_404",
    "/moved": "redirected",
    "/temp-moved": "ok",
    "/auth": "blocked",
    "/forbidden": "blocked",
    "/bot-wall": "blocked",
    "/rate-limited": "rate_limited",
    "/rate-limited-then-ok": "ok",
    "/unavailable-then-ok": "ok",
    "/server-error": "server_error",
    "/hang": "timeout",
    "/drip": "timeout",
    "/reset": "connection_error",
    "/loop": "too_many_redirects",
    "/endless": "too_large",
    "/gzip-bomb": "too_large",
    "/huge": "too_large",
    "/latin1": "ok",
    "/paper.pdf": "ok",
    "/private/page": "robots_disallowed",
    "/to-ftp": "invalid_url",
    "/to-metadata": "refused_address",
    "/to-no-port": "invalid_url",
    "/charset-rot13": "ok",
    "/charset-idna": "ok",
    "/rate-limited-superscript": "rate_limited",
}


def check_config(tmp_path: Path, **check: object) -> Config:
    """Only 127.0.0.1 allowed (explicitly), as a narrow exception to the default guard."""
    config = corpus_config(tmp_path, **check)
    http = config.http.__class__(**{**config.http.__dict__, "allow_private_addresses": False,
                                    "allowed_networks": ["127.0.0.1/32"], "total_timeout_s": 1.5,
                                    "max_retries": 1})
    return config.replace(http=http)


def run_check(config: Config, **options: Any) -> runner.RunResult:
    """The check stage alone: without capturing (tests/check/test_shared_fetch.py covers that)."""
    options.setdefault("capture", False)
    result = runner.run_stages(config, ["check"], command="check", options={"check": options}, **(
        {"clock": options.pop("clock")} if "clock" in options else {}))
    assert result.ok, result.error
    return result


def rows_by_path(config: Config) -> dict[str, dict[str, Any]]:
    db = open_database(config.paths.database)
    try:
        return {("https:" if r["url"].startswith("https:") else "") + "/" + r["url"].split("/", 3)[3]: r
                for r in checks.link_rows(db)}
    finally:
        db.close()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, dict[str, Any]], Config,
                                                                              LoopbackServer]]:
    tmp = tmp_path_factory.mktemp("hostile")
    gzip_bomb_body()  # built once, before the clock of the 1.5 s deadline starts (it takes a second of CPU)
    with LoopbackServer() as server:
        urls = [server.url(p) for p in EXPECTED] + ["http://169.254.169.254/latest/meta-data/",
                                                     "http://no-such-host.invalid/page",
                                                     server.url("/ok", scheme="https")]
        write_events(tmp / "events", {"hostile": urls})
        config = check_config(tmp, method="get", max_page_bytes=1_000_000)
        assert runner.run_stages(config, ["extract"]).ok
        result = run_check(config)
        yield rows_by_path(config), config, server
    assert result.counts["check"]["checked"] == len(urls)


@pytest.mark.parametrize("path, verdict", sorted(EXPECTED.items()))
def test_each_hostile_route_gets_its_verdict(hostile_run: Any, path: str, verdict: str) -> None:
    rows, _, _ = hostile_run
    assert rows[path]["verdict"] == verdict, rows[path]["detail"]


def test_guard_dns_and_tls_verdicts(hostile_run: Any) -> None:
    rows, _, server = hostile_run
    assert rows["/latest/meta-data/"]["verdict"] == "refused_address"
    assert rows["/page"]["verdict"] == "dns_error"
    assert rows["https:/ok"]["verdict"] == "tls_error"


def test_states_and_history_after_one_check(hostile_run: Any) -> None:
    rows, config, _ = hostile_run
    assert rows["/ok"]["state"] == "healthy" and rows["/not-found"]["state"] == "failing"
    assert rows["/forbidden"]["state"] == "unverifiable"
    assert rows["/moved"]["final_url"].endswith("/ok") and rows["/ok"]["events"] == ["hostile"]
    db = open_database(config.paths.database)
    link_id = db.execute("SELECT id FROM links WHERE url LIKE '%/moved'").fetchone()[0]
    (entry,) = checks.check_history(db, link_id)
    db.close()
    assert entry["status_code"] == 200 and entry["redirects"][0]["status"] == 301 and entry["method"] == "GET"


def test_auto_reads_every_page_even_on_an_honest_site(tmp_path: Path) -> None:
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url(p) for p in ("/ok", "/head-405", "/soft-404",
                                                                           "/paper.pdf")]})
        config = check_config(tmp_path)  # method: auto
        runner.run_stages(config, ["extract"])
        run_check(config)
        rows = rows_by_path(config)
        hits = server.traffic.hits
    # the site answers a made-up URL with an honest 404, yet its 200 "Page not found" page is caught
    assert rows["/soft-404"]["verdict"] == "soft_404"
    assert {p: rows[p]["verdict"] for p in ("/ok", "/head-405", "/paper.pdf")} == dict.fromkeys(
        ("/ok", "/head-405", "/paper.pdf"), "ok")
    assert all(hits[("HEAD", p)] == 0 and hits[("GET", p)] == 1 for p in ("/ok", "/head-405", "/soft-404"))


def test_head_method_trusts_head(tmp_path: Path) -> None:
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url(p) for p in ("/ok", "/head-405", "/head-404")]})
        config = check_config(tmp_path, method="head")
        runner.run_stages(config, ["extract"])
        run_check(config)
        rows = rows_by_path(config)
        hits = server.traffic.hits
    assert {p: rows[p]["verdict"] for p in ("/ok", "/head-405", "/head-404")} == dict.fromkeys(
        ("/ok", "/head-405", "/head-404"), "ok")
    assert hits[("HEAD", "/ok")] == 1 and hits[("GET", "/ok")] == 0  # HEAD was enough
    assert hits[("HEAD", "/head-405")] == 1 and hits[("GET", "/head-405")] == 1
    assert hits[("HEAD", "/head-404")] == 1 and hits[("GET", "/head-404")] == 1


def _soft_site(h: Handler) -> None:
    h.page("Example News", "We looked everywhere but there is nothing at this address. Try the search box, "
           "or go back to the front page for today's top stories from Example News.")


def test_soft_site_is_judged_by_likeness_to_its_answer_for_a_made_up_url(tmp_path: Path) -> None:
    routes = {"/robots.txt": lambda h: h.send(404, "none"), "/news/real-story": HOSTILE_ROUTES["/ok"]}
    with LoopbackServer(routes, fallback=_soft_site) as server:
        write_events(tmp_path / "events", {"e": [server.url("/news/real-story"), server.url("/news/deleted-story")]})
        config = check_config(tmp_path)
        runner.run_stages(config, ["extract"])
        run_check(config)
        rows = rows_by_path(config)
        hits = server.traffic.hits
    assert rows["/news/real-story"]["verdict"] == "ok"
    assert rows["/news/deleted-story"]["verdict"] == "soft_404" and "made-up URL" in rows["/news/deleted-story"][
        "detail"]
    assert hits[("HEAD", "/news/real-story")] == 0  # HEAD is not trusted on such a site
    probes = [p for (_, p) in hits if "sourcevault-probe-" in p]
    assert len(probes) == 1 and probes[0].startswith("/news/")


@pytest.mark.parametrize("method", ["get", "auto"])
def test_conditional_request_on_the_next_check(tmp_path: Path, method: str) -> None:
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url("/etag")]})
        config = check_config(tmp_path, method=method)
        runner.run_stages(config, ["extract"])
        run_check(config)
        run_check(config, force=True)
        sent = [h for h in server.traffic.headers if "if-none-match" in h]
        rows = rows_by_path(config)
    assert len(sent) == 1 and sent[0]["if-none-match"] == '"v1"'
    assert rows["/etag"]["verdict"] == "ok" and rows["/etag"]["status_code"] == 304


class Clock:
    def __init__(self, start: str = "2025-03-01T00:00:00Z") -> None:
        self.now = parse_time(start)

    def __call__(self) -> str:
        return format_time(self.now)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def test_schedule_only_due_links_are_checked(tmp_path: Path) -> None:
    clock = Clock()
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url("/ok"), server.url("/not-found")]})
        config = check_config(tmp_path, method="get")
        runner.run_stages(config, ["extract"])
        first = run_check(config, clock=clock).counts["check"]
        again = run_check(config, clock=clock).counts["check"]
        clock.advance(hours=30)  # the failing link (recheck after 24 h ± 10 %) is due, the healthy one not
        later = run_check(config, clock=clock).counts["check"]
        clock.advance(days=8)
        much_later = run_check(config, clock=clock).counts["check"]
        forced = run_check(config, clock=clock, force=True).counts["check"]
    assert (first["due"], again["due"], later["due"], much_later["due"], forced["due"]) == (2, 0, 1, 2, 2)
    rows = rows_by_path(config)
    next_ok = parse_time(rows["/ok"]["next_check_at"]) - parse_time(rows["/ok"]["checked_at"])
    assert timedelta(days=6.3) <= next_ok <= timedelta(days=7.7)


def test_a_link_breaks_only_after_failures_spread_over_days_and_recovers(tmp_path: Path) -> None:
    alive = {"now": False}

    def flaky(h: Handler) -> None:
        (HOSTILE_ROUTES["/ok"] if alive["now"] else (lambda x: x.page("Not found", "no", 404)))(h)

    clock = Clock()
    routes = {"/robots.txt": lambda h: h.send(404, ""), "/story": flaky}
    with LoopbackServer(routes) as server:
        write_events(tmp_path / "events", {"e": [server.url("/story")]})
        config = check_config(tmp_path, method="get")
        runner.run_stages(config, ["extract"])
        states = []
        for _ in range(4):  # day 0, 1, 2, 3
            run_check(config, clock=clock, force=True)
            states.append(rows_by_path(config)["/story"]["state"])
            clock.advance(days=1)
        alive["now"] = True
        for _ in range(2):
            run_check(config, clock=clock, force=True)
            states.append(rows_by_path(config)["/story"]["state"])
            clock.advance(days=1)
    assert states == ["failing", "failing", "failing", "broken", "recovered", "healthy"]
    row = rows_by_path(config)["/story"]
    assert row["consecutive_failures"] == 0 and row["last_success_at"] == "2025-03-06T00:00:00Z"


def test_check_one_url_and_refuse_uncited_ones(tmp_path: Path) -> None:
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url("/ok"), server.url("/gone")]})
        config = check_config(tmp_path, method="get")
        runner.run_stages(config, ["extract"])
        counts = run_check(config, urls=[server.url("/gone"), server.url("/never-cited")]).counts["check"]
        rows = rows_by_path(config)
    assert counts["checked"] == 1 and counts["not_cited"] == 1
    assert rows["/gone"]["verdict"] == "gone" and rows["/ok"]["state"] == "unchecked"


def test_per_host_limit_holds_across_a_whole_check(tmp_path: Path) -> None:
    traffic = Traffic()
    servers = [LoopbackServer(host=f"127.0.0.{i}", traffic=traffic) for i in (2, 3)]
    for s in servers:
        s.__enter__()
    try:
        write_events(tmp_path / "events", {f"e{i}": [s.url(f"/slow?n={i}") for s in servers] for i in range(6)})
        config = corpus_config(tmp_path, method="head")
        config = config.replace(http=config.http.__class__(**{**config.http.__dict__, "per_host_concurrency": 2,
                                                               "max_concurrency": 3, "respect_robots": False}))
        runner.run_stages(config, ["extract"])
        counts = run_check(config).counts["check"]
    finally:
        for s in servers:
            s.__exit__()
    assert counts["ok"] == 12
    assert max(traffic.max_by_host.values()) == 2 and traffic.max_active == 3


def test_a_site_that_asks_us_to_come_back_later_is_left_for_the_next_run(tmp_path: Path) -> None:
    """A 429 whose Retry-After is longer than http.max_retry_wait_s: that link is rate_limited; the
    site's other links are not asked at the slowed pace (up to http.max_delay_s apart, hours for a
    big site) but left due, with no verdict, for the next run; the archive stage does the same."""
    import dataclasses

    def site(h: Handler) -> None:
        if h.path == "/robots.txt" or "sourcevault-probe-" in h.path:
            h.send(404, "not here", ctype="text/plain")
        else:
            h.send(429, "too many requests", {"Retry-After": "3600"}, ctype="text/plain")

    with LoopbackServer({}, host="127.0.0.3", fallback=site) as away, LoopbackServer() as fine:
        write_events(tmp_path / "events", {"e": [away.url(f"/story/{i}") for i in range(5)] + [fine.url("/ok")]})
        config = corpus_config(tmp_path)
        config = config.replace(archive=dataclasses.replace(config.archive, wayback_lookup=False, process_pool=0),
                                http=dataclasses.replace(config.http, per_host_concurrency=1))  # one asked at a time
        runner.run_stages(config, ["extract"])
        counts = run_check(config).counts["check"]
        asked = sum(away.traffic.count(f"/story/{i}") for i in range(5))
        unchecked = db_rows(config, "SELECT count(*) FROM links l LEFT JOIN link_states s ON s.link_id = l.id "
                                    "WHERE l.host = '127.0.0.3' AND s.link_id IS NULL")[0][0]
        archived = runner.run_stages(config, ["archive"]).counts["archive"]
        asked_by_archive = sum(away.traffic.count(f"/story/{i}") for i in range(5)) - asked
    assert counts["checked"] == 2 and counts["rate_limited"] == 1 and counts["deferred"] == 4
    assert asked == 1 and unchecked == 4  # one asked; the others not asked, no verdict: still due
    assert archived["deferred"] >= 4 and asked_by_archive == 1


def test_the_run_records_the_event_loops_own_cpu_time(tmp_path: Path) -> None:
    """The check's event loop thread's CPU, in the run's counts (``status --json``): some, and never more
    than the whole process spent meanwhile (its helper threads and the test's server thread are not in it)."""
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url(f"/ok?n={i}") for i in range(6)]})
        config = check_config(tmp_path, method="get")
        runner.run_stages(config, ["extract"])
        before = time.process_time()
        counts = run_check(config).counts["check"]
        spent_ms = (time.process_time() - before) * 1000
    db = open_database(config.paths.database)
    try:
        recorded = runner.status(db)["last_run"]["counts"]["check"]
    finally:
        db.close()
    assert counts["checked"] == 6 and recorded["loop_cpu_ms"] == counts["loop_cpu_ms"]
    assert 0 < counts["loop_cpu_ms"] <= spent_ms + 1


def _check_recording_readers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], list[Any], list[str], str]:
    """A check of three pages (one a soft 404) that records its page readers and the threads of this
    process that read a page; its rows by path, the readers, those threads and the loop's thread."""
    import threading

    from pipeline.check import reader, stage

    readers: list[Any] = []
    threads: list[str] = []
    real = reader.read_page

    class Recorded(reader.PageReader):
        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            readers.append(self)

        def start(self) -> None:  # the process up before the first page (meanwhile pages are read here)
            super().start()
            if self._starting is not None:
                self._starting.join()

    def read_page(body: bytes, charset: str | None = None, *, links: bool = True) -> Any:
        threads.append(threading.current_thread().name)
        return real(body, charset, links=links)

    monkeypatch.setattr(stage, "PageReader", Recorded)
    monkeypatch.setattr(reader, "read_page", read_page)
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"e": [server.url(p) for p in ("/ok", "/soft-404", "/ok?n=2")]})
        config = check_config(tmp_path, method="get")
        runner.run_stages(config, ["extract"])
        loop_thread = threading.current_thread().name  # asyncio.run runs the check's loop in this thread
        run_check(config)
        return rows_by_path(config), readers, threads, loop_thread


def test_pages_are_read_in_a_process_of_their_own_and_judged_the_same(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's process does no HTML parsing: every page it reads (the probe's, the pages', a page
    asked whether it redirects) is read by the reading process, and the verdicts are those of the
    same pages as before (a soft 404 among live pages)."""
    rows, readers, threads, _ = _check_recording_readers(tmp_path, monkeypatch)
    assert rows["/soft-404"]["verdict"] == "soft_404" and rows["/ok"]["verdict"] == "ok"
    assert len(readers) == 1 and readers[0].read_there >= 3 and readers[0].read_here == 0
    assert threads == []  # not one page read in this process


def test_pages_are_read_off_the_event_loop_when_the_reading_process_cannot_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Without a reading process every page is read in the page reader's thread, never on the event
    loop, with the same verdicts, and the check says once that it reads pages itself."""
    from pipeline.check import reader

    def cannot_start() -> None:
        raise OSError("no processes left")

    monkeypatch.setattr(reader, "_ReadingProcess", cannot_start)
    with caplog.at_level(logging.WARNING, logger="pipeline.check.reader"):
        rows, readers, threads, loop_thread = _check_recording_readers(tmp_path, monkeypatch)
    assert rows["/soft-404"]["verdict"] == "soft_404" and rows["/ok"]["verdict"] == "ok"
    assert readers[0].read_there == 0 and readers[0].read_here >= 3 and len(threads) >= 3
    assert loop_thread not in threads and all(name.startswith("page-reader") for name in threads)
    assert len([r for r in caplog.records if "read in the check's own process" in r.getMessage()]) == 1


def test_pages_are_read_in_the_thread_while_the_reading_process_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page that comes while the reading process is still starting is read in the page reader's thread
    (it does not wait for the process); once the process is up, pages are read there. Same facts."""
    import asyncio
    import threading

    from pipeline.check import reader

    released = threading.Event()

    class SlowToStart:
        def __init__(self) -> None:
            released.wait(30)

        def ask(self, job: Any) -> Any:
            return reader._work(job)

        def close(self) -> None:
            pass

    body = b"<html><head><title>Council votes</title></head><body><p>The council voted 9 to 4.</p></body></html>"
    monkeypatch.setattr(reader, "_ReadingProcess", SlowToStart)
    pages = reader.PageReader()
    try:
        pages.start()
        first = asyncio.run(pages.take(body, "utf-8"))
        assert (pages.read_here, pages.read_there) == (1, 0)
        released.set()
        assert pages._starting is not None
        pages._starting.join(30)
        second = asyncio.run(pages.take(body, "utf-8"))
        assert (pages.read_here, pages.read_there) == (1, 1)
    finally:
        released.set()
        pages.close()
    assert first == second == reader.read_page(body, "utf-8", links=False)
    assert first.title == "Council votes"


def test_a_reading_process_killed_mid_check_costs_no_verdict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading process killed as a page is sent to it: that page is read in the thread, a new
    process reads the next ones, and every verdict is as before."""
    import os
    import signal

    from pipeline.check import reader

    killed: list[int] = []
    real_ask = reader._ReadingProcess.ask

    def ask(self: Any, job: Any) -> Any:
        if not killed:
            killed.append(self.process.pid)
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.join(5)
        return real_ask(self, job)

    monkeypatch.setattr(reader._ReadingProcess, "ask", ask)
    rows, readers, threads, _ = _check_recording_readers(tmp_path, monkeypatch)
    assert rows["/soft-404"]["verdict"] == "soft_404" and rows["/ok"]["verdict"] == "ok"
    assert killed and readers[0].read_here == 1 and readers[0].read_there >= 2


def test_a_site_of_many_links_gets_more_workers_but_never_more_requests_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The site with the most links has more workers (its links' pages are read and judged while the next ones
    are asked), and still at most http.per_host_concurrency requests in flight: its workers wait for its turn."""
    from pipeline.check import hosts

    monkeypatch.setattr(hosts, "MANY_LINKS", 8)
    traffic = Traffic()
    with LoopbackServer(traffic=traffic) as server:
        write_events(tmp_path / "events", {f"e{i}": [server.url(f"/slow?n={i}")] for i in range(12)})
        config = corpus_config(tmp_path, method="get")
        config = config.replace(http=config.http.__class__(**{**config.http.__dict__, "per_host_concurrency": 2,
                                                               "respect_robots": False}))
        runner.run_stages(config, ["extract"])
        counts = run_check(config).counts["check"]
    assert counts["ok"] == 12
    assert max(traffic.max_by_host.values()) == 2
