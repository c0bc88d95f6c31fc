"""``sourcevault report``: the maintainers' broken-link report."""

from __future__ import annotations

from pathlib import Path

import click

from ..check.linkstate import StatePolicy
from ..report.formats import FORMATS, build_report
from ..safefiles import write_atomic
from . import EXIT_USAGE, Context, fail, main, verbosity_options
from .run import fail_on_newly_broken, run_pipeline, wait_option


@main.command()
@click.option("--fail-on-new-broken", is_flag=True,
              help="Exit 1 when links became broken since the last report.")
@click.option("--format", "format_", type=click.Choice(sorted(FORMATS)),
              help="With --output: the one format to write.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one format (--format) to this file, or to standard output with '-' "
                   "(e.g. for gh issue create --body-file -); the report history is not touched.")
@wait_option
@verbosity_options
@click.pass_obj
def report(obj: Context, fail_on_new_broken: bool, format_: str | None, output: Path | None, wait: float) -> None:
    """Write the broken-link report (Markdown, HTML, CSV, JSON) from the database.

    Grouped by event. The Markdown report leads with what needs an edit
    (newly broken, still broken, soft 404s, dead snapshots, moved, the edits
    fix proposed and the citations it left to fix by hand, input problems), counts the rest and stays under GitHub's
    65,536-character limit for an issue body; the HTML, CSV and JSON reports
    list everything. Files go to report.output_dir.
    """
    if output is not None or format_ is not None:
        if output is None or format_ is None:
            fail("--format and --output go together (e.g. --format markdown --output -)", EXIT_USAGE)
        with obj.database() as db:
            text = FORMATS[format_][1](build_report(db, trend_length=obj.config.report.trend_reports,
                                                       policy=StatePolicy.from_config(obj.config.check)))
        if str(output) == "-":
            click.echo(text, nl=False)
        else:
            write_atomic(output, text)
        return
    result = run_pipeline(obj, ["report"], "report", wait)
    counts = result.counts.get("report", {})
    if obj.chatty or obj.verbosity >= 0:
        click.echo(f"report: {counts.get('newly_broken_links', 0)} link(s) newly broken; citations: "
                   f"{counts.get('newly_broken', 0)} newly broken, {counts.get('still_broken', 0)} "
                   f"still broken, {counts.get('dead_snapshot', 0)} dead snapshots, "
                   f"{counts.get('proposed_edits', 0)} edits proposed, {counts.get('hand_edits', 0)} citations to fix "
                   f"by hand, {counts.get('failing', 0)} failing, "
                   f"{counts.get('moved', 0)} moved, {counts.get('unverifiable', 0)} unverifiable, "
                   f"{counts.get('drifted', 0)} drifted; written to {obj.config.report.output_dir}")
    if fail_on_new_broken:
        fail_on_newly_broken(obj, counts)
