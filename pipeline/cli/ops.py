"""Operations: ``daemon`` (the schedule), ``report`` (for maintainers) and ``manifest`` (for auditors)."""

from __future__ import annotations

import click

from . import EXIT_FAILED, EXIT_FOUND, EXIT_OK, EXIT_USAGE, Context, fail, main, verbosity_options
from .core import run_pipeline, wait_option


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


@main.command()
@click.option("--fail-on-new-broken", is_flag=True,
              help="Exit 1 when links became broken since the last report.")
@wait_option
@verbosity_options
@click.pass_obj
def report(obj: Context, fail_on_new_broken: bool, wait: float) -> None:
    """Write the broken-link report (Markdown, HTML, CSV, JSON) from the database.

    Grouped by event; sections: newly broken, still broken, failing, soft 404s,
    moved, unverifiable, drifted, archived without text, recovered, input
    problems and archived copies to review. Files go to report.output_dir.
    """
    result = run_pipeline(obj, ["report"], "report", wait)
    counts = result.counts.get("report", {})
    if obj.chatty or obj.verbosity >= 0:
        click.echo(f"report: {counts.get('newly_broken', 0)} newly broken, {counts.get('still_broken', 0)} "
                   f"still broken, {counts.get('failing', 0)} failing, {counts.get('moved', 0)} moved, "
                   f"{counts.get('unverifiable', 0)} unverifiable, {counts.get('drifted', 0)} drifted; "
                   f"written to {obj.config.report.output_dir}")
    if fail_on_new_broken and counts.get("newly_broken"):
        fail(f"{counts['newly_broken']} link(s) newly broken", EXIT_FOUND)


@main.command()
@click.option("--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="Where to write it (default: SHA256SUMS in the archive folder).")
@verbosity_options
@click.pass_obj
def manifest(obj: Context, output: str | None) -> None:
    """Write a SHA256SUMS file of the whole archive folder, for `sha256sum -c`.

    Check it with standard tools only: cd archive && sha256sum -c SHA256SUMS
    """
    from pathlib import Path

    from ..manifest import write_manifest

    root = obj.config.paths.archive
    if not root.is_dir():
        fail(f"archive folder {root} does not exist", EXIT_USAGE)
    try:
        summary = write_manifest(root, Path(output) if output else None)
    except (OSError, ValueError) as exc:
        fail(f"cannot write the manifest: {exc}", EXIT_FAILED)
    if obj.verbosity >= 0:
        click.echo(f"manifest: {summary.files} files, {summary.bytes} bytes hashed into {summary.path}")
