"""Pages standing in a site's place (pipeline/check/landers.py): a host's page for an account suspended, a hosting
contract run out or a bandwidth limit exceeded is dead under a 200, a 403 or a 503 alike, as a parking lander is;
news of one, and a page down for maintenance, are not. (The labelled cases are in tests/deadweb_tuning_review.py.)"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from conftest import alternatives, corpus_config, db_rows, write_events
from servers import Handler, LoopbackServer, Route

from pipeline import runner
from pipeline.check import landers
from pipeline.check.classify import CheckFacts, classify, host_page
from pipeline.check.landers import hosting_cue, parking_cue
from pipeline.check.pagefacts import read_page
from pipeline.check.soft404 import judge_soft404
from pipeline.models import Verdict

URL = "https://harbour.example/news/2021/ferry-fares"


def page(title: str, heading: str, text: str, lang: str = "en", meta: str = "") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
            f"<body><h1>{heading}</h1><p>{text}</p></body></html>")


def verdict(markup: str, status: int) -> tuple[Verdict, str]:
    facts = read_page(markup.encode())
    soft = judge_soft404(URL, URL, False, facts, None, 0.8) if 200 <= status < 300 else None
    return classify(CheckFacts(url=URL, status=status, page=facts, soft404=soft))


@pytest.mark.parametrize(("lang", "heading", "text"), [
    ("en", "Notice", "This Account has been suspended. Contact your hosting provider for more information."),
    ("en", "Notice", "Your hosting plan for harbour.example has expired. Renew it in the control panel."),
    ("en", "Notice", "The hosting for this site has expired."),
    ("en", "Site unavailable", "This site is temporarily unavailable. If you manage this site and have a question "
     "about why the site is not available, please contact us directly."),
    ("en", "Error", "The server is temporarily unable to service your request due to the site owner reaching his/her "
     "bandwidth limit. Please try again later."),
    ("de", "Hinweis", "Dieser Account wurde gesperrt. Bitte wenden Sie sich an Ihren Provider."),
    ("de", "Hinweis", "Das Webhosting-Paket dieser Website ist abgelaufen."),
    ("fr", "Avis", "Ce compte a été suspendu. Contactez votre hébergeur."),
    ("fr", "Avis", "L'hébergement de ce site a expiré."),
    ("es", "Aviso", "Esta cuenta ha sido suspendida. Contacte con su proveedor."),
    ("it", "Avviso", "Questo account è stato sospeso."),
    ("pt", "Aviso", "Esta conta foi suspensa."),
    ("pl", "Komunikat", "To konto zostało zawieszone. Usługa hostingowa wygasła."),
    ("nl", "Melding", "Dit account is opgeschort."),
    ("ru", "Уведомление", "Этот аккаунт приостановлен. Срок оплаты хостинга истёк."),
    ("tr", "Uyarı", "Bu hesap askıya alınmıştır."),
    ("hu", "Értesítés", "Ez a tárhely fel van függesztve."),
    ("cs", "Upozornění", "Tento účet byl pozastaven."),
    ("zh", "提示", "该网站已被暂停访问，请联系空间提供商。"),
    ("ja", "お知らせ", "このアカウントは停止されています。"),
    ("ar", "تنبيه", "تم تعليق هذا الحساب."),
])
@pytest.mark.parametrize("status", [200, 403, 503])
def test_a_hosts_page_in_a_sites_place_is_dead_whatever_its_status(lang: str, heading: str, text: str,
                                                                     status: int) -> None:
    found, why = verdict(page("harbour.example", heading, text, lang), status)
    assert found == Verdict.SOFT_404, why
    assert "host's page" in why


@pytest.mark.parametrize("title", ["Account Suspended", "Website Suspended", "Website expired",
                                   "Compte suspendu", "Cuenta suspendida",
                                   "Konto zawieszone", "Аккаунт заблокирован", "Hesap askıya alındı", "アカウント停止"])
def test_a_title_that_is_an_account_or_a_site_and_its_fate_alone(title: str) -> None:
    assert hosting_cue(read_page(page(title, "", "").encode())) is not None
    # ... not a headline going on past it
    assert hosting_cue(read_page(page(f"{title}: what the owners of 400 shops can do now", "", "").encode())) is None


@pytest.mark.parametrize("markup", [
    # news of a host suspending accounts: short, undated, and in the news' words, not the host's
    page("Hosting company suspends 400 sites", "Hosting company suspends 400 sites",
         "The web host said the account of each site was suspended for unpaid bills."),
    page("Minister gesperrt", "Der Account des Ministers wurde gesperrt", "Das teilte die Plattform mit.", "de"),
    page("Alcalde", "La cuenta del alcalde fue suspendida por la red social", "El Ayuntamiento protesta.", "es"),
    page("Блогер", "Аккаунт блогера приостановлен по решению суда", "Он обжалует решение.", "ru"),
    # ... and dated, even quoting the host's words (a host's page carries no byline or date)
    page("Web host suspends the account of the city's old tourism site", "Web host suspends the account of the "
         "city's old tourism site", "Visitors now see: This account has been suspended.",
         meta="<meta property='article:published_time' content='2024-05-06T08:00:00Z'>"),
])
def test_news_of_a_host_suspending_an_account_is_no_hosts_page(markup: str) -> None:
    assert verdict(markup, 200)[0] == Verdict.OK


@pytest.mark.parametrize("markup", [
    page("503 Service Unavailable", "Service Unavailable", "The server is temporarily unable to service your request "
         "due to maintenance downtime or capacity problems. Please try again later."),
    page("Maintenance", "This site is temporarily unavailable", "We are upgrading the site. If you manage this site, "
         "contact your hosting provider. Back soon."),
    page("Wartung", "Diese Website ist vorübergehend nicht erreichbar", "Wegen Wartungsarbeiten. Wenn Sie der "
         "Betreiber sind, wenden Sie sich an Ihren Provider.", "de"),
])
def test_a_page_down_for_maintenance_is_temporary_not_dead(markup: str) -> None:
    assert verdict(markup, 503)[0] == Verdict.SERVER_ERROR  # a failure that is no proof: broken only if it lasts
    assert hosting_cue(read_page(markup.encode())) is None  # (under a 200, judged by the other evidence, as before)


def test_a_hosts_page_with_an_articles_shape_or_under_a_404_is_judged_as_before() -> None:
    long = page("Account Suspended", "Account Suspended", "The council met on Monday and agreed the plan. " * 60)
    assert host_page(403, read_page(long.encode())) is None  # an article's shape: the page is the article
    short = read_page(page("Account Suspended", "Account Suspended", "").encode())
    assert host_page(404, short) is None and classify(CheckFacts(url=URL, status=404, page=short))[0] == Verdict.GONE
    assert host_page(429, short) is None  # a pace, not a page
    assert parking_cue(short) is None  # a host's page, not a domain's lander


def test_every_hosts_phrase_holds_a_word_that_lets_a_page_past_the_quick_test() -> None:
    # hosting_cue skips its long alternations for a text holding none of HOSTING_WORDS: only right while every
    # alternative needs one of them
    for pattern in (landers._HOSTING_TEXT, landers._HOST_UNAVAILABLE):
        for alternative in alternatives(pattern.pattern):
            assert any(word in alternative.lower() for word in landers.HOSTING_WORDS), alternative


def _host(status: int, title: str, heading: str, text: str) -> Route:
    def route(h: Handler) -> None:
        h.send(status, page(title, heading, text))
    return route


def test_a_suspended_account_on_every_path_is_dead_and_maintenance_is_a_server_error(tmp_path: Path) -> None:
    sites = {
        "suspended-403": (403, "Account Suspended", "This account has been suspended",
                          "Contact your hosting provider for more information."),
        "bandwidth-509": (509, "509 Bandwidth Limit Exceeded", "Bandwidth Limit Exceeded",
                          "The server is temporarily unable to service your request due to the site owner reaching "
                          "his/her bandwidth limit."),
        "maintenance-503": (503, "Maintenance", "We'll be back soon",
                            "This site is temporarily unavailable due to scheduled maintenance."),
    }
    with contextlib.ExitStack() as stack:
        servers = {name: stack.enter_context(LoopbackServer({}, fallback=_host(*answer)))
                   for name, answer in sites.items()}
        urls = {name: server.url("/news/2021/ferry-fares") for name, server in servers.items()}
        write_events(tmp_path / "events", {"e": list(urls.values())})
        config = corpus_config(tmp_path)
        assert runner.run_stages(config, ["extract"]).ok
        assert runner.run_stages(config, ["check"], options={"check": {"capture": False}}).ok
        rows = {url: (found, detail) for url, found, detail in db_rows(
            config, "SELECT l.url, c.verdict, c.detail FROM links l JOIN checks c ON c.link_id = l.id")}
    assert rows[urls["suspended-403"]][0] == "soft_404" and "host's page" in rows[urls["suspended-403"]][1]
    assert rows[urls["bandwidth-509"]][0] == "soft_404"
    assert rows[urls["maintenance-503"]][0] == "server_error"
