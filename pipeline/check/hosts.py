"""The hosts of a check run: which links are due on each, and how many hosts and workers go at once.

A run works host by host, the busiest hosts first (:func:`choose_hosts`: the
links that are due, every current link with ``force``, or only the URLs asked
for). As many hosts are worked on at once as keep every global request slot
busy (:func:`hosts_at_once`), and more while the processor has time to spare
(:func:`room_for_a_host`; :class:`HostRoom` remembers how many, waited for by
:func:`wait_for_room`). Each host gets
one worker more than the requests it may have in flight, a host of many links
more (:func:`workers_for_host`); the fetcher keeps each host to its own limit
and pace whatever the workers.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence

import sqlite_utils

from ..config import HttpConfig
from ..db import checks as checks_db
from ..net.fetcher import Fetcher
from ..urls import InvalidURL, canonicalize

__all__ = ["MANY_LINKS", "MORE_HOSTS", "HostRoom", "LoadLinks", "choose_hosts", "hosts_at_once", "room_for_a_host",
           "wait_for_room", "workers_for_host"]

log = logging.getLogger(__name__)
TYPICAL_LATENCY_S = 0.25
MORE_HOSTS = 4  # at most this many times hosts_at_once() while the processor has time to spare
SPARE_LAG_S = 0.003  # ... meaning: the event loop runs timers less late than this
BUSY_LAG_S = 0.010  # timers this late, or the request slots nearly all taken: fewer hosts at once (HostRoom)
ROOM_POLL_S = 0.05  # how often a host waiting to start looks again
MANY_LINKS = 100  # a site with this many links due has WORKERS_PER_REQUEST workers per request it may have in flight
WORKERS_PER_REQUEST = 3

LoadLinks = Callable[[str], list[checks_db.DueLink]]


def choose_hosts(db: sqlite_utils.Database, now: str, *, force: bool = False, urls: Sequence[str] = (),
                 wayback_hosts: frozenset[str] = frozenset()) -> tuple[list[tuple[str, int]], LoadLinks, int]:
    """The hosts to work on, the busiest first, each with its number of links; how to load a host's
    links; and how many of ``urls`` are not cited links (warned about, not checked).

    Only the links behind ``urls`` if any are given; else those due at ``now`` (every current
    link with ``force``)."""
    if urls:
        chosen, not_cited = _chosen_links(db, urls, wayback_hosts)
        by_host: dict[str, list[checks_db.DueLink]] = collections.defaultdict(list)
        for link in chosen:
            by_host[link.host].append(link)
        hosts = sorted(((h, len(v)) for h, v in by_host.items()), key=lambda hv: -hv[1])
        return hosts, by_host.__getitem__, not_cited
    return checks_db.due_hosts(db, now, force), functools.partial(checks_db.due_links, db, now=now, force=force), 0


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


def hosts_at_once(http: HttpConfig) -> int:
    """How many hosts to work on at once: enough to keep every global slot busy.

    A host spaced by ``per_host_delay_s`` fills a slot only for a request's
    latency (``TYPICAL_LATENCY_S``) in each delay; starting many more hosts
    than that only makes them compete for the processor, which slows the
    busiest host, the one that decides when the run ends.
    """
    gap = max(http.per_host_delay_s, http.start_delay_s)
    return min(4096, max(32, int(http.max_concurrency * max(1.0, gap / TYPICAL_LATENCY_S))))


def room_for_a_host(running: int, usual: int, lag_s: float, slots_taken: float) -> bool:
    """Whether another host may start while ``running`` are being checked: below ``usual``
    (:func:`hosts_at_once`) always; up to ``MORE_HOSTS`` times that while there is time and
    room to spare: the event loop runs its timers less than ``SPARE_LAG_S`` late (``lag_s``) and
    less than half of the ``http.max_concurrency`` slots are taken (``slots_taken``, a share), so
    that the sites already under way, the busiest among them, never wait for a processor or a slot."""
    spare = lag_s < SPARE_LAG_S and slots_taken < 0.5
    return running < usual or (running < usual * MORE_HOSTS and spare)


class HostRoom:
    """How many hosts may be checked at once (:func:`room_for_a_host`), and how many have been.

    While a site of ``MANY_LINKS`` or more is under way (:meth:`under_way`), the bare rule: more
    hosts only while there is time and room to spare, so that the event loop stays on time for the
    busiest site. Once those sites are done, the hosts under way are not let fall back to ``usual``
    as soon as the loop is a few milliseconds late, only while it runs its timers at least
    ``BUSY_LAG_S`` late or nine in ten request slots are taken (a tenth fewer at each look); in
    between, a host that ends is replaced. With the bare rule alone, on a busy machine, the hosts
    under way swung between ``usual`` and ``MORE_HOSTS`` times that every few seconds, and the small
    sites that end a run, which spend most of their time waiting out their careful start, went
    through 32 at a time (docs/check.md)."""

    def __init__(self, usual: int) -> None:
        self.usual = usual
        self.allowed = float(usual)
        self.busiest = 0  # sites of MANY_LINKS or more under way

    def admits(self, running: int, lag_s: float, slots_taken: float) -> bool:
        """Whether another host may start while ``running`` are being checked."""
        if room_for_a_host(running, self.usual, lag_s, slots_taken):
            self.allowed = max(self.allowed, running + 1.0)
            return True
        if self.busiest:
            return False
        if lag_s >= BUSY_LAG_S or slots_taken >= 0.9:
            self.allowed = max(float(self.usual), self.allowed * 0.9)
        return running < self.allowed

    async def under_way(self, links: int, work: Awaitable[None]) -> None:
        """Await ``work``, the check of a host with ``links`` due, counted among the busiest if they are many."""
        many = links >= MANY_LINKS
        self.busiest += many
        try:
            await work
        finally:
            self.busiest -= many


async def wait_for_room(running: set[asyncio.Task[None]], room: HostRoom, fetcher: Fetcher, slots: int) -> None:
    """Until another host may start (:class:`HostRoom`; ``slots``: ``http.max_concurrency``).
    A host of a few links spends most of its time waiting out its careful start; at the end of a
    run such hosts are all that is left, and without more of them at once the processor idles."""
    while not room.admits(len(running), fetcher.lag.estimate, fetcher.in_flight / slots):
        await asyncio.wait(list(running), timeout=ROOM_POLL_S, return_when=asyncio.FIRST_COMPLETED)


def workers_for_host(links: int, per_host_concurrency: int) -> int:
    """How many workers check a host's ``links``: one more than the site's requests in flight
    (``http.per_host_concurrency``), so that while the others' answers are read and judged, the next
    link already waits for the site's turn. A site of ``MANY_LINKS`` or more, the one that decides when
    the run ends, has ``WORKERS_PER_REQUEST`` per request: a link's check lasts several times its
    request (its body read, its page read and judged, its capture handed on), and with one worker per
    request the site would wait for its workers instead of its pace."""
    per_request = WORKERS_PER_REQUEST if links >= MANY_LINKS else 1
    return min(per_host_concurrency * per_request + 1, links)
