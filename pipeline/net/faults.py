"""A hop's faults: foreign exceptions translated into a :class:`FetchError`, and whether to try again.

* :data:`NETWORK_FAULTS` is what the network, TLS, content decoding and the OS
  can throw at a fetch; anything else is a bug of ours and propagates (it must
  fail the stage, never become a link's verdict).
* :func:`error_of` names each such fault by what the caller can do about it
  (:class:`~pipeline.net.results.FetchErrorKind`): httpx and httpcore never leak upward.
* The retry decision: a dropped connection is retried (:func:`retryable`); a
  refused address, an unknown name, a timeout or a TLS failure is not. Answers
  of :data:`RETRY_STATUSES` are retried, after what their ``Retry-After`` asks
  (:func:`retry_after`) when it says. The waiting and its cap are the fetcher's.
"""

from __future__ import annotations

import email.utils
import logging
import ssl
import zlib
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from ..logs import per_item
from .addresses import AddressRefused, NameNotResolved
from .results import FetchError, FetchErrorKind

__all__ = ["NETWORK_FAULTS", "RETRY_STATUSES", "error_of", "retry_after", "retryable"]

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 502, 503, 504})
NETWORK_FAULTS = (httpx.HTTPError, httpx.InvalidURL, OSError, TimeoutError, ssl.SSLError, zlib.error, AddressRefused,
                  NameNotResolved, UnicodeError)


def retry_after(value: str | None, now: Callable[[], str]) -> float | None:
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


def retryable(exc: BaseException) -> bool:
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


def error_of(exc: BaseException, url: httpx.URL, deadline: float) -> FetchError:
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


