"""A CDXJ index of WARC files: one line per response or revisit record, sorted by key.

Each line is ``<SURT key> <14-digit timestamp> <JSON>``, the JSON holding
``url``, ``mime``, ``status``, ``digest``, ``length``, ``offset`` and
``filename`` — the form pywb's and Webrecorder's indexers (cdxj-indexer)
write and ReplayWeb.page reads from a WACZ's ``indexes/index.cdx``.

The SURT key follows the ``surt`` package's default canonicalization for the
URLs we archive (scheme dropped, host lower-cased and reversed with a leading
``www``/``www2``… dropped, default port dropped, path and query lower-cased, a
trailing slash dropped, query parameters sorted, fragment dropped); session-id
stripping and percent-escape normalisation are left out (a replay tool looks a
URL up by the JSON's ``url`` as well).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from ..models import RecordType

__all__ = ["index_lines", "surt_key"]

_WWW = re.compile(r"^www\d*\.")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def surt_key(url: str) -> str:
    """The SURT form of ``url``: ``com,example)/path?a=1&b=2``."""
    parts = urlsplit(url.strip())
    host = _WWW.sub("", (parts.hostname or "").lower().rstrip("."))
    key = ",".join(reversed(host.split(".")))
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        key += f":{port}"
    path = (parts.path or "/").lower()
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = "&".join(sorted(q for q in parts.query.lower().split("&") if q))
    return f"{key}){path}" + (f"?{query}" if query else "")


def _timestamp(warc_date: str) -> str:
    return re.sub(r"\D", "", warc_date)[:14].ljust(14, "0")


def _entries(path: Path, name: str) -> Iterator[str]:
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            if record.rec_type not in (RecordType.RESPONSE, RecordType.REVISIT):
                continue
            h = record.rec_headers
            url = h.get_header("WARC-Target-URI") or ""
            http = record.http_headers
            status = http.get_statuscode() if http is not None else None
            mime = "warc/revisit" if record.rec_type == RecordType.REVISIT else \
                (http.get_header("Content-Type") or "" if http is not None else "").split(";")[0].strip().lower()
            entry = {"url": url, "mime": mime} if mime else {"url": url}  # no type: none, as cdxj-indexer
            if status:
                entry["status"] = status
            if digest := h.get_header("WARC-Payload-Digest"):
                entry["digest"] = digest
            while record.raw_stream.read(1 << 16):  # to the record's end, so its length is known
                pass
            entry.update(length=str(it.get_record_length()), offset=str(it.get_record_offset()), filename=name)
            yield f"{surt_key(url)} {_timestamp(h.get_header('WARC-Date') or '')} {json.dumps(entry)}\n"


def index_lines(warcs: Iterable[tuple[Path, str]]) -> list[str]:
    """The sorted index lines of ``(path, name in the index)`` WARC files."""
    lines: list[str] = []
    for path, name in warcs:
        lines.extend(_entries(path, name))
    return sorted(lines)
