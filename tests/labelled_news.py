"""Real-world-shaped news pages over 22 site templates, each with its true article body.

Every template wraps a :class:`Story` in what a real site puts around and inside
an article and what a reader does not count as the article: cookie and consent
furniture, breadcrumbs, share bars, the headline repeated as a heading, repeated
bylines and author boxes, "UPDATED:" lines, "related stories", "read more"
teasers, subscription and newsletter prompts, photo captions, reader comments,
tickers, footers. The story's own blocks (paragraphs with their links,
subheads, block quotes, list items, a correction note) are the body; their text
is the truth that :func:`news_pages` hands back with each page.

The articles are the fictional ones of ``newspages.py``; the shapes follow
page families seen on the web (semantic CMS, 2000s table layout, WordPress,
AMP, Next.js, wire copy, press releases, live TV sites, ...). Each template's
output was read by hand against its truth (``python tests/labelled_set.py --show NAME``).
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from newspages import ARTICLES, Article

__all__ = ["TEMPLATES", "Story", "make_story", "plain", "story_links"]

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_SUBHEADS = ("What happens next", "A long dispute", "The numbers behind the decision", "Reaction",
             "How we got here")
_CORRECTION = ("Correction: An earlier version of this article misstated the day of the announcement. "
               "It was made in the morning, not the afternoon.")


@dataclass(frozen=True, kw_only=True)
class Story:
    slug: str
    title: str
    author: str
    date: str  # YYYY-MM-DD
    section: str
    blocks: tuple[tuple[str, str], ...]  # (p | h2 | quote | li, text with [label](url) links)

    @property
    def truth(self) -> str:
        return "\n\n".join(plain(text) for _, text in self.blocks)


def plain(text: str) -> str:
    return _LINK.sub(r"\1", text)


def story_links(story: Story) -> list[tuple[str, str]]:
    """(label, url) of every link in the body."""
    return [(m[1], m[2]) for _, text in story.blocks for m in _LINK.finditer(text)]


def make_story(article: Article, rng: random.Random, n: int) -> Story:
    """A story from ``article``: its paragraphs, and some of subheads, a quote, a list, links, a correction."""
    paras = list(article.paragraphs)
    if rng.random() < 0.3:
        paras = paras[:-1]
    blocks: list[tuple[str, str]] = [("p", p) for p in paras]
    if not any(_LINK.search(p) for p in paras):
        i = rng.randrange(1, len(blocks))
        words = blocks[i][1].split(" ")
        at = rng.randrange(2, 8)
        label = " ".join(words[at:at + 3]).strip(",.;:\u201c\u201d")
        if label:
            url = f"https://records.example.org/{article.slug}/{n}"
            blocks[i] = ("p", blocks[i][1].replace(label, f"[{label}]({url})", 1))
    quote = next((i for i, (_, t) in enumerate(blocks) if t.startswith("\u201c")), None)
    if quote is not None and rng.random() < 0.4:
        blocks[quote] = ("quote", blocks[quote][1])
    if rng.random() < 0.45:
        blocks.insert(len(blocks) // 2 + 1, ("h2", _SUBHEADS[n % len(_SUBHEADS)]))
    if rng.random() < 0.25:
        sentences = [s for s in re.split(r"(?<=\.) ", plain(paras[-1])) if len(s) > 20][:3]
        if len(sentences) >= 2:
            blocks += [("h2", "Key facts")] + [("li", s) for s in sentences]
    if rng.random() < 0.2:
        blocks.append(("p", _CORRECTION))
    return Story(slug=f"{article.slug}-{n}", title=article.title, author=article.author, date=article.date,
                 section=article.section, blocks=tuple(blocks))


# -- HTML pieces ---------------------------------------------------------------------------------


def _inline(text: str) -> str:
    out, pos = [], 0
    for m in _LINK.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        out.append(f'<a href="{html.escape(m[2])}">{html.escape(m[1], quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _body(story: Story, inserts: dict[int, str] | None = None, p: str = "<p>{}</p>") -> str:
    """The story's blocks as HTML, with furniture ``inserts`` after the given block numbers."""
    out: list[str] = []
    items: list[str] = []
    for i, (kind, text) in enumerate(story.blocks):
        if kind != "li" and items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if kind == "p":
            out.append(p.format(_inline(text)))
        elif kind == "h2":
            out.append(f"<h2>{_inline(text)}</h2>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{_inline(text)}</p></blockquote>")
        else:
            items.append(f"<li>{_inline(text)}</li>")
        if inserts and i in inserts and kind != "li":
            out.append(inserts[i])
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "\n".join(out)


def _long(iso: str) -> str:
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
    y, m, d = iso.split("-")
    return f"{months[int(m) - 1]} {int(d)}, {y}"


def _e(text: str) -> str:
    return html.escape(text)


def _head(s: Story, site: str, extra: str = "", charset: str = "utf-8") -> str:
    return (f'<head><meta charset="{charset}"><title>{_e(s.title)} | {site}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{_e(s.title)}"><meta property="og:site_name" content="{site}">'
            f'<meta name="author" content="{_e(s.author)}">'
            f'<meta property="article:published_time" content="{s.date}T09:30:00Z">{extra}'
            f'<style>body{{margin:0}} .ad{{min-height:250px}}</style></head>')


def _ld(s: Story, site: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
            "datePublished": f"{s.date}T09:30:00Z", "author": {"@type": "Person", "name": s.author},
            "publisher": {"@type": "Organization", "name": site}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _cookie_banner() -> str:
    return ('<div id="consent" class="cmp-banner" role="dialog" aria-label="Cookie consent"><h2>We value your '
            'privacy</h2><p>We and our 842 partners store and access information on your device, such as cookies, '
            'and process personal data, such as unique identifiers and standard information sent by a device, for '
            'personalised advertising and content, advertising and content measurement, audience research and '
            'services development.</p><p>With your permission we and our partners may use precise geolocation data '
            'and identification through device scanning. You may click to consent to our and our partners\u2019 '
            'processing as described above. Alternatively you may access more detailed information and change '
            'your preferences before consenting or to refuse consenting.</p><button>I accept</button>'
            '<button>Show purposes</button><a href="/privacy">Privacy policy</a></div>')


def _nav(sections: tuple[str, ...]) -> str:
    return "<nav><ul>" + "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections) + "</ul></nav>"


_SECTIONS = ("News", "Local", "Politics", "Business", "Sports", "Opinion", "Arts", "Obituaries")
_RELATED = ("Mayor names new police chief after six-month search", "Stadium deal: what taxpayers will pay",
            "Five takeaways from the governor\u2019s budget speech", "Robotics team heads to world finals",
            "Restaurant inspections: the week\u2019s closures", "Water rates to rise 4 percent next year")


def _related(title: str = "Related stories", tag: str = "aside", k: int = 4) -> str:
    items = "".join(f'<li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(_RELATED[:k]))
    return f'<{tag} class="related"><h3>{title}</h3><ul>{items}</ul></{tag}>'


def _read_more(i: int) -> str:
    t = _RELATED[i % len(_RELATED)]
    return f'<p class="read-more"><strong>Read more:</strong> <a href="/story/{i}">{t}</a></p>'


def _share(label: str = "Share this article") -> str:
    return (f'<div class="share-bar"><span>{label}</span><a href="#fb">Facebook</a><a href="#x">X</a>'
            '<a href="#wa">WhatsApp</a><a href="#mail">Email</a><a href="#copy">Copy link</a></div>')


def _comments(n: int = 4) -> str:
    people = (("riverside_dad", "This is exactly what I have been saying for years. Nobody at city hall "
               "listens to the people who actually ride the buses every single day."),
              ("JKowalski", "Great reporting. Would love a follow-up on where the money actually goes and who "
               "signed the contracts."),
              ("anon1987", "Typical. Raise taxes, cut services, repeat. I have lived here forty years and it "
               "never changes."),
              ("MapleStreetMom", "Thank you for covering this. Our kids deserve better and the board should "
               "answer questions in public."),
              ("old_reporter", "The second paragraph buries the lede. The real story is the audit trail."))
    items = "".join(f'<li class="comment"><div class="comment-author">{u}</div><div class="comment-date">2 hours '
                    f'ago</div><p>{_e(c)}</p><a href="#reply">Reply</a> <a href="#like">Like</a></li>'
                    for u, c in people[:n])
    return (f'<section id="comments" class="comments"><h2>{n} Comments</h2><p>Comments are moderated and may '
            f'take up to a day to appear. Please keep it civil.</p><ol>{items}</ol>'
            '<form><textarea placeholder="Join the discussion"></textarea><button>Post comment</button></form>'
            '</section>')


def _newsletter(inline: bool = False) -> str:
    cls = "newsletter-inline" if inline else "newsletter"
    return (f'<div class="{cls}"><h3>Get the morning briefing</h3><p>The day\u2019s most important stories, '
            'delivered to your inbox every weekday at 6 a.m.</p><form><input type="email" placeholder="Your email">'
            '<button>Sign up</button></form></div>')


def _subscribe_prompt() -> str:
    return ('<div class="paywall-prompt"><p>You have read 3 of your 5 free articles this month.</p>'
            '<p>Subscribe now for unlimited access to local journalism: just $1 for your first month.</p>'
            '<a class="button" href="/subscribe">Subscribe</a> <a href="/login">Already a subscriber? Log in</a></div>')


def _footer(site: str) -> str:
    return (f'<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            f'<li><a href="/ethics">Ethics policy</a></li><li><a href="/privacy">Privacy policy</a></li>'
            f'<li><a href="/terms">Terms of service</a></li><li><a href="/advertise">Advertise</a></li></ul>'
            f'<p>\u00a9 2025 {site}. All rights reserved.</p></footer>')


def _caption(credit: str) -> str:
    return (f'<figure><img src="/img/photo.jpg" alt=""><figcaption>Residents wait outside the hearing room on '
            f'Tuesday evening. ({credit})</figcaption></figure>')


def _byline(s: Story, prefix: str = "By ") -> str:
    return f'<p class="byline">{prefix}<a href="/staff/{s.author.lower().replace(" ", "-")}">{_e(s.author)}</a></p>'


def _page(head: str, body: str, lang: str = "en") -> str:
    return f'<!DOCTYPE html>\n<html lang="{lang}">{head}<body>\n{body}\n</body></html>'


# -- the templates ------------------------------------------------------------------------------

def _chronicle(s: Story, rng: random.Random) -> str:
    """A modern CMS: semantic tags, JSON-LD, kicker, share bar inside the body, related, comments."""
    site = "The Daily Chronicle"
    return _page(_head(s, site, _ld(s, site)), f"""{_cookie_banner()}
<header><a class="logo" href="/">{site}</a>{_nav(_SECTIONS)}<a href="/subscribe">Subscribe</a></header>
<main><article><p class="kicker"><a href="/{s.section.lower()}">{s.section}</a></p><h1>{_e(s.title)}</h1>
{_byline(s)}<time datetime="{s.date}">{_long(s.date)}</time>{_share()}
<div class="article-body">{_body(s, {2: '<div class="ad">Advertisement</div>'})}</div>{_share()}
</article>{_related()}{_comments(3)}</main>{_footer(site)}""")


def _courier(s: Story, rng: random.Random) -> str:
    """An older site: divs, breadcrumbs with '>' separators, 'Posted ... | By' line, print/email tools."""
    site = "Valley Courier"
    return _page(f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{_e(s.title)} - '
                 f'{site}</title><meta name="date" content="{s.date}"><meta name="author" content="{_e(s.author)}">'
                 '</head>', f"""<div id="top"><a href="/">{site}</a>{_nav(_SECTIONS[:6])}</div>
<div id="wrapper"><div id="left-col"><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt;
<a href="/news/{s.section.lower()}">{s.section}</a></div><div class="headline"><h1>{_e(s.title)}</h1></div>
<div class="story-meta">Posted {_long(s.date)} | By {_e(s.author)}, Staff Writer</div>
<div id="story-body">{_body(s, p='<div class="para"><p>{}</p></div>')}</div>
<div class="story-tools"><a href="#">Print</a> | <a href="#">Email this story</a> | <a href="#">Reprints</a></div>
{_comments(2)}</div><div id="right-col">{_related("You might also like")}
<div class="weather">Today: 54\u00b0F, partly cloudy</div></div></div>{_footer(site)}""")


def _press(s: Story, rng: random.Random) -> str:
    """A government press release: official banner, contacts box, '###' end mark, attachments."""
    site = "Office of Public Affairs"
    return _page(f'<head><meta charset="UTF-8"><title>{_e(s.title)} | {site}</title>'
                 f'<meta name="dcterms.date" content="{s.date}"></head>', f"""
<a class="skip" href="#main">Skip to main content</a><div class="gov-banner">An official website of the State
government. Here is how you know.</div><header><div class="agency">{site}</div>{_nav(("Home", "Newsroom", "About"))}
</header><div id="main" role="main"><div class="label">PRESS RELEASE</div><h1>{_e(s.title)}</h1>
<div class="release-date">For immediate release: {_long(s.date)}</div><div class="field-body">{_body(s)}</div>
<p class="end">###</p><div class="contacts"><h3>Media contact</h3><p>Press Office, (555) 010-2000,
press@agency.example</p></div><p><a href="/files/release.pdf">Download this release (PDF)</a></p></div>
<footer><p>Accessibility | FOIA | Privacy | Inspector General</p></footer>""")


def _wire(s: Story, rng: random.Random) -> str:
    """Wire copy: dateline byline block, 'Copyright ... may not be published' line, repeated byline at the end."""
    site = "Metro Wire"
    return _page(_head(s, site), f"""<header><a href="/">{site}</a>{_nav(("Top News", "World", "U.S.", "Business"))}
</header><div class="main"><div class="headline-wrap"><h1 class="headline">{_e(s.title)}</h1>
<div class="byline-block"><span>By {_e(s.author.upper())}</span> <span class="timestamp">{_long(s.date)}</span>
</div></div><div class="RichTextStoryBody">{_body(s, {1: _read_more(1)})}</div>
<p class="credit">{_e(s.author)} is a staff writer covering {s.section.lower()}. Follow on X at @{s.author.split()[0]}
news.</p><p class="copyright">Copyright 2025 {site}. All rights reserved. This material may not be published,
broadcast, rewritten or redistributed.</p>{_related("Top stories", "section", 6)}</div>{_footer(site)}""")


def _tabloid(s: Story, rng: random.Random) -> str:
    """A tabloid: 'UPDATED:' and 'PUBLISHED:' lines, share counts, inline 'Read more' teasers, captions."""
    site = "The Daily Bugle"
    return _page(_head(s, site), f"""{_cookie_banner()}<div id="top">{_nav(("Home", "News", "Showbiz", "Sport"))}</div>
<div class="article-text"><h1>{_e(s.title)}</h1><p class="author-section">By <a href="/author">{_e(s.author)}</a>
for The Daily Bugle</p><p class="byline-section"><span>PUBLISHED: 08:12 EDT, {_long(s.date)}</span> | <span>UPDATED:
14:32 EDT, {_long(s.date)}</span></p><div class="social-share"><span>1.2k shares</span><a href="#">Share</a>
<a href="#">Comments 48</a></div>{_caption("Photo: John Avery/Bugle")}
<div itemprop="articleBody">{_body(s, {0: _read_more(2), 3: _read_more(3)})}</div>
<div class="share-bottom">Share or comment on this article: <a href="#">Facebook</a> <a href="#">X</a></div></div>
{_comments(5)}{_related("MOST READ NEWS", "div", 6)}{_footer(site)}""")


def _paywalled(s: Story, rng: random.Random) -> str:
    """A broadsheet with a metered paywall: prompts inside the body, an author box repeating the byline."""
    site = "The Evening Ledger"
    return _page(_head(s, site, _ld(s, site)), f"""<header><a href="/">{site}</a>{_nav(_SECTIONS)}</header>
<main><article><header><h1>{_e(s.title)}</h1><div class="meta">{_byline(s)}<span>{_long(s.date)}</span></div></header>
<section class="story">{_body(s, {1: _subscribe_prompt(), 4: _newsletter(inline=True)})}</section>
<div class="author-box"><img src="/a.jpg" alt=""><p><strong>{_e(s.author)}</strong> covers {s.section.lower()} for
The Evening Ledger. She previously worked at the Associated Press and can be reached at tips@ledger.example.</p>
</div></article>{_subscribe_prompt()}</main>{_related()}{_footer(site)}""")


def _localtv(s: Story, rng: random.Random) -> str:
    """A local TV station: live bar, weather alert, video box, trending list."""
    site = "KTVX 7 News"
    return _page(_head(s, site), f"""<div class="alert-bar">WEATHER ALERT: Flood watch in effect until 8 PM
<a href="/weather">Details</a></div><header><a href="/">{site}</a>{_nav(("News", "Weather", "Traffic", "Watch Live"))}
</header><div class="live-bar"><a href="/live">WATCH LIVE: 7 News at 6</a></div>
<div class="story"><h1>{_e(s.title)}</h1><div class="meta">by {_e(s.author)} | {_long(s.date)}</div>
<div class="video-player">Video: Officials speak to reporters (2:14)</div>
<div class="story-body">{_body(s)}</div><p class="copyright">Copyright 2025 KTVX. All rights reserved.</p></div>
<div class="trending">{_related("Trending on KTVX", "div", 5)}</div>{_footer(site)}""")


def _wordpress(s: Story, rng: random.Random) -> str:
    """A WordPress news blog: entry header, 'Share this:' and 'Like this:' blocks, related posts, reply form."""
    site = "Northside Dispatch"
    return _page(_head(s, site), f"""<div id="page" class="site"><header id="masthead"><p class="site-title">
<a href="/">{site}</a></p><p class="site-description">Independent news for the north side</p>{_nav(_SECTIONS[:5])}
</header><div id="content"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">
{_e(s.title)}</h1><div class="entry-meta"><span class="posted-on">Posted on {_long(s.date)}</span> <span
class="byline">by {_e(s.author)}</span></div></header><div class="entry-content">{_body(s)}
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Reddit</a></li>
<li><a href="#">Print</a></li></ul></div><div class="likes"><h3>Like this:</h3><p>Like Loading...</p></div>
<div id="jp-relatedposts"><h3>Related</h3>{_related("", "div", 3)}</div></div><footer class="entry-footer">
Categories: <a href="/c/{s.section.lower()}">{s.section}</a> Tags: <a href="/t/council">council</a></footer>
</article><div id="comments">{_comments(3)}<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not
be published. Required fields are marked *</p></div></div></div><aside id="secondary"><h2>Recent Posts</h2>
{_related("", "div", 5)}<h2>Archives</h2><ul><li>March 2025</li><li>February 2025</li></ul></aside></div>
<footer><p>Proudly powered by WordPress</p></footer>""")


def _magazine(s: Story, rng: random.Random) -> str:
    """Long-form magazine: dek, pull quote repeating a sentence, issue note, author bio."""
    site = "The Civic Review"
    pull = plain(next((t for k, t in s.blocks if k == "p"), ""))[:110]
    return _page(_head(s, site, _ld(s, site)), f"""<header><a href="/">{site}</a>{_nav(("Latest", "Magazine",
"Podcasts", "Events"))}</header><article><div class="hero"><h1>{_e(s.title)}</h1><p class="dek">Inside the vote, the
money and the people it will reach.</p><p>{_long(s.date)} \u00b7 12 min read</p>{_byline(s, "Words by ")}</div>
<div class="content">{_body(s, {2: f'<aside class="pullquote">{_e(pull)}</aside>'})}</div>
<p class="issue-note"><em>This article appears in the Spring 2025 issue of The Civic Review.</em></p>
<div class="bio">{_e(s.author)} is a contributing writer.</div></article>{_newsletter()}{_footer(site)}""")


def _amp(s: Story, rng: random.Random) -> str:
    """An AMP page: amp-img, amp-ad, amp-social-share, sidebar menu."""
    site = "Coast Herald"
    amp = '<link rel="canonical" href="/story"><script async src="https://cdn.ampproject.org/v0.js"></script>'
    return _page(_head(s, site, amp), f"""<amp-sidebar id="menu" layout="nodisplay">
{_nav(_SECTIONS)}</amp-sidebar><header><button on="tap:menu">Menu</button><a href="/">{site}</a></header>
<article><h1>{_e(s.title)}</h1><div class="byline">By {_e(s.author)} \u2022 {_long(s.date)}</div>
<amp-img src="/lead.jpg" width="1200" height="800" layout="responsive"></amp-img>
<div class="body">{_body(s, {1: '<amp-ad width="300" height="250" type="doubleclick"></amp-ad>'})}</div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share></article>
<section class="more">{_related("More from Coast Herald", "div", 5)}</section>{_footer(site)}""")


def _tables(s: Story, rng: random.Random) -> str:
    """A 2000s table layout with font tags: nav cell, story cell, ads cell."""
    site = "Prairie Gazette Online"
    paras = _body(s, p='<p><font face="Verdana" size="2">{}</font></p>')
    left = "<br>".join(f'<a href="/{x.lower()}">{x}</a>' for x in _SECTIONS)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{site}: '
            f'{_e(s.title)}</title></head><body bgcolor="#ffffff"><table width="760" border="0"><tr><td colspan="3">'
            f'<img src="/banner.gif" alt="{site}"></td></tr><tr><td width="140" valign="top"><font size="1">{left}'
            f'<br><br>Weather<br>Classifieds<br>Obituaries<br>Subscribe</font></td><td width="480" valign="top">'
            f'<font face="Georgia" size="5"><b>{_e(s.title)}</b></font><br><font size="1">By {_e(s.author)}<br>'
            f'Gazette Staff Writer<br>{_long(s.date)}</font>{paras}<p><font size="1"><a href="/email">E-mail this '
            f'story</a> | <a href="/print">Printer-friendly version</a></font></p></td><td width="140" valign="top">'
            f'<font size="1"><b>Top Stories</b><br>{"<br>".join(_RELATED[:4])}<br><br>ADVERTISEMENT</font></td></tr>'
            f'<tr><td colspan="3"><font size="1">Copyright \u00a9 2025 {site}. All rights reserved. Reproduction '
            f'in whole or in part without permission is prohibited.</font></td></tr></table></body></html>')


def _nextjs(s: Story, rng: random.Random) -> str:
    """A React/Next.js site: hashed class names, data-testid, a __NEXT_DATA__ blob, no <article>."""
    site = "Pulse News"
    state = {"props": {"pageProps": {"headline": s.title, "teasers": list(_RELATED)}}}
    return _page(_head(s, site, _ld(s, site)), f"""<div id="__next"><div class="css-1x8ab2q">{_nav(_SECTIONS[:6])}</div>
<div class="css-9fk2ta"><div data-testid="breadcrumb" class="css-u7v2"><a href="/">Pulse</a><span>/</span><a
href="/{s.section.lower()}">{s.section}</a></div><h1 data-testid="headline" class="css-3b0ek">{_e(s.title)}</h1>
<div class="css-71mqw"><span data-testid="byline">{_e(s.author)}</span><span>{_long(s.date)}</span><span>Updated
4 hours ago</span></div><div data-testid="body" class="css-a2c8x">{_body(s, p='<p class="css-0p1z">{}</p>')}</div>
<div class="css-q0w1">{_share("Share")}</div></div><div class="css-r3l8">{_related("Recommended", "div", 6)}</div>
</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>{_footer(site)}""")


def _medium(s: Story, rng: random.Random) -> str:
    """A blogging platform: member banner, follow/clap/listen controls, author card, 'More from' list."""
    site = "Civic Notes"
    return _page(_head(s, site), f"""<div class="banner">Member-only story</div><article><section><h1>{_e(s.title)}</h1>
<div class="author"><a href="/@author">{_e(s.author)}</a> <button>Follow</button> <span>7 min read</span> \u00b7
<span>{_long(s.date)}</span></div><div class="actions"><button>Listen</button><button>Share</button>
<span>214</span><span>3</span></div>{_body(s)}</section></article><div class="author-card"><h2>Written by
{_e(s.author)}</h2><p>1.2K Followers</p><p>Writing about cities, money and the people in between.</p>
<button>Follow</button></div><div class="more-from"><h2>More from {_e(s.author)}</h2>{_related("", "div", 4)}</div>
<footer><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a></footer>""")


def _newsletters(s: Story, rng: random.Random) -> str:
    """Heavy in-body promotion: newsletter box, 'Most popular' list and podcast promo inside the article."""
    site = "The Metro Post"
    popular = '<div class="inline-popular"><h4>Most popular</h4>' + _related("", "div", 3) + "</div>"
    podcast = ('<div class="promo">Listen to our podcast, <a href="/pod">Metro Minutes</a>, wherever you get your '
               'podcasts.</div>')
    return _page(_head(s, site, _ld(s, site)), f"""{_cookie_banner()}<header><a href="/">{site}</a>{_nav(_SECTIONS)}
</header><main><h1>{_e(s.title)}</h1>{_byline(s)}<p class="date">{_long(s.date)}</p><div class="article__body">
{_body(s, {0: _newsletter(inline=True), 2: popular, 4: podcast})}</div></main>{_comments(2)}{_footer(site)}""")


def _consent_wall(s: Story, rng: random.Random) -> str:
    """A long consent dialog listing purposes and vendors before the article (rendered in the DOM)."""
    site = "Riverside Times"
    vendors = "".join(f"<li>Vendor {k}: advertising partner, legitimate interest, 13 months retention</li>"
                      for k in range(12))
    wall = (f'<div id="onetrust-consent-sdk"><div class="ot-pc">{_cookie_banner()}<h3>Manage consent '
            f'preferences</h3><h4>Strictly necessary cookies</h4><p>These cookies are necessary for the website to '
            f'function and cannot be switched off in our systems. They are usually only set in response to actions '
            f'made by you which amount to a request for services.</p><h4>Performance cookies</h4><p>These cookies '
            f'allow us to count visits and traffic sources so we can measure and improve the performance of our '
            f'site.</p><ul class="vendors">{vendors}</ul><button>Confirm my choices</button></div></div>')
    return _page(_head(s, site), f"""{wall}<header><a href="/">{site}</a>{_nav(_SECTIONS[:6])}</header>
<article><h1>{_e(s.title)}</h1><div class="byline">{_e(s.author)}, {_long(s.date)}</div>
<div class="body">{_body(s)}</div></article>{_related()}{_footer(site)}""")


def _university(s: Story, rng: random.Random) -> str:
    """A university newsroom: breadcrumbs list, 'Story by' and photo credits, 'In this section' sidebar."""
    site = "State University News"
    crumbs = ('<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>'
              f'<a href="/news/{s.section.lower()}">{s.section}</a></li></ol>')
    return _page(_head(s, site), f"""<header><a href="/">{site}</a>{_nav(("Academics", "Research", "News",
"Admissions", "Give"))}</header>{crumbs}<div class="layout"><aside><h2>In this section</h2><ul><li>Press releases
</li><li>Experts guide</li><li>Media contacts</li></ul></aside><main><h1>{_e(s.title)}</h1><p class="meta">Story by
{_e(s.author)} | {_long(s.date)}</p>{_caption("Photo by University Communications")}
<div class="news-body">{_body(s)}</div><div class="media-contact"><h3>Media contact</h3><p>University
Communications, news@univ.example, 555-0100</p></div></main></div>{_footer(site)}""")


def _markets(s: Story, rng: random.Random) -> str:
    """A financial site: ticker bar, 'WATCH NOW' box, market data table outside the story."""
    site = "Market Street Journal"
    ticker = ('<div class="ticker"><span>DOW 39,112.16 +0.43%</span><span>S&amp;P 500 5,487.03 +0.25%</span>'
              '<span>NASDAQ 17,862.23 -0.12%</span><span>10-YR 4.28%</span></div>')
    return _page(_head(s, site, _ld(s, site)), f"""{ticker}<header><a href="/">{site}</a>{_nav(("Markets",
"Business", "Investing", "Tech", "Politics"))}</header><div class="ArticleHeader"><a href="/{s.section.lower()}">
{s.section}</a><h1>{_e(s.title)}</h1><time>PUBLISHED {_long(s.date).upper()} 9:30 AM EDT</time><time>UPDATED
{_long(s.date).upper()} 11:02 AM EDT</time>{_byline(s)}</div><div class="watch"><h3>WATCH NOW</h3><p>VIDEO 03:12
Why municipal bonds are back</p></div><div class="ArticleBody group">{_body(s)}</div>{_related("More In "
+ s.section, "div", 4)}<table class="quotes"><tr><td>MUNI</td><td>102.4</td><td>+0.3</td></tr></table>
{_footer(site)}""")


def _businesswire(s: Story, rng: random.Random) -> str:
    """A press-release distribution page: logo, 'Contacts' block, 'Release Versions', social links."""
    site = "NewsWire Services"
    return _page(_head(s, site), f"""<header><a href="/">{site}</a><a href="/login">Log in</a><a
href="/newsroom">Newsroom</a></header><div class="bw-release"><div class="bw-release-timestamp">{_long(s.date)}
08:00 AM Eastern Daylight Time</div><h1>{_e(s.title)}</h1><div class="bw-release-body">{_body(s)}</div>
<div class="bw-release-contact"><h2>Contacts</h2><p>Press Office<br>media@example.com<br>555-0123</p></div>
<div class="versions">Release Versions: <a href="#">English</a> <a href="#">Espa\u00f1ol</a></div>
<div class="social"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">LinkedIn</a></div></div>
<div class="more-news">{_related("More News From This Source", "div", 4)}</div>{_footer(site)}""")


def _sports(s: Story, rng: random.Random) -> str:
    """A sports-style page: score strip, photo captions with credits, 'UPDATED' line, comments."""
    site = "Sideline Daily"
    strip = ('<div class="scores"><span>FINAL: Hawks 3, Rovers 1</span><span>FINAL: Lions 102, Bears 99</span>'
             '<span>7:05 PM: Comets at Miners</span></div>')
    return _page(_head(s, site), f"""{strip}<header><a href="/">{site}</a>{_nav(("Scores", "Teams", "Video",
"News"))}</header><article><h1>{_e(s.title)}</h1><p class="updated">UPDATED: {_long(s.date)} at 6:41 p.m.</p>
{_byline(s)}{_caption("Getty Images")}<div class="story-text">{_body(s, {2: _caption("AP Photo/Lee Tran")})}</div>
</article>{_comments(4)}{_related("Latest headlines", "div", 6)}{_footer(site)}""")


def _regional(s: Story, rng: random.Random) -> str:
    """A regional group site: region picker, 'ADVERTISEMENT' label, e-edition promo, obituary widget."""
    site = "Lakes Region Group"
    return _page(_head(s, site), f"""<div class="region-picker">Choose your edition: <a href="#">North</a> <a
href="#">South</a> <a href="#">East</a></div><header><a href="/">{site}</a>{_nav(_SECTIONS)}</header>
<div class="eedition">Read today's e-Edition</div><div class="asset"><h1 itemprop="headline">{_e(s.title)}</h1>
<ul class="list-inline"><li>By {_e(s.author)}</li><li>{_long(s.date)}</li></ul><div id="article-body"
itemprop="articleBody">{_body(s, {1: '<div class="ad">ADVERTISEMENT</div>', 3: '<div class="ad">ADVERTISEMENT</div>'})}
</div><div class="tags"><a href="/t/1">Local News</a> <a href="/t/2">{s.section}</a></div></div>
<div class="obits"><h3>Recent obituaries</h3><p>Margaret Ellis, 88, of Pine Hollow</p><p>Robert Chen, 71</p></div>
{_footer(site)}""")


def _syndicated(s: Story, rng: random.Random) -> str:
    """A nonprofit newsroom: republish box, donation appeal, 'This story was produced by' note."""
    site = "Capitol Watch"
    return _page(_head(s, site, _ld(s, site)), f"""<header><a href="/">{site}</a>{_nav(("Investigations",
"Data", "About", "Donate"))}</header><article><h1>{_e(s.title)}</h1>{_byline(s)}<p>{_long(s.date)}</p>
<button class="republish">Republish this story</button><div class="entry">{_body(s, {3: '<div class="donate">'
'<p>Nonprofit journalism depends on readers like you. Donate today and your gift will be matched.</p>'
'<a href="/donate">Donate now</a></div>'})}</div></article><div class="republish-modal"><h2>Republish this
article</h2><p>This work is licensed under a Creative Commons license. You can republish it for free as long as you
credit us.</p></div>{_newsletter()}{_footer(site)}""")


def _liveupdate(s: Story, rng: random.Random) -> str:
    """A story with a 'Key points' box outside the body, a timestamp strip and a fact-box sidebar."""
    site = "National Broadcaster"
    return _page(_head(s, site), f"""{_cookie_banner()}<header><a href="/">{site}</a>{_nav(("Home", "News",
"Sport", "Weather", "iPlayer"))}</header><main><div class="ssrcss-header"><h1 id="main-heading">{_e(s.title)}</h1>
<div class="timestamp"><time>{_long(s.date)}</time><span>Updated 2 hours ago</span></div>
<div class="contributor"><span>{_e(s.author)}</span><span>{s.section} correspondent</span></div></div>
<div class="media">{_caption("Image source, Getty Images")}</div><div data-component="text-block">{_body(s)}</div>
<div class="topics"><h2>Related topics</h2><a href="/t/1">{s.section}</a></div></main>
<aside>{_related("More on this story", "div", 4)}<h2>Top stories</h2>{_related("", "div", 3)}</aside>
{_footer(site)}""")


TEMPLATES: dict[str, Callable[[Story, random.Random], str]] = {
    "chronicle": _chronicle, "courier": _courier, "press": _press, "wire": _wire, "tabloid": _tabloid,
    "paywalled": _paywalled, "localtv": _localtv, "wordpress": _wordpress, "magazine": _magazine, "amp": _amp,
    "tables": _tables, "nextjs": _nextjs, "medium": _medium, "newsletters": _newsletters,
    "consent_wall": _consent_wall, "university": _university, "markets": _markets, "businesswire": _businesswire,
    "sports": _sports, "regional": _regional, "syndicated": _syndicated, "liveupdate": _liveupdate,
}


def stories(n: int, seed: int) -> list[Story]:
    rng = random.Random(seed)
    return [make_story(ARTICLES[i % len(ARTICLES)], rng, i) for i in range(n)]
