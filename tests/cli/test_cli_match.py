"""``sourcevault match``, ``show`` and ``status`` through click's CliRunner: output shape and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED_EVENT = "2025-03-18--russia-will-undoubtedly-discuss-future-mars-flights-with-mus"
SEED_COPY = "hand-saved/2025-03-18--putin-envoy-dmitriev-says-he-will-hold-talks-with-musk-about-mars-exploration.txt"


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "archive", tmp_path / "archive")
    (tmp_path / "archive/hand-saved/lighthouse.txt").write_text(
        "Lighthouse keepers gather\n\nJuly 9, 2019\n\nKeepers met.\n\nOriginal url: https://hobby.example/x\n")
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"paths": {"events": ["seeds"], "archive": "archive",
                                                "database": "data/sv.db"}}))
    return tmp_path, config


def invoke(config: Path, *args: str):
    return CliRunner().invoke(main, ["--config", str(config), *args])


def test_match_json_lists_every_copy_with_its_matches(project):
    _, config = project
    assert invoke(config, "extract").exit_code == 0
    result = invoke(config, "match", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [c["path"] for c in data] == [SEED_COPY, "hand-saved/lighthouse.txt"]
    seed, other = data
    assert seed["url"].startswith("https://www.themoscowtimes.com/2025/03/18/")
    assert seed["status"] == "matched" and seed["candidates"] == []
    assert [{k: m[k] for k in ("event_id", "source_position", "method", "score")} for m in seed["matches"]] == [
        {"event_id": SEED_EVENT, "source_position": 2, "method": "url", "score": 1.0}]
    assert seed["matches"][0]["reason"]
    assert (seed["matches"][0]["evidence"], seed["matches"][0]["veto"]) == ({"url": 1.0}, None)
    assert (other["status"], other["matches"], other["candidates"]) == ("unmatched", [], [])


def test_match_json_gives_each_piece_of_evidence_and_the_veto(project):
    root, config = project
    (root / "archive/hand-saved/rival.txt").write_text(
        "Putin Envoy Dmitriev Says He Will Hold Talks With Musk About Mars Exploration\n\nMarch 18, 2025\n\n"
        "Kirill Dmitriev said he would discuss Mars flights with Elon Musk.\n\n"
        "Original url: https://www.rival-wire.example/world/dmitriev-musk-mars\n")
    invoke(config, "extract")
    data = {c["path"]: c for c in json.loads(invoke(config, "match", "--json").output)}
    rival = data["hand-saved/rival.txt"]
    assert rival["status"] == "candidate" and rival["matches"] == []
    pair = rival["candidates"][0]
    assert (pair["event_id"], pair["source_position"], pair["method"]) == (SEED_EVENT, 2, "content")
    assert set(pair["evidence"]) == {"headline", "date", "outlet", "body"}
    assert (pair["evidence"]["headline"], pair["evidence"]["outlet"]) == (1.0, 0.0)
    assert pair["veto"] == "published on rival-wire.example, cited on themoscowtimes.com"


def test_match_without_json_summarises_and_lists_copies_to_review(project):
    _, config = project
    invoke(config, "extract")
    result = invoke(config, "match")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].startswith("2 copies: 1 matched, 1 unmatched")
    assert "unmatched  hand-saved/lighthouse.txt  https://hobby.example/x" in result.output
    assert invoke(config, "match", "--fail-on-unmatched").exit_code == 1


def test_match_lists_only_as_many_copies_as_asked_and_counts_the_rest(project):
    root, config = project
    for name in ("a", "b"):
        (root / f"archive/hand-saved/{name}.txt").write_text(
            f"Unrelated story {name}\n\nMay 1, 2024\n\nNothing cited.\n\nOriginal url: https://hobby.example/{name}\n")
    invoke(config, "extract")
    result = invoke(config, "match", "--list", "1")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("4 copies: 1 matched, 3 unmatched")
    assert [line.split()[1] for line in lines[1:-1]] == ["hand-saved/a.txt"]  # the first by path
    assert lines[-1].strip() == "… 2 more (sourcevault match --json)"


def test_show_event_lists_each_citation_with_its_copies(project):
    _, config = project
    invoke(config, "run")
    result = invoke(config, "show", SEED_EVENT, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["event"]["id"] == SEED_EVENT
    assert [(c["kind"], c["position"], len(c["copies"])) for c in data["citations"]] == [
        ("source", 1, 0), ("source", 2, 1), ("source", 3, 0)]
    copy = data["citations"][1]["copies"][0]
    assert (copy["path"], copy["method"], copy["score"], copy["is_candidate"]) == (SEED_COPY, "url", 1.0, False)
    text = invoke(config, "show", SEED_EVENT).output
    assert "no archived copy" in text and SEED_COPY in text


def test_show_copy_lists_its_events(project):
    tmp, config = project
    invoke(config, "run")
    for given in (SEED_COPY, str(tmp / "archive" / SEED_COPY)):
        result = invoke(config, "show", "--copy", given, "--json")
        assert result.exit_code == 0, result.output
        copies = json.loads(result.output)["copies"]
        assert [(c["path"], c["status"]) for c in copies] == [(SEED_COPY, "matched")]
        assert [(e["event_id"], e["source_position"], e["method"]) for e in copies[0]["events"]] == [
            (SEED_EVENT, 2, "url")]
    assert "backs     " + SEED_EVENT + " source 2 (url 1.00)" in invoke(config, "show", "--copy", SEED_COPY).output


@pytest.mark.parametrize("args, message", [
    (["show", "no-such-event"], "no event 'no-such-event'"),
    (["show", "--copy", "hand-saved/nothing.txt"], "no archived copy 'hand-saved/nothing.txt'"),
    (["show"], "give either an EVENT_ID or --copy PATH"),
    (["show", SEED_EVENT, "--copy", SEED_COPY], "give either an EVENT_ID or --copy PATH"),
])
def test_show_usage_errors_exit_2(project, args, message):
    _, config = project
    invoke(config, "run")
    result = invoke(config, *args)
    assert result.exit_code == 2
    assert f"sourcevault: error: {message}" in result.output


def test_match_with_a_bad_config_exits_2(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("match:\n  threshold: 2\n")
    result = invoke(config, "match")
    assert result.exit_code == 2
    assert "match.threshold: 2.0 is out of range" in result.output


def test_status_counts_copies(project):
    _, config = project
    invoke(config, "run")
    data = json.loads(invoke(config, "status", "--json").output)
    assert {k: data[k] for k in ("copies", "matched_copies", "candidate_copies", "ambiguous_copies",
                                 "unmatched_copies", "matches", "candidates")} == {
        "copies": 2, "matched_copies": 1, "candidate_copies": 0, "ambiguous_copies": 0,
        "unmatched_copies": 1, "matches": 1, "candidates": 0}
    assert "copies     2 archived: 1 matched, 0 candidate, 0 ambiguous, 1 unmatched" in invoke(config, "status").output
