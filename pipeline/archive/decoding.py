"""A captured body made readable: its Content-Encoding undone and hashed, and an HTML body's charset found.

:func:`read_decoded` gives the bytes the text is made from (the first ``max_bytes`` of the decoded body)
with the SHA-256 and length of all the stored bytes decode to; it raises :class:`BodyError` with a
reason when the body cannot be read or decoded. :func:`decode_html` turns an HTML body into text with the
charset a browser would use (byte-order mark, HTTP header, ``<meta>`` tag, then detection) and says where
the charset came from.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

from ..net.bodies import Decoder

__all__ = ["BodyError", "decode_html", "read_decoded"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class BodyError(Exception):
    """The stored body cannot be read, or its Content-Encoding cannot be undone (the message says which)."""


def read_decoded(body: Path | bytes, content_encoding: str | None, max_bytes: int) -> tuple[bytes, str, int]:
    """The first ``max_bytes`` bytes of the body with its Content-Encoding undone (what the text is
    made from), and the SHA-256 and length of *all* that the stored bytes decode to: what ``warcio extract
    --payload`` prints. A body past the cap is cut, not refused; a gzip stored whole (or cut while still
    arriving) may decode past the cap, and is hashed piece by piece, never held whole."""
    try:
        raw = body if isinstance(body, bytes) else body.read_bytes()
    except OSError as exc:
        raise BodyError(f"cannot read the captured body: {exc.strerror or exc}") from None
    encodings = [e.strip().lower() for e in (content_encoding or "").split(",") if e.strip()]
    pieces: Iterable[bytes] = (raw,)
    for enc in reversed(encodings):  # applied in order, so undone in reverse
        if enc in ("identity", ""):
            continue
        if enc not in ("gzip", "x-gzip", "deflate"):
            raise BodyError(f"unsupported Content-Encoding {enc!r}; the raw body is kept in the WARC")
        pieces = Decoder(enc).stream(pieces)
    if pieces == (raw,):  # not encoded: the body itself (no copy when it is under the cap)
        return raw[:max_bytes], hashlib.sha256(raw).hexdigest(), len(raw)
    kept = io.BytesIO()  # its getvalue() hands over its buffer: the text's bytes are not copied at the end
    sha = hashlib.sha256()
    length = 0
    try:
        for piece in pieces:
            sha.update(piece)
            length += len(piece)
            if kept.tell() < max_bytes:
                kept.write(piece[:max_bytes - kept.tell()])
    except zlib.error:
        raise BodyError(f"the body is not valid {content_encoding} data") from None
    return kept.getvalue(), sha.hexdigest(), length



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


