"""Page templates of held-out 3 of the dead-web set (tests/deadweb_pages3.py), in the style of real CMSs.

Four layouts, each of the weight real pages have (inline CSS, settings blobs,
analytics snippets, long menus and rails; 70-160 KB): ``wordpress`` (a theme's
entry-header / entry-content, widgets, wp-json links), ``drupal`` (regions,
``node--type-article`` fields, drupalSettings JSON), ``nextnews`` (a Next.js news
site: CSS-in-JS classes, the article rendered and repeated in ``__NEXT_DATA__``)
and ``portal`` (a Chinese or Russian news portal: channel bars, "source / editor"
lines, hot-news rails, counters). A template renders an article when given one
(byline and date as the CMS shows them) and any other page (a notice, a listing,
a home page) in the same chrome. Registered into deadweb_pages.TEMPLATES under
names ending in ``3``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re

from deadweb_pages import VOCAB, Article, Site, prose

AUTHORS = {
    "en": ["Megan Hale", "Tom Okafor", "Priya Nair"], "de": ["Jana Becker", "Lukas Brandt"],
    "fr": ["Claire Dubois", "Mathieu Roche"], "es": ["Lucía Romero", "Javier Ortega"],
    "it": ["Giulia Conti", "Marco Ferri"], "pt": ["Beatriz Lima", "Rafael Sousa"],
    "pl": ["Katarzyna Wójcik", "Piotr Zieliński"], "ru": ["Анна Смирнова", "Игорь Волков"],
    "uk": ["Олена Коваль", "Тарас Мельник"], "zh": ["王丽", "陈明"], "ja": ["佐藤美咲", "田中健太"],
    "ar": ["سارة الحسن", "محمد العلي"], "tr": ["Elif Yılmaz", "Mehmet Kaya"], "hu": ["Kovács Anna", "Nagy Péter"],
}
LABELS = {  # (by, source, editor, hot news, read more)
    "zh": ("作者", "来源", "责任编辑", "热点新闻", "更多"), "ja": ("記者", "出典", "編集", "アクセスランキング", "もっと見る"),
    "ru": ("Автор", "Источник", "Редактор", "Главное", "Все новости"),
    "uk": ("Автор", "Джерело", "Редактор", "Головне", "Усі новини"),
}


def _seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:4], "big")


def css(seed: int, rules: int) -> str:
    """A stylesheet's worth of rules (about 60 bytes each)."""
    rnd = random.Random(seed)
    props = ["margin", "padding", "color", "font-size", "line-height", "border-top", "max-width", "gap"]
    return "".join(f".{rnd.choice('abcdefghjkmnpqrstuvwxyz')}{rnd.randrange(10**5):05x}-{i}{{{rnd.choice(props)}:"
                   f"{rnd.randrange(40)}px;{rnd.choice(props)}:#{rnd.randrange(16**6):06x}}}" for i in range(rules))


def sections(lang: str, n: int = 9) -> list[str]:
    words = VOCAB[lang].split()
    return [w.capitalize() for w in words[:n]]


def slug(seed: int) -> str:
    rnd = random.Random(seed)
    return "-".join(rnd.choice(VOCAB["en"].split()) for _ in range(5))


def headlines(site: Site, n: int, seed: int, prefix: str = "/news") -> list[tuple[str, str]]:
    """(href, text) of ``n`` links to the site's other articles."""
    return [(f"{prefix}/{2019 + (seed + i) % 6}/{slug(seed * 131 + i)}-{seed * 7 + i}",
             prose(site.lang, _seed(site.name, seed, i), 7)) for i in range(n)]


def ul(items: list[tuple[str, str]], cls: str = "") -> str:
    return f"<ul class='{cls}'>" + "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in items) + "</ul>"


def paragraphs(text: str, size: int = 60) -> str:
    """Plain text cut into <p> of about ``size`` words (CJK: characters / 3); HTML passes through."""
    if "<p" in text or "<ul" in text or "<ol" in text or "<div" in text:
        return text
    words = text.split(" ") if " " in text else re.findall(f".{{1,{size * 3}}}", text)
    joiner = " " if " " in text else ""
    return "".join(f"<p>{joiner.join(words[i:i + size])}</p>" for i in range(0, len(words), size))


def author(site: Site, n: int = 0) -> str:
    names = AUTHORS.get(site.lang, AUTHORS["en"])
    return names[(_seed(site.name) + n) % len(names)]


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).strip()


# --- WordPress ---------------------------------------------------------------------------------------------------

def wordpress(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name)
    menu = "".join(f"<li id='menu-item-{s % 900 + i}' class='menu-item menu-item-type-taxonomy menu-item-object-"
                   f"category menu-item-{s % 900 + i}'><a href='/category/{w.lower()}/'>{w}</a></li>"
                   for i, w in enumerate(sections(site.lang, 12)))
    months = "".join(f"<li><a href='/{y}/{m:02d}/'>{y}/{m:02d}</a></li>" for y in (2024, 2023, 2022) for m in
                     range(12, 0, -1))
    if page is not None:
        post = s % 90000 + len(heading)
        meta = ""
        if page.date:
            meta += (f"<span class='posted-on'><a href='/{page.date[:4]}/{page.date[5:7]}/' rel='bookmark'><time "
                     f"class='entry-date published' datetime='{page.date}T09:12:00+00:00'>{page.date}</time></a>"
                     "</span>")
        if page.byline:
            meta += (f"<span class='byline'> <span class='author vcard'><a class='url fn n' href='/author/"
                     f"{author(site).split()[0].lower()}/'>{author(site)}</a></span></span>")
        main = (f"<article id='post-{post}' class='post-{post} post type-post status-publish format-standard "
                f"has-post-thumbnail hentry category-news'><header class='entry-header'><h1 class='entry-title'>"
                f"{heading}</h1><div class='entry-meta'>{meta}</div></header><figure class='post-thumbnail'><img "
                f"width='1200' height='675' src='/wp-content/uploads/2024/05/photo-{post}.jpg' alt=''></figure>"
                f"<div class='entry-content'>{paragraphs(body)}</div><footer class='entry-footer'><span class="
                f"'cat-links'><a href='/category/news/' rel='category tag'>News</a></span></footer></article>"
                f"<nav class='navigation post-navigation'>{ul(headlines(site, 2, 5), 'nav-links')}</nav>")
        kind, og = f"post-template-default single single-post postid-{post} single-format-standard", "article"
    else:
        main = (f"<section class='page-content-wrap'><header class='page-header'><h1 class='page-title'>{heading}"
                f"</h1></header><div class='page-content'>{paragraphs(body)}</div></section>")
        kind, og = "page-template-default page", "website"
    return (f"<!DOCTYPE html><html lang='{site.lang}'><head><meta charset='UTF-8'><meta name='viewport' content="
            f"'width=device-width, initial-scale=1'><title>{title}</title><meta name='robots' content='max-image-"
            f"preview:large'><link rel='dns-prefetch' href='//fonts.googleapis.com'><link rel='alternate' type="
            f"'application/rss+xml' href='/feed/'><meta property='og:type' content='{og}'><meta property='og:title' "
            f"content='{title}'><link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-"
            f"library/style.min.css?ver=6.4.3' media='all'><style id='global-styles-inline-css'>{css(s, 1100)}</style>"
            f"<style id='theme-inline-css'>{css(s + 1, 500)}</style><script src='/wp-includes/js/jquery/jquery.min.js"
            "?ver=3.7.1' id='jquery-core-js'></script><link rel='https://api.w.org/' href='/wp-json/'><link rel="
            "'EditURI' type='application/rsd+xml' href='/xmlrpc.php?rsd'><meta name='generator' content='WordPress "
            f"6.4.3'></head><body class='{kind} wp-embed-responsive'><div id='page' class='site'><a class='skip-link "
            f"screen-reader-text' href='#primary'>Skip to content</a><header id='masthead' class='site-header'><div "
            f"class='site-branding'><p class='site-title'><a href='/' rel='home'>{site.name}</a></p><p class='site-"
            f"description'>{prose(site.lang, s, 6)}</p></div><nav id='site-navigation' class='main-navigation'><ul "
            f"id='primary-menu' class='menu'>{menu}</ul></nav></header><div id='content' class='site-content'><div "
            f"id='primary' class='content-area'><main id='main' class='site-main'>{main}</main></div><aside "
            f"id='secondary' class='widget-area'><section id='search-2' class='widget widget_search'><form role="
            f"'search' method='get' class='search-form' action='/'><input type='search' class='search-field' name='s'>"
            f"</form></section><section id='recent-posts-2' class='widget widget_recent_entries'><h2 class='widget-"
            f"title'>Recent Posts</h2>{ul(headlines(site, 6, 1))}</section><section id='archives-2' class='widget "
            f"widget_archive'><h2 class='widget-title'>Archives</h2><ul>{months}</ul></section></aside></div><footer "
            f"id='colophon' class='site-footer'><div class='site-info'>{site.name} · Proudly powered by WordPress"
            "</div></footer></div><script id='wp-emoji-settings' type='application/json'>{\"baseUrl\":\"https://s.w.org"
            "/images/core/emoji/14.0.0/72x72/\",\"ext\":\".png\"}</script><script src='/wp-content/themes/newsup/js/"
            "navigation.js?ver=1.0.4' id='newsup-navigation-js'></script></body></html>")


# --- Drupal ------------------------------------------------------------------------------------------------------

def drupal(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "drupal")
    settings = {"path": {"baseUrl": "/", "pathPrefix": f"{site.lang}/", "currentLanguage": site.lang},
                "ajaxPageState": {"libraries": ",".join(f"core/drupal.{w}" for w in VOCAB["en"].split()[:40]),
                                  "theme": "olivero", "theme_token": None},
                "gtag": {"tagId": f"G-{s % 10**8:08d}", "otherIds": []},
                "user": {"uid": 0, "permissionsHash": hashlib.sha256(site.name.encode()).hexdigest()}}
    nav = "".join(f"<li class='primary-nav__menu-item primary-nav__menu-item--level-1'><a href='/{site.lang}/"
                  f"{w.lower()}' class='primary-nav__menu-link'><span class='primary-nav__menu-link-inner'>{w}</span>"
                  "</a></li>" for w in sections(site.lang, 10))
    if page is not None:
        node = s % 50000
        meta = ""
        if page.byline:
            meta += (f"<span class='field field--name-uid field--type-entity-reference field--label-hidden'><span>"
                     f"{author(site)}</span></span>")
        if page.date:
            meta += (f" <span class='field field--name-created field--type-created field--label-hidden'><time "
                     f"datetime='{page.date}T10:30:00Z'>{page.date[8:]}.{page.date[5:7]}.{page.date[:4]}</time>"
                     "</span>")
        content = (f"<article data-history-node-id='{node}' role='article' about='/node/{node}' class='node "
                   f"node--type-article node--promoted node--view-mode-full'><div class='node__meta'>{meta}</div>"
                   f"<div class='node__content'><div class='clearfix text-formatted field field--name-body "
                   f"field--type-text-with-summary field--label-hidden field__item'>{paragraphs(body)}</div><div "
                   f"class='field field--name-field-tags field--type-entity-reference'>{ul(headlines(site, 3, 9))}"
                   "</div></div></article>")
    else:
        content = (f"<div class='node__content'><div class='clearfix text-formatted field field--name-body'>"
                   f"{paragraphs(body)}</div></div>")
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='ltr' prefix='og: https://ogp.me/ns#'><head><meta "
            f"charset='utf-8'><meta name='Generator' content='Drupal 10 (https://www.drupal.org)'><meta name="
            f"'MobileOptimized' content='width'><title>{title}</title><link rel='stylesheet' media='all' href="
            f"'/sites/default/files/css/css_{s:x}.css?delta=0&amp;language={site.lang}&amp;theme=olivero'><style>"
            f"{css(s, 1500)}</style><script type='application/json' data-drupal-selector='drupal-settings-json'>"
            f"{json.dumps(settings)}</script></head><body class='path-node page-node-type-article'><a href='#main-"
            "content' class='visually-hidden focusable skip-link'>Skip to main content</a><div class='dialog-off-"
            "canvas-main-canvas' data-off-canvas-main-canvas><div id='page-wrapper' class='page-wrapper'><div "
            f"id='page'><header id='header' class='site-header' role='banner'><div class='site-branding__text'><div "
            f"class='site-branding__name'><a href='/{site.lang}' title='Home' rel='home'>{site.name}</a></div></div>"
            f"<nav id='block-olivero-main-menu' class='primary-nav block block-menu navigation' role='navigation' "
            f"aria-labelledby='block-olivero-main-menu-menu'><ul class='menu primary-nav__menu'>{nav}</ul></nav>"
            f"</header><div id='main-wrapper' class='layout-main-wrapper layout-container'><div id='main' class="
            f"'layout-main'><div class='main-content'><a id='main-content' tabindex='-1'></a><div class='region "
            f"region--breadcrumb'><nav class='breadcrumb' role='navigation'><ol><li><a href='/{site.lang}'>Home</a>"
            f"</li></ol></nav></div><div class='main-content__container container'><div class='region "
            f"region--content-above'><div data-drupal-messages-fallback class='hidden messages-list'></div></div>"
            f"<div id='block-olivero-page-title' class='block block-core block-page-title-block'><h1 class='title "
            f"page-title'><span class='field field--name-title field--type-string'>{heading}</span></h1></div><main "
            f"role='main'><div class='region region--content grid-full layout--pass--content-medium' id='content'>"
            f"<div id='block-olivero-content' class='block block-system block-system-main-block'>{content}</div>"
            f"</div></main></div></div><div class='region region--sidebar'><div class='block block-views'><h2>"
            f"{sections(site.lang, 12)[-1]}</h2>{ul(headlines(site, 8, 4), 'views-view-list')}</div></div></div>"
            f"</div><footer class='site-footer'><div class='region region--footer-bottom'>{prose(site.lang, s, 30)} "
            f"© {site.name}</div></footer></div></div></div><script src='/core/assets/vendor/once/once.min.js?v=1.0.1'>"
            "</script><script src='/core/misc/drupal.js?v=10.2.4'></script></body></html>")


# --- a Next.js news site -----------------------------------------------------------------------------------------

def nextnews(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "next")
    cls = [f"css-{_seed(s, i) % 36**6:x}" for i in range(8)]
    build = hashlib.sha256(f"{s}".encode()).hexdigest()[:21]
    nav = "".join(f"<a class='{cls[1]}' href='/{w.lower()}'>{w}</a>" for w in sections(site.lang, 10))
    text = paragraphs(body).replace("<p>", f"<p class='{cls[5]} e1xr8w0'>")
    state: dict[str, object]
    if page is not None:
        meta = ""
        if page.byline:
            meta += f"<a rel='author' class='{cls[3]}' href='/authors/{s % 999}'>{author(site)}</a>"
        if page.date:
            meta += f"<time class='{cls[4]}' dateTime='{page.date}T06:00:00.000Z'>{page.date}</time>"
        main = (f"<article class='{cls[2]}'><h1 data-testid='headline' class='{cls[6]}'>{heading}</h1><div "
                f"class='{cls[7]}'>{meta}</div><div data-testid='article-body'>{text}</div></article>")
        state = {"page": "/[section]/[...slug]", "props": {"pageProps": {"article": {
            "id": f"{s:x}", "headline": heading, "byline": author(site) if page.byline else None,
            "publishedAt": page.date, "body": [{"type": "paragraph", "text": _plain(p)} for p in re.findall(r"<p[^>]*>(.*?)</p>", text)]},
            "section": "news"}, "__N_SSP": True}}
    else:
        main = f"<div class='{cls[2]}'><h1 class='{cls[6]}'>{heading}</h1>{text}</div>"
        state = {"page": "/[...slug]", "props": {"pageProps": {"page": {"title": heading, "blocks": [_plain(text)]}},
                                                "__N_SSP": True}}
    state.update({"query": {}, "buildId": build, "isFallback": False, "gssp": True, "locale": site.lang,
                  "scriptLoader": []})
    rail = "".join(f"<a class='{cls[1]}' href='{h}'><span>{t}</span></a>" for h, t in headlines(site, 10, 2))
    return (f"<!DOCTYPE html><html lang='{site.lang}'><head><meta charSet='utf-8'><meta name='viewport' content="
            f"'width=device-width'><title>{title}</title><meta name='next-head-count' content='14'><link rel='preload' "
            f"href='/_next/static/css/{build[:16]}.css' as='style'><link rel='stylesheet' href='/_next/static/css/"
            f"{build[:16]}.css' data-n-g=''><noscript data-n-css=''></noscript><script defer='' nomodule='' src="
            f"'/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js'></script><script src='/_next/static/chunks/"
            f"webpack-{build[:16]}.js' defer=''></script><script src='/_next/static/chunks/framework-"
            f"{build[2:18]}.js' defer=''></script><script src='/_next/static/{build}/_buildManifest.js' defer=''>"
            f"</script><style data-emotion='css {' '.join(c[4:] for c in cls)}'>{css(s, 1400)}</style></head><body>"
            f"<div id='__next'><div class='{cls[0]}'><header class='{cls[0]}'><a href='/' aria-label='{site.name}'>"
            f"{site.name}</a><nav class='{cls[1]}'>{nav}</nav></header><main class='{cls[0]}'>{main}<aside class="
            f"'{cls[0]}'>{rail}</aside></main><footer class='{cls[0]}'>© 2024 {site.name}</footer></div></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state, ensure_ascii=False)}</script>"
            "</body></html>")


# --- a Chinese or Russian portal --------------------------------------------------------------------------------

def portal(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "portal")
    by, source, editor, hot, more = LABELS.get(site.lang, LABELS["ru"])
    channels = " | ".join(f"<a href='/{w.lower()}/' target='_blank'>{w}</a>" for w in sections(site.lang, 24))
    counter = (f"<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement('script');hm.src='https://"
               f"hm.baidu.com/hm.js?{s:032x}';var s=document.getElementsByTagName('script')[0];s.parentNode."
               "insertBefore(hm,s);})();</script>") if site.lang in ("zh", "ja") else (
        "<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new "
        "Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})"
        f"(window,document,'script','https://mc.yandex.ru/metrika/tag.js','ym');ym({s % 10**8},'init',{{clickmap:true,"
        "trackLinks:true,accurateTrackBounce:true,webvisor:true});</script>")
    if page is not None:
        info = ""
        if page.date:
            info += f"<span class='time'>{page.date} 08:{s % 60:02d}:00</span>"
        info += f"<span class='source'>{source}：{site.name}</span>"
        if page.byline:
            info += f"<span class='author'>{by}：{author(site)}</span>"
        main = (f"<div class='article' id='article'><h1 class='main-title'>{heading}</h1><div class='info'>{info}"
                f"</div><div class='content' id='artibody'>{paragraphs(body)}</div><div class='editor'>{editor}："
                f"{author(site, 1)}</div></div>")
    else:
        main = f"<div class='article'><h1 class='main-title'>{heading}</h1><div class='content'>{paragraphs(body)}</div></div>"
    rails = "".join(f"<div class='side-box'><h3>{hot}</h3>{ul(headlines(site, 12, 20 + k, '/a'), 'list-14')}"
                    f"<a class='more' href='/news/'>{more}</a></div>" for k in range(3))
    return (f"<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'http://www.w3.org/TR/xhtml1/DTD/"
            f"xhtml1-transitional.dtd'><html xmlns='http://www.w3.org/1999/xhtml' lang='{site.lang}'><head><meta "
            f"http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{title}</title><meta name='keywords' "
            f"content='{','.join(sections(site.lang, 8))}'><meta name='description' content='{_plain(heading)}'><link "
            f"rel='stylesheet' href='/css/common.css?v={s % 1000}'><style>{css(s, 1000)}</style>{counter}</head><body>"
            f"<div class='topbar'><div class='w1000'>{channels}</div></div><div class='header'><a class='logo' href='/'>"
            f"{site.name}</a></div><div class='nav'>{channels}</div><div class='w1000 main clearfix'><div "
            f"class='left'><div class='crumbs'><a href='/'>{site.name}</a> &gt; {sections(site.lang, 3)[-1]}</div>"
            f"{main}<div class='related'>{ul(headlines(site, 8, 11, '/a'))}</div></div><div class='right'>{rails}"
            f"</div></div><div class='footer'>{prose(site.lang, s, 25)} © 2024 {site.name}</div></body></html>")


TEMPLATES3 = {"wordpress3": wordpress, "drupal3": drupal, "nextnews3": nextnews, "portal3": portal}
