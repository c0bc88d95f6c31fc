"""A page's title, author, date and site name, for the copy's header.

:func:`read_metadata` reads them from the parsed tree (before the extraction prunes it) as trafilatura's
``extract_metadata`` does -- meta tags, JSON-LD, then its searches of the page, htmldate for the date --
without the categories, tags and licence it also looks for, with the author from byline markup
(:class:`AuthorSearch`), and with htmldate's scan of the page's HTML bounded by the page's length
(:data:`DATE_PAGE_SCAN_MAX_CHARS`). The choices and their cost: docs/archive.md ("The copy's header").
"""

from __future__ import annotations

import contextvars
import enum
import functools
import logging
import re
from typing import Any

import lxml.etree
import lxml.html

__all__ = ["DATE_PAGE_SCAN_MAX_CHARS", "AuthorSearch", "DateSearch", "read_metadata"]

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")
# htmldate's scan of the page's HTML for date patterns, only on pages whose searched HTML is at most this long
DATE_PAGE_SCAN_MAX_CHARS = 50_000


class AuthorSearch(enum.StrEnum):
    """Where a page's author is looked for (meta tags and JSON-LD first, always)."""

    MARKUP = "markup"  # then one XPath for byline markup on the parsed tree (rel/itemprop author, byline classes)
    FULL = "full"  # then trafilatura's search, which copies and prunes the whole tree (15 ms a page)


class DateSearch(enum.StrEnum):
    """How htmldate looks for a page's date (the URL, meta tags, JSON-LD and abbr elements first, always)."""

    EXTENSIVE = "extensive"  # then every element and the page's free text
    QUICK = "quick"  # then the usual date elements and timestamps only
    QUICK_THEN_EXTENSIVE = "quick, then extensive"  # the extensive search only when the quick one finds none



def read_metadata(tree: lxml.html.HtmlElement, url: str, *, author_search: AuthorSearch = AuthorSearch.MARKUP,
                  date_search: DateSearch = DateSearch.EXTENSIVE,
                  page_scan_max_chars: int | None = DATE_PAGE_SCAN_MAX_CHARS) -> Any:
    """Title, author, date and site name, as trafilatura's ``extract_metadata`` finds them, without the
    categories, tags and licence it also looks for (a quarter of its time; a copy has no use for them),
    and with the author, when meta tags and JSON-LD name none, from byline markup (:func:`_byline`)
    unless ``author_search`` asks for trafilatura's search of a pruned copy of the whole tree; htmldate's scan
    of the page's HTML for date patterns (the extensive search's last resort) only on pages whose searched HTML
    is at most ``page_scan_max_chars`` long (:func:`_install_page_scan_bound`).

    Runs on the tree before the extraction prunes it, as ``bare_extraction(with_metadata=True)`` did."""
    from htmldate import find_date
    from trafilatura import metadata as tm
    from trafilatura.settings import set_date_params

    found = tm.examine_meta(tree)
    if found.author and " " not in found.author:  # a single word is a handle or a site, not a name
        found.author = None
    try:
        found = tm.extract_meta_json(tree, found)
    except Exception as exc:  # noqa: BLE001 - JSON-LD a page got wrong leaves the other sources
        log.debug("%s: JSON-LD metadata not read: %s", url, exc)
    found.title = found.title or tm.extract_title(tree)
    if not found.author:
        found.author = _byline(tree) if author_search is AuthorSearch.MARKUP else tm.extract_author(tree)
    found.url = found.url or tm.extract_url(tree, url)
    bound = _PAGE_SCAN_BOUND.set(page_scan_max_chars)
    try:
        found.date = find_date(tree, **set_date_params(extensive=date_search is DateSearch.EXTENSIVE), url=found.url)
        if found.date is None and date_search is DateSearch.QUICK_THEN_EXTENSIVE:
            found.date = find_date(tree, **set_date_params(extensive=True), url=found.url)
    finally:
        _PAGE_SCAN_BOUND.reset(bound)
    found.sitename = (found.sitename or tm.extract_sitename(tree) or "").lstrip("@")
    if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
        found.sitename = found.sitename.title()
    elif not found.sitename and found.url and (host := tm.META_URL.match(found.url)):
        found.sitename = host[1]
    found.clean_and_trim()
    return found


# the bound on htmldate's page scan for the find_date call running in this thread or task (unset: no bound)
_PAGE_SCAN_BOUND: contextvars.ContextVar[int | None] = contextvars.ContextVar("page_scan_bound", default=None)


def _install_page_scan_bound() -> None:
    """Make htmldate's page scan (``htmldate.core.search_page``, which ``find_date`` calls last, on the whole
    page's HTML, when nothing else gave a date) skip pages longer than :data:`_PAGE_SCAN_BOUND` says.

    htmldate has no setting for it; its cost grows with the page (76-108 ms a call on 200-270 kB pages, most
    of the date search's CPU), and on the project's own pages it only ever gave a date on short ones. Other
    callers of htmldate in the process (trafilatura's own metadata search) leave the bound unset and see no
    change; a contextvar keeps threads apart."""
    import htmldate.core

    scan = getattr(htmldate.core, "search_page", None)
    if scan is None or getattr(scan, "bounded_by_sourcevault", False):
        return  # another htmldate (tests/archive/test_pagemeta.py says when the bound is gone) or already done

    @functools.wraps(scan)
    def bounded(htmlstring: str, options: Any) -> Any:
        limit = _PAGE_SCAN_BOUND.get()
        if limit is not None and len(htmlstring) > limit:
            return None
        return scan(htmlstring, options)

    bounded.bounded_by_sourcevault = True  # type: ignore[attr-defined]
    htmldate.core.search_page = bounded


_install_page_scan_bound()


# byline markup: a link or element marked as the author, or with a byline / author class (found by their
# attributes with XPath's own string functions: a third of the time of testing every element, and a tenth of a
# regular expression's; the class is checked after)
_BYLINE_MARKUP = lxml.etree.XPath(
    "//@class[contains(., 'uthor') or contains(., 'byline')]/..|//@rel[.='author']/..|//@itemprop[.='author']/.."
    "|//@id[.='author']/..")
_BYLINE_CLASS = re.compile(r"(?:^|\s)(?:byline|author|author-?name|authorName|AuthorName|post-author|article-author)"
                           r"(?:\s|$)")
_COMMENTS = re.compile("comment", re.IGNORECASE)


def _byline(tree: lxml.html.HtmlElement) -> str | None:
    """The author named by byline markup (:data:`_BYLINE_MARKUP`), read on the tree as parsed, without the
    dates inside it: the first such element outside a readers' comments section (whose authors are
    commenters) with a plausible name. What trafilatura's own search finds on most pages, without copying
    and pruning the whole tree first."""
    from trafilatura.json_metadata import normalize_authors

    for element in _BYLINE_MARKUP(tree)[:50]:
        if not (element.get("rel") == "author" or element.get("itemprop") == "author" or element.get("id") == "author"
                or _BYLINE_CLASS.search(element.get("class") or "")):
            continue
        if any(_COMMENTS.search(f"{e.get('id', '')} {e.get('class', '')}") for e in element.iterancestors()):
            continue
        words = _SPACE.sub(" ", " ".join(element.xpath(".//text()[not(ancestor::time)]"))).strip()
        if 2 < len(words) < 120 and (author := normalize_authors(None, words)):
            return author
    return None

