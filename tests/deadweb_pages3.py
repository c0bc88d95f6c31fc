"""Held-out 3 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

A different author from the one who wrote the check and its other parts wrote
this part without reading the check's code, its phrase lists or their
description (only the issue's categories, the data format of deadweb_pages and
the size of the other held-out parts), and **it was not scored before its
merge**: no page here was changed after seeing a verdict. Its sites use their
own layouts (tests/deadweb_templates3.py: WordPress, Drupal, a Next.js news
site, a Chinese or Russian portal, at real pages' weight), their own phrasings
and their own ways of answering a made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language;
* ``soft``: a 200 with that page (some echo the path, some list the latest news);
* ``to404``: a redirect to ``/404/``, which answers 200 with the not-found page;
* ``home``: a redirect to the front page;
* ``same``: the same page for every path (parked domains, walls, app shells).

Categories as in deadweb_pages; the live-article trap is written in fourteen
languages plus two English stories (a how-to about 404 errors, a film called
"Removed"), each on a site whose probe answers 404 and on one whose probe
answers a 200 not-found template in the same words as the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from deadweb_data3 import (
    APP_SHELLS,
    GONE3,
    LANDERS,
    LIVE_SHELLS,
    NOT_FOUND3,
    REFRESH_HOME,
    REFRESH_LIVE,
    REMOVED3,
    REPLACED3,
    TRAPS3,
    WALLS,
)
from deadweb_pages import (
    BROKEN,
    OTHER_TOPIC,
    REPLACED,
    TEMPLATES,
    VOCAB,
    Article,
    Case,
    Route,
    Site,
    article,
    notice,
    prose,
    raw,
    redirect,
)
from deadweb_templates3 import TEMPLATES3, headlines, paragraphs, ul
from pdfwriter import write_pdf
from servers import Handler

PART = "held_out_3"
TEMPLATES.update(TEMPLATES3)
T = list(TEMPLATES3)
VOCAB.setdefault("it-life", "ricetta cucina giardino vacanze spiaggia viaggio moda estate caffè musica film serie "
                            "matrimonio yoga gelato")
VOCAB.setdefault("ru-life", "рецепт кухня сад отпуск пляж путешествие мода лето кофе музыка фильм сериал свадьба "
                            "йога смартфон")
LIFE = {**OTHER_TOPIC, "it": "it-life", "ru": "ru-life"}


@dataclass
class Site3(Site):
    """A held-out-3 site: ``missing`` answers any path it has no route for (its probe's answer)."""

    missing: Route | None = None

    def route(self, h: Handler) -> None:
        path = h.route_path
        if self.missing is not None and self.every_url is None and path not in self.routes and path not in (
                "/", "/robots.txt"):
            self.missing(h, self)
        else:
            super().route(h)


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def hosted(html: str, status: int = 200, headers: dict[str, str] | None = None) -> Route:
    """A whole page whose ``{site}``, ``{host}``, ``{home}``, ``{path}`` are filled in per request."""
    def route(h: Handler, s: Site) -> None:
        host = h.headers["Host"]
        h.send(status, html.replace("{site}", s.name).replace("{host}", host).replace("{home}", f"http://{host}/")
               .replace("{path}", h.route_path), headers)
    return route


def in_head(route_html: str, extra: str) -> Route:
    """A template page (notice) with ``extra`` markup put in its <head>."""
    def route(h: Handler, s: Site) -> None:
        host = h.headers["Host"]
        title, heading, body = route_html.split("\n", 2)
        page = s.html(None, title.replace("{site}", s.name), heading, body).replace("</title>", "</title>" + extra, 1)
        h.send(200, page.replace("{home}", f"http://{host}/").replace("{host}", host))
    return route


def story(lang: str, seed: int, title: str, lead: str = "", words: int = 520, **kw: object) -> Article:
    """An article: a written lead, then ``words`` words of the language's prose, in paragraphs."""
    text = (f"<p>{lead}</p>" if lead else "") + paragraphs(prose(lang, seed, words))
    return Article(title, text, **kw)  # type: ignore[arg-type]


def missing_page(title: str, heading: str, body: str, status: int, latest: bool = False,
                 echo: bool = False) -> Route:
    """A site's not-found page (optionally with the latest headlines, or echoing the path)."""
    def route(h: Handler, s: Site) -> None:
        text = body + (f" <code>{h.route_path}</code>" if echo else "")
        more = ul(headlines(s, 8, 40)) if latest else ""
        h.send(status, s.html(None, title, heading, f"<p>{text}</p>{more}"))
    return route


def front(h: Handler, s: Site) -> None:
    """The front page (also for a WordPress search, ``/?s=``)."""
    if "s=" in h.path.partition("?")[2]:
        search_page(h, s)
    else:
        h.send(200, s.html(None, s.name, s.name, ul(headlines(s, 30, 50)) + paragraphs(prose(s.lang, 5, 200))))


def to_404(h: Handler, s: Site) -> None:
    h.redirect("/404/", 302)


def listing(section: str) -> Route:
    def route(h: Handler, s: Site) -> None:
        h.send(200, s.html(None, f"{section} | {s.name}", section, ul(headlines(s, 40, 60))))
    return route


def search_page(h: Handler, s: Site) -> None:
    query = h.path.split("?", 1)[1] if "?" in h.path else h.route_path.rsplit("/", 1)[-1]
    h.send(200, s.html(None, f"Search: {query} | {s.name}", f"Search results for “{query}”",
                       "<p>14 results</p>" + ul(headlines(s, 14, 70))))


def add_live(s: Site3, n: int, seed: int, note: str = "article") -> None:
    for k in range(n):
        title = prose(s.lang, seed * 13 + k, 9).rstrip(".")
        s.add(f"/{s.lang}/2024/{seed}-{k}/{'-'.join(VOCAB['en'].split()[seed % 20:seed % 20 + 3])}", "live_other",
              article(story(s.lang, seed * 17 + k, title, words=480 + 40 * k)), note)


# --- the cases -----------------------------------------------------------------------------------------------------

def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per language an honest site (a removed slug answering 200 with another wording of its
    # not-found page; a slug redirected to a 200 error page) and a soft site (a 200 template, /404/, or home)
    soft_ways = ("soft", "to404", "home", "soft")
    for i, (lang, variants) in enumerate(NOT_FOUND3.items()):
        (t0, h0, b0), (t1, h1, b1), (t2, h2, b2) = variants
        honest = site(f"{lang.upper()} Daily {i}", lang, T[i % 4] if lang not in ("zh", "ru") else "portal3",
                      missing=missing_page(t0, h0, b0, 404))
        honest.add(f"/{lang}/2022/03/council-{i}-budget-vote", "not_found_lang", notice(t1, h1, b1), f"{lang} 200")
        honest.routes["/404/"] = missing_page(t0, h0, b0, 200)
        honest.add(f"/{lang}/2021/story/{4000 + i}", "not_found_lang", to_404, f"{lang} to /404/")
        add_live(honest, 1, 100 + i)
        way = soft_ways[i % 4]
        soft = site(f"{lang.upper()} Online {i}", lang, T[(i + 1) % 4], way if way != "to404" else "honest")
        page = missing_page(t2, h2, b2, 200, latest=i % 3 == 0, echo=i % 5 == 1)
        if way == "home":
            soft.add(f"/{lang}/2020/05/{i}-harbour-works", "not_found_lang", page, f"{lang} 200, probe home")
        else:
            soft.missing = page if way == "soft" else to_404
            soft.routes["/404/"] = page
            soft.cases.append(Case(f"/{lang}/2020/05/{i}-harbour-works", "not_found_lang", f"{lang} {way}"))
        add_live(soft, 1, 200 + i)
        sites += [honest, soft]

    # removed / expired / no longer available: per language group, honest and soft sites
    groups: dict[str, Site3] = {}
    for i, (lang, title, heading, body) in enumerate(REMOVED3):
        if lang not in groups:
            n = len(groups)
            missing = missing_page(*NOT_FOUND3[lang][2], 200) if n % 2 else missing_page(*NOT_FOUND3[lang][0], 404)
            groups[lang] = site(f"{lang.upper()} Herald {n}", lang, T[(n + 2) % 4], "soft" if n % 2 else "honest",
                                missing)
            if lang in ("en", "de"):
                add_live(groups[lang], 2, 300 + n)
        groups[lang].add(f"/{lang}/2022/{i}/item-{i}", "removed", notice(title, heading, f"<p>{body}</p>"), lang)
    sites += groups.values()

    # live articles whose own headline and body speak of "page not found", "404", "removed"
    for i, (lang, title, lead) in enumerate(TRAPS3):
        for probe in ("honest", "soft"):
            nf = NOT_FOUND3[lang]
            missing = missing_page(*nf[0], 404) if probe == "honest" else missing_page(*nf[2], 200)
            s = site(f"{lang.upper()} Trap {probe} {i}", lang, T[(i + (probe == "soft")) % 4], probe, missing)
            # a full article, then one without a byline (honest site) or without byline and date (soft site)
            shapes: list[tuple[int, dict[str, object]]] = [(560, {}), (440, {"byline": False}) if probe == "honest"
                                                           else (760, {"byline": False, "date": None})]
            for n, (words, shape) in enumerate(shapes):
                s.add(f"/{lang}/2024/0{n + 4}/trap-{i}-{n}", "live_trap",
                      article(story(lang, 900 + i * 5 + n, title, lead, words, **shape)), f"{lang} {probe}")
            sites.append(s)

    # parked domains: the same lander for every path
    for i, (lang, html) in enumerate(LANDERS):
        s = site(f"parked-{i}-domain.{('com', 'net', 'de', 'jp', 'cn', 'info')[i % 6]}", lang, "wordpress3", "same",
                 every_url=hosted(html))
        for n, path in enumerate(("/2021/06/12/port-strike-ends/", f"/news/{3000 + i}.html")):
            s.cases.append(Case(path, "parked", f"lander {i}.{n}"))
        sites.append(s)

    # permanent (and temporary) redirects to a search page or a section front; moved articles to the article
    red = [("en", "wordpress3", "/?s={words}", "/category/local-news/"),
           ("de", "drupal3", "/de/suche?search_api_fulltext={words}", "/de/wirtschaft"),
           ("ru", "portal3", "/search/?q={words}", "/society/"),
           ("fr", "nextnews3", "/recherche?q={words}", "/politique")]
    for i, (lang, template, search, section) in enumerate(red):
        s = site(f"{lang.upper()} Redirect Times {i}", lang, template, missing=missing_page(*NOT_FOUND3[lang][0], 404))
        s.routes["/"] = front
        for path in ("/search/", "/recherche", "/de/suche"):
            s.routes[path] = search_page
        s.routes[section] = listing(section.strip("/").split("/")[-1].capitalize())
        words = "harbour+strike+ends" if i % 2 == 0 else "harbour%20strike%20ends"
        s.add(f"/{lang}/2021/07/harbour-strike-ends-{i}", "search_redirect",
              redirect(search.format(words=words), (301, 308, 302, 301)[i]))
        s.add(f"{section.rstrip('/')}/2020/11/{i}-minister-visits-port", "section_redirect",
              redirect(section, (301, 302, 308, 301)[i]))
        new = f"/{lang}/2024/{5000 + i}-bridge-reopens-after-repairs"
        s.routes[new] = article(story(lang, 600 + i, prose(lang, 610 + i, 7).rstrip(".")))
        if i < 3:
            s.add(f"/{('2019/05/12/bridge.html', 'story/98765', 'amp/bridge-reopens')[i]}", "live_other",
                  redirect(new, (301, 308, 302)[i]), "moved")
        else:
            s.add("/old/bridge-reopens", "live_other", hosted(
                f"<html><head><meta http-equiv='refresh' content='0; url={new}'><title>Moved</title></head>"
                f"<body><a href='{new}'>{new}</a></body></html>"), "moved (meta refresh to the article)")
        sites.append(s)

    # app shells: not found only in the title, a state blob or a script; and live shells
    for i, (lang, html, probe) in enumerate(APP_SHELLS):
        s = site(f"{lang.upper()} App {i}", lang, T[i % 4], probe,
                 missing=hosted(html) if probe == "soft" else missing_page(*NOT_FOUND3[lang][1], 404))
        s.add(f"/{lang}/artikel/2023/{i}-tram-line-extension", "app_shell", hosted(html), lang)
        if i < len(LIVE_SHELLS):
            s.add(f"/{lang}/artikel/2024/{i}-tram-line-opens", "live_other", hosted(LIVE_SHELLS[i]), "live app shell")
        sites.append(s)

    # meta refreshes and script redirects home; live pages that refresh themselves or bust frames
    for i, (lang, shape, html) in enumerate(REFRESH_HOME):
        s = site(f"{lang.upper()} Moving {i}", lang, T[i % 4], missing=missing_page(*NOT_FOUND3[lang][0], 404))
        s.routes["/index.php"] = s.routes["/index.html"] = front
        route = in_head(html, shape) if shape else hosted(html)
        s.add(f"/{lang}/2019/10/old-page-{i}", "refresh_home", route, f"{lang} {shape or 'page'}"[:60])
        if i < len(REFRESH_LIVE):
            extra = REFRESH_LIVE[i]
            s.add(f"/{lang}/2024/06/live-{i}", "live_other", lambda h, s, extra=extra, i=i: h.send(200, s.html(
                Article("", ""), f"{prose(s.lang, 70 + i, 8)} | {s.name}", prose(s.lang, 70 + i, 8),
                paragraphs(prose(s.lang, 71 + i, 600))).replace("</title>", "</title>" + extra.replace(
                    "{self}", f"http://{h.headers['Host']}{h.path}"), 1)), "self refresh or frame buster")
        sites.append(s)

    # 410 Gone
    gone = site("Gone Ledger", "de", "drupal3", missing=missing_page(*NOT_FOUND3["de"][0], 404))
    for i, (html, templated) in enumerate(GONE3):
        route = (lambda h, s, html=html: h.send(410, s.html(None, *html.split("\n", 2)))) if templated else raw(
            html, 410)
        gone.add(f"/de/2018/{i}/abgelaufen", "gone", route)
    sites.append(gone)

    # walls (bot challenges 403/503, consent), paywall teasers, wire briefs, PDFs: live
    for i, (status, headers, html) in enumerate(WALLS):
        name = ("harbourgazette.co.uk", "dailyledger.com", "vestnik-oblasti.ru", "journal-du-port.fr", "corriere-valle.it")[i]
        s = site(name, "en", T[i % 4], "same", every_url=hosted(html, status, headers))
        kind = "bot challenge" if status != 200 else "consent wall"
        s.cases += [Case(f"/news/2024/{i}-wall-{n}", "live_other", kind) for n in range(2)]
        sites.append(s)
    misc = site("Evening Wire", "en", "nextnews3", "soft", missing=missing_page(*NOT_FOUND3["en"][2], 200))
    teasers = [("en", "Inside the deal that saved the shipyard", "Subscribe to continue reading. Already a "
                "subscriber? Sign in."),
               ("de", "Wie die Stadtwerke ihre Preise berechnen", "Jetzt weiterlesen mit Plus: Testen Sie 4 Wochen "
                "für 0,99 €."),
               ("es", "Las cuentas ocultas del puerto", "Este contenido es exclusivo para suscriptores. Suscríbete "
                "para seguir leyendo.")]
    for i, (lang, title, wall) in enumerate(teasers):
        misc.add(f"/premium/2024/{i}-{lang}", "live_other", article(Article(
            title, paragraphs(prose(lang, 80 + i, 70)) + f"<div class='paywall-gate'><p>{wall}</p></div>")),
            "paywall")
    briefs = [("LONDON, May 6 (Reuters) - Britain's rail unions called off Tuesday's strike after a last-minute pay "
               "offer, the RMT said in a statement on Monday. The offer will be put to members next week.",
               "Rail strike called off after last-minute offer"),
              ("PARIS, 6 mai (AFP) - Le tribunal administratif a suspendu lundi l'arrêté municipal interdisant les "
               "terrasses après 22 heures, a-t-on appris auprès de la préfecture.",
               "Le tribunal suspend l'arrêté sur les terrasses"),
              ("BERLIN, 6. Mai (dpa) - Die Bahn hat den Streik im Regionalverkehr nach einer Einigung mit der "
               "Gewerkschaft beendet. Die Züge fahren ab Dienstag wieder nach Plan.", "Bahnstreik beendet")]
    for i, (text, title) in enumerate(briefs):
        misc.add(f"/wire/2024/05/06/{i}", "live_other", article(Article(title, f"<p>{text}</p>", byline=False)),
                 "wire brief")
    for i in range(2):
        pdf = write_pdf(title=f"Annual report {2022 + i}", author="Port Authority", running_head="Annual report",
                        paragraphs=[prose("en", 90 + k, 120) for k in range(6)], seed=i)
        misc.add(f"/files/annual-report-{2022 + i}.pdf", "live_other",
                 lambda h, s, pdf=pdf: h.send(200, pdf, ctype="application/pdf"), "pdf")
    sites.append(misc)

    # content replaced: the cited URL now serves another article; the same site's kept article is live
    for i, (lang, cited, day, now, lead, kept_title) in enumerate(REPLACED3):
        s = site(f"{lang.upper()} Recycled {i}", lang, T[i % 4], missing=missing_page(*NOT_FOUND3[lang][0], 404))
        page = story(LIFE[lang], 700 + i, now, lead, 460, date="2024-08-14")
        s.add(f"/{lang}/{day[:4]}/{day[5:7]}/{48213 + i}", REPLACED, article(page), lang, cited_title=cited,
              cited_date=day)
        s.add(f"/{lang}/{day[:4]}/{day[5:7]}/{48300 + i}", "live_other",
              article(story(lang, 730 + i, kept_title, f"{kept_title}.", date=day)), "cited title matches",
              cited_title=kept_title, cited_date=day)
        sites.append(s)

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    return sites
