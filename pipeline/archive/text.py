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

Its parts, along the seams a page's data crosses:

* :mod:`~pipeline.archive.decoding` -- the body with its Content-Encoding undone and hashed, HTML's charset;
* :mod:`~pipeline.archive.pagemeta` -- the title, author, date and site name for the copy's header;
* :mod:`~pipeline.archive.markup` -- the parsed tree, and the passes that rewrite it before trafilatura;
* trafilatura's ``bare_extraction`` (here, with its log listened to for the reason it gives up);
* :mod:`~pipeline.archive.markdown` -- its Markdown made the copy's text (the furniture rules: :mod:`.furniture`);
* :mod:`~pipeline.archive.pdf` -- a PDF's text.

:func:`extract_html_text` (the HTML half, with :data:`HTML_SETTINGS`) is what other code wraps: its signature,
and what :meth:`HtmlSettings.provenance` records (the extractor key, :func:`pipeline.archive.textqueue.extractor_key`),
stay put when a part moves.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import logging
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import lxml.etree

from ..models import TextStatus
from . import furniture, markup, pdf
from .decoding import BodyError, decode_html, read_decoded
from .markdown import SecondExtractor, finish_markdown
from .pagemeta import DATE_PAGE_SCAN_MAX_CHARS, AuthorSearch, DateSearch, read_metadata

with warnings.catch_warnings():
    # trafilatura probes urllib3's optional SOCKS support, which warns when PySocks is absent;
    # we never let trafilatura download anything, so that warning is noise
    warnings.filterwarnings("ignore", message="SOCKS support in urllib3")
    import trafilatura

__all__ = ["HTML_SETTINGS", "AuthorSearch", "DateSearch", "Extraction", "ExtractionJob", "HtmlSettings",
           "SecondExtractor", "content_kind", "decode_html", "extract_capture", "extract_html_text", "text_length"]

log = logging.getLogger(__name__)

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
        body, body_sha, body_length = read_decoded(job.body, job.content_encoding, job.max_bytes)
    except BodyError as exc:
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


# -- HTML ------------------------------------------------------------------------------


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


@dataclass(frozen=True, kw_only=True)
class HtmlSettings:
    """How article text is taken out of an HTML page (measured choices: docs/archive.md, bench/text.py)."""

    favor_precision: bool = True
    favor_recall: bool = False
    include_links: bool = True
    include_formatting: bool = True
    include_tables: bool = True
    unwrap_layout_tables: bool = True  # <table> used for page layout becomes plain blocks first
    # but not a data table (header cells of its own), whose cells may hold paragraphs (markup.unwrap_layout_tables)
    data_tables_kept: bool = True
    drop_furniture: bool = True  # furniture.drop_furniture after extraction
    keep_furniture: tuple[furniture.Furniture, ...] = ()  # rules turned off (bench/text.py --ablation)
    agree_with: SecondExtractor | None = None  # keep only paragraphs this extractor also finds
    fast: bool = False  # trafilatura's fast mode: no readability/jusText comparison
    # the copy's header: its date matters (matching weighs it), its author is a nicety (docs/archive.md)
    author_search: AuthorSearch = AuthorSearch.MARKUP
    date_search: DateSearch = DateSearch.EXTENSIVE
    # the extensive search's last resort, a scan of the whole page's HTML for date patterns, only on pages whose
    # searched HTML is at most this long (None: every page); its cost grows with the page (docs/archive.md)
    date_page_scan_max_chars: int | None = DATE_PAGE_SCAN_MAX_CHARS
    # elements removed before trafilatura sees the tree (:func:`markup.discard_first`): all are ones its cleaning
    # deletes with their content; removing them first spares its copies and XPaths walking them (docs/archive.md)
    discard_first: tuple[str, ...] = ("nav", "aside", "footer", "script", "style", "svg", "select", "button", "iframe")
    # what a heading holds without a word (a permalink's icon or "#", an empty jump target) is removed first, its tail
    # kept: trafilatura's precision focus dropped such headings whole (:func:`markup.tidy_headings`, docs/archive.md)
    tidy_headings: bool = True
    # a <figure> holding a <pre> (a highlighted code block, a diagram's source) becomes a plain block first, as
    # trafilatura does for a figure holding a table: it deletes every other figure with its content (docs/archive.md)
    code_figures_kept: bool = True
    # a caption that names no photo credit (a <figcaption>, a short block classed "caption") is kept as a paragraph:
    # trafilatura deletes figures and caption blocks with all they hold (:func:`markup.keep_captions`, docs/archive.md)
    captions_kept: bool = True
    # the comments React writes between a page's text nodes (<!-- react-text: 4 -->, <!-- -->) are removed first, their
    # text kept: trafilatura lost the text after a comment inside a paragraph (:func:`markup.drop_text_markers`)
    text_markers_dropped: bool = True
    # when the block trafilatura would read holds under a tenth of the page's paragraph text and another block it could
    # read holds half or more, that one is marked as the article body (:func:`markup.mark_article_body`)
    article_body_marked: bool = True

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
        tree = markup.parse(html)
        if tree is None:
            return {**base, "text": "", "reason": _no_text_reason(html, [])}
        if settings.unwrap_layout_tables:
            markup.unwrap_layout_tables(tree, keep_data_tables=settings.data_tables_kept)
        meta = read_metadata(tree, url, author_search=settings.author_search, date_search=settings.date_search,
                             page_scan_max_chars=settings.date_page_scan_max_chars)
        # <noscript> left out (what prune_xpath=["//noscript"] did, without its compiling and walking again)
        lxml.etree.strip_elements(tree, "noscript", with_tail=False)
        if settings.discard_first and settings.favor_precision:
            markup.discard_first(tree, settings.discard_first)
        if settings.tidy_headings:
            markup.tidy_headings(tree)
        if settings.code_figures_kept:
            markup.unwrap_code_figures(tree)
        if settings.captions_kept:
            markup.keep_captions(tree)
        if settings.text_markers_dropped:
            markup.drop_text_markers(tree)
        if settings.article_body_marked:
            markup.mark_article_body(tree)
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
    text, dropped = finish_markdown(doc.text or "", html, title=title, author=author, agree_with=settings.agree_with,
                                    drop_furniture=settings.drop_furniture, keep_furniture=settings.keep_furniture)
    found = {**base, "text": text, "title": title, "author": author, "date": _clean(meta.date),
             "site_name": _clean(meta.sitename)}
    if dropped:
        found["details"] = {"furniture_paragraphs_dropped": str(dropped)}
    return found


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
