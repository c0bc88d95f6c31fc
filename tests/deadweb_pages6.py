"""Held-out 6 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

**Written blind by a different author and not scored before its merge.** The
author read none of the check's code (pipeline/check/, pipeline/net/), its phrase
lists, their description (docs/check.md) or the tuning cases
(tests/deadweb_tuning*.py); only the categories, the data format and helpers of
deadweb_pages and of held-out 3 to 5, and the test servers. No page here was
changed after any verdict: the set was only smoke-checked with plain HTTP
(status codes, redirect targets, what a made-up URL answers, page weights),
never run through the check. Its first run at its merge is the honest estimate.

Its sites use four layouts not in the other parts (tests/deadweb_templates6.py:
an AMP news page, a MediaWiki news wiki, a Bootstrap local-TV station with a
video player, a Blogger blog; 40-150 KB a page), its own wordings
(tests/deadweb_data6.py, in the fourteen languages of the set and five new ones:
nl, cs, ko, ro, el) and these ways of answering a made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language (on a
  wiki, "there is no text on this page");
* ``soft``: a 200 with the site's not-found template (some list the latest
  news, some echo the path);
* ``home``: a redirect to the front page;
* ``search``: a redirect to the site's search page for the path's words;
* ``error``: a redirect to an error page that answers 200 (``/Error.aspx?
  aspxerrorpath=...`` as ASP.NET sites do, or ``/404.html?url=...``);
* ``same``: the same page for every path (landers, hosting pages, walls), or a
  redirect of every path to the lander.

Each case's label is what a careful reader would say of the page. Dead: a
not-found or removed notice (court orders, copyright complaints, expired
broadcast rights, archiving, retraction, right-to-be-forgotten), a lander, a web
server's default page or a suspended hosting account where the site was, a
redirect to a search page, a tag, author, year or section listing, an app shell
whose state or script says "not found", a refresh or script (or a ``Refresh``
header) sending the reader home, a 410. Live: an article is live even when its
own headline speaks of "page not found", "404", "removed", "no longer
available" or "expired", when its embedded video has expired but its text is
there, when it carries a retraction, correction, archive or closed-comments
banner, or when it is an encyclopedic wiki article about the 404 status code;
walls (bot challenges of other vendors, a consent gate, an EEA geo-block),
teasers, briefs, PDFs, moved articles (a redirect, an AMP page to its canonical
article, a cookie-check redirect to the same URL, a meta refresh), live app
shells, pages refreshing themselves or redirecting only on a condition. A URL
that now serves another article is content_replaced (the citation's title and
date name the original).
"""

from __future__ import annotations

from urllib.parse import quote

from deadweb_data6 import (
    APP_SHELLS6,
    BANNERED6,
    BRIEFS6,
    GONE6,
    LANDERS6,
    LIVE_SHELLS6,
    NOT_FOUND6,
    REFRESH_HOME6,
    REFRESH_LIVE6,
    REMOVED6,
    REPLACED6,
    TEASERS6,
    TRAPS6,
    VIDEO_GONE6,
    WALLS6,
    WIKI_TRAPS6,
)
from deadweb_pages import (
    BROKEN,
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
    redirect,
)
from deadweb_pages3 import Site3, front, hosted, in_head, listing, missing_page, search_page, story
from deadweb_pages5 import LIFE5, gone_page, live_with_head, pdf_file, soft_redirect_page
from deadweb_templates3 import paragraphs, slug
from deadweb_templates6 import TEMPLATES6
from pdfwriter import write_pdf
from servers import Handler

PART = "held_out_6"
TEMPLATES.update(TEMPLATES6)
VOCAB.setdefault("nl-life", "recept keuken tuin vakantie strand reis mode zomer koffie muziek film serie bruiloft yoga "
                            "appeltaart")
VOCAB.setdefault("cs-life", "recept kuchyně zahrada dovolená pláž cestování móda léto káva hudba film seriál svatba "
                            "jóga grilování")
VOCAB.setdefault("ko-life", "레시피 요리 정원 휴가 해변 여행 패션 여름 커피 음악 영화 드라마 결혼식 요가 카페")
VOCAB.setdefault("ro-life", "rețetă bucătărie grădină vacanță plajă călătorie modă vară cafea muzică film serial nuntă "
                            "yoga salată")
VOCAB.setdefault("el-life", "συνταγή κουζίνα κήπος διακοπές παραλία ταξίδι μόδα καλοκαίρι καφές μουσική ταινία σειρά "
                            "γάμος γιόγκα ταβέρνα")
VOCAB.setdefault("ar-life", "وصفة مطبخ حديقة عطلة شاطئ سفر موضة صيف قهوة موسيقى فيلم مسلسل زفاف حلويات رمضان")
LIFE6 = {**LIFE5, **{lang: f"{lang}-life" for lang in ("nl", "cs", "ko", "ro", "el", "ar")}}

# the layouts a site of each language may have (the first fits its honest not-found page's words best)
LAYOUTS = {
    "en": ("tv6", "amp6", "blogger6", "wiki6"), "de": ("wiki6", "tv6", "blogger6"), "fr": ("blogger6", "amp6", "wiki6"),
    "es": ("tv6", "amp6", "blogger6"), "it": ("blogger6", "amp6"), "pt": ("tv6", "amp6", "blogger6"),
    "pl": ("wiki6", "tv6", "blogger6"), "ru": ("wiki6", "tv6"), "uk": ("tv6", "wiki6"), "tr": ("tv6", "amp6"),
    "hu": ("wiki6", "tv6"), "ar": ("blogger6", "amp6"), "zh": ("wiki6", "blogger6"), "ja": ("blogger6", "amp6"),
    "nl": ("tv6", "blogger6", "wiki6"), "cs": ("wiki6", "blogger6"), "ko": ("tv6", "amp6"), "ro": ("tv6", "amp6"),
    "el": ("tv6", "amp6"),
}
CORE = ("en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "tr", "hu", "ar", "zh", "ja")


def layout(lang: str, i: int) -> str:
    options = LAYOUTS[lang]
    return options[i % len(options)]


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def path(template: str, seed: int, year: int = 2024) -> str:
    """An article's address as each kind of site shapes it."""
    words = slug(seed * 7 + 3).split("-")[:4]
    if template == "wiki6":
        return "/wiki/" + "_".join(w.capitalize() if k == 0 else w for k, w in enumerate(words))
    if template == "blogger6":
        return f"/{year}/{seed % 12 + 1:02d}/{'-'.join(words)}.html"
    if template == "tv6":
        return f"/story/{40000 + seed * 37}/{'-'.join(words)}/"
    return f"/noticia/{year}/{seed % 12 + 1:02d}/{'-'.join(words)}-{seed}/amp/"


def honest_missing(lang: str) -> Route:
    return missing_page(*NOT_FOUND6[lang][0], 404)


def soft_missing(lang: str, latest: bool = False, echo: bool = False) -> Route:
    return missing_page(*NOT_FOUND6[lang][1], 200, latest=latest, echo=echo)


def to_search(h: Handler, s: Site) -> None:
    """A made-up URL sent to the search page for its words (as "redirect 404s to search" plugins do)."""
    words = [w for w in h.route_path.replace("_", "-").replace("/", "-").split("-") if w.isalpha()]
    h.redirect("/search?q=" + "+".join(words[-4:]), 302)


def to_error(kind: str) -> Route:
    """A redirect to the site's error page, carrying the path the way ASP.NET's customErrors or a CMS does."""
    def route(h: Handler, s: Site) -> None:
        h.redirect(f"/Error.aspx?aspxerrorpath={h.route_path}" if kind == "aspx" else f"/404.html?url={h.route_path}",
                   302)
    return route


def plain(status: int, body: str, ctype: str) -> Route:
    def route(h: Handler, s: Site) -> None:
        h.send(status, body, ctype=ctype)
    return route


def add_live(s: Site3, n: int, seed: int, note: str = "article") -> None:
    """``n`` ordinary live articles of the site's language, at its kind of address."""
    for k in range(n):
        title = prose(s.lang, seed * 31 + k, 8).rstrip(".")
        s.add(path(s.template, seed * 3 + k, 2024 - k), "live_other",
              article(story(s.lang, seed * 37 + k, title, words=440 + 60 * k, byline=s.template != "wiki6")), note)


def every_path_to(target: str) -> Route:
    """Every path but ``target``'s redirected to it (a parking service's tracking hop); the lander at ``target``."""
    def route(h: Handler, s: Site) -> None:
        if h.path == target:
            hosted(LANDERS6[2][1])(h, s)
        else:
            h.redirect(target, 302)
    return route


def cookie_check(target: Route) -> Route:
    """A first visit is sent to the same URL with ``?c=1`` (a cookie check); then the article."""
    def route(h: Handler, s: Site) -> None:
        if "c=1" in h.path:
            target(h, s)
        else:
            h.send(302, b"", {"Location": h.route_path + "?c=1", "Set-Cookie": "c=1; Path=/"})
    return route


def with_banner(lang: str, seed: int, title: str, banner: str) -> Article:
    """A live article with a notice above its text (a retraction, an archive note, closed comments)."""
    text = f"<div class='notice-banner' role='note'><p>{banner}</p></div>" + paragraphs(prose(lang, seed, 520))
    return Article(title, text)


def with_dead_video(lang: str, seed: int, title: str, message: str) -> Route:
    """A TV story whose player shows an expired-video message above the full text."""
    def route(h: Handler, s: Site) -> None:
        page = s.html(Article(title, ""), f"{title} | {s.name}", title, paragraphs(prose(lang, seed, 480)))
        h.send(200, page.replace("</video-js>", f"<div class='vjs-error-display'><p>{message}</p></div></video-js>", 1))
    return route


def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per core language an honest site (a deleted story answering 200 with its own not-found words;
    # on every third language a story redirected to a 200 error page) and a soft site (a 200 template; some probes
    # redirect home or to the search page); the five new languages one site each
    for i, (lang, (nf0, _, nf2)) in enumerate(NOT_FOUND6.items()):
        core = lang in CORE
        if core or i % 2 == 0:
            honest = site(f"{lang.upper()} Evening Post {i}", lang, layout(lang, 0), missing=honest_missing(lang))
            honest.add(path(honest.template, 600 + i, 2022), "not_found_lang", notice(nf0[0], nf0[1], f"<p>{nf0[2]}</p>"),
                       f"{lang} 200, probe 404")
            if i % 3 == 0:
                kind = ("aspx", "html")[i // 3 % 2]
                if kind == "aspx":  # an ASP.NET site: every missing page is redirected to its 200 error page
                    honest.probe, honest.missing = "error", to_error(kind)
                honest.routes["/Error.aspx" if kind == "aspx" else "/404.html"] = missing_page(*nf2, 200)
                honest.add(f"/{lang}/news/{61000 + i}.aspx" if kind == "aspx" else f"/{lang}/{2021}/{i}/page-{i}.html",
                           "not_found_lang", to_error(kind), f"{lang} redirect to {kind} error page")
            add_live(honest, 1, 10 + i)
            sites.append(honest)
        if core or i % 2 == 1:
            probe = ("soft", "soft", "home", "soft", "search")[i % 5]
            missing = {"soft": soft_missing(lang, latest=i % 3 == 1, echo=i % 4 == 2), "home": None,
                       "search": to_search}[probe]
            soft = site(f"{lang.upper()} Morning Star {i}", lang, layout(lang, 1), probe, missing)
            if probe == "search":
                soft.routes["/search"] = search_page
            soft.add(path(soft.template, 650 + i, 2019 + i % 4), "not_found_lang",
                     soft_missing(lang, latest=i % 3 == 1, echo=i % 4 == 2), f"{lang} 200, probe {probe}")
            if i % 2 == 0:
                add_live(soft, 1, 40 + i)
            sites.append(soft)

    # removed / withdrawn / expired / archived: one site per language, honest and soft by turns; two of the English
    # notices are reached by a redirect to the site's "unavailable" page
    groups: dict[str, Site3] = {}
    for i, (lang, title, heading, body) in enumerate(REMOVED6):
        if lang not in groups:
            n = len(groups)
            soft = n % 2 == 1
            groups[lang] = site(f"{lang.upper()} Gazette {n}", lang, layout(lang, n), "soft" if soft else "honest",
                                soft_missing(lang, latest=n % 3 == 0) if soft else honest_missing(lang))
        s = groups[lang]
        route = notice(title, heading, f"<p>{body}</p>")
        cited = path(s.template, 700 + i, 2017 + i % 6)
        if lang == "en" and i in (1, 3):
            s.routes[f"/unavailable/{i}"] = route
            s.add(cited, "removed", redirect(f"/unavailable/{i}", 302), "en redirect to a notice")
        else:
            s.add(cited, "removed", route, lang)
    add_live(groups["en"], 1, 90)
    add_live(groups["nl"], 1, 91)
    sites += groups.values()

    # the trap: live articles whose own headline and lead speak of "not found", "404", "removed", "expired"; by turns
    # on a site whose probe answers 404 and on one whose probe answers a 200 not-found template; a second shape of
    # the story (no byline, no date, or neither) on each, and a short brief on every fourth
    for i, (lang, title, lead) in enumerate(TRAPS6):
        probe = ("honest", "soft")[i % 2]
        missing = honest_missing(lang) if probe == "honest" else soft_missing(lang, latest=i % 4 == 1)
        s = site(f"{lang.upper()} Sentinel {probe} {i}", lang, layout(lang, i), probe, missing)
        second: list[dict[str, object]] = [{"byline": False}, {"date": None}, {"byline": False, "date": None}]
        for n, shape in enumerate(({}, second[i % 3])):
            s.add(path(s.template, 800 + i * 3 + n), "live_trap",
                  article(story(lang, 810 + i * 5 + n, title, lead, 430 + 50 * ((i + n) % 5), **shape)),
                  f"{lang} {probe} {'+'.join(f'{k}={v}' for k, v in shape.items()) or 'full'}")
        if i % 4 == 0:
            s.add(path(s.template, 890 + i), "live_trap", article(Article(title, f"<p>{lead}</p>", byline=False)),
                  f"{lang} {probe} brief")
        sites.append(s)
    for i, (lang, title, text) in enumerate(WIKI_TRAPS6):
        s = site(f"{lang.upper()} Wiki Desk {i}", lang, "wiki6", missing=honest_missing(lang))
        s.add(quote("/wiki/" + title.replace(" ", "_")[:40]), "live_trap", article(Article(
            title, f"<p>{text}</p>" + paragraphs(prose(lang, 840 + i, 420)), byline=False, date=None if i != 1
            else "2024-03-12")), f"{lang} wiki article")
        sites.append(s)
    for i, (lang, title, message) in enumerate(VIDEO_GONE6):
        s = site(f"{lang.upper()} Action News {i}", lang, "tv6", "soft", soft_missing(lang))
        s.add(path("tv6", 860 + i), "live_trap", with_dead_video(lang, 861 + i, title, message),
              f"{lang} expired video, text live")
        sites.append(s)
    for i, (lang, title, banner) in enumerate(BANNERED6):
        s = site(f"{lang.upper()} Record {i}", lang, layout(lang, i + 2), ("honest", "soft")[i % 2],
                 honest_missing(lang) if i % 2 == 0 else soft_missing(lang))
        s.add(path(s.template, 870 + i, 2018), "live_trap", article(with_banner(lang, 871 + i, title, banner)),
              f"{lang} banner")
        sites.append(s)

    # parked, expired, suspended, hosting-default domains: the same page for every path; the ad-feed lander after a
    # tracking redirect of every path
    for i, (lang, html) in enumerate(LANDERS6):
        tld = ("com", "net", "org", "nl", "cz", "kr", "fr", "de", "ru", "ro")[i]
        every = every_path_to("/?tm=1&subid4=1715000211") if i == 2 else hosted(html)
        s = site(f"valley-{i}-news.{tld}", lang, "blogger6", "same", every_url=every)
        s.cases += [Case(p, "parked", f"lander {lang} {n}") for n, p in enumerate(
            (path(("tv6", "amp6", "blogger6", "wiki6")[i % 4], 900 + i, 2018), f"/{2016 + i}/{i + 2:02d}/council-{i}"))]
        sites.append(s)

    # redirects to a search page or to a listing (section, tag, label, year archive, author page); moved articles that
    # land on the article (a redirect, an AMP page to its canonical one, a cookie check, a meta refresh)
    red = [("en", "tv6", "/search?q={w}&utm_source=404", 301, "/news/local/", "/news/local/2019/06/", 302),
           ("nl", "blogger6", "/search?q={w}", 302, "/search/label/Politiek", "/2019/06/", 301),
           ("de", "wiki6", "/w/index.php?search={w}&title=Spezial:Suche&fulltext=1", 302, "/wiki/Kategorie:Verkehr",
            "/wiki/Stadtbahnlinie_", 301),
           ("es", "amp6", "/buscar/?q={w}", 301, "/deportes/", "/deportes/futbol/", 301),
           ("cs", "blogger6", "/hledat?q={w}", 302, "/2019/", "/2019/06/", 301),
           ("ko", "tv6", "", 0, "/news/society/list.html?page=1", "/news/society/", 308),
           ("pt", "amp6", "", 0, "/ultimas-noticias/", "/politica/", 301),
           ("el", "tv6", "/anazitisi?q={w}", 307, "/eidiseis/", "/eidiseis/topika/", 302)]
    for i, (lang, template, search, code, section, cited_prefix, section_code) in enumerate(red):
        s = site(f"{lang.upper()} Relay {i}", lang, template, missing=honest_missing(lang))
        s.routes["/"] = front
        s.routes[section.split("?")[0]] = listing(section.strip("/").split("/")[-1].split(":")[-1].split(".")[0]
                                                  .capitalize())
        words = ("ferry+fares+rise", "ferry%20fares%20rise")[i % 2]
        if search:
            s.routes[search.split("?")[0]] = search_page
            s.add(f"/{lang}/2020/{i + 1:02d}/ferry-fares-rise-{i}", "search_redirect",
                  redirect(search.format(w=words), code))
        s.add(f"{cited_prefix}{5100 + i}-mill-closes", "section_redirect", redirect(section, section_code))
        if i == 6:
            s.routes["/autor/joana-pereira/"] = listing("Joana Pereira")
            s.add("/politica/2018/03/camara-vota-orcamento", "section_redirect", redirect("/autor/joana-pereira/", 302),
                  "to the author's page")
        new = path(template, 950 + i) if template != "amp6" else (
            f"/noticia/2024/{9500 + i}/{'ponte-reaberta' if lang == 'pt' else 'puente-reabierto'}/")
        if i == 5:
            new = "/news/articleView.html?idxno=90211"
        s.routes[new.split("?")[0]] = article(story(lang, 960 + i, prose(lang, 970 + i, 7).rstrip(".")))
        moved: Route
        if template == "amp6":
            old, moved, how = new + "amp/", redirect(new, 301), "AMP to its canonical article"
        elif i == 4:
            s.routes[new] = cookie_check(article(story(lang, 960 + i, prose(lang, 970 + i, 7).rstrip("."))))
            old, moved, how = f"/{lang}/clanek/{9500 + i}", redirect(new, 301), "moved, then a cookie check"
        elif i == 1:
            old, moved, how = f"/{2019}/{i + 1:02d}/veerpont.html", soft_redirect_page(new, "meta"), "meta refresh"
        else:
            old, moved, how = f"/{lang}/archive/{9500 + i}", redirect(new, (301, 308, 301, 302, 301, 301, 301, 308)[i]), \
                "redirect"
        s.add(old, "live_other", moved, f"moved ({how})")
        if template == "tv6" and i == 5:
            s.routes["/search"] = search_page
            s.add("/news/2020/ferry-fares", "search_redirect", hosted(
                "<!DOCTYPE html><html><head><meta charset='utf-8'><meta http-equiv='refresh' content='0; url=/search?"
                "kwd=ferry+fares'><title>{site}</title></head><body></body></html>"), "meta refresh to search")
        sites.append(s)

    # app shells: not found only in the title, a state blob or a script; live shells of the same frameworks
    live_at = {2: 0, 6: 1, 8: 2}
    segment = {"en": "news", "nl": "artikel", "ko": "kisa", "ro": "stiri", "it": "notizie", "hu": "cikk", "cs": "clanek",
               "ar": "akhbar", "el": "arthro"}
    for i, (lang, html, probe) in enumerate(APP_SHELLS6):
        s = site(f"{lang.upper()} Web App {i}", lang, layout(lang, i), probe,
                 missing=hosted(html) if probe == "soft" else honest_missing(lang))
        s.add(f"/{lang}/{segment[lang]}/2023/{45120 + i}-dig-river", "app_shell",
              hosted(html), f"{lang} {probe}")
        if i in live_at:
            s.add(f"/{lang}/{segment[lang]}/2024/{45200 + i}-river-path", "live_other",
                  hosted(LIVE_SHELLS6[live_at[i]]), "live app shell")
        sites.append(s)

    # sent home by a Refresh header, a meta refresh or a script; live pages that refresh themselves or redirect
    # only on a condition
    for i, (lang, extra, html, headers) in enumerate(REFRESH_HOME6):
        s = site(f"{lang.upper()} Dispatch {i}", lang, layout(lang, i), missing=honest_missing(lang))
        s.routes["/index.php"] = s.routes["/index.html"] = front
        route = in_head(html, extra) if extra else hosted(html, 200, headers or None)
        s.add(path(s.template, 1000 + i, 2016), "refresh_home", route, f"{lang} {(extra or str(headers))[:30] or 'page'}")
        if i < len(REFRESH_LIVE6):
            s.add(path(s.template, 1010 + i), "live_other", live_with_head(REFRESH_LIVE6[i], 40 + i),
                  "self refresh or conditional redirect")
        sites.append(s)

    # 410 Gone: the site's page, a server's page, JSON, plain text, nothing, and a redirect to a 410
    gone_sites: dict[str, Site3] = {}
    for i, (lang, html, how) in enumerate(GONE6):
        if lang not in gone_sites:
            gone_sites[lang] = site(f"{lang.upper()} Closed Files", lang, ("tv6", "amp6")[len(gone_sites)],
                                    missing=honest_missing(lang))
        s = gone_sites[lang]
        if how == "redirect":
            s.routes["/eliminada/"] = gone_page(html, True)
            route = redirect("/eliminada/", 301)
        elif how in ("json", "text"):
            route = plain(410, html, "application/problem+json" if how == "json" else "text/plain")
        elif how == "templated":
            route = gone_page(html, True)
        else:
            route = hosted(html, 410)
        s.add(path(s.template, 1100 + i, 2015), "gone", route, how)
    sites += gone_sites.values()

    # walls: bot challenges, a consent gate, an EEA geo-block; every path the same, live
    for i, (status, headers, html, lang) in enumerate(WALLS6):
        name = ("ridgeline-courier.com", "thebaytribune.com", "northshore-daily.com", "dagblad-oost.nl",
                "kxtv-valley.com", "denik-kraje.cz")[i]
        s = site(name, lang, ("tv6", "amp6", "blogger6", "tv6", "tv6", "wiki6")[i], "same",
                 every_url=hosted(html, status, headers))
        kind = {200: "consent wall", 451: "geo-block 451"}.get(status, f"bot wall {status}")
        s.cases += [Case(path(s.template, 1200 + i * 2 + n), "live_other", kind) for n in range(2)]
        sites.append(s)

    # paywall teasers, short wire briefs, PDFs: live, on a soft site
    misc = site("Sunday Edition", "en", "amp6", "soft", missing=soft_missing("en", latest=True))
    for i, (lang, title, wall) in enumerate(TEASERS6):
        misc.add(f"/premium/{lang}/{7600 + i}/amp/", "live_other", article(Article(
            title, paragraphs(prose(lang, 1300 + i, 60)) + f"<div class='amp-paywall' subscriptions-section='content-"
            f"not-granted'><p>{wall}</p></div>")), "paywall")
    for i, (text, title) in enumerate(BRIEFS6):
        misc.add(f"/wire/2024/05/06/{i + 1}/amp/", "live_other", article(Article(title, f"<p>{text}</p>", byline=False)),
                 "wire brief")
    for i in range(3):
        pdf = write_pdf(title=f"County transport plan {2022 + i}", author="County Board", running_head="Transport plan",
                        paragraphs=[prose("en", 1310 + k, 110) for k in range(3 + i)], seed=60 + i, two_columns=i == 2)
        misc.add(f"/uploads/transport-plan-{2022 + i}.pdf", "live_other", pdf_file(pdf), "pdf")
    sites.append(misc)

    # content replaced: the cited URL serves another article; the same site's article cited by its own title is live
    for i, (lang, cited, day, now, lead, kept) in enumerate(REPLACED6):
        s = site(f"{lang.upper()} Reissue {i}", lang, layout(lang, i), missing=honest_missing(lang))
        s.add(path(s.template, 1400 + i, int(day[:4])), REPLACED,
              article(story(LIFE6[lang], 1410 + i, now, lead, 470, date="2024-07-02")), lang,
              cited_title=cited, cited_date=day)
        s.add(path(s.template, 1420 + i, int(day[:4])), "live_other",
              article(story(lang, 1430 + i, kept, f"{kept}.", date=day)), "cited title matches",
              cited_title=kept, cited_date=day)
        sites.append(s)

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    assert all(len({c.path for c in s.cases}) == len(s.cases) for s in sites)
    return sites
