"""Content replaced: the cited URL now serves another article (a recycled URL). Pure functions.

The link answers "200 OK" with an article, so nothing else in the check sees a
problem; but the article is not the one the event cites. Judged only for a page
with an article's shape (:func:`~pipeline.check.soft404.article_shape`) that
passed every other judgement, against what we know the page was
(:class:`CitedAs`). The rules, in order:

1. nothing to compare with (no cited title, no first capture of ours), or the
   page has no title: not judged;
2. the page's headline (its first heading, else its title: not the site's name
   beside it; where the first heading *is* the site's name, as on Blogger and many
   blog themes, the title's other part) or lead matches our first capture's title or a cited title (at
   least ``SAME_TITLE`` of that title's words are in them, the outlet's name
   left out): **not replaced**; with no capture of ours, where the page's own date (rule 5) is not within
   ``SAME_STORY_DAYS`` of any cited date, its headline alone is compared (a lead
   of the site's usual words, a report's key findings, is no evidence of the same story);
3. where our first capture's text is at hand (its copy file), the page's text
   holds at least ``archive.drift_threshold`` of its words: a retitled article,
   **not replaced**; less: **replaced**;
4. with our first capture's title but not its text: the title differs from
   both ours and the cited one: **replaced**;
5. with only the cited titles: **replaced** when a cited title of at least
   ``MIN_TITLE_WORDS`` words (not a placeholder such as "Source 1") and in the
   page's headline's writing system (a title in another is a reader's translation:
   no evidence) shares almost none of them with the page (less than
   ``FOREIGN_TITLE``) and the page's own date (in its markup, else shown in its
   byline's text after the headline), when the page and the citation both give
   one, is not within ``SAME_STORY_DAYS`` of the cited date (an editor's own title
   for the same day's story is no replacement). Where that date is another day,
   the headline alone is compared (a lead's kicker in the site's usual words is
   no evidence of the same story); else the headline and lead.

Words are compared as lower-case word stems (their first seven letters) of three
letters or more, stop words left out; Chinese, Japanese and Korean as pairs of
characters.
"""

from __future__ import annotations

import collections
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .pagefacts import PageFacts, size
from .soft404 import article_shape

__all__ = ["CitedAs", "judge_replaced", "title_words", "title_match"]

SAME_TITLE = 0.5  # share of a title's words found in the page's title, heading or lead: the same article
FOREIGN_TITLE = 0.25  # below this share (with no first capture of ours), the page is another article
SAME_STORY_DAYS = 2
MIN_TITLE_WORDS = 3  # a cited title with fewer words to compare says too little to call the page another article
LEAD_WORDS = 80  # the page's lead: its first words after its heading
MIN_TEXT_WORDS = 4  # words of at least this many letters are compared between texts
# a word: letters with their combining marks (an Indic vowel sign is no word character to ``\w``: "ஆய்வறிக்கை" is one
# word, not five pieces; Thai, written without spaces, is left in the pieces its marks cut it into, as before)
_WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff"
                   r"\u0f00-\u0fff\u1000-\u109f])+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a span of years ("2019/20", "2019-2020", "2019–20"): every year in it is named
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[/–—-]\s*(\d{2}|(?:19|20)\d{2})(?!\d)")
_SHOWN_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b|\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
DATE_CHARS = 120  # a byline's date stands within this many characters after the headline
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
_STOP = frozenset(
    "the and for with from that this what when where who why how are was were has have had not but its into over "
    "after before about more than new says said will can could would his her their our your you they them she "
    "der die das und mit von für den dem des ein eine ist les des une pour avec dans sur par pas est los las "
    "una con por para del que como per con della delle degli non dos das uma com para pelo pela".split())


@dataclass(frozen=True)
class CitedAs:
    """What the cited page was: as the events cite it, and as we first captured it."""

    titles: tuple[str, ...] = ()  # the citations' titles
    outlets: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()  # the citations' dates (YYYY-MM-DD…)
    first_title: str | None = None  # our first capture's title
    first_copy: str | None = None  # our first capture's text copy (a path), when there is one

    @property
    def known(self) -> bool:
        return bool(self.titles or self.first_title)


def title_words(text: str, leave_out: frozenset[str] = frozenset()) -> set[str]:
    """The words a title is compared by (see the module's docstring)."""
    out: set[str] = set()
    for token in _WORD.findall(text.lower()):
        for run in _CJK.findall(token):
            out.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
        latin = _CJK.sub("", token)
        if len(latin) >= 3 and not latin.isdigit() and latin not in _STOP:
            out.add(latin[:7])
    return out - leave_out


def title_match(title: str, words: set[str], leave_out: frozenset[str] = frozenset()) -> float:
    """The share of ``title``'s words among ``words`` (1.0 for a title with no words to compare)."""
    mine = title_words(title, leave_out)
    return len(mine & words) / len(mine) if mine else 1.0


def judge_replaced(page: PageFacts | None, cited: CitedAs, first_text: Callable[[], str | None],
                   same_text: float) -> str | None:
    """Why the page is another article than the cited one, or None (see the rules above).

    ``first_text`` reads our first capture's text (called only when the titles differ);
    ``same_text`` is ``archive.drift_threshold``."""
    if page is None or not cited.known or not article_shape(page):
        return None
    now = headline(page)
    if not now:
        return None
    leave_out = frozenset().union(*(title_words(o) for o in cited.outlets))
    lead = " ".join(_after_heading(page, now).split()[:LEAD_WORDS])
    published = page.published or shown_date(lead)
    # with no capture of ours, the page's own date naming another day than the citation's: its headline alone says
    # whether it is the cited story (a lead of the site's usual words, a report's key findings, are no evidence of it)
    other_day = bool(not cited.first_title and published and cited.dates
                     and all(_days_apart(published, d) > SAME_STORY_DAYS for d in cited.dates))
    seen = title_words(now if other_day else f"{now} {lead}", leave_out)  # the headline, not the site's name
    known = [t for t in (cited.first_title, *cited.titles) if t]
    was = cited.titles[0] if cited.titles else cited.first_title
    told = f"the page is now {now[:120]!r}, not the cited {(was or '')[:120]!r}"
    if other_day and _another_occasion(now, known):  # a recurring item's address reused: the same words, another year
        return f"{told} (another year's)"
    if max(title_match(t, seen, leave_out) for t in known) >= SAME_TITLE:
        return None
    if cited.first_title:
        text = first_text()
        if text:
            kept = text_kept(text, page.main or page.text)
            if kept >= same_text:
                return None  # the same article, retitled
            return f"{told} (it keeps {kept:.0%} of the words of our first capture)"
        return f"{told} (nor our first capture's {cited.first_title[:120]!r})"
    # a title in another script than the page's headline is a reader's translation of it: no evidence either way
    telling = [t for t in cited.titles if len(title_words(t, leave_out)) >= MIN_TITLE_WORDS
               and script(t) == script(now)]
    if published and cited.dates and not other_day:
        return None  # an editor's own title for the same day's story
    if other_day:  # a series' label both begin with ("Episodio 12: …") says nothing of which item it is
        seen = title_words(_own_part(now, *telling) if telling else now, leave_out)
        telling = [_own_part(t, now) for t in telling]
    if not telling or max(title_match(t, seen, leave_out) for t in telling) >= FOREIGN_TITLE:
        return None
    return told


def _own_part(title: str, *others: str) -> str:
    """``title`` without the label before its first colon when ``others`` begin with the same label (a series'
    "Episodio 12: …", "Folge 7: …"), else ``title``."""
    label, colon, rest = title.partition(":")
    if not colon or not rest.strip() or len(label.split()) > 4:
        return title
    same = all(o.partition(":")[0].strip().lower() == label.strip().lower() and ":" in o for o in others)
    return rest.strip() if same and others else title


def _another_occasion(now: str, titles: list[str]) -> bool:
    """Whether the headline names a year and every title names years, none of them the headline's: a recurring
    item ("Conseil municipal du 9 avril 2024 : procès-verbal" at the address of "… du 12 mars 2019 : …")."""
    years = _years(now)
    return bool(years) and all((named := _years(t)) and not named & years for t in titles)


def _years(text: str) -> set[str]:
    """The years a text names, each year of a span of them included (a financial year, a season)."""
    years = set(_YEAR.findall(text))
    for first, last in _YEARS.findall(text):
        start, end = int(first), int(last if len(last) == 4 else first[:2] + last)
        if start < end <= start + 10:  # not a date's month ("2019-05")
            years.update(str(y) for y in range(start, end + 1))
    return years


def shown_date(lead: str) -> str:
    """The date a page shows in the first words after its headline (its byline's: "Von Jana Becker | 30.05.2024",
    "2024-05-30", "30/05/2024"), as YYYY-MM-DD, or "" (where its markup gives none)."""
    match = _SHOWN_DATE.search(lead[:DATE_CHARS])
    if not match:
        return ""
    if match.group(1):
        return match.group(1)
    day, month, year = match.group(2), match.group(3), match.group(4)
    return f"{year}-{int(month):02d}-{int(day):02d}"


def script(text: str) -> str:
    """The writing system most of ``text``'s letters are in ("LATIN", "CYRILLIC", "CJK", "ARABIC", …)."""
    counts: collections.Counter[str] = collections.Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "").split(" ", 1)[0]
            counts[_SCRIPT_OF.get(name, name)] += 1
    return counts.most_common(1)[0][0] if counts else ""


_SCRIPT_OF = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "CJK": "CJK"}


_TITLE_SEPARATOR = re.compile(r"\s+[|｜–—·•:-]\s+|\s*[|｜]\s*")


def headline(page: PageFacts) -> str:
    """The page's headline: its first heading, else its title; but where the first heading is the site's name
    (a part of the title beside a separator, shorter than the rest of it, and the first words of the page:
    "Summer grilling recipes | Valley Blog" under an ``<h1>`` "Valley Blog" in the blog's header), the title's
    other part."""
    heading, title = page.heading.strip(), page.title.strip()
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if (heading and title and heading != title and not title.startswith(heading)
            and (page.main or page.text).startswith(heading)):
        rest = " ".join(p for p in parts if p != heading)
        if heading in parts and len(rest.split()) > len(heading.split()):
            return rest
    if not heading and len(parts) > 1:  # no heading: the title's longest part, not the site's name beside it
        return max(parts, key=size)
    return heading or title


def _after_heading(page: PageFacts, now: str) -> str:
    """The page's text from its headline on (its lead, without the menus above it)."""
    text = page.main or page.text
    at = text.find(now) if now else -1
    return text[at + len(now):] if at >= 0 else text


def text_kept(old: str, new: str) -> float:
    """The share of ``old``'s words (of ``MIN_TEXT_WORDS`` letters or more, with repeats) that ``new`` holds."""
    a = collections.Counter(w for w in _WORD.findall(old.lower()) if len(w) >= MIN_TEXT_WORDS)
    if not a:
        return 1.0
    b = collections.Counter(w for w in _WORD.findall(new.lower()) if len(w) >= MIN_TEXT_WORDS)
    return sum((a & b).values()) / sum(a.values())


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 10**6  # a date we cannot read: not the same day
