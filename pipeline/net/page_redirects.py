"""The refresh hop: a 2xx page that sends its reader on, followed like a 3xx.

With ``Fetcher(page_redirect=)``, a GET's 2xx answer can be a hop: its
``Refresh:`` header (HTTP's form of the meta refresh, within
``urls.REFRESH_MAX_DELAY_S``), or else where the caller's :data:`PageRedirect`
policy says the page sends its reader (a ``<meta http-equiv=refresh>``, a
script). Such a hop goes under the same address guard and
``http.max_redirects`` as a redirect, and its answer is kept for the WARC like
a redirect's: its raw bytes are held (:class:`HeldSink`) until the answer is
known to be final, and a body longer than ``DRAIN_LIMIT`` is never a hop. A
page that reloads itself is the answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from ..urls import refresh_url
from .bodies import DRAIN_LIMIT, Sink
from .hops import resolve
from .results import FetchResult, Hop

__all__ = ["HeldSink", "PageRedirect"]

# a page's own redirect: (its URL, its decoded body as kept, its charset, its content type) -> where the page
# sends its reader (as written, relative or not), or None to take the page as the answer
PageRedirect = Callable[[str, bytes, str | None, str], Awaitable[str | None]]


class HeldSink:
    """Holds a 2xx body's raw bytes, up to ``DRAIN_LIMIT``, before they reach the caller's sink: a page
    that turns out to redirect (:meth:`hop`) becomes a hop, and its bytes go to the hop's record instead.
    A longer body spills to the sink as it comes (and is never a hop)."""

    def __init__(self, sink: Sink | None, page_redirect: PageRedirect) -> None:
        self.sink = sink
        self.page_redirect = page_redirect
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

    async def hop(self, result: FetchResult) -> Hop | None:
        """The page's own redirect as a hop, when its ``Refresh:`` header or the ``page_redirect`` policy names
        one for this 2xx answer and its body, as received, was held whole (a hop's body is kept in memory for
        the WARC); None: the page is the answer."""
        if result.error is not None or result.status is None or not 200 <= result.status < 300 or self.spilled:
            return None
        refresh = result.headers.get("refresh", "")
        target = ((refresh_url(refresh) if refresh else "")
                  or await self.page_redirect(result.final_url, result.body, result.charset, result.content_type))
        if not target:
            return None
        location = resolve(result.final_url, target)
        if location.split("#", 1)[0] == result.final_url.split("#", 1)[0]:
            return None  # a page that reloads itself
        return Hop(result.final_url, result.method, result.status, result.reason, result.http_version,
                   result.raw_headers, result.request_headers, location, result.fetched_at, result.elapsed_s,
                   body=bytes(self.data), body_complete=result.complete)
