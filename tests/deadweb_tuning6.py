"""Tuning cases of the classes of mistake held-out 6 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 6 (tests/deadweb_pages6.py) missed, at its first run, pages by kind; each
kind has cases here on other sites, in other wordings and languages, each beside
a live page in the same words or shape that the broader rule must pass:

* not-found and removed notices in languages the phrase lists lacked (Czech,
  Korean, Romanian, Greek; Dutch "niet langer", "verlopen") and in forms they
  lacked: Russian and Ukrainian story nouns (публикация, відео, сюжет), "what you
  are looking for" as the object, an editor's active removal ("Nous avons supprimé
  cette vidéo"), "fora do ar", a post disabled after a complaint, an item and its
  fate as a title, a wiki's page with no text, "nothing at this address" said
  alone; dated briefs whose headlines quote or name those words beside them;
* a dated brief under a headline of its own whose short body speaks of a missing
  page (the French AMP trap's kind): live;
* a blog whose profile widget links its author (``rel="author"``) on every page,
  its not-found page too, whose archive and label lists make the page long: the
  not-found page, and a short live post with its own date;
* redirects to the site's error page (``/errors/404?from=…``, ASP.NET's
  ``?aspxerrorpath=``); a moved article whose new path names an error in its slug;
* app shells that tell prerenderers their status (``render:status_code``) or whose
  GraphQL answer is typed ``NotFound``; live shells of the same forms;
* refreshes home by an HTTP ``Refresh`` header, a ``DOMContentLoaded`` handler, a
  path set alone, the origin spelled out (protocol and host); a live page's own
  reload header and a conditional handler;
* a recycled URL on a blog whose ``<h1>`` is the blog's name (its lead is the
  blog's description), beside a live post cited by its own title.
"""

from __future__ import annotations

import json

import deadweb_templates6  # noqa: F401 - its vocabularies of the five languages held-out 6 brought (nl, cs, ko, ro, el)
from deadweb_pages import REPLACED, Article, Route, Site, article, notice, prose, raw, redirect

PART = "tuning"

# (language, title, heading, body, category) of notices on sites answering a made-up URL with a 404
NOTICES = [
    ("cs", "Chyba", "Požadovaná stránka neexistuje", "Zkontrolujte prosím adresu.", "not_found_lang"),
    ("ko", "알림", "해당 기사를 찾을 수 없습니다", "주소를 다시 확인해 주세요.", "not_found_lang"),
    ("ro", "Eroare", "Articolul a fost șters de redacție", "Vă rugăm să reveniți la prima pagină.", "removed"),
    ("el", "Σφάλμα", "Το περιεχόμενο αφαιρέθηκε", "Επιστροφή στην αρχική σελίδα.", "removed"),
    ("nl", "Melding", "Deze uitzending is niet langer te zien", "Bekijk ons actuele aanbod.", "removed"),
    ("ru", "Ошибка", "Такой публикации больше нет", "Вернитесь на главную страницу.", "removed"),
    ("uk", "Увага", "Це відео більше недоступне", "Перегляньте інші випуски.", "removed"),
    ("it", "Avviso", "Non siamo riusciti a trovare quello che cercavi", "Prova a cercare nell'archivio.",
     "not_found_lang"),
    ("pt", "Matéria fora do ar", "Aviso", "Por decisão judicial, o conteúdo está suspenso.", "removed"),
    ("fr", "Avis", "Nous avons supprimé cette vidéo", "Les droits de diffusion ont pris fin.", "removed"),
    ("en", "Copyright notice", "This video has been disabled following a takedown request",
     "The uploader has been informed.", "removed"),
    ("de", "Bahnhofstraße – Stadtwiki", "Bahnhofstraße", "Diese Seite enthält momentan noch keinen Text. Du kannst "
     "den Titel auf anderen Seiten suchen.", "not_found_lang"),
]
# (language, title, heading, body) of not-found pages on a site whose made-up URL goes home: their words decide
NOTHING = [
    ("uk", "Нічого не знайдено", "Помилка", "Поверніться на головну."),
    ("de", "Hinweis", "Unter dieser Adresse ist nichts", "Zur Startseite."),
]
# (language, headline, body) of dated live briefs whose headline quotes or names those words, or whose short body
# speaks of a missing page
BRIEFS = [
    ("cs", "„Stránka neexistuje“: úřad smazal stovky starých dokumentů", "Opozice žádá jejich obnovení."),
    ("ko", "'페이지를 찾을 수 없습니다': 시청 홈페이지 개편 논란", "시민들은 옛 자료를 찾지 못하고 있다."),
    ("el", "«Το περιεχόμενο αφαιρέθηκε»: διαμαρτυρία για το δημοτικό αρχείο", "Οι κάτοικοι ζητούν εξηγήσεις."),
    ("ro", "Pagina nu a fost găsită: primăria își șterge arhiva online", "Consilierii cer explicații."),
    ("fr", "Vidéo supprimée : la chaîne retire son reportage sur le port",
     "Depuis mardi, le lien mène à une page introuvable ; la rédaction promet une explication."),
    ("en", "Council quietly deletes years of planning minutes from its website",
     "Residents say old links now lead to a page that cannot be found."),
]

# a blog page: its header's <h1> is the blog's name; a profile widget links the author (rel="author") on every
# page; archive and label lists make it long
_BLOG = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body><header>"
         "<h1 class='blog-title'><a href='/'>Riverside Notes</a></h1><p class='description'>Notes on the council, "
         "the river, the ferry and the harbour board, from a resident.</p></header><div class='posts'>{posts}</div>"
         "<aside><div class='profile'><h2>About me</h2><a class='profile-name' href='https://profiles.example/rn' "
         "rel='author'>Ann Weaver</a><p>" + prose("en", 501, 40) + "</p></div><div class='archive'><h2>Blog "
         "archive</h2><ul>" + "".join(f"<li><a href='/{y}/'>{y}</a> ({y % 17 + 3})</li>" for y in range(2010, 2025))
         + "".join(f"<li><a href='/2024/0{m}/story-{m}.html'>{prose('en', 510 + m, 6)}</a></li>" for m in range(1, 10))
         + "</ul></div><div class='labels'>" + " ".join(f"<a href='/search/label/{w}'>{w}</a>" for w in
                                                          prose("en", 520, 30).split()) + "</div></aside></body></html>")
BLOG_PAGES = [
    (_BLOG.format(title="Riverside Notes: page not found", posts="<div class='status-msg'>Sorry, the page you were "
                  "looking for in this blog does not exist.</div>"), "not_found_lang", None),
    (_BLOG.format(title="Ferry timetable changes for the summer | Riverside Notes", posts="<div class='post'><h3 "
                  "class='post-title'>Ferry timetable changes for the summer</h3><div class='post-body'><p>"
                  + prose("en", 530, 60) + "</p></div><abbr class='published' itemprop='datePublished' title="
                  "'2024-05-06T08:00:00'>08:00</abbr></div>"), "live_other", "Ferry timetable changes for the summer"),
    # a recycled URL: the blog's h1 is its name, and its description holds words of the cited title
    (_BLOG.format(title="Five summer salads to try this weekend | Riverside Notes", posts="<div class='post'><h3 "
                  "class='post-title'>Five summer salads to try this weekend</h3><div class='post-body'><p>"
                  + prose("en-life", 540, 420) + "</p></div><abbr class='published' itemprop='datePublished' title="
                  "'2024-07-02T08:00:00'>08:00</abbr></div>"), REPLACED, "Harbour board approves new ferry council"),
]

_STORY = ("The harbour board agreed on Monday to rebuild the east jetty, closed since the spring storms. Work "
          "starts in July and the ferry will use the west quay until then. ") * 12
# (page, category) of app shells: a status told to prerenderers, a GraphQL answer typed NotFound
SHELLS = [
    ("<meta name='render:status_code' content='410'>", "<div id='root'></div>", "app_shell"),
    ("", "<div id='root'></div><script>window.__APOLLO__=" + json.dumps({"ROOT_QUERY": {"node": {
        "__typename": "NotFound", "path": "/news/jetty"}}}) + ";</script>", "app_shell"),
    ("<meta name='render:status_code' content='200'>", "<div id='root'></div><script>window.__APOLLO__="
     + json.dumps({"ROOT_QUERY": {"story": {"__typename": "Story", "title": "East jetty to be rebuilt",
                                            "body": _STORY}}}) + ";</script>", "live_other"),
    ("", "<div id='root'></div><script>window.__APOLLO__=" + json.dumps({"ROOT_QUERY": {"story": {
        "__typename": "NotFoundStories", "title": "Lost and found: the harbour's missing bell", "body": _STORY}}})
     + ";</script>", "live_other"),
]
# (head, body, headers, category) of pages sending the reader home, and live pages whose redirect is none
REFRESHES = [
    ("", "<p>Redirecting…</p>", {"Refresh": "2; url=/"}, "refresh_home"),
    ("<script>document.addEventListener('DOMContentLoaded', () => { location.replace('/'); });</script>",
     "<p>Loading…</p>", {}, "refresh_home"),
    ("<script>window.location.pathname = '/';</script>", "", {}, "refresh_home"),
    ("<script>location.href = location.protocol + '//' + location.hostname + '/';</script>", "", {}, "refresh_home"),
    ("", f"<h1>Ferry news</h1><p>{prose('en', 61, 40)}</p>", {"Refresh": "900"}, "live_other"),
    ("<script>document.addEventListener('DOMContentLoaded', function () { if (!window.ok) { location.href = '/'; } "
     "});</script>", f"<h1>Ferry news</h1><p>{prose('en', 62, 40)}</p>", {}, "live_other"),
]


def _page(head: str, body: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Harbour Times</title>{head}"
            f"</head><body>{body}</body></html>")


def _error_page(h: object, s: Site) -> None:
    notice("Error | {site}", "Something went wrong", "<p>Return to the front page.</p>")(h, s)  # type: ignore[arg-type]


def notice_sites(tag: str, notices: list[tuple[str, str, str, str, str]], nothing: list[tuple[str, str, str, str]],
                 briefs: list[tuple[str, str, str]]) -> list[Site]:
    """A tuning file's sites of notices (each on a site answering a made-up URL with a 404), of "nothing here"
    pages (on sites whose made-up URL goes home) and of dated live briefs beside them (one site)."""
    sites: list[Site] = []
    for i, (lang, title, heading, body, category) in enumerate(notices):
        site = Site(f"Notices {tag} {lang}{i}", lang, ("classic", "divsoup", "portal", "blog")[i % 4], "honest", PART)
        site.add(f"/{lang}/2023/04/item-{i}", category, notice(title, heading, f"<p>{body}</p>"), lang)
        sites.append(site)
    for i, (lang, title, heading, body) in enumerate(nothing):
        site = Site(f"Nothing {tag} {lang}{i}", lang, ("portal", "classic")[i % 2], "home", PART)
        site.add(f"/{lang}/2022/06/tram-depot-sale-{i}", "not_found_lang", notice(title, heading, f"<p>{body}</p>"),
                 f"{lang}, made-up URL home")
        sites.append(site)
    dated = Site(f"Briefs {tag}", "en", "classic", "honest", PART)
    for i, (lang, headline, body) in enumerate(briefs):
        dated.add(f"/brief/{tag}-{i}", "live_trap", article(Article(headline, f"<p>{body}</p>", byline=False)),
                  f"{lang} dated brief")
    return [*sites, dated]


def build() -> list[Site]:
    sites = notice_sites("t6", NOTICES, NOTHING, BRIEFS)
    blog = Site("Blog t6", "en", "classic", "honest", PART)
    for i, (html, category, cited) in enumerate(BLOG_PAGES):
        blog.add(f"/2021/0{i + 3}/harbour-ferry-note-{i}.html", category, raw(html), "blog, profile in every page",
                 cited_title=cited, cited_date="2021-03-10" if cited else None)
    sites.append(blog)
    errors = Site("Errors t6", "en", "divsoup", "honest", PART)
    errors.routes["/errors/404"] = errors.routes["/Error.aspx"] = _error_page
    errors.add("/news/2020/07/old-ferry-fares", "not_found_lang", redirect("/errors/404?from=/news/2020/07/old", 302),
               "redirect to the error page")
    errors.add("/en/news/58001.aspx", "not_found_lang", redirect("/Error.aspx?aspxerrorpath=/en/news/58001.aspx", 302),
               "redirect to ASP.NET's error page")
    errors.routes["/news/2021/error-in-the-budget-report"] = article(Article(
        "An error in the budget report", prose("en", 570, 420)))
    errors.add("/news/2021/budget-report-error", "live_other", redirect("/news/2021/error-in-the-budget-report"),
               "moved article, 'error' in its slug")
    sites.append(errors)
    shells = Site("Shells t6", "en", "classic", "honest", PART)
    for i, (head, body, category) in enumerate(SHELLS):
        shells.add(f"/app/t6-{i}-jetty", category, raw(_page(head, body)), "prerender status or GraphQL type")
    sites.append(shells)
    refreshes = Site("Refresh t6", "en", "classic", "honest", PART)
    for i, (head, body, headers, category) in enumerate(REFRESHES):
        refreshes.add(f"/news/2019/t6-{i}", category, _route(head, body, headers), "header, handler, path or origin")
    sites.append(refreshes)
    return sites


def _route(head: str, body: str, headers: dict[str, str]) -> Route:
    return raw(_page(head, body), headers=headers or None)
