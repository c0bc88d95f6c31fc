"""What a maintainer reads: each stage's own closing line on a terminal, and under cron one counted
line per kind of problem instead of a line per file (the lines themselves go to the log file, or to
stderr with -v)."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_config
from servers import LoopbackServer

DUPLICATES = 3


def _project(tmp_path: Path, srv: LoopbackServer, pages: int = 4, duplicates: int = DUPLICATES,
             process_pool: int = 0, **paths: str) -> Path:
    """Events citing ``/page/N`` on ``srv`` (``duplicates`` more files claiming ids already defined) and a config."""
    events = tmp_path / "events"
    events.mkdir()
    for n in range(pages):
        (events / f"2025-01-0{n + 1}--story-{n}.md").write_text(
            f"---\nid: story-{n}\ndate: 2025-01-0{n + 1}\ntitle: Story {n}\nsources:\n"
            f"  - url: {srv.url(f'/page/{n}')}\n    title: Page {n}\n---\nBody.\n", encoding="utf-8")
    for n in range(duplicates):  # files claiming an id another file already defines
        (events / f"2025-02-0{n + 1}--copy-{n}.md").write_text(
            f"---\nid: story-{n}\ndate: 2025-02-0{n + 1}\ntitle: Copy {n}\n---\nBody.\n", encoding="utf-8")
    return write_config(tmp_path, {
        "paths": {"events": ["events"], "archive": "archive", "database": "data/sv.db", **paths},
        "http": {"allow_private_addresses": True, "per_host_delay_s": 0, "max_retries": 0, "total_timeout_s": 5},
        "archive": {"process_pool": process_pool, "wayback_lookup": False},
    })


def _routes():
    return {"/robots.txt": lambda h: h.send(404, ""),
            **{f"/page/{n}": (lambda h, n=n: h.page(f"Page {n}", "Words of the page. " * 60)) for n in range(4)}}


def _in_a_terminal(args: list[str], cwd: Path) -> str:
    """Run ``args`` with stdin, stdout and stderr on a pseudo-terminal; what the terminal showed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120", "LINES": "40"}
    proc = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, cwd=cwd, env=env,
                            close_fds=True)
    os.close(follower)
    out = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the process ended
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0, out.decode(errors="replace")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.decode("utf-8", errors="replace"))  # colours, cursor moves


def test_on_a_terminal_each_stage_ends_with_its_own_done_line(tmp_path) -> None:
    with LoopbackServer(_routes()) as srv:
        cfg = _project(tmp_path, srv)
        shown = _in_a_terminal([sys.executable, "-m", "pipeline", "--config", str(cfg), "run"], tmp_path)
    assert re.search(r"extract done: 7 files in \d+\.\d s", shown), shown
    assert re.search(r"check done: 4 links in \d+\.\d s", shown), shown
    assert re.search(r"archive done: \d+ links in \d+\.\d s", shown), shown  # captured beside the check
    for stage in ("match", "report"):
        assert re.search(rf"{stage} done(: \d+ \w+)? in \d+\.\d s", shown), shown


def _without_a_terminal(cfg: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    out = subprocess.run([sys.executable, "-m", "pipeline", "--config", str(cfg), "run", *extra],
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return out


def test_under_cron_a_repeated_problem_is_one_counted_line_and_its_files_go_to_the_log(tmp_path) -> None:
    with LoopbackServer(_routes()) as srv:
        cfg = _project(tmp_path, srv, log_file="data/run.log")
        out = _without_a_terminal(cfg)
    records = [json.loads(line) for line in out.stderr.splitlines()]  # JSON lines: stderr is no terminal
    assert [(r["kind"], r["count"]) for r in records] == [("duplicate_id", DUPLICATES)], out.stderr
    assert "duplicated event id" in records[0]["message"] and "sourcevault status" in records[0]["message"]
    assert "copy-" not in out.stderr  # no line names a file
    assert "done" not in out.stderr and out.stdout == ""  # no progress, no summary: quiet under cron
    logged = [json.loads(line) for line in (tmp_path / "data" / "run.log").read_text().splitlines()]
    per_file = [e for e in logged if e.get("kind") == "duplicate_id" and "count" not in e]
    assert sorted(e["message"].split(":")[0] for e in per_file) == [
        f"events/2025-02-0{n + 1}--copy-{n}.md" for n in range(DUPLICATES)]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_verbose_shows_each_file_and_the_count(tmp_path, fmt) -> None:
    with LoopbackServer(_routes()) as srv:
        cfg = _project(tmp_path, srv)
        cfg.write_text(cfg.read_text() + f"log:\n  format: {fmt}\n", encoding="utf-8")
        out = _without_a_terminal(cfg, "-v")
    lines = [line for line in out.stderr.splitlines() if "already defined by" in line]
    assert len(lines) == DUPLICATES, out.stderr
    counted = [line for line in out.stderr.splitlines() if f"{DUPLICATES} event files ignored" in line]
    assert len(counted) == 1, out.stderr
    if fmt == "text":
        assert counted[0].startswith("sourcevault: 3 event files ignored: duplicated event id — ")


def test_under_cron_texts_that_fail_in_the_workers_are_one_counted_line(tmp_path) -> None:
    # two PDFs that cannot be read: their text fails in an extraction worker process, whose own log
    # lines must not reach cron's stderr one per page; the stage says it once, counted
    routes = {"/robots.txt": lambda h: h.send(404, ""),
              **{f"/page/{n}": (lambda h, n=n: h.send(200, f"%PDF-1.4\nnot a PDF {n}\n" * 50,
                                                      ctype="application/pdf")) for n in range(2)}}
    with LoopbackServer(routes) as srv:
        cfg = _project(tmp_path, srv, pages=2, duplicates=0, process_pool=1, log_file="data/run.log")
        out = _without_a_terminal(cfg)
    records = [json.loads(line) for line in out.stderr.splitlines()]
    assert [(r["kind"], r["count"]) for r in records] == [("text_failed", 2)], out.stderr
    assert "/page/" not in out.stderr
    logged = (tmp_path / "data" / "run.log").read_text()
    assert all(f"/page/{n}: text failed" in logged for n in range(2))
