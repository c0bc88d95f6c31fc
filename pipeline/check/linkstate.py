"""A link's state over time, derived from its checks, and when to check it next.

Pure functions of the check history and the policy (``check.*`` in config);
time comes in as UTC ISO strings, so tests drive it with any clock.

* A **success** (``ok``, ``redirected``) makes the link ``healthy``, or
  ``recovered`` if it was ``broken`` (the next success makes it healthy), and
  resets the failure count.
* A **failure** (``gone``, ``soft_404``, ``server_error``, ``timeout``, the
  network errors, ``too_many_redirects``, ``invalid_url``) makes it
  ``failing``; it becomes ``broken`` only once at least
  ``broken_after_checks`` failures in a row span at least
  ``broken_after_days`` days (from the first of them).
* An **unverifiable** answer (``blocked``, ``rate_limited``,
  ``robots_disallowed``, ``refused_address``, ``too_large``) says nothing
  either way: a failing or broken link stays so (its failure run is neither
  extended nor reset); any other link becomes ``unverifiable``.

A **moved** link: :func:`redirect_run` follows the latest run of
``redirected`` checks (permanent redirects) that lead to the same URL; it is
*stable*, and fix mode may propose the new address, under the rule that
makes a link broken: at least ``broken_after_checks`` such checks spanning at
least ``broken_after_days`` days. A check that leads elsewhere starts a new
run, any other success or a failure ends it, an unverifiable answer neither.

Scheduling: the next check is due after the interval of the new state
(``recheck_*``), spread by ± ``jitter`` of it. The jitter is a hash of the link
and the check time, so it is random across links but reproducible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta

from ..clock import format_time, parse_time
from ..config import CheckConfig
from ..models import LinkState, Verdict

__all__ = ["LinkHealth", "RedirectRun", "StatePolicy", "advance", "derive", "next_check_at", "redirect_run"]


@dataclass(frozen=True)
class StatePolicy:
    broken_after_checks: int = 3
    broken_after_days: float = 3.0
    recheck_healthy_days: float = 7.0
    recheck_failing_hours: float = 24.0
    recheck_broken_days: float = 14.0
    recheck_unverifiable_days: float = 3.0
    jitter: float = 0.1

    @classmethod
    def from_config(cls, check: CheckConfig) -> StatePolicy:
        return cls(check.broken_after_checks, check.broken_after_days, check.recheck_healthy_days,
                   check.recheck_failing_hours, check.recheck_broken_days, check.recheck_unverifiable_days,
                   check.jitter)

    def interval(self, state: LinkState) -> timedelta:
        if state is LinkState.FAILING:
            return timedelta(hours=self.recheck_failing_hours)
        if state is LinkState.BROKEN:
            return timedelta(days=self.recheck_broken_days)
        if state is LinkState.UNVERIFIABLE:
            return timedelta(days=self.recheck_unverifiable_days)
        return timedelta(days=self.recheck_healthy_days)


@dataclass(frozen=True)
class LinkHealth:
    """A link's state and the counters it is derived from."""

    state: LinkState = LinkState.UNCHECKED
    consecutive_failures: int = 0
    first_failure_at: str | None = None  # of the current run of failures
    last_success_at: str | None = None
    last_checked_at: str | None = None
    checks: int = 0


def advance(health: LinkHealth, verdict: Verdict, checked_at: str, policy: StatePolicy) -> LinkHealth:
    """The health after one more check."""
    health = replace(health, checks=health.checks + 1, last_checked_at=checked_at)
    if verdict.is_success:
        state = LinkState.RECOVERED if health.state is LinkState.BROKEN else LinkState.HEALTHY
        return replace(health, state=state, consecutive_failures=0, first_failure_at=None,
                       last_success_at=checked_at)
    if verdict.is_unverifiable:
        if health.state in (LinkState.FAILING, LinkState.BROKEN):
            return health
        return replace(health, state=LinkState.UNVERIFIABLE)
    failures = health.consecutive_failures + 1
    first = health.first_failure_at or checked_at
    span = parse_time(checked_at) - parse_time(first)
    broken = (health.state is LinkState.BROKEN or
              (failures >= policy.broken_after_checks and span >= timedelta(days=policy.broken_after_days)))
    return replace(health, state=LinkState.BROKEN if broken else LinkState.FAILING,
                   consecutive_failures=failures, first_failure_at=first)


def derive(history: Iterable[tuple[Verdict, str]], policy: StatePolicy) -> LinkHealth:
    """The health after a whole history of (verdict, checked_at), oldest first."""
    health = LinkHealth()
    for verdict, checked_at in history:
        health = advance(health, verdict, checked_at, policy)
    return health


def next_check_at(link_id: int, health: LinkHealth, policy: StatePolicy) -> str:
    """When the link is due again: the state's interval after its last check, ± jitter."""
    if health.last_checked_at is None:
        raise ValueError("a link that was never checked is due now")
    interval = policy.interval(health.state)
    digest = hashlib.sha256(f"{link_id}:{health.last_checked_at}".encode()).digest()
    spread = (int.from_bytes(digest[:8], "big") / 2**64) * 2 - 1  # in [-1, 1)
    return format_time(parse_time(health.last_checked_at) + interval * (1 + policy.jitter * spread))


@dataclass(frozen=True)
class RedirectRun:
    """The latest run of permanent redirects of a link to one URL."""

    target: str | None = None
    checks: int = 0
    first_at: str | None = None
    last_at: str | None = None

    def is_stable(self, policy: StatePolicy) -> bool:
        """Seen on enough checks over enough days to act on, as a failure run must be to be broken."""
        if self.target is None or self.first_at is None or self.last_at is None:
            return False
        span = parse_time(self.last_at) - parse_time(self.first_at)
        return self.checks >= policy.broken_after_checks and span >= timedelta(days=policy.broken_after_days)


def redirect_run(history: Iterable[tuple[Verdict, str, str | None]]) -> RedirectRun:
    """The latest run of ``redirected`` checks to one URL in a history of (verdict, checked_at,
    final_url), oldest first."""
    run = RedirectRun()
    for verdict, checked_at, final_url in history:
        if verdict.is_unverifiable:
            continue
        if verdict is not Verdict.REDIRECTED or not final_url:
            run = RedirectRun()
        elif final_url == run.target:
            run = replace(run, checks=run.checks + 1, last_at=checked_at)
        else:
            run = RedirectRun(final_url, 1, checked_at, checked_at)
    return run
