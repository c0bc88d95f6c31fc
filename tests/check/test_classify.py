"""classify(): what a check saw -> its verdict, one row per rule."""

from __future__ import annotations

import pytest

from pipeline.check.classify import CheckFacts, classify, moved_permanently
from pipeline.check.pagefacts import PageFacts
from pipeline.models import Verdict
from pipeline.net.results import FetchErrorKind

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
    ("plain 200", CheckFacts(url=URL, status=200, final_url=URL), Verdict.OK),
    ("304 not modified", CheckFacts(url=URL, status=304, final_url=URL), Verdict.OK),
    ("temporary redirect", CheckFacts(url=URL, status=200, final_url=URL + "?page=1", redirect_statuses=(302,)), Verdict.OK),
    ("permanent redirect", CheckFacts(url=URL, status=200, final_url="https://news.example/archive/story", redirect_statuses=(301,)), Verdict.REDIRECTED),
    ("308 counts as permanent", CheckFacts(url=URL, status=200, final_url="https://other.example/story", redirect_statuses=(302, 308)), Verdict.REDIRECTED),
    ("https upgrade is not a move", CheckFacts(url="http://news.example/2024/05/story", status=200, final_url=URL, redirect_statuses=(301,)), Verdict.OK),
    ("redirect to nowhere", CheckFacts(url=URL, status=301, final_url=URL), Verdict.SERVER_ERROR),  # no Location
    ("404", CheckFacts(url=URL, status=404, final_url=URL), Verdict.GONE),
    ("410", CheckFacts(url=URL, status=410, final_url=URL), Verdict.GONE),
    ("soft 404 reason given", CheckFacts(url=URL, status=200, final_url=URL, soft404="the title says 'Page not found'"), Verdict.SOFT_404),
    ("another article at the cited URL", CheckFacts(url=URL, status=200, final_url=URL, page=ARTICLE,
                                                    replaced="the page is now 'Budget approved', not the cited 'Fire'"),
     Verdict.CONTENT_REPLACED),
    ("a soft 404 comes before a replaced article", CheckFacts(url=URL, status=200, final_url=URL, soft404="gone",
                                                               replaced="another"), Verdict.SOFT_404),
    ("a replaced article behind a permanent redirect", CheckFacts(url=URL, status=200, final_url="https://news.example/b",
                                                                   redirect_statuses=(301,), replaced="another"),
     Verdict.CONTENT_REPLACED),
    ("401", CheckFacts(url=URL, status=401, final_url=URL), Verdict.BLOCKED),
    ("403", CheckFacts(url=URL, status=403, final_url=URL), Verdict.BLOCKED),
    ("451", CheckFacts(url=URL, status=451, final_url=URL), Verdict.BLOCKED),
    ("other 4xx", CheckFacts(url=URL, status=406, final_url=URL), Verdict.BLOCKED),
    ("LinkedIn 999", CheckFacts(url=URL, status=999, final_url=URL), Verdict.BLOCKED),
    ("Cloudflare challenge header on 503", CheckFacts(url=URL, status=503, final_url=URL, headers={"cf-mitigated": "challenge"}),
     Verdict.BLOCKED),
    ("bot wall page with 200", CheckFacts(url=URL, status=200, final_url=URL, page=WALL), Verdict.BLOCKED),
    ("bot wall page with 403", CheckFacts(url=URL, status=403, final_url=URL, page=WALL), Verdict.BLOCKED),
    ("DataDome 403", CheckFacts(url=URL, status=403, final_url=URL, headers={"x-datadome": "protected"}), Verdict.BLOCKED),
    ("a real article is not a wall", CheckFacts(url=URL, status=200, final_url=URL, page=ARTICLE), Verdict.OK),
    ("consent interstitial by its title", CheckFacts(url=URL, status=200, final_url=URL, page=CONSENT, soft404="like the probe"),
     Verdict.BLOCKED),
    ("consent interstitial by its buttons", CheckFacts(url=URL, status=200, final_url=URL, page=BUTTONS), Verdict.BLOCKED),
    ("an article under a cookie banner is an article", CheckFacts(url=URL, status=200, final_url=URL, page=BANNERED), Verdict.OK),
    ("redirect to a login page", CheckFacts(url=URL, status=200, final_url="https://news.example/login?next=/2024/05/story", redirect_statuses=(302,)),
     Verdict.BLOCKED),
    ("redirect to a consent host", CheckFacts(url=URL, status=200, final_url="https://consent.example.com/v2/collectConsent", redirect_statuses=(302,)),
     Verdict.BLOCKED),
    ("429 after retries", CheckFacts(url=URL, status=429, final_url=URL), Verdict.RATE_LIMITED),
    ("500", CheckFacts(url=URL, status=500, final_url=URL), Verdict.SERVER_ERROR),
    ("503 without a wall", CheckFacts(url=URL, status=503, final_url=URL), Verdict.SERVER_ERROR),
    ("no answer at all", CheckFacts(url=URL), Verdict.CONNECTION_ERROR),
] + [
    (f"fetch error {kind}", CheckFacts(url=URL, error_kind=FetchErrorKind(kind), error="..."), Verdict(kind))
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
    assert classify(CheckFacts(url=URL, status=200, final_url=URL, error_kind=FetchErrorKind.TOO_LARGE, error="big"))[0] is Verdict.TOO_LARGE


def test_redirected_detail_names_the_new_url() -> None:
    verdict, detail = classify(CheckFacts(url=URL, status=200, final_url="https://news.example/new-home", redirect_statuses=(301,)))
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


@pytest.mark.parametrize("wall", [
    "Nous respectons votre vie privée. Nos partenaires et nous utilisons des cookies. Accepter & Fermer",
    "Questo sito utilizza cookie per personalizzare contenuti e annunci. Accetta tutti Rifiuta",
    "Мы используем файлы cookie, чтобы сайт работал лучше. Принять",
    "当サイトではクッキーを使用しています。同意する",
    "Bu sitede çerezler kullanılmaktadır. Kabul et",
    # no word for cookies: the personal data it asks consent for, and the partners
    "Wir brauchen Ihre Zustimmung. Wir und unsere 312 Partner speichern und verarbeiten personenbezogene Daten. "
    "Akzeptieren",
    "Avec votre accord, nos 200 partenaires et nous traitons vos données personnelles. Tout accepter",
    # personal data in an inflected form, partners counted with a word between, one button on to the site
    "Twoja zgoda jest nam potrzebna. Administratorem Twoich danych osobowych jest wydawca; zgadzasz się na "
    "przetwarzanie danych przez nas i 287 zaufanych partnerów. Przejdź do serwisu",
    "We and our 412 trusted partners store and access information on your device. Continue to site",
])
def test_a_consent_wall_in_any_language_of_the_corpus_is_blocked_not_dead(wall: str) -> None:
    page = PageFacts("example.org", "", wall, len(wall.split()))
    facts = CheckFacts(url=URL, status=200, final_url=URL, page=page, soft404="like the probe")
    assert classify(facts)[0] is Verdict.BLOCKED


@pytest.mark.parametrize("title, text", [
    ("Seite nicht gefunden", "Seite nicht gefunden. Wir verwenden Cookies. Alle akzeptieren"),
    ("example.com", "Diese Domain steht zum Verkauf! Wir verwenden Cookies. Akzeptieren"),
])
def test_a_short_dead_page_under_a_cookie_banner_is_no_wall(title: str, text: str) -> None:
    page = PageFacts(title, "", text, len(text.split()))
    facts = CheckFacts(url=URL, status=200, final_url=URL, page=page, soft404="the page says so")
    assert classify(facts)[0] is Verdict.SOFT_404


@pytest.mark.parametrize("title", ["Zanim przejdziesz do serwisu", "Bevor Sie weiterlesen", "Antes de continuar",
                                   "Your consent is needed"])
def test_a_consent_wall_known_by_its_title_in_the_corpus_languages(title: str) -> None:
    page = PageFacts(title, "", "Ustawienia zaawansowane", 2)
    facts = CheckFacts(url=URL, status=200, final_url=URL, page=page, soft404="like the probe")
    assert classify(facts)[0] is Verdict.BLOCKED


def test_partners_and_a_button_on_to_the_site_do_not_make_a_short_brief_a_wall() -> None:
    brief = "The agency signed 287 new partners this year, its director said on Monday."  # no consent asked
    page = PageFacts("Agency grows", "Agency grows", brief, len(brief.split()))
    assert classify(CheckFacts(url=URL, status=200, final_url=URL, page=page))[0] is Verdict.OK
