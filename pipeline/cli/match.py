"""``sourcevault match`` and ``sourcevault show``."""

from __future__ import annotations

from typing import Any

import click

from .. import details
from . import EXIT_FOUND, EXIT_USAGE, Context, echo_json, fail, main, verbosity_options
from .core import run_pipeline, wait_option

REVIEW = ("candidate", "ambiguous", "unmatched", "unreadable")


def _match_line(m: dict[str, Any]) -> str:
    where = f"source {m['source_position']}" if m["source_position"] is not None else f"{m['kind']} {m['position']}"
    return f"{m['event_id']} {where} ({m['method']} {m['score']:.2f})"


@main.command()
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON array: one object per copy with its status, matches and candidates.")
@click.option("--list", "max_listed", type=int, default=20, show_default=True, metavar="N",
              help="How many copies needing review to list (without --json).")
@click.option("--fail-on-unmatched", is_flag=True,
              help="Exit 1 when a copy is unmatched, ambiguous or unreadable.")
@wait_option
@verbosity_options
@click.pass_obj
def match(obj: Context, as_json: bool, max_listed: int, fail_on_unmatched: bool, wait: float) -> None:
    """Match archived copies to the citations they back, then list them."""
    result = run_pipeline(obj, ["match"], "match", wait)
    with obj.database() as db:
        report = details.match_report(db)
    if as_json:
        echo_json(report)
    else:
        counts = {s: sum(1 for c in report if c["status"] == s) for s in ("matched", *REVIEW)}
        done = result.counts.get("match", {})
        click.echo(f"{len(report)} copies: " + ", ".join(f"{v} {k}" for k, v in counts.items() if v or k == "matched")
                   + f" (matched again this run: {done.get('copies_matched', 0)})")
        review = [c for c in report if c["status"] in REVIEW]
        for c in review[:max_listed]:
            shown = c["candidates"] or c["matches"]
            detail = "; ".join(_match_line(m) for m in shown) or c["problem"] or c["url"] or "no URL"
            click.echo(f"  {c['status']:<10} {c['path']}  {detail}")
        if len(review) > max_listed:
            click.echo(f"  … {len(review) - max_listed} more (sourcevault match --json)")
    if fail_on_unmatched and any(c["status"] in ("ambiguous", "unmatched", "unreadable") for c in report):
        raise SystemExit(EXIT_FOUND)


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
                       + (f" -> {check['final_url']}" if check["final_url"] and check["final_url"] != check["url"] else ""))
        for cap in c.get("captures", []):
            if cap["status"] is None:
                click.echo(f"      not captured {cap['captured_at']}: {cap['error']}")
                continue
            click.echo(f"      captured  {cap['captured_at']}  HTTP {cap['status']}  {cap['final_url'] or ''}"
                       + (f"  text {cap['text_status']}" if cap["text_status"] != "ok" else "")
                       + ("  DRIFTED" if cap["drifted"] else ""))
            if cap["warc_file"]:
                click.echo(f"                body sha256 {cap['body_sha256']}  text sha256 {cap['text_sha256']}")
                click.echo(f"                {cap['warc_file']} @{cap['warc_offset']} {cap['warc_record_id']}"
                           + (f"  copy {cap['copy_path']}" if cap["copy_path"] else ""))
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
            click.echo(f"  {label:<9} {_match_line(m)}: {m['reason']}")
        if not copy["events"]:
            click.echo("  backs no citation")
