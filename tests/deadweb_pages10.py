"""Held-out 10 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

**Written blind by a different author and not scored before its merge.** The
author read none of the check's code (pipeline/check/, pipeline/net/), its phrase
lists, their description (docs/check.md), its tests (tests/check/), the tuning
cases (tests/deadweb_tuning*.py) or the bench (bench/soft404.py); only the
categories, the data format and helpers of deadweb_pages, held-out 3 to 9 (to
write layouts, wordings and shapes they do not have), the test servers and
tests/test_deadweb_parts.py. No page here was changed after any verdict: the set
was only smoke-checked with plain HTTP (status codes, redirect targets, what a
made-up URL answers, page weights), never run through the check. Its first run
at its merge is the honest estimate of how the check does on pages it has not
seen.

Its sites use five layouts not in the other parts (tests/deadweb_templates10.py:
a sports results site, a weather and emergency agency, a stock exchange's company
announcements, a podcast host's episode pages, a university's repository; 40-300
KB a page), its own wordings (tests/deadweb_data10.py, in the fourteen languages
of the set and five new ones: ca, sr, ka, ta, lv) and these ways of answering a
made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language (or
  Tomcat's status report, Vercel's NOT_FOUND, Firebase Hosting's page, Django's
  bare page, Caddy's empty body);
* ``soft``: a 200 with the site's not-found template (some list the latest
  items, some echo the path);
* ``home``: a redirect to the front page;
* ``search``: a redirect to the site's search page for the path's words;
* ``same``: the same answer for every path (landers, a lapsed domain, a
  suspended hosting account, a control panel's default page, walls).

Each case's label is what a careful reader would say of the page. Dead: a
not-found page (answering 200 or 404; the servers' and hosts' own pages above; a
bilingual Catalan/Spanish page answering 200; a dead repository handle sent to
an error page that answers 200), a removal notice (match highlights whose licence
ended, a lapsed weather warning taken off the site, an announcement withdrawn by
its issuer, a podcast episode deleted by its creator or taken offline over a
complaint, a thesis withdrawn from a repository, a live stream with no replay),
a lander, a lapsed domain's or a suspended hosting account's page, a control
panel's default page, a redirect to a search page (a repository's
``/discover?query=``, an exchange's announcement search, a path-segment search,
searches in ca, lv, ka) or to a listing (results, episodes, a collection, the
warnings, market news, a browse-by-date list; a prefix of the path, a team's
page, a chain of two redirects), a listing served in place of the page (200), an
app shell whose state, title or script says "not found" (Marko, Knockout with a
hidden message, AngularJS, Bubble's 404 page, Framer's handover data, GWT, a Lit
element's declarative shadow root, Sitecore JSS, Ext JS, Leptos), a refresh,
header or script sending the reader home (the origin, ``onpageshow``, a timer,
``window.open``, jQuery's ready, the pathname, a ``noscript`` refresh), a 410
(Tomcat's page, a JSON:API error, plain text, the site's, at the end of two
redirects, with a refresh home). Live: pages whose own headline and lead speak of
"not found", "404", "removed", "deleted", "suspended", "cancelled", "withdrawn",
"expired" (a podcast's episode 404 in English and Japanese, a goal removed by the
video referee, a warning lifted, trading suspended, dead links in theses), with
and without byline or date, and briefs; exchange announcements of a suspension,
a delisting, a withdrawn forecast or application; an episode 410, a road V404, a
bus line 410; pages under a banner (a warning cancelled early, a superseded
item, a segment removed, a replaced announcement, a match video no longer
available); moved pages (a match's id-only address, an old PHP warning, an
ASP.NET announcement, an episode short link, a JSPUI handle); walls (F5's
rejection page answering 200, Kasada's empty 429, Vercel's checkpoint, StormWall,
a Cookiebot consent wall); members-only teasers, briefs, PDFs, an embargoed
thesis, a long transcript, live app shells, pages refreshing themselves or
redirecting only on a condition; pages cited by a translation, an earlier
headline or a headline with the site's name. A URL that now serves another page
is content_replaced (the citation's title and date name the original): a
lifestyle piece, another company's announcement under a reused id, a rebooted
podcast's episode under a reused number.

Sizes: 286 cases on 146 sites (45 not-found, 25 removed, 12 parked, 8 search
and 13 section redirects, 10 app shells, 9 refreshes home, 7 gone; 70 live
traps, 73 other live pages; 14 content replaced), in nineteen languages (the
fourteen of the set and ca, sr, ka, ta, lv).
"""

from __future__ import annotations

from deadweb_data10 import (
    APP_SHELLS10,
    BANNERED10,
    BILINGUAL_404,
    BRIEFS10,
    DJANGO_404,
    ERROR_PAGE_SR,
    FILING_TRAPS10,
    FIREBASE_404,
    GONE10,
    LANDERS10,
    LIVE_SHELLS10,
    NOT_FOUND10,
    NUMBER_TRAPS10,
    REFRESH_HOME10,
    REFRESH_LIVE10,
    REMOVED10,
    REPLACED10,
    REPLACED_NEWS10,
    RETOLD10,
    TEASERS10,
    TOMCAT_404,
    TRAPS10,
    VERCEL_404,
    WALLS10,
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
from deadweb_pages5 import gone_page, live_with_head, pdf_file
from deadweb_pages6 import to_search, with_banner
from deadweb_pages7 import plain
from deadweb_pages8 import gone_with_refresh
from deadweb_pages9 import LIFE9
from deadweb_templates3 import paragraphs, slug
from deadweb_templates10 import TEMPLATES10
from pdfwriter import write_pdf

PART = "held_out_10"
TEMPLATES.update(TEMPLATES10)
T10 = list(TEMPLATES10)
KIND = {"score10": "Matchday", "alert10": "Weather Service", "filing10": "Exchange News", "pod10": "Podcasts",
        "repo10": "Repository"}
VOCAB.setdefault("ca-life", "recepta cuina jardí vacances platja viatge moda estiu cafè música pel·lícula sèrie "
                            "casament ioga gelat")
VOCAB.setdefault("sr-life", "рецепт кухиња башта одмор плажа путовање мода лето кафа музика филм серија венчање јога "
                            "сладолед")
VOCAB.setdefault("lv-life", "recepte virtuve dārzs atvaļinājums pludmale ceļojums mode vasara kafija mūzika filma "
                            "seriāls kāzas joga saldējums")
VOCAB.setdefault("ka-life", "რეცეპტი სამზარეულო ბაღი შვებულება სანაპირო მოგზაურობა მოდა ზაფხული ყავა მუსიკა ფილმი "
                            "სერიალი ქორწილი იოგა ნაყინი")
VOCAB.setdefault("ta-life", "சமையல் சமையலறை தோட்டம் விடுமுறை கடற்கரை பயணம் ஃபேஷன் கோடை காபி இசை திரைப்படம் தொடர் "
                            "திருமணம் யோகா ஐஸ்கிரீம்")
LIFE10 = {**LIFE9, **{lang: f"{lang}-life" for lang in ("ca", "sr", "lv", "ka", "ta")}}
LANGS = tuple(NOT_FOUND10)
# each language's own kind of site (the layout its removal notice belongs to); its other site is of another kind
LAYOUT = {"en": "score10", **{lang: layout for lang, layout, *_ in REMOVED10 if lang != "en"}}


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def path(template: str, seed: int, year: int = 2024) -> str:
    """A page's address as each kind of site shapes it."""
    words = "-".join(slug(seed * 19 + 5).split("-")[:4])
    if template == "score10":
        return f"/football/{year}/match/{880000 + seed * 13}/{words}"
    if template == "alert10":
        return f"/warnings/{year}/{seed % 12 + 1:02d}/{words}-{3000 + seed}"
    if template == "filing10":
        return f"/market-news/{words[:4].upper()}/{16000000 + seed * 101}"
    if template == "pod10":
        return f"/episodes/{seed % 400 + 1}-{words}"
    return f"/handle/2440/{14000 + seed * 7}"


def moved_from(template: str, new: str) -> tuple[str, str]:
    """The address a page had before its site moved it (and how it changed)."""
    last = new.rstrip("/").rsplit("/", 1)[-1]
    if template == "score10":
        return "/match/" + new.split("/match/")[1].split("/")[0], "match id only"
    if template == "alert10":
        return f"/warning.php?id={last.rsplit('-', 1)[1]}", "old PHP warning"
    if template == "filing10":
        return f"/news/announcement.aspx?id={last}", "ASP.NET announcement"
    if template == "pod10":
        return f"/e/{last.split('-', 1)[0]}", "episode short link"
    return "/jspui" + new, "JSPUI handle"


def honest_missing(lang: str) -> Route:
    return missing_page(*NOT_FOUND10[lang][0], 404)


def soft_missing(lang: str, latest: bool = False, echo: bool = False) -> Route:
    return missing_page(*NOT_FOUND10[lang][1], 200, latest=latest, echo=echo)


def add_live(s: Site3, n: int, seed: int, note: str = "article") -> None:
    """``n`` ordinary live pages of the site's language, at its kind of address."""
    for k in range(n):
        title = prose(s.lang, seed * 43 + k, 8).rstrip(".")
        s.add(path(s.template, seed * 13 + k, 2023 - k), "live_other",
              article(story(s.lang, seed * 61 + k, title, words=430 + 75 * k)), note)


def of_layout(by_lang: dict[str, tuple[Site3, Site3]], lang: str, layout: str) -> Site3:
    """The language's site of that layout (else its honest one)."""
    return next((s for s in by_lang[lang] if s.template == layout), by_lang[lang][0])


def transcript(lang: str, seed: int, title: str) -> Article:
    """A podcast's long transcript: many paragraphs under speakers' turns."""
    turns = [f"<h2>{('Host', 'Guest')[n % 2]}</h2>" + paragraphs(prose(lang, seed + n, 500)) for n in range(5)]
    return Article(title, f"<p>{prose(lang, seed, 30)}</p>" + "".join(turns))


def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per language an honest site (a deleted page answering 200 with the site's own not-found words;
    # every fourth answering a real 404) and a soft site (its 200 template; some probes redirect home or to search)
    by_lang: dict[str, tuple[Site3, Site3]] = {}
    for i, lang in enumerate(LANGS):
        (t0, h0, b0), _ = NOT_FOUND10[lang]
        own, other = LAYOUT[lang], T10[(T10.index(LAYOUT[lang]) + 2 + i % 2) % 5]
        template = (own, other)[i % 2]
        honest = site(f"{lang.upper()} {KIND[template]} {i}", lang, template, missing=honest_missing(lang))
        status = 404 if i % 4 == 1 else 200
        honest.add(path(template, 300 + i, 2018), "not_found_lang", notice(t0, h0, f"<p>{b0}</p>", status),
                   f"{lang} {status}, probe 404")
        if i % 4 == 0:
            add_live(honest, 1, 30 + i)
        sites.append(honest)
        probe = ("soft", "home", "soft", "search", "soft")[i % 5]
        latest, echo = i % 3 == 1, i % 4 == 2
        missing = {"soft": soft_missing(lang, latest, echo), "home": None, "search": to_search}[probe]
        template = (other, own)[i % 2]
        soft = site(f"{lang.upper()} {KIND[template]} Hub {i}", lang, template, probe, missing)
        if probe == "search":
            soft.routes["/search"] = search_page
        soft.add(path(template, 350 + i, 2016 + i % 7), "not_found_lang", soft_missing(lang, latest, echo),
                 f"{lang} 200, probe {probe}")
        if i % 4 == 3:
            add_live(soft, 1, 70 + i)
        sites.append(soft)
        by_lang[lang] = (honest, soft)

    # servers' and hosts' own answers for an unknown path: Tomcat, Vercel, Firebase Hosting, Django, Caddy (empty)
    machine = [("dspace.library.example", "repo10", hosted(TOMCAT_404, 404), "tomcat 404"),
               ("harbour-pod.vercel.example", "pod10", hosted(VERCEL_404, 404), "vercel 404"),
               ("matchday-live.web.example", "score10", hosted(FIREBASE_404, 404), "firebase 404"),
               ("meteo-agency.example", "alert10", hosted(DJANGO_404, 404), "django 404"),
               ("ir.exchange-files.example", "filing10", plain(404, "", "text/plain; charset=utf-8",
                                                               {"Server": "Caddy"}), "caddy empty 404")]
    for n, (name, template, route, note) in enumerate(machine):
        s = site(name, "en", template, missing=route)
        s.add(path(template, 400 + n, 2019), "not_found_lang", route, note)
        add_live(s, 1, 95 + n)
        sites.append(s)
    # a Catalan government agency's bilingual not-found page, answering 200; its climate summaries as PDFs
    agency = site("Servei de Meteorologia de la Costa", "ca", "alert10", missing=missing_page(*BILINGUAL_404, 404))
    agency.add("/ca/avisos/2019/avis-vent-fort-costa-1204", "not_found_lang", notice(*BILINGUAL_404),
               "bilingual ca/es 200")
    for k in range(2):
        pdf = write_pdf(title=f"Resum climàtic de l'any {2022 + k}", author="Servei de Meteorologia de la Costa",
                        running_head="Resum climàtic", paragraphs=[prose("ca", 1700 + 11 * k + j, 130)
                                                                   for j in range(4 + k)], seed=110 + k)
        agency.add(f"/ca/documents/resum-climatic-{2022 + k}.pdf", "live_other", pdf_file(pdf), "pdf")
    sites.append(agency)
    # a dead repository handle sent on to the repository's error page, which answers 200
    sr_repo = of_layout(by_lang, "sr", "repo10")
    sr_repo.routes["/greska"] = notice(*ERROR_PAGE_SR)
    sr_repo.add("/handle/2440/77121", "not_found_lang", redirect("/greska?handle=2440/77121", 302),
                "sr redirect to an error page")

    # removal notices: English ones on a site of the layout they belong to, the others on their language's sites of
    # the not-found pages (by turns its honest and its soft one); two reached by a redirect to the site's notice page
    english = {t: site(f"EN {KIND[t]} Desk", "en", t, ("honest", "soft")[n % 2],
                       (honest_missing, soft_missing)[n % 2]("en")) for n, t in enumerate(T10)}
    for i, (lang, layout, title, heading, body) in enumerate(REMOVED10):
        s = english[layout] if lang == "en" else of_layout(by_lang, lang, layout)
        route = notice(title, heading, f"<p>{body}</p>" if body else "")
        cited = path(s.template, 500 + i, 2015 + i % 8)
        if lang == "en" and layout == "repo10" or lang == "sr":
            target = "/withdrawn" if lang == "en" else "/povuceno/"
            s.routes[target] = route
            s.add(cited, "removed", redirect(target + ("?item=" + cited.rsplit("/", 1)[1] if lang == "en" else ""),
                                             303 if lang == "en" else 302), f"{lang} redirect to a notice")
        else:
            s.add(cited, "removed", route, lang)
    for text, title in BRIEFS10:
        english["alert10"].add(path("alert10", 530 + len(english["alert10"].cases)), "live_other",
                               article(Article(title, f"<p>{text}</p>", byline=False)), "brief")
    add_live(english["filing10"], 1, 104)
    report = write_pdf(title="Harbour Holdings plc Annual Report 2023", author="Harbour Holdings plc",
                       running_head="Annual Report 2023", paragraphs=[prose("en", 1800 + j, 140) for j in range(6)],
                       seed=120, two_columns=True)
    english["filing10"].add("/files/annual-report-2023-harbour-holdings.pdf", "live_other", pdf_file(report), "pdf")
    thesis = write_pdf(title="Tidal mixing in small harbours", author="A. Student", running_head="PhD thesis",
                       paragraphs=[prose("en", 1820 + j, 160) for j in range(8)], seed=121)
    english["repo10"].add("/bitstream/handle/2440/14211/thesis.pdf", "live_other", pdf_file(thesis), "pdf")
    english["repo10"].add(path("repo10", 541), "live_other", article(Article(
        "Wave loading on historic harbour walls", "<div class='embargo'><p>Full text embargoed until 2026-01-01. Only "
        "the abstract is available.</p></div>" + paragraphs(prose("en", 1840, 260)), date="2023-11-30")),
        "embargoed item")
    english["pod10"].add(path("pod10", 542), "live_other",
                         article(transcript("en", 1850, "Ep. 101: A century of the harbour ferry")), "long read")
    sites += english.values()

    # the trap: live pages whose own headline and lead speak of "not found", "404", "removed", "deleted", "suspended",
    # "expired"; by turns on a site whose probe answers its 200 not-found template and on one whose probe answers 404;
    # a second shape of the page (no date, no byline, or neither); a short brief on every fifth
    for i, (lang, layout, title, lead) in enumerate(TRAPS10):
        probe = ("soft", "honest")[i % 2]
        missing = honest_missing(lang) if probe == "honest" else soft_missing(lang, latest=i % 4 == 0)
        s = site(f"{lang.upper()} {KIND[layout]} Report {probe} {i}", lang, layout, probe, missing)
        second: list[dict[str, object]] = [{"byline": False}, {"date": None}, {"byline": False, "date": None}]
        for n, shape in enumerate(({}, second[i % 3])):
            s.add(path(layout, 600 + i * 3 + n), "live_trap",
                  article(story(lang, 620 + i * 5 + n, title, lead, 430 + 55 * ((i + n) % 5), **shape)),
                  f"{lang} {probe} {'+'.join(f'{k}={v}' for k, v in shape.items()) or 'full'}")
        if i % 5 == 2:
            s.add(path(layout, 690 + i), "live_trap", article(Article(title, f"<p>{lead}</p>", byline=False)),
                  f"{lang} {probe} brief")
        sites.append(s)
    exchanges: dict[str, Site3] = {}
    for i, (lang, title, lead) in enumerate(FILING_TRAPS10):
        if lang not in exchanges:
            probe = ("honest", "soft")[len(exchanges) % 2]
            exchanges[lang] = site(f"{lang.upper()} Regulatory News {len(exchanges)}", lang, "filing10", probe,
                                   honest_missing(lang) if probe == "honest" else soft_missing(lang))
        s = exchanges[lang]
        s.add(path("filing10", 650 + i), "live_trap", article(story(lang, 651 + i, title, lead, 380, byline=False)),
              f"{lang} exchange announcement")
    sites += exchanges.values()
    for i, (lang, layout, title, lead) in enumerate(NUMBER_TRAPS10):
        s = english[layout] if lang == "en" else of_layout(by_lang, lang, layout)
        s.add(path(s.template, 700 + i), "live_trap", article(story(lang, 701 + i, title, lead, 470)),
              f"{lang} number in headline")
    for i, (lang, layout, title, banner) in enumerate(BANNERED10):
        s = site(f"{lang.upper()} {KIND[layout]} Notes {i}", lang, layout, ("soft", "honest")[i % 2],
                 soft_missing(lang) if i % 2 == 0 else honest_missing(lang))
        s.add(path(layout, 710 + i, 2022), "live_trap", article(with_banner(lang, 711 + i, title, banner)),
              f"{lang} banner")
        sites.append(s)

    # parked, lapsed and suspended domains, a control panel's default page: the same page for every path
    for i, (lang, html) in enumerate(LANDERS10):
        tld = ("com", "cat", "rs", "ge", "lv", "net")[i]
        template = T10[i % 5]
        s = site(f"quayside-{i}-results.{tld}", lang, template, "same", every_url=hosted(html))
        s.cases += [Case(p, "parked", f"lander {lang} {n}") for n, p in enumerate(
            (path(template, 720 + i, 2017), f"/{2014 + i}/{i + 2:02d}/{61000 + i}/"))]
        sites.append(s)

    # redirects to a search page or to a listing; moved pages that land on the page
    red = [("en", "score10", "/search?term={w}&type=all", 302, "/football/results/", 301),
           ("ca", "pod10", "/cerca?text={w}", 302, "/episodes/", 301),
           ("sr", "repo10", "/discover?query={w}", 302, "/handle/2440/5", 301),
           ("lv", "alert10", "/meklet?q={w}", 303, "/bridinajumi/", 301),
           ("ka", "filing10", "/search/?q={w}&lang=ka", 302, "/market-news/", 308),
           ("ta", "score10", "/search/{w}", 301, "/cricket/", 302),
           ("de", "repo10", "/suche?query={w}&scope=%2F", 302, "/browse?type=dateissued", 301),
           ("en", "filing10", "/announcements/search?keyword={w}&from=2019", 302, "/announcements/latest", 301)]
    red_sites: list[Site3] = []
    for i, (lang, template, search, code, section, section_code) in enumerate(red):
        s = site(f"{lang.upper()} {KIND[template]} Signpost {i}", lang, template, missing=honest_missing(lang))
        s.routes["/"] = front
        s.routes[section.split("?")[0]] = listing(section.strip("/").split("/")[-1].split("?")[0].capitalize())
        words = ("ferry-fare-rise", "ferry+fare+rise", "ferry%20fare%20rise")[i % 3]
        target = search.format(w=words)
        s.routes[target.split("?")[0]] = search_page
        s.add(f"/{lang}/{2016 + i % 5}/{i + 3:02d}/ferry-fare-rise-{i}", "search_redirect", redirect(target, code))
        s.add(f"{section.split('?')[0].rstrip('/')}/{2018 + i % 4}/{8800 + i}-stadium-roof-repairs", "section_redirect",
              redirect(section, section_code))
        new = path(template, 750 + i)
        s.routes[new] = article(story(lang, 760 + i, prose(lang, 775 + i, 7).rstrip(".")))
        old, how = moved_from(template, new)
        s.add(old, "live_other", redirect(new, (301, 308, 302)[i % 3]), f"moved ({how})")
        s.routes[old.split("?")[0]] = s.routes[old]  # the old script answers on its path, whatever the query
        red_sites.append(s)
    sites += red_sites
    # a prefix of the cited path, a team's page, a chain of two redirects ending on a listing
    first, cricket, rns = red_sites[0], red_sites[5], red_sites[7]
    first.routes["/football/2021/"] = listing("2021")
    first.add("/football/2021/match/880451/harbour-v-quayside-rovers", "section_redirect",
              redirect("/football/2021/", 301), "prefix of the path")
    cricket.routes["/teams/harbour-kings/"] = listing("Harbour Kings")
    cricket.add("/cricket/2020/match/771203/harbour-kings-v-port-lions", "section_redirect",
                redirect("/teams/harbour-kings/", 308), "to the team's page")
    rns.routes["/r/16004411"] = redirect("/announcements/latest", 301)
    rns.add("/rns/16004411", "section_redirect", redirect("/r/16004411", 302), "chain to a listing")

    # a listing served in place of a deleted page (200, no redirect)
    for n, (name, lang, template, heading) in enumerate((("Harbour Results Centre", "en", "score10", "Latest results"),
                                                         ("துறைமுக ஒலி", "ta", "pod10", "அனைத்து அத்தியாயங்கள்"))):
        s = site(name, lang, template, "soft", missing=listing(heading))
        s.add(path(template, 790 + n, 2019), "section_redirect", listing(heading), "listing served in place")
        add_live(s, 1, 160 + n)
        sites.append(s)

    # app shells: not found only in the title, a state blob, a hidden element or a script; live shells of the same
    live_at = {0: 0, 3: 1, 7: 2, 1: 3}
    for i, (lang, html, probe) in enumerate(APP_SHELLS10):
        s = site(f"{lang.upper()} Player App {i}", lang, T10[(i + 1) % 5], probe,
                 missing=hosted(html) if probe == "soft" else honest_missing(lang))
        s.add(f"/{lang}/app/{2020 + i % 4}/{91300 + i}-ferry-timetable", "app_shell", hosted(html), f"{lang} {probe}")
        if i in live_at:
            s.add(f"/{lang}/app/2024/{91400 + i}-quayside-derby", "live_other", hosted(LIVE_SHELLS10[live_at[i]]),
                  "live app shell")
        sites.append(s)

    # sent home by a refresh, the origin, onpageshow, a timer, window.open, jQuery's ready, the pathname, a Refresh
    # header, a noscript refresh; live pages refreshing themselves or redirecting only on a condition
    for i, (lang, extra, html, headers) in enumerate(REFRESH_HOME10):
        s = site(f"{lang.upper()} Forwarding Desk {i}", lang, T10[(i + 2) % 5], missing=honest_missing(lang))
        s.routes["/"] = front
        route = in_head(html, extra) if extra else hosted(html, 200, headers or None)
        s.add(path(s.template, 800 + i, 2017), "refresh_home", route,
              f"{lang} {(extra or (str(headers) if headers else html[-90:]))[:40]}")
        if i < len(REFRESH_LIVE10):
            s.add(path(s.template, 810 + i), "live_other", live_with_head(REFRESH_LIVE10[i], 90 + i),
                  "self refresh or conditional redirect")
        sites.append(s)

    # 410 Gone: Tomcat's page, a JSON:API error, the site's, at the end of two redirects, with a refresh home, plain text
    gone_sites: dict[str, Site3] = {}
    for i, (lang, html, how) in enumerate(GONE10):
        if lang not in gone_sites:
            gone_sites[lang] = site(f"{lang.upper()} Closed Files", lang, T10[(len(gone_sites) + 2) % 5],
                                    missing=honest_missing(lang))
        s = gone_sites[lang]
        if how == "chain":
            s.routes["/archive/5521"] = redirect("/removed/", 302)
            s.routes["/removed/"] = gone_page(html, True)
            route = redirect("/archive/5521", 301)
        elif how == "jsonapi":
            route = plain(410, html, "application/vnd.api+json")
        elif how == "plain":
            route = plain(410, html, "text/plain; charset=utf-8")
        elif how == "refresh":
            route = gone_with_refresh(html)
        elif how == "templated":
            route = gone_page(html, True)
        else:
            route = hosted(html, 410)
        s.add(path(s.template, 900 + i, 2016), "gone", route, how)
    add_live(gone_sites["en"], 1, 125)
    sites += gone_sites.values()

    # walls: F5's rejection page (200), Kasada's empty 429, Vercel's checkpoint, StormWall, a consent wall
    for i, (status, headers, html, lang, kind) in enumerate(WALLS10):
        name = ("matchday-plus.com", "harbour-exchange-news.com", "castline-pods.com", "meteo-novosti.ru",
                "diari-del-port.cat")[i]
        s = site(name, lang, T10[i], "same", every_url=hosted(html, status, headers))
        s.cases += [Case(path(s.template, 950 + i * 2 + n), "live_other", kind) for n in range(2)]
        sites.append(s)

    # members-only teasers (an English sports site's, a German podcast's, a Catalan sports site's)
    for i, (lang, layout, title, wall) in enumerate(TEASERS10):
        s = english[layout] if lang == "en" else site(f"{lang.upper()} {KIND[layout]} Members {i}", lang, layout,
                                                      missing=honest_missing(lang))
        s.add(path(layout, 970 + i, 2024), "live_other", article(Article(
            title, paragraphs(prose(lang, 970 + i, 90)) + f"<div class='members-only'><h2>{wall}</h2><a href="
            "'/join'>Join</a></div>")), "paywall")
        if s is not english.get(layout):
            sites.append(s)

    # content replaced: the cited URL serves another page; the same site's page cited by its own title is live
    layouts = ("score10", "alert10", "filing10", "score10", "alert10", "filing10", "score10", "score10", "alert10",
               "filing10", "pod10", "repo10")
    for i, (lang, cited, day, now, lead, kept) in enumerate(REPLACED10):
        template = layouts[i]
        s = site(f"{lang.upper()} Second Life {i}", lang, template, missing=honest_missing(lang))
        s.add(path(template, 1000 + i, int(day[:4])), REPLACED,
              article(story(LIFE10[lang], 1010 + i, now, lead, 470, date="2024-06-19")), lang,
              cited_title=cited, cited_date=day)
        s.add(path(template, 1020 + i, int(day[:4])), "live_other",
              article(story(lang, 1030 + i, kept, f"{kept}.", date=day)), "cited title matches",
              cited_title=kept, cited_date=day)
        sites.append(s)

    # an address reused for another item of the same kind (an exchange's announcement id, a rebooted podcast's
    # episode number); pages cited by a reader's translation, their earlier headline or their headline with the
    # site's name
    reused_rns = site("Harbour Exchange Announcements", "en", "filing10", missing=honest_missing("en"))
    reused_pod = site("ES Podcast del Puerto", "es", "pod10", missing=honest_missing("es"))
    for s, (lang, cited, day, now, lead) in zip((reused_rns, reused_pod), REPLACED_NEWS10, strict=True):
        s.add("/announcements/13371" if s is reused_rns else "/episodios/12", REPLACED,
              article(story(lang, 1050 + len(s.cases), now, lead, 450, date="2024-03-12")), f"{lang} another item",
              cited_title=cited, cited_date=day)
        add_live(s, 1, 170 + len(s.cases))
    sites += [reused_rns, reused_pod]
    for i, (lang, layout, headline, lead, cited, how) in enumerate(RETOLD10):
        s = english[layout] if lang == "en" else of_layout(by_lang, lang, layout)
        s.add(path(s.template, 1070 + i, 2023), "live_other",
              article(story(lang, 1080 + i, headline, lead, 460, date="2023-09-14")),
              f"cited title {how}", cited_title=cited, cited_date="2023-09-14")

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    assert all(len({c.path for c in s.cases}) == len(s.cases) for s in sites)
    assert len({s.name for s in sites}) == len(sites)
    return sites
