"""The report as Markdown, ready to paste into a GitHub issue."""

from __future__ import annotations

import re

from ..models import CitationKind
from .model import Item, Report

_ESCAPE = re.compile(r"([\\`*_{}\[\]<>|#])")


def md(text: object) -> str:
    """Escape text for a Markdown table cell or line."""
    return _ESCAPE.sub(r"\\\1", " ".join(str(text).split())) if text is not None else ""


def _cited(item: Item) -> str:
    """A link to the canonical URL: it is percent-encoded, so it cannot break the table or inject markup."""
    title = md(item.cited_title or item.url)
    outlet = f" — {md(item.outlet)}" if item.outlet else ""
    return f"[{title}](<{item.canonical_url}>){outlet}"


def _verdict(item: Item) -> str:
    code = f" ({item.status_code})" if item.status_code else ""
    return f"{md(item.verdict or 'unchecked')}{code}"


def _table(title: str, headers: list[str], rows: list[list[object]]) -> list[str]:
    """A titled table (cells escaped), or "None." when there are no rows."""
    out = ["", f"## {title}", ""]
    if not rows:
        return out + ["None."]
    out += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return out + ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]


def _changes(item: Item) -> list[str]:
    """What changed in a drifted citation's page, word by word, below its event's table."""
    if not item.drift_excerpt:
        return []
    text = item.drift_excerpt.replace("~~~", "~ ~ ~")  # cannot close the fence
    return ["", f"What changed at <{item.canonical_url}> between our first capture "
                f"({md((item.first_captured_at or '?')[:10])}) and the capture of {md((item.changed_at or '?')[:10])} "
                "(`[-removed-]`, `{+added+}`):", "", "~~~text", *text.splitlines(), "~~~"]


def render(report: Report) -> str:
    s = report.summary
    by_state = s["links_by_state"]
    sections = s["sections"]
    out = [f"# Broken-link report — {report.generated_at}", ""]
    out.append(
        f"**{s['events']} events, {s['citations']} citations, {s['links']} links.** "
        f"Broken: {by_state.get('broken', 0)} ({sections['newly_broken']} new) · "
        f"failing: {by_state.get('failing', 0)} · unverifiable: {by_state.get('unverifiable', 0)} · "
        f"moved: {sections['moved']} · soft 404: {sections['soft_404']} · drifted: {sections['drifted']} · "
        f"recovered: {sections['recovered']} · healthy: {by_state.get('healthy', 0)} · "
        f"unchecked: {by_state.get('unchecked', 0)}. "
        f"Input problems: {s['problems']}. Archived copies to review: {s['copies_to_review']}.")
    if s.get("baseline"):
        out.append(f"\n\"New\" means since the report of {s['baseline']}.")
    if report.trend:
        out += ["", "| report | broken | failing | unverifiable | healthy |", "|---|---:|---:|---:|---:|"]
        for t in report.trend:
            st = t.get("links_by_state", {})
            out.append(f"| {t['generated_at']} | {st.get('broken', 0)} | {st.get('failing', 0)} | "
                       f"{st.get('unverifiable', 0)} | {st.get('healthy', 0)} |")
    empty = [section.title for section in report.sections if not section.events]
    if empty:
        out += ["", "Nothing to report in: " + ", ".join(empty) + "."]
    for section in report.sections:
        if not section.events:
            continue
        out += ["", f"## {section.title} ({section.count})", "", f"_{section.advice}_"]
        for group in section.events:
            out += ["", f"### `{md(group.event_id)}` — {md(group.title or '(no title)')}", "",
                    f"File: {md(group.file)}", "",
                    "| # | cited | verdict | state | since | fails | error | what to do |",
                    "|---:|---|---|---|---|---:|---|---|"]
            for item in group.items:
                place = f"{item.position}" if item.kind is CitationKind.SOURCE else f"body {item.position}"
                out.append(
                    f"| {place} | {_cited(item)} | {_verdict(item)} | {md(item.state)} | "
                    f"{md((item.since or '')[:10])} | {item.failures} | {md(item.error)} | {md(item.action)} |")
            out += [line for item in group.items for line in _changes(item)]
    out += _table(f"Input problems ({len(report.problems)})", ["file", "event", "field", "problem"],
                  [[p["file"], p["event_id"], p["field"], p["message"]] for p in report.problems])
    out += _table(f"Archived copies to review ({len(report.copies_to_review)})", ["copy", "status", "url", "title"],
                  [[c["path"], c["status"], c["url"], c["title"]] for c in report.copies_to_review])
    return "\n".join(out) + "\n"
