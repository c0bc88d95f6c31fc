"""Adaptive pacing per site: a pure function of the answers observed (no clock, no network)."""

from __future__ import annotations

import pytest

from pipeline.net.pacing import Answer, Pace, PacingPolicy, observe, start, with_floor

POLICY = PacingPolicy(target_in_flight=1.0, floor_s=0.05, start_gap_s=0.25, max_gap_s=60.0)


def after(pace: Pace, answers: list[tuple[Answer, float]], policy: PacingPolicy = POLICY) -> Pace:
    for answer, latency in answers:
        pace = observe(pace, policy, answer, latency)
    return pace


def test_a_new_site_starts_carefully_and_a_known_one_resumes_its_pace() -> None:
    assert start(POLICY).gap_s == 0.25
    assert start(POLICY, saved_gap_s=0.08).gap_s == 0.08
    assert start(POLICY, saved_gap_s=0.001).gap_s == 0.05  # a saved pace never goes under the floor


@pytest.mark.parametrize(("latency", "target", "expected"), [
    (0.10, 1.0, 0.10),  # a request every 100 ms to a site answering in 100 ms: one in flight
    (0.10, 2.0, 0.05),  # two in flight on average: half the gap
    (0.01, 1.0, 0.05),  # faster than the floor: the floor holds
])
def test_a_fast_site_speeds_up_to_its_target_in_flight(latency: float, target: float, expected: float) -> None:
    policy = PacingPolicy(target_in_flight=target, floor_s=0.05, start_gap_s=0.25)
    pace = start(policy)
    gaps = []
    for _ in range(20):
        pace = observe(pace, policy, Answer.HEALTHY, latency)
        gaps.append(pace.gap_s)
    assert gaps == sorted(gaps, reverse=True)  # speeds up step by step, never overshoots
    assert gaps[0] > expected  # not at once: halfway each answer
    assert gaps[-1] == pytest.approx(expected, rel=1e-3)


def test_a_slow_site_slows_down_at_once() -> None:
    pace = after(start(POLICY), [(Answer.HEALTHY, 0.05)] * 20)
    slow = observe(pace, POLICY, Answer.HEALTHY, 2.0)
    assert slow.gap_s == 2.0  # a site answering in 2 s gets a request every 2 s, from the next one on


@pytest.mark.parametrize("answer", [Answer.THROTTLED, Answer.NO_ANSWER])
def test_throttling_and_dropped_connections_back_off_and_healthy_answers_recover(answer: Answer) -> None:
    fast = after(start(POLICY), [(Answer.HEALTHY, 0.05)] * 20)
    backed = after(fast, [(answer, 0.05)] * 3)
    assert backed.gap_s == pytest.approx(fast.gap_s * 8)  # doubles each time
    recovered = after(backed, [(Answer.HEALTHY, 0.05)] * 30)
    assert recovered.gap_s == pytest.approx(fast.gap_s, rel=1e-3)


def test_429_and_503_are_throttling_other_5xx_never_speed_up() -> None:
    assert Answer.of_status(429) is Answer.THROTTLED
    assert Answer.of_status(503) is Answer.THROTTLED
    assert Answer.of_status(500) is Answer.SERVER_ERROR
    assert Answer.of_status(404) is Answer.HEALTHY and Answer.of_status(200) is Answer.HEALTHY
    pace = start(POLICY)
    assert observe(pace, POLICY, Answer.SERVER_ERROR, 0.01).gap_s == pace.gap_s
    assert observe(pace, POLICY, Answer.SERVER_ERROR, 1.0).gap_s == 1.0


def test_retry_after_sets_the_least_gap_and_backing_off_stops_at_the_cap() -> None:
    pace = start(POLICY)
    assert observe(pace, POLICY, Answer.THROTTLED, 0.05, retry_after_s=7).gap_s == 7
    assert after(pace, [(Answer.THROTTLED, 0.05)] * 20).gap_s == 60.0


def test_crawl_delay_raises_the_floor_and_it_holds() -> None:
    pace = with_floor(start(POLICY), 2.0, POLICY)
    assert pace.gap_s == 2.0
    assert after(pace, [(Answer.HEALTHY, 0.01)] * 30).gap_s == 2.0
    assert with_floor(start(POLICY), 0.0, POLICY).floor_s == 0.05  # never below the configured floor
