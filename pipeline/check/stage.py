"""The check stage: is each cited link still there? Politely, and without false alarms.

For every link that is due (``link_states.next_check_at``; all with ``force``,
or only the given URLs), grouped by host, the busiest hosts first:

1. the site is *profiled* once (:mod:`pipeline.check.soft404`): a made-up sibling URL
   is fetched to learn how the site answers for pages that do not exist (not
   for an archive's snapshot links);
2. each link is fetched through the shared :class:`~pipeline.net.fetcher.Fetcher`
   (robots.txt, politeness, guard, caps): GET, unless ``check.method: head``
   (:func:`~pipeline.check.soft404.must_read_page`); a HEAD answered
   4xx/5xx/405 (not 429) or cut off is retried as GET. A GET keeps
   ``check.read_bytes`` of an HTML or text page to judge, reading no more
   with ``auto`` and to its end (up to ``check.max_page_bytes``) with
   ``get``; other types are not read beyond their headers. A link whose last
   check succeeded is asked conditionally (ETag / Last-Modified).
   A page's own redirect (a meta refresh; a script's, on a page with no
   article's shape) is followed as a hop (``Fetcher(page_redirect=…)``),
   except on an archive's host, where the snapshot is the page judged;
3. the answer is judged (:func:`pipeline.check.classify.classify`; a snapshot link by
   :func:`pipeline.check.snapshot.judge_snapshot`), the link's state
   advanced (:mod:`pipeline.check.linkstate`) and its next check scheduled;
4. results are committed every ``check.batch_size`` checks, so a killed run
   loses at most one batch and a rerun checks only what is still due.

A fault in sourcevault's own code while checking a link fails the stage (the
runner exits 4) and records nothing against that link: our bugs are never a
link's verdict. Checks finished before it are kept.

Nor is our own network's failure. Results are held, not committed, until some
site has given an HTTP answer (of any status). If none ever does while
``check.offline_after_sites`` sites or more have failed at the network level
(no DNS, no connection, timeout), this machine is taken to be offline: nothing
is recorded (the links stay due, no failure counts towards "broken", no pace
is saved) and the stage fails with :class:`Offline`, so that a nightly cron job
exits 4 instead of declaring every link broken a few nights later.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import functools
import logging
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import sqlite_utils

from ..archive.copies import read_copy_text
from ..archive.stage import SharedCapture
from ..clock import shift, utc_now
from ..config import CheckMethod, Config
from ..db import checks as checks_db
from ..db import sites as sites_db
from ..models import CheckResult, LinkKind, RedirectHop, StageCounts, Verdict
from ..net.fetcher import Fetcher
from ..net.hops import conditional_headers, parse_url
from ..net.results import TURNED_AWAY, FetchErrorKind, FetchResult
from ..urls import InvalidURL, canonicalize
from .classify import CheckFacts, classify
from .linkstate import LinkHealth, StatePolicy, advance, next_check_at
from .pagefacts import LONG_ARTICLE_WORDS, SHELL_WORDS, PageFacts, own_size
from .reader import PageReader
from .replaced import CitedAs, judge_replaced
from .snapshot import judge_snapshot
from .soft404 import (
    ProbeOutcome,
    SiteProfile,
    judge_soft404,
    must_read_page,
    page_redirect,
    probe_url,
    profile_site,
)

__all__ = ["CheckSummary", "Offline", "run"]

log = logging.getLogger(__name__)
TEXT_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
HTML_TYPES = ("", "text/html", "application/xhtml+xml")
JUDGED_HEADERS = ("server", "cf-mitigated", "x-datadome", "content-type", "memento-datetime")
TYPICAL_LATENCY_S = 0.25
MORE_HOSTS = 4  # at most this many times hosts_at_once() while the processor has time to spare
SPARE_LAG_S = 0.003  # ... meaning: the event loop runs timers less late than this
ROOM_POLL_S = 0.05  # how often a host waiting to start looks again
MANY_LINKS = 100  # a site with this many links due has WORKERS_PER_REQUEST workers per request it may have in flight
WORKERS_PER_REQUEST = 3
# what a check of a site gets when this machine has no network: no answer, not an answer saying the page is gone
NO_NETWORK = frozenset({Verdict.DNS_ERROR, Verdict.CONNECTION_ERROR, Verdict.TIMEOUT})
HELD_BATCHES = 10  # held results (no site answered yet) that end the stage early as offline, in batches


class Offline(RuntimeError):
    """No site answered at all: this machine (or its DNS) is offline; nothing was recorded."""


@dataclass
class CheckSummary(StageCounts):
    due: int = 0
    checked: int = 0
    requests: int = 0  # HTTP requests sent, robots.txt and probes included
    probes: int = 0  # soft-404 probes fetched (a site's probe is remembered for check.probe_max_age_days)
    captured: int = 0  # checks whose GET was also the link's capture (the archive stage will not fetch it)
    unchanged: int = 0  # checks whose GET of a captured page found it unchanged (the capture is marked verified)
    changed: int = 0  # ... found it changed: its body waits for the archive stage's text (archive/recheck.py)
    wayback_found: int = 0  # links whose capture failed, looked up in the Wayback Machine beside the check
    wayback_none: int = 0
    wayback_failed: int = 0
    not_cited: int = 0  # URLs asked for (``urls``) that are not cited links: warned about, not checked
    deferred: int = 0  # due links of sites that asked us to come back later (a long Retry-After): still due
    loop_cpu_ms: int = 0  # CPU time of the thread that ran the event loop (time.thread_time), not its helpers'
    verdicts: collections.Counter[str] = field(default_factory=collections.Counter)
    states: collections.Counter[str] = field(default_factory=collections.Counter)

    def as_counts(self) -> dict[str, int]:  # verdicts and states counted by name
        counts = {"due": self.due, "checked": self.checked, "requests": self.requests, "probes": self.probes,
                  "captured": self.captured, "unchanged": self.unchanged, "changed": self.changed,
                  "not_cited": self.not_cited,
                  "deferred": self.deferred, "loop_cpu_ms": self.loop_cpu_ms,
                  "wayback_found": self.wayback_found, "wayback_none": self.wayback_none,
                  "wayback_failed": self.wayback_failed}
        counts.update(sorted(self.verdicts.items()))
        counts.update((f"state_{k}", v) for k, v in sorted(self.states.items()))
        return counts


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[..., None] | None = None,
        force: bool = False, urls: Sequence[str] = (), capture: bool = True,
        token: Callable[[], str] = lambda: secrets.token_hex(8)) -> CheckSummary:
    """Check the due links (every current link with ``force``; only ``urls`` if given).

    With ``capture``, a link due for its first capture, or for a re-capture, is
    fetched once, as the capture (:class:`~pipeline.archive.shared.SharedCapture`)."""
    summary = CheckSummary()
    now = clock()
    if urls:
        chosen, summary.not_cited = _chosen_links(
            db, urls, frozenset(h.lower() for h in config.extract.wayback_hosts))
        by_host: dict[str, list[checks_db.DueLink]] = collections.defaultdict(list)
        for link in chosen:
            by_host[link.host].append(link)
        hosts = sorted(((h, len(v)) for h, v in by_host.items()), key=lambda hv: -hv[1])
        load: Callable[[str], list[checks_db.DueLink]] = by_host.__getitem__
    else:
        hosts = checks_db.due_hosts(db, now, force)
        load = functools.partial(checks_db.due_links, db, now=now, force=force)
    summary.due = sum(n for _, n in hosts)
    if progress is not None:
        progress(0, summary.due)
    if not hosts:
        return summary
    checker = _Checker(db, config, clock, progress, summary, token, stop or threading.Event(), capture)
    started = time.thread_time()  # the event loop runs in this thread: its own CPU, not the helper threads'
    try:
        asyncio.run(checker.check_hosts(hosts, load))
    finally:
        checker.pages.close()
        checker.flush()  # keep every finished check, even when interrupted
        summary.loop_cpu_ms = round((time.thread_time() - started) * 1000)
    return summary


def room_for_a_host(running: int, usual: int, lag_s: float, slots_taken: float) -> bool:
    """Whether another host may start while ``running`` are being checked: below ``usual``
    (:meth:`_Checker.hosts_at_once`) always; up to ``MORE_HOSTS`` times that while there is time and
    room to spare: the event loop runs its timers less than ``SPARE_LAG_S`` late (``lag_s``) and
    less than half of the ``http.max_concurrency`` slots are taken (``slots_taken``, a share), so
    that the sites already under way, the busiest among them, never wait for a processor or a slot."""
    spare = lag_s < SPARE_LAG_S and slots_taken < 0.5
    return running < usual or (running < usual * MORE_HOSTS and spare)


def _chosen_links(db: sqlite_utils.Database, urls: Sequence[str], wayback_hosts: frozenset[str] = frozenset()
                  ) -> tuple[list[checks_db.DueLink], int]:
    """The cited links behind ``urls``, and how many of ``urls`` are not cited links.

    A snapshot URL stands for two links: its original and the snapshot itself.
    """
    keys_of: dict[str, tuple[str, ...]] = {}
    unknown = 0
    for url in urls:
        try:
            canon = canonicalize(url, wayback_hosts=wayback_hosts)
        except InvalidURL as exc:
            log.warning("%s: not a URL that can be checked: %s", url, exc)
            unknown += 1
            continue
        keys_of[url] = (canon.canonical, canon.snapshot) if canon.snapshot else (canon.canonical,)
    found = checks_db.links_by_url(db, sorted({key for keys in keys_of.values() for key in keys}))
    known = {link.canonical_url for link in found}
    for url, keys in keys_of.items():
        if not known.intersection(keys):
            log.warning("%s: not cited by any current event (see 'sourcevault links'); not checked", url)
            unknown += 1
    return found, unknown


class _Checker:
    def __init__(self, db: sqlite_utils.Database, config: Config, clock: Callable[[], str],
                 progress: Callable[..., None] | None, summary: CheckSummary, token: Callable[[], str],
                 stop: threading.Event, capture: bool) -> None:
        self.db = db
        self.capture = capture
        self.shared: SharedCapture | None = None
        self.probes = _remembered_probes(db, shift(clock(), days=-config.check.probe_max_age_days))
        self.new_probes: list[tuple[str, dict[str, object]]] = []
        self.stop = stop
        self.config = config
        self.check = config.check
        self.clock = clock
        self.progress = progress
        self.summary = summary
        self.token = token
        self.policy = StatePolicy.from_config(config.check)
        self.pending: list[tuple[CheckResult, LinkHealth, str]] = []
        self.fetcher: Fetcher | None = None
        self.silent: collections.Counter[str] = collections.Counter()  # no-network verdicts while no site answered
        self.silent_sites: set[str] = set()
        self.offline = False
        self.holding = False  # results wait for a first answer: set when enough sites are due to tell offline
        self.pages = PageReader()
        self.pages.start()
        self.archive_hosts: set[str] = set()  # hosts of cited snapshots: no page redirect followed there
        self.cited: dict[int, CitedAs] = {}  # what each page link was, for content_replaced (by link id)

    async def check_hosts(self, hosts: list[tuple[str, int]], load: Callable[[str], list[checks_db.DueLink]]) -> None:
        usual = self.hosts_at_once()
        self.holding = 0 < self.check.offline_after_sites <= len(hosts)
        shared = SharedCapture(self.db, self.config, clock=self.clock) if self.capture else None
        if shared is not None and self.holding:
            shared.hold_failures()  # the failed captures are held with the check results
        async with Fetcher(self.config.http, now=self.clock, paces=sites_db.load_paces(self.db),
                           page_redirect=self._page_redirect) as fetcher, \
                shared if shared is not None else contextlib.nullcontext():
            self.fetcher, self.shared = fetcher, shared
            running: set[asyncio.Task[None]] = set()
            try:
                for host, _ in hosts:
                    await self._room_for_a_host(running, usual)
                    if self.stop.is_set():
                        break
                    task = asyncio.create_task(self._check_host(host, load))
                    running.add(task)
                    task.add_done_callback(running.discard)
                while running:
                    await asyncio.gather(*list(running))
                self._conclude_offline()
                self.holding = False  # not offline after all: what is held is committed
            except BaseException:
                # a fault (ours) or a cancellation: the other hosts stop here, before the fetcher and
                # the capture store they use are closed under them
                for task in running:
                    task.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                raise
            finally:
                self.summary.requests = fetcher.requests_sent
                if not self.offline:  # backing off from sites that were never reached is not their pace
                    with self.db.atomic():
                        sites_db.save_paces(self.db, fetcher.paces(), self.clock())
        if shared is not None:
            self.summary.captured, self.summary.unchanged, self.summary.changed = \
                shared.stored, shared.unchanged, shared.kept
            found = shared.lookups
            self.summary.wayback_found, self.summary.wayback_none, self.summary.wayback_failed = \
                found.found, found.none, found.failed

    def hosts_at_once(self) -> int:
        """How many hosts to work on at once: enough to keep every global slot busy.

        A host spaced by ``per_host_delay_s`` fills a slot only for a request's
        latency (``TYPICAL_LATENCY_S``) in each delay; starting many more hosts
        than that only makes them compete for the processor, which slows the
        busiest host, the one that decides when the run ends.
        """
        http = self.config.http
        gap = max(http.per_host_delay_s, http.start_delay_s)
        return min(4096, max(32, int(http.max_concurrency * max(1.0, gap / TYPICAL_LATENCY_S))))

    async def _room_for_a_host(self, running: set[asyncio.Task[None]], usual: int) -> None:
        """Until another host may start (:func:`room_for_a_host`). A host of a few links spends most
        of its time waiting out its careful start; at the end of a run such hosts are all that is left,
        and without more of them at once the processor idles."""
        assert self.fetcher is not None
        fetcher, slots = self.fetcher, self.config.http.max_concurrency
        while not room_for_a_host(len(running), usual, fetcher.lag.estimate, fetcher.in_flight / slots):
            await asyncio.wait(list(running), timeout=ROOM_POLL_S, return_when=asyncio.FIRST_COMPLETED)

    async def _check_host(self, host: str, load: Callable[[str], list[checks_db.DueLink]]) -> None:
        queue = collections.deque(load(host))
        if not queue:
            return
        pages = [link for link in queue if link.kind is LinkKind.PAGE]
        if len(pages) < len(queue):  # an archive's host: its pages' redirects are the archived page's business
            self.archive_hosts.add(host.lower())
        # an archive's answer to a made-up URL says nothing about its snapshots: no probe for them
        skip = self.check.method == CheckMethod.HEAD or not pages
        if not skip:
            self.cited.update(checks_db.cited_as(self.db, [link.id for link in pages]))
        profile = None if skip else await self._profile(host, pages[0].url)

        fetcher = self.fetcher
        assert fetcher is not None

        deferred = 0  # this site's links not asked: no verdict, they stay due

        async def worker() -> None:
            nonlocal deferred
            while queue and not self.stop.is_set() and not fetcher.turned_away(host):
                deferred += not await self._check_and_record(queue.popleft(), profile, left=len(queue))

        # one worker more than the site's requests in flight (the fetcher keeps to http.per_host_concurrency and the
        # site's pace, whatever the workers): while the others' answers are read and judged, the next link already
        # waits for the site's turn; a site of many links, the one that decides when the run ends, has more, as a
        # link's check lasts several times its request (its body read, its page read and judged, its capture handed
        # on) and with one worker per request the site would wait for its workers instead of its pace
        per_request = WORKERS_PER_REQUEST if len(queue) >= MANY_LINKS else 1
        workers = min(self.config.http.per_host_concurrency * per_request + 1, len(queue))
        await asyncio.gather(*(worker() for _ in range(workers)))
        if queue and fetcher.turned_away(host):
            deferred += len(queue)
        if deferred:
            self.summary.deferred += deferred
            log.warning("%s asked us to come back in %.0f s (Retry-After); its %d other due link(s) are left for "
                        "the next run", host, fetcher.turned_away(host), deferred,
                        extra=TURNED_AWAY)

    async def _profile(self, host: str, url: str) -> SiteProfile:
        """How the site answers a URL that cannot exist: remembered for a while, else probed now."""
        assert self.fetcher is not None
        known = self.probes.get(host)
        if known is not None:
            return known
        probe = probe_url(url, self.token())
        result = await self.fetcher.fetch(probe, method="GET", **self._get_args())
        self.summary.probes += 1
        if result.error is not None:
            return profile_site(probe, None, None, None)  # not remembered: next run tries again
        profile = profile_site(probe, result.status, result.final_url, await self._page_of(result))
        log.debug("%s: site profile %s (HTTP %s)", probe, profile.outcome.value, result.status)
        if profile.outcome is not ProbeOutcome.UNKNOWN:
            self.probes[host] = profile
            self.new_probes.append((host, _probe_record(profile)))
        return profile

    async def _check_and_record(self, link: checks_db.DueLink, profile: SiteProfile | None, left: int = 0) -> bool:
        """Check one link and hold its result for the next write; False when its site turned us away
        before it was asked (``Fetcher.turned_away``): no verdict, the link stays due."""
        result = await self.check_link(link, profile, left)  # a bug of ours fails the stage; nothing is recorded
        if result.verdict is Verdict.RATE_LIMITED and not result.attempts:
            return False
        if self.holding and not self._answered() and result.status_code is None and result.verdict in NO_NETWORK:
            self.silent[result.verdict.value] += 1
            self.silent_sites.add(link.host)
        health = advance(link.health, result.verdict, result.checked_at, self.policy)
        self.pending.append((result, health, next_check_at(link.id, health, self.policy)))
        self.summary.checked += 1
        self.summary.verdicts[result.verdict.value] += 1
        self.summary.states[health.state.value] += 1
        log.info("%s: %s (%s)", link.url, result.verdict.value, result.detail)
        if self.progress is not None:
            self.progress(1)
        if len(self.pending) >= self.check.batch_size and (self._answered() or not self.holding):
            self.flush()
        elif len(self.pending) >= self.check.batch_size * HELD_BATCHES:
            self._conclude_offline()
        return True

    def _answered(self) -> bool:
        """Whether any site has given an HTTP answer in this run (until then, results are held)."""
        return self.fetcher is not None and self.fetcher.responses > 0

    def _conclude_offline(self) -> None:
        """Fail the stage, recording nothing, when no site answered and enough of them failed for want of a network.

        Called when every site is done, and early once ``HELD_BATCHES`` batches of results are held."""
        if not self.holding or self._answered() or len(self.silent_sites) < self.check.offline_after_sites:
            return
        self.offline = True
        self.pending, self.new_probes = [], []
        if self.shared is not None:
            self.shared.drop_failures()
        kinds = ", ".join(f"{kind} {n}" for kind, n in self.silent.most_common())
        raise Offline(f"no site answered: {len(self.silent_sites)} sites failed at the network level ({kinds}) and "
                      "none gave an HTTP answer; this machine or its DNS looks offline. Nothing was recorded against "
                      "the links; they stay due for the next run")

    def flush(self) -> None:
        if self.offline or (self.holding and not self._answered()):
            return  # offline, or stopped before telling: nothing is held against the links
        if self.shared is not None:
            self.shared.release_failures()
        if self.pending or self.new_probes:
            now = self.clock()
            with self.db.atomic():
                checks_db.record_checks(self.db, self.pending)
                for host, record in self.new_probes:
                    sites_db.save_probe(self.db, host, record, now)
            self.pending, self.new_probes = [], []

    async def check_link(self, link: checks_db.DueLink, profile: SiteProfile | None, left: int = 0) -> CheckResult:
        """Fetch one link (HEAD and/or GET) and judge the answer; ``left``: links its site still has to go."""
        assert self.fetcher is not None
        url = _fetchable(link)
        conditional = {}
        if link.last_verdict is not None and link.last_verdict.is_success:
            conditional = conditional_headers(link.etag, link.last_modified)
        shared = self.shared  # this GET is also the (re-)capture, or re-reads a captured page whole
        if shared is not None and (shared.due(link.id) or (shared.captured(link.id) and link.kind is LinkKind.PAGE
                                                           and must_read_page(self.check.method, link.kind))):
            result = await shared.fetch(self.fetcher, link.id, url, link.host, keep_bytes=self.check.read_bytes,
                                        priority=left)
            attempts = result.attempts
        elif not must_read_page(self.check.method, link.kind):
            result = await self.fetcher.fetch(url, method="HEAD", headers=conditional, priority=left)
            attempts = result.attempts
            if _needs_get(result):
                result = await self.fetcher.fetch(url, method="GET", headers=conditional, priority=left,
                                                  **self._get_args())
                attempts += result.attempts
        else:
            result = await self.fetcher.fetch(url, method="GET", headers=conditional, priority=left,
                                              **self._get_args())
            attempts = result.attempts
        page = await self._page_of(result)
        if page is not None and _state_may_follow(result, page, self.check.read_bytes):
            page, more = await self._read_state(url, page, left)
            attempts += more
        soft = replaced = None
        cited = self.cited.pop(link.id, None)
        if link.kind is LinkKind.PAGE and result.ok and result.status is not None and 200 <= result.status < 300:
            soft = judge_soft404(url, result.final_url, bool(result.hops), page, profile,
                                 self.check.soft404_similarity)
            if soft is None and cited is not None:
                replaced = judge_replaced(page, cited, functools.partial(self._first_text, cited),
                                          self.config.archive.drift_threshold)
        facts = CheckFacts(url=url, status=result.status, final_url=result.final_url,
                           redirect_statuses=tuple(h.status for h in result.hops),
                           error_kind=result.error.kind if result.error else None,
                           error=result.error.message if result.error else None,
                           headers={k: result.headers[k] for k in JUDGED_HEADERS if k in result.headers},
                           page=page, soft404=soft, replaced=replaced)
        snapshot_at = None
        if link.kind is LinkKind.SNAPSHOT:
            judged = judge_snapshot(facts)
            verdict, detail, snapshot_at = judged.verdict, judged.detail, judged.snapshot_at
        else:
            verdict, detail = classify(facts)
        etag, modified = _validators(result, link, verdict)
        return CheckResult(
            link_id=link.id, url=url, checked_at=self.clock(), verdict=verdict, detail=detail,
            method=result.method if result.status else None, status_code=result.status, final_url=result.final_url,
            redirects=tuple(RedirectHop(h.url, h.status, h.location, round(h.elapsed_s * 1000)) for h in result.hops),
            elapsed_ms=round(result.elapsed_s * 1000), bytes=result.body_bytes, attempts=attempts,
            error=result.error.message if result.error else None, etag=etag, last_modified=modified,
            snapshot_at=snapshot_at, page_title=((page.heading or page.title)[:300] or None) if page else None)

    def _first_text(self, cited: CitedAs) -> str | None:
        """The text of our first capture's copy, when it is still there to read (else judged by titles)."""
        return read_copy_text(self.config.paths.archive, cited.first_copy) if cited.first_copy else None

    async def _page_redirect(self, url: str, body: bytes, charset: str | None, content_type: str) -> str | None:
        """Where a page the check fetched sends its reader (:func:`~pipeline.check.soft404.page_redirect`):
        the fetcher follows it as a hop, and records it like a redirect."""
        if content_type not in HTML_TYPES or not body or (urlsplit(url).hostname or "") in self.archive_hosts:
            return None
        return page_redirect(await self.pages.read(body, charset))

    async def _page_of(self, result: FetchResult) -> PageFacts | None:
        if result.method != "GET" or not result.body or result.content_type not in TEXT_TYPES:
            return None
        return await self.pages.take(result.body, result.charset, links=bool(result.hops))

    async def _read_state(self, url: str, page: PageFacts, priority: int) -> tuple[PageFacts, int]:
        """The page read again to ``check.state_read_bytes``: a bare shell cut at ``check.read_bytes``
        may hold its app state (what it says of a missing page) further down, or an article's long text
        (whose state is not read: it decides nothing there). Also the requests it took."""
        assert self.fetcher is not None
        limit = self.check.state_read_bytes
        result = await self.fetcher.fetch(url, method="GET", priority=priority, max_bytes=self.check.max_page_bytes,
                                          keep_bytes=limit, stop_after=limit)
        again = await self._page_of(result) if result.ok else None
        if again is not None and (again.state or again.script_text or own_size(again) >= LONG_ARTICLE_WORDS):
            return again, result.attempts
        return page, result.attempts

    def _get_args(self) -> dict[str, Any]:
        """How a GET reads the body: what judging keeps, and no more with ``check.method: auto``."""
        bounded = self.check.method == CheckMethod.AUTO
        return {"max_bytes": self.check.max_page_bytes, "keep_bytes": self.check.read_bytes,
                "stop_after": functools.partial(_text_only, self.check.read_bytes if bounded else None)}


def _text_only(judged_bytes: int | None, headers: httpx.Headers) -> int | None:
    """Read HTML and text up to what judging keeps (``judged_bytes``; None: to the end, under the cap);
    other types not at all."""
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return judged_bytes if kind in TEXT_TYPES else 0


def _remembered_probes(db: sqlite_utils.Database, probed_after: str) -> dict[str, SiteProfile]:
    out = {}
    for host, record in sites_db.load_probes(db, probed_after).items():
        try:
            page = record["page"]
            out[host] = SiteProfile(ProbeOutcome(record["outcome"]), record["probe_url"], record["status"],
                                    record["final_url"], PageFacts(**page) if page else None)
        except (KeyError, TypeError, ValueError):  # saved by another version: probed again
            continue
    return out


def _probe_record(profile: SiteProfile) -> dict[str, object]:
    return {"outcome": profile.outcome.value, "probe_url": profile.probe_url, "status": profile.status,
            "final_url": profile.final_url, "page": dataclasses.asdict(profile.page) if profile.page else None}


def _needs_get(result: FetchResult) -> bool:
    if result.error is not None:
        return result.error.kind is FetchErrorKind.CONNECTION_ERROR
    return result.status is not None and result.status >= 400 and result.status != 429


def _state_may_follow(result: FetchResult, page: PageFacts, read_bytes: int) -> bool:
    """Whether a page is a bare shell cut at ``check.read_bytes`` (not read further, or read whole for its
    capture but kept only so far), its app state perhaps further down."""
    cut = not result.complete or result.body_bytes > len(result.body)
    return (result.content_type in HTML_TYPES and cut and len(result.body) >= read_bytes
            and page.words < SHELL_WORDS and not page.state)


def _fetchable(link: checks_db.DueLink) -> str:
    """The URL as cited, unless httpx cannot use it; then its canonical form."""
    try:
        parse_url(link.url)
        return link.url
    except (httpx.InvalidURL, TypeError):
        return link.canonical_url


def _validators(result: FetchResult, link: checks_db.DueLink, verdict: Verdict) -> tuple[str | None, str | None]:
    """The ETag/Last-Modified to send next time: only for a page that was fine."""
    if not verdict.is_success:
        return None, None
    if result.status == 304:
        return (result.headers.get("etag") or link.etag, result.headers.get("last-modified") or link.last_modified)
    return result.headers.get("etag"), result.headers.get("last-modified")
