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

Helpers behind this module: :mod:`pipeline.net.addresses` (the guard),
:mod:`pipeline.net.robots`, :mod:`pipeline.net.bodies` (capped decoding),
:mod:`pipeline.net.pools` (a connection pool per site), :mod:`pipeline.net.exchange` (a request
sent and its answer: default headers, timeouts, the run's cookie jar).

:meth:`Fetcher.fetch` never raises for a network or server fault: the result
carries a :class:`FetchError` whose :class:`FetchErrorKind` says what the
caller can do about it (the kinds are named like the check stage's verdicts).

Usage::

    async with Fetcher(config.http) as fetcher:
        result = await fetcher.fetch(url, method="GET", max_bytes=10_000_000, sink=file.write)
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import email.utils
import functools
import logging
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import httpx

from ..clock import utc_now
from ..config import HttpConfig
from ..logs import per_item
from ..slots import PrioritySlots
from ..urls import refresh_url
from . import pacing
from .addresses import AddressRefused, GuardTransport, NameNotResolved, Resolver, system_resolver
from .bodies import DRAIN_LIMIT, BodyPlan, BodyTooLarge, Sink, StopAfter, drain, read_body, read_raw
from .exchange import Exchanges
from .pacing import Pace, PacingPolicy
from .pools import SitePools
from .robots import MAX_ROBOTS_BYTES, RobotsCache, RobotsRules, origin_of
from .streams import WIRE_TIME

__all__ = ["TURNED_AWAY", "FetchError", "FetchErrorKind", "FetchResult", "Fetcher", "Hop", "LoopLag", "PageRedirect",
           "RawHeaders", "StopAfter", "conditional_headers", "parse_url"]

log = logging.getLogger(__name__)
# ``extra`` of a stage's warning that a site asked us to come back later (counted for the run's summary line)
TURNED_AWAY = per_item("retry_after", "site(s) asked us to come back later (Retry-After); their links wait for "
                       "the next run")

RawHeaders = tuple[tuple[bytes, bytes], ...]
# a page's own redirect: (its URL, its decoded body as kept, its charset, its content type) -> where the page
# sends its reader (as written, relative or not), or None to take the page as the answer
PageRedirect = Callable[[str, bytes, str | None, str], Awaitable[str | None]]
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CONDITIONAL_HEADERS = ("if-none-match", "if-modified-since")


class FetchErrorKind(StrEnum):
    """Why a fetch produced no usable answer (values match the check verdicts)."""

    INVALID_URL = "invalid_url"  # not an http(s) URL, or a redirect to one that is not
    REFUSED_ADDRESS = "refused_address"  # the host is (or resolves to) a non-public address
    ROBOTS_DISALLOWED = "robots_disallowed"  # robots.txt forbids it: not fetched
    DNS_ERROR = "dns_error"  # the host name does not resolve
    CONNECTION_ERROR = "connection_error"  # refused, reset, closed early, protocol or decoding error
    TLS_ERROR = "tls_error"  # handshake or certificate failure
    TIMEOUT = "timeout"  # connect/read timeout or the total deadline
    TOO_MANY_REDIRECTS = "too_many_redirects"
    TOO_LARGE = "too_large"  # the body (decoded) is larger than allowed
    TURNED_AWAY = "turned_away"  # not asked: the site asked us to come back later (a long Retry-After)


# what the network, TLS, content decoding and the OS can throw at a fetch; anything else is a bug of
# ours and propagates (it must fail the stage, never become a link's verdict)
NETWORK_FAULTS = (httpx.HTTPError, httpx.InvalidURL, OSError, TimeoutError, ssl.SSLError, zlib.error, AddressRefused,
                  NameNotResolved, UnicodeError)
UNREACHABLE = frozenset({FetchErrorKind.REFUSED_ADDRESS, FetchErrorKind.DNS_ERROR})


@dataclass(frozen=True)
class FetchError:
    kind: FetchErrorKind
    message: str


@dataclass(frozen=True)
class Hop:
    """One redirect response on the way to the final answer."""

    url: str
    method: str
    status: int
    reason: str
    http_version: str
    headers: RawHeaders  # as received
    request_headers: RawHeaders  # as sent
    location: str  # the absolute URL it sent us to
    fetched_at: str
    elapsed_s: float
    body: bytes = b""  # as received (still content-encoded), at most bodies.DRAIN_LIMIT bytes, for a WARC
    body_complete: bool = True  # False: the body was longer and was cut at the limit


@dataclass(frozen=True)
class FetchResult:
    """Everything learned from one fetch, with or without an answer."""

    url: str  # as requested
    method: str
    final_url: str  # after redirects (the URL of the last request sent)
    fetched_at: str
    status: int | None = None  # of the final response; None when there was none
    reason: str = ""
    http_version: str = ""
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    raw_headers: RawHeaders = ()
    request_headers: RawHeaders = ()
    hops: tuple[Hop, ...] = ()
    body: bytes = b""  # decoded, at most keep_bytes of it
    body_bytes: int = 0  # decoded bytes read
    raw_bytes: int = 0  # bytes received and kept (before content decoding; see bodies.read_body)
    complete: bool = False  # the body was read to its end
    elapsed_s: float = 0.0
    attempts: int = 0  # requests sent for this fetch (retries and hops included; robots.txt not)
    error: FetchError | None = None
    remote_address: str | None = None  # the IP address that answered (for WARC-IP-Address)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that ask for a page only if it changed since the answer that gave these validators."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class LoopLag:
    """How late this event loop runs what is ready, measured while fetches are under way.

    A request's latency as the fetcher sees it includes the time the loop takes
    to get back to the request once its answer has arrived; on a loop busy
    with hundreds of sites and captures that is several milliseconds, which
    pacing would read as the site being slower than it is. A timer set for
    ``interval`` seconds fires that much late too: the lateness, smoothed,
    is taken off each latency before pacing sees it (:meth:`Fetcher._observe`).
    """

    def __init__(self, monotonic: Callable[[], float], interval: float = 0.02) -> None:
        self._monotonic = monotonic
        self.interval = interval
        self.estimate = 0.0  # seconds, smoothed

    def note(self, lateness: float) -> None:
        self.estimate += 0.2 * (max(0.0, lateness) - self.estimate)

    async def watch(self) -> None:
        while True:
            started = self._monotonic()
            await asyncio.sleep(self.interval)
            self.note(self._monotonic() - started - self.interval)

    def site_latency(self, measured: float) -> float:
        """``measured`` without this loop's own delay (never less than half of it)."""
        return measured - min(self.estimate, measured / 2)


class _HostGate:
    """Per-host concurrency and the adaptive spacing of request starts (:mod:`pipeline.net.pacing`)."""

    def __init__(self, limit: int, pace: Pace) -> None:
        self.slots = asyncio.Semaphore(limit)
        self.pace = pace
        self.next_start = 0.0
        self.turn = asyncio.Lock()
        self.away_until = 0.0  # a Retry-After longer than we wait: the site asked us to stay away until then

    def hold_off(self, until: float) -> None:
        self.next_start = max(self.next_start, until)


class Fetcher:
    """sourcevault's HTTP client with its limits; use as an async context manager."""

    def __init__(self, config: HttpConfig, *, resolver: Resolver = system_resolver,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                 monotonic: Callable[[], float] = time.monotonic, now: Callable[[], str] = utc_now,
                 paces: Mapping[str, float] | None = None, page_redirect: PageRedirect | None = None) -> None:
        self.config = config
        self._page_redirect = page_redirect  # a page's own redirect, followed as a hop (see PageRedirect)
        self.pacing = pacing_policy(config)
        self._saved_paces = dict(paces or {})  # host -> the gap an earlier run ended with
        self._sleep = sleep
        self._monotonic = monotonic
        self._now = now
        self._exchanges = Exchanges(
            GuardTransport(SitePools(config, resolver)),
            timeout=httpx.Timeout(connect=config.connect_timeout_s, read=config.read_timeout_s,
                                  write=config.read_timeout_s, pool=config.total_timeout_s),
            headers={"User-Agent": config.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
        )
        self._global = PrioritySlots(config.max_concurrency)
        self._gates: dict[str, _HostGate] = {}
        self.robots = RobotsCache(self._fetch_robots, config.user_agent)
        self.requests_sent = 0  # every request, robots.txt included
        # HTTP answers from the sites (an external service's, ``service=True``, not counted), of any status:
        # none at all after many sites means we are offline
        self.responses = 0
        self.lag = LoopLag(monotonic)
        self._lag_watch: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._lag_watch is not None:
            self._lag_watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._lag_watch
            self._lag_watch = None
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
        if self._lag_watch is None:
            self._lag_watch = asyncio.create_task(self.lag.watch())
        trail = _Trail(url, method, self._now(), service=service, priority=priority)
        try:
            current = _parse_url(url)
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
            held = _HeldSink(sink) if self._page_redirect is not None and method == "GET" and not service else None
            outcome = await self._exchange(current, method, sent,
                                           BodyPlan(limit, keep_bytes, stop_after, held.write if held else sink),
                                           trail)
            if isinstance(outcome, FetchError):
                return trail.fail(outcome.kind, outcome.message, self._monotonic() - started)
            if isinstance(outcome, FetchResult):
                hop_or_none = await self._page_hop(outcome, held) if held is not None else None
                if hop_or_none is None:
                    if held is not None:
                        held.release()
                    return _finish(outcome, trail, self._monotonic() - started)
                outcome = hop_or_none
            hop = outcome
            trail.hops.append(hop)
            try:
                nxt = _parse_url(hop.location)
            except ValueError as exc:
                return trail.fail(FetchErrorKind.INVALID_URL, f"redirected to an unusable URL: {exc}",
                                  self._monotonic() - started)
            sent = {k: v for k, v in sent.items() if k.lower() not in CONDITIONAL_HEADERS}
            if (nxt.scheme, nxt.host, nxt.port) != (current.scheme, current.host, current.port):
                sent = {}  # nothing of the caller's is carried to another site
            current = nxt
        return trail.fail(FetchErrorKind.TOO_MANY_REDIRECTS,
                          f"more than {self.config.max_redirects} redirects", self._monotonic() - started)

    async def _page_hop(self, result: FetchResult, held: _HeldSink) -> Hop | None:
        """The page's own redirect (a ``<meta http-equiv=refresh>``, a script) as a hop, when the
        ``page_redirect`` policy names one for this 2xx answer and its body, as received, was held
        whole (at most ``DRAIN_LIMIT`` bytes: a hop's body is kept in memory for the WARC)."""
        assert self._page_redirect is not None
        if result.error is not None or result.status is None or not 200 <= result.status < 300 or held.spilled:
            return None
        refresh = result.headers.get("refresh", "")
        target = ((refresh_url(refresh) if refresh else "")
                  or await self._page_redirect(result.final_url, result.body, result.charset, result.content_type))
        if not target:
            return None
        try:
            location = str(httpx.URL(result.final_url).join(target.strip()))
        except (httpx.InvalidURL, ValueError):
            location = target
        if location.split("#", 1)[0] == result.final_url.split("#", 1)[0]:
            return None  # a page that reloads itself
        return Hop(result.final_url, result.method, result.status, result.reason, result.http_version,
                   result.raw_headers, result.request_headers, location, result.fetched_at, result.elapsed_s,
                   body=bytes(held.data), body_complete=result.complete)

    async def robots_rules(self, url: httpx.URL | str) -> RobotsRules:
        """The robots.txt rules of ``url``'s site (fetched once per run)."""
        url = parse_url(url) if isinstance(url, str) else url
        known = self.robots.known(origin := origin_of(url.scheme, url.host, url.port))
        rules = known or await self.robots.rules(origin)
        if known is None:
            delay = rules.crawl_delay()
            if delay:
                gate = self._gate(url.host)
                gate.pace = pacing.with_floor(gate.pace, min(delay, self.config.max_crawl_delay_s), self.pacing)
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

    def _gate(self, host: str) -> _HostGate:
        gate = self._gates.get(host)
        if gate is None:
            pace = pacing.start(self.pacing, self._saved_paces.get(host))
            gate = self._gates[host] = _HostGate(self.config.per_host_concurrency, pace)
        return gate

    def set_min_gap(self, url: str, seconds: float) -> None:
        """Never start two requests to ``url``'s host closer than ``seconds`` (e.g. an external service's rate)."""
        gate = self._gate(httpx.URL(url).host)
        gate.pace = pacing.with_floor(gate.pace, seconds, self.pacing)

    @property
    def in_flight(self) -> int:
        """Requests holding one of the ``http.max_concurrency`` slots."""
        return self.config.max_concurrency - self._global.free

    def turned_away(self, host: str) -> float:
        """Seconds the site still asks us to stay away: it answered 429 or 503 with a ``Retry-After``
        longer than ``http.max_retry_wait_s`` (0: it did not). Its other links are better left for a
        later run than asked one by one at its pace, which that answer slowed to ``http.max_delay_s``."""
        gate = self._gates.get(host)
        return max(0.0, gate.away_until - self._monotonic()) if gate is not None else 0.0

    def paces(self) -> dict[str, float]:
        """The gap each site contacted in this run ended with (host -> seconds), to resume next run."""
        return {host: gate.pace.gap_s for host, gate in self._gates.items() if gate.pace.latency_s is not None}

    def _observe(self, gate: _HostGate, answer: pacing.Answer, started: float,
                 retry_after: float | None = None, wire_s: float | None = None) -> None:
        """Pace the site by its answer; its latency is the time on the wire when the socket saw the
        exchange, else the time since ``started`` (which also holds this process's own delays)."""
        latency = self.lag.site_latency(wire_s if wire_s is not None else self._monotonic() - started)
        gate.pace = pacing.observe(gate.pace, self.pacing, answer, latency, retry_after)

    @contextlib.asynccontextmanager
    async def _turn(self, gate: _HostGate, priority: int = 0) -> AsyncIterator[None]:
        """Wait for this host's next start time, then for a global slot."""
        async with gate.turn:
            planned = gate.next_start
            wait = planned - self._monotonic()
            if wait > 0 and gate.away_until <= self._monotonic():  # turned away: no request will be sent
                await self._sleep(wait)
            now = self._monotonic()
            # the next start is a gap after this one was due: waking late (a busy event loop) must not
            # slow the site's pace, but two starts are never closer than the floor
            due = planned if wait > 0 else now
            gate.next_start = max(due + gate.pace.gap_s, now + gate.pace.floor_s)
        await self._global.acquire(priority)
        try:
            yield
        finally:
            self._global.release()

    async def _exchange(self, url: httpx.URL, method: str, headers: dict[str, str], plan: BodyPlan,
                        trail: _Trail) -> Hop | FetchResult | FetchError:
        """One hop: send (retrying as allowed) and return a redirect hop, a final answer or an error."""
        gate = self._gate(url.host)
        retries = self.config.max_retries
        async with gate.slots:
            for attempt in range(retries + 1):
                async with self._turn(gate, trail.priority):
                    if (away := gate.away_until - self._monotonic()) > 0:
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
                        error = _error_of(exc, url, self.config.total_timeout_s)
                        if not isinstance(exc, (AddressRefused, httpx.ConnectError)):
                            # a refused connection (or an unknown name, a refused address) never reached
                            # the site's server: it leaves the pace as it was; a reset or a timeout backs off
                            self._observe(gate, pacing.Answer.NO_ANSWER, started)
                        if attempt == retries or not _retryable(exc):
                            return error
                        log.debug("%s %s: %s; retrying", method, url, error.message)
                        await self._sleep(self._backoff(attempt))
                        continue
                    status = answer.result.status if isinstance(answer, _Retry) else answer.status
                    self._observe(gate, pacing.Answer.of_status(status or 0), started,
                                  answer.retry_after if isinstance(answer, _Retry) else None, trail.wire_s)
                if isinstance(answer, _Retry):
                    wait = answer.retry_after if answer.retry_after is not None else self._backoff(attempt)
                    if wait > self.config.max_retry_wait_s:
                        gate.away_until = max(gate.away_until, self._monotonic() + wait)
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
                try:
                    target = str(url.join(location.strip()))
                except (httpx.InvalidURL, ValueError):
                    target = location
                return Hop(str(url), method, location=target, headers=tuple(response.headers.raw),
                           fetched_at=fetched_at, elapsed_s=self._monotonic() - started, body=raw,
                           body_complete=complete, **base)
            result = FetchResult(trail.url, trail.method, str(url), fetched_at, headers=response.headers,
                                 raw_headers=tuple(response.headers.raw), remote_address=_peer(response), **base)
            if status in RETRY_STATUSES and not final:
                await drain(response)
                return _Retry(result, _retry_after(response.headers.get("retry-after"), self._now))
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
            trail.wire_s = _wire_time(response)
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


class _HeldSink:
    """Holds a 2xx body's raw bytes, up to ``DRAIN_LIMIT``, before they reach the caller's sink: a page
    that turns out to redirect (``Fetcher(page_redirect=)``) becomes a hop, and its bytes go to the
    hop's record instead. A longer body spills to the sink as it comes (and is never a hop)."""

    def __init__(self, sink: Sink | None) -> None:
        self.sink = sink
        self.data = bytearray()
        self.spilled = False

    def write(self, chunk: bytes) -> None:
        if self.spilled:
            if self.sink is not None:
                self.sink(chunk)
            return
        self.data += chunk
        if len(self.data) > DRAIN_LIMIT:
            self.release()

    def release(self) -> None:
        """Hand what is held to the sink: the answer is the final one."""
        if not self.spilled and self.data and self.sink is not None:
            self.sink(bytes(self.data))
        self.spilled = True
        self.data = bytearray()


@dataclass(frozen=True)
class _Retry:
    result: FetchResult
    retry_after: float | None


def pacing_policy(config: HttpConfig) -> PacingPolicy:
    """The pacing settings of ``config``."""
    return PacingPolicy(target_in_flight=config.target_in_flight, floor_s=config.per_host_delay_s,
                        start_gap_s=config.start_delay_s, max_gap_s=config.max_delay_s)


def _finish(result: FetchResult, trail: _Trail, elapsed: float) -> FetchResult:
    return dataclasses.replace(result, hops=tuple(trail.hops), elapsed_s=elapsed, attempts=trail.attempts)


def _stream_info(response: httpx.Response, info: str) -> Any:
    """What the connection behind ``response`` knows of ``info`` (None when it cannot say): best effort."""
    stream = response.extensions.get("network_stream")
    try:
        return stream.get_extra_info(info) if stream is not None else None
    except (OSError, AttributeError, TypeError):
        return None


def _wire_time(response: httpx.Response) -> float | None:
    wire = _stream_info(response, WIRE_TIME)
    return float(wire) if isinstance(wire, (int, float)) else None


def _peer(response: httpx.Response) -> str | None:
    address = _stream_info(response, "server_addr")
    return str(address[0]) if address else None


@functools.lru_cache(maxsize=1024)
def parse_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, remembered for the URLs of the last while (a link is parsed when it is chosen for
    the check and again when it is fetched; parsing is most of what a URL costs the event loop)."""
    return httpx.URL(url)


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = parse_url(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"not a usable URL: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        raise ValueError(f"scheme {parsed.scheme!r} is not http or https" if parsed.scheme else "not an absolute URL")
    if not parsed.host:
        raise ValueError("the URL has no host")
    if ".." in parsed.host or parsed.host.startswith("."):  # an empty label: no name a resolver knows
        raise ValueError(f"host {parsed.host!r} is not a valid domain name")
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ValueError(f"port {parsed.port} is not a TCP port")
    if parsed.fragment or parsed.userinfo:  # never user:password@ (httpx would send it as Basic auth)
        parsed = parsed.copy_with(fragment=None, userinfo=b"")
    return parsed


def _retry_after(value: str | None, now: Callable[[], str]) -> float | None:
    """Seconds asked for by a Retry-After header (a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit also takes '²', which float() refuses
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.fromisoformat(now().replace("Z", "+00:00"))
    return max(0.0, (when - current).total_seconds())


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, (AddressRefused, NameNotResolved, TimeoutError, httpx.TimeoutException)):
        return False
    if _ssl_error(exc):
        return False
    return isinstance(exc, (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError))


def _ssl_error(exc: BaseException) -> BaseException | None:
    seen = 0
    cur: BaseException | None = exc
    while cur is not None and seen < 10:
        if isinstance(cur, (ssl.SSLError, ssl.CertificateError)):
            return cur
        cur = cur.__cause__ or cur.__context__
        seen += 1
    return None


def _error_of(exc: BaseException, url: httpx.URL, deadline: float) -> FetchError:
    """Translate a foreign exception into a FetchError (httpx/httpcore never leak upward)."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, AddressRefused):
        return FetchError(FetchErrorKind.REFUSED_ADDRESS, text)
    if isinstance(exc, NameNotResolved):
        return FetchError(FetchErrorKind.DNS_ERROR, text)
    if isinstance(exc, TimeoutError):
        return FetchError(FetchErrorKind.TIMEOUT, f"no complete answer within {deadline:g}s (total deadline)")
    if isinstance(exc, httpx.TimeoutException):
        what = {httpx.ConnectTimeout: "connecting", httpx.ReadTimeout: "waiting for data",
                httpx.WriteTimeout: "sending", httpx.PoolTimeout: "waiting for a connection"}.get(type(exc), "")
        return FetchError(FetchErrorKind.TIMEOUT, f"timed out {what}".strip())
    tls = _ssl_error(exc)
    if tls is not None:
        return FetchError(FetchErrorKind.TLS_ERROR, f"TLS: {getattr(tls, 'reason', None) or tls}")
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL, UnicodeError)):
        return FetchError(FetchErrorKind.INVALID_URL, text)
    if isinstance(exc, zlib.error):
        return FetchError(FetchErrorKind.CONNECTION_ERROR, f"cannot decompress the body: {text}")
    if isinstance(exc, (httpx.ReadError, httpx.WriteError)):
        return FetchError(FetchErrorKind.CONNECTION_ERROR, "the server reset or closed the connection"
                          + (f": {exc}" if str(exc) else ""))
    if isinstance(exc, httpx.ConnectError):
        return FetchError(FetchErrorKind.CONNECTION_ERROR, f"cannot connect: {text}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return FetchError(FetchErrorKind.CONNECTION_ERROR, f"broken HTTP answer: {text}")
    if isinstance(exc, (httpx.HTTPError, OSError)):
        return FetchError(FetchErrorKind.CONNECTION_ERROR, f"{type(exc).__name__}: {text}")
    log.warning("%s: unexpected %s while fetching: %s", url, type(exc).__name__, text,
                extra=per_item("fetch_unexpected", "fetch(es) failed with an unexpected error", "please report it"))
    return FetchError(FetchErrorKind.CONNECTION_ERROR, f"{type(exc).__name__}: {text}")


