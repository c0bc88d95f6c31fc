"""``sourcevault archive`` on the command line: summary line, --strict, -q, help."""

from __future__ import annotations

from archiveworld import news, write_cli_config, write_events
from click.testing import CliRunner
from servers import LoopbackServer

from pipeline.cli import main


def setup(tmp_path, urls):
    write_events(tmp_path / "events", urls)
    cfg = write_cli_config(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--config", str(cfg), "extract", "-q"]).exit_code == 0
    return runner, cfg


def test_archive_prints_one_summary_line(tmp_path):
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/a": news(0), "/b": news(1)}) as srv:
        runner, cfg = setup(tmp_path, [srv.url("/a"), srv.url("/b")])
        result = runner.invoke(main, ["--config", str(cfg), "archive"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "archive: 2 captured (0 revisit), text ok 2 / tiny 0 / empty 0 / failed 0 / skipped 0, 0 fetch errors, "
        "0 unchanged, 0 drifted, wayback 0 found / 0 none / 0 failed"]
    assert len(list((tmp_path / "archive" / "127.0.0.1").glob("*.md"))) == 2


def test_strict_fails_on_links_that_need_attention_and_quiet_prints_nothing(tmp_path):
    runner, cfg = setup(tmp_path, ["http://127.0.0.1:9/closed"])
    quiet = runner.invoke(main, ["--config", str(cfg), "archive", "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
    (tmp_path / "db.sqlite").unlink()
    runner.invoke(main, ["--config", str(cfg), "extract", "-q"])
    strict = runner.invoke(main, ["--config", str(cfg), "archive", "--strict"])
    assert strict.exit_code == 1
    assert "1 fetch errors" in strict.output
    assert "1 link(s) need attention" in strict.output


def test_captures_lists_flagged_links_and_status_counts_them(tmp_path):
    from newspages import js_shell

    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/a": news(0),
                         "/app": lambda h: h.send(200, js_shell())}) as srv:
        runner, cfg = setup(tmp_path, [srv.url("/a"), srv.url("/app"), "http://127.0.0.1:9/closed"])
        assert runner.invoke(main, ["--config", str(cfg), "archive", "-q"]).exit_code == 0
        flagged = runner.invoke(main, ["--config", str(cfg), "captures", "--flagged"])
        listing = runner.invoke(main, ["--config", str(cfg), "captures", "--json"])
        status = runner.invoke(main, ["--config", str(cfg), "status"])
    lines = sorted(flagged.output.splitlines())
    assert len(lines) == 2
    assert lines[0].startswith("empty") and srv.url("/app") in lines[0] and "JavaScript" in lines[0]
    assert lines[1].startswith("not captured") and "connection_error" in lines[1]
    import json

    rows = {r["link"]: r for r in json.loads(listing.output)}
    assert rows[srv.url("/a")]["text_status"] == "ok" and rows[srv.url("/a")]["copy_path"].endswith(".md")
    assert "archive    2 links captured, 1 not reachable, 1 without usable text, 0 drifted" in status.output


def test_a_link_the_check_could_not_reach_is_listed_as_not_captured(tmp_path):
    runner, cfg = setup(tmp_path, ["http://no-such-host.invalid/story"])
    assert runner.invoke(main, ["--config", str(cfg), "check", "-q"]).exit_code == 0
    flagged = runner.invoke(main, ["--config", str(cfg), "captures", "--flagged"])
    assert flagged.exit_code == 0
    (line,) = flagged.output.splitlines()
    assert line.startswith("not captured") and "no-such-host.invalid" in line and "dns_error" in line
