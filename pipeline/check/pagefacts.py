"""What a fetched page says, cheaply: its text decoded, title, first heading, visible words, main region.

Used to judge pages (soft 404s, bot walls), so it favours speed and robustness
over fidelity: regular expressions over the first bytes of the page, never an
exception for bad markup or a wrong charset. (Article extraction proper, with
trafilatura, belongs to the archive and match stages.)
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["PageFacts", "decode_html", "read_page"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DROP = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
# the page's own content, where the markup says so: <main>, role="main", else the first <article>
_MAIN = re.compile(r"<main\b[^>]*>(.*?)</main\s*>|<(\w+)\b[^>]*\brole\s*=\s*[\"']?main\b[^>]*>(.*?)</\2\s*>"
                   r"|<article\b[^>]*>(.*?)</article\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
MAX_TEXT_CHARS = 20_000


@dataclass(frozen=True)
class PageFacts:
    title: str
    heading: str  # the first <h1>
    text: str  # visible text, white space collapsed, at most MAX_TEXT_CHARS
    words: int
    main: str = ""  # visible text of the main region (<main>, role=main, <article>), if the markup marks one

    @property
    def main_words(self) -> int:
        return len(self.main.split())

    @property
    def empty(self) -> bool:
        return not (self.title or self.text)


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
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()


def read_page(body: bytes, charset: str | None = None) -> PageFacts:
    """The facts of an HTML (or plain text) page."""
    markup = decode_html(body, charset)
    markup = _DROP.sub(" ", markup)
    title = _TITLE.search(markup)
    heading = _H1.search(markup)
    body_start = re.search(r"<body\b", markup, re.IGNORECASE)
    visible = markup[body_start.start():] if body_start else _TITLE.sub(" ", markup)
    text = _clean(visible)[:MAX_TEXT_CHARS]
    main = _MAIN.search(visible)
    main_text = _clean(next(g for g in (main.group(1), main.group(3), main.group(4)) if g is not None)) if main else ""
    return PageFacts(_clean(title.group(1))[:500] if title else "", _clean(heading.group(1))[:500] if heading else "",
                     text, len(text.split()), main_text[:MAX_TEXT_CHARS])
