"""Page layouts of held-out 4 of the dead-web set (tests/deadweb_pages4.py), in the style of real CMSs.

Four layouts not used by the other parts, at real pages' weight (inline CSS,
settings and state blobs, counters, rails; 40-150 KB): ``ghost4`` (a Ghost
newsletter-blog: gh-article classes, members portal script, ld+json),
``bitrix4`` (a Russian regional portal on 1C-Bitrix: BX scripts, news-detail,
Yandex and LiveInternet counters), ``arc4`` (an Arc/Fusion-rendered national
paper: data-qa attributes, the story repeated in ``Fusion.globalContent``) and
``haber4`` (a Turkish or Arabic news portal: son dakika ticker, spot line, ad
slots, most-read lists). Like held-out 3's, a template renders an article when
given one and any other page (a notice, a listing) in the same chrome.
Registered into deadweb_pages.TEMPLATES under names ending in ``4``.
"""

from __future__ import annotations

import hashlib
import json
import re

from deadweb_pages import Article, Site, prose
from deadweb_templates3 import _seed, author, css, headlines, paragraphs, sections, ul


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).strip()


# --- Ghost -------------------------------------------------------------------------------------------------------

def ghost(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "ghost")
    key = hashlib.sha256(site.name.encode()).hexdigest()[:26]
    nav = "".join(f"<li class='nav-{w.lower()}'><a href='/tag/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 6))
    feed = "".join(f"<article class='gh-card post'><a class='gh-card-link' href='{h}/'><h3 class='gh-card-title'>{t}"
                   f"</h3><div class='gh-card-excerpt'>{prose(site.lang, _seed(h), 24)}</div></a></article>"
                   for h, t in headlines(site, 6, 33, ""))
    if page is not None:
        meta = ""
        if page.byline:
            meta += (f"<span class='gh-article-author-name'><a href='/author/{author(site).split()[0].lower()}/'>"
                     f"{author(site)}</a></span>")
        if page.date:
            meta += f"<time class='gh-article-date' datetime='{page.date}'>{page.date}</time>"
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": _text(heading),
              "url": f"/{s % 999}/", "datePublished": f"{page.date}T07:00:00.000Z" if page.date else None}
        if page.byline:
            ld["author"] = {"@type": "Person", "name": author(site)}
        main = (f"<main id='site-main' class='site-main'><article class='gh-article post tag-news'><header "
                f"class='gh-article-header gh-canvas'><a class='gh-article-tag' href='/tag/news/'>News</a><h1 "
                f"class='gh-article-title is-title'>{heading}</h1><div class='gh-article-meta'>{meta}</div></header>"
                f"<section class='gh-content gh-canvas is-body'>{paragraphs(body)}</section><section class='gh-cta'>"
                "<h2 class='gh-cta-title'>Subscribe to the newsletter</h2><a href='#/portal/signup' data-portal="
                "'signup'>Subscribe</a></section></article></main>")
        body_class, og = "post-template tag-news", "article"
    else:
        ld = {"@context": "https://schema.org", "@type": "WebSite", "name": site.name}
        main = (f"<main id='site-main' class='site-main outer'><section class='gh-page gh-canvas'><h1 class="
                f"'gh-page-title'>{heading}</h1><div class='gh-content'>{paragraphs(body)}</div></section></main>")
        body_class, og = "page-template", "website"
    return (f"<!DOCTYPE html><html lang='{site.lang}'><head><meta charset='utf-8'><meta http-equiv='X-UA-Compatible' "
            f"content='IE=edge'><title>{title}</title><meta name='HandheldFriendly' content='True'><link rel="
            f"'stylesheet' type='text/css' href='/assets/built/screen.css?v={key[:10]}'><style>{css(s, 900)}</style>"
            f"<meta property='og:site_name' content='{site.name}'><meta property='og:type' content='{og}'><meta "
            f"property='og:title' content='{_text(title)}'><script type='application/ld+json'>"
            f"{json.dumps(ld, ensure_ascii=False)}</script><meta name='generator' content='Ghost 5.82'><link rel="
            f"'alternate' type='application/rss+xml' title='{site.name}' href='/rss/'><script defer src='https://"
            f"cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js' data-i18n='true' data-ghost='/' data-key='{key}' "
            f"data-api='/ghost/api/content/' crossorigin='anonymous'></script><style id='gh-members-styles'>"
            f"{css(s + 1, 250)}</style><script defer src='https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/"
            f"sodo-search.min.js' data-key='{key}' data-styles='https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/"
            f"main.css' data-sodo-search='/' crossorigin='anonymous'></script></head><body class='{body_class} "
            f"is-head-left-logo has-sans-body has-cover'><div class='viewport'><header id='gh-head' class='gh-head "
            f"outer'><div class='gh-head-inner inner'><div class='gh-head-brand'><a class='gh-head-logo' href='/'>"
            f"{site.name}</a><button class='gh-search gh-icon-btn' aria-label='Search this site' data-ghost-search>"
            f"</button></div><nav class='gh-head-menu'><ul class='nav'>{nav}</ul></nav><div class='gh-head-actions'>"
            "<a href='#/portal/signin' data-portal='signin'>Sign in</a><a class='gh-head-button' href='#/portal/"
            f"signup' data-portal='signup'>Subscribe</a></div></div></header><div class='site-content'>{main}<aside "
            f"class='read-more-wrap outer'><div class='read-more inner'><h2>Read more</h2>{feed}</div></aside></div>"
            f"<footer class='site-footer outer'><div class='inner'><section class='copyright'><a href='/'>{site.name}"
            f"</a> © 2024</section><nav class='site-footer-nav'><ul class='nav'>{nav}</ul></nav><div class='gh-"
            "powered-by'><a href='https://ghost.org/' target='_blank' rel='noopener'>Powered by Ghost</a></div></div>"
            "</footer></div><script src='/assets/built/casper.js?v=e1f0a2b9c3'></script></body></html>")


# --- 1C-Bitrix regional portal -----------------------------------------------------------------------------------

def bitrix(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "bitrix")
    menu = "".join(f"<li class='top-menu__item'><a href='/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 14))
    rubrics = "".join(f"<div class='news-list-item'><span class='news-date-time'>{(s + i) % 28 + 1:02d}.05.2024 "
                      f"{(s + i) % 24:02d}:{i * 7 % 60:02d}</span><a href='{h}/'>{t}</a></div>"
                      for i, (h, t) in enumerate(headlines(site, 18, 44, "/news")))
    if page is not None:
        date = (f"<span class='news-date-time'>{page.date[8:]}.{page.date[5:7]}.{page.date[:4]} 10:{s % 60:02d}"
                "</span>") if page.date else ""
        by = f"<div class='news-detail__author'>Текст: {author(site)}</div>" if page.byline else ""
        main = (f"<div class='news-detail'><h1 class='news-detail__title'>{heading}</h1>{date}<div class='news-"
                f"detail__picture'><img class='detail_picture' src='/upload/iblock/{s % 999:03x}/{s:x}.jpg' alt=''>"
                f"</div><div class='detail_text'>{paragraphs(body)}</div>{by}<div class='news-detail__views'>"
                f"Просмотров: {s % 9000}</div><div class='ya-share2' data-services='vkontakte,odnoklassniki,telegram'>"
                "</div></div>")
    else:
        main = f"<div class='page-content'><h1 class='page-title'>{heading}</h1><div class='text'>{paragraphs(body)}</div></div>"
    return (f"<!DOCTYPE html><html lang='{site.lang}'><head><meta http-equiv='Content-Type' content='text/html; "
            f"charset=UTF-8'><title>{title}</title><meta name='keywords' content='{', '.join(sections(site.lang, 6))}'>"
            f"<link href='/bitrix/cache/css/s1/region/template_{s:x}/template_{s:x}_v1.css?{s % 10**10}' "
            f"type='text/css' rel='stylesheet'><style>{css(s, 1000)}</style><script type='text/javascript'>"
            "if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess=="
            "='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script><script type='text/"
            "javascript'>(window.BX||top.BX).message({'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных "
            f"-','LANGUAGE_ID':'{site.lang}','FORMAT_DATE':'DD.MM.YYYY','SITE_ID':'s1','USER_ID':'','SERVER_TIME':"
            f"'{1714990000 + s % 1000}','bitrix_sessid':'{hashlib.md5(site.name.encode()).hexdigest()}'}});</script>"
            "<script type='text/javascript' src='/bitrix/js/main/core/core.min.js?1714990000225353'></script><script>"
            "BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/session.js','/local/templates/region/"
            "js/main.js']);BX.setCSSList(['/local/templates/region/styles.css']);</script></head><body><div "
            f"id='panel'></div><div class='wrapper'><div class='header'><a class='logo' href='/'>{site.name}</a><div "
            f"class='header__weather'>+14 °C</div><ul class='top-menu'>{menu}</ul></div><div class='b-crumbs'><a "
            f"href='/'>Главная</a> / <a href='/news/'>Новости</a></div><div class='content-wrap'><div class='content'>"
            f"{main}</div><div class='sidebar'><div class='sidebar__title'>Лента новостей</div>{rubrics}</div></div>"
            f"<div class='footer'><div class='footer__copy'>© 2008–2024 {site.name}. {prose(site.lang, s, 22)} 16+"
            "</div><!--LiveInternet counter--><a href='https://www.liveinternet.ru/click' target='_blank'><img id="
            "'licnt1A2B' width='31' height='31' style='border:0' src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///"
            "yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' alt=''></a><!--/LiveInternet--><script type='text/javascript'>(function"
            "(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();k=e."
            "createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window,"
            f"document,'script','https://mc.yandex.ru/metrika/tag.js','ym');ym({s % 10**8 + 10**7},'init',{{clickmap:"
            "true,trackLinks:true,accurateTrackBounce:true});</script></div></div></body></html>")


# --- Arc / Fusion national paper ---------------------------------------------------------------------------------

def arc(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "arc")
    cls = [f"wpds-c-{_seed(s, i) % 36**5:x}" for i in range(6)]
    nav = "".join(f"<li><a class='{cls[0]}' href='/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 12))
    paras = re.findall(r"<p[^>]*>(.*?)</p>", paragraphs(body))
    text = "".join(f"<p data-el='text' class='{cls[1]} font-copy' dir='null'>{p}</p>" for p in paras)
    content: dict[str, object]
    if page is not None:
        meta = ""
        if page.byline:
            meta += (f"<div data-qa='author-byline' class='{cls[2]}'>By <a data-qa='author-name' href='/people/"
                     f"{author(site).split()[0].lower()}/'>{author(site)}</a></div>")
        if page.date:
            meta += f"<span data-qa='display-date' class='{cls[3]}'>May {page.date[8:]}, {page.date[:4]} at 6:00 a.m.</span>"
        main = (f"<main id='main-content'><div class='grid-layout'><div data-qa='headline' class='{cls[4]}'><h1 "
                f"id='main-content' data-qa='headline-text'>{heading}</h1></div><div data-qa='article-meta'>{meta}"
                f"</div><div class='article-body grid-center'>{text}</div></div></main>")
        content = {"_id": hashlib.sha1(heading.encode()).hexdigest()[:26].upper(), "type": "story",
                   "headlines": {"basic": _text(heading)}, "display_date": f"{page.date}T10:00:00.000Z" if page.date
                   else None, "credits": {"by": [{"name": author(site)}] if page.byline else []},
                   "content_elements": [{"type": "text", "content": _text(p)} for p in paras]}
    else:
        main = f"<main id='main-content'><div class='{cls[5]}'><h1>{heading}</h1>{text}</div></main>"
        content = {"type": "page", "headlines": {"basic": _text(heading)}}
    fusion = (f"window.Fusion=window.Fusion||{{}};Fusion.arcSite='{site.name.lower().replace(' ', '-')}';Fusion."
              f"deployment='{s % 9000}';Fusion.globalContent={json.dumps(content, ensure_ascii=False)};Fusion."
              "globalContentConfig={\"source\":\"content-api\",\"query\":{\"website_url\":\"\"}};Fusion.lastModified="
              f"{1714990000000 + s % 10**6};Fusion.contentCache={{}};")
    rail = ul(headlines(site, 12, 77), "most-read")
    return (f"<!DOCTYPE html><html lang='{site.lang}'><head><meta charset='utf-8'><title>{title}</title><meta "
            f"name='viewport' content='width=device-width, initial-scale=1'><link rel='preconnect' href='https://"
            f"www.arcpublishing.com'><style id='wpds-stitches'>{css(s, 1300)}</style><script id='fusion-metadata' "
            f"type='application/javascript'>{fusion}</script><script defer src='/pf/dist/engine/react.js?d={s % 900}"
            f"&amp;mxId=00000000'></script></head><body><div id='fusion-app' class='layout'><nav aria-label='Sections' "
            f"class='{cls[0]}'><a href='/' class='masthead'>{site.name}</a><ul>{nav}</ul><a href='/subscribe/'>"
            f"Subscribe</a></nav>{main}<aside class='right-rail'><h2>Most read</h2>{rail}</aside><footer class="
            f"'{cls[5]}'>© 1996-2024 {site.name}</footer></div><script async src='https://www.googletagmanager.com/"
            f"gtm.js?id=GTM-{s % 10**6:06d}'></script></body></html>")


# --- Turkish / Arabic news portal --------------------------------------------------------------------------------

HABER_LABELS = {  # son dakika, most read, updated, spot's label, reporter
    "tr": ("SON DAKİKA", "En Çok Okunanlar", "Güncelleme", "Haber Merkezi", "Muhabir"),
    "ar": ("عاجل", "الأكثر قراءة", "آخر تحديث", "الوكالات", "بقلم"),
}


def haber(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "haber")
    breaking, most, updated, desk, reporter = HABER_LABELS.get(site.lang, HABER_LABELS["tr"])
    rtl = " dir='rtl'" if site.lang == "ar" else ""
    ticker = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in headlines(site, 8, 51, "/haber"))
    ads = "".join(f"<div class='reklam' id='div-gpt-ad-{s % 10**9}-{i}'><script>googletag.cmd.push(function(){{"
                  f"googletag.display('div-gpt-ad-{s % 10**9}-{i}');}});</script></div>" for i in range(6))
    menu = "".join(f"<a href='/{w.lower()}'>{w}</a>" for w in sections(site.lang, 16))
    if page is not None:
        info = f"<div class='haber-tarih'>{updated}: {page.date} 09:{s % 60:02d}</div>" if page.date else ""
        info += f"<div class='haber-muhabir'>{reporter}: {author(site)}</div>" if page.byline else (
            f"<div class='haber-kaynak'>{desk}</div>")
        spot = prose(site.lang, s + 3, 22)
        main = (f"<div class='haber-detay' itemscope itemtype='http://schema.org/NewsArticle'><h1 class='haber-"
                f"baslik' itemprop='headline'>{heading}</h1><h2 class='haber-spot' itemprop='description'>{spot}</h2>"
                f"{info}<div class='haber-resim'><img src='/images/haber/{s % 99999}.jpg' alt=''></div><div class="
                f"'haber-metni' itemprop='articleBody'>{ads[:200]}{paragraphs(body)}</div><div class='etiketler'>"
                f"{ul(headlines(site, 5, 61, '/etiket'))}</div></div>")
    else:
        main = f"<div class='sayfa-icerik'><h1 class='sayfa-baslik'>{heading}</h1><div>{paragraphs(body)}</div></div>"
    return (f"<!DOCTYPE html><html lang='{site.lang}'{rtl}><head><meta charset='utf-8'><title>{title}</title><meta "
            f"name='viewport' content='width=device-width, initial-scale=1'><link rel='stylesheet' href='/assets/css/"
            f"site.min.css?v={s % 1000}'><style>{css(s, 1100)}</style><script async src='https://securepubads.g."
            "doubleclick.net/tag/js/gpt.js'></script><script>window.googletag=window.googletag||{cmd:[]};</script>"
            f"</head><body class='haber-sayfa'><div class='ust-bar'>{menu}</div><header class='site-header'><a "
            f"class='logo' href='/'>{site.name}</a></header><div class='son-dakika'><span>{breaking}</span><ul "
            f"class='ticker'>{ticker}</ul></div><div class='container'><div class='row'><div class='col-lg-8'>{main}"
            f"</div><div class='col-lg-4 sidebar'><div class='kutu'><h3>{most}</h3>{ul(headlines(site, 10, 55, '/haber'))}"
            f"</div>{ads}</div></div></div><footer class='site-footer'>{menu}<p>© 2024 {site.name}. "
            f"{prose(site.lang, s, 20)}</p></footer></body></html>")


TEMPLATES4 = {"ghost4": ghost, "bitrix4": bitrix, "arc4": arc, "haber4": haber}
