"""Readable text from a captured body: HTML through trafilatura, PDF through pdfminer.six.

:func:`extract_capture` is the whole job for one capture and is what the
archive stage runs in its process pool: it reads the body as received (from a
file, so nothing large crosses the process boundary), undoes the
Content-Encoding, hashes the decoded body, decodes HTML text with the right
charset (HTTP header, byte-order mark, ``<meta>`` tag, then detection), and
extracts the article with its title, author, date and site name.

It never raises for bad input: the outcome's :class:`~pipeline.models.TextStatus`
says what happened and ``reason`` says why when there is no usable text
(trafilatura itself only logs its reasons; we keep them). A page with less
than ``min_text_length`` characters of text is ``tiny`` (a paywall stub, a
cookie wall); one with none is ``empty`` (a JavaScript-only shell).
"""

from __future__ import annotations

import codecs
import contextvars
import dataclasses
import enum
import functools
import hashlib
import io
import logging
import re
import threading
import warnings
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html

from ..models import TextStatus
from ..net.bodies import Decoder
from . import furniture, pdf

with warnings.catch_warnings():
    # trafilatura probes urllib3's optional SOCKS support, which warns when PySocks is absent;
    # we never let trafilatura download anything, so that warning is noise
    warnings.filterwarnings("ignore", message="SOCKS support in urllib3")
    import trafilatura

__all__ = ["HTML_SETTINGS", "AuthorSearch", "DateSearch", "Extraction", "ExtractionJob", "HtmlSettings",
           "SecondExtractor", "content_kind", "decode_html", "extract_capture", "extract_html_text", "text_length"]

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SCRIPT_OR_STYLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ExtractionJob:
    """What a worker needs to extract one capture (small and picklable)."""

    body: Path | bytes  # the body as received (still content-encoded): its file, or the bytes when small
    url: str
    content_type: str | None
    content_encoding: str | None = None
    min_text_length: int = 500
    max_bytes: int = 20_000_000  # the text comes from this many decoded bytes at most (the rest is cut)
    max_pdf_pages: int = 300
    body_cut: bool = False  # the body stored is the first part of a larger answer (WARC-Truncated)
    # the limits pipeline.archive.textjob keeps (None: none); extract_with: a test's stand-in for extract_capture
    max_extract_bytes: int | None = None
    cpu_limit_s: float | None = None
    pdf_page_cpu_s: float | None = None
    extract_with: Callable[[ExtractionJob], Extraction] | None = None
    on_pdf_page: Callable[[], object] | None = None  # called before each PDF page is read (set in the worker)


@dataclass(frozen=True, slots=True)
class Extraction:
    status: TextStatus
    reason: str | None = None
    kind: str = "other"  # html | pdf | other
    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD when known
    site_name: str | None = None
    body_sha256: str | None = None  # of all the stored body decodes to (Content-Encoding undone), past the cap too
    body_length: int = 0  # the length of that
    text_sha256: str | None = None
    charset: str | None = None
    charset_source: str | None = None  # header | bom | meta | detected | default
    extractor: str | None = None
    extractor_version: str | None = None
    settings: dict[str, object] = field(default_factory=dict)  # the extractor's settings, for provenance
    details: dict[str, str] = field(default_factory=dict)


def content_kind(content_type: str | None, head: bytes) -> str:
    """``html``, ``pdf`` or ``other``, from the Content-Type and the first bytes."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime == "application/pdf" or head.startswith(b"%PDF-"):
        return "pdf"
    if mime in ("text/html", "application/xhtml+xml") or (
        mime in ("", "text/plain", "application/octet-stream")
        and re.search(rb"<(!doctype html|html|head|body)\b", head[:2048], re.IGNORECASE)
    ):
        return "html"
    return "other"


def extract_capture(job: ExtractionJob) -> Extraction:
    """Extract one capture; never raises for what the body contains."""
    try:
        return _extract(job)
    except Exception as exc:  # noqa: BLE001 - a library fault on a hostile file fails this capture only
        # said at info: the reason is in the result, and the archive stage warns once per capture (text_failed)
        log.info("%s: extraction failed: %s: %s", job.url, type(exc).__name__, exc)
        return Extraction(TextStatus.FAILED, f"extraction failed: {type(exc).__name__}: {exc}"[:500])


def _extract(job: ExtractionJob) -> Extraction:
    try:
        body, body_sha, body_length = _read_decoded(job)
    except _BodyError as exc:
        return Extraction(TextStatus.FAILED, str(exc))
    kind = content_kind(job.content_type, body[:4096])
    common: dict[str, Any] = {"kind": kind, "body_sha256": body_sha, "body_length": body_length}
    if kind == "html":
        result = _extract_html(body, job)
    elif kind == "pdf" and (job.body_cut or len(body) < body_length):
        # its cross-reference table is at the end: a cut PDF makes pdfminer parse every byte it has looking for
        # its objects (seconds of CPU and the body's size again in memory), for text that is rarely there
        return Extraction(TextStatus.SKIPPED, f"the PDF was cut at the size cap ({len(body)} bytes kept; "
                          "archive.max_body_bytes): its text needs the whole file; the bytes kept are in the WARC",
                          **common)
    elif kind == "pdf":
        result = _extract_pdf(body, job)
    else:
        mime = (job.content_type or "unknown").split(";")[0].strip()
        return Extraction(TextStatus.SKIPPED, f"no text extractor for content type {mime}", **common)
    return _finish(result, job, common)


def _finish(partial: dict[str, Any], job: ExtractionJob, common: dict[str, Any]) -> Extraction:
    text = (partial.pop("text", "") or "").strip()
    status, reason = partial.pop("status", None), partial.pop("reason", None)
    if status is None:
        if not text:
            status = TextStatus.EMPTY
        elif text_length(text) < job.min_text_length:
            status = TextStatus.TINY
            reason = reason or (f"only {text_length(text)} characters of text "
                                f"(archive.min_text_length is {job.min_text_length})")
        else:
            status = TextStatus.OK
    text_sha = hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None
    return Extraction(status, reason, text=text, text_sha256=text_sha, **common, **partial)


_DENSE_SCRIPTS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def text_length(text: str) -> int:
    """Length of ``text`` in Latin-text characters: a Chinese, Japanese or Korean character counts three.

    One such character carries about what a short Latin word does, so a whole Chinese article of 300
    characters is not a "tiny" stub next to ``archive.min_text_length``.
    """
    return len(text) + 2 * len(_DENSE_SCRIPTS.findall(text))


class _BodyError(Exception):
    pass


def _read_decoded(job: ExtractionJob) -> tuple[bytes, str, int]:
    """The first ``job.max_bytes`` bytes of the body with its Content-Encoding undone (what the text is
    made from), and the SHA-256 and length of *all* that the stored bytes decode to: what ``warcio extract
    --payload`` prints. A body past the cap is cut, not refused; a gzip stored whole (or cut while still
    arriving) may decode past the cap, and is hashed piece by piece, never held whole."""
    try:
        raw = job.body if isinstance(job.body, bytes) else job.body.read_bytes()
    except OSError as exc:
        raise _BodyError(f"cannot read the captured body: {exc.strerror or exc}") from None
    encodings = [e.strip().lower() for e in (job.content_encoding or "").split(",") if e.strip()]
    pieces: Iterable[bytes] = (raw,)
    for enc in reversed(encodings):  # applied in order, so undone in reverse
        if enc in ("identity", ""):
            continue
        if enc not in ("gzip", "x-gzip", "deflate"):
            raise _BodyError(f"unsupported Content-Encoding {enc!r}; the raw body is kept in the WARC")
        pieces = Decoder(enc).stream(pieces)
    if pieces == (raw,):  # not encoded: the body itself (no copy when it is under the cap)
        return raw[:job.max_bytes], hashlib.sha256(raw).hexdigest(), len(raw)
    kept = io.BytesIO()  # its getvalue() hands over its buffer: the text's bytes are not copied at the end
    sha = hashlib.sha256()
    length = 0
    try:
        for piece in pieces:
            sha.update(piece)
            length += len(piece)
            if kept.tell() < job.max_bytes:
                kept.write(piece[:job.max_bytes - kept.tell()])
    except zlib.error:
        raise _BodyError(f"the body is not valid {job.content_encoding} data") from None
    return kept.getvalue(), sha.hexdigest(), length


# -- HTML ------------------------------------------------------------------------------


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str, str]:
    """(text, charset, where the charset came from) for an HTML body.

    When a declared charset (byte-order mark, header, ``<meta>``) does not decode the body, the
    charset is guessed, and where it came from says so: ``detected; the header's utf-8 does not
    decode``."""
    candidates: list[tuple[str, str]] = []
    for bom, name in _BOMS:
        if body.startswith(bom):
            candidates.append((name, "bom"))
            break
    header = _HEADER_CHARSET.search(content_type or "")
    if header:
        candidates.append((header.group(1), "header"))
    meta = _META_CHARSET.search(body[:8192])
    if meta:
        candidates.append((meta.group(1).decode("ascii", "replace"), "meta"))
    failed: list[str] = []
    for name, source in candidates:
        codec = _codec(name)
        if codec is None:
            continue
        try:
            return body.decode(codec), codec, source
        except (UnicodeError, LookupError):  # LookupError: a codec but no text encoding (rot13, base64)
            failed.append(f"the {source}'s {codec}")
    lie = f"; {' and '.join(failed)} {'does' if len(failed) == 1 else 'do'} not decode" if failed else ""
    try:
        return body.decode("utf-8"), "utf-8", ("detected" if candidates else "default") + lie
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is not None:
        codec = _codec(best.encoding) or "utf-8"
        return body.decode(codec, errors="replace"), codec, "detected" + lie
    return body.decode("utf-8", errors="replace"), "utf-8", "default" + lie


def _codec(name: str) -> str | None:
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # browsers read latin-1 labels as windows-1252 (WHATWG Encoding), and so do we
    return "cp1252" if info.name in ("latin-1", "iso8859-1", "ascii") else info.name


# trafilatura says why it gave up at WARNING and above ("discarding data", "empty HTML tree"); listening
# to its DEBUG chatter too cost 2-3 % of the extraction's CPU (bench/text.py --others) for no better reason
CATCH_LEVEL = logging.WARNING


class _LogReasons(logging.Handler):
    """Collects what trafilatura logs while it works: its only way of saying why it gave up."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 20:
            self.messages.append(record.getMessage())


def _extract_html(body: bytes, job: ExtractionJob) -> dict[str, Any]:
    text, charset, source = decode_html(body, job.content_type)
    base = {"charset": charset, "charset_source": source}
    try:
        found = extract_html_text(text.lstrip("\ufeff"), job.url, HTML_SETTINGS)
    except _ExtractorFault as exc:
        return {**base, **HTML_SETTINGS.provenance(), "status": TextStatus.FAILED, "reason": str(exc)}
    if "not decode" in source:  # a charset that lied: the text was read with a guess, and the capture says so
        note = f"read as {charset} ({source})"
        found["reason"] = f"{found['reason']}; {note}" if found.get("reason") else note
    return {**base, **found}


class AuthorSearch(enum.StrEnum):
    """Where a page's author is looked for (meta tags and JSON-LD first, always)."""

    MARKUP = "markup"  # then one XPath for byline markup on the parsed tree (rel/itemprop author, byline classes)
    FULL = "full"  # then trafilatura's search, which copies and prunes the whole tree (15 ms a page)


class DateSearch(enum.StrEnum):
    """How htmldate looks for a page's date (the URL, meta tags, JSON-LD and abbr elements first, always)."""

    EXTENSIVE = "extensive"  # then every element and the page's free text
    QUICK = "quick"  # then the usual date elements and timestamps only
    QUICK_THEN_EXTENSIVE = "quick, then extensive"  # the extensive search only when the quick one finds none


class SecondExtractor(enum.StrEnum):
    """An independent extractor whose agreement can filter trafilatura's paragraphs (measured, not chosen)."""

    READABILITY = "readability"  # readability-lxml (the bench extra)


@dataclass(frozen=True, kw_only=True)
class HtmlSettings:
    """How article text is taken out of an HTML page (measured choices: docs/archive.md, bench/text.py)."""

    favor_precision: bool = True
    favor_recall: bool = False
    include_links: bool = True
    include_formatting: bool = True
    include_tables: bool = True
    unwrap_layout_tables: bool = True  # <table> used for page layout becomes plain blocks first
    drop_furniture: bool = True  # furniture.drop_furniture after extraction
    keep_furniture: tuple[furniture.Furniture, ...] = ()  # rules turned off (bench/text.py --ablation)
    agree_with: SecondExtractor | None = None  # keep only paragraphs this extractor also finds
    fast: bool = False  # trafilatura's fast mode: no readability/jusText comparison
    # the copy's header: its date matters (matching weighs it), its author is a nicety (docs/archive.md)
    author_search: AuthorSearch = AuthorSearch.MARKUP
    date_search: DateSearch = DateSearch.EXTENSIVE
    # the extensive search's last resort, a scan of the whole page's HTML for date patterns, only on pages whose
    # searched HTML is at most this long (None: every page); its cost grows with the page (docs/archive.md)
    date_page_scan_max_chars: int | None = 50_000
    # elements removed before trafilatura sees the tree (:func:`_discard_first`): all are ones its cleaning deletes
    # with their content; removing them first spares its copies and XPaths walking them (docs/archive.md)
    discard_first: tuple[str, ...] = ("nav", "aside", "footer", "script", "style", "svg", "select", "button", "iframe")
    # what a heading holds without a word (a permalink's icon or "#", an empty jump target) is removed first, its
    # tail kept: trafilatura's precision focus dropped such headings whole (:func:`_tidy_headings`, docs/archive.md)
    tidy_headings: bool = True
    # a <figure> holding a <pre> (a highlighted code block, a diagram's source) becomes a plain block first, as
    # trafilatura does for a figure holding a table: it deletes every other figure with its content (docs/archive.md)
    code_figures_kept: bool = True
    # a caption that names no photo credit (a <figcaption>, a short block classed "caption") is kept as a paragraph:
    # trafilatura deletes figures and caption blocks with all they hold (:func:`_keep_captions`, docs/archive.md)
    captions_kept: bool = True

    def provenance(self) -> dict[str, Any]:
        """``extractor``, ``extractor_version`` and ``extractor_settings`` for the capture and its copy."""
        names = ["trafilatura"] + ([str(self.agree_with)] if self.agree_with else [])
        versions = [f"{n} {_version(_PACKAGES.get(n, n)) or '?'}" for n in names]
        settings: dict[str, Any] = {k: str(v) if isinstance(v, enum.Enum) else v  # plain strings for the YAML
                                    for k, v in dataclasses.asdict(self).items() if v not in (None, False, ())}
        if self.keep_furniture:
            settings["keep_furniture"] = [str(kind) for kind in self.keep_furniture]
        if self.discard_first:
            settings["discard_first"] = list(self.discard_first)
        if self.drop_furniture:
            settings["furniture_rules"] = furniture.RULES_VERSION
        return {"extractor": "+".join(names),
                "extractor_version": _version("trafilatura") if len(names) == 1 else ", ".join(versions),
                "settings": settings}


HTML_SETTINGS = HtmlSettings()
_PACKAGES = {SecondExtractor.READABILITY.value: "readability-lxml"}


class _ExtractorFault(Exception):
    """An extractor library raised while working on a page: this capture fails, with the reason."""


def extract_html_text(html: str, url: str, settings: HtmlSettings = HTML_SETTINGS) -> dict[str, Any]:
    """Article text (Markdown) and metadata of an HTML document, as :class:`Extraction` fields."""
    base = settings.provenance()
    logger = logging.getLogger("trafilatura")
    catcher = _LogReasons()
    old_level = logger.level
    logger.addHandler(catcher)
    logger.setLevel(CATCH_LEVEL)
    try:
        tree = _parse(html)
        if tree is None:
            return {**base, "text": "", "reason": _no_text_reason(html, [])}
        if settings.unwrap_layout_tables:
            _unwrap_layout_tables(tree)
        meta = _metadata(tree, url, author_search=settings.author_search, date_search=settings.date_search,
                         page_scan_max_chars=settings.date_page_scan_max_chars)
        # <noscript> left out (what prune_xpath=["//noscript"] did, without its compiling and walking again)
        lxml.etree.strip_elements(tree, "noscript", with_tail=False)
        if settings.discard_first and settings.favor_precision:
            _discard_first(tree, settings.discard_first)
        if settings.tidy_headings:
            _tidy_headings(tree)
        if settings.code_figures_kept:
            _unwrap_code_figures(tree)
        if settings.captions_kept:
            _keep_captions(tree)
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=False, include_comments=False, fast=settings.fast,
            favor_precision=settings.favor_precision,
            favor_recall=settings.favor_recall, include_links=settings.include_links,
            include_formatting=settings.include_formatting, include_tables=settings.include_tables)
    except Exception as exc:  # noqa: BLE001 - a parser fault on hostile markup is a failed extraction
        raise _ExtractorFault(f"trafilatura failed: {type(exc).__name__}: {exc}") from None
    finally:
        logger.removeHandler(catcher)
        logger.setLevel(old_level)
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return {**base, "text": "", "reason": _no_text_reason(html, catcher.messages)}
    title, author = _clean(meta.title), _clean(meta.author)
    text = _tidy_markdown(doc.text or "")
    dropped = 0
    if settings.agree_with:
        text, dropped = _agreed(text, html, settings.agree_with)
    if settings.drop_furniture:
        text, more = furniture.drop_furniture(text, title=title, author=author, keep=settings.keep_furniture)
        dropped += more
    found = {**base, "text": text, "title": title, "author": author, "date": _clean(meta.date),
             "site_name": _clean(meta.sitename)}
    if dropped:
        found["details"] = {"furniture_paragraphs_dropped": str(dropped)}
    return found


def _metadata(tree: lxml.html.HtmlElement, url: str, *, author_search: AuthorSearch = AuthorSearch.MARKUP,
              date_search: DateSearch = DateSearch.EXTENSIVE,
              page_scan_max_chars: int | None = HTML_SETTINGS.date_page_scan_max_chars) -> Any:
    """Title, author, date and site name, as trafilatura's ``extract_metadata`` finds them, without the
    categories, tags and licence it also looks for (a quarter of its time; a copy has no use for them),
    and with the author, when meta tags and JSON-LD name none, from byline markup (:func:`_byline`)
    unless ``author_search`` asks for trafilatura's search of a pruned copy of the whole tree; htmldate's scan
    of the page's HTML for date patterns (the extensive search's last resort) only on pages whose searched HTML
    is at most ``page_scan_max_chars`` long (:func:`_bounded_page_scan`).

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
        return  # another htmldate (tests/archive/test_text.py says when the bound is gone) or already done

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


def _discard_first(tree: lxml.html.HtmlElement, tags: Iterable[str]) -> None:
    """Remove the elements trafilatura's cleaning removes anyway (with what is inside them, their tails kept),
    before it copies the tree four times and runs its XPaths over every element: navigation, asides, footers,
    scripts, styles, SVG drawings and form controls, about half the elements of a page. JSON-LD stays (it tells
    trafilatura a forum thread from an article). Only with ``favor_precision``: the other focuses may undo
    trafilatura's deletions, or measure the raw page, when the article comes out short."""
    for element in list(tree.iter(*tags)):
        if element.tag == "script" and element.get("type") == "application/ld+json":
            continue
        element.drop_tree()


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_WORD_CHARACTER = re.compile(r"\w")


def _tidy_headings(tree: lxml.html.HtmlElement) -> None:
    """Remove what the page's headings hold without a word in it, keeping the text that follows it: a
    permalink anchor drawn as an icon, "#" or "¶" (``<a href="#intro"><i class="icon"></i></a>``), an empty
    ``<span id="intro">`` that is a jump target. With ``favor_precision`` trafilatura deletes a
    heading holding a link without text as boilerplate, and an empty element together with the text after
    it, so the subheads of blogs and documentation sites that mark their sections so were lost, article
    text between them kept. Images (their alternative text) stay."""
    for heading in tree.iter(*_HEADINGS):
        _drop_wordless(heading)


def _drop_wordless(parent: lxml.html.HtmlElement) -> None:
    for child in list(parent):
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction: trafilatura's own concern
        if child.tag in ("img", "br") or child.find(".//img") is not None:
            continue  # an image's alternative text, and a line break between words, are the heading's
        if _WORD_CHARACTER.search(child.text_content()):
            _drop_wordless(child)
        else:
            child.drop_tree()  # its tail stays


def _unwrap_code_figures(tree: lxml.html.HtmlElement) -> None:
    """Make a ``<figure>`` that holds preformatted text a plain block: Jekyll's and Hugo's highlighted code
    (``<figure class="highlight"><pre><code>``) and diagram sources are article text, and trafilatura deletes
    a figure with all it holds unless it holds a table."""
    for figure in tree.iter("figure"):
        if figure.find(".//pre") is not None:
            figure.tag = "div"


# a caption naming where the picture comes from: "Photo: …", "photo by …", "Credit: …", "©", an agency, "Name/Agency"
_PHOTO_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|credits?|image|picture|foto|illustration)\s*(?:by\b|:)|©|\(c\)|\bgetty\b|\breuters\b"
    r"|\bap\b|\bafp\b|\bepa\b|shutterstock|istock|\balamy\b|\bcourtesy\b|\w/\w", re.IGNORECASE)


def _keep_captions(tree: lxml.html.HtmlElement) -> None:
    """Keep the captions that name no photo credit (nor does the figure holding them): a ``<figcaption>`` becomes a
    paragraph and the ``<figure>`` around it a plain block, and a short block whose class or id says "caption" loses
    them. "Figure 3: Initial downloader" under a screenshot, a step's picture described, a chart's title are article
    text, and trafilatura deletes every figure that holds no table and every block whose class or id holds
    "caption" (also an article's item classed ``no_caption``). A caption with a credit ("Residents wait outside.
    (Photo: J. Avery/Bugle)") is left to trafilatura, which deletes it: on news pages the caption of a photo is
    furniture (the project's labelled set), on blogs and documentation the caption of a figure is text (others'
    pages, docs/archive.md)."""
    for caption in list(tree.iter("figcaption")):
        figures = list(caption.iterancestors("figure"))
        if _uncredited(figures[-1] if figures else caption):
            for figure in figures:
                figure.tag = "div"
            caption.tag = "p"
            _drop_class_and_id(caption)
    for block in _CAPTION_BLOCKS(tree):
        if block.tag not in ("div", "p", "span", "section"):
            continue
        figure = next(block.iterancestors("figure"), None)
        if _uncredited(block if figure is None else figure) and (
                len(_WORDS.findall(block.text_content())) <= MAX_CAPTION_WORDS):
            _drop_class_and_id(block)


MAX_CAPTION_WORDS = 80  # a caption is short; a longer block classed so is a layout block trafilatura may delete
# what trafilatura deletes for "caption" in its class or id when images are not kept (DISCARD_IMAGE_ELEMENTS: a div,
# p, span or section), found by the attributes (a fifth of the time of testing every element's)
_CAPTION_BLOCKS = lxml.etree.XPath("//@class[contains(., 'caption')]/..|//@id[contains(., 'caption')]/..")
_WORDS = re.compile(r"\w+")


# an element marked as a picture's credit ("story-image-copyright", "photo-credit")
_CREDIT_MARKUP = lxml.etree.XPath("descendant-or-self::*[contains(@class, 'credit') or contains(@class, 'copyright')]")


def _uncredited(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` (a caption, or the figure holding it) has words and neither names a credit in them
    (:data:`_PHOTO_CREDIT`) nor holds one in its markup."""
    words = element.text_content()
    return bool(_WORD_CHARACTER.search(words)) and not _PHOTO_CREDIT.search(words) and not _CREDIT_MARKUP(element)


def _drop_class_and_id(element: lxml.html.HtmlElement) -> None:
    for name in ("class", "id"):
        element.attrib.pop(name, None)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


_PARSERS = threading.local()  # an lxml parser is not to be shared between threads


def _parser() -> lxml.html.HTMLParser:
    """lxml.html's parser with every element a plain :class:`lxml.html.HtmlElement`, its class found in C.

    lxml.html's own parser asks a Python function for each element's class, by tag (a ``FormElement`` for
    ``<form>``, an ``InputElement`` for ``<input>``…), each time an element is handed to Python; trafilatura
    walks and copies the tree several times, and leaving those calls out saves about 4 % of the extraction's CPU
    (1.5-6 % in four interleaved runs on the tuning split of others' pages, docs/archive.md). Nothing that
    reads the tree here (trafilatura, htmldate, jusText, readability) uses the form classes: the text,
    title, author, date and site name were the same on every page of the labelled sets (docs/archive.md)."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser()
        parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity))
        _PARSERS.parser = parser
    return parser


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """The document tree, or None when there is nothing to parse (the page is decoded already, so an
    XHTML page's ``<?xml … encoding=…?>`` declaration is dropped: lxml refuses it on text)."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html, parser=_parser())
    except (lxml.etree.ParserError, ValueError):
        return None


_LAYOUT_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn tables used for page layout (holding paragraphs or other tables) into plain blocks.

    Extractors keep a data table whole, so a page laid out with a table came
    out as one table row holding the menu, the article and the footer.
    """
    for table in list(tree.iter("table")):
        if table.find(".//p") is None and table.find(".//table") is None:
            continue
        for el in table.iter(*_LAYOUT_TAGS):
            el.tag = "div"


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


def _no_text_reason(html: str, messages: list[str]) -> str:
    """Why an HTML page gave no article text, in words a maintainer can act on."""
    scripts = len(re.findall(r"<script\b", html, re.IGNORECASE))
    visible = _SPACE.sub(" ", _TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", html))).strip()
    said = next((m for m in reversed(messages) if m), None)
    if len(visible) < 80 and scripts:
        why = (f"no visible text ({len(visible)} characters outside {scripts} script tag(s)): "
               "the page is probably built by JavaScript")
    elif not visible:
        why = "the page has no visible text"
    else:
        why = f"no article found in {len(visible)} characters of visible text"
    return f"{why}; trafilatura: {said}" if said else why


def _tidy_markdown(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = _SPACE.sub(" ", str(value)).strip()
    return text[:500] or None


# -- PDF -------------------------------------------------------------------------------


def _extract_pdf(body: bytes, job: ExtractionJob) -> dict[str, Any]:
    base = {"extractor": "pdfminer.six", "extractor_version": _version("pdfminer.six"),
            "settings": pdf.PDF_SETTINGS.as_dict()}
    try:
        found = pdf.read_pdf(body, job.max_pdf_pages, on_page=job.on_pdf_page)
    except pdf.PdfError as exc:
        return {**base, "status": TextStatus.FAILED, "reason": str(exc)}
    out = {**base, "text": found.text, "title": _clean(found.title), "author": _clean(found.author),
           "date": _pdf_date(found.created), "details": found.details}
    if found.pages > found.pages_read:
        out["reason"] = f"text of the first {found.pages_read} of {found.pages} pages"
    if not found.text.strip():
        out["reason"] = f"no text layer in {found.pages} page(s) (a scanned PDF needs OCR)"
    return out


def _pdf_date(value: object) -> str | None:
    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


@functools.cache  # reading a package's metadata costs as much as extracting a small page
def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None
