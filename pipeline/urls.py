"""URL parsing and canonicalisation.

A citation keeps the URL exactly as written; beside it we store a *canonical*
form so that the same article cited in two spellings becomes one link. The
rules, each covered by ``tests/test_urls.py`` and listed in ``docs/urls.md``:

1. surrounding white space, ``<...>`` brackets, tabs and line breaks (a URL
   folded across lines) and HTML ``&amp;`` are stripped; every other
   character of the path and query is kept (``"``, ``<``, ``>`` and other
   characters that must be escaped are percent-encoded, never cut); only
   ``http`` and ``https`` are accepted;
2. scheme and host are lower-cased, an internationalised host becomes its
   IDNA 2008 (punycode) form after UTS #46 mapping, as the HTTP client sends
   it (``faß.de`` is ``xn--fa-hia.de``, another site than ``fass.de``), a
   trailing dot on the host is dropped;
3. the scheme's default port (80, 443) is dropped, user info is dropped;
4. the fragment is dropped;
5. tracking parameters are removed (``utm_*`` and the names in
   ``TRACKING_PARAMS``, plus any configured extras);
6. the remaining query parameters are sorted by name (stable for repeats);
7. percent-encoding is normalised (RFC 3986 §6.2.2): escapes are upper-case,
   escaped unreserved characters are decoded, characters that must be escaped
   (spaces, non-ASCII) are escaped as UTF-8;
8. dot segments and repeated slashes in the path are collapsed, an empty
   path becomes ``/``;
9. web.archive.org (and its ``id_``/``if_`` variants), other hosts running
   Wayback software that config names (``extract.wayback_hosts``) and
   archive.today (archive.ph, archive.is, …) wrappers are unwrapped to the
   original URL, which is then canonicalised by the rules above; the
   snapshot URL itself keeps a light canonical form of its own
   (``CanonicalURL.snapshot``: scheme and host lower-cased, default port and
   fragment dropped, path and query as written), since the snapshot is a
   link that is checked too.

The trailing slash of a non-empty path and a ``www.`` prefix are kept: sites
differ on whether they are the same page. ``equivalence_key`` folds those too,
for matching (a weaker equality used by the match stage, never for fetching).
"""

from __future__ import annotations

import functools
import ipaddress
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, quote, unquote, urlsplit, urlunsplit

import idna
from tld import get_fld

from .models import ArchiveService
from .safeload import kind_of

__all__ = [
    "CanonicalURL",
    "InvalidURL",
    "canonicalize",
    "equivalence_key",
    "host_of",
    "is_http_url",
    "refresh_url",
    "registrable_domain",
    "site_key",
    "unwrap_amp_cache",
    "unwrap_archive",
]

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
        "twclid", "ttclid", "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
        "vero_id", "wickedid", "smid", "smtyp", "cmpid", "ocid", "ncid",
        "sr_share", "ref_src", "ref_url", "s_cid", "cid_source", "at_medium",
        "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "guccounter", "guce_referrer", "guce_referrer_sig", "soc_src", "soc_trk",
        "xtor", "spm", "share", "__twitter_impression",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "itm_")

ARCHIVE_TODAY_HOSTS = frozenset(
    {"archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.fo", "archive.md"}
)
WAYBACK_HOSTS = frozenset({"web.archive.org", "wayback.archive.org"})
_WAYBACK_PATH = re.compile(r"^/web/(?P<stamp>\d{1,14})?(?:[a-z]{2}_|\*)?/(?P<rest>.+)$", re.IGNORECASE)
_ARCHIVE_TODAY_PATH = re.compile(
    r"^/(?:o/[A-Za-z0-9]+/|(?P<stamp>\d{14}|\d{4}\.\d{2}\.\d{2}(?:-\d{6})?)/|newest/|oldest/)(?P<rest>https?:/.+)$",
    re.IGNORECASE,
)
_FOLDING = re.compile(r"[\t\r\n]+")  # a URL folded across lines, as browsers read it (WHATWG URL)
_SCHEME_SLASHES = re.compile(r"^(https?):/+", re.IGNORECASE)
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair: no text encoding can hold it alone
_DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 8192


class InvalidURL(ValueError):
    """The value is not an http(s) URL we can work with; the message says why."""


@dataclass(frozen=True, slots=True)
class CanonicalURL:
    """A cited URL, its canonical form, and what it wraps if it was an archive URL."""

    raw: str
    canonical: str
    host: str
    archive_service: ArchiveService | None = None  # when unwrapped
    archive_timestamp: str | None = None  # the snapshot's 14-digit stamp, when known
    snapshot: str | None = None  # the snapshot URL itself, lightly canonicalised, when unwrapped


def is_http_url(value: object) -> bool:
    """True when ``value`` is a string that canonicalises to an http(s) URL."""
    try:
        canonicalize(value)
    except InvalidURL:
        return False
    return True


def canonicalize(value: object, extra_tracking: frozenset[str] = frozenset(),
                 wayback_hosts: frozenset[str] = frozenset()) -> CanonicalURL:
    """Canonicalise a cited URL; raise :class:`InvalidURL` naming the problem.

    ``wayback_hosts``: hosts besides web.archive.org whose ``/web/<stamp>/<url>``
    URLs are snapshots (another archive running Wayback software).
    """
    if value is None:
        raise InvalidURL("no URL (null)")
    if not isinstance(value, str):
        raise InvalidURL(f"not a string but {kind_of(value)}")
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):  # <https://...>, as Markdown and e-mail write it
        text = text[1:-1].strip()
    if not text:
        raise InvalidURL("empty URL")
    if len(text) > MAX_URL_LENGTH:
        raise InvalidURL(f"URL longer than {MAX_URL_LENGTH} characters")
    if _SURROGATE.search(text):  # json.loads lets "\ud800" through; quoting it would raise
        raise InvalidURL("holds a lone UTF-16 surrogate, which no URL can")
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme not in _DEFAULT_PORTS:
        if scheme and re.fullmatch(r"[a-z][a-z0-9+.-]*", scheme) and "//" in text[: len(scheme) + 3]:
            raise InvalidURL(f"scheme {scheme!r} is not http or https")
        if scheme in {"javascript", "mailto", "data", "file", "ftp", "tel"}:
            raise InvalidURL(f"scheme {scheme!r} is not http or https")
        raise InvalidURL("not a URL")
    text = _FOLDING.sub("", text).replace("&amp;", "&").replace(" ", "%20")
    if "archive." in text[:40].lower() or wayback_hosts:
        service, stamp, inner = unwrap_archive(text, wayback_hosts)
        if inner is not None:
            inner_url, host = _canonical_parts(inner, extra_tracking)
            return CanonicalURL(value, inner_url, host, service, stamp, _snapshot_form(text))
    canonical, host = _canonical_parts(text, extra_tracking)
    return CanonicalURL(value, canonical, host)


def unwrap_archive(url: str, wayback_hosts: frozenset[str] = frozenset()
                   ) -> tuple[ArchiveService | None, str | None, str | None]:
    """Return ``(service, timestamp, original)`` for a Wayback or archive.today URL.

    ``wayback_hosts`` names more hosts with Wayback-style snapshot URLs.

    For any other URL (or an archive URL that wraps nothing, such as an
    archive.today short id) return ``(None, None, None)``.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return None, None, None
    host = (parts.hostname or "").lower()
    path = parts.path
    if parts.query:
        path = f"{path}?{parts.query}"
    if host in WAYBACK_HOSTS or host in wayback_hosts:
        match = _WAYBACK_PATH.match(path)
        if match:
            inner = _fix_scheme(match["rest"])
            if inner:
                return ArchiveService.WAYBACK, match["stamp"], inner
    elif host in ARCHIVE_TODAY_HOSTS or host.endswith(tuple("." + h for h in ARCHIVE_TODAY_HOSTS)):
        match = _ARCHIVE_TODAY_PATH.match(path)
        if match:
            inner = _fix_scheme(match["rest"])
            stamp = re.sub(r"\D", "", match["stamp"] or "") or None
            if inner:
                return ArchiveService.ARCHIVE_TODAY, stamp, inner
    return None, None, None


def _snapshot_form(url: str) -> str:
    """A snapshot URL's own canonical form: its path holds another URL, so it is not normalised."""
    parts = urlsplit(url)
    host = _canonical_host(parts.hostname)
    port = _port(parts)
    scheme = parts.scheme.lower()
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _fix_scheme(rest: str) -> str | None:
    """Wrapped URLs often lose a slash (``https:/example.org``) or the scheme."""
    rest = rest.strip()
    if _SCHEME_SLASHES.match(rest):
        return _SCHEME_SLASHES.sub(lambda m: m.group(1).lower() + "://", rest, count=1)
    if re.match(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:[:/]|$)", rest):
        return "http://" + rest
    return None


def _canonical_parts(url: str, extra_tracking: frozenset[str]) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InvalidURL(f"cannot parse URL: {exc}") from None
    port = _port(parts)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise InvalidURL(f"scheme {scheme!r} is not http or https")
    host = _canonical_host(parts.hostname)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    path = _canonical_path(parts.path)
    query = _canonical_query(parts.query, extra_tracking)
    return urlunsplit((scheme, netloc, path, query, "")), host


def _canonical_host(hostname: str | None) -> str:
    if not hostname:
        raise InvalidURL("no host")
    host = unquote(hostname).rstrip(".").lower()
    if not host:
        raise InvalidURL("no host")
    if host[0].isdigit() or ":" in host:
        try:
            return ipaddress.ip_address(host).compressed
        except ValueError:
            pass
    if not host.isascii():  # IDNA 2008 with UTS #46 mapping, like httpx (Python's "idna" codec is IDNA 2003)
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise InvalidURL(f"host {hostname!r} is not a valid domain name") from None
    if not re.fullmatch(r"[a-z0-9_.-]+", host) or ".." in host or host.startswith("."):  # no empty label
        raise InvalidURL(f"host {hostname!r} is not a valid domain name")
    if "xn--" in host:  # an A-label must decode: no resolver knows a malformed one
        try:
            idna.decode(host)
        except (idna.IDNAError, UnicodeError):
            raise InvalidURL(f"host {hostname!r} is not a valid domain name (malformed punycode)") from None
    return host


def _port(parts: SplitResult) -> int | None:
    """The URL's port (None: the scheme's default); 0 is no port a server listens on."""
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"cannot parse URL: {exc}") from None
    if port == 0:
        raise InvalidURL("port 0 is not a port a server can listen on")
    return port


def _normalise_escapes(component: str, safe: str) -> str:
    """Decode escaped unreserved characters, upper-case the rest, escape the unsafe."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    component = _ESCAPE.sub(fix, component)
    return quote(component, safe=safe + "%")


def _canonical_path(path: str) -> str:
    if not path:
        return "/"
    path = re.sub(r"/{2,}", "/", path)
    trailing = path.endswith("/")
    normalised = posixpath.normpath(path)
    if normalised.startswith("//"):
        normalised = "/" + normalised.lstrip("/")
    if trailing and normalised != "/":
        normalised += "/"
    return _normalise_escapes(normalised, safe="/:@!$&'()*+,;=")


def is_tracking_param(name: str, extra: frozenset[str] = frozenset()) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered in extra or lowered.startswith(TRACKING_PREFIXES)


def _canonical_query(query: str, extra_tracking: frozenset[str]) -> str:
    if not query:
        return ""
    pairs = [
        (_normalise_escapes(k, safe="!$'()*,;:@/?"),
         None if v is None else _normalise_escapes(v, safe="!$'()*,;:@/?="))
        for k, v in _split_query(query)
        if not is_tracking_param(unquote(k), extra_tracking)
    ]
    pairs.sort(key=lambda kv: kv[0])
    return "&".join(f"{k}={v}" if v is not None else k for k, v in pairs)


def _split_query(query: str) -> list[tuple[str, str | None]]:
    """Split without decoding so that ``a=b%26c`` keeps its meaning; keep bare keys."""
    out: list[tuple[str, str | None]] = []
    for piece in query.replace(";", "&").split("&"):
        if not piece:
            continue
        key, sep, val = piece.partition("=")
        out.append((key.replace("+", "%20"), val.replace("+", "%20") if sep else None))
    return out


def host_of(url: str) -> str:
    """The lower-cased host of a URL, or an empty string."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


_MOBILE_PREFIXES = ("www.", "m.", "mobile.", "amp.")
# Google's AMP caches serve a page under their own host: <host-with-dashes>.cdn.ampproject.org/c/s/<host>/<path>
# (``/v/`` for viewer, ``/s/`` when the original is https) and www.google.com/amp/s/<host>/<path>.
_AMP_CACHE_PATH = re.compile(r"^/(?:[cv]/)?(?:i/)?(?P<secure>s/)?(?P<rest>[^/]+\.[^/]+(?:/.*)?)$")


def site_key(host: str) -> str:
    """A host without the ``www.``/``m.``/``mobile.``/``amp.`` prefix: the site it belongs to."""
    host = host.lower().rstrip(".")
    for prefix in _MOBILE_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix):]
    return host


@functools.lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """The domain a host was registered under, public-suffix aware: ``abcnews.go.com`` -> ``go.com``,
    ``www.bbc.co.uk`` -> ``bbc.co.uk``, ``user.github.io`` -> ``user.github.io`` (a private suffix).

    Uses the Public Suffix List shipped inside the ``tld`` package (no download at run time). A host
    under a suffix the list does not know (``.example``, ``localhost``) gives its last two labels; an
    IP address gives itself, and so does a public suffix itself (``gov.uk``, ``www.gov.uk``).
    """
    host = site_key(host)  # www.gov.uk and gov.uk are one site, though gov.uk is itself a public suffix
    if not host:
        return ""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    found = get_fld(host, fail_silently=True, fix_protocol=True)
    return found if isinstance(found, str) else ".".join(host.split(".")[-2:])


def unwrap_amp_cache(canonical: str) -> str:
    """The original URL of a Google AMP cache URL, canonicalised; other URLs unchanged."""
    if "ampproject.org" not in canonical and "/amp/" not in canonical:
        return canonical
    parts = urlsplit(canonical)
    host = parts.hostname or ""
    if host.endswith(".cdn.ampproject.org"):
        path = parts.path
    elif site_key(host) in {"google.com"} and parts.path.startswith("/amp/"):
        path = parts.path[len("/amp"):]
    else:
        return canonical
    match = _AMP_CACHE_PATH.match(path)
    if not match:
        return canonical
    scheme = "https" if match["secure"] else "http"
    inner = f"{scheme}://{match['rest']}" + (f"?{parts.query}" if parts.query else "")
    try:
        return canonicalize(inner).canonical
    except InvalidURL:
        return canonical


def equivalence_key(canonical: str) -> str:
    """A looser key for matching: ignores scheme, www./m./amp. host prefixes,
    a trailing slash, ``/amp`` and ``.amp`` path suffixes, an ``.html``
    extension, ``?amp``/``outputType=amp`` and Google AMP cache wrappers."""
    parts = urlsplit(unwrap_amp_cache(canonical))
    host = site_key(parts.hostname or "")
    path = parts.path
    path = re.sub(r"/amp/?$|/amphtml/?$", "", path).rstrip("/")
    path = re.sub(r"(?:\.amp)?(?:\.html?)?$", "", path) or "/"  # story.amp.html = story.html = story
    if path.startswith("/amp/"):
        path = path[4:]
    query = "&".join(
        p for p in parts.query.split("&") if p and p.split("=")[0].lower() not in {"amp", "outputtype", "output"}
    )
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{path}" + (f"?{query}" if query else "")


# a refresh later than this is a page's own reload timer, not a redirect
REFRESH_MAX_DELAY_S = 10


def refresh_url(value: str) -> str:
    """Where a refresh's value (``0; url=/next``: a ``Refresh`` header's, or a ``<meta http-equiv=refresh>``'s
    content) sends the reader within :data:`REFRESH_MAX_DELAY_S`, as written; "" when it names no URL or waits
    longer."""
    delay, _, rest = value.partition(";") if ";" in value else value.partition(",")
    try:
        if float(delay.strip() or "0") > REFRESH_MAX_DELAY_S:
            return ""
    except ValueError:
        return ""
    rest = rest.strip()
    if rest[:4].lower() == "url=":
        rest = rest[4:]
    return rest.strip().strip("'\"").strip()
