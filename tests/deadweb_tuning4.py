"""Tuning cases of the classes of mistake held-out 4 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 4 (tests/deadweb_pages4.py) missed, at its first run, pages by kind:
each kind has cases here on other sites, in other wordings and languages, with
live pages in the same forms so that the broader rules cannot fire on a live page:

* parking landers assembled by script: text written by ``document.write`` or
  by an ``innerHTML`` of string literals joined to names (a Spanish and a Polish
  lander), and a bare shell whose script only *holds* a lander (a domain beside a
  registrar) served for every path; live shells that write a loading line, and a
  WHOIS tool whose shells hold a domain and its registrar (a made-up URL gets a
  404, or a shell of its own);
* notices on a layout whose linked menus come before the heading and whose
  markup marks no main region (``sidebar``): the notice's words are past the
  first 600 characters; a short live brief on it;
* English notices naming the reader's item ("this podcast episode has been
  withdrawn", "This auction has closed", a title "Gallery removed"); live briefs
  whose headlines start with "Auction ended:" or "Listing ended";
* Italian and Japanese not-found and removed notices in other wordings ("non
  c'è più", "inesistente", "配信は終了しました", "記事が見つかりませんでした"); live
  pages with those words in a headline;
* app state naming the 404 page as the one rendered (``"template":"404"``, a
  component chunk for a 404 template); live shells whose state holds 404 as an id
  inside a longer path.
"""

from __future__ import annotations

import json

from deadweb_pages import TEMPLATES, Article, Case, Route, Site, article, notice, prose, raw
from servers import Handler

PART = "tuning"


def sidebar(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    """A layout with a left column of linked sections and headlines before the heading; no <main>/<article>."""
    words = prose(site.lang, len(site.name) + 3, 40).replace(".", "").split()
    side = "".join(f"<li><a href='/{w.lower()}/'>{w} {words[(k + 5) % len(words)]}</a></li>" for k, w in enumerate(words))
    date = f"<span class='when'>{page.date}</span>" if page and page.date else ""
    return (f"<!doctype html><html lang='{site.lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><div class='side'><ul>{side}</ul></div><div class='body'><h1>{heading}</h1>{date}"
            f"<div class='txt'>{body}</div></div><div class='foot'><a href='/'>{site.name}</a></div></body></html>")


TEMPLATES["sidebar"] = sidebar

# landers assembled by script, each on a host answering a made-up URL with a 404: (language, page)
WRITTEN_LANDERS = [
    ("es", "<html><head><meta charset='utf-8'><title></title></head><body><script>var d = location.hostname;"
           "document.writeln(\"<div class='venta'><h2>\" + d + \"</h2><p>Este dominio \" + d + \" está a la venta."
           "</p><p>Haga su oferta.</p></div>\");</script></body></html>"),
    ("pl", "<html><head><meta charset='utf-8'><title>Domena</title></head><body><div id='p'></div><script>const "
           "n = window.location.host; document.querySelector('#p').innerHTML = `<h1>` + n + `</h1><p>Ta domena "
           "jest na sprzedaż.</p>`;</script></body></html>"),
]
# a shell that only holds its lander (rendered by an outside script): served for every path, a made-up URL too
HELD_LANDER = ("<!doctype html><html><head><meta charset='utf-8'><title>Welcome</title></head><body><div id='lp'>"
               "</div><script>window.__LP__ = {\"domainName\": \"\", \"registrar\": \"Namecheap\", \"theme\": "
               "\"minimal\"};</script><script src='/lp/render.min.js'></script></body></html>")
# live shells that write a loading line with names joined in, their article in the state
_STORY = ("Der Stadtrat hat am Dienstag den Ausbau der Nachtbuslinien beschlossen. Die ersten Linien fahren ab "
          "September, weitere folgen im Frühjahr. ") * 10
LIVE_WRITERS = [
    "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Nachtbusse | Stadtanzeiger</title></head><body>"
    "<div id='app'></div><script>var t = 'Nachtbusse fahren bis in die Vororte'; document.getElementById('app')"
    ".innerHTML = '<p>Lade ' + t + ' …</p>';</script><script>window.__STATE__ = " + json.dumps(
        {"article": {"headline": "Nachtbusse fahren bis in die Vororte", "body": _STORY, "domain": "stadtanzeiger.de"}})
    + "</script></body></html>",
]


def whois(h: Handler, site: Site) -> None:
    """A WHOIS tool: a shell holding the looked-up domain (from the path) and its registrar (live)."""
    name = h.route_path.rstrip("/").rsplit("/", 1)[-1]
    h.send(200, "<!doctype html><html><head><meta charset='utf-8'><title>WHOIS lookup</title></head><body><div "
                "id='w'></div><script>window.__WHOIS__ = " + json.dumps(
                    {"domain": name, "registrar": "Gandi SAS", "created": "2003-04-11"}) + ";</script><script "
                "src='/w.js'></script></body></html>")


# (language, title, heading, body) of notices on the sidebar layout: the words past the first 600 characters
SIDEBAR_NOTICES = [
    ("de", "Hinweis", "Hoppla!", "Dieser Beitrag wurde leider gelöscht. Zur Startseite."),
    ("en", "Notice", "Sorry", "This story may have been moved or deleted. Go to the front page."),
    ("es", "Aviso", "Lo sentimos", "El contenido ya no está disponible. Volver a la portada."),
]
# (language, title, heading, body) of English item notices, Italian and Japanese notices: (category)
NOTICES = [
    ("en", "Podcast", "Sorry, this podcast episode has been withdrawn", "Browse our other episodes.", "removed"),
    ("en", "Auction closed", "This auction has closed", "Browse similar items.", "removed"),
    ("en", "Gallery removed", "Gone", "See other galleries.", "removed"),
    ("it", "Errore", "Il contenuto che cercavi non c'è più", "Torna alla prima pagina.", "not_found_lang"),
    ("it", "Notizia inesistente", "Ci dispiace", "Torna alla prima pagina.", "not_found_lang"),
    ("it", "Avviso", "Attenzione", "Questo articolo potrebbe essere stato cancellato.", "removed"),
    ("ja", "お知らせ", "この動画の配信は終了しました", "ほかの動画をご覧ください。", "removed"),
    ("ja", "エラー", "記事が見つかりませんでした", "トップページへ", "not_found_lang"),
]
# (language, headline, body) of short live briefs (dated, a few sentences) in the same forms
BRIEFS = [
    ("en", "Auction ended: painting sells for a record price", "The sale closed on Friday after a week of bidding."),
    ("en", "Listing ended early as bidders pulled out", "The house was taken off the market on Monday."),
    ("ja", "人気番組の配信を終了へ", "運営会社は来月末で配信を終える方針を明らかにした。"),
    ("it", "Il treno che non c'è più: pendolari in attesa", "La linea è sospesa da tre settimane."),
    ("de", "Umstrittene Statue entfernt", "Die Statue am Marktplatz wurde am Montag abgebaut."),
]
# (language, headline) of long live articles on the sidebar layout with the new forms in their headline
TRAPS = [
    ("it", "Pagina inesistente: il libro che racconta la burocrazia"),
    ("ja", "記事が見つかりませんでした、と表示される理由"),
    ("en", "This auction has closed: what happened to the city's art collection"),
]
# (state, category) of app shells: a 404 page named as the one rendered; 404 as an id inside a longer path
STATES = [
    ({"post": None, "template": "404", "site": {"lang": "es"}}, "app_shell"),
    ({"componentChunkName": "component---src-templates-404-tsx", "result": {}}, "app_shell"),
    ({"path": "/p/404", "template": "article", "post": {"title": "Tram depot", "body": _STORY}}, "live_other"),
    ({"pathname": "/story/404-days-without-rain", "page": "/story/[slug]", "post": {"body": _STORY}}, "live_other"),
]


def build() -> list[Site]:
    sites: list[Site] = []
    for i, (lang, html) in enumerate(WRITTEN_LANDERS):
        site = Site(f"parked-t4-{i}.example", lang, "blog", "honest", PART)
        for n in range(2):
            site.add(f"/news/2020/item-{n}", "parked", raw(html), f"{lang}, written by script, made-up URL 404")
        sites.append(site)
    held = Site("parked-t4-held.example", "en", "blog", "soft", PART, every_url=raw(HELD_LANDER))
    held.cases += [Case(f"/2019/06/story-{n}.html", "parked", "held by script, every path") for n in range(2)]
    sites.append(held)
    writers = Site("Stadtanzeiger t4", "de", "classic", "soft", PART, every_url=raw(LIVE_WRITERS[0]))
    writers.cases += [Case(f"/de/2024/nachtbus-{n}", "live_other", "live shell writing a loading line")
                      for n in range(2)]
    sites.append(writers)
    for probe in ("honest", "soft"):  # a made-up URL: a 404, or a shell of its own (its own name in the state)
        tool = Site(f"Whois t4 {probe}", "en", "blog", probe, PART)
        tool.routes["/"] = whois
        for name in ("example.org", "city-news.net"):
            tool.add(f"/whois/{name}", "live_other", whois, f"whois shell, made-up URL {probe}")
        if probe == "soft":
            tool.every_url = whois
        sites.append(tool)
    for i, (lang, title, heading, body) in enumerate(SIDEBAR_NOTICES):
        site = Site(f"Sidebar {lang} t4{i}", lang, "sidebar", "soft" if i % 2 else "honest", PART,
                    soft_page=("404", "404", "Not found."))
        site.add(f"/{lang}/2021/04/notice-{i}", "removed", notice(title, heading, f"<p>{body}</p>"), lang)
        sites.append(site)
    for i, (lang, title, heading, body, category) in enumerate(NOTICES):
        site = Site(f"Notices t4 {lang}{i}", lang, ("classic", "divsoup", "portal")[i % 3], "honest", PART)
        site.add(f"/{lang}/2022/09/item-{i}", category, notice(title, heading, f"<p>{body}</p>"), lang)
        sites.append(site)
    briefs = Site("Briefs t4", "en", "sidebar", "honest", PART)
    for i, (lang, headline, body) in enumerate(BRIEFS):
        briefs.add(f"/brief/{i}", "live_trap", article(Article(headline, f"<p>{body}</p>", byline=False)),
                   f"{lang} short brief")
    sites.append(briefs)
    for i, (lang, headline) in enumerate(TRAPS):
        site = Site(f"Sidebar traps t4{i}", lang, "sidebar", "soft" if i % 2 else "honest", PART,
                    soft_page=("404", "404", "Not found."))
        site.add(f"/{lang}/2024/07/trap-{i}", "live_trap", article(Article(
            headline, "".join(f"<p>{prose(lang, 90 + i * 7 + k, 90)}</p>" for k in range(5)), byline=False,
            date=None)), f"{lang} headline, sidebar layout")
        sites.append(site)
    shells = Site("Headless t4", "es", "classic", "honest", PART)
    for i, (state, category) in enumerate(STATES):
        shells.add(f"/es/noticia/{i}-tranvia", category, _shell(state), "state names the page")
    sites.append(shells)
    return sites


def _shell(state: dict[str, object]) -> Route:
    return raw("<!doctype html><html><head><meta charset='utf-8'><title>Diario</title></head><body><div id='root'>"
               f"</div><script>window.__DATA__ = {json.dumps(state)};</script><script src='/app.js'></script>"
               "</body></html>")
