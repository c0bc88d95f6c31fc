"""The auditors' commands: ``verify``, ``manifest`` and ``show``."""

from __future__ import annotations

from typing import Any

import click

from ..audit import show as details
from ..models import TextStatus
from . import (
    EXIT_FAILED,
    EXIT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    Context,
    echo_json,
    fail,
    main,
    verbosity_options,
)
from .match import match_line
from .run import refuse_locked, wait_option


@main.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@wait_option
@verbosity_options
@click.pass_obj
def verify(obj: Context, as_json: bool, wait: float) -> None:
    """Re-check the archive for auditors: every WARC digest, body_sha256 and text_sha256,
    copies' front matter against the database, hand-saved copies, and files nothing names.

    Changes nothing. Exit 1 when anything is missing, altered or unreferenced (each is
    printed, naming the file or capture).
    """
    from .. import runner
    from ..audit.verify import verify_archive

    try:  # an archive run in progress has files it has not recorded yet: wait for it
        with runner.run_lock(obj.config, wait), obj.database() as db:
            report = verify_archive(db, obj.config.paths.archive)
    except runner.RunLocked as exc:
        refuse_locked(exc, wait, "not verifying a moving archive")
    if as_json:
        echo_json({"warc_files": report.warc_files, "records": report.records, "captures": report.captures,
                   "copies": report.copies, "hand_saved_copies": report.hand_saved, "text_pending": report.pending,
                   "problems": report.problems,
                   "notes": report.notes})
    else:
        for note in report.notes:
            click.echo(f"note: {note}")
        for problem in report.problems:
            click.echo(problem)
        click.echo(f"verify: {report.warc_files} WARC files, {report.records} records, "
                   f"{report.captures} captures, {report.copies} text copies, {report.hand_saved} hand-saved copies"
                   + (f", {report.pending} text pending" if report.pending else "") + ": "
                   + ("all hashes verify" if report.ok else f"{len(report.problems)} problem(s)"))
    raise SystemExit(EXIT_OK if report.ok else EXIT_FOUND)


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

    from ..audit.manifest import write_manifest

    root = obj.config.paths.archive
    if not root.is_dir():
        fail(f"archive folder {root} does not exist", EXIT_USAGE)
    try:
        summary = write_manifest(root, Path(output) if output else None)
    except (OSError, ValueError) as exc:
        fail(f"cannot write the manifest: {exc}", EXIT_FAILED)
    if obj.verbosity >= 0:
        click.echo(f"manifest: {summary.files} files, {summary.bytes} bytes hashed into {summary.path}")


@main.command()
@click.argument("event_id", required=False)
@click.option("--copy", "copy_path", metavar="PATH", help="Show this archived copy and the events it backs.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@verbosity_options
@click.pass_obj
def show(obj: Context, event_id: str | None, copy_path: str | None, as_json: bool) -> None:
    """Show an event's citations with their health history, captures and archived copies
    (EVENT_ID), or an archived copy with the events it backs (--copy PATH)."""
    if (event_id is None) == (copy_path is None):
        fail("give either an EVENT_ID or --copy PATH", EXIT_USAGE)
    with obj.database() as db:
        try:
            data = (details.event_details(db, event_id) if event_id is not None
                    else details.copy_details(db, obj.config, copy_path or ""))
        except details.NotFound as exc:
            fail(str(exc), EXIT_USAGE)
    if as_json:
        echo_json(data)
    elif event_id is not None:
        _render_event(data)
    else:
        _render_copies(data)


def _render_event(data: dict[str, Any]) -> None:
    event = data["event"]
    click.echo(f"{event['id']}  {event['date'] or ''}  {event['title'] or ''}")
    for c in data["citations"]:
        click.echo(f"  {c['kind']} {c['position']}  {c['url'] or '(no URL)'}")
        if c["title"] or c["outlet"]:
            click.echo(f"      {c['title'] or ''}" + (f" — {c['outlet']}" if c["outlet"] else ""))
        for url in c["archive_urls"]:
            click.echo(f"      archive URL {url}")
        health = c.get("health")
        if health:
            since = f" since {health['first_failure_at']}" if health.get("first_failure_at") else ""
            click.echo(f"      health    {health['state']}{since}: {health['verdict']}"
                       + (f" ({health['status_code']})" if health.get("status_code") else "")
                       + (f", {health['detail']}" if health.get("detail") else ""))
        elif c["url"]:
            click.echo("      health    not checked yet")
        history = c.get("checks", [])
        if len(history) > 5:
            click.echo(f"      ({len(history) - 5} earlier checks; --json shows all)")
        for check in history[-5:]:
            click.echo(f"      checked   {check['checked_at']}  {check['verdict']}"
                       + (f" {check['status_code']}" if check["status_code"] else "")
                       + (f" -> {check['final_url']}"
                          if check["final_url"] and check["final_url"] != check["url"] else ""))
        for cap in c.get("captures", []):
            if cap["status"] is None:
                click.echo(f"      not captured {cap['captured_at']}: {cap['error']}")
                continue
            click.echo(f"      captured  {cap['captured_at']}  HTTP {cap['status']}  {cap['final_url'] or ''}"
                       + (f"  text {cap['text_status']}" if TextStatus(cap["text_status"]) is not TextStatus.OK else "")
                       + ("  DRIFTED" if cap["drifted"] else ""))
            if cap["warc_file"]:
                click.echo(f"                body sha256 {cap['body_sha256']}  text sha256 {cap['text_sha256']}")
                click.echo(f"                {cap['warc_file']} @{cap['warc_offset']} {cap['warc_record_id']}"
                           + (f"  copy {cap['copy_path']}" if cap["copy_path"] else ""))
                if cap["refers_to_record_id"]:  # a revisit keeps no body: say where it is
                    click.echo(f"                revisit of {cap['refers_to_record_id']}: its body is in "
                               f"{cap['refers_to_warc_file'] or '(unknown)'} @{cap['refers_to_warc_offset']}")
        if not c["copies"]:
            click.echo("      no archived copy")
        for copy in c["copies"]:
            label = "candidate" if copy["is_candidate"] else "copy"
            click.echo(f"      {label:<9} {copy['path']}  {copy['method']} {copy['score']:.2f}: {copy['reason']}")


def _render_copies(data: dict[str, Any]) -> None:
    for copy in data["copies"]:
        click.echo(f"{copy['path']}  ({copy['kind']}, in {copy['archive']})  {copy['status']}")
        for key in ("url", "final_url", "title", "date", "outlet", "problem"):
            if copy[key]:
                click.echo(f"  {key:<9} {copy[key]}")
        for m in copy["events"]:
            label = "candidate" if m["is_candidate"] else "backs"
            click.echo(f"  {label:<9} {match_line(m)}: {m['reason']}")
        if not copy["events"]:
            click.echo("  backs no citation")
