"""The worker pool that the extract and match stages parse files with."""

from __future__ import annotations

import logging
import os

import pytest

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
