"""The command line as a cron job and a maintainer use it: output, JSON and exit codes."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED_EVENT_ID, write_config, write_events
from servers import LoopbackServer

from pipeline.cli import main


def invoke(*args: str, cwd=None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_run_on_seeds_then_status_json(project) -> None:
    project.add_seeds()
    cfg = str(project.config().source)
    result = invoke("--config", cfg, "run")
    assert result.exit_code == 0, result.output
    assert result.output == ""  # quiet on success when not on a terminal
    result = invoke("--config", cfg, "status", "--json")
    data = json.loads(result.output)
    assert {k: data[k] for k in ("events", "citations", "links", "hosts", "problems")} == {
        "events": 1, "citations": 3, "links": 3, "hosts": 2, "problems": 0}
    assert all(isinstance(data[k], int) for k in ("events", "citations", "links", "hosts", "problems"))
    assert data["last_run"]["outcome"] == "ok"
    assert data["last_run"]["counts"]["extract"]["citations_added"] == 3


def test_verbose_run_prints_a_summary_line(project) -> None:
    project.add_seeds()
    result = invoke("--config", str(project.config().source), "run", "-v")
    assert result.exit_code == 0
    assert "extract: files seen 1, files parsed 1, events changed 1, citations added 3" in result.output


def test_problems_are_listed_and_strict_exits_1(project) -> None:
    (project.events / "bad.md").write_text("---\nid: bad\ndate: '2020-01-01'\nsources:\n- url: Reuters\n---\n")
    cfg = str(project.config().source)
    assert invoke("--config", cfg, "extract").exit_code == 0
    (project.events / "bad2.md").write_text("---\nid: bad2\ndate: '2020-01-01'\nsources: [{url: ''}]\n---\n")
    strict = invoke("--config", cfg, "extract", "--strict")
    assert strict.exit_code == 1
    assert "2 input problem(s) in the corpus" in strict.output
    # still failing on a rerun that finds nothing new: the corpus still has the problems
    assert invoke("--config", cfg, "run", "--strict").exit_code == 1
    (project.events / "bad.md").unlink()
    (project.events / "bad2.md").unlink()
    assert invoke("--config", cfg, "run", "--strict").exit_code == 0
    (project.events / "bad.md").write_text("---\nid: bad\ndate: '2020-01-01'\nsources:\n- url: Reuters\n---\n")
    (project.events / "bad2.md").write_text("---\nid: bad2\ndate: '2020-01-01'\nsources: [{url: ''}]\n---\n")
    invoke("--config", cfg, "run")
    human = invoke("--config", cfg, "status").output
    assert "problems   2 (invalid_url 2)" in human
    assert "events/bad.md sources[0].url: not a URL: 'Reuters'" in human
    data = json.loads(invoke("--config", cfg, "status", "--json").output)
    assert data["problems"] == 2
    assert {p["value"] for p in data["problem_list"]} == {"Reuters", ""}
    assert {p["event_id"] for p in data["problem_list"]} == {"bad", "bad2"}


def test_a_missing_events_folder_shows_in_status_and_fails_strict(project) -> None:
    """An unmounted disk or a typo in paths.events removes nothing, but a cron job must be able to notice it."""
    project.add_seeds()
    cfg = str(project.config().source)
    assert invoke("--config", cfg, "run", "--strict").exit_code == 0
    shutil.rmtree(project.events)
    result = invoke("--config", cfg, "run", "--strict")
    assert result.exit_code == 1
    assert "1 events folder(s) missing (paths.events)" in result.output
    human = invoke("--config", cfg, "status").output
    assert "events     1" in human  # nothing removed
    assert "1 events folder(s) missing (paths.events)" in human
    data = json.loads(invoke("--config", cfg, "status", "--json").output)
    assert data["last_run"]["counts"]["extract"]["folders_missing"] == 1
    assert invoke("--config", cfg, "run").exit_code == 0  # without --strict it is a warning, as before


def test_a_file_left_unreadable_warns_once_not_on_every_nightly_run(project) -> None:
    """Quiet on success: a problem already recorded is in status and the report, not mailed again by cron."""
    write_events(project.events, {"fine": ["https://news.example/a"]})
    (project.events / "link.md").symlink_to("/etc/passwd")
    (project.events / "big.md").write_text("---\nid: big\ndate: '2020-01-01'\n---\n" + "x" * 2000)
    cfg = str(project.config(extract={"max_file_bytes": 1000}).source)
    first = invoke("--config", cfg, "extract")
    assert first.exit_code == 0
    assert "link.md: a symbolic link" in first.output and "big.md: file is larger" in first.output
    again = invoke("--config", cfg, "extract")
    assert (again.exit_code, again.output) == (0, "")
    human = invoke("--config", cfg, "status").output
    assert "problems   2 (unreadable 2)" in human and "link.md" in human and "big.md" in human


def test_config_errors_exit_2_with_one_line(tmp_path) -> None:
    cfg = write_config(tmp_path, {"extract": {"batch_size": -1}})
    result = invoke("--config", str(cfg), "run")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"sourcevault: error: {cfg}: extract.batch_size: -1 is out of range (allowed: from 1 to 100000)"]
    assert invoke("--config", str(tmp_path / "nope.yaml"), "status").exit_code == 2
    assert invoke("run", "--stage", "nonsense", "--config", str(cfg)).exit_code == 2


@pytest.mark.parametrize(("content", "needle"), [
    (b"paths:\n  events: a: b\n", "line 2, column 12: YAML syntax error"),
    (b"\xff\xfe bad", "not UTF-8"),
    ("http:\n  user_agent: caf\u00e9\n".encode("latin-1"), "not UTF-8"),
])
def test_a_config_file_that_cannot_be_read_is_one_line_naming_it_and_exit_2(tmp_path, content, needle) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_bytes(content)
    for command in (["status"], ["run"]):
        result = invoke("--config", str(cfg), *command)
        assert result.exit_code == 2, result.output
        _one_error_line(result, str(cfg), needle)


def test_unknown_stage_is_a_usage_error(project) -> None:
    result = invoke("--config", str(project.config().source), "run", "--stage", "teleport")
    assert result.exit_code == 2
    assert "unknown stage 'teleport'" in result.output


def test_a_held_lock_refuses_a_second_run(project) -> None:
    from pipeline.runner import run_lock

    config = project.config()
    with run_lock(config):
        result = invoke("--config", str(config.source), "run")
    assert result.exit_code == 3
    assert "another sourcevault run holds" in result.output


@pytest.mark.parametrize("command", [["run"], ["verify"], ["export", "--wacz", "out.wacz"], ["fix"]])
def test_a_lock_still_held_after_wait_says_how_long_was_waited(project, command) -> None:
    from pipeline.runner import run_lock

    config = project.config()
    with run_lock(config):
        now = invoke("--config", str(config.source), *command)
        waited = invoke("--config", str(config.source), *command, "--wait", "0.2")
    assert now.exit_code == waited.exit_code == 3
    _one_error_line(now, "another sourcevault run holds", "use --wait SECONDS")
    line = _one_error_line(waited, "another sourcevault run holds", "waited 0.2 s for it")
    assert "--wait" not in line


def test_every_command_has_help() -> None:
    def walk(group: click.Group, prefix: list[str]):
        for name, cmd in group.commands.items():
            yield prefix + [name], cmd
            if isinstance(cmd, click.Group):
                yield from walk(cmd, prefix + [name])

    for path, cmd in walk(main, []):
        assert cmd.help, f"sourcevault {' '.join(path)} has no help text"
        result = invoke(*path, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_python_dash_m_and_the_console_script_run_the_seeds(tmp_path) -> None:
    """The README's first command, in a subprocess, from the project folder's config."""
    cfg = write_config(tmp_path, {"paths": {"events": [str(ROOT / "seeds")], "database": "sv.db"}})
    out = subprocess.run([sys.executable, "-m", "pipeline", "--config", str(cfg), "run", "-v"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("run 1 ok")
    out = subprocess.run([sys.executable, "-m", "pipeline", "--config", str(cfg), "status", "--json"],
                         capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout)["events"] == 1


@pytest.mark.parametrize("flag", ["-q", "--quiet"])
def test_quiet_silences_the_summary(project, flag) -> None:
    project.add_seeds()
    result = invoke("--config", str(project.config().source), "run", flag)
    assert result.exit_code == 0 and result.output == ""


def test_seed_event_id_is_shown_after_extract(project) -> None:
    project.add_seeds()
    cfg = str(project.config().source)
    invoke("--config", cfg, "run")
    from pipeline.db import open_database

    db = open_database(project.config().paths.database)
    assert db.execute("SELECT id FROM events").fetchall() == [(SEED_EVENT_ID,)]


def test_status_tells_a_killed_run_from_a_running_one(project) -> None:
    from pipeline.db import open_database, runs
    from pipeline.runner import run_lock

    config = project.config()
    db = open_database(config.paths.database)
    runs.start_run(db, "run", "2025-01-01T00:00:00Z")  # as a run killed with SIGKILL leaves it
    db.close()
    cfg = str(config.source)
    assert "last run   #1 run stopped before finishing (the next run resumes it)" in invoke("--config", cfg, "status").output
    assert json.loads(invoke("--config", cfg, "status", "--json").output)["last_run"]["abandoned"] is True
    with run_lock(config):
        assert "last run   #1 run running at" in invoke("--config", cfg, "status").output
        assert json.loads(invoke("--config", cfg, "status", "--json").output)["last_run"]["abandoned"] is False


def _one_error_line(result, *needles: str) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sourcevault: error: "), result.output
    assert all(n in lines[0] for n in needles), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("command", [["run"], ["status"], ["extract"]])
def test_paths_that_cannot_be_created_end_with_one_line_and_exit_4(tmp_path, command) -> None:
    for paths in ({"database": "/proc/sourcevault/db.sqlite"}, {"database": "/sys/sourcevault/db.sqlite"},
                  {"database": str(tmp_path / "events"), "log_file": "/proc/sourcevault/log.jsonl"}):
        (tmp_path / "events").mkdir(exist_ok=True)
        cfg = write_config(tmp_path, {"paths": {"events": [str(tmp_path / "events")], **paths}})
        result = invoke("--config", str(cfg), *command)
        assert result.exit_code == 4, result.output
        _one_error_line(result, "/sourcevault/" if "log_file" not in paths else "/proc/sourcevault/log.jsonl")


def test_a_lock_that_cannot_be_created_ends_with_one_line_and_exit_4(tmp_path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    cfg = write_config(tmp_path, {"paths": {"events": [str(tmp_path)], "database": str(tmp_path / "a-file/db")}})
    result = invoke("--config", str(cfg), "run")
    assert result.exit_code == 4
    _one_error_line(result, str(tmp_path / "a-file"))


def test_a_database_that_is_not_sourcevaults_is_refused_and_left_alone(tmp_path) -> None:
    import sqlite3

    other = tmp_path / "accounts.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    cfg = write_config(tmp_path, {"paths": {"events": [str(tmp_path)], "database": str(other)}})
    for command in (["status"], ["run"]):
        result = invoke("--config", str(cfg), *command)
        assert result.exit_code == 4
        _one_error_line(result, str(other), "not a sourcevault database")
    with sqlite3.connect(other) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["customers"]
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all " * 100)
    cfg = write_config(tmp_path, {"paths": {"events": [str(tmp_path)], "database": str(tmp_path / "junk.db")}})
    result = invoke("--config", str(cfg), "status")
    assert result.exit_code == 4
    _one_error_line(result, str(tmp_path / "junk.db"))


def test_a_refused_config_creates_no_folder(tmp_path) -> None:
    cfg = write_config(tmp_path, {"paths": {"database": str(tmp_path / "data/db.sqlite"),
                                            "log_file": str(tmp_path / "logs/sv.log")},
                                  "http": {"total_timeout_s": float("nan")}})
    for command in (["run"], ["status"], ["daemon"], ["verify"]):
        result = invoke("--config", str(cfg), *command)
        assert result.exit_code == 2, result.output
        _one_error_line(result, "http.total_timeout_s")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]


def _seeded(project) -> str:
    """A project whose seed event has been run through every stage; its config file."""
    project.add_seeds()
    cfg = str(project.config().source)
    assert invoke("--config", cfg, "run").exit_code == 0
    return cfg


def _damage_every_table_but_the_migrations(db_path) -> None:
    """Overwrite the first page of every table (but schema_migrations) with 0xff, as a bad disk would:
    the database still opens, and any command that reads a table meets a damaged page."""
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' "
                                            "AND name != 'schema_migrations' AND rootpage > 1")]
    with open(db_path, "r+b") as f:
        for page in roots:
            f.seek((page - 1) * page_size)
            f.write(b"\xff" * page_size)


@pytest.mark.parametrize("command", [["status"], ["show", SEED_EVENT_ID], ["export", "--wacz", "out.wacz"], ["fix"],
                                     ["run"]])
def test_a_damaged_database_ends_with_one_line_naming_it_and_exit_4(project, command) -> None:
    cfg = _seeded(project)
    database = project.config().paths.database
    _damage_every_table_but_the_migrations(database)
    result = invoke("--config", cfg, *command)
    assert result.exit_code == 4, result.output
    _one_error_line(result, str(database), "damaged")


def test_a_read_only_database_ends_with_one_line_naming_it_and_exit_4(project, monkeypatch) -> None:
    """As a file made immutable (chattr +i) or on a read-only mount: it opens, and the first write fails."""
    from pipeline import runner
    from pipeline.db import open_database

    cfg = _seeded(project)

    def read_only(path, **kwargs):
        db = open_database(path, **kwargs)
        db.execute("PRAGMA query_only = ON")
        return db

    monkeypatch.setattr(runner, "open_database", read_only)
    result = invoke("--config", cfg, "run")
    assert result.exit_code == 4, result.output
    _one_error_line(result, str(project.config().paths.database), "read-only")


def test_a_database_locked_by_another_process_is_waited_for_then_named_with_exit_4(project, monkeypatch) -> None:
    import contextlib
    import sqlite3

    import pipeline.db

    cfg = _seeded(project)
    database = project.config().paths.database
    monkeypatch.setattr(pipeline.db, "BUSY_TIMEOUT_S", 0.5)  # 30 s in real life
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        result = invoke("--config", cfg, "run")
        other.execute("ROLLBACK")
    assert result.exit_code == 4, result.output
    _one_error_line(result, str(database), "locked by another process", "waited 0.5 s")


@pytest.mark.parametrize("second", [signal.SIGTERM, signal.SIGINT])
def test_a_second_signal_ends_the_run_like_the_first_exit_4_committed_work_kept(project, monkeypatch, second) -> None:
    """The first signal asks the run to stop at its next commit; a second one, before that commit,
    aborts the stage at once: the same exit code and one line as the first, never click's 'Aborted!'."""
    from pipeline import runner
    from pipeline.db import open_database

    project.add_seeds()
    cfg = str(project.config().source)
    extract = runner.STAGES["extract"]

    def extract_then_two_signals(db, config, **kwargs):
        summary = extract(db, config, **kwargs)  # committed
        signal.raise_signal(signal.SIGTERM)  # stop at the next commit...
        signal.raise_signal(second)  # ...or now
        return summary

    monkeypatch.setitem(runner.STAGES, "extract", extract_then_two_signals)
    result = invoke("--config", cfg, "run")
    assert result.exit_code == 4, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("sourcevault: error: ")]
    assert len(errors) == 1 and "Aborted!" not in result.output and "Traceback" not in result.output, result.output
    assert errors[0].startswith("sourcevault: error: run 1 interrupted: ") and "committed work is kept" in errors[0]
    with open_database(project.config().paths.database) as db:
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
        assert db.execute("SELECT outcome FROM runs").fetchall() == [("interrupted",)]


def test_status_names_why_the_last_run_failed_and_when_one_last_succeeded(project) -> None:
    """The daemon's nightly run failed: status says why (as the run row recorded it) and when
    the last good run was, without reading the log."""
    project.add_seeds()
    cfg = str(project.config().source)
    assert invoke("--config", cfg, "run").exit_code == 0
    shutil.rmtree(project.archive)
    project.archive.write_text("a file where the archive folder should be")
    assert invoke("--config", cfg, "run").exit_code == 4
    lines = invoke("--config", cfg, "status").output.splitlines()
    last = next(line for line in lines if line.startswith("last run"))
    assert last.startswith("last run   #2 run failed at ") and ": stage archive failed: " in last, lines
    assert str(project.archive / "warc") in last, lines
    assert any(line.startswith("last ok    #1 run at ") for line in lines), lines


def test_a_failed_run_says_so_once_on_stderr_and_in_the_log_file(project) -> None:
    """Cron mails what a failed run printed: one line, not the runner's log line and then the
    command's error line; the log file has it."""
    project.add_seeds()
    cfg = str(project.config(paths={"log_file": "data/run.log"}).source)
    assert invoke("--config", cfg, "run").exit_code == 0
    shutil.rmtree(project.archive)
    project.archive.write_text("a file where the archive folder should be")
    result = invoke("--config", cfg, "run")
    assert result.exit_code == 4
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("sourcevault: error: run 2 failed: stage archive failed: "), lines
    assert str(project.archive / "warc") in lines[0]
    logged = [json.loads(line) for line in (project.root / "data" / "run.log").read_text().splitlines()]
    assert [e["message"] for e in logged if e["level"] == "error"] == [lines[0].split("run 2 failed: ", 1)[1]]


def test_a_command_that_makes_a_new_database_beside_kept_warc_files_warns(project) -> None:
    """Not only a run: 'status' (or any command) opening a database that is gone makes a new, empty one,
    after which no run would warn although every link is captured again."""
    with LoopbackServer() as server:
        write_events(project.events, {"e": [server.url("/ok")]})
        config = project.config(http={"allow_private_addresses": True})
        cfg = str(config.source)
        assert invoke("--config", cfg, "run", "--stage", "extract", "--stage", "check").exit_code == 0
    assert list((project.archive / "warc").glob("*.warc.gz"))
    for leftover in config.paths.database.parent.glob(config.paths.database.name + "*"):
        leftover.unlink()
    result = invoke("--config", cfg, "status")
    assert result.exit_code == 0, result.output
    assert str(config.paths.database) in result.output and "already holds WARC files" in result.output
    again = invoke("--config", cfg, "status")
    assert "WARC" not in again.output  # once: the database is there now
