"""The Markdown report a maintainer can post: action first, counts for the rest, under GitHub's cap."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fixworld import FakeArchive, mark_broken_with_snapshot, setup

from pipeline.cli import main
from pipeline.report.markdown import MAX_CHARS, render
from pipeline.report.model import SECTIONS, EventGroup, Item, Report, Section


def item(n: int, since: str, url: str | None = None) -> Item:
    return Item(event_id=f"event-{n}", position=1, kind="source", field="sources[0].url",
                url=url or f"https://news.example/{n}", canonical_url=url or f"https://news.example/{n}",
                cited_title=f"A fairly long headline number {n} about the council's budget vote", outlet="News",
                state="broken", verdict="gone", since=since, failures=9, status_code=404, error="HTTP 404",
                checked_at=None, final_url=None, action="find the article's new home or another source")


def big_report(still: int, new: int, failing: int, moved: int = 0, problems: int = 0) -> Report:
    sections = {info.key: Section(info.key, info.title, info.advice) for info in SECTIONS}
    for n in range(still):  # event n failed since day n: lower n is older
        since = f"2024-{1 + n // 400 % 12:02d}-{1 + n % 28:02d}T00:00:00Z"
        sections["still_broken"].events.append(EventGroup(f"event-{n}", f"Event {n}", f"events/e{n}.md", None,
                                                          [item(n, since)]))
    for n in range(new):
        sections["newly_broken"].events.append(EventGroup(f"new-{n}", "New", f"events/n{n}.md", None,
                                                          [item(10_000 + n, "2025-06-01T00:00:00Z")]))
    for n in range(failing):
        sections["failing"].events.append(EventGroup(f"f-{n}", "F", f"events/f{n}.md", None,
                                                     [item(20_000 + n, "2025-06-01T00:00:00Z")]))
    for n in range(moved):
        sections["moved"].events.append(EventGroup(f"m-{n}", "M", f"events/m{n}.md", None,
                                                   [item(30_000 + n, "2025-06-01T00:00:00Z")]))
    bad = [{"file": f"events/p{n}.md", "event_id": f"p-{n}", "kind": "invalid_url", "field": "sources[0].url",
            "value": f"Reuters {n}", "message": f"not a URL: 'Reuters {n}'", "first_seen_at": "2025-06-01T00:00:00Z",
            "action": "put the article's http(s) URL in sources[0].url (or remove the entry)"} for n in range(problems)]
    summary = {"events": still + new + failing, "citations": 0, "links": 0, "links_by_state": {"broken": still + new},
               "problems": 0, "copies_to_review": 0, "baseline": None, "checked_through": None, "newly_broken_links": new,
               "sections": {k: s.count for k, s in sections.items()}, "proposed_edits": 0}
    return Report("2025-06-02T00:00:00Z", summary, [], list(sections.values()), bad, [], [])


def test_a_huge_corpus_still_fits_an_issue_and_says_what_was_cut():
    report = big_report(still=3000, new=5, failing=700)
    text = render(report)
    assert len(text) <= MAX_CHARS
    assert all(f"https://news.example/{10_000 + n}" in text for n in range(5))  # all newly broken kept
    assert "https://news.example/20000" not in text and "- Failing (not yet broken): 700" in text
    kept = [n for n in range(3000) if f"(<https://news.example/{n}>)" in text]
    cut = 3000 - len(kept)
    assert 0 < cut < 3000 and f"{cut} oldest still broken rows" in text
    oldest_kept = min(report.section("still_broken").events[n].items[0].since for n in kept)
    dropped = [g.items[0].since for i, g in enumerate(report.section("still_broken").events) if i not in kept]
    assert max(dropped) <= oldest_kept  # the oldest were cut first
    assert text.index("## Newly broken") < text.index("## Still broken") < text.index("## Edits proposed") \
        < text.index("## Everything else")
    assert "broken-links.html" in text


def test_moved_rows_and_input_problems_give_way_before_newly_broken():
    text = render(big_report(still=0, new=5, failing=0, moved=2000, problems=2000))
    assert len(text) <= MAX_CHARS
    assert all(f"https://news.example/{10_000 + n}" in text for n in range(5))
    assert "## Moved permanently (2000)" in text and "## Input problems (2000)" in text
    kept = text.count("| sources\\[0\\].url | Reuters ")
    assert 0 < kept < 2000 and f"{2000 - kept} oldest input problems" in text  # moved rows gave way first:
    assert "2000 oldest moved permanently rows" in text  # a moved page still answers


def test_a_small_report_is_whole():
    text = render(big_report(still=3, new=1, failing=2))
    assert "cut" not in text.lower().replace("cut to fit", "")
    assert all(f"https://news.example/{n}" in text for n in range(3))


def test_report_links_items_to_edits_prints_markdown_and_status_counts(tmp_path):
    with FakeArchive() as archive:
        dead = "https://gone.example/story"
        runner, cfg = setup(tmp_path, [dead], archive)
        mark_broken_with_snapshot(cfg, archive, dead)
        assert runner.invoke(main, ["--config", str(cfg), "fix", "-q"]).exit_code == 0
    md = CliRunner().invoke(main, ["--config", str(cfg), "report", "--format", "markdown", "--output", "-"])
    assert md.exit_code == 0, md.output
    assert "## Newly broken (1)" in md.stdout and "[proposed edit](#edit-1)" in md.stdout
    assert '<a id="edit-1"></a>add\\_archive\\_url | events/event-0.md:6 |' in md.stdout
    assert not (tmp_path / "reports").exists()  # one format to stdout, nothing else written
    as_json = CliRunner().invoke(main, ["--config", str(cfg), "report", "--format", "json", "--output", "-"])
    data = json.loads(as_json.stdout)
    assert data["summary"]["proposed_edits"] == 1
    assert data["sections"]["newly_broken"]["events"][0]["items"][0]["edit"] == "edit-1"
    status = CliRunner().invoke(main, ["--config", str(cfg), "status"])
    assert "fix        1 proposed edits, 0 for a hand edit" in status.stdout
    bad = CliRunner().invoke(main, ["--config", str(cfg), "report", "--output", "-"])
    assert bad.exit_code == 2 and "--format and --output go together" in bad.output


def test_after_a_fix_with_nothing_to_edit_the_heading_and_summary_agree(tmp_path):
    with FakeArchive() as archive:
        runner, cfg = setup(tmp_path, ["Reuters"], archive)  # listed to fix by hand, nothing to edit
        assert runner.invoke(main, ["--config", str(cfg), "fix", "-q"]).exit_code == 0
    md = runner.invoke(main, ["--config", str(cfg), "report", "--format", "markdown", "--output", "-"]).stdout
    assert "edits proposed: 0 · citations to fix by hand: 1 ·" in md
    assert "\n## Edits proposed (0) and citations to fix by hand (1)\n" in md
    assert "Proposed edits (" not in md
    html = runner.invoke(main, ["--config", str(cfg), "report", "--format", "html", "--output", "-"]).stdout
    assert "Edits proposed (0) and citations to fix by hand (1)" in html and "Proposed edits (" not in html
    written = runner.invoke(main, ["--config", str(cfg), "report"])
    assert "0 edits proposed, 1 citations to fix by hand" in written.output


def test_an_event_id_in_a_heading_is_shown_as_written_not_with_backslashes():
    """A code span shows backslashes literally: the id goes in as it is, fenced by enough backticks."""
    report = big_report(still=1, new=0, failing=0, problems=1)
    report.section("still_broken").events[0].event_id = "2025-01-01--city_budget*vote"
    report.problems[0]["event_id"] = "2025-01-02--a`b"
    text = render(report)
    assert "### `2025-01-01--city_budget*vote` — Event 0" in text
    assert "### ``2025-01-02--a`b``" in text
