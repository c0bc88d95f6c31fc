"""``sourcevault check`` and ``sourcevault links`` as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import write_events
from servers import LoopbackServer

from pipeline.cli import main


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, LoopbackServer]]:
    with LoopbackServer() as server:
        write_events(tmp_path / "events", {"alpha": [server.url("/ok"), server.url("/gone")],
                                           "beta": [server.url("/ok"), server.url("/forbidden")]})
        config = {
            "paths": {"events": ["events"], "database": "data/sv.db"},
            "http": {"allowed_networks": ["127.0.0.1/32"], "per_host_delay_s": 0, "start_delay_s": 0, "total_timeout_s": 2},
            "check": {"method": "get"},
        }
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(config), encoding="utf-8")
        yield path, server


def sv(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    return result.exit_code, result.stdout, result.stderr


def test_check_prints_one_summary_line(site: tuple[Path, LoopbackServer]) -> None:
    config, _ = site
    assert sv(config, "extract")[0] == 0
    code, out, _ = sv(config, "check")
    assert code == 0
    assert out == ("checked 3 of 3 due links: ok 1, gone 1, blocked 1; "
                   "states: healthy 1, failing 1, unverifiable 1\n")
    code, out, _ = sv(config, "check")
    assert (code, out) == (0, "checked 0 of 0 due links\n")
    code, out, _ = sv(config, "check", "--all")
    assert out.startswith("checked 3 of 3 due links")


def test_links_json_for_scripts(site: tuple[Path, LoopbackServer]) -> None:
    config, server = site
    sv(config, "run")  # run includes the check stage
    code, out, _ = sv(config, "links", "--json")
    assert code == 0
    rows = {r["url"]: r for r in json.loads(out)}
    ok = rows[server.url("/ok")]
    assert {"url", "canonical_url", "verdict", "state", "status_code", "final_url", "checked_at", "events"} <= set(ok)
    assert (ok["verdict"], ok["state"], ok["status_code"], ok["events"]) == ("ok", "healthy", 200, ["alpha", "beta"])
    assert rows[server.url("/gone")]["verdict"] == "gone"


def test_links_filters(site: tuple[Path, LoopbackServer]) -> None:
    config, server = site
    sv(config, "run")
    _, out, _ = sv(config, "links", "--state", "failing", "--json")
    assert [r["url"] for r in json.loads(out)] == [server.url("/gone")]
    _, out, _ = sv(config, "links", "--verdict", "blocked")
    assert server.url("/forbidden") in out and server.url("/ok") not in out and "cited by beta" in out
    _, out, _ = sv(config, "links", "--host", "example.org", "--json")
    assert json.loads(out) == []
    code, _, err = sv(config, "links", "--state", "sideways")
    assert code == 2 and "sideways" in err


def test_check_one_url_and_an_uncited_one(site: tuple[Path, LoopbackServer]) -> None:
    config, server = site
    sv(config, "extract")
    code, out, _ = sv(config, "check", "--url", server.url("/gone"))
    assert code == 0 and out.startswith("checked 1 of 1 due links: gone 1")
    code, _, err = sv(config, "check", "--url", server.url("/elsewhere"))
    assert code == 2 and "not cited" in err


def test_fail_on_broken_exit_code(site: tuple[Path, LoopbackServer], tmp_path: Path) -> None:
    config, _ = site
    data = yaml.safe_load(config.read_text())
    data["check"].update(broken_after_checks=1, broken_after_days=0)
    config.write_text(yaml.safe_dump(data))
    sv(config, "extract")
    code, _, err = sv(config, "check", "--fail-on-broken")
    assert code == 1 and "1 broken link(s)" in err


def test_status_counts_links_by_state(site: tuple[Path, LoopbackServer]) -> None:
    config, _ = site
    sv(config, "extract")
    _, out, _ = sv(config, "status")
    assert "states     unchecked 3" in out
    sv(config, "check")
    _, out, _ = sv(config, "status", "--json")
    assert json.loads(out)["links_by_state"] == {"failing": 1, "healthy": 1, "unverifiable": 1}


def test_the_summary_line_says_what_the_lookups_beside_the_check_found() -> None:
    from pipeline.cli.check import summary_line

    counts = {"checked": 2, "due": 2, "gone": 2, "state_failing": 2, "wayback_found": 1, "wayback_none": 1}
    assert summary_line(counts) == ("checked 2 of 2 due links: gone 2; states: failing 2; "
                                    "wayback 1 found / 1 none / 0 failed")
