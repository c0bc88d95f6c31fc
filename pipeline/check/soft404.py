"""Soft 404s: pages that answer "200 OK" (or redirect somewhere harmless) for content that is gone.

Two kinds of evidence, both pure functions here (the check stage does the fetching):

1. **The site's answer to a URL that cannot exist.** Before checking a site's
   links, the check stage fetches a *probe*: a sibling of one of its URLs with
   the last path segment replaced by random letters. How the site answers
   makes its :class:`SiteProfile`:

   * ``honest``: 404/410. A 200 from this site means a real page, so HEAD is
     reliable here;
   * ``soft``: 200 with a page. A link whose page is about as similar to the
     probe's page as two "not found" pages are (``check.soft404_similarity``,
     rapidfuzz's normalised Indel similarity over the visible text, with the
     URL-specific parts removed) *and* has almost no words of its own (at most
     ``MAX_NOVEL_WORDS`` not found in the probe's page: a short article inside
     heavy boilerplate is similar, but has its own words) is a soft 404;
   * ``redirect``: redirected to a page that answers. A link redirected to the
     same final URL is a soft 404;
   * ``unknown``: anything else (403, 5xx, no answer); only the cues below apply.

2. **Cues in the page and the URL**: a redirect from a deep URL to the site's
   home page; a title such as "Page not found" / "Error 404" / "no longer
   available" (several languages); or, on a short page, the same phrases in
   the main heading or the opening text.

The accuracy of this judgement on labelled test pages is measured by
``tests/test_soft404.py`` and reported in docs/check.md.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

from rapidfuzz import fuzz

from ..config import CheckMethod
from ..models import LinkKind
from .pagefacts import PageFacts

__all__ = [
    "ProbeOutcome",
    "SiteProfile",
    "is_home",
    "judge_soft404",
    "must_read_page",
    "not_found_cue",
    "novel_words",
    "probe_url",
    "profile_site",
    "text_similarity",
]

PROBE_PREFIX = "sourcevault-probe-"
COMPARE_CHARS = 6_000
MIN_PROBE_WORDS = 8  # a probe page thinner than this (an app shell) says nothing by its likeness
SHORT_PAGE_WORDS = 250  # body cues count only on pages this short
MAX_NOVEL_WORDS = 20  # a page with more words of its own than the probe's page has content of its own
MAX_NOVEL_TITLE_WORDS = 2  # a page whose title has more words of its own than this has a title of its own

_TITLE_CUES = re.compile(
    r"^\s*(error\s*)?404\b|\b404\b.{0,25}\b(error|not found|page|fehler|erreur)\b|\b(error|page)\b.{0,25}\b404\b"
    r"|^\s*not found\b|\b(page|file|article|content|url|story|document|resource)s? not found\b"
    r"|\bnot found\s*($|[|\-–—:·•])|\bpage (does not|doesn[’']?t|no longer) exists?\b|\bno longer (available|exists)\b"
    r"|\b(page|content|article|story|video) (is )?(unavailable|not available|has been removed|was removed)\b"
    r"|\b(could ?n[o'’]?t|can ?n[o'’]?t|cannot) be found\b"
    r"|\b(could ?n[o'’]?t|can ?n[o'’]?t|cannot) find (that|this|the) (page|story|article)\b"
    # German, French, Spanish, Italian, Portuguese, Dutch: only with a word for "page" or "article", so that
    # a headline ("Vermisster Wanderer nicht gefunden", "Le suspect reste introuvable") is not a cue
    r"|\b(seite|datei|artikel|inhalt|beitrag|dokument)\s+(wurde\s+)?nicht\s+gefunden\b|^\s*nicht gefunden\b"
    r"|\b(artikel|inhalt|beitrag|seite)\s+(ist\s+)?nicht\s+mehr\s+(verfügbar|vorhanden|abrufbar)\b"
    r"|\b(artikel|inhalt|beitrag|seite)\s+nicht\s+verfügbar\b|\bnicht mehr verfügbar\b"
    r"|\b(page|article|contenu|document)\s+(introuvable|indisponible|non disponible)\b|^\s*introuvable\b"
    r"|\bn[’']est plus (disponible|accessible|en ligne)\b|\bpage (demandée )?n[’']existe (pas|plus)\b"
    r"|\b(página|pagina|artículo|articulo|contenido|noticia)\s+no\s+(se ha\s+)?(encontrad[ao]|disponible|existe)\b"
    r"|\bya no (está|esta) disponible\b|\bpagina non (trovata|disponibile)\b|\bnon è più disponibile\b"
    r"|\bpágina não encontrada\b|\bnão está mais disponível\b|\bpagina niet gevonden\b|\bniet (meer )?beschikbaar\b",
    re.IGNORECASE,
)
_BODY_CUES = re.compile(
    _TITLE_CUES.pattern
    + r"|\bwe (could ?n[o'’]?t|can ?n[o'’]?t|cannot|were unable to) find\b"
    r"|\b(page|url|link) you (requested|were looking for|are looking for|followed)\b"
    r"|\bthis (page|article|story) (is missing|may have been (moved|removed|deleted)|has been (removed|deleted))\b"
    r"|\boops\b|\bwurde (entfernt|gelöscht)\b|\ba été (supprimé|retiré)e?\b|\bha sido (eliminad|retirad)[ao]\b",
    re.IGNORECASE,
)
# Every alternative of the cues above contains one of these (lower-case) words: a text that holds none of
# them cannot match, and most pages are turned away by these few substring tests before the long
# alternation runs (tests/check/test_soft404.py checks each alternative has one).
CUE_WORDS = ("404", "found", "exist", "no longer", "available", "removed", "find", "gefunden", "verfügbar",
             "vorhanden", "abrufbar", "introuvable", "dispon", "est plus", "encontrad", "trovata", "gevonden",
             "beschikbaar", "requested", "looking for", "followed", "missing", "moved", "deleted", "oops",
             "entfernt", "gelöscht", "supprim", "retir", "eliminad")
# "/", "/index.html", "/home", "/en/", "/en-us/"
_HOME_PATH = re.compile(r"^/?((index|default|home)(\.\w+)?/?|[a-z]{2}([-_][a-z]{2})?/)?$", re.IGNORECASE)


class ProbeOutcome(StrEnum):
    HONEST = "honest"
    SOFT = "soft"
    REDIRECT = "redirect"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SiteProfile:
    """How a site answers a URL that cannot exist."""

    outcome: ProbeOutcome
    probe_url: str
    status: int | None = None
    final_url: str | None = None
    page: PageFacts | None = None


def must_read_page(method: CheckMethod, kind: LinkKind = LinkKind.PAGE) -> bool:
    """Whether a link is asked with GET (its page read and judged) rather than HEAD.

    Any site can answer 200 for a page that is gone, even one that answers a
    made-up URL with an honest 404 (a CMS that keeps a removed article's slug
    alive with a "content unavailable" page), so with ``check.method`` auto or
    get every link is read. HEAD adds nothing over a conditional GET: a page
    judged before is asked with its ETag / Last-Modified and a 304 costs no
    more than a HEAD. Only ``check.method: head`` trusts HEAD (no soft-404
    judgement beyond redirects), and never for a snapshot: whether the
    archive shows the archived page or its own "not archived" page is in the page.
    """
    return method != CheckMethod.HEAD or kind == LinkKind.SNAPSHOT


def probe_url(url: str, token: str) -> str:
    """A sibling of ``url`` that cannot exist: the last path segment replaced by ``token``."""
    parts = urlsplit(url)
    path = parts.path or "/"
    parent = path[: path.rstrip("/").rfind("/") + 1] if path.strip("/") else "/"
    return urlunsplit((parts.scheme, parts.netloc, parent + PROBE_PREFIX + token, "", ""))


def profile_site(probe: str, status: int | None, final_url: str | None, page: PageFacts | None) -> SiteProfile:
    """Turn the answer to the probe into a :class:`SiteProfile` (``status`` None: no answer)."""
    if status in (404, 410):
        return SiteProfile(ProbeOutcome.HONEST, probe, status, final_url)
    if status is not None and 200 <= status < 300:
        moved = final_url is not None and _strip_query(final_url) != _strip_query(probe)
        return SiteProfile(ProbeOutcome.REDIRECT if moved else ProbeOutcome.SOFT, probe, status, final_url, page)
    return SiteProfile(ProbeOutcome.UNKNOWN, probe, status, final_url)


def not_found_cue(page: PageFacts) -> str | None:
    """The phrase by which a page says it is a "not found" page, if any."""
    for where, text, pattern in (("title", page.title, _TITLE_CUES), ("heading", page.heading, _TITLE_CUES)):
        match = _cue(pattern, text)
        if match:
            return f"the {where} says {text.strip()[:80]!r}"
    if page.words <= SHORT_PAGE_WORDS:
        match = _cue(_BODY_CUES, page.text[:600])
        if match:
            return f"the page says {match.group(0)!r}"
    if page.main and page.main_words <= SHORT_PAGE_WORDS:  # a short main region inside long boilerplate
        match = _cue(_BODY_CUES, page.main[:600])
        if match:
            return f"the page's main text says {match.group(0)!r}"
    return None


def _cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    lowered = text.lower()
    if not any(word in lowered for word in CUE_WORDS):
        return None
    return pattern.search(text)


def text_similarity(a: str, b: str, remove: tuple[str, ...] = ()) -> float:
    """Similarity of two page texts, 0..1, ignoring the URL-specific words in ``remove``."""
    for word in remove:
        if word:
            a, b = a.replace(word, " "), b.replace(word, " ")
    return fuzz.ratio(a[:COMPARE_CHARS], b[:COMPARE_CHARS]) / 100.0


def novel_words(text: str, reference: str, remove: tuple[str, ...] = ()) -> int:
    """How many words of ``text`` are not in ``reference`` (counted with repeats)."""
    for word in remove:
        if word:
            text, reference = text.replace(word, " "), reference.replace(word, " ")
    extra = collections.Counter(text.lower().split()) - collections.Counter(reference.lower().split())
    return sum(extra.values())


def judge_soft404(url: str, final_url: str | None, redirected: bool, page: PageFacts | None,
                  profile: SiteProfile | None, threshold: float) -> str | None:
    """Why the answer for ``url`` (a 2xx) is a soft 404, or None when it looks like a real page."""
    if redirected and final_url:
        if is_home(final_url) and not is_home(url):
            return f"redirected to the home page {final_url}"
        if (profile is not None and profile.outcome is ProbeOutcome.REDIRECT and profile.final_url
                and _strip_query(final_url) == _strip_query(profile.final_url)):
            return f"redirected to {final_url}, where a made-up URL on this site goes too"
    if page is None:
        return None
    cue = not_found_cue(page)
    if cue:
        return cue
    if profile is not None and profile.outcome in (ProbeOutcome.SOFT, ProbeOutcome.REDIRECT) and profile.page:
        probe_page = profile.page
        if probe_page.words < MIN_PROBE_WORDS and not_found_cue(probe_page) is None:
            return None  # an empty shell (a JavaScript app): likeness proves nothing
        token = urlsplit(profile.probe_url).path.rsplit("/", 1)[-1]
        own = urlsplit(url).path.rsplit("/", 1)[-1]
        remove = (token, own, own.replace("-", " "), own.replace("_", " "))
        mine, theirs = page.title + " " + page.text, probe_page.title + " " + probe_page.text
        score = text_similarity(mine, theirs, remove)
        if (score >= threshold and novel_words(mine, theirs, remove) <= MAX_NOVEL_WORDS
                and novel_words(page.title, probe_page.title, remove) <= MAX_NOVEL_TITLE_WORDS):
            return f"the page is {score:.0%} like this site's answer to a made-up URL"
    return None


def _strip_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", "", ""))


def is_home(url: str) -> bool:
    """True when ``url`` is a site's home page (`/`, `/index.html`, `/home`, `/en/`, …)."""
    return bool(_HOME_PATH.match(urlsplit(url).path or "/"))
