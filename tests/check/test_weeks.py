"""Weeks of daily check runs: "broken" only after failures spread over days, blips never broken, recoveries noticed.

An injected clock moves one day per run; a loopback server changes each
link's behaviour from one "day" to the next (a link that dies, one that dies
as a soft 404, a 503 storm, a timeout, a bot wall that lifts, one that comes
back after being broken, one always fine). The check stage runs as it would
from cron, checking only the links that are due, with the default policy
(broken after 3 failures over 3 days, failing rechecked daily, healthy weekly,
broken every 14 days, ± 10 % jitter).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from conftest import corpus_config, write_events
from servers import Handler, LoopbackServer

from pipeline import runner
from pipeline.clock import format_time, parse_time
from pipeline.config import Config
from pipeline.db import checks, open_database

DAYS = 70
START = parse_time("2025-03-01T06:00:00Z")


def _article(h: Handler) -> None:
    h.page("Council approves the budget", "The council voted seven to two to approve the budget. " * 20)


def _gone(h: Handler) -> None:
    h.page("Not found", "No such page.", 404)


def _unavailable(h: Handler) -> None:
    h.page("Article no longer available | Example News", "This article is no longer available.")


def _storm(h: Handler) -> None:
    h.send(503, "Service unavailable", {"Retry-After": "0"})


def _hang(h: Handler) -> None:
    h.wait(10)
    h.close_connection = True


def _wall(h: Handler) -> None:
    h.send(403, "<html><head><title>Just a moment...</title></head><body>Enable JavaScript and cookies to continue"
                "</body></html>", {"cf-mitigated": "challenge"})


# path -> behaviour on a given day
SCRIPT: dict[str, Callable[[int], Callable[[Handler], None]]] = {
    "/always-fine": lambda day: _article,
    "/dies": lambda day: _article if day < 10 else _gone,
    "/dies-soft": lambda day: _article if day < 12 else _unavailable,
    "/comes-back": lambda day: _gone if 3 <= day < 30 else _article,
}
# path -> (first day, how many checks in a row fail from then on, how): a blip lasts a number of
# checks, whatever days the schedule puts them on
BLIPS: dict[str, tuple[int, int, Callable[[Handler], None]]] = {
    "/storm": (8, 2, _storm),  # two checks meet a 503 storm (each retried twice)
    "/timeout-once": (14, 1, _hang),
    "/wall-lifts": (5, 3, _wall),  # a bot wall for three checks, then gone
}


class World:
    def __init__(self) -> None:
        self.day = 0
        self.blip_days: dict[str, set[int]] = {p: set() for p in BLIPS}

    def route(self, h: Handler) -> None:
        path = h.route_path
        if path == "/robots.txt":
            return h.send(404, "")
        if path in BLIPS:
            start, checks, how = BLIPS[path]
            days = self.blip_days[path]
            if self.day >= start and (self.day in days or len(days) < checks):
                days.add(self.day)
                return how(h)
            return _article(h)
        behaviour = SCRIPT.get(path)
        (behaviour(self.day) if behaviour else _gone)(h)


def weeks_config(tmp_path: Path) -> Config:
    config = corpus_config(tmp_path)  # check.method auto, default state policy
    http = config.http.__class__(**{**config.http.__dict__, "total_timeout_s": 1.0, "read_timeout_s": 1.0,
                                    "max_retries": 2})
    return config.replace(http=http)


def test_weeks_of_daily_runs(tmp_path: Path) -> None:
    world = World()
    paths = [*SCRIPT, *BLIPS]
    history: dict[str, list[tuple[int, str, str | None, int]]] = {p: [] for p in paths}  # (day, state, verdict, n)
    with LoopbackServer({}, fallback=world.route) as server:
        write_events(tmp_path / "events", {"e": [server.url(p) for p in paths]})
        config = weeks_config(tmp_path)
        assert runner.run_stages(config, ["extract"]).ok
        for day in range(DAYS):
            world.day = day
            now = format_time(START + timedelta(days=day))
            assert runner.run_stages(config, ["check"], clock=lambda now=now: now).ok  # type: ignore[misc]
            db = open_database(config.paths.database)
            try:
                for row in checks.link_rows(db):
                    path = "/" + row["url"].split("/", 3)[3]
                    if row["checked_at"] == now:
                        history[path].append((day, row["state"], row["verdict"], row["consecutive_failures"]))
            finally:
                db.close()
        hits = server.traffic.hits

    def states(path: str) -> list[str]:
        return [state for _, state, _, _ in history[path]]

    # a link always fine is checked about weekly, not daily
    assert 9 <= len(history["/always-fine"]) <= 12 and set(states("/always-fine")) == {"healthy"}
    assert hits[("GET", "/always-fine")] == len(history["/always-fine"])

    # links that die: failing first, broken only once 3 failures span 3 days, then broken for good
    for path, died in (("/dies", 10), ("/dies-soft", 12)):
        checks_after = [(d, s, v, n) for d, s, v, n in history[path] if d >= died]
        first_fail = checks_after[0][0]
        assert first_fail - died <= 8  # noticed at the healthy cadence (7 days ± 10 %)
        broken_at = next(d for d, s, _, _ in checks_after if s == "broken")
        before = [(s, n) for d, s, _, n in checks_after if d < broken_at]
        assert before and all(s == "failing" for s, _ in before)
        assert len(before) >= 2 and broken_at - first_fail >= 3
        assert all(s == "broken" for d, s, _, _ in checks_after if d >= broken_at)
        assert {v for _, _, v, _ in checks_after} == {"gone" if path == "/dies" else "soft_404"}

    # blips never make a link broken, and it is healthy again afterwards
    verdicts = {p: [v for _, _, v, _ in history[p]] for p in BLIPS}
    assert verdicts["/storm"].count("server_error") == 2 and verdicts["/timeout-once"].count("timeout") == 1
    assert verdicts["/wall-lifts"].count("blocked") == 3
    for path in BLIPS:
        assert "broken" not in states(path), history[path]
        assert states(path)[-1] == "healthy"
    assert "failing" in states("/storm") and "failing" in states("/timeout-once")
    assert "failing" not in states("/wall-lifts")  # a wall is "we could not look", never evidence

    # a broken link that comes back is noticed at the broken cadence (14 days ± 10 %), then healthy
    back = history["/comes-back"]
    assert "broken" in states("/comes-back")
    noticed = next(d for d, s, _, _ in back if d >= 30 and s == "recovered")
    last_broken_check = max(d for d, s, _, _ in back if d < 30 and s == "broken")
    assert noticed - last_broken_check <= 16 and noticed - 30 <= 16
    assert [s for d, s, _, _ in back if d > noticed][:1] == ["healthy"]
