"""The run as a whole: an explicit stop event ends a stage at its next commit, and a rerun resumes."""

from __future__ import annotations

import threading

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
