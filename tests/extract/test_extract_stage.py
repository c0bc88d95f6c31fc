"""The extract stage against real files and a real database."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import SEED_EVENT_ID

from pipeline.extract import stage as extract
from pipeline.runner import status


def table(db, sql: str, params=()) -> list[tuple]:
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


def snapshot(db) -> dict[str, list[tuple]]:
    """Everything the stage writes, minus bookkeeping that a rerun may touch."""
    return {
        "events": table(db, "SELECT * FROM events ORDER BY id"),
        "citations": table(db, "SELECT * FROM citations ORDER BY id"),
        "links": table(db, "SELECT * FROM links ORDER BY id"),
        "problems": table(db, "SELECT * FROM problems ORDER BY id"),
    }


def test_seed_event_end_to_end(project) -> None:
    project.add_seeds()
    config = project.config()
    db = project.db(config)
    summary = extract.run(db, config)
    assert (summary.files_parsed, summary.citations_added, summary.problems) == (1, 3, 0)
    rows = table(db, "SELECT position, canonical_url, title, outlet FROM citations WHERE event_id = ? ORDER BY position",
                 [SEED_EVENT_ID])
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[1][3] == "The Moscow Times" and rows[0][3] == "The Guardian"
    counts = status(db)
    assert (counts["events"], counts["citations"], counts["links"], counts["hosts"]) == (1, 3, 3, 2)


def test_real_corpus_counts(project) -> None:
    project.add_corpus()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    # the numbers stated in tests/fixtures/corpus/README.md
    assert table(db, "SELECT count(*) FROM events WHERE present = 1") == [(262,)]
    assert table(db, "SELECT count(*) FROM citations WHERE kind = 'source' AND field LIKE 'sources[%'") == [(886,)]
    distinct = table(db, """SELECT count(DISTINCT raw_url) FROM citations
                            WHERE kind = 'source' AND field LIKE 'sources[%' AND canonical_url IS NOT NULL""")
    assert distinct == [(843,)]
    assert table(db, "SELECT count(*) FROM problems WHERE kind = 'invalid_url' AND field LIKE 'sources[%'") == [(25,)]
    values = {r[0] for r in table(db, "SELECT value FROM problems WHERE kind = 'invalid_url'")}
    assert {"Reuters", "Bloomberg", "", None} <= values
    # 18 files carry web.archive.org URLs (archive_url, archived in citations[], or as the url itself),
    # each recorded with the original it wraps as its canonical URL
    assert table(db, "SELECT count(DISTINCT event_id) FROM citations WHERE archive_service = 'wayback'") == [(18,)]
    assert table(db, """SELECT count(*) FROM citations c JOIN links l ON l.id = c.link_id
                        WHERE c.archive_service IS NOT NULL AND l.url LIKE '%web.archive.org%'""") == [(0,)]
    # ... and each snapshot is a link of its own (kind snapshot, fetched as cited), beside its original
    assert table(db, """SELECT count(*) FROM citations c WHERE c.archive_service IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM links l WHERE l.id = c.snapshot_link_id
                                        AND l.kind = 'snapshot' AND l.url LIKE '%web.archive.org/web/%')""") == [(0,)]
    assert table(db, "SELECT count(*) FROM citations WHERE snapshot_link_id IS NOT NULL AND archive_service IS NULL"
                 ) == [(0,)]
    orphan = table(db, """SELECT count(*) FROM citations a WHERE a.kind = 'archive' AND NOT EXISTS (
                            SELECT 1 FROM citations s WHERE s.kind = 'source' AND s.event_id = a.event_id
                            AND s.position = a.position)""")
    assert orphan == [(0,)]
    # a URL cited by several events is one link
    shared = table(db, """SELECT count(*) FROM (SELECT link_id FROM citations WHERE kind = 'source'
                          AND link_id IS NOT NULL GROUP BY link_id HAVING count(DISTINCT event_id) > 1)""")
    assert shared[0][0] >= 10
    # every problem names its file and event
    assert table(db, "SELECT count(*) FROM problems WHERE file = '' OR event_id IS NULL") == [(0,)]


def test_rerun_on_unchanged_corpus_changes_nothing(project) -> None:
    project.add_corpus()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    before = snapshot(db)
    summary = extract.run(db, config)
    assert summary.files_parsed == 0 and summary.files_unchanged == 262
    assert snapshot(db) == before


def test_touched_but_unchanged_file_is_not_reparsed(project) -> None:
    project.add_seeds()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    before = snapshot(db)
    path = next(project.events.glob("*.md"))
    os.utime(path, ns=(1, 1))
    summary = extract.run(db, config)
    assert (summary.files_parsed, summary.files_unchanged) == (0, 1)
    assert snapshot(db) == before


def test_editing_one_file_reextracts_only_it(project) -> None:
    project.add_corpus()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    path = project.events / "1975-01-27--church-committee-begins.md"
    event_id = path.stem
    text = path.read_text(encoding="utf-8")
    first_url = table(db, "SELECT raw_url FROM citations WHERE event_id = ? AND position = 1 AND kind = 'source'",
                      [event_id])[0][0]
    path.write_text(text.replace(first_url, "https://example.org/replacement"), encoding="utf-8")
    summary = extract.run(db, config)
    assert summary.files_parsed == 1 and summary.files_unchanged == 261
    current = table(db, """SELECT raw_url FROM citations WHERE event_id = ? AND position = 1 AND kind = 'source'
                           AND present = 1""", [event_id])
    assert current == [("https://example.org/replacement",)]
    # the replaced citation stays in the history, marked removed
    assert table(db, "SELECT present FROM citations WHERE event_id = ? AND raw_url = ?", [event_id, first_url]) == [(0,)]


def test_deleting_a_file_removes_its_citations_but_keeps_history(project) -> None:
    project.add_corpus()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    path = project.events / "1975-01-27--church-committee-begins.md"
    n = table(db, "SELECT count(*) FROM citations WHERE event_id = ? AND present = 1", [path.stem])[0][0]
    assert n > 0
    path.unlink()
    summary = extract.run(db, config)
    assert summary.files_removed == 1
    assert status(db)["events"] == 261
    assert table(db, "SELECT present, removed_at IS NOT NULL FROM events WHERE id = ?", [path.stem]) == [(0, 1)]
    assert table(db, "SELECT count(*) FROM citations WHERE event_id = ? AND present = 0", [path.stem]) == [(n,)]


def test_missing_events_folder_removes_nothing(project) -> None:
    project.add_seeds()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    shutil.rmtree(project.events)
    summary = extract.run(db, config)
    assert summary.missing_folders == [str(project.events)]
    assert status(db)["events"] == 1


def test_duplicate_id_is_a_problem_and_the_id_moves_when_the_owner_goes(project) -> None:
    project.add_seeds()
    original = next(project.events.glob("*.md"))
    copy = project.events / "zz-copy.md"
    copy.write_text(original.read_text(encoding="utf-8").replace("theguardian.com/world", "theguardian.com/copy"),
                    encoding="utf-8")
    config = project.config()
    db = project.db(config)
    summary = extract.run(db, config)
    assert summary.problems == 1
    problem = table(db, "SELECT file, kind, event_id FROM problems WHERE present = 1")
    assert problem == [("events/zz-copy.md", "duplicate_id", SEED_EVENT_ID)]
    assert table(db, "SELECT file FROM events") == [(f"events/{original.name}",)]
    original.unlink()
    extract.run(db, config)
    assert table(db, "SELECT file, present FROM events") == [("events/zz-copy.md", 1)]
    assert table(db, "SELECT count(*) FROM problems WHERE present = 1") == [(0,)]
    urls = {r[0] for r in table(db, "SELECT raw_url FROM citations WHERE present = 1")}
    assert "https://www.theguardian.com/copy/2025/mar/18/russia-mars-elon-musk" in urls


def test_fixing_a_file_resolves_its_problem(project) -> None:
    bad = project.events / "bad.md"
    bad.write_text("---\nid: b\ntitle: [oops\n---\n", encoding="utf-8")
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1") == [("events/bad.md", "malformed")]
    bad.write_text("---\nid: b\ndate: '2020-01-01'\ntitle: fixed\n---\n", encoding="utf-8")
    extract.run(db, config)
    assert table(db, "SELECT count(*) FROM problems WHERE present = 1") == [(0,)]
    assert table(db, "SELECT resolved_at IS NOT NULL FROM problems") == [(1,)]


def test_unreadable_and_oversized_files_are_problems(project) -> None:
    (project.events / "big.md").write_text("---\nid: big\n---\n" + "x" * 5000, encoding="utf-8")
    (project.events / "README.md").write_text("# not an event\n", encoding="utf-8")
    (project.events / "notes.txt").write_text("ignored extension\n", encoding="utf-8")
    config = project.config(extract={"max_file_bytes": 1000})
    db = project.db(config)
    summary = extract.run(db, config)
    assert summary.files_seen == 1
    assert table(db, "SELECT file, kind FROM problems") == [("events/big.md", "unreadable")]


def test_killed_mid_batch_rerun_completes(project) -> None:
    """A batch that failed to commit leaves no trace, and the next run does all of it."""
    project.add_corpus()
    config = project.config(extract={"batch_size": 50})
    db = project.db(config)

    calls = {"n": 0}

    def dying_progress(n: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt

    try:
        extract.run(db, config, progress=dying_progress)
    except KeyboardInterrupt:
        pass
    assert status(db)["events"] == 100  # two committed batches of 50
    extract.run(db, config)
    assert status(db)["events"] == 262
    assert table(db, "SELECT count(*) FROM citations WHERE kind = 'source' AND field LIKE 'sources[%'") == [(886,)]


def test_renaming_the_events_folder_moves_the_events_with_it(project) -> None:
    project.add_seeds()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    project.events.rename(project.root / "timeline")
    moved = project.config(paths={"events": ["timeline"]})
    summary = extract.run(db, moved)
    assert summary.files_removed == 1 and summary.files_parsed == 1
    assert table(db, "SELECT file, present FROM events") == [(f"timeline/{next((project.root / 'timeline').glob('*.md')).name}", 1)]
    assert table(db, "SELECT count(*) FROM problems WHERE present = 1") == [(0,)]
    assert status(db)["citations"] == 3


def test_migration_10_parses_every_file_again_once(project) -> None:
    from pipeline.db.migrations import MIGRATIONS

    project.add_seeds()
    (project.events / "odd.md").write_text(
        "---\nid: odd\ndate: 2025-01-01\nsources:\n  - https://example.org/gone/<x>\n---\n", encoding="utf-8")
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    db.execute("UPDATE citations SET canonical_url = 'https://example.org/gone/' WHERE event_id = 'odd'")  # as cut
    reextract = next(fn for version, _, fn in MIGRATIONS if version == 10)
    with db.atomic():
        reextract(db)
    summary = extract.run(db, config)
    assert summary.files_parsed == 2
    assert db.execute("SELECT canonical_url FROM citations WHERE event_id = 'odd' AND present = 1").fetchall() == [
        ("https://example.org/gone/%3Cx%3E",)]
    assert extract.run(db, config).files_parsed == 0  # once


def test_a_lone_surrogate_is_a_problem_of_its_file_and_the_batch_goes_on(project) -> None:
    project.add_seeds()
    for name, text in {
        "s.json": '{"id":"s","date":"2025-01-01","title":"\\ud800"}',
        "u.json": '{"id":"u","date":"2025-01-01","sources":[{"url":"https://a.org/\\ud800"}]}',
        "v.json": '{"id":"v","date":"2025-01-01","sources":["Reuters \\udc00"],"description":"x"}',
        "w.json": '{"id":"w","date":"2025-01-01","sources":["https://a.org/fine"]}',
    }.items():
        (project.events / name).write_text(text, encoding="utf-8")
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1 ORDER BY file") == [
        ("events/s.json", "malformed"), ("events/u.json", "malformed"), ("events/v.json", "malformed")]
    assert "lone UTF-16 surrogate (\\ud800) in the document['title']" in table(
        db, "SELECT message FROM problems WHERE file = 'events/s.json'")[0][0]
    assert {r[0] for r in table(db, "SELECT id FROM events WHERE present = 1")} == {SEED_EVENT_ID, "w"}
    assert extract.run(db, config).files_parsed == 0  # and a rerun does not stop there either


def test_text_no_encoding_can_hold_fails_its_file_only_and_our_bugs_still_surface(project, monkeypatch) -> None:
    from pipeline.extract import eventfile

    (project.events / "a.json").write_text('{"id":"a","date":"2025-01-01","sources":["https://a.org/x"]}',
                                           encoding="utf-8")
    (project.events / "b.json").write_text('{"id":"b","date":"2025-01-01"}', encoding="utf-8")
    config = project.config()
    db = project.db(config)

    def unencodable(*_args: object) -> None:
        "\ud800".encode()

    monkeypatch.setattr(eventfile, "canonicalize", unencodable)
    extract.run(db, config)
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1") == [("events/a.json", "malformed")]
    assert table(db, "SELECT id FROM events WHERE present = 1") == [("b",)]

    def buggy(*_args: object) -> None:
        raise TypeError("a bug of ours")

    monkeypatch.setattr(eventfile, "canonicalize", buggy)
    os.utime(project.events / "a.json", ns=(1, 1))
    with pytest.raises(TypeError, match="a bug of ours"):
        extract.run(db, config)


def test_a_name_that_is_not_utf8_is_reported_escaped_and_skipped(project) -> None:
    project.add_seeds()
    events = os.fsencode(project.events)
    with open(events + b"/bad\xff.md", "wb") as fh:
        fh.write(b"---\nid: bad\ndate: 2025-01-01\n---\n")
    os.mkdir(events + b"/d\xfe")
    with open(events + b"/d\xfe/x.md", "wb") as fh:
        fh.write(b"---\nid: x\ndate: 2025-01-01\n---\n")
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1 ORDER BY file") == [
        ("events/bad\\xff.md", "unreadable"), ("events/d\\xfe", "unreadable")]
    assert table(db, "SELECT id FROM events WHERE present = 1") == [(SEED_EVENT_ID,)]
    before = snapshot(db)
    extract.run(db, config)
    assert snapshot(db) == before
    os.rename(events + b"/bad\xff.md", events + b"/bad.md")  # renamed: read, and the problem is resolved
    extract.run(db, config)
    assert table(db, "SELECT file FROM problems WHERE present = 1") == [("events/d\\xfe",)]
    assert table(db, "SELECT count(*) FROM events WHERE present = 1") == [(2,)]


def test_a_file_that_becomes_unreadable_keeps_its_last_good_state(project) -> None:
    project.add_seeds()
    config = project.config(extract={"max_file_bytes": 5000})
    db = project.db(config)
    extract.run(db, config)
    path = next(project.events.glob("*.md"))
    good = path.read_bytes()
    before = table(db, "SELECT id, present FROM events"), table(db, "SELECT id, present FROM citations")
    for bad, message in [(good + b"\n\xff\xfe", "not UTF-8 text"), (good + b"x" * 5000, "file is larger than")]:
        path.write_bytes(bad)
        extract.run(db, config)
        assert (table(db, "SELECT id, present FROM events"), table(db, "SELECT id, present FROM citations")) == before
        (kind, text), = table(db, "SELECT kind, message FROM problems WHERE present = 1")
        assert kind == "unreadable" and text.startswith(message)
    path.write_bytes(good)
    extract.run(db, config)
    assert table(db, "SELECT count(*) FROM problems WHERE present = 1") == [(0,)]
    assert (table(db, "SELECT id, present FROM events"), table(db, "SELECT id, present FROM citations")) == before


def test_a_file_swapped_for_a_fifo_is_unreadable_not_a_hung_worker(project) -> None:
    from pipeline.extract.eventfile import EventFileOptions

    fifo = project.events / "late.md"
    os.mkfifo(fifo)
    parsed = extract.read_and_parse(fifo, "events/late.md", 1000, EventFileOptions())
    assert parsed.unreadable is not None and parsed.event is None
    assert parsed.unreadable.message.startswith("cannot read the file: not a regular file but a FIFO")


def test_a_symlink_loop_is_reported_and_deleted_files_are_still_retired(project) -> None:
    project.add_seeds()
    (project.events / "gone.md").write_text("---\nid: gone\ndate: '2025-01-01'\n---\n", encoding="utf-8")
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    (project.events / "gone.md").unlink()
    (project.events / "loop.md").symlink_to("loop.md")
    (project.events / "loop").symlink_to("loop")
    summary = extract.run(db, config)
    assert summary.files_removed == 1
    assert table(db, "SELECT present FROM events WHERE id = 'gone'") == [(0,)]
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1") == [("events/loop.md", "unreadable")]


def test_two_events_folders_with_the_same_name_keep_their_files_apart(project) -> None:
    event = "---\nid: {id}\ndate: 2025-01-0{n}\ntitle: T\nsources:\n  - url: https://example.org/{id}\n---\nBody.\n"
    for n, side in enumerate(("a", "b"), 1):
        (project.root / side / "events").mkdir(parents=True)
        (project.root / side / "events" / "x.md").write_text(event.format(id="same", n=n), encoding="utf-8")
    config = project.config(paths={"events": ["a/events", "b/events"]})
    db = project.db(config)
    extract.run(db, config)
    assert table(db, "SELECT file FROM events WHERE present = 1") == [("a/events/x.md",)]  # the first keeps the id
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1") == [("b/events/x.md", "duplicate_id")]
    (project.root / "b" / "events" / "x.md").write_text(event.format(id="other", n=2), encoding="utf-8")
    extract.run(db, config)
    assert table(db, "SELECT id, file FROM events WHERE present = 1 ORDER BY id") == [
        ("other", "b/events/x.md"), ("same", "a/events/x.md")]
    assert table(db, "SELECT count(*) FROM citations WHERE present = 1") == [(2,)]  # nothing overwritten


def test_a_problem_at_the_path_of_a_deleted_file_goes_when_its_cause_goes(project) -> None:
    project.add_seeds()
    config = project.config()
    db = project.db(config)
    original = next(project.events.glob("*.md"))
    extract.run(db, config)
    original.unlink()
    extract.run(db, config)  # the file is retired
    original.symlink_to("/etc/passwd")  # something unreadable where it was
    extract.run(db, config)
    assert table(db, "SELECT kind FROM problems WHERE present = 1") == [("unreadable",)]
    original.unlink()
    extract.run(db, config)
    assert table(db, "SELECT count(*) FROM problems WHERE present = 1") == [(0,)]


def test_a_fifo_in_the_events_folder_is_reported_not_skipped_in_silence(project) -> None:
    project.add_seeds()
    os.mkfifo(project.events / "pipe.md")
    config = project.config()
    db = project.db(config)
    extract.run(db, config)  # never blocks on the FIFO
    assert table(db, "SELECT count(*) FROM events WHERE present = 1") == [(1,)]
    assert table(db, "SELECT file, kind FROM problems WHERE present = 1") == [("events/pipe.md", "unreadable")]
    assert "FIFO" in table(db, "SELECT message FROM problems WHERE present = 1")[0][0]


def test_files_read_before_the_snapshot_check_are_read_again_once(project, monkeypatch) -> None:
    """A database made before migration 16 holds event files read without the not_a_snapshot check:
    the migration has the next extract read each file again, so that those problems show."""
    import pipeline.db as dbmod
    from pipeline.db import open_database

    project.events.mkdir(exist_ok=True)
    (project.events / "e.md").write_text(
        "---\nid: e\ndate: '2019-08-07'\nsources:\n"
        "- url: https://www.cnn.com/2019/08/07/us/mississippi-immigration-raids\n"
        "  archive_url: https://web.archive.org/web/20250814194913/https://www.cnn.com/\n---\n", encoding="utf-8")
    config = project.config()
    db = open_database(config.paths.database, migrate=False)
    monkeypatch.setattr(dbmod, "MIGRATIONS", [m for m in dbmod.MIGRATIONS if m[0] <= 15])
    dbmod.apply_migrations(db)
    extract.run(db, config)
    with db.atomic():
        db.execute("DELETE FROM problems")  # as the parser before the check left it
    monkeypatch.undo()
    dbmod.apply_migrations(db)
    summary = extract.run(db, config)
    kinds = [r[0] for r in table(db, "SELECT kind FROM problems WHERE present = 1")]
    db.close()
    assert kinds == ["not_a_snapshot"] and summary.files_unchanged == 0
