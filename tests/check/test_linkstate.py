"""A link's state from its history, with an injected clock; and its next check time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pipeline.check.linkstate import LinkHealth, StatePolicy, advance, derive, next_check_at, redirect_run
from pipeline.clock import format_time, parse_time
from pipeline.models import LinkState, Verdict

POLICY = StatePolicy(broken_after_checks=3, broken_after_days=3)
OK, GONE, BLOCKED, TIMEOUT = Verdict.OK, Verdict.GONE, Verdict.BLOCKED, Verdict.TIMEOUT


def day(n: float) -> str:
    return format_time(parse_time("2025-03-01T00:00:00Z") + timedelta(days=n))


@pytest.mark.parametrize("history, state", [
    ([], LinkState.UNCHECKED),
    ([(OK, 0)], LinkState.HEALTHY),
    ([(GONE, 0)], LinkState.FAILING),
    # three failures, but within one day: not broken yet
    ([(GONE, 0), (GONE, 0.1), (GONE, 0.2)], LinkState.FAILING),
    # three days, but only two failures
    ([(GONE, 0), (GONE, 3)], LinkState.FAILING),
    # three failures over three days: broken
    ([(GONE, 0), (TIMEOUT, 1.5), (GONE, 3)], LinkState.BROKEN),
    ([(GONE, 0), (GONE, 1), (GONE, 2), (GONE, 3)], LinkState.BROKEN),
    # a success resets the run of failures
    ([(GONE, 0), (GONE, 1), (OK, 2), (GONE, 3), (GONE, 4)], LinkState.FAILING),
    ([(GONE, 0), (GONE, 1), (GONE, 3), (OK, 4)], LinkState.RECOVERED),
    ([(GONE, 0), (GONE, 1), (GONE, 3), (OK, 4), (OK, 5)], LinkState.HEALTHY),
    ([(GONE, 0), (OK, 1)], LinkState.HEALTHY),  # a blip is not a recovery
    # unverifiable answers neither break nor heal
    ([(BLOCKED, 0)], LinkState.UNVERIFIABLE),
    ([(OK, 0), (BLOCKED, 1)], LinkState.UNVERIFIABLE),
    ([(GONE, 0), (BLOCKED, 1), (GONE, 2)], LinkState.FAILING),
    ([(GONE, 0), (GONE, 1), (GONE, 3), (BLOCKED, 4)], LinkState.BROKEN),
    ([(GONE, 0), (BLOCKED, 1), (BLOCKED, 2), (GONE, 3.5), (GONE, 4)], LinkState.BROKEN),
])
def test_state_from_history(history: list[tuple[Verdict, float]], state: LinkState) -> None:
    assert derive([(v, day(d)) for v, d in history], POLICY).state is state


MOVED, A, B = Verdict.REDIRECTED, "https://a.example/new", "https://b.example/new"


@pytest.mark.parametrize("history, stable, checks", [
    ([], False, 0),
    ([(MOVED, 0, A)], False, 1),                                      # one 301: not yet
    ([(MOVED, 0, A), (MOVED, 0.1, A), (MOVED, 0.2, A)], False, 3),    # three, within a day
    ([(MOVED, 0, A), (MOVED, 3, A)], False, 2),                       # three days, two checks
    ([(MOVED, 0, A), (MOVED, 1.5, A), (MOVED, 3, A)], True, 3),
    ([(MOVED, 0, A), (BLOCKED, 1, None), (MOVED, 2, A), (MOVED, 3, A)], True, 3),  # unverifiable: no change
    ([(MOVED, 0, B), (MOVED, 1, A), (MOVED, 2, A), (MOVED, 3, A)], False, 3),      # a new target starts again
    ([(MOVED, 0, A), (OK, 1, None), (MOVED, 2, A), (MOVED, 3, A)], False, 2),      # the old page came back
    ([(MOVED, 0, A), (MOVED, 1, A), (MOVED, 3, A), (GONE, 4, None)], False, 0),    # and then died
])
def test_a_redirect_is_stable_when_seen_like_a_broken_link(history: list[tuple[Verdict, float, str | None]],
                                                            stable: bool, checks: int) -> None:
    run = redirect_run([(v, day(d), url) for v, d, url in history])
    assert (run.is_stable(POLICY), run.checks) == (stable, checks)


def test_counters() -> None:
    health = derive([(v, day(d)) for v, d in [(OK, 0), (GONE, 1), (BLOCKED, 2), (GONE, 4)]], POLICY)
    assert health == LinkHealth(LinkState.FAILING, consecutive_failures=2, first_failure_at=day(1),
                                last_success_at=day(0), last_checked_at=day(4), checks=4)


def test_policy_from_config_is_obeyed() -> None:
    strict = StatePolicy(broken_after_checks=1, broken_after_days=0)
    assert advance(LinkHealth(), GONE, day(0), strict).state is LinkState.BROKEN


@pytest.mark.parametrize("history, interval", [
    ([(OK, 0)], timedelta(days=7)),
    ([(GONE, 0)], timedelta(hours=24)),
    ([(GONE, 0), (GONE, 1), (GONE, 3)], timedelta(days=14)),
    ([(BLOCKED, 0)], timedelta(days=3)),
])
def test_next_check_follows_the_state_with_bounded_jitter(history: list[tuple[Verdict, float]],
                                                           interval: timedelta) -> None:
    health = derive([(v, day(d)) for v, d in history], POLICY)
    gaps = {parse_time(next_check_at(link_id, health, POLICY)) - parse_time(health.last_checked_at or "")
            for link_id in range(1, 200)}
    assert all(interval * 0.9 <= g <= interval * 1.1 for g in gaps)
    assert len(gaps) > 150  # spread out, not all on the same second
    assert next_check_at(7, health, POLICY) == next_check_at(7, health, POLICY)  # reproducible


def test_a_never_checked_link_has_no_next_time() -> None:
    with pytest.raises(ValueError):
        next_check_at(1, LinkHealth(), POLICY)
