"""Text extraction from captured bodies: news layouts, charsets, PDFs, shells and stubs."""

from __future__ import annotations

import gzip
import zlib
from collections import Counter

import pytest
from newspages import ARTICLES, CP1251_TITLE, LAYOUTS, cp1251_page, js_shell, make_pdf, paywall_stub, render, tokens

from pipeline.archive.text import ExtractionJob, content_kind, decode_html, extract_capture
from pipeline.models import TextStatus


def extract(tmp_path, body: bytes, content_type: str | None = "text/html", encoding: str | None = None,
            url: str = "https://news.example/story", **kw):
    path = tmp_path / "body"
    path.write_bytes(body)
    return extract_capture(ExtractionJob(path, url, content_type, encoding, **kw))


def recall_precision(truth: str, text: str) -> tuple[float, float]:
    t, e = Counter(tokens(truth)), Counter(tokens(text))
    common = sum((t & e).values())
    return common / sum(t.values()), common / max(1, sum(e.values()))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_news_article_text_and_metadata_without_page_chrome(tmp_path, layout):
    article = ARTICLES[0]
    page, truth = render(article, layout)
    result = extract(tmp_path, page.encode("utf-8"), "text/html; charset=utf-8")
    assert result.status is TextStatus.OK
    assert result.title == article.title
    assert result.author == article.author
    assert result.date == article.date
    recall, precision = recall_precision(truth, result.text.replace("(https://example.gov/budget/2025-transit.pdf)", ""))
    assert recall > 0.98 and precision > 0.95
    for chrome in ("Accept all", "Most read", "Sign up", "riverside_dad", "Comments are moderated",
                   "All rights reserved", "You might also like", "Subscribe for"):
        assert chrome not in result.text
    # paragraphs and links survive as Markdown
    assert "\n\n" in result.text
    assert "[the final budget document](https://example.gov/budget/2025-transit.pdf)" in result.text
    assert result.extractor == "trafilatura" and result.extractor_version


def test_hashes_cover_the_decoded_body_and_the_text(tmp_path):
    import hashlib

    page, _ = render(ARTICLES[1])
    body = page.encode("utf-8")
    plain = extract(tmp_path, body)
    zipped = extract(tmp_path, gzip.compress(body), encoding="gzip")
    assert plain.body_sha256 == zipped.body_sha256 == hashlib.sha256(body).hexdigest()
    assert plain.text_sha256 == hashlib.sha256(plain.text.encode("utf-8")).hexdigest()
    assert zipped.text == plain.text
    deflated = extract(tmp_path, zlib.compress(body), encoding="deflate")
    assert deflated.text == plain.text


def test_windows_1251_declared_in_meta(tmp_path):
    body, truth = cp1251_page(with_meta=True)
    result = extract(tmp_path, body, "text/html")
    assert (result.status, result.charset, result.charset_source) == (TextStatus.OK, "cp1251", "meta")
    assert result.title == CP1251_TITLE
    assert truth.split("\n\n")[0] in result.text


def test_windows_1251_without_any_declaration_is_detected(tmp_path):
    body, truth = cp1251_page(with_meta=False)
    result = extract(tmp_path, body, "text/html")
    assert (result.charset, result.charset_source) == ("cp1251", "detected")
    assert truth.split("\n\n")[1] in result.text


def test_header_charset_wins_and_a_wrong_one_falls_back(tmp_path):
    body, _ = cp1251_page(with_meta=False)
    assert decode_html(body, "text/html; charset=windows-1251")[1:] == ("cp1251", "header")
    text, codec, _ = decode_html("caf\u00e9".encode("utf-8"), "text/html; charset=bogus-charset")
    assert (text, codec) == ("caf\u00e9", "utf-8")
    assert decode_html(b"\xef\xbb\xbfhello", None)[1:] == ("utf-8-sig", "bom")
    assert decode_html("na\u00efve".encode("cp1252"), "text/html; charset=iso-8859-1")[1] == "cp1252"


def test_javascript_shell_is_empty_with_the_reason(tmp_path):
    result = extract(tmp_path, js_shell().encode())
    assert result.status is TextStatus.EMPTY
    assert "JavaScript" in result.reason
    assert result.body_sha256 and result.text == ""


def test_paywall_stub_is_tiny(tmp_path):
    result = extract(tmp_path, paywall_stub(ARTICLES[1]).encode())
    assert result.status is TextStatus.TINY
    assert "characters of text" in result.reason


def test_pdf_text_and_metadata(tmp_path):
    lines = [f"Line {i}: the agency awarded grants to {i * 3} libraries (final figures)." for i in range(12)]
    result = extract(tmp_path, make_pdf("Grants awarded to libraries", lines), "application/pdf")
    assert result.status is TextStatus.OK
    assert result.kind == "pdf" and result.extractor == "pypdf"
    assert result.title == "Grants awarded to libraries"
    assert result.author == "Office of Public Affairs"
    assert result.date == "2025-02-18"
    assert "the agency awarded grants to 33 libraries (final figures)" in result.text


def test_pdf_served_with_a_generic_type_is_still_a_pdf(tmp_path):
    result = extract(tmp_path, make_pdf("Short", ["one line"]), "application/octet-stream")
    assert result.kind == "pdf" and result.status is TextStatus.TINY


def test_broken_pdf_and_bad_gzip_fail_with_reasons(tmp_path):
    broken = extract(tmp_path, b"%PDF-1.4\n this is not really a pdf", "application/pdf")
    assert broken.status is TextStatus.FAILED and "PDF" in broken.reason
    bad = extract(tmp_path, b"not gzip at all", encoding="gzip")
    assert bad.status is TextStatus.FAILED and "gzip" in bad.reason
    unknown = extract(tmp_path, b"....", encoding="br")
    assert unknown.status is TextStatus.FAILED and "Content-Encoding" in unknown.reason


def test_decoded_size_cap_stops_a_compression_bomb(tmp_path):
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    result = extract(tmp_path, bomb, encoding="gzip", max_bytes=1_000_000)
    assert result.status is TextStatus.FAILED and "larger than" in result.reason


def test_other_content_types_are_skipped(tmp_path):
    result = extract(tmp_path, b"\x89PNG\r\n\x1a\n....", "image/png")
    assert result.status is TextStatus.SKIPPED and "image/png" in result.reason
    assert content_kind("text/plain", b"<!DOCTYPE html><html>") == "html"


def test_an_unexpected_library_fault_fails_the_capture_not_the_run(tmp_path):
    # a PDF whose page tree points at itself: pypdf recurses or raises something unusual
    looped = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              b"2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
              b"trailer << /Root 1 0 R >>\n%%EOF\n")
    result = extract(tmp_path, looped, "application/pdf")
    assert result.status in (TextStatus.FAILED, TextStatus.EMPTY)
    assert result.reason
