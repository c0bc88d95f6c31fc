"""Connection pools for many sites: one small httpcore pool per site.

httpcore's pool looks at every pooled connection for every request; one pool
shared by hundreds of hosts made that the largest cost of a check run. Here
each site (scheme, host, port) gets its own pool of at most
``http.per_host_concurrency`` connections, sharing one TLS context; the least
recently used pools with no open response are closed beyond ``KEEP_POOLS`` x
``http.max_concurrency`` of them, so idle connections (and file descriptors)
stay bounded. (The check works on up to four times ``http.max_concurrency``
sites at once, each waiting out its pace between requests with no response
open: with fewer pools kept, a site's pool was closed in those waits, and
each of its requests opened a new connection: 669 connections for 825
requests on the bench's heavy web, 220 with them kept.)

Every pool connects through one :class:`~pipeline.net.addresses.GuardedBackend`:
the private-address check runs where the connection is opened, on the address
actually connected to (docs/security.md).
"""

from __future__ import annotations

import collections
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpcore
import httpx

from ..config import HttpConfig
from .addresses import AddressPolicy, GuardedBackend, Resolver, system_resolver

__all__ = ["KEEP_POOLS", "SitePools"]

KEEP_POOLS = 4  # idle pools kept: up to this many times http.max_concurrency (check/hosts.py's MORE_HOSTS)


@dataclass
class _Pool:
    transport: httpx.AsyncHTTPTransport
    active: int = 0  # responses not yet closed


class SitePools(httpx.AsyncBaseTransport):
    """An httpx transport that routes each request to its site's own pool."""

    def __init__(self, config: HttpConfig, resolver: Resolver = system_resolver) -> None:
        policy = AddressPolicy(config.allow_private_addresses, config.allowed_networks)
        self.backend = GuardedBackend(policy, resolver)  # opens every connection of every pool
        self._tls = httpx.create_ssl_context(verify=config.verify_tls)  # loaded once, shared
        self._limits = httpx.Limits(max_connections=config.per_host_concurrency,
                                    max_keepalive_connections=config.per_host_concurrency, keepalive_expiry=10)
        self._keep = max(16, KEEP_POOLS * config.max_concurrency)
        self._pools: collections.OrderedDict[tuple[str, str, int | None], _Pool] = collections.OrderedDict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.scheme, request.url.host, request.url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = _Pool(self._transport())
            await self._close_idle()
        else:
            self._pools.move_to_end(key)
        pool.active += 1
        try:
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            pool.active -= 1
            raise
        response.stream = _Released(response.stream, pool)  # type: ignore[arg-type]
        return response

    def _transport(self) -> httpx.AsyncHTTPTransport:
        """An httpx transport whose connections are opened by the guarded backend.

        httpx takes no network backend, so its connection pool is replaced by an
        identical one that has ours (httpx keeps the pool in ``_pool``).
        """
        transport = httpx.AsyncHTTPTransport(verify=self._tls, limits=self._limits)
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=self._tls, max_connections=self._limits.max_connections,
            max_keepalive_connections=self._limits.max_keepalive_connections,
            keepalive_expiry=self._limits.keepalive_expiry, network_backend=self.backend)
        return transport

    async def _close_idle(self) -> None:
        while len(self._pools) > self._keep:
            idle = next((k for k, p in self._pools.items() if p.active == 0), None)
            if idle is None:
                return
            await self._pools.pop(idle).transport.aclose()

    async def aclose(self) -> None:
        for pool in self._pools.values():
            await pool.transport.aclose()
        self._pools.clear()


class _Released(httpx.AsyncByteStream):
    """A response body that tells its pool when it is closed."""

    def __init__(self, inner: httpx.AsyncByteStream, pool: _Pool) -> None:
        self._inner = inner
        self._pool: _Pool | None = pool

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._pool is not None:
                self._pool.active -= 1
                self._pool = None
