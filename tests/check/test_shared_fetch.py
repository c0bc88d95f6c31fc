"""One fetch per link per run: the check's GET is the capture when one is due; nightly with
nothing due sends nothing; our own bugs fail the stage instead of becoming a verdict."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import corpus_config, fast_http, write_events
from conftest import db_rows as rows
from servers import Handler, LoopbackServer, Traffic

from pipeline import runner
from pipeline.check import linkcheck
from pipeline.check.classify import VERDICT_OF_ERROR
from pipeline.config import Config, ReportConfig
from pipeline.db import open_database, sites
from pipeline.models import Verdict
from pipeline.net.results import FetchErrorKind

ARTICLE = "The council voted seven to two on Tuesday to approve a budget of 1.2 billion dollars. " * 12


def _article(h: Handler) -> None:
    if "sourcevault-probe-" in h.path:
        h.page("Not found", "No such page.", 404)
        return
    h.page(f"Story {h.route_path}", ARTICLE + h.route_path)


def project(tmp_path: Path, server: LoopbackServer, paths: list[str], **check: object) -> Config:
    write_events(tmp_path / "events", {"e": [server.url(p) for p in paths]})
    config = corpus_config(tmp_path, **check)
    config = config.replace(archive=config.archive.__class__(**{**config.archive.__dict__, "wayback_lookup": False,
                                                                "process_pool": 0}),
                            report=ReportConfig(output_dir=tmp_path / "reports"))
    assert runner.run_stages(config, ["extract"]).ok
    return config


def test_the_check_get_is_the_capture_and_the_archive_stage_does_not_fetch_again(tmp_path: Path) -> None:
    paths = [f"/news/{i}" for i in range(6)] + ["/gone"]
    with LoopbackServer({"/gone": lambda h: h.page("Not found", "No.", 404)}, fallback=_article) as server:
        config = project(tmp_path, server, paths, method="auto")
        result = runner.run_stages(config, ["check", "archive"])
        assert result.ok, result.error
        gets = {p: server.traffic.count(p, "GET") for p in paths}
        heads = {p: server.traffic.count(p, "HEAD") for p in paths}
    assert gets == dict.fromkeys(paths, 1) and heads == dict.fromkeys(paths, 0)  # one GET per link, no HEAD
    assert result.counts["check"]["captured"] == len(paths)
    assert result.counts["archive"]["captured"] == 0  # nothing left to fetch
    stored = rows(config, "SELECT url, status, warc_record_id, copy_path FROM captures ORDER BY url")
    assert len(stored) == len(paths) and all(r[2] for r in stored)  # every capture in the WARC
    assert sum(1 for r in stored if r[3]) == 6  # the articles got text copies; the 404 none
    assert {r[1] for r in stored} == {200, 404}
    verdicts = dict(rows(config, "SELECT l.url, s.verdict FROM links l JOIN link_states s ON s.link_id = l.id"))
    assert verdicts[server.url("/gone")] == "gone" and verdicts[server.url("/news/0")] == "ok"


def test_without_a_capture_due_a_head_check_stays_a_head(tmp_path: Path) -> None:
    with LoopbackServer(fallback=_article, routes={}) as server:
        config = project(tmp_path, server, ["/a", "/b"], method="head")
        assert runner.run_stages(config, ["check", "archive"]).ok
        assert server.traffic.count("/a", "GET") == 1  # the first check captured it
        assert runner.run_stages(config, ["check"], options={"check": {"force": True}}).ok
        assert server.traffic.count("/a", "HEAD") == 1 and server.traffic.count("/a", "GET") == 1


def test_no_capture_option_leaves_capturing_to_the_archive_stage(tmp_path: Path) -> None:
    with LoopbackServer(fallback=_article, routes={}) as server:
        config = project(tmp_path, server, ["/a"], method="get")
        result = runner.run_stages(config, ["check", "archive"], options={"check": {"capture": False}})
        assert result.ok and result.counts["check"]["captured"] == 0 and result.counts["archive"]["captured"] == 1
        assert server.traffic.count("/a", "GET") == 2


def test_an_unchanged_corpus_with_nothing_due_sends_no_request(tmp_path: Path) -> None:
    with LoopbackServer(fallback=_article, routes={}) as server:
        config = project(tmp_path, server, [f"/n/{i}" for i in range(5)], method="auto")
        assert runner.run_stages(config, ["extract", "check", "archive", "match", "report"]).ok
        before = sum(server.traffic.hits.values())
        again = runner.run_stages(config, ["extract", "check", "archive", "match", "report"])
        assert again.ok
        assert sum(server.traffic.hits.values()) == before  # not one request
    assert again.counts["check"]["due"] == 0 and again.counts["archive"]["captured"] == 0


def test_the_soft404_probe_and_the_pace_are_remembered_across_runs(tmp_path: Path) -> None:
    with LoopbackServer(fallback=_article, routes={}) as server:
        config = project(tmp_path, server, ["/a", "/b"], method="get")
        assert runner.run_stages(config, ["check"], options={"check": {"capture": False}}).ok
        again = runner.run_stages(config, ["check"], options={"check": {"force": True, "capture": False}})
        probes = [p for (_, p) in server.traffic.hits if "sourcevault-probe-" in p]
    assert len(probes) == 1 and again.counts["check"]["probes"] == 0
    db = open_database(config.paths.database)
    try:
        assert set(sites.load_paces(db)) == {"127.0.0.1"}
    finally:
        db.close()


def test_a_bug_of_ours_fails_the_stage_and_records_nothing_against_the_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(facts: object) -> tuple[Verdict, str]:
        raise ZeroDivisionError("a bug in classify")

    monkeypatch.setattr(linkcheck, "classify", broken)
    with LoopbackServer(fallback=_article, routes={}) as server:
        config = project(tmp_path, server, ["/a"], method="get")
        result = runner.run_stages(config, ["check"], options={"check": {"capture": False}})
    assert not result.ok and result.failed_stage == "check" and "ZeroDivisionError" in (result.error or "")
    assert rows(config, "SELECT count(*) FROM checks") == [(0,)]
    assert rows(config, "SELECT count(*) FROM link_states") == [(0,)]


def test_a_bug_on_one_site_stops_the_other_sites_checks_without_recording_a_false_failure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A site still being captured when another site's check fails on our bug is interrupted:
    neither a verdict nor a failed capture is recorded for it, so the next run takes it up again."""
    arrived = threading.Event()

    def held(h: Handler) -> None:
        if h.route_path != "/slow":
            _article(h)
            return
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        h.wfile.write(b"<html><head><title>Slow</title></head><body><p>" + ARTICLE.encode())
        h.wfile.flush()
        arrived.set()  # the capture is being read when the other site fails
        h.wait(10)

    real = linkcheck.LinkChecker.check_link

    async def failing_on_b(self: Any, link: Any, profile: Any, left: int = 0) -> Any:
        if link.host == "127.0.0.2":
            while not arrived.is_set():  # the other site's request is in flight
                await asyncio.sleep(0.01)
            raise ZeroDivisionError("a bug of ours")
        return await real(self, link, profile, left)

    monkeypatch.setattr(linkcheck.LinkChecker, "check_link", failing_on_b)
    with LoopbackServer(fallback=held, routes={}) as a, LoopbackServer(fallback=_article, routes={},
                                                                       host="127.0.0.2") as b:
        write_events(tmp_path / "events", {"e": [a.url("/slow"), b.url("/x")]})
        config = corpus_config(tmp_path, method="get")
        config = config.replace(http=fast_http(max_retries=0))  # a closed connection would be a verdict at once
        assert runner.run_stages(config, ["extract"]).ok
        result = runner.run_stages(config, ["check"])
    assert not result.ok and "ZeroDivisionError" in (result.error or "")
    assert rows(config, "SELECT count(*) FROM checks") == [(0,)]  # no verdict for the interrupted site
    assert rows(config, "SELECT count(*) FROM link_states") == [(0,)]
    assert rows(config, "SELECT count(*) FROM captures") == [(0,)]  # nor a failed capture: the next run takes it


def test_every_fetch_error_kind_has_a_verdict() -> None:
    for kind in FetchErrorKind:
        assert isinstance(VERDICT_OF_ERROR[kind], Verdict)
    assert set(VERDICT_OF_ERROR) == set(FetchErrorKind)


def test_a_paced_site_gets_one_request_per_link_and_never_more_than_the_cap(tmp_path: Path) -> None:
    traffic = Traffic()

    def slow(h: Handler) -> None:
        h.wait(0.05)
        _article(h)

    with LoopbackServer(fallback=slow, routes={}, traffic=traffic) as server:
        config = project(tmp_path, server, [f"/s/{i}" for i in range(12)], method="get")
        config = config.replace(http=config.http.__class__(**{**config.http.__dict__, "per_host_concurrency": 2,
                                                               "start_delay_s": 0.25}))
        assert runner.run_stages(config, ["check"]).ok
        log = [(t, p) for t, _, _, p in traffic.log]
    assert len(log) == 12 + 2  # robots.txt, the probe, one GET per link
    assert traffic.max_by_host["127.0.0.1"] <= 2  # the hard cap holds


def test_a_check_due_with_a_recapture_due_is_one_conditional_get(tmp_path: Path) -> None:
    # day 0 captures both pages; 40 days later (re-capture every 30) each link is due for a check and a
    # re-capture: one GET each, conditional on the capture's validators. The unchanged page answers 304
    # and its capture is marked verified; the changed one becomes a new capture; the archive stage
    # that follows fetches nothing.
    version = {"n": 1}

    def versioned(h: Handler) -> None:
        if "sourcevault-probe-" in h.path:
            h.page("Not found", "No such page.", 404)
        elif h.route_path == "/same" and h.headers.get("If-None-Match") == '"same"':
            h.send(304, b"", {"ETag": '"same"'})
        elif h.route_path == "/same":
            h.page("Same story", ARTICLE, headers={"ETag": '"same"'})
        else:
            h.page("Changing story", f"Version {version['n']}. " + ARTICLE, headers={"ETag": f'"v{version["n"]}"'})

    day0, day40 = (lambda: "2026-01-01T00:00:00Z"), (lambda: "2026-02-10T00:00:00Z")
    with LoopbackServer(fallback=versioned, routes={}) as server:
        config = project(tmp_path, server, ["/same", "/changing"], method="get")
        assert runner.run_stages(config, ["check", "archive"], clock=day0).ok
        version["n"] = 2
        mark = len(server.traffic.log)
        later = runner.run_stages(config, ["check", "archive"], clock=day40,
                                  options={"check": {"force": True}})
        assert later.ok, later.error
        gets = [(p, h.get("if-none-match")) for (_, _, m, p), h in
                zip(server.traffic.log[mark:], server.traffic.headers[mark:]) if m == "GET" and "probe" not in p
                and p != "/robots.txt"]
    assert sorted(gets) == [("/changing", '"v1"'), ("/same", '"same"')]  # one conditional GET per link
    assert later.counts["check"]["unchanged"] == 1 and later.counts["check"]["captured"] == 1
    assert later.counts["archive"]["captured"] == 0 and later.counts["archive"]["unchanged"] == 0
    stored = rows(config, "SELECT l.url, c.id, c.previous_id, c.verified_at FROM captures c "
                          "JOIN links l ON l.id = c.link_id ORDER BY c.id")
    by_url: dict[str, list[Any]] = {}
    for url, *rest in stored:
        by_url.setdefault(url.rsplit("/", 1)[1], []).append(rest)
    assert len(by_url["same"]) == 1 and by_url["same"][0][2] == "2026-02-10T00:00:00Z"  # verified, not re-stored
    first, second = by_url["changing"]
    assert second[1] == first[0]  # the new capture follows the first
    verdicts = dict(rows(config, "SELECT l.url, s.verdict FROM links l JOIN link_states s ON s.link_id = l.id"))
    assert set(verdicts.values()) == {"ok"}


def test_a_link_planted_in_the_archive_refuses_that_sites_captures_only(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    traffic = Traffic()
    with LoopbackServer(fallback=_article, routes={}, traffic=traffic) as first, \
            LoopbackServer(fallback=_article, routes={}, host="127.0.0.2", traffic=traffic) as second:
        write_events(tmp_path / "events", {"e": [first.url("/a"), second.url("/b")]})
        config = corpus_config(tmp_path, method="get")
        config = config.replace(archive=config.archive.__class__(**{**config.archive.__dict__,
                                                                    "wayback_lookup": False, "process_pool": 0}),
                                report=ReportConfig(output_dir=tmp_path / "reports"))
        assert runner.run_stages(config, ["extract"]).ok
        (tmp_path / "archive").mkdir(exist_ok=True)
        (tmp_path / "archive" / "127.0.0.1").symlink_to(outside, target_is_directory=True)
        day0 = runner.run_stages(config, ["check", "archive", "report"], clock=lambda: "2026-01-01T00:00:00Z")
        assert day0.ok, day0.error  # the rest of the run goes on
        assert list(outside.iterdir()) == []  # nothing written through the link
        stored = {url: (copy, error) for url, copy, error in rows(config, "SELECT url, copy_path, error FROM captures")}
        assert stored[second.url("/b")][0] and stored[second.url("/b")][0].startswith("127.0.0.2/")
        assert stored[first.url("/a")][0] is None and "symbolic link" in stored[first.url("/a")][1]
        (tmp_path / "archive" / "127.0.0.1").unlink()
        later = runner.run_stages(config, ["archive"], clock=lambda: "2026-01-02T06:00:00Z")
    assert later.ok and later.counts["archive"]["captured"] == 1  # captured once the link is gone
    copies_now = dict(rows(config, "SELECT url, copy_path FROM captures WHERE copy_path IS NOT NULL"))
    assert copies_now[first.url("/a")].startswith("127.0.0.1/")


def test_a_database_deleted_under_a_kept_archive_is_remade_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackServer(fallback=_article, routes={}) as server:
        config = project(tmp_path, server, ["/a"], method="get")
        assert runner.run_stages(config, ["check"]).ok
        caplog.clear()
        assert runner.run_stages(config, ["extract"]).ok
        assert not [r for r in caplog.records if r.levelname == "WARNING"]  # the usual case: quiet
        for leftover in config.paths.database.parent.glob(config.paths.database.name + "*"):
            leftover.unlink()
        result = runner.run_stages(config, ["extract", "check"])
    assert result.ok, result.error
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any(str(config.paths.database) in m and "WARC" in m for m in warned)
    assert result.counts["check"]["captured"] == 1  # captured again, as the warning says
