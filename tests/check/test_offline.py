"""A night without network: no site answers, so nothing is held against the links.

"Offline" here is three loopback sites whose ports take no connection: every
check fails at the network level and no site gives an HTTP answer, as when the
machine's network or DNS is down.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from conftest import corpus_config, write_events
from conftest import db_rows as rows
from servers import Handler, LoopbackServer

from pipeline import runner
from pipeline.cli import main
from pipeline.config import Config

SITES = ("127.0.0.2", "127.0.0.3", "127.0.0.4")


def closed_port(host: str) -> int:
    """A port on ``host`` that refuses connections (bound once, then released)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def dead_urls() -> list[str]:
    return [f"http://{host}:{closed_port(host)}/story/{n}" for host in SITES for n in range(2)]


def project(tmp_path: Path, urls: list[str], **check: object) -> Config:
    write_events(tmp_path / "events", {"e": urls})
    config = corpus_config(tmp_path, **check)
    config = config.replace(http=config.http.__class__(**{**config.http.__dict__, "max_retries": 0}))
    assert runner.run_stages(config, ["extract"]).ok
    return config


def story(h: Handler) -> None:
    if "sourcevault-probe-" in h.path:
        h.page("Not found", "No such page.", 404)
    else:
        h.page("Story", "Words. " * 80)


def night(day: int) -> Any:
    return lambda: f"2026-03-{day:02d}T03:10:00Z"


def test_offline_nights_fail_the_stage_and_never_make_a_link_broken(tmp_path: Path) -> None:
    config = project(tmp_path, dead_urls(), batch_size=1)  # a batch a check: holding them is what keeps them out
    for day in range(1, 8):
        result = runner.run_stages(config, ["check"], clock=night(day), options={"check": {"capture": False}})
        assert not result.ok and result.failed_stage == "check" and "offline" in (result.error or "")
    assert rows(config, "SELECT count(*) FROM checks") == [(0,)]  # nothing counted against any link
    states = rows(config, "SELECT state FROM link_states")
    assert all(state != "broken" for (state,) in states)
    assert rows(config, "SELECT count(*) FROM site_paces") == [(0,)]  # no backed-off pace saved for them


def test_the_cron_job_sees_exit_4_and_one_line_naming_the_cause(tmp_path: Path) -> None:
    write_events(tmp_path / "events", {"e": dead_urls()})
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({
        "paths": {"events": ["events"], "database": "data/sv.db"},
        "http": {"allowed_networks": ["127.0.0.0/8"], "per_host_delay_s": 0, "start_delay_s": 0, "max_retries": 0},
        "archive": {"wayback_lookup": False}}), encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(path), "run"])
    assert result.exit_code == 4
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("sourcevault: error: run 1 failed: stage check failed: "), lines
    assert "offline" in lines[0] and "Offline:" not in lines[0]  # in the reader's words, no class name of ours


def test_dead_sites_beside_one_that_answers_are_checked_as_usual(tmp_path: Path) -> None:
    with LoopbackServer(fallback=story, routes={}) as alive:
        config = project(tmp_path, dead_urls() + [alive.url("/a")], batch_size=1)
        result = runner.run_stages(config, ["check"], clock=night(1), options={"check": {"capture": False}})
    assert result.ok, result.error
    verdicts = sorted(v for (v,) in rows(config, "SELECT verdict FROM checks"))
    assert verdicts == ["connection_error"] * 6 + ["ok"]  # the dead sites' failures count as usual


def test_a_small_corpus_on_fewer_sites_than_the_threshold_is_judged_as_usual(tmp_path: Path) -> None:
    config = project(tmp_path, dead_urls()[:4])  # two sites: too few to tell a dead corpus from a dead network
    result = runner.run_stages(config, ["check"], clock=night(1), options={"check": {"capture": False}})
    assert result.ok, result.error
    assert [v for (v,) in rows(config, "SELECT DISTINCT verdict FROM checks")] == ["connection_error"]


def test_offline_detection_can_be_turned_off(tmp_path: Path) -> None:
    config = project(tmp_path, dead_urls(), offline_after_sites=0)
    result = runner.run_stages(config, ["check"], clock=night(1), options={"check": {"capture": False}})
    assert result.ok and rows(config, "SELECT count(*) FROM checks") == [(6,)]


def test_an_offline_night_records_no_failed_capture_either(tmp_path: Path) -> None:
    """The check's GETs are also the captures: an offline night holds their failures too, so the links
    stay due for capture on the next night instead of waiting out the failed-capture retry delay."""
    config = project(tmp_path, dead_urls(), batch_size=1)
    config = config.replace(archive=config.archive.__class__(**{**config.archive.__dict__, "wayback_lookup": False}))
    result = runner.run_stages(config, ["check"], clock=night(1))
    assert not result.ok and "offline" in (result.error or "")
    assert rows(config, "SELECT count(*) FROM captures") == [(0,)]


def test_failed_captures_held_until_a_site_answers_are_then_recorded(tmp_path: Path) -> None:
    def late_story(h: Handler) -> None:
        h.wait(0.3)  # the dead sites fail first, while nothing has answered yet
        story(h)

    with LoopbackServer(fallback=late_story, routes={}) as alive:
        config = project(tmp_path, dead_urls() + [alive.url("/a")], batch_size=1)
        config = config.replace(archive=config.archive.__class__(**{**config.archive.__dict__,
                                                                    "wayback_lookup": False, "process_pool": 0}))
        result = runner.run_stages(config, ["check"], clock=night(1))
    assert result.ok, result.error
    failed = rows(config, "SELECT count(*) FROM captures WHERE error IS NOT NULL AND warc_record_id IS NULL")
    assert failed == [(6,)]  # one failed capture row per dead link, as on any night with a network
    assert rows(config, "SELECT count(*) FROM captures WHERE warc_record_id IS NOT NULL") == [(1,)]
