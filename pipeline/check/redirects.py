"""Where a page sends its reader by itself: the redirects a page makes without a reader acting. Read by
:func:`pipeline.check.pagefacts.read_page` (``PageFacts.refresh``, ``PageFacts.script_redirect``).

* a ``<meta http-equiv=refresh>`` within ``urls.REFRESH_MAX_DELAY_S`` (:func:`refresh_target`);
* a script's ``location`` change made unconditionally at its top level, in a timer's callback of that one
  statement (within the same delay), in a handler the page runs once it is loaded, or in a block under a
  condition that is always true (:func:`script_redirect`);
* a form the page submits, or a link it clicks, by itself at a script's top level (:func:`synthetic_action`);
* a frameset whose one frame fills the window (:func:`frame_target`).

Regular expressions over the page's markup and inline scripts, as the rest of the page's facts: never an
exception for bad markup.
"""

from __future__ import annotations

import html
import itertools
import re

from ..urls import REFRESH_MAX_DELAY_S, refresh_url

__all__ = ["frame_target", "page_sends", "refresh_target", "script_redirect", "synthetic_action"]

_REFRESH = re.compile(r"""<meta\b[^>]*http-equiv\s*=\s*["']?refresh\b[^>]*>""", re.IGNORECASE)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# a script that sends the reader elsewhere: location.href = "…", location.replace("…"), window.location = "…"
# (the pattern starts with its literal, which the regular expression engine looks for first)
# ... or to the site's root named by an expression (window.location = window.location.origin), read as "/"
# (the origin also spelled out: location.protocol + '//' + location.host; a path set alone: location.pathname = '/';
# the origin and a path written out: window.location.origin + '/th/', read as that path)
_WHO = r"""(?:window\.|document\.|self\.|top\.)?"""
_ORIGIN = (_WHO + r"""location\.(?:origin\b|protocol\s*\+\s*["']//["']\s*\+\s*""" + _WHO
           + r"""location\.host(?:name)?\b)(?:\s*\+\s*["'](/[^"'+]*)["'])?""")
# (a URL made relative to the page's own, new URL('/', location.href), is that path; and window.open('/', '_self')
# opens it in the page's own window, as a location change does)
_NEW_URL = r"""new\s+URL\(\s*["']([^"']+)["']\s*,\s*[\w.]+\s*\)"""
_SCRIPT_GO = re.compile(r"""location(?:(?:\.href|\.pathname)?\s*=\s*(?:["']([^"']+)["']|"""
                        + _ORIGIN + r"""(?!\s*\+)|""" + _NEW_URL + r""")"""
                        r"""|\.(?:replace|assign)\s*\(\s*(?:["']([^"']+)["']|(?:""" + _ORIGIN + "|" + _NEW_URL
                        + r""")\s*\)))""")
# (its own pattern, starting with its literal as the one above does: an alternation of both would be tried at every
# character of a page's scripts; looked for only in a script naming such a window)
_WINDOW_OPEN = re.compile(r"""open\(\s*["']([^"']+)["']\s*,\s*["']_(?:self|top|parent)["']\s*\)""")
_OPEN_OWNERS = ("window.", "self.", "top.")
# a top-level timer whose callback only changes the location: setTimeout(function(){location.href='/'}, 1500),
# a redirect like a meta refresh within REFRESH_MAX_DELAY_S (the callback's opening, then its delay after it)
_TIMER_OPEN = re.compile(r"""setTimeout\s*\(\s*(?:function\s*\(\s*\)\s*\{|\(\s*\)\s*=>\s*\{?)\s*"""
                         r"""(?:window\.|document\.|self\.|top\.)?$""")
_TIMER_CLOSE = re.compile(r"""\s*\)?\s*;?\s*\}?\s*,\s*(\d{1,6})\s*\)""")
# ... or a handler the page runs by itself once it is loaded, of that one statement: jQuery's ready
# ($(function(){ window.location = "/"; })), DOMContentLoaded or load listeners, window.onload
_READY_OPEN = re.compile(r"""(?:(?:\$|jQuery)\s*\(\s*(?:document\s*\)\s*\.ready\s*\(\s*)?"""
                         r"""|(?:document|window)\.addEventListener\s*\(\s*["'](?:DOMContentLoaded|load)["']\s*,\s*"""
                         r"""|(?:window\.)?onload\s*=\s*)"""
                         r"""(?:function\s*\w*\s*\(\s*\w*\s*\)\s*\{|\(?\s*\w*\s*\)?\s*=>\s*\{?)\s*"""
                         r"""(?:window\.|document\.|self\.|top\.)?$""")
_READY_CLOSE = re.compile(r"""\s*\)?\s*;?\s*\}""")
_CONDITIONAL = re.compile(r"\b(if|else|while|for|case|catch|function)\b|\?|&&|\|\||=>")
# a block under a condition that is always true ("if (true) { window.location = '/'; }") runs like the top level
_ALWAYS = re.compile(r"\bif\s*\(\s*(?:true|1|!0)\s*\)\s*\{?\s*(?:window\.|document\.|self\.|top\.)?$")
# a form the page submits by itself at its top level (document.getElementById('f').submit(), document.forms[0]
# .submit()): a redirect to the form's action like a script's location change; and a link it clicks by itself
# (document.getElementById('home').click(), document.links[0].click(), document.querySelector('a').click()): a
# redirect to the link's href
# (a form named as a property of document.forms, document.forms.f.submit(), is the form of that id)
_SUBMIT = re.compile(r"""(?:document\.getElementById\(\s*["']([\w-]+)["']\s*\)|document\.(forms|links)\s*\[\s*0\s*\]"""
                     r"""|document\.querySelector\(\s*["'](form|a|#[\w-]+)["']\s*\)"""
                     r"""|document\.forms\.(?!length\b)([\w$]+))\.(submit|click)\(\s*\)""")
# a location set by the history and then loaded (history.replaceState(null, '', '/'); location.reload()): a redirect
# to that location
_HISTORY_RELOAD = re.compile(r"""history\.(?:replace|push)State\(\s*[^,()]*,\s*["'][^"']*["']\s*,"""
                             r"""\s*["']([^"']+)["']\s*\)"""
                             r"""\s*;?\s*(?:window\.|document\.|self\.)?location\.reload\(\s*(?:true)?\s*\)""")
_FORM = re.compile(r"""<form\b[^>]*>""", re.IGNORECASE)
_LINK = re.compile(r"""<a\b[^>]*>""", re.IGNORECASE)
_FORM_ACTION = re.compile(r"""\baction\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# a frameset whose one frame fills the window (<frameset rows="100%,*"><frame src="/">): the reader sees that frame's
# page, as if sent there (a domain forwarded by a frame)
_FRAMESET = re.compile(r"""<frameset\b([^>]*)>""", re.IGNORECASE)
_FRAME = re.compile(r"""<frame\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_OTHER_SITE = re.compile(r"(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # a frame's src naming a scheme or a host
_FRAME_SIZES = re.compile(r"""\b(?:rows|cols)\s*=\s*["']?([^"'>]*)""", re.IGNORECASE)
_FORM_ID = re.compile(r"""\bid\s*=\s*["']?([\w-]+)""", re.IGNORECASE)

def page_sends(scripts: list[str], markup: str) -> str:
    """Where the page sends its reader by itself, as written (a script's location change, a form it submits or a
    link it clicks, the one frame of a frameset), or "" (``markup`` without its scripts, ``scripts`` their text)."""
    if not scripts:
        return frame_target(markup)
    return script_redirect(scripts) or synthetic_action(scripts, markup) or frame_target(markup)


def refresh_target(markup: str) -> str:
    """Where the page's ``<meta http-equiv=refresh>`` sends the reader within ``REFRESH_MAX_DELAY_S``
    (the URL as written, relative or not); "" when it names no URL or waits longer."""
    for tag in _REFRESH.finditer(markup[:65_536]):
        content = _CONTENT.search(tag.group(0))
        if not content:
            continue
        target = refresh_url(html.unescape(next(g for g in content.groups() if g is not None)).strip())
        if target:
            return target
    return ""


def script_redirect(scripts: list[str]) -> str:
    """The target of the first ``location`` assignment made unconditionally at a script's top level, or in a
    top-level timer's callback of that one statement (within ``REFRESH_MAX_DELAY_S``)."""
    for script in scripts:
        opened = _WINDOW_OPEN.finditer(script) if "'_" in script or '"_' in script else iter(())
        for match in itertools.chain(_SCRIPT_GO.finditer(script), opened):
            before = script[:match.start()]
            if match.re is _WINDOW_OPEN and before[-1:] in (".", "$", "_") and not before.endswith(_OPEN_OWNERS):
                continue  # another object's open() (a request's, a dialog's), not the window's
            timer = _TIMER_OPEN.search(before, max(0, len(before) - 80))
            if timer is not None:  # the timer's callback holds this statement alone, and it runs soon enough
                close = _TIMER_CLOSE.match(script, match.end())
                if close is None or int(close.group(1)) > REFRESH_MAX_DELAY_S * 1000:
                    continue
                before = before[:timer.start()]
            elif "{" in before[-120:] or "=>" in before[-120:]:  # a handler run once the page is loaded, if it is one
                ready = _READY_OPEN.search(before, max(0, len(before) - 120))
                if ready is not None and _READY_CLOSE.match(script, match.end()):
                    before = before[:ready.start()]
            always = _ALWAYS.search(before, max(0, len(before) - 40))
            if always is not None and _READY_CLOSE.match(script, match.end()):  # the block of this statement alone
                before = before[:always.start()]
            if _top_level(before):
                return next((g for g in match.groups() if g), "/")
        for match in _HISTORY_RELOAD.finditer(script):
            if _top_level(script[:match.start()]):
                return match.group(1)
    return ""


def _top_level(before: str) -> bool:
    """Whether a statement that follows ``before`` (a script up to it) runs unconditionally at the script's top
    level: not inside a block or a call (a function, a condition, a timer, an event), nor after a condition in
    its own statement."""
    if before.count("{") != before.count("}") or before.count("(") != before.count(")"):
        return False
    return not _CONDITIONAL.search(re.split(r"[;\n}]", before)[-1])


def synthetic_action(scripts: list[str], markup: str) -> str:
    """The action of a form a script submits, or the href of a link it clicks, unconditionally at its top level
    (:data:`_SUBMIT`), or "" (none, or a form that submits to the page itself)."""
    for script in scripts:
        for match in _SUBMIT.finditer(script):
            if not _top_level(script[:match.start()]):
                continue
            named = (match.group(1) or match.group(4)
                     or (match.group(3)[1:] if (match.group(3) or "").startswith("#") else ""))
            click = match.group(5) == "click"
            for tag in (_LINK if click else _FORM).finditer(markup):
                found = _FORM_ID.search(tag.group(0))
                if named and (found is None or found.group(1) != named):
                    continue
                value = (_HREF if click else _FORM_ACTION).search(tag.group(0))
                target = next((g for g in value.groups() if g is not None), "").strip() if value else ""
                return html.unescape(target)
    return ""


def frame_target(markup: str) -> str:
    """The page of the page's own site in a frameset's one frame that fills the window (the only frame, or the first
    of a ``rows`` or ``cols`` of "100%" beside frames of no size), as written, or ""."""
    frameset = _FRAMESET.search(markup) if "<frameset" in markup or "<FRAMESET" in markup else None
    if frameset is None:
        return ""
    frames = [next(g for g in f.groups() if g is not None) for f in _FRAME.finditer(markup, frameset.end())]
    sizes = _FRAME_SIZES.search(frameset.group(1))
    parts = [p.strip() for p in sizes.group(1).split(",")] if sizes else []
    whole = len(frames) == 1 or (len(parts) == len(frames) and parts[0] in ("100%", "*")
                                 and all(p in ("0", "0%", "*") for p in parts[1:]) and parts[0] != parts[-1])
    target = html.unescape(frames[0].strip()) if frames and whole else ""
    # (a frame of another site, a parking service's or a forwarded domain's, is judged as the page that holds it:
    # its words are the lander's; only a frame of the page's own site is followed)
    return target if not _OTHER_SITE.match(target) else ""
