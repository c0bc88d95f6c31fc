"""The one HTTP layer: every request sourcevault sends goes through :class:`Fetcher`.

Public API: :class:`Fetcher`, :class:`FetchResult`, :class:`FetchError`,
:class:`FetchErrorKind`, :class:`Hop`. The modules beside it are private to
this package: ``results`` (what a fetch returns), ``hops`` (which URLs are
fetched, what a hop carries on), ``page_redirects`` (the refresh hop), ``gates``
(per-site turns and pace), ``faults`` (errors translated, the retry decision),
``exchange`` (a request sent and its answer), ``addresses`` (the private-address
guard), ``robots``, ``bodies`` (capped decoding), ``pools`` (a connection pool per
site), ``streams`` (the network backend) and ``pacing`` (the adaptive gap between
requests to one site, a pure function).
"""

from .bodies import StopAfter
from .fetcher import Fetcher
from .results import FetchError, FetchErrorKind, FetchResult, Hop, RawHeaders

__all__ = ["FetchError", "FetchErrorKind", "FetchResult", "Fetcher", "Hop", "RawHeaders", "StopAfter"]
