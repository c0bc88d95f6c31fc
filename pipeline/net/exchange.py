"""One request sent and its response received, through the fetcher's transport chain, without httpx's client.

``httpx.AsyncClient`` did, for each request, a few things the fetcher needs and
many it does not (merging three header sets, copying the whole cookie jar, an
auth flow, event hooks, building the next request of every redirect, wrapping
every answer in urllib objects for the cookie jar, a log line): most of the
sixth of the check's event-loop CPU that a profile found in httpx's own code.
:class:`Exchanges` does what is needed, once per request:

* **Headers** as the client sent them: ``Host`` first, then the defaults
  (``Connection: keep-alive``, ``User-Agent``, ``Accept``, ``Accept-Encoding``),
  then the call's own (a call's header replaces a default of the same name,
  case-insensitively, and goes after the defaults, as httpx merges them), then
  ``Cookie``. Names and values are ASCII (anything else is a ``UnicodeError``,
  as in httpx). They are recorded as sent (``request.headers.raw``).
* **Timeouts**: the connect/read/write/pool ``timeout`` extension on every request.
* **Cookies** as httpx's client kept and sent them (the standard library's
  ``CookieJar`` at its default policy: RFC 6265's domain and path rules, a
  ``Domain=`` cookie of one host sent to its sibling hosts, never to an
  unrelated one), so that a site's cookie check (a redirect to the same URL
  that expects the cookie back) passes. The client copied its whole jar for
  every request and asked the copy which cookies to send (a cost that grows
  with every site that set one); here an answer's ``Set-Cookie`` is stored
  (nothing is done for an answer without one), and a request's ``Cookie``
  header comes from a jar of only the jar's domains the request's host is in
  (found by name, the jar's own rule: the host, or its ``.local`` form for a
  name without a dot, ends with the domain), in the jar's order, asked the
  same way: the same cookies, in the same order. The jar sees a request as
  its URL, method and ``Cookie`` header, an answer as its ``Set-Cookie``
  headers (httpx's wrappers copied every header for it).
* **The answer** is httpx's ``Response`` as the transport made it (status,
  headers, the network stream's extensions, the body stream); the caller reads
  it with :mod:`pipeline.net.bodies` and closes it (``aclose``), which returns
  the connection to its pool or closes it. What the connection behind it knows
  (the address that answered, :func:`peer_address`; the answer's time on the
  wire, :func:`wire_time`) is read from its network stream, best effort.

No auth (a URL's user:password is dropped by the fetcher), no proxies or
environment (``trust_env=False``), no redirects (the fetcher follows them, one
request per hop, each through the address guard).
"""

from __future__ import annotations

import email.message
import http.cookiejar
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from .streams import WIRE_TIME

__all__ = ["Exchanges", "peer_address", "wire_time"]

_NO_BODY = httpx.ByteStream(b"")  # a request's empty body (stateless: shared)
_WITH_LENGTH = frozenset({"POST", "PUT", "PATCH"})  # methods httpx sends an empty body's Content-Length: 0 with


class Exchanges:
    """Sends requests through ``transport`` with default headers, timeouts and a cookie jar."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, headers: Mapping[str, str],
                 timeout: httpx.Timeout) -> None:
        self._transport = transport
        # httpx's client defaults, updated by ours (an updated name moves to the end, as httpx.Headers.update does)
        defaults = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive",
                    "User-Agent": f"python-httpx/{httpx.__version__}"}
        for name in headers:
            defaults.pop(next((d for d in defaults if d.lower() == name.lower()), name), None)
        defaults.update(headers)
        self._defaults = tuple((k.encode("ascii"), v.encode("ascii")) for k, v in defaults.items())
        self._default_names = tuple(k.lower() for k in defaults)
        self._extensions = {"timeout": timeout.as_dict()}
        self._jar = _Jar()

    async def send(self, method: str, url: httpx.URL, headers: Mapping[str, str]) -> httpx.Response:
        """Send one request; the response is open (its body unread) and must be closed by the caller."""
        request = httpx.Request(method, url, headers=self._headers(method, url, headers), stream=_NO_BODY,
                                extensions=self._extensions)
        if self._jar.has_cookies():
            sub = self._jar.of_domains(_domains_of(url))
            if sub.has_cookies():
                sub.add_cookie_header(_JarRequest(request))
        response = await self._transport.handle_async_request(request)
        response.request = request
        return response

    def keep_cookies(self, response: httpx.Response) -> None:
        """Store what the response's ``Set-Cookie`` headers set (nothing to do without one)."""
        if any(key.lower() == b"set-cookie" for key, _ in response.headers.raw):
            self._jar.extract_cookies(_JarResponse(response), _JarRequest(response.request))  # type: ignore[arg-type]

    async def aclose(self) -> None:
        await self._transport.aclose()

    def _headers(self, method: str, url: httpx.URL, headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
        own = {name.lower() for name in headers} if headers else set()
        auto = [] if "host" in own else [(b"Host", url.netloc)]
        if method in _WITH_LENGTH and not own & {"content-length", "transfer-encoding"}:
            auto.append((b"Content-Length", b"0"))
        if not own:
            return [*auto, *self._defaults]
        kept = [pair for pair, name in zip(self._defaults, self._default_names, strict=True) if name not in own]
        return [*auto, *kept, *((k.encode("ascii"), v.encode("ascii")) for k, v in headers.items())]


class _Jar(http.cookiejar.CookieJar):
    """The standard library's cookie jar, which can also hand out its cookies of a few domains (without
    looking at the others)."""

    _cookies: dict[str, dict[str, dict[str, http.cookiejar.Cookie]]]  # domain -> path -> name -> cookie

    def __init__(self) -> None:
        super().__init__()
        self._rank: dict[str, int] = {}  # domain -> when it (last) became a key of _cookies: their order
        self._added = 0

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        if cookie.domain not in self._cookies:
            self._added += 1
            self._rank[cookie.domain] = self._added
        super().set_cookie(cookie)

    def has_cookies(self) -> bool:
        return bool(self._cookies)

    def of_domains(self, domains: Iterable[str]) -> _Jar:
        """A jar of this one's cookies of ``domains``, in this jar's order (as httpx's copy of the whole jar
        held them, so that they are sent in the same order)."""
        sub = _Jar()
        for domain in sorted((d for d in domains if d in self._cookies), key=self._rank.__getitem__):
            for named in self._cookies[domain].values():
                for cookie in named.values():
                    sub.set_cookie(cookie)
        return sub


class _JarRequest(urllib.request.Request):
    """A request as the cookie jar reads it (its URL, its method, a ``Cookie`` header of its own, which the
    jar leaves alone); the ``Cookie`` header the jar adds goes to the httpx request."""

    def __init__(self, request: httpx.Request) -> None:
        own = request.headers.get("cookie")
        super().__init__(str(request.url), headers={} if own is None else {"Cookie": own}, method=request.method)
        self.request = request

    def add_unredirected_header(self, key: str, val: str) -> None:
        super().add_unredirected_header(key, val)
        self.request.headers[key] = val


class _JarResponse:
    """An answer as the cookie jar reads it: its ``Set-Cookie`` headers (``info()``, as urllib's answers)."""

    def __init__(self, response: httpx.Response) -> None:
        self._headers = response.headers

    def info(self) -> email.message.Message:
        info = email.message.Message()
        for key, value in self._headers.multi_items():  # names lower-cased; values decoded as httpx decodes them
            if key in ("set-cookie", "set-cookie2"):
                info[key] = value  # appends
        return info


def _domains_of(url: httpx.URL) -> set[str]:
    """The cookie domains whose cookies the jar would consider for ``url`` (``DefaultCookiePolicy.
    domain_return_ok``): every domain, dotted or not, that the host or its ``.local`` form ends with."""
    host = url.raw_host.decode("ascii", "replace").lower()
    if ":" in host:  # an IPv6 literal, as the jar sees it in the URL
        host = f"[{host}]"
    names = (f".{host}", f".{host}.local") if "." not in host else (f".{host}",)
    domains = {""}
    for name in names:
        for i, char in enumerate(name):
            if char == ".":
                domains.update((name[i:], name[i + 1:]))
    return domains


def wire_time(response: httpx.Response) -> float | None:
    """The answer's time on the wire (:data:`~pipeline.net.streams.WIRE_TIME`), when its connection knows it."""
    wire = _stream_info(response, WIRE_TIME)
    return float(wire) if isinstance(wire, (int, float)) else None


def peer_address(response: httpx.Response) -> str | None:
    """The IP address that sent the answer, when its connection knows it."""
    address = _stream_info(response, "server_addr")
    return str(address[0]) if address else None


def _stream_info(response: httpx.Response, info: str) -> Any:
    """What the connection behind ``response`` knows of ``info`` (None when it cannot say): best effort."""
    stream = response.extensions.get("network_stream")
    try:
        return stream.get_extra_info(info) if stream is not None else None
    except (OSError, AttributeError, TypeError):
        return None
