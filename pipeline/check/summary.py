"""What a check run did, counted: :class:`CheckSummary`, the check stage's summary.

Filled in by the stage and its parts as the run goes (links due, checks and their
verdicts and states, requests, probes, captures beside the check), and written
to the run's record by name (:meth:`CheckSummary.as_counts`).
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field

from ..models import StageCounts

__all__ = ["CheckSummary"]


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

