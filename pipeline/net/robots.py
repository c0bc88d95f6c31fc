"""robots.txt rules, fetched once per site (scheme, host and port) and cached.

The rules come from :mod:`protego` (the parser Scrapy uses). What a fetch of
``/robots.txt`` means, following RFC 9309 where a link checker can:

* 2xx: the file's rules apply (only its first ``MAX_ROBOTS_BYTES`` are read);
* 4xx (404, 403, …): there are no rules, everything is allowed;
* 5xx, or no answer at all: allowed as well, on purpose. RFC 9309 lets a
  crawler assume "disallow everything" here, but a link checker that did so
  would report every link of a site that is down as "robots_disallowed"
  instead of as failing; the page fetch that follows will show the outage.

Concurrent callers for the same site wait for one fetch. The cache lives as
long as its :class:`RobotsCache` (one run).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from protego import Protego

from ..logs import per_item

__all__ = ["RobotsCache", "RobotsRules", "agent_token", "origin_of", "robots_url"]

log = logging.getLogger(__name__)
MAX_ROBOTS_BYTES = 500_000


@dataclass(frozen=True)
class RobotsRules:
    """The rules of one site for our user agent (``parser`` None: everything allowed)."""

    parser: Protego | None
    agent: str
    status: int | None = None  # the HTTP status of /robots.txt (None: no answer)
    # (kind, message) when the site cannot be contacted at all (refused address, no DNS):
    # the fetcher reports that for the site's pages instead of trying them one by one
    unreachable: tuple[str, str] | None = None

    def allows(self, url: str) -> bool:
        return self.parser is None or bool(self.parser.can_fetch(url, self.agent))

    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(self.agent)
        return float(delay) if delay is not None else None


def origin_of(scheme: str, host: str, port: int | None) -> str:
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = f"[{host}]" if ":" in host else host
    return f"{scheme}://{netloc}" + (f":{port}" if port and port != default else "")


def robots_url(origin: str) -> str:
    return origin + "/robots.txt"


def agent_token(user_agent: str) -> str:
    """The product name robots.txt rules are matched against: ``sourcevault/0.1 (...)`` → ``sourcevault``."""
    first = user_agent.strip().split(" ", 1)[0] if user_agent.strip() else "*"
    return first.split("/", 1)[0] or "*"


# GET /robots.txt -> (status, body text, unreachable); status None when there was no answer
RobotsFetch = Callable[[str], Awaitable[tuple[int | None, str, tuple[str, str] | None]]]


class RobotsCache:
    """Per-site robots.txt rules, fetched on first use through ``fetch``."""

    def __init__(self, fetch: RobotsFetch, user_agent: str) -> None:
        self._fetch = fetch
        self.agent = agent_token(user_agent)
        self._rules: dict[str, asyncio.Future[RobotsRules]] = {}

    def known(self, origin: str) -> RobotsRules | None:
        future = self._rules.get(origin)
        return future.result() if future is not None and future.done() else None

    async def rules(self, origin: str) -> RobotsRules:
        future = self._rules.get(origin)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._rules[origin] = future
            try:
                future.set_result(await self._load(origin))
            except BaseException:  # cancelled (the run is stopping): a later caller tries again
                del self._rules[origin]
                future.cancel()
                raise
        return await asyncio.shield(future)

    async def _load(self, origin: str) -> RobotsRules:
        status, text, unreachable = await self._fetch(robots_url(origin))
        if status is None or not 200 <= status < 300:
            return RobotsRules(None, self.agent, status, unreachable)
        try:
            return RobotsRules(Protego.parse(text), self.agent, status)
        except Exception as exc:  # protego is lenient; a crash in it must not stop a run
            log.warning("%s: cannot parse robots.txt (%s); treating the site as allowing everything",
                        robots_url(origin), exc, extra=per_item("robots_unparsable", "robots.txt file(s) could not "
                                                                "be parsed; those sites count as allowing everything"))
            return RobotsRules(None, self.agent, status)
