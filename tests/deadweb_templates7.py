"""Page layouts of held-out 7 of the dead-web set (tests/deadweb_pages7.py), in the style of real sites.

Five layouts not used by the other parts, at real pages' weight (inline CSS,
config and state blobs, menus, rails, footers; 40-300 KB): ``gov7`` (a
ministry on a government design system: skip link, crown-style header,
breadcrumbs, "From:" organisation and "Published" metadata, a contents list,
attachments, an "Is this page useful?" form, a licence footer; no person's
byline), ``forum7`` (a Discourse-like forum thread: the crawler view of a
topic with numbered posts, each with its author and time, a category badge, the
site's settings in a ``data-preloaded`` attribute, a DiscussionForumPosting
ld+json), ``letter7`` (a Substack-like newsletter post: post-header, subtitle,
author and date line, ``available-content``, subscribe boxes, the post in
``window._preloads``), ``table7`` (a regional newspaper on an old table layout:
font tags, spacer gifs, a left column of sections, print and e-mail links, a
counting pixel) and ``press7`` (a university press office: audience menu,
breadcrumb, a media-contact box, related experts, tags, news cards, a footer of
campus addresses). A template renders an article when given one and any other
page (a notice, a listing, a home page) in the same chrome. Registered into
deadweb_pages.TEMPLATES under names ending in ``7``.
"""

from __future__ import annotations

import html as htmllib
import json
import re

from deadweb_pages import VOCAB, Article, Site, prose
from deadweb_templates3 import AUTHORS, _seed, author, css, headlines, sections, ul

# the languages this part adds to the set (its prose and section names come from these words)
VOCAB.setdefault("sv", "kommunfullmäktige budget älven skolan tingsrätten kommunalrådet valet rapporten polisen "
                       "sjukhuset vattnet energin facket strejken avtalet bostäder marknaden banken handeln hamnen "
                       "järnvägen bron stormen skörden museet")
VOCAB.setdefault("fi", "kaupunginvaltuusto talousarvio joki koulu käräjäoikeus pormestari vaalit raportti poliisi "
                       "sairaala vesi energia ammattiliitto lakko sopimus asunnot markkinat pankki kauppa satama "
                       "rautatie silta myrsky sato museo")
VOCAB.setdefault("vi", "hội đồng ngân sách dòng sông trường học tòa án thị trưởng bầu cử báo cáo công an bệnh viện "
                       "nguồn nước năng lượng công đoàn đình công hợp đồng nhà ở thị trường ngân hàng thương mại "
                       "bến cảng đường sắt cây cầu cơn bão mùa màng bảo tàng")
VOCAB.setdefault("he", "מועצת העיר תקציב הנהר בית הספר בית המשפט ראש העיר בחירות דוח המשטרה בית החולים מים אנרגיה "
                       "ההסתדרות שביתה חוזה דיור שוק בנק מסחר נמל רכבת גשר סערה קציר מוזיאון")
VOCAB.setdefault("hi", "नगर परिषद बजट नदी स्कूल अदालत महापौर चुनाव रिपोर्ट पुलिस अस्पताल पानी ऊर्जा यूनियन हड़ताल "
                       "अनुबंध आवास बाज़ार बैंक व्यापार बंदरगाह रेलवे पुल तूफ़ान फसल संग्रहालय")
VOCAB.setdefault("fa", "شورای شهر بودجه رودخانه مدرسه دادگاه شهردار انتخابات گزارش پلیس بیمارستان آب انرژی سندیکا "
                       "اعتصاب قرارداد مسکن بازار بانک تجارت بندر راه‌آهن پل طوفان برداشت موزه")
for _lang, _names in {"sv": ["Karin Lindqvist", "Erik Sjöberg"], "fi": ["Aino Virtanen", "Mikko Korhonen"],
                      "vi": ["Nguyễn Thị Lan", "Trần Văn Hùng"], "he": ["נועה לוי", "יוסי כהן"],
                      "hi": ["प्रिया शर्मा", "राहुल वर्मा"], "fa": ["مریم احمدی", "علی رضایی"]}.items():
    AUTHORS.setdefault(_lang, _names)
RTL = ("ar", "he", "fa")

# (home, news, search, published, by, contact, share, related, updated)
WORDS7 = {
    "en": ("Home", "News", "Search", "Published", "By", "Media contact", "Share", "Related", "Updated"),
    "de": ("Startseite", "Nachrichten", "Suche", "Veröffentlicht", "Von", "Pressekontakt", "Teilen", "Mehr zum Thema",
           "Aktualisiert"),
    "fr": ("Accueil", "Actualités", "Rechercher", "Publié le", "Par", "Contact presse", "Partager", "Sur le même sujet",
           "Mis à jour"),
    "es": ("Inicio", "Noticias", "Buscar", "Publicado", "Por", "Contacto de prensa", "Compartir", "Relacionado",
           "Actualizado"),
    "it": ("Home", "Notizie", "Cerca", "Pubblicato", "Di", "Contatti stampa", "Condividi", "Correlati", "Aggiornato"),
    "pt": ("Início", "Notícias", "Pesquisar", "Publicado", "Por", "Assessoria de imprensa", "Partilhar", "Relacionados",
           "Atualizado"),
    "pl": ("Strona główna", "Aktualności", "Szukaj", "Opublikowano", "Autor", "Kontakt dla mediów", "Udostępnij",
           "Powiązane", "Zaktualizowano"),
    "ru": ("Главная", "Новости", "Поиск", "Опубликовано", "Автор", "Пресс-служба", "Поделиться", "По теме",
           "Обновлено"),
    "uk": ("Головна", "Новини", "Пошук", "Опубліковано", "Автор", "Пресслужба", "Поширити", "Дивіться також",
           "Оновлено"),
    "tr": ("Ana Sayfa", "Haberler", "Ara", "Yayımlanma", "Yazan", "Basın iletişim", "Paylaş", "İlgili", "Güncelleme"),
    "hu": ("Címlap", "Hírek", "Keresés", "Közzétéve", "Szerző", "Sajtókapcsolat", "Megosztás", "Kapcsolódó",
           "Frissítve"),
    "ar": ("الرئيسية", "الأخبار", "بحث", "نشر في", "بقلم", "المكتب الإعلامي", "مشاركة", "ذات صلة", "تحديث"),
    "zh": ("首页", "新闻", "搜索", "发布时间", "作者", "媒体联系", "分享", "相关阅读", "更新"),
    "ja": ("ホーム", "ニュース", "検索", "公開日", "筆者", "報道関係のお問い合わせ", "共有", "関連記事", "更新日"),
    "sv": ("Startsida", "Nyheter", "Sök", "Publicerad", "Av", "Presskontakt", "Dela", "Relaterat", "Uppdaterad"),
    "fi": ("Etusivu", "Uutiset", "Haku", "Julkaistu", "Kirjoittaja", "Mediayhteydet", "Jaa", "Aiheesta lisää",
           "Päivitetty"),
    "vi": ("Trang chủ", "Tin tức", "Tìm kiếm", "Đăng lúc", "Tác giả", "Liên hệ báo chí", "Chia sẻ", "Tin liên quan",
           "Cập nhật"),
    "he": ("דף הבית", "חדשות", "חיפוש", "פורסם", "מאת", "דוברות", "שיתוף", "כתבות נוספות", "עודכן"),
    "hi": ("होम", "समाचार", "खोजें", "प्रकाशित", "लेखक", "मीडिया संपर्क", "शेयर करें", "संबंधित", "अपडेट"),
    "fa": ("صفحه اصلی", "اخبار", "جستجو", "منتشر شده", "نویسنده", "روابط عمومی", "اشتراک‌گذاری", "مطالب مرتبط",
           "به‌روزرسانی"),
}


def words(site: Site) -> tuple[str, ...]:
    return WORDS7.get(site.lang, WORDS7["en"])


def _dir(site: Site) -> str:
    return "rtl" if site.lang in RTL else "ltr"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _byline(site: Site, page: Article | None) -> tuple[str, str]:
    """(author or "", date or "") of an article."""
    if page is None:
        return "", ""
    return (author(site) if page.byline else ""), (page.date or "")


# --- a ministry on a government design system ----------------------------------------------------------------------

def gov(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "gov")
    home, news, search, published, _by, _contact, share, related, updated = words(site)
    _who, day = _byline(site, page)  # a ministry signs as itself, never as a person
    menu = "".join(f"<li class='govuk-header__navigation-item'><a class='govuk-header__link' href='/{w.lower()}'>{w}"
                   "</a></li>" for w in sections(site.lang, 10))
    meta = ""
    if page is not None:
        org = f"<dt>From:</dt><dd><a href='/government/organisations/ministry-{s % 97}'>{site.name}</a></dd>"
        pub = f"<dt>{published}:</dt><dd><time datetime='{day}'>{day}</time></dd>" if day else ""
        meta = f"<div class='gem-c-metadata'><dl>{org}{pub}</dl></div>"
        # the text under a few section headings (listed in a contents box), whatever sits above its second paragraph
        # (a lead, a banner) left where it is
        heads = [prose(site.lang, _seed(heading, k), 4).rstrip(".") for k in range(3)]
        count = iter(range(10**6))

        def heading_before(match: re.Match[str]) -> str:
            k = next(count)
            return (f"<h2 id='section-{k // 2}' class='govuk-heading-m'>{heads[k // 2]}</h2>" if k in (1, 3, 5)
                    else "") + match.group(0)

        text = re.sub(r"<p>", heading_before, body)
        sections_seen = min(3, (next(count)) // 2)
        toc = "".join(f"<li><a href='#section-{k}'>{heads[k]}</a></li>" for k in range(sections_seen))
        body = (f"<nav class='gem-c-contents-list' aria-label='Contents'><h2>Contents</h2><ol>{toc}</ol></nav>{text}"
                if sections_seen else text)
        body += ("<section class='gem-c-attachment'><h2>Documents</h2><div class='gem-c-attachment__details'><h3><a "
                 f"href='/media/{s % 10**8:08x}/annual-report.pdf'>{prose(site.lang, s, 6)}</a></h3><p>PDF, 1.2 MB, "
                 "48 pages</p></div></section>")
    related_links = ul(headlines(site, 6, 71, "/government/news"), "gem-c-related-navigation__link-list")
    crumbs = (f"<div class='govuk-breadcrumbs'><ol><li><a href='/'>{home}</a></li><li><a href='/government/news'>{news}"
              "</a></li></ol></div>")
    config = json.dumps({"govuk": {"analytics": {"trackingId": f"G-{s % 10**8}", "dimension": "publication"},
                                   "feedback": {"survey": True}, "lang": site.lang}}, ensure_ascii=False)
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='{_dir(site)}' class='govuk-template'><head><meta charset="
            f"'utf-8'><title>{title}</title><meta name='viewport' content='width=device-width, initial-scale=1'><meta "
            f"name='govuk:content-id' content='{s:x}-{s % 7777:04x}'>{_ogdate(page)}<style>{css(s, 850 + s % 2200)}"
            "</style><script>document.documentElement.className += ' js-enabled govuk-frontend-supported';</script>"
            "</head><body class='govuk-template__body'><a href='#main-content' class='govuk-skip-link'>Skip to main "
            f"content</a><div id='global-cookie-message' class='gem-c-cookie-banner' hidden><p>{prose(site.lang, s, 25)}"
            "</p><button>Accept additional cookies</button></div><header class='govuk-header' role='banner'><div class="
            f"'govuk-header__container'><a href='/' class='govuk-header__link--homepage'>{site.name}</a><form action="
            f"'/search/all' class='gem-c-search'><label for='q'>{search}</label><input id='q' name='keywords'></form>"
            f"</div><nav><ul class='govuk-header__navigation'>{menu}</ul></nav></header><div class='govuk-width-"
            f"container'>{crumbs}<main class='govuk-main-wrapper' id='main-content' role='main'><div class='gem-c-"
            f"title'><span class='govuk-caption-xl'>{news}</span><h1 class='gem-c-title__text govuk-heading-xl'>"
            f"{heading}</h1></div>{meta}<div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'><div "
            f"class='gem-c-govspeak govuk-govspeak'>{body}</div><div class='gem-c-share-links'><h2>{share}</h2>"
            "<a href='#'>Facebook</a> <a href='#'>X</a></div></div><div class='govuk-grid-column-one-third'><aside "
            f"class='gem-c-related-navigation'><h2>{related}</h2>{related_links}</aside></div></div></main><div class="
            "'gem-c-feedback'><h2>Is this page useful?</h2><button>Yes</button><button>No</button><a href='/contact/"
            "govuk/problem-reports'>Report a problem with this page</a></div></div><footer class='govuk-footer'><div "
            f"class='govuk-footer__meta'><ul>{''.join(f'<li><a href=/{w.lower()}>{w}</a></li>' for w in sections(site.lang, 8))}"
            f"</ul><p>{prose(site.lang, s + 5, 40)}</p><p>© Crown copyright · Open Government Licence v3.0 · {updated} "
            f"{day or '2024-04-30'}</p></div></footer><script type='application/json' id='govuk-config'>{config}"
            "</script><script src='/assets/frontend/application-4d1c.js' type='module'></script></body></html>")


def _ogdate(page: Article | None) -> str:
    return (f"<meta property='article:published_time' content='{page.date}T09:30:00+00:00'>"
            if page is not None and page.date else "")


# --- a Discourse-like forum thread -------------------------------------------------------------------------------

def forum(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "forum")
    home, _news, search, _pub, _by, _c, share, related, _u = words(site)
    who, day = _byline(site, page)
    cats = sections(site.lang, 8)
    topic_id = 10000 + s % 80000
    preloaded = json.dumps({"site": {"categories": [{"id": k, "name": c, "slug": c.lower(), "topic_count": 40 + k * 13,
                                                     "description": prose(site.lang, s + k, 14)}
                                                    for k, c in enumerate(cats)],
                                     "default_locale": site.lang, "login_required": False},
                            "siteSettings": {"title": site.name, "min_post_length": 20, "allow_uncategorized_topics":
                                             False, "enable_local_logins": True, "share_links": "twitter|facebook"},
                            "customHTML": {"top": "", "footer": ""},
                            "topicTrackingStates": [{"topic_id": topic_id - k, "last_read_post_number": None,
                                                     "highest_post_number": k + 3} for k in range(60)]},
                           ensure_ascii=False)
    if page is not None:
        chunks = re.findall(r"<p>.*?</p>", body) or [body]
        names = [who or f"user{s % 900}", "moderator_" + site.lang, f"{cats[1].lower()}fan", f"member{s % 77}"]
        posts = ""
        size = max(1, len(chunks) // 4)
        for n in range(0, len(chunks), size):
            k = n // size
            when = f"{day or '2024-05-06'}T{8 + k:02d}:1{k % 6}:00Z"
            posts += (f"<div id='post_{k + 1}' class='topic-body crawler-post' itemprop='comment' itemscope itemtype="
                      f"'http://schema.org/Comment'><div class='crawler-post-meta'><span class='creator' itemprop="
                      f"'author' itemscope itemtype='http://schema.org/Person'><a itemprop='url' href='/u/"
                      f"{names[k % 4]}'><span itemprop='name'>{names[k % 4]}</span></a></span><span class='crawler-"
                      f"post-infos'><time itemprop='datePublished' datetime='{when}' class='post-time'>{when[:10]}"
                      f"</time><span itemprop='position'>#{k + 1}</span></span></div><div class='post' itemprop="
                      f"'text'>{''.join(chunks[n:n + size])}</div><div class='crawler-linkback-list'></div><meta "
                      f"itemprop='interactionCount' content='UserLikes:{(s + k) % 23}'></div>")
        ld = json.dumps({"@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": heading,
                         "datePublished": day or None, "author": {"@type": "Person", "name": names[0]},
                         "articleSection": cats[2]}, ensure_ascii=False)
        main = (f"<div id='topic-title'><h1><a href='/t/{topic_id}'>{heading}</a></h1><div class='topic-category' "
                f"itemscope itemtype='http://schema.org/BreadcrumbList'><span itemprop='itemListElement'><a href='/c/"
                f"{cats[2].lower()}/7' class='badge-wrapper bullet'><span class='badge-category-bg'></span><span "
                f"itemprop='name'>{cats[2]}</span></a></span></div></div><div itemscope itemtype='http://schema.org/"
                f"DiscussionForumPosting'><meta itemprop='headline' content='{htmllib.escape(heading)}'>{posts}</div>"
                f"<script type='application/ld+json'>{ld}</script>")
    else:
        main = f"<div class='page-not-found'><h1 class='title'>{heading}</h1>{body}</div>"
    latest = ul(headlines(site, 12, 33, "/t"), "topic-list")
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='{_dir(site)}' class='desktop-view not-mobile-device "
            f"text-size-normal anon'><head><meta charset='utf-8'><title>{title}</title><meta name='generator' "
            f"content='Discourse 3.2.1 - https://github.com/discourse/discourse version 3f7e'>{_ogdate(page)}<link "
            f"rel='icon' href='/uploads/default/optimized/1X/{s:x}_2_32x32.png'><style>{css(s, 800 + s % 450)}</style>"
            f"<meta id='data-discourse-setup' data-cdn='' data-base-url='' data-locale='{site.lang}'></head><body "
            f"class='crawler'><header class='d-header'><div class='wrap'><div class='contents'><a href='/'><img "
            f"src='/uploads/logo.png' alt='{site.name}' id='site-logo'></a><a href='/search'>{search}</a> <a href="
            f"'/login'>Log In</a></div></div></header><div id='main-outlet' class='wrap' role='main'>{main}</div><div "
            f"class='suggested-topics'><h3>{related}</h3>{latest}</div><footer class='container wrap'><nav class="
            f"'crawler-nav'><ul><li><a href='/'>{home}</a></li><li><a href='/categories'>Categories</a></li><li><a "
            f"href='/guidelines'>FAQ/Guidelines</a></li><li><a href='/tos'>Terms of Service</a></li><li><a href="
            f"'/privacy'>Privacy Policy</a></li></ul></nav><p class='powered-by-link'>Powered by Discourse · {share}"
            f"</p></footer><div class='hidden' id='data-preloaded' data-preloaded=\"{htmllib.escape(preloaded)}\">"
            "</div><script defer src='/assets/vendor-1a2b.js'></script><script defer src='/assets/discourse-3c4d.js'>"
            "</script></body></html>")


# --- a Substack-like newsletter post -----------------------------------------------------------------------------

def letter(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "letter")
    home, _news, search, _pub, _by, _c, share, related, _u = words(site)
    who, day = _byline(site, page)
    subscribe = ("Subscribe" if site.lang not in WORDS7 or site.lang == "en" else f"{prose(site.lang, s, 1)} · Subscribe")
    preloads = json.dumps({"isEU": True, "language": site.lang, "pub": {
        "id": s % 10**6, "name": site.name, "subdomain": re.sub(r"\W", "", site.name.lower())[:20],
        "hero_text": prose(site.lang, s + 1, 18), "author_name": author(site), "community_enabled": True,
        "theme": {"background_pop_color": f"#{s % 16**6:06x}", "web_bg_color": "#ffffff"},
        "payments_state": "enabled", "paywall_free_trial_enabled": False},
        "post": None if page is None else {"id": s % 10**7, "title": heading, "type": "newsletter",
                                           "post_date": f"{day}T06:00:00.000Z" if day else None,
                                           "audience": "everyone", "reactions": {"❤": s % 300},
                                           "comment_count": s % 40, "publishedBylines": [{"name": who}] if who else []},
        "features": {k: bool((s >> k) & 1) for k in range(40)},
        "errorPages": {"notFound": "/404", "gone": "/410", "showNotFoundIllustration": True}}, ensure_ascii=False)
    if page is not None:
        date_line = f"<div class='pencraft pc-reset meta'>{day}</div>" if day else ""
        by_line = (f"<div class='profile-hover-card-target'><a href='/profile/{s % 10**6}'>{who}</a></div>"
                   if who else "")
        main = (f"<article class='typography newsletter-post post'><div class='post-header'><h1 dir='auto' class="
                f"'post-title published'>{heading}</h1><h3 dir='auto' class='subtitle'>{prose(site.lang, _seed(heading), 12)}"
                f"</h3><div class='post-ufi'>{by_line}{date_line}<span class='like-count'>{s % 300}</span><a "
                f"class='post-ufi-button' href='#comments'>{s % 40}</a><button>{share}</button></div></div><div "
                f"class='available-content'><div dir='auto' class='body markup'>{body}</div></div></article>"
                f"<div class='subscription-widget-wrap'><p>{prose(site.lang, s + 3, 16)}</p><form action="
                f"'/api/v1/free'><input type='email' placeholder='Type your email…'><button>{subscribe}</button>"
                "</form></div>")
    else:
        main = f"<div class='container'><h1 class='post-title'>{heading}</h1>{body}</div>"
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='{_dir(site)}'><head><meta charset='utf-8'><title>{title}"
            f"</title><meta name='viewport' content='width=device-width'>{_ogdate(page)}<link rel='alternate' type="
            f"'application/rss+xml' href='/feed'><style>{css(s, 850 + s % 2200)}</style></head><body><div id='entry'>"
            f"<div class='main-menu'><div class='topbar-content'><a class='navbar-title-link' href='/'>{site.name}"
            f"</a><a href='/archive'>Archive</a><a href='/about'>About</a><a href='/search'>{search}</a><button class="
            f"'subscribe-btn'>{subscribe}</button></div></div><div class='single-post-container'>{main}</div><div "
            f"class='post-footer'><h4>{related}</h4>{ul(headlines(site, 5, 41, '/p'), 'portable-archive-list')}"
            f"</div><div class='footer-wrap'><div class='footer'><a href='/'>{home}</a> · © 2024 {author(site)} · "
            "<a href='/privacy'>Privacy</a> · <a href='/tos'>Terms</a> · <a href='/collection'>Collection notice</a>"
            " · Start writing · Get the app · Substack is the home for great culture</div></div></div><script>window"
            f"._preloads = JSON.parse({json.dumps(preloads)})</script><script src='https://substackcdn.com/bundle/"
            "static/js/main.8f1a.js' charset='utf-8' async></script></body></html>")


# --- a regional newspaper on an old table layout ------------------------------------------------------------------

def table(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "table")
    home, news, search, _pub, by, _c, _share, related, _u = words(site)
    who, day = _byline(site, page)
    left = "".join(f"<tr><td class='nav'><img src='/img/pfeil.gif' width='7' height='7' alt=''> <a href='/rubrik/"
                   f"{w.lower()}.php'><font face='Verdana, Arial' size='1'>{w}</font></a></td></tr>"
                   for w in sections(site.lang, 14))
    info = ""
    if page is not None:
        info = (f"<font face='Verdana, Arial' size='1' color='#666666'>{f'{by} {who}' if who else ''}"
                f"{' | ' if who and day else ''}{'.'.join(reversed(day.split('-'))) + ' 08:14' if day else ''}"
                "</font><br><br>")
        body = re.sub(r"<p>", "<p><font face='Georgia, Times' size='3'>", body).replace("</p>", "</font></p>")
        tools = ("<br><table cellpadding='2'><tr><td><a href='?druck=1'><img src='/img/druck.gif' border='0' alt=''>"
                 "</a></td><td><a href='/versenden.php'><img src='/img/mail.gif' border='0' alt=''></a></td></tr>"
                 "</table>")
    else:
        body, tools = f"<font face='Verdana, Arial' size='2'>{body}</font>", ""
    rows = "".join(f"<tr><td><font face='Verdana' size='1'><a href='{h}'>{t}</a></font></td></tr><tr><td><img "
                   "src='/img/spacer.gif' width='1' height='4' alt=''></td></tr>" for h, t in headlines(site, 16, 29))
    return (f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><html dir='{_dir(site)}'><head><meta "
            f"http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{title}</title><meta name='keywords' "
            f"content='{', '.join(sections(site.lang, 12))}'><style type='text/css'>{css(s, 850 + s % 400)}</style>"
            "<script language='JavaScript'>function MM_openBrWindow(u,n,f){window.open(u,n,f);}</script></head><body "
            "bgcolor='#FFFFFF' leftmargin='0' topmargin='0' marginwidth='0' marginheight='0'><table width='780' "
            "border='0' cellpadding='0' cellspacing='0' align='center'><tr><td colspan='3' bgcolor='#003366'><a "
            f"href='/index.php'><img src='/img/kopf.gif' width='780' height='90' border='0' alt='{site.name}'></a>"
            f"</td></tr><tr><td colspan='3' bgcolor='#DDDDDD'><font face='Verdana' size='1'><a href='/index.php'>"
            f"{home}</a> | <a href='/suche.php'>{search}</a> | {news}</font></td></tr><tr><td width='150' "
            f"valign='top' bgcolor='#EEEEEE'><table width='150' cellpadding='3'>{left}</table></td><td width='480' "
            f"valign='top'><table width='100%' cellpadding='8'><tr><td class='artikel'><font face='Arial' size='4'>"
            f"<b>{heading}</b></font><br>{info}{body}{tools}</td></tr></table></td><td width='150' valign='top'><table "
            f"width='150'><tr><td bgcolor='#003366'><font color='#FFFFFF' face='Verdana' size='1'><b>{related}</b>"
            f"</font></td></tr>{rows}</table><img src='/banner/rechts_{s % 9}.gif' width='150' height='600' alt=''>"
            f"</td></tr><tr><td colspan='3' bgcolor='#DDDDDD' align='center'><font face='Verdana' size='1'>© "
            f"{site.name} · {prose(site.lang, s + 2, 20)} · Impressum · Mediadaten</font></td></tr></table><img "
            f"src='http://count.example/cgi-bin/zaehler.pl?id={s % 9999}' width='1' height='1' alt=''></body></html>")


# --- a university press office -----------------------------------------------------------------------------------

def press(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "press")
    home, news, search, published, by, contact, share, related, _u = words(site)
    who, day = _byline(site, page)
    audience = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Study", "Research", "Alumni", "Staff",
                                                                           "Giving"))
    mega = "".join(f"<li class='mega__item'><a href='/{w.lower()}'>{w}</a><ul>"
                   + "".join(f"<li><a href='/{w.lower()}/{k}'>{prose(site.lang, _seed(w, k), 3).rstrip('.')}</a></li>"
                             for k in range(6))
                   + "</ul></li>" for w in sections(site.lang, 7))
    cards = "".join(f"<div class='news-card'><a href='{h}'><img src='/media/{_seed(h) % 10**6}.jpg' alt=''><h3>{t}"
                    "</h3></a></div>" for h, t in headlines(site, 6, 53, "/news/releases"))
    if page is not None:
        meta = (f"<div class='news-item__meta'>{f'<time datetime={day}>{published} {day}</time>' if day else ''}"
                f"{f' <span class=news-item__author>{by} {who}</span>' if who else ''}</div>")
        aside = (f"<aside class='media-contact'><h2>{contact}</h2><p>{author(site, 1)}<br>+1 555 01{s % 100:02d}<br>"
                 f"press@{re.sub(r'[^a-z]', '', site.name.lower())[:12]}.edu</p><h3>Related experts</h3><ul><li>Prof. "
                 f"{author(site, 2)}</li></ul></aside>")
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": heading,
                         "datePublished": day or None, "publisher": {"@type": "CollegeOrUniversity",
                                                                     "name": site.name}}, ensure_ascii=False)
        main = (f"<article class='news-item'><h1 class='news-item__title'>{heading}</h1>{meta}<figure><img src='/media/"
                f"{s % 10**6}.jpg' alt=''><figcaption>{prose(site.lang, s + 4, 10)}</figcaption></figure><div class="
                f"'news-item__body rich-text'>{body}</div><div class='tags'>{''.join(f'<a href=/tags/{w}>{w}</a>' for w in sections(site.lang, 4))}"
                f"</div><div class='share'>{share}</div></article>{aside}<script type='application/ld+json'>{ld}"
                "</script>")
    else:
        main = f"<div class='page-content'><h1>{heading}</h1>{body}</div>"
    return (f"<!doctype html><html lang='{site.lang}' dir='{_dir(site)}'><head><meta charset='utf-8'><title>{title}"
            f"</title><meta name='viewport' content='width=device-width, initial-scale=1'>{_ogdate(page)}<style>"
            f"{css(s, 800 + s % 2400)}</style><script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'site':"
            f"'{s % 1000}','section':'news'}});</script></head><body class='page-news'><a class='skip' href='#content'>"
            f"Skip</a><div class='utility'><ul>{audience}</ul><form action='/search'><input name='query' "
            f"placeholder='{search}'></form></div><header class='masthead'><a href='/'><img src='/logo.svg' alt="
            f"'{site.name}'></a><nav class='mega'><ul>{mega}</ul></nav></header><nav class='breadcrumb'><a href='/'>"
            f"{home}</a> › <a href='/news/'>{news}</a> › <a href='/news/releases/'>Press releases</a></nav><main id="
            f"'content'>{main}</main><section class='more-news'><h2>{related}</h2>{cards}</section><footer class="
            f"'site-footer'><div class='campuses'><p>{prose(site.lang, s + 6, 25)}</p><p>{prose(site.lang, s + 7, 25)}"
            f"</p></div><p>© {site.name} · Accessibility · Privacy · Emergency information</p></footer><script src="
            "'/themes/custom/uni/js/bundle.min.js'></script></body></html>")


TEMPLATES7 = {"gov7": gov, "forum7": forum, "letter7": letter, "table7": table, "press7": press}
