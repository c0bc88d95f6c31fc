"""Text of a PDF in reading order, through pdfminer.six's layout analysis.

pdfminer groups characters into lines and text boxes by their position on the
page and orders the boxes column by column, so the text reads in order even
when the file draws a page's blocks in another order, or in two columns
(pypdf and pypdfium2 follow the drawing order: bench/text.py, docs/archive.md).
On top of that, measured on the labelled PDFs:

* running heads and page numbers -- a short box whose text, digits aside, is
  on at least half of the pages, or "Page N (of M)" alone -- are dropped;
* a word hyphenated at a line end is joined when the next line goes on in
  lower case ("docu-" + "ment");
* the lines of a box are joined into one paragraph; boxes are separated by a
  blank line, as Markdown paragraphs.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["PDF_SETTINGS", "PdfSettings", "PdfText", "read_pdf"]

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.IGNORECASE)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-z])")
MAX_RUNNING_WORDS = 20


@dataclass(frozen=True, kw_only=True)
class PdfSettings:
    drop_running_heads: bool = True
    join_hyphenated: bool = True
    line_margin: float = 0.5  # pdfminer LAParams: how close lines must be to share a box
    boxes_flow: float = 0.5  # pdfminer LAParams: weight of horizontal vs vertical position in box order

    def as_dict(self) -> dict[str, object]:
        return {"extractor": "pdfminer.six", "drop_running_heads": self.drop_running_heads,
                "join_hyphenated": self.join_hyphenated, "line_margin": self.line_margin,
                "boxes_flow": self.boxes_flow}


PDF_SETTINGS = PdfSettings()


@dataclass(frozen=True, kw_only=True)
class PdfText:
    text: str
    pages: int  # in the file
    pages_read: int
    encrypted: bool = False
    title: str | None = None
    author: str | None = None
    created: str | None = None  # the raw /CreationDate
    details: dict[str, str] = field(default_factory=dict)


class PdfError(Exception):
    """The PDF cannot be read (damaged, encrypted with a password, not a PDF)."""


def read_pdf(body: bytes, max_pages: int, settings: PdfSettings = PDF_SETTINGS, *,
             on_page: Callable[[], object] | None = None) -> PdfText:
    """The PDF's text in reading order; raises :class:`PdfError` for a file pdfminer cannot open.
    ``on_page`` is called before each page is read (a CPU budget per page grows there)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFException
    from pdfminer.psparser import PSException

    try:
        document = PDFDocument(PDFParser(io.BytesIO(body)), password="")
        resources = PDFResourceManager()
        device = PDFPageAggregator(resources, laparams=LAParams(line_margin=settings.line_margin,
                                                                boxes_flow=settings.boxes_flow))
        interpreter = PDFPageInterpreter(resources, device)
        pages: list[list[str]] = []
        total = 0
        for page in PDFPage.create_pages(document):
            total += 1
            if total > max_pages:
                continue
            if on_page is not None:
                on_page()
            interpreter.process_page(page)
            pages.append([box.get_text() for box in device.get_result() if isinstance(box, LTTextContainer)])
        info = _info(document)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise PdfError(f"the PDF is encrypted ({type(exc).__name__})") from None
    except (PDFException, PSException, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError) as exc:
        raise PdfError(f"pdfminer cannot read the PDF: {type(exc).__name__}: {exc}") from None
    dropped = _drop_running(pages) if settings.drop_running_heads else 0
    paragraphs = [_paragraph(box, settings.join_hyphenated) for boxes in pages for box in boxes]
    details = {"pages": str(total)}
    if dropped:
        details["running_heads_dropped"] = str(dropped)
    return PdfText(text="\n\n".join(p for p in paragraphs if p), pages=total, pages_read=len(pages),
                   details=details, title=info["title"], author=info["author"], created=info["created"])


def _paragraph(box: str, join_hyphenated: bool) -> str:
    text = box.replace("\r", "\n").strip()
    if join_hyphenated:
        text = _HYPHEN_BREAK.sub(r"\1", text)
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def _shape(box: str) -> str:
    return re.sub(r"\d+", "#", " ".join(box.split())).lower()


def _drop_running(pages: list[list[str]]) -> int:
    """Remove running heads/feet and page numbers from every page's boxes; return how many went."""
    seen = Counter(shape for boxes in pages for shape in {_shape(b) for b in boxes})
    threshold = max(2, (len(pages) + 1) // 2)
    dropped = 0
    for boxes in pages:
        keep = []
        for box in boxes:
            words = len(box.split())
            running = len(pages) > 1 and seen[_shape(box)] >= threshold and words <= MAX_RUNNING_WORDS
            if running or _PAGE_NUMBER.match(box):
                dropped += 1
            else:
                keep.append(box)
        boxes[:] = keep
    return dropped


def _info(document: object) -> dict[str, str | None]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    info = getattr(document, "info", None) or [{}]
    meta = resolve1(info[0]) if info else {}
    if not isinstance(meta, dict):
        meta = {}

    def text(key: str) -> str | None:
        value = resolve1(meta.get(key))
        if isinstance(value, bytes):
            utf16 = value.startswith(b"\xfe\xff")
            value = value[2:].decode("utf-16-be", "replace") if utf16 else decode_text(value)
        return value.strip() or None if isinstance(value, str) else None

    return {"title": text("Title"), "author": text("Author"), "created": text("CreationDate")}
