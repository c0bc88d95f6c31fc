"""Page furniture left in extracted article text, and dropping it.

Article extractors keep some of what surrounds an article on a news page: the
headline repeated as a heading, "By …" and "UPDATED: …" lines, "Read more:"
teasers and lists of links to other stories under a "More from …" / "Related" heading, share and
subscription prompts (also Japanese and Chinese members-only lines), copyright lines, author boxes, a
press office's contact lines, and a readers' comments section (a "Comments" heading in one of several
languages and all that follows it). The copy's own header already has the headline
and date, so a paragraph that only repeats them, or that is one of those short
page fixtures, is dropped. Each rule only looks at a short paragraph (a long
one is article prose whatever words it uses), and every rule was kept because
it raised token F1 on the labelled set or on the tuning split of others' pages (``bench/text.py
--ablation``, ``bench/text.py --others --split tuning``, docs/archive.md; a
byline rule that did not was removed: trafilatura drops bylines itself).

:func:`drop_furniture` works on Markdown paragraphs (blank-line separated) and
returns the text and how many paragraphs it dropped, for the provenance note.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Collection

__all__ = ["RULES_VERSION", "Furniture", "drop_furniture", "furniture_kind"]


class Furniture(enum.StrEnum):
    """The kinds of page furniture a rule recognises (one rule each)."""

    HEADLINE = "headline"  # the headline again (the copy's header has it)
    DATE_LINE = "date line"  # "UPDATED: 14:32 EDT, March 18, 2025", "Posted on …", "Updated 2 hours ago"
    AUTHOR_BOX = "author box"  # "Maria Okafor covers city hall for …"
    LINK_TEASER = "link teaser"  # "Read more: [another story](…)", a list of links
    FIXTURE = "page fixture"  # subscription, newsletter, share, copyright, caption credit, donation prompts
    CONTACT = "contact line"  # an e-mail address or phone number alone
    COMMENTS = "comments section"  # a "Comments" heading and everything after it (readers' comments, their rules)


RULES_VERSION = "5"  # bump when a rule changes: it is recorded in each copy's front matter

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
    r"|\bsubscrib(?:e|er|ers|ing)\b|\bfree articles?\b|\bsign up\b|\bnewsletter\b|\bin your inbox\b"
    r"|^\W*(?:please )?log ?in\b|\blog ?in (?:or|to) (?:register|comment|continue|read|reply|post)\b"
    r"|\bshare (?:this|on|or)\b|^\W*share\W*$|\b(?:on|via) (?:facebook|whatsapp)\b|\bcopy link\b"
    r"|^\W*advertisement\W*$"
    r"|\bthis (?:article|story) (?:appears|appeared|was (?:originally )?published)\b|\brepublish\b"
    r"|\bcreative commons\b|\bmedia contacts?\b|\bpress office\b|\bcookies?\b"
    r"|\bcomments? (?:are|is) (?:moderated|closed)"
    r"|\bdonat(?:e|ion)\b|\bfollow (?:us|on)\b|\bgetty images\b|\bap photo\b|^\W*\(?photo(?:graph)?:"
    r"|\bphoto by\b|\bimage source\b|\bwatch live\b|\bprinter-friendly\b|\bemail this\b|\be-mail this\b"
    r"|シェア|分享|공유|\bcompartir\b|\bpartager\b|\bteilen\b|\bcondividi\b|поделиться",  # "share" elsewhere
    re.IGNORECASE)
# a share bar: a short paragraph of nothing but networks and sharing words ("Facebook X WhatsApp Email");
# a network named in a sentence or a heading ("WhatsApp spreader") is the article's (version 5)
_NETWORKS = frozenset("facebook whatsapp twitter linkedin reddit pinterest telegram tumblr flipboard bluesky threads "
                      "instagram messenger youtube tiktok mastodon".split())
_SHARE_WORDS = _NETWORKS | frozenset("x email e mail print copy link url sms share tweet pin".split())
MAX_FIXTURE_WORDS = 22  # prompts are short; article sentences with the same words run longer
MAX_BIO_WORDS = 45
_BIO = re.compile(r"\b(?:is an?|covers|writes|reports|previously|can be reached|contributed|follow)\b", re.IGNORECASE)
_COMMENTS_HEADING = re.compile(
    r"^\s*#{1,6}\s+\W*(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|comentar(?:ios)?|kommentare?|commentaires?"
    r"|commenti|комментарии|コメント|评论|評論|댓글)\W*$", re.IGNORECASE)
# a heading over links to other stories ("More Must-Reads From TIME", "Related stories", "Read next")
_MORE_HEADING = re.compile(
    r"^\s*#{1,6}\s+\W*(?:more\b|must[- ]reads?\b|related\b|recommended\b|read (?:next|more|also)\b"
    r"|you (?:may|might) also like|most (?:read|popular)\b|trending\b|top stories\b)", re.IGNORECASE)
_LONE_HEADING = re.compile(r"^\s*#{1,6}\s[^\n]*$")
MAX_LONE_HEADING_WORDS = 12  # "Related stories", "More from …": a longer heading line holds its own section (v5)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
# a subscribers-only prompt in Chinese or Japanese ("この記事は会員限定です"): no spaces there, so only
# a short paragraph (in characters) is taken for one
_CJK_FIXTURES = re.compile(r"会員限定|有料会員|会員登録|订阅|訂閱")
MAX_CJK_FIXTURE_CHARS = 80
_CONTACT = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$|^\+?[\d\s().-]{7,}$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _plain(paragraph: str) -> str:
    """A paragraph without Markdown decoration: link labels kept, targets, emphasis and heading marks gone."""
    text = _LINK.sub(r"\1", paragraph)
    text = re.sub(r"^\s*(?:#{1,6}|[-*+]|\d+\.|>)\s+", "", text)
    return text.replace("**", "").replace("__", "").replace("*", "").replace("\\", "").strip()


@functools.lru_cache(maxsize=512)  # the title and author are compared with every paragraph
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


def _is_more_heading(paragraph: str) -> bool:
    return len(paragraph) < 120 and bool(_MORE_HEADING.match(paragraph))


def _is_link_list(paragraph: str) -> bool:
    """A list of two or more items, each with a link in it."""
    items = paragraph.strip().split("\n")
    return len(items) >= 2 and all(_LIST_ITEM.match(item) and _LINK.search(item) for item in items)


def furniture_kind(paragraph: str, *, title: str | None, author: str | None) -> Furniture | None:
    """What furniture ``paragraph`` is, or None when it is article text."""
    text = _plain(paragraph)
    words = _words(text)
    if not words or (len(words) > MAX_BIO_WORDS and len(words) > len(_norm(title).split())):
        return None  # prose longer than any rule looks at (and than the headline)
    if title and (_norm(text) == _norm(title) or (len(words) >= 4 and f" {_norm(text)} " in f" {_norm(title)} ")):
        return Furniture.HEADLINE  # also when the page title adds the site's name
    if len(words) <= 20 and _is_date_line(text):
        return Furniture.DATE_LINE
    if _is_bio(text, author):
        return Furniture.AUTHOR_BOX
    if _is_link_teaser(paragraph, text):
        return Furniture.LINK_TEASER
    if len(words) <= MAX_FIXTURE_WORDS and (
            _FIXTURES.search(text) or (len(text) <= MAX_CJK_FIXTURE_CHARS and _CJK_FIXTURES.search(text))
            or (_SHARE_WORDS.issuperset(words) and not _NETWORKS.isdisjoint(words))):
        return Furniture.FIXTURE
    if len(words) <= 4 and all(_CONTACT.match(part.strip()) for part in re.split(r"[,;]", text) if part.strip()):
        return Furniture.CONTACT
    return None


def drop_furniture(markdown: str, *, title: str | None = None, author: str | None = None,
                   keep: Collection[Furniture] = ()) -> tuple[str, int]:
    """(the text without furniture paragraphs, how many were dropped); ``keep`` turns rules off."""
    paragraphs = re.split(r"\n\s*\n", markdown.strip())
    article = paragraphs
    if Furniture.COMMENTS not in keep:  # a comments heading ends the article (not the first paragraph)
        end = next((i for i, p in enumerate(paragraphs) if i and _COMMENTS_HEADING.match(p)), len(paragraphs))
        article = paragraphs[:end]
    if Furniture.LINK_TEASER not in keep:  # a "More from …" heading with its list of links to other stories
        article = [p for i, p in enumerate(article)
                   if not (_is_more_heading(p) and i + 1 < len(article) and _is_link_list(article[i + 1]))
                   and not (i and _is_more_heading(article[i - 1]) and _is_link_list(p))]
    kept = [p for p in article
            if (kind := furniture_kind(p, title=title, author=author)) is None or kind in keep]
    # a heading left with nothing under it (the "Related" over a dropped list) goes too; a paragraph that
    # starts with a heading and goes on under it is text (version 4: it went too, and the ones before it)
    while kept and _LONE_HEADING.match(kept[-1]) and len(_words(_plain(kept[-1]))) <= MAX_LONE_HEADING_WORDS:
        kept.pop()
    return "\n\n".join(kept), len(paragraphs) - len(kept)
