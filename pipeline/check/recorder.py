"""What a check run keeps: its results, committed in batches, never while this machine looks offline.

A :class:`Recorder` takes each result: it advances the link's state
(:mod:`pipeline.check.linkstate`) and schedules its next check. Results are
committed every ``check.batch_size`` checks, with the site profiles probed
meanwhile, so a killed run loses at most one batch. When enough sites are due to tell (``check.offline_after_sites``),
results are held, not committed, until some site has given an HTTP answer. If
none ever does while that many sites have failed at the network level, the
run is taken to be offline and nothing is recorded (:class:`Offline`); held for
``HELD_BATCHES`` batches without an answer, the stage ends early that way.

Site profiles are kept as JSON in the database (:func:`probe_record`) and read
back while fresh enough (:func:`remembered_probes`).
"""

from __future__ import annotations

import collections
import dataclasses
import logging
from collections.abc import Callable

import sqlite_utils

from ..archive.stage import SharedCapture
from ..config import CheckConfig
from ..db import checks as checks_db
from ..db import sites as sites_db
from ..models import CheckResult, Verdict
from .linkstate import LinkHealth, StatePolicy, advance, next_check_at
from .pagefacts import PageFacts
from .soft404 import ProbeOutcome, SiteProfile
from .summary import CheckSummary

__all__ = ["Offline", "Recorder", "probe_record", "remembered_probes"]

log = logging.getLogger(__name__)
# what a check of a site gets when this machine has no network: no answer, not an answer saying the page is gone
NO_NETWORK = frozenset({Verdict.DNS_ERROR, Verdict.CONNECTION_ERROR, Verdict.TIMEOUT})
HELD_BATCHES = 10  # held results (no site answered yet) that end the stage early as offline, in batches


class Offline(RuntimeError):
    """No site answered at all: this machine (or its DNS) is offline; nothing was recorded."""


class Recorder:
    """Holds a run's results and new site profiles and commits them; ``answered`` tells whether any
    site has given an HTTP answer yet. ``shared`` (the captures made beside the check, set once open)
    holds its failed captures with the results, and drops them when the run is offline."""

    def __init__(self, db: sqlite_utils.Database, check: CheckConfig, clock: Callable[[], str],
                 summary: CheckSummary, progress: Callable[..., None] | None, answered: Callable[[], bool]) -> None:
        self.db = db
        self.check = check
        self.clock = clock
        self.summary = summary
        self.progress = progress
        self.answered = answered
        self.policy = StatePolicy.from_config(check)
        self.shared: SharedCapture | None = None
        self.pending: list[tuple[CheckResult, LinkHealth, str]] = []
        self.new_probes: list[tuple[str, dict[str, object]]] = []
        self.silent: collections.Counter[str] = collections.Counter()  # no-network verdicts while no site answered
        self.silent_sites: set[str] = set()
        self.offline = False
        self.holding = False  # results wait for a first answer: set when enough sites are due to tell offline

    def hold_for(self, sites: int) -> bool:
        """Whether results wait for a first answer, with ``sites`` due: enough of them to tell offline."""
        self.holding = 0 < self.check.offline_after_sites <= sites
        return self.holding

    def record(self, link: checks_db.DueLink, result: CheckResult) -> None:
        """Hold one link's result for the next write (a batch full is written, or too many held end the stage)."""
        if self.holding and not self.answered() and result.status_code is None and result.verdict in NO_NETWORK:
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
        if len(self.pending) >= self.check.batch_size and (self.answered() or not self.holding):
            self.flush()
        elif len(self.pending) >= self.check.batch_size * HELD_BATCHES:
            self.conclude_offline()

    def note_probe(self, host: str, profile: SiteProfile) -> None:
        """A site's profile to save with the next write."""
        self.new_probes.append((host, probe_record(profile)))

    def conclude(self) -> None:
        """Every site is done: fail the stage if offline (:meth:`conclude_offline`), else commit what is
        held from now on."""
        self.conclude_offline()
        self.holding = False  # not offline after all: what is held is committed

    def conclude_offline(self) -> None:
        """Fail the stage, recording nothing, when no site answered and enough of them failed for want of a network.

        Called when every site is done, and early once ``HELD_BATCHES`` batches of results are held."""
        if not self.holding or self.answered() or len(self.silent_sites) < self.check.offline_after_sites:
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
        if self.offline or (self.holding and not self.answered()):
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


def remembered_probes(db: sqlite_utils.Database, probed_after: str) -> dict[str, SiteProfile]:
    """The site profiles probed after ``probed_after``, by host (one saved by another version is left out)."""
    out = {}
    for host, record in sites_db.load_probes(db, probed_after).items():
        try:
            page = record["page"]
            out[host] = SiteProfile(ProbeOutcome(record["outcome"]), record["probe_url"], record["status"],
                                    record["final_url"], PageFacts(**page) if page else None)
        except (KeyError, TypeError, ValueError):  # saved by another version: probed again
            continue
    return out


def probe_record(profile: SiteProfile) -> dict[str, object]:
    """A site profile as saved (JSON)."""
    return {"outcome": profile.outcome.value, "probe_url": profile.probe_url, "status": profile.status,
            "final_url": profile.final_url, "page": dataclasses.asdict(profile.page) if profile.page else None}
