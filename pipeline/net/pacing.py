"""Adaptive pacing per site: how long to wait between two request starts to one site.

A fixed gap is both too slow for a site that answers in 50 ms and too fast for
one that is struggling. Like Scrapy's AutoThrottle, the gap here follows the
site's own answers: with a target of ``target_in_flight`` requests in flight
(default 1.0, one sequential visitor on average), a site answering in
``latency`` seconds gets a request every ``latency / target_in_flight``
seconds. The rules, applied by :func:`observe` to every answer:

* **healthy** (any status below 500 except 429): the gap moves halfway towards
  the latency-derived gap when that is shorter (speeding up gradually), and
  straight to it when it is longer (rising latency slows down at once);
* **server trouble** (5xx other than 503): never speeds up, slows down to the
  latency-derived gap if that is longer;
* **throttled** (429, 503): the gap doubles, and is at least what
  ``Retry-After`` asked for; **no answer** (connection reset, timeout): the
  gap doubles (a connection the host refuses outright is not an answer the
  fetcher reports here: it costs the site nothing and leaves the pace as it was);
* always at least the **floor** (``http.per_host_delay_s``, raised by a
  robots.txt ``Crawl-delay``) and at most ``max_gap_s``.

A site the pipeline has not seen starts *carefully*, with ``start_gap_s``; a
pace saved by an earlier run (the stage keeps it in the database) is resumed.

Everything here is a pure function of the answers observed; the fetcher owns
the clock and the waiting, and hands in latencies net of its own event loop's
delay (:class:`pipeline.net.gates.LoopLag`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Answer", "Pace", "PacingPolicy", "observe", "start", "with_floor"]


class Answer(StrEnum):
    """How a site answered one request, as far as pacing cares."""

    HEALTHY = "healthy"  # any status below 500 but 429
    SERVER_ERROR = "server_error"  # 5xx other than 503
    THROTTLED = "throttled"  # 429 or 503: slow down
    NO_ANSWER = "no_answer"  # connection refused/reset, timeout

    @classmethod
    def of_status(cls, status: int) -> Answer:
        if status in (429, 503):
            return cls.THROTTLED
        return cls.SERVER_ERROR if status >= 500 else cls.HEALTHY


@dataclass(frozen=True, kw_only=True)
class PacingPolicy:
    target_in_flight: float = 1.0  # requests in flight per site, on average
    floor_s: float = 0.05  # the shortest gap ever (http.per_host_delay_s)
    start_gap_s: float = 0.25  # the gap for a site not seen before
    max_gap_s: float = 60.0  # the longest gap backing off can reach


@dataclass(frozen=True, kw_only=True)
class Pace:
    """One site's pacing state."""

    gap_s: float  # seconds between two request starts
    floor_s: float  # this site's floor (the policy's, or its Crawl-delay)
    latency_s: float | None = None  # the last answer's latency (None: no answer seen yet)


def start(policy: PacingPolicy, saved_gap_s: float | None = None) -> Pace:
    """A site's first pace: carefully spaced, or where an earlier run left it."""
    gap = policy.start_gap_s if saved_gap_s is None else saved_gap_s
    return Pace(gap_s=_clamp(gap, policy.floor_s, policy), floor_s=policy.floor_s)


def with_floor(pace: Pace, floor_s: float, policy: PacingPolicy) -> Pace:
    """Raise the site's floor (a robots.txt Crawl-delay); never below the policy's."""
    floor = max(policy.floor_s, floor_s)
    return dataclasses.replace(pace, floor_s=floor, gap_s=_clamp(pace.gap_s, floor, policy))


def observe(pace: Pace, policy: PacingPolicy, answer: Answer, latency_s: float,
            retry_after_s: float | None = None) -> Pace:
    """The pace after one answer that took ``latency_s`` seconds."""
    wanted = max(0.0, latency_s) / policy.target_in_flight
    gap = pace.gap_s
    if answer is Answer.HEALTHY:
        gap = wanted if wanted >= gap else (gap + wanted) / 2
    elif answer is Answer.SERVER_ERROR:
        gap = max(gap, wanted)
    elif answer is Answer.THROTTLED:
        gap = max(gap * 2, wanted, retry_after_s or 0.0)
    else:  # NO_ANSWER: its "latency" is a timeout or a reset, not the site's pace
        gap = gap * 2
    return Pace(gap_s=_clamp(gap, pace.floor_s, policy), floor_s=pace.floor_s, latency_s=latency_s)


def _clamp(gap: float, floor: float, policy: PacingPolicy) -> float:
    return max(floor, min(gap, max(policy.max_gap_s, floor)))
