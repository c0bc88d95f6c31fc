"""Tuning cases of the classes of mistake held-out 3 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 3 (tests/deadweb_pages3.py) found, at its first run, consent walls
called soft 404s and pages missed by kind, not by sentence. Each kind has cases
here on other sites, in other wordings and languages, with live articles in the
same new forms so that the looser rules cannot fire on a live page:

* consent walls in the corpus's languages, served for every path (a made-up URL
  gets the same wall), and short "not found" pages that carry a cookie banner;
* a portal layout with no marked main region, whose menus and headline lists are
  hundreds of words (``menus``): not-found and removed notices on it, "Ошибка 404",
  "Hata 404", a relative clause between noun and verb, and live articles on it
  whose headlines say "Error 404" (the text outside links makes the article);
* parking landers in other languages (their words decide where a made-up URL
  gets a 404), and one assembled by a parking service's script; live articles
  about a domain for sale;
* app state serialised by reference (Nuxt 3), dead and live;
* a refresh home on a page too heavy for the check to hold as a hop.
"""

from __future__ import annotations

import json

from deadweb_pages import TEMPLATES, Article, Case, Route, Site, article, notice, prose, raw
from servers import Handler

PART = "tuning"


def menus(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    """A portal with no <main>/<article>: a menu of linked sections, a rail of linked headlines, no date markup."""
    words = prose(site.lang, len(site.name), 60).replace(".", "").split()
    nav = " | ".join(f"<a href='/{w.lower()}/'>{w}</a>" for w in words)
    rail = "".join(f"<li><a href='/news/2024/{k}-{w.lower()}-{w.lower()}-story'>{prose(site.lang, k, 7)}</a></li>"
                   for k, w in enumerate(words[:30]))
    return (f"<!doctype html><html lang='{site.lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='top'>{nav}</div><div class='wrap'><div class='left'><h1>{heading}</h1>"
            f"<div class='content'>{body}</div></div><div class='right'><ul>{rail}</ul></div></div>"
            f"<div class='foot'>{nav}</div></body></html>")


TEMPLATES["menus"] = menus

# consent walls served for every path: (language, page)
WALLS = [
    ("es", "<h2>Tu privacidad es importante para nosotros</h2><p>Nosotros y nuestros socios usamos cookies propias y "
           "de terceros para analizar el tráfico y mostrar publicidad.</p><button>Aceptar</button><button>Configurar"
           "</button>"),
    ("pl", "<p class='cmp-title'>Szanujemy Twoją prywatność</p><p>Ta strona korzysta z plików cookie w celach "
           "statystycznych i reklamowych.</p><button>Akceptuję</button><button>Ustawienia</button>"),
    ("ru", "<div id='cookie-consent'><p>Мы используем файлы cookie, чтобы сайт работал лучше.</p><button>Принять"
           "</button><a href='/privacy'>Подробнее</a></div>"),
    ("ja", "<div class='consent'><p>当サイトではサービス向上のためにクッキー（Cookie）を使用しています。</p>"
           "<button>同意する</button><button>設定</button></div>"),
    ("tr", "<div id='cerez'><p>Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır.</p><button>Kabul et"
           "</button><button>Reddet</button></div>"),
    ("de", "<div id='onetrust-banner-sdk'><p>Wir und unsere Partner verarbeiten personenbezogene Daten. Mehr dazu in "
           "der Datenschutzerklärung.</p><button id='onetrust-accept-btn-handler'>Zustimmen</button></div>"),
]
# (language, title, heading, body) of not-found pages on the menus layout, some with a cookie banner in the text
NOT_FOUND = [
    ("tr", "Hata 404", "Aradığınız sayfa bulunamadı", "Adresi kontrol edin veya ana sayfaya dönün."),
    ("hu", "Hiba 404", "A keresett oldal nem található", "Ellenőrizze a címet, vagy térjen vissza a címlapra."),
    ("ar", "خطأ 404", "عذرا، الصفحة غير موجودة", "يرجى التحقق من العنوان أو العودة إلى الصفحة الرئيسية."),
    ("pl", "Błąd 404", "Strona, której szukasz, nie istnieje", "Sprawdź adres lub wróć na stronę główną."),
    ("ru", "Ошибка 404", "Страница, которую вы ищете, не найдена", "Проверьте адрес или вернитесь на главную."),
    ("uk", "Помилка 404", "Сторінка, яку ви шукали, не існує", "Перевірте адресу або поверніться на головну."),
    ("zh", "404错误", "网页走丢了", "您要找的内容不存在或已被移除，请返回首页。"),
    ("ja", "エラー 404", "ページは存在しません", "URLをご確認ください。"),
    ("de", "Fehler 404", "Die Seite, die Sie suchen, existiert nicht", "Wir verwenden Cookies. Akzeptieren"),
    ("pt", "Erro 404", "Não encontramos a página que você procura", "Usamos cookies. Aceitar"),
]
# (language, title, heading, body) of removed notices on the menus layout
REMOVED = [
    ("de", "Sendung nicht verfügbar", "Diese Sendung ist nicht mehr abrufbar", "Aus rechtlichen Gründen."),
    ("es", "Vídeo no disponible", "Este vídeo ya no está disponible", "Consulte otros vídeos."),
    ("it", "Video non disponibile", "Questo video non è più disponibile", "Guarda altri video."),
    ("en", "Posting expired", "This job posting has expired", "The employer no longer accepts applications."),
    ("zh", "新闻已下架", "该新闻已下架", "根据相关规定，此内容已无法查看。"),
    ("fr", "Vidéo indisponible", "Cette vidéo est indisponible", "Elle a été retirée par son auteur."),
]
# (language, headline) of live articles on the menus layout whose headlines use the new forms
TRAPS = [
    ("ru", "Ошибка 404: почему страница, которую вы ищете, не найдена"),
    ("tr", "Hata 404: aradığınız sayfa bulunamadı mesajının arkasındaki hikaye"),
    ("zh", "网页走丢了：404错误页面背后的故事"),
    ("de", "Fehler 404: Die Sendung ist nicht mehr abrufbar, sagen Zuschauer"),
    ("en", "Posting expired: why job listings vanish from the web"),
    ("pl", "Błąd 404: strona, której szukasz, nie istnieje"),
    ("ru", "Этот домен продаётся за миллион рублей"),
    ("fr", "Ce nom de domaine est à vendre : la mairie s'inquiète"),
    ("es", "Usamos cookies: aceptar o rechazar, el dilema de los lectores"),
]
# parking landers (every path): (language, page)
LANDERS = [
    ("ru", "<html><head><meta charset='utf-8'><title>{site}</title></head><body><h1>{site}</h1><p>Этот домен "
           "продаётся. Цена по запросу.</p><a href='/buy'>Купить домен</a></body></html>"),
    ("tr", "<html><head><meta charset='utf-8'><title>{site}</title></head><body><p>Bu alan adı satılıktır.</p>"
           "<p>Teklif vermek için bizimle iletişime geçin.</p></body></html>"),
    ("es", "<html><head><meta charset='utf-8'><title>{site}</title></head><body><h2>¡Este dominio está a la venta!</h2>"
           "<p>Haga su oferta hoy mismo.</p></body></html>"),
    ("fr", "<html><head><meta charset='utf-8'><title>{site}</title></head><body><p>Ce nom de domaine est à vendre."
           "</p><a href='/contact'>Contactez-nous</a></body></html>"),
    ("zh", "<html><head><meta charset='utf-8'><title>{site}</title></head><body><p>这个域名可以转让，欢迎联系。</p>"
           "</body></html>"),
    ("en", "<html><head><title></title><script src='/static/js/parking.3.41.0.min.js'></script></head><body>"
           "<div id='lander'></div><script>window.park = 'eyJwYWdlIjoiZm9yc2FsZSJ9';</script></body></html>"),
]


def _nuxt(code: int, message: str) -> str:  # Nuxt 3's payload: objects name their values by index (a 404 count)
    return json.dumps([{"state": 1, "error": 2}, {}, {"statusCode": 3, "message": 4}, code, message, {"count": 6}, 404])


APP = [(_nuxt(410, "Gone"), "app_shell"), (_nuxt(200, "OK"), "live_other")]  # (page state, category)
_HEAVY = "".join(f".r{i}{{margin:{i % 7}px}}" for i in range(7000))  # ~80 KB of inlined CSS


def build() -> list[Site]:
    sites: list[Site] = []
    for i, (lang, wall) in enumerate(WALLS):
        site = Site(f"Consent {lang} t{i}", lang, "classic", "soft", PART, every_url=raw(
            f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{{site}}</title></head>"
            f"<body>{wall}</body></html>"))
        site.cases += [Case(f"/news/2024/consent-{n}", "live_other", f"{lang} consent wall") for n in range(2)]
        sites.append(site)
    for i, (lang, title, heading, body) in enumerate(NOT_FOUND):
        site = Site(f"Menus {lang} t{i}", lang, "menus", "soft" if i % 2 else "honest", PART,
                    soft_page=(title, heading, body))
        site.add(f"/{lang}/2022/03/vote-{i}", "not_found_lang", notice(title, heading, f"<p>{body}</p>"), lang)
        site.add(f"/{lang}/2024/05/live-{i}", "live_other", article(Article(
            prose(lang, 60 + i, 8), "".join(f"<p>{prose(lang, 61 + i * 7 + k, 90)}</p>" for k in range(5)),
            byline=False, date=None)), f"{lang} article, menus layout")
        sites.append(site)
    for i, (lang, title, heading, body) in enumerate(REMOVED):
        site = Site(f"Menus removed {lang} t{i}", lang, "menus", "honest", PART)
        site.add(f"/{lang}/2021/media/{i}", "removed", notice(title, heading, f"<p>{body}</p>"), lang)
        sites.append(site)
    for i, (lang, headline) in enumerate(TRAPS):
        traps = Site(f"Menus traps {lang} t{i}", lang, "menus", "soft" if i % 2 else "honest", PART,
                     soft_page=("404", headline, "Not found."))
        traps.add(f"/{lang}/2024/06/trap-{i}", "live_trap", article(Article(
            headline, "".join(f"<p>{prose(lang, 80 + i * 7 + k, 90)}</p>" for k in range(5)), byline=False,
            date=None)), f"{lang} headline, menus layout")
        sites.append(traps)
    cookie = Site("Cookie 404 t", "de", "classic", "honest", PART)  # a short not-found page under a cookie banner
    cookie.add("/de/2022/07/verlegt", "not_found_lang", raw(
        "<html><head><title>Seite nicht gefunden</title></head><body><div class='cookie'>Wir verwenden Cookies. "
        "<button>Alle akzeptieren</button></div><h1>Seite nicht gefunden</h1></body></html>"), "cookie banner")
    sites.append(cookie)
    for i, (lang, html) in enumerate(LANDERS):
        # the lander for every path (a made-up URL too: likeness decides), or only where the cited pages were,
        # a made-up URL answered 404 by the lander's host: the lander's own words decide
        site = Site(f"parked-t3-{i}.example", lang, "blog", "soft" if i >= 4 else "honest", PART,
                    every_url=raw(html) if i >= 4 else None)
        for n in range(2):
            if i >= 4:
                site.cases.append(Case(f"/news/2021/story-{n}", "parked", lang))
            else:
                site.add(f"/news/2021/story-{n}", "parked", raw(html), f"{lang}, made-up URL 404")
        sites.append(site)
    shells = Site("Nuxt Stadtportal t", "de", "classic", "honest", PART)
    for i, (state, category) in enumerate(APP):
        shells.add(f"/de/artikel/{i}-tram", category, raw(
            "<!doctype html><html><head><title>Stadtportal</title></head><body><div id='__nuxt'></div><script "
            f"type='application/json' id='__NUXT_DATA__'>{state}</script></body></html>"), "nuxt payload")
    sites.append(shells)
    heavy = Site("Heavy Moving t", "de", "classic", "honest", PART)
    for i, target in enumerate(("/", "http://{host}/index.html")):
        heavy.add(f"/de/2019/05/moved-{i}", "refresh_home", _heavy_refresh(target), "refresh on an 80 KB page")
    sites.append(heavy)
    return sites


def _heavy_refresh(target: str) -> Route:
    def route(h: Handler, site: Site) -> None:
        where = target.replace("{host}", h.headers["Host"])
        h.send(200, f"<html><head><meta http-equiv='refresh' content='0; url={where}'><title>Weiterleitung</title>"
                    f"<style>{_HEAVY}</style></head><body><p>Sie werden weitergeleitet.</p></body></html>")
    return route
