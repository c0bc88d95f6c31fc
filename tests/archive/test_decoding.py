"""A captured body made readable: Content-Encoding undone within the cap, hashed whole; an HTML body's charset."""

from __future__ import annotations

import gzip
import hashlib
import zlib

import pytest
from newspages import cp1251_page

from pipeline.archive.decoding import BodyError, decode_html, read_decoded


def test_header_charset_wins_and_a_wrong_one_falls_back():
    body, _ = cp1251_page(with_meta=False)
    assert decode_html(body, "text/html; charset=windows-1251")[1:] == ("cp1251", "header")
    text, codec, _ = decode_html("caf\u00e9".encode("utf-8"), "text/html; charset=bogus-charset")
    assert (text, codec) == ("caf\u00e9", "utf-8")
    assert decode_html(b"\xef\xbb\xbfhello", None)[1:] == ("utf-8-sig", "bom")
    assert decode_html("na\u00efve".encode("cp1252"), "text/html; charset=iso-8859-1")[1] == "cp1252"


@pytest.mark.parametrize("encoding", [None, "identity", "gzip", "deflate", "gzip, identity"])
def test_the_text_comes_from_the_first_bytes_and_the_hash_from_all_the_body_decodes_to(tmp_path, encoding):
    page = b"<p>" + b"harbour " * 200_000 + b"</p>"
    stored = {"gzip": gzip.compress, "deflate": zlib.compress, "gzip, identity": gzip.compress}.get(
        encoding or "", lambda b: b)(page)
    path = tmp_path / "body"
    path.write_bytes(stored)
    for body in (stored, path):  # the bytes in hand, or the spooled file
        kept, sha, length = read_decoded(body, encoding, 100_000)
        assert kept == page[:100_000]
        assert (sha, length) == (hashlib.sha256(page).hexdigest(), len(page))


@pytest.mark.parametrize(("body", "encoding", "said"), [
    (b"not gzip at all", "gzip", "not valid gzip"),
    (b"....", "br", "unsupported Content-Encoding 'br'"),
])
def test_a_body_that_cannot_be_decoded_says_why(body, encoding, said):
    with pytest.raises(BodyError, match=said):
        read_decoded(body, encoding, 1_000)


def test_a_body_file_that_is_gone_says_so(tmp_path):
    with pytest.raises(BodyError, match="cannot read the captured body"):
        read_decoded(tmp_path / "gone", None, 1_000)
