"""The match stage end to end on real databases and files: evidence, statuses, incremental runs."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from pipeline import runner
from pipeline.config import ConfigError, config_from_dict
from pipeline.db import apply_migrations, open_database, schema_version
from pipeline.extract import stage as extract
from pipeline.match import stage as match

ROOT = Path(__file__).resolve().parents[2]
SEED_EVENT = "2025-03-18--russia-will-undoubtedly-discuss-future-mars-flights-with-mus"


def clock() -> str:
    return "2025-06-01T00:00:00Z"


def make_config(tmp_path: Path, events: Path, archive: Path, **match_settings):
    data = {"paths": {"events": [str(events)], "archive": str(archive), "database": str(tmp_path / "sv.db")}}
    if match_settings:
        data["match"] = match_settings
    return config_from_dict(data, tmp_path)


def write_event(folder: Path, event_id: str, date: str, title: str, sources: list[dict],
                description: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"id": event_id, "date": date, "title": title, "description": description, "sources": sources}
    path = folder / f"{event_id}.md"
    path.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n\nBody.\n", encoding="utf-8")
    return path


def write_copy(archive: Path, rel: str, title: str, date: str | None, body: str, url: str | None) -> Path:
    path = archive / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"\n\n{title}\n\n" + (f"{date}\n\n" if date else "") + body
    if url:
        text += f"\n\nOriginal url:\n\n<{url}>"
    path.write_text(text, encoding="utf-8")
    return path


def run_both(db, config):
    extract.run(db, config, clock=clock)
    return match.run(db, config, clock=clock)


def matches_of(db, path: str) -> list[tuple]:
    return db.execute(
        """SELECT m.event_id, m.kind, m.position, m.method, m.score, m.is_candidate FROM matches m
           JOIN copies c ON c.id = m.copy_id WHERE c.path = ? ORDER BY m.event_id, m.position""", [path]).fetchall()


def status_of(db, path: str) -> str:
    return db.execute("SELECT status FROM copies WHERE path = ? AND present = 1", [path]).fetchone()[0]


def test_the_moscow_times_copy_backs_source_2_of_the_seed_event(tmp_path):
    config = make_config(tmp_path, ROOT / "seeds", ROOT / "archive")
    db = open_database(config.paths.database)
    summary = run_both(db, config)
    assert summary.copies_seen == 1 and summary.matched == 1
    rel = "hand-saved/2025-03-18--putin-envoy-dmitriev-says-he-will-hold-talks-with-musk-about-mars-exploration.txt"
    assert matches_of(db, rel) == [(SEED_EVENT, "source", 2, "url", 1.0, 0)]
    counts = runner.status(db)
    assert (counts["copies"], counts["matched_copies"], counts["unmatched_copies"], counts["matches"]) == (1, 1, 0, 1)


@pytest.fixture
def world(tmp_path):
    """Two events (one citing a URL the other cites too) and an archive of three copies."""
    events, archive = tmp_path / "events", tmp_path / "archive"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": "https://news.example/2024/05/01/budget", "title": "Council approves record city budget",
         "outlet": "News Example", "date": "2024-05-01"},
        {"url": "https://other.example/a/1", "title": "Budget vote draws protest", "date": "2024-05-02"},
    ], "The council approved a record budget after a long debate over police funding and libraries.")
    write_event(events, "2024-06-01--audit", "2024-06-01", "Audit questions budget", [
        {"url": "https://www.news.example/2024/05/01/budget/", "title": "Council approves record city budget"},
    ], "Auditors questioned the record budget.")
    write_copy(archive, "hand-saved/budget.txt", "Council approves record city budget", "May 1, 2024",
               "The council approved a record budget after a long debate.", "https://news.example/2024/05/01/budget")
    write_copy(archive, "hand-saved/protest.txt", "Budget vote draws protest", "May 2, 2024",
               "Protesters gathered.", "https://other.example/a/1?utm_source=feed")
    write_copy(archive, "hand-saved/unrelated.txt", "Lighthouse keepers gather for festival", "July 9, 2019",
               "Keepers from the whole coast met.", "https://hobby.example/lighthouse")
    config = make_config(tmp_path, events, archive)
    db = open_database(config.paths.database)
    return config, db, events, archive


def test_a_url_cited_by_several_events_matches_all_of_them(world):
    config, db, _, _ = world
    summary = run_both(db, config)
    assert (summary.matched, summary.unmatched) == (2, 1)
    assert [m[:4] for m in matches_of(db, "hand-saved/budget.txt")] == [
        ("2024-05-01--budget", "source", 1, "url"), ("2024-06-01--audit", "source", 1, "url")]
    assert matches_of(db, "hand-saved/protest.txt") == [("2024-05-01--budget", "source", 2, "url", 1.0, 0)]
    assert status_of(db, "hand-saved/unrelated.txt") == "unmatched"
    assert matches_of(db, "hand-saved/unrelated.txt") == []


def test_reruns_only_match_what_changed(world):
    config, db, events, archive = world
    run_both(db, config)
    again = run_both(db, config)
    assert (again.copies_seen, again.copies_matched, again.copies_unchanged) == (3, 0, 3)

    # touched but identical: the hash says unchanged
    os.utime(archive / "hand-saved/unrelated.txt", ns=(1, 1))
    assert run_both(db, config).copies_matched == 0

    # a copy now names another cited URL: only it is matched again
    write_copy(archive, "hand-saved/unrelated.txt", "Budget vote draws protest", "May 2, 2024", "Again.",
               "http://other.example/a/1")
    changed = run_both(db, config)
    assert changed.copies_matched == 1
    assert [m[:3] for m in matches_of(db, "hand-saved/unrelated.txt")] == [("2024-05-01--budget", "source", 2)]


def test_a_stop_writes_the_batch_it_was_on_removes_nothing_and_the_rerun_finishes(world, tmp_path):
    config, db, events, archive = world
    run_both(db, config)
    (archive / "hand-saved/unrelated.txt").unlink()
    for n in range(3):
        write_copy(archive, f"hand-saved/later-{n}.txt", "Budget vote draws protest", "May 2, 2024", "Later.",
                   f"https://other.example/a/1?copy={n}")
    config = make_config(tmp_path, events, archive, batch_size=1)
    stop = threading.Event()
    stopped = match.run(db, config, clock=clock, stop=stop, progress=lambda n: stop.set())
    assert stopped.copies_seen == 1  # the batch being written when the stop came, not the one read after it
    assert stopped.copies_removed == 0  # the walk did not see every copy: the deleted one may not be judged
    assert status_of(db, "hand-saved/unrelated.txt") == "unmatched"

    rerun = match.run(db, config, clock=clock)
    assert (rerun.copies_seen, rerun.copies_removed) == (5, 1)
    assert all(status_of(db, f"hand-saved/later-{n}.txt") == "matched" for n in range(3))


def test_a_new_citation_reaches_the_unchanged_copy_it_concerns(world):
    config, db, events, _ = world
    run_both(db, config)
    write_event(events, "2024-07-01--festival", "2024-07-01", "Keepers festival", [
        {"url": "https://hobby.example/lighthouse/", "title": "Lighthouse keepers gather"}])
    summary = run_both(db, config)
    assert summary.citations_changed == 1
    assert summary.copies_matched == 1  # only the copy the new citation concerns
    assert status_of(db, "hand-saved/unrelated.txt") == "matched"
    assert [m[:4] for m in matches_of(db, "hand-saved/unrelated.txt")] == [
        ("2024-07-01--festival", "source", 1, "url")]


def test_a_removed_event_and_a_removed_copy_take_their_matches_with_them(world):
    config, db, events, archive = world
    run_both(db, config)
    (events / "2024-06-01--audit.md").unlink()
    summary = run_both(db, config)
    assert summary.citations_removed == 1 and summary.copies_matched == 1
    assert [m[0] for m in matches_of(db, "hand-saved/budget.txt")] == ["2024-05-01--budget"]
    (archive / "hand-saved/budget.txt").unlink()
    summary = run_both(db, config)
    assert summary.copies_removed == 1
    assert runner.status(db)["copies"] == 2
    assert db.execute("SELECT count(*) FROM matches m JOIN copies c ON c.id = m.copy_id "
                      "WHERE c.path = 'hand-saved/budget.txt'").fetchone()[0] == 0


def test_changing_the_thresholds_matches_every_copy_again(world, tmp_path):
    config, db, _, archive = world
    run_both(db, config)
    stricter = make_config(tmp_path, tmp_path / "events", archive, threshold=0.95, candidate_threshold=0.6)
    assert run_both(db, stricter).copies_matched == 3


def test_content_evidence_matches_a_copy_without_url(world):
    config, db, _, archive = world
    write_copy(archive, "hand-saved/no-url.txt", "Council Approves Record City Budget | News Example", "May 1, 2024",
               "After a long debate over police funding and libraries the council approved a record budget.", None)
    run_both(db, config)
    rows = matches_of(db, "hand-saved/no-url.txt")
    # both events cite this article (one URL): the copy backs both, by content
    assert [(r[0], r[2], r[3], r[5]) for r in rows] == [
        ("2024-05-01--budget", 1, "content", 0), ("2024-06-01--audit", 1, "content", 0)]
    assert all(0.8 <= r[4] < 1 for r in rows), rows


def test_evidence_pointing_at_two_unrelated_citations_is_ambiguous(tmp_path):
    events, archive = tmp_path / "events", tmp_path / "archive"
    for n, host in ((1, "one.example"), (2, "two.example")):
        write_event(events, f"2024-01-0{n}--e{n}", "2024-01-01", f"Harbour storm {n}", [
            {"url": f"https://{host}/story", "title": "Storm closes the harbour for a week", "date": "2024-01-01"}],
            "Gales shut the harbour; ferries cancelled.")
    write_copy(archive, "copy.txt", "Storm closes the harbour for a week", "January 1, 2024",
               "Gales shut the harbour and all ferries were cancelled.", None)
    config = make_config(tmp_path, events, archive)
    db = open_database(config.paths.database)
    summary = run_both(db, config)
    assert summary.ambiguous == 1
    assert status_of(db, "copy.txt") == "ambiguous"
    assert [(r[0], r[5]) for r in matches_of(db, "copy.txt")] == [("2024-01-01--e1", 1), ("2024-01-02--e2", 1)]


def _checks_table(db, rows):
    """Check history as the check stage records it (only the columns matching reads)."""
    db.conn.executemany("INSERT INTO checks (link_id, url, final_url, verdict, checked_at) "
                        "SELECT ?, canonical_url, ?, ?, '2025-05-01T00:00:00Z' FROM links WHERE id = ?",
                        [(link, final, verdict, link) for link, final, verdict in rows])
    db.conn.commit()


def link_id(db, canonical: str) -> int:
    return db.execute("SELECT id FROM links WHERE canonical_url = ?", [canonical]).fetchone()[0]


def test_redirect_targets_from_check_history_are_evidence(world):
    config, db, _, archive = world
    run_both(db, config)
    write_copy(archive, "hand-saved/moved.txt", "Whatever the page says", None, "Text.",
               "https://news.example/budget-2024")
    write_copy(archive, "hand-saved/home.txt", "Home", None, "Front page.", "https://other.example/")
    write_copy(archive, "hand-saved/error.txt", "Oops", None, "Not found.", "https://news.example/error-page")
    budget = link_id(db, "https://news.example/2024/05/01/budget")
    _checks_table(db, [
        (budget, "https://news.example/budget-2024", "redirected"),
        (budget, "https://news.example/error-page", "gone"),  # a failed check proves nothing
        (link_id(db, "https://other.example/a/1"), "https://other.example/", "redirected"),  # sent home: dead
    ])
    summary = match.run(db, config, clock=clock)
    assert summary.citations_changed == 2  # both links now have a redirect target
    assert matches_of(db, "hand-saved/moved.txt") == [("2024-05-01--budget", "source", 1, "redirect", 0.9, 0)]
    assert status_of(db, "hand-saved/home.txt") == "unmatched"
    assert status_of(db, "hand-saved/error.txt") == "unmatched"


def test_own_copies_warc_files_and_unreadable_copies(world):
    config, db, _, archive = world
    own = archive / "news.example/2024-05-01--council.md"
    own.parent.mkdir(parents=True)
    own.write_text("---\nurl: https://elsewhere.example/x\nfinal_url: https://news.example/2024/05/01/budget\n"
                   "captured_at: '2025-05-01T00:00:00Z'\ntitle: Council approves record city budget\n---\n\nText.\n")
    (archive / "warc").mkdir()
    (archive / "warc/capture.txt").write_text("Original url: https://news.example/2024/05/01/budget\n")
    (archive / "README.md").write_text("# Our archive\n")
    (archive / "hand-saved/latin1.txt").write_bytes("Caf\xe9 news\n".encode("latin-1"))
    summary = run_both(db, config)
    assert summary.copies_seen == 5 and summary.unreadable == 1
    rows = db.execute("SELECT path, kind, status, problem FROM copies ORDER BY path").fetchall()
    assert [r[0] for r in rows] == ["hand-saved/budget.txt", "hand-saved/latin1.txt", "hand-saved/protest.txt",
                                    "hand-saved/unrelated.txt", "news.example/2024-05-01--council.md"]
    latin = rows[1]
    assert latin[2] == "unreadable" and "UTF-8" in latin[3]
    assert rows[4][1:3] == ("own", "matched")
    assert [m[3:5] for m in matches_of(db, "news.example/2024-05-01--council.md")] == [("url", 0.95), ("url", 0.93)]
    assert runner.status(db)["unreadable_copies"] == 1


def test_a_missing_archive_folder_is_reported_not_fatal(tmp_path):
    config = make_config(tmp_path, ROOT / "seeds", tmp_path / "no-archive")
    db = open_database(config.paths.database)
    summary = run_both(db, config)
    assert summary.missing_folders == [str(tmp_path / "no-archive")] and summary.copies_seen == 0


def test_the_stage_runs_after_archive_and_before_the_report(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(ROOT / "archive", archive)
    config = make_config(tmp_path, ROOT / "seeds", archive)
    assert list(runner.STAGES)[-2:] == ["match", "report"]
    assert list(runner.STAGES).index("archive") < list(runner.STAGES).index("match")
    result = runner.run_stages(config, clock=clock)
    assert result.ok and result.counts["match"]["matched"] == 1


def test_candidate_threshold_above_threshold_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="match.candidate_threshold"):
        make_config(tmp_path, tmp_path, tmp_path, threshold=0.6, candidate_threshold=0.7)


@pytest.mark.parametrize("value", [-1, "a week", 1.5])
def test_a_date_tolerance_that_is_not_a_number_of_days_is_refused(tmp_path, value):
    with pytest.raises(ConfigError, match="date_tolerance_days"):
        make_config(tmp_path, tmp_path, tmp_path, date_tolerance_days=value)


def test_migrations_apply_in_order_across_gaps(tmp_path, monkeypatch):
    import pipeline.db as dbmod

    db = open_database(tmp_path / "old.db", migrate=False)
    monkeypatch.setattr(dbmod, "MIGRATIONS", [m for m in dbmod.MIGRATIONS if m[0] == 1])
    assert apply_migrations(db) == [1]
    monkeypatch.undo()
    applied = apply_migrations(db)
    assert applied == [v for v, _, _ in dbmod.MIGRATIONS if v > 1] and 4 in applied
    assert schema_version(db) == dbmod.MIGRATIONS[-1][0]
    assert {"copies", "matches", "indexed_citations"} <= set(db.table_names())


def test_a_new_event_citing_an_unmatched_copys_article_is_found_by_content(world):
    config, db, events, archive = world
    write_copy(archive, "hand-saved/keepers.txt", "Lighthouse keepers vote to strike", "March 3, 2024",
               "The keepers of the northern lighthouses voted to strike over pay and staffing.", None)
    run_both(db, config)
    assert status_of(db, "hand-saved/keepers.txt") == "unmatched"
    write_event(events, "2024-03-03--strike", "2024-03-03", "Lighthouse keepers strike", [
        {"url": "https://coast.example/keepers-strike", "title": "Lighthouse keepers vote to strike",
         "date": "2024-03-03"}], "Northern lighthouse keepers voted to strike over pay and staffing.")
    summary = run_both(db, config)
    assert summary.copies_matched == 1 and summary.copies_unchanged == 3
    assert [(r[0], r[3], r[5]) for r in matches_of(db, "hand-saved/keepers.txt")] == [
        ("2024-03-03--strike", "content", 0)]


def test_a_migration_missing_from_an_older_build_is_applied_later(tmp_path, monkeypatch):
    """A database made by a build without an earlier migration still gets it, though its version is higher."""
    import pipeline.db as dbmod

    # one that no later migration builds on (as a sibling branch's migration would be): the reports table
    missing = 5
    db = open_database(tmp_path / "gap.db", migrate=False)
    monkeypatch.setattr(dbmod, "MIGRATIONS", [m for m in dbmod.MIGRATIONS if m[0] != missing])
    apply_migrations(db)
    monkeypatch.undo()
    assert schema_version(db) == dbmod.MIGRATIONS[-1][0]
    assert apply_migrations(db) == [missing]
    assert schema_version(db) == dbmod.MIGRATIONS[-1][0]


def test_an_archive_folder_dropped_from_the_config_takes_its_matches_with_it(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(ROOT / "archive", archive)
    config = make_config(tmp_path, ROOT / "seeds", archive)
    runner.run_stages(config, ["extract", "match"], clock=clock)
    db = open_database(config.paths.database)
    assert db.execute("SELECT count(*) FROM matches").fetchone() == (1,)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = config.replace(paths=dataclasses.replace(config.paths, archive=elsewhere))
    runner.run_stages(moved, ["match"], clock=clock)
    assert db.execute("SELECT count(*) FROM matches").fetchone() == (0,)
    assert db.execute("SELECT present FROM copies").fetchall() == [(0,)]


def test_a_linked_hand_saved_copy_is_reported_never_read_nor_published(world, tmp_path):
    config, db, events, archive = world
    secret = tmp_path / "secrets.txt"
    secret.write_text("TOPSECRET first line\nmore\n", encoding="utf-8")
    (archive / "hand-saved/leak.txt").symlink_to(secret)
    (archive / "linked-host").symlink_to(tmp_path / "events", target_is_directory=True)
    (events / "linked.md").symlink_to(secret)
    config = config.replace(report=dataclasses.replace(config.report, output_dir=tmp_path / "reports"))
    result = runner.run_stages(config, ["extract", "match", "report"], db=db, clock=clock)
    assert result.ok
    rows = dict(db.execute("SELECT path, problem FROM copies WHERE status = 'unreadable'").fetchall())
    assert set(rows) == {"hand-saved/leak.txt", "linked-host"}
    assert all("a symbolic link" in p and "skipped" in p for p in rows.values())
    problems = db.execute("SELECT file, message FROM problems WHERE present = 1").fetchall()
    assert [(f, "a symbolic link" in m) for f, m in problems] == [("events/linked.md", True)]
    for report in (tmp_path / "reports").iterdir():
        assert "TOPSECRET" not in report.read_text(encoding="utf-8"), report.name


def evidence_of(db, path: str) -> list[tuple]:
    return db.execute(
        """SELECT m.event_id, m.position, m.method, m.is_candidate, m.evidence, m.veto, m.reason FROM matches m
           JOIN copies c ON c.id = m.copy_id WHERE c.path = ? ORDER BY m.event_id, m.position""", [path]).fetchall()


LOOKALIKE_BODY = "After a long debate over police funding and libraries the council approved a record budget."


def write_named_copy(archive: Path, rel: str, source: str) -> None:
    """The budget story without URL, naming its outlet on a ``Source:`` line."""
    path = write_copy(archive, rel, "Council approves record city budget", "May 1, 2024", LOOKALIKE_BODY, None)
    path.write_text(path.read_text() + f"\n\nSource: {source}\n")


def test_the_same_story_on_another_site_is_only_a_candidate_with_the_reason(world):
    config, db, _, archive = world
    write_copy(archive, "hand-saved/rival.txt", "Council approves record city budget", "May 1, 2024",
               LOOKALIKE_BODY, "https://www.rival-paper.example/local/council-budget")
    run_both(db, config)
    assert status_of(db, "hand-saved/rival.txt") == "candidate"
    rows = evidence_of(db, "hand-saved/rival.txt")
    assert rows and all(r[3] == 1 for r in rows)
    event, position, method, _, evidence, veto, reason = rows[0]
    assert (event, position, method) == ("2024-05-01--budget", 1, "content")
    assert veto == "published on rival-paper.example, cited on news.example"
    assert "vetoed: same headline, but published on rival-paper.example, cited on news.example" in reason
    assert json.loads(evidence) == {"headline": 1.0, "date": 1.0, "outlet": 0.0, "body": pytest.approx(1.0, abs=0.3)}


def test_a_named_outlet_that_differs_is_only_a_candidate(world):
    config, db, _, archive = world
    write_named_copy(archive, "hand-saved/named.txt", "Harbour Gazette")
    run_both(db, config)
    assert status_of(db, "hand-saved/named.txt") == "candidate"
    assert evidence_of(db, "hand-saved/named.txt")[0][5] == "published by Harbour Gazette, cited as News Example"


def test_the_cited_outlet_named_by_its_domain_still_matches(world):
    config, db, _, archive = world
    write_named_copy(archive, "hand-saved/domain.txt", "news.example")
    run_both(db, config)
    assert status_of(db, "hand-saved/domain.txt") == "matched"
    _, _, _, _, evidence, veto, reason = evidence_of(db, "hand-saved/domain.txt")[0]
    assert json.loads(evidence)["outlet"] == 1.0 and veto is None
    assert "outlet 1.00 (copy news.example, cited News Example)" in reason


def test_a_copy_dated_beyond_the_tolerance_is_a_candidate_unless_the_setting_allows_it(world, tmp_path):
    config, db, _, archive = world
    write_copy(archive, "hand-saved/late.txt", "Council approves record city budget", "May 20, 2024",
               LOOKALIKE_BODY, "https://news.example/2024/05/20/budget-follow-up")
    run_both(db, config)
    assert status_of(db, "hand-saved/late.txt") == "candidate"
    budget, audit = evidence_of(db, "hand-saved/late.txt")
    assert budget[5] == "dated 2024-05-20, cited 2024-05-01 (19 days apart; tolerance 7)"
    # the audit event cites the same URL without a date: the article's date still rules the copy out
    assert audit[0] == "2024-06-01--audit" and audit[5] == budget[5]
    assert "2024-05-01--budget source 1" in audit[6] and budget[5] in audit[6]
    lenient = make_config(tmp_path, tmp_path / "events", archive, date_tolerance_days=30)
    assert run_both(db, lenient).copies_matched == 4  # a changed tolerance matches every copy again
    assert status_of(db, "hand-saved/late.txt") == "matched"


def test_an_exact_url_is_never_vetoed_by_its_date_or_outlet(world):
    config, db, _, archive = world
    path = write_copy(archive, "hand-saved/stub.txt", "Subscribe to read", "June 1, 2025",
                      "This article is for subscribers.", "https://news.example/2024/05/01/budget")
    path.write_text("Source: Paywall Services\n\n" + path.read_text())
    run_both(db, config)
    rows = evidence_of(db, "hand-saved/stub.txt")
    assert [(r[0], r[2], r[3], json.loads(r[4]), r[5]) for r in rows] == [
        ("2024-05-01--budget", "url", 0, {"url": 1.0}, None),
        ("2024-06-01--audit", "url", 0, {"url_equivalent": 0.95}, None)]


def test_a_site_that_moved_to_a_new_domain_is_not_vetoed(world):
    config, db, _, archive = world
    run_both(db, config)
    budget = link_id(db, "https://news.example/2024/05/01/budget")
    _checks_table(db, [(budget, "https://www.newsexample-media.example/2024/05/01/budget", "redirected")])
    write_copy(archive, "hand-saved/new-domain.txt", "Council approves record city budget", "May 1, 2024",
               LOOKALIKE_BODY, "https://www.newsexample-media.example/archive/council-budget")
    match.run(db, config, clock=clock)
    assert status_of(db, "hand-saved/new-domain.txt") == "matched"
    assert evidence_of(db, "hand-saved/new-domain.txt")[0][5] is None


def test_a_citation_through_a_link_shortener_is_judged_by_outlet_not_site(tmp_path):
    events, archive = tmp_path / "events", tmp_path / "archive"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": "https://bit.ly/3budget", "title": "Council approves record city budget", "outlet": "News Example",
         "date": "2024-05-01"}], "The council approved a record budget after a long debate over police funding.")
    write_copy(archive, "budget.txt", "Council approves record city budget", "May 1, 2024", LOOKALIKE_BODY,
               "https://www.news.example/2024/05/01/council-budget")
    config = make_config(tmp_path, events, archive)
    db = open_database(config.paths.database)
    run_both(db, config)
    assert status_of(db, "budget.txt") == "matched"
    _, _, method, _, evidence, veto, _ = evidence_of(db, "budget.txt")[0]
    assert (method, json.loads(evidence)["outlet"], veto) == ("content", 1.0, None)
