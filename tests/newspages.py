"""Realistic news pages for the archive tests and bench, with their true article text.

Each page wraps one article in a site layout full of what extraction must
leave out: a header with navigation, a cookie banner, share buttons, "related"
and "most read" link lists, a newsletter box, reader comments and a footer.
``render`` returns the HTML and the article text a reader would call the
article (headline excluded), so tests and ``bench/archive.py`` can measure
extraction fidelity. The articles are fictional and written for these tests.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "ARTICLES",
    "LAYOUTS",
    "Article",
    "bench_pages",
    "cp1251_page",
    "js_shell",
    "make_pdf",
    "paywall_stub",
    "render",
    "tokens",
]


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    author: str
    date: str  # YYYY-MM-DD
    paragraphs: tuple[str, ...]  # may contain [text](url) links
    section: str = "Politics"


ARTICLES: tuple[Article, ...] = (
    Article(
        "council-transit-budget",
        "City Council Approves Transit Budget After Eleven-Hour Session",
        "Maria Okafor", "2025-03-18",
        (
            "The city council voted 9 to 4 early Wednesday to approve a transit budget of $2.1 billion, "
            "ending an eleven-hour session that stretched past two in the morning and drew more than three "
            "hundred public speakers.",
            "The plan restores late-night bus service on fourteen routes that were cut during the pandemic "
            "and sets aside $180 million for new electric buses, according to [the final budget document]"
            "(https://example.gov/budget/2025-transit.pdf) released by the finance committee.",
            "Council member Dana Whitfield, who chairs the transportation committee, said the vote was a "
            "promise kept to riders who work night shifts. \u201cPeople who clean our offices and staff our "
            "hospitals at three in the morning deserve a bus that actually comes,\u201d she said.",
            "Opponents argued that the budget relies on fare revenue projections that have not been met in "
            "any year since 2019. Council member Peter Lindqvist called the numbers \u201cwishful accounting\u201d "
            "and warned that a shortfall would force mid-year cuts.",
            "The transit agency reported ridership at 78 percent of pre-pandemic levels in February, up from "
            "71 percent a year earlier. Agency officials told the council they expect to reach 85 percent by "
            "the end of the fiscal year.",
            "The budget also funds a pilot program offering free fares to high school students on weekdays, "
            "a measure that student groups had lobbied for over two years.",
            "The mayor is expected to sign the budget next week. It takes effect on July 1.",
        ),
        "City",
    ),
    Article(
        "port-audit-missing-funds",
        "Audit Finds $4.3 Million Unaccounted For at Port Authority",
        "James Whitaker", "2025-05-02",
        (
            "State auditors could not trace $4.3 million in payments made by the regional port authority "
            "between 2021 and 2023, according to a report published Friday by the Office of the State "
            "Auditor.",
            "The report found that the authority paid invoices from three contractors without the "
            "signed delivery receipts its own procurement rules require. In one case, a dredging firm was "
            "paid twice for the same week of work.",
            "\u201cThese are not rounding errors,\u201d State Auditor Helen Marsh said at a news conference. "
            "\u201cThese are basic controls that were simply switched off.\u201d",
            "The port authority\u2019s executive director, Ray Collins, said in a statement that the agency "
            "had already recovered $1.2 million and had referred the remaining payments to the county "
            "prosecutor. He said new software introduced last year now blocks payments without receipts.",
            "The audit recommends that the authority\u2019s board hire an independent inspector general and "
            "publish all contracts above $50,000 online. The board is scheduled to discuss the findings at "
            "its meeting on May 14.",
            "Two members of the legislature\u2019s oversight committee called for hearings. \u201cThe public "
            "deserves to know who signed off on these payments,\u201d said Senator Alicia Romero.",
        ),
    ),
    Article(
        "river-flood-warnings",
        "Flood Warnings Issued for Three Counties as River Nears Record Level",
        "Sofia Lindgren", "2024-11-09",
        (
            "The National Weather Service issued flood warnings for three counties on Saturday as the "
            "Millbrook River rose toward the record level it reached in 1997.",
            "Forecasters expect the river to crest at 31.5 feet on Monday morning, about half a foot below "
            "the record. Flood stage at the Carver Street gauge is 22 feet.",
            "Emergency managers opened shelters at two high schools and urged residents of low-lying "
            "neighborhoods along the east bank to leave before nightfall on Sunday. Volunteers filled more "
            "than 40,000 sandbags on Saturday alone.",
            "\u201cIf you lived here in 1997, you remember how fast the water came up,\u201d said county "
            "emergency director Tom Haskell. \u201cDo not wait for it to reach your street.\u201d",
            "Rainfall totals over the past week exceeded eight inches in parts of the upper watershed, "
            "according to [preliminary data](https://example.gov/weather/rainfall-nov-2024) from the "
            "weather service. More rain is forecast for Tuesday.",
            "The state transportation department closed two bridges as a precaution and said a third could "
            "close if the river rises above 29 feet.",
            "Officials said drinking water remains safe. The city\u2019s treatment plant sits above the "
            "projected crest and has backup generators.",
        ),
        "Weather",
    ),
    Article(
        "hospital-merger-review",
        "Regulators Open Review of Proposed Hospital Merger",
        "Daniel Reyes", "2025-01-27",
        (
            "Federal regulators have opened an in-depth review of the proposed merger between Northside "
            "Health and Valley Medical Partners, the two largest hospital systems in the region, the "
            "companies disclosed on Monday.",
            "The combined system would operate eleven hospitals and control about 60 percent of inpatient "
            "beds in the metropolitan area, according to an analysis by a health policy institute at the "
            "state university.",
            "Economists who study hospital markets say mergers of that size usually lead to higher prices "
            "for employers and insurers. \u201cThe evidence from the last twenty years is fairly "
            "consistent,\u201d said Professor Leah Gordon, who has studied more than fifty hospital mergers.",
            "Executives at both systems say the merger would let them share specialists and keep a rural "
            "hospital open that has lost money for six consecutive years. They have pledged to cap price "
            "increases for five years.",
            "The review is expected to take at least six months. Regulators can sue to block the deal or "
            "negotiate conditions, such as the sale of one or more hospitals.",
            "A coalition of local employers, including the school district and the county government, sent "
            "a letter to regulators last month urging them to examine the deal closely.",
        ),
        "Business",
    ),
    Article(
        "library-digitization-grant",
        "Library Wins Grant to Digitize a Century of Local Newspapers",
        "Priya Natarajan", "2024-08-15",
        (
            "The public library has received a $750,000 federal grant to digitize more than 400,000 pages "
            "of local newspapers published between 1880 and 1985, the library announced Thursday.",
            "The collection includes the complete run of the Evening Ledger, which closed in 1962, and "
            "several short-lived foreign-language weeklies that are not held by any other library.",
            "Many of the papers survive only on brittle microfilm made in the 1960s. Archivists say some "
            "reels have begun to develop vinegar syndrome, a chemical decay that makes the film shrink and "
            "crack.",
            "\u201cEvery year we wait, we lose pages for good,\u201d said head archivist Eleanor Fitch. "
            "\u201cThis grant means a student a hundred years from now can still read what happened on their "
            "street in 1931.\u201d",
            "The scanned pages will be searchable online at no cost. The library expects the first batch, "
            "covering the years 1880 to 1900, to be available next spring.",
            "The project will employ six technicians for three years. The library is also recruiting "
            "volunteers to correct text recognition errors in the older, harder-to-read issues.",
        ),
        "Culture",
    ),
    Article(
        "school-lead-pipes",
        "Tests Find Elevated Lead in Water at Nine Schools",
        "Marcus Bell", "2025-09-04",
        (
            "Water samples from drinking fountains and kitchen taps at nine public schools exceeded the "
            "state\u2019s action level for lead, according to test results released Wednesday by the school "
            "district.",
            "The highest reading, 41 parts per billion, came from a kitchen sink at Lincoln Elementary. The "
            "state action level for schools is 15 parts per billion.",
            "The district shut off the affected fixtures the same day and is providing bottled water at all "
            "nine schools. Parents were notified by email and text message on Wednesday afternoon.",
            "Most of the buildings involved were built before 1950 and still have lead service lines or "
            "lead solder in their plumbing, district facilities director Joan Mercer said. Replacing the "
            "service lines will cost an estimated $6 million.",
            "Pediatricians say there is no safe level of lead exposure for children. The county health "
            "department will offer free blood lead testing at two of the schools next week.",
            "The district tests every school once every three years under a state law passed in 2018. "
            "Advocates have called for annual testing.",
        ),
        "Education",
    ),
)


def _inline(text: str) -> str:
    """Paragraph text with [label](url) links as HTML."""
    out, pos = [], 0
    for m in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)", text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        out.append(f'<a href="{html.escape(m[2])}">{html.escape(m[1], quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _plain(text: str) -> str:
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)


def _long_date(iso: str) -> str:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    y, m, d = iso.split("-")
    return f"{months[int(m) - 1]} {int(d)}, {y}"


_RELATED = [
    ("Mayor names new police chief after six-month search", "/city/police-chief"),
    ("Opinion: The stadium deal is a bad bet for taxpayers", "/opinion/stadium"),
    ("Five takeaways from the governor's budget speech", "/politics/budget-takeaways"),
    ("High school robotics team heads to world finals", "/education/robotics"),
    ("Restaurant inspections: the week's closures", "/food/inspections"),
]
_COMMENTS = [
    ("riverside_dad", "This is exactly what I have been saying for years. Nobody at city hall listens."),
    ("JKowalski", "Great reporting. Would love a follow-up on where the money actually goes."),
    ("anon1987", "Typical. Raise taxes, cut services, repeat."),
]


def _chrome_header(site: str, sections: list[str]) -> str:
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    return (f'<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to '
            f'show you personalised advertising. By continuing you agree to our cookie policy.</p>'
            f'<button>Accept all</button><button>Manage settings</button></div>'
            f'<header class="site-header"><a class="logo" href="/">{site}</a>'
            f'<nav aria-label="Main"><ul>{nav}</ul></nav>'
            f'<form class="search" action="/search"><input name="q" placeholder="Search"></form>'
            f'<a class="subscribe" href="/subscribe">Subscribe for $1 a week</a></header>')


def _related_list(title: str) -> str:
    items = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in _RELATED)
    return f'<aside class="related"><h2>{title}</h2><ul>{items}</ul></aside>'


def _comments() -> str:
    items = "".join(f'<li class="comment"><span class="user">{u}</span><p>{html.escape(c)}</p>'
                    f'<a href="#reply">Reply</a> <a href="#report">Report</a></li>' for u, c in _COMMENTS)
    return (f'<section id="comments" class="comments"><h2>Comments ({len(_COMMENTS)})</h2>'
            f'<p class="rules">Comments are moderated. Please be civil.</p><ol>{items}</ol></section>')


def _footer(site: str) -> str:
    return (f'<footer class="site-footer"><div class="newsletter"><h3>Get the morning briefing</h3>'
            f'<p>The day\'s top stories, in your inbox every weekday at 6 a.m.</p>'
            f'<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>'
            f'<ul class="links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            f'<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>'
            f'<li><a href="/jobs">Careers</a></li></ul><p class="copyright">\u00a9 2025 {site}. All rights '
            f'reserved.</p></footer>')


def _layout_semantic(a: Article, url: str) -> str:
    """A modern CMS page: semantic tags, JSON-LD and Open Graph metadata."""
    site = "The Daily Chronicle"
    body = "".join(f"<p>{_inline(p)}</p>" for p in a.paragraphs[:3])
    body += ('<figure class="ad"><div class="ad-slot">Advertisement</div></figure>'
             '<div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a>'
             '<a href="#">Email</a></div>')
    body += "".join(f"<p>{_inline(p)}</p>" for p in a.paragraphs[3:])
    ld = (f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":{_json(a.title)},"datePublished":"{a.date}T08:00:00Z",'
          f'"author":{{"@type":"Person","name":{_json(a.author)}}},"publisher":{{"@type":"Organization","name":"{site}"}}}}')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(a.title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{html.escape(a.title)}">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{html.escape(url)}">
<meta name="author" content="{html.escape(a.author)}">
<meta property="article:published_time" content="{a.date}T08:00:00Z">
<link rel="canonical" href="{html.escape(url)}">
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
<style>body{{font-family:Georgia,serif}} .ad-slot{{height:250px}}</style>
</head><body>
{_chrome_header(site, ["News", "City", "Politics", "Business", "Sports", "Opinion", "Culture"])}
<main>
<article class="story">
<p class="kicker"><a href="/{a.section.lower()}">{a.section}</a></p>
<h1>{html.escape(a.title)}</h1>
<p class="byline">By <a rel="author" href="/staff/{a.slug}">{html.escape(a.author)}</a> \u00b7
<time datetime="{a.date}T08:00:00Z">{_long_date(a.date)}</time></p>
<div class="article-body">{body}</div>
<p class="tags">Topics: <a href="/t/1">Local government</a>, <a href="/t/2">{a.section}</a></p>
</article>
{_related_list("Related stories")}
{_comments()}
</main>
<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/a">Storm knocks out power to 20,000 homes</a></li>
<li><a href="/b">Review: the new bistro on Fifth Street is worth the wait</a></li>
<li><a href="/c">Police seek witnesses after downtown crash</a></li></ol></aside>
{_footer(site)}
<script src="/static/app.js"></script>
</body></html>"""


def _layout_divsoup(a: Article, url: str) -> str:
    """An older site: tables of divs, no semantic tags, metadata only in <meta name=...>."""
    site = "Valley Courier"
    paras = "".join(f'<div class="para"><p>{_inline(p)}</p></div>' for p in a.paragraphs)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(a.title)} - {site}</title>
<meta name="description" content="{html.escape(_plain(a.paragraphs[0])[:150])}">
<meta name="date" content="{a.date}">
<meta name="author" content="{html.escape(a.author)}">
</head>
<body class="article-page">
<div id="top">{_chrome_header(site, ["Home", "Local", "State", "Sports", "Obituaries", "Classifieds"])}</div>
<div id="wrapper"><div id="left-col">
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/local">Local</a> &gt; {a.section}</div>
<div id="story-container">
<div class="headline"><h1>{html.escape(a.title)}</h1></div>
<div class="story-meta">Posted {_long_date(a.date)} | By {html.escape(a.author)}, Staff Writer</div>
<div id="story-body">{paras}</div>
<div class="story-tools"><a href="#">Print</a> | <a href="#">Email this story</a> | <a href="#">Reprints</a></div>
</div>
{_comments()}
</div>
<div id="right-col">{_related_list("You might also like")}
<div class="weather-widget">Today: 54\u00b0F, partly cloudy</div>
<div class="ad">ADVERTISEMENT</div></div></div>
{_footer(site)}
</body></html>"""


def _layout_press(a: Article, url: str) -> str:
    """A government press release: little chrome, a contacts box, a PDF link."""
    site = "Office of Public Affairs"
    paras = "".join(f"<p>{_inline(p)}</p>" for p in a.paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>{html.escape(a.title)} | {site}</title>
<meta name="dcterms.date" content="{a.date}"><meta name="dcterms.creator" content="{html.escape(a.author)}">
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<div class="gov-banner">An official website of the government. Here is how you know.</div>
<header><div class="agency">{site}</div><nav><a href="/">Home</a> <a href="/news">Newsroom</a>
<a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<div id="main" role="main"><div class="press-release">
<div class="label">PRESS RELEASE</div>
<h1>{html.escape(a.title)}</h1>
<div class="release-date">For immediate release: {_long_date(a.date)}</div>
<div class="field-body">{paras}</div>
<div class="contacts"><h3>Media contact</h3><p>Press Office, (555) 010-2000</p></div>
<p class="attachments"><a href="/files/release.pdf">Download this release (PDF)</a></p>
</div></div>
<footer><p>Accessibility | FOIA | Privacy | Inspector General | USA.gov</p></footer>
</body></html>"""


LAYOUTS = {"semantic": _layout_semantic, "divsoup": _layout_divsoup, "press": _layout_press}


def _json(text: str) -> str:
    import json

    return json.dumps(text)


def render(article: Article, layout: str = "semantic", url: str = "https://news.example/") -> tuple[str, str]:
    """(html, true article text) for ``article`` in ``layout``."""
    return LAYOUTS[layout](article, url), "\n\n".join(_plain(p) for p in article.paragraphs)


def js_shell(title: str = "Loading\u2026") -> str:
    """A single-page-app shell: no text until JavaScript runs."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/static/app.css"><script defer src="/static/vendor.js"></script>
<script defer src="/static/app.js"></script></head>
<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>
<script>window.__INITIAL_STATE__={{"route":"/article/123","user":null}};</script></body></html>"""


def paywall_stub(article: Article) -> str:
    """A paywalled page: the headline and a teaser sentence, then a subscription wall."""
    teaser = _plain(article.paragraphs[0]).split(". ")[0] + "."
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(article.title)}</title>
</head><body><header><a href="/">The Ledger</a><nav><a href="/news">News</a></nav></header>
<article><h1>{html.escape(article.title)}</h1><p class="teaser">{html.escape(teaser[:120])}</p>
<div class="paywall"><h2>Subscribe to keep reading</h2><p>Already a subscriber? <a href="/login">Log in</a></p>
</div></article><footer>\u00a9 The Ledger</footer></body></html>"""


CP1251_TITLE = "Городская дума утвердила бюджет на ремонт дорог"
CP1251_PARAGRAPHS = (
    "Депутаты городской думы в четверг утвердили бюджет на ремонт дорог в размере двух "
    "миллиардов рублей. За проект проголосовали двадцать два депутата, против \u2014 трое.",
    "Большая часть средств пойдёт на ремонт мостов через реку и замену асфальта на "
    "центральных улицах. Работы начнутся в мае и завершатся до конца октября.",
    "Председатель комиссии по бюджету сказала, что город впервые за десять лет публикует "
    "полный список подрядчиков и стоимость каждого контракта на сайте мэрии.",
    "Жители смогут сообщать о ямах на дорогах через новое мобильное приложение, "
    "которое запустят в апреле. Каждая заявка будет рассмотрена в течение семи дней.",
)


def cp1251_page(with_meta: bool = True) -> tuple[bytes, str]:
    """A Russian-language page encoded in windows-1251 (declared in a meta tag, or not at all)."""
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">' if with_meta else ""
    paras = "".join(f"<p>{p}</p>" for p in CP1251_PARAGRAPHS)
    page = (f"<html><head>{meta}<title>{CP1251_TITLE}</title></head><body>"
            f"<div class='menu'><a href='/'>Главная</a> "
            f"<a href='/news'>Новости</a></div>"
            f"<div class='news'><h1>{CP1251_TITLE}</h1><div class='date'>12.03.2025</div>{paras}</div>"
            f"<div class='footer'>\u00a9 Городские вести</div></body></html>")
    return page.encode("cp1251"), "\n\n".join(CP1251_PARAGRAPHS)


def make_pdf(title: str, lines: list[str], author: str = "Office of Public Affairs",
             date: str = "20250218") -> bytes:
    """A small, valid one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td", f"({esc(title)}) Tj", "T*"]
    ops += [f"({esc(line)}) '" for line in lines]
    ops.append("ET")
    from pdfwriter import assemble_pdf

    return assemble_pdf(["\n".join(ops).encode("cp1252")], title, author, date)


def _heavy_chrome(rng: random.Random) -> tuple[str, str]:
    """What makes a real news page 150-300 kB: a mega-menu, a state blob, link farms, many comments."""
    words = ["city", "council", "budget", "school", "river", "port", "hospital", "library", "police", "court", "election", "vote", "mayor", "weather", "sports", "business", "opinion", "culture", "health", "science", "travel", "food", "review"]
    menu = "".join(
        f'<li class="menu-section"><a href="/{w}">{w.title()}</a><ul>'
        + "".join(f'<li><a href="/{w}/{rng.choice(words)}-{j}">{rng.choice(words).title()} '
                  f'{rng.choice(words)} {j}</a></li>' for j in range(14)) + "</ul></li>" for w in words)
    state = {"articles": [{"id": k, "headline": " ".join(rng.choice(words) for _ in range(9)),
                           "teaser": " ".join(rng.choice(words) for _ in range(30))} for k in range(120)]}
    farm = "".join(f'<div class="promo"><a href="/p/{k}"><img src="/img/{k}.jpg" alt="">'
                   f'<span>{" ".join(rng.choice(words) for _ in range(8)).capitalize()}</span></a></div>'
                   for k in range(60))
    comments = "".join(f'<li class="comment"><span class="user">reader{k}</span><p>'
                       f'{" ".join(rng.choice(words) for _ in range(25)).capitalize()}.</p></li>' for k in range(40))
    head = (f'<nav class="mega-menu"><ul>{menu}</ul></nav>'
            f'<script>window.__STATE__={_json_blob(state)}</script>')
    tail = (f'<section class="promos"><h2>More from the site</h2>{farm}</section>'
            f'<section class="comments more"><h2>More comments</h2><ol>{comments}</ol></section>')
    return head, tail


def _json_blob(data: object) -> str:
    import json

    return json.dumps(data).replace("</", "<\\/")


def bench_pages(n: int, seed: int = 7, heavy: bool = False) -> Iterator[tuple[str, str, str]]:
    """``n`` distinct (path, html, true text) pages: articles with shuffled, subset paragraphs.

    ``heavy`` adds the bulk of a real news page around the article (menus, state blobs, promos,
    comments), so that extraction costs what it costs on the web.
    """
    rng = random.Random(seed)
    layouts = list(LAYOUTS)
    for i in range(n):
        base = ARTICLES[i % len(ARTICLES)]
        paras = list(base.paragraphs)
        rng.shuffle(paras)
        keep = paras[: max(4, len(paras) - rng.randrange(3))]
        art = Article(f"{base.slug}-{i}", f"{base.title} ({i})", base.author, base.date, tuple(keep), base.section)
        page, truth = render(art, layouts[i % len(layouts)], f"http://bench.test/{art.slug}")
        if heavy:
            head, tail = _heavy_chrome(rng)
            page = page.replace("<body", "<body", 1)
            cut = page.index(">", page.index("<body")) + 1
            end = page.rindex("</body>")
            page = page[:cut] + head + page[cut:end] + tail + page[end:]
        yield f"/news/{art.slug}", page, truth


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, for precision/recall against the true text."""
    return re.findall(r"\w+", text.lower())
