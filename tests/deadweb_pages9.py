"""Held-out 9 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

**Written blind by a different author and not scored before its merge.** The
author read none of the check's code (pipeline/check/, pipeline/net/), its phrase
lists, their description (docs/check.md), its tests (tests/check/), the tuning
cases (tests/deadweb_tuning*.py) or the bench (bench/soft404.py); only the
categories, the data format and helpers of deadweb_pages, held-out 3 to 8 (to
write layouts, wordings and shapes they do not have), the test servers and
tests/test_deadweb_parts.py. No page here was changed after any verdict: the set
was only smoke-checked with plain HTTP (status codes, redirect targets, what a
made-up URL answers, page weights), never run through the check. Its first run
at its merge is the honest estimate of how the check does on pages it has not
seen.

Its sites use five layouts not in the other parts (tests/deadweb_templates9.py:
a broadcaster's video page, a legislature's bill tracker, a city council's
minutes, a museum's collection page, a fact-checking site; 40-300 KB a page), its
own wordings (tests/deadweb_data9.py, in the fourteen languages of the set, ko
and five new ones: ms, et, lt, sk, hr) and these ways of answering a made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language (or a
  Spring Boot whitelabel page, an Azure blob's XML, IIS's or Netlify's page);
* ``soft``: a 200 with the site's not-found template (some list the latest
  stories, some echo the path);
* ``home``: a redirect to the front page;
* ``search``: a redirect to the site's search page for the path's words;
* ``same``: the same answer for every path (a domain-parking lander, an expired
  domain, an expired hosting account, a suspended web-host page, a casino review
  site on a lapsed domain, walls).

Each case's label is what a careful reader would say of the page. Dead: a
not-found page (answering 200 or 404; Spring's whitelabel error page, Azure's
BlobNotFound, IIS's "File or directory not found", Netlify's page, a trilingual
ministry page answering 200), a removal notice (a video taken down on a copyright
claim or a court order, a programme whose catch-up window ended, a bill withdrawn
by its sponsor, minutes withdrawn from the record, a deaccessioned object, a
retracted fact check, a pulled podcast episode, an erasure on request), a lander
or a lapsed domain's or hosting account's page, a redirect to a search page (a
path-segment search, Drupal's ``search/node?keys=``, a board's ``stx=``, search
pages in et, lt, ms, ja, ko) or to a listing (the video hub, a session's bills, a
year of minutes, the collection, the fact checks; a mobile address chained
through its canonical one to a listing; a 307 to the front page with a query), a
listing served in place of the article (200), an app shell whose state, title or
script says "not found" (Phoenix LiveView, Qwik, an Astro island, Squarespace,
Wix, htmx, Meteor, Vaadin, Alpine, a web component), an onload, timer, form
submission, relative refresh, history reload, alert-then-redirect or Refresh
header sending the reader home, a 410 (OpenResty's page, the site's, JSON, at the
end of two redirects, with a refresh home). Live: articles whose own headline and
lead speak of "not found", "404", "removed", "deleted", "expired", "lost",
"cancelled" (a documentary called "Error 404", a law deleting CCTV footage, stolen
paintings found, a stream taken down mid-match, lapsed permits), with and without
byline or date, and briefs; fact checks of deleted posts and moved pages; a route
410 bus, a bill number 404, a road D404; pages under a banner (scenes removed, an
item redacted from minutes, an object off view, a superseded bill's versions, a
replaced fact check, a catch-up expiry date); moved pages (a video short link, an
old ASP.NET minutes address, an object's id-only address, a bill's upper-cased
number, a fact check's AMP address); walls (an Akamai 403, a 429, a consent wall,
a challenge page), members-only teasers, briefs, PDFs, live app shells, pages that
refresh themselves or redirect only on a condition; articles cited by a
translation, an earlier headline or a headline with the site's name. A URL that
now serves another article is content_replaced (the citation's title and date
name the original): a lifestyle piece, another bill under a reused number, other
minutes under a reused address.

Sizes: 283 cases on 147 sites (45 not-found, 25 removed, 12 parked, 8 search
and 13 section redirects, 10 app shells, 9 refreshes home, 7 gone; 70 live
traps, 70 other live pages; 14 content replaced), in twenty languages (the
fourteen of the set, ko of part 6, and ms, et, lt, sk, hr).
"""

from __future__ import annotations

from deadweb_data9 import (
    APP_SHELLS9,
    AZURE_404,
    BANNERED9,
    BRIEFS9,
    CHECK_TRAPS9,
    GONE9,
    IIS_404,
    LANDERS9,
    LIVE_SHELLS9,
    NETLIFY_404,
    NOT_FOUND9,
    NUMBER_TRAPS9,
    REFRESH_HOME9,
    REFRESH_LIVE9,
    REMOVED9,
    REPLACED9,
    REPLACED_NEWS9,
    RETOLD9,
    SPRING_404,
    TEASERS9,
    TRAPS9,
    TRILINGUAL_404,
    WALLS9,
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
from deadweb_pages8 import LIFE8, gone_with_refresh
from deadweb_templates3 import paragraphs, slug
from deadweb_templates9 import TEMPLATES9
from pdfwriter import write_pdf

PART = "held_out_9"
TEMPLATES.update(TEMPLATES9)
T9 = list(TEMPLATES9)
VOCAB.setdefault("ms-life", "resipi dapur taman percutian pantai pelancongan fesyen musim panas kopi muzik filem "
                            "drama perkahwinan yoga air sejuk")
VOCAB.setdefault("et-life", "retsept köök aed puhkus rand reis mood suvi kohv muusika film sari pulm jooga jäätis")
VOCAB.setdefault("sk-life", "recept kuchyňa záhrada dovolenka pláž cestovanie móda leto káva hudba film seriál svadba "
                            "jóga zmrzlina")
LIFE9 = {**LIFE8, **{lang: f"{lang}-life" for lang in ("ms", "et", "sk")}}
LANGS = tuple(NOT_FOUND9)


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def path(template: str, seed: int, year: int = 2024) -> str:
    """An article's address as each kind of site shapes it."""
    words = "-".join(slug(seed * 17 + 3).split("-")[:4])
    if template == "vod9":
        return f"/video/{year}/{words}-{5510000 + seed * 31}"
    if template == "bill9":
        return f"/bills/{year}-{year + 1}/hb-{100 + seed}/"
    if template == "minutes9":
        return f"/council/meetings/{year}/{seed % 12 + 1:02d}/minutes-{40000 + seed}"
    if template == "museum9":
        return f"/collection/objects/{230000 + seed * 7}/{words}"
    return f"/fact-checks/{year}/{seed % 12 + 1:02d}/{words}/"


def honest_missing(lang: str) -> Route:
    return missing_page(*NOT_FOUND9[lang][0], 404)


def soft_missing(lang: str, latest: bool = False, echo: bool = False) -> Route:
    return missing_page(*NOT_FOUND9[lang][1], 200, latest=latest, echo=echo)


def add_live(s: Site3, n: int, seed: int, note: str = "article") -> None:
    """``n`` ordinary live articles of the site's language, at its kind of address."""
    for k in range(n):
        title = prose(s.lang, seed * 41 + k, 8).rstrip(".")
        s.add(path(s.template, seed * 11 + k, 2023 - k), "live_other",
              article(story(s.lang, seed * 59 + k, title, words=440 + 70 * k)), note)


def catalogue_essay(lang: str, seed: int, title: str) -> Article:
    """A museum's long catalogue essay: many paragraphs under numbered section heads."""
    parts = [f"<h2>{n + 1}.</h2>" + paragraphs(prose(lang, seed + n, 550)) for n in range(4)]
    return Article(title, "".join(parts))


def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per language an honest site (a deleted page answering 200 with the site's own not-found words;
    # every fourth answering a real 404) and a soft site (its 200 template; some probes redirect home or to search)
    by_lang: dict[str, tuple[Site3, Site3]] = {}
    for i, lang in enumerate(LANGS):
        (t0, h0, b0), _ = NOT_FOUND9[lang]
        honest = site(f"{lang.upper()} Public Record {i}", lang, T9[i % 5], missing=honest_missing(lang))
        status = 404 if i % 4 == 2 else 200
        honest.add(path(honest.template, 300 + i, 2019), "not_found_lang", notice(t0, h0, f"<p>{b0}</p>", status),
                   f"{lang} {status}, probe 404")
        if i % 4 == 0:
            add_live(honest, 1, 30 + i)
        sites.append(honest)
        probe = ("soft", "home", "soft", "search", "soft")[i % 5]
        latest, echo = i % 3 == 2, i % 4 == 1
        missing = {"soft": soft_missing(lang, latest, echo), "home": None, "search": to_search}[probe]
        soft = site(f"{lang.upper()} Channel Guide {i}", lang, T9[(i + 2) % 5], probe, missing)
        if probe == "search":
            soft.routes["/search"] = search_page
        soft.add(path(soft.template, 350 + i, 2017 + i % 7), "not_found_lang", soft_missing(lang, latest, echo),
                 f"{lang} 200, probe {probe}")
        if i % 4 == 3:
            add_live(soft, 1, 70 + i)
        sites.append(soft)
        by_lang[lang] = (honest, soft)

    # servers' and hosts' own answers for an unknown path: Spring Boot, an Azure blob, IIS, Netlify; a trilingual
    # ministry page answering 200
    machine = [("harbour-bills-api.example", "bill9", hosted(SPRING_404, 404), "spring whitelabel 404"),
               ("museumassets.blob.core.example", "museum9", plain(404, AZURE_404, "application/xml"), "azure xml 404"),
               ("minutes.portcity-gov.example", "minutes9", hosted(IIS_404, 404), "iis 404"),
               ("truthmeter.netlify.example", "check9", hosted(NETLIFY_404, 404), "netlify 404")]
    for n, (name, template, route, note) in enumerate(machine):
        s = site(name, "en", template, missing=route)
        s.add(path(template, 400 + n, 2020), "not_found_lang", route, note)
        add_live(s, 1, 95 + n)
        sites.append(s)
    ministry = site("Ministry of Coastal Affairs", "et", "bill9", missing=missing_page(*TRILINGUAL_404, 404))
    ministry.add("/et/eelnoud/2018/sadamaseadus-muutmine", "not_found_lang", notice(*TRILINGUAL_404),
                 "trilingual et/en/ru 200")
    for k in range(3):
        pdf = write_pdf(title=f"Sadamaseaduse muutmise eelnõu seletuskiri {2021 + k}", author="Ministry of Coastal "
                        "Affairs", running_head="Seletuskiri", paragraphs=[prose("et", 1600 + 9 * k + j, 120)
                                                                         for j in range(3 + k)], seed=90 + k,
                        two_columns=k == 1)
        ministry.add(f"/et/dokumendid/seletuskiri-{2021 + k}.pdf", "live_other", pdf_file(pdf), "pdf")
    sites.append(ministry)

    # removal notices: on the language's sites of the not-found pages (by turns its honest and its soft one); English
    # ones on a site of the layout they belong to; two reached by a redirect to the site's notice page
    english = {t: site(f"EN Riverside {t[:-1].capitalize()}", "en", t, ("soft", "honest")[n % 2],
                       (soft_missing, honest_missing)[n % 2]("en")) for n, t in enumerate(T9)}
    en_layouts = iter(("vod9", "bill9", "minutes9", "museum9", "check9", "vod9"))
    for i, (lang, title, heading, body) in enumerate(REMOVED9):
        s = english[next(en_layouts)] if lang == "en" else by_lang[lang][(i + 1) % 2]
        route = notice(title, heading, f"<p>{body}</p>" if body else "")
        cited = path(s.template, 500 + i, 2015 + i % 8)
        if i in (0, 10):
            target = ("/video/unavailable", "/atas/retirada")[i == 10]
            s.routes[target] = route
            s.add(cited, "removed", redirect(target + ("?id=5510457&reason=copyright" if i == 0 else ""),
                                             (303, 302)[i == 10]), f"{lang} redirect to a notice")
        else:
            s.add(cited, "removed", route, lang)
    add_live(english["minutes9"], 1, 102)
    add_live(english["museum9"], 1, 103)
    for text, title in BRIEFS9:
        english["vod9"].add(path("vod9", 530 + len(english["vod9"].cases)), "live_other",
                            article(Article(title, f"<p>{text}</p>", byline=False)), "brief")
    sites += english.values()

    # the trap: live articles whose own headline and lead speak of "not found", "404", "removed", "deleted", "expired";
    # by turns on a site whose probe answers its 200 not-found template and on one whose probe answers 404; a second
    # shape of the story (no date, no byline, or neither); a short brief on every fifth
    for i, (lang, title, lead) in enumerate(TRAPS9):
        probe = ("soft", "honest")[i % 2]
        missing = honest_missing(lang) if probe == "honest" else soft_missing(lang, latest=i % 4 == 0)
        s = site(f"{lang.upper()} Courier {probe} {i}", lang, T9[(i + 1) % 5], probe, missing)
        second: list[dict[str, object]] = [{"byline": False}, {"date": None}, {"byline": False, "date": None}]
        for n, shape in enumerate(({}, second[i % 3])):
            s.add(path(s.template, 600 + i * 3 + n), "live_trap",
                  article(story(lang, 620 + i * 5 + n, title, lead, 420 + 60 * ((i + n) % 5), **shape)),
                  f"{lang} {probe} {'+'.join(f'{k}={v}' for k, v in shape.items()) or 'full'}")
        if i % 5 == 3:
            s.add(path(s.template, 680 + i), "live_trap", article(Article(title, f"<p>{lead}</p>", byline=False)),
                  f"{lang} {probe} brief")
        sites.append(s)
    checkers: dict[str, Site3] = {}
    for i, (lang, claim, finding) in enumerate(CHECK_TRAPS9):
        if lang not in checkers:
            probe = ("honest", "soft")[len(checkers) % 2]
            checkers[lang] = site(f"{lang.upper()} Fact Desk {len(checkers)}", lang, "check9", probe,
                                  honest_missing(lang) if probe == "honest" else soft_missing(lang))
        s = checkers[lang]
        s.add(path("check9", 650 + i), "live_trap", article(story(lang, 651 + i, claim, finding, 460)),
              f"{lang} fact check of a deleted thing")
    checkers["en"].add("/fact-checks/2024/03/ferry-fares-doubled/", "live_other", article(Article(
        "Have ferry fares doubled since 2020? Half true", "".join(f"<p>{prose('en', 690 + k, 16 + 5 * k)}</p>"
                                                                  for k in range(4)), date="2024-03-09")),
        "short fact check")
    sites += checkers.values()
    for i, (lang, title, lead) in enumerate(NUMBER_TRAPS9):
        s = by_lang[lang][(i + 1) % 2]
        s.add(path(s.template, 700 + i), "live_trap", article(story(lang, 701 + i, title, lead, 480)),
              f"{lang} number in headline")
    for i, (lang, template, title, banner) in enumerate(BANNERED9):
        s = site(f"{lang.upper()} Notice Strip {i}", lang, template, ("soft", "honest")[i % 2],
                 soft_missing(lang) if i % 2 == 0 else honest_missing(lang))
        s.add(path(template, 710 + i, 2022), "live_trap", article(with_banner(lang, 711 + i, title, banner)),
              f"{lang} banner")
        sites.append(s)

    # parked, lapsed and taken-over domains, an expired hosting account: the same page for every path
    for i, (lang, html) in enumerate(LANDERS9):
        tld = ("com", "com.my", "sk", "jp", "net", "lt")[i]
        s = site(f"riverside-{i}-tribune.{tld}", lang, T9[i % 5], "same", every_url=hosted(html))
        s.cases += [Case(p, "parked", f"lander {lang} {n}") for n, p in enumerate(
            (path(T9[i % 5], 720 + i, 2016), f"/archives/{2015 + i}/{i + 3:02d}/{52000 + i}.html"))]
        sites.append(s)

    # redirects to a search page or to a listing; moved pages that land on the page
    red = [("en", "vod9", "/search/{w}", 302, "/video/", 301),
           ("en", "bill9", "/search/node?keys={w}", 301, "/bills/2019-2020/", 301),
           ("et", "minutes9", "/otsing?q={w}&tyyp=protokoll", 302, "/council/meetings/2019/", 301),
           ("lt", "museum9", "/paieska?q={w}", 302, "/collection/", 308),
           ("ko", "check9", "/bbs/search.php?sfl=wr_subject&stx={w}", 302, "/fact-checks/", 301),
           ("ms", "vod9", "/carian?kata={w}", 307, "/video/berita/", 302),
           ("ja", "minutes9", "/search/?keyword={w}&target=minutes", 302, "/council/meetings/", 301),
           ("hr", "bill9", "/pretraga?pojam={w}", 303, "/bills/", 301)]
    for i, (lang, template, search, code, section, section_code) in enumerate(red):
        s = site(f"{lang.upper()} Switchboard {template[:-1]} {i}", lang, template, missing=honest_missing(lang))
        s.routes["/"] = front
        s.routes[section] = listing(section.strip("/").split("/")[-1].replace("-", " ").capitalize())
        words = ("harbour-dredging-plan", "harbour+dredging+plan", "harbour%20dredging%20plan")[i % 3]
        s.routes[search.split("?")[0] if "{w}" not in search.split("?")[0] else
                 search.format(w=words)] = search_page
        s.add(f"/{lang}/{2016 + i % 5}/{i + 1:02d}/harbour-dredging-plan-{i}", "search_redirect",
              redirect(search.format(w=words), code))
        s.add(f"/{lang}/old/{6100 + i}.html", "section_redirect", redirect(section, section_code))
        new = path(template, 750 + i)
        s.routes[new] = article(story(lang, 760 + i, prose(lang, 775 + i, 7).rstrip(".")))
        if template == "vod9":
            old, how = f"/v/{new.rsplit('-', 1)[1]}", "video short link"
        elif template == "minutes9":
            old, how = f"/Council/Minutes.aspx?MeetingID={new.rsplit('-', 1)[1]}", "old ASP.NET address"
        elif template == "museum9":
            old, how = "/" + "/".join(new.strip("/").split("/")[:3]), "object id only"
        elif template == "bill9":
            old, how = new.replace("/hb-", "/HB-"), "upper-cased bill number"
        else:
            old, how = new + "amp/", "AMP address"
        s.add(old, "live_other", redirect(new, (301, 308, 302)[i % 3]), f"moved ({how})")
        s.routes[old.split("?")[0]] = s.routes[old]  # the old script answers on its path, whatever the query
        if i in (2, 6):  # a mobile address sent to its canonical one, which sends the reader to a listing
            canonical = f"/{lang}/items/{9100 + i}-ferry-subsidy"
            s.routes[canonical] = redirect(section, 301)
            s.add(f"/m{canonical}", "section_redirect", redirect(canonical, 302), "mobile chain to a listing")
        if i == 4:
            s.add(f"/{lang}/view/{7300 + i}", "section_redirect", redirect("/?from=archive", 307),
                  "temporary redirect to the front page")
        sites.append(s)

    # a listing served in place of a deleted page (200, no redirect)
    for n, (name, lang, template) in enumerate((("Riverside Council Video", "en", "vod9"),
                                                ("Mestna zbierka", "sk", "museum9"))):
        s = site(name, lang, template, "soft", missing=listing("Najnovšie" if lang == "sk" else "Latest"))
        s.add(path(template, 790 + n, 2018), "section_redirect", listing("Najnovšie" if lang == "sk" else "Latest"),
              "listing served in place")
        add_live(s, 1, 160 + n)
        sites.append(s)

    # app shells: not found only in the title, a state blob or a script; live shells of the same frameworks
    live_at = {2: 0, 3: 1, 8: 2}
    for i, (lang, html, probe) in enumerate(APP_SHELLS9):
        s = site(f"{lang.upper()} Stream App {i}", lang, T9[(i + 3) % 5], probe,
                 missing=hosted(html) if probe == "soft" else honest_missing(lang))
        s.add(f"/{lang}/watch/{2020 + i % 4}/{77300 + i}-harbour-dredging", "app_shell", hosted(html),
              f"{lang} {probe}")
        if i in live_at:
            s.add(f"/{lang}/watch/2024/{77400 + i}-ferry-cranes", "live_other", hosted(LIVE_SHELLS9[live_at[i]]),
                  "live app shell")
        sites.append(s)

    # sent home by a refresh, an onload, a timer, a form, a relative refresh, a history reload, an alert or a Refresh
    # header; live pages refreshing themselves or redirecting only on a condition
    for i, (lang, extra, html, headers) in enumerate(REFRESH_HOME9):
        s = site(f"{lang.upper()} Relay Desk {i}", lang, T9[(i + 1) % 5], missing=honest_missing(lang))
        s.routes["/"] = front
        route = in_head(html, extra) if extra else hosted(html, 200, headers or None)
        s.add(path(s.template, 800 + i, 2018), "refresh_home", route,
              f"{lang} {(extra or (str(headers) if headers else html[-90:]))[:40]}")
        if i < len(REFRESH_LIVE9):
            s.add(path(s.template, 810 + i), "live_other", live_with_head(REFRESH_LIVE9[i], 80 + i),
                  "self refresh or conditional redirect")
        sites.append(s)

    # 410 Gone: a server's page, the site's, JSON, at the end of two redirects, with a refresh home in its body
    gone_sites: dict[str, Site3] = {}
    for i, (lang, html, how) in enumerate(GONE9):
        if lang not in gone_sites:
            gone_sites[lang] = site(f"{lang.upper()} Records Vault", lang, T9[(len(gone_sites) + 4) % 5],
                                    missing=honest_missing(lang))
        s = gone_sites[lang]
        if how == "chain":
            s.routes["/arhiiv/8812"] = redirect("/eemaldatud/", 307)
            s.routes["/eemaldatud/"] = gone_page(html, True)
            route = redirect("/arhiiv/8812", 301)
        elif how == "json":
            route = gone_page(html, False)
        elif how == "refresh":
            route = gone_with_refresh(html)
        elif how == "templated":
            route = gone_page(html, True)
        else:
            route = hosted(html, 410)
        s.add(path(s.template, 900 + i, 2015), "gone", route, how)
    add_live(gone_sites["en"], 1, 120)
    sites += gone_sites.values()

    # walls: an Akamai 403, a 429, a consent wall, a challenge page; every path the same
    for i, (status, headers, html, lang, kind) in enumerate(WALLS9):
        name = ("harbourtimes.com", "kuestenbote.de", "pristavnenoviny.sk", "riverside-live.com")[i]
        s = site(name, lang, T9[i], "same", every_url=hosted(html, status, headers))
        s.cases += [Case(path(s.template, 950 + i * 2 + n), "live_other", kind) for n in range(2)]
        sites.append(s)

    # members-only teasers (an English fact-checking site's, a Polish and a Slovak broadcaster's) and a long essay
    members = site("The Riverside Verifier", "en", "check9", "soft", missing=soft_missing("en", latest=True))
    for i, (lang, title, wall) in enumerate(TEASERS9):
        s = members if lang == "en" else site(f"{lang.upper()} Premium Video {i}", lang, "vod9",
                                              missing=honest_missing(lang))
        s.add(path(s.template, 970 + i, 2024), "live_other", article(Article(
            title, paragraphs(prose(lang, 970 + i, 95)) + f"<div class='member-gate'><h2>{wall}</h2><a href="
            "'/join'>Join</a></div>")), "paywall")
        if s is not members:
            sites.append(s)
    essays = english["museum9"]
    essays.add("/collection/essays/the-harbour-in-paint/", "live_other",
               article(catalogue_essay("en", 990, "The harbour in paint, 1850-1950")), "long read")
    sites.append(members)

    # content replaced: the cited URL serves another article; the same site's article cited by its own title is live
    for i, (lang, cited, day, now, lead, kept) in enumerate(REPLACED9):
        template = ("check9", "vod9", "museum9", "check9", "vod9", "minutes9")[i % 6]
        s = site(f"{lang.upper()} Reissue {i}", lang, template, missing=honest_missing(lang))
        s.add(path(template, 1000 + i, int(day[:4])), REPLACED,
              article(story(LIFE9[lang], 1010 + i, now, lead, 470, date="2024-06-21")), lang,
              cited_title=cited, cited_date=day)
        s.add(path(template, 1020 + i, int(day[:4])), "live_other",
              article(story(lang, 1030 + i, kept, f"{kept}.", date=day)), "cited title matches",
              cited_title=kept, cited_date=day)
        sites.append(s)

    # an address reused for another item of the same kind (a bill number in a new session, a council meeting's
    # minutes); articles cited by a reader's translation, their first headline, or their headline with the site's name
    reused_bill = site("State House Bill Tracker", "en", "bill9", missing=honest_missing("en"))
    reused_minutes = site("FR Mairie de Port-Rivière", "fr", "minutes9", missing=missing_page(
        "Page introuvable", "Cette page n'existe pas", "Retour à l'accueil du site de la mairie.", 404))
    for s, (lang, cited, day, now, lead) in zip((reused_bill, reused_minutes), REPLACED_NEWS9, strict=True):
        s.add("/bills/current/hb-212/" if s is reused_bill else "/conseil-municipal/proces-verbal/dernier",
              REPLACED, article(story(lang, 1050 + len(s.cases), now, lead, 450, date="2024-04-09")),
              f"{lang} another item", cited_title=cited, cited_date=day)
        add_live(s, 1, 170 + len(s.cases))
    sites += [reused_bill, reused_minutes]
    for i, (lang, headline, lead, cited, how) in enumerate(RETOLD9):
        s = by_lang[lang][i % 2]
        s.add(path(s.template, 1070 + i, 2023), "live_other", article(story(lang, 1080 + i, headline, lead, 460,
                                                                            date="2023-05-23")),
              f"cited title {how}", cited_title=cited, cited_date="2023-05-23")

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    assert all(len({c.path for c in s.cases}) == len(s.cases) for s in sites)
    assert len({s.name for s in sites}) == len(sites)
    return sites
