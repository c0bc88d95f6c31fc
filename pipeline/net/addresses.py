"""The private-address guard: which IP addresses sourcevault may connect to.

A cited URL is untrusted input. Without a guard, a URL (or a redirect) naming
``127.0.0.1``, ``169.254.169.254`` (a cloud metadata service) or a host in the
office network would make the pipeline fetch internal resources. So an address
is refused unless it is public (``ipaddress``'s ``is_global``, not reserved,
not multicast). IPv6 forms that carry an IPv4 address are judged by the IPv4
inside: IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible ``::a.b.c.d``, NAT64
``64:ff9b::/96``, 6to4 ``2002::/16`` and Teredo ``2001::/32`` (both its
server and its client address).

The check is pinned to the connection (see docs/security.md):
:class:`GuardedBackend` is the network backend of every connection pool
(:mod:`pipeline.net.pools`). When a pool opens a connection it resolves the
host **once**, refuses the connection unless **every** address is allowed,
connects to one of those checked addresses (TLS server name and ``Host`` stay
the URL's name), and checks the peer address of the socket again before a
byte of the request is sent. A DNS server that answers differently on a
second lookup (DNS rebinding) therefore gains nothing: there is no second
lookup, and nothing is cached between connections. Every connection, so every
redirect hop, goes through it. A refused host raises :class:`AddressRefused`;
a name that does not resolve raises :class:`NameNotResolved` (so a DNS
failure is told apart from a refused connection).

:class:`GuardTransport` wraps the pools and refuses what is not http(s) before
any connection is considered.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence

import httpcore
import httpx

from .streams import AsyncioBackend

__all__ = ["AddressPolicy", "AddressRefused", "GuardTransport", "GuardedBackend", "NameNotResolved",
           "Resolver", "embedded_ipv4"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the IPv4 address is the last 32 bits
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # RFC 4291 (deprecated): ::a.b.c.d


class AddressRefused(httpx.TransportError):
    """The host is, or resolves to, an address the policy refuses."""


class NameNotResolved(httpx.ConnectError):
    """The host name does not resolve (no such domain, or DNS unavailable)."""


def embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 address carries (none for a native IPv6 address)."""
    if ip.ipv4_mapped is not None:
        return (ip.ipv4_mapped,)
    if ip.sixtofour is not None:
        return (ip.sixtofour,)
    if ip.teredo is not None:
        return ip.teredo  # (server, client): a connection reaches both
    if ip in NAT64_WELL_KNOWN or (ip in IPV4_COMPATIBLE and int(ip) > 1):  # not :: nor ::1
        return (ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF),)
    return ()


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
        if self.allow_private or self._allowed(ip):
            return None
        inside = embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else ()
        for judged in inside or (ip,):
            if self._allowed(judged):
                continue
            why = _not_public(judged)
            if why:
                return why if judged is ip else f"{ip} carries {why}"
        return None

    def _allowed(self, ip: IPAddress) -> bool:
        return any(ip.version == net.version and ip in net for net in self.allowed)


def _not_public(ip: IPAddress) -> str | None:
    if ip.is_multicast:
        return f"{ip} is a multicast address"
    if ip.is_global and not ip.is_reserved:
        return None
    kind = ("loopback" if ip.is_loopback else "link-local" if ip.is_link_local
            else "private" if ip.is_private else "reserved")
    return f"{ip} is a {kind} address"


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses of ``host`` from the operating system's resolver."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to addresses the policy allows.

    ``connect_tcp`` receives the URL's host name; it resolves it once, checks
    every address, connects to a checked address, and checks the socket's
    peer before returning it. httpcore then starts TLS with the host name as
    the server name.
    """

    def __init__(self, policy: AddressPolicy, resolver: Resolver = system_resolver) -> None:
        self._policy = policy
        self._resolver = resolver
        self._inner = AsyncioBackend()

    async def resolve(self, host: str, port: int) -> tuple[str, ...]:
        """The addresses ``host`` stands for: itself when it is an IP address, else one lookup."""
        literal = host[1:-1] if host.startswith("[") else host
        try:
            ipaddress.ip_address(literal.split("%", 1)[0])
            return (literal,)
        except ValueError:
            pass
        try:
            found = tuple(await self._resolver(host, port))
        except (OSError, UnicodeError) as exc:
            raise NameNotResolved(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}") from exc
        if not found:
            raise NameNotResolved(f"cannot resolve {host}: no addresses")
        return found

    def check(self, host: str, addresses: Iterable[str]) -> None:
        """Raise :class:`AddressRefused` unless every address is allowed."""
        for address in addresses:
            why = self._policy.refusal(address)
            if why:
                raise AddressRefused(f"refused to connect to {host}: {why}")

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        addresses = await self.resolve(host, port)
        self.check(host, addresses)
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = await self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                       socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
                continue
            peer = stream.get_extra_info("server_addr")
            try:
                self.check(host, [str(peer[0])] if peer else ["(unknown peer)"])
            except AddressRefused:
                await stream.aclose()
                raise
            return stream
        assert failure is not None  # at least one address was tried
        raise failure

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused(f"refused to connect to the Unix socket {path}")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardTransport(httpx.AsyncBaseTransport):
    """An httpx transport that refuses anything but http(s) URLs with a host before the pools see them."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"scheme {url.scheme!r} is not http or https", request=request)
        if not url.host:
            raise httpx.UnsupportedProtocol("the URL has no host", request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
