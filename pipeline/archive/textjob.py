"""The text job: one capture's extraction within its share of the worker's time and memory.

:func:`extract_within_limits` is what the extraction workers run for a capture,
around :func:`pipeline.archive.text.extract_capture`. Its rules, in order:

1. An HTML body's markup is measured first, streaming and in linear time: the
   bytes outside ``<script>``, ``<style>``, ``<template>`` and comments (embedded
   JSON, code, templates: text extraction drops them) are counted, up to
   ``archive.max_extract_bytes``. Real articles fit; extraction costs about 3 s of
   CPU and 80 MB of memory for every MB of element-dense markup.
2. Within the cap, or not HTML: ``extract_capture`` (trafilatura, pdfminer.six).
3. Over the cap: the page's visible text by a streaming tag stripper, linear in
   time, its memory bounded by one piece of the body and the text kept (at most
   ``max_extract_bytes`` characters, the rest left out). Its status follows the
   usual rules (``ok``, ``tiny``, ``empty``); its reason says the markup was over
   the cap, and its extractor is :data:`STRIPPER`. The body is still hashed whole.
4. Every job runs within ``archive.extract_cpu_limit_s`` of CPU time, a PDF with
   ``archive.extract_pdf_page_cpu_s`` more for each page it reads (up to
   ``archive.max_pdf_pages``) (:mod:`pipeline.worklimits`). Past it the job is
   stopped: its text is ``failed`` with the reason, and its worker is replaced.
   Only in a worker process: with ``archive.process_pool: 0`` there is no CPU limit
   (a thread cannot be stopped); the markup cap still bounds each page.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import html
import logging
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import ArchiveConfig
from ..models import TextStatus
from ..net.bodies import Decoder
from ..worklimits import CpuLimitExceeded, cpu_limit
from . import text
from .text import Extraction, ExtractionJob

__all__ = ["STRIPPER", "MarkupMeter", "TextStripper", "extract_within_limits", "markup_bytes", "new_job",
           "strip_text"]

log = logging.getLogger(__name__)

STRIPPER = "sourcevault-tagstrip"  # the extractor named on a page over the markup cap
STRIPPER_VERSION = "1"
PIECE = 1 << 20  # bytes read (and decoded) at a time
# the stripper reads at most this much markup (outside scripts, styles...) for each character of text it may
# keep (about 85 ms of CPU per MB: 2 MB for a 1 MB cap stays well inside archive.extract_cpu_limit_s); the
# rest of the body is only hashed
MARKUP_PER_CHARACTER = 2
HELD = 1 << 16  # an unclosed tag longer than this is taken as text: the stripper's memory stays bounded

# a test hook: the function a job runs instead of text.extract_capture (module level: picklable)
EXTRACT_WITH: Callable[[ExtractionJob], Extraction] | None = None


def new_job(cfg: ArchiveConfig, body: Path | bytes, url: str, content_type: str | None,
            content_encoding: str | None, *, in_process: bool) -> ExtractionJob:
    """The extraction job for a capture's body, with the archive's limits (``in_process``: no CPU limit)."""
    return ExtractionJob(body, url, content_type, content_encoding, cfg.min_text_length, cfg.max_body_bytes,
                         cfg.max_pdf_pages, max_extract_bytes=cfg.max_extract_bytes,
                         cpu_limit_s=None if in_process else cfg.extract_cpu_limit_s,
                         pdf_page_cpu_s=cfg.extract_pdf_page_cpu_s, extract_with=EXTRACT_WITH)


def extract_within_limits(job: ExtractionJob) -> Extraction:
    """Worker-side: extract one capture within its markup cap and CPU limit (the module's rules);
    never raises for what the body holds, nor for the time it takes."""
    extract = job.extract_with or text.extract_capture
    try:
        with cpu_limit(job.cpu_limit_s) as budget:
            if per_page := job.pdf_page_cpu_s:
                job = dataclasses.replace(job, on_pdf_page=lambda: budget.extend(per_page))
            if job.max_extract_bytes is not None:
                counted = markup_bytes(job, job.max_extract_bytes)
                if counted is not None and counted > job.max_extract_bytes:
                    return strip_text(job, job.max_extract_bytes)
            return extract(job)
    except CpuLimitExceeded as exc:
        is_pdf = "pdf" in (job.content_type or "").lower()
        pdf = f" and {job.pdf_page_cpu_s:g} s per page read" if job.pdf_page_cpu_s and is_pdf else ""
        reason = (f"extraction {exc} (archive.extract_cpu_limit_s is {job.cpu_limit_s:g} s{pdf}); "
                  "the body is kept in the WARC")
        log.info("%s: text failed: %s", job.url, reason)  # the stage warns, counted, from the reason
        return Extraction(TextStatus.FAILED, reason)


# -- the body, decoded, a piece at a time --------------------------------------------------


def _decoded(job: ExtractionJob, stream: BinaryIO | None) -> Iterator[bytes]:
    """The body with its Content-Encoding undone, in pieces; raises ValueError for a coding we do not undo."""
    raw: Iterable[bytes]
    if isinstance(job.body, bytes):  # read back from a WARC record: in pieces too, so a cap stops the work early
        body = job.body
        raw = (body[i:i + PIECE] for i in range(0, len(body), PIECE))
    else:
        assert stream is not None
        raw = iter(lambda: stream.read(PIECE), b"")
    encodings = [e.strip().lower() for e in (job.content_encoding or "").split(",") if e.strip()]
    for enc in reversed(encodings):
        if enc == "identity":
            continue
        if enc not in ("gzip", "x-gzip", "deflate"):
            raise ValueError(f"unsupported Content-Encoding {enc!r}")
        raw = Decoder(enc).stream(raw, PIECE)
    return iter(raw)


def _open(job: ExtractionJob) -> BinaryIO | None:
    return None if isinstance(job.body, bytes) else job.body.open("rb")


# -- rule 1: the markup measure ------------------------------------------------------------

# what extraction drops whole: (opening, closing) of each; a closing tag ends at whitespace, / or >
_SKIPPED = re.compile(r"<(script|style|template)[\s/>]|<!--", re.IGNORECASE)
_CLOSING = {"script": re.compile(r"</script[\s/>]", re.IGNORECASE), "style": re.compile(r"</style[\s/>]", re.I),
            "template": re.compile(r"</template[\s/>]", re.IGNORECASE), "": re.compile(r"-->")}
_TAIL = 16  # longer than any opening or closing above: held back for the next piece


class MarkupMeter:
    """Splits markup fed in pieces into what lies outside the skipped elements, holding back a short tail."""

    def __init__(self) -> None:
        self._closing: re.Pattern[str] | None = None
        self._carry = ""

    def feed(self, piece: str, final: bool = False) -> Iterator[str]:
        """The parts of ``piece`` (after what was held back) outside scripts, styles, templates and comments."""
        data, self._carry = self._carry + piece, ""
        pos = 0
        while pos < len(data):
            if self._closing is not None:
                end = self._closing.search(data, pos)
                if end is None:
                    if not final:
                        self._carry = data[max(pos, len(data) - _TAIL):]
                    return
                pos, self._closing = end.end(), None
                continue
            start = _SKIPPED.search(data, pos)
            if start is None:
                stop = len(data) if final else max(pos, len(data) - _TAIL)
                if stop > pos:
                    yield data[pos:stop]
                self._carry = data[stop:]
                return
            if start.start() > pos:
                yield data[pos:start.start()]
            self._closing = _CLOSING[(start.group(1) or "").lower()]
            pos = start.end()


def markup_bytes(job: ExtractionJob, cap: int) -> int | None:
    """The bytes of an HTML body's markup outside scripts, styles, templates and comments, counted
    until past ``cap``; None when the body is not HTML or cannot be read here (extraction says why)."""
    meter = MarkupMeter()
    counted = 0
    try:
        with _Opened(job) as stream:
            first = True
            for piece in _decoded(job, stream):
                if first and text.content_kind(job.content_type, piece[:4096]) != "html":
                    return None
                first = False
                # latin-1 maps each byte to one character: the count is in bytes, whatever the charset
                counted += sum(len(part) for part in meter.feed(piece.decode("latin-1")))
                if counted > cap:
                    return counted
            counted += sum(len(part) for part in meter.feed("", final=True))
    except (OSError, ValueError, zlib.error):
        return None
    return counted


class _Opened:
    """The job's body file, opened for reading (nothing to open when its bytes are in the job)."""

    def __init__(self, job: ExtractionJob) -> None:
        self.stream = _open(job)

    def __enter__(self) -> BinaryIO | None:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()


# -- rule 3: the tag stripper --------------------------------------------------------------

_BLOCK = re.compile(r"<(?:/?(?:p|div|h[1-6]|li|tr|table|section|article|blockquote|pre|ul|ol|dl|dt|dd|header|"
                    r"footer|nav|aside|main|figure|figcaption|form)|br|hr)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAKS = re.compile(r" ?\n[ \n]*")


class TextStripper:
    """Visible text of markup fed in pieces (outside the skipped elements): tags dropped, a block
    tag a paragraph break, entities decoded, spaces collapsed; at most ``limit`` characters kept,
    from at most ``MARKUP_PER_CHARACTER * limit`` characters of markup read."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.kept = 0
        self.markup = 0  # characters of markup read (outside the skipped elements)
        self._meter = MarkupMeter()
        self._held = ""  # an unfinished tag (or text after the last tag) waiting for the next piece

    @property
    def full(self) -> bool:
        return self.kept >= self.limit

    @property
    def done(self) -> bool:
        return self.full or self.markup >= MARKUP_PER_CHARACTER * self.limit

    def feed(self, piece: str, final: bool = False) -> None:
        for part in self._meter.feed(piece, final):
            self.markup += len(part)
            data, self._held = self._held + part, ""
            cut = len(data) if final else data.rfind(">") + 1
            if not final and len(data) - cut > HELD:  # no tag closes: the rest is text
                cut = len(data)
            self._held = data[cut:]
            self._keep(data[:cut])
        if final and self._held:
            held, self._held = self._held, ""
            self._keep(held)

    def _keep(self, markup: str) -> None:
        if not markup or self.full:
            return
        visible = html.unescape(_ANY_TAG.sub(" ", _BLOCK.sub("\n\n", markup)))
        visible = _BREAKS.sub("\n\n", _SPACES.sub(" ", visible))
        visible = visible[: self.limit - self.kept]
        self.parts.append(visible)
        self.kept += len(visible)

    def text(self) -> str:
        return re.sub(r"\n{3,}", "\n\n", _BREAKS.sub("\n\n", "".join(self.parts))).strip()


def strip_text(job: ExtractionJob, limit: int) -> Extraction:
    """The visible text of an HTML body whose markup is over the cap (rule 3), at most ``limit``
    characters of it, with the SHA-256 and length of the whole decoded body."""
    sha = hashlib.sha256()
    length = 0
    stripper = TextStripper(limit)
    decoder: codecs.IncrementalDecoder | None = None
    charset = source = None
    try:
        with _Opened(job) as stream:
            for piece in _decoded(job, stream):
                sha.update(piece)
                length += len(piece)
                if decoder is None:
                    charset, source = _charset(piece, job.content_type)
                    decoder = codecs.getincrementaldecoder(charset)(errors="replace")
                room = job.max_bytes - (length - len(piece))
                if not stripper.done and room > 0:
                    stripper.feed(decoder.decode(piece[:room]))
        if decoder is not None and not stripper.done:
            stripper.feed(decoder.decode(b"", final=True), final=True)
    except (OSError, ValueError, zlib.error) as exc:
        return Extraction(TextStatus.FAILED, f"the body could not be read: {exc}", kind="html")
    found = stripper.text()
    status, reason = _judged(found, job)
    note = (f"the page's markup is over archive.max_extract_bytes ({job.max_extract_bytes} bytes, scripts "
            f"and styles not counted): its visible text with the tags stripped, not an article extraction")
    if stripper.full:
        note += f"; the first {limit} characters"
    elif stripper.done:
        note += f"; from the first {stripper.markup} characters of its markup"
    return Extraction(status, f"{reason}; {note}" if reason else note, kind="html", text=found,
                      body_sha256=sha.hexdigest(), body_length=length,
                      text_sha256=hashlib.sha256(found.encode("utf-8")).hexdigest() if found else None,
                      charset=charset, charset_source=source, extractor=STRIPPER,
                      extractor_version=STRIPPER_VERSION, settings={"max_text_characters": limit})


def _judged(found: str, job: ExtractionJob) -> tuple[TextStatus, str | None]:
    if not found:
        return TextStatus.EMPTY, "no visible text"
    length = text.text_length(found)
    if length < job.min_text_length:
        return TextStatus.TINY, f"only {length} characters of text (archive.min_text_length is {job.min_text_length})"
    return TextStatus.OK, None


def _charset(head: bytes, content_type: str | None) -> tuple[str, str]:
    """The charset the page declares (or that its first piece decodes with), as text.decode_html finds it."""
    cut = head[:65536]
    cut = cut[: cut.rfind(b">") + 1] or cut  # whole tags: a character is never cut in two
    _, charset, source = text.decode_html(cut, content_type)
    return charset, source
