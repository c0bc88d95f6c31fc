"""Fix mode: from the recorded verdicts to proposed edits of the event files, and applying them.

:func:`plan_fixes` re-extracts files that changed since the last extract (so
edits are computed from their current content), asks the database which
citations need an edit (:mod:`pipeline.db.fixes`), finds and verifies a
replacement for each (:mod:`.snapshots`), and makes the edits in memory
(:mod:`.edits`). :meth:`FixPlan.diff` renders them as one unified diff;
:func:`apply_plan` writes them atomically, keeping each file's mode, after
checking that no file changed in between. Proposals are stored for the
report and ``status``.

Kinds of proposal (:class:`Reason`): a dead source with no archive URL gets
one; so does a source whose URL now serves another article (``content_replaced``:
a snapshot from before the change, checked against our first capture); a dead
archive URL is replaced; a source that moved permanently gets its
new address (``fix.moved`` says whether the old one stays); a ``url`` that is
not a URL is listed with its file and line, never edited.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from ..archive import wayback
from ..archive.copies import read_copy_text
from ..check.linkstate import StatePolicy, redirect_run
from ..clock import utc_now
from ..config import Config, MovedPolicy
from ..db import fixes as queries
from ..extract import stage as extract
from ..extract.eventfile import DATE_KEYS
from ..logs import per_item
from ..models import FixAction as Action
from ..models import FixReason as Reason
from ..models import LinkState, Verdict
from ..net.fetcher import Fetcher
from ..safefiles import write_atomic
from .diff import patch_paths, unified_diff
from .edits import URL_KEYS, Change, EditError, apply_changes, entry_of, locate_line, parse_field
from .snapshots import choose_snapshot, verify_page

__all__ = ["Action", "FixPlan", "Proposal", "Reason", "apply_plan", "plan_fixes"]

log = logging.getLogger(__name__)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(kw_only=True)
class Proposal:
    citation_id: int | None
    event_id: str | None
    file: str  # as shown in messages
    path: str | None  # absolute
    field: str | None
    line: int | None
    reason: Reason
    action: Action
    old_value: str | None = None
    new_value: str | None = None
    detail: str = ""
    evidence: dict[str, Any] = dataclasses.field(default_factory=dict)
    file_sha256: str | None = None
    changes: list[Change] = dataclasses.field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("changes")
        data["reason"], data["action"] = self.reason.value, self.action.value
        return data


@dataclass
class FixPlan:
    proposals: list[Proposal] = dataclasses.field(default_factory=list)
    texts: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)  # path -> (old text, new text)
    reextracted: int = 0
    skipped_files: list[str] = dataclasses.field(default_factory=list)  # changed under us and not re-extracted

    @property
    def edits(self) -> list[Proposal]:
        return [p for p in self.proposals if p.action != Action.NONE]

    def diff(self, root: Path | None = None) -> str:
        """One unified diff of every edited file, paths relative to ``root`` if given, else to the git
        repository holding the files (:func:`.diff.patch_paths`: may raise ``SeveralRepositories``)."""
        names = patch_paths(self.texts, root)
        return "".join(unified_diff(names[path], old, new) for path, (old, new) in sorted(self.texts.items()))


def _read(path: str) -> tuple[str, str] | None:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        log.warning("%s: cannot read: %s", path, exc.strerror or exc,
                    extra=per_item("fix_unreadable", "event files fix could not read"))
        return None
    try:
        return data.decode("utf-8"), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError:
        return None


def _stale_files(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> list[str]:
    paths = sorted({r["file_path"] for r in rows if r.get("file_path")})
    known = queries.file_hashes(db, paths)
    stale = []
    for path in paths:
        read = _read(path)
        if read is not None and read[1] != known.get(path):
            stale.append(path)
    return stale


def _needs(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Source citations that need something, each with ``reason`` set."""
    out = []
    for row in queries.cited_sources(db):
        if row["is_snapshot"]:  # the url itself is a snapshot: only its own death is ours to fix
            if row["snapshot_state"] == LinkState.BROKEN:
                archive = {"citation_id": row["citation_id"], "field": row["field"], "raw_url": row["raw_url"],
                           "snapshot_link_id": row["snapshot_link_id"],
                           "snapshot_dead_since": row["snapshot_dead_since"]}
                out.append({**row, "reason": Reason.DEAD_ARCHIVE_URL, "archive": archive})
            continue
        dead_archives = [a for a in row["archives"] if a["snapshot_state"] == LinkState.BROKEN]
        for archive in dead_archives:
            out.append({**row, "reason": Reason.DEAD_ARCHIVE_URL, "archive": archive})
        if dead_archives:
            continue
        if row["state"] == LinkState.BROKEN and not any(a["raw_url"] for a in row["archives"]):
            replaced = row["verdict"] == Verdict.CONTENT_REPLACED
            out.append({**row, "reason": Reason.CONTENT_REPLACED if replaced else Reason.DEAD_CITATION,
                        "archive": None})
        elif (row["verdict"] == Verdict.REDIRECTED and row["final_url"]
              and row["state"] in (LinkState.HEALTHY, LinkState.RECOVERED)):
            out.append({**row, "reason": Reason.MOVED, "archive": None})
    return out


def _date(value: Any) -> str | None:
    m = _DATE.search(str(value)) if value not in (None, "") else None
    return m.group(0) if m else None


def _trusted_publication(published_on: str | None, *, accessed_on: str | None, today: str) -> str | None:
    """The source's publication date, unless it cannot be true: later than today, or later than the
    access date the source gives (read before it was published). A date later than the event's is
    the normal case (a timeline of past events cites what was written since) and is kept."""
    if published_on and (published_on > today[:10] or (accessed_on and published_on > accessed_on)):
        return None
    return published_on


def plan_fixes(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
               fetcher_factory: Callable[[], Fetcher] | None = None) -> FixPlan:
    """Every edit fix mode proposes now, made in memory (nothing is written to the event files)."""
    plan = FixPlan()
    needs = _needs(db)
    stale = _stale_files(db, needs)
    if stale:
        log.info("%d event file(s) changed since the last extract; re-extracting first", len(stale))
        extract.run(db, config, clock=clock)
        plan.reextracted = len(stale)
        needs = _needs(db)
        plan.skipped_files = _stale_files(db, needs)
        for path in plan.skipped_files:
            log.warning("%s: changed since the last extract and not re-extracted; left alone", path,
                        extra=per_item("fix_skipped", "event files changed since the last extract, left alone by fix",
                                       "run `sourcevault extract`, then fix again"))
    needs = [n for n in needs if n["file_path"] not in plan.skipped_files]
    factory = fetcher_factory or (lambda: Fetcher(config.http))
    now = clock()
    proposals = asyncio.run(_propose(db, config, needs, factory, now))
    proposals += _not_urls(db)
    _make_edits(plan, proposals)
    plan.proposals = proposals
    queries.replace_proposals(db, [{**p.as_dict(), "proposed_at": now} for p in proposals])
    return plan


async def _propose(db: sqlite_utils.Database, config: Config, needs: list[dict[str, Any]],
                   factory: Callable[[], Fetcher], now: str) -> list[Proposal]:
    used = queries.archive_keys_in_use(db)
    archive_key = next((k for k in config.extract.archive_keys if k in used), config.extract.archive_keys[0])
    texts: dict[str, tuple[str, str] | None] = {}
    gate = asyncio.Semaphore(config.fix.concurrency)
    lookups = _lookups_this_run(db, needs, config.fix.max_lookups)

    async def one(need: dict[str, Any], fetcher: Fetcher) -> Proposal | None:
        path = need["file_path"]
        if path not in texts:
            texts[path] = _read(path)
        read = texts[path]
        if read is None:
            return None
        async with gate:
            return await _proposal_for(db, config, need, read, archive_key, fetcher, lookups, now)

    async with factory() as fetcher:
        results = await asyncio.gather(*(one(n, fetcher) for n in needs))
    queries.record_lookups(db, sorted(k for k, made in lookups.items() if made), now)
    return [p for p in results if p is not None]


def _lookup_key(need: dict[str, Any]) -> int:
    """The citation a lookup is for: the dead archive URL's own, else the source's."""
    return int((need["archive"] or need)["citation_id"])


def _lookups_this_run(db: sqlite_utils.Database, needs: list[dict[str, Any]], most: int) -> dict[int, bool]:
    """The citations to look up this run (each marked True once looked up): ``fix.max_lookups`` of them,
    the least recently looked-up first (never first of all), in path order among equals, so that every
    citation gets its turn."""
    last = queries.last_lookups(db)
    keys = [_lookup_key(n) for n in needs if n["reason"] != Reason.MOVED]
    order = sorted(range(len(keys)), key=lambda i: (last.get(keys[i], ""), i))
    return {keys[i]: False for i in order[:most]}


async def _proposal_for(db: sqlite_utils.Database, config: Config, need: dict[str, Any], read: tuple[str, str],
                        archive_key: str, fetcher: Fetcher, lookups: dict[int, bool], today: str) -> Proposal | None:
    text, sha = read
    where = parse_field(need["field"])
    if where is None:
        return None
    list_key, index, _ = where
    entry = entry_of(need["file_name"], text, list_key, index)
    entry = entry if isinstance(entry, dict) else {}
    reason: Reason = need["reason"]
    evidence: dict[str, Any] = {"checks": queries.recent_checks(db, need["link_id"]),
                                "state": need["state"], "verdict": need["verdict"]}
    base = dict(citation_id=need["citation_id"], event_id=need["event_id"], file=need["file_name"],
                path=need["file_path"], reason=reason, file_sha256=sha, evidence=evidence)
    capture = queries.own_capture(db, need["link_id"])
    own_text = _own_text(config, capture)
    if capture:
        evidence["our_capture"] = {"copy_path": capture["copy_path"], "captured_at": capture["captured_at"]}
    if reason == Reason.MOVED:
        return await _moved(db, config, need, text, entry, list_key, index, base, own_text, fetcher)
    cited_on_key = next((k for k in config.fix.access_date_keys if _date(entry.get(k))), None)
    cited_on = _date(entry.get(cited_on_key)) if cited_on_key else _date(need["event_date"])
    published_on = _trusted_publication(next((d for k in DATE_KEYS if (d := _date(entry.get(k)))), None),
                                        accessed_on=cited_on if cited_on_key else None, today=today)
    archive = need["archive"]
    dead_since = (archive or {}).get("snapshot_dead_since") if reason == Reason.DEAD_ARCHIVE_URL \
        else need["first_failure_at"]
    evidence["dates"] = {"cited_on": cited_on, "cited_on_from": cited_on_key or "event date",
                         "published_on": published_on, "dead_since": dead_since}
    if reason == Reason.DEAD_ARCHIVE_URL:
        key = (parse_field(archive["field"]) or ("", 0, None))[2] or archive_key
        if need["is_snapshot"]:  # a snapshot given as the url: the field says .url, the key may be link/href
            key = next((k for k in URL_KEYS if k in entry), "url")
        old, field_name, action = archive["raw_url"], archive["field"], Action.REPLACE_ARCHIVE_URL
        evidence["snapshot_checks"] = queries.recent_checks(db, archive["snapshot_link_id"])
    else:
        # no archive citation was extracted for this source: a key it has holds nothing usable (empty, or
        # not a URL), so the snapshot goes there rather than beside it under a second archive key
        unusable = next((k for k in config.extract.archive_keys if k in entry), None)
        key, old, field_name, action = unusable or archive_key, None, need["field"], Action.ADD_ARCHIVE_URL
    line = locate_line(need["file_name"], text, field_name)
    if _lookup_key(need) not in lookups:
        return Proposal(**base, field=field_name, line=line, action=Action.NONE, old_value=old,
                        detail="not looked up this run (fix.max_lookups reached); a later run will, "
                               "the least recently looked-up first")
    lookups[_lookup_key(need)] = True
    c = config.archive
    choice = await choose_snapshot(
        fetcher, (need["original_url"] if need["is_snapshot"] else need["raw_url"] or need["canonical_url"]).strip(),
        endpoints=wayback.Endpoints(c.wayback_available_url, c.wayback_cdx_url, c.wayback_web_url,
                                    c.save_page_now_url),
        cited_on=cited_on or (dead_since or today)[:10], published_on=published_on, dead_since=dead_since,
        own_text=own_text, threshold=c.drift_threshold, archive_today_url=config.fix.archive_today_url,
        max_tries=config.fix.max_snapshot_tries, exclude=frozenset({old} if old else ()),
        max_extract_bytes=c.max_extract_bytes)
    evidence["tried"], evidence["lookup_errors"] = choice.tried, choice.errors
    if choice.url is None:
        why = "; ".join(choice.errors) or (f"{len(choice.tried)} snapshot(s) refused" if choice.tried
                                           else "no archived snapshot listed")
        own = f"; we hold our own capture ({capture['copy_path']})" if capture else "; no capture of ours either"
        return Proposal(**base, field=field_name, line=line, action=Action.NONE, old_value=old,
                        detail=f"no public snapshot passed verification ({why}){own}")
    evidence["snapshot"] = {"url": choice.url, "service": choice.service, "taken_at": choice.taken_at,
                            "status": choice.status, "similarity": choice.similarity}
    when = (choice.taken_at or "")[:10]
    what = {Reason.DEAD_CITATION: "dead", Reason.CONTENT_REPLACED: "another article at this URL"}
    detail = (f"{what.get(reason, 'dead archive URL')}: {need['verdict']} since "
              f"{(dead_since or '?')[:10]}; {choice.service} snapshot of {when} (HTTP {choice.status}"
              + (f", text {choice.similarity:.2f} like our capture" if choice.similarity is not None else "")
              + f"), cited {cited_on}")
    return Proposal(**base, field=field_name, line=line, action=action, old_value=old, new_value=choice.url,
                    detail=detail, changes=[Change(list_key=list_key, index=index, key=key, value=choice.url)])


async def _moved(db: sqlite_utils.Database, config: Config, need: dict[str, Any], text: str, entry: dict[str, Any],
                 list_key: str, index: int, base: dict[str, Any], own_text: str | None,
                 fetcher: Fetcher) -> Proposal:
    new, old = need["final_url"], need["raw_url"]
    line = locate_line(need["file_name"], text, need["field"])
    common = dict(base, field=need["field"], line=line, old_value=old, new_value=new)
    run = redirect_run((Verdict(v), at, url) for v, at, url in queries.redirect_history(db, need["link_id"]))
    policy = StatePolicy.from_config(config.check)
    base["evidence"]["redirect"] = {"target": run.target, "checks": run.checks, "since": run.first_at}
    if run.target != new or not run.is_stable(policy):
        return Proposal(**common, action=Action.NONE,
                        detail=f"redirects permanently to {new} on {run.checks if run.target == new else 0} check(s) "
                               f"since {(run.first_at or '?')[:10]}; a move is proposed once seen on "
                               f"{policy.broken_after_checks} checks over {policy.broken_after_days:g} days "
                               "(check.broken_after_checks, check.broken_after_days)")
    if own_text is None:
        return Proposal(**common, action=Action.NONE,
                        detail=f"moved permanently to {new}; no capture of ours to confirm it is the same article")
    ok, reason, status, similarity = await verify_page(fetcher, new, own_text=own_text,
                                                       threshold=config.archive.drift_threshold,
                                                       max_extract_bytes=config.archive.max_extract_bytes)
    base["evidence"]["new_page"] = {"status": status, "similarity": similarity, "judged": reason}
    if not ok:
        return Proposal(**common, action=Action.NONE, detail=f"moved to {new}, but not confirmed: {reason}")
    if config.fix.moved is MovedPolicy.REPORT:
        return Proposal(**common, action=Action.NONE, detail=f"moved permanently to {new} ({reason}); "
                        "fix.moved is 'report': edit by hand")
    url_key = next((k for k in URL_KEYS if k in entry), "url")  # the field says .url for link/href too
    changes = [Change(list_key=list_key, index=index, key=url_key, value=new)]
    if config.fix.moved is MovedPolicy.KEEP_BOTH:
        changes.append(Change(list_key=list_key, index=index, key=config.fix.moved_old_key, value=old))
    return Proposal(**common, action=Action.REPLACE_URL, changes=changes,
                    detail=f"moved permanently to {new} ({reason})")


def _own_text(config: Config, capture: dict[str, Any] | None) -> str | None:
    return read_copy_text(config.paths.archive, capture["copy_path"]) if capture else None


def _not_urls(db: sqlite_utils.Database) -> list[Proposal]:
    out = []
    for p in queries.invalid_url_problems(db):
        read = _read(p["file_path"]) if p["file_path"] else None
        line = locate_line(p["file_name"], read[0], p["field"] or "") if read else None
        out.append(Proposal(citation_id=None, event_id=p["event_id"], file=p["file_name"], path=p["file_path"],
                            field=p["field"], line=line, reason=Reason.NOT_A_URL, action=Action.NONE,
                            old_value=p["value"], detail=f"{p['message']}; fix by hand",  # it says 'not a URL: …'
                            file_sha256=read[1] if read else None))
    return out


def _make_edits(plan: FixPlan, proposals: list[Proposal]) -> None:
    by_file: dict[str, list[Proposal]] = {}
    for p in proposals:
        if p.changes and p.path:
            by_file.setdefault(p.path, []).append(p)
    for path, items in sorted(by_file.items()):
        read = _read(path)
        if read is None or read[1] != items[0].file_sha256:
            for p in items:
                p.action, p.detail = Action.NONE, f"{p.detail}; the file changed while fix ran: not edited"
            continue
        try:
            new = apply_changes(items[0].file, read[0], [c for p in items for c in p.changes])
        except EditError as exc:
            log.warning("%s", exc, extra=per_item("fix_cannot_edit", "event files fix cannot edit safely"))
            for p in items:
                p.action, p.detail = Action.NONE, f"{p.detail}; cannot edit safely: {exc}"
            continue
        plan.texts[path] = (read[0], new)


def apply_plan(plan: FixPlan) -> list[Path]:
    """Write every edited file (atomically, keeping its mode) unless it changed since it was read."""
    written = []
    for path, (old, new) in sorted(plan.texts.items()):
        current = _read(path)
        if current is None or current[0] != old:
            log.warning("%s: changed since fix read it; not written (run fix again)", path,
                        extra=per_item("fix_changed", "event files changed while fix ran, not written",
                                       "run fix again"))
            continue
        write_atomic(Path(path), new.encode("utf-8"))  # a replaced file keeps its mode
        written.append(Path(path))
    return written
