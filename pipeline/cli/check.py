"""``sourcevault check`` (check the links that are due) and ``sourcevault links`` (list them)."""

from __future__ import annotations

import click

from ..models import LinkState, Verdict
from . import EXIT_FOUND, EXIT_USAGE, Context, echo_json, fail, main, verbosity_options
from .run import run_pipeline, wait_option

STATE_NAMES = [s.value for s in LinkState]
VERDICT_NAMES = [v.value for v in Verdict]


@main.command()
@click.option("--all", "force", is_flag=True, help="Check every current link now, due or not.")
@click.option("--url", "urls", multiple=True, metavar="URL",
              help="Check this cited link now, due or not (repeatable).")
@click.option("--no-capture", is_flag=True,
              help="Do not capture links due for archiving with this check's GET (the archive stage will).")
@click.option("--fail-on-broken", is_flag=True, help="Exit 1 when a checked link is broken.")
@wait_option
@verbosity_options
@click.pass_obj
def check(obj: Context, force: bool, urls: tuple[str, ...], no_capture: bool, fail_on_broken: bool,
          wait: float) -> None:
    """Check the health of cited links that are due (see docs/check.md).

    Prints one line of counts by verdict and by state (a progress bar shows
    on a terminal while it runs)."""
    result = run_pipeline(obj, ["check"], "check", wait, {"check": {"force": force, "urls": list(urls),
                                                                         "capture": not no_capture}})
    counts = result.counts.get("check", {})
    if obj.verbosity >= 0:
        click.echo(summary_line(counts))
    if counts.get("not_cited"):
        fail(f"{counts['not_cited']} of the given URLs are not cited links (see the warnings above)", EXIT_USAGE)
    if fail_on_broken and counts.get("state_broken"):
        fail(f"{counts['state_broken']} broken link(s) (sourcevault links --state broken)", EXIT_FOUND)


def summary_line(counts: dict[str, int]) -> str:
    """``checked 12 of 12 due links: ok 9, gone 2, blocked 1; states: healthy 9, failing 3``."""
    verdicts = ", ".join(f"{v} {counts[v]}" for v in VERDICT_NAMES if counts.get(v))
    states = ", ".join(f"{s} {counts['state_' + s]}" for s in STATE_NAMES if counts.get("state_" + s))
    line = f"checked {counts.get('checked', 0)} of {counts.get('due', 0)} due links"
    if verdicts:
        line += f": {verdicts}; states: {states}"
    looked_up = [counts.get(f"wayback_{k}", 0) for k in ("found", "none", "failed")]
    if any(looked_up):  # failed captures looked up beside the check
        line += "; wayback {} found / {} none / {} failed".format(*looked_up)
    return line


@main.command()
@click.option("--state", type=click.Choice(STATE_NAMES), help="Only links in this state.")
@click.option("--verdict", type=click.Choice(VERDICT_NAMES), help="Only links whose latest verdict is this.")
@click.option("--host", metavar="HOST", help="Only links on this host (or its subdomains).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per link.")
@verbosity_options
@click.pass_obj
def links(obj: Context, state: str | None, verdict: str | None, host: str | None, as_json: bool) -> None:
    """List cited links with their latest verdict, state, final URL and citing events."""
    from ..db import checks

    with obj.database() as db:
        rows = checks.link_rows(db, state=state, verdict=verdict, host=host)
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        status = str(row["status_code"] or "-")
        click.echo(f"{row['state']:<12} {row['verdict'] or '-':<18} {status:>3}  {row['url']}")
        if row["final_url"] and row["final_url"] != row["url"]:
            click.echo(f"{'':<36}-> {row['final_url']}")
        if row["detail"] and row["verdict"] is not None and Verdict(row["verdict"]) is not Verdict.OK:
            click.echo(f"{'':<36}{row['detail']}")
        click.echo(f"{'':<36}cited by {', '.join(row['events']) or '-'}")
    if obj.verbosity >= 0 and not rows:
        click.echo("no links match", err=True)
