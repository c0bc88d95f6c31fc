"""``sourcevault report``: the maintainers' broken-link report."""

from __future__ import annotations

import click

from . import EXIT_FOUND, Context, fail, main, verbosity_options
from .run import run_pipeline, wait_option


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
