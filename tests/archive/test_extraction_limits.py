"""No page costs more than its share: a 200 MB page and an extraction that never ends, beside ordinary pages.

Both are captured in the WARC; the huge page's text comes from the tag stripper (its markup is over
archive.max_extract_bytes) and the endless one's is failed at archive.extract_cpu_limit_s, each with
its reason; the pages beside them get their text, the check's verdicts do not change, and the
worker that was stopped is replaced."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
from conftest import corpus_config, db_rows, fast_http, write_events
from replaytools import assert_warcio_check_passes
from servers import Handler, LoopbackServer
from spinning import SPIN_MARK, spin_on_marked_pages

from pipeline.archive import stage as archive_stage
from pipeline.archive import textjob
from pipeline.check import stage as check_stage
from pipeline.config import Config
from pipeline.db import open_database
from pipeline.extract import stage as extract_stage

HUGE_BYTES = 200 * 1024 * 1024
ARTICLE = "The council voted seven to two on Tuesday to approve a budget of 1.2 billion dollars. " * 12
PATHS = ["/news/0", "/huge", f"{SPIN_MARK}/story", "/news/1", "/news/2"]


def _huge(h: Handler) -> None:
    """200 MB of element-dense markup, made as it is sent (never held in memory)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(HUGE_BYTES))
    h.end_headers()
    if h.command == "HEAD":
        return
    head = b"<html><head><title>Everything</title></head><body><h1>Everything</h1>"
    block = b"<div class=row><span>cell</span><a href=/x>link</a></div>\n" * 4096
    sent = 0
    try:
        h.wfile.write(head)
        sent = len(head)
        while sent < HUGE_BYTES:
            piece = block[:HUGE_BYTES - sent]
            h.wfile.write(piece)
            sent += len(piece)
    except OSError:  # the client stopped reading at its cap
        h.close_connection = True


def _article(h: Handler) -> None:
    if "sourcevault-probe-" in h.path:
        h.page("Not found", "No such page.", 404)
        return
    h.page(f"Story {h.route_path}", ARTICLE + h.route_path)


def _project(folder: Path, server: LoopbackServer, **archive: object) -> Config:
    write_events(folder / "events", {"e": [server.url(p) for p in PATHS]})
    config = corpus_config(folder)
    config = config.replace(http=fast_http(total_timeout_s=60, read_timeout_s=20),  # 20 MB read on a loaded machine
                            archive=dataclasses.replace(config.archive, wayback_lookup=False,
                                                        max_body_bytes=20_000_000, **archive))
    extract_stage.run(open_database(config.paths.database), config)
    return config


def _verdicts(config: Config) -> dict[str, str]:
    rows = db_rows(config, "SELECT l.url, s.verdict FROM links l JOIN link_states s ON s.link_id = l.id")
    return {url.rsplit(":", 1)[1].split("/", 1)[1]: verdict for url, verdict in rows}


@pytest.mark.slow
def test_a_huge_page_and_an_endless_extraction_are_captured_and_cost_only_their_share(tmp_path, monkeypatch,
                                                                                      caplog):
    monkeypatch.setattr(textjob, "EXTRACT_WITH", spin_on_marked_pages)  # pages under /spin never finish
    with LoopbackServer({"/huge": _huge}, fallback=_article) as server:
        plain = _project(tmp_path / "plain", server)  # the check alone, capturing nothing: the verdicts to keep
        check_stage.run(open_database(plain.paths.database), plain, capture=False)
        config = _project(tmp_path / "limited", server, process_pool=1, extract_cpu_limit_s=2)
        db = open_database(config.paths.database)
        with caplog.at_level(logging.INFO, logger="pipeline.looppool"):
            checked = check_stage.run(db, config)  # captures as it checks (one GET per link)
            archived = archive_stage.run(db, config)
    assert checked.captured == len(PATHS) and archived.captured == 0  # all captured beside the check

    assert _verdicts(config) == _verdicts(plain)  # extraction changed no verdict
    rows = {url.rsplit(":", 1)[1].split("/", 1)[1]: rest for url, *rest in db_rows(config, (
        "SELECT url, warc_record_id, text_status, text_reason, extractor, copy_path, body_length FROM captures"))}
    assert all(row[0] for row in rows.values())  # every page has its WARC record
    huge, spin = rows["huge"], rows[PATHS[2].lstrip("/")]
    assert huge[1] == "ok" and huge[3] == textjob.STRIPPER and huge[4]  # a copy, of the stripped text
    assert "archive.max_extract_bytes" in huge[2] and huge[5] == config.archive.max_body_bytes
    assert spin[1] == "failed" and "archive.extract_cpu_limit_s is 2 s" in spin[2] and spin[4] is None
    for path in ("news/0", "news/1", "news/2"):
        assert rows[path][1] == "ok" and rows[path][3] == "trafilatura" and rows[path][4]
    copy = (config.paths.archive / huge[4]).read_text(encoding="utf-8")
    assert "extraction_note:" in copy and "Everything" in copy and len(copy) < 2 * config.archive.max_extract_bytes
    assert any("replaced: its job asked" in r.getMessage() for r in caplog.records)  # the stopped worker
    for warc in (config.paths.archive / "warc").iterdir():
        assert_warcio_check_passes(warc)


def test_a_pdf_cut_at_the_size_cap_is_kept_in_the_warc_and_its_text_skipped_with_the_reason(tmp_path):
    # a cut PDF has lost its cross-reference table (at the end): parsing it would cost seconds and the body's
    # size again in memory for text that is rarely there; the whole one beside it gets its text
    from pdfwriter import write_pdf
    from warcio.archiveiterator import ArchiveIterator

    paragraphs = [f"Paragraph {i} of the court's ruling on the harbour contract, read in full. " * 6
                  for i in range(120)]
    big = write_pdf(title="Ruling", author="Court", paragraphs=paragraphs, running_head="Ruling")
    small = write_pdf(title="Order", author="Court", paragraphs=paragraphs[:8], running_head="Order")
    cap = (len(small) + len(big)) // 2
    routes = {"/big.pdf": lambda h: h.send(200, big, ctype="application/pdf"),
              "/small.pdf": lambda h: h.send(200, small, ctype="application/pdf")}
    with LoopbackServer(routes) as server:  # type: ignore[arg-type]
        write_events(tmp_path / "events", {"e": [server.url("/big.pdf"), server.url("/small.pdf")]})
        config = corpus_config(tmp_path)
        config = config.replace(archive=dataclasses.replace(config.archive, wayback_lookup=False, process_pool=1,
                                                            max_body_bytes=cap))
        db = open_database(config.paths.database)
        extract_stage.run(db, config)
        check_stage.run(db, config)
        archive_stage.run(db, config)
    rows = {url.rsplit("/", 1)[1]: rest for url, *rest in db_rows(config, (
        "SELECT url, text_status, text_reason, copy_path, warc_file, warc_offset FROM captures"))}
    status, reason, copy, warc_file, offset = rows["big.pdf"]
    assert status == "skipped" and copy is None
    assert "cut at the size cap" in reason and "archive.max_body_bytes" in reason
    with open(config.paths.archive / "warc" / warc_file, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Truncated") == "length"
        assert record.content_stream().read() == big[:cap]  # the bytes kept, as received
    assert rows["small.pdf"][0] == "ok" and rows["small.pdf"][2]
