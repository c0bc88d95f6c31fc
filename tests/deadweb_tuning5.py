"""Tuning cases of the classes of mistake held-out 5 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 5 (tests/deadweb_pages5.py) missed, at its first run, pages by kind; each
kind has cases here on other sites, in other wordings and languages, each beside
a live page in the same words or shape that the broader rule must pass:

* consent walls served for every path that name neither cookies nor a button the
  rules knew: a title "before you continue" or "your consent" in another language,
  personal data in an inflected form, a count of partners with a word between, one
  button that goes on to the site; a live article under such a banner;
* sale landers written by script ("Own this domain", names joined in) and a
  registrar's page whose Japanese sentence holds a Latin-script name between
  spaces; a long article headlined with the lander's words;
* notices of a classified ad or a vacancy that closed or expired (English,
  Spanish, Polish), a German removal with its reason inside the verb bracket, and
  titles that are an item and its fate ("Position filled", "Beitrag entfernt");
  short briefs with those words that are news ("Der Artikel 13 wurde …");
* not-found pages whose heading says only "nothing here" (with an interjection),
  and Hungarian with its object first; on a site whose made-up URL goes home, so
  their words decide; briefs and long articles whose headlines go on past the words;
* app shells whose state sits in an attribute (a ``data-props`` JSON, an island's
  ``component-url`` naming a not-found component) or whose state gives an error code
  of the app's own with a not-found message; live shells of the same forms;
* refreshes home by a timer (``setTimeout`` of a second or two) and to the site's
  origin named by an expression; a short live page whose timer fires after minutes.
"""

from __future__ import annotations

import json

from deadweb_pages import Article, Case, Route, Site, article, notice, prose, raw

PART = "tuning"

# (language, page) of consent walls served for every path
WALLS = [
    ("de", "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Bevor Sie weiterlesen</title></head>"
           "<body><div class='cmp'><h2>Ihre Zustimmung zählt</h2><p>Wir und 140 ausgewählte Partner verarbeiten "
           "Ihre Daten, um Inhalte zu messen und zu verbessern.</p><button>Weiter zur Website</button></div>"
           "</body></html>"),
    ("es", "<!doctype html><html lang='es'><head><meta charset='utf-8'><title>Antes de continuar</title></head>"
           "<body><div class='aviso'><p>Tratamos tus datos personales junto con 96 socios.</p><button>Continuar al "
           "sitio</button></div></body></html>"),
    ("en", "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Northern Echo Weekly</title></head>"
           "<body><div class='gate'><h1>Your consent is needed</h1><p>We and our 412 trusted partners store and "
           "access information on your device.</p><button>Continue to site</button></div></body></html>"),
]
# a live article with such a banner above it: a page of its own, long
BANNER = ("<div class='rodo'><p>Administratorem Twoich danych osobowych jest wydawca. Przetwarzamy je z 230 zaufanymi "
          "partnerami.</p><button>Przejdź do serwisu</button></div>")

# (language, page) of landers on hosts answering a made-up URL with a 404: their words decide
LANDERS = [
    ("en", "<!doctype html><html><head><meta charset='utf-8'><title></title></head><body><div id='x'></div><script>"
           "var s={host:location.hostname,ask:'2,400'};document.getElementById('x').innerHTML='<h1>'+s.host+"
           "'</h1><p>Own this domain today for $'+s.ask+'.</p>';</script></body></html>"),
    ("ja", "<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>ようこそ</title></head><body><h1>この"
           "ドメインは Xserver Domain で登録されています</h1><p>ドメインの取得はこちら</p></body></html>"),
]

# (language, title, heading, body, category) of notices
NOTICES = [
    ("en", "Position filled", "This vacancy has been filled", "Thank you for your interest.", "removed"),
    ("en", "Classifieds", "This ad has expired", "The seller has taken it down.", "removed"),
    ("es", "Empleo", "Esta oferta ha finalizado", "Consulta otras ofertas similares.", "removed"),
    ("pl", "Oferta wygasła", "Przepraszamy", "Sprawdź inne ogłoszenia.", "removed"),
    ("de", "Beitrag entfernt", "Hinweis", "Dieser Beitrag wurde aus rechtlichen Gründen von der Redaktion entfernt.",
     "removed"),
]
# (language, headline, body) of short live briefs in those words
BRIEFS = [
    ("de", "Der Artikel 13 wurde nach langer Debatte aus dem Gesetz gelöscht", "Der Bundestag stimmte am Freitag zu."),
    ("en", "Vacancy closed: hospital finally hires a chief surgeon", "The post had been open for two years."),
    ("es", "Oferta caducada: los supermercados retiran el descuento", "La promoción terminó el domingo."),
    ("en", "Nothing here for young people, say residents", "The youth club closed in March."),
    ("it", "Qui non c'è niente da vedere: la mostra divide i critici", "Le sale resteranno aperte fino a giugno."),
]
# (language, title, heading, body) of not-found pages on a site whose made-up URL goes home
NOTHING = [
    ("en", "Hmm", "Oops! There's nothing here.", "Try the front page."),
    ("de", "Hinweis", "Huch, hier ist nichts", "Zur Startseite."),
    ("fr", "Information", "Oups ! Il n'y a rien ici", "Retour à l'accueil."),
    ("hu", "Hiba", "A keresett cikket nem találjuk", "Vissza a címlapra."),
]
# (language, headline) of long live articles with those words in their headline
TRAPS = [
    ("hu", "A keresett cikket nem találjuk: így tűnnek el az archívumok"),
    ("en", "How to make this domain yours: a guide to buying expired names"),
]

_STORY = ("The harbour board agreed on Monday to rebuild the east jetty, closed since the spring storms. Work "
          "starts in July and the ferry will use the west quay until then. ") * 12
# (page, category) of app shells: state in attributes, an app's error code with its message
SHELLS = [
    ("<div id='app' data-props='" + json.dumps({"view": "story", "props": {"status": 404, "story": None}}) + "'>"
     "</div>", "app_shell"),
    ("<main><vue-island component-url='/islands/PageNotFound.4f1.js' props='{}'></vue-island></main>", "app_shell"),
    ("<div id='root'></div><script>window.__STORE__={\"detail\":{\"errcode\":20404,\"errmsg\":\"页面不存在\","
     "\"data\":null}};</script>", "app_shell"),
    ("<div id='root'></div><script>window.__STORE__={\"news\":{\"code\":4041,\"message\":\"La noticia no existe\"}};"
     "</script>", "app_shell"),
    ("<div id='app' data-props='" + json.dumps({"view": "story", "props": {"status": 200, "story": {
        "title": "East jetty to be rebuilt", "body": _STORY}}}) + "'></div>", "live_other"),
    ("<div id='root'></div><script>window.__STORE__=" + json.dumps({"detail": {"code": 0, "msg": "页面不存在：博物馆的"
     "新展览", "data": {"title": "页面不存在：博物馆的新展览", "content": "博物馆周一推出新展览。" * 40}}},
                                                                   ensure_ascii=False) + ";</script>", "live_other"),
]
# (head script, category) of pages sending the reader home, and live pages whose script does not
REFRESHES = [
    ("<script>setTimeout(() => { location.replace('/') }, 2000);</script>", "refresh_home"),
    ("<script>window.location.href = window.location.origin + '/';</script>", "refresh_home"),
    ("<script>setTimeout(function(){ location.href = '/' }, 600000);</script>", "live_other"),
    ("<script>setTimeout(function(){ if (!window.ready) location.href = '/' }, 1000);</script>", "live_other"),
]


def _page(head: str, body: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Harbour Times</title>{head}"
            f"</head><body>{body}</body></html>")


def build() -> list[Site]:
    sites: list[Site] = []
    for i, (lang, html) in enumerate(WALLS):
        wall = Site(f"wall-t5-{i}.example", lang, "classic", "soft", PART, every_url=raw(html))
        wall.cases += [Case(f"/{lang}/2024/06/story-{n}.html", "live_other", f"{lang} consent wall") for n in range(2)]
        sites.append(wall)
    banner = Site("Gazeta t5", "pl", "portal", "honest", PART)
    banner.add("/pl/2024/06/most-na-odrze", "live_other", article(Article(
        "Most na Odrze otwarty", prose("pl", 7, 420), lead=BANNER)), "long article under a consent banner")
    sites.append(banner)
    for i, (lang, html) in enumerate(LANDERS):
        site = Site(f"parked-t5-{i}.example", lang, "blog", "honest", PART)
        for n in range(2):
            site.add(f"/news/2021/item-{n}", "parked", raw(html), f"{lang} lander, made-up URL 404")
        sites.append(site)
    for i, (lang, title, heading, body, category) in enumerate(NOTICES):
        site = Site(f"Notices t5 {lang}{i}", lang, ("classic", "divsoup", "portal", "sidebar")[i % 4], "honest", PART)
        site.add(f"/{lang}/2023/03/item-{i}", category, notice(title, heading, f"<p>{body}</p>"), lang)
        sites.append(site)
    briefs = Site("Briefs t5", "en", "classic", "honest", PART)
    for i, (lang, headline, body) in enumerate(BRIEFS):
        briefs.add(f"/brief/t5-{i}", "live_trap", article(Article(headline, f"<p>{body}</p>", byline=False)),
                   f"{lang} short brief")
    sites.append(briefs)
    for i, (lang, title, heading, body) in enumerate(NOTHING):
        site = Site(f"Nothing t5 {lang}{i}", lang, ("portal", "classic")[i % 2], "home", PART)
        site.add(f"/{lang}/2022/05/harbour-ferry-timetable-{i}", "not_found_lang",
                 notice(title, heading, f"<p>{body}</p>"), f"{lang}, made-up URL home")
        sites.append(site)
    for i, (lang, headline) in enumerate(TRAPS):
        site = Site(f"Traps t5 {lang}{i}", lang, "portal", "home", PART)
        site.add(f"/{lang}/2024/08/trap-t5-{i}", "live_trap", article(Article(
            headline, "".join(f"<p>{prose(lang, 120 + i * 7 + k, 90)}</p>" for k in range(5)), byline=False,
            date=None)), f"{lang} headline")
        sites.append(site)
    shells = Site("Shells t5", "en", "classic", "honest", PART)
    for i, (body, category) in enumerate(SHELLS):
        shells.add(f"/app/t5-{i}-jetty", category, raw(_page("", body)), "state in an attribute or an error code")
    sites.append(shells)
    refreshes = Site("Refresh t5", "en", "classic", "honest", PART)
    for i, (head, category) in enumerate(REFRESHES):
        body = "<p>One moment…</p>" if category == "refresh_home" else f"<h1>Ferry news</h1><p>{prose('en', 60, 40)}</p>"
        refreshes.add(f"/news/2019/t5-{i}", category, _route(head, body), "timer or origin")
    sites.append(refreshes)
    return sites


def _route(head: str, body: str) -> Route:
    return raw(_page(head, body))
