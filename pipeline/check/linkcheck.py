"""One link's check: fetch it as ``check.method`` says and judge the answer (:class:`LinkChecker`).

A link is fetched through the run's :class:`~pipeline.net.fetcher.Fetcher`:
GET, unless ``check.method: head`` (:func:`~pipeline.check.soft404.must_read_page`);
a HEAD answered 4xx/5xx/405 (not 429) or cut off is retried as GET. A GET keeps
``check.read_bytes`` of an HTML or text page to judge, reading no more with
``auto`` and to its end (up to ``check.max_page_bytes``) with ``get``; other
types are not read beyond their headers. A link whose last check succeeded is
asked conditionally (ETag / Last-Modified). A link due for its (re-)capture is
fetched once, as the capture (:class:`~pipeline.archive.shared.SharedCapture`).
A bare shell cut at ``check.read_bytes`` is read again further for its app state.

The answer is judged into a :class:`~pipeline.models.CheckResult`: a page by
:func:`~pipeline.check.classify.classify` (with its soft-404 and replaced-content
evidence), a snapshot link by :func:`~pipeline.check.snapshot.judge_snapshot`.
Where a page sends its reader (a meta refresh, a script's) is told to the fetcher,
which follows it as a hop (:meth:`LinkChecker.page_redirect`), except on an
archive's host. A site's probe for its soft-404 profile is fetched here too.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..archive.copies import read_copy_text
from ..archive.stage import SharedCapture
from ..config import CheckMethod, Config
from ..db import checks as checks_db
from ..models import CheckResult, LinkKind, RedirectHop, Verdict
from ..net.fetcher import Fetcher
from ..net.hops import conditional_headers, parse_url
from ..net.results import FetchErrorKind, FetchResult
from .classify import CheckFacts, classify
from .pagefacts import LONG_ARTICLE_WORDS, SHELL_WORDS, PageFacts, own_size
from .reader import PageReader
from .replaced import CitedAs, judge_replaced
from .snapshot import judge_snapshot
from .soft404 import SiteProfile, judge_soft404, must_read_page, page_redirect, profile_site

__all__ = ["LinkChecker"]

log = logging.getLogger(__name__)
TEXT_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
HTML_TYPES = ("", "text/html", "application/xhtml+xml")
JUDGED_HEADERS = ("server", "cf-mitigated", "x-datadome", "content-type", "memento-datetime")


class LinkChecker:
    """Checks links through ``fetcher`` (and ``shared``, the captures made beside the check), set once they
    are open; pages are read by ``pages``. The stage tells it, host by host, which hosts are an archive's
    (``archive_hosts``: no page redirect followed there) and what each page link was (``cited``)."""

    def __init__(self, config: Config, clock: Callable[[], str], pages: PageReader) -> None:
        self.config = config
        self.check = config.check
        self.clock = clock
        self.pages = pages
        self.fetcher: Fetcher | None = None
        self.shared: SharedCapture | None = None
        self.archive_hosts: set[str] = set()  # hosts of cited snapshots: no page redirect followed there
        self.cited: dict[int, CitedAs] = {}  # what each page link was, for content_replaced (by link id)

    def answered(self) -> bool:
        """Whether any site has given an HTTP answer in this run (until then, results are held)."""
        return self.fetcher is not None and self.fetcher.responses > 0

    async def probe_site(self, probe: str) -> SiteProfile:
        """How the site answers ``probe``, a URL that cannot exist (unknown when it gave no answer)."""
        assert self.fetcher is not None
        result = await self.fetcher.fetch(probe, method="GET", **self._get_args())
        if result.error is not None:
            return profile_site(probe, None, None, None)  # not remembered: next run tries again
        profile = profile_site(probe, result.status, result.final_url, await self._page_of(result))
        log.debug("%s: site profile %s (HTTP %s)", probe, profile.outcome.value, result.status)
        return profile

    async def check_link(self, link: checks_db.DueLink, profile: SiteProfile | None, left: int = 0) -> CheckResult:
        """Fetch one link (HEAD and/or GET) and judge the answer; ``left``: links its site still has to go."""
        assert self.fetcher is not None
        url = _fetchable(link)
        conditional = {}
        if link.last_verdict is not None and link.last_verdict.is_success:
            conditional = conditional_headers(link.etag, link.last_modified)
        shared = self.shared  # this GET is also the (re-)capture, or re-reads a captured page whole
        if shared is not None and (shared.due(link.id) or (shared.captured(link.id) and link.kind is LinkKind.PAGE
                                                           and must_read_page(self.check.method, link.kind))):
            result = await shared.fetch(self.fetcher, link.id, url, link.host, keep_bytes=self.check.read_bytes,
                                        priority=left)
            attempts = result.attempts
        elif not must_read_page(self.check.method, link.kind):
            result = await self.fetcher.fetch(url, method="HEAD", headers=conditional, priority=left)
            attempts = result.attempts
            if _needs_get(result):
                result = await self.fetcher.fetch(url, method="GET", headers=conditional, priority=left,
                                                  **self._get_args())
                attempts += result.attempts
        else:
            result = await self.fetcher.fetch(url, method="GET", headers=conditional, priority=left,
                                              **self._get_args())
            attempts = result.attempts
        page = await self._page_of(result)
        if page is not None and _state_may_follow(result, page, self.check.read_bytes):
            page, more = await self._read_state(url, page, left)
            attempts += more
        soft = replaced = None
        cited = self.cited.pop(link.id, None)
        if link.kind is LinkKind.PAGE and result.ok and result.status is not None and 200 <= result.status < 300:
            soft = judge_soft404(url, result.final_url, bool(result.hops), page, profile,
                                 self.check.soft404_similarity)
            if soft is None and cited is not None:
                replaced = judge_replaced(page, cited, functools.partial(self._first_text, cited),
                                          self.config.archive.drift_threshold)
        facts = CheckFacts(url=url, status=result.status, final_url=result.final_url,
                           redirect_statuses=tuple(h.status for h in result.hops),
                           error_kind=result.error.kind if result.error else None,
                           error=result.error.message if result.error else None,
                           headers={k: result.headers[k] for k in JUDGED_HEADERS if k in result.headers},
                           page=page, soft404=soft, replaced=replaced)
        snapshot_at = None
        if link.kind is LinkKind.SNAPSHOT:
            judged = judge_snapshot(facts)
            verdict, detail, snapshot_at = judged.verdict, judged.detail, judged.snapshot_at
        else:
            verdict, detail = classify(facts)
        etag, modified = _validators(result, link, verdict)
        return CheckResult(
            link_id=link.id, url=url, checked_at=self.clock(), verdict=verdict, detail=detail,
            method=result.method if result.status else None, status_code=result.status, final_url=result.final_url,
            redirects=tuple(RedirectHop(h.url, h.status, h.location, round(h.elapsed_s * 1000)) for h in result.hops),
            elapsed_ms=round(result.elapsed_s * 1000), bytes=result.body_bytes, attempts=attempts,
            error=result.error.message if result.error else None, etag=etag, last_modified=modified,
            snapshot_at=snapshot_at, page_title=((page.heading or page.title)[:300] or None) if page else None)

    def _first_text(self, cited: CitedAs) -> str | None:
        """The text of our first capture's copy, when it is still there to read (else judged by titles)."""
        return read_copy_text(self.config.paths.archive, cited.first_copy) if cited.first_copy else None

    async def page_redirect(self, url: str, body: bytes, charset: str | None, content_type: str) -> str | None:
        """Where a page the check fetched sends its reader (:func:`~pipeline.check.soft404.page_redirect`):
        the fetcher follows it as a hop, and records it like a redirect."""
        if content_type not in HTML_TYPES or not body or (urlsplit(url).hostname or "") in self.archive_hosts:
            return None
        return page_redirect(await self.pages.read(body, charset))

    async def _page_of(self, result: FetchResult) -> PageFacts | None:
        if result.method != "GET" or not result.body or result.content_type not in TEXT_TYPES:
            return None
        return await self.pages.take(result.body, result.charset, links=bool(result.hops))

    async def _read_state(self, url: str, page: PageFacts, priority: int) -> tuple[PageFacts, int]:
        """The page read again to ``check.state_read_bytes``: a bare shell cut at ``check.read_bytes``
        may hold its app state (what it says of a missing page) further down, or an article's long text
        (whose state is not read: it decides nothing there). Also the requests it took."""
        assert self.fetcher is not None
        limit = self.check.state_read_bytes
        result = await self.fetcher.fetch(url, method="GET", priority=priority, max_bytes=self.check.max_page_bytes,
                                          keep_bytes=limit, stop_after=limit)
        again = await self._page_of(result) if result.ok else None
        if again is not None and (again.state or again.script_text or own_size(again) >= LONG_ARTICLE_WORDS):
            return again, result.attempts
        return page, result.attempts

    def _get_args(self) -> dict[str, Any]:
        """How a GET reads the body: what judging keeps, and no more with ``check.method: auto``."""
        bounded = self.check.method == CheckMethod.AUTO
        return {"max_bytes": self.check.max_page_bytes, "keep_bytes": self.check.read_bytes,
                "stop_after": functools.partial(_text_only, self.check.read_bytes if bounded else None)}


def _text_only(judged_bytes: int | None, headers: httpx.Headers) -> int | None:
    """Read HTML and text up to what judging keeps (``judged_bytes``; None: to the end, under the cap);
    other types not at all."""
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return judged_bytes if kind in TEXT_TYPES else 0


def _needs_get(result: FetchResult) -> bool:
    if result.error is not None:
        return result.error.kind is FetchErrorKind.CONNECTION_ERROR
    return result.status is not None and result.status >= 400 and result.status != 429


def _state_may_follow(result: FetchResult, page: PageFacts, read_bytes: int) -> bool:
    """Whether a page is a bare shell cut at ``check.read_bytes`` (not read further, or read whole for its
    capture but kept only so far), its app state perhaps further down."""
    cut = not result.complete or result.body_bytes > len(result.body)
    return (result.content_type in HTML_TYPES and cut and len(result.body) >= read_bytes
            and page.words < SHELL_WORDS and not page.state)


def _fetchable(link: checks_db.DueLink) -> str:
    """The URL as cited, unless httpx cannot use it; then its canonical form."""
    try:
        parse_url(link.url)
        return link.url
    except (httpx.InvalidURL, TypeError):
        return link.canonical_url


def _validators(result: FetchResult, link: checks_db.DueLink, verdict: Verdict) -> tuple[str | None, str | None]:
    """The ETag/Last-Modified to send next time: only for a page that was fine."""
    if not verdict.is_success:
        return None, None
    if result.status == 304:
        return (result.headers.get("etag") or link.etag, result.headers.get("last-modified") or link.last_modified)
    return result.headers.get("etag"), result.headers.get("last-modified")
