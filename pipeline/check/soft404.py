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

from .pagefacts import PageFacts

__all__ = [
    "ProbeOutcome",
    "SiteProfile",
    "judge_soft404",
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

_TITLE_CUES = re.compile(
    r"^\s*(error\s*)?404\b|\b404\b.{0,25}\b(error|not found|page|fehler|erreur)\b|\b(error|page)\b.{0,25}\b404\b"
    r"|^\s*not found\b|\b(page|file|article|content|url|story|document|resource)s? not found\b"
    r"|\bnot found\s*($|[|\-–—:·•])|\bpage (does not|doesn'?t|no longer) exists?\b|\bno longer (available|exists)\b"
    r"|\b(page|content|article|story|video) (is )?(unavailable|not available|has been removed|was removed)\b"
    r"|\b(could ?n[o']?t|can ?n[o']?t|cannot) be found\b|\bnicht gefunden\b|\bintrouvable\b"
    r"|\bno (se ha )?encontrad[ao]\b|\bnon trovat[ao]\b|\bniet gevonden\b|\bnão encontrad[ao]\b",
    re.IGNORECASE,
)
_BODY_CUES = re.compile(
    _TITLE_CUES.pattern
    + r"|\bwe (could ?n[o']?t|can ?n[o']?t|cannot|were unable to) find\b"
    r"|\b(page|url|link) you (requested|were looking for|are looking for|followed)\b"
    r"|\bthis page (is missing|may have been (moved|removed|deleted))\b|\boops\b",
    re.IGNORECASE,
)
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

    @property
    def head_reliable(self) -> bool:
        return self.outcome is ProbeOutcome.HONEST


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
        match = pattern.search(text)
        if match:
            return f"the {where} says {text.strip()[:80]!r}"
    if page.words <= SHORT_PAGE_WORDS:
        match = _BODY_CUES.search(page.text[:600])
        if match:
            return f"the page says {match.group(0)!r}"
    return None


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
        if _is_home(final_url) and not _is_home(url):
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
        if score >= threshold and novel_words(mine, theirs, remove) <= MAX_NOVEL_WORDS:
            return f"the page is {score:.0%} like this site's answer to a made-up URL"
    return None


def _strip_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", "", ""))


def _is_home(url: str) -> bool:
    return bool(_HOME_PATH.match(urlsplit(url).path or "/"))
