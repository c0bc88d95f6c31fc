"""The one HTTP layer: every request sourcevault sends goes through :class:`Fetcher`.

Public API: :class:`Fetcher`, :class:`FetchResult`, :class:`FetchError`,
:class:`FetchErrorKind`, :class:`Hop`. The modules beside it are private to
this package: ``addresses`` (the private-address guard), ``robots``,
``bodies`` (capped decoding), ``pools`` (a connection pool per site) and
``pacing`` (the adaptive gap between requests to one site, a pure function).
"""

from .fetcher import Fetcher, FetchError, FetchErrorKind, FetchResult, Hop, RawHeaders, StopAfter

__all__ = ["FetchError", "FetchErrorKind", "FetchResult", "Fetcher", "Hop", "RawHeaders", "StopAfter"]
