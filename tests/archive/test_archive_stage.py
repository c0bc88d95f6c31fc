"""The archive stage end to end: events citing pages on a real loopback server, archived for real."""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import re
from pathlib import Path

import pytest
import yaml
from archiveworld import Clock, extract_or_die, make_config, news, run_archive, write_events
from newspages import ARTICLES, cp1251_page, js_shell, make_pdf, paywall_stub, render
from replaytools import assert_warcio_check_passes
from servers import Handler, LoopbackServer
from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import copies, textqueue, warcread
from pipeline.archive.text import HTML_SETTINGS
from pipeline.audit.verify import verify_archive
from pipeline.config import Config
from pipeline.db import captures, open_database
from pipeline.extract import stage as extract
from pipeline.models import TextStatus

PDF = make_pdf("Grants awarded to county libraries",
               [f"Line {i}: the agency awarded grants to {i * 3} libraries in the county." for i in range(14)])
SHARED = render(ARTICLES[4], "press")[0]


def site_routes() -> dict:
    cp1251, _ = cp1251_page(with_meta=True)
    zipped = gzip.compress(render(ARTICLES[3], "semantic")[0].encode())
    return {
        "/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
        "/2025/03/18/council-transit-budget": news(0),
        "/audit": news(1, "divsoup"),
        "/old-flood-url": lambda h: h.redirect("/moved-once", 301),
        "/moved-once": lambda h: h.redirect("/weather/flood-warnings", 302),
        "/weather/flood-warnings": news(2),
        "/hospital": lambda h: h.send(200, zipped, {"Content-Encoding": "gzip"}),
        "/library-a": lambda h: h.send(200, SHARED),
        "/library-b": lambda h: h.send(200, SHARED),
        "/grants.pdf": lambda h: h.send(200, PDF, ctype="application/pdf"),
        "/duma": lambda h: h.send(200, cp1251, ctype="text/html"),
        "/app": lambda h: h.send(200, js_shell()),
        "/paywalled": lambda h: h.send(200, paywall_stub(ARTICLES[1])),
        "/missing": lambda h: h.page("Not found", "No such page.", 404),
    }



@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    """One archive run over every kind of page (shared by the read-only tests below)."""
    tmp = tmp_path_factory.mktemp("archived")
    with LoopbackServer(site_routes()) as srv:
        paths = ["/2025/03/18/council-transit-budget", "/audit", "/old-flood-url", "/hospital", "/library-a",
                 "/library-b", "/grants.pdf", "/duma", "/app", "/paywalled", "/missing"]
        write_events(tmp / "events", [srv.url(p) for p in paths])
        config = make_config(tmp)
        db = open_database(config.paths.database)
        extract.run(db, config)
        summary = run_archive(db, config)
        base = srv.url("/")
        rows = {c.url[len(base) - 1:]: c for c in captures.captures_of(db)}
        yield tmp, config, db, summary, rows, base
        db.close()


def test_summary_counts_every_outcome(archived):
    _, _, _, summary, rows, _ = archived
    assert len(rows) == 11
    counts = summary.as_counts()
    assert counts["captured"] == 11 and counts["fetch_errors"] == 0
    assert counts["revisits"] == 1
    assert (counts["text_ok"], counts["text_tiny"], counts["text_empty"], counts["text_skipped"]) == (8, 1, 1, 1)


def test_article_copy_content_and_front_matter(archived):
    tmp, _, _, _, rows, base = archived
    row = rows["/2025/03/18/council-transit-budget"]
    assert row.text_status is TextStatus.OK and row.status == 200
    copy = tmp / "archive" / row.copy_path
    assert row.copy_path == "127.0.0.1/2025-03-18--city-council-approves-transit-budget-after-eleven-hour-session.md"
    content = copy.read_text(encoding="utf-8")
    meta = copies.read_front_matter(copy)
    for key in copies.FRONT_MATTER_KEYS:
        assert key in meta
    assert meta["url"] == base + "2025/03/18/council-transit-budget" == meta["final_url"]
    assert (meta["status"], meta["title"], meta["author"], meta["date"]) == (
        200, ARTICLES[0].title, ARTICLES[0].author, "2025-03-18")
    assert meta["captured_at"] == "2025-03-20T08:00:00Z"
    assert meta["content_type"] == "text/html; charset=utf-8"
    assert meta["extractor"] == "trafilatura" and meta["extractor_version"]
    assert meta["extractor_settings"] == HTML_SETTINGS.provenance()["settings"]  # what produced the copy
    assert meta["warc_record_id"] == row.warc_record_id and meta["warc_file"] == row.warc_file
    text = copies.copy_text(content)
    assert hashlib.sha256(text.encode()).hexdigest() == meta["text_sha256"] == row.text_sha256
    assert content.index(ARTICLES[0].title) < content.index("March 18, 2025") < content.index("The city council voted")
    assert content.rstrip().endswith(f"Original url:\n\n<{meta['url']}>")
    assert "riverside_dad" not in content and "Accept all" not in content


def test_warc_files_are_valid_and_bodies_hash_to_the_front_matter(archived):
    tmp, config, db, _, rows, _ = archived
    assert verify_archive(db, config.paths.archive).problems == []
    folder = tmp / "archive" / "warc"
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["sourcevault-20250320-00000.warc.gz"]
    assert warcread.verify_warc(files[0]) == []
    assert_warcio_check_passes(files[0])
    row = rows["/audit"]
    body = warcread.read_payload(folder / row.warc_file, row.warc_offset)
    assert hashlib.sha256(body).hexdigest() == row.body_sha256
    zipped = rows["/hospital"]  # stored gzip-encoded as received; the hash is of the decoded body
    raw = warcread.read_payload(folder / zipped.warc_file, zipped.warc_offset, decoded=False)
    assert raw[:2] == b"\x1f\x8b"
    assert hashlib.sha256(gzip.decompress(raw)).hexdigest() == zipped.body_sha256
    assert zipped.text_status is TextStatus.OK
    with open(files[0], "rb") as fh:
        types = [r.rec_type for r in ArchiveIterator(fh)]
    assert types.count("request") == types.count("response") + types.count("revisit")


def test_redirect_chain_is_captured_hop_by_hop(archived):
    tmp, _, _, _, rows, base = archived
    row = rows["/old-flood-url"]
    assert row.final_url == base + "weather/flood-warnings"
    assert row.redirects == ((base + "old-flood-url", 301), (base + "moved-once", 302))
    infos = list(warcread.iter_records(tmp / "archive" / "warc" / row.warc_file))
    responses = [i.target_uri for i in infos if i.record_type == "response"]
    assert [base + "old-flood-url", base + "moved-once", base + "weather/flood-warnings"] == \
        [u for u in responses if "flood" in u or "moved" in u]
    meta = copies.read_front_matter(tmp / "archive" / row.copy_path)
    assert meta["url"] == base + "old-flood-url" and meta["final_url"] == base + "weather/flood-warnings"


def test_identical_payload_at_two_urls_is_a_revisit(archived):
    tmp, _, _, _, rows, _ = archived
    first, second = sorted((rows["/library-a"], rows["/library-b"]), key=lambda c: c.record_type != "response")
    assert (first.record_type, second.record_type) == ("response", "revisit")  # whichever was stored first
    assert second.refers_to_record_id == first.warc_record_id
    assert first.payload_digest == second.payload_digest and first.body_sha256 == second.body_sha256
    info = next(i for i in warcread.iter_records(tmp / "archive" / "warc" / second.warc_file)
                if i.record_id == second.warc_record_id)
    assert info.record_type == "revisit" and info.refers_to == first.warc_record_id
    # both citations still get their readable copy
    assert first.copy_path != second.copy_path
    assert copies.read_front_matter(tmp / "archive" / second.copy_path)["revisit_of"] == first.warc_record_id


def test_pdf_charset_shell_paywall_and_error_pages(archived):
    tmp, _, _, _, rows, _ = archived
    pdf = rows["/grants.pdf"]
    assert (pdf.text_status, pdf.extractor) == (TextStatus.OK, "pdfminer.six")
    assert pdf.title == "Grants awarded to county libraries"
    assert "awarded grants to 39 libraries" in (tmp / "archive" / pdf.copy_path).read_text(encoding="utf-8")
    duma = rows["/duma"]
    assert duma.charset == "cp1251" and "Депутаты городской думы" in (tmp / "archive" / duma.copy_path).read_text()
    shell = rows["/app"]
    assert shell.text_status is TextStatus.EMPTY and "JavaScript" in shell.text_reason
    assert shell.copy_path is None and shell.warc_record_id  # raw capture kept, no copy
    paywall = rows["/paywalled"]
    assert paywall.text_status is TextStatus.TINY and paywall.copy_path
    assert copies.read_front_matter(tmp / "archive" / paywall.copy_path)["extraction"] == "tiny"
    missing = rows["/missing"]
    assert (missing.status, missing.text_status, missing.copy_path) == (404, TextStatus.SKIPPED, None)
    assert missing.text_reason == "HTTP 404: not extracted" and missing.warc_record_id


def test_rerun_has_nothing_to_do(archived):
    _, config, db, _, _, _ = archived
    again = run_archive(db, config)
    assert again.captured == 0 and again.fetch_errors == 0


def test_fetch_errors_are_rows_and_are_retried_later(tmp_path):
    with LoopbackServer({"/robots.txt": lambda h: h.send(200, "User-agent: *\nDisallow: /private\n",
                                                         ctype="text/plain"),
                         "/private/page": news(0)}) as srv:
        write_events(tmp_path / "events", [srv.url("/private/page"), "http://127.0.0.1:9/closed"])
        config = make_config(tmp_path, process_pool=0)
        db = open_database(config.paths.database)
        extract.run(db, config)
        clock = Clock()
        summary = run_archive(db, config, clock)
        assert summary.fetch_errors == 2 and summary.captured == 0
        errors = {c.url: c.error for c in captures.captures_of(db)}
        assert errors[srv.url("/private/page")].startswith("robots_disallowed")
        assert errors["http://127.0.0.1:9/closed"].startswith("connection_error")
        assert run_archive(db, config, clock).fetch_errors == 0  # not yet due again
        clock.now = "2025-03-21T09:00:00Z"
        assert run_archive(db, config, clock).fetch_errors == 2
        assert len(captures.captures_of(db)) == 2  # the error rows were updated, not duplicated
        assert not (tmp_path / "archive" / "warc").exists() or not list((tmp_path / "archive" / "warc").iterdir())


def test_a_page_that_kills_its_extraction_worker_fails_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(textqueue, "EXTRACT", extract_or_die)  # what the workers are asked to run
    pages = [f"/article-{i}" for i in range(12)]
    routes = {page: news(i % 5) for i, page in enumerate(pages)}
    routes["/fatal"] = news(0, "press")  # a payload of its own: no other capture gives it its text
    routes["/robots.txt"] = lambda h: h.send(404, "", ctype="text/plain")
    with LoopbackServer(routes) as srv:
        write_events(tmp_path / "events", [srv.url(p) for p in pages[:6] + ["/fatal"] + pages[6:]])
        config = make_config(tmp_path, process_pool=2)
        db = open_database(config.paths.database)
        extract.run(db, config)
        summary = run_archive(db, config)
        rows = {c.url: c for c in captures.captures_of(db)}
    assert summary.captured == 13
    fatal = rows[srv.url("/fatal")]
    assert fatal.text_status is TextStatus.FAILED and fatal.warc_record_id  # the raw capture is kept
    assert "worker" in (fatal.text_reason or "")
    assert all(rows[srv.url(p)].text_status is TextStatus.OK for p in pages)  # the pages beside it were not hit
    assert summary.text_ok == 12 and summary.text_failed == 1


def test_recapture_flags_drift_and_skips_unchanged(tmp_path):
    pages = {"/story": render(ARTICLES[0], "semantic")[0], "/stable": render(ARTICLES[1], "semantic")[0]}

    def serve(path: str):
        return lambda h: h.send(200, pages[path])

    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/story": serve("/story"),
                         "/stable": serve("/stable")}) as srv:
        write_events(tmp_path / "events", [srv.url("/story"), srv.url("/stable")])
        config = make_config(tmp_path, recapture="changed", recapture_after_days=7, process_pool=0)
        db = open_database(config.paths.database)
        extract.run(db, config)
        clock = Clock("2025-03-20T08:00:00Z")
        assert run_archive(db, config, clock).captured == 2
        clock.now = "2025-03-24T08:00:00Z"
        assert run_archive(db, config, clock).captured == 0  # not due yet
        # the story is rewritten; the other page is the same
        changed = dataclasses.replace(ARTICLES[0], paragraphs=(
            "The mayor vetoed the transit budget on Friday, saying the city cannot afford new buses this year.",
            "The council will need ten votes to override the veto; it passed the budget with nine.",
        ) + ARTICLES[0].paragraphs[5:])
        pages["/story"] = render(changed, "semantic")[0]
        clock.now = "2025-04-01T08:00:00Z"
        summary = run_archive(db, config, clock)
        assert (summary.captured, summary.unchanged, summary.drifted) == (1, 1, 1)
        story = captures.captures_of(db, srv.url("/story"))
        assert len(story) == 2 and story[1].previous_id == story[0].id
        assert story[1].drifted and story[1].similarity < 0.8
        assert story[1].baseline_id == story[0].id
        old_text, new_text = (" ".join(copies.copy_text((tmp_path / "archive" / c.copy_path).read_text()).split())
                              for c in story)
        removed = re.findall(r"\[-(.+?)-\]", story[1].drift_excerpt)
        added = re.findall(r"\{\+(.+?)\+\}", story[1].drift_excerpt)
        assert removed and added
        assert all(r.removesuffix(" …") in old_text for r in removed)
        assert all(a.removesuffix(" …") in new_text for a in added)
        meta = copies.read_front_matter(tmp_path / "archive" / story[1].copy_path)
        assert meta["drifted"] is True and meta["similarity_to_first"] == story[1].similarity
        assert meta["first_capture"] == story[0].id
        assert story[0].copy_path != story[1].copy_path  # the first copy is kept
        stable = captures.captures_of(db, srv.url("/stable"))
        assert len(stable) == 1
        assert db.execute("SELECT verified_at FROM captures WHERE id = ?", [stable[0].id]).fetchone()[0] == clock.now
        # a small edit is a re-capture but not drift
        pages["/stable"] = pages["/stable"].replace("the", "a", 1)
        # a small edit of the rewritten story is still drift: it is judged against the first capture
        pages["/story"] = pages["/story"].replace("free fares", "reduced fares")
        clock.now = "2025-04-10T08:00:00Z"
        summary = run_archive(db, config, clock)
        assert (summary.captured, summary.drifted) == (2, 1)
        stable = captures.captures_of(db, srv.url("/stable"))
        assert stable[-1].similarity > 0.95 and not stable[-1].drifted and stable[-1].drift_excerpt is None
        story = captures.captures_of(db, srv.url("/story"))
        assert story[-1].previous_id == story[1].id and story[-1].baseline_id == story[0].id
        assert story[-1].drifted and story[-1].similarity < 0.8


def warc_size(tmp_path: Path) -> int:
    folder = tmp_path / "archive" / "warc"
    return sum(f.stat().st_size for f in folder.iterdir()) if folder.is_dir() else 0


def assert_consistent(config: Config, db) -> None:
    """What an auditor would check: every row's records and copy are complete and hash right."""
    report = verify_archive(db, config.paths.archive)
    assert report.problems == []
    assert report.captures == len([c for c in captures.captures_of(db) if c.warc_record_id])
    assert not (config.paths.archive / ".tmp").exists()


@pytest.mark.slow
def test_sigkill_during_archiving_then_rerun_leaves_a_consistent_archive(tmp_path):
    import os
    import random
    import signal
    import subprocess
    import sys
    import time


    def page(i: int):
        html = render(ARTICLES[i % len(ARTICLES)], ("semantic", "divsoup", "press")[i % 3])[0]
        html = html.replace("</h1>", f" (part {i})</h1>", 1)

        def route(h: Handler) -> None:
            h.wait(0.02)
            if i % 5 == 4:  # incompressible: slow to gzip, so kills can land mid-write
                h.send(200, random.Random(i).randbytes(1_500_000), ctype="application/octet-stream")
            else:
                h.send(200, html)
        return route

    routes = {f"/p/{i}": page(i) for i in range(40)}
    routes["/robots.txt"] = lambda h: h.send(404, "")
    with LoopbackServer(routes) as srv:
        write_events(tmp_path / "events", [srv.url(f"/p/{i}") for i in range(40)])
        cfg = tmp_path / "config.yaml"
        cfg.write_text(yaml.safe_dump({
            "paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"},
            "http": {"allow_private_addresses": True, "per_host_delay_s": 0, "start_delay_s": 0, "per_host_concurrency": 8},
            "archive": {"wayback_lookup": False, "process_pool": 2, "max_in_flight": 8},
        }))
        command = [sys.executable, "-m", "pipeline", "--config", str(cfg)]
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        subprocess.run(command + ["extract", "-q"], check=True, env=env, cwd=tmp_path, timeout=60)
        db = open_database(tmp_path / "db.sqlite")
        kills = 0
        for target in (1, 6, 14):
            proc = subprocess.Popen(command + ["archive", "-q"], env=env, cwd=tmp_path)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                # kill once enough is committed and while a WARC file is growing (a record half written)
                before = warc_size(tmp_path)
                time.sleep(0.001)
                done = db.execute("SELECT count(*) FROM captures").fetchone()[0]
                if done >= target and warc_size(tmp_path) > before:
                    break
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            proc.wait(30)
        assert kills >= 2
        done = subprocess.run(command + ["archive"], env=env, cwd=tmp_path, timeout=120, capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("archive: ")
        print(done.stdout)
        config = make_config(tmp_path)
        assert {c.url for c in captures.captures_of(db) if c.warc_record_id} == {srv.url(f"/p/{i}") for i in range(40)}
        assert_consistent(config, db)
        db.close()
