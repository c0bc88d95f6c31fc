"""``sourcevault match``: archived copies tied to the citations they back."""

from __future__ import annotations

from typing import Any

import click

from ..audit import show as details
from ..models import CopyStatus
from . import EXIT_FOUND, Context, echo_json, main, verbosity_options
from .run import run_pipeline, wait_option

REVIEW = (CopyStatus.CANDIDATE, CopyStatus.AMBIGUOUS, CopyStatus.UNMATCHED, CopyStatus.UNREADABLE)
FAILING = (CopyStatus.AMBIGUOUS, CopyStatus.UNMATCHED, CopyStatus.UNREADABLE)  # --fail-on-unmatched


def match_line(m: dict[str, Any]) -> str:
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
        by_status = details.copy_counts(db)
        if as_json:
            echo_json(details.match_report(db))
        else:  # counted in SQL, and only the copies listed are read: the archive may hold 100,000
            counts = {s: by_status.get(s, 0) for s in (CopyStatus.MATCHED, *REVIEW)}
            done = result.counts.get("match", {})
            shown = ", ".join(f"{v} {k}" for k, v in counts.items() if v or k is CopyStatus.MATCHED)
            click.echo(f"{sum(by_status.values())} copies: " + shown
                       + f" (matched again this run: {done.get('copies_matched', 0)})")
            for c in details.match_report(db, REVIEW, max_listed):
                listed = c["candidates"] or c["matches"]
                detail = "; ".join(match_line(m) for m in listed) or c["problem"] or c["url"] or "no URL"
                click.echo(f"  {c['status']:<10} {c['path']}  {detail}")
            to_review = sum(counts[s] for s in REVIEW)
            if to_review > max_listed:
                click.echo(f"  … {to_review - max_listed} more (sourcevault match --json)")
    if fail_on_unmatched and any(by_status.get(s) for s in FAILING):
        raise SystemExit(EXIT_FOUND)
