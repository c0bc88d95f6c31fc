"""The private-address guard: which IP addresses sourcevault may connect to.

A cited URL is untrusted input. Without a guard, a URL (or a redirect) naming
``127.0.0.1``, ``169.254.169.254`` (a cloud metadata service) or a host in the
office network would make the pipeline fetch internal resources. So every
request's host is resolved first and refused unless **all** its addresses are
public (``ipaddress``'s ``is_global``, and not multicast); IPv4 addresses
mapped into IPv6 are judged as IPv4.

:class:`GuardTransport` wraps an ``httpx`` transport. httpx's transport sees
exactly one request per redirect hop, so the check runs on the first request
and on every hop. A refused host raises :class:`AddressRefused`; a name that
does not resolve raises :class:`NameNotResolved` (so a DNS failure is told
apart from a refused connection).

Known limit: the guard resolves the name, then the connection pool resolves it
again to connect. A DNS server that answers differently within that moment
(DNS rebinding) could slip past; the cache below narrows the window to one
lookup per host per minute.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence

import httpx

__all__ = ["AddressPolicy", "AddressRefused", "GuardTransport", "NameNotResolved", "Resolver"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
RESOLVE_CACHE_S = 60.0


class AddressRefused(httpx.TransportError):
    """The host is, or resolves to, an address the policy refuses."""


class NameNotResolved(httpx.ConnectError):
    """The host name does not resolve (no such domain, or DNS unavailable)."""


class AddressPolicy:
    """Decides whether an address may be contacted."""

    def __init__(self, allow_private: bool = False, allowed_networks: Iterable[str] = ()) -> None:
        self.allow_private = allow_private
        self.allowed = tuple(ipaddress.ip_network(n, strict=False) for n in allowed_networks)

    def refusal(self, address: str) -> str | None:
        """Why ``address`` may not be contacted, or None when it may."""
        try:
            ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return f"{address!r} is not an IP address"
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if self.allow_private or any(ip in net for net in self.allowed):
            return None
        if ip.is_multicast:
            return f"{ip} is a multicast address"
        if ip.is_global:
            return None
        kind = ("loopback" if ip.is_loopback else "link-local" if ip.is_link_local
                else "private" if ip.is_private else "reserved")
        return f"{ip} is a {kind} address"


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses of ``host`` from the operating system's resolver."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class GuardTransport(httpx.AsyncBaseTransport):
    """An httpx transport that refuses requests to addresses the policy forbids."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: AddressPolicy,
                 resolver: Resolver = system_resolver, clock: Callable[[], float] = time.monotonic) -> None:
        self._inner = inner
        self._policy = policy
        self._resolver = resolver
        self._clock = clock
        self._cache: dict[str, tuple[float, tuple[str, ...]]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"scheme {url.scheme!r} is not http or https", request=request)
        host = url.host
        if not host:
            raise httpx.UnsupportedProtocol("the URL has no host", request=request)
        for address in await self.addresses(host, url.port or (443 if url.scheme == "https" else 80), request):
            why = self._policy.refusal(address)
            if why:
                raise AddressRefused(f"refused to connect to {host}: {why}", request=request)
        return await self._inner.handle_async_request(request)

    async def addresses(self, host: str, port: int, request: httpx.Request | None = None) -> tuple[str, ...]:
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            return (host,)
        except ValueError:
            pass
        now = self._clock()
        cached = self._cache.get(host)
        if cached and cached[0] > now:
            return cached[1]
        try:
            found = tuple(await self._resolver(host, port))
        except (OSError, UnicodeError) as exc:
            raise NameNotResolved(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}",
                                  request=request) from exc
        if not found:
            raise NameNotResolved(f"cannot resolve {host}: no addresses", request=request)
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[host] = (now + RESOLVE_CACHE_S, found)
        return found

    async def aclose(self) -> None:
        await self._inner.aclose()
