"""The one HTTP layer: every request sourcevault sends goes through a :class:`Fetcher`.

What it guarantees, for every stage that fetches (check, archive):

* **Politeness**: at most ``http.max_concurrency`` requests in flight, at most
  ``http.per_host_concurrency`` per host (hard caps), and starts to one host
  spaced by an adaptive gap that follows the site's answer time, so that on
  average ``http.target_in_flight`` requests are in flight to it
  (:mod:`pipeline.net.pacing`; never under ``http.per_host_delay_s`` or a
  robots.txt ``Crawl-delay``); robots.txt honoured (:mod:`pipeline.net.robots`),
  an honest User-Agent. The pace each site ended with (:meth:`Fetcher.paces`)
  can be handed to the next run's fetcher (``paces=``).
* **Faults**: network, TLS, content-decoding and OS errors become a
  :class:`FetchError`; any other exception is a bug of ours and propagates.
* **Safety**: only http/https; private, loopback, link-local, multicast and
  reserved addresses refused on every hop (:mod:`pipeline.net.addresses`); a
  connect and read timeout plus a total deadline per request; at most
  ``http.max_redirects`` redirects; a body cap counted on *decoded* bytes, so
  a gzip bomb stops at the cap.
* **Retries** of 429/502/503/504 answers and of dropped connections, with a
  doubling backoff; a ``Retry-After`` is honoured up to ``http.max_retry_wait_s``
  (a server asking for longer is not retried). While a host is waited out, the
  other requests to it wait too.
* **A page's own redirect**, with ``page_redirect``: a 2xx page that sends its reader on (a
  ``<meta http-equiv=refresh>``; the caller's policy decides which) is a hop like a 3xx, under the
  same guard and ``http.max_redirects``, its answer kept for the WARC like a redirect's; so is a 2xx
  answer's ``Refresh:`` header (HTTP's form of the meta refresh) within ``urls.REFRESH_MAX_DELAY_S``.
* **A record of everything**: every redirect hop (URL, status, raw headers,
  the raw request headers), the final response's raw headers, the raw bytes
  as received (to ``sink``) and the decoded body, timings and attempts.

This module is the hop loop (robots.txt, then one exchange per hop, until an
answer that is not a redirect) and, in each hop, the retries. Its parts:
:mod:`pipeline.net.results` (what a fetch returns), :mod:`pipeline.net.hops`
(which URLs are fetched, what a hop carries on), :mod:`pipeline.net.page_redirects`
(the refresh hop), :mod:`pipeline.net.gates` (per-site turns and pace),
:mod:`pipeline.net.faults` (errors translated, the retry decision),
:mod:`pipeline.net.exchange` (a request sent and its answer: default headers,
timeouts, the run's cookie jar), :mod:`pipeline.net.addresses` (the guard),
:mod:`pipeline.net.robots`, :mod:`pipeline.net.bodies` (capped decoding) and
:mod:`pipeline.net.pools` (a connection pool per site).

:meth:`Fetcher.fetch` never raises for a network or server fault: the result
carries a :class:`~pipeline.net.results.FetchError` whose
:class:`~pipeline.net.results.FetchErrorKind` says what the caller can do about
it (the kinds are named like the check stage's verdicts).

Usage::

    async with Fetcher(config.http) as fetcher:
        result = await fetcher.fetch(url, method="GET", max_bytes=10_000_000, sink=file.write)
"""


from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..clock import utc_now
from ..config import HttpConfig
from . import pacing
from .addresses import AddressRefused, GuardTransport, Resolver, system_resolver
from .bodies import BodyPlan, BodyTooLarge, Sink, StopAfter, drain, read_body, read_raw
from .exchange import Exchanges, peer_address, wire_time
from .faults import NETWORK_FAULTS, RETRY_STATUSES, error_of, retry_after, retryable
from .gates import HostGates, LoopLag
from .hops import REDIRECT_STATUSES, carried_headers, parse_url, resolve, usable_url
from .page_redirects import HeldSink, PageRedirect
from .pools import SitePools
from .results import UNREACHABLE, FetchError, FetchErrorKind, FetchResult, Hop
from .robots import MAX_ROBOTS_BYTES, RobotsCache, RobotsRules, origin_of

__all__ = ["Fetcher"]

log = logging.getLogger(__name__)
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class Fetcher:
    """sourcevault's HTTP client with its limits; use as an async context manager."""

    def __init__(self, config: HttpConfig, *, resolver: Resolver = system_resolver,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                 monotonic: Callable[[], float] = time.monotonic, now: Callable[[], str] = utc_now,
                 paces: Mapping[str, float] | None = None, page_redirect: PageRedirect | None = None) -> None:
        self.config = config
        self._page_redirect = page_redirect  # a page's own redirect, followed as a hop (see PageRedirect)
        self._sleep = sleep
        self._monotonic = monotonic
        self._now = now
        self._exchanges = Exchanges(
            GuardTransport(SitePools(config, resolver)),
            timeout=httpx.Timeout(connect=config.connect_timeout_s, read=config.read_timeout_s,
                                  write=config.read_timeout_s, pool=config.total_timeout_s),
            headers={"User-Agent": config.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
        )
        self.gates = HostGates(config, sleep=sleep, monotonic=monotonic, paces=paces)
        self.robots = RobotsCache(self._fetch_robots, config.user_agent)
        self.requests_sent = 0  # every request, robots.txt included
        # HTTP answers from the sites (an external service's, ``service=True``, not counted), of any status:
        # none at all after many sites means we are offline
        self.responses = 0
        self.lag: LoopLag = self.gates.lag

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.gates.aclose()
        await self._exchanges.aclose()

    async def fetch(self, url: str, *, method: str = "GET", headers: Mapping[str, str] | None = None,
                    max_bytes: int | None = None, keep_bytes: int | None = None, stop_after: StopAfter = None,
                    sink: Sink | None = None, respect_robots: bool | None = None,
                    service: bool = False, priority: int = 0) -> FetchResult:
        """Fetch ``url``, following redirects; never raises for network or server faults.

        ``max_bytes`` (default ``http.max_body_bytes``) caps the decoded body: more is a
        ``too_large`` error. ``stop_after`` stops reading early without an error
        (``complete`` is then False). ``keep_bytes`` caps what ``body`` keeps (default:
        all that was read). ``sink`` receives the raw bytes as received, for a WARC.
        ``service``: a request to an external service (a Wayback lookup), not to a site: its answers
        are not counted in :attr:`responses` (the service answering says nothing of the sites).
        ``priority``: when every ``http.max_concurrency`` slot is taken, a freed one goes to the
        waiting request with the highest (the check passes the links its site has left, so that the
        busiest site, which decides when a run ends, does not queue behind small ones).
        """
        method = method.upper()
        started = self._monotonic()
        self.gates.watch_lag()
        trail = _Trail(url, method, self._now(), service=service, priority=priority)
        try:
            current = usable_url(url)
        except ValueError as exc:
            return trail.fail(FetchErrorKind.INVALID_URL, str(exc), self._monotonic() - started)
        sent = dict(headers or {})
        respect = self.config.respect_robots if respect_robots is None else respect_robots
        limit = self.config.max_body_bytes if max_bytes is None else max_bytes
        for _ in range(self.config.max_redirects + 1):
            trail.final_url = str(current)
            if respect:
                rules = await self.robots_rules(current)
                if rules.unreachable:  # the site's address is refused or its name unknown: so is this URL
                    return trail.fail(FetchErrorKind(rules.unreachable[0]), rules.unreachable[1],
                                      self._monotonic() - started)
                if not rules.allows(str(current)):
                    return trail.fail(FetchErrorKind.ROBOTS_DISALLOWED,
                                      f"robots.txt of {current.host} disallows {current}", self._monotonic() - started)
            held = (HeldSink(sink, self._page_redirect)
                    if self._page_redirect is not None and method == "GET" and not service else None)
            outcome = await self._exchange(current, method, sent,
                                           BodyPlan(limit, keep_bytes, stop_after, held.write if held else sink),
                                           trail)
            if isinstance(outcome, FetchError):
                return trail.fail(outcome.kind, outcome.message, self._monotonic() - started)
            if isinstance(outcome, FetchResult):
                hop_or_none = await held.hop(outcome) if held is not None else None
                if hop_or_none is None:
                    if held is not None:
                        held.release()
                    return _finish(outcome, trail, self._monotonic() - started)
                outcome = hop_or_none
            hop = outcome
            trail.hops.append(hop)
            try:
                nxt = usable_url(hop.location)
            except ValueError as exc:
                return trail.fail(FetchErrorKind.INVALID_URL, f"redirected to an unusable URL: {exc}",
                                  self._monotonic() - started)
            sent = carried_headers(sent, current, nxt)
            current = nxt
        return trail.fail(FetchErrorKind.TOO_MANY_REDIRECTS,
                          f"more than {self.config.max_redirects} redirects", self._monotonic() - started)

    async def robots_rules(self, url: httpx.URL | str) -> RobotsRules:
        """The robots.txt rules of ``url``'s site (fetched once per run)."""
        url = parse_url(url) if isinstance(url, str) else url
        known = self.robots.known(origin := origin_of(url.scheme, url.host, url.port))
        rules = known or await self.robots.rules(origin)
        if known is None:
            delay = rules.crawl_delay()
            if delay:
                self.gates.raise_floor(url.host, min(delay, self.config.max_crawl_delay_s))
        return rules

    async def _fetch_robots(self, robots_url: str) -> tuple[int | None, str, tuple[str, str] | None]:
        result = await self.fetch(robots_url, respect_robots=False, stop_after=MAX_ROBOTS_BYTES,
                                  max_bytes=self.config.max_body_bytes)
        if result.error is not None:
            hopeless = result.error.kind in UNREACHABLE and not result.hops
            return None, "", (result.error.kind.value, result.error.message) if hopeless else None
        try:
            text = result.body.decode(result.charset or "utf-8", errors="replace")
        except (LookupError, UnicodeError):  # a charset that is no text encoding (x-bogus, rot13): the rules are ASCII
            text = result.body.decode("utf-8", errors="replace")
        return result.status, text, None

    def set_min_gap(self, url: str, seconds: float) -> None:
        """Never start two requests to ``url``'s host closer than ``seconds`` (e.g. an external service's rate)."""
        self.gates.raise_floor(httpx.URL(url).host, seconds)

    @property
    def in_flight(self) -> int:
        """Requests holding one of the ``http.max_concurrency`` slots."""
        return self.gates.in_flight

    def turned_away(self, host: str) -> float:
        """Seconds the site still asks us to stay away: it answered 429 or 503 with a ``Retry-After``
        longer than ``http.max_retry_wait_s`` (0: it did not). Its other links are better left for a
        later run than asked one by one at its pace, which that answer slowed to ``http.max_delay_s``."""
        return self.gates.turned_away(host)

    def paces(self) -> dict[str, float]:
        """The gap each site contacted in this run ended with (host -> seconds), to resume next run."""
        return self.gates.paces()

    async def _exchange(self, url: httpx.URL, method: str, headers: dict[str, str], plan: BodyPlan,
                        trail: _Trail) -> Hop | FetchResult | FetchError:
        """One hop: send (retrying as allowed) and return a redirect hop, a final answer or an error."""
        gate = self.gates.gate(url.host)
        retries = self.config.max_retries
        async with gate.slots:
            for attempt in range(retries + 1):
                async with self.gates.turn(gate, trail.priority):
                    if (away := self.gates.away(gate)) > 0:
                        return FetchError(FetchErrorKind.TURNED_AWAY, f"not asked: {url.host} asked us to come "
                                          f"back in {away:.0f} s (Retry-After)")
                    trail.attempts += 1
                    self.requests_sent += 1
                    started = self._monotonic()
                    trail.wire_s = None
                    try:
                        async with asyncio.timeout(self.config.total_timeout_s):
                            answer = await self._send(url, method, headers, plan, trail, final=attempt == retries)
                    except NETWORK_FAULTS as exc:
                        error = error_of(exc, url, self.config.total_timeout_s)
                        if not isinstance(exc, (AddressRefused, httpx.ConnectError)):
                            # a refused connection (or an unknown name, a refused address) never reached
                            # the site's server: it leaves the pace as it was; a reset or a timeout backs off
                            self.gates.observe(gate, pacing.Answer.NO_ANSWER, started)
                        if attempt == retries or not retryable(exc):
                            return error
                        log.debug("%s %s: %s; retrying", method, url, error.message)
                        await self._sleep(self._backoff(attempt))
                        continue
                    status = answer.result.status if isinstance(answer, _Retry) else answer.status
                    self.gates.observe(gate, pacing.Answer.of_status(status or 0), started,
                                  answer.retry_after if isinstance(answer, _Retry) else None, trail.wire_s)
                if isinstance(answer, _Retry):
                    wait = answer.retry_after if answer.retry_after is not None else self._backoff(attempt)
                    if wait > self.config.max_retry_wait_s:
                        self.gates.send_away(gate, wait)
                        return answer.result
                    log.debug("%s %s: HTTP %s; retrying in %.1fs", method, url, answer.result.status, wait)
                    gate.hold_off(self._monotonic() + wait)
                    continue
                return answer
        raise AssertionError("unreachable")  # the last attempt always returns

    def _backoff(self, attempt: int) -> float:
        return min(self.config.retry_backoff_s * (2 ** attempt), self.config.max_retry_wait_s)

    async def _send(self, url: httpx.URL, method: str, headers: dict[str, str], plan: BodyPlan,
                    trail: _Trail, final: bool) -> Hop | FetchResult | _Retry:
        started = self._monotonic()
        fetched_at = self._now()
        response = await self._exchanges.send(method, url, headers)
        self.responses += not trail.service
        try:
            self._exchanges.keep_cookies(response)
            status = response.status_code
            base: dict[str, Any] = dict(status=status, reason=response.reason_phrase,
                                        http_version=response.http_version,
                                        request_headers=tuple(response.request.headers.raw))
            location = response.headers.get("location")
            if status in REDIRECT_STATUSES and location:
                raw, complete = await read_raw(response)
                return Hop(str(url), method, location=resolve(url, location), headers=tuple(response.headers.raw),
                           fetched_at=fetched_at, elapsed_s=self._monotonic() - started, body=raw,
                           body_complete=complete, **base)
            result = FetchResult(trail.url, trail.method, str(url), fetched_at, headers=response.headers,
                                 raw_headers=tuple(response.headers.raw), remote_address=peer_address(response), **base)
            if status in RETRY_STATUSES and not final:
                await drain(response)
                return _Retry(result, retry_after(response.headers.get("retry-after"), self._now))
            if method == "HEAD":
                await drain(response)
                return result
            try:
                body = await read_body(response, plan)
            except BodyTooLarge as exc:
                return dataclasses.replace(result, error=FetchError(FetchErrorKind.TOO_LARGE, str(exc)))
            return dataclasses.replace(result, body=body.kept, body_bytes=body.decoded, raw_bytes=body.raw,
                                       complete=body.complete)
        finally:
            trail.wire_s = wire_time(response)
            await response.aclose()


@dataclass
class _Trail:
    """What a fetch has gathered so far."""

    url: str
    method: str
    fetched_at: str
    final_url: str = ""
    attempts: int = 0
    hops: list[Hop] = field(default_factory=list)
    service: bool = False  # an external service's answers are not counted as a site's
    wire_s: float | None = None  # the last answer's time on the wire (streams.WIRE_TIME), when known
    priority: int = 0  # for a request slot (Fetcher.fetch)

    def fail(self, kind: FetchErrorKind, message: str, elapsed: float) -> FetchResult:
        return FetchResult(self.url, self.method, self.final_url or self.url, self.fetched_at,
                           hops=tuple(self.hops), elapsed_s=elapsed, attempts=self.attempts,
                           error=FetchError(kind, message))



@dataclass(frozen=True)
class _Retry:
    result: FetchResult
    retry_after: float | None


def _finish(result: FetchResult, trail: _Trail, elapsed: float) -> FetchResult:
    return dataclasses.replace(result, hops=tuple(trail.hops), elapsed_s=elapsed, attempts=trail.attempts)
