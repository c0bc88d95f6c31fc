"""Tuning cases of the classes of mistake held-out 9 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 9 (tests/deadweb_pages9.py) called, at its first run, a Slovak consent wall's two live pages soft 404s and
missed 30 dead pages by kind; each kind has cases here on other sites, in other wordings and languages, each beside a
live page in the same words or shape that the broader rule must pass:

* consent walls answering every path with the same page in languages the consent lists lacked (Czech, Croatian,
  Lithuanian, Danish, Greek): live, never dead;
* not-found and removed notices in the five languages held-out 9 brought (Malay, Estonian, Lithuanian, Slovak,
  Croatian), "such a page we do not have", "nothing here" in them; a bill, minutes, a museum object, a programme, a
  fact check withdrawn, deaccessioned, retracted or taken down; dated briefs whose headlines name those words;
* a hosting contract run out (English, German) in a site's place; a live article about a hosting contract;
* app shells: a page type 404, a 404 beside a not-found message in a shell's state under keys of any language; live
  shells with a 200 and an id 404;
* refreshes home: a form named as a property of ``document.forms``, a location set by the history and reloaded; live
  pages that do either inside a function, or set the history without reloading;
* a numbered page of an old CMS sent to a one-word section; a page of the site's own moved likewise (live);
* a recurring item's address reused another year (a weekly column, a board's minutes); the cited year's item cited
  by its own title (live).
"""

from __future__ import annotations

import deadweb_templates9  # noqa: F401 - its vocabularies of the five languages held-out 9 brought
from deadweb_pages import REPLACED, Article, Case, Site, article, prose, raw, redirect
from deadweb_tuning6 import notice_sites
from deadweb_tuning7 import _page

PART = "tuning"

# (language, title, heading, body, category) of notices on sites answering a made-up URL with a 404
NOTICES = [
    ("ms", "Ralat", "Artikel yang anda cari tidak dijumpai", "Sila semak alamat.", "not_found_lang"),
    ("ms", "Notis", "Video ini telah dipadam atas permintaan pemilik hak cipta", "Harap maaf.", "removed"),
    ("et", "Viga 404", "Artiklit ei leitud", "Kontrolli aadressi.", "not_found_lang"),
    ("et", "Teade", "See video on eemaldatud", "Vabandame.", "removed"),
    ("lt", "Klaida", "Puslapis nerastas", "Patikrinkite adresą.", "not_found_lang"),
    ("lt", "Pranešimas", "Šis straipsnis buvo pašalintas", "Atsiprašome skaitytojų.", "removed"),
    ("sk", "Chyba 404", "Stránka nebola nájdená", "Skontrolujte adresu.", "not_found_lang"),
    ("sk", "Oznam", "Video bolo odstránené na žiadosť autora", "Ospravedlňujeme sa.", "removed"),
    ("hr", "Greška", "Stranica ne postoji", "Provjerite adresu.", "not_found_lang"),
    ("hr", "Obavijest", "Ovaj članak je uklonjen", "Ispričavamo se čitateljima.", "removed"),
    ("ru", "Ошибка", "Такой статьи на сайте нет", "Проверьте адрес.", "not_found_lang"),
    ("de", "Holzweg", "Diese Seite gibt es leider nicht", "Zur Startseite.", "not_found_lang"),
    ("en", "Record withdrawn", "This record has been withdrawn from the catalogue", "Ask the archivist.", "removed"),
    ("en", "Notice", "We have retracted this story", "Our corrections policy explains why.", "removed"),
    ("en", "Council", "The minutes of this meeting were withdrawn", "A corrected set will follow.", "removed"),
    ("es", "Congreso", "La proposición fue retirada por sus autores", "Consulte el registro.", "removed"),
    ("pl", "Zbiory", "Eksponat został wycofany z ekspozycji online", "Przepraszamy.", "removed"),
    ("hu", "Médiatár", "A felvételt jogi okokból eltávolítottuk", "Elnézést kérünk.", "removed"),
    ("ar", "تنبيه", "تم حجب هذا الفيديو بقرار قضائي", "نعتذر للمشاهدين.", "removed"),
    ("zh", "提示", "该节目因故已下架", "敬请谅解。", "removed"),
]
# (language, title, heading, body) of not-found pages on a site whose made-up URL goes home: their words decide
NOTHING = [
    ("lt", "Oi", "Čia nieko nėra", "Į pradžią."),
    ("hr", "Ups", "Ovdje nema ničega", "Na naslovnicu."),
    ("ar", "عذراً", "لا يوجد أي شيء هنا", "الصفحة الرئيسية."),
]
# (language, headline, body) of dated live briefs whose headline quotes or names those words
BRIEFS = [
    ("sk", "Stránka nebola nájdená: mesto stratilo archív zápisníc", "Poslanci žiadajú vysvetlenie."),
    ("hr", "Članak je uklonjen: portal se ispričao čitateljima", "Urednik će objasniti u ponedjeljak."),
    ("et", "Artiklit ei leitud: vald kaotas vanad protokollid", "Volikogu nõuab selgitust."),
    ("en", "This bill was withdrawn: what happens to the harbour levy now", "Councillors want answers."),
    ("en", "Hosting contract expired: the council's old site goes dark", "The archive moves to the library."),
]

_WALL = ("<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div "
         "class='cmp'><h1>{heading}</h1><p>{text}</p><button>{button}</button></div></body></html>")
# every path the same consent wall, in languages the consent lists lacked: live (blocked), never dead
WALLS = [
    ("cs", "Souhlas se zpracováním", "Vaše soukromí", "Používáme cookies a zpracováváme osobní údaje.", "Souhlasím"),
    ("hr", "Postavke kolačića", "Cijenimo vašu privatnost", "Koristimo kolačiće za prikaz sadržaja.", "Prihvati sve"),
    ("lt", "Sutikimas", "Jūsų privatumas", "Naudojame slapukus.", "Sutinku"),
    ("da", "Samtykke", "Dit privatliv", "Vi og vores partnere bruger cookies.", "Accepter alle"),
    ("el", "Συγκατάθεση", "Το απόρρητό σας", "Χρησιμοποιούμε cookies.", "Αποδοχή όλων"),
]
# every path the same: a host's page for a hosting contract run out; a live article about one
HOSTING = [
    ("en", "<!doctype html><html><head><title>{site}</title></head><body><p>This hosting account has expired. The "
           "owner should renew it in the control panel.</p></body></html>"),
    ("de", "<!doctype html><html><head><title>{site}</title></head><body><p>Der Hosting-Vertrag für diese Website ist "
           "abgelaufen.</p></body></html>"),
]
HOSTING_STORY = ("en", "When the hosting contract expired, the museum's catalogue went dark",
                 "The museum's web hosting contract expired in March and nobody renewed it.")

# (page, category) of app shells and live shells of the same forms
SHELLS = [
    ("<div id='site'></div><script>Static={};Static.CONTEXT={\"pageType\": 404, \"website\": {}};</script>",
     "app_shell"),
    ("<div x-data=\"{ klaida: 404, pranesimas: 'Puslapis nerastas' }\"><p x-text='pranesimas'></p></div>",
     "app_shell"),
    ("<div id='q'></div><script type='qwik/json'>{\"objs\": [\"\\u0012Page not found\", 410]}</script>",
     "app_shell"),
    ("<div id='site'></div><script>Static={};Static.CONTEXT={\"pageType\": 200, \"website\": {}};</script>",
     "live_other"),
    ("<div x-data=\"{ id: 404, nazev: 'Ferry timetable changes' }\"><p x-text='nazev'></p></div>", "live_other"),
]

# (head, body, category) of pages sending the reader home, and live pages whose redirect is none
REFRESHES = [
    ("", "<form id='home' action='/' method='get'></form><script>document.forms.home.submit();</script>",
     "refresh_home"),
    ("<script>history.pushState({}, '', '/'); window.location.reload();</script>", "", "refresh_home"),
    ("<script>function go() { document.forms.home.submit(); }</script>",
     f"<h1>Ferry news</h1><p>{prose('en', 95, 40)}</p><form id='home' action='/'><button onclick='go()'>Go</button>"
     "</form>", "live_other"),
    ("<script>history.replaceState(null, '', '/news/2018/quay-story');</script>",
     f"<h1>Ferry news</h1><p>{prose('en', 96, 40)}</p>", "live_other"),
]


def build() -> list[Site]:
    sites = notice_sites("t9", NOTICES, NOTHING, BRIEFS)
    for i, (lang, title, heading, text, button) in enumerate(WALLS):
        wall = Site(f"consent-t9-{i}.example", lang, "classic", "honest", PART, every_url=raw(_WALL.format(
            lang=lang, title=title, heading=heading, text=text, button=button)))
        wall.cases += [Case(f"/news/2021/harbour-item-{n}", "live_other", "consent wall, every path") for n in range(2)]
        sites.append(wall)
    for i, (lang, html) in enumerate(HOSTING):
        lander = Site(f"hosting-t9-{i}.example", lang, "classic", "soft", PART, every_url=raw(html))
        lander.cases += [Case(f"/news/2020/item-{n}", "parked", "hosting expired, every path") for n in range(2)]
        sites.append(lander)
    lang, headline, lead = HOSTING_STORY
    story = Site("Hosting story t9", lang, "classic", "honest", PART)
    story.add("/2024/05/hosting-story", "live_trap", article(Article(headline, f"<p>{lead}</p>" + prose(lang, 950, 420))),
              "a live article about a hosting contract")
    sites.append(story)
    shells = Site("Shells t9", "en", "classic", "honest", PART)
    for i, (body, category) in enumerate(SHELLS):
        shells.add(f"/app/t9-{i}-quay", category, raw(_page("", body)), "page type, or a coded message")
    sites.append(shells)
    refreshes = Site("Refresh t9", "en", "classic", "honest", PART)
    refreshes.routes["/news/2018/quay-story"] = article(Article("Quay story", prose("en", 961, 420)))
    for i, (head, body, category) in enumerate(REFRESHES):
        refreshes.add(f"/news/2018/t9-{i}", category, raw(_page(head, body)), "a named form, or the history")
    sites.append(refreshes)
    moved = Site("Old CMS t9", "en", "classic", "honest", PART)
    moved.routes["/archive/"] = article(Article("Archive", prose("en", 962, 420)))
    moved.routes["/about-us/"] = article(Article("About us", prose("en", 963, 200)))
    moved.add("/en/old/4411.html", "section_redirect", redirect("/archive/"), "numbered page to a section")
    moved.add("/en/old/about.html", "live_other", redirect("/about-us/"), "a page of the site's own, moved")
    sites.append(moved)
    board = Site("Harbour Board t9", "en", "classic", "honest", PART)
    board.add("/board/minutes/latest", REPLACED, article(Article(
        "Harbour board meeting of 4 June 2024: minutes", prose("en", 964, 420), date="2024-06-05")),
              "another year's minutes", cited_title="Harbour board meeting of 7 May 2018: minutes",
              cited_date="2018-05-08")
    board.add("/board/minutes/2018-05", "live_other", article(Article(
        "Harbour board meeting of 7 May 2018: minutes", prose("en", 965, 420), date="2018-05-08")),
              "the cited year's minutes", cited_title="Harbour board meeting of 7 May 2018: minutes",
              cited_date="2018-05-08")
    sites.append(board)
    return sites
