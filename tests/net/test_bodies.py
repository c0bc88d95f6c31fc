"""Bounded content decoding: what arrives compressed never inflates past the room given."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import pytest

from pipeline.net.bodies import Decoder

TEXT = b"<html>" + b"council budget " * 5000 + b"</html>"


def decode_all(decoder: Decoder, data: bytes, room: int, chunk: int = 1000) -> tuple[bytes, bool]:
    out = bytearray()
    for i in range(0, len(data), chunk):
        piece, over = decoder.decode(data[i:i + chunk], room - len(out))
        out += piece
        if over:
            return bytes(out), True
    return bytes(out), False


@pytest.mark.parametrize("encoding, data", [
    ("gzip", gzip.compress(TEXT)),
    ("x-gzip", gzip.compress(TEXT)),
    ("deflate", zlib.compress(TEXT)),
    ("deflate", zlib.compress(TEXT)[2:-4]),  # raw deflate, as some servers send it
    ("gzip", gzip.compress(TEXT[:30000]) + gzip.compress(TEXT[30000:])),  # two gzip members
    ("identity", TEXT),
    ("br", TEXT),  # not decoded: counted as it came
])
def test_decodes_within_room(encoding: str, data: bytes) -> None:
    assert decode_all(Decoder(encoding), data, len(TEXT)) == (TEXT, False)


ZEROS = b"\0" * 5_000_000


@pytest.mark.parametrize("encoding, data, plain", [
    ("gzip", gzip.compress(TEXT), TEXT),
    ("deflate", zlib.compress(TEXT)[2:-4], TEXT),  # raw deflate
    ("gzip", gzip.compress(TEXT[:30000]) + gzip.compress(TEXT[30000:]), TEXT),  # two gzip members
    ("gzip", gzip.compress(ZEROS), ZEROS),  # a small bomb: one chunk inflates to many pieces
    ("identity", TEXT, TEXT),
])
def test_stream_decodes_everything_in_bounded_pieces(encoding: str, data: bytes, plain: bytes) -> None:
    chunks = [data[i:i + 1000] for i in range(0, len(data), 1000)]
    pieces = list(Decoder(encoding).stream(chunks, piece=4096))
    assert b"".join(pieces) == plain
    assert encoding == "identity" or max(map(len, pieces)) <= 4096


def test_a_second_gzip_member_split_after_its_first_byte_is_still_decoded() -> None:
    """The network may cut a read anywhere, e.g. just after the first byte of the next gzip member."""
    first, second = gzip.compress(TEXT[:30000]), gzip.compress(TEXT[30000:])
    for cut in (1, 2, 3):  # the next read starts inside the second member's magic number, or just after it
        chunks = [first + second[:cut], second[cut:]]
        assert b"".join(Decoder("gzip").stream(chunks)) == TEXT
        decoder, out = Decoder("gzip"), bytearray()
        for chunk in chunks:
            out += decoder.decode(chunk, len(TEXT))[0]
        assert bytes(out) == TEXT


def test_overflow_is_reported_without_inflating_everything() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    out, over = decode_all(Decoder("gzip"), bomb, 10_000, chunk=len(bomb))
    assert over and len(out) == 10_000


@pytest.mark.parametrize("encoding, data", [("gzip", gzip.compress(TEXT)), ("deflate", zlib.compress(TEXT)),
                                            ("identity", TEXT)])
def test_take_counts_a_whole_body_and_keeps_its_start(encoding: str, data: bytes) -> None:
    kept, count, over = Decoder(encoding).take(data, len(TEXT), keep=100)
    assert (kept, count, over) == (TEXT[:100], len(TEXT), False)
    assert Decoder(encoding).take(data, 5000, keep=None) == (TEXT[:5000], 5000, True)


def test_a_bomb_under_a_large_cap_is_counted_without_being_held() -> None:
    """A small gzip of 48 MB read under a 50 MB cap (the archive's): counted whole, only its start kept,
    and never more than a few megabytes held at once."""
    bomb = gzip.compress(b"\0" * 48_000_000)
    tracemalloc.start()
    try:
        kept, count, over = Decoder("gzip").take(bomb, 50_000_000, keep=262_144)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (len(kept), count, over) == (262_144, 48_000_000, False)
    assert peak < 8_000_000
