"""The rules added when held-out 9's first run was generalised by kind (docs/check.md), each beside the live page in
the same words or shape that it must pass. (The labelled cases of each kind are in tests/deadweb_tuning9.py.)"""

from __future__ import annotations

import pytest

from pipeline.check.classify import CheckFacts, classify, consent_wall
from pipeline.check.pagefacts import read_page
from pipeline.models import Verdict

URL = "https://news.example/news/2021/harbour-crane-collapse"
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
