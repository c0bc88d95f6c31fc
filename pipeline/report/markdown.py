"""The report as Markdown, ready to paste into a GitHub issue.

It leads with what needs an edit of an event file, grouped by event (newly
broken, still broken, soft 404s, dead snapshots, moved pages with their new
URL), then the edits ``sourcevault fix`` proposed and the citations it left
to fix by hand (counted apart, as the summary line counts them), the input
problems (by event file: field, bad value, what to do) and the drifted pages
to re-read (with what changed); it counts what is to be looked at by hand and what needs
no action, and points to the full HTML/CSV/JSON reports. It stays under
:data:`MAX_CHARS` (GitHub's limit for an issue body) however large the corpus:
rows are cut section by section in :data:`CUT_ORDER`, the oldest first and as
few as needed (drifted, then moved, then still broken rows give way first;
newly broken rows last), and each cut is stated with a count.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, TypeVar

from ..models import CitationKind, FixAction
from .model import EventGroup, Item, ProblemGroup, Report, Section, SectionKey, snapshot_health

G = TypeVar("G", EventGroup, ProblemGroup)

MAX_CHARS = 65_536
ACTION_SECTIONS = (SectionKey.NEWLY_BROKEN, SectionKey.STILL_BROKEN, SectionKey.SOFT_404,
                   SectionKey.CONTENT_REPLACED, SectionKey.DEAD_SNAPSHOT, SectionKey.MOVED)
REREAD_SECTIONS = (SectionKey.DRIFTED,)  # listed after the edits while there is room, else counted
LISTED = ACTION_SECTIONS + REREAD_SECTIONS
BY_HAND_SECTIONS = (SectionKey.UNVERIFIABLE, SectionKey.NO_TEXT)  # counted: to look at by hand
PROPOSED_EDITS = "proposed_edits"
INPUT_PROBLEMS = "input_problems"
CUT_ORDER = (SectionKey.DRIFTED, SectionKey.MOVED, SectionKey.STILL_BROKEN, SectionKey.SOFT_404, INPUT_PROBLEMS,
             SectionKey.NEWLY_BROKEN, SectionKey.CONTENT_REPLACED, SectionKey.DEAD_SNAPSHOT, PROPOSED_EDITS)
_ESCAPE = re.compile(r"([\\`*_{}\[\]<>|#])")


def md(text: object) -> str:
    """Escape text for a Markdown table cell or line."""
    return _ESCAPE.sub(r"\\\1", " ".join(str(text).split())) if text is not None else ""


def code(text: object) -> str:
    """Text as a Markdown code span, shown as written: backslash escapes are not read inside one, so the
    text goes in unescaped, fenced by more backticks than it holds in a row."""
    value = " ".join(str(text).split())
    fence = "`" * (max((len(run) for run in re.findall("`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _cited(item: Item) -> str:
    """A link to the canonical URL: it is percent-encoded, so it cannot break the table or inject markup."""
    title = md(item.cited_title or item.url)
    outlet = f" — {md(item.outlet)}" if item.outlet else ""
    return f"[{title}](<{item.canonical_url}>){outlet}"


def _verdict(item: Item) -> str:
    code = f" ({item.status_code})" if item.status_code else ""
    return f"{md(item.verdict or 'unchecked')}{code}"


def _snapshot(item: Item) -> str:
    """The health of the archive URL the citation relies on, and a warning when it was the only copy."""
    return md(snapshot_health(item)) + (" — **only safety net is dead**" if item.only_safety_net_dead else "")


def _todo(item: Item) -> str:
    edit = f" — [proposed edit](#{item.edit})" if item.edit else ""
    return md(item.action) + edit


def _section(section: Section, groups: list[EventGroup]) -> list[str]:
    out = ["", f"## {section.title} ({section.count})", "", f"_{section.advice}_"]
    for group in groups:
        out += ["", f"### {code(group.event_id)} — {md(group.title or '(no title)')}", "",
                f"File: {md(group.file)}", "",
                "| # | cited | verdict | state | since | fails | error | archived copy | what to do |",
                "|---:|---|---|---|---|---:|---|---|---|"]
        for item in group.items:
            place = (f"{item.position}" if item.kind is CitationKind.SOURCE
                     else f"archive {item.position}" if item.kind is CitationKind.ARCHIVE else f"body {item.position}")
            out.append(
                f"| {place} | {_cited(item)} | {_verdict(item)} | {md(item.state)} | "
                f"{md((item.since or '')[:10])} | {item.failures} | {md(item.error)} | {_snapshot(item)} | "
                f"{_todo(item)} |")
        out += [line for item in group.items for line in _changes(item) + _titles(item)]
    return out


def _changes(item: Item) -> list[str]:
    """What changed in a drifted citation's page, word by word, below its event's table."""
    if not item.drift_excerpt:
        return []
    text = item.drift_excerpt.replace("~~~", "~ ~ ~")  # cannot close the fence
    return ["", f"What changed at <{item.canonical_url}> between our first capture "
                f"({md((item.first_captured_at or '?')[:10])}) and the capture of "
                f"{md((item.changed_at or '?')[:10])} "
                "(`[-removed-]`, `{+added+}`):", "", "~~~text", *text.splitlines(), "~~~"]


def _titles(item: Item) -> list[str]:
    """A replaced citation's titles, below its event's table: as cited, as we first captured it, and now."""
    if item.now_title is None:
        return []
    first = f" · first captured ({md((item.first_captured_at or '?')[:10])}): **{md(item.first_title)}**" \
        if item.first_title else ""
    return ["", f"Content replaced at <{item.canonical_url}>: cited as **{md(item.cited_title or '?')}**{first} · "
                f"the page now: **{md(item.now_title)}**"]


def _edits(proposals: list[dict[str, Any]], title: str) -> list[str]:
    """The last ``fix`` run's items: its proposed edits and the citations it left to fix by hand."""
    out = ["", f"## {title}", "",
           "_Run `sourcevault fix` for the patch, `sourcevault fix --apply` to write it (see docs/fix.md); "
           "a \"hand edit\" row is a citation it could not fix, with the reason._"]
    if not proposals:
        return out + ["", "None."]
    out += ["", "| edit | file | field | change | why |", "|---|---|---|---|---|"]
    for p in proposals:
        where = f"{p['file']}:{p['line']}" if p.get("line") else p["file"]
        if FixAction(p["action"]) is FixAction.NONE:
            change = "hand edit"
        elif p.get("old_value"):
            change = f"{p['old_value']} → {p['new_value']}"
        else:
            change = f"add {p['new_value']}"
        out.append(f"| <a id=\"{p['anchor']}\"></a>{md(p['action'])} | {md(where)} | {md(p.get('field'))} | "
                   f"{md(change)} | {md(p['detail'])} |")
    return out


def _problems(groups: list[ProblemGroup], total: int) -> list[str]:
    """The input problems by event file: the field, the bad value, the problem and what to do."""
    out = ["", f"## Input problems ({total})", "",
           "_Values in the event files that cannot be used: fix them in the file (the rest of it is read)._"]
    for group in groups:
        heading = code(group.event_id) if group.event_id else md(group.file)
        out += ["", f"### {heading}", "", f"File: {md(group.file)}", "",
                "| field | value | problem | what to do |", "|---|---|---|---|"]
        out += [f"| {md(p['field'])} | {md(p['value'])} | {md(p['message'])} | {md(p['action'])} |"
                for p in group.items]
    return out


def _of(report: Report, key: SectionKey) -> Section:
    """The report's section ``key`` (an empty one when the report was built without it)."""
    return next((s for s in report.sections if s.key == key), Section(key, key.value, ""))


def _trim(groups: list[G], keep: int, oldest_first: Callable[[Any], str]) -> list[G]:
    """The groups with only the ``keep`` most recent items (the oldest by ``oldest_first`` cut)."""
    items = [(g, i) for g in groups for i in g.items]
    if keep >= len(items):
        return groups
    cut = {id(i) for _, i in sorted(items, key=lambda gi: oldest_first(gi[1]))[:len(items) - keep]}
    out = []
    for g in groups:
        kept = [i for i in g.items if id(i) not in cut]
        if kept:
            out.append(dataclasses.replace(g, items=kept))
    return out


def render(report: Report, max_chars: int = MAX_CHARS) -> str:
    sizes: dict[str, int] = {key: _of(report, key).count for key in LISTED}
    sizes[PROPOSED_EDITS] = len(report.proposals)
    sizes[INPUT_PROBLEMS] = len(report.problems)
    keep = dict(sizes)
    text = _render(report, keep, sizes)
    for key in CUT_ORDER:  # cut the oldest rows of one section at a time, as few as needed
        if len(text) <= max_chars:
            break
        lo, hi = 0, sizes[key]
        keep[key] = 0
        if len(_render(report, keep, sizes)) > max_chars:
            continue
        while lo < hi:  # the most rows that fit
            mid = (lo + hi + 1) // 2
            keep[key] = mid
            if len(_render(report, keep, sizes)) <= max_chars:
                lo = mid
            else:
                hi = mid - 1
        keep[key] = lo
        text = _render(report, keep, sizes)
    if len(text) > max_chars:  # only the fixed parts are left: end at a line, say so
        note = "\n\n(report cut at GitHub's size limit; see broken-links.html)\n"
        text = text[:max_chars - len(note)].rsplit("\n", 1)[0] + note
    return text


def _listed(report: Report, keys: tuple[SectionKey, ...], keep: dict[str, int], sizes: dict[str, int],
            cuts: list[str]) -> list[str]:
    """The sections ``keys`` with the rows that fit (the oldest are cut first), noting each cut."""
    out: list[str] = []
    for key in keys:
        section = _of(report, key)
        if not section.events:
            continue
        groups = _trim(section.events, keep[key], lambda i: i.changed_at or i.since or "")
        out += _section(section, groups)
        if keep[key] < sizes[key]:
            cuts.append(f"{sizes[key] - keep[key]} oldest {section.title.lower()} rows")
            out += ["", f"_… {sizes[key] - keep[key]} older rows cut to fit an issue; all are in broken-links.html._"]
    return out


def _behind_archive_urls(summary: dict[str, Any]) -> str:
    n = summary.get("links_behind_archive_urls", 0)
    return f" ({n} of them cited only through an archive URL, not counted by state below)" if n else ""


def _render(report: Report, keep: dict[str, int], sizes: dict[str, int]) -> str:
    s = report.summary
    by_state = s["links_by_state"]
    sections = s["sections"]
    out = [f"# Broken-link report — {report.generated_at}", ""]
    out.append(
        f"**{s['events']} events, {s['citations']} citations, {s['links']} links**{_behind_archive_urls(s)}. "
        f"Broken: {by_state.get('broken', 0)} ({s['newly_broken_links']} new) · "
        f"dead snapshots: {sections.get('dead_snapshot', 0)} · edits proposed: {s.get('proposed_edits', 0)} · "
        f"citations to fix by hand: {s.get('hand_edits', 0)} · "
        f"failing: {by_state.get('failing', 0)} · unverifiable: {by_state.get('unverifiable', 0)} · "
        f"moved: {sections['moved']} · soft 404: {sections['soft_404']} · "
        f"content replaced: {sections.get('content_replaced', 0)} · drifted: {sections['drifted']} · "
        f"recovered: {sections['recovered']} · healthy: {by_state.get('healthy', 0)} · "
        f"unchecked: {by_state.get('unchecked', 0)}. "
        f"Input problems: {s['problems']}. Archived copies to review: {s['copies_to_review']}.")
    snaps = s.get("snapshots_by_state", {})
    if snaps:
        out.append(
            f"\nArchive URLs cited: {sum(snaps.values())}; dead: {snaps.get('broken', 0) + snaps.get('failing', 0)} "
            f"(the only safety net of {s['only_safety_net_dead']} citations) · healthy: {snaps.get('healthy', 0)} · "
            f"unverifiable: {snaps.get('unverifiable', 0)} · unchecked: {snaps.get('unchecked', 0)}.")
    if s.get("baseline"):
        out.append(f"\n\"New\" means since the report of {s['baseline']}.")
    if report.trend:
        out += ["", "| report | broken | failing | unverifiable | healthy |", "|---|---:|---:|---:|---:|"]
        for t in report.trend:
            st = t.get("links_by_state", {})
            out.append(f"| {t['generated_at']} | {st.get('broken', 0)} | {st.get('failing', 0)} | "
                       f"{st.get('unverifiable', 0)} | {st.get('healthy', 0)} |")
    cuts: list[str] = []
    out += _listed(report, ACTION_SECTIONS, keep, sizes, cuts)
    out += _edits(report.proposals[:keep[PROPOSED_EDITS]], report.fix_title)
    if keep[PROPOSED_EDITS] < sizes[PROPOSED_EDITS]:
        cuts.append(f"{sizes[PROPOSED_EDITS] - keep[PROPOSED_EDITS]} rows of edits proposed and citations to fix "
                    "by hand")
    if report.problems:
        problems = _trim(report.problem_groups(), keep[INPUT_PROBLEMS], lambda p: p["first_seen_at"] or "")
        out += _problems(problems, sizes[INPUT_PROBLEMS])
        if keep[INPUT_PROBLEMS] < sizes[INPUT_PROBLEMS]:
            cut = sizes[INPUT_PROBLEMS] - keep[INPUT_PROBLEMS]
            cuts.append(f"{cut} oldest input problems")
            out += ["", f"_… {cut} older input problems cut to fit an issue; all are in broken-links.html._"]
    out += _listed(report, REREAD_SECTIONS, keep, sizes, cuts)
    by_hand = [(sec.title, sec.count) for sec in report.sections if sec.key in BY_HAND_SECTIONS]
    by_hand.append(("Archived copies to review", len(report.copies_to_review)))
    no_action = [(sec.title, sec.count) for sec in report.sections if sec.key not in LISTED + BY_HAND_SECTIONS]
    out += ["", "## Everything else", "", "To look at by hand (listed in the other formats):", ""]
    out += [f"- {title}: {count}" for title, count in by_hand]
    out += ["", "No action needed from this report:", ""]
    out += [f"- {title}: {count}" for title, count in no_action]
    out += ["", "The full lists are in the other formats written beside this file: "
            "`broken-links.html` (sortable, filterable), `broken-links.csv` and `broken-links.json`."]
    if cuts:
        out += ["", f"**Cut to stay under {MAX_CHARS:,} characters:** " + "; ".join(cuts) + "."]
    return "\n".join(out) + "\n"
