"""A labelled set of the web's other ways of dying, on simulated sites: the successor of soft404_pages.

Each site is a loopback host (127.0.2.N) with one of four page templates
(``classic`` with <main>/<article>, ``divsoup`` without either and with rails of
article links, ``blog``, ``portal`` with role=main and a long menu), a language,
and a way of answering a made-up URL (an honest 404, a 200 template, a redirect
home). Its cases are labelled with a category:

broken: ``parked`` (every path a "for sale" lander, some assembled by script),
``search_redirect``, ``section_redirect`` (a prefix of the cited path, or a
listing of many articles), ``removed`` (a 200 page saying the content was
removed, expired, is no longer available), ``not_found_lang`` (not-found pages in
fourteen languages), ``app_shell`` (only the title, a JSON state blob, or a
script says "not found"; one state blob sits past ``check.read_bytes``),
``refresh_home`` (a meta refresh or a script sending the reader home), ``gone``
(410);

not broken: ``live_trap`` (live articles whose own headline and body speak of
"page not found", "404", "no longer available", in eleven languages, with and
without byline, date or a main region, on honest and on soft sites),
``live_other`` (consent walls, bot challenges, paywall teasers, short briefs,
PDFs, moved articles, an article whose script redirect is conditional, a
paraphrased cited title);

``content_replaced``: the cited URL serves another article (the citation's title
and date name the original).

The **held-out** parts 1 and 2 (``Site.part``; their own sites, templates mixed,
their own phrasings) were written with the tuning part, before the bench was first
run; each was measured once as written, then the rules were generalised on its
misses, so neither is held out any more (docs/check.md says what each first
measured). ``bench/soft404.py`` prints every part; tests/check/test_deadweb.py asserts
the first property (no false alarm on a live article) on every part and the
floors on the parts tuned on (``TUNED``).

**Held-out 3** (``held_out_3``, tests/deadweb_pages3.py with its layouts in
deadweb_templates3 and its words in deadweb_data3) was written blind to the
check's rules by a different author, and was not scored before its merge.

**Held-out 4** (``held_out_4``, tests/deadweb_pages4.py with its layouts in
deadweb_templates4 and its words in deadweb_data4) was written blind to the
check's rules by yet another author after every earlier part had been tuned on,
and was not scored before its merge. Its first run is kept in docs/check.md as
the honest estimate; the rules were then generalised on its misses (with cases
of each class in tests/deadweb_tuning4.py), so it is tuned on too and in ``TUNED``.

**Held-out 5** (``held_out_5``, tests/deadweb_pages5.py with its layouts in
deadweb_templates5 and its words in deadweb_data5) was written blind to the
check's rules by yet another author after held-out 4 had been tuned on, and was
not scored before its merge. Its first run is kept in docs/check.md as the honest
estimate; the rules were then generalised on its misses (with cases of each class
in tests/deadweb_tuning5.py), so it is tuned on too and in ``TUNED``.

**Held-out 6** (``held_out_6``, tests/deadweb_pages6.py with its layouts in
deadweb_templates6 and its words in deadweb_data6) was written blind to the
check's rules by yet another author after held-out 5 had been tuned on, and was
not scored before its merge: its four layouts (an AMP page, a MediaWiki news
wiki, a Bootstrap local-TV site, a Blogger blog) and five of its languages (nl,
cs, ko, ro, el) are new to the set. Its first run is kept in docs/check.md as the
honest estimate; the rules were then generalised on its misses (with cases of each
class in tests/deadweb_tuning6.py), so it is tuned on too and in ``TUNED``.

**Held-out 7** (``held_out_7``, tests/deadweb_pages7.py with its layouts in
deadweb_templates7 and its words in deadweb_data7) was written blind to the
check's rules by yet another author after held-out 6 had been tuned on, and was
not scored before its merge: its five layouts (a ministry on a government design
system, a Discourse-like forum thread, a Substack-like newsletter, a regional
newspaper on an old table layout, a university press office) and six of its
languages (sv, fi, vi, he, hi, fa) are new to the set. Its first run is kept in
docs/check.md as the honest estimate; the rules were then generalised on its
misses (with cases of each class in tests/deadweb_tuning7.py), so it is tuned on
too and in ``TUNED``.

**Held-out 8** (``held_out_8``, tests/deadweb_pages8.py with its layouts in
deadweb_templates8 and its words in deadweb_data8) was written blind to the
check's rules by yet another author after held-out 7 had been tuned on, and was
not scored before its merge: its five layouts (a press-release wire, a Q&A site,
a long-form magazine, a court's judgments database, an NGO's report pages) and
five of its languages (id, th, bg, da, sw) are new to the set. Its first run is
kept in docs/check.md as the honest estimate; the rules were then generalised on
its misses (with cases of each class in tests/deadweb_tuning8.py), so it is tuned
on too and in ``TUNED``.

**Held-out 9** (``held_out_9``, tests/deadweb_pages9.py with its layouts in
deadweb_templates9 and its words in deadweb_data9) was written blind likewise
after held-out 8 had been tuned on: five layouts (a broadcaster's video page, a
bill tracker, a council's minutes, a museum's collection, a fact-checking site)
and five languages (ms, et, lt, sk, hr) new to the set. Its first run is kept in
docs/check.md as the honest estimate; the rules were then generalised on its
misses (with cases of each class in tests/deadweb_tuning9.py), so it is tuned on
too and in ``TUNED``.

**Held-out 10** (``held_out_10``, tests/deadweb_pages10.py with its layouts in
deadweb_templates10 and its words in deadweb_data10) was written blind likewise
after held-out 9 had been tuned on, by an author who read none of the check's
rules, and was not scored before its merge: five layouts (a sports results site,
a weather and emergency agency, a stock exchange's company announcements, a
podcast host's episode pages, a university's repository) and five languages (ca,
sr, ka, ta, lv) new to the set. Its first run is kept in docs/check.md as the
honest estimate; the rules were then generalised on its false alarms and misses
(with cases of each class in tests/deadweb_tuning10.py), so it is tuned on too and
in ``TUNED``: every blind part is now tuned on, and the next honest estimate needs
a new blind part.

The tuning part also holds the kinds a review of the rules flagged
(tests/deadweb_tuning_review.py: hosts' pages in a site's place under any status,
dated briefs whose headline gives an item of its own a fate the phrase lists name);
they were written without sight of held-out 10 and merged after its first run.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from servers import Handler, LoopbackServer

BROKEN = ("parked", "search_redirect", "section_redirect", "removed", "not_found_lang", "app_shell", "refresh_home",
          "gone")
LIVE = ("live_trap", "live_other")
REPLACED = "content_replaced"
CATEGORIES = (*BROKEN, *LIVE, REPLACED)
PARTS = ("tuning", "held_out_1", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7",
         "held_out_8", "held_out_9", "held_out_10")
# held_out_3 (tests/deadweb_pages3.py) was written blind to the check's rules by a different author and scored once
# before any rule changed for it (docs/check.md keeps that first run); the rules were then generalised on its
# misses, so it is tuned on too and the accuracy floor over the tuned parts covers it; held_out_4
# (tests/deadweb_pages4.py), held_out_5 (tests/deadweb_pages5.py), held_out_6 (tests/deadweb_pages6.py) and
# held_out_7 (tests/deadweb_pages7.py), held_out_8 (tests/deadweb_pages8.py), held_out_9 (tests/deadweb_pages9.py)
# and held_out_10 (tests/deadweb_pages10.py) likewise, each after its first run
TUNED = ("tuning", "held_out_1", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7",
         "held_out_8", "held_out_9", "held_out_10")

VOCAB = {
    "en": "council budget river school court mayor election report police hospital water energy policy union strike "
          "contract housing market bank inflation trade port railway bridge storm flood harvest museum festival",
    "de": "Stadtrat Haushalt Fluss Schule Gericht Bürgermeister Wahl Bericht Polizei Klinik Wasser Energie Gewerkschaft "
          "Vertrag Wohnungen Markt Bank Handel Hafen Bahn Brücke Sturm Ernte Museum",
    "fr": "conseil budget rivière école tribunal maire élection rapport police hôpital énergie syndicat grève contrat "
          "logement marché banque commerce port pont tempête récolte musée",
    "es": "concejo presupuesto río escuela tribunal alcalde elección informe policía hospital agua energía sindicato "
          "huelga contrato vivienda mercado banco comercio puerto puente tormenta cosecha museo",
    "it": "consiglio bilancio fiume scuola tribunale sindaco elezioni rapporto polizia ospedale acqua energia sindacato "
          "sciopero contratto mercato banca commercio porto ponte tempesta museo",
    "pt": "câmara orçamento rio escola tribunal prefeito eleição relatório polícia hospital água energia sindicato "
          "greve contrato moradia mercado banco comércio porto ponte tempestade museu",
    "pl": "rada budżet rzeka szkoła sąd burmistrz wybory raport policja szpital woda energia związek strajk umowa "
          "mieszkania rynek bank handel port most burza żniwa muzeum",
    "ru": "совет бюджет река школа суд мэр выборы доклад полиция больница вода энергия профсоюз забастовка договор "
          "жильё рынок банк торговля порт мост буря урожай музей",
    "uk": "рада бюджет річка школа суд мер вибори звіт поліція лікарня вода енергія профспілка страйк договір житло "
          "ринок банк торгівля порт міст буря врожай музей",
    "tr": "belediye bütçe nehir okul mahkeme başkan seçim rapor polis hastane su enerji sendika grev sözleşme konut "
          "piyasa banka ticaret liman köprü fırtına hasat müze",
    "hu": "önkormányzat költségvetés folyó iskola bíróság polgármester választás jelentés rendőrség kórház víz energia "
          "szakszervezet sztrájk szerződés lakás piac bank kereskedelem kikötő híd vihar aratás múzeum",
    "ar": "المجلس الميزانية النهر المدرسة المحكمة العمدة الانتخابات التقرير الشرطة المستشفى المياه الطاقة النقابة "
          "الإضراب العقد السكن السوق البنك التجارة الميناء الجسر العاصفة الحصاد المتحف",
    "zh": "市议会 预算 河流 学校 法院 市长 选举 报告 警方 医院 供水 能源 工会 罢工 合同 住房 市场 银行 贸易 港口 铁路 大桥 暴雨 博物馆",
    "ja": "市議会 予算 河川 学校 裁判所 市長 選挙 報告 警察 病院 水道 電力 労組 契約 住宅 市場 銀行 貿易 港湾 鉄道 橋 台風 博物館",
}
VOCAB["en-life"] = ("recipe kitchen garden holiday beach travel fashion summer gadget phone review chef bread "
                    "coffee style wellness fitness yoga music concert film series celebrity wedding")
VOCAB["de-life"] = "Rezept Küche Garten Urlaub Strand Reise Mode Sommer Grill Kaffee Musik Film Serie Hochzeit Yoga"
VOCAB["fr-life"] = "recette cuisine jardin vacances plage voyage mode été café musique film série mariage yoga"
VOCAB["es-life"] = "receta cocina jardín vacaciones playa viaje moda verano café música película serie boda yoga"
VOCAB["pl-life"] = "przepis kuchnia ogród wakacje plaża podróż moda lato kawa muzyka film serial ślub joga telefon"
VOCAB["pt-life"] = "receita cozinha jardim férias praia viagem moda verão café música filme série casamento ioga"
# a recycled URL's new article is about something else: a lifestyle page where a council story was
OTHER_TOPIC = {lang: f"{lang}-life" for lang in ("en", "de", "fr", "es", "pl", "pt")}
CJK = ("zh", "ja")


def prose(lang: str, seed: int, words: int) -> str:
    rnd = random.Random(seed)
    vocab = VOCAB[lang].split()
    if lang in CJK:
        return "".join(rnd.choice(vocab) + ("。" if i % 9 == 8 else "") for i in range(words))
    return " ".join(rnd.choice(vocab) + ("." if i % 12 == 11 else "") for i in range(words)).capitalize()


# --- page templates --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Article:
    title: str
    body: str
    byline: bool = True
    date: str | None = "2024-05-06"
    lead: str = ""  # before the body (a cookie banner, a notice)


def _nav(site: Site, words: int = 40) -> str:
    return prose(site.lang, sum(map(ord, site.name)), words)


def _links(site: Site, n: int, seed: int = 0) -> str:
    rnd = random.Random(seed + len(site.name))
    return "".join(f"<li><a href='/news/{2020 + i % 5}/{'-'.join(rnd.choice(VOCAB['en'].split()) for _ in range(4))}"
                   f"-{i}'>{prose(site.lang, seed + i, 6)}</a></li>" for i in range(n))


def _meta(article: Article) -> tuple[str, str]:
    """(head markup, body byline markup) of an article's byline and date."""
    head = f"<meta property='article:published_time' content='{article.date}T08:00:00Z'>" if article.date else ""
    byline = "<p class='byline'>By Ana Ortiz</p>" if article.byline else ""
    if article.date:
        byline += f"<time datetime='{article.date}'>{article.date}</time>"
    return head, byline


def classic(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    head, byline = _meta(page) if page else ("", "")
    return (f"<!doctype html><html lang='{site.lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><header><a href='/'>{site.name}</a></header><nav>{_nav(site)}</nav><main><article>"
            f"<h1>{heading}</h1>{byline}<p>{body}</p></article></main><aside><h2>More</h2><ul>{_links(site, 6)}</ul>"
            f"</aside><footer>{site.name} · about · contact · privacy</footer></body></html>")


def divsoup(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    ld = (f"<script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"datePublished\":\"{page.date}\"}}"
          "</script>") if page and page.date else ""
    by = "<div class='author-name'>Ana Ortiz</div>" if page and page.byline else ""
    return (f"<html><head><title>{title}</title>{ld}</head><body><div class='top'>{_nav(site, 60)}</div>"
            f"<div class='wrap'><div class='col'><h1>{heading}</h1>{by}<div class='txt'>{body}</div></div>"
            f"<div class='rail'><ul>{_links(site, 12, 3)}</ul></div></div><div class='foot'>{site.name}</div>"
            "</body></html>")


def blog(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    head, byline = _meta(page) if page else ("", "")
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><h1>{heading}</h1>"
            f"<div class='post-meta'>{byline}</div><p>{body}</p><p><a href='/'>{site.name}</a></p></body></html>")


def portal(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    head, byline = _meta(page) if page else ("", "")
    return (f"<!doctype html><html lang='{site.lang}'><head><title>{title}</title>{head}</head><body>"
            f"<div id='menu'>{_nav(site, 120)}</div><div role='main'><h1>{heading}</h1>{byline}<p>{body}</p></div>"
            f"<div id='most-read'><ol>{_links(site, 10, 7)}</ol></div><div id='footer'>{_nav(site, 30)}</div>"
            "</body></html>")


Template = Callable[["Site", Article | None, str, str, str], str]
TEMPLATES: dict[str, Template] = {"classic": classic, "divsoup": divsoup, "blog": blog, "portal": portal}


# --- sites -------------------------------------------------------------------------------------------------------

Route = Callable[[Handler, "Site"], None]


@dataclass(frozen=True)
class Case:
    path: str
    category: str
    note: str = ""
    cited_title: str | None = None  # for the event file (None: a placeholder)
    cited_date: str | None = None


@dataclass
class Site:
    name: str
    lang: str
    template: str
    probe: str = "honest"  # honest | soft | home: how a made-up URL is answered
    part: str = "tuning"  # tuning | held_out_1 | held_out_2 (see the module's docstring)
    routes: dict[str, Route] = field(default_factory=dict)
    cases: list[Case] = field(default_factory=list)
    every_url: Route | None = None  # the same answer for every path (parking, walls)
    soft_page: tuple[str, str, str] = ("", "", "")  # title, heading, body of a soft site's answer to a made-up URL

    def html(self, page: Article | None, title: str, heading: str, body: str) -> str:
        return TEMPLATES[self.template](self, page, title, heading, body)

    def add(self, path: str, category: str, route: Route, note: str = "", cited_title: str | None = None,
            cited_date: str | None = None) -> None:
        self.routes[path] = route
        self.cases.append(Case(path, category, note, cited_title, cited_date))

    def route(self, h: Handler) -> None:
        path = h.route_path
        if path == "/robots.txt":
            h.send(404, "", ctype="text/plain")
        elif self.every_url is not None:
            self.every_url(h, self)
        elif path in self.routes:
            self.routes[path](h, self)
        elif path == "/":
            h.send(200, self.html(None, f"{self.name}", self.name, prose(self.lang, 1, 150)))
        elif self.probe == "soft":
            title, heading, body = self.soft_page
            h.send(200, self.html(None, title or self.name, heading, body))
        elif self.probe == "home":
            h.redirect("/", 302)
        else:
            h.send(404, self.html(None, "404", "404", "Not found."))


def article(page: Article) -> Route:
    def route(h: Handler, site: Site) -> None:
        h.send(200, site.html(page, f"{page.title} | {site.name}", page.title, page.lead + page.body))
    return route


def notice(title: str, heading: str, body: str, status: int = 200) -> Route:
    def route(h: Handler, site: Site) -> None:
        h.send(status, site.html(None, title.format(site=site.name), heading, body))
    return route


def raw(html: str, status: int = 200, headers: dict[str, str] | None = None, ctype: str = "text/html; charset=utf-8"
        ) -> Route:
    def route(h: Handler, site: Site) -> None:
        h.send(status, html.replace("{site}", site.name), headers, ctype=ctype)
    return route


def redirect(location: str, status: int = 301) -> Route:
    def route(h: Handler, site: Site) -> None:
        h.redirect(location, status)
    return route


def listing(h: Handler, site: Site) -> None:
    h.send(200, site.html(None, f"Economy | {site.name}", "Economy", f"<ul>{_links(site, 30, 11)}</ul>"))


def _art(lang: str, seed: int, title: str, words: int = 420, **kw: object) -> Article:
    return Article(title, prose(lang, seed, words), **kw)  # type: ignore[arg-type]


# --- the cases -----------------------------------------------------------------------------------------------------

TAGS = {"tuning": "t", "held_out_1": "h", "held_out_2": "v", "held_out_3": "b", "held_out_4": "f",
        "held_out_5": "k", "held_out_6": "s", "held_out_7": "q",
        "held_out_8": "w", "held_out_9": "j"}

# (language, title, heading, body) of "not found" pages: the tuning part's phrasing ...
NOT_FOUND = [
    ("ru", "Страница не найдена", "Ошибка 404", "Запрашиваемая страница не найдена. Вернитесь на главную."),
    ("uk", "Сторінку не знайдено", "Помилка 404", "На жаль, сторінку не знайдено."),
    ("zh", "页面不存在", "抱歉，您访问的页面不存在", "请返回首页。"),
    ("ja", "ページが見つかりません", "お探しのページは見つかりませんでした", "トップページへ戻る"),
    ("ar", "الصفحة غير موجودة", "عذرا، الصفحة المطلوبة غير موجودة", "العودة إلى الصفحة الرئيسية"),
    ("tr", "Sayfa bulunamadı", "Aradığınız sayfa bulunamadı", "Ana sayfaya dönün."),
    ("hu", "Az oldal nem található", "Hiba", "A keresett oldal nem található."),
    ("de", "Seite nicht gefunden", "Fehler 404", "Die angeforderte Seite wurde nicht gefunden."),
    ("fr", "Page introuvable", "Erreur 404", "La page demandée n'existe pas."),
    ("es", "Página no encontrada", "Error 404", "La página que busca no existe."),
    ("it", "Pagina non trovata", "Errore 404", "La pagina richiesta non esiste."),
    ("pt", "Página não encontrada", "Erro 404", "A página que você procura não existe."),
    ("pl", "Nie znaleziono strony", "Błąd 404", "Strona nie istnieje."),
    ("en", "Page not found", "We can't find that page", "Try the search box or go to the front page."),
    # words between the key words, and each language's other common ways (written after held-out 2's first run)
    ("ar", "عذرا", "لم نتمكن من العثور على هذه الصفحة", "العودة إلى الصفحة الرئيسية"),
    ("es", "No encontrado", "Vaya", "No pudimos encontrar la página que buscas."),
    ("de", "Fehler", "Die Seite konnte leider nicht gefunden werden", "Zur Startseite"),
    ("pt", "Ops", "A página que você procura não existe mais", "Voltar"),
    ("ru", "Ошибка", "Мы не смогли найти эту страницу", "На главную"),
    ("it", "Errore", "Non siamo riusciti a trovare la pagina", "Torna alla home."),
]
# ... and the held-out part's
NOT_FOUND_HELD = [
    ("ru", "404 | Вестник", "Страница не существует", "Запрошенный материал не найден."),
    ("uk", "Помилка 404", "Такої сторінки не існує", "Перевірте адресу."),
    ("zh", "404 - 新闻网", "很抱歉，您要访问的页面不存在或已被删除", "返回首页"),
    ("ja", "404 Not Found | 日報", "指定されたページは存在しません", "URLをご確認ください。"),
    ("ar", "خطأ 404", "عذراً، لم يتم العثور على الصفحة", "ربما تم نقلها أو حذفها."),
    ("tr", "404 - Sayfa Bulunamadı", "Üzgünüz!", "Aradığınız içerik yayından kaldırılmış olabilir."),
    ("hu", "A keresett oldal nem létezik", "Hoppá!", "Ez az oldal nem létezik vagy törölték."),
    ("de", "Ups! Diese Seite gibt es nicht", "Hoppla", "Leider konnten wir die Seite nicht finden."),
    ("fr", "Oups, cette page est introuvable", "Oups", "Le lien est peut-être rompu."),
    ("es", "Error 404. La página que buscas no existe", "Vaya", "Vuelve a la portada."),
    ("pl", "Ups! Strona nie została znaleziona", "404", "Sprawdź adres."),
    ("en", "Oops! That page can’t be found.", "Nothing here", "It looks like nothing was found at this location."),
]
REMOVED = [
    ("en", "Content removed", "This article has been removed", "It is no longer available on our site."),
    ("en", "News", "This content has expired", "Videos are available for 30 days after broadcast."),
    ("en", "Story unavailable", "Sorry", "This story is no longer available."),
    ("de", "Nicht mehr verfügbar", "Dieser Beitrag ist nicht mehr verfügbar", "Aus rechtlichen Gründen."),
    ("fr", "Article supprimé", "Cet article a été supprimé", "Retrouvez l'actualité en page d'accueil."),
    ("es", "Contenido eliminado", "Este contenido ha sido eliminado", "Consulte nuestra portada."),
    ("it", "Articolo non disponibile", "Questo articolo non è più disponibile", "Torna alla home."),
    ("ru", "Материал удалён", "Материал удалён", "По требованию правообладателя."),
    ("ar", "محتوى", "تم حذف هذا الخبر", "العودة"),
    ("fr", "Oups", "Cette page a été déplacée ou supprimée", "Accueil"),
    ("en", "Sorry", "The story you requested was moved or deleted", "Home"),
    ("zh", "出错了", "该文章已经被删除", "返回首页"),
    ("tr", "Haber", "Bu içerik artık mevcut değil", "Ana sayfa"),
]
REMOVED_HELD = [
    ("en", "Listing expired", "Sorry, this listing has expired", "Browse similar listings."),
    ("en", "Video", "The video you requested was taken down", "It may have been removed by the uploader."),
    ("en", "Archive", "We've unpublished this article", "It no longer meets our standards."),
    ("de", "Depubliziert", "Dieser Inhalt wurde depubliziert", "Gemäß Rundfunkstaatsvertrag."),
    ("pl", "Artykuł usunięty", "Artykuł został usunięty", "Zapraszamy na stronę główną."),
    ("pt", "Conteúdo removido", "Este conteúdo foi removido", "Volte para a página inicial."),
    ("zh", "文章已删除", "该文章已被删除", "返回首页"),
    ("ja", "掲載終了", "この記事は掲載期間が終了しました", "トップへ"),
]
# ... and held-out 2's (written before any rule was changed for a failure of held-out 1)
NOT_FOUND_2 = [
    ("ru", "Ошибка 404 — страница не найдена", "Упс!", "Похоже, такой страницы больше нет."),
    ("uk", "404 — Сторінка не знайдена", "Ой!", "Можливо, її було видалено."),
    ("zh", "抱歉，找不到该页面", "404", "您访问的链接可能已失效。"),
    ("ja", "お探しのページが見つかりませんでした", "404 Not Found", "削除されたか、URLが変更された可能性があります。"),
    ("ar", "404 - الصفحة غير موجودة", "عفواً", "الرابط الذي اتبعته قد يكون معطلاً."),
    ("tr", "Hata 404", "Sayfa bulunamadı", "Bu sayfa taşınmış veya silinmiş olabilir."),
    ("hu", "404 - Nincs ilyen oldal", "Hiba történt", "Az oldal nem található."),
    ("it", "Ops! Pagina non trovata", "404", "Il contenuto potrebbe essere stato rimosso."),
    ("pt", "Erro 404 - Página não encontrada", "Ops!", "O conteúdo que você procura não existe."),
    ("en", "404 Error - Page Not Found", "Lost?", "The page you are looking for might have been removed."),
    ("de", "Fehler 404 – Seite nicht gefunden", "Hoppla!", "Diese Seite existiert nicht mehr."),
    ("es", "No encontrado", "¡Ups!", "Lo sentimos, no hemos podido encontrar la página."),
]
REMOVED_2 = [
    ("en", "Unavailable", "This video is no longer available", "The uploader has closed their account."),
    ("en", "Article", "This article is no longer online", "It was removed at the request of its author."),
    ("en", "Gone", "This post was deleted", "by the author"),
    ("fr", "Contenu indisponible", "Ce contenu n'est plus disponible", "Il a expiré."),
    ("es", "Noticia", "Esta noticia ya no está disponible", "Fue retirada."),
    ("hu", "Törölt cikk", "A cikk már nem elérhető", "Az oldal nem található."),
    ("tr", "İçerik kaldırıldı", "Bu haber yayından kaldırılmıştır", "Ana sayfa"),
    ("ar", "محتوى محذوف", "تم حذف هذا المقال", "العودة"),
]
TRAPS_2 = [
    ("en", "This page is no longer available: the quiet death of local news sites"),
    ("en", "'Sorry, page not found': what a 404 tells you about a newspaper"),
    ("de", "Nicht mehr verfügbar: Warum Mediatheken Inhalte depublizieren"),
    ("fr", "Contenu introuvable : enquête sur les archives disparues"),
    ("ja", "ページが見つかりません 消えたニュースを追う"),
    ("tr", "Sayfa bulunamadı hatası neden artıyor?"),
    ("ru", "Материал удалён: почему исчезают новости"),
    ("zh", "该文章已被删除：网络记忆的消失"),
]
# live articles whose own headline speaks of what a dead page says
TRAPS = [
    ("en", "Page not found: how newsrooms quietly delete their archives"),
    ("en", "Error 404: the web is forgetting its history, study finds"),
    ("en", "Why 'this content is no longer available' is the web's new normal"),
    ("en", "Page Not Found"),
    ("de", "Seite nicht gefunden: Warum Behörden ihre Archive löschen"),
    ("fr", "Page introuvable : quand les médias effacent leurs archives"),
    ("es", "Página no encontrada: el olvido digital de los medios"),
    ("ru", "Страница не найдена: как СМИ удаляют архивы"),
    ("zh", "页面不存在：新闻网站为何删除旧文章"),
    ("ja", "「ページが見つかりません」消えるニュース記事"),
    ("tr", "Sayfa bulunamadı: Haber siteleri arşivlerini siliyor"),
    ("hu", "Az oldal nem található: eltűnő cikkek nyomában"),
    # the looser forms (a word or three between the key words) in headlines of live articles
    ("ar", "تم حذف هذا المقال: كيف تمحو المواقع أرشيفها"),
    ("es", "No hemos podido encontrar la página: el olvido de los archivos digitales"),
    ("es", "No encontrado: la búsqueda de los desaparecidos del puerto"),
    ("en", "The page you requested does not exist: inside the web's memory holes"),
    ("de", "Die Seite konnte nicht gefunden werden: Wenn Archive verschwinden"),
    ("pt", "A página que você procura foi removida: o fim dos arquivos"),
    ("ru", "Мы не смогли найти эту страницу: куда пропадают новости"),
    ("zh", "该文章已经被删除：消失的网络档案"),
    ("fr", "Cette page a été déplacée ou supprimée : enquête sur les archives"),
]
TRAPS_HELD = [
    ("en", "404 Not Found: inside the fight to save deleted news"),
    ("en", "The article has been removed — and nobody noticed"),
    ("pl", "Strona nie istnieje: znikające archiwa gazet"),
    ("it", "Pagina non trovata: gli archivi spariti dei giornali"),
    ("ar", "الصفحة غير موجودة: لماذا تحذف المواقع أرشيفها"),
    ("uk", "Сторінку не знайдено: як зникають архіви новин"),
]
# (cited title, cited date, what the page is now) for recycled URLs
REPLACED_PAGES = [
    ("Council approves 2021 budget after long vote", "2021-03-02", "en", "Local bakery wins national bread award"),
    ("Flood barrier opens on the river port", "2020-11-10", "en", "Five gadgets to buy this summer"),
    ("Stadtrat beschließt neuen Haushalt für Schulen", "2021-06-01", "de", "Die besten Rezepte für den Grillabend"),
    ("Le maire annonce la rénovation du pont", "2021-02-15", "fr", "Horoscope de la semaine pour tous les signes"),
    ("El alcalde presenta el plan de vivienda", "2020-09-20", "es", "Las mejores playas para visitar en verano"),
]
REPLACED_HELD = [
    ("Hospital strike ends after union deal", "2021-01-12", "en", "Celebrity chef opens rooftop restaurant"),
    ("Sąd unieważnia wybory burmistrza", "2021-04-04", "pl", "Najlepsze telefony do kupienia w tym roku"),
    ("Câmara aprova orçamento do porto", "2020-10-10", "pt", "Dicas de viagem para o verão"),
]

REPLACED_2 = [
    ("Port workers end three-day strike", "2021-05-05", "en", "How to plan the perfect garden party"),
    ("Le tribunal annule l'élection du maire", "2020-07-07", "fr", "Les tendances mode de l'été"),
    ("Ayuntamiento aprueba el presupuesto del puerto", "2021-08-08", "es", "Diez recetas fáciles para la cena"),
    ("Bank merger talks collapse over pay", "2020-12-12", "en", "Review: the new phone camera tested"),
]


def _build() -> list[Site]:  # noqa: C901 - one place that lists every case, category by category
    sites: list[Site] = []
    templates = list(TEMPLATES)

    # not-found pages in many languages: removed slugs on honest sites, and soft sites' templates
    for held, table in (("tuning", NOT_FOUND), ("held_out_1", NOT_FOUND_HELD), ("held_out_2", NOT_FOUND_2)):
        for i, (lang, title, heading, body) in enumerate(table):
            tag = TAGS[held]
            honest = Site(f"Nachrichten {tag}{i}" if lang == "de" else f"Site {lang} {tag}{i}", lang,
                          templates[(i + len(tag)) % 4], "honest", held)
            for n in range(2):
                honest.add(f"/news/2023/removed-{n}", "not_found_lang", notice(title, heading, body), lang)
            for n in range(2):
                honest.add(f"/news/2024/story-{n}", "live_other",
                           article(_art(lang, i * 10 + n, prose(lang, 900 + i * 10 + n, 8))), f"{lang} article")
            soft = Site(f"Soft {lang} {tag}{i}", lang, templates[(i + 1 + len(tag)) % 4], "soft", held,
                        soft_page=(title, heading, body))
            for n in range(2):
                soft.cases.append(Case(f"/news/2022/gone-{n}", "not_found_lang", lang))
            soft.add("/news/2024/live-0", "live_other", article(_art(lang, 500 + i, prose(lang, 700 + i, 7))),
                     f"{lang} article")
            sites += [honest, soft]

    # removed / expired notices
    for n_part, (held, table) in enumerate((("tuning", REMOVED), ("held_out_1", REMOVED_HELD),
                                            ("held_out_2", REMOVED_2))):
        site = Site(f"Notices {TAGS[held]}", "en", ("portal", "classic", "blog")[n_part], "honest", held)
        for i, (lang, title, heading, body) in enumerate(table):
            site.add(f"/{lang}/2022/removed-{i}", "removed", notice(title, heading, body), lang)
        sites.append(site)
        soft = Site(f"Soft notices {TAGS[held]}", "en", ("blog", "divsoup", "portal")[n_part], "soft", held,
                    soft_page=("Not Found", "Nothing here", "Try searching."))
        for i, (lang, title, heading, body) in enumerate(table):
            soft.add(f"/{lang}/2021/expired-{i}", "removed", notice(title, heading, body), lang)
        sites.append(soft)

    # live articles whose headline is a trap, on honest and soft sites, with and without byline and date
    for held, table in (("tuning", TRAPS), ("held_out_1", TRAPS_HELD), ("held_out_2", TRAPS_2)):
        for i, (lang, title) in enumerate(table):
            tag = TAGS[held]
            shapes = [dict(), dict(byline=False), dict(byline=False, date=None)]
            for probe in ("honest", "soft"):
                site = Site(f"Trap {lang} {probe} {tag}{i}", lang, templates[(i + (probe == "soft")) % 4], probe, held,
                            soft_page=("Page not found", "Page not found", "Sorry, we could not find that page."))
                for n, shape in enumerate(shapes):
                    body = (f"{title}. " + prose(lang, 30 + i * 7 + n, 200) + " 404 page not found. "
                            + prose(lang, 60 + n, 250 if shape.get("date", "x") else 380))
                    site.add(f"/news/2024/trap-{n}", "live_trap", article(Article(title, body, **shape)), lang)  # type: ignore[arg-type]
                # a short dated article (a brief) speaking of it
                site.add("/news/2024/brief", "live_trap",
                         article(Article(title, prose(lang, 80 + i, 110))), f"{lang} brief")
                sites.append(site)

    # parked domains: every path is the lander
    landers = [
        ("<html><head><title>{site}</title></head><body><h1>{site}</h1><p>This domain may be for sale!</p>"
         "<a href='https://sedo.com/search/details/?domain={site}'>Buy now</a></body></html>", "tuning"),
        ("<html><head><title>{site} - parked</title></head><body><p>{site} is parked free, courtesy of GoDaddy.</p>"
         "<p>Related searches: cheap flights, insurance quotes, car loans</p></body></html>", "tuning"),
        ("<html><head><title>Loading</title></head><body><div id='root'></div><script>var d=location.hostname;"
         "document.getElementById('root').innerHTML='<h1>'+d+'</h1><p>Buy this domain. Make an offer today.</p>';"
         "</script></body></html>", "tuning"),
        ("<html><head><title>{site}</title><script src='https://www.afternic.com/forsale/widget.js'></script></head>"
         "<body><div id='lander'></div></body></html>", "held_out_1"),
        ("<html><head><title>{site}</title></head><body><h1>The domain name {site} is for sale</h1>"
         "<p>Inquire about this domain.</p></body></html>", "held_out_1"),
        ("<html><head><title>Welcome</title></head><body><iframe src='https://www.dan.com/buy-domain/{site}'>"
         "</iframe><script>fetch('/lander.json').then(r=>r.json()).then(show)</script></body></html>", "held_out_1"),
        ("<html><head><title>{site} | Domain For Sale</title></head><body><h1>Get this domain</h1>"
         "<p>Listed by HugeDomains.com</p></body></html>", "held_out_2"),
        ("<html><head><title></title></head><body><script>window.park={\"domain\":location.host};document.write("
         "'<h2>'+location.host+'</h2><p>This domain is for sale.</p>')</script></body></html>", "held_out_2"),
        ("<html><head><title>{site}</title></head><body><p>Sponsored Listings</p><ul><li><a href='/?q=loans'>Loans"
         "</a></li></ul><p>Copyright {site}. All rights reserved. Privacy Policy</p></body></html>", "held_out_2"),
    ]
    for i, (html, held) in enumerate(landers):
        site = Site(f"parked{i}.example", "en", "blog", "soft", held, every_url=raw(html))
        for n in range(3):
            site.cases.append(Case(f"/news/2021/story-{n}", "parked"))
        sites.append(site)

    # redirects to a search page and to a section front
    for held in ("tuning", "held_out_1"):
        tag = TAGS[held]
        site = Site(f"Redirects {tag}", "en", "classic" if held == "tuning" else "divsoup", "honest", held)
        site.routes["/search"] = notice("Search | {site}", "Search", "Results for your query. " + prose("en", 3, 30))
        site.routes["/suche"] = site.routes["/search/mayor-budget-vote"] = site.routes["/search"]
        site.routes["/politics/"] = listing
        site.routes["/sport/football"] = listing
        site.routes["/topics/economy"] = listing
        site.routes["/world"] = listing
        for n, target in enumerate(["/search?q=mayor+budget+vote", "/suche?query=mayor-budget-vote",
                                    "/search/mayor-budget-vote"] if held == "tuning" else
                                   ["/search?q=mayor%20budget%20vote", "/search?query=mayor+budget&type=article"]):
            site.add(f"/news/2023/mayor-budget-vote-{tag}{n}", "search_redirect", redirect(target, 301 + n % 2))
        for n, (cited, target) in enumerate(
                [("/politics/2023/05/minister-resigns", "/politics/"),
                 ("/sport/football/match-report-cup-final", "/sport/football"),
                 ("/news/2022/prices-rise-again", "/topics/economy")] if held == "tuning" else
                [("/world/europe/border-talks-fail", "/world"),
                 ("/markets/2022/bank-merger-talks", "/topics/economy")]):
            site.add(cited, "section_redirect", redirect(target, 301 if n % 2 == 0 else 302))
        # moved articles: a new home that is an article
        moved = _art("en", 77, "Bridge reopens after repairs")
        site.routes["/news/2024/bridge-reopens-after-repairs"] = article(moved)
        site.routes["/articles/123456"] = article(moved)
        site.add(f"/2024/bridge-reopens-{tag}", "live_other", redirect("/news/2024/bridge-reopens-after-repairs"),
                 "moved")
        site.add("/articles/123456/bridge-reopens", "live_other", redirect("/articles/123456"), "moved")
        sites.append(site)

    # held-out 2: a WordPress search, a category listing, a short section; a moved article
    site = Site("Redirects v2", "en", "classic", "honest", "held_out_2")
    site.routes["/category/politics/"] = listing
    site.routes["/news"] = listing
    site.add("/2022/05/minister-quits", "section_redirect", redirect("/category/politics/"))
    site.add("/news/2021/harbour-fire-kills-two", "section_redirect", redirect("/news", 302))
    site.add("/2021/old-story-about-rates", "search_redirect", redirect("/?s=old+story+about+rates"))
    site.routes["/news/2021/port-deal-signed-updated"] = article(_art("en", 99, "Port deal signed"))
    site.add("/news/2021/port-deal-signed", "live_other", redirect("/news/2021/port-deal-signed-updated"), "moved")
    sites.append(site)

    # app shells
    pad = "x" * 300_000
    shells = [
        ("<html><head><title>404 | Shop</title></head><body><div id='__next'></div><script id='__NEXT_DATA__' "
         "type='application/json'>{\"page\":\"/_error\",\"props\":{\"pageProps\":{\"statusCode\":404}}}</script>"
         "</body></html>", "tuning"),
        ("<html><head><title>Shop</title></head><body><div id='app'></div><script>window.__INITIAL_STATE__="
         "{\"route\":{\"notFound\":true}}</script></body></html>", "tuning"),
        ("<html><head><title>Shop</title></head><body><div id='app'></div><script>document.title = "
         "'Page not found'</script></body></html>", "tuning"),
        (f"<html><head><title>Shop</title><script>var big='{pad}';</script></head><body><div id='app'></div>"
         "<script>window.__NUXT__={error:{statusCode:404,message:'This page could not be found'}}</script>"
         "</body></html>", "tuning"),
        ("<html><head><title>Shop</title></head><body><div id='root'></div><script>window.__PRELOADED_STATE__="
         "{\"router\":{\"location\":\"/p/x\",\"status\":404}}</script></body></html>", "tuning"),
        ("<html><head><title>Shop</title></head><body><app-root></app-root><script id='serverApp-state' "
         "type='application/json'>{&q;page&q;:{&q;httpStatus&q;:404}}</script></body></html>", "tuning"),
        ("<html><head><title>Shop</title></head><body><div id='app'></div><script>self.__next_f.push([1,"
         "\"2:{\\\"digest\\\":\\\"NEXT_NOT_FOUND\\\"}\"])</script></body></html>", "tuning"),
        ("<html><head><title>Shop</title></head><body><div id='app'></div><script>window.__APOLLO_STATE__="
         "{\"errors\":[{\"extensions\":{\"code\":\"NOT_FOUND\"}}]}</script></body></html>", "tuning"),
        ("<html><head><title>Not Found - App</title></head><body><div id='root'></div>"
         "<script src='/bundle.js'></script></body></html>", "held_out_1"),
        ("<html><head><title>App</title></head><body><div id='root'></div><script>self.__STATE__="
         "{\"page\":{\"isNotFound\":true}}</script></body></html>", "held_out_1"),
        ("<html><head><title>App</title></head><body><app-root></app-root><script>document.getElementById('x')"
         ".textContent = \"Sorry, this page doesn't exist\"</script></body></html>", "held_out_1"),
        ("<html><head><title>Page Not Found | Store</title></head><body><div id='root'></div></body></html>",
         "held_out_2"),
        ("<html><head><title>Store</title></head><body><div id='root'></div><script>window.__APOLLO_STATE__="
         "{\"ROOT_QUERY\":{\"article\":null},\"error\":{\"code\":404}}</script></body></html>", "held_out_2"),
        ("<html><head><title>Store</title></head><body><div id='__next'></div><script id='__NEXT_DATA__' "
         "type='application/json'>{\"props\":{\"pageProps\":{\"notFound\":true}},\"page\":\"/[slug]\"}</script>"
         "</body></html>", "held_out_2"),
    ]
    live_shell = ("<html><head><title>Shop</title></head><body><div id='__next'></div><script id='__NEXT_DATA__' "
                  "type='application/json'>{\"page\":\"/product\",\"props\":{\"pageProps\":{\"statusCode\":200}}}"
                  "</script></body></html>")
    # live shells whose state holds a 404 or 410 that is no status (a price, a count, an id)
    live_numbers = ("<html><head><title>Shop</title></head><body><div id='root'></div><script>window.__APOLLO_STATE__="
                    "{\"Product:404\":{\"id\":404,\"price\":410,\"reviewCount\":404,\"zipcode\":\"40410\"}}"
                    "</script></body></html>")
    for i, (html, held) in enumerate(shells):
        site = Site(f"App {i}", "en", "blog", "soft", held, soft_page=("Shop", "", ""))
        site.routes["/robots.txt"] = raw("", 404)
        site.add(f"/p/item-{i}", "app_shell", raw(html))
        site.add(f"/p/live-{i}", "live_other", raw(live_shell if i % 2 else live_numbers), "live app shell")
        sites.append(site)

    # refreshes and script redirects home
    refreshers = [
        ("<html><head><meta http-equiv='refresh' content='0; url=/'><title>Redirecting</title></head>"
         "<body>Redirecting…</body></html>", "tuning"),
        ("<html><head><meta http-equiv=\"Refresh\" content=\"3;URL='{home}'\"><title>Moved</title></head>"
         "<body><p>This page has moved. You will be taken to the front page.</p></body></html>", "tuning"),
        ("<html><head><title>Loading</title></head><body><script>window.location.replace(\"/\");</script>"
         "</body></html>", "tuning"),
        ("<html><head><title>Moved</title></head><body onLoad='location.href=&quot;/&quot;'><p>Please wait</p>"
         "</body></html>", "tuning"),
        ("<html><head><title>{site}</title><script>location.href = '/index.html'</script></head><body></body>"
         "</html>", "held_out_1"),
        ("<html><head><meta http-equiv='refresh' content='1;url=/en/'></head><body>One moment</body></html>", "held_out_1"),
        ("<html><head><meta http-equiv=\"refresh\" content=\"0;URL=/search?q=old-page\"></head><body></body></html>",
         "held_out_2"),
        ("<html><head><title>{site}</title></head><body><script>top.location = \"/\"</script></body></html>",
         "held_out_2"),
        ("<html><head><title>{site}</title></head><body onload=\"window.location='/'\"><p>Redirecting</p></body>"
         "</html>", "held_out_2"),
    ]
    for i, (html, held) in enumerate(refreshers):
        site = Site(f"Refresh {i}", "en", "classic", "honest", held)
        site.add(f"/news/2020/old-page-{i}", "refresh_home", lambda h, s, html=html: h.send(
            200, html.replace("{site}", s.name).replace("{home}", f"http://{h.headers['Host']}/")))
        site.routes["/index.html"] = notice("{site}", "Home", prose("en", 4, 200))
        site.routes["/search"] = notice("Search | {site}", "Search", "Results. " + prose("en", 3, 30))
        site.routes["/en/"] = site.routes["/index.html"]
        # an article whose script redirect is conditional (a mobile site): live
        site.add("/news/2024/with-mobile-script", "live_other", lambda h, s: h.send(200, s.html(
            Article("Harbour plan approved", ""), "Harbour plan approved", "Harbour plan approved",
            prose("en", 9, 400)).replace("</body>", "<script>if (screen.width < 600) { location.href = '/m/'; }"
                                                   "</script></body>")), "conditional script")
        # an article whose body handler sends only a small screen elsewhere: live
        site.add("/news/2024/with-onload", "live_other", lambda h, s: h.send(200, s.html(
            Article("Ferry timetable changes", ""), "Ferry timetable changes", "Ferry timetable changes",
            prose("en", 11, 400)).replace("<body>", "<body onload=\"if (innerWidth < 600) location='/m/'\">", 1)),
            "conditional onload")
        sites.append(site)

    # 410 Gone
    gone = Site("Gone Gazette", "en", "classic", "honest")
    for n in range(3):
        gone.add(f"/news/2019/expired-{n}", "gone", notice("Gone", "Gone", "This page is gone.", 410))
    sites.append(gone)

    # walls, teasers, briefs, PDFs: live
    walls = Site("Walled Weekly", "en", "classic", "honest", every_url=raw(
        "<!doctype html><html><head><title>Just a moment...</title></head><body><p>Enable JavaScript and cookies "
        "to continue</p></body></html>", 503, {"cf-mitigated": "challenge", "Server": "cloudflare"}))
    walls.cases += [Case(f"/news/2024/walled-{n}", "live_other", "bot wall") for n in range(3)]
    consent = Site("Consent Chronicle", "de", "classic", "honest", every_url=raw(
        "<!doctype html><html><head><title>Bevor Sie fortfahren</title></head><body><main><h1>Datenschutzeinstellungen"
        "</h1><p>Wir verwenden Cookies. Alle akzeptieren oder ablehnen.</p><button>Alle akzeptieren</button></main>"
        "</body></html>"))
    consent.cases += [Case(f"/news/2024/consent-{n}", "live_other", "consent") for n in range(3)]
    misc = Site("Misc Times", "en", "portal", "soft",
                soft_page=("Page not found", "Page not found", "Sorry, that page does not exist."))
    for n in range(3):
        misc.add(f"/premium/2024/teaser-{n}", "live_other", article(Article(
            f"Exclusive: {prose('en', 40 + n, 6)}", prose("en", 41 + n, 40) + " Subscribe to continue reading.",
            byline=True)), "paywall")
        misc.add(f"/news/2024/brief-{n}", "live_other", article(Article(
            f"In brief: {prose('en', 50 + n, 5)}", prose("en", 51 + n, 30), byline=False)), "brief")
        misc.add(f"/docs/report-{n}.pdf", "live_other", raw("%PDF-1.4 " + "0" * 2000, ctype="application/pdf"), "pdf")
    # a cited title that paraphrases the live article's headline: not replaced
    misc.add("/news/2024/budget-vote", "live_other", article(Article(
        "Council passes budget after marathon session",
        "The council approved the city budget on Monday after a twelve hour session. " + prose("en", 5, 300))),
        "paraphrased title", cited_title="City council approves budget", cited_date="2024-05-06")
    sites += [walls, consent, misc]

    # content replaced: a recycled URL serves another article
    for held, table in (("tuning", REPLACED_PAGES), ("held_out_1", REPLACED_HELD), ("held_out_2", REPLACED_2)):
        for i, (cited, day, lang, now) in enumerate(table):
            site = Site(f"Recycled {lang} {TAGS[held]}{i}", lang, templates[(i + len(held)) % 4], "honest", held)
            page = Article(now, prose(OTHER_TOPIC[lang], 300 + i, 380), date="2024-07-01")
            site.add(f"/news/{day[:4]}/story-{i}", REPLACED, article(page), lang, cited_title=cited, cited_date=day)
            # the same site's unchanged article cited by its own title: live
            kept = Article(f"{cited} (update)", f"{cited}. " + prose(lang, 320 + i, 380), date=day)
            site.add(f"/news/{day[:4]}/kept-{i}", "live_other", article(kept), "cited title matches",
                     cited_title=cited, cited_date=day)
            sites.append(site)

    import deadweb_pages3  # held-out 3: its own module (it imports this one's machinery)
    import deadweb_pages4  # held-out 4: written blind, scored once, then tuned on (in TUNED)
    import deadweb_pages5  # held-out 5: written blind, scored once, then tuned on (in TUNED)
    import deadweb_pages6  # held-out 6: written blind, scored once, then tuned on (in TUNED)
    import deadweb_pages7  # held-out 7: written blind, scored once, then tuned on (in TUNED)
    import deadweb_pages8  # held-out 8: written blind, scored once, then tuned on (in TUNED)
    import deadweb_pages9  # held-out 9: written blind, scored once, then tuned on (in TUNED)
    import deadweb_pages10  # held-out 10: written blind, scored once, then tuned on (in TUNED)
    import deadweb_tuning3  # tuning cases of the classes held-out 3 showed (after its first run)
    import deadweb_tuning4  # ... and held-out 4 (after its first run)
    import deadweb_tuning5  # ... and held-out 5 (after its first run)
    import deadweb_tuning6  # ... and held-out 6 (after its first run)
    import deadweb_tuning7  # ... and held-out 7 (after its first run)
    import deadweb_tuning8  # ... and held-out 8 (after its first run)
    import deadweb_tuning9  # ... and held-out 9 (after its first run)
    import deadweb_tuning10  # ... and held-out 10 (after its first run)
    import deadweb_tuning_review  # ... and the kinds a review of the rules flagged (hosts' pages, briefs' subjects)

    return (sites + deadweb_tuning3.build() + deadweb_tuning4.build() + deadweb_tuning5.build()
            + deadweb_tuning6.build() + deadweb_tuning7.build() + deadweb_tuning8.build() + deadweb_tuning9.build()
            + deadweb_tuning_review.build() + deadweb_tuning10.build()
            + deadweb_pages3.build() + deadweb_pages4.build()
            + deadweb_pages5.build() + deadweb_pages6.build() + deadweb_pages7.build() + deadweb_pages8.build()
            + deadweb_pages9.build() + deadweb_pages10.build())


@dataclass(frozen=True)
class Labelled:
    url: str
    site: str
    category: str
    part: str
    note: str = ""
    cited_title: str | None = None
    cited_date: str | None = None


@contextlib.contextmanager
def serve() -> Iterator[list[Labelled]]:
    """Start every site (127.0.2.N) and yield the labelled URLs."""
    sites = _build()
    servers: list[LoopbackServer] = []
    try:
        for i, site in enumerate(sites):
            host = f"127.0.{2 + i // 250}.{1 + i % 250}"
            # hundreds of servers in the test's own process: each woken every 50 ms (a lone server's default)
            # they would take Python's lock from the check under test thousands of times a second
            servers.append(LoopbackServer({}, host=host, fallback=site.route, poll_interval=1.0).__enter__())
        yield [Labelled(server.url(c.path), site.name, c.category, site.part, c.note, c.cited_title,
                        c.cited_date)
               for site, server in zip(sites, servers, strict=True) for c in site.cases]
    finally:  # each server stops at its next poll (50 ms): hundreds of them, stopped side by side
        with concurrent.futures.ThreadPoolExecutor(32) as stopping:
            list(stopping.map(lambda server: server.__exit__(), servers))


def write_events(folder: Path, pages: list[Labelled]) -> None:
    """One event per labelled URL, citing it with its title and date (a placeholder title when it has none)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, p in enumerate(pages):
        title = (p.cited_title or f"Source {i}").replace('"', "'")
        day = p.cited_date or "2024-05-06"
        (folder / f"{day}--e{i}.md").write_text(
            f"---\nid: e{i}\ndate: {day}\ntitle: Event {i}\nsources:\n  - url: {p.url}\n    title: \"{title}\"\n"
            f"    date: {day}\n---\nBody.\n", encoding="utf-8")


def right(p: Labelled, verdict: str | None) -> bool:
    """Whether the check's verdict is right for the case: a dead page gone or soft 404, a live one no failure
    (blocked on a wall is not a failure), a replaced one content_replaced. No verdict (the site asked us to
    come back later, Retry-After, and its link was left for the next run): no alarm, so a miss only on a
    dead or replaced page."""
    from pipeline.models import Verdict

    if verdict is None:
        return p.category not in BROKEN and p.category != REPLACED
    if p.category == REPLACED:
        return verdict == Verdict.CONTENT_REPLACED
    if p.category in BROKEN:
        return verdict in (Verdict.GONE, Verdict.SOFT_404)
    return not Verdict(verdict).is_failure


def score(pages: list[Labelled], verdicts: dict[str, str]) -> dict[str, dict[str, object]]:
    """Per category (and per part: all, tuned, then each of PARTS): right / total, and the wrong ones."""
    out: dict[str, dict[str, object]] = {}
    for part, chosen in (("all", pages), ("tuned", [p for p in pages if p.part in TUNED]),
                         *((name, [p for p in pages if p.part == name]) for name in PARTS)):
        table: dict[str, object] = {}
        for category in CATEGORIES:
            cases = [p for p in chosen if p.category == category]
            wrong = [f"{p.site}: {p.url.split('/', 3)[3]} -> {verdicts[p.url]}" for p in cases
                     if not right(p, verdicts[p.url])]
            table[category] = (len(cases) - len(wrong), len(cases), wrong)
        scored = [p for p in chosen if p.category != REPLACED]
        table["accuracy"] = sum(right(p, verdicts[p.url]) for p in scored) / max(1, len(scored))
        table["false_alarms_live"] = sum(1 for p in chosen if p.category in LIVE and not right(p, verdicts[p.url]))
        out[part] = table
    return out
