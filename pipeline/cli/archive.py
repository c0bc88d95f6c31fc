"""``sourcevault archive``: capture cited links as WARC records and readable text copies."""

from __future__ import annotations

import click

from ..models import TextStatus
from . import EXIT_FOUND, EXIT_OK, Context, echo_json, fail, main, verbosity_options
from .run import run_pipeline, wait_option


@main.command()
@click.option("--strict", is_flag=True,
              help="Exit 1 when a page could not be captured, gave no usable text, or drifted.")
@wait_option
@verbosity_options
@click.pass_obj
def archive(obj: Context, strict: bool, wait: float) -> None:
    """Capture cited links (WARC + text copy), re-capture changed pages, look up external archives.

    Shows a progress bar on a terminal; otherwise prints one summary line (nothing with -q).
    """
    result = run_pipeline(obj, ["archive"], "archive", wait)
    counts = result.counts.get("archive", {})
    if obj.verbosity >= 0:
        click.echo(summary_line(counts))
    flagged = sum(counts.get(k, 0) for k in ("fetch_errors", "text_empty", "text_failed", "drifted"))
    if strict and flagged:
        fail(f"{flagged} link(s) need attention (fetch errors, no text, or drift)", EXIT_FOUND)
    raise SystemExit(EXIT_OK)


def summary_line(counts: dict[str, int]) -> str:
    """``archive: 12 captured (1 revisit), text ok 9 / tiny 1 / empty 1 / failed 0 / skipped 1, …``"""
    c = counts.get
    parts = [f"{c('captured', 0)} captured ({c('revisits', 0)} revisit)",
             "text " + " / ".join(f"{s} {c('text_' + s, 0)}" for s in TextStatus if s is not TextStatus.PENDING),
             f"{c('fetch_errors', 0)} fetch errors", f"{c('unchanged', 0)} unchanged", f"{c('drifted', 0)} drifted",
             f"wayback {c('wayback_found', 0)} found / {c('wayback_none', 0)} none / {c('wayback_failed', 0)} failed"]
    if c("text_pending"):  # the stage was stopped before every text job ran
        parts.append(f"{c('text_pending')} text pending (the next run extracts them)")
    if c("saved"):
        parts.append(f"{c('saved')} saved to Save Page Now")
    if c("warc_bytes_cut"):
        parts.append(f"{c('warc_bytes_cut')} bytes of a torn WARC record cut")
    return "archive: " + ", ".join(parts)


@main.command("captures")
@click.option("--flagged", is_flag=True,
              help="Only links that need a look: not captured, no usable text, error status, or drifted.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per link.")
@click.option("--limit", type=int, default=None, help="At most this many links.")
@verbosity_options
@click.pass_obj
def list_captures(obj: Context, flagged: bool, as_json: bool, limit: int | None) -> None:
    """The latest capture of each cited link: status, text outcome, drift, copy, external snapshot."""
    from ..db import captures

    with obj.database() as db:
        rows = captures.current_captures(db, flagged=flagged, limit=limit)
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        state = "drifted" if r["drifted"] else (r["text_status"] if r["warc_record_id"] else "not captured")
        where = r["copy_path"] or r["snapshot_url"] or ""
        reason = f" — {r['reason']}" if r["reason"] and state != TextStatus.OK else ""
        click.echo(f"{state:<12} {r['status'] or '-':>3} {r['link']}{reason}" + (f"\n{'':16} {where}" if where else ""))
