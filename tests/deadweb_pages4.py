"""Held-out 4 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

**Written blind by a different author and not scored before its merge.** The
author read none of the check's code, phrase lists, their description or the
tuning cases; only the issue's categories, the data format of deadweb_pages /
deadweb_pages3 (whose helpers it reuses) and the test servers. No page here was
changed after any verdict: the set was only smoke-checked with plain HTTP
(status, redirect targets, probe answers), never run through the check.
Its first run at its merge is kept in docs/check.md as the honest estimate;
the rules were then generalised on its misses (no page here was changed), so it
is now tuned on (deadweb_pages.TUNED).

Its sites use four layouts not in the other parts (tests/deadweb_templates4.py:
Ghost, a 1C-Bitrix Russian regional portal, an Arc/Fusion national paper, a
Turkish or Arabic news portal; 40-150 KB a page), its own wordings
(tests/deadweb_data4.py) and these ways of answering a made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language;
* ``soft``: a 200 with the site's not-found template (some with the latest news);
* ``home``: a redirect to the front page;
* ``same``: the same page for every path (parked domains, walls).

The live-article trap is written in fourteen languages plus three English
stories, each on a site whose probe answers 404 and on one whose probe answers a
200 not-found template, with and without byline or date.
"""

from __future__ import annotations

from deadweb_data4 import (
    APP_SHELLS4,
    GONE4,
    LANDERS4,
    LIVE_SHELLS4,
    NOT_FOUND4,
    REFRESH_HOME4,
    REFRESH_LIVE4,
    REMOVED4,
    REPLACED4,
    TRAPS4,
    WALLS4,
)
from deadweb_pages import BROKEN, REPLACED, TEMPLATES, Article, Case, Route, Site, article, notice, prose, raw, redirect
from deadweb_pages3 import LIFE, Site3, front, hosted, in_head, listing, missing_page, search_page, story
from deadweb_templates4 import TEMPLATES4
from pdfwriter import write_pdf

PART = "held_out_4"
TEMPLATES.update(TEMPLATES4)
T = list(TEMPLATES4)
LATIN = ("de", "fr", "es", "it", "pt", "pl", "hu", "tr", "en")


def layout(lang: str, i: int) -> str:
    """A layout that fits the language: Bitrix for Cyrillic, the Turkish/Arabic portal for tr/ar, else rotating."""
    if lang in ("ru", "uk"):
        return "bitrix4" if i % 2 == 0 else "arc4"
    if lang in ("tr", "ar"):
        return "haber4" if i % 3 != 2 else "ghost4"
    return ("ghost4", "arc4", "haber4", "ghost4", "arc4")[i % 5] if lang in LATIN else ("arc4", "ghost4")[i % 2]


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def honest_missing(lang: str) -> Route:
    return missing_page(*NOT_FOUND4[lang][0], 404)


def soft_missing(lang: str, latest: bool = False) -> Route:
    return missing_page(*NOT_FOUND4[lang][1], 200, latest=latest)


def add_live(s: Site3, n: int, seed: int) -> None:
    for k in range(n):
        title = prose(s.lang, seed * 11 + k, 8).rstrip(".")
        s.add(f"/{s.lang}/{2023 + k}/{seed:03d}{k}/{'-'.join(prose('en', seed + k, 4).lower().split())}",
              "live_other", article(story(s.lang, seed * 19 + k, title, words=500 + 30 * k)), "article")


def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per language a site whose probe is honest (a removed slug answers 200 with its 404 wording)
    # and a site whose probe answers the same 200 template the case does (or redirects home)
    for i, (lang, ((t0, h0, b0), (t1, h1, b1))) in enumerate(NOT_FOUND4.items()):
        honest = site(f"{lang.upper()} Kurier {i}", lang, layout(lang, i), missing=honest_missing(lang))
        honest.add(f"/{lang}/2022/11/{7100 + i}-tram-depot-sale", "not_found_lang",
                   notice(t0 if i % 2 else t1, h0, f"<p>{b0}</p>"), f"{lang} 200, probe 404")
        if i % 2 == 0:
            add_live(honest, 1, 40 + i)
        probe = "home" if i % 4 == 3 else "soft"
        soft = site(f"{lang.upper()} Journal {i}", lang, layout(lang, i + 1), probe,
                    missing=None if probe == "home" else soft_missing(lang, latest=i % 3 == 0))
        page = missing_page(t1, h1, b1, 200, latest=i % 3 == 0, echo=i % 4 == 1)
        soft.add(f"/{lang}/2021/{i + 1:02d}/{i}-ferry-timetable-change", "not_found_lang", page, f"{lang} 200, {probe}")
        if i % 2 == 1:
            add_live(soft, 1, 60 + i)
        sites += [honest, soft]

    # removed / expired / no longer available, on honest and soft sites by turns
    groups: dict[str, Site3] = {}
    for i, (lang, title, heading, body) in enumerate(REMOVED4):
        if lang not in groups:
            n = len(groups)
            groups[lang] = site(f"{lang.upper()} Notices {n}", lang, layout(lang, n + 2), "soft" if n % 2 else "honest",
                                soft_missing(lang) if n % 2 else honest_missing(lang))
        groups[lang].add(f"/{lang}/archive/{2019 + i % 4}/{i}-{lang}-item", "removed",
                         notice(title, heading, f"<p>{body}</p>" if body else ""), lang)
    add_live(groups["en"], 2, 90)
    sites += groups.values()

    # the trap: live articles whose headline and body speak of "not found", "404", "removed", "deleted"
    for i, (lang, title, lead) in enumerate(TRAPS4):
        for probe in ("honest", "soft"):
            missing = honest_missing(lang) if probe == "honest" else soft_missing(lang)
            s = site(f"{lang.upper()} Review {probe} {i}", lang, layout(lang, i + (probe == "soft")), probe, missing)
            shape: dict[str, object] = {} if (i + (probe == "soft")) % 3 else (
                {"byline": False} if probe == "honest" else {"date": None})
            s.add(f"/{lang}/2024/{i + 1:02d}/{'404' if i % 2 else 'gone'}-{i}-{probe}", "live_trap",
                  article(story(lang, 400 + i * 3 + (probe == "soft"), title, lead, 480 + 35 * (i % 5), **shape)),
                  f"{lang} {probe} {'+'.join(shape) or 'full'}")
            sites.append(s)

    # parked / expired / suspended domains: the same page for every path
    for i, (lang, html) in enumerate(LANDERS4):
        s = site(f"old-{i}-gazette.{('com', 'net', 'org', 'fr', 'ru', 'com.tr', 'de')[i]}", lang, "ghost4", "same",
                 every_url=hosted(html))
        s.cases += [Case(path, "parked", f"lander {i}.{n}") for n, path in enumerate(
            (f"/{2018 + i}/04/{i}-city-budget-approved.html", f"/story.php?id={9100 + i}"))]
        sites.append(s)

    # redirects to a search page or a section front (any status); moved articles that land on the article
    red = [("en", "ghost4", "/search/?q={words}", "/tag/politics/"),
           ("ru", "bitrix4", "/search/index.php?q={words}", "/news/society/"),
           ("tr", "haber4", "/arama?k={words}", "/gundem"),
           ("es", "arc4", "/buscador/?query={words}", "/espana/"),
           ("pt", "ghost4", "/busca?q={words}", "/politica/")]
    for i, (lang, template, search, section) in enumerate(red):
        s = site(f"{lang.upper()} Moved Desk {i}", lang, template, missing=honest_missing(lang))
        s.routes["/"] = front
        for path in ("/search/", "/search/index.php", "/arama", "/buscador/", "/busca"):
            s.routes[path] = search_page
        s.routes[section] = listing(section.strip("/").split("/")[-1].capitalize())
        words = "tram+depot+sale" if i % 2 else "tram%20depot%20sale"
        s.add(f"/{lang}/2020/03/tram-depot-sale-{i}", "search_redirect",
              redirect(search.format(words=words), (301, 308, 302, 301, 307)[i]))
        s.add(f"{section.rstrip('/')}/2019/{i + 1:02d}/{600 + i}-council-reshuffle", "section_redirect",
              redirect(section, (308, 301, 301, 302, 301)[i]))
        new = f"/{lang}/2024/{i}/ferry-terminal-reopens-{8800 + i}"
        s.routes[new] = article(story(lang, 520 + i, prose(lang, 530 + i, 7).rstrip(".")))
        if i < 3:
            s.add(f"/{lang}/old/{8800 + i}.html", "live_other", redirect(new, (301, 301, 308)[i]), "moved")
        sites.append(s)

    # app shells: not found only in the title, a state blob or a script; live shells of the same frameworks
    for i, (lang, html, probe) in enumerate(APP_SHELLS4):
        s = site(f"{lang.upper()} Web App {i}", lang, layout(lang, i), probe,
                 missing=hosted(html) if probe == "soft" else honest_missing(lang))
        s.add(f"/{lang}/{('article', 'story', 'p')[i % 3]}/{3300 + i}-night-bus-network", "app_shell", hosted(html),
              f"{lang} {probe}")
        if i in (0, 2):
            s.add(f"/{lang}/article/{3400 + i}-night-buses-start", "live_other", hosted(LIVE_SHELLS4[i // 2]),
                  "live app shell")
        sites.append(s)

    # meta refreshes and script redirects home; live pages that refresh themselves or bust frames
    for i, (lang, extra, html) in enumerate(REFRESH_HOME4):
        s = site(f"{lang.upper()} Relay {i}", lang, layout(lang, i), missing=honest_missing(lang))
        s.routes["/index.php"] = s.routes["/index.html"] = front
        route = in_head(html, extra) if extra else hosted(html)
        s.add(f"/{lang}/2018/{i}/old-story-{i}", "refresh_home", route, f"{lang} {extra[:30] or 'script/page'}")
        if i < len(REFRESH_LIVE4):
            tag = REFRESH_LIVE4[i]
            s.add(f"/{lang}/2024/live/{i}", "live_other", lambda h, s, tag=tag, i=i: h.send(200, s.html(
                Article("x", ""), f"{prose(s.lang, 150 + i, 8)} | {s.name}", prose(s.lang, 150 + i, 8),
                prose(s.lang, 151 + i, 640)).replace("</title>", "</title>" + tag.replace(
                    "{self}", f"http://{h.headers['Host']}{h.path}"), 1)), "self refresh or frame buster")
        sites.append(s)

    # 410 Gone
    gone = site("Gone Gazette", "es", "arc4", missing=honest_missing("es"))
    for i, (html, templated) in enumerate(GONE4):
        route = (lambda h, s, html=html: h.send(410, s.html(None, *html.split("\n", 2)))) if templated else raw(
            html, 410)
        gone.add(f"/es/2017/{i}/retirado-{i}", "gone", route)
    sites.append(gone)

    # walls, bot challenges, paywall teasers, short wire briefs, PDFs: live
    for i, (status, headers, html) in enumerate(WALLS4):
        name = ("metro-tribune.com", "pressenews.fr", "rheinbote.de", "valleyrecord.net")[i]
        s = site(name, "en", T[i % 4], "same", every_url=hosted(html, status, headers))
        s.cases += [Case(f"/2024/05/{i}-wall-story-{n}", "live_other", f"wall {status}") for n in range(2)]
        sites.append(s)
    misc = site("Morning Dispatch", "en", "ghost4", "soft", missing=soft_missing("en"))
    teasers = [("en", "The hidden cost of the bypass", "This post is for paying subscribers only. Subscribe now to "
                "read the full story and get access to the archive."),
               ("fr", "Les coulisses du rachat du port", "Cet article est réservé aux abonnés. Déjà abonné ? Se "
                "connecter."),
               ("pt", "Os bastidores da privatização", "Conteúdo exclusivo para assinantes. Assine para continuar "
                "lendo.")]
    for i, (lang, title, wall) in enumerate(teasers):
        misc.add(f"/p/{lang}-teaser-{i}", "live_other", article(Article(
            title, f"<p>{prose(lang, 160 + i, 60)}</p><div class='gh-post-upgrade-cta'><p>{wall}</p></div>")),
            "paywall")
    briefs = [("WASHINGTON (AP) — The Senate passed the stopgap funding bill late Thursday, averting a shutdown. "
               "The measure now goes to the president.", "Senate passes stopgap bill"),
              ("MADRID, 7 may (EFE).- El Gobierno aprobó este martes el decreto de ayudas a los agricultores "
               "afectados por la sequía.", "Aprobado el decreto de ayudas por la sequía"),
              ("WARSZAWA (PAP) - Sejm uchwalił w piątek nowelizację ustawy o transporcie publicznym.",
               "Sejm uchwalił nowelizację ustawy")]
    for i, (text, title) in enumerate(briefs):
        misc.add(f"/wire/{i}-brief", "live_other", article(Article(title, f"<p>{text}</p>", byline=False)),
                 "wire brief")
    for i in range(2):
        pdf = write_pdf(title=f"Budget statement {2023 + i}", author="City Treasurer", running_head="Budget",
                        paragraphs=[prose("en", 170 + k, 110) for k in range(5)], seed=10 + i)
        misc.add(f"/content/files/budget-{2023 + i}.pdf", "live_other",
                 lambda h, s, pdf=pdf: h.send(200, pdf, ctype="application/pdf"), "pdf")
    sites.append(misc)

    # content replaced: the cited URL serves another article; the same site's kept article is live
    for i, (lang, cited, day, now, lead, kept) in enumerate(REPLACED4):
        s = site(f"{lang.upper()} Reused {i}", lang, layout(lang, i), missing=honest_missing(lang))
        recycled = story(LIFE[lang], 820 + i, now, lead, 470, date="2024-09-02")
        s.add(f"/{lang}/{day[:4]}/{day[5:7]}/{day[8:]}/{61000 + i}", REPLACED, article(recycled), lang,
              cited_title=cited, cited_date=day)
        s.add(f"/{lang}/{day[:4]}/{day[5:7]}/{day[8:]}/{61100 + i}", "live_other",
              article(story(lang, 840 + i, kept, f"{kept}.", date=day)), "cited title matches",
              cited_title=kept, cited_date=day)
        sites.append(s)

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    return sites
