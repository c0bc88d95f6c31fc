"""What a fetch hands back: :class:`FetchResult`, its redirect :class:`Hop` records and its :class:`FetchError`.

A fetch never raises for a network or server fault: the result carries a
:class:`FetchError` whose :class:`FetchErrorKind` says what the caller can do
about it (the kinds are named like the check stage's verdicts). Everything
here is a plain frozen value; :mod:`pipeline.net.fetcher` fills them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import httpx

from ..logs import per_item

__all__ = ["TURNED_AWAY", "UNREACHABLE", "FetchError", "FetchErrorKind", "FetchResult", "Hop", "RawHeaders"]

# ``extra`` of a stage's warning that a site asked us to come back later (counted for the run's summary line)
TURNED_AWAY = per_item("retry_after", "site(s) asked us to come back later (Retry-After); their links wait for "
                       "the next run")

RawHeaders = tuple[tuple[bytes, bytes], ...]


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
