"""Each page's share of extraction: the markup cap and its tag stripper, and the CPU limit in a worker."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import os

import pytest
from newspages import ARTICLES, make_pdf, render
from spinning import spin_on_marked_pages

from pipeline.archive import pdf, textjob
from pipeline.archive.text import ExtractionJob
from pipeline.looppool import LoopPool
from pipeline.models import TextStatus
from pipeline.workers import exit_with, pool_context

FILLER = '<div class="related"><span>Related</span> <a href="/r">More stories</a></div>\n'


def padded_page(filler_blocks: int) -> bytes:
    """An article page with a large script, a style and a comment, then ``filler_blocks`` small blocks."""
    page, _ = render(ARTICLES[0])
    extra = ("<script>window.__STATE__=" + '{"k": "<div>not markup</div>"}' * 20_000 + "</script>"
             "<style>.a{color:red}</style><!-- " + "<p>commented out</p>" * 1000 + " -->"
             + FILLER * filler_blocks)
    return page.replace("</body>", extra + "</body>").encode("utf-8")


def job(body: bytes, cap: int | None, **kw: object) -> ExtractionJob:
    return ExtractionJob(body, "https://news.example/story", "text/html; charset=utf-8",
                         max_extract_bytes=cap, **kw)  # type: ignore[arg-type]


def test_the_markup_measure_leaves_out_scripts_styles_templates_and_comments_wherever_the_pieces_break():
    page = padded_page(10)
    counted = textjob.markup_bytes(job(page, None), 10**9)
    assert counted is not None and counted < len(page) - 600_000  # the 640 KB script is not counted
    meter = textjob.MarkupMeter()
    text = page.decode("latin-1")
    in_pieces = [part for i in range(0, len(text), 7) for part in meter.feed(text[i:i + 7])]
    in_pieces += list(meter.feed("", final=True))
    assert sum(map(len, in_pieces)) == counted  # the same count, however the body is cut
    assert "not markup" not in "".join(in_pieces) and "commented out" not in "".join(in_pieces)
    assert textjob.markup_bytes(job(b"%PDF-1.4 ...", None), 10) is None  # not HTML: not measured


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_a_page_just_under_the_cap_is_extracted_and_one_just_over_is_stripped_with_the_reason(encoding):
    page = padded_page(2_000)
    body = gzip.compress(page) if encoding else page
    size = textjob.markup_bytes(job(body, None, content_encoding=encoding), 10**9)
    assert size is not None
    under = textjob.extract_within_limits(job(body, size, content_encoding=encoding))
    over = textjob.extract_within_limits(job(body, size - 1, content_encoding=encoding))
    assert under.status is TextStatus.OK and under.extractor == "trafilatura"
    assert ARTICLES[0].paragraphs[0][:60] in under.text
    assert over.status is TextStatus.OK and over.extractor == textjob.STRIPPER
    assert "archive.max_extract_bytes" in (over.reason or "") and "tags stripped" in (over.reason or "")
    assert ARTICLES[0].title in over.text and "More stories" in over.text  # the visible text, page chrome too
    assert "not markup" not in over.text and "<div" not in over.text and "commented out" not in over.text
    assert over.body_sha256 == under.body_sha256 == hashlib.sha256(page).hexdigest()  # the whole body
    assert over.body_length == len(page) and over.text_sha256 == hashlib.sha256(over.text.encode()).hexdigest()


def test_the_stripper_keeps_at_most_its_limit_of_text_and_reads_a_bounded_part_of_a_huge_page(tmp_path):
    path = tmp_path / "body"
    with path.open("wb") as out:  # 24 MB of element-dense markup, and an unclosed "<" of 1 MB
        out.write(b"<html><body><p>" + b"<" + b"x" * (1 << 20) + b"</p>")
        for _ in range(24):
            out.write(b"<div><span>word</span></div>" * 36_000)
    limit = 200_000
    found = textjob.extract_within_limits(ExtractionJob(path, "https://huge.example/", "text/html",
                                                        max_extract_bytes=limit))
    assert found.extractor == textjob.STRIPPER and len(found.text) <= limit
    assert found.body_length == path.stat().st_size
    assert found.body_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "the first 200000 characters" in (found.reason or "")


def test_without_a_cap_every_page_goes_to_the_extractor():
    found = textjob.extract_within_limits(job(padded_page(2_000), None))
    assert found.extractor == "trafilatura"


def test_each_pdf_page_read_is_announced_for_its_cpu_budget():
    calls: list[int] = []
    body = make_pdf("A statement", ["One line of text."])
    found = pdf.read_pdf(body, 5, on_page=lambda: calls.append(1))
    assert found.pages_read == 1 and calls == [1]
    assert pdf.read_pdf(body, 0, on_page=lambda: calls.append(1)).pages_read == 0 and calls == [1]


def test_an_extraction_past_its_cpu_limit_fails_with_the_reason_and_its_worker_is_replaced():
    spinning = ExtractionJob(b"<html><body><p>hello</p></body></html>", "https://slow.example/spin", "text/html",
                             max_extract_bytes=1_000_000, cpu_limit_s=0.3, extract_with=spin_on_marked_pages)
    fine = ExtractionJob(render(ARTICLES[1])[0].encode(), "https://news.example/ok", "text/html",
                         max_extract_bytes=1_000_000, cpu_limit_s=30, extract_with=spin_on_marked_pages)

    async def main() -> tuple[object, object, int]:
        pool = LoopPool(1, pool_context(), initializer=exit_with, initargs=(os.getpid(),))
        try:
            stopped = await pool.run(textjob.extract_within_limits, spinning)
            after = await pool.run(textjob.extract_within_limits, fine)
            return stopped, after, pool.retired
        finally:
            pool.close()

    stopped, after, retired = asyncio.run(main())
    assert stopped.status is TextStatus.FAILED  # type: ignore[attr-defined]
    assert "archive.extract_cpu_limit_s is 0.3 s" in stopped.reason  # type: ignore[attr-defined]
    assert after.status is TextStatus.OK and retired == 1  # type: ignore[attr-defined]
