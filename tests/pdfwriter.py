"""A small writer of multi-page text PDFs shaped like those document tools produce (test data only).

Pages are US Letter with Helvetica (WinAnsi encoding), a running head and a
"Page N of M" footer on every page, the title on the first page, and the
paragraphs wrapped into one or two columns. Options reproduce what makes PDF
text extraction hard: words hyphenated at line ends, content streams that
draw a page's blocks in a shuffled order (the positions still give the
reading order), and words separated by ``TJ`` positioning instead of spaces.
"""

from __future__ import annotations

import random

__all__ = ["assemble_pdf", "write_pdf"]

_W, _H = 612, 792
_SIZE, _LEADING = 10.5, 14.0
_TOP, _BOTTOM, _LEFT = 720.0, 72.0, 72.0


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(paragraph: str, width: int, hyphenate: bool) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - 2  # a space and the hyphen
        if hyphenate and word.isalpha() and len(word) >= 8 and room >= 4 and len(word) - room >= 3:
            lines.append(f"{line} {word[:room]}-" if line else f"{word[:room]}-")
            line = word[room:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _show(text: str, kerned: bool) -> str:
    if not kerned:
        return f"({_esc(text)}) Tj"
    parts = " -280 ".join(f"({_esc(w)})" for w in text.split(" "))
    return f"[{parts}] TJ"


def write_pdf(*, title: str, author: str, paragraphs: list[str], running_head: str, seed: int = 0,
              two_columns: bool = False, shuffled_stream: bool = False, hyphenate: bool = False,
              kerned: bool = False, date: str = "20250218") -> bytes:
    """The PDF's bytes."""
    rng = random.Random(seed)
    columns = [(_LEFT, 40), (_LEFT + 246, 40)] if two_columns else [(_LEFT, 86)]
    pages: list[list[list[str]]] = []  # page -> blocks -> drawing operators
    page: list[list[str]] = [[f"BT /F2 16 Tf 1 0 0 1 {_LEFT} {_TOP + 10} Tm ({_esc(title)}) Tj ET"]]
    column, y = 0, _TOP - 24
    for paragraph in paragraphs:
        block: list[str] = []
        for line in _wrap(paragraph, columns[column][1], hyphenate):
            if y < _BOTTOM:
                page.append(block)
                block = []
                column += 1
                y = _TOP
                if column == len(columns):
                    pages.append(page)
                    page, column = [], 0
            x = columns[column][0]
            block.append(f"BT /F1 {_SIZE} Tf 1 0 0 1 {x} {y:.1f} Tm {_show(line, kerned)} ET")
            y -= _LEADING
        page.append(block)
        y -= _LEADING * 0.6
    pages.append(page)
    streams = []
    for number, blocks in enumerate(pages, 1):
        blocks = [b for b in blocks if b]
        if shuffled_stream:
            rng.shuffle(blocks)
        furniture = [f"BT /F1 8 Tf 1 0 0 1 {_LEFT} 760 Tm ({_esc(running_head)}) Tj ET",
                     f"BT /F1 8 Tf 1 0 0 1 {_W / 2 - 20} 40 Tm (Page {number} of {len(pages)}) Tj ET"]
        ops = (furniture[1:] + [op for b in blocks for op in b] + furniture[:1] if shuffled_stream
               else furniture[:1] + [op for b in blocks for op in b] + furniture[1:])
        streams.append("\n".join(ops).encode("cp1252"))
    return assemble_pdf(streams, title, author, date)


def assemble_pdf(streams: list[bytes], title: str, author: str, date: str) -> bytes:
    """A PDF with one page per content stream, Helvetica as /F1 and Helvetica-Bold as /F2, and an info dict."""
    n = len(streams)
    font1, font2 = 3 + 2 * n, 4 + 2 * n
    info = 5 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>",
                            f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()]
    for i, stream in enumerate(streams):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_W} {_H}] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font1} 0 R /F2 {font2} 0 R >> >> >>".encode())
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objects.append(f"<< /Title ({_esc(title)}) /Author ({_esc(author)}) /CreationDate (D:{date}090000Z) >>"
                   .encode("cp1252"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)
