"""Held-out 7 of the dead-web labelled set (deadweb_pages.PARTS): written blind to the check's rules.

**Written blind by a different author and not scored before its merge.** The
author read none of the check's code (pipeline/check/, pipeline/net/), its phrase
lists, their description (docs/check.md), its tests (tests/check/), the tuning
cases (tests/deadweb_tuning*.py) or the bench (bench/soft404.py); only the
categories, the data format and helpers of deadweb_pages, held-out 3 to 6 (to
write layouts, wordings and shapes they do not have), the test servers and
tests/test_deadweb_parts.py. No page here was changed after any verdict: the set
was only smoke-checked with plain HTTP (status codes, redirect targets, what a
made-up URL answers, page weights), never run through the check. Its first run
at its merge is the honest estimate of how the check does on pages it has not
seen.

Its sites use five layouts not in the other parts (tests/deadweb_templates7.py:
a ministry on a government design system, a Discourse-like forum thread, a
Substack-like newsletter, a regional newspaper on an old table layout, a
university press office; 40-300 KB a page), its own wordings
(tests/deadweb_data7.py, in the fourteen languages of the set and six new ones:
sv, fi, vi, he, hi, fa) and these ways of answering a made-up URL:

* ``honest``: a 404 with the site's own not-found page in its language;
* ``soft``: a 200 with the site's not-found template (some list the latest
  posts, some echo the path);
* ``home``: a redirect to the front page;
* ``search``: a redirect to the site's search page for the path's words;
* ``same``: the same answer for every path (landers, a casino page on a lapsed
  domain, a hosting placeholder, walls).

Each case's label is what a careful reader would say of the page. Dead: a
not-found page (answering 200 or 404; a Go server's plain-text "404 page not
found" and a web server's default page behind a proxy that answers 200; an old
PHP newspaper's "no article with this id"), a removal notice (a topic deleted by
its author or a moderator, a newsletter post taken down, a sealed court record,
a withdrawn press release, an expired vacancy), a lander or a lapsed domain's
new owner, a redirect to a search page or to a listing (an organisation page, a
forum category, a newsletter's archive, a tag or year page; a chain of two
redirects ending on the front page), a listing or the front page served in place
of the article (200, no redirect), an app shell whose state, title or script
says "not found" (Substack-like preloads, SvelteKit, Quasar, Redux, Remix,
Gatsby's 404 path), a refresh, header, script or self-submitting form sending
the reader home, a 410. Live: articles whose own headline and lead speak of
"page not found", "404", "deleted", "removed", "no longer available" or
"expired" (with and without byline or date, and briefs), or hold 404 or 410 as a
number (a road, a bus line, jobs lost); support-forum threads about a "page not
found" error; forum threads closed to new replies or with replies withdrawn or
removed; government pages with a "withdrawn", "archived" or "published under a
previous government" banner; a live article that its CMS answers with a 404
status; articles cited by a reader's translation of their headline or by the
headline they had before a retitle; short forum threads, a photo essay,
paywalled newsletter posts, police briefs, PDFs, moved articles (a forum topic's
new slug, a meta refresh, a permanent redirect), walls (an Akamai-style 403, a
429 with Retry-After, a consent gate, a 401 members' area), live app shells,
pages refreshing themselves or redirecting only on a condition. A URL that now
serves another article is content_replaced (the citation's title and date name
the original): a lifestyle piece, or another local story under an old id reused
by a PHP newspaper or a forum.

Sizes: 282 cases on 142 sites (45 not-found, 25 removed, 12 parked, 8 search
and 13 section redirects, 10 app shells, 9 refreshes home, 7 gone; 69 live
traps, 70 other live pages; 14 content replaced), in twenty languages.
"""

from __future__ import annotations

from deadweb_data7 import (
    APP_SHELLS7,
    BANNERED7,
    BRIEFS7,
    CLOSED7,
    DELETED_REPLIES7,
    FORUM_TRAPS7,
    GONE7,
    LANDERS7,
    LIVE_SHELLS7,
    NOT_FOUND7,
    NUMBER_TRAPS7,
    REFRESH_HOME7,
    REFRESH_LIVE7,
    REMOVED7,
    REPLACED7,
    REPLACED_NEWS7,
    RETOLD7,
    TEASERS7,
    TRAPS7,
    WALLS7,
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
from deadweb_pages5 import gone_page, live_with_head, pdf_file, soft_redirect_page
from deadweb_pages6 import LIFE6, to_search, with_banner
from deadweb_templates3 import paragraphs, slug
from deadweb_templates7 import TEMPLATES7
from pdfwriter import write_pdf
from servers import Handler

PART = "held_out_7"
TEMPLATES.update(TEMPLATES7)
T7 = list(TEMPLATES7)
VOCAB.setdefault("sv-life", "recept kök trädgård semester strand resa mode sommar kaffe musik film serie bröllop yoga "
                            "glass")
VOCAB.setdefault("fi-life", "resepti keittiö puutarha loma ranta matka muoti kesä kahvi musiikki elokuva sarja häät "
                            "jooga piknik")
VOCAB.setdefault("vi-life", "công thức nấu ăn khu vườn kỳ nghỉ bãi biển du lịch thời trang mùa hè cà phê âm nhạc "
                            "phim ảnh đám cưới yoga")
VOCAB.setdefault("he-life", "מתכון מטבח גינה חופשה חוף טיול אופנה קיץ קפה מוזיקה סרט סדרה חתונה יוגה סלט")
LIFE7 = {**LIFE6, **{lang: f"{lang}-life" for lang in ("sv", "fi", "vi", "he")}}
LANGS = tuple(NOT_FOUND7)


def site(name: str, lang: str, template: str, probe: str = "honest", missing: Route | None = None,
         every_url: Route | None = None) -> Site3:
    return Site3(name, lang, template, probe, PART, every_url=every_url, missing=missing)


def path(template: str, seed: int, year: int = 2024) -> str:
    """An article's address as each kind of site shapes it."""
    words = "-".join(slug(seed * 11 + 5).split("-")[:4])
    month = seed % 12 + 1
    if template == "gov7":
        return f"/government/news/{words}"
    if template == "forum7":
        return f"/t/{words}/{10000 + seed * 7}"
    if template == "letter7":
        return f"/p/{words}"
    if template == "table7":
        return f"/lokales/{year}/{month:02d}/{seed % 28 + 1:02d}/a{4000 + seed}.htm"
    return f"/news/releases/{year}/{month:02d}/{words}"


def honest_missing(lang: str) -> Route:
    return missing_page(*NOT_FOUND7[lang][0], 404)


def soft_missing(lang: str, latest: bool = False, echo: bool = False) -> Route:
    return missing_page(*NOT_FOUND7[lang][1], 200, latest=latest, echo=echo)


def add_live(s: Site3, n: int, seed: int, note: str = "article") -> None:
    """``n`` ordinary live articles of the site's language, at its kind of address."""
    for k in range(n):
        title = prose(s.lang, seed * 41 + k, 8).rstrip(".")
        s.add(path(s.template, seed * 5 + k, 2023 - k), "live_other",
              article(story(s.lang, seed * 43 + k, title, words=450 + 70 * k, byline=s.template != "gov7")), note)


def plain(status: int, body: str, ctype: str, headers: dict[str, str] | None = None) -> Route:
    def route(h: Handler, s: Site) -> None:
        h.send(status, body, headers, ctype=ctype)
    return route


def php_article(known: dict[str, Article], missing_words: str) -> Route:
    """An old PHP script: ``artikel.php?id=N`` shows article N, or a line saying there is none with that id."""
    def route(h: Handler, s: Site) -> None:
        ident = h.path.partition("id=")[2].split("&")[0]
        page = known.get(ident)
        if page is None:
            h.send(200, s.html(None, s.name, s.name, f"<p>{missing_words.format(id=ident)}</p>"))
        else:
            article(page)(h, s)
    return route


def article_with_status(page: Article, status: int) -> Route:
    """An article answered with another status than 200 (a CMS that sends a live article with a 404)."""
    def route(h: Handler, s: Site) -> None:
        h.send(status, s.html(page, f"{page.title} | {s.name}", page.title, page.lead + page.body))
    return route


def photo_essay(lang: str, seed: int, title: str) -> Article:
    """A newsletter post of photographs with captions (little running text)."""
    figures = "".join(f"<figure><img src='/i/{seed}-{k}.jpg' width='1200' height='800' alt=''><figcaption>"
                      f"{prose(lang, seed + k, 14)}</figcaption></figure>" for k in range(14))
    return Article(title, f"<p>{prose(lang, seed, 40)}</p>{figures}")


def short_thread(lang: str, seed: int, title: str) -> Article:
    """A forum thread of a few one-line posts."""
    return Article(title, "".join(f"<p>{prose(lang, seed + k, 12 + k * 3)}</p>" for k in range(4)), byline=True,
                   date="2024-04-18")


def build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []

    # not-found pages: per language an honest site (a deleted story answering 200 with the site's own not-found
    # words; every fourth answering a real 404) and a soft site (its 200 template; some probes redirect home or
    # to the search page)
    by_lang: dict[str, tuple[Site3, Site3]] = {}
    for i, lang in enumerate(LANGS):
        (t0, h0, b0), _ = NOT_FOUND7[lang]
        honest = site(f"{lang.upper()} Ministry Portal {i}", lang, T7[i % 5], missing=honest_missing(lang))
        status = 404 if i % 4 == 3 else 200
        honest.add(path(honest.template, 600 + i, 2021), "not_found_lang", notice(t0, h0, f"<p>{b0}</p>", status),
                   f"{lang} {status}, probe 404")
        if i % 4 == 0:
            add_live(honest, 1, 10 + i)
        sites.append(honest)
        probe = ("soft", "home", "soft", "search", "soft")[i % 5]
        missing = {"soft": soft_missing(lang, latest=i % 3 == 0, echo=i % 4 == 1), "home": None,
                   "search": to_search}[probe]
        soft = site(f"{lang.upper()} Community {i}", lang, T7[(i + 2) % 5], probe, missing)
        if probe == "search":
            soft.routes["/search"] = search_page
        soft.add(path(soft.template, 650 + i, 2019 + i % 5), "not_found_lang",
                 soft_missing(lang, latest=i % 3 == 0, echo=i % 4 == 1), f"{lang} 200, probe {probe}")
        if i % 4 == 3:
            add_live(soft, 1, 40 + i)
        sites.append(soft)
        by_lang[lang] = (honest, soft)

    # servers' own not-found answers behind a proxy that turns them into 200s; an old PHP newspaper's "no such id";
    # a forum's "doesn't exist or is private"
    go = site("api-gateway-news.io", "en", "letter7", "soft", missing=plain(200, "404 page not found\n", "text/plain"))
    go.add("/p/river-report-2020", "not_found_lang", plain(200, "404 page not found\n", "text/plain; charset=utf-8"),
           "go text/plain 200")
    add_live(go, 1, 70)
    nginx_page = ("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1>"
                  "</center>\r\n<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n</body>\r\n</html>\r\n")
    ng = site("Harbour Press Office", "en", "press7", "soft", missing=hosted(nginx_page))
    ng.add("/news/releases/2019/06/harbour-dredging-begins", "not_found_lang", hosted(nginx_page), "nginx page 200")
    add_live(ng, 1, 71)
    sites += [go, ng]
    for i, (lang, words, known_title) in enumerate((
            ("de", "Der Artikel mit der ID {id} existiert nicht.", "Stadtrat berät über neue Brücke"),
            ("hu", "Nincs {id} azonosítójú cikk az adatbázisban.", "Új híd épül a folyón"))):
        php = site(f"{lang.upper()} Kreisbote {i}", lang, "table7", missing=honest_missing(lang))
        live_id, dead_id = str(5120 + i), str(4711 + i)
        php.routes["/artikel.php"] = php_article({live_id: story(lang, 75 + i, known_title)}, words)
        php.cases += [Case(f"/artikel.php?id={dead_id}", "not_found_lang", f"{lang} php no such id"),
                      Case(f"/artikel.php?id={live_id}", "live_other", "article")]
        sites.append(php)
    oops = site("Riverside Residents Forum", "en", "forum7", missing=missing_page(
        "Page Not Found - Riverside Residents Forum", "Oops! That page doesn’t exist or is private.",
        "<a href='/latest'>Latest topics</a>", 404))
    oops.add("/t/ferry-timetable-thread/18842", "not_found_lang", missing_page(
        "Riverside Residents Forum", "Oops! That page doesn’t exist or is private.", "", 200), "forum private or gone")
    oops.add("/t/road-closed-at-the-bridge/19011", "live_other", article(short_thread("en", 91, "Road closed at the "
             "bridge?")), "short forum thread")
    sites.append(oops)

    # removal notices: on the language's sites of the not-found pages (by turns its honest and its soft one);
    # English ones on a forum, a newsletter and a ministry; two reached by a redirect to the site's "unavailable" page
    english = {k: site(f"EN Bulletin {k}", "en", k, ("honest", "soft", "honest")[n],
                       (honest_missing, soft_missing, honest_missing)[n]("en"))
               for n, k in enumerate(("forum7", "letter7", "gov7"))}
    for i, (lang, title, heading, body) in enumerate(REMOVED7):
        n = sum(1 for other in REMOVED7[:i] if other[0] == lang)
        s = english[("forum7", "letter7", "gov7", "gov7", "gov7")[n]] if lang == "en" else by_lang[lang][i % 2]
        route = notice(title, heading, f"<p>{body}</p>")
        cited = path(s.template, 700 + i, 2017 + i % 6)
        if i in (4, 9):
            s.routes[f"/unavailable/{i}"] = route
            s.add(cited, "removed", redirect(f"/unavailable/{i}", 302), f"{lang} redirect to a notice")
        else:
            s.add(cited, "removed", route, lang)
    add_live(english["gov7"], 1, 100)
    sites += english.values()

    # the trap: live articles whose own headline and lead speak of "not found", "404", "deleted", "expired"; by turns
    # on a site whose probe answers 404 and on one whose probe answers its 200 not-found template; a second shape of
    # the story (no byline, no date, or neither); a short brief on every fifth
    for i, (lang, title, lead) in enumerate(TRAPS7):
        probe = ("honest", "soft")[i % 2]
        missing = honest_missing(lang) if probe == "honest" else soft_missing(lang, latest=i % 4 == 1)
        s = site(f"{lang.upper()} Observer {probe} {i}", lang, T7[(i + 1) % 5], probe, missing)
        second: list[dict[str, object]] = [{"byline": False}, {"date": None}, {"byline": False, "date": None}]
        for n, shape in enumerate(({}, second[i % 3])):
            s.add(path(s.template, 800 + i * 3 + n), "live_trap",
                  article(story(lang, 810 + i * 5 + n, title, lead, 420 + 60 * ((i + n) % 5), **shape)),
                  f"{lang} {probe} {'+'.join(f'{k}={v}' for k, v in shape.items()) or 'full'}")
        if i % 5 == 0:
            s.add(path(s.template, 890 + i), "live_trap", article(Article(title, f"<p>{lead}</p>", byline=False)),
                  f"{lang} {probe} brief")
        sites.append(s)
    forums: dict[str, Site3] = {}
    for i, (lang, title, first) in enumerate(FORUM_TRAPS7):
        probe = ("honest", "soft")[i % 2]
        s = site(f"{lang.upper()} Help Forum {i}", lang, "forum7", probe,
                 honest_missing(lang) if probe == "honest" else soft_missing(lang))
        s.add(path("forum7", 850 + i), "live_trap", article(story(lang, 851 + i, title, first, 380)),
              f"{lang} support thread")
        forums.setdefault(lang, s)
        sites.append(s)
    for i, (lang, title, lead) in enumerate(NUMBER_TRAPS7):
        s = by_lang[lang][i % 2]
        s.add(path(s.template, 880 + i), "live_trap", article(story(lang, 881 + i, title, lead, 450)),
              f"{lang} number in headline")
    for i, (lang, title, banner) in enumerate(CLOSED7):
        forums[lang].add(path("forum7", 885 + i), "live_trap", article(with_banner(lang, 886 + i, title, banner)),
                         f"{lang} closed thread")
    for i, (lang, title, gone) in enumerate(DELETED_REPLIES7):
        s = forums["en"] if lang == "en" else by_lang[lang][0]
        replies = [f"<p>{prose(lang, 890 + i * 9 + k, 40 + 15 * k)}</p>" for k in range(8)]
        replies[3] = replies[6] = f"<p>{gone}</p>"
        s.add(path(s.template, 887 + i), "live_trap", article(Article(title, "".join(replies), date="2024-02-11")),
              f"{lang} thread with deleted replies")
    for i, (lang, title, banner) in enumerate(BANNERED7):
        s = site(f"{lang.upper()} Department {i}", lang, ("gov7", "gov7", "gov7", "press7", "table7")[i],
                 ("honest", "soft")[i % 2], honest_missing(lang) if i % 2 == 0 else soft_missing(lang))
        s.add(path(s.template, 870 + i, 2020), "live_trap", article(with_banner(lang, 871 + i, title, banner)),
              f"{lang} banner")
        sites.append(s)

    # parked, lapsed and taken-over domains: the same page for every path
    for i, (lang, html) in enumerate(LANDERS7):
        tld = ("com", "cn", "jp", "se", "net", "fi")[i]
        s = site(f"old-{i}-harbourtimes.{tld}", lang, "letter7", "same", every_url=hosted(html))
        s.cases += [Case(p, "parked", f"lander {lang} {n}") for n, p in enumerate(
            (path(T7[i % 5], 900 + i, 2018), f"/{2015 + i}/{i + 3:02d}/council-budget-{i}.html"))]
        sites.append(s)

    # redirects to a search page or to a listing; moved articles that land on the article
    red = [("en", "forum7", "/search?q={w}", 302, "/c/announcements/5", "/t/", 301),
           ("en", "gov7", "/search/all?keywords={w}&order=relevance", 301, "/government/organisations/ministry-of-"
            "transport", "/government/news/", 301),
           ("de", "table7", "/suche.php?begriff={w}", 302, "/lokales/", "/lokales/2019/06/", 301),
           ("fr", "letter7", "/archive?sort=search&search={w}", 302, "/archive", "/p/", 301),
           ("sv", "press7", "/search?query={w}&collection=news", 301, "/news/releases/", "/news/releases/2018/", 308),
           ("vi", "press7", "/tim-kiem?q={w}", 302, "/tags/nang-luong", "/tin-tuc/", 301),
           ("fa", "gov7", "/search?q={w}", 307, "/news/2019/", "/news/2019/", 301),
           ("hi", "forum7", "/search?q={w}", 302, "/latest", "/t/", 302)]
    for i, (lang, template, search, code, section, cited_prefix, section_code) in enumerate(red):
        s = site(f"{lang.upper()} Relay Desk {i}", lang, template, missing=honest_missing(lang))
        s.routes["/"] = front
        s.routes[section] = listing(section.strip("/").split("/")[-1].replace("-", " ").capitalize() or "Latest")
        words = ("harbour+dredging+plan", "harbour%20dredging%20plan")[i % 2]
        s.routes[search.split("?")[0]] = search_page
        s.add(f"/{lang}/{2018 + i % 3}/{i + 1:02d}/harbour-dredging-plan-{i}", "search_redirect",
              redirect(search.format(w=words), code))
        s.add(f"{cited_prefix}mill-closes-{5100 + i}", "section_redirect", redirect(section, section_code))
        if i in (2, 6):  # a chain: the old address to an archive address, which sends the reader to the front page
            s.routes[f"/archiv/{8800 + i}"] = redirect("/", 302)
            s.add(f"/{lang}/alt/{8800 + i}.html", "section_redirect", redirect(f"/archiv/{8800 + i}", 301),
                  "redirect chain to the front page")
        if i == 1:
            s.routes["/government/publications"] = listing("Publications")
            s.add("/government/publications/ferry-subsidy-review-2017", "section_redirect",
                  redirect("/government/publications?topic=transport", 301), "to the publications finder")
        new = path(template, 950 + i)
        s.routes[new] = article(story(lang, 960 + i, prose(lang, 970 + i, 7).rstrip(".")))
        moved: Route
        if template == "forum7":
            old, moved, how = new.rsplit("/", 2)[0] + "/old-title-of-topic/" + new.rsplit("/", 1)[1], \
                redirect(new, 301), "topic's new slug"
        elif i == 4:
            old, moved, how = f"/pressmeddelanden/{9500 + i}", soft_redirect_page(new, "meta"), "meta refresh"
        else:
            old, moved, how = f"/{lang}/archiv/{9500 + i}.html", redirect(new, (301, 301, 301, 308, 301, 302, 301)[i]), \
                "redirect"
        s.add(old, "live_other", moved, f"moved ({how})")
        sites.append(s)

    # app shells: not found only in the title, a state blob or a script; live shells of the same frameworks
    live_at = {0: 0, 1: 1, 5: 2}
    for i, (lang, html, probe) in enumerate(APP_SHELLS7):
        s = site(f"{lang.upper()} Reader App {i}", lang, T7[i % 5], probe,
                 missing=hosted(html) if probe == "soft" else honest_missing(lang))
        s.add(f"/{lang}/read/{2022 + i % 2}/{77100 + i}-harbour-dredging", "app_shell", hosted(html), f"{lang} {probe}")
        if i in live_at:
            s.add(f"/{lang}/read/2024/{77200 + i}-river-path", "live_other", hosted(LIVE_SHELLS7[live_at[i]]),
                  "live app shell")
        sites.append(s)

    # sent home by a meta refresh, a Refresh header, a script or a form; live pages refreshing themselves or
    # redirecting only on a condition
    for i, (lang, extra, html, headers) in enumerate(REFRESH_HOME7):
        s = site(f"{lang.upper()} Wire {i}", lang, T7[(i + 3) % 5], missing=honest_missing(lang))
        s.routes["/index.php"] = s.routes["/index.html"] = front
        route = in_head(html, extra) if extra else hosted(html or "<!DOCTYPE html><html><head><title>{site}</title>"
                                                                   "</head><body></body></html>", 200, headers or None)
        s.add(path(s.template, 1000 + i, 2016), "refresh_home", route, f"{lang} {(extra or str(headers))[:30] or 'page'}")
        if i < len(REFRESH_LIVE7):
            s.add(path(s.template, 1010 + i), "live_other", live_with_head(REFRESH_LIVE7[i], 50 + i),
                  "self refresh or conditional redirect")
        sites.append(s)

    # 410 Gone: the site's page, a server's page, JSON, nothing, and a redirect to a 410
    gone_sites: dict[str, Site3] = {}
    for i, (lang, html, how) in enumerate(GONE7):
        if lang not in gone_sites:
            gone_sites[lang] = site(f"{lang.upper()} Records Office", lang, ("gov7", "forum7", "table7",
                                                                             "press7")[len(gone_sites)],
                                    missing=honest_missing(lang))
        s = gone_sites[lang]
        if how == "redirect":
            s.routes["/entfernt/"] = gone_page(html, True)
            route = redirect("/entfernt/", 301)
        elif how == "json":
            route = plain(410, html, "application/json")
        elif how == "empty":
            route = plain(410, "", "text/html")
        elif how == "templated":
            route = gone_page(html, True)
        else:
            route = hosted(html, 410)
        s.add(path(s.template, 1100 + i, 2015), "gone", route, how)
    sites += gone_sites.values()

    # walls: an Akamai-style 403, a 429 asking to come back, a consent gate, a members' area; every path the same
    for i, (status, headers, html, lang, kind) in enumerate(WALLS7):
        name = ("nationalledger.com", "dagensfyr.se", "iltasanomat-alue.fi", "members.portgazette.com")[i]
        s = site(name, lang, T7[i], "same", every_url=hosted(html, status, headers))
        s.cases += [Case(path(s.template, 1200 + i * 2 + n), "live_other", kind) for n in range(2)]
        sites.append(s)

    # paywalled posts and a photo essay on a newsletter; police briefs on the table newspaper; PDFs of a court
    letters = site("The Harbour Letter", "en", "letter7", "soft", missing=soft_missing("en", latest=True))
    for i, (lang, title, wall) in enumerate(TEASERS7):
        letters.add(f"/p/{lang}-premium-{7600 + i}", "live_other", article(Article(
            title, paragraphs(prose(lang, 1300 + i, 70)) + f"<div class='paywall'><h2>{wall}</h2><button>Subscribe"
            "</button></div>")), "paywall")
    letters.add("/p/the-river-in-pictures", "live_other", article(photo_essay("en", 1320, "The river in pictures")),
                "photo essay")
    sites.append(letters)
    briefs = site("Kreisanzeiger Online", "de", "table7", missing=honest_missing("de"))
    for i, (text, title) in enumerate(BRIEFS7):
        briefs.add(f"/polizei/2024/05/0{i + 6}/m{880 + i}.htm", "live_other",
                   article(Article(title, f"<p>{text}</p>", byline=False)), "brief")
    sites.append(briefs)
    court = site("District Court Records", "en", "gov7", missing=honest_missing("en"))
    for i in range(3):
        pdf = write_pdf(title=f"Judgment in case 2{i}-cv-{1400 + i}", author="District Court",
                        running_head="Judgment", paragraphs=[prose("en", 1330 + k, 120) for k in range(4 + i)],
                        seed=70 + i, two_columns=i == 1)
        court.add(f"/documents/judgments/2{i}-cv-{1400 + i}.pdf", "live_other", pdf_file(pdf), "pdf")
    sites.append(court)
    thread = site("Valley Cyclists Forum", "en", "forum7", "soft", missing=soft_missing("en"))
    thread.add("/t/is-the-towpath-open-again/20417", "live_other", article(short_thread("en", 1340, "Is the towpath "
               "open again?")), "short forum thread")
    sites.append(thread)

    # a listing or the front page served in place of a deleted article (200, no redirect); a CMS answering a live
    # article with a 404 status
    newsroom = site("Northfield University Newsroom", "en", "press7", "soft", missing=listing("News"))
    newsroom.add("/news/releases/2018/09/river-sensor-network-launched", "section_redirect", listing("News"),
                 "listing served in place")
    newsroom.add("/news/releases/2024/03/new-flood-research-centre", "live_other", article_with_status(story(
        "en", 1350, "New flood research centre opens", "The centre will study river flooding across the region."), 404),
        "article answering 404")
    add_live(newsroom, 1, 135)
    gazeta = site("Gazeta Powiatowa", "pl", "table7", "soft", missing=front)
    gazeta.add("/lokales/2017/05/12/a3310.htm", "section_redirect", front, "front page served in place")
    add_live(gazeta, 1, 136)
    sites += [newsroom, gazeta]

    # content replaced: the cited URL serves another article; the same site's article cited by its own title is live
    for i, (lang, cited, day, now, lead, kept) in enumerate(REPLACED7):
        template = ("press7", "press7", "table7", "letter7", "gov7", "forum7")[i % 6]
        s = site(f"{lang.upper()} Reissue Desk {i}", lang, template, missing=honest_missing(lang))
        s.add(path(template, 1400 + i, int(day[:4])), REPLACED,
              article(story(LIFE7[lang], 1410 + i, now, lead, 480, date="2024-06-28")), lang,
              cited_title=cited, cited_date=day)
        s.add(path(template, 1420 + i, int(day[:4])), "live_other",
              article(story(lang, 1430 + i, kept, f"{kept}.", date=day)), "cited title matches",
              cited_title=kept, cited_date=day)
        sites.append(s)

    # an old id given to another local story (the PHP newspaper, a forum topic); articles cited by a reader's
    # translation of their headline, or by the headline they had before a retitle: live
    reused = site("DE Stadtanzeiger Archiv", "de", "table7", missing=honest_missing("de"))
    forum_reuse = site("Valley Riders Forum", "en", "forum7", missing=honest_missing("en"))
    for s, (lang, cited, day, now, lead) in zip((reused, forum_reuse), REPLACED_NEWS7, strict=True):
        s.add(path(s.template, 1450 + len(s.cases), int(day[:4])), REPLACED,
              article(story(lang, 1460 + len(s.cases), now, lead, 430, date="2024-05-30")), f"{lang} another story",
              cited_title=cited, cited_date=day)
        add_live(s, 1, 150 + len(s.cases))
    sites += [reused, forum_reuse]
    for i, (lang, headline, lead, cited, how) in enumerate(RETOLD7):
        s = by_lang[lang][(i + 1) % 2]
        s.add(path(s.template, 1470 + i, 2023), "live_other", article(story(lang, 1480 + i, headline, lead, 460,
                                                                            date="2023-03-14")),
              f"cited title {how}", cited_title=cited, cited_date="2023-03-14")

    assert all(c.category in (*BROKEN, "live_trap", "live_other", REPLACED) for s in sites for c in s.cases)
    assert all(len({c.path for c in s.cases}) == len(s.cases) for s in sites)
    return sites
