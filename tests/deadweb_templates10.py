"""Page layouts of held-out 10 of the dead-web set (tests/deadweb_pages10.py), in the style of real sites.

Five layouts not used by the other parts, at real pages' weight (inline CSS,
feed and map configs, tables, rails, footers; 40-300 KB): ``score10`` (a sports
results site: a live-score ticker, the scoreboard, match facts, a timeline of
goals and cards, the report, line-ups and the league table), ``alert10`` (a
weather and emergency agency: a warning badge with its validity, the affected
areas, "what to expect" and "what to do" lists, the bulletin, a map layer
config), ``filing10`` (a stock exchange's company announcement: issuer, ticker,
ISIN and category in a table, the announcement, attachments, the exchange's
disclaimer and the issuer's other announcements), ``pod10`` (a podcast host's
episode page: show art, season and episode, an audio player with chapters, show
notes, a transcript, subscribe links, more episodes; no <main>) and ``repo10``
(a university's institutional repository, DSpace-like: citation meta tags, the
item's fields, its abstract, its files with sizes, collections, usage figures).
A template renders an article when given one and any other page (a notice, a
listing, a home page) in the same chrome. Registered into
deadweb_pages.TEMPLATES under names ending in ``10``.
"""

from __future__ import annotations

import json

from deadweb_pages import VOCAB, Article, Site, prose
from deadweb_templates3 import AUTHORS, _seed, author, headlines, sections, ul
from deadweb_templates8 import _paras
from deadweb_templates9 import WORDS9
from deadweb_templates9 import _head as head9

# the languages this part adds to the set (its prose and section names come from these words)
VOCAB.setdefault("ca", "ajuntament pressupost riu escola jutjat alcalde eleccions informe policia hospital aigua energia "
                       "sindicat vaga contracte habitatge mercat banc comerç port ferrocarril pont tempesta inundació "
                       "verema museu")
VOCAB.setdefault("sr", "скупштина буџет река школа суд градоначелник избори извештај полиција болница вода енергија "
                       "синдикат штрајк уговор становање пијаца банка трговина лука железница мост олуја поплава жетва "
                       "музеј")
VOCAB.setdefault("ka", "საკრებულო ბიუჯეტი მდინარე სკოლა სასამართლო მერი არჩევნები ანგარიში პოლიცია საავადმყოფო წყალი "
                       "ენერგია პროფკავშირი გაფიცვა ხელშეკრულება საცხოვრებელი ბაზარი ბანკი ვაჭრობა პორტი რკინიგზა "
                       "ხიდი ქარიშხალი წყალდიდობა მოსავალი მუზეუმი")
VOCAB.setdefault("ta", "மாநகராட்சி வரவுசெலவு ஆறு பள்ளி நீதிமன்றம் மேயர் தேர்தல் அறிக்கை காவல்துறை மருத்துவமனை "
                       "குடிநீர் மின்சாரம் தொழிற்சங்கம் வேலைநிறுத்தம் ஒப்பந்தம் வீட்டுவசதி சந்தை வங்கி வர்த்தகம் "
                       "துறைமுகம் ரயில் பாலம் புயல் வெள்ளம் அறுவடை அருங்காட்சியகம்")
VOCAB.setdefault("lv", "dome budžets upe skola tiesa mērs vēlēšanas ziņojums policija slimnīca ūdens enerģija "
                       "arodbiedrība streiks līgums mājokļi tirgus banka tirdzniecība osta dzelzceļš tilts vētra plūdi "
                       "raža muzejs")
for _lang, _names in {"ca": ["Montserrat Puig", "Jordi Casals"], "sr": ["Јелена Петровић", "Никола Јовановић"],
                      "ka": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "ta": ["கவிதா ராமன்", "செந்தில் குமார்"],
                      "lv": ["Ilze Bērziņa", "Jānis Ozols"]}.items():
    AUTHORS.setdefault(_lang, _names)

# (home, search, published, by, related, share, download, contact)
WORDS10 = {**WORDS9,
           "ca": ("Inici", "Cerca", "Publicat", "Per", "Relacionats", "Comparteix", "Descarrega", "Contacte"),
           "sr": ("Почетна", "Претрага", "Објављено", "Аутор", "Повезано", "Подели", "Преузми", "Контакт"),
           "ka": ("მთავარი", "ძიება", "გამოქვეყნდა", "ავტორი", "მსგავსი", "გაზიარება", "ჩამოტვირთვა", "კონტაქტი"),
           "ta": ("முகப்பு", "தேடல்", "வெளியிடப்பட்டது", "எழுதியவர்", "தொடர்புடையவை", "பகிர்", "பதிவிறக்கு",
                  "தொடர்பு"),
           "lv": ("Sākums", "Meklēt", "Publicēts", "Autors", "Saistītie", "Dalīties", "Lejupielādēt", "Kontakti")}


def words(site: Site) -> tuple[str, ...]:
    return WORDS10.get(site.lang, WORDS10["en"])


def _head(site: Site, page: Article | None, title: str, s: int, rules: int, extra: str = "") -> str:
    return head9(site, page, title, s, rules, f"<meta property='og:site_name' content='{site.name}'>{extra}")


def _credit(site: Site, page: Article, who: str = "") -> str:
    """Who wrote it and when, as these sites show it (either may be missing)."""
    _home, _search, published, by, *_ = words(site)
    parts = []
    if page.byline:
        parts.append(f"<span class='credit-author'>{by} <a rel='author' href='/staff/{_seed(author(site)) % 997}'>"
                     f"{who or author(site)}</a></span>")
    if page.date:
        parts.append(f"<span class='credit-date'>{published} <time datetime='{page.date}'>{page.date}</time></span>")
    return f"<p class='credit'>{' · '.join(parts)}</p>" if parts else ""


def _foot(site: Site, s: int, cls: str, extra: str = "") -> str:
    home, _search, _pub, _by, _rel, _share, _dl, contact = words(site)
    cols = "".join(f"<div class='col'><h4>{w}</h4><ul>" + "".join(
        f"<li><a href='/{w.lower()}/{k}'>{prose(site.lang, _seed(s, w, k), 3)}</a></li>" for k in range(6))
        + "</ul></div>" for w in sections(site.lang, 5))
    return (f"<footer class='{cls}'><div class='cols'>{cols}</div>{extra}<p><a href='/'>{home}</a> · <a href='/contact'>"
            f"{contact}</a> · {prose(site.lang, s + 13, 22)}</p><p>© 2024 {site.name}</p></footer>")


# --- a sports results site -----------------------------------------------------------------------------------------

def score(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "score")
    home, search, _pub, _by, related, share, _dl, _contact = words(site)
    clubs = [prose(site.lang, _seed(s, "club", k), 2).rstrip(".").title() for k in range(14)]
    ticker = "".join(f"<li class='fixture'><span>{clubs[k]}</span> <b>{_seed(s, k) % 4}–{_seed(s, k, 1) % 3}</b> "
                     f"<span>{clubs[13 - k]}</span> <em>{('FT', 'HT', '67′', 'FT')[k % 4]}</em></li>" for k in range(12))
    feed = json.dumps({"liveScores": {"poll": 15, "endpoint": "/api/v3/scores", "competitions": [
        {"id": 40 + k, "name": clubs[k], "season": "2023/24", "rounds": 34} for k in range(14)]},
        "odds": {"enabled": s % 2 == 0, "provider": "oddsfeed", "regions": ["eu", "uk"]}}, ensure_ascii=False)
    if page is not None:
        paras = _paras(body)
        home_club, away_club = clubs[s % 7], clubs[7 + s % 7]
        goals_home, goals_away = _seed(heading, "h") % 4, _seed(heading, "a") % 3
        events = "".join(f"<li class='event {('goal', 'card-yellow', 'sub', 'goal', 'card-red')[k % 5]}'><span class="
                         f"'minute'>{8 + k * 11}′</span> {author(site, k)} {k + 1}</li>" for k in range(8))
        lineup = "".join(f"<div class='lineup'><h3>{club}</h3><ol>" + "".join(
            f"<li><span class='shirt'>{n + 1}</span> {prose(site.lang, _seed(club, n), 2).rstrip('.').title()}</li>"
            for n in range(11)) + "</ol></div>" for club in (home_club, away_club))
        table = "".join(f"<tr><td>{k + 1}</td><td>{clubs[k]}</td><td>{30 - k}</td><td>{18 - k // 2}</td>"
                        f"<td>{k % 6}</td><td>{k // 2 + 2}</td><td>{60 - k * 3}</td></tr>" for k in range(14))
        main = (f"<section class='scoreboard'><div class='team home'>{home_club}</div><div class='score'>{goals_home}"
                f" – {goals_away}</div><div class='team away'>{away_club}</div><div class='status'>FT</div></section>"
                f"<table class='match-facts'><tr><th>Venue</th><td>{prose(site.lang, s + 2, 2)}</td></tr><tr><th>"
                f"Attendance</th><td>{12000 + s % 30000}</td></tr><tr><th>Referee</th><td>{author(site, 3)}</td></tr>"
                f"</table><ol class='timeline'>{events}</ol><article class='match-report'><h1>{heading}</h1>"
                f"{_credit(site, page)}<div class='share'>{share}</div>{''.join(paras)}</article><section class="
                f"'lineups'>{lineup}</section><table class='standings'><tr><th>#</th><th></th><th>P</th><th>W</th>"
                f"<th>D</th><th>L</th><th>Pts</th></tr>{table}</table>")
    else:
        main = f"<section class='page'><h1>{heading}</h1>{body}</section>"
    return (_head(site, page, title, s, 900 + s % 2300) + f"<body class='match-centre'><ul class='score-ticker'>{ticker}"
            f"</ul><header class='site-head'><a class='brand' href='/'>{site.name}</a><nav class='sports'>"
            + "".join(f"<a href='/{w.lower()}/'>{w}</a>" for w in sections(site.lang, 10))
            + f"</nav><form action='/search'><input type='search' name='term' placeholder='{search}'></form></header>"
            f"<nav class='crumbs'><a href='/'>{home}</a> › <a href='/football/results/'>Results</a></nav><main "
            f"id='main-content'>{main}</main><aside class='fixtures'><h2>{related}</h2>"
            f"{ul(headlines(site, 12, 83, '/football'), 'fixture-list')}</aside>{_foot(site, s, 'sport-footer')}"
            f"<script>window.__SCORES_CONFIG__ = {feed};</script><script src='/static/live-scores.js' defer></script>"
            "</body></html>")


# --- a weather and emergency agency --------------------------------------------------------------------------------

LEVELS = ("yellow", "amber", "red")


def alert(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "alert")
    home, search, published, _by, related, _share, download, contact = words(site)
    layers = json.dumps({"map": {"center": [s % 90, s % 180], "zoom": 6, "layers": [
        {"id": f"warnings-{k}", "type": "fill", "source": f"/tiles/warnings/{k}/{{z}}/{{x}}/{{y}}.pbf",
         "paint": {"fill-color": ["match", ["get", "level"], *[x for lv in LEVELS for x in (lv, f"#{_seed(lv) % 16**6:06x}")],
                                  "#cccccc"], "fill-opacity": 0.55}} for k in range(6)],
        "polygons": [[[round((s % 90) + i * 0.013, 3), round((s % 180) + i * 0.017, 3)] for i in range(60)]
                     for _ in range(3)]}}, ensure_ascii=False)
    current = "".join(f"<li class='level-{LEVELS[k % 3]}'><a href='/warnings/2024/{k + 1:02d}/'>"
                      f"{prose(site.lang, _seed(s, 'w', k), 5)}</a></li>" for k in range(9))
    if page is not None:
        paras = _paras(body)
        level = LEVELS[_seed(heading) % 3]
        areas = "".join(f"<tr><td>{prose(site.lang, _seed(s, heading, k), 2)}</td><td>{LEVELS[(k + s) % 3]}</td>"
                        f"</tr>" for k in range(8))
        expect = "".join(f"<li>{prose(site.lang, _seed(heading, 'ex', k), 9)}</li>" for k in range(4))
        todo = "".join(f"<li>{prose(site.lang, _seed(heading, 'do', k), 8)}</li>" for k in range(4))
        valid = f"{page.date or '2024-05-06'} 06:00 – {page.date or '2024-05-06'} 21:00"
        main = (f"<div class='warning-badge level-{level}' role='status'><span class='level'>{level.upper()}</span>"
                f"<span class='valid'>{valid}</span></div><h1>{heading}</h1>{_credit(site, page)}<table class='areas'>"
                f"<caption>Areas</caption>{areas}</table><div class='bulletin'>{''.join(paras)}</div><section "
                f"class='expect'><h2>What to expect</h2><ul>{expect}</ul></section><section class='actions'><h2>What "
                f"you should do</h2><ul>{todo}</ul></section><p class='downloads'><a href='/cap/{s % 10**5}.xml'>CAP "
                f"XML</a> · <a href='/pdf/{s % 10**5}.pdf'>{download} PDF</a></p>")
    else:
        main = f"<div class='content-block'><h1>{heading}</h1>{body}</div>"
    return (_head(site, page, title, s, 850 + s % 2100, "<link rel='alternate' type='application/rss+xml' href='/rss/"
                                                        "warnings.xml'>")
            + f"<body class='agency'><div class='official-banner'>{prose(site.lang, s + 1, 8)}</div><header "
            f"class='agency-header'><a class='agency-logo' href='/'>{site.name}</a><nav class='primary'>"
            + "".join(f"<a href='/{w.lower()}/'>{w}</a>" for w in sections(site.lang, 8))
            + f"</nav><form role='search' action='/search'><input name='q' aria-label='{search}'></form></header><nav "
            f"class='breadcrumbs'><a href='/'>{home}</a> / <a href='/warnings/'>Warnings</a></nav><main id='main'>"
            f"{main}</main><aside class='current-warnings'><h2>{related}</h2><ul>{current}</ul>"
            f"{ul(headlines(site, 10, 91, '/warnings'))}<p>{published}: {prose(site.lang, s + 3, 6)}</p></aside>"
            + _foot(site, s, 'agency-footer', f"<p>{contact}: 24h duty forecaster · open data · accessibility</p>")
            + f"<script type='application/json' id='map-config'>{layers}</script><script src='/js/warning-map.js' "
            "defer></script></body></html>")


# --- a stock exchange's company announcement -----------------------------------------------------------------------

def filing(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "filing")
    home, search, published, _by, related, _share, download, contact = words(site)
    indices = "".join(f"<li><span class='idx'>{prose(site.lang, _seed(s, 'ix', k), 1).rstrip('.').upper()[:8]}</span>"
                      f" {7000 + _seed(s, k) % 900}.{k}{k} <span class='{('up', 'down')[k % 2]}'>"
                      f"{('+', '−')[k % 2]}0.{_seed(s, k, 2) % 90:02d}%</span></li>" for k in range(8))
    config = json.dumps({"rns": {"refresh": 60, "categories": ["MSCH", "DSH", "RES", "IR", "TVR", "SUS", "DEL", "ACQ",
                                                                "NOA", "RAG"], "issuers": [
        {"tidm": f"{prose(site.lang, _seed(s, 'i', k), 1)[:4].upper()}{k}", "isin": f"GB00{_seed(s, 'isin', k) % 10**8:08d}"}
        for k in range(40)]}}, ensure_ascii=False)
    if page is not None:
        paras = _paras(body)
        issuer = prose(site.lang, s, 2).rstrip(".").title() + " plc"
        tidm = issuer[:4].upper()
        facts = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in (
            ("Issuer", issuer), ("TIDM", tidm), ("ISIN", f"GB00{s % 10**8:08d}"), ("Category", "Regulatory"),
            (published, f"{page.date or '2024-05-06'} 07:00"), ("Announcement ID", f"{s % 10**7:07d}Q")))
        others = "".join(f"<tr><td>2024-0{k % 9 + 1}-1{k}</td><td><a href='{h}'>{t}</a></td></tr>"
                         for k, (h, t) in enumerate(headlines(site, 10, 97, f'/market-news/{tidm}')))
        files = "".join(f"<li><a href='/files/{s % 10**6}-{k}.pdf'>{download} ({140 + k * 61} KB)</a></li>"
                        for k in range(3))
        main = (f"<table class='rns-meta'>{facts}</table><article class='announcement'><h1>{heading}</h1>"
                f"{_credit(site, page, issuer)}<div class='rns-body'>{''.join(paras)}</div><ul class='attachments'>"
                f"{files}</ul><p class='disclaimer'>{prose(site.lang, s + 4, 28)}</p></article><section class='more-"
                f"from-issuer'><h2>{related}</h2><table>{others}</table></section>")
    else:
        main = f"<section class='static'><h1>{heading}</h1>{body}</section>"
    return (_head(site, page, title, s, 950 + s % 2200) + f"<body class='exchange'><ul class='index-strip'>{indices}</ul>"
            f"<header class='exchange-header'><a class='logo' href='/'>{site.name}</a><nav>"
            + "".join(f"<a href='/markets/{w.lower()}/'>{w}</a>" for w in sections(site.lang, 9))
            + f"</nav><form action='/announcements/search'><input name='keyword' placeholder='{search}'></form></header>"
            f"<nav class='crumb'><a href='/'>{home}</a> › <a href='/market-news/'>Market news</a></nav><main>{main}"
            f"</main><aside class='market-news'><h2>{related}</h2>{ul(headlines(site, 14, 101, '/market-news'))}</aside>"
            + _foot(site, s, 'exchange-footer', f"<p>{contact}: {prose(site.lang, s + 5, 8)}</p>")
            + f"<script>window.__RNS_CONFIG__ = {config};</script></body></html>")


# --- a podcast host's episode page ---------------------------------------------------------------------------------

def pod(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "pod")
    home, search, published, _by, related, share, _dl, _contact = words(site)
    apps = "".join(f"<a class='subscribe {a.lower().replace(' ', '-')}' href='https://{a.lower().replace(' ', '')}"
                   f".example/show/{s % 10**6}'>{a}</a>" for a in ("Apple Podcasts", "Spotify", "Pocket Casts",
                                                                   "Overcast", "RSS"))
    episodes = "".join(f"<li class='ep-card'><span class='ep-no'>#{120 - k}</span> <a href='{h}'>{t}</a> <span "
                       f"class='dur'>{35 + k}:{k * 13 % 60:02d}</span></li>"
                       for k, (h, t) in enumerate(headlines(site, 14, 107, '/episodes')))
    if page is not None:
        paras = _paras(body)
        number = _seed(heading) % 300 + 1
        chapters = [{"startTime": k * 311, "title": prose(site.lang, _seed(heading, 'ch', k), 4)} for k in range(7)]
        player = json.dumps({"audio": {"src": f"/media/{s % 10**6}/{number}.mp3", "type": "audio/mpeg",
                                       "duration": 2400 + number, "waveform": [(_seed(heading, k) % 97) / 100
                                                                               for k in range(220)]},
                             "chapters": chapters}, ensure_ascii=False)
        ld = json.dumps({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": heading,
                         "episodeNumber": number, "datePublished": page.date,
                         "partOfSeries": {"@type": "PodcastSeries", "name": site.name}}, ensure_ascii=False)
        notes = "".join(f"<li><a href='https://link{k}.example/{_seed(heading, k) % 10**5}'>"
                        f"{prose(site.lang, _seed(s, 'note', k), 5)}</a></li>" for k in range(6))
        chapter_list = "".join(f"<li><button data-t='{c['startTime']}'>{c['startTime'] // 60:02d}:"
                               f"{c['startTime'] % 60:02d}</button> {c['title']}</li>" for c in chapters)
        content = (f"<script type='application/ld+json'>{ld}</script><div class='episode-head'><span class='season'>"
                   f"S{number // 50 + 1} · E{number}</span><h1 class='episode-title'>{heading}</h1>{_credit(site, page)}"
                   f"</div><div class='player' data-config='{player.replace(chr(39), '&#39;')}'><audio preload='none'>"
                   f"</audio></div><div class='share'>{share}</div><ol class='chapters'>{chapter_list}</ol><div "
                   f"class='show-notes'>{paras[0]}<ul>{notes}</ul></div><section class='transcript'><h2>Transcript</h2>"
                   f"{''.join(paras[1:])}</section>")
    else:
        content = f"<div class='panel'><h1>{heading}</h1>{body}</div>"
    return (_head(site, page, title, s, 800 + s % 2600, "<link rel='alternate' type='application/rss+xml' href='/feed."
                                                        "xml'>")
            + f"<body class='podcast-site'><div class='show-header'><img class='cover' src='/art/{s % 10**5}.jpg' "
            f"width='300' height='300' alt=''><div><a class='show-title' href='/'>{site.name}</a><p class='show-desc'>"
            f"{prose(site.lang, s + 1, 30)}</p><div class='apps'>{apps}</div></div></div><div class='topnav'><a "
            f"href='/'>{home}</a> <a href='/episodes/'>Episodes</a> <a href='/about'>About</a> <form action='/search'>"
            f"<input name='q' placeholder='{search}'></form></div><div id='content' class='episode-wrap'>{content}</div>"
            f"<div class='more-episodes'><h2>{related}</h2><ul>{episodes}</ul></div>"
            + _foot(site, s, 'host-footer', f"<p>{published}: {prose(site.lang, s + 2, 5)} · Hosted by Castline</p>")
            + "<script src='/embed/player.js' async></script></body></html>")


# --- a university's institutional repository -----------------------------------------------------------------------

def repo(site: Site, page: Article | None, title: str, heading: str, body: str) -> str:
    s = _seed(site.name, "repo")
    home, search, published, _by, related, share, download, contact = words(site)
    communities = "".join(f"<li><a href='/handle/2440/{k + 1}'>{prose(site.lang, _seed(s, 'c', k), 3)}</a> "
                          f"<span class='count'>[{200 + _seed(s, k) % 3000}]</span></li>" for k in range(16))
    if page is not None:
        paras = _paras(body)
        names = list(dict.fromkeys(author(site, k) for k in range(3 if page.byline else 0)))
        handle = f"2440/{s % 90000 + 10000}"
        tags = "".join(f"<meta name='citation_author' content='{n}'>" for n in names)
        tags += f"<meta name='citation_title' content='{heading}'><meta name='DC.identifier' content='hdl:{handle}'>"
        if page.date:
            tags += f"<meta name='citation_publication_date' content='{page.date[:4]}'>"
        fields = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in (
            ("dc.contributor.author", "; ".join(names) or "—"), ("dc.date.issued", page.date or "—"),
            ("dc.identifier.uri", f"http://hdl.handle.net/{handle}"), ("dc.type", "Thesis"),
            ("dc.subject", prose(site.lang, s + 2, 4)), ("dc.rights", "CC BY 4.0")) if v)
        files = "".join(f"<tr><td><a href='/bitstream/handle/{handle}/{k}.pdf'>{download} {k + 1}</a></td><td>"
                        f"{1 + _seed(s, k) % 40}.{k} MB</td><td>PDF</td></tr>" for k in range(3))
        stats = "".join(f"<li>{2019 + k}: {_seed(heading, k) % 900}</li>" for k in range(6))
        main = (f"<div class='item-summary-view'><h1 class='page-header'>{heading}</h1>"
                + (f"<div class='simple-item-view-authors'>{'<br>'.join(names)}</div>" if names else "")
                + (f"<div class='simple-item-view-date'>{published}: {page.date}</div>" if page.date else "")
                + f"<div class='simple-item-view-description'><h2>Abstract</h2>{''.join(paras)}</div><table "
                f"class='ds-table file-list'>{files}</table><table class='ds-includeSet-table detailtable'>{fields}"
                f"</table><p class='item-uri'>URI: <a href='http://hdl.handle.net/{handle}'>{handle}</a> · {share}</p>"
                f"<div class='usage'><h3>Views</h3><ul>{stats}</ul></div></div>")
    else:
        tags, main = "", f"<div class='ds-static-div primary'><h1 class='page-header'>{heading}</h1>{body}</div>"
    return (_head(site, page, title, s, 900 + s % 2000, tags) + "<body><div id='ds-main'><header class='ds-header'>"
            f"<a id='ds-header-logo-link' href='/'>{site.name}</a><nav class='ds-nav'>"
            + "".join(f"<a href='/browse?type={w.lower()}'>{w}</a>" for w in sections(site.lang, 6))
            + f"</nav><form id='ds-search-form' action='/discover'><input name='query' placeholder='{search}'></form>"
            f"</header><ul class='breadcrumb'><li><a href='/'>{home}</a></li><li><a href='/handle/2440/1'>"
            f"{prose(site.lang, s + 3, 2)}</a></li></ul><div id='ds-body' role='main'>{main}</div><div id='ds-options'>"
            f"<h2>{related}</h2><ul>{communities}</ul>{ul(headlines(site, 10, 113, '/handle/2440'))}</div>"
            + _foot(site, s, 'ds-footer', f"<p>{contact}: repository@library.example · DSpace</p>")
            + "</div></body></html>")


TEMPLATES10 = {"score10": score, "alert10": alert, "filing10": filing, "pod10": pod, "repo10": repo}
