"""The check stage: is each cited link still there? Politely, and without false alarms.

For every link that is due (``link_states.next_check_at``; all with ``force``,
or only the given URLs), grouped by host, the busiest hosts first, as many
hosts at once as keep the request slots busy (:mod:`pipeline.check.hosts`):

1. the site is *profiled* once (:mod:`pipeline.check.soft404`): a made-up sibling URL
   is fetched to learn how the site answers for pages that do not exist (not
   for an archive's snapshot links);
2. each link is fetched (:mod:`pipeline.check.linkcheck`) through the shared
   :class:`~pipeline.net.fetcher.Fetcher` (robots.txt, politeness, guard, caps):
   GET, unless ``check.method: head`` (:func:`~pipeline.check.soft404.must_read_page`);
   a HEAD answered 4xx/5xx/405 (not 429) or cut off is retried as GET. A GET keeps
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
4. results are committed every ``check.batch_size`` checks (:mod:`pipeline.check.recorder`),
   so a killed run loses at most one batch and a rerun checks only what is still due.

A fault in sourcevault's own code while checking a link fails the stage (the
runner exits 4) and records nothing against that link: our bugs are never a
link's verdict. Checks finished before it are kept.

Nor is our own network's failure. Results are held, not committed, until some
site has given an HTTP answer (of any status). If none ever does while
``check.offline_after_sites`` sites or more have failed at the network level
(no DNS, no connection, timeout), this machine is taken to be offline: nothing
is recorded (the links stay due, no failure counts towards "broken", no pace
is saved) and the stage fails with :class:`~pipeline.check.recorder.Offline`,
so that a nightly cron job exits 4 instead of declaring every link broken a few
nights later.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import secrets
import threading
import time
from collections.abc import Callable, Sequence

import sqlite_utils

from ..archive.stage import SharedCapture
from ..clock import shift, utc_now
from ..config import CheckMethod, Config
from ..db import checks as checks_db
from ..db import sites as sites_db
from ..models import LinkKind, Verdict
from ..net.fetcher import Fetcher
from ..net.results import TURNED_AWAY
from .hosts import HostRoom, LoadLinks, choose_hosts, hosts_at_once, wait_for_room, workers_for_host
from .linkcheck import LinkChecker
from .reader import PageReader
from .recorder import Recorder, remembered_probes
from .soft404 import ProbeOutcome, SiteProfile, probe_url
from .summary import CheckSummary

__all__ = ["run"]

log = logging.getLogger(__name__)


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[..., None] | None = None,
        force: bool = False, urls: Sequence[str] = (), capture: bool = True,
        token: Callable[[], str] = lambda: secrets.token_hex(8)) -> CheckSummary:
    """Check the due links (every current link with ``force``; only ``urls`` if given).

    With ``capture``, a link due for its first capture, or for a re-capture, is
    fetched once, as the capture (:class:`~pipeline.archive.shared.SharedCapture`)."""
    summary = CheckSummary()
    now = clock()
    hosts, load, summary.not_cited = choose_hosts(
        db, now, force=force, urls=urls, wayback_hosts=frozenset(h.lower() for h in config.extract.wayback_hosts))
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
        checker.recorder.flush()  # keep every finished check, even when interrupted
        summary.loop_cpu_ms = round((time.thread_time() - started) * 1000)
    return summary


class _Checker:
    """One run's check: its hosts started as there is room, each host's links checked by its workers."""

    def __init__(self, db: sqlite_utils.Database, config: Config, clock: Callable[[], str],
                 progress: Callable[..., None] | None, summary: CheckSummary, token: Callable[[], str],
                 stop: threading.Event, capture: bool) -> None:
        self.db = db
        self.capture = capture
        self.probes = remembered_probes(db, shift(clock(), days=-config.check.probe_max_age_days))
        self.stop = stop
        self.config = config
        self.check = config.check
        self.clock = clock
        self.summary = summary
        self.token = token
        self.pages = PageReader()
        self.pages.start()
        self.links = LinkChecker(config, clock, self.pages)
        self.recorder = Recorder(db, config.check, clock, summary, progress, self.links.answered)

    async def check_hosts(self, hosts: list[tuple[str, int]], load: LoadLinks) -> None:
        room = HostRoom(hosts_at_once(self.config.http))
        holding = self.recorder.hold_for(len(hosts))
        shared = SharedCapture(self.db, self.config, clock=self.clock) if self.capture else None
        if shared is not None and holding:
            shared.hold_failures()  # the failed captures are held with the check results
        async with Fetcher(self.config.http, now=self.clock, paces=sites_db.load_paces(self.db),
                           page_redirect=self.links.page_redirect) as fetcher, \
                shared if shared is not None else contextlib.nullcontext():
            self.links.fetcher, self.links.shared, self.recorder.shared = fetcher, shared, shared
            running: set[asyncio.Task[None]] = set()
            try:
                for host, links in hosts:
                    await wait_for_room(running, room, fetcher, self.config.http.max_concurrency)
                    if self.stop.is_set():
                        break
                    task = asyncio.create_task(room.under_way(links, self._check_host(host, load)))
                    running.add(task)
                    task.add_done_callback(running.discard)
                while running:
                    await asyncio.gather(*list(running))
                self.recorder.conclude()
            except BaseException:
                # a fault (ours) or a cancellation: the other hosts stop here, before the fetcher and
                # the capture store they use are closed under them
                for task in running:
                    task.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                raise
            finally:
                self.summary.requests = fetcher.requests_sent
                if not self.recorder.offline:  # backing off from sites that were never reached is not their pace
                    with self.db.atomic():
                        sites_db.save_paces(self.db, fetcher.paces(), self.clock())
        if shared is not None:
            self.summary.captured, self.summary.unchanged, self.summary.changed = \
                shared.stored, shared.unchanged, shared.kept
            found = shared.lookups
            self.summary.wayback_found, self.summary.wayback_none, self.summary.wayback_failed = \
                found.found, found.none, found.failed

    async def _check_host(self, host: str, load: LoadLinks) -> None:
        queue = collections.deque(load(host))
        if not queue:
            return
        pages = [link for link in queue if link.kind is LinkKind.PAGE]
        if len(pages) < len(queue):  # an archive's host: its pages' redirects are the archived page's business
            self.links.archive_hosts.add(host.lower())
        # an archive's answer to a made-up URL says nothing about its snapshots: no probe for them
        skip = self.check.method == CheckMethod.HEAD or not pages
        if not skip:
            self.links.cited.update(checks_db.cited_as(self.db, [link.id for link in pages]))
        profile = None if skip else await self._profile(host, pages[0].url)

        fetcher = self.links.fetcher
        assert fetcher is not None

        deferred = 0  # this site's links not asked: no verdict, they stay due

        async def worker() -> None:
            nonlocal deferred
            while queue and not self.stop.is_set() and not fetcher.turned_away(host):
                deferred += not await self._check_and_record(queue.popleft(), profile, left=len(queue))

        workers = workers_for_host(len(queue), self.config.http.per_host_concurrency)
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
        known = self.probes.get(host)
        if known is not None:
            return known
        profile = await self.links.probe_site(probe_url(url, self.token()))
        self.summary.probes += 1
        if profile.outcome is not ProbeOutcome.UNKNOWN:
            self.probes[host] = profile
            self.recorder.note_probe(host, profile)
        return profile

    async def _check_and_record(self, link: checks_db.DueLink, profile: SiteProfile | None, left: int = 0) -> bool:
        """Check one link and hold its result for the next write; False when its site turned us away
        before it was asked (``Fetcher.turned_away``): no verdict, the link stays due."""
        result = await self.links.check_link(link, profile, left)  # a bug of ours fails the stage; nothing is recorded
        if result.verdict is Verdict.RATE_LIMITED and not result.attempts:
            return False
        self.recorder.record(link, result)
        return True
