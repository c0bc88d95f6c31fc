"""Precision and recall of the match stage on a labelled set built from the real sample events."""

from __future__ import annotations

from pathlib import Path

import pytest
from match_corpus import VARIANT_RULES, build_labelled_archive, score_report

from pipeline.audit.show import match_report
from pipeline.config import config_from_dict
from pipeline.db import open_database
from pipeline.extract import stage as extract
from pipeline.match import stage as match

EVENTS = Path(__file__).resolve().parents[1] / "fixtures/corpus/events"
URL_CASES = ("exact", "wayback", *(f"variant:{rule}" for rule in VARIANT_RULES))
URL_TRUE_CASES = ("paywall_stub", "updated_headline")  # the URL alone decides, whatever else the copy says
CONTENT_TRUE_CASES = ("missing", "same_site", "no_url_no_date", "outlet_alias", "date_off_by_one", "suffix_case")
LOOKALIKES = ("lookalike:other_site", "lookalike:other_outlet", "lookalike:wire", "lookalike:later")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("labelled")
    labels = build_labelled_archive(EVENTS, tmp / "archive")
    config = config_from_dict({"paths": {"events": [str(EVENTS)], "archive": str(tmp / "archive"),
                                         "database": str(tmp / "sv.db")}}, tmp)
    db = open_database(config.paths.database)
    extract.run(db, config)
    match.run(db, config)
    report = match_report(db)
    assert {c["path"] for c in report} == set(labels)
    return score_report(report, labels)


def test_every_case_type_is_in_the_set(scores):
    assert set(scores) == {*URL_CASES, *URL_TRUE_CASES, *CONTENT_TRUE_CASES, *LOOKALIKES,
                           "headline_only", "decoy", "near_miss"}
    assert all(s.copies >= 2 for s in scores.values())


@pytest.mark.parametrize("case", URL_CASES)
def test_url_evidence_is_exact(scores, case):
    s = scores[case]
    assert (s.precision, s.recall) == (1.0, 1.0)
    assert s.methods == {"url"} and s.statuses == {"matched"}


@pytest.mark.parametrize("case", ["missing", "same_site"])
def test_content_evidence_is_precise_and_finds_most(scores, case):
    s = scores[case]
    assert s.precision == 1.0
    assert s.recall >= 0.9
    assert s.methods == {"content"}


@pytest.mark.parametrize("case", ["decoy", "near_miss"])
def test_decoys_stay_unmatched(scores, case):
    s = scores[case]
    assert s.reported == 0
    assert s.statuses == {"unmatched"}


def test_a_headline_alone_is_only_a_candidate(scores):
    s = scores["headline_only"]
    assert s.reported == 0 and s.statuses == {"candidate"}
    assert s.found_as_candidate == s.copies
