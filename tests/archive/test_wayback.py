"""External archives against a local fake of the Wayback Machine's APIs (availability, CDX, SPN2)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sqlite3
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from archiveworld import Clock, make_config, news, write_events
from conftest import fast_http
from servers import Handler, LoopbackServer

from pipeline import runner
from pipeline.archive import stage as archive
from pipeline.archive import wayback
from pipeline.check import stage as check
from pipeline.db import open_database
from pipeline.extract import stage as extract
from pipeline.models import SnapshotStatus
from pipeline.net.fetcher import Fetcher


class FakeWayback:
    """The three APIs, with snapshots known per original URL."""

    def __init__(self) -> None:
        self.available: dict[str, str] = {}  # url -> timestamp the availability API knows
        self.cdx: dict[str, list[str]] = {}  # url -> timestamps only the CDX API knows
        self.polls: dict[str, int] = {}  # job id -> status requests seen
        self.auth: list[str | None] = []
        self.broken = False
        self.asked: list[str] = []  # URLs the availability API was asked about

    def route(self, h: Handler) -> None:
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if self.broken:
            return h.send(503, "overloaded")
        if parts.path == "/wayback/available":
            url = query["url"]
            self.asked.append(url)
            stamp = self.available.get(url)
            closest = {"closest": {"available": True, "status": "200", "timestamp": stamp,
                                   "url": f"http://web.fake/web/{stamp}/{url}"}} if stamp else {}
            return self.json(h, {"url": url, "archived_snapshots": closest})
        if parts.path == "/cdx/search/cdx":
            rows = [["timestamp", "original", "statuscode"]] + [[s, query["url"], "200"]
                                                                 for s in self.cdx.get(query["url"], [])]
            return self.json(h, rows if len(rows) > 1 else [])
        if parts.path.startswith("/save/status/"):
            job = parts.path.split("/save/status/")[1]
            self.polls[job] = self.polls.get(job, 0) + 1
            if self.polls[job] < 2:  # each job is pending at the first poll
                return self.json(h, {"status": "pending", "job_id": "spn2-1"})
            return self.json(h, {"status": "success", "timestamp": "20250320081500",
                                 "original_url": unquote(parts.path.split("/save/status/")[1]).replace("spn2-", "")})
        if parts.path.startswith("/save/"):
            self.auth.append(h.headers.get("Authorization"))
            target = h.path[len("/save/"):]
            if "refuse" in target:
                return self.json(h, {"status": "error", "message": "You have already reached the limit"})
            return self.json(h, {"url": target, "job_id": f"spn2-{target}"})
        h.send(404, "no such API")

    @staticmethod
    def json(h: Handler, data: object) -> None:
        h.send(200, json.dumps(data), ctype="application/json")


@pytest.fixture
def fake():
    api = FakeWayback()
    with LoopbackServer({}, fallback=api.route) as srv:
        base = srv.url("")
        api.endpoints = wayback.Endpoints(f"{base}/wayback/available", f"{base}/cdx/search/cdx",
                                          "http://web.fake/web", f"{base}/save")
        yield api


def ask(coro_factory):
    async def go():
        async with Fetcher(fast_http()) as fetcher:
            return await coro_factory(fetcher)
    return asyncio.run(go())


def test_lookup_via_availability_then_cdx_then_none(fake):
    fake.available["https://news.example/a"] = "20240102030405"
    fake.cdx["https://news.example/b"] = ["20200101000000", "20230405060708"]
    found = ask(lambda f: wayback.lookup(f, "https://news.example/a", fake.endpoints))
    assert found == wayback.Snapshot(SnapshotStatus.FOUND, "http://web.fake/web/20240102030405/https://news.example/a",
                                     "2024-01-02T03:04:05Z")
    from_cdx = ask(lambda f: wayback.lookup(f, "https://news.example/b", fake.endpoints))
    assert from_cdx.status is SnapshotStatus.FOUND
    assert from_cdx.url == "http://web.fake/web/20230405060708/https://news.example/b"  # the latest
    assert ask(lambda f: wayback.lookup(f, "https://news.example/c", fake.endpoints)).status is SnapshotStatus.NONE


def test_lookup_failure_keeps_the_reason(fake):
    fake.broken = True
    snap = ask(lambda f: wayback.lookup(f, "https://news.example/a", fake.endpoints))
    assert snap.status is SnapshotStatus.FAILED and "HTTP 503" in snap.error


def test_save_page_now_polls_until_saved_without_sleeping(fake):
    waits = []

    async def sleep(seconds):
        waits.append(seconds)

    snap = ask(lambda f: wayback.save_page_now(f, "https://news.example/new", fake.endpoints, auth="key:secret",
                                               poll_interval_s=5, sleep=sleep))
    assert snap.status is SnapshotStatus.SAVED
    assert snap.url == "http://web.fake/web/20250320081500/https://news.example/new"
    assert waits == [5, 5] and fake.auth == ["LOW key:secret"]
    refused = ask(lambda f: wayback.save_page_now(f, "https://news.example/refuse", fake.endpoints, sleep=sleep))
    assert refused.status is SnapshotStatus.FAILED and "limit" in refused.error


def test_status_fields_that_are_no_number_are_unknown_statuses():
    """An archive's answer is input like any other: '²' passes str.isdigit() but int() refuses it."""
    def route(h: Handler) -> None:
        if h.path.startswith("/no-cdx"):
            return h.send(404, "no CDX API here")
        if h.path.startswith("/cdx/"):
            rows = [["timestamp", "original", "statuscode"], ["20200101000000", "https://news.example/a", "\u00b2"],
                    ["20200102000000", "https://news.example/a", "-"], ["20200103000000", "https://news.example/a", "200"]]
            return FakeWayback.json(h, rows)
        closest = {"available": True, "status": "\u00b2", "timestamp": "20200101000000", "url": "http://web.fake/x"}
        return FakeWayback.json(h, {"archived_snapshots": {"closest": closest}})

    with LoopbackServer({}, fallback=route) as srv:
        endpoints = wayback.Endpoints(srv.url("/available"), srv.url("/cdx/search/cdx"), "http://web.fake/web",
                                      srv.url("/save"))
        mementos, error = ask(lambda f: wayback.citation_mementos(f, "https://news.example/a", endpoints,
                                                                  cited_on="2020-01-02"))
        assert error is None and {m.status for m in mementos} == {None, 200}
        endpoints = wayback.Endpoints(srv.url("/available"), srv.url("/no-cdx"), "http://web.fake/web",
                                      srv.url("/save"))
        mementos, error = ask(lambda f: wayback.citation_mementos(f, "https://news.example/a", endpoints,
                                                                  cited_on="2020-01-02"))
        assert error is None and [m.status for m in mementos] == [None]


def test_an_available_snapshot_without_a_url_is_not_found_by_that_answer():
    """The availability API saying 'available' with no (or an empty, or a non-http) url gives nothing to
    cite: the lookup asks the CDX API instead, never records a found snapshot with an empty URL."""
    def route(h: Handler) -> None:
        if h.path.startswith("/cdx/"):
            return FakeWayback.json(h, [["timestamp", "original", "statuscode"]])  # no capture either
        closest = {"available": True, "status": "200", "timestamp": "20200101000000", "url": url_given}
        return FakeWayback.json(h, {"archived_snapshots": {"closest": closest}})

    with LoopbackServer({}, fallback=route) as srv:
        endpoints = wayback.Endpoints(srv.url("/available"), srv.url("/cdx/search/cdx"), "http://web.fake/web",
                                      srv.url("/save"))
        for url_given in ("", None, "javascript:alert(1)"):
            snap = ask(lambda f: wayback.lookup(f, "https://news.example/a", endpoints))
            assert snap.status is SnapshotStatus.NONE and not snap.url, url_given


def test_wayback_time():
    assert wayback.wayback_time("20130919044612") == "2013-09-19T04:46:12Z"
    assert wayback.wayback_time("2013") == "2013-01-01T00:00:00Z"
    assert wayback.wayback_time("garbage") is None


def test_stage_looks_up_uncaptured_and_broken_links_and_saves_new_ones(fake, tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_SPN_AUTH", "abc:def")
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/ok": news(0),
                         "/gone": lambda h: h.page("Not found", "No such page.", 404)}) as site:
        dead = "http://127.0.0.1:9/refused"
        write_events(tmp_path / "events", [site.url("/ok"), site.url("/gone"), dead])
        fake.available[site.url("/gone")] = "20240101000000"
        e = fake.endpoints
        config = make_config(tmp_path, process_pool=0, wayback_lookup=True, wayback_available_url=e.available_url,
                             wayback_cdx_url=e.cdx_url, wayback_web_url=e.web_url, save_page_now=True,
                             save_page_now_url=e.save_url, save_page_now_auth_env="TEST_SPN_AUTH")
        db = open_database(config.paths.database)
        extract.run(db, config)
        waits = []

        async def sleep(seconds):
            waits.append(seconds)

        summary = archive.run(db, config, clock=Clock(), sleep=sleep)
        assert (summary.captured, summary.fetch_errors) == (2, 1)
        assert (summary.wayback_found, summary.wayback_none, summary.saved) == (1, 1, 1)
        rows = {r["url"]: r for r in db.query(
            "SELECT l.url, s.service, s.status, s.snapshot_url, s.snapshot_at FROM external_snapshots s "
            "JOIN links l ON l.id = s.link_id ORDER BY s.id")}
        assert rows[site.url("/gone")]["snapshot_url"] == f"http://web.fake/web/20240101000000/{site.url('/gone')}"
        assert rows[site.url("/gone")]["snapshot_at"] == "2024-01-01T00:00:00Z"
        assert rows[dead]["status"] == "none"
        assert rows[site.url("/ok")]["service"] == "save_page_now" and rows[site.url("/ok")]["status"] == "saved"
        assert fake.auth == ["LOW abc:def"]
        # nothing is asked again before it is due
        fake.auth.clear()
        again = archive.run(db, config, clock=Clock(), sleep=sleep)
        assert (again.wayback_found, again.wayback_none, again.saved) == (0, 0, 0) and fake.auth == []
        # a link the check stage calls broken is looked up too, though its capture was fine
        with db.atomic():
            db.execute("INSERT INTO link_states (link_id, state, verdict, checked_at, next_check_at) "
                       "SELECT id, 'broken', 'gone', '2025-03-20T08:00:00Z', '2025-03-21T08:00:00Z' FROM links "
                       "WHERE url = ?", [site.url("/ok")])
        fake.available[site.url("/ok")] = "20250101000000"
        third = archive.run(db, config, clock=Clock(), sleep=sleep)
        assert (third.wayback_found, third.wayback_none) == (1, 0)


def _check_then_archive(fake, tmp_path, site, urls):
    """The check stage (capturing) and the archive stage after it, with Wayback lookups on."""
    write_events(tmp_path / "events", urls)
    e = fake.endpoints
    config = make_config(tmp_path, process_pool=0, wayback_lookup=True, wayback_available_url=e.available_url,
                         wayback_cdx_url=e.cdx_url, wayback_web_url=e.web_url, wayback_interval_s=0)
    db = open_database(config.paths.database)
    extract.run(db, config)
    checked = check.run(db, config, clock=Clock())
    snapshots = {r["url"]: r for r in db.query(
        "SELECT l.url, s.status, s.snapshot_url FROM external_snapshots s JOIN links l ON l.id = s.link_id")}
    archived = archive.run(db, config, clock=Clock())
    db.close()
    return checked, snapshots, archived


def test_links_whose_capture_fails_are_looked_up_beside_the_check_and_not_again_after_it(fake, tmp_path):
    def recorded() -> int:
        with contextlib.closing(sqlite3.connect(tmp_path / "db.sqlite")) as conn:
            return conn.execute("SELECT count(*) FROM external_snapshots").fetchone()[0]

    def slow(h):  # answers once both failing links' lookups are recorded (or after 5 s): the check is still going
        for _ in range(100):  # (asked is not enough: a lookup is two requests, and the check's end cancels the rest)
            if recorded() >= 2 or not h.wait(0.05):
                break
        news(0)(h)

    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/ok": slow,
                         "/gone": lambda h: h.page("Not found", "No such page.", 404)}) as site:
        dead = "http://127.0.0.1:9/refused"
        fake.available[site.url("/gone")] = "20240101000000"
        checked, snapshots, archived = _check_then_archive(fake, tmp_path, site, [site.url("/ok"), site.url("/gone"),
                                                                                   dead])
    assert (checked.captured, checked.wayback_found, checked.wayback_none) == (2, 1, 1)
    assert snapshots[site.url("/gone")]["snapshot_url"] == f"http://web.fake/web/20240101000000/{site.url('/gone')}"
    assert snapshots[dead]["status"] == "none"
    assert site.url("/ok") not in snapshots  # captured: nothing to look up
    assert (archived.wayback_found, archived.wayback_none, archived.wayback_failed) == (0, 0, 0)


def test_a_wayback_machine_that_does_not_answer_leaves_the_lookups_to_the_archive_stage(fake, tmp_path):
    fake.broken = True  # 503 to everything: an answer, recorded as a failed lookup
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""),
                         "/gone": lambda h: h.page("Not found", "No such page.", 404)}) as site:
        fake.endpoints = wayback.Endpoints("http://127.0.0.1:9/available", "http://127.0.0.1:9/cdx",
                                           "http://web.fake/web", "http://127.0.0.1:9/save")  # nobody listens
        checked, snapshots, archived = _check_then_archive(fake, tmp_path, site, [site.url("/gone")])
    assert (checked.wayback_found, checked.wayback_none, checked.wayback_failed) == (0, 0, 0) and snapshots == {}
    assert archived.wayback_failed == 1  # the archive stage asked, as it always did


def test_the_per_run_cap_counts_the_lookups_beside_the_check_and_those_of_the_archive_stage(fake, tmp_path):
    def recorded() -> int:
        with contextlib.closing(sqlite3.connect(tmp_path / "db.sqlite")) as conn:
            return conn.execute("SELECT count(*) FROM external_snapshots").fetchone()[0]

    def slow(h):  # answers once two lookups are recorded (or after 5 s): the check is still going
        for _ in range(100):
            if recorded() >= 2 or not h.wait(0.05):
                break
        news(0)(h)

    gone = {f"/gone{i}": lambda h: h.page("Not found", "No such page.", 404) for i in range(4)}
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/ok": slow, **gone}) as site:
        write_events(tmp_path / "events", [site.url("/ok")] + [site.url(path) for path in gone])
        e = fake.endpoints
        config = make_config(tmp_path, process_pool=0, wayback_lookup=True, wayback_available_url=e.available_url,
                             wayback_cdx_url=e.cdx_url, wayback_web_url=e.web_url, wayback_interval_s=0,
                             external_max_per_run=2)
        result = runner.run_stages(config, ["extract", "check", "archive"], clock=Clock())
    assert result.ok, result.error
    asked = [sum(result.counts[stage][f"wayback_{k}"] for k in ("found", "none", "failed"))
             for stage in ("check", "archive")]
    assert asked == [2, 0]  # the check's two are the run's two: the archive stage asks no more
    assert len(fake.asked) == 2
    db = open_database(config.paths.database)
    try:
        assert db.execute("SELECT count(*) FROM external_snapshots").fetchone() == (2,)
    finally:
        db.close()


def test_the_wayback_machine_answering_the_lookups_is_not_a_site_answering_the_check(fake, tmp_path):
    """A night without network for the cited sites, while the lookup service answers (a mirror on the
    local network, a cached name): the check stage still concludes offline and records nothing."""
    def hang(h):  # takes the connection, never answers: the check times out
        h.wait(3)

    with socket.socket() as sock:  # a port that refuses connections: its capture fails at once
        sock.bind(("127.0.0.2", 0))
        refused = f"http://127.0.0.2:{sock.getsockname()[1]}/story"
    with LoopbackServer({}, host="127.0.0.3", fallback=hang) as one, \
            LoopbackServer({}, host="127.0.0.4", fallback=hang) as two:
        write_events(tmp_path / "events", [refused, one.url("/story"), two.url("/story")])
        e = fake.endpoints
        config = make_config(tmp_path, process_pool=0, wayback_lookup=True, wayback_available_url=e.available_url,
                             wayback_cdx_url=e.cdx_url, wayback_web_url=e.web_url, wayback_interval_s=0)
        config = config.replace(http=fast_http(max_retries=0))
        assert runner.run_stages(config, ["extract"]).ok
        result = runner.run_stages(config, ["check"], clock=Clock())
    assert refused in fake.asked  # the service was asked, and answered, while the check went on
    assert not result.ok and result.failed_stage == "check" and "offline" in (result.error or "")
    db = open_database(config.paths.database)
    try:
        assert db.execute("SELECT count(*) FROM checks").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM site_paces").fetchone() == (0,)
    finally:
        db.close()


def test_save_page_now_is_rate_limited_and_capped(fake, tmp_path):
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), **{f"/p{i}": news(i) for i in range(3)}}) as site:
        write_events(tmp_path / "events", [site.url(f"/p{i}") for i in range(3)])
        config = make_config(tmp_path, process_pool=0, save_page_now=True, save_page_now_url=fake.endpoints.save_url,
                             save_page_now_interval_s=7, save_page_now_max_per_run=2)
        db = open_database(config.paths.database)
        extract.run(db, config)
        waits = []

        async def sleep(seconds):
            waits.append(seconds)

        assert archive.run(db, config, clock=Clock(), sleep=sleep).saved == 2
        assert waits == [7, 7, 7, 7, 7]  # two polls per job, and the interval between the two requests
        assert len(fake.auth) == 2  # the third link waits for the next run
