"""The run as a whole: an explicit stop event ends a stage at its next commit, and a rerun resumes."""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections.abc import Callable

import pytest

from pipeline import runner
from pipeline.db import open_database


def test_stop_ends_the_stage_after_its_batch_and_the_rerun_finishes(project):
    project.add_corpus()
    config = project.config(extract={"batch_size": 10, "workers": 1})
    stop = threading.Event()
    batches: list[int] = []

    def progress_factory(name: str):
        def advance(n: int, *_: object) -> None:
            batches.append(n)
            stop.set()  # as SIGTERM would, while the first batch is being written
        return advance

    result = runner.run_stages(config, ["extract", "check"], stop=stop, progress_factory=progress_factory)
    assert result.outcome == "interrupted" and result.failed_stage == "extract"
    assert "check" not in result.counts
    with open_database(config.paths.database) as db:
        partial = db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert 0 < partial < 262  # the batches written before the stop are kept, and no more

    again = runner.run_stages(config, ["extract"])
    assert again.outcome == "ok"
    with open_database(config.paths.database) as db:
        assert db.execute("SELECT count(*) FROM events WHERE present = 1").fetchone()[0] == 262


def test_a_stop_set_before_a_stage_starts_runs_nothing(project):
    project.add_seeds()
    config = project.config()
    stop = threading.Event()
    stop.set()
    result = runner.run_stages(config, ["extract"], stop=stop)
    assert result.outcome == "interrupted" and result.counts == {}


def _sqlite_memory_used() -> Callable[[], int] | None:
    """SQLite's own count of the bytes it holds (all connections of this process), if it can be read."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used


def test_a_stage_does_not_start_under_the_page_cache_the_last_one_filled(project):
    memory_used = _sqlite_memory_used()
    if memory_used is None:
        pytest.skip("this SQLite does not report its memory")
    project.add_corpus()
    config = project.config()
    during: list[int] = []
    at_start: dict[str, int] = {}

    def progress_factory(name: str):
        at_start[name] = memory_used()

        def advance(*_: object, **__: object) -> None:
            during.append(memory_used())
        return advance

    result = runner.run_stages(config, ["extract", "match"], progress_factory=progress_factory)
    assert result.ok
    if max(during) == 0:
        pytest.skip("this SQLite was built without memory statistics")
    filled = max(during) - at_start["extract"]
    assert filled > 1_000_000  # extracting 262 events reads and writes a few megabytes of pages
    # one connection runs both stages: what extract's pages held is given back before match starts
    assert at_start["match"] - at_start["extract"] < filled / 4


def test_a_second_signal_while_the_first_is_being_logged_aborts():
    """Two Ctrl-Cs (or systemd's SIGTERM twice) in quick succession: the second may come while the
    first one's line is being written. It must abort, not count as a first signal again."""
    import logging
    import os
    import signal

    class SignalAgainWhileLogging(logging.Handler):
        def __init__(self) -> None:
            super().__init__()
            self.sent = 0

        def emit(self, record: logging.LogRecord) -> None:
            if "received" in record.getMessage() and not self.sent:
                self.sent += 1
                os.kill(os.getpid(), signal.SIGTERM)  # handled here, in the middle of the first one's logging

    again = SignalAgainWhileLogging()
    logger = logging.getLogger("pipeline.runner")
    logger.addHandler(again)
    stop = threading.Event()
    try:
        with runner.stop_on_signals(stop), pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # a handler runs between two bytecodes: give it some
                pass
    finally:
        logger.removeHandler(again)
    assert again.sent == 1 and stop.is_set()
