"""One WARC record, one gzip member, at the cheapest zlib level that keeps the file a valid ``.warc.gz``.

warcio's writer compresses every record at zlib level 9: 20 ms of CPU per MB of
HTML, and 30-35 ms per MB of a body that arrived gzip-encoded, which it cannot
shrink (measured: bench/limits.py). Here:

1. a response whose body is already compressed (a ``Content-Encoding`` other than
   identity, or a compressed format: images, video, audio, archives) is stored at
   level 0: deflate's stored blocks, valid gzip, about 1 ms of CPU per MB;
2. every other record (HTML, text, headers, requests, revisits) at :data:`ZLIB_LEVEL`.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Sequence

__all__ = ["ZLIB_LEVEL", "GzipMember", "compression_level"]

ZLIB_LEVEL = 1  # zlib's fastest level: about 5 ms of CPU per MB of HTML, against 20 ms at level 9
_COMPRESSED_TYPES = re.compile(r"^(image/(?!svg|bmp|x-icon)|video/|audio/|font/woff|application/(zip|gzip|"
                               r"x-gzip|x-bzip2|x-xz|zstd|x-7z-compressed|x-rar-compressed|wasm|ogg))")


def compression_level(headers: Sequence[tuple[str, str]]) -> int:
    """The zlib level for a response record: 0 (stored, no CPU) when its body is already compressed (a
    ``Content-Encoding``, or a compressed format), :data:`ZLIB_LEVEL` otherwise."""
    for name, value in headers:
        lower = name.lower()
        if lower == "content-encoding" and value.strip().lower() not in ("", "identity"):
            return 0
        if lower == "content-type" and _COMPRESSED_TYPES.match(value.strip().lower()):
            return 0
    return ZLIB_LEVEL


class GzipMember:
    """One gzip member written to ``out`` at zlib ``level`` (0: stored blocks, still valid gzip)."""

    def __init__(self, out: io.BufferedWriter, level: int) -> None:
        self.out = out
        self.compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)

    def write(self, data: bytes) -> None:
        self.out.write(self.compressor.compress(data))

    def flush(self) -> None:
        self.out.write(self.compressor.flush())
        self.out.flush()
