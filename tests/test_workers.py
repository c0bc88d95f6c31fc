"""The worker pool that the extract and match stages parse files with."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import process_alive

from pipeline.workers import WorkerPool

PARENT = "SOURCEVAULT_TEST_PARENT_PID"


def with_pid(items: list[int]) -> list[tuple[int, int]]:
    return [(item * 2, os.getpid()) for item in items]


def die_in_a_worker(items: list[int]) -> list[int]:
    if os.getpid() != int(os.environ[PARENT]):
        os._exit(3)  # as a worker killed by the out-of-memory killer would
    return [item * 2 for item in items]


def test_a_large_batch_is_worked_on_in_other_processes_and_comes_back_in_order():
    with WorkerPool(with_pid, 2, threshold=50) as pool:
        results = pool.submit(list(range(200)))()
        small = WorkerPool(with_pid, 2, threshold=500).map([1, 2, 3])
    assert pool.pool is None  # the processes end with the block
    assert [r for r, _ in results] == [i * 2 for i in range(200)]
    assert {pid for _, pid in results} - {os.getpid()}  # not all of it in this process
    assert small == [(2, os.getpid()), (4, os.getpid()), (6, os.getpid())]  # too small for a pool


def test_one_worker_means_no_pool():
    with WorkerPool(with_pid, 1, threshold=1) as pool:
        assert {pid for _, pid in pool.map(list(range(100)))} == {os.getpid()}


def test_when_the_workers_die_the_work_is_done_here_with_a_warning(monkeypatch, caplog):
    monkeypatch.setenv(PARENT, str(os.getpid()))
    with caplog.at_level(logging.WARNING, logger="pipeline.workers"), \
            WorkerPool(die_in_a_worker, 2, what="test", threshold=10) as pool:
        assert pool.map(list(range(40))) == [i * 2 for i in range(40)]
        assert pool.map(list(range(40, 80))) == [i * 2 for i in range(40, 80)]  # no pool started again
        assert pool.pool is None and pool.workers == 1
    assert [r.levelno for r in caplog.records if r.name == "pipeline.workers"] == [logging.WARNING]


@pytest.mark.parametrize("workers", [1, 2])
def test_nothing_to_do_is_nothing(workers):
    with WorkerPool(with_pid, workers, threshold=0) as pool:
        assert pool.map([]) == []


KILLED_PARENT = """
import os, signal, sys, time
sys.path.insert(0, sys.argv[1])
from test_workers import with_pid_slowly
from pipeline.workers import WorkerPool

pool = WorkerPool(with_pid_slowly, 2, threshold=1)
results = pool.submit(list(range(4)))()
print(" ".join(str(pid) for _, pid in results), flush=True)
pool.submit(list(range(4, 400)))  # the workers are busy, or waiting for more, when this process dies
os.kill(os.getpid(), signal.SIGKILL)
"""


def with_pid_slowly(items: list[int]) -> list[tuple[int, int]]:
    time.sleep(0.05)
    return with_pid(items)


def test_the_workers_of_a_killed_process_end_too(tmp_path):
    script = tmp_path / "killed.py"
    script.write_text(KILLED_PARENT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(Path(__file__).parent)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True,
                            env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])))
    assert proc.stdout is not None
    with proc.stdout:
        workers = {int(pid) for pid in proc.stdout.readline().split()}
        assert proc.wait(timeout=60) == -signal.SIGKILL  # and reaped at once, as a shell would
    assert workers and os.getpid() not in workers
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(process_alive(pid) for pid in workers):
        time.sleep(0.1)
    survivors = [pid for pid in workers if process_alive(pid)]
    for pid in survivors:  # left waiting on their queue for ever: don't leave them behind the test
        os.kill(pid, signal.SIGKILL)
    assert not survivors
