"""The pure scoring functions and the decision, table by table."""

from __future__ import annotations

import pytest

from pipeline.match.scoring import (
    Evidence,
    Policy,
    Scored,
    body_overlap,
    content_score,
    date_agreement,
    date_contradiction,
    decide,
    parse_partial_date,
    split_title_suffix,
    title_similarity,
    tokens,
)
from pipeline.models import CitationKind, CopyStatus, Match, MatchMethod

CITED = "Russia will 'undoubtedly' discuss future Mars flights with Musk, Putin envoy says"


@pytest.mark.parametrize("copy_title, cited, low, high", [
    (CITED, CITED, 1.0, 1.0),
    (CITED + " | The Guardian", CITED, 1.0, 1.0),
    (CITED + " - The New York Times", CITED, 1.0, 1.0),
    (CITED.upper(), CITED, 1.0, 1.0),
    ("Russia will \u2018undoubtedly\u2019 discuss future Mars flights with Musk Putin envoy says", CITED, 1.0, 1.0),
    (CITED, CITED + " | World news | The Guardian", 0.95, 1.0),
    ("Russia will discuss Mars flights with Musk", CITED, 0.6, 0.8),
    ("Council approves the city budget for next year", CITED, 0.0, 0.45),
])
def test_title_similarity(copy_title, cited, low, high):
    assert low <= title_similarity(copy_title, cited) <= high


@pytest.mark.parametrize("title, head, suffix", [
    ("A headline | The Outlet", "A headline", "The Outlet"),
    ("A long headline about things - The New York Times", "A long headline about things", "The New York Times"),
    ("Trump - Biden debate: what we learned", "Trump - Biden debate: what we learned", None),
    ("No suffix here", "No suffix here", None),
])
def test_split_title_suffix(title, head, suffix):
    assert split_title_suffix(title) == (head, suffix)


@pytest.mark.parametrize("text, parsed", [
    ("2025-03-18", (2025, 3, 18)), ("2025-03", (2025, 3, None)), ("1998", (1998, None, None)),
    ("June 1998", (1998, 6, None)), ("March 18, 2025", (2025, 3, 18)), ("someday", None), (None, None),
])
def test_parse_partial_date(text, parsed):
    assert parse_partial_date(text) == parsed


@pytest.mark.parametrize("copy, cited, event, value", [
    ("2025-03-18", "2025-03-18", None, 1.0),
    ("2025-03-19", "2025-03-18", None, 0.9),
    ("2025-03-21", "2025-03-18", None, 0.7),
    ("2023-03-18", "2025-03-18", "2025-03-18", 0.0),
    ("2025-03-18", None, "2025-03-18", 0.8),  # the event's date is weaker evidence
    ("2025-03-18", "2025-03-01", "2025-03-18", 0.8),
    ("1998-06-12", "June 1998", None, 0.7),
    ("1998-06-12", "1998", None, 0.5),
    ("2025-03-18", None, None, None),
    (None, "2025-03-18", "2025-03-18", None),
    ("2025-03", "2025-03-18", None, None),  # a copy date without a day says too little
])
def test_date_agreement(copy, cited, event, value):
    assert date_agreement(copy, cited, event) == value


@pytest.mark.parametrize("copy, cited, reason", [
    ("2025-03-19", "2025-03-18", None),  # a day off
    ("2025-03-25", "2025-03-18", None),  # a week: the tolerance
    ("2025-03-26", "2025-03-18", "dated 2025-03-26, cited 2025-03-18 (8 days apart; tolerance 7)"),
    ("2024-03-18", "2025-03-18", "dated 2024-03-18, cited 2025-03-18 (365 days apart; tolerance 7)"),
    ("2025-03-31", "2025-03", None),  # a cited month is the whole month
    ("2025-04-07", "2025-03", None),  # and the tolerance after it
    ("2025-04-08", "2025-03", "dated 2025-04-08, cited 2025-03 (8 days apart; tolerance 7)"),
    ("2025-12-31", "2025", None),  # a cited year is the whole year
    ("2023-06-01", "2025", "dated 2023-06-01, cited 2025 (580 days apart; tolerance 7)"),
    ("1998-07-20", "June 1998", "dated 1998-07-20, cited June 1998 (20 days apart; tolerance 7)"),
    ("2025-03-18", None, None),  # nothing cited, nothing contradicts
    (None, "2025-03-18", None),
    ("2025-03", "2020-01-01", None),  # a copy date without a day says too little
])
def test_date_contradiction(copy, cited, reason):
    assert date_contradiction(copy, cited, 7) == reason


def test_date_tolerance_is_a_setting():
    assert date_contradiction("2025-03-20", "2025-03-18", 1) is not None
    assert date_contradiction("2025-05-18", "2025-03-18", 90) is None


def test_body_overlap_weights_rare_words():
    idf = {"dmitriev": 5.0, "roscosmos": 5.0, "russia": 1.0, "mars": 2.0}.get
    body = set(tokens("Dmitriev met Roscosmos officials"))
    assert body_overlap(body, ["dmitriev", "roscosmos", "russia", "mars"], lambda w: idf(w, 1.0)) == \
        pytest.approx(10 / 13)
    assert body_overlap(set(), ["mars"], lambda w: 1.0) is None
    assert body_overlap(body, [], lambda w: 1.0) is None


@pytest.mark.parametrize("evidence, low, high", [
    (Evidence(1.0, 1.0, 1.0, 0.6), 0.99, 0.99),  # content never scores 1
    (Evidence(1.0, 1.0, None, 0.6), 0.9, 0.95),  # headline + date + body: a match
    (Evidence(1.0, None, None, None), 0.7, 0.8),  # a headline alone: never over 0.8
    (Evidence(None, 1.0, 1.0, 0.6), 0.7, 0.8),  # everything but the headline: a candidate at best
    (Evidence(1.0, 0.0, 0.0, 0.0), 0.5, 0.5),  # the cited headline, another date and outlet
    (Evidence(0.4, 1.0, 1.0, 0.1), 0.35, 0.4),  # same day, same site, another story
    (Evidence(), 0.5, 0.5),
])
def test_content_score(evidence, low, high):
    score, reason = content_score(evidence)
    assert low <= score <= high
    assert "headline" in reason and "body" in reason


def _scored(event: str, position: int, score: float, group: str, method=MatchMethod.CONTENT,
            veto: str | None = None) -> Scored:
    return Scored(Match(position, event, CitationKind.SOURCE, position, method, score, "why", veto=veto), group)


POLICY = Policy(threshold=0.8, candidate_threshold=0.55, ambiguity_margin=0.05, max_candidates=2)


def _summary(decision):
    return decision.status, [(m.event_id, m.position, m.is_candidate) for m in decision.matches]


@pytest.mark.parametrize("scored, status, matches", [
    ([], CopyStatus.UNMATCHED, []),
    ([_scored("e1", 1, 0.5, "a")], CopyStatus.UNMATCHED, []),
    ([_scored("e1", 1, 0.7, "a"), _scored("e2", 2, 0.6, "b"), _scored("e3", 1, 0.56, "c")],
     CopyStatus.CANDIDATE, [("e1", 1, True), ("e2", 2, True)]),  # max_candidates
    ([_scored("e1", 1, 0.95, "a"), _scored("e2", 3, 0.6, "b")],
     CopyStatus.MATCHED, [("e1", 1, False), ("e2", 3, True)]),
    # one URL cited by several events matches them all
    ([_scored("e1", 2, 1.0, "url", MatchMethod.URL), _scored("e2", 1, 1.0, "url", MatchMethod.URL)],
     CopyStatus.MATCHED, [("e1", 2, False), ("e2", 1, False)]),
    # two unrelated citations within the margin: ambiguous, both only candidates
    ([_scored("e1", 1, 0.9, "a"), _scored("e2", 1, 0.88, "b")],
     CopyStatus.AMBIGUOUS, [("e1", 1, True), ("e2", 1, True)]),
    # outside the margin: the best one wins, the other is a candidate
    ([_scored("e1", 1, 0.95, "a"), _scored("e2", 1, 0.85, "b")],
     CopyStatus.MATCHED, [("e1", 1, False), ("e2", 1, True)]),
    # the same citation scored twice keeps its best evidence
    ([_scored("e1", 1, 0.7, "a"), _scored("e1", 1, 1.0, "url", MatchMethod.URL)],
     CopyStatus.MATCHED, [("e1", 1, False)]),
    # evidence that contradicts: never a match, whatever the score; still a candidate for review
    ([_scored("e1", 1, 0.95, "a", veto="published on cnn.com, cited on npr.org")],
     CopyStatus.CANDIDATE, [("e1", 1, True)]),
    # a vetoed pair does not make a copy ambiguous, nor outrank a match
    ([_scored("e1", 1, 0.97, "a", veto="dated 2023-01-01, cited 2025-03-18"), _scored("e2", 1, 0.9, "b")],
     CopyStatus.MATCHED, [("e2", 1, False), ("e1", 1, True)]),
    # the same citation with a URL match and a vetoed content pair: the URL wins
    ([_scored("e1", 1, 0.99, "a", veto="published by Reuters, cited as NPR"),
      _scored("e1", 1, 0.95, "url", MatchMethod.URL)],
     CopyStatus.MATCHED, [("e1", 1, False)]),
])
def test_decide(scored, status, matches):
    assert _summary(decide(scored, POLICY)) == (status, matches)


def test_decide_prefers_the_stronger_method_on_equal_scores():
    decision = decide([_scored("e1", 1, 0.9, "x", MatchMethod.CONTENT),
                       _scored("e1", 1, 0.9, "url", MatchMethod.REDIRECT)], POLICY)
    assert [m.method for m in decision.matches] == [MatchMethod.REDIRECT]
