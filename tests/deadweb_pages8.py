"""Held-out 8 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

**Written blind by a different author and not scored before its merge.** The
author read none of the check's code (pipeline/check/, pipeline/net/), its phrase
lists, their description (docs/check.md), its tests (tests/check/), the tuning
cases (tests/deadweb_tuning*.py) or the bench (bench/soft404.py); only the
categories, the data format and helpers of deadweb_pages, held-out 3 to 7 (to
write layouts, wordings and shapes they do not have), the test servers and
tests/test_deadweb_parts.py. No page here was changed after any verdict: the set
was only smoke-checked with plain HTTP (status codes, redirect targets, what a
made-up URL answers, page weights), never run through the check. Its first run
at its merge is the honest estimate of how the check does on pages it has not
seen.

Its sites use five layouts not in the other parts (tests/deadweb_templates8.py:
a press-release wire, a Q&A site, a long-form magazine, a court's judgments
database, an NGO's report pages; 40-300 KB a page), its own wordings
(tests/deadweb_data8.py, in the fourteen languages of the set, nl, ko and five
new ones: id, th, bg, da, sw) and these ways of answering a made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language (or a
  storage bucket's XML, a framework's JSON or plain "Cannot GET");
* ``soft``: a 200 with the site's not-found template (some list the latest
  stories, some echo the path);
* ``home``: a redirect to the front page;
* ``search``: a redirect to the site's search page for the path's words;
* ``same``: the same answer for every path (landers, a slot-gambling page and a
  deals blog on lapsed domains, a site-builder placeholder, walls).

Each case's label is what a careful reader would say of the page. Dead: a
not-found page (answering 200 or 404; a storage bucket's NoSuchKey, a REST
framework's ``{"detail":"Not found."}``, Express's "Cannot GET", Rails' public
404, a bilingual government not-found page answering 200), a removal notice (an
erasure under the GDPR, a release removed at its issuer's request, a question
removed by moderators, a suspended author's piece, a judgment taken down, a
closed call for proposals, an expired classified or vacancy, an article unpublished by its
editors or hidden on a legal request), a lander or a lapsed domain's new owner,
a redirect to a search page (a query string, a fragment, a percent-encoded
Cyrillic path, a WordPress ``?s=``) or to a listing (a tag, an issue's contents,
a year of case law, a report listing; an AMP address chained through its
canonical one to a listing; a permanent redirect to the front page), a listing
served in place of the article (200), an app shell whose state, title or script
says "not found" (Angular's ng-state, SolidStart, React Router 7's stream,
Vike, Flutter, Livewire, Elm flags, Pinia, Blazor, a Next.js flight title), a
refresh, header, script, frameset or synthetic click sending the reader home,
a 410 (Apache's page, the site's, XML, at the end of two redirects, with a
refresh home in its body). Live: articles whose own headline and lead speak of
"not found", "404", "removed", "deleted", "expired", "suspended" (an obituary
called "Gone", reviews of a film called "Not Found", link rot, a court ordering
removal, a right-to-be-forgotten ruling, a consultation page withdrawn), with and
without byline or date, and briefs; Q&A questions about 404 and 410 errors;
a section 404 or 410 of a law, a flight 404; pages under a banner (an age
warning, a closed question, an anonymity order whose names "have been removed",
a withdrawn earlier edition, a corrected release); moved articles (a Q&A short
link, a trailing slash, a lower-cased path, a permanent redirect); walls (a
DataDome 403, a 451 for European readers, a Sucuri 403, a consent page), paywall
teasers, wire briefs, PDFs, live app shells, pages breaking out of frames or
refreshing themselves; articles cited by a translation, an earlier headline or a
headline with the site's name. A URL that now serves another article is
content_replaced (the citation's title and date name the original): a lifestyle
piece, another judgment under a reused number, another company's release under a
reused id.

Sizes: 283 cases on 145 sites (45 not-found, 25 removed, 12 parked, 8 search
and 13 section redirects, 10 app shells, 9 refreshes home, 7 gone; 70 live
traps, 70 other live pages; 14 content replaced), in twenty-one languages (the
fourteen of the set, nl and ko of part 6, and id, th, bg, da, sw).
"""

from __future__ import annotations

from deadweb_data8 import (
    APP_SHELLS8,
    BANNERED8,
    BILINGUAL_404,
    BRIEFS8,
    DRF_404,
    EXPRESS_404,
    GONE8,
    LANDERS8,
    LARAVEL_404,
    LIVE_SHELLS8,
    NOT_FOUND8,
    NUMBER_TRAPS8,
    QA_TRAPS8,
    RAILS_404,
    REFRESH_HOME8,
    REFRESH_LIVE8,
    REMOVED8,
    REPLACED8,
    REPLACED_NEWS8,
    RETOLD8,
    S3_404,
    TEASERS8,
    TRAPS8,
    WALLS8,
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
from deadweb_pages7 import LIFE7, plain
from deadweb_templates3 import paragraphs, slug
from deadweb_templates8 import TEMPLATES8
from pdfwriter import write_pdf
from servers import Handler

PART = "held_out_8"
TEMPLATES.update(TEMPLATES8)
T8 = list(TEMPLATES8)
VOCAB.setdefault("id-life", "resep dapur taman liburan pantai wisata mode musim panas kopi musik film serial "
                            "pernikahan yoga es buah")
VOCAB.setdefault("th-life", "สูตรอาหาร ห้องครัว สวน วันหยุด ชายหาด ท่องเที่ยว แฟชั่น หน้าร้อน กาแฟ ดนตรี ภาพยนตร์ "
                            "ซีรีส์ งานแต่งงาน โยคะ ของหวาน")
VOCAB.setdefault("bg-life", "рецепта кухня градина ваканция плаж пътуване мода лято кафе музика филм сериал сватба "
                            "йога сладолед")
VOCAB.setdefault("da-life", "opskrift køkken have ferie strand rejse mode sommer kaffe musik film serie bryllup yoga "
                            "is")
LIFE8 = {**LIFE7, **{lang: f"{lang}-life" for lang in ("id", "th", "bg", "da")}}
LANGS = tuple(NOT_FOUND8)


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def path(template: str, seed: int, year: int = 2024) -> str:
    """An article's address as each kind of site shapes it."""
    words = "-".join(slug(seed * 13 + 7).split("-")[:4])
    if template == "wire8":
        return f"/news-releases/{words}-{301000000 + seed * 97}.html"
    if template == "qa8":
        return f"/questions/{70100000 + seed * 13}/{words}"
    if template == "mag8":
        return f"/magazine/archive/{year}/{seed % 12 + 1:02d}/{words}/{600000 + seed}/"
    if template == "court8":
        return f"/judgments/{year}/{1000 + seed}"
    return f"/reports/{year}/{words}/"


def honest_missing(lang: str) -> Route:
    """The site's 404 page in its language (a Laravel app's default English one where the part has no words)."""
    if lang not in NOT_FOUND8:
        return hosted(LARAVEL_404, 404)
    return missing_page(*NOT_FOUND8[lang][0], 404)


def soft_missing(lang: str, latest: bool = False, echo: bool = False) -> Route:
    return missing_page(*NOT_FOUND8[lang][1], 200, latest=latest, echo=echo)


def add_live(s: Site3, n: int, seed: int, note: str = "article") -> None:
    """``n`` ordinary live articles of the site's language, at its kind of address."""
    for k in range(n):
        title = prose(s.lang, seed * 47 + k, 8).rstrip(".")
        s.add(path(s.template, seed * 7 + k, 2023 - k), "live_other",
              article(story(s.lang, seed * 53 + k, title, words=430 + 80 * k)), note)


def gone_with_refresh(html: str) -> Route:
    """A 410 whose page also sends the reader home after a moment."""
    def route(h: Handler, s: Site) -> None:
        page = s.html(None, *html.split("\n", 2)).replace("</title>", "</title><meta http-equiv='refresh' "
                                                                      "content='3;url=/'>", 1)
        h.send(410, page)
    return route


def long_read(lang: str, seed: int, title: str) -> Article:
    """A long-form magazine story: many paragraphs under a few section breaks."""
    parts = [paragraphs(prose(lang, seed + k, 600)) for k in range(4)]
    return Article(title, "<p class='section-break'>* * *</p>".join(parts))


def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per language an honest site (a deleted story answering 200 with the site's own not-found
    # words; every fourth answering a real 404) and a soft site (its 200 template; some probes redirect home or to the
    # search page)
    by_lang: dict[str, tuple[Site3, Site3]] = {}
    for i, lang in enumerate(LANGS):
        (t0, h0, b0), _ = NOT_FOUND8[lang]
        honest = site(f"{lang.upper()} Archive Desk {i}", lang, T8[i % 5], missing=honest_missing(lang))
        status = 404 if i % 4 == 1 else 200
        honest.add(path(honest.template, 500 + i, 2020), "not_found_lang", notice(t0, h0, f"<p>{b0}</p>", status),
                   f"{lang} {status}, probe 404")
        if i % 4 == 0:
            add_live(honest, 1, 20 + i)
        sites.append(honest)
        probe = ("soft", "search", "soft", "home", "soft")[i % 5]
        latest, echo = i % 3 == 1, i % 4 == 2
        missing = {"soft": soft_missing(lang, latest, echo), "home": None, "search": to_search}[probe]
        soft = site(f"{lang.upper()} Bulletin Board {i}", lang, T8[(i + 3) % 5], probe, missing)
        if probe == "search":
            soft.routes["/search"] = search_page
        soft.add(path(soft.template, 550 + i, 2018 + i % 6), "not_found_lang", soft_missing(lang, latest, echo),
                 f"{lang} 200, probe {probe}")
        if i % 4 == 3:
            add_live(soft, 1, 60 + i)
        sites.append(soft)
        by_lang[lang] = (honest, soft)

    # servers' and frameworks' own answers for an unknown path: a storage bucket, a REST API, Express, Rails; a
    # bilingual government page answering 200
    machine = [("harbourwire-static.s3-website.example", "wire8", plain(404, S3_404, "application/xml"), "s3 xml 404"),
               ("api.estuary-review.example", "mag8", plain(404, DRF_404, "application/json"), "drf json 404"),
               ("tidewatch-node.example", "qa8", hosted(EXPRESS_404, 404), "express cannot get 404"),
               ("coastal-grants.example", "ngo8", hosted(RAILS_404, 404), "rails public 404")]
    for n, (name, template, route, note) in enumerate(machine):
        s = site(name, "en", template, missing=route)
        s.add(path(template, 600 + n, 2021), "not_found_lang", route, note)
        add_live(s, 1, 90 + n)
        sites.append(s)
    agency = site("Coastal Fisheries Agency", "en", "ngo8", missing=missing_page(*BILINGUAL_404, 404))
    agency.add("/eng/reports/2019/shellfish-monitoring-summer.html", "not_found_lang",
               notice(*BILINGUAL_404), "bilingual en/fr 200")
    for k in range(3):
        pdf = write_pdf(title=f"Shellfish monitoring report {2021 + k}", author="Coastal Fisheries Agency",
                        running_head="Monitoring report", paragraphs=[prose("en", 1500 + 7 * k + j, 110)
                                                                      for j in range(3 + k)], seed=80 + k,
                        two_columns=k == 2)
        agency.add(f"/eng/documents/monitoring-{2021 + k}.pdf", "live_other", pdf_file(pdf), "pdf")
    sites.append(agency)

    # removal notices: on the language's sites of the not-found pages (by turns its honest and its soft one); English
    # ones on a site of each layout; two reached by a redirect to the site's notice page
    english = {t: site(f"EN Harbour {t[:-1].capitalize()}", "en", t, ("honest", "soft")[n % 2],
                       (honest_missing, soft_missing)[n % 2]("en")) for n, t in enumerate(T8)}
    en_layouts = iter(("mag8", "wire8", "qa8", "mag8", "court8", "ngo8"))
    for i, (lang, title, heading, body) in enumerate(REMOVED8):
        s = english[next(en_layouts)] if lang == "en" else by_lang[lang][i % 2]
        route = notice(title, heading, f"<p>{body}</p>" if body else "")
        cited = path(s.template, 700 + i, 2016 + i % 7)
        if i in (0, 10):
            target = ("/content-removed", "/conta-suspensa/")[i == 10]
            s.routes[target] = route
            s.add(cited, "removed", redirect(target + ("?reason=gdpr" if i == 0 else ""), 302),
                  f"{lang} redirect to a notice")
        else:
            s.add(cited, "removed", route, lang)
    add_live(english["wire8"], 1, 100)
    add_live(english["court8"], 1, 101)
    for text, title in BRIEFS8:
        english["wire8"].add(path("wire8", 720 + len(english["wire8"].cases)), "live_other",
                             article(Article(title, f"<p>{text}</p>", byline=False)), "wire brief")
    sites += english.values()

    # the trap: live articles whose own headline and lead speak of "not found", "404", "removed", "deleted", "expired";
    # by turns on a site whose probe answers 404 and on one whose probe answers its 200 not-found template; a second
    # shape of the story (no byline, no date, or neither); a short brief on every fifth
    for i, (lang, title, lead) in enumerate(TRAPS8):
        probe = ("honest", "soft")[i % 2]
        missing = honest_missing(lang) if probe == "honest" else soft_missing(lang, latest=i % 4 == 3)
        s = site(f"{lang.upper()} Chronicle {probe} {i}", lang, T8[(i + 2) % 5], probe, missing)
        second: list[dict[str, object]] = [{"date": None}, {"byline": False}, {"byline": False, "date": None}]
        for n, shape in enumerate(({}, second[i % 3])):
            s.add(path(s.template, 800 + i * 3 + n), "live_trap",
                  article(story(lang, 820 + i * 5 + n, title, lead, 400 + 70 * ((i + n) % 5), **shape)),
                  f"{lang} {probe} {'+'.join(f'{k}={v}' for k, v in shape.items()) or 'full'}")
        if i % 5 == 2:
            s.add(path(s.template, 880 + i), "live_trap", article(Article(title, f"<p>{lead}</p>", byline=False)),
                  f"{lang} {probe} brief")
        sites.append(s)
    qa_sites: dict[str, Site3] = {}
    for i, (lang, title, first) in enumerate(QA_TRAPS8):
        if lang not in qa_sites:
            probe = ("honest", "soft")[len(qa_sites) % 2]
            qa_sites[lang] = site(f"{lang.upper()} Stack {len(qa_sites)}", lang, "qa8", probe,
                                  honest_missing(lang) if probe == "honest" else soft_missing(lang))
        s = qa_sites[lang]
        s.add(path("qa8", 850 + i), "live_trap", article(story(lang, 851 + i, title, first, 420)),
              f"{lang} question about an error")
    qa_sites["en"].add("/questions/70188412/tide-table-api-rate-limit", "live_other", article(Article(
        "Tide table API rate limit?", "".join(f"<p>{prose('en', 870 + k, 14 + 4 * k)}</p>" for k in range(4)),
        byline=True, date="2024-03-02")), "short question")
    sites += qa_sites.values()
    for i, (lang, title, lead) in enumerate(NUMBER_TRAPS8):
        s = by_lang[lang][i % 2]
        s.add(path(s.template, 890 + i), "live_trap", article(story(lang, 891 + i, title, lead, 470)),
              f"{lang} number in headline")
    for i, (lang, template, title, banner) in enumerate(BANNERED8):
        s = site(f"{lang.upper()} Notice Board {i}", lang, template, ("honest", "soft")[i % 2],
                 honest_missing(lang) if i % 2 == 0 else soft_missing(lang))
        s.add(path(template, 900 + i, 2019), "live_trap", article(with_banner(lang, 901 + i, title, banner)),
              f"{lang} banner")
        sites.append(s)

    # parked, lapsed and taken-over domains: the same page for every path
    for i, (lang, html) in enumerate(LANDERS8):
        tld = ("co.id", "com", "co.th", "bg", "dk", "com.tr")[i]
        s = site(f"harbour-{i}-gazette.{tld}", lang, T8[i % 5], "same", every_url=hosted(html))
        s.cases += [Case(p, "parked", f"lander {lang} {n}") for n, p in enumerate(
            (path(T8[i % 5], 920 + i, 2017), f"/berita/{2016 + i}/{i + 4:02d}/{31000 + i}/dredging-plan"))]
        sites.append(s)

    # redirects to a search page or to a listing; moved articles that land on the article
    cyrillic_search = "/%D1%82%D1%8A%D1%80%D1%81%D0%B5%D0%BD%D0%B5"
    red = [("en", "qa8", "/search?q={w}", 302, "/questions/tagged/harbour", 301),
           ("en", "wire8", "/news-releases/search?keyword={w}&page=1", 301, "/news-releases/energy-latest-news/", 301),
           ("de", "mag8", "/suche/?query={w}", 307, "/magazin/ausgabe/2019/06/", 301),
           ("fr", "court8", "/recherche?texte={w}&type=decision", 302, "/jurisprudence/2019/", 301),
           ("id", "ngo8", "/?s={w}", 302, "/laporan/", 308),
           ("th", "wire8", "/search#q={w}", 302, "/th/news/", 301),
           ("bg", "qa8", cyrillic_search + "?q={w}", 302, "/tags/pristanishte", 302),
           ("da", "court8", "/soeg?q={w}&sort=relevans", 303, "/afgoerelser/", 301)]
    for i, (lang, template, search, code, section, section_code) in enumerate(red):
        s = site(f"{lang.upper()} Relay {template[:-1]} {i}", lang, template, missing=honest_missing(lang))
        s.routes["/"] = front
        s.routes[section] = listing(section.strip("/").split("/")[-1].replace("-", " ").capitalize())
        words = ("harbour+dredging+plan", "harbour%20dredging%20plan")[i % 2]
        if search.startswith("/?"):
            s.add(f"/{lang}/{2017 + i % 4}/{i + 2:02d}/harbour-dredging-plan-{i}", "search_redirect",
                  redirect(search.format(w=words), code), "to a WordPress ?s= search")
        else:
            s.routes[search.split("?")[0].split("#")[0]] = search_page
            s.add(f"/{lang}/{2017 + i % 4}/{i + 2:02d}/harbour-dredging-plan-{i}", "search_redirect",
                  redirect(search.format(w=words), code))
        s.add(f"/{lang}/archive/mill-closes-{5200 + i}", "section_redirect", redirect(section, section_code))
        new = path(template, 950 + i)
        s.routes[new] = article(story(lang, 960 + i, prose(lang, 975 + i, 7).rstrip(".")))
        moved: Route
        if template == "qa8":
            old, moved, how = f"/q/{new.split('/')[2]}", redirect(new, 302), "Q&A short link"
        elif template == "ngo8":
            old, moved, how = new.rstrip("/"), redirect(new, 301), "trailing slash"
        elif template == "court8":
            old, moved, how = new.replace("/judgments/", "/Judgments/"), redirect(new, 301), "lower-cased path"
        else:
            old, moved, how = f"/{lang}/releases/{9600 + i}.htm", redirect(new, (301, 308)[i % 2]), "redirect"
        s.add(old, "live_other", moved, f"moved ({how})")
        if i in (1, 5):  # an AMP address sent to its canonical one, which sends the reader to a listing
            canonical = f"/{lang}/news/{8800 + i}-ferry-fares"
            s.routes[canonical] = redirect(section, 302)
            s.add(f"/amp{canonical}", "section_redirect", redirect(canonical, 301), "AMP chain to a listing")
        if i == 3:
            s.add(f"/{lang}/decision/2018/{7700 + i}", "section_redirect", redirect("/", 301),
                  "permanent redirect to the front page")
        sites.append(s)

    # a listing served in place of a deleted article (200, no redirect)
    for n, (name, lang, template) in enumerate((("Estuary Business Wire", "en", "wire8"),
                                                ("Laporan Pesisir", "id", "ngo8"))):
        s = site(name, lang, template, "soft", missing=listing("Latest"))
        s.add(path(template, 990 + n, 2018), "section_redirect", listing("Latest"), "listing served in place")
        add_live(s, 1, 140 + n)
        sites.append(s)

    # app shells: not found only in the title, a state blob or a script; live shells of the same frameworks
    live_at = {3: 0, 2: 1, 0: 2}
    for i, (lang, html, probe) in enumerate(APP_SHELLS8):
        s = site(f"{lang.upper()} Web App {i}", lang, T8[(i + 1) % 5], probe,
                 missing=hosted(html) if probe == "soft" else honest_missing(lang))
        s.add(f"/{lang}/news/{2021 + i % 3}/{88100 + i}-harbour-dredging", "app_shell", hosted(html), f"{lang} {probe}")
        if i in live_at:
            s.add(f"/{lang}/news/2024/{88200 + i}-tide-gauges", "live_other", hosted(LIVE_SHELLS8[live_at[i]]),
                  "live app shell")
        sites.append(s)

    # sent home by a refresh, a Refresh header, a script, a frameset or a synthetic click; live pages breaking out of
    # frames, refreshing themselves or redirecting only on a condition
    for i, (lang, extra, html, headers) in enumerate(REFRESH_HOME8):
        s = site(f"{lang.upper()} Dispatch {i}", lang, T8[(i + 4) % 5], missing=honest_missing(lang))
        for home in ("/index.htm", f"/{lang}/"):
            s.routes[home] = front
        route = in_head(html, extra) if extra else hosted(html, 200, headers or None)
        s.add(path(s.template, 1000 + i, 2017), "refresh_home", route, f"{lang} {(extra or (str(headers) if headers else html))[:40]}")
        if i < len(REFRESH_LIVE8):
            s.add(path(s.template, 1010 + i), "live_other", live_with_head(REFRESH_LIVE8[i], 60 + i),
                  "frame buster, self refresh or conditional redirect")
        sites.append(s)

    # 410 Gone: a server's page, the site's, XML, at the end of two redirects, with a refresh home in its body
    gone_sites: dict[str, Site3] = {}
    for i, (lang, html, how) in enumerate(GONE8):
        if lang not in gone_sites:
            gone_sites[lang] = site(f"{lang.upper()} Register Office", lang, T8[(len(gone_sites) + 2) % 5],
                                    missing=honest_missing(lang))
        s = gone_sites[lang]
        if how == "chain":
            s.routes["/arhiv/7301"] = redirect("/premahnato/", 302)
            s.routes["/premahnato/"] = gone_page(html, True)
            route = redirect("/arhiv/7301", 301)
        elif how == "xml":
            route = plain(410, html, "application/xml")
        elif how == "refresh":
            route = gone_with_refresh(html)
        elif how == "templated":
            route = gone_page(html, True)
        else:
            route = hosted(html, 410)
        s.add(path(s.template, 1100 + i, 2016), "gone", route, how)
    add_live(gone_sites["en"], 1, 110)
    sites += gone_sites.values()

    # walls: a DataDome 403, a 451 for European readers, a Sucuri 403, a consent page; every path the same
    for i, (status, headers, html, lang, kind) in enumerate(WALLS8):
        name = ("lequotidiendelestuaire.fr", "valleysentinel.com", "kabarpesisir.co.id", "vestkystnyt.dk")[i]
        s = site(name, lang, T8[i], "same", every_url=hosted(html, status, headers))
        s.cases += [Case(path(s.template, 1200 + i * 2 + n), "live_other", kind) for n in range(2)]
        sites.append(s)

    # paywalled long reads (an English magazine's, and on the German and Spanish sites) and a long read
    review = site("The Estuary Review", "en", "mag8", "soft", missing=soft_missing("en", latest=True))
    for i, (lang, title, wall) in enumerate(TEASERS8):
        s = review if lang == "en" else by_lang[lang][0]
        s.add(path(s.template, 1300 + i, 2024), "live_other", article(Article(
            title, paragraphs(prose(lang, 1300 + i, 90)) + f"<div class='paywall-inline'><h2>{wall}</h2><a href="
            "'/subscribe'>Subscribe</a></div>")), "paywall")
    review.add("/magazine/archive/2023/11/the-river-that-made-the-town/612001/", "live_other",
               article(long_read("en", 1320, "The river that made the town")), "long read")
    sites.append(review)

    # content replaced: the cited URL serves another article; the same site's article cited by its own title is live
    for i, (lang, cited, day, now, lead, kept) in enumerate(REPLACED8):
        template = ("mag8", "ngo8", "wire8", "mag8", "ngo8", "wire8")[i % 6]
        s = site(f"{lang.upper()} Second Edition {i}", lang, template, missing=honest_missing(lang))
        s.add(path(template, 1400 + i, int(day[:4])), REPLACED,
              article(story(LIFE8[lang], 1410 + i, now, lead, 460, date="2024-07-02")), lang,
              cited_title=cited, cited_date=day)
        s.add(path(template, 1420 + i, int(day[:4])), "live_other",
              article(story(lang, 1430 + i, kept, f"{kept}.", date=day)), "cited title matches",
              cited_title=kept, cited_date=day)
        sites.append(s)

    # an address reused for another story of the same kind (a judgment number, a release id); articles cited by a
    # reader's translation of their headline, by their first headline, or by their headline with the site's name: live
    reused_court = site("County Court Judgments Online", "en", "court8", missing=honest_missing("en"))
    reused_wire = site("DE Wirtschaftsticker Presseportal", "de", "wire8", missing=honest_missing("de"))
    for s, (lang, cited, day, now, lead) in zip((reused_court, reused_wire), REPLACED_NEWS8, strict=True):
        s.add(path(s.template, 1450 + len(s.cases), int(day[:4])), REPLACED,
              article(story(lang, 1460 + len(s.cases), now, lead, 440, date="2024-06-11")), f"{lang} another story",
              cited_title=cited, cited_date=day)
        add_live(s, 1, 150 + len(s.cases))
    sites += [reused_court, reused_wire]
    for i, (lang, headline, lead, cited, how) in enumerate(RETOLD8):
        s = by_lang[lang][(i + 1) % 2]
        s.add(path(s.template, 1470 + i, 2023), "live_other", article(story(lang, 1480 + i, headline, lead, 450,
                                                                            date="2023-04-18")),
              f"cited title {how}", cited_title=cited, cited_date="2023-04-18")

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    assert all(len({c.path for c in s.cases}) == len(s.cases) for s in sites)
    assert len({s.name for s in sites}) == len(sites)
    return sites
