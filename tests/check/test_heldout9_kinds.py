"""The rules added when held-out 9's first run was generalised by kind (docs/check.md), each beside the live page in
the same words or shape that it must pass. (The labelled cases of each kind are in tests/deadweb_tuning9.py.)"""

from __future__ import annotations

import pytest

from pipeline.check.classify import CheckFacts, classify, consent_wall
from pipeline.check.landers import hosting_cue
from pipeline.check.pagefacts import read_page
from pipeline.check.replaced import CitedAs, judge_replaced
from pipeline.check.soft404 import ProbeOutcome, SiteProfile, judge_soft404, lost_redirect
from pipeline.models import Verdict

URL = "https://news.example/news/2021/harbour-crane-collapse"
HONEST = SiteProfile(ProbeOutcome.HONEST, "https://news.example/news/2021/sourcevault-probe-x", 404)
PROSE = " ".join(["The harbour board met on Monday and agreed the plan for the east quay."] * 40)


def page(title: str, heading: str, body: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{heading}</h1>{body}</body></html>")


# a consent wall in each language of the phrase lists that had none: its title, its text, its button
WALLS = [page(title, heading, f"<p>{text}</p><button>{button}</button>") for title, heading, text, button in (
    ("Súhlas s cookies", "Vaše súkromie je pre nás dôležité",
     "Na zobrazenie obsahu potrebujeme váš súhlas so spracovaním údajov.", "Súhlasím"),
    ("Zprávy", "Než budete pokračovat", "Používáme cookies a zpracováváme osobní údaje.", "Přijmout vše"),
    ("Vijesti", "Poštujemo vašu privatnost", "Koristimo kolačiće.", "Prihvaćam"),
    ("Naujienos", "Slapukai", "Naudojame slapukus ir tvarkome asmens duomenis.", "Sutinku"),
    ("Uudised", "Küpsised", "Kasutame küpsiseid.", "Nõustun"),
    ("Berita", "Privasi anda", "Kami menggunakan kuki.", "Saya setuju"),
    ("Nyheder", "Vi respekterer dit privatliv", "Vi bruger cookies.", "Accepter alle"),
    ("Nieuws", "Uw privacy", "Wij gebruiken cookies.", "Accepteer alles"),
    ("Știri", "Confidențialitatea dvs.", "Folosim cookie-uri.", "Acceptă tot"),
    ("Ειδήσεις", "Το απόρρητό σας", "Χρησιμοποιούμε cookies.", "Αποδοχή όλων"),
    ("Новини", "Вашата поверителност", "Използваме бисквитки.", "Приемам"),
    ("Habari", "Faragha yako", "Tunatumia vidakuzi.", "Nakubali"),
    ("뉴스", "쿠키 설정", "이 사이트는 쿠키를 사용합니다.", "동의"),
    ("ข่าว", "การตั้งค่าคุกกี้", "เว็บไซต์นี้ใช้คุกกี้", "ยอมรับ"),
)]


@pytest.mark.parametrize("wall", WALLS)
def test_a_consent_wall_in_every_language_of_the_lists_is_blocked_not_dead(wall: str) -> None:
    facts = read_page(wall.encode())
    assert consent_wall(facts)
    # the same page for every path looks like a made-up URL's: still unverifiable, never dead
    verdict, _ = classify(CheckFacts(url=URL, status=200, page=facts, soft404="the page is 100% like the probe's"))
    assert verdict == Verdict.BLOCKED


@pytest.mark.parametrize("markup", [
    # a not-found page under a cookie banner stays a not-found page
    page("Stránka nenájdená", "Stránka nenájdená", "<p>Používame cookies.</p><button>Súhlasím</button>"),
    # a long article with a consent banner above it is the article
    page("Súhlas s rozpočtom", "Zastupiteľstvo schválilo rozpočet", f"<p>{PROSE}</p><p>Používame cookies.</p>"
         "<button>Súhlasím</button>"),
])
def test_a_cookie_banner_on_a_real_page_is_no_wall(markup: str) -> None:
    assert not consent_wall(read_page(markup.encode()))


def notice(title: str, heading: str, body: str = "") -> str:
    return page(title, heading, f"<nav><a href='/'>Home</a></nav><p>{body}</p>")


def judged(markup: str, url: str = URL) -> str | None:
    return judge_soft404(url, url, False, read_page(markup.encode()), HONEST, 0.9)


def brief(headline: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{headline} | Observer</title><meta "
            f"property='article:published_time' content='2024-05-06'></head><body><h1>{headline}</h1><p>Short "
            "body.</p></body></html>")


@pytest.mark.parametrize(("title", "heading"), [
    ("Ralat 404 - Halaman tiada", "Maaf, halaman yang anda cari tidak wujud"),
    ("Notis", "Kandungan ini telah ditarik balik atas arahan mahkamah"),
    ("Lehte ei leitud", "Kahjuks sellist lehte ei ole"), ("Teade", "Selle saate järelvaatamise aeg on lõppenud"),
    ("Puslapis nerastas", "Deja, tokio puslapio nėra"), ("Pranešimas", "Straipsnis buvo pašalintas"),
    ("Obsah bol odstránený", "Tento článok redakcia stiahla"), ("Chyba", "Stránka nebola nájdená"),
    ("Stranica nije pronađena", "Nažalost, tražena stranica ne postoji"), ("Obavijest", "Članak je uklonjen"),
    ("Страница отсутствует", "К сожалению, такой страницы у нас нет"),
    ("Sackgasse", "Diese Seite gibt es bei uns nicht"),
    ("Bill withdrawn", "This bill was withdrawn by its sponsor"),
    ("Item redacted", "These minutes have been withdrawn from the public record"),
    ("Object record retired", "This object has been deaccessioned and its record retired"),
    ("Fact check retracted", "We have retracted this fact check"),
    ("Proyecto retirado", "Esta iniciativa fue retirada por el grupo proponente"),
    ("Obiekt wycofany", "Ten obiekt został wycofany z kolekcji muzeum"),
    ("A videó nem érhető el", "A videót a jogtulajdonos kérésére eltávolítottuk"),
    ("تم حجب المقطع", "تم حجب هذا المقطع بناء على شكوى حقوق الملكية"),
    ("视频已下架", "该视频因版权原因已下架"),
    ("Oih!", "Siin pole midagi"), ("عفواً", "لا يوجد شيء هنا"), ("Ups", "Ovdje nema ničega"),
])
def test_held_out_9s_notices_by_kind_are_soft_404s(title: str, heading: str) -> None:
    assert judged(notice(title, heading, "Check the address."))


@pytest.mark.parametrize("headline", [
    "Stránka nebola nájdená: mesto stratilo archív zápisníc",
    "This bill was withdrawn: what happens to the harbour levy now",
    "Video ditarik balik: stesen TV mohon maaf kepada penonton",
    "Siin pole midagi: vald jättis pargi korrastamata",
])
def test_a_dated_brief_naming_those_words_is_live(headline: str) -> None:
    assert judged(brief(headline)) is None


@pytest.mark.parametrize(("text", "parked"), [
    ("This hosting account has expired. The owner should renew it.", True),
    ("Der Hosting-Vertrag ist abgelaufen.", True),
    ("このWebサイトは現在準備中です。レンタルサーバーのご利用期限が過ぎているため、コンテンツは表示されません。", True),
    ("Hosting contract expired: the council's old site goes dark", False),  # a headline: news
    ("The museum's web hosting contract expired in March and nobody renewed it.", False),
])
def test_a_hosting_contract_run_out_is_a_lander_and_news_of_one_is_not(text: str, parked: bool) -> None:
    facts = read_page(f"<html><head><title>example.jp</title></head><body><p>{text}</p></body></html>".encode())
    assert (hosting_cue(facts) is not None) is parked  # a host's page in the site's place, judged as a lander is


@pytest.mark.parametrize(("body", "missing"), [
    ("<script>Static={};Static.CONTEXT={\"pageType\": 404, \"website\": {}};</script>", True),
    ("<script>Static={};Static.CONTEXT={\"pageType\": 200, \"website\": {}};</script>", False),
    ("<div x-data=\"{ viga: 404, teade: 'Uudist ei leitud' }\"><p x-text='teade'></p></div>", True),
    ("<div x-data=\"{ id: 404, nazev: 'Ferry timetable changes' }\"><p x-text='nazev'></p></div>", False),
    ("<script type='qwik/json'>{\"objs\": [\"\\u0012Not found\", 404, {\"status\": \"\\u00011\"}]}</script>", True),
    ("<script type='qwik/json'>{\"objs\": [\"\\u0012Ferry news\", 404, {\"id\": \"\\u00011\"}]}</script>", False),
])
def test_a_shells_page_type_or_a_404_beside_a_not_found_message_is_its_state(body: str, missing: bool) -> None:
    facts = read_page(f"<html><head><title>Stream</title></head><body>{body}</body></html>".encode())
    assert bool(facts.state) is missing


@pytest.mark.parametrize(("script", "target"), [
    ("document.forms.f.submit();", "/"),
    ("function go() { document.forms.f.submit(); }", ""),
    ("history.replaceState(null, '', '/'); location.reload();", "/"),
    ("history.replaceState(null, '', '/news/2018/quay-story');", ""),  # the address rewritten, no page loaded
    ("if (stale) { history.pushState({}, '', '/'); location.reload(); }", ""),
])
def test_a_named_form_and_a_reload_after_the_history_send_the_reader(script: str, target: str) -> None:
    markup = f"<html><body><form id='f' action='/' method='get'></form><script>{script}</script></body></html>"
    assert read_page(markup.encode()).script_redirect == target


@pytest.mark.parametrize(("cited", "lost"), [
    ("https://news.example/ko/old/6104.html", True),  # an old CMS's numbered page, sent to a section
    ("https://news.example/ko/old/about.html", False),  # a page of the site's own, moved
])
def test_a_numbered_page_sent_to_a_one_word_section_is_lost(cited: str, lost: bool) -> None:
    assert (lost_redirect(cited, "https://news.example/fact-checks/", None) is not None) is lost


def _minutes(title: str, day: str) -> str:
    return (f"<html><head><title>{title} | Mairie</title><meta property='article:published_time' content='{day}'>"
            f"</head><body><main><h1>{title}</h1><p>{PROSE}</p></main></body></html>")


def test_a_recurring_items_address_reused_another_year_is_replaced() -> None:
    cited = CitedAs(titles=("Conseil municipal du 12 mars 2019 : procès-verbal",), dates=("2019-03-12",))
    later = read_page(_minutes("Conseil municipal du 9 avril 2024 : procès-verbal", "2024-04-09").encode())
    assert judge_replaced(later, cited, lambda: None, 0.6)
    # the cited minutes, republished another day under their own title (their year): the cited item
    again = read_page(_minutes("Conseil municipal du 12 mars 2019 : procès-verbal", "2024-04-09").encode())
    assert judge_replaced(again, cited, lambda: None, 0.6) is None
    # a headline naming no year: judged as before (the same words, the cited story)
    plain = read_page(_minutes("Conseil municipal : procès-verbal de la séance de mars", "2024-04-09").encode())
    assert judge_replaced(plain, cited, lambda: None, 0.6) is None


def test_a_span_of_years_names_each_of_them() -> None:
    # a financial year's report cited by one of its years is the cited item, however far its date from the cited one
    cited = CitedAs(titles=("Annual report 2020 of the harbour authority",), dates=("2020-03-01",))
    report = read_page(_minutes("Annual report 2019/20 of the harbour authority", "2020-11-30").encode())
    assert judge_replaced(report, cited, lambda: None, 0.6) is None
    # a date in a headline is no span: another year's minutes at the address are still another occasion
    later = read_page(_minutes("Annual report 2024-05 of the harbour authority", "2024-05-30").encode())
    assert judge_replaced(later, cited, lambda: None, 0.6)
