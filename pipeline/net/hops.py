"""Redirect policy: which URLs a fetch may go to, and what each hop carries on to the next.

* Only an absolute http(s) URL with a usable host and port is fetched
  (:func:`usable_url`); a redirect to anything else ends the fetch as an
  ``invalid_url``. A URL's fragment and its ``user:password@`` are dropped
  (httpx would send the latter as Basic auth).
* An answer of :data:`REDIRECT_STATUSES` with a ``Location`` is a hop; its
  target is the ``Location`` resolved against the URL that answered
  (:func:`resolve`).
* The next hop carries the caller's headers, without the conditional ones
  (:func:`conditional_headers` made them for the first URL only), and none of
  them at all to another site (:func:`carried_headers`).

The hop loop itself, its limit (``http.max_redirects``) and the address guard
on every hop are :class:`pipeline.net.fetcher.Fetcher`'s.
"""

from __future__ import annotations

import functools

import httpx

__all__ = ["REDIRECT_STATUSES", "carried_headers", "conditional_headers", "parse_url", "resolve", "usable_url"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CONDITIONAL_HEADERS = ("if-none-match", "if-modified-since")


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that ask for a page only if it changed since the answer that gave these validators."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


@functools.lru_cache(maxsize=1024)
def parse_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, remembered for the URLs of the last while (a link is parsed when it is chosen for
    the check and again when it is fetched; parsing is most of what a URL costs the event loop)."""
    return httpx.URL(url)


def usable_url(url: str) -> httpx.URL:
    """``url`` parsed, as it is fetched; a ValueError says why it cannot be."""
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


def resolve(base: httpx.URL | str, location: str) -> str:
    """Where ``location`` (as written, relative or not) sends a reader of ``base``; as written when it
    cannot be resolved (the next hop then reports it as an unusable URL)."""
    try:
        return str((httpx.URL(base) if isinstance(base, str) else base).join(location.strip()))
    except (httpx.InvalidURL, ValueError):
        return location


def carried_headers(sent: dict[str, str], current: httpx.URL, nxt: httpx.URL) -> dict[str, str]:
    """The caller's headers sent to ``current`` that go on to ``nxt``: not the conditional ones, and nothing
    of the caller's to another site."""
    if (nxt.scheme, nxt.host, nxt.port) != (current.scheme, current.host, current.port):
        return {}
    return {k: v for k, v in sent.items() if k.lower() not in CONDITIONAL_HEADERS}
