"""``sourcevault export``: the archive packaged for people and tools outside the project."""

from __future__ import annotations

from pathlib import Path

import click

from . import EXIT_FAILED, EXIT_USAGE, Context, fail, main, verbosity_options
from .run import refuse_locked, wait_option


@main.command()
@click.option("--wacz", "wacz_file", required=True, type=click.Path(dir_okay=False), metavar="FILE",
              help="Write a WACZ (web archive for ReplayWeb.page, pywb) to FILE.")
@click.option("--event", "event_ids", multiple=True, metavar="ID",
              help="Only what this event cites (repeatable). Default: the whole archive.")
@wait_option
@verbosity_options
@click.pass_obj
def export(obj: Context, wacz_file: str, event_ids: tuple[str, ...], wait: float) -> None:
    """Package the WARCs (or the records of the chosen events), a CDXJ index, the pages list,
    sourcevault's text copies and SHA256SUMS into a WACZ with a datapackage digest.

    Open it in ReplayWeb.page (https://replayweb.page, "Choose File"); docs/archive.md.
    """
    from .. import runner
    from ..archive.warcread import WarcError
    from ..export.wacz import ExportError, export_wacz

    try:  # a run in progress writes records it has not recorded yet: wait for it
        with runner.run_lock(obj.config, wait), obj.database() as db:
            summary = export_wacz(db, obj.config.paths.archive, Path(wacz_file), event_ids=event_ids)
    except runner.RunLocked as exc:
        refuse_locked(exc, wait, "not exporting a moving archive")
    except ExportError as exc:
        fail(str(exc), EXIT_USAGE)
    except WarcError as exc:  # a torn or damaged record: nothing is packaged
        fail(f"{exc}; not exported ('sourcevault verify' lists what is wrong; 'sourcevault archive' cuts a torn "
             "tail off the newest WARC file)", EXIT_FAILED)
    except OSError as exc:
        fail(f"cannot write {wacz_file}: {exc.strerror or exc}", EXIT_FAILED)
    if obj.verbosity >= 0:
        click.echo(f"export: {summary.path}: {summary.warc_files} WARC file(s), {summary.records} indexed records, "
                   f"{summary.pages} pages, {summary.copies} text copies, {summary.bytes} bytes")
