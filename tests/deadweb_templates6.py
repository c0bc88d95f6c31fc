"""Page layouts of held-out 6 of the dead-web set (tests/deadweb_pages6.py), in the style of real sites.

Four layouts not used by the other parts, at real pages' weight (inline CSS,
config blobs, menus, rails, footers; 40-150 KB): ``amp6`` (an AMP news page:
the ⚡ attribute, amp-boilerplate and amp-custom styles, amp-sidebar, amp-img,
an amp-analytics config, a related-stories carousel, no <main>), ``wiki6`` (a
MediaWiki news wiki with the Vector 2022 skin: RLCONF, firstHeading,
mw-parser-output, a sources list, categories, "last edited" footer; no byline),
``tv6`` (a Bootstrap 4 local television station: a breaking-weather bar, a
navbar with a "watch live" button, a video.js player above the story, a
forecast card, the station's public-file links in the footer) and ``blogger6``
(a Blogger blog: date header, post-outer / post-body, "posted by" footer,
labels, comments, blog archive and profile widgets, the _WidgetManager calls;
other pages in a status-message box). Like the other held-out parts' layouts, a
template renders an article when given one and any other page (a notice, a
listing, a home page) in the same chrome. Registered into
deadweb_pages.TEMPLATES under names ending in ``6``.
"""

from __future__ import annotations

import hashlib
import json
import re

from deadweb_pages import VOCAB, Article, Site, prose
from deadweb_templates3 import AUTHORS, _seed, author, css, headlines, paragraphs, sections, ul

# the languages this part adds to the set (its prose and section names come from these words)
VOCAB.setdefault("nl", "gemeenteraad begroting rivier school rechtbank burgemeester verkiezingen rapport politie "
                       "ziekenhuis water energie vakbond staking contract woningen markt bank handel haven spoorweg "
                       "brug storm oogst museum")
VOCAB.setdefault("cs", "zastupitelstvo rozpočet řeka škola soud starosta volby zpráva policie nemocnice voda energie "
                       "odbory stávka smlouva byty trh banka obchod přístav železnice most bouře sklizeň muzeum")
VOCAB.setdefault("ko", "시의회 예산 하천 학교 법원 시장 선거 보고서 경찰 병원 수도 에너지 노조 파업 계약 주택 시장 은행 "
                       "무역 항만 철도 다리 태풍 수확 박물관")
VOCAB.setdefault("ro", "consiliul bugetul râul școala tribunalul primarul alegerile raportul poliția spitalul apa "
                       "energia sindicatul greva contractul locuințe piața banca comerțul portul calea podul furtuna "
                       "recolta muzeul")
VOCAB.setdefault("el", "δημοτικό προϋπολογισμός ποτάμι σχολείο δικαστήριο δήμαρχος εκλογές έκθεση αστυνομία "
                       "νοσοκομείο νερό ενέργεια συνδικάτο απεργία σύμβαση κατοικία αγορά τράπεζα εμπόριο λιμάνι "
                       "σιδηρόδρομος γέφυρα καταιγίδα σοδειά μουσείο")
for _lang, _names in {"nl": ["Sanne de Vries", "Bram Jansen"], "cs": ["Tereza Novotná", "Jakub Dvořák"],
                      "ko": ["김지은", "박민수"], "ro": ["Ioana Popescu", "Andrei Ionescu"],
                      "el": ["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου"]}.items():
    AUTHORS.setdefault(_lang, _names)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _dir(site: Site) -> str:
    return "rtl" if site.lang == "ar" else "ltr"


# --- AMP news page -------------------------------------------------------------------------------------------------

AMP_LABELS = {  # (menu, related, view the full site, share, photo)
    "en": ("Menu", "More stories", "View full site", "Share", "Photo"),
    "es": ("Menú", "Más noticias", "Ver versión completa", "Compartir", "Foto"),
    "pt": ("Menu", "Mais notícias", "Ver versão completa", "Compartilhar", "Foto"),
    "it": ("Menu", "Altre notizie", "Versione completa", "Condividi", "Foto"),
    "tr": ("Menü", "Diğer haberler", "Tam sürümü görüntüle", "Paylaş", "Fotoğraf"),
    "ar": ("القائمة", "أخبار ذات صلة", "النسخة الكاملة", "شارك", "صورة"),
    "ko": ("메뉴", "관련 기사", "PC 버전 보기", "공유", "사진"),
    "ja": ("メニュー", "関連記事", "通常版で見る", "シェア", "写真"),
    "fr": ("Menu", "À lire aussi", "Version complète", "Partager", "Photo"),
    "ro": ("Meniu", "Alte știri", "Versiunea completă", "Distribuie", "Foto"),
}
_AMP_BOILER = ("body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end)"
               " 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
               "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}")


def amp(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "amp")
    menu_label, related, full, share, photo = AMP_LABELS.get(site.lang, AMP_LABELS["en"])
    menu = "".join(f"<li><a href='/{w.lower()}/amp/'>{w}</a></li>" for w in sections(site.lang, 12))
    cards = "".join(f"<a class='rel-card' href='{h}/amp/'><amp-img src='/img/{_seed(h) % 10**6}/thumb.jpg' width='160' "
                    f"height='90' layout='fixed' alt=''></amp-img><span>{t}</span></a>"
                    for h, t in headlines(site, 8, 61, "/noticia"))
    analytics = json.dumps({"vars": {"gtag_id": f"G-{s % 16**8:08X}", "config": {f"G-{s % 16**8:08X}": {
        "groups": "default", "page_type": "amp-article" if page else "amp-page"}}},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"},
                     "scroll": {"on": "scroll", "scrollSpec": {"verticalBoundaries": [25, 50, 90]}}}})
    if page is not None:
        paras = paragraphs(body).split("</p>")
        ad = (f"<amp-ad width='300' height='250' type='doubleclick' data-slot='/{s % 9999}/amp/{site.lang}/article'>"
              "</amp-ad>")
        text = "</p>".join(paras[:2]) + ("</p>" + ad + "</p>".join(paras[2:]) if len(paras) > 2 else "")
        meta = f"<span class='amp-author'>{author(site)}</span>" if page.byline else ""
        if page.date:
            meta += f"<time datetime='{page.date}T07:15:00Z'>{page.date[8:]}/{page.date[5:7]}/{page.date[:4]}</time>"
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": _text(heading)[:110],
                         "datePublished": f"{page.date}T07:15:00Z" if page.date else None,
                         "author": {"@type": "Person", "name": author(site)} if page.byline else None,
                         "publisher": {"@type": "Organization", "name": site.name}}, ensure_ascii=False)
        content = (f"<article class='amp-story'><div class='kicker'>{sections(site.lang, 3)[s % 3]}</div><h1 "
                   f"class='amp-title'>{heading}</h1><div class='amp-meta'>{meta}</div><figure class='lead'><amp-img "
                   f"src='/img/{s % 10**6}/lead.jpg' width='1200' height='675' layout='responsive' alt=''></amp-img>"
                   f"<figcaption>{photo}: {author(site, 1)}</figcaption></figure><div class='amp-body'>{text}</div>"
                   f"<amp-social-share type='whatsapp' width='40' height='40' aria-label='{share}'></amp-social-share>"
                   f"<amp-social-share type='facebook' width='40' height='40' data-param-app_id='{s % 10**9}'>"
                   "</amp-social-share><amp-social-share type='email' width='40' height='40'></amp-social-share>"
                   "</article>")
    else:
        ld = json.dumps({"@context": "https://schema.org", "@type": "WebPage", "name": _text(title)},
                        ensure_ascii=False)
        content = f"<div class='amp-page'><h1 class='amp-title'>{heading}</h1><div class='amp-body'>{paragraphs(body)}</div></div>"
    return (f"<!doctype html><html ⚡ lang='{site.lang}' dir='{_dir(site)}'><head><meta charset='utf-8'><script async "
            "src='https://cdn.ampproject.org/v0.js'></script><script async custom-element='amp-sidebar' src='https://"
            "cdn.ampproject.org/v0/amp-sidebar-0.1.js'></script><script async custom-element='amp-analytics' src='"
            "https://cdn.ampproject.org/v0/amp-analytics-0.1.js'></script><script async custom-element='amp-social-"
            "share' src='https://cdn.ampproject.org/v0/amp-social-share-0.1.js'></script><script async custom-element="
            "'amp-ad' src='https://cdn.ampproject.org/v0/amp-ad-0.1.js'></script><script async custom-element='amp-"
            f"carousel' src='https://cdn.ampproject.org/v0/amp-carousel-0.2.js'></script><title>{title}</title><meta "
            "name='viewport' content='width=device-width,minimum-scale=1,initial-scale=1'><script type='application/"
            f"ld+json'>{ld}</script><style amp-boilerplate>{_AMP_BOILER}</style><noscript><style amp-boilerplate>body"
            "{-webkit-animation:none;animation:none}</style></noscript><style amp-custom>"
            f"{css(s, 900)}</style></head><body><amp-sidebar id='sidebar' layout='nodisplay' side='left'><button on="
            f"'tap:sidebar.close' class='close'>×</button><nav class='side-nav'><ul>{menu}</ul></nav></amp-sidebar>"
            f"<header class='amp-header'><button on='tap:sidebar.toggle' class='hamburger' aria-label='{menu_label}'>"
            f"☰</button><a href='/' class='brand'>{site.name}</a></header><amp-analytics type='gtag' data-credentials="
            f"'include'><script type='application/json'>{analytics}</script></amp-analytics><div class='amp-wrap'>"
            f"{content}<section class='amp-related'><h2>{related}</h2><amp-carousel height='160' layout='fixed-height' "
            f"type='carousel'>{cards}</amp-carousel></section></div><footer class='amp-footer'><nav><ul>{menu}</ul>"
            f"</nav><p>© {site.name} · {prose(site.lang, s + 3, 10)}</p><a href='/' class='full-site'>{full}</a>"
            "</footer></body></html>")


# --- MediaWiki news wiki -------------------------------------------------------------------------------------------

WIKI_LABELS = {  # (from, main page, recent changes, random, talk, read, edit, history, categories, last edited, sources)
    "en": ("From Wikinews Local", "Main page", "Recent changes", "Random article", "Talk", "Read", "Edit",
           "View history", "Categories", "This page was last edited on", "Sources"),
    "de": ("Aus Wikinachrichten Regional", "Hauptseite", "Letzte Änderungen", "Zufälliger Artikel", "Diskussion",
           "Lesen", "Bearbeiten", "Versionsgeschichte", "Kategorien", "Diese Seite wurde zuletzt am bearbeitet:",
           "Quellen"),
    "fr": ("Un article de Wikinouvelles locales", "Accueil", "Modifications récentes", "Page au hasard", "Discussion",
           "Lire", "Modifier", "Voir l'historique", "Catégories", "La dernière modification de cette page a été faite "
           "le", "Sources"),
    "ru": ("Материал из Викиновостей края", "Заглавная страница", "Свежие правки", "Случайная статья", "Обсуждение",
           "Читать", "Править", "История", "Категории", "Эта страница в последний раз была отредактирована", "Источники"),
    "uk": ("Матеріал з Вікіновин громади", "Головна сторінка", "Нещодавні зміни", "Випадкова стаття", "Обговорення",
           "Читати", "Редагувати", "Історія", "Категорії", "Цю сторінку востаннє відредаговано", "Джерела"),
    "pl": ("Z Wikinews Regionu", "Strona główna", "Ostatnie zmiany", "Losuj artykuł", "Dyskusja", "Czytaj", "Edytuj",
           "Wyświetl historię", "Kategorie", "Tę stronę ostatnio edytowano", "Źródła"),
    "cs": ("Z Wikizpráv kraje", "Hlavní strana", "Poslední změny", "Náhodný článek", "Diskuse", "Číst", "Editovat",
           "Zobrazit historii", "Kategorie", "Stránka byla naposledy editována", "Zdroje"),
    "nl": ("Uit Wikinieuws Regio", "Hoofdpagina", "Recente wijzigingen", "Willekeurige pagina", "Overleg", "Lezen",
           "Bewerken", "Geschiedenis", "Categorieën", "Deze pagina is het laatst bewerkt op", "Bronnen"),
    "zh": ("来自地方维基新闻", "首页", "最近更改", "随机页面", "讨论", "阅读", "编辑", "查看历史", "分类", "本页面最后修订于", "来源"),
    "hu": ("A Wikihírek Megye lapjáról", "Kezdőlap", "Friss változtatások", "Lap találomra", "Vitalap", "Olvasás",
           "Szerkesztés", "Laptörténet", "Kategóriák", "A lap utolsó módosítása:", "Források"),
}


def wiki(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "wiki")
    frm, main_page, recent, random_page, talk, read, edit, history, cats, edited, sources = WIKI_LABELS.get(
        site.lang, WIKI_LABELS["en"])
    name = _text(heading)
    key = name.replace(" ", "_")[:80]
    categories = sections(site.lang, 4)
    rlconf = {"wgBreakFrames": False, "wgSeparatorTransformTable": ["", ""], "wgDefaultDateFormat": "dmy",
              "wgRequestId": hashlib.md5(f"{site.name}{name}".encode()).hexdigest()[:24],
              "wgCanonicalNamespace": "", "wgCanonicalSpecialPageName": False, "wgNamespaceNumber": 0,
              "wgPageName": key, "wgTitle": name, "wgCurRevisionId": s % 10**6 if page else 0,
              "wgRevisionId": s % 10**6 if page else 0, "wgArticleId": s % 10**5 if page else 0,
              "wgIsArticle": page is not None, "wgIsRedirect": False, "wgAction": "view", "wgUserName": None,
              "wgUserGroups": ["*"], "wgCategories": categories if page else [], "wgPageContentLanguage": site.lang,
              "wgPageContentModel": "wikitext", "wgRelevantPageName": key,
              "wgRelevantArticleId": s % 10**5 if page else 0, "wgIsProbablyEditable": True,
              "wgRestrictionEdit": [], "wgRestrictionMove": [], "wgMFDisplayWikibaseDescriptions": {"search": False}}
    rlstate = {"ext.gadget.charinsert-styles": "ready", "skins.vector.styles": "ready", "mediawiki.page.gallery.styles":
               "ready", "ext.cite.styles": "ready", "site.styles": "ready", "user.styles": "ready"}
    portlet = "".join(f"<li class='mw-list-item'><a href='/wiki/{w.replace(' ', '_')}'><span>{w}</span></a></li>"
                      for w in (main_page, recent, random_page, *sections(site.lang, 7)))
    tools = "".join(f"<li class='mw-list-item' id='t-{t}'><a href='/wiki/Special:{t.capitalize()}/{key}'><span>{t}"
                    "</span></a></li>" for t in ("whatlinkshere", "recentchangeslinked", "specialpages", "permalink",
                                                 "info", "cite"))
    if page is not None:
        published = (f"<p><strong class='published'><span class='dtstart'>{page.date}</span></strong></p>"
                     if page.date else "")
        refs = "".join(f"<li><span class='sourceTemplate'><a rel='nofollow' class='external text' href='"
                       f"https://source{k}.example/{h}'>{t}</a> — <i>{author(site, k)}</i></span></li>"
                       for k, (h, t) in enumerate(headlines(site, 4, 77)))
        infobox = (f"<table class='infobox' style='float:right;width:22em'><tr><th colspan='2'>{categories[0]}</th></tr>"
                   + "".join(f"<tr><td>{w}</td><td>{prose(site.lang, s + k, 4)}</td></tr>"
                             for k, w in enumerate(categories)) + "</table>")
        content = (f"{infobox}{published}{paragraphs(body)}<h2><span class='mw-headline' id='{sources}'>{sources}"
                   f"</span></h2><ul>{refs}</ul><div class='navbox'>{ul(headlines(site, 12, 78, '/wiki'))}</div>")
        catlinks = "".join(f"<li><a href='/wiki/Category:{c}' title='Category:{c}'>{c}</a></li>" for c in categories)
        mw_cats = f"<div id='mw-normal-catlinks' class='mw-normal-catlinks'>{cats}: <ul>{catlinks}</ul></div>"
        foot = f"<li id='footer-info-lastmod'> {edited} {(page.date or '2024-04-02')}, 11:{s % 60:02d}.</li>"
    else:
        content = paragraphs(body)
        mw_cats = foot = ""
    return (f"<!DOCTYPE html><html class='client-nojs vector-feature-language-in-header-enabled vector-feature-page-"
            f"tools-pinned-disabled vector-toc-not-available' lang='{site.lang}' dir='{_dir(site)}'><head><meta "
            f"charset='UTF-8'><title>{title}</title><script>(function(){{var className='client-js';var cookie=document"
            f".cookie.match(/(?:^|; )wikiclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach("
            f"function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,"
            f"'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());"
            f"RLCONF={json.dumps(rlconf, ensure_ascii=False)};RLSTATE={json.dumps(rlstate)};RLPAGEMODULES=[\"ext.cite."
            "ux-enhancements\",\"site\",\"mediawiki.page.ready\",\"skins.vector.js\",\"ext.gadget.ReferenceTooltips\"];"
            "</script><script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return[\"user.options@"
            "12s5i\",function($,jQuery,require,module){mw.user.tokens.set({\"patrolToken\":\"+\\\\\",\"watchToken\":\""
            "+\\\\\",\"csrfToken\":\"+\\\\\"});}];});});</script><link rel='stylesheet' href='/w/load.php?lang="
            f"{site.lang}&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022'>"
            f"<style>{css(s, 880)}</style><meta name='generator' content='MediaWiki 1.41.1'><link rel='edit' title='"
            f"{edit}' href='/w/index.php?title={key}&amp;action=edit'><link rel='license' href='https://"
            "creativecommons.org/licenses/by/2.5/'></head><body class='skin-vector skin-vector-search-vue mediawiki "
            f"{_dir(site)} sitedir-{_dir(site)} mw-hide-empty-elt ns-0 ns-subject mw-editable page-{key[:40]} rootpage-"
            f"{key[:40]} skin-vector-2022 action-view'><a class='mw-jump-link' href='#bodyContent'>Jump</a><div class="
            "'vector-header-container'><header class='vector-header mw-header'><div class='vector-header-start'><a "
            f"href='/wiki/{main_page.replace(' ', '_')}' class='mw-logo'><span class='mw-logo-wordmark'>{site.name}"
            "</span></a></div><div class='vector-header-end'><div id='p-search' class='vector-search-box'><form "
            "action='/w/index.php' id='searchform'><input type='search' name='search' accesskey='f' id='searchInput'>"
            "<input type='hidden' name='title' value='Special:Search'></form></div></div></header></div><div class="
            "'mw-page-container'><div class='mw-page-container-inner'><div class='vector-main-menu-container'><nav "
            f"id='mw-panel' class='vector-main-menu'><div id='p-navigation' class='vector-menu mw-portlet'><ul>{portlet}"
            f"</ul></div><div id='p-tb' class='vector-menu mw-portlet'><ul>{tools}</ul></div></nav></div><div class="
            "'mw-content-container'><main id='content' class='mw-body'><header class='mw-body-header vector-page-"
            f"titlebar'><h1 id='firstHeading' class='firstHeading mw-first-heading'><span class='mw-page-title-main'>"
            f"{heading}</span></h1></header><div class='vector-page-toolbar'><ul class='vector-menu-content-list'><li "
            f"class='selected'><a href='/wiki/{key}'>{read}</a></li><li><a href='/wiki/Talk:"
            f"{key}'>{talk}</a></li><li><a href='/w/index.php?title={key}&amp;action=edit'>{edit}</a></li><li><a href="
            f"'/w/index.php?title={key}&amp;action=history'>{history}</a></li></ul></div><div id='bodyContent' class="
            f"'vector-body'><div id='siteSub' class='noprint'>{frm}</div><div id='contentSub'></div><div id='mw-"
            f"content-text' class='mw-body-content'><div class='mw-content-{_dir(site)} mw-parser-output' lang='"
            f"{site.lang}' dir='{_dir(site)}'>{content}</div></div><div id='catlinks' class='catlinks' data-mw='"
            f"interface'>{mw_cats}"
            f"</div></div></main></div><footer id='footer' class='mw-footer'><ul id='footer-info'>{foot}<li id='footer-"
            "info-copyright'>CC BY 2.5</li></ul><ul id='footer-places'><li><a href='/wiki/Privacy'>Privacy</a></li>"
            f"<li><a href='/wiki/About'>{site.name}</a></li></ul></footer></div></div><script>(RLQ=window.RLQ||[]).push"
            f"(function(){{mw.config.set({{\"wgHostname\":\"mw-web.{s % 9}\",\"wgBackendResponseTime\":{s % 400 + 90}}});"
            "});</script></body></html>")


# --- Bootstrap local television station ----------------------------------------------------------------------------

TV_LABELS = {  # (watch live, trending, forecast, by, updated, alert, footer items)
    "en": ("Watch Live", "Trending", "7-Day Forecast", "By", "Updated", "WEATHER ALERT: Wind advisory in effect until "
           "8 PM", ("Contact Us", "Careers", "FCC Public File", "EEO Report", "Closed Captioning", "Advertise")),
    "es": ("En vivo", "Lo más visto", "Pronóstico", "Por", "Actualizado", "ALERTA: Aviso por vientos fuertes hasta "
           "las 20:00", ("Contáctenos", "Empleos", "Archivo público", "Subtítulos", "Anúnciese")),
    "de": ("Live", "Meistgesehen", "Wetter", "Von", "Aktualisiert", "UNWETTERWARNUNG: Sturmböen bis 20 Uhr",
           ("Kontakt", "Karriere", "Impressum", "Barrierefreiheit", "Werbung")),
    "pl": ("Oglądaj na żywo", "Najpopularniejsze", "Prognoza", "Autor", "Aktualizacja", "OSTRZEŻENIE: silny wiatr do "
           "godz. 20", ("Kontakt", "Kariera", "Regulamin", "Reklama")),
    "ro": ("Live", "Cele mai citite", "Prognoza meteo", "De", "Actualizat", "COD GALBEN: vânt puternic până la ora 20",
           ("Contact", "Cariere", "Termeni și condiții", "Publicitate")),
    "el": ("Ζωντανά", "Δημοφιλή", "Καιρός", "Από", "Ενημέρωση", "ΕΚΤΑΚΤΟ ΔΕΛΤΙΟ: ισχυροί άνεμοι έως τις 20:00",
           ("Επικοινωνία", "Καριέρα", "Όροι χρήσης", "Διαφήμιση")),
    "hu": ("Élő adás", "Legnézettebb", "Időjárás", "Szerző", "Frissítve", "FIGYELMEZTETÉS: erős szél 20 óráig",
           ("Kapcsolat", "Karrier", "Impresszum", "Hirdetés")),
    "pt": ("Ao vivo", "Mais vistos", "Previsão", "Por", "Atualizado", "ALERTA: ventos fortes até as 20h",
           ("Fale conosco", "Trabalhe conosco", "Termos de uso", "Anuncie")),
    "it": ("Diretta", "Più visti", "Meteo", "Di", "Aggiornato", "ALLERTA METEO: vento forte fino alle 20",
           ("Contatti", "Lavora con noi", "Note legali", "Pubblicità")),
    "tr": ("Canlı yayın", "En çok izlenen", "Hava durumu", "Haber", "Güncelleme", "UYARI: kuvvetli rüzgar saat "
           "20'ye kadar", ("İletişim", "Kariyer", "Künye", "Reklam")),
    "ko": ("생방송", "많이 본 뉴스", "날씨", "기자", "수정", "기상 특보: 오후 8시까지 강풍 주의보",
           ("회사소개", "채용", "시청자 권익보호", "광고 문의")),
}


def tv(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "tv")
    live, trending, forecast, by, updated, alert, footer_items = TV_LABELS.get(site.lang, TV_LABELS["en"])
    callsign = "K" + "".join(chr(65 + (s >> k) % 26) for k in (0, 5, 10))
    config = {"callsign": callsign, "dma": s % 210, "network": ("ABC", "NBC", "CBS", "FOX")[s % 4],
              "gam": {"adUnit": f"/{s % 99999}/{callsign.lower()}/news", "targeting": {
                  "section": "news", "story": str(s % 10**6) if page else "", "lang": site.lang}},
              "weather": {"zip": f"{s % 89999 + 10000}", "radar": True}, "player": {"autoplay": False, "ads": True}}
    nav = "".join(f"<li class='nav-item dropdown'><a class='nav-link dropdown-toggle' href='/{w.lower()}' data-toggle="
                  f"'dropdown'>{w}</a><div class='dropdown-menu'>" + "".join(
                      f"<a class='dropdown-item' href='/{w.lower()}/{k}'>{prose(site.lang, s + i * 7 + k, 2)}</a>"
                      for k in range(6)) + "</div></li>" for i, w in enumerate(sections(site.lang, 8)))
    days = "".join(f"<li class='list-inline-item text-center'><span class='d-block'>{d}</span><b>{(s >> d) % 15 + 8}°"
                   "</b></li>" for d in range(7))
    if page is not None:
        meta = f"{by} {author(site)}" if page.byline else ""
        if page.date:
            meta += (f"{' · ' if meta else ''}<time datetime='{page.date}T17:30:00Z'>{page.date}</time> · {updated} "
                     f"<time datetime='{page.date}T19:05:00Z'>19:05</time>")
        content = (f"<div class='story' data-story-id='{s % 10**6}'><ol class='breadcrumb bg-transparent p-0 small'>"
                   f"<li class='breadcrumb-item'><a href='/'>{site.name}</a></li><li class='breadcrumb-item'><a "
                   f"href='/news'>{sections(site.lang, 1)[0]}</a></li></ol><h1 class='story-headline h2 font-weight-"
                   f"bold'>{heading}</h1><div class='story-meta text-muted small mb-3'>{meta}</div><div class='video-"
                   f"wrapper embed-responsive embed-responsive-16by9 mb-3'><video-js id='player-{s % 10**6}' class="
                   f"'video-js vjs-default-skin embed-responsive-item' controls preload='none' poster='/media/{s % 10**6}"
                   f"/poster.jpg' data-setup='{{\"fluid\": true}}'><source src='https://media.example-tv.net/{callsign}/"
                   f"{s % 10**6}/master.m3u8' type='application/x-mpegURL'></video-js></div><div class='story-body'>"
                   f"{paragraphs(body)}</div><div class='story-tags mt-3'>"
                   + "".join(f"<a class='badge badge-secondary mr-1' href='/tag/{w.lower()}'>{w}</a>"
                             for w in sections(site.lang, 4))
                   + f"</div><p class='copyright small text-muted mt-4'>© 2024 {site.name} ({callsign}).</p></div>")
    else:
        content = f"<div class='page-content py-4'><h1 class='h2'>{heading}</h1>{paragraphs(body)}</div>"
    trend = "".join(f"<li class='list-group-item'><a href='{h}'>{t}</a></li>" for h, t in headlines(site, 8, 55))
    foot = "".join(f"<li><a class='text-light' href='/{re.sub(r'[^a-z]', '', f.lower()) or 'info'}'>{f}</a></li>"
                   for f in footer_items)
    return (f"<!DOCTYPE html><html lang='{site.lang}'><head><meta charset='utf-8'><meta name='viewport' content='"
            f"width=device-width, initial-scale=1, shrink-to-fit=no'><title>{title}</title><link rel='stylesheet' "
            "href='https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css'><link href='https://vjs."
            f"zencdn.net/8.10.0/video-js.css' rel='stylesheet'><style>{css(s, 930)}</style><script>window."
            f"stationConfig={json.dumps(config)};</script><script async src='https://securepubads.g.doubleclick.net/"
            "tag/js/gpt.js'></script></head><body class='tv-site'><div class='alert-bar bg-warning text-dark small py-1"
            f" text-center' role='alert'>{alert} <a href='/weather/alerts' class='alert-link'>»</a></div><nav class='"
            "navbar navbar-expand-lg navbar-dark bg-primary sticky-top'><a class='navbar-brand font-weight-bold' href="
            f"'/'>{site.name}</a><button class='navbar-toggler' type='button' data-toggle='collapse' data-target='"
            "#mainnav' aria-controls='mainnav' aria-expanded='false'><span class='navbar-toggler-icon'></span></button>"
            f"<div class='collapse navbar-collapse' id='mainnav'><ul class='navbar-nav mr-auto'>{nav}</ul><a class='btn "
            f"btn-danger btn-sm watch-live' href='/live'>● {live}</a></div></nav><div class='container mt-3'><div "
            f"class='row'><div class='col-lg-8'>{content}</div><div class='col-lg-4'><div class='card weather-card "
            f"mb-3'><div class='card-header'>{forecast}</div><div class='card-body'><ul class='list-inline mb-0'>{days}"
            f"</ul></div></div><div class='card mb-3'><div class='card-header'>{trending}</div><ul class='list-group "
            f"list-group-flush'>{trend}</ul></div><div class='ad-container' id='div-gpt-ad-{s % 10**6}-0'></div></div>"
            f"</div></div><footer class='bg-dark text-light py-4 mt-4'><div class='container'><div class='row'><div "
            f"class='col-md-4'><b>{site.name}</b><p class='small'>{prose(site.lang, s + 8, 16)}</p></div><div class="
            f"'col-md-8'><ul class='list-unstyled columns-2'>{foot}</ul></div></div></div></footer><script src='https://"
            "code.jquery.com/jquery-3.5.1.slim.min.js'></script><script src='https://cdn.jsdelivr.net/npm/bootstrap@"
            "4.6.2/dist/js/bootstrap.bundle.min.js'></script><script src='https://vjs.zencdn.net/8.10.0/video.min.js'>"
            "</script><script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag."
            "defineSlot(window.stationConfig.gam.adUnit,[[300,250],[300,600]],document.querySelector('.ad-container')"
            ".id).addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();"
            "});</script></body></html>")


# --- Blogger blog --------------------------------------------------------------------------------------------------

BLOGGER_LABELS = {  # (posted by, at, labels, comments, post a comment, newer, older, home, archive, about me, subscribe)
    "en": ("Posted by", "at", "Labels", "comments", "Post a Comment", "Newer Post", "Older Post", "Home",
           "Blog Archive", "About Me", "Subscribe to"),
    "fr": ("Publié par", "à", "Libellés", "commentaires", "Enregistrer un commentaire", "Article plus récent",
           "Article plus ancien", "Accueil", "Archives du blog", "Qui êtes-vous ?", "S'abonner à"),
    "es": ("Publicado por", "en", "Etiquetas", "comentarios", "Publicar un comentario", "Entrada más reciente",
           "Entrada antigua", "Inicio", "Archivo del blog", "Datos personales", "Suscribirse a"),
    "it": ("Pubblicato da", "alle", "Etichette", "commenti", "Posta un commento", "Post più recente",
           "Post più vecchio", "Home page", "Archivio blog", "Informazioni personali", "Iscriviti a"),
    "pt": ("Postado por", "às", "Marcadores", "comentários", "Postar um comentário", "Postagem mais recente",
           "Postagem mais antiga", "Página inicial", "Arquivo do blog", "Quem sou eu", "Assinar"),
    "nl": ("Gepost door", "om", "Labels", "opmerkingen", "Een reactie posten", "Nieuwere post", "Oudere post",
           "Homepage", "Blogarchief", "Over mij", "Abonneren op"),
    "pl": ("Opublikowane przez", "o", "Etykiety", "komentarze", "Prześlij komentarz", "Nowszy post", "Starszy post",
           "Strona główna", "Archiwum bloga", "O mnie", "Subskrybuj"),
    "ja": ("投稿者", "時刻", "ラベル", "件のコメント", "コメントを投稿", "次の投稿", "前の投稿", "ホーム",
           "ブログ アーカイブ", "自己紹介", "登録"),
    "zh": ("发布者", "时间", "标签", "条评论", "发表评论", "较新的博文", "较早的博文", "主页", "博客归档", "关于我", "订阅"),
    "ar": ("نشر بواسطة", "في", "التصنيفات", "تعليقات", "إرسال تعليق", "رسالة أحدث", "رسالة أقدم", "الصفحة الرئيسية",
           "أرشيف المدونة", "من أنا", "الاشتراك في"),
    "cs": ("Vystavil", "v", "Štítky", "komentáře", "Okomentovat", "Novější příspěvek", "Starší příspěvek",
           "Domovská stránka", "Archiv blogu", "O mně", "Přihlásit se k odběru"),
    "de": ("Eingestellt von", "um", "Labels", "Kommentare", "Kommentar veröffentlichen", "Neuerer Post",
           "Älterer Post", "Startseite", "Blog-Archiv", "Über mich", "Abonnieren"),
}


def blogger(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "blogger")
    posted, at, labels_l, comments_l, post_comment, newer, older, home, archive_l, about, subscribe = (
        BLOGGER_LABELS.get(site.lang, BLOGGER_LABELS["en"]))
    blog_id, post_id = s % 10**18, _seed(site.name, heading) % 10**18
    labels = sections(site.lang, 20)[s % 10:s % 10 + 3]
    archive = "".join(f"<li class='archivedate {'expanded' if y == 2024 else 'collapsed'}'><a class='toggle' href="
                      f"'javascript:void(0)'><span class='zippy'>{'▼' if y == 2024 else '►'}&nbsp;</span></a><a class="
                      f"'post-count-link' href='/{y}/'>{y}</a> <span class='post-count' dir='ltr'>({(s >> y % 8) % 40 + 3})"
                      "</span>" + (ul(headlines(site, 6, 44, f"/{y}"), "posts") if y == 2024 else "") + "</li>"
                      for y in range(2024, 2012, -1))
    cloud = "".join(f"<span class='label-size label-size-{k % 5 + 1}'><a dir='ltr' href='/search/label/{w}'>{w}</a>"
                    f"</span> " for k, w in enumerate(sections(site.lang, 18)))
    if page is not None:
        stamp = (f"<span class='post-timestamp'>{at} <a class='timestamp-link' href='#' rel='bookmark' title='permanent "
                 f"link'><abbr class='published' itemprop='datePublished' title='{page.date}T08:{s % 60:02d}:00+02:00'>"
                 f"08:{s % 60:02d}</abbr></a></span>") if page.date else ""
        who = (f"<span class='post-author vcard'>{posted} <span class='fn' itemprop='author' itemscope itemtype="
               f"'http://schema.org/Person'><span itemprop='name'>{author(site)}</span></span></span>"
               if page.byline else "")
        comments = "".join(f"<dt class='comment-author' id='c{s % 10**9 + k}'>{author(site, k + 1)}</dt><dd class="
                           f"'comment-body'><p>{prose(site.lang, s + 40 + k, 18)}</p></dd>" for k in range(s % 4 + 1))
        date_header = f"<h2 class='date-header'><span>{page.date}</span></h2>" if page.date else ""
        posts = (f"<div class='date-outer'>{date_header}<div class='date-posts'><div class='post-outer'><div class="
                 "'post hentry uncustomized-post-template' itemprop='blogPost' itemscope itemtype='http://schema.org/"
                 f"BlogPosting'><meta content='{blog_id}' itemprop='blogId'><meta content='{post_id}' itemprop="
                 f"'postId'><a name='{post_id}'></a><h3 class='post-title entry-title' itemprop='name'>{heading}</h3>"
                 "<div class='post-header'><div class='post-header-line-1'></div></div><div class='post-body entry-"
                 f"content' id='post-body-{post_id}' itemprop='description articleBody'>{paragraphs(body)}<div style="
                 f"'clear: both;'></div></div><div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
                 f"{who} {stamp} <div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-"
                 f"button sb-email' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}"
                 "&amp;target=email' target='_blank'><span class='share-button-link-text'>Email</span></a></div></div>"
                 f"<div class='post-footer-line post-footer-line-2'><span class='post-labels'>{labels_l}: "
                 + ", ".join(f"<a href='/search/label/{w}' rel='tag'>{w}</a>" for w in labels)
                 + f"</span></div></div></div><div class='comments' id='comments'><a name='comments'></a><h4>"
                 f"{s % 4 + 1} {comments_l}:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-"
                 f"indent' id='comments-block'>{comments}</dl></div><p class='comment-footer'><a href='https://www."
                 f"blogger.com/comment/fullpage/post/{blog_id}/{post_id}'>{post_comment}</a></p></div></div></div>"
                 "</div>")
        page_type = "item"
    else:
        posts = (f"<div class='status-msg-wrap'><div class='status-msg-body'>{heading}</div><div class='status-msg-"
                 f"border'><div class='status-msg-bg'><div class='status-msg-hidden'>{heading}</div></div></div></div>"
                 f"<div class='post-outer'><div class='post-body entry-content'>{paragraphs(body)}</div></div>")
        page_type = "index"
    context = json.dumps([{"name": "blog", "data": {"blogId": str(blog_id), "title": site.name, "url": "/",
                                                    "canonicalUrl": "/", "pageType": page_type,
                                                    "pageName": _text(heading)[:80], "pageTitle": _text(title)[:120],
                                                    "locale": site.lang, "enabledCommentProfileImages": True}}],
                         ensure_ascii=False)
    return (f"<!DOCTYPE html><html class='v2' dir='{_dir(site)}' lang='{site.lang}' xmlns='http://www.w3.org/1999/"
            "xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' "
            "xmlns:expr='http://www.google.com/2005/gml/expr'><head><meta content='width=1100' name='viewport'><meta "
            "content='text/html; charset=UTF-8' http-equiv='Content-Type'><meta content='blogger' name='generator'>"
            f"<link href='/favicon.ico' rel='icon' type='image/x-icon'><link rel='alternate' type='application/atom+"
            f"xml' title='{site.name} - Atom' href='/feeds/posts/default'><link rel='service.post' type='application/"
            f"atom+xml' href='https://www.blogger.com/feeds/{blog_id}/posts/default'><title>{title}</title><style id="
            f"'page-skin-1' type='text/css'><!--\n/* Theme: Simple, variant: wide */\n{css(s, 820)}\n--></style>"
            "<script type='text/javascript'>window.__wavt='AOuZoY5"
            f"{hashlib.sha1(site.name.encode()).hexdigest()[:30]}';</script></head><body class='loading variant-wide'>"
            "<div class='navbar no-items section' id='navbar' name='Navbar'></div><div class='body-fauxcolumns'><div "
            "class='fauxcolumn-outer body-fauxcolumn-outer'></div></div><div class='content'><div class='content-outer"
            "'><header><div class='header-outer'><div class='Header widget' data-version='1' id='Header1'><div id="
            f"'header-inner'><div class='titlewrapper'><h1 class='title'><a href='/'>{site.name}</a></h1></div><div "
            f"class='descriptionwrapper'><p class='description'><span>{prose(site.lang, s + 1, 12)}</span></p></div>"
            "</div></div></div></header><div class='tabs-outer'><div class='PageList widget' id='PageList1'><ul><li "
            f"class='selected'><a href='/'>{home}</a></li>"
            + "".join(f"<li><a href='/p/{w.lower()}.html'>{w}</a></li>" for w in sections(site.lang, 5))
            + "</ul></div></div><div class='main-outer'><div class='columns fauxcolumns'><div class='column-center-"
            "outer'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'><div "
            f"class='blog-posts hfeed'>{posts}</div><div class='blog-pager' id='blog-pager'><span id='blog-pager-"
            f"newer-link'><a class='blog-pager-newer-link' href='/2024/06/' title='{newer}'>{newer}</a></span><span "
            f"id='blog-pager-older-link'><a class='blog-pager-older-link' href='/2024/04/' title='{older}'>{older}</a>"
            f"</span><a class='home-link' href='/'>{home}</a></div><div class='post-feeds'><div class='feed-links'>"
            f"{subscribe}: <a class='feed-link' href='/feeds/posts/default' type='application/atom+xml'>Atom</a></div>"
            "</div></div></div></div><div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'"
            f"><div class='widget Profile' id='Profile1'><h2>{about}</h2><div class='widget-content'><dl class='"
            f"profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www."
            f"blogger.com/profile/{s % 10**20}' rel='author'>{author(site)}</a></dt><dd class='profile-textblock'>"
            f"{prose(site.lang, s + 2, 30)}</dd></dl></div></div><div class='widget BlogArchive' id='BlogArchive1'>"
            f"<h2>{archive_l}</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>{archive}"
            f"</ul></div></div></div><div class='widget Label' id='Label1'><h2>{labels_l}</h2><div class='widget-"
            f"content cloud-label-widget-content'>{cloud}</div></div><div class='widget PopularPosts' id='"
            f"PopularPosts1'><div class='widget-content popular-posts'>{ul(headlines(site, 6, 45, '/2023'))}</div>"
            "</div></div></div></div></div><footer><div class='footer-outer'><div class='Attribution widget' id='"
            "Attribution1'><div class='widget-content' style='text-align: center;'>Theme: Simple. Powered by <a href="
            "'https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer></div></div><script "
            "type='text/javascript' src='https://www.blogger.com/static/v1/widgets/2975350028-widgets.js'></script>"
            f"<script type='text/javascript'>_WidgetManager._Init('//www.blogger.com/rearrange?blogID={blog_id}','//"
            f"{site.name}/','{blog_id}');_WidgetManager._SetDataContext({context});_WidgetManager._RegisterWidget("
            "'_HeaderView', new _WidgetInfo('Header1', 'header', document.getElementById('Header1'), {}, 'displayModeFull"
            "'));_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById("
            "'Blog1'), {'cmtInteractionsEnabled': false, 'lightboxEnabled': true}, 'displayModeFull'));_WidgetManager."
            "_RegisterWidget('_BlogArchiveView', new _WidgetInfo('BlogArchive1', 'sidebar-right-1', document."
            "getElementById('BlogArchive1'), {'languageDirection': 'ltr', 'loadingMessage': '…'}, 'displayModeFull'));"
            "</script></body></html>")


TEMPLATES6 = {"amp6": amp, "wiki6": wiki, "tv6": tv, "blogger6": blogger}
