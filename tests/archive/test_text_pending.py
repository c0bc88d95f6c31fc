"""Text jobs behind the check: a capture's row is stored with text 'pending', its text comes later.

The extractor is replaced (``textqueue.EXTRACT``, the hook the worker calls) by one that blocks
until the test releases it, or that counts its calls; ``archive.process_pool: 0`` runs the jobs
in threads of the test's process, so the hook and its gate are shared."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from pathlib import Path

import pytest
from archiveworld import make_config, news, write_cli_config, write_events
from click.testing import CliRunner
from servers import LoopbackServer
from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import copies, textqueue
from pipeline.archive.shared import SharedCapture
from pipeline.archive.stage import _Archiver
from pipeline.archive.text import extract_capture
from pipeline.archive.warc import new_record_id
from pipeline.audit.verify import verify_archive
from pipeline.cli import main
from pipeline.clock import utc_now
from pipeline.config import load_config
from pipeline.db import captures, open_database
from pipeline.models import TextStatus

PAGES = [f"/story/{i}" for i in range(4)]


class Gate:
    """An extractor that waits until released, and notes when each job began and finished."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.started: list[str] = []
        self.finished: list[str] = []

    def __call__(self, job):
        self.started.append(job.url)
        if not self.released.wait(60):  # a safety net: a check that waited for it would hang here
            raise RuntimeError("the text job was never released")
        result = extract_capture(job)
        self.finished.append(job.url)
        return result


@pytest.fixture(autouse=True)
def root_logger_kept():
    """The CLI sets up logging (``-q``: errors only) on the root logger: put it back for the tests after."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    named = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    yield
    for name, was in named.items():
        logging.getLogger(name).setLevel(was)
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)


@pytest.fixture
def gate(monkeypatch):
    gate = Gate()
    monkeypatch.setattr(textqueue, "EXTRACT", gate)
    yield gate
    gate.released.set()  # abandoned jobs end with the test


@pytest.fixture
def calls(monkeypatch):
    seen: list[str] = []

    def counting(job):
        seen.append(job.url)
        return extract_capture(job)

    monkeypatch.setattr(textqueue, "EXTRACT", counting)
    return seen


def routes() -> dict:
    return {"/robots.txt": lambda h: h.send(404, ""), **{p: news(i) for i, p in enumerate(PAGES)}}


def cli(cfg: Path, *args: str):
    return CliRunner().invoke(main, ["--config", str(cfg), *args])


def checked_with_text_blocked(tmp_path: Path, srv: LoopbackServer) -> Path:
    """Events citing PAGES, checked (the check's GET is each page's capture) while extraction is blocked;
    one capture slot (archive.max_in_flight): a slot that waited for the text would hold the check up."""
    write_events(tmp_path / "events", [srv.url(p) for p in PAGES])
    cfg = write_cli_config(tmp_path)
    cfg.write_text(cfg.read_text().replace("archive:", "archive:\n  max_in_flight: 1", 1))
    assert cli(cfg, "extract", "-q").exit_code == 0
    result = cli(cfg, "check", "-q")
    assert result.exit_code in (0, 1), result.output
    return cfg


def records_and_rows(archive: Path, db) -> tuple[set[str], set[str]]:
    """Response/revisit record ids in the WARC files, and the record ids the capture rows name."""
    found = set()
    for path in (archive / "warc").glob("*.warc.gz"):
        with open(path, "rb") as fh:
            found |= {r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(fh)
                      if r.rec_type in ("response", "revisit")}
    named = {c.warc_record_id for c in captures.captures_of(db) if c.warc_record_id}
    return found, named


def test_every_verdict_is_recorded_before_any_text_job_finishes_then_the_archive_stage_makes_every_copy(
        tmp_path, gate):
    with LoopbackServer(routes()) as srv:
        cfg = checked_with_text_blocked(tmp_path, srv)  # returns although no text job can finish
        db = open_database(tmp_path / "db.sqlite")
        verdicts = db.execute("SELECT count(*) FROM link_states").fetchone()[0]
        assert verdicts == len(PAGES) and gate.finished == []  # every verdict, before any text
        assert gate.started  # the jobs did start beside the check
        rows = captures.captures_of(db)
        assert [r.text_status for r in rows] == [TextStatus.PENDING] * len(PAGES)
        assert all(r.warc_record_id and r.copy_path is None for r in rows)
        gate.released.set()
        result = cli(cfg, "archive")
        assert result.exit_code == 0, result.output
        assert "text ok 4" in result.output
        rows = captures.captures_of(db)
        assert all(r.text_status is TextStatus.OK and r.copy_path for r in rows)
        assert all(srv.traffic.count(p, "GET") == 1 for p in PAGES)  # captured by the check's GET alone
        db.close()


def test_pending_jobs_left_by_a_stopped_check_are_extracted_by_the_next_run_without_fetching_again(tmp_path, gate):
    with LoopbackServer(routes()) as srv:
        cfg = checked_with_text_blocked(tmp_path, srv)
        gets = {p: srv.traffic.count(p, "GET") for p in PAGES}
        db = open_database(tmp_path / "db.sqlite")
        found, named = records_and_rows(tmp_path / "archive", db)
        assert found == named and len(named) == len(PAGES)  # no record without its row, nor a row without one
        assert verify_archive(db, tmp_path / "archive").ok  # pending is no finding
        gate.released.set()
        textqueue.EXTRACT = extract_capture  # a fresh run, with the usual extractor (monkeypatch restores it)
        result = cli(cfg, "archive", "-q")
        assert result.exit_code == 0, result.output
        assert {p: srv.traffic.count(p, "GET") for p in PAGES} == gets == dict.fromkeys(PAGES, 1)
        found, named = records_and_rows(tmp_path / "archive", db)
        assert found == named and len(named) == len(PAGES)
        rows = captures.captures_of(db)
        assert all(r.text_status is TextStatus.OK for r in rows)
        for row in rows:  # each copy names the record its text came from
            front = copies.read_front_matter(tmp_path / "archive" / row.copy_path)
            assert front["url"] == row.url and front["text_from"] == row.warc_record_id
        report = verify_archive(db, tmp_path / "archive")
        assert report.ok and report.pending == 0, report.problems
        db.close()


def test_verify_status_captures_match_and_report_know_a_pending_capture(tmp_path, gate):
    with LoopbackServer(routes()) as srv:
        cfg = checked_with_text_blocked(tmp_path, srv)
        verify = cli(cfg, "verify")
        assert verify.exit_code == 0, verify.output
        assert "4 text pending: all hashes verify" in verify.output
        assert "note: 4 capture(s) with text pending" in verify.output
        status = cli(cfg, "status")
        assert "0 without usable text" in status.output and "4 text pending" in status.output
        listed = cli(cfg, "captures").output.splitlines()
        assert sum(line.startswith("pending ") for line in listed) == len(PAGES)
        assert cli(cfg, "captures", "--flagged").output.strip() == ""  # pending needs no look
        assert cli(cfg, "match", "-q").exit_code == 0  # nothing to match yet, and no fault
        assert cli(cfg, "report", "-q").exit_code in (0, 1)
        config = load_config(cfg)
        report_text = "".join(p.read_text(encoding="utf-8") for p in Path(config.report.output_dir).glob("*.md"))
        assert "Archived without text: 0" in report_text  # pending is not "no usable text"
        gate.released.set()
        textqueue.EXTRACT = extract_capture
        assert cli(cfg, "archive", "-q").exit_code == 0
        assert cli(cfg, "match", "-q").exit_code == 0
        db = open_database(tmp_path / "db.sqlite")
        own = db.execute("SELECT count(*) FROM copies WHERE kind = 'own' AND present = 1").fetchone()[0]
        db.close()
        assert own == len(PAGES)  # matched once they have text
        assert "text pending" not in cli(cfg, "verify").output


def test_one_extraction_per_payload_a_copy_per_url_and_none_for_an_error_page(tmp_path, calls):
    page = news(0)
    missing = lambda h: h.page("Not found", "There is no such page here, sorry. " * 30, 404)  # noqa: E731
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/a": page, "/b": page, "/c": page,
                         "/missing": missing}) as srv:
        write_events(tmp_path / "events", [srv.url("/a"), srv.url("/b"), srv.url("/missing")])
        cfg = write_cli_config(tmp_path)
        assert cli(cfg, "extract", "-q").exit_code == 0
        assert cli(cfg, "archive", "-q").exit_code == 0
        assert len(calls) == 1  # /a and /b share a payload; the 404's body is not extracted
        db = open_database(tmp_path / "db.sqlite")
        rows = {c.url.rsplit("/", 1)[1]: c for c in captures.captures_of(db)}
        a, b, gone = rows["a"], rows["b"], rows["missing"]
        assert (gone.text_status, gone.text_reason, gone.copy_path) == (
            TextStatus.SKIPPED, "HTTP 404: not extracted", None)
        assert a.copy_path != b.copy_path and a.text_sha256 == b.text_sha256 and a.extractor_key == b.extractor_key
        origin = a if a.record_type == "response" else b
        for row in (a, b):
            front = copies.read_front_matter(tmp_path / "archive" / row.copy_path)
            assert front["url"] == row.url and front["warc_record_id"] == row.warc_record_id
            assert front["text_from"] == origin.warc_record_id  # the record whose payload was read
        # the extractor's settings change: the next capture of that payload is extracted again
        write_events(tmp_path / "events", [srv.url(p) for p in ("/a", "/b", "/missing", "/c")])
        text = cfg.read_text().replace("archive:", "archive:\n  min_text_length: 400", 1)
        cfg.write_text(text)
        assert cli(cfg, "extract", "-q").exit_code == 0
        assert cli(cfg, "archive", "-q").exit_code == 0
        assert len(calls) == 2
        [c] = captures.captures_of(db, srv.url("/c"))
        assert c.text_status is TextStatus.OK and c.extractor_key != a.extractor_key and c.record_type == "revisit"
        assert verify_archive(db, tmp_path / "archive").ok
        db.close()


def test_a_recapture_made_by_the_check_is_judged_for_drift_when_its_text_job_runs(tmp_path, monkeypatch):
    import dataclasses

    from archiveworld import Clock
    from newspages import ARTICLES, render

    from pipeline import runner

    pages = {"/story": render(ARTICLES[0], "semantic")[0]}
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""),
                         "/story": lambda h: h.send(200, pages["/story"])}) as srv:
        write_events(tmp_path / "events", [srv.url("/story")])
        config = load_config(write_cli_config(tmp_path))
        config = config.replace(archive=dataclasses.replace(config.archive, recapture_after_days=7))
        clock = Clock("2025-03-20T08:00:00Z")
        assert runner.run_stages(config, ["extract", "check", "archive"], clock=clock).ok
        pages["/story"] = render(dataclasses.replace(ARTICLES[0], paragraphs=(
            "The mayor vetoed the transit budget on Friday, saying the city cannot afford new buses this year.",
            "The council will need ten votes to override the veto; it passed the budget with nine.",
        ) + ARTICLES[0].paragraphs[5:]), "semantic")[0]
        gate = Gate()
        monkeypatch.setattr(textqueue, "EXTRACT", gate)
        clock.now = "2025-04-01T08:00:00Z"
        try:
            checked = runner.run_stages(config, ["check"], clock=clock, options={"check": {"force": True}})
            assert checked.ok and checked.counts["check"]["captured"] == 1  # the check's GET re-captured it
            db = open_database(config.paths.database)
            first, again = captures.captures_of(db, srv.url("/story"))
            assert again.text_status is TextStatus.PENDING and again.previous_id == first.id and not again.drifted
        finally:
            gate.released.set()
        monkeypatch.setattr(textqueue, "EXTRACT", extract_capture)
        assert runner.run_stages(config, ["archive"], clock=clock).counts["archive"]["drifted"] == 1
        assert srv.traffic.count("/story", "GET") == 2  # the first capture and the check's: nothing more
        first, again = captures.captures_of(db, srv.url("/story"))
        assert again.drifted and again.similarity < 0.8 and again.baseline_id == first.id and again.drift_excerpt
        db.close()


def test_text_workers_are_niced_only_when_asked_beside_the_check_not_in_the_archive_stage(tmp_path):
    """SharedCapture's workers (beside the check) yield the processor; the archive stage's run at our priority."""
    config = make_config(tmp_path, process_pool=1)
    db = open_database(config.paths.database)

    async def worker_niceness(queue: textqueue.TextQueue) -> int:
        try:
            return await queue.pool.run(os.nice, 0)
        finally:
            queue.close()

    beside_check = SharedCapture(db, config)._archiver.texts
    archive_stage = _Archiver(db, config, utc_now, None, new_record_id, None, threading.Event()).texts
    ours = os.nice(0)
    assert asyncio.run(worker_niceness(beside_check)) == min(19, ours + textqueue.WORKER_NICE)
    assert asyncio.run(worker_niceness(archive_stage)) == ours


def test_beside_the_check_one_text_worker_runs_and_the_archive_stage_has_the_configured_number(tmp_path):
    """Beside the check the text jobs run in one worker process (each worker costs tens of MB beside the
    check's own processes); the archive stage, after it, in ``archive.process_pool`` of them."""
    config = make_config(tmp_path, process_pool=2)
    db = open_database(config.paths.database)

    async def workers_used(queue: textqueue.TextQueue) -> int:
        try:  # four jobs handed out at once: every worker of the pool takes one
            return len(set(await asyncio.gather(*(queue.pool.run(os.getpid) for _ in range(4)))))
        finally:
            queue.close()

    beside_check = SharedCapture(db, config)._archiver.texts
    archive_stage = _Archiver(db, config, utc_now, None, new_record_id, None, threading.Event()).texts
    assert asyncio.run(workers_used(beside_check)) == textqueue.CHECK_WORKERS == 1
    assert asyncio.run(workers_used(archive_stage)) == 2
