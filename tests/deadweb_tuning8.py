"""Tuning cases of the classes of mistake held-out 8 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 8 (tests/deadweb_pages8.py) missed, at its first run, 35 dead pages by kind (no false alarm); each kind has
cases here on other sites, in other wordings and languages, each beside a live page in the same words or shape that
the broader rule must pass:

* not-found and removed notices in the five languages the phrase lists lacked (Indonesian, Thai, Bulgarian, Danish,
  Swahili); dated briefs whose headlines quote or name those words beside them (a Thai one among them: a headline
  with no space between its words);
* "this address (link) leads nowhere" in other languages and wordings, and "nothing here" in the new languages on
  sites whose made-up URL goes home;
* items withdrawn from publication or blocked on a legal request (Russian, Ukrainian, Turkish), a verb before its
  item (Arabic), "this page was deleted by …" (Japanese); an answer and a media release as the removed item, a
  hosting account's "Account suspended", vacancies no longer open (English, Dutch, German, French, Spanish);
* parking landers in Bulgarian, Danish, Indonesian and Swahili; a live article about a domain for sale;
* app shells: a turbo-stream state's ``"status", 404``, a flight's title and a ``pageTitle`` naming a missing page;
  live shells of the same forms;
* refreshes home: the origin and a language's path, a link the page clicks itself, a frameset's one frame; live pages
  redirecting to the origin and a path of their own, clicking inside a function, a frameset of two frames;
* recycled URLs on a report layout whose key findings are in the site's usual words, dated years after the citation;
  a same-day report retitled beside them.
"""

from __future__ import annotations

import deadweb_templates8  # noqa: F401 - its vocabularies of the five languages held-out 8 brought
from deadweb_pages import REPLACED, Article, Case, Site, article, prose, raw
from deadweb_tuning6 import notice_sites
from deadweb_tuning7 import _page

PART = "tuning"

# (language, title, heading, body, category) of notices on sites answering a made-up URL with a 404
NOTICES = [
    ("id", "Galat", "Artikel yang Anda cari tidak ditemukan", "Periksa kembali alamatnya.", "not_found_lang"),
    ("id", "Pemberitahuan", "Konten ini telah dihapus", "Atas permintaan pemilik hak cipta.", "removed"),
    ("th", "ข้อผิดพลาด", "ไม่พบบทความที่คุณค้นหา", "โปรดตรวจสอบที่อยู่อีกครั้ง", "not_found_lang"),
    ("th", "ประกาศ", "บทความนี้ถูกนำออกแล้ว", "ขออภัยในความไม่สะดวก", "removed"),
    ("bg", "Грешка", "Не успяхме да намерим тази страница", "Проверете адреса.", "not_found_lang"),
    ("bg", "Съобщение", "Публикацията е изтрита от редакцията", "Извиняваме се на читателите.", "removed"),
    ("da", "Fejl", "Vi kunne ikke finde artiklen", "Tjek adressen.", "not_found_lang"),
    ("da", "Meddelelse", "Opslaget er blevet slettet", "Kontakt redaktionen.", "removed"),
    ("sw", "Hitilafu", "Makala haipatikani", "Angalia anwani.", "not_found_lang"),
    ("sw", "Taarifa", "Makala hii imefutwa", "Samahani kwa usumbufu.", "removed"),
    ("fr", "Oups", "Ce lien ne mène nulle part", "Revenez à l'accueil.", "not_found_lang"),
    ("it", "Ops", "Questo link non porta da nessuna parte", "Torna alla home.", "not_found_lang"),
    ("pt", "Ops", "Este link não leva a lugar nenhum", "Volte à página inicial.", "not_found_lang"),
    ("nl", "Oeps", "Deze link leidt nergens heen", "Terug naar home.", "not_found_lang"),
    ("sv", "Hoppsan", "Den här länken leder ingenstans", "Till startsidan.", "not_found_lang"),
    ("hu", "Hoppá", "Ez a link nem vezet sehová", "Vissza a címlapra.", "not_found_lang"),
    ("tr", "Hata", "Bu adres hiçbir yere gitmiyor", "Anasayfaya dönün.", "not_found_lang"),
    ("ru", "Ошибка", "Эта ссылка ведёт в никуда", "Вернитесь на главную.", "not_found_lang"),
    ("en", "Oops", "This link goes nowhere", "Try the search.", "not_found_lang"),
    ("ru", "Публикация", "Статья снята с сайта по решению суда", "Приносим извинения.", "removed"),
    ("uk", "Повідомлення", "Цю статтю вилучено за рішенням суду", "Вибачте.", "removed"),
    ("tr", "Erişim engeli", "Bu haber mahkeme kararıyla erişime engellendi", "Anlayışınız için teşekkürler.",
     "removed"),
    ("ar", "تنبيه", "حذفت هذه الصفحة بطلب من صاحبها", "نعتذر للقراء.", "removed"),
    ("ja", "ページ削除のお知らせ", "このページは運営者の都合により削除いたしました", "ご了承ください。", "removed"),
    ("en", "Notice", "This answer was deleted by a moderator", "See the help center.", "removed"),
    ("en", "Media centre", "This media release has been withdrawn", "Contact the press office.", "removed"),
    ("en", "Account Suspended", "Account Suspended", "This account has been suspended. Contact your hosting provider.",
     "removed"),
    ("en", "Jobs", "This vacancy is no longer open", "Applications closed on 3 March.", "removed"),
    ("nl", "Vacatures", "Deze vacature is vervuld", "Bekijk onze andere vacatures.", "removed"),
    ("de", "Stellenmarkt", "Diese Stelle ist bereits besetzt", "Weitere Angebote finden Sie hier.", "removed"),
    ("fr", "Emploi", "Cette offre est pourvue", "Consultez nos autres offres.", "removed"),
    ("es", "Empleo", "Esta vacante ya no está disponible", "Consulte otras ofertas.", "removed"),
]
# (language, title, heading, body) of not-found pages on a site whose made-up URL goes home: their words decide
NOTHING = [
    ("da", "Ups", "Her er intet at se", "Til forsiden."),
    ("id", "Ups", "Tidak ada apa-apa di sini", "Kembali ke beranda."),
    ("bg", "Упс", "Тук няма нищо", "Към началната страница."),
    ("en", "Hmm", "There is nothing at this URL", "Go to the front page."),
]
# (language, headline, body) of dated live briefs whose headline quotes or names those words
BRIEFS = [
    ("id", "Halaman tidak ditemukan: situs kementerian kehilangan arsip lama", "Warga mengeluh."),
    ("th", "ไม่พบบทความ: เว็บไซต์เทศบาลลบเอกสารเก่าทั้งหมด", "ประชาชนร้องเรียน"),
    ("th", "ไม่พบหน้าเว็บ: เอกสารของสภาหายไปจากเว็บไซต์", "สมาชิกสภาขอคำอธิบาย"),
    ("bg", "„Страницата не е намерена“: общината изтри стари решения", "Съветниците искат обяснение."),
    ("da", "Siden findes ikke: kommunen slettede gamle referater fra nettet", "Byrådet vil have svar."),
    ("sw", "Makala imefutwa: gazeti laomba radhi kwa wasomaji wake", "Mhariri ataeleza Jumatatu."),
    ("en", "This link goes nowhere: how the city lost its online archive", "Councillors want answers."),
    ("ru", "Статья снята с публикации: редакция объяснила своё решение", "Читатели требуют ответа."),
    ("en", "Account suspended: council's social media profile goes dark", "The council is appealing."),
]

# every path the same page: landers in the languages held-out 8 brought; a live article about a domain for sale
LANDERS = [
    ("bg", "<!doctype html><html><head><meta charset='utf-8'><title>{site}</title></head><body><h1>{site}</h1><p>"
           "Този домейн е за продажба. Свържете се със собственика.</p></body></html>"),
    ("da", "<!doctype html><html><head><meta charset='utf-8'><title>{site}</title></head><body><h1>{site}</h1><p>"
           "Dette domæne er til salg. Giv et bud i dag.</p></body></html>"),
    ("id", "<!doctype html><html><head><meta charset='utf-8'><title>{site}</title></head><body><h1>{site}</h1><p>"
           "Domain ini dijual. Hubungi pemiliknya.</p></body></html>"),
    ("sw", "<!doctype html><html><head><meta charset='utf-8'><title>{site}</title></head><body><h1>{site}</h1><p>"
           "Kikoa hiki kinauzwa. Wasiliana nasi.</p></body></html>"),
]
DOMAIN_STORY = ("da", "Dette domæne er til salg – sådan blev kommunens gamle adresse til en reklameside",
                "Kommunens gamle webadresse viser nu kun teksten ”Dette domæne er til salg”.")

# (page, category) of app shells and live shells of the same forms
SHELLS = [
    ("<div id='root'></div><script>window.__ctx.enqueue(\"[{\\\"_1\\\": 2}, \\\"errors\\\", {\\\"_3\\\": 4}, "
     "\\\"status\\\", 404, \\\"statusText\\\", \\\"Not Found\\\"]\");</script>", "app_shell"),
    ("<div hidden id='S:0'></div><script>self.__next_f.push([1,\"2:[[\\\"$\\\",\\\"title\\\",\\\"0\\\",{\\\"children"
     "\\\":\\\"ページが見つかりません\\\"}]]\\n\"])</script>", "app_shell"),
    ("<div id='app'></div><script>window.__STATE__ = {\"seo\": {\"pageTitle\": \"Seite nicht gefunden\"}};</script>",
     "app_shell"),
    ("<div id='root'></div><script>window.__ctx.enqueue(\"[{\\\"_1\\\": 2}, \\\"loaderData\\\", {\\\"_3\\\": 4}, "
     "\\\"status\\\", 200, \\\"story\\\", \\\"Ferry timetable changes\\\"]\");</script>", "live_other"),
    ("<div hidden id='S:0'></div><script>self.__next_f.push([1,\"2:[[\\\"$\\\",\\\"title\\\",\\\"0\\\",{\\\"children"
     "\\\":\\\"New ferry timetable from May\\\"}]]\\n\"])</script>", "live_other"),
    ("<div id='app'></div><script>window.__STATE__ = {\"seo\": {\"pageTitle\": \"Harbour crane inquiry opens\"}};"
     "</script>", "live_other"),
]

# (head, body, category) of pages sending the reader home, and live pages whose redirect is none
REFRESHES = [
    ("<script>location.replace(location.origin + '/de/');</script>", "", "refresh_home"),
    ("", "<a href='/x'>News</a> <a id='start' href='/'>Start</a><script>document.querySelector('#start').click();"
         "</script>", "refresh_home"),
    ("<script>window.location = window.location.origin + '/m/' + location.pathname;</script>",
     f"<h1>Ferry news</h1><p>{prose('en', 65, 40)}</p>", "live_other"),
    ("<script>function home() { document.getElementById('start').click(); }</script>",
     f"<h1>Ferry news</h1><p>{prose('en', 66, 40)}</p><a id='start' href='/' onclick='home()'>Home</a>",
     "live_other"),
]
FRAMESETS = [
    ("<frameset cols='*,0'><frame src='/index.html'><frame src='/blank.html'></frameset>", "refresh_home"),
    ("<frameset cols='25%,75%'><frame src='/nav.html'><frame src='/news/2019/quay-story.html'></frameset>",
     "live_other"),
]

# recycled URLs on a report layout: the key findings in the site's usual words under a lifestyle headline, the page
# dated years after the citation; beside them a same-day report retitled, whose findings keep the cited words
_REPORT = ("<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Coast Watch</title>"
           "<meta property='article:published_time' content='{date}T09:00:00Z'></head><body><header><a href='/'>Coast"
           " Watch</a></header><main><p class='kicker'>Report</p><h1>{title}</h1><p>Published {date}</p><h2>Key "
           "findings</h2><p>{findings}</p><p>{body}</p></main></body></html>")
REPORTS = [
    ("en", "Ten picnic spots for the long weekend", "2024-06-14", "Council budget for the harbour was cut again.",
     "en-life", REPLACED, "Council cuts harbour budget", "2020-05-04"),
    ("de", "Die schönsten Badeseen im Sommer", "2024-06-18", "Stadtrat Haushalt Hafen Brücke Schule.",
     "de-life", REPLACED, "Stadtrat kürzt Haushalt für den Hafen", "2019-10-22"),
    ("en", "Harbour spending falls for a third year", "2021-03-02",
     "The council cut its harbour budget again, the report finds.", "en", "live_other",
     "Council cuts harbour budget", "2021-03-02"),
]


def build() -> list[Site]:
    sites = notice_sites("t8", NOTICES, NOTHING, BRIEFS)
    for i, (lang, html) in enumerate(LANDERS):
        lander = Site(f"lander-t8-{i}.example", lang, "classic", "soft", PART, every_url=raw(html))
        lander.cases += [Case(f"/news/2020/item-{n}", "parked", "lander, every path") for n in range(2)]
        sites.append(lander)
    lang, headline, lead = DOMAIN_STORY
    story = Site("Domain story t8", lang, "classic", "honest", PART)
    story.add("/2024/05/domain-story", "live_trap", article(Article(headline, f"<p>{lead}</p>" + prose(lang, 850, 420))),
              "a live article about a domain for sale")
    sites.append(story)
    shells = Site("Shells t8", "en", "classic", "honest", PART)
    for i, (body, category) in enumerate(SHELLS):
        shells.add(f"/app/t8-{i}-quay", category, raw(_page("", body)), "turbo-stream state or a state's title")
    sites.append(shells)
    refreshes = Site("Refresh t8", "en", "classic", "honest", PART)
    for home in ("/de/", "/index.html"):
        refreshes.routes[home] = article(Article("Front page", prose("en", 860, 60)))
    refreshes.routes["/news/2019/quay-story.html"] = article(Article("Quay story", prose("en", 861, 420)))
    for i, (head, body, category) in enumerate(REFRESHES):
        refreshes.add(f"/news/2018/t8-{i}", category, raw(_page(head, body)), "origin and path, or a click")
    for i, (frames, category) in enumerate(FRAMESETS):
        refreshes.add(f"/news/2018/t8-frames-{i}", category, raw(
            f"<!doctype html><html><head><title>Quay Times</title></head>{frames}</html>"), "frameset")
    sites.append(refreshes)
    reports = Site("Coast Watch t8", "en", "classic", "honest", PART)
    for i, (lang, title, day, findings, vocab, category, cited, cited_day) in enumerate(REPORTS):
        reports.add(f"/reports/{cited_day[:4]}/coast-report-{i}/", category, raw(_REPORT.format(
            lang=lang, title=title, date=day, findings=findings, body=prose(vocab, 870 + i, 420))),
            "key findings in the site's words, date", cited_title=cited, cited_date=cited_day)
    sites.append(reports)
    return sites
