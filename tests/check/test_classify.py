"""classify(): what a check saw -> its verdict, one row per rule."""

from __future__ import annotations

import pytest

from pipeline.check.classify import CheckFacts, classify, moved_permanently
from pipeline.check.pagefacts import PageFacts
from pipeline.models import Verdict

URL = "https://news.example/2024/05/story"
ARTICLE = PageFacts("Budget approved", "Budget approved", "The council approved the budget. " * 40, 200)
WALL = PageFacts("Just a moment...", "", "Checking your browser before accessing the site.", 8)
CONSENT = PageFacts("Before you continue", "Before you continue to Example",
                    "We use cookies and data to deliver our services. Accept all Reject all", 13)
BUTTONS = PageFacts("Example", "", "This site uses cookies. Accept all Reject all", 8)
BANNERED = PageFacts("Budget approved", "Budget approved",
                     "We use cookies. Accept all Reject all. " + "The council approved the budget. " * 40, 207)

CASES = [
    # (description, facts, verdict)
    ("plain 200", CheckFacts(URL, 200, URL), Verdict.OK),
    ("304 not modified", CheckFacts(URL, 304, URL), Verdict.OK),
    ("temporary redirect", CheckFacts(URL, 200, URL + "?page=1", (302,)), Verdict.OK),
    ("permanent redirect", CheckFacts(URL, 200, "https://news.example/archive/story", (301,)), Verdict.REDIRECTED),
    ("308 counts as permanent", CheckFacts(URL, 200, "https://other.example/story", (302, 308)), Verdict.REDIRECTED),
    ("https upgrade is not a move", CheckFacts("http://news.example/2024/05/story", 200, URL, (301,)), Verdict.OK),
    ("404", CheckFacts(URL, 404, URL), Verdict.GONE),
    ("410", CheckFacts(URL, 410, URL), Verdict.GONE),
    ("soft 404 reason given", CheckFacts(URL, 200, URL, soft404="the title says 'Page not found'"), Verdict.SOFT_404),
    ("401", CheckFacts(URL, 401, URL), Verdict.BLOCKED),
    ("403", CheckFacts(URL, 403, URL), Verdict.BLOCKED),
    ("451", CheckFacts(URL, 451, URL), Verdict.BLOCKED),
    ("other 4xx", CheckFacts(URL, 406, URL), Verdict.BLOCKED),
    ("LinkedIn 999", CheckFacts(URL, 999, URL), Verdict.BLOCKED),
    ("Cloudflare challenge header on 503", CheckFacts(URL, 503, URL, headers={"cf-mitigated": "challenge"}),
     Verdict.BLOCKED),
    ("bot wall page with 200", CheckFacts(URL, 200, URL, page=WALL), Verdict.BLOCKED),
    ("bot wall page with 403", CheckFacts(URL, 403, URL, page=WALL), Verdict.BLOCKED),
    ("DataDome 403", CheckFacts(URL, 403, URL, headers={"x-datadome": "protected"}), Verdict.BLOCKED),
    ("a real article is not a wall", CheckFacts(URL, 200, URL, page=ARTICLE), Verdict.OK),
    ("consent interstitial by its title", CheckFacts(URL, 200, URL, page=CONSENT, soft404="like the probe"),
     Verdict.BLOCKED),
    ("consent interstitial by its buttons", CheckFacts(URL, 200, URL, page=BUTTONS), Verdict.BLOCKED),
    ("an article under a cookie banner is an article", CheckFacts(URL, 200, URL, page=BANNERED), Verdict.OK),
    ("redirect to a login page", CheckFacts(URL, 200, "https://news.example/login?next=/2024/05/story", (302,)),
     Verdict.BLOCKED),
    ("redirect to a consent host", CheckFacts(URL, 200, "https://consent.example.com/v2/collectConsent", (302,)),
     Verdict.BLOCKED),
    ("429 after retries", CheckFacts(URL, 429, URL), Verdict.RATE_LIMITED),
    ("500", CheckFacts(URL, 500, URL), Verdict.SERVER_ERROR),
    ("503 without a wall", CheckFacts(URL, 503, URL), Verdict.SERVER_ERROR),
    ("no answer at all", CheckFacts(URL), Verdict.CONNECTION_ERROR),
] + [
    (f"fetch error {kind}", CheckFacts(URL, error_kind=kind, error="..."), Verdict(kind))
    for kind in ("timeout", "dns_error", "connection_error", "tls_error", "too_many_redirects", "too_large",
                 "robots_disallowed", "refused_address", "invalid_url")
]


@pytest.mark.parametrize("facts, verdict", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_classify(facts: CheckFacts, verdict: Verdict) -> None:
    got, detail = classify(facts)
    assert got is verdict and detail


def test_every_verdict_is_reachable() -> None:
    assert {c[2] for c in CASES} == set(Verdict)


def test_an_error_wins_over_a_status() -> None:
    assert classify(CheckFacts(URL, 200, URL, error_kind="too_large", error="big"))[0] is Verdict.TOO_LARGE


def test_redirected_detail_names_the_new_url() -> None:
    verdict, detail = classify(CheckFacts(URL, 200, "https://news.example/new-home", (301,)))
    assert verdict is Verdict.REDIRECTED and "https://news.example/new-home" in detail


@pytest.mark.parametrize("a, b, moved", [
    ("http://x.example/a", "https://x.example/a", False),
    ("https://x.example/a?utm_source=feed", "https://x.example/a", False),
    ("https://x.example/a", "https://x.example/b", True),
    ("https://x.example/a", "https://www.x.example/a", True),
])
def test_moved_permanently(a: str, b: str, moved: bool) -> None:
    assert moved_permanently(a, b) is moved


@pytest.mark.parametrize("verdict, kind", [
    (Verdict.OK, "success"), (Verdict.REDIRECTED, "success"),
    (Verdict.BLOCKED, "unverifiable"), (Verdict.RATE_LIMITED, "unverifiable"),
    (Verdict.ROBOTS_DISALLOWED, "unverifiable"), (Verdict.REFUSED_ADDRESS, "unverifiable"),
    (Verdict.TOO_LARGE, "unverifiable"),
    (Verdict.GONE, "failure"), (Verdict.SOFT_404, "failure"), (Verdict.SERVER_ERROR, "failure"),
    (Verdict.TIMEOUT, "failure"), (Verdict.DNS_ERROR, "failure"), (Verdict.CONNECTION_ERROR, "failure"),
    (Verdict.TLS_ERROR, "failure"), (Verdict.TOO_MANY_REDIRECTS, "failure"), (Verdict.INVALID_URL, "failure"),
])
def test_verdict_predicates_partition_the_vocabulary(verdict: Verdict, kind: str) -> None:
    assert [verdict.is_success, verdict.is_unverifiable, verdict.is_failure] == [
        kind == "success", kind == "unverifiable", kind == "failure"]
