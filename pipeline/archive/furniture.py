"""Page furniture left in extracted article text, and dropping it.

Article extractors keep some of what surrounds an article on a news page: the
headline repeated as a heading, "By …" and "UPDATED: …" lines, "Read more:"
teasers, share and subscription prompts, copyright lines, author boxes, a
press office's contact lines. The copy's own header already has the headline
and date, so a paragraph that only repeats them, or that is one of those short
page fixtures, is dropped. Each rule only looks at a short paragraph (a long
one is article prose whatever words it uses), and every rule was kept because
it raised token F1 on the labelled set (``bench/text.py``, docs/archive.md).

:func:`drop_furniture` works on Markdown paragraphs (blank-line separated) and
returns the text and how many paragraphs it dropped, for the provenance note.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["RULES_VERSION", "drop_furniture"]

RULES_VERSION = "1"  # bump when a rule changes: it is recorded in each copy's front matter

_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_WORD = re.compile(r"\w+")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|"
                   rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
_DATE_WORDS = frozenset("""updated published posted last modified on at and first by edt est edst cdt cst pdt pst mdt
mst gmt bst utc cet cest et pt ago hour hours minute minutes min read day days week weeks time am pm a m p""".split())
_RELATIVE = re.compile(r"^\s*(?:updated|published|posted)\s+\d+\s+(?:minutes?|hours?|days?)\s+ago\s*$", re.IGNORECASE)
# short paragraphs that are page fixtures, whatever page they are on
_FIXTURES = re.compile(
    r"all rights reserved|may not be (?:published|reproduced|redistributed)|reproduction in whole|^\W*(?:copyright|©)"
    r"|\bread more\b|^\W*(?:related|see also|more on this story|recommended|most read|trending)\b"
    r"|\bsubscrib(?:e|er|ers|ing)\b|\bfree articles?\b|\bsign up\b|\bnewsletter\b|\bin your inbox\b|\blog ?in\b"
    r"|\bshare (?:this|on|or)\b|^\W*share\W*$|\bfacebook\b|\bwhatsapp\b|\bcopy link\b|^\W*advertisement\W*$"
    r"|\bthis (?:article|story) (?:appears|appeared|was (?:originally )?published)\b|\brepublish\b"
    r"|\bcreative commons\b|\bmedia contacts?\b|\bpress office\b|\bcookies?\b"
    r"|\bcomments? (?:are|is) (?:moderated|closed)"
    r"|\bdonat(?:e|ion)\b|\bfollow (?:us|on)\b|\bgetty images\b|\bap photo\b|^\W*\(?photo(?:graph)?:"
    r"|\bphoto by\b|\bimage source\b|\bwatch live\b|\bprinter-friendly\b|\bemail this\b|\be-mail this\b",
    re.IGNORECASE)
MAX_FIXTURE_WORDS = 22  # prompts are short; article sentences with the same words run longer
MAX_BYLINE_WORDS = 12
MAX_BIO_WORDS = 45
_BIO = re.compile(r"\b(?:is an?|covers|writes|reports|previously|can be reached|contributed|follow)\b", re.IGNORECASE)
_CONTACT = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$|^\+?[\d\s().-]{7,}$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _plain(paragraph: str) -> str:
    """A paragraph without Markdown decoration: link labels kept, targets, emphasis and heading marks gone."""
    text = _LINK.sub(r"\1", paragraph)
    text = re.sub(r"^\s*(?:#{1,6}|[-*+]|\d+\.|>)\s+", "", text)
    return text.replace("**", "").replace("__", "").replace("*", "").replace("\\", "").strip()


def _norm(text: str | None) -> str:
    return " ".join(_words(unicodedata.normalize("NFKC", text or "")))


def _is_date_line(text: str) -> bool:
    if _RELATIVE.match(text):
        return True
    if not (_DATE.search(text) or _TIME.search(text)):
        return False
    rest = _TIME.sub(" ", _DATE.sub(" ", text))
    words = [w for w in _words(rest) if w not in _DATE_WORDS and not w.isdigit()]
    return len(words) <= 1


def _is_byline(text: str, author: str | None) -> bool:
    words = _words(text)
    if not words or len(words) > MAX_BYLINE_WORDS:
        return False
    stripped = _DATE.sub(" ", text)
    if re.match(r"^\s*(?:by|words by|story by|written by)\s+\S", stripped, re.IGNORECASE):
        return True
    return bool(author) and _norm(author) in _norm(text) and len(words) <= len(_words(author or "")) + 6


def _is_bio(text: str, author: str | None) -> bool:
    name = _norm(author)
    words = _words(text)
    return bool(name) and len(words) <= MAX_BIO_WORDS and _norm(text).startswith(name) and bool(_BIO.search(text))


def _is_link_teaser(paragraph: str, text: str) -> bool:
    """A paragraph that is a link (or links) with at most a label around it: "Read more: [Other story](…)"."""
    links = _LINK.findall(paragraph)
    if not links:
        return False
    outside = _words(_LINK.sub(" ", paragraph).replace("**", ""))
    return len(outside) <= 3 and len(_words(text)) <= MAX_FIXTURE_WORDS


def furniture_reason(paragraph: str, *, title: str | None, author: str | None) -> str | None:
    """Why ``paragraph`` is page furniture (a short name), or None when it is article text."""
    text = _plain(paragraph)
    words = _words(text)
    if not words:
        return None
    if title and (_norm(text) == _norm(title) or (len(words) >= 4 and f" {_norm(text)} " in f" {_norm(title)} ")):
        return "headline"  # also when the page title adds the site's name
    if len(words) <= 20 and _is_date_line(text):
        return "date line"
    if _is_byline(text, author):
        return "byline"
    if _is_bio(text, author):
        return "author box"
    if _is_link_teaser(paragraph, text):
        return "link teaser"
    if len(words) <= MAX_FIXTURE_WORDS and _FIXTURES.search(text):
        return "page fixture"
    if len(words) <= 4 and all(_CONTACT.match(part.strip()) for part in re.split(r"[,;]", text) if part.strip()):
        return "contact line"
    return None


def drop_furniture(markdown: str, *, title: str | None = None, author: str | None = None) -> tuple[str, int]:
    """(the text without furniture paragraphs, how many were dropped)."""
    paragraphs = re.split(r"\n\s*\n", markdown.strip())
    kept = [p for p in paragraphs if furniture_reason(p, title=title, author=author) is None]
    # a heading left with nothing under it (the "Related" over a dropped list) goes too
    while kept and re.match(r"^\s*#{1,6}\s", kept[-1]):
        kept.pop()
    return "\n\n".join(kept), len(paragraphs) - len(kept)
