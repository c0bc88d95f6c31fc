"""The maintainers' report: a link the local server kills shows up as newly broken, then
as still broken, in every format; the HTML page works in a real headless browser."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import fast_http, write_events
from reportworld import chromium, launch_chromium
from servers import LoopbackServer

from pipeline import runner
from pipeline.config import ArchiveConfig, Config, PathsConfig, ReportConfig

START = datetime(2025, 6, 2, 3, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> str:
        return self.now.isoformat().replace("+00:00", "Z")

    def advance(self, days: float) -> None:
        self.now += timedelta(days=days)


def routes(alive: dict[str, bool]):
    def dies(h):
        if alive["dies"]:
            h.page("City council passes budget", "The council passed the budget on Tuesday. " * 40)
        else:
            h.page("404 Not Found", "No such page.", 404)

    return {
        "/robots.txt": lambda h: h.send(404, ""),
        "/stays": lambda h: h.page("Harbour reopens", "The harbour reopened after repairs. " * 40),
        "/dies": dies,
        "/moved": lambda h: h.redirect("/new-home", 301),
        "/new-home": lambda h: h.page("Moved story", "A story that moved to a new address. " * 40),
        "/walled": lambda h: h.send(403, "<html><title>Access denied</title>Forbidden</html>"),
    }


@pytest.fixture
def world(tmp_path: Path):
    alive = {"dies": True}
    with LoopbackServer(routes(alive)) as srv:
        write_events(tmp_path / "events", {
            "2025-01-01--budget": [srv.url("/dies"), srv.url("/stays")],
            "2025-01-02--harbour": [srv.url("/moved"), srv.url("/walled")],
        })
        config = Config(
            paths=PathsConfig(events=[tmp_path / "events"], archive=tmp_path / "archive",
                              database=tmp_path / "sv.db"),
            http=fast_http(max_retries=0),
            archive=ArchiveConfig(process_pool=0, wayback_lookup=False),
            report=ReportConfig(output_dir=tmp_path / "reports"),
        )
        yield config, alive, tmp_path / "reports", srv


def run_day(config: Config, clock: Clock) -> runner.RunResult:
    result = runner.run_stages(config, clock=clock)
    assert result.ok, result.error
    return result


def break_the_dying_link(config: Config, alive: dict, clock: Clock) -> None:
    """A healthy day, then /dies stops answering and fails four daily runs: broken."""
    run_day(config, clock)
    alive["dies"] = False
    clock.advance(7.5)
    for _ in range(4):
        run_day(config, clock)
        clock.advance(1.1)


def read_formats(folder: Path) -> dict[str, object]:
    return {
        "md": (folder / "broken-links.md").read_text(encoding="utf-8"),
        "html": (folder / "broken-links.html").read_text(encoding="utf-8"),
        "csv": list(csv.DictReader(io.StringIO((folder / "broken-links.csv").read_text(encoding="utf-8")))),
        "json": json.loads((folder / "broken-links.json").read_text(encoding="utf-8")),
    }


def sections_of(url: str, formats: dict[str, object]) -> dict[str, set[str]]:
    """In which section each format lists ``url``."""
    found: dict[str, set[str]] = {}
    found["csv"] = {row["section"] for row in formats["csv"] if row["url"] == url}
    found["json"] = {key for key, sec in formats["json"]["sections"].items()
                     for group in sec["events"] for item in group["items"] if item["url"] == url}
    md_sections = set()
    current = None
    for line in formats["md"].splitlines():
        if line.startswith("## "):
            current = line[3:].rsplit(" (", 1)[0]
        elif url in line and current:
            md_sections.add(current)
    found["md"] = md_sections
    html = formats["html"]
    found["html"] = {part.split('"', 1)[0] for part in html.split('<tr data-section="')[1:]
                     if f'href="{url}"' in part.split("</tr>", 1)[0]}
    return found


def test_a_link_that_dies_is_newly_broken_then_still_broken_in_every_format(world) -> None:
    config, alive, reports, srv = world
    clock = Clock()
    dead = srv.url("/dies")
    run_day(config, clock)  # day 0: everything answers
    first = read_formats(reports)
    assert sections_of(dead, first) == {"csv": set(), "json": set(), "md": set(), "html": set()}
    assert sections_of(srv.url("/moved"), first)["json"] == {"moved"}
    assert sections_of(srv.url("/walled"), first)["json"] == {"unverifiable"}

    alive["dies"] = False
    clock.advance(7.5)  # a healthy link is rechecked after a week: the first failure
    for _ in range(3):  # failing, not yet broken: 3 failed checks spread over 3 days are needed
        run_day(config, clock)
        assert sections_of(dead, read_formats(reports))["json"] == {"failing"}
        clock.advance(1.1)
    # the fourth failure, 3.3 days after the first: broken
    result = run_day(config, clock)
    assert result.counts["report"]["newly_broken"] == 1
    third = read_formats(reports)
    assert sections_of(dead, third) == {"csv": {"newly_broken"}, "json": {"newly_broken"},
                                        "md": {"Newly broken"}, "html": {"newly_broken"}}
    item = third["json"]["sections"]["newly_broken"]["events"][0]
    assert item["event_id"] == "2025-01-01--budget"
    (entry,) = item["items"]
    assert (entry["verdict"], entry["status_code"], entry["failures"]) == ("gone", 404, 4)
    assert entry["since"].startswith("2025-06-09")
    # the page was archived while it was alive: the report offers our copy as the replacement
    assert entry["replacement_kind"] == "our_copy" and entry["replacement"].endswith(".md")
    assert "replace with our archived copy" in entry["action"]
    assert "### `2025-01-01--budget`" in third["md"]
    assert third["json"]["summary"]["links_by_state"]["broken"] == 1

    clock.advance(4)  # a later run that checks something again: the link is still dead, but no longer new
    result = run_day(config, clock)
    assert result.counts["report"]["newly_broken"] == 0
    fourth = read_formats(reports)
    assert sections_of(dead, fourth) == {"csv": {"still_broken"}, "json": {"still_broken"},
                                         "md": {"Still broken"}, "html": {"still_broken"}}
    trend = fourth["json"]["trend"]
    assert [t["links_by_state"].get("broken", 0) for t in trend] == [0, 0, 0, 0, 1, 1]  # this report last

    alive["dies"] = True  # it comes back
    clock.advance(15)
    run_day(config, clock)
    assert sections_of(dead, read_formats(reports))["json"] == {"recovered"}


def test_moved_link_says_where_to_once_the_move_is_stable_as_fix_requires(world) -> None:
    """One 301 is not a move (docs/fix.md): the report does not ask for the edit `fix` refuses to make."""
    config, _, reports, srv = world
    clock = Clock()
    run_day(config, clock)
    (group,) = read_formats(reports)["json"]["sections"]["moved"]["events"]
    action = group["items"][0]["action"]
    assert action.startswith(f"wait: it redirects permanently to {srv.url('/new-home')} on 1 check(s) since 2025-06-02")
    assert "once seen on 3 checks over 3 days" in action
    for _ in range(2):  # a redirected link is healthy: rechecked after a week
        clock.advance(7.5)
        run_day(config, clock)
    (group,) = read_formats(reports)["json"]["sections"]["moved"]["events"]
    assert group["items"][0]["action"] == f"update the URL to {srv.url('/new-home')}"


def test_regenerating_the_report_keeps_what_is_new(world) -> None:
    """Running `report` again without new checks must not empty the 'newly broken' list."""
    config, alive, reports, srv = world
    clock = Clock()
    break_the_dying_link(config, alive, clock)
    again = runner.run_stages(config, ["report"], clock=clock)
    assert again.counts["report"]["newly_broken"] == 1


def cron(monkeypatch, config: Config, clock: Clock):
    """``sourcevault run ARGS`` as a nightly cron job starts it, on the world's config and the test's clock."""
    from click.testing import CliRunner

    from pipeline.cli import main

    monkeypatch.setattr("pipeline.cli.load_config", lambda _path: config)
    monkeypatch.setattr(runner, "run_stages", functools.partial(runner.run_stages, clock=clock))
    return lambda *args: CliRunner().invoke(main, ["run", *args])


def test_fail_on_new_broken_alerts_only_on_the_night_the_link_breaks(world, monkeypatch) -> None:
    """A broken link is rechecked only after two weeks: the nights in between must not alert again."""
    config, alive, reports, srv = world
    run = cron(monkeypatch, config, clock := Clock())
    assert run("--fail-on-new-broken").exit_code == 0
    alive["dies"] = False
    clock.advance(7.5)
    nights = []
    for _ in range(9):
        night = run("--fail-on-new-broken", "-v")
        nights.append(night)
        clock.advance(1)
    codes = [n.exit_code for n in nights]
    assert codes.count(1) == 1, codes  # one alert, on the night the fourth failure made it broken
    broke = codes.index(1)
    assert "1 link(s) newly broken" in nights[broke].stderr
    quiet = [n for n in nights[broke + 1:] if "check: nothing to do" in n.stdout]
    assert quiet, "no night without checks after the link broke: the test would not show the fault"
    md = (reports / "broken-links.md").read_text(encoding="utf-8")
    assert "## Still broken (1)" in md and "## Newly broken" not in md


def test_the_alert_counts_links_not_their_citations(world, monkeypatch) -> None:
    """Two events cite the link that dies: one link is newly broken, in two rows of the report."""
    config, alive, reports, srv = world
    write_events(config.paths.events[0], {"budget-follow-up": [srv.url("/dies")]})
    run = cron(monkeypatch, config, clock := Clock())
    run()
    alive["dies"] = False
    clock.advance(7.5)
    for _ in range(6):
        night = run("--fail-on-new-broken")
        if night.exit_code:
            break
        clock.advance(1.1)
    assert night.exit_code == 1
    assert "1 link(s) newly broken (2 citations;" in night.stderr
    md = (reports / "broken-links.md").read_text(encoding="utf-8")
    assert "Broken: 1 (1 new)" in md and "## Newly broken (2)" in md
    assert json.loads((reports / "broken-links.json").read_text())["summary"]["newly_broken_links"] == 1


def md_section(md: str, title: str) -> str:
    """The text of the Markdown report's section ``## title (N)`` (up to the next ``## ``), "" when absent."""
    parts = [p for p in md.split("\n## ") if p.startswith(f"{title} (")]
    return parts[0] if parts else ""


def test_markdown_lists_moved_soft_404_and_input_problems_with_what_to_do(world) -> None:
    """They need an edit of an event file: listed by event with the edit, not counted under "no action"."""
    config, alive, reports, srv = world
    srv.routes["/gone-soft"] = lambda h: h.redirect("/", 302)
    srv.routes["/"] = lambda h: h.page("Home", "Welcome to the front page of the local paper. " * 40)
    events = config.paths.events[0]
    write_events(events, {"2025-01-03--ferry": [srv.url("/gone-soft")]})
    (events / "2025-01-04--bad.md").write_text(
        "---\nid: 2025-01-04--bad\ndate: '2025-01-04'\nsources:\n- url: Reuters\n---\n", encoding="utf-8")
    run_day(config, Clock())
    formats = read_formats(reports)
    md = formats["md"]
    assert sections_of(srv.url("/gone-soft"), formats)["json"] == {"soft_404"}
    moved = md_section(md, "Moved permanently")
    assert "### `2025-01-02--harbour`" in moved and srv.url("/moved") in moved
    assert f"redirects permanently to {srv.url('/new-home')} on 1 check(s)" in moved  # not yet a move to edit
    soft = md_section(md, "Soft 404s")
    assert "### `2025-01-03--ferry`" in soft and srv.url("/gone-soft") in soft
    row = next(line for line in soft.splitlines() if srv.url("/gone-soft") in line and line.startswith("|"))
    assert "wait: a soft 404 on 1 check(s) since " in row  # not yet broken: fix withholds the edit too
    assert "find the article's new home" not in row
    problems = md_section(md, "Input problems")
    assert "### `2025-01-04--bad`" in problems and "File: events/2025-01-04--bad.md" in problems
    row = next(line for line in problems.splitlines() if "Reuters" in line)
    assert "sources\\[0\\].url" in row and "http(s) URL" in row  # the field, the bad value, what to do
    no_action = md.split("No action needed", 1)[1]
    assert "Moved" not in no_action and "Soft 404" not in no_action and "Input problems" not in no_action
    assert "- Failing (not yet broken): 0" in no_action
    [bad] = [r for r in formats["csv"] if r["section"] == "input_problem"]  # the same action in every format
    assert bad["url"] == "Reuters" and "http(s) URL in sources[0].url" in bad["action"]
    assert formats["json"]["problems"][0]["action"] == bad["action"]
    assert "http(s) URL in sources[0].url" in formats["html"].split("Input problems (1)", 1)[1]


def test_the_headline_counts_add_up_when_a_link_is_cited_only_through_an_archive_url(world) -> None:
    """"N links" counts every link; the state counts below it, sources and body links. A link cited only
    in an archive field (here one that is no snapshot, given without a url) is in the first and not the
    second: said so."""
    config, alive, reports, srv = world
    (config.paths.events[0] / "2025-01-05--ferry.md").write_text(
        "---\nid: 2025-01-05--ferry\ndate: '2025-01-05'\nsources:\n"
        f"- archive_url: {srv.url('/stays')}?edition=ferry\n---\n", encoding="utf-8")
    run_day(config, Clock())
    formats = read_formats(reports)
    summary = formats["json"]["summary"]
    assert summary["links_behind_archive_urls"] == 1
    assert summary["links"] == sum(summary["links_by_state"].values()) + 1
    assert f"{summary['links']} links** (1 of them cited only through an archive URL" in formats["md"]
    assert "links only behind archive URLs" in formats["html"]


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"),
                    reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_report_works_in_a_headless_browser(world, tmp_path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    config, alive, reports, srv = world
    clock = Clock()
    break_the_dying_link(config, alive, clock)
    page_url = (reports / "broken-links.html").as_uri()
    with sync_api.sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page()
            page.goto(page_url)
            page.wait_for_selector("body[data-ready='1']")
            rows = page.locator("#items tbody tr")
            assert rows.count() == 3  # newly broken, moved, unverifiable
            assert page.inner_text("#shown") == "3 of 3 shown"
            assert "gone (404)" in rows.nth(0).inner_text()
            page.fill("#filter", "new-home")
            assert page.inner_text("#shown") == "1 of 3 shown"
            page.fill("#filter", "")
            page.select_option("#section", "unverifiable")
            assert page.inner_text("#shown") == "1 of 3 shown"
            assert "403" in page.locator("#items tbody tr:visible").inner_text()
            page.select_option("#section", "")
            page.click("#items thead th:nth-child(5)")  # sort by verdict
            verdicts = [rows.nth(i).locator("td").nth(4).inner_text() for i in range(3)]
            assert verdicts == sorted(verdicts)
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            if os.environ.get("SOURCEVAULT_KEEP_SCREENSHOT"):
                shutil.copy(tmp_path / "report.png", os.environ["SOURCEVAULT_KEEP_SCREENSHOT"])
        finally:
            browser.close()
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_show_gives_an_auditor_health_history_and_capture_hashes(world) -> None:
    import hashlib

    import yaml
    from click.testing import CliRunner

    from pipeline.cli import main

    config, alive, reports, srv = world
    clock = Clock()
    run_day(config, clock)
    cfg = config.paths.database.parent / "config.yaml"
    cfg.write_text(yaml.safe_dump({"paths": {"events": ["events"], "archive": "archive", "database": "sv.db"}}))
    out = CliRunner().invoke(main, ["--config", str(cfg), "show", "2025-01-01--budget", "--json"])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)["citations"][0]
    assert first["url"] == srv.url("/dies")
    assert first["health"]["state"] == "healthy" and first["health"]["verdict"] == "ok"
    assert [c["verdict"] for c in first["checks"]] == ["ok"]
    (capture,) = first["captures"]
    assert capture["status"] == 200 and capture["warc_file"].endswith(".warc.gz")
    copy = config.paths.archive / capture["copy_path"]
    assert f"text_sha256: {capture['text_sha256']}" in copy.read_text(encoding="utf-8")
    text = CliRunner().invoke(main, ["--config", str(cfg), "show", "2025-01-01--budget"]).output
    assert "health    healthy" in text and f"body sha256 {capture['body_sha256']}" in text
    assert hashlib.sha256(b"").hexdigest() not in text


def test_hostile_urls_and_titles_cannot_inject_markup(tmp_path) -> None:
    """A cited URL or title with table pipes, newlines or HTML stays inert in every format."""
    from pipeline.models import CitationKind, LinkState, Verdict
    from pipeline.report.formats import html, markdown, tabular
    from pipeline.report.model import EventGroup, Item, Report, Section, SectionKey

    evil_url = "http://h.example/a|b\n# Injected heading\n[click](https://evil.example/)<script>alert(1)</script>"
    item = Item(event_id="e", position=1, kind=CitationKind.SOURCE, field="sources[0].url", url=evil_url,
                canonical_url="http://h.example/a%7Cb%23Injected", cited_title="<img src=x onerror=alert(1)>|x",
                outlet="=HYPERLINK(\"https://evil.example\")", state=LinkState.BROKEN, verdict=Verdict.GONE,
                since=None,
                failures=3, status_code=404, error="HTTP 404", checked_at=None, final_url=None,
                action="find the article's new home")
    section = Section(SectionKey.NEWLY_BROKEN, "Newly broken", "advice", [EventGroup("e", "T", "events/e|`x`.md", None,
                                                                          [item])])
    summary = {"events": 1, "citations": 1, "links": 1, "links_by_state": {"broken": 1}, "problems": 0,
               "copies_to_review": 0, "baseline": None, "checked_through": None, "newly_broken_links": 1,
               "sections": {"newly_broken": 1, "moved": 0, "soft_404": 0, "drifted": 0, "recovered": 0}}
    report = Report("2025-01-01T00:00:00Z", summary, [], [section], [], [], [1])
    text = markdown.render(report)
    assert "\n# Injected" not in text and "<script>" not in text
    assert "\\<img" in text and "<img" not in text.replace("\\<img", "")  # escaped: shown, not rendered
    row = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 8  # the table row keeps its nine cells
    page = html.render(report)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    cells = list(csv.DictReader(io.StringIO(tabular.render_csv(report))))[0]
    assert cells["outlet"].startswith("'=HYPERLINK")


def test_archive_leaves_links_the_check_found_unreachable_for_later(tmp_path) -> None:
    """With the default guard, a loopback URL is refused by check; archive does not try it again."""
    from pipeline.db import open_database

    write_events(tmp_path / "events", {"2025-01-03--local": ["http://127.0.0.1:9/private"]})
    config = Config(paths=PathsConfig(events=[tmp_path / "events"], archive=tmp_path / "archive",
                                      database=tmp_path / "sv.db"),
                    archive=ArchiveConfig(process_pool=0, wayback_lookup=False),
                    report=ReportConfig(output_dir=tmp_path / "reports"))
    result = runner.run_stages(config, ["extract", "check", "archive"], clock=Clock())
    assert result.counts["check"].get("refused_address") == 1
    assert result.counts["archive"].get("fetch_errors", 0) == 0
    db = open_database(config.paths.database)
    assert db.execute("SELECT count(*) FROM captures").fetchone() == (0,)


def test_a_page_that_silently_changes_is_reported_as_drifted_with_both_dates(tmp_path) -> None:
    # the default config re-captures on change: nothing to switch on to see a silent rewrite
    page = {"text": "The harbour reopened on Monday after two years of repairs to the sea wall. " * 30}
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""),
                         "/harbour": lambda h: h.page("Harbour reopens", page["text"])}) as srv:
        write_events(tmp_path / "events", {"2025-01-02--harbour": [srv.url("/harbour")]})
        config = Config(paths=PathsConfig(events=[tmp_path / "events"], archive=tmp_path / "archive",
                                          database=tmp_path / "sv.db"),
                        http=fast_http(max_retries=0), archive=ArchiveConfig(process_pool=0, wayback_lookup=False),
                        report=ReportConfig(output_dir=tmp_path / "reports"))
        assert config.archive.recapture == "changed"
        clock = Clock()
        run_day(config, clock)
        assert srv.url("/harbour") not in read_formats(tmp_path / "reports")["md"]
        page["text"] = ("The harbour stays closed: the sea wall failed its final inspection on Friday. " * 12
                        + "The harbour reopened on Monday after two years of repairs to the sea wall. " * 6)
        clock.advance(31)
        run_day(config, clock)
    url = srv.url("/harbour")
    formats = read_formats(tmp_path / "reports")
    assert sections_of(url, formats) == {"csv": {"drifted"}, "json": {"drifted"}, "md": {"Drifted"},
                                         "html": {"drifted"}}
    [row] = [r for r in formats["csv"] if r["url"] == url]
    assert (row["first_captured_at"][:10], row["changed_at"][:10]) == ("2025-06-02", "2025-07-03")
    assert "{+The harbour stays closed:" in row["drift_excerpt"] and "[-" in row["drift_excerpt"]
    assert "differs from our first capture of 2025-06-02" in row["action"]
    md = formats["md"]
    assert f"What changed at <{url}> between our first capture (2025-06-02) and the capture of 2025-07-03" in md
    assert "{+The harbour stays closed:" in md
    assert "<ins>The harbour stays closed:" in formats["html"] and "<del>" in formats["html"]
    [item] = [i for g in formats["json"]["sections"]["drifted"]["events"] for i in g["items"]]
    assert item["first_captured_at"][:10] == "2025-06-02" and item["drift_excerpt"] == row["drift_excerpt"]
