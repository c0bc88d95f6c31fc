"""``sourcevault fix`` on the command line, and moved sources (confirmed against our own capture)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from archiveworld import news
from fixworld import FakeArchive, link_id, mark_broken_with_snapshot, set_state, setup
from servers import LoopbackServer

from pipeline.cli import main
from pipeline.config import load_config
from pipeline.models import LinkState, Verdict


def test_fix_prints_a_diff_lists_json_and_applies(tmp_path):
    with FakeArchive() as archive, LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/a": news(0)}) as site:
        dead = "https://gone.example/story"
        runner, cfg = setup(tmp_path, [site.url("/a"), dead], archive)
        db, dead_id = link_id(cfg, dead)
        set_state(db, dead_id, LinkState.BROKEN, Verdict.GONE, since="2025-06-01T00:00:00Z")
        db.close()
        archive.add(dead, "20250310000000")
        args = ["--config", str(cfg), "fix", "--root", str(tmp_path)]
        diff = runner.invoke(main, args)
        listed = runner.invoke(main, [*args, "--json"])
        applied = runner.invoke(main, [*args, "--apply"])
        rerun = runner.invoke(main, args)
    assert diff.exit_code == 0, diff.output
    snapshot = f"{archive.base}/web/20250310000000/{dead}"
    assert f"+  archive_url: {snapshot}\n" in diff.stdout and diff.stdout.startswith("diff --git a/events/event-1.md")
    assert "fix: 1 edit(s) proposed for 1 file(s)" in diff.stderr
    (proposal,) = [p for p in json.loads(listed.stdout)["proposals"] if p["action"] != "none"]
    assert proposal["reason"] == "dead_citation" and proposal["new_value"] == snapshot
    assert proposal["line"] == 6 and proposal["evidence"]["dates"]["cited_on"] == "2025-03-18"
    assert applied.exit_code == 0 and applied.stdout == ""
    assert f"  archive_url: {snapshot}\n" in (tmp_path / "events" / "event-1.md").read_text()
    assert rerun.stdout == "" and "fix: 0 edit(s)" in rerun.stderr


def test_diff_from_the_command_applies_with_git(tmp_path):
    with FakeArchive() as archive:
        dead = "https://gone.example/story"
        runner, cfg = setup(tmp_path, [dead], archive)
        mark_broken_with_snapshot(cfg, archive, dead)
        diff = runner.invoke(main, ["--config", str(cfg), "fix", "--root", str(tmp_path)]).stdout
    (tmp_path / "p.diff").write_text(diff)
    subprocess.run(["git", "apply", "p.diff"], cwd=tmp_path, check=True)
    assert "archive_url:" in (tmp_path / "events" / "event-0.md").read_text()


def _git_init(folder: Path) -> None:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org",
                    "commit", "-qm", "events"], check=True)


def test_fix_run_from_outside_the_repository_gives_a_diff_git_applies_there(tmp_path, monkeypatch):
    """Paths relative to the git repository holding the events, as git makes them, wherever fix runs."""
    with FakeArchive() as archive:
        dead = "https://gone.example/story"
        runner, cfg = setup(tmp_path, [dead], archive)
        mark_broken_with_snapshot(cfg, archive, dead)
        _git_init(tmp_path)
        elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)
        diff = runner.invoke(main, ["--config", str(cfg), "fix"])
    assert diff.exit_code == 0, diff.output
    assert diff.stdout.startswith("diff --git a/events/event-0.md b/events/event-0.md\n")
    (elsewhere / "p.diff").write_text(diff.stdout)
    check = subprocess.run(["git", "apply", "--check", str(elsewhere / "p.diff")], cwd=tmp_path,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_events_in_two_repositories_are_refused_with_both_named(tmp_path, monkeypatch):
    with FakeArchive() as archive:
        dead = ["https://gone.example/one", "https://gone.example/two"]
        runner, cfg = setup(tmp_path, dead, archive)
        for url in dead:
            mark_broken_with_snapshot(cfg, archive, url)
        _git_init(tmp_path / "events")  # event-0.md in one repository...
        other = tmp_path / "events" / "more"
        other.mkdir()
        (tmp_path / "events" / "event-1.md").rename(other / "event-1.md")
        _git_init(other)  # ...event-1.md in another (a nested repository)
        runner.invoke(main, ["--config", str(cfg), "extract", "-q"])
        monkeypatch.chdir(tmp_path)
        refused = runner.invoke(main, ["--config", str(cfg), "fix"])
        rooted = runner.invoke(main, ["--config", str(cfg), "fix", "--root", str(tmp_path)])
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "2 places" in refused.stderr and str(tmp_path / "events") in refused.stderr and str(other) in refused.stderr
    assert rooted.exit_code == 0  # an explicit --root wins
    assert "a/events/event-0.md" in rooted.stdout and "a/events/more/event-1.md" in rooted.stdout


STABLE = ("2025-10-20", "2025-10-22", "2025-10-24")  # three checks over four days: a stable redirect


def moved_world(tmp_path, policy, new_page, seen_on=STABLE):
    archive = FakeArchive().__enter__()
    site = LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/old": news(0), "/new": new_page}).__enter__()
    runner, cfg = setup(tmp_path, [site.url("/old")], archive, moved=policy)  # our capture of the original
    db, old_id = link_id(cfg, site.url("/old"))
    for day in seen_on:
        set_state(db, old_id, LinkState.HEALTHY, Verdict.REDIRECTED, final_url=site.url("/new"), status=200,
                  checked_at=f"{day}T00:00:00Z")
    db.close()
    result = runner.invoke(main, ["--config", str(cfg), "fix", "--json"])
    site.__exit__(None, None, None)
    archive.__exit__(None, None, None)
    (p,) = json.loads(result.stdout)["proposals"]
    return p, site


def test_moved_keep_both_replaces_the_url_and_keeps_the_old_one(tmp_path):
    p, site = moved_world(tmp_path, "keep_both", news(0))
    assert p["reason"] == "moved" and p["action"] == "replace_url" and p["new_value"] == site.url("/new")
    assert p["evidence"]["new_page"]["similarity"] >= 0.8


def test_a_single_permanent_redirect_is_not_yet_a_move(tmp_path):
    for seen_on in (STABLE[:1], STABLE[:2], ("2025-10-20", "2025-10-20", "2025-10-21")):
        p, site = moved_world(tmp_path / seen_on[-1] / str(len(seen_on)), "replace", news(0), seen_on)
        assert p["reason"] == "moved" and p["action"] == "none", seen_on
        assert p["detail"].startswith(f"redirects permanently to {site.url('/new')} on {len(seen_on)} check(s) "
                                      "since 2025-10-20; a move is proposed once seen on 3 checks over 3 days")
        assert p["evidence"]["redirect"]["checks"] == len(seen_on)


def test_moved_to_a_different_page_is_not_proposed(tmp_path):
    p, _ = moved_world(tmp_path, "replace", news(1))
    assert p["action"] == "none" and "not confirmed" in p["detail"]


def test_moved_report_policy_only_lists(tmp_path):
    p, _ = moved_world(tmp_path, "report", news(0))
    assert p["action"] == "none" and "fix.moved is 'report'" in p["detail"]


def test_an_unusable_archive_value_is_replaced_in_place_not_duplicated(tmp_path):
    with FakeArchive() as archive:
        dead = "https://gone.example/story"
        runner, cfg = setup(tmp_path, [dead], archive)
        event = tmp_path / "events" / "event-0.md"
        event.write_text(event.read_text().replace(f"  url: {dead}\n", f"  url: {dead}\n  archive_url: see the library\n"))
        mark_broken_with_snapshot(cfg, archive, dead)
        diff = runner.invoke(main, ["--config", str(cfg), "fix", "--root", str(tmp_path)]).stdout
    assert "-  archive_url: see the library\n+  archive_url: http" in diff
    assert diff.count("archive_url") == 2


def test_fix_waits_for_no_running_pipeline(tmp_path):
    from pipeline import runner as pipeline_runner

    with FakeArchive() as archive:
        runner, cfg = setup(tmp_path, ["https://gone.example/story"], archive)
        with pipeline_runner.run_lock(load_config(cfg)):
            result = runner.invoke(main, ["--config", str(cfg), "fix"])
    assert result.exit_code == 3 and "another sourcevault run holds" in result.output


def test_a_value_that_is_not_a_url_is_listed_once_with_the_reason_said_once(tmp_path):
    with FakeArchive() as archive:
        runner, cfg = setup(tmp_path, ["Reuters"], archive)
        fixed = runner.invoke(main, ["--config", str(cfg), "fix", "--root", str(tmp_path)])
        report = runner.invoke(main, ["--config", str(cfg), "report", "--format", "markdown", "--output", "-"])
    (listing,) = [line for line in fixed.stderr.splitlines() if "Reuters" in line]
    assert listing == "events/event-0.md:6: sources[0].url: not a URL: 'Reuters'; fix by hand"
    (row,) = [line for line in report.stdout.splitlines() if line.startswith('| <a id="edit-')]
    assert row.count("not a URL") == 1


def _dated_source(tmp_path, archive, *, event_date: str, source_date: str):
    """One dead source with a publication date, cited by an event of ``event_date``; fix's JSON proposal."""
    dead = "https://gone.example/story"
    runner, cfg = setup(tmp_path, [dead], archive)
    event = tmp_path / "events" / "event-0.md"
    event.write_text(event.read_text().replace("date: '2025-03-18'", f"date: '{event_date}'")
                     .replace(f"  url: {dead}\n", f"  url: {dead}\n  date: '{source_date}'\n"))
    db, dead_id = link_id(cfg, dead)
    set_state(db, dead_id, LinkState.BROKEN, Verdict.GONE)
    db.close()
    result = runner.invoke(main, ["--config", str(cfg), "fix", "--json"])
    assert result.exit_code == 0, result.output
    (p,) = json.loads(result.stdout)["proposals"]
    return p, dead


def test_a_source_published_after_the_event_gets_no_snapshot_from_before_its_publication(tmp_path):
    with FakeArchive() as archive:
        archive.add("https://gone.example/story", "20150101000000", page="other")  # an unrelated page
        archive.add("https://gone.example/story", "20210915000000")  # the article
        p, dead = _dated_source(tmp_path, archive, event_date="2001-09-11", source_date="2021-09-10")
    assert p["new_value"] == f"{archive.base}/web/20210915000000/{dead}"
    assert p["evidence"]["dates"]["published_on"] == "2021-09-10"


def test_a_publication_date_in_the_future_is_not_trusted(tmp_path):
    with FakeArchive() as archive:
        archive.add("https://gone.example/story", "20250310000000")
        p, dead = _dated_source(tmp_path, archive, event_date="2025-03-18", source_date="2205-03-01")
    assert p["new_value"] == f"{archive.base}/web/20250310000000/{dead}"
    assert p["evidence"]["dates"]["published_on"] is None


def test_max_lookups_rotates_so_every_dead_citation_gets_its_turn(tmp_path):
    dead = [f"https://gone{i}.example/story" for i in range(3)]
    with FakeArchive() as archive:
        runner, cfg = setup(tmp_path, dead, archive, max_lookups=1)
        for url in dead:
            mark_broken_with_snapshot(cfg, archive, url)
        turns = []
        for _ in range(4):
            result = runner.invoke(main, ["--config", str(cfg), "fix", "--json"])
            assert result.exit_code == 0, result.output
            proposals = json.loads(result.stdout)["proposals"]
            turns.append([p["old_value"] or p["file"] for p in proposals if p["action"] != "none"])
            assert sum("fix.max_lookups reached" in p["detail"] for p in proposals) == 2
    assert turns == [["events/event-0.md"], ["events/event-1.md"], ["events/event-2.md"], ["events/event-0.md"]]


def test_a_replaced_page_gets_a_snapshot_from_before_the_change_checked_against_our_first_capture(tmp_path):
    from fixworld import ARTICLE_TEXT
    with FakeArchive() as archive, LoopbackServer({"/robots.txt": lambda h: h.send(404, ""),
                                                   "/a": lambda h: h.page("Harbour bridge approved", ARTICLE_TEXT)}) as site:
        url = site.url("/a")
        runner, cfg = setup(tmp_path, [url], archive)  # our first capture holds the cited article
        db, replaced_id = link_id(cfg, url)
        set_state(db, replaced_id, LinkState.BROKEN, Verdict.CONTENT_REPLACED, since="2025-09-01T00:00:00Z",
                  status=200)
        db.close()
        archive.add(url, "20250301000000", "article")  # before the change
        archive.add(url, "20250310000000", "other")  # the closest to the citation, already another article
        archive.add(url, "20250920000000", "other")  # after the change was seen
        listed = runner.invoke(main, ["--config", str(cfg), "fix", "--root", str(tmp_path), "--json"])
    assert listed.exit_code == 0, listed.output
    (proposal,) = json.loads(listed.stdout)["proposals"]
    assert proposal["reason"] == "content_replaced" and proposal["action"] == "add_archive_url"
    assert proposal["evidence"].get("our_capture"), proposal
    assert proposal["new_value"] == f"{archive.base}/web/20250301000000/{url}"
    assert "another article at this URL" in proposal["detail"]
    assert [t["taken_at"][:10] for t in proposal["evidence"]["tried"]] == ["2025-03-10"]  # refused: not our text
