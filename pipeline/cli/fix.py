"""``sourcevault fix``: the report's advice as a patch to the event files, for review."""

from __future__ import annotations

from pathlib import Path

import click

from .. import runner
from ..extract import stage as extract
from ..fix.diff import SeveralRepositories
from ..fix.plan import Action, apply_plan, plan_fixes
from ..logs import summarize_repeated
from . import EXIT_USAGE, Context, echo_json, fail, main, verbosity_options
from .run import refuse_locked, wait_option


@main.command()
@click.option("--apply", "apply_", is_flag=True, help="Write the edits to the event files (atomically).")
@click.option("--json", "as_json", is_flag=True, help="Print the proposed edits as JSON instead of a diff.")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder the diff's paths are relative to (where you run git apply). Default: the git "
                   "repository holding the event files, wherever fix runs (outside git: the current folder).")
@wait_option
@verbosity_options
@click.pass_obj
def fix(obj: Context, apply_: bool, as_json: bool, root: Path | None, wait: float) -> None:
    """Propose edits for failing citations: a unified diff on standard output.

    Dead sources get a verified archive URL (the Wayback snapshot closest before
    the date they were cited), dead archive URLs a working one, moved sources
    their new address (per fix.moved); url values that are not URLs are listed.
    Safe to run any time: nothing is written without --apply. Files changed
    since the last extract are re-extracted first. Holds the run lock (it may
    re-extract), so it waits for no running pipeline unless --wait says so.
    """
    try:
        with runner.run_lock(obj.config, wait), obj.database() as db:
            plan = plan_fixes(db, obj.config)
            written = apply_plan(plan) if apply_ else []
            if written:
                extract.run(db, obj.config)
    except runner.RunLocked as exc:
        refuse_locked(exc, wait, "not starting")
    finally:
        summarize_repeated()
    if as_json:
        echo_json({"proposals": [p.as_dict() for p in plan.proposals],
                   "files_edited": len(plan.texts), "files_written": [str(p) for p in written],
                   "reextracted": plan.reextracted, "skipped_files": plan.skipped_files})
    elif not apply_:
        try:
            click.echo(plan.diff(root), nl=False)
        except SeveralRepositories as exc:
            fail(f"{exc}; nothing printed. Run fix with --apply and review each repository's `git diff`, "
                 "or give --root", EXIT_USAGE)
    listed = [p for p in plan.proposals if p.action == Action.NONE]
    if obj.verbosity >= 0:
        for p in listed:
            where = f"{p.file}:{p.line}" if p.line else p.file
            click.echo(f"{where}: {p.field or ''}: {p.detail}", err=True)
        verb = "applied to" if apply_ else "proposed for"
        click.echo(f"fix: {len(plan.edits)} edit(s) {verb} {len(written) if apply_ else len(plan.texts)} file(s); "
                   f"{len(listed)} listed for a hand edit", err=True)
