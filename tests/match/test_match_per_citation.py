"""Each citing event judged on its own, ties by title and outlet, every hop of a move, dates with their
uncertainty: what ``sourcevault match --json``, ``show`` and the database say (issue 27)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from test_match_stage import write_copy, write_event

from pipeline.cli import main
from pipeline.db import open_database

URL = "https://news.example/2024/05/01/budget"
TITLE = "Council approves record city budget after marathon session"
BODY = ("The council approved a record budget after a marathon debate over police funding, libraries and "
        "the transit levy. Councillors voted nine to four.")
DESCRIPTION = "The council approved a record budget after a marathon debate over police funding and libraries."


def invoke(project: Path, *args: str):
    result = CliRunner().invoke(main, ["--config", str(project / "config.yaml"), *args])
    assert result.exit_code == 0, result.output
    return result.output


def matched(project: Path) -> dict[str, dict]:
    """``sourcevault extract`` then ``match --json``, by copy path."""
    invoke(project, "extract")
    return {c["path"]: c for c in json.loads(invoke(project, "match", "--json"))}


@pytest.fixture
def project(tmp_path):
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(
        {"paths": {"events": ["events"], "archive": "archive", "database": "data/sv.db"}}))
    return tmp_path


def pairs(copy: dict, key: str) -> dict[str, dict]:
    return {m["event_id"]: m for m in copy[key]}


def test_two_events_cite_one_article_the_far_one_is_refused_the_near_ones_keep_the_copy(project):
    events = project / "events"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": URL, "title": TITLE, "outlet": "News Example", "date": "2024-05-01"}], DESCRIPTION)
    write_event(events, "2024-05-02--protest", "2024-05-02", "Budget draws protest", [
        {"url": URL, "title": TITLE, "outlet": "News Example"}], DESCRIPTION)  # no cited date
    write_event(events, "2025-02-10--review", "2025-02-10", "Budget review", [
        {"url": URL, "title": TITLE, "outlet": "News Example", "date": "2025-02-10"}], DESCRIPTION)
    write_copy(project / "archive", "hand-saved/budget.txt", TITLE, "May 1, 2024", BODY, None)

    copy = matched(project)["hand-saved/budget.txt"]
    assert copy["status"] == "matched"
    backs, refused = pairs(copy, "matches"), pairs(copy, "candidates")
    assert set(backs) == {"2024-05-01--budget", "2024-05-02--protest"}
    assert backs["2024-05-01--budget"]["reason"].startswith("the copy names no URL; headline 1.00")
    # judged on its own: without a cited date, the date the other citation of the URL gives stands for it
    assert "cited 2024-05-01 by 2024-05-01--budget source 1, same URL" in backs["2024-05-02--protest"]["reason"]
    far = refused["2025-02-10--review"]
    assert far["veto"] == "dated 2024-05-01, cited 2025-02-10 (285 days apart; tolerance 7)"
    assert far["veto"] in far["reason"]

    show = json.loads(invoke(project, "show", "2025-02-10--review", "--json"))
    [seen] = show["citations"][0]["copies"]
    assert (seen["path"], seen["is_candidate"], seen["veto"]) == ("hand-saved/budget.txt", True, far["veto"])
    db = open_database(project / "data/sv.db")
    assert db.execute("SELECT event_id, is_candidate, veto IS NOT NULL FROM matches ORDER BY event_id").fetchall() == [
        ("2024-05-01--budget", 0, 0), ("2024-05-02--protest", 0, 0), ("2025-02-10--review", 1, 1)]


def test_citations_of_one_title_and_outlet_are_tied_for_a_copy_without_url(project):
    events = project / "events"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": URL, "title": TITLE, "outlet": "News Example", "date": "2024-05-01"}], DESCRIPTION)
    write_event(events, "2024-05-03--levy", "2024-05-03", "Transit levy raised", [  # the story as the app shares it
        {"url": "https://news.example/app/story?id=88231", "title": TITLE + " | News Example",
         "outlet": "News Example"}], "Riders face higher fares from June.")
    write_copy(project / "archive", "hand-saved/budget.txt", TITLE, "May 1, 2024", BODY, None)
    write_copy(project / "archive", "hand-saved/linked.txt", TITLE, "May 1, 2024", BODY, URL)

    copies = matched(project)
    copy = copies["hand-saved/budget.txt"]
    assert copy["status"] == "matched"  # one article, not two rivals: not ambiguous
    backs = pairs(copy, "matches")
    assert set(backs) == {"2024-05-01--budget", "2024-05-03--levy"}
    assert any(m["reason"].startswith("cites the same title and outlet as ") for m in backs.values())
    # a copy that names its URL is tied by that URL alone
    assert set(pairs(copies["hand-saved/linked.txt"], "matches")) == {"2024-05-01--budget"}


def _history(project: Path, rows: list[tuple[str, str, str, list, str]],
             snapshots: list[tuple[str, str]] = ()) -> None:
    """Check history (cited URL, final URL, verdict, hops, checked_at) and Wayback lookups, as the
    check and archive stages record them."""
    db = open_database(project / "data/sv.db")
    link = {url: i for i, url in db.execute("SELECT id, canonical_url FROM links")}
    with db.atomic():
        for url, final, verdict, hops, at in rows:
            db.execute("INSERT INTO checks (link_id, url, verdict, final_url, redirects, checked_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [link[url], url, verdict, final, json.dumps(hops), at])
        for url, snapshot in snapshots:
            db.execute("INSERT INTO external_snapshots (link_id, service, status, snapshot_url, looked_up_at) "
                       "VALUES (?, 'wayback', 'found', ?, '2025-05-01T00:00:00Z')", [link[url], snapshot])
    db.close()


def hop(url: str, to: str) -> dict:
    return {"url": url, "status": 301, "location": to, "elapsed_ms": 5}


def test_a_copy_at_an_intermediate_redirect_hop_is_tied_with_the_chain_as_reason(project):
    events = project / "events"
    dead = "https://news.example/2024/05/02/levy"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": URL, "title": TITLE, "outlet": "News Example", "date": "2024-05-01"},
        {"url": dead, "title": "Transit levy to rise by a third next spring", "date": "2024-05-02"}],
        DESCRIPTION)
    invoke(project, "extract")
    moved, final = "https://news.example/politics/budget-2024", "https://www.news-example.com/p/budget-2024"
    _history(project, [
        (URL, final, "redirected", [hop(URL, moved), hop(moved, final)], "2025-05-01T00:00:00Z"),
        # the levy story now ends on the politics section front, judged a soft 404: no hop of it is evidence
        (dead, "https://news.example/politics/", "soft_404",
         [hop(dead, "https://news.example/levy-moved"), hop("https://news.example/levy-moved",
                                                             "https://news.example/politics/")],
         "2025-05-01T00:00:00Z"),
    ], snapshots=[(URL, "https://web.archive.org/web/20240502000000/http://old.news.example/budget.html")])
    archive = project / "archive"
    write_copy(archive, "hand-saved/hop.txt", "Budget: what the record spend means for you", "May 1, 2024",
               "Text.", moved)  # a retitled headline, saved at the intermediate hop
    write_copy(archive, "hand-saved/wayback.txt", "Budget", None, "Text.", "http://old.news.example/budget.html")
    write_copy(archive, "hand-saved/section.txt", "Politics", None, "Front.", "https://news.example/politics/")
    write_copy(archive, "hand-saved/levy-hop.txt", "Levy", None, "Moved.", "https://news.example/levy-moved")

    copies = matched(project)
    [m] = copies["hand-saved/hop.txt"]["matches"]
    assert (m["event_id"], m["source_position"], m["method"], m["score"]) == ("2024-05-01--budget", 1, "redirect", 0.9)
    assert m["reason"] == (f"the cited URL {URL} moved to {moved}, the copy's URL "
                           f"(check 2025-05-01: {URL} -> {moved} -> {final})")
    [w] = copies["hand-saved/wayback.txt"]["matches"]
    assert (w["source_position"], w["method"]) == (1, "redirect") and "Wayback snapshot https://web.archive.org/" \
        in w["reason"]
    for path in ("hand-saved/section.txt", "hand-saved/levy-hop.txt"):
        assert copies[path]["matches"] == [] and copies[path]["status"] == "unmatched"
    text = invoke(project, "show", "--copy", "hand-saved/hop.txt")
    assert f"-> {moved} -> {final})" in text


def test_a_same_outlet_lookalike_months_from_an_undated_citations_event_is_refused(project):
    events = project / "events"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": URL, "title": TITLE, "outlet": "News Example"}], DESCRIPTION)  # no cited date
    archive = project / "archive"
    write_copy(archive, "hand-saved/later.txt", "Analysis: " + TITLE, "September 10, 2024",
               BODY + "\n\nSource: News Example", None)
    write_copy(archive, "hand-saved/near.txt", TITLE, "May 20, 2024", BODY + "\n\nSource: News Example", None)
    # the page shows its update date first; its publication date is what the citation's span is about
    write_copy(archive, "hand-saved/updated.txt", TITLE, "Updated September 10, 2024",
               "First published May 1, 2024\n\n" + BODY + "\n\nSource: News Example", None)

    copies = matched(project)
    later = copies["hand-saved/later.txt"]
    assert later["status"] == "candidate" and later["matches"] == []
    assert later["candidates"][0]["veto"] == (
        "dated 2024-09-10, 132 days after the event's date 2024-05-01 and no cited date "
        "(an article comes at most 30 days before to 60 after)")
    assert [m["event_id"] for m in copies["hand-saved/near.txt"]["matches"]] == ["2024-05-01--budget"]
    [updated] = copies["hand-saved/updated.txt"]["matches"]
    assert "copy 2024-05-01 published, 2024-09-10 on the page" in updated["reason"]


def test_an_own_copy_captured_after_its_page_was_replaced_does_not_back_the_citation_by_url(project):
    events = project / "events"
    write_event(events, "2024-05-01--budget", "2024-05-01", "City passes budget", [
        {"url": URL, "title": TITLE, "outlet": "News Example", "date": "2024-05-01"}], DESCRIPTION)
    invoke(project, "extract")
    path = "news.example/2025-06-01--casino.md"
    own = project / "archive" / path
    own.parent.mkdir(parents=True)
    own.write_text(f"---\nurl: {URL}\nfinal_url: {URL}\ncaptured_at: '2025-06-01T00:00:00Z'\n---\n\n"
                   "Best online casino bonuses\n\nJune 1, 2025\n\nSpin to win.\n")
    _history(project, [(URL, URL, "content_replaced", [], "2025-05-01T00:00:00Z")])
    db = open_database(project / "data/sv.db")
    with db.atomic():
        db.execute("INSERT INTO captures (link_id, url, final_url, status, copy_path, text_status, captured_at) "
                   "SELECT id, ?, ?, 200, ?, 'ok', '2025-06-01T00:00:00Z' FROM links WHERE canonical_url = ?",
                   [URL, URL, path, URL])
    db.close()
    copy = matched(project)[path]
    assert copy["matches"] == [] and copy["status"] == "unmatched"
