"""Tuning cases of the classes of mistake held-out 10 showed at its first run (deadweb_pages.PARTS' "tuning" part).

Held-out 10 (tests/deadweb_pages10.py) called, at its first run, four live pages behind walls answering every path
alike (a firewall's refusal, a Catalan consent wall) soft 404s and missed 31 dead or replaced pages by kind; each
kind has cases here on other sites, in other wordings and languages, each beside a live page in the same words or
shape that the broader rule must pass:

* walls answering every path with the same page: firewalls' refusals (an incident ID, a Ray ID, a CloudFront request
  ID, a support ID in Spanish and German) and consent walls in languages the consent lists lacked (Galician, Basque,
  Serbian, Latvian, Georgian, Tamil, Slovenian, Norwegian; a platform's dialog in Maltese): live, never dead;
* not-found and removed notices in the languages held-out 10 brought (Catalan, Latvian, Georgian, Tamil, Serbian);
  an alert, an episode, an announcement, a thesis, a bulletin withdrawn, annulled, pulled or hidden, the verb before
  its item or many words between; a broadcast with no replay; a page "gone astray" in six languages; dated briefs
  whose headlines use those words;
* landers assembled by a script from an object's values (Latvian), and in Catalan, Serbian, Georgian, Tamil; a live
  article about a domain sold;
* app shells: a page named 404 in the app's state, a constant saying "not found" beside a 404, a declarative shadow
  root, a dialog's message, a compound noun's "existiert nicht"; live shells of the same forms;
* refreshes home: a URL made from the page's own (``new URL('/', …)``), ``window.open`` in the page's own window; a
  new window, a function's;
* a series' item reused ("Folge 7: …" another year), a Tamil repository item retitled; the cited item republished.
"""

from __future__ import annotations

import deadweb_templates10  # noqa: F401 - its vocabularies of the languages held-out 10 brought
from deadweb_pages import REPLACED, Article, Case, Site, article, prose, raw
from deadweb_tuning6 import notice_sites
from deadweb_tuning7 import _page

PART = "tuning"

# (language, title, heading, body, category) of notices on sites answering a made-up URL with a 404
NOTICES = [
    ("ca", "Error", "No s'ha trobat la pàgina", "Reviseu l'adreça.", "not_found_lang"),
    ("ca", "Avís", "Hem retirat aquest episodi de la plataforma", "Disculpeu les molèsties.", "removed"),
    ("lv", "Kļūda", "Raksts nav atrasts", "Pārbaudiet adresi.", "not_found_lang"),
    ("lv", "Paziņojums", "Šis raksts ir dzēsts", "Atvainojamies lasītājiem.", "removed"),
    ("ka", "შეცდომა", "სტატია ვერ მოიძებნა", "შეამოწმეთ მისამართი.", "not_found_lang"),
    ("ka", "შეტყობინება", "ეს ვიდეო წაშლილია", "ბოდიშს გიხდით.", "removed"),
    ("ta", "பிழை", "நீங்கள் தேடிய பக்கம் கிடைக்கவில்லை", "முகவரியைச் சரிபார்க்கவும்.", "not_found_lang"),
    ("ta", "அறிவிப்பு", "இந்த செய்தி நீக்கப்பட்டது", "மன்னிக்கவும்.", "removed"),
    ("sr", "Грешка", "Страница није пронађена", "Проверите адресу.", "not_found_lang"),
    ("sr", "Обавештење", "Овај чланак је уклоњен", "Извињавамо се читаоцима.", "removed"),
    ("ru", "Ошибка", "Документ не найден", "Проверьте адрес.", "not_found_lang"),
    ("en", "Alert", "This flood alert has been cancelled and removed from the site", "See current alerts.", "removed"),
    ("en", "Podcast", "We have pulled this episode following a complaint", "Other episodes are online.", "removed"),
    ("en", "Broadcast", "No replay is available for this broadcast", "Highlights follow later.", "removed"),
    ("de", "Mitteilung", "Diese Mitteilung hat der Emittent zurückgezogen", "Zur Übersicht.", "removed"),
    ("fr", "Épisode", "Nous avons retiré cet épisode à la demande de l'invité", "Les autres épisodes restent.",
     "removed"),
    ("es", "Aviso", "Este aviso meteorológico ya caducado ha sido retirado", "Consulte los avisos vigentes.",
     "removed"),
    ("it", "Comunicato", "Questo comunicato dell'emittente è stato ritirato", "Torna all'elenco.", "removed"),
    ("pt", "Tese", "Esta tese de mestrado foi retirada a pedido da autora", "Contacte a biblioteca.", "removed"),
    ("pl", "Komunikat", "Spółka wycofała ten komunikat", "Wróć do listy.", "removed"),
    ("hu", "Közlemény", "A kibocsátó kérésére a közleményt visszavontuk", "Vissza a listához.", "removed"),
    ("uk", "Оголошення", "Це оголошення знято з сайту на вимогу емітента", "Поверніться до списку.", "removed"),
    ("zh", "提示", "该节目已被主播撤下", "敬请谅解。", "removed"),
    ("ja", "お知らせ", "このエピソードは削除されました", "ご了承ください。", "removed"),
]
# (language, title, heading, body) of pages "gone astray" on sites whose made-up URL goes home: their words decide
NOTHING = [
    ("en", "Oops", "This page seems to have got lost", "Try the search."),
    ("fr", "Oups", "Cette page s'est égarée", "Retour à l'accueil."),
    ("it", "Ops", "Questa pagina si è persa", "Torna alla home."),
    ("de", "Hoppla", "Diese Seite hat sich verirrt", "Zur Startseite."),
    ("ru", "Упс", "Страница потерялась", "На главную."),
    ("zh", "哎呀", "页面迷路了", "返回首页。"),
]
# (language, headline, body) of dated live briefs whose headline quotes or names those words
BRIEFS = [
    ("en", "Flood alert cancelled: river levels fall across the valley", "Crews stay on standby."),
    ("es", "Esta página se ha perdido: el archivo municipal cierra su web", "El ayuntamiento promete una nueva."),
    ("lv", "Raksts nav atrasts: bibliotēka zaudē arhīvu", "Dome prasa paskaidrojumu."),
    ("de", "Diese Folge wurde aus dem Programm genommen: Sender erklärt Entscheidung", "Der Rundfunkrat tagt."),
    ("ca", "Capítol retirat: la ràdio explica per què", "La direcció respondrà dilluns."),
]

_WALL = ("<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>{body}"
         "</body></html>")
# every path the same firewall refusal or consent wall: live (blocked), never dead
WALLS = [
    ("en", "Blocked", "<p>Your request has been blocked by the web application firewall.</p><p>Incident ID: "
                      "7731-AB92-0041. Quote this ID to the site's administrator.</p>"),
    ("en", "Error", "<h2>Sorry, you have been blocked</h2><p>You are unable to access quay-news.example.</p>"
                    "<p>Ray ID: 8a1b2c3d4e5f6a7b</p>"),
    ("en", "ERROR: The request could not be satisfied", "<h1>403 ERROR</h1><p>The request could not be satisfied. "
                                                        "Request blocked.</p><p>Generated by cloudfront (CloudFront) "
                                                        "Request ID: Zx9QpL3mN0aB</p>"),
    ("es", "Seguridad", "<p>Su solicitud ha sido bloqueada por motivos de seguridad.</p><p>ID de soporte: 99812734</p>"),
    ("de", "Sicherheit", "<p>Ihre Anfrage wurde blockiert.</p><p>Support-ID: 4412-9981-2210</p>"),
    ("gl", "A túa privacidade", "<p>Usamos cookies para amosar o contido.</p><button>Aceptar todas</button>"),
    ("eu", "Cookieak", "<p>Webgune honek cookieak erabiltzen ditu.</p><button>Onartu guztiak</button>"),
    ("sr", "Колачићи", "<p>Овај сајт користи колачиће и обрађује личне податке.</p><button>Прихватам</button>"),
    ("lv", "Sīkdatnes", "<p>Mēs izmantojam sīkdatnes.</p><button>Piekrītu</button>"),
    ("ka", "ქუქი-ფაილები", "<p>ეს საიტი იყენებს ქუქი-ფაილებს.</p><button>ვეთანხმები</button>"),
    ("ta", "குக்கீகள்", "<p>இந்த தளம் குக்கீகளைப் பயன்படுத்துகிறது.</p><button>ஏற்கிறேன்</button>"),
    ("sl", "Piškotki", "<p>Spletno mesto uporablja piškotke.</p><button>Sprejmi vse</button>"),
    ("no", "Personvern", "<p>Vi bruker informasjonskapsler.</p><button>Godta alle</button>"),
    ("mt", "Sit", "<div id='onetrust-banner-sdk'><p>Dan is-sit juża l-cookies.</p><button>Naċċetta</button></div>"),
]

# (language, page) of landers every path, and a live article about a domain sold
LANDERS = [
    ("lv", "<div id='l'></div><script>var s={a:'Šis domēns',b:'ir pārdošanā',c:'Rakstiet mums'};document."
           "getElementById('l').innerHTML='<h1>'+location.host+'</h1><p>'+s.a+' '+s.b+'.</p><p>'+s.c+'</p>';</script>"),
    ("ca", "<h1>{site}</h1><p>Aquest domini està en venda. Feu-nos una oferta.</p>"),
    ("sr", "<h1>{site}</h1><p>Овај домен је на продају. Контактирајте нас.</p>"),
    ("ka", "<h1>{site}</h1><p>ეს დომენი იყიდება. დაგვიკავშირდით.</p>"),
    ("ta", "<h1>{site}</h1><p>இந்த டொமைன் விற்பனைக்கு உள்ளது.</p>"),
]
DOMAIN_STORY = ("lv", "Pilsētas vecais domēns nonāca izsolē",
                "Dome paziņoja, ka vecais domēns ir pārdošanā kopš marta, un arhīvs pārcelts uz bibliotēku.")

# (page, category) of app shells and live shells of the same forms
SHELLS = [
    ("<div id='app'></div><script>window.__app = {\"view_name\": \"404\", \"user\": null};</script>", "app_shell"),
    ("<div id='app'></div><script>var boot = {\"estado\":\"NO_ENCONTRADO\",\"codigo\":404};</script>", "app_shell"),
    ("<quay-item><template shadowrootmode='open'><h1>Seite nicht gefunden</h1></template></quay-item>", "app_shell"),
    ("<div id='v'></div><script>Swal.fire('Error', 'No se ha encontrado el documento solicitado');</script>",
     "app_shell"),
    ("<div data-bind='visible: missing'><p>Dieser Wetterbericht existiert nicht</p></div>", "app_shell"),
    ("<div id='app'></div><script>window.__app = {\"view_name\": \"home\", \"user\": null};</script>", "live_other"),
    ("<div id='app'></div><script>var boot = {\"estado\":\"ACTIVO\",\"codigo\":200};</script>", "live_other"),
    ("<quay-item><template shadowrootmode='open'><h1>Ferry timetable</h1><p>"
     + prose("de", 1001, 40) + "</p></template></quay-item>", "live_other"),
]

# (head, body, category) of pages sending the reader home, and live pages whose redirect is none
REFRESHES = [
    ("<script>location.assign(new URL('/', document.baseURI));</script>", "", "refresh_home"),
    ("", "<script>window.open('/', '_top');</script>", "refresh_home"),
    ("<script>function home() { location.assign(new URL('/', location.href)); }</script>",
     f"<h1>Ferry news</h1><p>{prose('en', 1002, 40)}</p><button onclick='home()'>Home</button>", "live_other"),
    ("", f"<h1>Ferry news</h1><p>{prose('en', 1003, 40)}</p><script>window.open('/share', '_blank');</script>",
     "live_other"),
]

# (site, language, layout, (path, the page's title now, prose seed, its date), the cited title, the cited date): an
# address of a series' item or a repository's item reused for another, and the cited item republished beside it
RECYCLED = [
    ("Podcast t10", "de", "blog", ("/folgen/7", "Folge 7: Sauerteigbrot richtig backen", 1005, "2024-03-02"),
     "Folge 7: Die Fähre von 1953 und ihre Besatzung", "2019-04-11"),
    ("Repository t10", "ta", "classic", ("/handle/77/1", "மழைக்கால சமையல் குறிப்புகள் பத்து", 1007, "2024-06-01"),
     "துறைமுக விரிவாக்க திட்டம் குறித்த அறிக்கை", "2020-02-10"),
]


def build() -> list[Site]:
    sites = notice_sites("t10", NOTICES, NOTHING, BRIEFS)
    for i, (lang, title, body) in enumerate(WALLS):
        wall = Site(f"wall-t10-{i}.example", lang, "classic", "honest", PART,
                    every_url=raw(_WALL.format(lang=lang, title=title, body=body)))
        wall.cases += [Case(f"/news/2022/harbour-item-{n}", "live_other", "wall, every path") for n in range(2)]
        sites.append(wall)
    for i, (lang, body) in enumerate(LANDERS):
        lander = Site(f"lander-t10-{i}.example", lang, "classic", "soft", PART,
                      every_url=raw(_page("", body, lang)))
        lander.cases += [Case(f"/news/2019/item-{n}", "parked", "lander, every path") for n in range(2)]
        sites.append(lander)
    lang, headline, lead = DOMAIN_STORY
    story = Site("Domain story t10", lang, "classic", "honest", PART)
    story.add("/2024/05/domain-story", "live_trap", article(Article(headline, f"<p>{lead}</p>" + prose(lang, 1004, 420))),
              "a live article about a domain for sale")
    sites.append(story)
    shells = Site("Shells t10", "en", "classic", "honest", PART)
    for i, (body, category) in enumerate(SHELLS):
        shells.add(f"/app/t10-{i}-quay", category, raw(_page("", body)), "page name, constant, shadow root, dialog")
    sites.append(shells)
    refreshes = Site("Refresh t10", "en", "classic", "honest", PART)
    for i, (head, body, category) in enumerate(REFRESHES):
        refreshes.add(f"/news/2019/t10-{i}", category, raw(_page(head, body)), "new URL, window.open")
    sites.append(refreshes)
    for name, lang, template, (path, title, seed, day), cited, cited_day in RECYCLED:
        site = Site(name, lang, template, "honest", PART)
        site.add(path, REPLACED, article(Article(title, prose(lang, seed, 420), date=day)), "another item, same address",
                 cited_title=cited, cited_date=cited_day)
        site.add(path + "-cited", "live_other", article(Article(cited, prose(lang, seed + 1, 420), date=day)),
                 "the cited item, republished", cited_title=cited, cited_date=cited_day)
        sites.append(site)
    return sites
