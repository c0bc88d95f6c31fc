"""``sourcevault run``, ``extract`` and ``status``."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import click

from .. import runner
from ..db import DatabaseError
from ..models import FixAction, RunOutcome
from . import (
    EXIT_FAILED,
    EXIT_FOUND,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
    Context,
    echo_json,
    fail,
    main,
    verbosity_options,
)

# what each stage's progress counts, for its closing line ("extract done: 262 files in 2.1 s")
_UNITS = {"extract": "files", "check": "links", "archive": "links", "match": "copies"}


class _StageBar:
    """One stage's bar: advanced by the stage, removed when the stage ends, and replaced by our own line."""

    def __init__(self, bar: Any, stage: str) -> None:
        self.bar, self.stage = bar, stage
        self.task = bar.add_task(stage, total=None)
        self.started, self.count = time.monotonic(), 0

    def __call__(self, n: int, total: int | None = None) -> None:
        if total is not None:
            self.bar.update(self.task, total=total)
        self.count += n
        self.bar.advance(self.task, n)

    def finish(self, outcome: str) -> None:
        self.bar.remove_task(self.task)
        self.bar.console.print(stage_line(self.stage, outcome, self.count, time.monotonic() - self.started),
                               highlight=False, markup=False)


def stage_line(stage: str, outcome: str, count: int, seconds: float) -> str:
    """``extract done: 262 files in 2.1 s`` (``outcome``: done, failed or stopped)."""
    unit = _UNITS.get(stage)
    counted = f": {count} {unit}" if unit and outcome == "done" else (f" after {count} {unit}" if unit else "")
    return f"{stage} {outcome}{counted} in {seconds:.1f} s"


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str], Callable[..., None] | None]]:
    """A factory of per-stage progress callbacks: a rich bar on a terminal (stderr), nothing otherwise."""
    if not enabled:
        yield lambda stage: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        yield lambda stage: _StageBar(bar, stage)


def run_pipeline(obj: Context, stages: list[str] | None, command: str, wait: float,
                 options: dict[str, dict[str, object]] | None = None) -> runner.RunResult:
    """Run stages with a progress display on a terminal; a run that did not complete exits here.

    SIGTERM/SIGINT stop the run at its next commit (exit 4, committed work kept); a second one
    aborts the stage at once, with the same exit code.
    """
    config = obj.config
    show_progress = sys.stderr.isatty() and obj.verbosity >= 0
    stop = threading.Event()
    try:
        with runner.stop_on_signals(stop), _progress(show_progress) as factory:
            result = runner.run_stages(config, stages, command=command, progress_factory=factory,
                                       lock_timeout=wait, stop=stop, options=options)
    except runner.RunAborted as exc:
        result = exc.result
    except runner.RunLocked as exc:
        refuse_locked(exc, wait, "not starting")
    except DatabaseError as exc:
        fail(str(exc), EXIT_FAILED)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    if not result.ok:
        fail(f"run {result.run_id} {result.outcome}: {result.error}", EXIT_FAILED)
    return result


def refuse_locked(exc: runner.RunLocked, wait: float, refusal: str) -> NoReturn:
    """Exit 3: another run holds the lock; say how long was waited for it, or how to wait."""
    how = f"waited {wait:g} s for it" if wait > 0 else "use --wait SECONDS to wait for it"
    fail(f"{exc}; {refusal} ({how})", EXIT_LOCKED)


def _execute(obj: Context, stages: list[str] | None, command: str, strict: bool, wait: float,
             fail_on_new_broken: bool = False) -> None:
    result = run_pipeline(obj, stages, command, wait)
    if obj.chatty:
        click.echo(_summary_line(result))
    if fail_on_new_broken:
        fail_on_newly_broken(obj, result.counts.get("report", {}))
    if strict:
        with obj.database() as db:
            problems = runner.status(db)["problems"]
        if problems:
            fail(f"{problems} input problem(s) in the corpus (see 'sourcevault status')", EXIT_FOUND)
        missing = result.counts.get("extract", {}).get("folders_missing", 0)
        if missing:
            fail(_folders_missing(missing), EXIT_FOUND)
    raise SystemExit(EXIT_OK)


def _folders_missing(n: int) -> str:
    return f"{n} events folder(s) missing (paths.events): nothing there was read, nothing removed"


def fail_on_newly_broken(obj: Context, counts: dict[str, int]) -> None:
    """Exit 1 when the report stage (its ``counts``) found links newly broken, counting links, not citations."""
    links = counts.get("newly_broken_links", 0)
    if links:
        citations = counts.get("newly_broken", 0)
        fail(f"{links} link(s) newly broken ({citations} citation{'s' if citations != 1 else ''}; "
             f"see the report in {obj.config.report.output_dir})", EXIT_FOUND)


def _summary_line(result: runner.RunResult) -> str:
    parts = []
    for stage, counts in result.counts.items():
        shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items() if v)
        parts.append(f"{stage}: {shown or 'nothing to do'}")
    return f"run {result.run_id} ok — " + "; ".join(parts)


def _lock_held(obj: Context) -> bool:
    """Whether some run holds the database's run lock right now."""
    try:
        with runner.run_lock(obj.config):
            return False
    except runner.RunLocked:
        return True


_strict = click.option("--strict", is_flag=True, help="Exit 1 when input problems are found.")
wait_option = click.option("--wait", type=float, default=0, metavar="SECONDS", show_default=True,
                     help="Wait this long for another run's lock instead of exiting 3.")


@main.command()
@click.option("--stage", "stages", multiple=True, metavar="NAME",
              help="Run only this stage (repeatable). Default: every stage, in order.")
@_strict
@click.option("--fail-on-new-broken", is_flag=True,
              help="Exit 1 when the report finds links that became broken since the last report.")
@wait_option
@verbosity_options
@click.pass_obj
def run(obj: Context, stages: tuple[str, ...], strict: bool, fail_on_new_broken: bool, wait: float) -> None:
    """Run every stage once, in order (for cron). Quiet on success unless on a terminal or -v."""
    _execute(obj, list(stages) or None, "run", strict, wait, fail_on_new_broken)


@main.command()
@_strict
@wait_option
@verbosity_options
@click.pass_obj
def extract(obj: Context, strict: bool, wait: float) -> None:
    """Read event files and record their events, citations and links."""
    _execute(obj, ["extract"], "extract", strict, wait)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--problems", "max_problems", type=int, default=20, show_default=True,
              help="How many input problems to list (all with --json).")
@verbosity_options
@click.pass_obj
def status(obj: Context, as_json: bool, max_problems: int) -> None:
    """Counts of events, citations, links, hosts, archived copies and input problems."""
    from ..db import corpus, fixes

    with obj.database() as db:
        data = runner.status(db)
        problems = corpus.current_problems(db, None if as_json else max_problems)
        data["proposed_edits"] = fixes.proposal_counts(db)
    last = data.get("last_run")
    # a run row left 'running' with nobody holding the run lock: its process was killed
    abandoned = last is not None and last["outcome"] == RunOutcome.RUNNING and not _lock_held(obj)
    if last and as_json:
        last["abandoned"] = abandoned  # the next run marks it interrupted and resumes its work
    if as_json:
        data["problem_list"] = problems
        echo_json(data)
        return
    click.echo(f"events     {data['events']}")
    click.echo(f"citations  {data['citations']}")
    click.echo(f"links      {data['links']} unique, on {data['hosts']} hosts")
    click.echo(f"copies     {data['copies']} archived: {data['matched_copies']} matched, "
               f"{data['candidate_copies']} candidate, {data['ambiguous_copies']} ambiguous, "
               f"{data['unmatched_copies']} unmatched"
               + (f", {data['unreadable_copies']} unreadable" if data["unreadable_copies"] else ""))
    if data["links_by_state"]:
        click.echo("states     " + ", ".join(f"{k} {v}" for k, v in data["links_by_state"].items()))
    click.echo(f"problems   {data['problems']}"
               + (" (" + ", ".join(f"{k} {v}" for k, v in data["problems_by_kind"].items()) + ")"
                  if data["problems"] else ""))
    arch = data.get("archive") or {}
    if arch.get("captures") or arch.get("fetch_errors"):
        flagged = sum(arch.get(k, 0) for k in ("text_empty", "text_tiny", "text_failed"))
        click.echo(f"archive    {arch['captured_links']} links captured, {arch['fetch_errors']} not reachable, "
                   f"{flagged} without usable text, {arch['drifted']} drifted (sourcevault captures --flagged)"
                   + (f", {arch['text_pending']} text pending" if arch.get("text_pending") else ""))
    edits = data["proposed_edits"]
    if edits:
        hand = edits.get(FixAction.NONE, 0)
        click.echo(f"fix        {sum(edits.values()) - hand} proposed edits, {hand} for a hand edit "
                   "(sourcevault fix)")
    if last:
        outcome = last["outcome"]
        if abandoned:
            outcome = "stopped before finishing (the next run resumes it)"
        why = f": {last['error']}" if last.get("error") and outcome != RunOutcome.OK else ""
        click.echo(f"last run   #{last['id']} {last['command']} {outcome} at {last['started_at']}{why}")
        missing = (last.get("counts") or {}).get("extract", {}).get("folders_missing", 0)
        if missing:
            click.echo(f"           {_folders_missing(missing)}")
        good = data.get("last_ok_run")
        if last["outcome"] != RunOutcome.OK:
            click.echo(f"last ok    #{good['id']} {good['command']} at {good['started_at']}" if good
                       else "last ok    none yet")
    for p in problems:
        where = f" {p['field']}" if p["field"] else ""
        click.echo(f"  {p['file']}{where}: {p['message']}")
    if data["problems"] > len(problems):
        click.echo(f"  … {data['problems'] - len(problems)} more (sourcevault status --json)")


@main.command()
@click.option("--run-now", is_flag=True, help="Also run every job once at start, then follow the schedule.")
@verbosity_options
@click.pass_obj
def daemon(obj: Context, run_now: bool) -> None:
    """Run the stages on the schedule in config.yaml until SIGTERM or Ctrl-C.

    Logs one line per run (JSON lines when not on a terminal). Exits 0 after a
    clean shutdown, 4 when the run in flight had to be abandoned.
    """
    from ..logs import setup_logging
    from ..scheduler import Daemon, ScheduleError

    config = obj.config
    # a service's log says it is alive: its start, and one line per run, even without -v (not with -q)
    setup_logging(obj.verbosity, config.log.format, config.log.level, config.paths.log_file,
                  announce=("pipeline.scheduler",))
    try:
        service = Daemon(config, run_now=run_now)
    except ScheduleError as exc:
        fail(str(exc), EXIT_USAGE)
    try:
        clean = service.serve()
    except runner.RunLocked as exc:
        fail(f"{exc}; not starting a second daemon on {config.paths.database}", EXIT_LOCKED)
    if clean:
        raise SystemExit(EXIT_OK)
    # the run in flight is still working in its thread, which the interpreter would wait for at exit:
    # end the process now, as its grace period (or a second signal) asked
    logging.shutdown()
    sys.stderr.flush()
    os._exit(EXIT_FAILED)
