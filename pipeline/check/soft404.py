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

2. **Cues in the page and the URL**: a redirect (HTTP, meta refresh or script)
   from a deep URL to the site's home page, a search page, a section front or the
   site's error page (:func:`lost_redirect`); and, on a page *without an article's shape*
   (:func:`article_shape`: long text, or a byline or date over some text), its
   embedded app state, a parking lander's or a host's page (:mod:`pipeline.check.landers`: a domain for sale, an
   account suspended, a hosting contract run out), or a "not found" / "removed"
   phrase (:mod:`pipeline.check.phrases`, thirty-five languages,
   a word or two allowed between its key words) in its title, heading, short
   text (its start, and what follows its heading) or what a bare shell's scripts
   write. A lander assembled by script is known by what its script writes, or,
   when its script only holds the lander (a domain beside a registrar), by the
   site serving that same page for every path, a made-up URL too. A phrase in an
   article's own headline or body is no evidence, nor the body of a dated brief
   under a headline of its own (:func:`dated_brief`), nor a phrase a dated page's
   title or heading reports (a subject of its own before it, a place or a reason
   after it: "Film X nie jest już dostępny w kinach"): :func:`judge_soft404` says in
   which order.

The accuracy of this judgement on labelled test pages is measured by
``tests/check/test_soft404.py`` and ``tests/check/test_deadweb.py`` (``bench/soft404.py``)
and reported in docs/check.md.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from rapidfuzz import fuzz

from ..config import CheckMethod
from ..models import LinkKind
from .landers import hosting_cue, parking_cue
from .pagefacts import LONG_ARTICLE_WORDS, PageFacts, own_size, size
from .phrases import BODY_CUES, NOTHING_HERE, NOTHING_HERE_CHARS, TITLE_CUES, cue

__all__ = [
    "ProbeOutcome",
    "SiteProfile",
    "article_shape",
    "dated_brief",
    "is_home",
    "judge_soft404",
    "must_read_page",
    "not_found_cue",
    "novel_words",
    "page_redirect",
    "probe_url",
    "profile_site",
    "text_similarity",
]

PROBE_PREFIX = "sourcevault-probe-"
COMPARE_CHARS = 6_000
MIN_PROBE_WORDS = 8  # a probe page thinner than this (an app shell) says nothing by its likeness
SHORT_PAGE_WORDS = 250  # body cues count only on pages this short
BODY_CUE_CHARS = 600  # ... in the first characters of its text, and in as many after its heading
MAX_NOVEL_WORDS = 20  # a page with more words of its own than the probe's page has content of its own
MAX_NOVEL_TITLE_WORDS = 2  # a page whose title has more words of its own than this has a title of its own

# a search page: its path, or a query of the cited slug's words
_SEARCH_PATH = re.compile(r"/(search|suche|recherche|buscar|busca|ricerca|cerca|szukaj|poisk|arama|kereses|keresés"
                          r"|zoeken|sok|haku|s)(/|$|\.\w+$)", re.IGNORECASE)
SEARCH_KEYS = frozenset({"q", "query", "s", "search", "keyword", "keywords", "k", "term", "text", "search_query"})
# the site's error page: a path named for it (/404.html, /Error.aspx, /errors/404, /not-found) or ASP.NET's
# customErrors query (?aspxerrorpath=), where a site sends every missing page
_ERROR_PAGE = re.compile(r"/(?:404|410|error|errors|notfound|not-found|not_found|page-?not-?found|error-?404|404-?error"
                         r"|fehler|erreur|errore|pagina-?no-?encontrada)(?:\.\w{2,5})?/?$", re.IGNORECASE)
SECTION_MAX_SEGMENTS = 2  # a redirect to a prefix of the cited path this short is a section front
LISTING_LINKS = 20  # a page listing this many article links (and no article of its own) is a section front
_OPENING_QUOTES = ("«", "„", "“", "\"", "'", "‘", "‚", "「", "『", "»")
# (a Thai phrase may end inside a word of its own, written on to the colon: "ไม่พบหน้า|เว็บ: …")
_GOES_ON = re.compile(r"[\u0e00-\u0e7f]{0,12}[\s»“”\"'’」』]*[:：–—]\s*\w")
# where a dated page's phrase may end to be its notice: the end of a sentence, of the text, or of a title before the
# site's name; a headline going on past it says where or why ("… nie jest już dostępny w kinach", "… from YouTube")
_PHRASE_ENDS = re.compile(r"\s*([.!?…。！？]|$|[|｜–—·•]|\s-\s)")
# ... and what may stand before it in its clause: a word at most ("This", "Das", "La", "该"); more is a subject of
# the headline's own ("Beliebtes Kinderbuch ist nicht mehr verfügbar", "涉事视频已下架")
_CLAUSE_BREAK = re.compile(r"[.,;:!?¡¿…«»„“”\"'‘’‚「」『』()\[\]|｜–—。，！？、،؟]")
_CJK_LETTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
LEAD_WORDS = 1
HEADLINE_WORDS = 6  # a heading this long (in words) is a story's headline, when it is no "not found" phrase
HEADLINE_CHARS, HEADLINE_CJK_CHARS = 20, 10  # ... and this long in characters (Latin, and Chinese or Japanese)
# scripts written with no space between words (Thai, Lao, Myanmar, Khmer)
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
DATED_ARTICLE_WORDS = 80  # own words that, with a byline or a date, make a page an article
_WORD_SPLIT = re.compile(r"[-_.+/\s]+")
_LONG_NUMBER = re.compile(r"\d{5,}")
_SLUG = re.compile(r"[^\W_]+-[^\W_]+-[^\W_]+")
_NUMBERED_PAGE = re.compile(r"^\d{3,}\.(?:s?html?|php|aspx?)$", re.IGNORECASE)  # an old CMS's /ko/old/6104.html
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


def article_shape(page: PageFacts) -> bool:
    """Whether the page has an article's shape: long text, or a byline or date over some text of its own."""
    own = own_size(page)
    return own >= LONG_ARTICLE_WORDS or (page.dated and own >= DATED_ARTICLE_WORDS)


def not_found_cue(page: PageFacts, brief: bool = False) -> str | None:
    """The phrase by which a page says it is a "not found" page, if any (its shape not considered). Of a ``brief``
    (:func:`dated_brief`), its body is no evidence; of a dated page, a phrase its title or heading reports
    (:func:`_reported`) is none."""
    for where, text in (("title", page.title), ("heading", page.heading)):
        match = cue(TITLE_CUES, text) or (NOTHING_HERE.match(text) if len(text) <= NOTHING_HERE_CHARS else None)
        if match and not (page.dated and _reported(text, match)):
            return f"the {where} says {text.strip()[:80]!r}"
    if brief:
        return None
    # a short page: in all its words, or, where no main region is marked, in its words outside links (a blog's
    # archive and label lists, a portal's headline rails are many words, none of them the page's own)
    if page.text_size <= SHORT_PAGE_WORDS or (not page.main and 0 <= page.prose_words <= SHORT_PAGE_WORDS):
        match = cue(BODY_CUES, page.text[:BODY_CUE_CHARS]) or cue(BODY_CUES, _after_heading(page))
        if match:
            return f"the page says {match.group(0)!r}"
    if page.main and page.main_size <= SHORT_PAGE_WORDS:  # a short main region inside long boilerplate
        match = cue(BODY_CUES, page.main[:600])
        if match:
            return f"the page's main text says {match.group(0)!r}"
    if page.script_text:  # a bare shell: what its scripts write is what a reader sees
        match = cue(BODY_CUES, page.script_text)
        if match:
            return f"the page's script writes {match.group(0)!r}"
    return None


def dated_brief(page: PageFacts) -> bool:
    """Whether the page is a dated brief under a headline of its own: a date or byline, and a first heading of
    ``HEADLINE_WORDS`` or more that is its title's headline (the title starts with it). (A notice's title is the
    site's or the notice's, its heading the notice or the site's name; a brief's title and heading are the story's.)
    Its short body reports what its words name, and its headline may quote or go on past a phrase."""
    heading = page.heading.strip()
    # (a Chinese or Japanese headline says in ten characters what a Latin one says in twenty; a Thai one writes no
    # space between its words, so its twenty characters are counted, not its words)
    chars = HEADLINE_CJK_CHARS if size(heading) > len(heading.split()) else HEADLINE_CHARS
    return (page.dated and len(heading) >= chars and page.title.strip().startswith(heading)
            and (size(heading) >= HEADLINE_WORDS or _UNSPACED.search(heading) is not None))


def _reported(text: str, match: re.Match[str]) -> bool:
    """Whether a dated page's title or heading reports what its phrase says rather than being the notice: the phrase
    is quoted or the headline goes on past a colon ("«Page not found»: …", "Page not found: …"), or past the
    phrase's end (where, why: "Film X nie jest już dostępny w kinach"), or the phrase has a subject of the headline's
    own before it ("Beliebtes Kinderbuch ist nicht mehr verfügbar"). A notice says its item and its fate alone
    ("Dieser Artikel ist nicht mehr verfügbar | Site"): a news page's date or byline does not make it news, but its
    headline's subject does."""
    if text[:match.start()].rstrip()[-1:] in _OPENING_QUOTES or _GOES_ON.match(text, match.end()) is not None:
        return True
    if not (_PHRASE_ENDS.match(text, match.end()) or match.group(0).rstrip()[-1:] in "|｜–—·•-"):
        return True
    lead = _CLAUSE_BREAK.split(text[:match.start()])[-1]
    return len(lead.split()) > LEAD_WORDS or len(_CJK_LETTER.findall(lead)) > LEAD_WORDS


def _after_heading(page: PageFacts) -> str:
    """The text that follows the page's heading, when the heading comes past the start of the text (a notice
    on a layout whose menus and lists come first and whose markup marks no main region); else ""."""
    at = page.text.find(page.heading[:60]) if page.heading else -1
    return page.text[at:at + BODY_CUE_CHARS] if at > 0 else ""


def lost_redirect(url: str, final_url: str, page: PageFacts | None) -> str | None:
    """Why a redirect from ``url`` to ``final_url`` lands on a page that is not the cited one: a search
    page (a search path, or a query of the cited slug's words) or a section front (a short path that is
    a prefix of the cited one, or a listing of many article links that is no article itself)."""
    cited, final = urlsplit(url), urlsplit(final_url)
    if _strip_query(url) == _strip_query(final_url):
        return None
    slug_words = set(_WORD_SPLIT.split(cited.path.rsplit("/", 1)[-1].lower())) - {"", "html", "htm"}
    if _SEARCH_PATH.search(final.path) and not _SEARCH_PATH.search(cited.path):
        return f"redirected to a search page {final_url}"
    if (_ERROR_PAGE.search(final.path) or "aspxerrorpath=" in final.query.lower()) and not _ERROR_PAGE.search(
            cited.path):
        return f"redirected to the site's error page {final_url}"
    for key, value in parse_qsl(final.query):
        if key.lower() in SEARCH_KEYS and slug_words & set(_WORD_SPLIT.split(value.lower())):
            return f"redirected to a search for the cited page's words {final_url}"
    cited_parts = [p for p in cited.path.split("/") if p]
    final_parts = [p for p in final.path.split("/") if p]
    same_site = (final.hostname or "").removeprefix("www.") == (cited.hostname or "").removeprefix("www.")
    if (same_site and 0 < len(final_parts) <= SECTION_MAX_SEGMENTS and len(final_parts) < len(cited_parts)
            and cited_parts[:len(final_parts)] == final_parts and not _LONG_NUMBER.search(final.path)):
        return f"redirected to a section front {final_url}"
    # ... or a section of one word of its own (/archive, /latest, /nyheter) that no article's path is, from an
    # article's path (a slug, a long number) deeper on the same site
    if (same_site and len(final_parts) == 1 and len(cited_parts) >= 2 and not final.query
            and not _article_segment(final_parts[0]) and _article_segment(cited_parts[-1])):
        return f"redirected to a section front {final_url}"
    moved = cited.path.rstrip("/").lower() != final.path.rstrip("/").lower()  # not just another host or scheme
    if moved and page is not None and page.article_links >= LISTING_LINKS and not article_shape(page):
        return f"redirected to a listing of {page.article_links} articles {final_url}"
    return None


def _article_segment(segment: str) -> bool:
    """Whether a path's segment names an article: a slug of three words or more, a long number, or a page file named
    by its number (held-out 9's "6104.html")."""
    return bool(_SLUG.search(segment) or _LONG_NUMBER.search(segment) or _NUMBERED_PAGE.match(segment))


def text_similarity(a: str, b: str, remove: tuple[str, ...] = ()) -> float:
    """Similarity of two page texts, 0..1, ignoring the URL-specific words in ``remove``."""
    for word in remove:
        if word:
            a, b = a.replace(word, " "), b.replace(word, " ")
    return fuzz.ratio(a[:COMPARE_CHARS], b[:COMPARE_CHARS]) / 100.0


def novel_words(text: str, reference: str, remove: tuple[str, ...] = ()) -> int:
    """How many words of ``text`` are not in ``reference`` (counted with repeats; a run of Chinese or Japanese
    characters, written without spaces, as :func:`pagefacts.size` counts it: two characters a word)."""
    for word in remove:
        if word:
            text, reference = text.replace(word, " "), reference.replace(word, " ")
    extra = collections.Counter(text.lower().split()) - collections.Counter(reference.lower().split())
    return sum(size(word) * count for word, count in extra.items())


def judge_soft404(url: str, final_url: str | None, redirected: bool, page: PageFacts | None,
                  profile: SiteProfile | None, threshold: float) -> str | None:
    """Why the answer for ``url`` (a 2xx) is a soft 404, or None when it looks like a real page.

    In order: where a redirect (of any kind, a refresh included) landed; the page's likeness to the
    site's answer for a made-up URL; then, unless the page has an article's shape (a phrase in an
    article's own headline or body is no evidence), its embedded state, a parking lander's marks, a host's page and
    the not-found phrases of its title, heading, short text or a shell's scripts.
    """
    if redirected and final_url:
        if is_home(final_url) and not is_home(url):
            return f"redirected to the home page {final_url}"
        if (profile is not None and profile.outcome is ProbeOutcome.REDIRECT and profile.final_url
                and _strip_query(final_url) == _strip_query(profile.final_url)):
            return f"redirected to {final_url}, where a made-up URL on this site goes too"
        lost = lost_redirect(url, final_url, page)
        if lost:
            return lost
    if page is None:
        return None
    sent = page_redirect(page)
    if sent:  # a redirect the check could not follow as a hop (a page too heavy to hold for the WARC): judged alike
        target = urljoin(final_url or url, sent.strip())
        if is_home(target) and not is_home(url) and _same_site(target, final_url or url):
            return f"the page sends its reader to the home page {target}"
        lost = lost_redirect(url, target, None)
        if lost:
            return lost
    alike = _likeness(url, page, profile, threshold)
    if alike:
        return alike
    if article_shape(page):
        return None
    if page.state:
        return f"the page's embedded state says {page.state}"
    # a dated brief under a headline of its own reports on what its words name: it is no notice ("«Page not
    # found»: the archive is lost", "… the links lead to a page that cannot be found")
    return (parking_cue(page) or hosting_cue(page) or not_found_cue(page, dated_brief(page))
            or _lander_everywhere(page, profile))


def _lander_everywhere(page: PageFacts, profile: SiteProfile | None) -> str | None:
    """Why a bare shell is a domain's lander: its script holds one (a domain beside a registrar, a sale, a lander
    template) and the site serves the same page for every path, a made-up URL too. (A live app serves one shell
    for every path as well, so neither alone is evidence.)"""
    if not page.held_lander or profile is None or profile.outcome is not ProbeOutcome.SOFT or profile.page is None:
        return None
    probe = profile.page
    if (page.title, page.text, page.script_text, page.held_lander) != (probe.title, probe.text, probe.script_text,
                                                                      probe.held_lander):
        return None
    return f"a parked domain's page: its script holds {page.held_lander[:60]!r} and a made-up URL gets the same page"


def _likeness(url: str, page: PageFacts, profile: SiteProfile | None, threshold: float) -> str | None:
    """Why the page is the site's answer to a made-up URL, when the site gives one with a 200."""
    if profile is None or profile.outcome not in (ProbeOutcome.SOFT, ProbeOutcome.REDIRECT) or not profile.page:
        return None
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


def page_redirect(page: PageFacts) -> str | None:
    """Where a page sends its reader, when the check follows it as a hop: a ``<meta http-equiv=refresh>``
    (within ``urls.REFRESH_MAX_DELAY_S``), or a script's unconditional top-level ``location`` change (or
    a timer's within that delay) on a page with no article's shape (an article's script redirect is a reader's
    choice, an ad, a test)."""
    if page.refresh:
        return page.refresh
    if page.script_redirect and not article_shape(page):
        return page.script_redirect
    return None


def _strip_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", "", ""))


def _same_site(a: str, b: str) -> bool:
    return (urlsplit(a).hostname or "").removeprefix("www.") == (urlsplit(b).hostname or "").removeprefix("www.")


def is_home(url: str) -> bool:
    """True when ``url`` is a site's home page (`/`, `/index.html`, `/home`, `/en/`, …)."""
    return bool(_HOME_PATH.match(urlsplit(url).path or "/"))
