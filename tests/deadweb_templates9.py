"""Page layouts of held-out 9 of the dead-web set (tests/deadweb_pages9.py), in the style of real sites.

Five layouts not used by the other parts, at real pages' weight (inline CSS,
player and state configs, menus, rails, footers; 40-300 KB): ``vod9`` (a
broadcaster's video page: a player with its config, chapters, a transcript,
"watch next" episodes and the programme's schedule), ``bill9`` (a legislature's
bill tracker: the bill's number and stage, its sponsors, a stages timeline,
versions and amendments to download, the committee's reports, votes by party),
``minutes9`` (a city council's minutes: meeting metadata, attendance, numbered
agenda items with motions, moved and seconded, carried or lost, attachments),
``museum9`` (a museum's collection page: an object's title, maker, date, medium,
dimensions, accession number, credit line, provenance, exhibition history, an
image viewer and related objects) and ``check9`` (a fact-checking site: the
claim, who made it, a rating dial, "what we found", sources, a correction policy
box and more fact checks). A template renders an article when given one and any
other page (a notice, a listing, a home page) in the same chrome. Registered into
deadweb_pages.TEMPLATES under names ending in ``9``.
"""

from __future__ import annotations

import json

from deadweb_pages import VOCAB, Article, Site, prose
from deadweb_templates3 import AUTHORS, _seed, author, css, headlines, sections, ul
from deadweb_templates8 import WORDS8, _paras

# the languages this part adds to the set (its prose and section names come from these words)
VOCAB.setdefault("ms", "majlis bandaraya belanjawan sungai sekolah mahkamah datuk bandar pilihan raya laporan polis "
                       "hospital bekalan air tenaga kesatuan sekerja mogok kontrak perumahan pasar bank perdagangan "
                       "pelabuhan kereta api jambatan ribut banjir tuaian muzium")
VOCAB.setdefault("et", "volikogu eelarve jõgi kool kohus linnapea valimised aruanne politsei haigla vesi energia "
                       "ametiühing streik leping eluasemed turg pank kaubandus sadam raudtee sild torm üleujutus saak "
                       "muuseum")
VOCAB.setdefault("lt", "taryba biudžetas upė mokykla teismas meras rinkimai ataskaita policija ligoninė vanduo "
                       "energetika profsąjunga streikas sutartis būstas rinka bankas prekyba uostas geležinkelis tiltas "
                       "audra potvynis derlius muziejus")
VOCAB.setdefault("sk", "zastupiteľstvo rozpočet rieka škola súd primátor voľby správa polícia nemocnica voda energia "
                       "odbory štrajk zmluva bývanie trh banka obchod prístav železnica most búrka povodeň úroda "
                       "múzeum")
VOCAB.setdefault("hr", "gradsko vijeće proračun rijeka škola sud gradonačelnik izbori izvješće policija bolnica voda "
                       "energija sindikat štrajk ugovor stanovanje tržnica banka trgovina luka željeznica most oluja "
                       "poplava berba muzej")
for _lang, _names in {"ms": ["Nurul Aisyah", "Ahmad Faizal"], "et": ["Kadri Tamm", "Margus Saar"],
                      "lt": ["Rūta Kazlauskienė", "Tomas Petrauskas"], "sk": ["Zuzana Horváthová", "Martin Kováč"],
                      "hr": ["Ivana Horvat", "Marko Babić"]}.items():
    AUTHORS.setdefault(_lang, _names)

# (home, search, published, by, related, share, download, contact)
WORDS9 = {**WORDS8,
          "ms": ("Utama", "Cari", "Diterbitkan", "Oleh", "Berita berkaitan", "Kongsi", "Muat turun", "Hubungi kami"),
          "et": ("Avaleht", "Otsi", "Avaldatud", "Autor", "Loe ka", "Jaga", "Laadi alla", "Kontakt"),
          "lt": ("Pradžia", "Paieška", "Paskelbta", "Autorius", "Susiję", "Dalintis", "Atsisiųsti", "Kontaktai"),
          "sk": ("Úvod", "Hľadať", "Publikované", "Autor", "Súvisiace", "Zdieľať", "Stiahnuť", "Kontakt"),
          "hr": ("Naslovnica", "Traži", "Objavljeno", "Autor", "Povezano", "Podijeli", "Preuzmi", "Kontakt")}
RTL = ("ar", "he", "fa", "ur")


def words(site: Site) -> tuple[str, ...]:
    return WORDS9.get(site.lang, WORDS9["en"])


def _head(site: Site, page: Article | None, title: str, s: int, rules: int, extra: str = "") -> str:
    day = (f"<meta property='article:published_time' content='{page.date}T06:30:00+00:00'>"
           if page is not None and page.date else "")
    return (f"<!DOCTYPE html><html lang='{site.lang}' dir='{'rtl' if site.lang in RTL else 'ltr'}'><head><meta "
            f"charset='utf-8'><meta name='viewport' content='width=device-width,initial-scale=1'><title>{title}</title>"
            f"{day}<link rel='icon' href='/favicon.ico'><style>{css(s, rules)}</style>{extra}</head>")


def _footer(site: Site, s: int, cls: str) -> str:
    return (f"<footer class='{cls}'><ul>" + "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>"
                                                    for w in sections(site.lang, 14))
            + f"</ul><p>{prose(site.lang, s + 11, 36)}</p><p>© {2024} {site.name}</p></footer>")


def _byline(site: Site, page: Article) -> str:
    _home, _search, published, by, *_ = words(site)
    who = f"<span class='author'>{by} <a href='/people/{_seed(author(site)) % 9999}'>{author(site)}</a></span>" \
        if page.byline else ""
    when = f"<time datetime='{page.date}'>{published} {page.date}</time>" if page.date else ""
    return f"<div class='meta'>{who}{when}</div>"


# --- a broadcaster's video page ------------------------------------------------------------------------------------

def vod(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "vod")
    home, search, _pub, _by, related, share, _dl, _contact = words(site)
    player = json.dumps({"player": {"id": f"bc-{s % 10**6}", "autoplay": False, "muted": True, "ads": {
        "preroll": f"/ads/vmap?cust_params=section%3D{sections(site.lang)[s % 9]}", "midrollAt": [300, 900]},
        "captions": [{"lang": site.lang, "src": f"/vtt/{s % 10**6}.vtt"}], "renditions": [
            {"height": h, "bitrate": h * 2900, "src": f"/hls/{s % 10**6}/{h}p.m3u8"} for h in (240, 360, 540, 720, 1080)],
        "telemetry": {"heartbeat": 10, "endpoint": "/api/beacon"}}}, ensure_ascii=False)
    schedule = "".join(f"<li><span class='slot'>{6 + k:02d}:00</span> {prose(site.lang, _seed(s, 'sch', k), 4)}</li>"
                       for k in range(18))
    if page is not None:
        paras = _paras(body)
        chapters = "".join(f"<li><button data-seek='{k * 95}'>{k * 95 // 60:02d}:{k * 95 % 60:02d}</button> "
                           f"{prose(site.lang, _seed(s, heading, k), 5)}</li>" for k in range(6))
        episodes = "".join(f"<div class='episode-card'><img src='/img/ep/{_seed(s, k) % 10**5}.jpg' alt=''><a href='"
                           f"{h}'>{t}</a><span class='duration'>{12 + k}:{k * 7 % 60:02d}</span></div>"
                           for k, (h, t) in enumerate(headlines(site, 8, 31, "/video")))
        main = (f"<div class='player-wrap'><div id='player' data-video-id='{s % 10**7}'><video poster='/img/poster/"
                f"{s % 10**5}.jpg' controls preload='none'></video></div></div><h1 class='video-title'>{heading}</h1>"
                f"{_byline(site, page)}<div class='share'>{share}</div><ol class='chapters'>{chapters}</ol><section "
                f"class='transcript'><h2>Transcript</h2>{''.join(paras)}</section><section class='watch-next'><h2>"
                f"{related}</h2>{episodes}</section>")
    else:
        main = f"<section class='page-content'><h1>{heading}</h1>{body}</section>"
    return (_head(site, page, title, s, 950 + s % 2500, "<link rel='preconnect' href='https://players.example'>")
            + f"<body class='vod'><div class='live-strip'><span class='dot'></span> LIVE · <a href='/live'>"
            f"{prose(site.lang, s + 1, 5)}</a></div><header class='masthead'><a class='logo' href='/'>{site.name}</a>"
            "<nav><ul>" + "".join(f"<li><a href='/video/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 10))
            + f"</ul></nav><form action='/search'><input name='q' placeholder='{search}'></form></header><nav class="
            f"'crumbs'><a href='/'>{home}</a> › <a href='/video/'>Video</a></nav><main>{main}</main><aside class="
            f"'schedule'><h2>{prose(site.lang, s + 2, 2)}</h2><ol>{schedule}</ol><h2>{related}</h2>"
            f"{ul(headlines(site, 12, 29, '/video'), 'rail')}</aside>{_footer(site, s, 'bcast-footer')}<script id="
            f"'player-config' type='application/json'>{player}</script><script src='/static/player.min.js' defer>"
            "</script></body></html>")


# --- a legislature's bill tracker ----------------------------------------------------------------------------------

def bill(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "bill")
    home, search, published, _by, related, _share, download, contact = words(site)
    parties = [prose(site.lang, _seed(s, "party", k), 2).rstrip(".").title() for k in range(5)]
    state = json.dumps({"session": f"{2023 + s % 2}-{2024 + s % 2}", "chamber": "lower", "filters": {
        "status": ["introduced", "committee", "report", "third-reading", "royal-assent"], "sponsorParty": parties},
        "analytics": {"ua": f"UA-{s % 10**7}-2"}}, ensure_ascii=False)
    if page is not None:
        paras = _paras(body)
        number = f"{('C', 'S', 'HB', 'A')[s % 4]}-{s % 400 + 1}"
        stages = "".join(f"<li class='stage{' done' if k < 3 else ''}'><span class='stage-name'>"
                         f"{prose(site.lang, _seed(s, 'st', k), 2)}</span><time>{2023 + k // 3}-{k % 12 + 1:02d}-1{k}"
                         f"</time></li>" for k in range(6))
        votes = "".join(f"<tr><th>{p}</th><td>{_seed(p, 'y') % 90}</td><td>{_seed(p, 'n') % 40}</td><td>"
                        f"{_seed(p, 'a') % 6}</td></tr>" for p in parties)
        versions = "".join(f"<li><a href='/bills/{number.lower()}/v{k}.pdf'>{download} v{k} (PDF, {120 + k * 37} KB)"
                           "</a></li>" for k in range(1, 4))
        main = (f"<div class='bill-header'><span class='bill-number'>{number}</span><h1>{heading}</h1>"
                f"{_byline(site, page)}<p class='sponsor'>{author(site, 1)} · {parties[s % 5]}</p></div><ol "
                f"class='stages'>{stages}</ol><section class='bill-summary'>{''.join(paras)}</section><section "
                f"class='votes'><table><tr><th></th><th>+</th><th>−</th><th>0</th></tr>{votes}</table></section>"
                f"<section class='versions'><ul>{versions}</ul></section>")
    else:
        main = f"<div class='content'><h1>{heading}</h1>{body}</div>"
    return (_head(site, page, title, s, 950 + s % 2200) + "<body class='legis'><div class='gov-banner'>"
            f"{prose(site.lang, s + 5, 9)}</div><header><a class='crest' href='/'>{site.name}</a><nav><ul>"
            + "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 8))
            + f"</ul></nav><form action='/search' role='search'><input name='q' placeholder='{search}'></form></header>"
            f"<nav class='breadcrumb'><a href='/'>{home}</a> / <a href='/bills/'>Bills</a></nav><main id='content'>"
            f"{main}</main><aside class='committees'><h2>{related}</h2>{ul(headlines(site, 14, 41, '/bills'))}<p>"
            f"{published}: {prose(site.lang, s + 6, 8)}</p><p>{contact}: clerk@{s % 1000}.parl.example</p></aside>"
            f"{_footer(site, s, 'parl-footer')}<script>window.__BILLS__ = {state};</script></body></html>")


# --- a city council's minutes --------------------------------------------------------------------------------------

def minutes(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "minutes")
    home, search, published, _by, related, _share, download, contact = words(site)
    members = [author(site, k) + f" {k}" for k in range(9)]
    if page is not None:
        paras = _paras(body)
        items = "".join(f"<section class='agenda-item' id='item-{n + 1}'><h3>{n + 1}. "
                        f"{prose(site.lang, _seed(s, heading, n), 5)}</h3>{p}<p class='motion'>"
                        f"{members[n % 9]} / {members[(n + 3) % 9]}: {('CARRIED', 'CARRIED', 'LOST')[n % 3]} "
                        f"({7 - n % 3}–{n % 3 + 1})</p></section>" for n, p in enumerate(paras))
        present = "".join(f"<li>{m}</li>" for m in members[:7])
        files = "".join(f"<li><a href='/documents/{s % 10**5 + k}.pdf'>{download} – "
                        f"{prose(site.lang, _seed(s, 'f', k), 3)} (PDF)</a></li>" for k in range(5))
        main = (f"<h1>{heading}</h1>{_byline(site, page)}<table class='meeting-meta'><tr><th>Location</th><td>"
                f"{prose(site.lang, s + 7, 3)}</td></tr><tr><th>{published}</th><td>{page.date or ''}</td></tr></table>"
                f"<h2>Present</h2><ul class='attendance'>{present}</ul>{items}<h2>Attachments</h2><ul>{files}</ul>")
    else:
        main = f"<h1>{heading}</h1><div class='page-body'>{body}</div>"
    return (_head(site, page, title, s, 950 + s % 2000) + "<body class='civic'><a class='skip' href='#main'>Skip</a>"
            f"<header class='city-header'><a href='/'><img src='/img/seal.svg' alt=''> {site.name}</a><ul class="
            "'services'>" + "".join(f"<li><a href='/services/{w.lower()}/'>{w}</a></li>" for w in sections(site.lang, 12))
            + f"</ul><form action='/search'><input name='q' aria-label='{search}'></form></header><nav class='crumbs'>"
            f"<a href='/'>{home}</a> › <a href='/council/meetings/'>Council</a></nav><div class='layout'><nav "
            "class='side-nav'><ul>" + "".join(f"<li><a href='/council/{2018 + k}/'>{2018 + k}</a></li>" for k in range(7))
            + f"</ul></nav><main id='main'>{main}</main></div><aside class='upcoming'><h2>{related}</h2>"
            f"{ul(headlines(site, 10, 53, '/council/meetings'))}<p>{contact}: {prose(site.lang, s + 8, 6)}</p></aside>"
            f"{_footer(site, s, 'city-footer')}<script src='/js/granicus-embed.js' defer></script></body></html>")


# --- a museum's collection page ------------------------------------------------------------------------------------

def museum(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "museum")
    home, search, _pub, _by, related, share, download, _contact = words(site)
    viewer = json.dumps({"iiif": {"manifest": f"/iiif/{s % 10**6}/manifest.json", "tiles": [
        {"width": 512 * k, "scaleFactors": [1, 2, 4, 8, 16]} for k in range(1, 7)]}, "rights": "CC0",
        "licence": {"download": True, "sizes": ["small", "medium", "large", "original"]}})
    if page is not None:
        paras = _paras(body)
        facts = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in (
            ("Maker", author(site, 1)), ("Date", f"c. {1850 + s % 120}"), ("Medium", prose(site.lang, s + 1, 4)),
            ("Dimensions", f"{20 + s % 80} × {30 + s % 60} cm"), ("Accession number", f"{1900 + s % 120}.{s % 999}"),
            ("Credit line", prose(site.lang, s + 2, 6))))
        provenance = "".join(f"<li>{prose(site.lang, _seed(s, 'prov', k), 10)}</li>" for k in range(4))
        shows = "".join(f"<li>{prose(site.lang, _seed(s, 'show', k), 6)}, {1990 + k * 7}</li>" for k in range(3))
        related_objects = "".join(f"<figure><img src='/iiif/{_seed(s, k) % 10**6}/full/200,/0/default.jpg' alt=''>"
                                  f"<figcaption><a href='{h}'>{t}</a></figcaption></figure>"
                                  for k, (h, t) in enumerate(headlines(site, 8, 61, '/collection/objects')))
        main = (f"<div class='object-viewer'><img src='/iiif/{s % 10**6}/full/1200,/0/default.jpg' alt=''><a href='/"
                f"iiif/{s % 10**6}/full/max/0/default.jpg'>{download}</a> · {share}</div><div class='object-text'><h1>"
                f"{heading}</h1>{_byline(site, page)}<table class='tombstone'>{facts}</table><div class='label-text'>"
                f"{''.join(paras)}</div><h2>Provenance</h2><ol>{provenance}</ol><h2>Exhibition history</h2><ul>"
                f"{shows}</ul></div><section class='related-objects'><h2>{related}</h2>{related_objects}</section>")
    else:
        main = f"<div class='object-text'><h1>{heading}</h1>{body}</div>"
    return (_head(site, page, title, s, 1100 + s % 2400) + "<body class='collection'><div class='visit-bar'>"
            f"{prose(site.lang, s + 3, 10)} · <a href='/tickets'>Tickets</a></div><header><a class='wordmark' href='/'>"
            f"{site.name}</a><nav><a href='/visit'>Visit</a> <a href='/exhibitions'>Exhibitions</a> <a href='/"
            f"collection'>Collection</a> <a href='/learn'>Learn</a></nav><form action='/search'><input name='q' "
            f"placeholder='{search}'></form></header><nav class='crumbs'><a href='/'>{home}</a> / <a href='/collection/"
            f"'>Collection</a></nav><main>{main}</main><section class='newsletter'>{prose(site.lang, s + 4, 20)}"
            f"</section>{_footer(site, s, 'museum-footer')}<script type='application/json' id='viewer-config'>{viewer}"
            "</script></body></html>")


# --- a fact-checking site ------------------------------------------------------------------------------------------

RATINGS = ("True", "Mostly true", "Half true", "Misleading", "False", "Pants on fire")


def check(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "check")
    home, search, _pub, _by, related, share, _dl, contact = words(site)
    if page is not None:
        paras = _paras(body)
        rating = RATINGS[_seed(heading) % len(RATINGS)]
        review = json.dumps({"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": page.date,
                             "claimReviewed": heading, "reviewRating": {"@type": "Rating", "alternateName": rating,
                                                                        "ratingValue": _seed(heading) % 6 + 1}},
                            ensure_ascii=False)
        sources = "".join(f"<li><a href='https://source{k}.example/{_seed(s, heading, k) % 10**5}'>"
                          f"{prose(site.lang, _seed(s, 'src', k), 6)}</a></li>" for k in range(7))
        main = (f"<script type='application/ld+json'>{review}</script><div class='claim-box'><p class='who'>"
                f"{prose(site.lang, s + 1, 3)}</p><h1>{heading}</h1>{_byline(site, page)}</div><div class='rating "
                f"rating-{rating.lower().replace(' ', '-')}'><img src='/img/dial/{_seed(rating) % 99}.svg' alt=''>"
                f"</div><div class='share'>{share}</div><section class='what-we-found'>{''.join(paras)}</section>"
                f"<section class='sources'><h2>Sources</h2><ol>{sources}</ol></section><div class='policy-box'>"
                f"{prose(site.lang, s + 2, 30)} <a href='/corrections'>{contact}</a></div>")
    else:
        main = f"<div class='article-body'><h1>{heading}</h1>{body}</div>"
    return (_head(site, page, title, s, 950 + s % 2300) + "<body class='factcheck'><header class='top'><a class='logo' "
            f"href='/'>{site.name}</a><nav>" + "".join(f"<a href='/topics/{w.lower()}/'>{w}</a> "
                                                       for w in sections(site.lang, 9))
            + f"</nav><form action='/search'><input name='q' placeholder='{search}'></form></header><nav class='crumbs'>"
            f"<a href='/'>{home}</a> › <a href='/fact-checks/'>Fact checks</a></nav><main class='factcheck-main'>{main}"
            f"</main><aside><h2>{related}</h2>{ul(headlines(site, 12, 71, '/fact-checks'), 'more-checks')}<p>"
            f"{prose(site.lang, s + 3, 24)}</p></aside>{_footer(site, s, 'ifcn-footer')}<script src='/js/dial.js' defer>"
            "</script></body></html>")


TEMPLATES9 = {"vod9": vod, "bill9": bill, "minutes9": minutes, "museum9": museum, "check9": check}
