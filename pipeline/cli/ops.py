"""``sourcevault daemon``: run the configured schedule until stopped."""

from __future__ import annotations

import click

from . import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Context, fail, main, verbosity_options


@main.command()
@click.option("--run-now", is_flag=True, help="Also run every job once at start, then follow the schedule.")
@verbosity_options
@click.pass_obj
def daemon(obj: Context, run_now: bool) -> None:
    """Run the stages on the schedule in config.yaml until SIGTERM or Ctrl-C.

    Logs one line per run (JSON lines when not on a terminal). Exits 0 after a
    clean shutdown, 4 when the run in flight had to be abandoned.
    """
    from ..scheduler import Daemon, ScheduleError

    config = obj.config
    try:
        service = Daemon(config, run_now=run_now)
    except ScheduleError as exc:
        fail(str(exc), EXIT_USAGE)
    clean = service.serve()
    raise SystemExit(EXIT_OK if clean else EXIT_FAILED)
