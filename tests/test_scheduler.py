"""The daemon and crash safety: scheduled runs, the lock, SIGTERM and SIGKILL."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from conftest import ROOT, write_config
from synthetic import make_corpus

from pipeline.config import load_config
from pipeline.runner import run_lock
from pipeline.scheduler import Daemon, ScheduleError


def fast_trigger(job):
    return IntervalTrigger(seconds=0.2)


def test_schedule_fires_a_run(project) -> None:
    project.add_seeds()
    config = project.config()
    done = threading.Event()
    outcomes = []

    def on_run(name, result):
        outcomes.append((name, result.outcome if result else None))
        done.set()

    daemon = Daemon(config, trigger_factory=fast_trigger, on_run=on_run)
    daemon.start()
    try:
        assert done.wait(10), "the scheduled job never ran"
    finally:
        assert daemon.stop(grace=10)
    assert outcomes[0] == ("nightly", "ok")
    db = config.paths.database
    assert query(db, "SELECT command, outcome FROM runs ORDER BY id LIMIT 1") == [("daemon:nightly", "ok")]
    assert query(db, "SELECT count(*) FROM events") == [(1,)]


def test_overlapping_run_is_refused_by_the_lock(project, caplog) -> None:
    project.add_seeds()
    config = project.config()
    done = threading.Event()
    results = []

    def on_run(name, result):
        results.append(result)
        done.set()

    with run_lock(config):  # as if `sourcevault run` from cron were in progress
        daemon = Daemon(config, trigger_factory=fast_trigger, on_run=on_run)
        daemon.start()
        try:
            assert done.wait(10)
        finally:
            daemon.stop(grace=10)
    assert results[0] is None
    assert any("skipped: another sourcevault run holds" in r.getMessage() for r in caplog.records)
    assert not config.paths.database.exists()  # the refused run touched nothing


def test_unknown_stage_in_schedule_is_refused(project) -> None:
    config = project.config(schedule={"jobs": [{"name": "x", "stages": ["teleport"], "cron": "0 1 * * *"}]})
    with pytest.raises(ScheduleError, match=r"schedule.jobs\[0\].stages: unknown stage 'teleport'"):
        Daemon(config)


def test_bad_cron_and_time_zone_are_config_errors(tmp_path) -> None:
    from pipeline.config import ConfigError

    with pytest.raises(ConfigError, match=r"schedule.jobs\[0\].cron: '61 \* \* \* \*' is not a cron expression"):
        load_config(write_config(tmp_path, {"schedule": {"jobs": [{"cron": "61 * * * *"}]}}))
    with pytest.raises(ConfigError, match=r"schedule.jobs\[0\].timezone: unknown time zone 'Mars/Olympus'"):
        load_config(write_config(tmp_path, {"schedule": {"jobs": [{"timezone": "Mars/Olympus"}]}}))


def _fire_times(tmp_path, cron: str, timezone: str = "UTC", after: str = "2025-05-31T12:00:00+00:00",
                n: int = 4) -> list[str]:
    """The next ``n`` times the daemon would run a job with this cron expression (2025-05-31 is a Saturday)."""
    from datetime import datetime

    from pipeline.scheduler import cron_trigger

    config = load_config(write_config(tmp_path, {"schedule": {"jobs": [{"cron": cron, "timezone": timezone}]}}))
    trigger = cron_trigger(config.schedule.jobs[0])
    now, times = datetime.fromisoformat(after), []
    for _ in range(n):
        now = trigger.get_next_fire_time(None, now)
        times.append(now.strftime("%a %Y-%m-%d %H:%M %z"))
        now = now.replace(second=1)
    return times


def test_cron_weekdays_count_from_sunday_as_in_crontab(tmp_path) -> None:
    """crontab(5): 0 and 7 are Sunday, 1-5 Monday to Friday (APScheduler 3's from_crontab counts from Monday)."""
    assert _fire_times(tmp_path, "0 3 * * 0", n=2) == ["Sun 2025-06-01 03:00 +0000", "Sun 2025-06-08 03:00 +0000"]
    assert _fire_times(tmp_path, "0 3 * * 7", n=1) == ["Sun 2025-06-01 03:00 +0000"]
    assert _fire_times(tmp_path, "30 4 * * 1-5", n=6) == [
        "Mon 2025-06-02 04:30 +0000", "Tue 2025-06-03 04:30 +0000", "Wed 2025-06-04 04:30 +0000",
        "Thu 2025-06-05 04:30 +0000", "Fri 2025-06-06 04:30 +0000", "Mon 2025-06-09 04:30 +0000"]
    assert _fire_times(tmp_path, "0 3 * * sat,sun", n=2) == ["Sun 2025-06-01 03:00 +0000", "Sat 2025-06-07 03:00 +0000"]
    assert _fire_times(tmp_path, "0 3 * * */3", n=3) == [  # days 0, 3, 6: Sunday, Wednesday, Saturday
        "Sun 2025-06-01 03:00 +0000", "Wed 2025-06-04 03:00 +0000", "Sat 2025-06-07 03:00 +0000"]


def test_cron_day_of_month_or_weekday_as_in_crontab(tmp_path) -> None:
    """Both day fields restricted: either one matching fires the job (the 1st, and every Monday)."""
    assert _fire_times(tmp_path, "0 3 1 * 1", n=3) == [
        "Sun 2025-06-01 03:00 +0000", "Mon 2025-06-02 03:00 +0000", "Mon 2025-06-09 03:00 +0000"]
    # a stepped star still counts as unrestricted, as in cron: odd days that are Mondays
    assert _fire_times(tmp_path, "0 3 */2 * 1", n=2) == ["Mon 2025-06-09 03:00 +0000", "Mon 2025-06-23 03:00 +0000"]


def test_cron_runs_in_the_jobs_time_zone(tmp_path) -> None:
    assert _fire_times(tmp_path, "0 3 * * *", "Europe/Berlin", n=1) == ["Sun 2025-06-01 03:00 +0200"]
    assert _fire_times(tmp_path, "0 3 * * *", "Europe/Berlin", after="2025-01-10T12:00:00+00:00",
                       n=1) == ["Sat 2025-01-11 03:00 +0100"]


def test_a_bad_weekday_is_a_config_error(tmp_path) -> None:
    from pipeline.config import ConfigError

    for cron in ("0 3 * * 8", "0 3 * * fri-mon", "0 3 * * */0", "0 3 * * funday"):
        with pytest.raises(ConfigError, match=r"schedule.jobs\[0\].cron: .* is not a cron expression"):
            load_config(write_config(tmp_path, {"schedule": {"jobs": [{"cron": cron}]}}))


# --- processes that are stopped or killed ---------------------------------------------------

def slow_project(tmp_path: Path, n: int = 400) -> Path:
    """A corpus big enough, in small batches, that a whole run takes a few seconds.

    Its links are on a loopback port where nothing listens (allowed explicitly):
    the check and archive stages record refused connections, and no traffic
    leaves the machine.
    """
    make_corpus(tmp_path / "events", n, base="http://127.0.0.1:9")
    return write_config(tmp_path, {
        "paths": {"events": ["events"], "database": "sv.db", "archive": "archive"},
        "extract": {"batch_size": 10, "workers": 1, "wayback_hosts": ["127.0.0.1"]},  # snapshots stay on loopback
        "check": {"batch_size": 10},
        "http": {"per_host_delay_s": 0, "start_delay_s": 0, "allow_private_addresses": True, "max_retries": 0},
        "archive": {"wayback_lookup": False},
        "report": {"output_dir": "reports"},
    })


def sourcevault(*args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "pipeline", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str]:
    """Wait for the process; return its exit code and standard error."""
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err


def query(db_path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(db_path, timeout=5)) as db:
        return db.execute(sql).fetchall()


def wait_for_events(db_path: Path, at_least: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            n = query(db_path, "SELECT count(*) FROM events")[0][0]
            if n >= at_least:
                return n
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"no {at_least} events in {db_path} after {timeout}s")


VOLATILE = {"seen_run", "mtime_ns", "path", "root", "elapsed_ms", "pid", "run_id"}
CAPTURE_REFERENCES = {"previous_id", "baseline_id"}


def content(db_path: Path) -> dict[str, list]:
    """Every table's contents, without what records when, how fast, or in which run a row was written."""
    out = {}
    tables = [r[0] for r in query(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")
              if r[0] not in ("runs", "schema_migrations", "report_snapshots")]
    for table in tables:
        cols = [r[1] for r in query(db_path, f"PRAGMA table_info({table})")
                if not r[1].endswith("_at") and r[1] not in VOLATILE]
        if table == "captures":  # numbered in the order they were stored, which a kill may change:
            # a capture is known by its link, and one it refers to by that capture's link
            cols = [f"(SELECT r.link_id FROM captures r WHERE r.id = captures.{c})" if c in CAPTURE_REFERENCES
                    else c for c in cols if c != "id"]
        out[table] = sorted(map(repr, query(db_path, f"SELECT {', '.join(cols)} FROM {table}")))
    return out


def wait_for_rows(db_path: Path, table: str, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if query(db_path, f"SELECT count(*) FROM {table}")[0][0] >= at_least:
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"no {at_least} rows in {table} of {db_path} after {timeout}s")


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    """Killed once during extract and once during check; the reruns end where a clean run ends."""
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    cfg_killed, cfg_clean = slow_project(killed), slow_project(clean)
    db = killed / "sv.db"
    for table, rows in (("events", 50), ("checks", 30)):
        proc = sourcevault("--config", str(cfg_killed), "run")
        try:
            wait_for_rows(db, table, rows)
        finally:
            proc.send_signal(signal.SIGKILL)
            finish(proc, 10)
    assert query(db, "SELECT count(*) FROM events")[0][0] < 400 or query(db, "SELECT count(*) FROM checks")[0][0] < \
        query(db, "SELECT count(*) FROM links")[0][0]
    code, err = finish(sourcevault("--config", str(cfg_killed), "run"))
    assert code == 0, err
    assert "earlier run(s) had been interrupted" in err
    code, err = finish(sourcevault("--config", str(cfg_clean), "run"))
    assert code == 0, err
    assert content(db) == content(clean / "sv.db")
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "SELECT outcome FROM runs ORDER BY id") == [("interrupted",), ("interrupted",), ("ok",)]


@pytest.mark.slow
def test_sigterm_during_a_run_exits_cleanly_with_committed_work(tmp_path: Path) -> None:
    cfg = slow_project(tmp_path)
    proc = sourcevault("--config", str(cfg), "run")
    try:
        wait_for_events(tmp_path / "sv.db", 100)
    finally:
        proc.send_signal(signal.SIGTERM)
        code, err = finish(proc, 30)
    assert code == 4, err
    assert "interrupted" in err and "committed work is kept" in err
    db = tmp_path / "sv.db"
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    kept = query(db, "SELECT count(*) FROM events")[0][0]
    assert kept >= 100
    assert query(db, "SELECT count(*) FROM files")[0][0] == kept  # no half-written batch
    assert query(db, "SELECT outcome FROM runs") == [("interrupted",)]


@pytest.mark.slow
def test_daemon_sigterm_finishes_the_batch_and_exits_0(tmp_path: Path) -> None:
    cfg = slow_project(tmp_path)
    proc = sourcevault("--config", str(cfg), "daemon", "--run-now")
    try:
        wait_for_events(tmp_path / "sv.db", 100)
    finally:
        proc.send_signal(signal.SIGTERM)
        code, err = finish(proc, 60)
    assert code == 0, err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert any(line.get("job") == "nightly" and line.get("outcome") == "interrupted" for line in lines), err
    db = tmp_path / "sv.db"
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "SELECT command, outcome FROM runs") == [("daemon:nightly", "interrupted")]
    # and the next run completes the work
    assert finish(sourcevault("--config", str(cfg), "run"))[0] == 0
    assert query(db, "SELECT count(*) FROM events") == [(400,)]


def small_project(tmp_path: Path, n: int = 20, **sections: dict) -> Path:
    """A corpus whose whole run takes a moment (links refused on a loopback port), and its config."""
    make_corpus(tmp_path / "events", n, base="http://127.0.0.1:9")
    data: dict = {
        "paths": {"events": ["events"], "database": "sv.db", "archive": "archive"},
        "extract": {"workers": 1, "wayback_hosts": ["127.0.0.1"]},
        "http": {"per_host_delay_s": 0, "start_delay_s": 0, "allow_private_addresses": True, "max_retries": 0},
        "archive": {"wayback_lookup": False},
        "report": {"output_dir": "reports"},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return write_config(tmp_path, data)


def wait_for_runs(db_path: Path, where: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(sqlite3.OperationalError):
            if query(db_path, f"SELECT count(*) FROM runs WHERE {where}")[0][0]:
                return
        time.sleep(0.05)
    raise AssertionError(f"no run where {where} in {db_path} after {timeout}s")


class Watched:
    """A process whose standard error is read as it comes, to wait for a log line."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc, self.lines, self.changed = proc, [], threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()

    def wait_for(self, text: str, timeout: float = 60) -> None:
        with self.changed:
            if not self.changed.wait_for(lambda: any(text in line for line in self.lines), timeout):
                raise AssertionError(f"no {text!r} in the log after {timeout}s: {''.join(self.lines)}")

    def finish(self, timeout: float = 60) -> tuple[int, str]:
        self.proc.stdout.read()  # type: ignore[union-attr]
        code = self.proc.wait(timeout)
        self.reader.join(timeout)
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()  # type: ignore[union-attr]
        return code, "".join(self.lines)


def json_lines(err: str) -> list[dict]:
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


def test_daemon_logs_its_start_and_one_line_per_run_without_v(tmp_path: Path) -> None:
    """Under systemd or in a container (stderr not a terminal, no -v): the journal shows the daemon
    alive and each run's outcome, and not every stage's progress."""
    cfg = small_project(tmp_path)
    proc = sourcevault("--config", str(cfg), "daemon", "--run-now")
    try:
        wait_for_runs(tmp_path / "sv.db", "outcome = 'ok'")
        time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGTERM)
        code, err = finish(proc, 60)
    assert code == 0, err
    lines = json_lines(err)
    messages = [line["message"] for line in lines]
    assert "daemon started with 1 job(s)" in messages, err
    assert any(m.startswith("job nightly: next run at ") for m in messages), err
    runs = [line for line in lines if line.get("job") == "nightly" and "run_id" in line]
    assert len(runs) == 1 and runs[0]["outcome"] == "ok" and runs[0]["level"] == "info", err
    assert runs[0]["message"] == "job nightly: run 1 ok" and runs[0]["counts"]["extract"]["files_parsed"] == 20
    assert not any(m.startswith("stage ") for m in messages), err  # not each stage's lines
    assert messages[-1] == "daemon stopped", err


def test_daemon_q_logs_errors_only(tmp_path: Path) -> None:
    cfg = small_project(tmp_path)
    proc = sourcevault("--config", str(cfg), "-q", "daemon", "--run-now")
    try:
        wait_for_runs(tmp_path / "sv.db", "outcome = 'ok'")
    finally:
        proc.send_signal(signal.SIGTERM)
        code, err = finish(proc, 60)
    assert code == 0 and err == "", err


def test_a_run_the_daemon_cannot_start_is_one_error_line_naming_the_file(tmp_path: Path) -> None:
    """A database that is not one: the run fails with one line naming the file, no traceback,
    and the daemon stays up for the next run."""
    cfg = small_project(tmp_path)
    (tmp_path / "sv.db").write_text("not a database, " * 100)
    named = str(tmp_path / "sv.db")
    daemon = Watched(sourcevault("--config", str(cfg), "daemon", "--run-now"))
    try:
        daemon.wait_for('"level": "error"')
    finally:
        daemon.proc.send_signal(signal.SIGTERM)
        code, err = daemon.finish()
    assert code == 0, err
    failed = [line for line in json_lines(err) if line.get("outcome") == "failed"]
    assert len(failed) == 1, err
    assert failed[0]["message"].startswith(f"job nightly failed: {named}: "), err
    assert failed[0]["level"] == "error" and "exception" not in failed[0] and "Traceback" not in err, err


def test_a_daemon_whose_database_folder_cannot_be_created_says_so_and_exits_4(tmp_path: Path) -> None:
    cfg = small_project(tmp_path, paths={"database": "data/sv.db"})
    (tmp_path / "data").write_text("a file where the database's folder should be")
    code, err = finish(sourcevault("--config", str(cfg), "daemon", "--run-now"), 60)
    assert code == 4, err
    assert err.splitlines() == [f"sourcevault: error: {tmp_path / 'data' / 'sv.db.daemon.lock'}: "
                                "cannot take the daemon lock: File exists"], err


def hanging_project(tmp_path: Path, server, grace: int) -> Path:
    """One event citing a page that answers only after 60 s, with timeouts longer than that:
    the check stage cannot reach its next commit within ``grace`` seconds."""
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.md").write_text(
        f"---\nid: e1\ndate: 2024-01-01\nsources: ['{server.url('/hang')}']\n---\n", encoding="utf-8")
    return write_config(tmp_path, {
        "paths": {"events": ["events"], "database": "sv.db", "archive": "archive"},
        "http": {"per_host_delay_s": 0, "start_delay_s": 0, "allow_private_addresses": True, "max_retries": 0,
                 "connect_timeout_s": 90, "read_timeout_s": 90, "total_timeout_s": 90},
        "archive": {"wayback_lookup": False},
        "report": {"output_dir": "reports"},
        "schedule": {"grace_seconds": grace},
    })


@pytest.mark.parametrize("signals", [1, 2])
def test_daemon_exits_4_when_the_run_in_flight_outlives_its_grace_or_a_second_signal(
        tmp_path: Path, server, signals: int) -> None:
    """As systemd's stop does: SIGTERM, and the run in flight is waiting on a slow site. After
    schedule.grace_seconds (or at once on a second signal) the daemon exits 4 with an error line,
    instead of waiting for the run; the next run marks it interrupted and resumes."""
    cfg = hanging_project(tmp_path, server, grace=1 if signals == 1 else 60)
    daemon = Watched(sourcevault("--config", str(cfg), "daemon", "--run-now"))
    try:
        deadline = time.monotonic() + 30
        while server.traffic.count("/hang") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.traffic.count("/hang"), "the check never reached the slow page"
    finally:
        daemon.proc.send_signal(signal.SIGTERM)
        if signals == 2:
            daemon.wait_for("SIGTERM received")
            daemon.proc.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        code, err = daemon.finish(timeout=120)
    assert code == 4, err
    assert time.monotonic() - sent < 15, err  # not the 60 s the page takes
    errors = [line["message"] for line in json_lines(err) if line["level"] == "error"]
    expected = ("did not reach a commit within 1s" if signals == 1 else "signal received again: abandoning the run")
    assert len(errors) == 1 and expected in errors[0], err
    db = tmp_path / "sv.db"
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "SELECT count(*) FROM events") == [(1,)]  # the extract stage's work is kept
    code, err = finish(sourcevault("--config", str(cfg), "run", "--stage", "extract"))
    assert code == 0, err
    assert "earlier run(s) had been interrupted" in err
    assert query(db, "SELECT command, outcome FROM runs ORDER BY id") == [("daemon:nightly", "interrupted"), ("run", "ok")]


def test_a_second_daemon_on_the_same_database_is_refused_with_exit_3(tmp_path: Path) -> None:
    """Two daemons (a systemd unit and one left in a terminal) would both run every job: the second
    one refuses to start with one line and exit 3, and the first one keeps serving."""
    cfg = small_project(tmp_path)
    first = Watched(sourcevault("--config", str(cfg), "daemon"))
    try:
        first.wait_for("daemon started")
        second = sourcevault("--config", str(cfg), "daemon", "--run-now")
        try:
            code, err = finish(second, 30)
        finally:
            if second.poll() is None:  # it started: stop it, then fail
                second.kill()
                finish(second)
        assert code == 3, err
        lines = err.splitlines()
        assert lines[-1] == (f"sourcevault: error: another sourcevault daemon holds {tmp_path / 'sv.db.daemon.lock'}; "
                             f"not starting a second daemon on {tmp_path / 'sv.db'}"), err
        assert not (tmp_path / "sv.db").exists()  # the refused daemon ran nothing
        code, err = finish(sourcevault("--config", str(cfg), "run"))  # cron's run still may
        assert code == 0, err
    finally:
        first.proc.send_signal(signal.SIGTERM)
        code, err = first.finish()
    assert code == 0, err
    assert query(tmp_path / "sv.db", "SELECT command, outcome FROM runs") == [("run", "ok")]
