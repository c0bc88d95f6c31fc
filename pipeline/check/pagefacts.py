"""What a fetched page says, cheaply, read once for every judgement of the check.

Its text decoded, title, first heading, visible words, main region; and the
signs the judgements need beside them: whether the page carries a byline or a
publication date (an article's shape), where a ``<meta http-equiv=refresh>``
or an unconditional top-level script (or its timer of a few seconds) sends the
reader, what its embedded app state says of the page ("statusCode": 404,
"notFound": true, a not-found component, an app's error code with a not-found
message; a bare shell's state in its attributes too), the text its
inline scripts write into a bare shell (assigned or ``document.write``-n, literals
joined to names) and what they hold of a domain lander, parking-lander markers in the markup,
how many article links it lists, and (where no main region is marked) how many
of its words lie outside links.

Used to judge pages (soft 404s, bot walls, replaced content), so it favours
speed and robustness over fidelity: regular expressions over the first bytes
of the page, never an exception for bad markup or a wrong charset. (Article
extraction proper, with trafilatura, belongs to the archive and match stages.)
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re

from .appstate import MAX_SCRIPT_CHARS, page_state
from .redirects import page_sends, refresh_target

__all__ = ["PageFacts", "count_article_links", "counted", "decode_html", "own_size", "read_page", "refresh_target",
           "size"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# an element's content up to its first end tag, a comment up to its first "-->": written as runs of other
# characters between the "<" (or "-") that do not close it, not as a lazy ".*?" (which tries the end at
# every character: four times the CPU on news pages, for the same matches)
_DROP = re.compile(r"<(script|style|noscript|template|svg)\b([^>]*)>([^<]*+(?:<(?!/\1\s*>)[^<]*+)*+)</\1\s*>"
                   r"|<!--[^-]*+(?:-(?!->)[^-]*+)*+-->", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
# the page's own content, where the markup says so: <main>, role="main", else the first <article> (the one
# that starts first; three patterns, not one alternation tried at every tag: see _main_region)
_MAIN = re.compile(r"<main\b[^>]*>(.*?)</main\s*>", re.IGNORECASE | re.DOTALL)
_ROLE_MAIN = re.compile(r"<(\w+)\b[^>]*\brole\s*=\s*[\"']?main\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article\s*>", re.IGNORECASE | re.DOTALL)
_MAIN_VALUE = re.compile(r"=\s*[\"']?main\b", re.IGNORECASE)  # starts with a literal: a fast search
_TAG = re.compile(r"<[^>]*>")
_BODY = re.compile(r"<body\b", re.IGNORECASE)
# a link with its text (its words are a menu's, a list of headlines', not the page's own prose)
_LINK = re.compile(r"<a\b[^>]*>[^<]*+(?:<(?!/a\s*>)[^<]*+)*+</a\s*>", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# A publication date or a byline in the markup: meta tags, <time datetime>, a byline's class or rel (in the
# markup without scripts and styles), JSON-LD's datePublished (in the scripts). Plain substring tests: a page
# is read on every check, and one regular expression over all of a heavy page costs milliseconds.
DATE_MARKS = ("article:published_time", "datePublished", "datepublished", "pubdate", "publish-date", "publish_date",
              "dc.date", "DC.date", "parsely-pub-date", "sailthru.date")
# (not a link with rel="author": a blog's profile widget carries one on every page, its not-found page too, and
# an article's byline carries a mark of its own beside it)
BYLINE_MARKS = ("byline", "Byline", "author-name", "dateline", "itemprop=\"author\"", "itemprop='author'")
_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")
# a handler the page runs by itself, without the reader acting (<body onload="location='/'">): read as a script
_BODY_HANDLER = re.compile(r"""<body\b[^>]*?\bon(?:load|pageshow)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# what a script writes into the page a reader sees (a bare shell's only words): an assignment to the title or an
# element's content, or document.write(…); of its value, the string literals, joined with "+" to names
# ('<h1>' + parkingData.domain + '</h1><p>Get this domain</p>'), which are left out
_SCRIPT_WRITES = re.compile(r"""(?:document\.title|\.innerHTML|\.outerHTML|\.innerText|\.textContent)\s*=\s*"""
                            r"""|document\.write(?:ln)?\s*\(\s*|\.insertAdjacentHTML\s*\(\s*["'][\w-]+["']\s*,\s*"""
                            # ... or shows in a dialog (alert('…'), Ext.Msg.alert(title, message), Swal.fire(…),
                            # a toolkit's showError or notify): its title and message
                            r"""|(?<![\w$])(?:alert|showError|showMessage|notify)\s*\(\s*"""
                            # (not a log's: console.error('Page not found') is the developer's, not the reader's)
                            r"""|(?<!console)(?<!log)(?<!logger)\.(?:alert|fire|error|warning)\s*\(\s*(?=["'`])""")
# ... and the title a bare shell's state holds for the app to render (soft404 reads it with what scripts write)
_STATE_TITLE = re.compile(r"""\\?["']title\\?["']\s*,\s*\\?["'][^"'\\]{0,8}\\?["']\s*,\s*\{\s*"""
                          r"""\\?["']children\\?["']\s*:\s*\\?["']([^"'\\]{1,200})"""
                          r"""|(?:page|meta|document|head|seo)_?title\\?["']?\s*:\s*\\?["']([^"'\\]{1,200})""",
                          re.IGNORECASE)
_PLUS = re.compile(r"[+,]\s*")  # (a dialog's title, then its message: read as one)
_WRITTEN_PART = re.compile(r"""(?:"([^"]{1,300})"|'([^']{1,300})'|`([^`]{1,300})`|[\w$.]{1,60}(?:\(\))?)\s*""")
# parking landers: a registrar's or a domain marketplace's links, "this domain is for sale" in markup or script;
# only looked for on a page of few words, holding one of PARKING_MARKS
PARKING_MARKS = ("sedo", "afternic", "dan.com", "hugedomains", "bodis", "parkingcrew", "above.com", "undeveloped",
                 "parklogic", "domainmarket", "buydomains", "forsale", "atom.com", "squadhelp", "domain",
                 "parking", "lander")  # lower-case
PARKING_MAX_WORDS = 400
# what a bare shell's script holds of a domain lander: an object with a domain beside a registrar, a sale or a
# lander template ({"domain":"","template":"lander-v4","registrar":"GoDaddy"}); weaker than the marks above, so
# judged only with the site's answer to a made-up URL (soft404: the same page for every path)
_HELD_DOMAIN = re.compile(r"""["']?domain(?:_?name)?["']?\s*:""", re.IGNORECASE)
_HELD_LANDER = re.compile(r"""["']?(?:registrar|for_?sale|is_?for_?sale|asking_?price|sale_?price)["']?\s*:"""
                          r"""|["']lander[\w.-]*["']""", re.IGNORECASE)
HELD_WINDOW = 300  # characters either side of the domain key
# a consent-management platform's dialog (Cookiebot, OneTrust, Didomi, Quantcast, Usercentrics, Sourcepoint, Funding
# Choices, consentmanager, iubenda, CookieYes, Complianz, Borlabs, tarteaucitron, Klaro, Osano, TrustArc, Axeptio):
# its container's id or class, whatever the language of its words; looked for on a short page only (a wall is
# one; a long page with a banner is the page)
CONSENT_MARKS = ("cybotcookiebot", "onetrust-", "didomi-", "qc-cmp", "usercentrics", "sp_message_container",
                 "fc-consent", "cmpbox", "iubenda-cs", "cky-consent", "cmplz-", "borlabs-cookie", "tarteaucitron",
                 "klaro", "osano-cm", "truste-consent", "axeptio", "cookiefirst", "cookie-law-info",
                 "cookie-consent", "cookieconsent", "consent-banner", "consent-dialog", "cookie-wall", "cookiewall")
CONSENT_MARK_WORDS = 150
_PARKING = re.compile(
    r"\b(?:sedo\.com|afternic\.com|dan\.com|hugedomains\.com|bodis\.com|parkingcrew\.net|above\.com|"
    r"undeveloped\.com|sedoparking\.com|parklogic\.com|domainmarket\.com|buydomains\.com|godaddy\.com/forsale|"
    r"domains\.atom\.com|squadhelp\.com)\b"
    r"|\b(?:this|the) domain(?: name)? (?:[\w.-]+ )?(?:may be|is|might be) (?:for sale|available)\b"
    r"|\bbuy this domain\b|\bdomain (?:is )?(?:for sale|parked)\b|\bparked (?:free|domain|by)\b"
    r"|\binquire about this domain\b|\bmake an offer on this domain\b"
    # a parking service's script that assembles the lander in the browser (its loader, its settings)
    r"|/parking\.[\d.]+(?:\.min)?\.js\b|\bLANDER_SYSTEM\b|\bwindow\.park\s*=",
    re.IGNORECASE,
)
# a link to an article: a slug of three words or more, or a long number, at the end of a path (one pattern
# starting with its literal: the engine skips to each href and the other links cost nothing in Python)
_HREF_PATH = re.compile(r"""href=["']?(?:https?://[^/"'\s>]+)?(/[^"'\s>?#]*)["'\s>]""")
# ... then judged by their last segment (the one before a single trailing "/"): it holds a slug of three words,
# or ends in a long number
_SLUG = re.compile(r"[a-z0-9]+-[a-z0-9]+-[a-z0-9]+")
_LONG_NUMBER = re.compile(r"\d{5,}$")
MAX_TEXT_CHARS = 20_000
SCRIPT_HEAD_CHARS, SCRIPT_TAIL_CHARS = 50_000, 10_000  # of one longer script (a bundle), its start and its end
PROSE_MIN_WORDS = 80  # fewer visible words than this make no article's shape, links or not (soft404.article_shape)
LONG_ARTICLE_WORDS = 350  # own words (own_size) that make a page an article, byline or not
SHELL_WORDS = 30  # a page with fewer visible words than this is a bare shell: what its scripts write counts


@dataclasses.dataclass(frozen=True)
class PageFacts:
    title: str
    heading: str  # the first <h1>
    text: str  # visible text, white space collapsed, at most MAX_TEXT_CHARS
    words: int
    main: str = ""  # visible text of the main region (<main>, role=main, <article>), if the markup marks one
    dated: bool = False  # a publication date or a byline in the markup
    refresh: str = ""  # where a <meta http-equiv=refresh> (within REFRESH_MAX_DELAY_S) sends the reader, as written
    script_redirect: str = ""  # where an unconditional top-level script sends the reader, as written
    state: str = ""  # what the page's embedded state says of a missing page ('"statusCode":404'), if it does;
    # not looked for on a page with an article's long text (LONG_ARTICLE_WORDS), where it decides nothing
    script_text: str = ""  # what inline scripts write into a bare shell (title, innerHTML), for a shell only
    parking: str = ""  # a parking lander's marker in the markup or its scripts, if any
    article_links: int = 0  # distinct links to article-like paths; -1 when not counted (read_page(links=False))
    published: str = ""  # the publication date the markup gives (YYYY-MM-DD), if it gives one
    prose_words: int = -1  # size (:func:`size`) of the visible text outside links (menus, headlines); -1 unknown
    held_lander: str = ""  # what a bare shell's script holds of a domain lander (from its domain key on), if any
    consent_mark: str = ""  # a consent-management platform's dialog in the markup of a short page, if any

    @property
    def main_words(self) -> int:
        return len(self.main.split())

    @property
    def empty(self) -> bool:
        return not (self.title or self.text)

    @property
    def own_words(self) -> int:
        """Words of the page's own content: its main region when marked, else all visible words."""
        return self.main_words if self.main else self.words

    # the sizes (:func:`size`) of its text and main region, which most judgements ask for: counted once, where
    # the page is read (:func:`read_page` counts them in the reading process, and they travel with the facts),
    # not on the event loop at every question
    @functools.cached_property
    def text_size(self) -> int:
        return size(self.text)

    @functools.cached_property
    def main_size(self) -> int:
        return size(self.main)


def size(text: str) -> int:
    """A text's length in words, counting two Chinese, Japanese or Korean characters as one."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + len(_CJK.findall(text)) // 2


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Decode with the header's charset, else a <meta> charset, else UTF-8, else Windows-1252."""
    for candidate in (charset, _meta_charset(body)):
        if candidate:
            try:  # a name that is no codec, or names no text encoding (rot13, idna on bytes it cannot take)
                return body.decode(candidate, errors="replace")
            except (LookupError, UnicodeError):
                continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _clean(fragment: str) -> str:
    # white space collapsed by split and join: the same as substituting "\\s+" (both take str.isspace's
    # white space), at a quarter of the CPU
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _main_region(visible: str) -> str | None:
    """The markup of the page's main region: of the ``<main>``, the element with ``role=main`` and the
    ``<article>``, the one that starts first (as one alternation of the three would find it)."""
    found = [m for m in (_MAIN.search(visible), _role_main(visible), _ARTICLE.search(visible)) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())  # min keeps the earlier pattern of two at one place
    return _whole(visible, first) if first.re is _ROLE_MAIN else first.group(1)


def _whole(visible: str, match: re.Match[str]) -> str:
    """The content of the element ``_ROLE_MAIN`` matched up to its first end tag of its name, carried on to the end
    tag that closes it where elements of that name are nested in it (a ``<div role="main">`` holding the page's
    ``<div>``s: its first ``</div>`` closes one of them)."""
    tag, content = match.group(1).lower(), match.group(2)
    opened = len(re.findall(rf"<{tag}\b", content, re.IGNORECASE))
    if not opened:
        return content
    end, at = match.end(), match.end()
    tags = re.compile(rf"<(/?){tag}\b[^>]*>", re.IGNORECASE)
    while opened > 0 and (found := tags.search(visible, at)) is not None:
        opened += -1 if found.group(1) else 1
        at = found.end()
        end = found.start()
    return visible[match.start(2):end] if opened <= 0 else visible[match.start(2):]


def _role_main(visible: str) -> re.Match[str] | None:
    """The first element marked ``role=main`` that closes: found from an attribute's value ``main``
    (a search for a literal, "="), then matched at the tag holding it, rather than by trying
    ``_ROLE_MAIN`` at every tag."""
    at = 0
    while (value := _MAIN_VALUE.search(visible, at)) is not None:
        opened = visible.rfind(">", 0, value.start()) + 1  # the tag holding it starts after the last ">"
        start = visible.find("<", opened, value.start())
        while start >= 0:
            match = _ROLE_MAIN.match(visible, start)
            if match is not None:
                return match
            start = visible.find("<", start + 1, value.start())
        at = value.start() + 1
    return None


def _article_links(paths: list[str]) -> set[str]:
    """The paths (of links' ``href``) that look like articles', without a trailing "/"."""
    found = set()
    for path in paths:
        last = (path[:-1] if path[-1] == "/" else path).rpartition("/")[2]
        # a slug holds two hyphens and a long number ends in a digit: most links (menus) have neither
        if (last.count("-") >= 2 and _SLUG.search(last)) or (last[-1:].isdigit() and _LONG_NUMBER.search(last)):
            found.add(path.rstrip("/"))
    return found


def count_article_links(body: bytes, charset: str | None = None) -> int:
    """The page's distinct links to article-like paths (:attr:`PageFacts.article_links`), counted alone."""
    markup = _DROP.sub(" ", decode_html(body, charset))
    return len(_article_links(_HREF_PATH.findall(_visible(markup, _BODY.search(markup)))))


def _visible(markup: str, body_start: re.Match[str] | None) -> str:
    """The markup a reader sees: from ``<body>`` on, else all of it but its title."""
    return markup[body_start.start():] if body_start else _TITLE.sub(" ", markup)


def _state_title(blob: str) -> str:
    """The page's title as a bare shell's state holds it for the app to render (a React flight's ``title`` element,
    ``["$","title",…,{"children":"404: This page could not be found."}]``; a ``pageTitle``, ``metaTitle`` or
    ``seoTitle`` key), prefixed with a space, or "": a reader sees it as the shell's title."""
    if "itle" not in blob:
        return ""
    return "".join(f" {m.group(1) or m.group(2)}" for m in _STATE_TITLE.finditer(blob[:MAX_SCRIPT_CHARS]))[:300]


def _written(blob: str) -> str:
    """What inline scripts write into the page (:data:`_SCRIPT_WRITES`): the string literals of each value."""
    out = []
    for start in _SCRIPT_WRITES.finditer(blob):
        at = start.end()
        while (part := _WRITTEN_PART.match(blob, at)) is not None:
            literal = part.group(1) or part.group(2) or part.group(3) or _held_value(blob, part.group(0).strip())
            if literal:
                out.append(literal)
            plus = _PLUS.match(blob, part.end())
            if plus is None:
                break
            at = plus.end()
        if sum(map(len, out)) > 500:
            break
    return " ".join(out)[:500]


def _held_value(blob: str, name: str) -> str:
    """The string an object literal of the script holds under the key of ``name`` (``t.v`` beside ``var t = {v:
    'Domēns', p: 'ir pārdošanā'}``: a lander whose words are the values of an object it writes out), or ""."""
    owner, dot, key = name.rpartition(".")
    if not dot or not owner or not key.isidentifier() or owner.startswith(("location", "window", "document")):
        return ""
    held = re.search(r"""[{,]\s*["']?""" + re.escape(key) + r"""["']?\s*:\s*(?:"([^"]{1,200})"|'([^']{1,200})')""",
                     blob)
    return (held.group(1) or held.group(2)) if held else ""


def _held_lander(blob: str) -> str:
    """What a script holds of a domain lander (:data:`_HELD_LANDER` near :data:`_HELD_DOMAIN`), or ""."""
    lowered = blob.lower()
    if "domain" not in lowered or not any(k in lowered for k in ("registrar", "sale", "lander", "price")):
        return ""
    for key in _HELD_DOMAIN.finditer(blob):
        window = blob[max(0, key.start() - HELD_WINDOW):key.end() + HELD_WINDOW]
        if _HELD_LANDER.search(window):  # the object as held (compared with the probe's: the same for every path)
            return " ".join(blob[key.start():key.end() + HELD_WINDOW // 2].split())
    return ""


def _published(raw: str) -> str:
    """The publication date next to the first date mark in the markup (YYYY-MM-DD), or ""."""
    for mark in (*DATE_MARKS, "datetime="):
        at = raw.find(mark)
        if at >= 0:
            day = _DAY.search(raw, max(0, at - 120), at + 200)
            if day:
                return day.group(1)
    return ""


def read_page(body: bytes, charset: str | None = None, *, links: bool = True) -> PageFacts:
    """The facts of an HTML (or plain text) page, from one pass over its markup. ``links=False`` leaves
    its article links uncounted (-1): only a redirected page's judgement needs them (a listing the
    cited URL now sends its reader to), and counting them is a tenth of the reading."""
    raw = decode_html(body, charset)
    scripts: list[str] = []
    budget = [MAX_SCRIPT_CHARS]

    def drop(match: re.Match[str]) -> str:
        if match.group(1) and match.group(1).lower() == "template" and "shadowroot" in match.group(2).lower():
            return match.group(3)  # a declarative shadow root (<template shadowrootmode="open">): shown as it is
        if match.group(1) and match.group(1).lower() == "script" and budget[0] > 0 and "src=" not in match.group(2):
            content = match.group(3)
            if len(content) > SCRIPT_HEAD_CHARS + SCRIPT_TAIL_CHARS:
                content = content[:SCRIPT_HEAD_CHARS] + "\n" + content[-SCRIPT_TAIL_CHARS:]
            content = content[: budget[0]]
            budget[0] -= len(content)
            scripts.append(content)
        return " "

    markup = _DROP.sub(drop, raw)
    title = _TITLE.search(markup)
    heading = _H1.search(markup)
    body_start = _BODY.search(markup)
    handler = _BODY_HANDLER.match(markup, body_start.start()) if body_start else None
    if handler:
        scripts.append(html.unescape(handler.group(1) or handler.group(2) or ""))
    visible = _visible(markup, body_start)
    text = _clean(visible)[:MAX_TEXT_CHARS]
    words = len(text.split())
    main = _main_region(visible)
    main_text = _clean(main) if main is not None else ""
    script_blob = "\n".join(scripts)
    parking = None
    consent = ""
    if words < PARKING_MAX_WORDS:  # a lander is a page of few words
        raw_lowered = raw.lower()
        parking = _PARKING.search(raw) if any(m in raw_lowered for m in PARKING_MARKS) else None
        if words < CONSENT_MARK_WORDS:
            consent = next((m for m in CONSENT_MARKS if m in raw_lowered), "")
    dated = (any(m in markup for m in DATE_MARKS + BYLINE_MARKS) or "datePublished" in script_blob
             or ("<time" in markup and "datetime=" in markup))
    written = held = ""
    if words < SHELL_WORDS and script_blob:
        written, held = _written(script_blob) + _state_title(script_blob), _held_lander(script_blob)
    prose = -1  # only where it can decide an article's shape: no main region, and words enough for an article
    if not main_text and (words >= PROSE_MIN_WORDS or not text.isascii()):  # the whole page's, not cut
        prose = size(_TAG.sub(" ", _LINK.sub(" ", visible)))
    facts = PageFacts(_clean(title.group(1))[:500] if title else "", _clean(heading.group(1))[:500] if heading else "",
                      text, words, main_text[:MAX_TEXT_CHARS], dated=dated,
                      refresh=refresh_target(raw),
                      script_redirect=page_sends(scripts, markup),
                      script_text=_clean(written), held_lander=held, parking=parking.group(0) if parking else "",
                      consent_mark=consent,
                      article_links=len(_article_links(_HREF_PATH.findall(visible))) if links else -1,
                      published=_published(raw) if dated else "", prose_words=prose)
    state = page_state(scripts, script_blob, visible, raw, shell=words < SHELL_WORDS,
                       article=own_size(facts) >= LONG_ARTICLE_WORDS)  # (an article's long text outweighs its state)
    if state:
        facts = dataclasses.replace(facts, state=state)
    return counted(facts)


def counted(facts: PageFacts) -> PageFacts:
    """``facts`` with its sizes counted (:attr:`PageFacts.text_size`, :attr:`PageFacts.main_size`)."""
    _ = facts.text_size, facts.main_size
    return facts


def own_size(page: PageFacts) -> int:
    """The size of the page's own content: its main region when the markup marks one, else its text outside
    links (a portal's menus and headline lists are many words, none of them the page's own)."""
    own = page.main_size if page.main else page.text_size
    return own if page.main or page.prose_words < 0 else min(own, page.prose_words)
