"""The report model: one object that every formatter renders.

:func:`build_report` reads the database once and sorts each citation that
needs attention into exactly one section, grouped by event, with the action a
maintainer should take and the best replacement we know of.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

import sqlite_utils

from ..check.linkstate import StatePolicy, redirect_run
from ..clock import utc_now
from ..db import checks, corpus, fixes
from ..db import reports as queries
from ..models import CitationKind, FixAction, LinkState, ProblemKind, TextStatus, Verdict

__all__ = ["SECTIONS", "EventGroup", "Item", "ProblemGroup", "ReplacementKind", "Report", "Section", "SectionKey",
           "build_report", "problem_action", "snapshot_health"]

FAILURE_STATES = frozenset({LinkState.FAILING, LinkState.BROKEN})


class SectionKey(StrEnum):
    NEWLY_BROKEN = "newly_broken"
    STILL_BROKEN = "still_broken"
    FAILING = "failing"
    SOFT_404 = "soft_404"
    CONTENT_REPLACED = "content_replaced"
    DEAD_SNAPSHOT = "dead_snapshot"
    MOVED = "moved"
    UNVERIFIABLE = "unverifiable"
    DRIFTED = "drifted"
    NO_TEXT = "no_text"
    RECOVERED = "recovered"


class ReplacementKind(StrEnum):
    """Where the best replacement for a failing citation comes from, best first."""

    OUR_COPY = "our_copy"
    SAVED_COPY = "saved_copy"
    WAYBACK = "wayback"
    CITED_ARCHIVE = "cited_archive"


@dataclass(frozen=True)
class SectionInfo:
    key: SectionKey
    title: str
    advice: str


SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo(SectionKey.NEWLY_BROKEN, "Newly broken",
                "Dead since the last report: replace the source or link the archived copy."),
    SectionInfo(SectionKey.STILL_BROKEN, "Still broken",
                "Dead for a while: replace the source or link the archived copy."),
    SectionInfo(SectionKey.FAILING, "Failing (not yet broken)",
                "Failed recently but not long enough to be called broken; no action needed yet."),
    SectionInfo(SectionKey.SOFT_404, "Soft 404s",
                "The page answers but says it is not found (or sends you to the home page). Like any failure, "
                "it is called broken only after repeated checks over days (each row says how far it is); then "
                "replace the source as for a broken link."),
    SectionInfo(SectionKey.CONTENT_REPLACED, "Content replaced",
                "The URL now serves another article than the one cited (a recycled URL): the link answers, but "
                "no longer backs the claim. Cite our first capture or the Wayback snapshot from before the change "
                "(sourcevault fix proposes one), or find the article's new home."),
    SectionInfo(SectionKey.DEAD_SNAPSHOT, "Dead archived copies",
                "The page is fine, but the archive URL the event cites no longer shows the archived page: "
                "archive the page again while it is up and cite the new snapshot."),
    SectionInfo(SectionKey.MOVED, "Moved permanently",
                "The page has a new address: update the URL in the event once the move is stable (each row says)."),
    SectionInfo(SectionKey.UNVERIFIABLE, "Unverifiable (blocked)",
                "The site refuses automated checks (bot wall, login, robots.txt): check by hand, "
                "it is not known to be dead."),
    SectionInfo(SectionKey.DRIFTED, "Drifted",
                "The page changed a lot since we first archived it: re-read it against the event's claim "
                "(what changed is shown word by word)."),
    SectionInfo(SectionKey.NO_TEXT, "Archived without text",
                "Our capture has little or no article text (paywall stub, script-only page): the raw WARC is kept."),
    SectionInfo(SectionKey.RECOVERED, "Recovered", "Answering again after failures: nothing to do."),
)


@dataclass
class Item:
    """One citation that needs attention."""

    event_id: str
    position: int
    kind: CitationKind
    field: str
    url: str  # as cited
    canonical_url: str
    cited_title: str | None
    outlet: str | None
    state: LinkState
    verdict: Verdict | None
    since: str | None
    failures: int
    status_code: int | None
    error: str | None
    checked_at: str | None
    final_url: str | None
    action: str
    replacement: str | None = None
    replacement_kind: ReplacementKind | None = None
    replacement_date: str | None = None
    similarity: float | None = None
    link_id: int | None = None
    citation_id: int | None = None
    edit: str | None = None  # the anchor of the edit `sourcevault fix` proposes for it (e.g. "edit-3")
    first_captured_at: str | None = None  # drifted: the capture the text is compared with
    changed_at: str | None = None  # drifted: the capture whose text differs
    drift_excerpt: str | None = None  # drifted: word-level changes, [-removed-] {+added+}
    first_title: str | None = None  # content replaced: the title of our first capture
    now_title: str | None = None  # content replaced: what the page's title says now
    # the snapshot the citation relies on (its archive_url, or the url itself when that is a snapshot)
    snapshot_url: str | None = None
    snapshot_state: LinkState | None = None
    snapshot_verdict: Verdict | None = None
    snapshot_at: str | None = None  # when the archive captured what it showed at the last check
    snapshot_dead: bool = False  # the snapshot is failing or broken: it no longer shows the archived page
    only_safety_net_dead: bool = False  # ... and no other copy (ours, hand-saved, Wayback lookup) is known


@dataclass
class EventGroup:
    event_id: str
    title: str | None
    file: str
    date: str | None
    items: list[Item] = field(default_factory=list)


@dataclass
class ProblemGroup:
    """An event file's input problems (``items``: rows of ``problems``, each with its ``action``)."""

    event_id: str | None
    file: str
    items: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Section:
    key: SectionKey
    title: str
    advice: str
    events: list[EventGroup] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(e.items) for e in self.events)


@dataclass
class Report:
    generated_at: str
    summary: dict[str, Any]
    trend: list[dict[str, Any]]
    sections: list[Section]
    problems: list[dict[str, Any]]
    copies_to_review: list[dict[str, Any]]
    broken_link_ids: list[int]
    proposals: list[dict[str, Any]] = field(default_factory=list)  # of the last `sourcevault fix`, with "anchor"

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def items(self) -> Iterable[tuple[Section, EventGroup, Item]]:
        return _items(self.sections)

    @property
    def fix_title(self) -> str:
        """The heading of the last ``fix`` run's items, counted as the summary counts them."""
        return (f"Edits proposed ({self.summary.get('proposed_edits', 0)}) and citations to fix by hand "
                f"({self.summary.get('hand_edits', 0)})")

    def problem_groups(self) -> list[ProblemGroup]:
        """The input problems grouped by event file, in file order."""
        groups: list[ProblemGroup] = []
        for p in self.problems:
            if not groups or (groups[-1].file, groups[-1].event_id) != (p["file"], p["event_id"]):
                groups.append(ProblemGroup(p["event_id"], p["file"]))
            groups[-1].items.append(p)
        return groups

    def as_dict(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at,
            "summary": self.summary,
            "trend": self.trend,
            "sections": {
                s.key: {"title": s.title, "advice": s.advice, "count": s.count,
                        "events": [asdict(g) for g in s.events]}
                for s in self.sections
            },
            "problems": self.problems,
            "copies_to_review": self.copies_to_review,
            "proposed_edits": self.proposals,
        }


def build_report(db: sqlite_utils.Database, *, clock: Callable[[], str] = utc_now,
                 trend_length: int = 10, policy: StatePolicy | None = None) -> Report:
    """The report; ``policy`` (``check.broken_after_*``) says when a permanent redirect is a move to act on,
    as ``sourcevault fix`` judges it."""
    policy = policy or StatePolicy()
    checked_through = queries.latest_check_at(db)
    baseline = queries.baseline_snapshot(db)
    previously_broken = baseline["broken_link_ids"] if baseline else set()
    sections = {info.key: Section(info.key, info.title, info.advice) for info in SECTIONS}
    proposals = fixes.stored_proposals(db)
    edits: dict[int, str] = {}
    for n, p in enumerate(proposals, 1):
        p["anchor"] = f"edit-{n}"
        if p["citation_id"] is not None:
            edits.setdefault(p["citation_id"], p["anchor"])
    broken: set[int] = set()
    for row in queries.attention_rows(db):
        key = _section_of(row, previously_broken)
        if row["state"] == LinkState.BROKEN:
            broken.add(row["link_id"])
        if key is None:
            continue
        if key is SectionKey.MOVED:
            row = {**row, "move_pending": _move_pending(db, row, policy)}
        elif key is SectionKey.SOFT_404:
            row = {**row, "broken_after": (policy.broken_after_checks, policy.broken_after_days)}
        _add(sections[key], row, edits)
    counts = corpus.corpus_counts(db)
    by_state = checks.state_counts(db, kinds=(CitationKind.SOURCE, CitationKind.BODY))
    summary = {
        "events": counts["events"],
        "citations": counts["citations"],
        "links": counts["links"],
        "links_by_state": by_state,
        # cited only through an archive field (a snapshot's original given without a url, an archive URL
        # that is no snapshot): in "links", not in links_by_state, which counts sources and body links
        "links_behind_archive_urls": max(0, counts["links"] - sum(by_state.values())),
        "snapshots_by_state": checks.snapshot_state_counts(db),
        "sections": {s.key: s.count for s in sections.values()},
        "problems": counts["problems"],
        "proposed_edits": sum(1 for p in proposals if FixAction(p["action"]) is not FixAction.NONE),
        "hand_edits": sum(1 for p in proposals if FixAction(p["action"]) is FixAction.NONE),
        "baseline": baseline["generated_at"] if baseline else None,
        "checked_through": checked_through,
    }
    summary["only_safety_net_dead"] = sum(item.only_safety_net_dead for _, _, item in _items(sections.values()))
    # the section counts citations (its rows); an alert about links counts each link once
    summary["newly_broken_links"] = len({item.link_id for _, _, item in _items([sections[SectionKey.NEWLY_BROKEN]])})
    problems = [{**p, "action": problem_action(p)} for p in corpus.current_problems(db)]
    copies = queries.review_copies(db)
    summary["copies_to_review"] = len(copies)
    generated_at = clock()
    trend = queries.recent_snapshots(db, trend_length - 1) + [
        {"generated_at": generated_at, "links_by_state": summary["links_by_state"], "sections": summary["sections"]}]
    return Report(generated_at, summary, trend, list(sections.values()), problems, copies, sorted(broken),
                  proposals)


def _items(sections: Iterable[Section]) -> Iterable[tuple[Section, EventGroup, Item]]:
    for section in sections:
        for group in section.events:
            for item in group.items:
                yield section, group, item


def _section_of(row: dict[str, Any], previously_broken: set[int]) -> SectionKey | None:
    state = LinkState(row["state"])
    verdict = Verdict(row["verdict"]) if row["verdict"] else None
    if verdict is Verdict.CONTENT_REPLACED and state in FAILURE_STATES:
        return SectionKey.CONTENT_REPLACED  # whether broken yet or not: the two titles are what to act on
    if state is LinkState.BROKEN:
        return SectionKey.STILL_BROKEN if row["link_id"] in previously_broken else SectionKey.NEWLY_BROKEN
    if verdict is Verdict.SOFT_404 and state in FAILURE_STATES:
        return SectionKey.SOFT_404
    if state is LinkState.FAILING:
        return SectionKey.FAILING
    if _snapshot_dead(row):
        return SectionKey.DEAD_SNAPSHOT
    if state is LinkState.UNVERIFIABLE:
        return SectionKey.UNVERIFIABLE
    if verdict is Verdict.REDIRECTED:
        return SectionKey.MOVED
    if row["drifted"]:
        return SectionKey.DRIFTED
    if row["text_status"] is not None and TextStatus(row["text_status"]) in (TextStatus.EMPTY, TextStatus.TINY):
        return SectionKey.NO_TEXT
    if state is LinkState.RECOVERED:
        return SectionKey.RECOVERED
    return None


def _add(section: Section, row: dict[str, Any], edits: dict[int, str]) -> None:
    if not section.events or section.events[-1].event_id != row["event_id"]:
        section.events.append(EventGroup(row["event_id"], row["event_title"], row["event_file"], row["event_date"]))
    replacement, kind, date = _replacement(row, before_change=section.key is SectionKey.CONTENT_REPLACED)
    section.events[-1].items.append(Item(
        event_id=row["event_id"], position=row["position"], kind=CitationKind(row["kind"]), field=row["field"],
        url=row["raw_url"], canonical_url=row["canonical_url"], cited_title=row["cited_title"], outlet=row["outlet"],
        state=LinkState(row["state"]), verdict=Verdict(row["verdict"]) if row["verdict"] else None,
        since=row["first_failure_at"], failures=row["consecutive_failures"] or 0,
        status_code=row["status_code"], error=row["detail"], checked_at=row["checked_at"],
        final_url=row["final_url"], action=_action(section.key, row, replacement, kind),
        replacement=replacement, replacement_kind=kind, replacement_date=date,
        similarity=row["similarity"], link_id=row["link_id"], citation_id=row["citation_id"],
        edit=edits.get(row["citation_id"]),
        snapshot_url=row["snapshot_url"],
        snapshot_state=LinkState(row["snapshot_state"]) if row["snapshot_state"] else None,
        snapshot_verdict=Verdict(row["snapshot_verdict"]) if row["snapshot_verdict"] else None,
        snapshot_at=row["snapshot_at"], snapshot_dead=_snapshot_dead(row), only_safety_net_dead=_only_net_dead(row),
        **(dict(first_captured_at=row["first_captured_at"], changed_at=row["last_captured_at"],
                drift_excerpt=row["drift_excerpt"]) if section.key is SectionKey.DRIFTED else {}),
        **(dict(first_title=row["first_title"], now_title=row["page_title"],
                first_captured_at=row["first_copy_at"]) if section.key is SectionKey.CONTENT_REPLACED else {}),
    ))


_PROBLEM_ACTIONS = {
    ProblemKind.INVALID_URL: "put the article's http(s) URL in {field} (or remove the entry)",
    ProblemKind.BAD_FIELD: "correct {field}",
    ProblemKind.MISSING_FIELD: "add {field}",
    ProblemKind.DUPLICATE_ID: "give one of the events with this id another id",
    ProblemKind.MALFORMED: "repair the front matter so that it parses",
    ProblemKind.UNREADABLE: "save the file as UTF-8 text within extract.max_file_bytes",
    ProblemKind.NOT_A_SNAPSHOT: "put a snapshot of the cited page in {field} (or remove it)",
}


def problem_action(problem: dict[str, Any]) -> str:
    """What to do in the event file about an input problem (a row of ``problems``)."""
    return _PROBLEM_ACTIONS[ProblemKind(problem["kind"])].format(field=problem["field"] or "the field")


def snapshot_health(item: Item) -> str:
    """The cited snapshot's health in a few words ("" when the citation relies on none)."""
    if not item.snapshot_url:
        return ""
    verdict = item.snapshot_verdict.value if item.snapshot_verdict else "unchecked"
    at = f", archived {item.snapshot_at[:10]}" if item.snapshot_at else ""
    state = f" ({item.snapshot_state.value}{at})" if item.snapshot_state else ""
    return f"{verdict}{state}"


def _move_pending(db: sqlite_utils.Database, row: dict[str, Any], policy: StatePolicy) -> str | None:
    """Why a permanent redirect is not yet a move to edit (the rule of ``sourcevault fix``), or None when it is."""
    run = redirect_run((Verdict(v), at, url) for v, at, url in fixes.redirect_history(db, row["link_id"]))
    if run.target == row["final_url"] and run.is_stable(policy):
        return None
    checks_seen = run.checks if run.target == row["final_url"] else 0
    return (f"wait: it redirects permanently to {row['final_url']} on {checks_seen} check(s) since "
            f"{(run.first_at or '?')[:10]}; update the URL once seen on {policy.broken_after_checks} checks over "
            f"{policy.broken_after_days:g} days (sourcevault fix proposes it then)")


def _snapshot_dead(row: dict[str, Any]) -> bool:
    """The cited snapshot failed its latest checks (an unverifiable answer keeps it so, as for any link)."""
    return row["snapshot_state"] is not None and LinkState(row["snapshot_state"]) in FAILURE_STATES


def _only_net_dead(row: dict[str, Any]) -> bool:
    """The cited snapshot is dead and nothing else backs the citation: no copy of ours, hand-saved or found."""
    return _snapshot_dead(row) and not (row["our_copy"] or row["saved_copy"] or row["wayback_url"])


def _replacement(row: dict[str, Any], before_change: bool = False
                 ) -> tuple[str | None, ReplacementKind | None, str | None]:
    """The best copy to cite instead; ``before_change``: of the page as it was first (its content was replaced,
    so a later copy of ours may hold the new article)."""
    if before_change and row["first_copy"]:
        return row["first_copy"], ReplacementKind.OUR_COPY, row["first_copy_at"]
    if row["our_copy"] and not before_change:
        return row["our_copy"], ReplacementKind.OUR_COPY, row["our_copy_at"]
    if row["saved_copy"]:
        return row["saved_copy"], ReplacementKind.SAVED_COPY, None
    if row["wayback_url"]:
        return row["wayback_url"], ReplacementKind.WAYBACK, row["wayback_at"]
    if row["cited_archive"] and not _snapshot_dead(row):
        return row["cited_archive"], ReplacementKind.CITED_ARCHIVE, None
    return None, None, None


_KIND_WORDS = {ReplacementKind.OUR_COPY: "our archived copy", ReplacementKind.SAVED_COPY: "the hand-saved copy",
               ReplacementKind.WAYBACK: "the Wayback Machine snapshot",
               ReplacementKind.CITED_ARCHIVE: "the archive URL the event already cites"}


def _action(section: SectionKey, row: dict[str, Any], replacement: str | None, kind: ReplacementKind | None) -> str:
    if section is SectionKey.SOFT_404:  # failing, not yet broken: the rule by which fix waits too
        checks, days = row["broken_after"]
        copy = f"; {_KIND_WORDS[kind]} exists ({replacement})" if replacement and kind is not None else ""
        return (f"wait: a soft 404 on {row['consecutive_failures'] or 1} check(s) since "
                f"{(row['first_failure_at'] or '?')[:10]}; it is called broken after {checks} checks over {days:g} "
                f"days, and then replaced (sourcevault fix proposes its archived copy){copy}")
    if section in (SectionKey.NEWLY_BROKEN, SectionKey.STILL_BROKEN):
        if row["snapshot_url"] and not _snapshot_dead(row):
            # the event already gives an archive URL (as `sourcevault fix` adds it): nothing to add
            return (f"keep the archive URL the event cites ({row['snapshot_url']}, "
                    f"{row['snapshot_verdict'] or 'not checked yet'}); "
                    "replace the url only if the article has a new home")
        if replacement and kind is not None:
            return f"replace with {_KIND_WORDS[kind]} ({replacement}) or find the article's new home"
        if _only_net_dead(row):
            return ("find the article's new home or another source: the archive URL the event cites is dead too "
                    f"({row['snapshot_verdict']}), and no other copy is known")
        return "find the article's new home or another source; no archived copy is known"
    if section is SectionKey.CONTENT_REPLACED:
        titles = f"the page now says {row['page_title'] or '?'!r}; cited as {row['cited_title'] or '?'!r}" + (
            f", first captured as {row['first_title']!r}" if row["first_title"] else "")
        if replacement and kind is not None:
            return f"{titles}: cite {_KIND_WORDS[kind]} ({replacement}) or find the article's new home"
        return f"{titles}: find the article's new home or another source; no copy from before the change is known"
    if section is SectionKey.MOVED:
        return row.get("move_pending") or f"update the URL to {row['final_url']}"
    if section is SectionKey.FAILING:
        if replacement and kind is not None:
            return f"wait: it is checked again sooner; {_KIND_WORDS[kind]} exists ({replacement})"
        return "wait: it is checked again sooner; archive it now if it matters"
    if section is SectionKey.DEAD_SNAPSHOT:
        return (f"the archive URL {row['snapshot_url']} is dead ({row['snapshot_verdict']}: {row['snapshot_detail']}); "
                "save the page again (web.archive.org/save) and cite the new snapshot")
    if section is SectionKey.UNVERIFIABLE:
        return "open it in a browser to confirm; the site blocks automated checks"
    if section is SectionKey.DRIFTED:
        sim, first, last = row["similarity"], row["first_captured_at"], row["last_captured_at"]
        if sim is None or first is None:
            return "re-read against the event"
        return (f"re-read against the event: the text captured {last[:10]} differs from our first capture "
                f"of {first[:10]} (similarity {sim:.2f})")
    if section is SectionKey.NO_TEXT:
        return f"look at the raw capture ({row['text_reason'] or row['text_status']})"
    return "nothing to do"
