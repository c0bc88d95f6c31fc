"""What a page's embedded app state says of a missing page: the readers of :func:`pagefacts.read_page`'s ``state``.

A bare shell (a page of few visible words that its scripts render) says what it is in the state it carries for
its app: a status key before a 404 or 410, a not-found flag, the not-found component named as the one rendered, an
error code beside a not-found message, a status told to prerenderers, the state in its elements' attributes. A
page with an article's length is not read so (its text outweighs its state). Split from pagefacts.py, which reads
the rest of the page once.
"""

from __future__ import annotations

import html
import json
import re

from .phrases import TITLE_CUES, cue

__all__ = ["MAX_SCRIPT_CHARS", "page_state"]

MAX_SCRIPT_CHARS = 300_000  # inline script text looked at for state and redirects, in all

# an app's embedded state saying the page is not found (Next.js, Nuxt, Redux-style blobs, JS objects): a key
# before a 404/410, a flag before true, Next.js's error page; looked for around each literal found
# (generally, not key by key: any key ending in status, code or error, quoted, unquoted, escaped inside a JS
# string, or in Angular's &q; transfer state: "statusCode":404, status:404, "error":{"code":404}, \"status\":404)
# (Astro's and devalue's props tag each value with its type: "code":[0,404])
# (React Router's turbo-stream flattens its state to an array of keys each followed by its value: "status", 404)
# (a page's type named by its number: Squarespace's context, "pageType": 404)
_STATE_STATUS = re.compile(r"""(?:status|code|error|pagetype)(?:\\?["']|&q;)?\s*:\s*(?:\\?["']|&q;|\[\s*\d\s*,\s*)?$"""
                           r"""|status(?:code)?\\?["']\s*,\s*$""",
                           re.IGNORECASE)
# ... or the component it renders is the not-found page's (Inertia's "component":"Errors/NotFound", an Astro
# island's component-url='/_astro/NotFound.a1b2.js', "component":"Error404")
# (or GraphQL's type of the answer: "__typename":"NotFoundError")
_STATE_COMPONENT = re.compile(r"""(?:component[\w-]*|typename)(?:\\?["']|&q;)?\s*[:=]\s*(?:\\?["']|&q;)"""
                              r"""[^"'\\&]{0,100}?"""
                              r"""(?<![a-z])(?:not-?found|page-?not-?found|error-?404)(?:-?error)?(?![a-z])""",
                              re.IGNORECASE)
# ... or an error code of the app's own (not 0, not 200) beside a message that a not-found phrase is
# ({"code":40004,"msg":"文章不存在或已被删除"}): the message read with the phrases of the page's text
# (found from the message's key, a literal search: "msg", "Msg", "message", "Message"; the code looked for before it)
_STATE_MESSAGE_KEYS = ("sg", "essage", "Text")  # msg, errMsg, message, Message, statusText
_STATE_MESSAGE = re.compile(r"""(?:sg|essage|Text)"?\s*:\s*["']([^"']{1,200})["']""")
_STATE_ERROR_CODE = re.compile(r"""(?:code|status|errno|errcode|error_?code|ret)["']?\s*:\s*["']?(-?[1-9]\d{2,6})\b"""
                               r"""[^{}]{0,80}$""", re.IGNORECASE)
STATE_MESSAGE_WINDOW = 120  # characters before a message's key where its error code may stand
# ... or a not-found value under such a key (GraphQL's "code":"NOT_FOUND", "type":"PAGE_NOT_FOUND")
_STATE_VALUE_KEY = re.compile(r"""(?:status|code|error|type|reason)\w*(?:\\?["']|&q;)?\s*:\s*(?:\\?["']|&q;)\w*$""",
                              re.IGNORECASE)
STATE_MARKS = ("NEXT_NOT_FOUND", "NEXT_HTTP_ERROR_FALLBACK;404")  # Next.js's notFound(), in its flight data
# ... or the page it names as the one rendered is the site's 404 page (Gatsby's page data: "path":"/404.html",
# "componentChunkName":"component---src-pages-404-js"; "page":"/404", "template":"404"; Bubble's "page_name": "404"):
# a key naming a page or
# its component before a 404 that is the whole name of that page (an id 404 in a longer path is not)
_STATE_PAGE_KEY = re.compile(r"""(?:page|path|pathname|route|template|view)(?:_?name)?(?:\\?["']|&q;)?\s*[:=]\s*"""
                             r"""(?:\\?["']|&q;)"""
                             r"""(?:/(?:[a-z]{2}(?:[-_][a-z]{2})?/)?)?$"""
                             r"""|component\w*(?:\\?["']|&q;)?\s*:\s*(?:\\?["']|&q;)[\w-]*[-_/]$""",
                             re.IGNORECASE)
_STATE_PAGE_END = re.compile(r"""(?:\.html?|/|[-_.](?:js|jsx|tsx?|vue))?(?:\\?["']|&q;)""")
_KEY_HEAD = re.compile(r"\w*$")
# a bare shell's state may sit in an attribute rather than a script (Inertia's data-page='{…}', an Astro
# island's props='{…}' and component-url): its JSON-like values, and the values of its component attributes
_ATTR_STATE = re.compile(r"""\s([\w:-]{1,30})\s*=\s*(?:'([\[{][^']*)'|"([\[{][^"]*)")"""
                         r"""|\s(component[\w-]*)\s*=\s*(?:'([^']{1,200})'|"([^"]{1,200})")""", re.IGNORECASE)
# a bare shell's status told to prerenderers (prerender.io's <meta name="prerender-status-code" content="404">,
# Rendertron's <meta name="render:status_code" …>): the status the server would give a crawler
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_META_STATUS = re.compile(r"""\bname\s*=\s*["']?[\w:-]*status[-_]?code["']?""", re.IGNORECASE)
_META_CODE = re.compile(r"""\bcontent\s*=\s*["']?\s*(404|410)\b""", re.IGNORECASE)
_STATE_FLAG = re.compile(r"""["']?\s*:\s*(?:!0|true)\b""")
STATE_FLAGS = ("otFound", "otfound", "is404")  # notFound, isNotFound, pageNotFound, notfound, is404
STATE_PAGES = ('"page":"/404"', '"page":"/_error"', '"page": "/404"', '"page": "/_error"')


def _app_state(blob: str, shell: bool) -> str:
    """What an app's embedded state says of a missing page ('"statusCode":404'), or "". The component it renders
    and an error message of its own are read on a bare ``shell`` only (what the app shows is all the page says)."""
    for code in ("404", "410"):
        at = blob.find(code)
        while at >= 0:
            key = _STATE_STATUS.search(blob, max(0, at - 40), at) if not blob[at + 3:at + 4].isdigit() else None
            if key is not None:
                said = blob[max(0, at - 40):at + 3]
                return (said[said.rfind(",", 0, -5) + 1:] if key.group(0).rstrip().endswith(",")
                        else said.split(",")[-1]).split("{")[-1].strip()
            if _STATE_PAGE_END.match(blob, at + 3) and _STATE_PAGE_KEY.search(blob, max(0, at - 60), at):
                end = _STATE_PAGE_END.match(blob, at + 3).end()  # type: ignore[union-attr]
                return blob[max(0, at - 60):end].split(",")[-1].split("{")[-1].strip()
            at = blob.find(code, at + 3)
    mark = next((mark for mark in STATE_MARKS if mark in blob), None)
    if mark:
        return mark
    return (shell and (_component(blob) or _error_message(blob))) or _state_flags(blob)



def _component(blob: str) -> str:
    """The not-found page's component named as the one rendered, or the answer's type named for it
    (:data:`_STATE_COMPONENT`), or "" (tried where a literal search finds "omponent" or "typename": a pattern that
    ignores case is slow to search for)."""
    for literal, back in (("omponent", 1), ("typename", 0)):
        at = blob.find(literal, back)
        while at >= 0:
            match = _STATE_COMPONENT.match(blob, at - back)
            if match:
                return match.group(0)
            at = blob.find(literal, at + len(literal))
    return ""



def _error_message(blob: str) -> str:
    """An app's own error code (not 0 nor 200) beside a message that is a not-found phrase, or "" (the message's
    keys found by literal searches: most states hold none)."""
    for key in _STATE_MESSAGE_KEYS:
        at = blob.find(key)
        while at >= 0:
            message = _STATE_MESSAGE.match(blob, at)
            code = _STATE_ERROR_CODE.search(blob, max(0, at - STATE_MESSAGE_WINDOW), at) if message else None
            if message and code and code.group(1) != "200" and cue(TITLE_CUES, message.group(1)):
                return f"{code.group(0).strip()}{message.group(0)}"[:160]
            at = blob.find(key, at + len(key))
    return ""



def _state_flags(blob: str) -> str:
    """A not-found flag or Next.js's error page in the state, or ""."""
    at = blob.find("NOT_FOUND")
    while at >= 0:
        if _STATE_VALUE_KEY.search(blob, max(0, at - 40), at):
            return blob[max(0, at - 40):at + 9].split(",")[-1].split("{")[-1].strip()
        at = blob.find("NOT_FOUND", at + 9)
    for flag in STATE_FLAGS:
        at = blob.find(flag)
        while at >= 0:
            if _STATE_FLAG.match(blob, at + len(flag)):
                start = at - len(_KEY_HEAD.search(blob, max(0, at - 12), at).group(0))  # type: ignore[union-attr]
                return f"{blob[start:at + len(flag)]}: true"
            at = blob.find(flag, at + len(flag))
    return next((page for page in STATE_PAGES if page in blob), "")



def _referenced_state(scripts: list[str]) -> str:
    """A not-found status in state serialised by reference (Nuxt 3's ``__NUXT_DATA__``: a JSON array whose
    objects name their values by index, ``{"statusCode": 6}`` with 404 at index 6), or ""."""
    for script in scripts:
        script = script.strip()
        if not (script.startswith("[") and script.endswith("]") and '"statusCode"' in script):
            continue
        try:
            values = json.loads(script)
        except ValueError:
            continue
        for item in values if isinstance(values, list) else ():
            for key, at in item.items() if isinstance(item, dict) else ():
                if (key in ("statusCode", "status") and isinstance(at, int) and 0 <= at < len(values)
                        and values[at] in (404, 410) and not isinstance(values[at], bool)):
                    return f'"{key}": {values[at]}'
    return ""



def _meta_status(raw: str) -> str:
    """A 404 or 410 that a bare shell's meta tag tells prerenderers (:data:`_META_STATUS`), or "" ."""
    head = raw[:MAX_SCRIPT_CHARS]
    if "status" not in head.lower():
        return ""
    for tag in _META_TAG.finditer(head):
        if _META_STATUS.search(tag.group(0)):
            code = _META_CODE.search(tag.group(0))
            if code:
                return f"{_META_STATUS.search(tag.group(0)).group(0)} {code.group(1)}"  # type: ignore[union-attr]
    return ""



def _attribute_state(visible: str) -> str:
    """The state a bare shell holds in its elements' attributes (:data:`_ATTR_STATE`), unescaped, or ""."""
    if "='{" not in visible and '="{' not in visible and "=\'[" not in visible and "component" not in visible:
        return ""
    found = []
    for match in _ATTR_STATE.finditer(visible[:MAX_SCRIPT_CHARS]):
        if match.group(4):
            found.append(f'{match.group(4)}="{match.group(5) or match.group(6)}"')
        else:
            found.append(html.unescape(match.group(2) or match.group(3)))
    return ("\n" + "\n".join(found)) if found else ""


# ... or, on a bare shell, a 404 or 410 standing as a value (after a key of any name or language, or as an array's
# item) beside a string that is a not-found phrase: Alpine's x-data="{ viga: 404, teade: 'Uudist ei leitud' }",
# Qwik's serialised objects ["\u0012Not found", 404, …] (a leading escape of the type it tags is not the text)
_BEFORE_VALUE = re.compile(r"[:,\[]\s*$")
_STATE_STRING = re.compile(r"""["']((?:\\u[0-9a-fA-F]{4})?)([^"'\\]{3,120})["']""")
PHRASE_WINDOW = 160  # characters either side of the code where its message may stand
# ... or a constant's name that says "not found" in a language of the lists (GWT's bootstrap "errore":"NON_TROVATO"
# beside "codice":404; "NICHT_GEFUNDEN", "NO_ENCONTRADO", "PAGE_NOT_FOUND"), its words read with "_" as a space
_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]{3,60}")
_CODED_NOT_FOUND = re.compile(
    r"(\w+ )?(not ?found|does ?not ?exist|non ?trovat[oa]|non ?esiste|nicht ?gefunden|existiert ?nicht"
    r"|no ?encontrad[oa]"
    r"|no ?existe|introuvable|non ?trouv[ée]e?|n ?existe ?pas|nao ?encontrad[oa]|não ?encontrad[oa]|nie ?znaleziono"
    r"|niet ?gevonden|nenalezen[oa]?|nenajden[oa]?|nije ?pronađen[oa]?|bulunamad[ıi]|nem ?talalhato|no ?trobat"
    r"|nav ?atrast[sa]?|hittades ?inte|ei ?loytynyt|ikke ?fundet|tidak ?ditemukan|не ?найден[оа]?)", re.IGNORECASE)


def _coded_phrase(blob: str) -> str:
    """A 404 or 410 as a value beside a not-found phrase among the state's strings (or a constant's name saying it,
    :data:`_CODED_NOT_FOUND`), or ""."""
    for code in ("404", "410"):
        at = blob.find(code)
        while at >= 0:
            after = blob[at + 3:at + 4]
            if _BEFORE_VALUE.search(blob, max(0, at - 4), at) and not (after.isalnum() or after in (".", "_")):
                window = blob[max(0, at - PHRASE_WINDOW):at + PHRASE_WINDOW]
                for string in _STATE_STRING.finditer(window):
                    said = string.group(2)
                    if cue(TITLE_CUES, said) or (_CONSTANT.fullmatch(said)
                                                 and _CODED_NOT_FOUND.fullmatch(said.replace("_", " "))):
                        return f"{code} {said}"[:160]
            at = blob.find(code, at + 3)
    return ""


def page_state(scripts: list[str], blob: str, visible: str, raw: str, *, shell: bool, article: bool) -> str:
    """What the page's embedded state says of a missing page ('"statusCode":404'), or "" (``blob`` its inline
    scripts' text, ``visible`` its markup without them, ``raw`` the whole; ``shell`` a bare shell's, whose
    attributes, prerender status and messages are read too; ``article`` a page of an article's length, whose
    scripts' state is not read)."""
    if shell:
        blob += _attribute_state(visible)
        told = _meta_status(raw)
        if told:
            return told
    if not blob or article:
        return ""
    return (_app_state(blob, shell) or _referenced_state(scripts)
            or (_coded_phrase(blob) if shell else ""))
