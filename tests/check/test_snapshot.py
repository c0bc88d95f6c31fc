"""Snapshot links: judging an archive's answer, and snapshot links checked end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import corpus_config
from servers import Handler, LoopbackServer

from pipeline import runner
from pipeline.check.classify import CheckFacts
from pipeline.check.pagefacts import PageFacts
from pipeline.check.snapshot import judge_snapshot, snapshot_time
from pipeline.config import Config
from pipeline.db import checks, open_database
from pipeline.models import Verdict
from pipeline.net.results import FetchErrorKind
from pipeline.report.markdown import render as render_markdown
from pipeline.report.model import ReplacementKind, SectionKey, build_report, snapshot_health

CITED = "https://web.archive.org/web/20200102030405/https://news.example/2019/story"
MEMENTO = {"memento-datetime": "Thu, 02 Jan 2020 03:04:05 GMT"}
ARTICLE = PageFacts("Council approves budget", "Council approves budget", "The council voted. " * 80, 240)
NOT_FOUND = PageFacts("Page not found | News", "Page not found", "Sorry, we could not find that page.", 7)
HRM = PageFacts("Wayback Machine", "Hrm.", "Hrm. The Wayback Machine has not archived that URL.", 9)

CASES = [
    ("the archived page", CheckFacts(url=CITED, status=200, final_url=CITED, headers=MEMENTO, page=ARTICLE), Verdict.OK),
    ("the archive's own 404", CheckFacts(url=CITED, status=404, final_url=CITED, page=HRM), Verdict.GONE),
    ("the archive's 'not archived' page with 200", CheckFacts(url=CITED, status=200, final_url=CITED, page=HRM), Verdict.GONE),
    ("an exclusion", CheckFacts(url=CITED, status=403, final_url=CITED, page=PageFacts(
        "Wayback Machine", "", "Sorry. This URL has been excluded from the Wayback Machine.", 9)), Verdict.GONE),
    ("an archived 404", CheckFacts(url=CITED, status=404, final_url=CITED, headers=MEMENTO, page=NOT_FOUND), Verdict.SOFT_404),
    ("an archived 500", CheckFacts(url=CITED, status=500, final_url=CITED, headers=MEMENTO), Verdict.SOFT_404),
    ("an archived soft 404", CheckFacts(url=CITED, status=200, final_url=CITED, headers=MEMENTO, page=NOT_FOUND), Verdict.SOFT_404),
    ("an archived redirect to the home page", CheckFacts(
        url=CITED, status=200, final_url="https://web.archive.org/web/20200102030406/https://news.example/", redirect_statuses=(302,), headers=MEMENTO,
        page=ARTICLE), Verdict.SOFT_404),
    ("another timestamp", CheckFacts(
        url=CITED, status=200, final_url="https://web.archive.org/web/20210505050505/https://news.example/2019/story", redirect_statuses=(302,),
        headers={"memento-datetime": "Wed, 05 May 2021 05:05:05 GMT"}, page=ARTICLE), Verdict.REDIRECTED),
    ("the archive is down", CheckFacts(url=CITED, status=503, final_url=CITED), Verdict.SERVER_ERROR),
    ("the archive refuses us", CheckFacts(url=CITED, status=403, final_url=CITED), Verdict.BLOCKED),
    ("the archive rate-limits us", CheckFacts(url=CITED, status=429, final_url=CITED), Verdict.RATE_LIMITED),
    ("no answer", CheckFacts(url=CITED, error_kind=FetchErrorKind.TIMEOUT, error="no answer in 45 s"), Verdict.TIMEOUT),
]


@pytest.mark.parametrize("facts, verdict", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_judge_snapshot(facts: CheckFacts, verdict: Verdict) -> None:
    assert judge_snapshot(facts).verdict is verdict


def test_the_snapshot_time_and_the_timestamp_it_was_sent_to() -> None:
    judged = judge_snapshot(CASES[0][1])
    assert judged.snapshot_at == "2020-01-02T03:04:05Z" and "archived 2020-01-02T03:04:05Z" in judged.detail
    moved = judge_snapshot(next(c[1] for c in CASES if c[0] == "another timestamp"))
    assert moved.snapshot_at == "2021-05-05T05:05:05Z" and "20210505050505" in moved.detail
    assert snapshot_time(None, "https://web.archive.org/web/20200102/https://x.example/") == "2020-01-02T00:00:00Z"
    assert snapshot_time("not a date", None) is None
    assert snapshot_time(None, "https://archive.ph/2020.01.02-030405/https://x.example/a") == "2020-01-02T03:04:05Z"


def test_an_archive_today_snapshot() -> None:
    cited = "https://archive.ph/2020.01.02-030405/https://news.example/2019/story"
    ok = judge_snapshot(CheckFacts(url=cited, status=200, final_url=cited, page=ARTICLE))
    assert ok.verdict is Verdict.OK and ok.snapshot_at == "2020-01-02T03:04:05Z" and "archive.today" in ok.detail
    assert judge_snapshot(CheckFacts(url=cited, status=200, final_url=cited, page=NOT_FOUND)).verdict is Verdict.SOFT_404
    none = PageFacts("archive.today", "", "No results", 2)
    assert judge_snapshot(CheckFacts(url=cited, status=200, final_url=cited, page=none)).verdict is Verdict.GONE


# --- end to end: a Wayback-like archive on loopback ---------------------------------------------

ARCHIVE_HOST, SITE_HOST = "127.0.0.41", "127.0.0.42"


def _archive(site: str) -> Any:
    def route(h: Handler) -> None:
        path = h.route_path
        if path == "/robots.txt":
            return h.send(404, "")
        _, _, stamp, original = path.split("/", 3)
        memento = {"Memento-Datetime": "Thu, 02 Jan 2020 03:04:05 GMT"}
        slug = original.rsplit("/", 1)[-1]
        if slug == "alive" or slug == "gone-now":
            h.page("Council approves budget", "The council voted on the budget. " * 30, headers=memento)
        elif slug == "never-archived":
            h.page("Wayback Machine", "Hrm. The Wayback Machine has not archived that URL.", 404)
        elif slug == "moved-stamp" and stamp != "20210505050505":
            h.redirect(f"/web/20210505050505/{original}", 302)
        elif slug == "moved-stamp":
            h.page("Council approves budget", "The council voted on the budget. " * 30,
                   headers={"Memento-Datetime": "Wed, 05 May 2021 05:05:05 GMT"})
        elif slug == "archived-404":
            h.page("Page not found", "Sorry, we could not find that page.", 404, memento)
        elif slug == "archived-soft":
            h.page("Page not found | News", "Sorry, we could not find that page.", 200, memento)
        else:
            h.send(503, "busy")
    return route


def _site(h: Handler) -> None:
    if h.route_path in ("/news/alive", "/news/moved-stamp", "/news/archived-404", "/news/archived-soft",
                        "/news/never-archived"):
        h.page("Council approves budget", "The council voted on the budget. " * 30)
    else:
        h.page("Not found", "No such page.", 404)


def write_event(folder: Path, event_id: str, sources: list[object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"2025-01-01--{event_id}.json").write_text(json.dumps(
        {"id": event_id, "date": "2025-01-01", "title": f"Event {event_id}", "sources": sources}), encoding="utf-8")


def snapshot_config(tmp_path: Path) -> Config:
    config = corpus_config(tmp_path)
    return config.replace(extract=config.extract.__class__(**{**config.extract.__dict__,
                                                               "wayback_hosts": [ARCHIVE_HOST]}))


def test_snapshot_links_are_checked_and_judged_as_snapshots(tmp_path: Path) -> None:
    with LoopbackServer({}, host=SITE_HOST, fallback=_site) as site, \
            LoopbackServer({}, host=ARCHIVE_HOST, fallback=_archive(site.url())) as archive:
        slugs = ("alive", "gone-now", "never-archived", "moved-stamp", "archived-404", "archived-soft")
        stamp = f"/web/20200102030405/{site.url()}news/"
        sources: list[object] = [{"url": site.url(f"/news/{s}"), "archive_url": archive.url(stamp + s)}
                                 for s in slugs]
        sources.append(archive.url(stamp + "cited-as-url"))  # a url that is itself a snapshot
        write_event(tmp_path / "events", "e", sources)
        config = snapshot_config(tmp_path)
        assert runner.run_stages(config, ["extract", "check"]).ok
        archive_hits = dict(archive.traffic.hits)
    db = open_database(config.paths.database)
    try:
        rows = {r["url"]: r for r in checks.link_rows(db)}
        kinds = dict(db.execute("SELECT kind, count(*) FROM links GROUP BY kind").fetchall())
        pointers = db.execute("SELECT count(*) FROM citations WHERE snapshot_link_id IS NOT NULL").fetchone()[0]
    finally:
        db.close()
    snapshots = {u.split("/news/")[-1]: r for u, r in rows.items() if r["kind"] == "snapshot"}
    pages = {u.split("/news/")[-1]: r for u, r in rows.items() if r["kind"] == "page"}
    assert kinds == {"page": 7, "snapshot": 7} and pointers == 7
    assert all(r["verdict"] for r in snapshots.values())  # every snapshot link has a verdict
    assert {s: r["verdict"] for s, r in snapshots.items()} == {
        "alive": "ok", "gone-now": "ok", "never-archived": "gone", "moved-stamp": "redirected",
        "archived-404": "soft_404", "archived-soft": "soft_404", "cited-as-url": "server_error"}
    assert snapshots["alive"]["snapshot_at"] == "2020-01-02T03:04:05Z"
    assert snapshots["moved-stamp"]["snapshot_at"] == "2021-05-05T05:05:05Z"
    # the unwrapped originals are checked as before
    assert pages["alive"]["verdict"] == "ok" and pages["gone-now"]["verdict"] == "gone"
    assert not any("sourcevault-probe" in path for _, path in archive_hits)  # no probe of the archive


def report_of(config) -> Any:
    """The report built from the project's database (opened and closed again)."""
    db = open_database(config.paths.database)
    try:
        return build_report(db)
    finally:
        db.close()


def test_the_report_shows_each_citations_snapshot_and_flags_a_dead_only_safety_net(tmp_path: Path) -> None:
    with LoopbackServer({}, host=SITE_HOST, fallback=_site) as site, \
            LoopbackServer({}, host=ARCHIVE_HOST, fallback=_archive(site.url())) as archive:
        stamp = f"/web/20200102030405/{site.url()}news/"
        write_event(tmp_path / "events", "e", [
            {"url": site.url("/news/gone-now"), "archive_url": archive.url(stamp + "gone-now")},
            {"url": site.url("/news/never-archived"), "archive_url": archive.url(stamp + "never-archived")},
            {"url": site.url("/news/alive")}])
        config = snapshot_config(tmp_path)
        # no capture of our own: the cited snapshot is then the citation's only safety net
        assert runner.run_stages(config, ["extract", "check"], options={"check": {"capture": False}}).ok
    report = report_of(config)
    items = {item.url.rsplit("/", 1)[-1]: (section.key, item) for section, _, item in report.items()}
    assert set(items) == {"gone-now", "never-archived"}  # the healthy page without a snapshot needs nothing
    key, gone = items["gone-now"]
    assert key is SectionKey.FAILING and not gone.snapshot_dead
    assert snapshot_health(gone) == "ok (healthy, archived 2020-01-02)"
    assert gone.replacement_kind is ReplacementKind.CITED_ARCHIVE  # a working snapshot is offered
    key, safety_net = items["never-archived"]
    assert key is SectionKey.DEAD_SNAPSHOT and safety_net.only_safety_net_dead
    assert safety_net.snapshot_verdict is Verdict.GONE and safety_net.replacement is None
    assert report.summary["snapshots_by_state"] == {"failing": 1, "healthy": 1}
    assert report.summary["only_safety_net_dead"] == 1
    text = render_markdown(report)
    assert "only safety net is dead" in text and "Dead archived copies (1)" in text


def test_a_broken_page_whose_event_cites_a_working_snapshot_is_not_told_to_add_one(tmp_path: Path) -> None:
    """After `sourcevault fix` added an archive URL, the report does not ask for it again."""
    import dataclasses

    with LoopbackServer({}, host=SITE_HOST, fallback=_site) as site, \
            LoopbackServer({}, host=ARCHIVE_HOST, fallback=_archive(site.url())) as archive:
        cited = archive.url(f"/web/20200102030405/{site.url()}news/gone-now")
        write_event(tmp_path / "events", "e", [{"url": site.url("/news/gone-now"), "archive_url": cited}])
        config = snapshot_config(tmp_path)
        config = config.replace(check=dataclasses.replace(config.check, broken_after_checks=1, broken_after_days=0))
        assert runner.run_stages(config, ["extract", "check"], options={"check": {"capture": False}}).ok
    report = report_of(config)
    ((section, _, item),) = list(report.items())
    assert section.key is SectionKey.NEWLY_BROKEN and not item.snapshot_dead
    assert item.action == (f"keep the archive URL the event cites ({cited}, ok); "
                           "replace the url only if the article has a new home")


def test_snapshots_cited_before_migration_8_become_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.db as dbmod

    db = open_database(tmp_path / "old.db", migrate=False)
    monkeypatch.setattr(dbmod, "MIGRATIONS", [m for m in dbmod.MIGRATIONS if m[0] <= 6])
    dbmod.apply_migrations(db)
    db.execute("INSERT INTO events (id, file, title, date, content_sha256, present, first_seen_at, updated_at) "
               "VALUES ('e', 'e.md', 'E', '2020-01-01', 'x', 1, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")
    db.execute("INSERT INTO links (canonical_url, url, host, first_seen_at) VALUES "
               "('https://x.example/a', 'https://x.example/a', 'x.example', '2020-01-01T00:00:00Z')")
    db.execute("INSERT INTO citations (event_id, kind, position, field, raw_url, canonical_url, link_id, "
               "archive_service, archive_timestamp, present, first_seen_at, updated_at) VALUES "
               "('e', 'archive', 1, 'sources[0].archive_url', ?, 'https://x.example/a', 1, 'wayback', "
               "'20200101000000', 1, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')", [CITED])
    db.conn.commit()
    monkeypatch.undo()
    dbmod.apply_migrations(db)
    (row,) = db.execute("SELECT l.kind, l.url, l.host FROM citations c JOIN links l ON l.id = c.snapshot_link_id"
                        ).fetchall()
    db.close()
    assert row == ("snapshot", CITED, "web.archive.org")


def test_check_url_of_a_snapshot_checks_the_snapshot_and_its_original(tmp_path: Path) -> None:
    with LoopbackServer({}, host=SITE_HOST, fallback=_site) as site, \
            LoopbackServer({}, host=ARCHIVE_HOST, fallback=_archive(site.url())) as archive:
        snapshot = archive.url(f"/web/20200102030405/{site.url()}news/alive")
        write_event(tmp_path / "events", "e", [{"url": site.url("/news/alive"), "archive_url": snapshot},
                                               site.url("/news/other")])
        config = snapshot_config(tmp_path)
        assert runner.run_stages(config, ["extract"]).ok
        result = runner.run_stages(config, ["check"], command="check", options={"check": {"urls": [snapshot]}})
    assert result.ok and result.counts["check"]["checked"] == 2 and result.counts["check"]["not_cited"] == 0
