"""Page layouts of held-out 5 of the dead-web set (tests/deadweb_pages5.py), in the style of real sites.

Four layouts not used by the other parts, at real pages' weight (inline CSS, SVG
icons, settings and state blobs, menus, rails; 40-150 KB): ``hugo5`` (a static
blog built by Hugo with a PaperMod-like theme: breadcrumbs, reading time, a
table of contents, prev/next links, no cookie banner), ``joomla5`` (a Joomla 4
municipal or NGO site: joomla-script-options, module positions, dl.article-info
with hits, an EU cookie notice), ``nuxt5`` (a Vue/Nuxt magazine rendered on the
server: data-v attributes, the story repeated in ``window.__NUXT__``) and
``regio5`` (a Polish, Portuguese or Hungarian style regional portal: a mega-menu of
sections and their subsections, an IAB consent banner, weather and exchange
widgets, "read also" boxes inside the story, a comments counter). Like the other
held-out parts' layouts, a template renders an article when given one and any
other page (a notice, a listing, a home page) in the same chrome. Registered into
deadweb_pages.TEMPLATES under names ending in ``5``.
"""

from __future__ import annotations

import hashlib
import json
import re

from deadweb_pages import Article, Site, prose
from deadweb_templates3 import _seed, author, css, headlines, paragraphs, sections, ul


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _icon(seed: int, n: int = 40) -> str:
    """An inline SVG icon of ``n`` path segments (themes inline a few dozen of these)."""
    pts = " ".join(f"L{(seed * 7 + i * 13) % 24}.{i % 10} {(seed * 3 + i * 5) % 24}.{(i * 7) % 10}" for i in range(n))
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' width='24' height='24' fill='none' "
            f"stroke='currentColor' stroke-width='2'><path d='M0 0 {pts}Z'/></svg>")


# --- Hugo static blog ----------------------------------------------------------------------------------------------

HUGO_LABELS = {  # (min read, table of contents, next, prev, share on, home)
    "en": ("min read", "Table of Contents", "Next", "Prev", "share on", "Home"),
    "de": ("Min. Lesezeit", "Inhaltsverzeichnis", "Weiter", "Zurück", "teilen auf", "Start"),
    "ja": ("分で読めます", "目次", "次へ", "前へ", "共有", "ホーム"),
    "zh": ("分钟阅读", "目录", "下一篇", "上一篇", "分享到", "首页"),
    "es": ("min de lectura", "Índice", "Siguiente", "Anterior", "compartir en", "Inicio"),
    "pt": ("min de leitura", "Sumário", "Próximo", "Anterior", "compartilhar no", "Início"),
    "fr": ("min de lecture", "Sommaire", "Suivant", "Précédent", "partager sur", "Accueil"),
    "it": ("min di lettura", "Indice", "Successivo", "Precedente", "condividi su", "Home"),
}


def hugo(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "hugo")
    read, toc_label, nxt, prev, share, home = HUGO_LABELS.get(site.lang, HUGO_LABELS["en"])
    menu = "".join(f"<li><a href='/{w.lower()}/' title='{w}'><span>{w}</span></a></li>" for w in sections(site.lang, 5))
    icons = "".join(f"<a target='_blank' rel='noopener noreferrer' aria-label='{share} {net}' href='https://{net}.com/"
                    f"share?u=/posts/{s % 997}/'>{_icon(s + i)}</a>" for i, net in enumerate(
                        ("x", "linkedin", "reddit", "facebook", "whatsapp", "telegram")))
    if page is not None:
        paras = paragraphs(body)
        words = len(_text(paras).split()) if site.lang not in ("zh", "ja") else len(_text(paras)) // 3
        meta = []
        if page.date:
            meta.append(f"<span title='{page.date} 08:00:00 +0000 UTC'>{page.date}</span>")
        meta.append(f"<span>{max(1, words // 220)} {read}</span>")
        if page.byline:
            meta.append(f"<span>{author(site)}</span>")
        heads = re.findall(r"<p>(.{0,40})", paras)[:4]
        toc = "".join(f"<li><a href='#section-{i}' aria-label='{_text(h)[:30]}'>{_text(h)[:30]}</a></li>"
                      for i, h in enumerate(heads))
        main = (f"<article class='post-single'><header class='post-header'><div class='breadcrumbs'><a href='/'>"
                f"{home}</a>&nbsp;»&nbsp;<a href='/posts/'>Posts</a></div><h1 class='post-title entry-hint-parent'>"
                f"{heading}</h1><div class='post-meta'>{'&nbsp;·&nbsp;'.join(meta)}</div></header><div class='toc'>"
                f"<details><summary accesskey='c' title='(Alt + C)'><span class='details'>{toc_label}</span></summary>"
                f"<div class='inner'><ul>{toc}</ul></div></details></div><div class='post-content'>{paras}</div>"
                f"<footer class='post-footer'><ul class='post-tags'>"
                + "".join(f"<li><a href='/tags/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 3))
                + f"</ul><nav class='paginav'><a class='prev' href='/posts/{s % 400}/'><span class='title'>« {prev}"
                f"</span><br><span>{prose(site.lang, s + 1, 6)}</span></a><a class='next' href='/posts/{s % 400 + 2}/'>"
                f"<span class='title'>{nxt} »</span><br><span>{prose(site.lang, s + 2, 6)}</span></a></nav><div "
                f"class='share-buttons'>{icons}</div></footer></article>")
        ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": _text(heading),
                         "wordCount": str(words), "datePublished": f"{page.date}T08:00:00Z" if page.date else "",
                         "author": [{"@type": "Person", "name": author(site)}] if page.byline else []},
                        ensure_ascii=False)
    else:
        main = (f"<header class='page-header'><h1>{heading}</h1></header><div class='post-content'>"
                f"{paragraphs(body)}</div>")
        ld = json.dumps({"@context": "https://schema.org", "@type": "WebSite", "name": site.name}, ensure_ascii=False)
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='auto'><head><meta charset='utf-8'><meta http-equiv="
            f"'X-UA-Compatible' content='IE=edge'><meta name='viewport' content='width=device-width, initial-scale=1, "
            f"shrink-to-fit=no'><meta name='robots' content='index, follow'><title>{title}</title><meta name="
            f"'generator' content='Hugo 0.124.1'><link crossorigin='anonymous' href='/assets/css/stylesheet."
            f"{hashlib.sha256(site.name.encode()).hexdigest()[:40]}.css' rel='preload stylesheet' as='style'><style>"
            f"{css(s, 1250)}</style><noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript><script "
            f"type='application/ld+json'>{ld}</script></head><body class='list' id='top'><script>if(localStorage."
            "getItem('pref-theme')==='dark'){document.body.classList.add('dark')}else if(localStorage.getItem('pref-"
            "theme')==='light'){document.body.classList.remove('dark')}else if(window.matchMedia('(prefers-color-"
            "scheme: dark)').matches){document.body.classList.add('dark')}</script><header class='header'><nav "
            f"class='nav'><div class='logo'><a href='/' accesskey='h' title='{site.name} (Alt + H)'>{site.name}</a>"
            f"<div class='logo-switches'><button id='theme-toggle' accesskey='t' title='(Alt + T)'>{_icon(s, 60)}"
            f"{_icon(s + 9, 60)}</button></div></div><ul id='menu'>{menu}</ul></nav></header><main class='main'>"
            f"{main}</main><footer class='footer'><span>&copy; 2024 <a href='/'>{site.name}</a></span> · <span>Powered "
            "by <a href='https://gohugo.io/' rel='noopener noreferrer' target='_blank'>Hugo</a> &amp; <a href="
            "'https://github.com/adityatelange/hugo-PaperMod/' rel='noopener' target='_blank'>PaperMod</a></span>"
            f"</footer><a href='#top' aria-label='go to top' title='Go to Top (Alt + G)' class='top-link' id='top-"
            f"link' accesskey='g'>{_icon(s + 3, 30)}</a><script>let menu=document.getElementById('menu');if(menu)"
            "{menu.scrollLeft=localStorage.getItem('menu-scroll-position');menu.onscroll=function(){localStorage."
            "setItem('menu-scroll-position',menu.scrollLeft)}}document.querySelectorAll('a[href^=\"#\"]').forEach("
            "anchor=>{anchor.addEventListener('click',function(e){e.preventDefault();var id=this.getAttribute('href')"
            ".substr(1);document.querySelector(`[id='${decodeURIComponent(id)}']`).scrollIntoView()})})</script>"
            "</body></html>")


# --- Joomla 4 municipal / NGO site ---------------------------------------------------------------------------------

JOOMLA_LABELS = {  # (written by, published, hits, latest news, cookie notice, accept, you are here)
    "en": ("Written by", "Published", "Hits", "Latest news", "This website uses cookies to ensure you get the best "
           "experience.", "Accept", "You are here"),
    "de": ("Geschrieben von", "Veröffentlicht", "Zugriffe", "Aktuelles", "Diese Website verwendet Cookies. Mit der "
           "Nutzung stimmen Sie der Verwendung zu.", "Einverstanden", "Sie sind hier"),
    "pl": ("Napisane przez", "Opublikowano", "Odsłon", "Aktualności", "Strona korzysta z plików cookies zgodnie z "
           "polityką prywatności.", "Akceptuję", "Jesteś tutaj"),
    "hu": ("Írta", "Közzétéve", "Találatok", "Hírek", "A weboldal sütiket használ a jobb felhasználói élmény "
           "érdekében.", "Elfogadom", "Jelenlegi hely"),
    "it": ("Scritto da", "Pubblicato", "Visite", "Ultime notizie", "Questo sito utilizza cookie tecnici e di terze "
           "parti.", "Accetto", "Sei qui"),
    "uk": ("Автор", "Опубліковано", "Переглядів", "Новини громади", "Сайт використовує файли cookie.", "Погоджуюсь",
           "Ви тут"),
    "ru": ("Автор", "Опубликовано", "Просмотров", "Новости района", "Сайт использует файлы cookie.", "Согласен",
           "Вы здесь"),
    "fr": ("Écrit par", "Publié le", "Clics", "Actualités", "Ce site utilise des cookies pour améliorer votre "
           "navigation.", "J'accepte", "Vous êtes ici"),
    "es": ("Escrito por", "Publicado", "Visitas", "Noticias", "Este sitio utiliza cookies propias y de terceros.",
           "Aceptar", "Está aquí"),
    "tr": ("Yazan", "Yayınlanma", "Okunma", "Duyurular", "Sitemizde çerez kullanılmaktadır.", "Kabul et",
           "Buradasınız"),
}


def joomla(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "joomla")
    by, published, hits, latest, cookie, accept, here = JOOMLA_LABELS.get(site.lang, JOOMLA_LABELS["en"])
    options = {"joomla.jtext": {"ERROR": "Error", "MESSAGE": "Message", "NOTICE": "Notice", "WARNING": "Warning",
                                "JCLOSE": "Close", "JOK": "OK", "JOPEN": "Open"},
               "system.paths": {"root": "", "rootFull": "/", "base": "", "baseFull": "/"},
               "csrf.token": hashlib.md5(site.name.encode()).hexdigest(), "system.keepalive": {"interval": 840000,
                                                                                               "uri": "/index.php"}}
    menu = "".join(f"<li class='nav-item item-{101 + i}{' deeper parent' if i % 3 == 0 else ''}'><a href='/"
                   f"{w.lower()}'>{w}</a>" + ("<ul class='mod-menu__sub list-unstyled small'>" + "".join(
                       f"<li class='nav-item item-{200 + i * 10 + k}'><a href='/{w.lower()}/{k}'>"
                       f"{prose(site.lang, s + i * 10 + k, 2)}</a></li>" for k in range(5)) + "</ul>" if i % 3 == 0
                       else "") + "</li>" for i, w in enumerate(sections(site.lang, 10)))
    crumbs = (f"<nav class='mod-breadcrumbs__wrapper' aria-label='Breadcrumbs'><ol class='mod-breadcrumbs breadcrumb'>"
              f"<li>{here}: &#160;</li><li class='mod-breadcrumbs__item breadcrumb-item'><a href='/'>{site.name}</a>"
              f"</li><li class='mod-breadcrumbs__item breadcrumb-item active'><span>{_text(heading)[:50]}</span></li>"
              "</ol></nav>")
    if page is not None:
        info = ""
        if page.byline:
            info += f"<dd class='createdby' itemprop='author'>{by}: <span itemprop='name'>{author(site)}</span></dd>"
        if page.date:
            info += (f"<dd class='published'><time datetime='{page.date}T09:30:00+00:00' itemprop='datePublished'>"
                     f"{published}: {page.date[8:]}.{page.date[5:7]}.{page.date[:4]}</time></dd>")
        info += f"<dd class='hits'><meta itemprop='interactionCount' content='UserPageVisits:{s % 5000}'>{hits}: {s % 5000}</dd>"
        main = (f"<div class='com-content-article item-page' itemscope itemtype='https://schema.org/Article'><meta "
                f"itemprop='inLanguage' content='{site.lang}'><div class='page-header'><h1 itemprop='headline'>"
                f"{heading}</h1></div><dl class='article-info text-muted'><dt class='article-info-term'>Details</dt>"
                f"{info}</dl><div itemprop='articleBody' class='com-content-article__body'>{paragraphs(body)}</div>"
                f"<nav class='pagenavigation' aria-label='Page Navigation'><span class='pagination ms-0'><a class='btn "
                f"btn-sm btn-secondary previous' href='/{s % 300}-item' rel='prev'>&lt;</a><a class='btn btn-sm "
                f"btn-secondary next' href='/{s % 300 + 1}-item' rel='next'>&gt;</a></span></nav></div>")
    else:
        main = (f"<div class='com-content-article item-page'><div class='page-header'><h1>{heading}</h1></div>"
                f"<div class='com-content-article__body'>{paragraphs(body)}</div></div>")
    return (f"<!DOCTYPE html><html lang='{site.lang}-{site.lang.upper()}' dir='ltr'><head><meta charset='utf-8'><meta "
            f"name='viewport' content='width=device-width, initial-scale=1'><meta name='generator' content='Joomla! - "
            f"Open Source Content Management'><title>{title}</title><link href='/media/templates/site/cassiopeia/"
            f"images/joomla-favicon.svg' rel='icon' type='image/svg+xml'><link href='/media/system/css/joomla-"
            f"fontawesome.min.css?{s % 10**6:x}' rel='stylesheet'><style>{css(s, 1100)}</style><script type='"
            f"application/json' class='joomla-script-options new'>{json.dumps(options)}</script><script src='/media/"
            "system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684'></script><script src='/media/vendor/"
            "bootstrap/js/bootstrap-es5.min.js?5.3.2' nomodule defer></script><script src='/media/templates/site/"
            "cassiopeia/js/template.min.js?ff0c8d8c' defer></script></head><body class='site com_content wrapper-"
            f"static view-article layout-blog no-task itemid-{101 + s % 50} has-sidebar-right'><header class='header "
            f"container-header full-width'><div class='grid-child'><div class='navbar-brand'><a class='brand-logo' "
            f"href='/'><span title='{site.name}'>{site.name}</span></a><div class='site-description'>"
            f"{prose(site.lang, s, 8)}</div></div></div><div class='grid-child container-nav'><ul class='mod-menu "
            f"mod-list nav '>{menu}</ul><div class='container-search'><form class='mod-finder js-finder-searchform "
            "form-search' action='/component/finder/search' method='get' role='search'><input type='text' name='q' "
            "class='js-finder-search-query form-control'></form></div></div></header><div class='site-grid'><div "
            f"class='grid-child container-component'>{crumbs}<div id='system-message-container' aria-live='polite'>"
            f"</div><main>{main}</main></div><div class='grid-child container-sidebar-right'><div class='sidebar-"
            f"right card'><h3 class='card-header'>{latest}</h3><div class='card-body'>"
            f"{ul(headlines(site, 8, 21, '/index.php/aktualnosci'), 'mod-articleslatest latestnews mod-list')}</div>"
            f"</div><div class='sidebar-right card'><div class='card-body'>{ul(headlines(site, 6, 22, '/dokumenty'))}"
            f"</div></div></div></div><footer class='container-footer footer full-width'><div class='grid-child'>"
            f"<p>{site.name} · {prose(site.lang, s + 4, 14)} · tel. +48 {s % 900 + 100} {s % 90 + 10} {s % 70 + 20}"
            f"</p></div></footer><div id='cookie-notice' class='alert alert-info fixed-bottom' role='dialog'><p>"
            f"{cookie}</p><button type='button' class='btn btn-primary' data-cookie='accept'>{accept}</button></div>"
            "<script>document.querySelector('[data-cookie=accept]').addEventListener('click',function(){document."
            "cookie='cookie_notice=1;path=/;max-age=31536000';document.getElementById('cookie-notice').remove()});"
            "</script></body></html>")


# --- Nuxt magazine -------------------------------------------------------------------------------------------------

def nuxt(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "nuxt")
    v = [f"data-v-{_seed(s, i) % 16**8:08x}" for i in range(5)]
    nav = "".join(f"<li {v[0]}><a href='/{w.lower()}' class='nuxt-link' {v[0]}>{w}</a></li>"
                  for w in sections(site.lang, 8))
    html = paragraphs(body)
    paras = re.findall(r"<p[^>]*>(.*?)</p>", html) or [body]
    text = re.sub(r"<p>", f"<p class='article-paragraph' {v[1]}>", html)
    cards = headlines(site, 9, 91, "/articles")
    grid = "".join(f"<a href='{h}' class='card' {v[3]}><figure {v[3]}><img src='/_nuxt/img/{_seed(h) % 99999}.webp' "
                   f"loading='lazy' alt='' {v[3]}></figure><h3 {v[3]}>{t}</h3></a>" for h, t in cards)
    state: dict[str, object]
    if page is not None:
        meta = ""
        if page.byline:
            meta += f"<a href='/authors/{s % 90}' class='author' {v[2]}>{author(site)}</a>"
        if page.date:
            meta += f"<time datetime='{page.date}' class='date' {v[2]}>{page.date.replace('-', '.')}</time>"
        main = (f"<article class='article-detail' {v[1]}><div class='article-header' {v[1]}><span class='category' "
                f"{v[1]}>{sections(site.lang, 1)[0]}</span><h1 class='article-title' {v[1]}>{heading}</h1><div "
                f"class='article-meta' {v[2]}>{meta}</div></div><div class='article-body' {v[1]}>{text}</div></article>")
        state = {"layout": "default", "data": [{"article": {
            "id": s % 10**6, "title": _text(heading), "publishedAt": f"{page.date}T03:00:00+09:00" if page.date
            else None, "author": {"name": author(site)} if page.byline else None,
            "blocks": [{"type": "paragraph", "text": _text(p)} for p in paras]}}],
            "fetch": {}, "error": None, "serverRendered": True, "routePath": f"/articles/{s % 10**6}"}
    else:
        main = f"<section class='static-page' {v[1]}><h1 {v[1]}>{heading}</h1>{text}</section>"
        state = {"layout": "default", "data": [{}], "fetch": {}, "error": None, "serverRendered": True}
    return (f"<!doctype html><html lang='{site.lang}' data-n-head-ssr><head><title>{title}</title><meta data-n-head="
            "'ssr' charset='utf-8'><meta data-n-head='ssr' name='viewport' content='width=device-width, initial-"
            f"scale=1'><meta data-n-head='ssr' data-hid='og:title' property='og:title' content='{_text(title)}'>"
            f"<link rel='preload' href='/_nuxt/{s % 16**8:08x}.js' as='script'><link rel='preload' href='/_nuxt/app."
            f"{(s >> 3) % 16**8:08x}.js' as='script'><style data-vue-ssr-id='{s % 16**6:06x}:0'>{css(s, 1000)}</style>"
            f"</head><body><div data-server-rendered='true' id='__nuxt'><div id='__layout'><div class='layout' {v[0]}>"
            f"<header class='site-header' {v[0]}><a href='/' class='logo nuxt-link-active' {v[0]}>{site.name}</a><nav "
            f"{v[0]}><ul {v[0]}>{nav}</ul></nav><button class='menu-toggle' aria-label='menu' {v[0]}>{_icon(s)}</button>"
            f"</header><div class='page-container' {v[1]}>{main}<section class='related' {v[3]}><div class='grid' "
            f"{v[3]}>{grid}</div></section></div><footer class='site-footer' {v[4]}><p {v[4]}>© {site.name}</p><ul "
            f"{v[4]}>{nav}</ul></footer></div></div></div><script>window.__NUXT__={json.dumps(state, ensure_ascii=False)}"
            f";</script><script src='/_nuxt/{s % 16**8:08x}.js' defer></script><script src='/_nuxt/app."
            f"{(s >> 3) % 16**8:08x}.js' defer></script></body></html>")


# --- Regional portal with a mega-menu ------------------------------------------------------------------------------

REGIO_LABELS = {  # (consent title, consent text, accept, read also, comments, recommended, weather)
    "pl": ("Szanujemy Twoją prywatność", "Wraz z naszymi partnerami przetwarzamy dane osobowe, zapisujemy informacje "
           "na urządzeniu i uzyskujemy do nich dostęp w celach reklamowych.", "Przejdź do serwisu", "Czytaj także",
           "Komentarze", "Polecane", "Pogoda"),
    "pt": ("Valorizamos a sua privacidade", "Nós e os nossos parceiros armazenamos e acedemos a informações num "
           "dispositivo, tais como cookies, e tratamos dados pessoais.", "Aceitar tudo", "Leia também",
           "Comentários", "Destaques", "Tempo"),
    "hu": ("Fontos nekünk az adatai védelme", "Partnereinkkel sütiket és hasonló technológiákat használunk az "
           "eszközén tárolt információk elérésére.", "Elfogadom", "Ezt is ajánljuk", "Hozzászólások", "Ajánló",
           "Időjárás"),
    "uk": ("Ми цінуємо вашу приватність", "Ми та наші партнери зберігаємо інформацію на пристрої та отримуємо до "
           "неї доступ.", "Прийняти все", "Читайте також", "Коментарі", "Рекомендуємо", "Погода"),
    "ru": ("Мы ценим вашу конфиденциальность", "Мы и наши партнёры храним и используем информацию на вашем "
           "устройстве.", "Принять всё", "Читайте также", "Комментарии", "Выбор редакции", "Погода"),
    "tr": ("Gizliliğinize önem veriyoruz", "Biz ve iş ortaklarımız cihazınızda bilgi depolar ve bunlara erişiriz.",
           "Tümünü kabul et", "Bunlar da ilginizi çekebilir", "Yorumlar", "Öne çıkanlar", "Hava durumu"),
    "ar": ("نحن نقدّر خصوصيتك", "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتخزين المعلومات على جهازك.",
           "قبول الكل", "اقرأ أيضاً", "التعليقات", "مختارات", "الطقس"),
    "es": ("Valoramos tu privacidad", "Nosotros y nuestros socios almacenamos o accedemos a información en un "
           "dispositivo.", "Aceptar y cerrar", "Lee también", "Comentarios", "Destacados", "El tiempo"),
    "it": ("Rispettiamo la tua privacy", "Noi e i nostri partner archiviamo e accediamo a informazioni su un "
           "dispositivo.", "Accetta e chiudi", "Leggi anche", "Commenti", "In evidenza", "Meteo"),
    "fr": ("Nous respectons votre vie privée", "Nos partenaires et nous stockons et accédons à des informations sur "
           "un appareil.", "Accepter et fermer", "Lire aussi", "Commentaires", "À la une", "Météo"),
    "de": ("Wir respektieren Ihre Privatsphäre", "Wir und unsere Partner speichern Informationen auf einem Gerät und "
           "greifen darauf zu.", "Alle akzeptieren", "Lesen Sie auch", "Kommentare", "Empfohlen", "Wetter"),
    "en": ("We value your privacy", "We and our partners store and access information on a device, such as "
           "cookies.", "Accept all", "Read also", "Comments", "Editor's picks", "Weather"),
}


def regio(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "regio")
    consent, consent_text, accept, also, comments, picks, weather = REGIO_LABELS.get(site.lang, REGIO_LABELS["en"])
    rtl = " dir='rtl'" if site.lang == "ar" else ""
    mega = "".join(
        f"<li class='mega__item'><a class='mega__link' href='/{w.lower()}/'>{w}</a><div class='mega__panel'><ul "
        f"class='mega__sub'>" + "".join(f"<li><a href='/{w.lower()}/{k}/'>{prose(site.lang, s + i * 9 + k, 2)}</a>"
                                        f"</li>" for k in range(8))
        + f"</ul>{ul(headlines(site, 4, 100 + i, '/' + w.lower()), 'mega__teasers')}</div></li>"
        for i, w in enumerate(sections(site.lang, 10)))
    widgets = (f"<div class='widget-weather'><span>{weather}</span> <b>{s % 25}°C</b></div><div class='widget-fx'>"
               f"EUR {4 + s % 100 / 100:.2f} · USD {3 + s % 90 / 100:.2f} · CHF {4 + s % 80 / 100:.2f}</div>")
    if page is not None:
        box = f"<aside class='read-also'><strong>{also}</strong>{ul(headlines(site, 3, 120))}</aside>"
        parts = paragraphs(body).split("</p>", 3)  # the "read also" box after the third paragraph
        text = "</p>".join(parts[:3]) + ("</p>" + box + parts[3] if len(parts) > 3 else "")
        info = f"<span class='art-author'>{author(site)}</span>" if page.byline else ""
        if page.date:
            info += f"<time class='art-date' datetime='{page.date}T06:{s % 60:02d}'>{page.date} 06:{s % 60:02d}</time>"
        main = (f"<article class='art' data-id='{s % 10**7}'><h1 class='art-title'>{heading}</h1><div class='art-info'>"
                f"{info}<a href='#comments' class='art-comments'>{comments} ({s % 140})</a></div><figure class='art-"
                f"photo'><img src='/static/img/{s % 10**5}/main.jpg' alt='' width='960' height='540'><figcaption>Fot. "
                f"{author(site, 1)}</figcaption></figure><div class='art-body'>{text}</div><div id='comments' class="
                f"'comments' data-count='{s % 140}'></div></article>")
    else:
        main = f"<section class='page-static'><h1 class='page-title'>{heading}</h1>{paragraphs(body)}</section>"
    tcf = json.dumps({"cmpId": 280, "cmpVersion": 3, "gdprApplies": True, "vendorListVersion": 52,
                      "purposes": list(range(1, 11)), "lang": site.lang})
    return (f"<!DOCTYPE html><html lang='{site.lang}'{rtl}><head><meta charset='UTF-8'><title>{title}</title><meta "
            f"name='viewport' content='width=device-width,initial-scale=1'><link rel='stylesheet' href='/static/css/"
            f"portal.{s % 16**6:06x}.css'><style>{css(s, 1050)}</style><script>window.__tcfConfig={tcf};window.dataLayer="
            f"window.dataLayer||[];dataLayer.push({{'pageType':'{'article' if page else 'page'}','siteId':{s % 900}}});"
            "</script><script async src='https://www.googletagmanager.com/gtm.js?id=GTM-" f"{s % 16**5:05X}'></script>"
            f"</head><body class='portal'><div class='top-strip'>{widgets}</div><header class='masthead'><a class='logo'"
            f" href='/'>{site.name}</a><nav class='mega' aria-label='menu'><ul class='mega__list'>{mega}</ul></nav>"
            f"</header><div class='layout'><div class='layout__main'>{main}</div><aside class='layout__side'><h2>"
            f"{picks}</h2>{ul(headlines(site, 10, 130), 'picks')}<div class='ad-slot' data-slot='side-{s % 9}'></div>"
            f"</aside></div><footer class='footer'>{ul(headlines(site, 12, 140, '/serwis'), 'footer-links')}<p>© "
            f"{site.name} {prose(site.lang, s + 5, 12)}</p></footer><div id='cmp-banner' class='cmp' role='dialog' "
            f"aria-modal='true'><h2>{consent}</h2><p>{consent_text}</p><button class='cmp__accept'>{accept}</button>"
            "</div></body></html>")


TEMPLATES5 = {"hugo5": hugo, "joomla5": joomla, "nuxt5": nuxt, "regio5": regio}
