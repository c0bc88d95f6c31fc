"""trafilatura's Markdown made into a copy's text: lines tidied, furniture dropped.

:func:`finish_markdown` is the whole job: trailing spaces and runs of blank lines go, then (measured, not
chosen) the paragraphs a second extractor does not find (:class:`SecondExtractor`), then the page furniture
still in the text, paragraph by paragraph (:mod:`pipeline.archive.furniture`). It returns the text and how
many paragraphs were dropped.
"""

from __future__ import annotations

import enum
import re

import lxml.html

from . import furniture

__all__ = ["SecondExtractor", "finish_markdown"]


class SecondExtractor(enum.StrEnum):
    """An independent extractor whose agreement can filter trafilatura's paragraphs (measured, not chosen)."""

    READABILITY = "readability"  # readability-lxml (the bench extra)


def finish_markdown(text: str, html: str, *, title: str | None, author: str | None,
                    agree_with: SecondExtractor | None = None, drop_furniture: bool = True,
                    keep_furniture: tuple[furniture.Furniture, ...] = ()) -> tuple[str, int]:
    """The copy's text from trafilatura's Markdown of ``html``, and the number of paragraphs dropped from it:
    those ``agree_with`` does not find, and with ``drop_furniture`` the furniture (``title`` and ``author`` are
    the copy's header's, so a paragraph repeating them goes; the rules in ``keep_furniture`` are left out)."""
    text = _tidy_markdown(text)
    dropped = 0
    if agree_with:
        text, dropped = _agreed(text, html, agree_with)
    if drop_furniture:
        text, more = furniture.drop_furniture(text, title=title, author=author, keep=keep_furniture)
        dropped += more
    return text, dropped


def _tidy_markdown(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _agreed(text: str, html: str, second: SecondExtractor) -> tuple[str, int]:
    """Paragraphs of ``text`` whose words the second extractor mostly found too."""
    assert second is SecondExtractor.READABILITY, second  # the only one there is
    from readability import Document  # only with HtmlSettings.agree_with (readability-lxml: the bench extra)

    other = lxml.html.fromstring(Document(html).summary(html_partial=True) or "<div></div>").text_content()
    known = set(re.findall(r"\w+", other.lower()))
    kept, dropped = [], 0
    for paragraph in text.split("\n\n"):
        words = re.findall(r"\w+", re.sub(r"\]\([^)]*\)", "]", paragraph).lower())
        if words and sum(w in known for w in words) >= 0.8 * len(words):
            kept.append(paragraph)
        else:
            dropped += 1
    return "\n\n".join(kept), dropped

