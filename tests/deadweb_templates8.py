"""Page layouts of held-out 8 of the dead-web set (tests/deadweb_pages8.py), in the style of real sites.

Five layouts not used by the other parts, at real pages' weight (inline CSS,
config and state blobs, menus, rails, footers; 40-300 KB): ``wire8`` (a
press-release wire: "news provided by" the issuing company, a dateline with the
wire's name, "About", "Contact" and "SOURCE" lines, a multimedia gallery, more
releases from the same source), ``qa8`` (a Q&A site: the question with its votes,
tags and "Asked / Modified / Viewed" line, answers with an accepted one, linked
and related questions, the site's options in a script), ``mag8`` (a long-form
magazine: rubric, dek, a hero photograph with its credit, a drop cap, a pull
quote, the print-edition line and the writer's bio), ``court8`` (a court's
judgments database: neutral citation, case number, judges and date in a table,
numbered paragraphs, PDF and XML downloads, a document history) and ``ngo8``
(an NGO's report page: a cover, "download the full report", key findings,
footnotes, related reports, a donation band and a charity number). A template
renders an article when given one and any other page (a notice, a listing, a
home page) in the same chrome. Registered into deadweb_pages.TEMPLATES under
names ending in ``8``.
"""

from __future__ import annotations

import html as htmllib
import json
import re

from deadweb_pages import VOCAB, Article, Site, prose
from deadweb_templates3 import AUTHORS, _seed, author, css, headlines, sections, ul

# the languages this part adds to the set (its prose and section names come from these words)
VOCAB.setdefault("id", "dewan kota anggaran sungai sekolah pengadilan wali kota pemilu laporan polisi rumah sakit air "
                       "energi serikat pekerja mogok kontrak perumahan pasar bank perdagangan pelabuhan kereta "
                       "jembatan badai panen museum")
VOCAB.setdefault("th", "สภาเทศบาล งบประมาณ แม่น้ำ โรงเรียน ศาล นายกเทศมนตรี การเลือกตั้ง รายงาน ตำรวจ โรงพยาบาล "
                       "น้ำประปา พลังงาน สหภาพแรงงาน การนัดหยุดงาน สัญญา ที่อยู่อาศัย ตลาด ธนาคาร การค้า ท่าเรือ "
                       "รถไฟ สะพาน พายุ การเก็บเกี่ยว พิพิธภัณฑ์")
VOCAB.setdefault("bg", "общински съвет бюджет река училище съд кмет избори доклад полиция болница вода енергия "
                       "синдикат стачка договор жилища пазар банка търговия пристанище железница мост буря реколта "
                       "музей")
VOCAB.setdefault("da", "byrådet budget åen skolen retten borgmesteren valget rapporten politiet sygehuset vandet "
                       "energien fagforeningen strejken overenskomsten boliger markedet banken handlen havnen "
                       "jernbanen broen stormen høsten museet")
VOCAB.setdefault("sw", "baraza la mji bajeti mto shule mahakama meya uchaguzi ripoti polisi hospitali maji nishati "
                       "chama cha wafanyakazi mgomo mkataba makazi soko benki biashara bandari reli daraja dhoruba "
                       "mavuno makumbusho")
for _lang, _names in {"id": ["Siti Rahmawati", "Budi Santoso"], "th": ["สมชาย ใจดี", "วรรณา ศรีสุข"],
                      "bg": ["Мария Иванова", "Георги Петров"], "da": ["Mette Kristensen", "Søren Nielsen"],
                      "sw": ["Amina Mwangi", "Juma Otieno"]}.items():
    AUTHORS.setdefault(_lang, _names)
RTL = ("ar", "he", "fa")

# (home, search, published, by, related, share, download, contact)
WORDS8 = {
    "en": ("Home", "Search", "Published", "By", "Related", "Share", "Download", "Contact"),
    "de": ("Startseite", "Suche", "Veröffentlicht", "Von", "Verwandte Themen", "Teilen", "Herunterladen", "Kontakt"),
    "fr": ("Accueil", "Recherche", "Publié", "Par", "À lire aussi", "Partager", "Télécharger", "Contact"),
    "es": ("Portada", "Búsqueda", "Publicado", "Por", "Te puede interesar", "Compartir", "Descargar", "Contacto"),
    "it": ("Home", "Ricerca", "Pubblicato", "Di", "Leggi anche", "Condividi", "Scarica", "Contatti"),
    "pt": ("Início", "Busca", "Publicado", "Por", "Leia também", "Compartilhar", "Baixar", "Contato"),
    "pl": ("Start", "Wyszukiwanie", "Opublikowano", "Autor", "Czytaj także", "Udostępnij", "Pobierz", "Kontakt"),
    "ru": ("Главная", "Поиск", "Опубликовано", "Автор", "Читайте также", "Поделиться", "Скачать", "Контакты"),
    "uk": ("Головна", "Пошук", "Опубліковано", "Автор", "Читайте також", "Поділитися", "Завантажити", "Контакти"),
    "tr": ("Anasayfa", "Arama", "Yayın tarihi", "Yazar", "Benzer içerikler", "Paylaş", "İndir", "İletişim"),
    "hu": ("Főoldal", "Keresés", "Megjelent", "Írta", "Ajánlott", "Megosztás", "Letöltés", "Kapcsolat"),
    "ar": ("الصفحة الرئيسية", "البحث", "تاريخ النشر", "كتبه", "اقرأ أيضا", "شارك", "تنزيل", "اتصل بنا"),
    "zh": ("网站首页", "站内搜索", "发布日期", "文", "延伸阅读", "转发", "下载", "联系我们"),
    "ja": ("トップ", "サイト内検索", "掲載日", "文", "あわせて読みたい", "シェア", "ダウンロード", "お問い合わせ"),
    "id": ("Beranda", "Cari", "Diterbitkan", "Oleh", "Baca juga", "Bagikan", "Unduh", "Kontak"),
    "th": ("หน้าแรก", "ค้นหา", "เผยแพร่", "โดย", "ข่าวที่เกี่ยวข้อง", "แชร์", "ดาวน์โหลด", "ติดต่อเรา"),
    "bg": ("Начало", "Търсене", "Публикувано", "Автор", "Още по темата", "Сподели", "Изтегли", "Контакти"),
    "da": ("Forside", "Søg", "Udgivet", "Af", "Læs også", "Del", "Hent", "Kontakt"),
    "sw": ("Mwanzo", "Tafuta", "Imechapishwa", "Na", "Habari zinazohusiana", "Shiriki", "Pakua", "Wasiliana nasi"),
    "nl": ("Home", "Zoeken", "Gepubliceerd", "Door", "Lees ook", "Delen", "Downloaden", "Contact"),
    "ko": ("홈", "검색", "입력", "글", "관련 기사", "공유", "다운로드", "문의"),
    "sv": ("Start", "Sök", "Publicerad", "Av", "Läs också", "Dela", "Ladda ner", "Kontakt"),
    "he": ("ראשי", "חיפוש", "פורסם", "מאת", "עוד בנושא", "שתפו", "הורדה", "צור קשר"),
    "el": ("Αρχική", "Αναζήτηση", "Δημοσιεύθηκε", "Του", "Διαβάστε ακόμη", "Κοινοποίηση", "Λήψη", "Επικοινωνία"),
}


def words(site: Site) -> tuple[str, ...]:
    return WORDS8.get(site.lang, WORDS8["en"])


def _dir(site: Site) -> str:
    return "rtl" if site.lang in RTL else "ltr"


def _paras(body: str) -> list[str]:
    """The body's blocks in order (paragraphs, and whole boxes such as a banner or a paywall), nothing left out."""
    blocks: list[str] = []
    for match in re.finditer(r"<div[^>]*>.*?</div>|<p[^>]*>.*?</p>|[^<]+|<[^>]*>", body, flags=re.S):
        chunk = match.group(0)
        if chunk.startswith(("<div", "<p")) or not blocks:
            blocks.append(chunk)
        else:
            blocks[-1] += chunk
    return blocks or [body]


def _first_text(blocks: list[str], markup: str) -> None:
    """Put ``markup`` at the start of the first plain paragraph (a dateline, a drop cap's class)."""
    for n, block in enumerate(blocks):
        if block.startswith("<p>"):
            blocks[n] = markup + block[3:]
            return


def _ogdate(page: Article | None, hour: str = "07:00") -> str:
    return (f"<meta property='article:published_time' content='{page.date}T{hour}:00Z'>"
            if page is not None and page.date else "")


def _head(site: Site, page: Article | None, title: str, s: int, rules: int) -> str:
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='{_dir(site)}'><head><meta charset='utf-8'><title>{title}"
            f"</title><meta name='viewport' content='width=device-width, initial-scale=1'>{_ogdate(page)}<style>"
            f"{css(s, rules)}</style>")


# --- a press-release wire ------------------------------------------------------------------------------------------

def wire(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "wire")
    home, search, published, _by, related, share, download, contact = words(site)
    company = prose(site.lang, s, 2).rstrip(".").title() + " Corp."
    config = json.dumps({"prn": {"env": "prod", "locale": site.lang, "gtm": f"GTM-{s % 10**6:06X}",
                                 "industries": sections(site.lang, 12), "feeds": [f"/rss/{w.lower()}.rss" for w in
                                                                                  sections(site.lang, 12)],
                                 "distribution": {"circuit": "national", "translations": s % 5}}}, ensure_ascii=False)
    nav = "".join(f"<li class='dropdown'><a href='/news-releases/{w.lower()}-latest-news/'>{w}</a><ul>"
                  + "".join(f"<li><a href='/news-releases/{w.lower()}-{k}/'>{prose(site.lang, _seed(w, k), 2)}</a></li>"
                            for k in range(8)) + "</ul></li>" for w in sections(site.lang, 9))
    if page is not None:
        paras = _paras(body)
        day = page.date or ""
        place = sections(site.lang, 20)[s % 20].upper()
        _first_text(paras, f"<p><span class='xn-location'>{place}</span>, <span class='xn-chron'>{day}</span> "
                           f"/{site.name}/ -- ")
        about = (f"<p><b>About {company}</b></p><p>{prose(site.lang, s + 3, 45)}</p><p>{contact}: {author(site)}, "
                 f"+1 555 0{s % 1000:03d}, media@{re.sub(r'[^a-z]', '', company.lower())[:14]}.example</p><p>SOURCE "
                 f"{company}</p>")
        gallery = "".join(f"<div class='gallery-item'><img src='/prnthumb/{s % 10**6}/{k}.jpg' alt=''><a href='/prnh/"
                          f"{s % 10**6}/{k}'>{download}</a></div>" for k in range(4))
        main = (f"<header class='release-header'><p class='eyebrow'>News provided by</p><a class='company' href='/news/"
                f"{re.sub(r'[^a-z]', '', company.lower())}'>{company}</a><p class='mb-no'>{published} {day} 09:00 ET"
                f"</p><h1>{heading}</h1><p class='subtitle'>{prose(site.lang, _seed(heading), 16)}</p><div class="
                f"'social'>{share}</div></header><section class='release-body container'>{''.join(paras)}{about}"
                f"</section><section class='multimedia-gallery'>{gallery}</section><section class='also-from'><h3>Also "
                f"from this source</h3>{ul(headlines(site, 5, 17, '/news-releases'))}</section>")
    else:
        main = f"<section class='release-body container'><h1>{heading}</h1>{body}</section>"
    return (_head(site, page, title, s, 1000 + s % 2300) + "<script>window.dataLayer=[];</script></head><body class="
            f"'release'><header class='site-header'><a class='logo' href='/'>{site.name}</a><ul class='nav'>{nav}</ul>"
            f"<form action='/search' class='search'><input name='keyword' placeholder='{search}'></form><a href='/"
            f"account/signup'>Send a release</a></header><nav class='breadcrumb'><a href='/'>{home}</a> / <a href="
            f"'/news-releases/'>News Releases</a></nav><main id='main'>{main}</main><aside class='rail'><h3>{related}"
            f"</h3>{ul(headlines(site, 10, 23, '/news-releases'), 'card-list')}</aside><footer class='footer'><ul>"
            + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in sections(site.lang, 16))
            + f"</ul><p>{prose(site.lang, s + 9, 30)}</p><p>© 2024 {site.name}. All Rights Reserved. A Cision "
            f"company.</p></footer><script id='prn-config' type='application/json'>{config}</script><script src='/"
            "etc/clientlibs/prnewswire/main.min.js' defer></script></body></html>")


# --- a Q&A site ------------------------------------------------------------------------------------------------

def qa(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "qa")
    home, search, _pub, _by, related, share, _dl, _contact = words(site)
    tags = [w.lower().replace(" ", "-") for w in sections(site.lang, 20)]
    options = json.dumps({"locale": site.lang, "serverTime": 1715000000 + s % 10**6, "routeName": "Questions/Show",
                          "site": {"name": site.name, "styleCodeVersion": s % 100, "isNoticesTabEnabled": True,
                                   "enableNewTagCreationWarning": True, "insertSpaceAfterNameTabCompletion": False},
                          "user": {"isAnonymous": True, "fkey": f"{s:08x}{s % 7777:04x}"},
                          "events": {"postType": {"question": 1}, "postEditionSection": {"title": 1, "body": 2}}},
                         ensure_ascii=False)

    def card(who: str, when: str, verb: str) -> str:
        return (f"<div class='user-info'><div class='user-action-time'>{verb} <span title='{when}' class='relativetime'>"
                f"{when}</span></div><div class='user-details'><a href='/users/{_seed(who) % 10**6}'>{who}</a><div "
                f"class='-flair'><span class='reputation-score'>{_seed(who, 'rep') % 20000:,}</span></div></div></div>")

    if page is not None:
        day = page.date or "2024-05-06"
        who = author(site) if page.byline else f"user{s % 100000}"
        paras = _paras(body)
        cut = max(1, len(paras) // 3)
        tag_list = "".join(f"<li><a href='/questions/tagged/{t}' class='post-tag'>{t}</a></li>"
                           for t in tags[s % 6:s % 6 + 4])
        question = (f"<div class='question js-question' data-questionid='{s % 10**7}'><div class='votecell'><div "
                    f"class='js-vote-count' data-value='{s % 90}'>{s % 90}</div></div><div class='postcell'><div "
                    f"class='s-prose js-post-body' itemprop='text'>{''.join(paras[:cut])}</div><div class='post-"
                    f"taglist'><ul class='ml0 list-ls-none js-post-tag-list-wrapper'>{tag_list}</ul></div><div class="
                    f"'post-signature'>{card(who, day, 'asked')}</div></div></div>")
        answers = ""
        rest = paras[cut:]
        step = max(1, len(rest) // 2)
        for n, k in enumerate(range(0, len(rest), step)):
            answerer = ("moderator_" + site.lang, AUTHORS.get(site.lang, AUTHORS["en"])[-1], f"dev{s % 997}")[n % 3]
            answers += (f"<div id='answer-{s % 10**7 + n + 1}' class='answer js-answer{' accepted-answer' if n == 0 else ''}"
                        f"' itemprop='{'acceptedAnswer' if n == 0 else 'suggestedAnswer'}'><div class='votecell'><div "
                        f"class='js-vote-count'>{(s >> n) % 60}</div>{'<div class=js-accepted-answer-indicator>✔</div>' if n == 0 else ''}"
                        f"</div><div class='answercell'><div class='s-prose js-post-body'>{''.join(rest[k:k + step])}"
                        f"</div><div class='post-signature'>{card(answerer, day, 'answered')}</div></div></div>")
        count = len(rest[::step]) if rest else 0
        main = (f"<div id='question-header'><h1 itemprop='name' class='fs-headline1'><a href='#' class='question-"
                f"hyperlink'>{heading}</a></h1></div><div class='d-flex fw-wrap'><div>Asked <time itemprop='dateCreated'"
                f" datetime='{day}T10:00:00'>{day}</time></div><div>Modified {day}</div><div>Viewed {s % 30000:,} times"
                f"</div></div><div id='mainbar' role='main' itemscope itemtype='https://schema.org/QAPage'><div "
                f"itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>{question}<div id='answers'>"
                f"<h2 class='answers-subheader'>{count} Answers</h2>{answers}</div></div><div class='share'>{share}"
                "</div></div>")
    else:
        main = f"<div id='mainbar' role='main'><h1 class='fs-headline1'>{heading}</h1><div class='s-prose'>{body}</div></div>"
    side = (f"<div class='s-sidebarwidget'><h4>The Overflow Blog</h4>{ul(headlines(site, 3, 5, '/blog'))}</div><div "
            f"class='module sidebar-linked'><h4>Linked</h4>{ul(headlines(site, 4, 13, '/questions'))}</div><div "
            f"class='module sidebar-related'><h4>{related}</h4>{ul(headlines(site, 10, 19, '/questions'))}</div><div "
            f"id='hot-network-questions' class='module'><h4>Hot Network Questions</h4>"
            f"{ul(headlines(site, 12, 27, '/questions'))}</div>")
    left = "".join(f"<li><a href='/{w}'>{w.capitalize()}</a></li>" for w in ("questions", "tags", "users", "companies",
                                                                             "unanswered"))
    return (_head(site, page, title, s, 1000 + s % 2000) + "</head><body class='question-page unified-theme'><header "
            f"class='s-topbar'><div class='s-topbar--container'><a class='s-topbar--logo' href='/'><span>{site.name}"
            f"</span></a><form id='search' action='/search' class='s-topbar--searchbar'><input name='q' placeholder="
            f"'{search}…' class='s-input'></form><a href='/users/login' class='s-btn'>Log in</a><a href='/users/signup"
            f"' class='s-btn s-btn__primary'>Sign up</a></div></header><div class='container'><div id='left-sidebar'>"
            f"<nav><ol class='nav-links'><li><a href='/'>{home}</a></li>{left}</ol></nav></div><div id='content'>"
            f"{main}<div id='sidebar'>{side}</div></div></div><footer id='footer' class='site-footer'><p>"
            f"{prose(site.lang, s + 2, 30)}</p><p>Site design / logo © 2024; user contributions licensed under CC BY-SA."
            f" rev 2024.5.6.{s % 9999}</p></footer><script>StackExchange.init({options});</script><script src='/"
            "Content/Js/stub.en.js?v=7f3d' defer></script></body></html>")


# --- a long-form magazine -----------------------------------------------------------------------------------------

def mag(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "mag")
    home, search, published, by, related, share, _dl, _contact = words(site)
    nav = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 11))
    if page is not None:
        who = author(site) if page.byline else ""
        day = page.date or ""
        paras = _paras(body)
        _first_text(paras, "<p class='has-dropcap'>")
        quote = f"<aside class='pullquote'><p>“{prose(site.lang, _seed(heading, 'q'), 14)}”</p></aside>"
        paras.insert(min(3, len(paras)), quote)
        month = (day or "2024-05")[:7]
        print_line = (f"<p class='print-edition'><em>Published in the print edition of the {month} issue, with the "
                      f"headline “{htmllib.escape(heading)}.”</em></p>")
        bio = (f"<div class='contributor-bio'><p><a href='/contributors/{_seed(who) % 10**5}'>{who}</a> "
               f"{prose(site.lang, _seed(who), 18)}</p></div>") if who else ""
        byline = f"<span class='byline'>{by} <a rel='author' href='#'>{who}</a></span>" if who else ""
        dateline = f"<time datetime='{day}'>{published} {day}</time>" if day else ""
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": heading,
                         "datePublished": day or None, "author": [{"@type": "Person", "name": who}] if who else [],
                         "isAccessibleForFree": "False", "publisher": {"@type": "Organization", "name": site.name}},
                        ensure_ascii=False)
        main = (f"<article class='article longform'><header class='ContentHeader'><div class='ContentHeaderRubric'>"
                f"<a href='/{sections(site.lang, 3)[2].lower()}/'>{sections(site.lang, 3)[2]}</a></div><h1 "
                f"data-testid='ContentHeaderHed'>{heading}</h1><div class='ContentHeaderDek'>"
                f"{prose(site.lang, _seed(heading, 'dek'), 22)}</div><div class='ContentHeaderByline'>{byline}"
                f"{dateline}</div></header><figure class='lede-image'><picture><source srcset='/photos/{s % 10**6}-"
                "2400.webp 2400w'><img src='/photos/hero.jpg' width='2400' height='1350' alt=''></picture><figcaption>"
                f"{prose(site.lang, s + 11, 16)} <span class='credit'>Photograph by {author(site, 1)}</span>"
                f"</figcaption></figure><div class='body__inner-container'>{''.join(paras)}</div>{print_line}{bio}"
                f"<div class='share-tools'>{share}</div></article><script type='application/ld+json'>{ld}</script>")
    else:
        main = f"<div class='page-wrap'><h1 class='page-title'>{heading}</h1><div class='page-body'>{body}</div></div>"
    more = "".join(f"<div class='summary-item'><a href='{h}'><img src='/photos/{_seed(h) % 10**6}.jpg' alt=''><h3>{t}"
                   f"</h3></a><p>{prose(site.lang, _seed(h), 12)}</p></div>" for h, t in headlines(site, 8, 61, "/magazine"))
    return (_head(site, page, title, s, 1000 + s % 2600) + "<link rel='preload' as='font' href='/fonts/serif-display."
            "woff2'></head><body class='template-longform'><div class='paywall-bar' data-meter='3'></div><header class="
            f"'SiteHeader'><a class='logo' href='/'>{site.name}</a><nav><ul>{nav}</ul></nav><a href='/search/'>"
            f"{search}</a><a class='subscribe' href='/subscribe'>Subscribe</a><a href='/account/sign-in'>Sign in</a>"
            f"</header><main id='main-content'>{main}</main><section class='more-from'><h2>{related}</h2>{more}"
            f"</section><section class='newsletter'><h2>{prose(site.lang, s + 4, 5)}</h2><form action='/newsletters'>"
            "<input type='email'><button>Sign up</button></form></section><footer class='SiteFooter'>"
            + "".join(f"<a href='/{w.lower()}/'>{w}</a> " for w in sections(site.lang, 14))
            + f"<p>{prose(site.lang, s + 5, 35)}</p><p><a href='/'>{home}</a> · © 2024 {site.name}. Use of this site "
            "constitutes acceptance of our User Agreement and Privacy Policy.</p></footer><script>window.__PRELOADED_"
            f"STATE__={json.dumps({'paywall': {'meter': 3, 'remaining': s % 4}, 'site': site.name})};</script>"
            "<script src='/static/js/main.c0ffee.js' defer></script></body></html>")


# --- a court's judgments database ---------------------------------------------------------------------------------

def court(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "court")
    home, search, published, _by, related, _share, download, contact = words(site)
    nav = "".join(f"<li><a href='/{w}'>{w.replace('-', ' ').capitalize()}</a></li>" for w in
                  ("case-law", "cause-lists", "practice-directions", "forms", "about"))
    if page is not None:
        day = page.date or ""
        number = f"{(day or '2024')[:4]}-{s % 900 + 100}-{len(heading) % 90:02d}"
        paras = _paras(body)
        count = iter(range(1, 10**6))
        numbered = "".join(f"<p class='judgment-para' id='para{n}'><span class='num'>{n}.</span> {p[3:]}"
                           for p in paras for n in ([next(count)] if p.startswith("<p>") else []))
        numbered = "".join(p for p in paras if not p.startswith("<p>")) + numbered
        judges = author(site) if page.byline else ""
        rows = [("Neutral citation", f"[{(day or '2024')[:4]}] {site.name.split()[0].upper()[:5]} {s % 3000}"),
                ("Case number", number), (published, day), ("Judge(s)", judges),
                ("Court", site.name)]
        table = "".join(f"<tr><th scope='row'>{k}</th><td>{v}</td></tr>" for k, v in rows if v)
        history = "".join(f"<tr><td>{(day or '2024-01-01')[:8]}{10 + k:02d}</td><td>{prose(site.lang, s + k, 5)}"
                          "</td></tr>" for k in range(3))
        main = (f"<div class='judgment-header'><h1>{heading}</h1><table class='judgment-meta'>{table}</table><ul "
                f"class='judgment-downloads'><li><a href='/documents/{number}.pdf'>{download} PDF</a></li><li><a href="
                f"'/documents/{number}.xml'>{download} XML (Akoma Ntoso)</a></li></ul></div><div class='judgment-body'"
                f" lang='{site.lang}'>{numbered}</div><section class='document-history'><h2>Document history</h2><table>"
                f"{history}</table></section>")
    else:
        main = f"<div class='page-content'><h1>{heading}</h1>{body}</div>"
    recent = ul(headlines(site, 12, 43, "/case-law"), "recent-judgments")
    return (_head(site, page, title, s, 1050 + s % 1800) + "</head><body class='court-records'><a class='skip-link' "
            f"href='#main'>Skip to main content</a><div class='phase-banner'><strong class='tag'>BETA</strong> "
            f"{prose(site.lang, s, 10)}</div><header class='court-header'><img src='/assets/crest.svg' alt='' "
            f"width='48'><a href='/' class='court-name'>{site.name}</a><form action='/search' class='search-form'>"
            f"<label for='query'>{search}</label><input id='query' name='query'><select name='court'><option>All "
            f"courts</option></select></form><nav><ul>{nav}</ul></nav></header><nav class='breadcrumbs'><a href='/'>"
            f"{home}</a> › <a href='/case-law'>Case law</a></nav><main id='main' class='content'>{main}</main><aside "
            f"class='sidebar'><h2>{related}</h2>{recent}</aside><footer class='court-footer'><p>"
            f"{prose(site.lang, s + 3, 40)}</p><p>{contact} · Accessibility · Re-use of judgments · The judgment is "
            "published with the permission of the court. Anonymisation orders apply.</p></footer><script src='/assets/"
            "js/records.min.js' defer></script></body></html>")


# --- an NGO's report page -----------------------------------------------------------------------------------------

def ngo(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "ngo")
    home, search, published, by, related, share, download, contact = words(site)
    nav = "".join(f"<li class='menu-item'><a href='/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 8))
    langs = "".join(f"<a hreflang='{code}' href='/{code}/'>{code.upper()}</a>" for code in ("en", "fr", "es", "ar",
                                                                                             "sw"))
    if page is not None:
        day = page.date or ""
        paras = _paras(body)
        findings = "".join(f"<li>{prose(site.lang, _seed(heading, k), 15)}</li>" for k in range(4))
        notes = "".join(f"<li id='fn{k + 1}'>{prose(site.lang, s + k, 9)} <a href='#fnref{k + 1}'>↩</a></li>"
                        for k in range(8))
        authored = f"<p class='report-authors'>{by} {author(site)}</p>" if page.byline else ""
        main = (f"<section class='report-hero'><img class='report-cover' src='/uploads/{s % 10**6}-cover.jpg' alt='' "
                f"width='420' height='594'><div><p class='kicker'>Report</p><h1>{heading}</h1>"
                f"{f'<p class=report-date>{published} {day}</p>' if day else ''}{authored}<a class='btn-download' "
                f"href='/uploads/{s % 10**6}-report.pdf'>{download} (PDF, 3.4 MB)</a></div></section><section class="
                f"'key-findings'><h2>Key findings</h2><ul>{findings}</ul></section><div class='report-body'>"
                f"{''.join(paras)}</div><section class='footnotes'><h2>Notes</h2><ol>{notes}</ol></section><div "
                f"class='share'>{share}</div>")
    else:
        main = f"<section class='page-body'><h1>{heading}</h1>{body}</section>"
    cards = "".join(f"<article class='card'><a href='{h}'><img src='/uploads/{_seed(h) % 10**6}.jpg' alt=''><h3>{t}</h3>"
                    "</a></article>" for h, t in headlines(site, 6, 67, "/reports"))
    return (_head(site, page, title, s, 1000 + s % 2000) + "</head><body class='ngo-site'><div class='top-bar'>"
            f"<div class='lang-switcher'>{langs}</div><a class='donate' href='/donate'>Donate</a></div><header class="
            f"'site-header'><a href='/' class='logo'>{site.name}</a><nav><ul>{nav}</ul></nav><form action='/' role="
            f"'search'><input name='s' placeholder='{search}'></form></header><nav class='breadcrumb'><a href='/'>"
            f"{home}</a> / <a href='/reports/'>Reports</a></nav><main id='content'>{main}</main><section class="
            f"'related-reports'><h2>{related}</h2>{cards}</section><section class='donate-band'><p>"
            f"{prose(site.lang, s + 8, 20)}</p><a href='/donate' class='btn'>Donate</a></section><footer class="
            f"'site-footer'><p>{prose(site.lang, s + 9, 30)}</p><p>{contact} · Registered charity number "
            f"{1000000 + s % 99999} · Privacy</p></footer><script src='/wp-content/themes/ngo/dist/app.js' defer>"
            "</script></body></html>")


TEMPLATES8 = {"wire8": wire, "qa8": qa, "mag8": mag, "court8": court, "ngo8": ngo}
