"""A captured page re-read at its ordinary check: its text decides whether it becomes a re-capture.

The page is captured by a first check + archive run; later (an injected clock, a week on: no
re-capture is due before ``archive.recapture_after_days``) the page changes on the server and a
check + archive run follows. What a user notices: the drift flag, the GETs the site saw, the
WARC response records, the capture's ``verified_at``."""

from __future__ import annotations

import dataclasses

import pytest
from archiveworld import Clock, write_cli_config, write_events
from newspages import ARTICLES, render
from servers import LoopbackServer
from warcio.archiveiterator import ArchiveIterator

from pipeline import runner
from pipeline.archive.recheck import FOLDER
from pipeline.config import load_config
from pipeline.db import captures, open_database

ARTICLE = ARTICLES[0]
THIRD = len(ARTICLE.paragraphs) // 3
REWRITTEN = dataclasses.replace(ARTICLE, paragraphs=(
    "The mayor vetoed the transit budget on Friday, saying the city cannot afford new buses this year.",
    "The council will need ten votes to override the veto; it passed the budget with nine.",
    "Bus riders' groups called the veto a broken promise and said they would fill the chamber on Monday.",
)[:max(THIRD, 1)] + ARTICLE.paragraphs[THIRD:])


def responses(archive) -> int:
    count = 0
    for path in (archive / "warc").glob("*.warc.gz"):
        with open(path, "rb") as fh:
            count += sum(r.rec_type == "response" for r in ArchiveIterator(fh))
    return count


@pytest.fixture
def site(tmp_path):
    """A one-page site whose page the test rewrites, events citing it, and the first run done."""
    page = {"html": render(ARTICLE, "semantic")[0]}
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""),
                         "/story": lambda h: h.send(200, page["html"])}) as srv:
        write_events(tmp_path / "events", [srv.url("/story")])
        config = load_config(write_cli_config(tmp_path))
        clock = Clock("2025-03-20T08:00:00Z")
        assert runner.run_stages(config, ["extract", "check", "archive"], clock=clock).ok
        assert responses(config.paths.archive) == 1
        clock.now = "2025-03-27T08:00:00Z"  # a week on: the ordinary re-capture (30 days) is not due
        yield srv, page, config, clock


def only_capture_verified_at(config, url: str) -> str | None:
    """The ``verified_at`` of the link's one capture (there must be one only: no re-capture)."""
    db = open_database(config.paths.database)
    [only] = captures.captures_of(db, url)
    verified = db.execute("SELECT verified_at FROM captures WHERE id = ?", [only.id]).fetchone()[0]
    db.close()
    return verified


def check_and_archive(config, clock):
    done = runner.run_stages(config, ["check", "archive"], clock=clock, options={"check": {"force": True}})
    assert done.ok
    return done.counts["check"], done.counts["archive"]


def test_a_page_whose_text_changed_by_a_third_is_flagged_drifted_at_its_first_check(site):
    srv, page, config, clock = site
    page["html"] = render(REWRITTEN, "semantic")[0]
    check, archive = check_and_archive(config, clock)
    assert check["changed"] == 1 and archive["drifted"] == 1 and archive["captured"] == 1
    assert srv.traffic.count("/story", "GET") == 2  # the first capture's and the check's: nothing more
    assert responses(config.paths.archive) == 2  # the check's GET is the re-capture
    db = open_database(config.paths.database)
    first, again = captures.captures_of(db, srv.url("/story"))
    assert again.previous_id == first.id and again.baseline_id == first.id
    assert again.drifted and again.similarity < config.archive.drift_threshold and again.drift_excerpt
    assert again.captured_at.startswith("2025-03-27") and again.copy_path
    state = db.execute("SELECT verdict FROM link_states").fetchone()[0]
    db.close()
    assert state == "ok"
    assert not any((config.paths.archive / FOLDER).glob("*"))  # the spool entry is gone


def test_an_unchanged_page_re_read_at_its_check_adds_no_warc_record_and_is_verified(site):
    srv, page, config, clock = site
    check, archive = check_and_archive(config, clock)
    assert check["unchanged"] == 1 and check["changed"] == 0 and archive["captured"] == 0
    assert srv.traffic.count("/story", "GET") == 2
    assert responses(config.paths.archive) == 1
    verified = only_capture_verified_at(config, srv.url("/story"))
    assert verified.startswith("2025-03-27")


def test_changed_bytes_with_the_same_text_add_no_warc_record_and_move_verified_at(site):
    srv, page, config, clock = site
    page["html"] = page["html"].replace(
        "</body>", "<script>window.builtAt = '2025-03-27T08:00:00Z'; window.ad = 'spring-sale-7';</script></body>")
    check, archive = check_and_archive(config, clock)
    assert check["changed"] == 1  # the bytes differ: its text is judged in the archive stage
    assert archive["unchanged"] == 1 and archive["captured"] == 0 and archive["drifted"] == 0
    assert responses(config.paths.archive) == 1
    verified = only_capture_verified_at(config, srv.url("/story"))
    assert verified.startswith("2025-03-27")
    assert not any((config.paths.archive / FOLDER).glob("*"))


def test_past_the_spool_bound_a_changed_page_waits_for_its_re_capture(site):
    srv, page, config, clock = site
    config = config.replace(archive=dataclasses.replace(config.archive, recheck_spool_pages=0))
    page["html"] = render(REWRITTEN, "semantic")[0]
    check, archive = check_and_archive(config, clock)
    assert check["changed"] == 0 and archive["captured"] == 0 and archive["drifted"] == 0
    assert responses(config.paths.archive) == 1
    verified = only_capture_verified_at(config, srv.url("/story"))
    assert verified is None  # not verified: the 30-day re-capture still comes


def test_a_killed_run_s_spool_is_dropped_by_the_next_check_and_never_becomes_a_record(site):
    srv, page, config, clock = site
    page["html"] = render(REWRITTEN, "semantic")[0]
    assert runner.run_stages(config, ["check"], clock=clock, options={"check": {"force": True}}).ok
    spool = config.paths.archive / FOLDER
    [entry] = spool.iterdir()
    (entry / "body").write_bytes(b"x" * (entry / "body").stat().st_size)  # damaged: no longer the body kept
    assert runner.run_stages(config, ["archive"], clock=clock).counts["archive"]["captured"] == 0
    assert responses(config.paths.archive) == 1 and not any(spool.glob("*"))
    # a check killed before its archive stage: the next check starts afresh and decides again
    assert runner.run_stages(config, ["check"], clock=clock, options={"check": {"force": True}}).ok
    (spool / "999999").mkdir()  # a leftover of another run
    assert runner.run_stages(config, ["check", "archive"], clock=clock, options={"check": {"force": True}}).ok
    assert responses(config.paths.archive) == 2 and not any(spool.glob("*"))
