"""A labelled set of live and dead pages on simulated sites, to measure soft-404 detection.

Twenty-three sites, each on its own loopback address with its own template,
behave the ways real sites do when a page is missing or cannot be seen:

* sites that answer a made-up URL with an honest 404 but keep a removed
  article's slug alive with a 200 "content unavailable" page, in English,
  German, French and Spanish, with the cue in the title, in the heading only,
  or only in a short main region inside long boilerplate (the article's old
  headline kept as the title);
* sites that answer every missing page with a 200 template, with or without
  telling words, echoing the path, with a "trending" rail that changes on
  every request; redirects to the home page or to a search page; an app shell
  that is the same for every URL;
* live pages that must never be called dead: bot walls (Cloudflare, DataDome,
  a 200 "Are you a robot?" page served for every URL), paywall teasers,
  cookie-consent interstitials served for every URL and cookie banners over
  articles, short real pages (photo captions, briefs, corrections) on honest
  and on soft sites, and headlines that look like cues ("Missing hiker not
  found …", "Vermisster Wanderer … nicht gefunden", "Le suspect reste introuvable").

Used by tests/check/test_soft404.py and bench/soft404.py (docs/check.md reports the numbers).
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from servers import Handler, LoopbackServer

from pipeline.models import Verdict

WORDS = ["council", "budget", "river", "school", "court", "mayor", "election", "report", "police", "hospital",
         "water", "energy", "policy", "union", "strike", "contract", "housing", "market", "bank", "inflation",
         "trade", "port", "railway", "bridge", "fire", "storm", "flood", "harvest", "museum", "festival", "library",
         "study", "scientists", "vaccine", "climate", "minister", "senate", "governor", "lawsuit", "judge",
         "company", "investors", "shares", "profit", "merger", "factory", "workers", "wages", "tax", "audit",
         "fraud", "charity", "donors"]

LIVE, SOFT_404, GONE = "live", "soft_404", "gone"


def prose(seed: int, words: int) -> str:
    rnd = random.Random(seed)
    out = []
    for i in range(words):
        out.append(rnd.choice(WORDS) + ("." if i % 12 == 11 else ""))
    return " ".join(out).capitalize()


def layout(site: str, title: str, heading: str, body: str, boilerplate: int = 40, lang: str = "en") -> str:
    nav = prose(sum(map(ord, site)), boilerplate)
    return (f"<!doctype html><html lang='{lang}'><head><title>{title}</title></head><body><header>{site}</header>"
            f"<nav>{nav}</nav><main><h1>{heading}</h1><p>{body}</p></main>"
            f"<footer>{site} - about us - contact - privacy - terms</footer></body></html>")


@dataclass
class Page:
    title: str
    body: str
    heading: str | None = None  # None: the title
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    html: str | None = None  # the whole page, instead of the site's layout
    note: str = "article"  # article | tricky | bot_wall | paywall | consent | short


@dataclass
class Site:
    name: str
    live: dict[str, Page]
    missing: Callable[[Handler, Site], None]  # the answer for any other path
    dead: list[str] = field(default_factory=list)  # paths answered by ``missing``
    dead_kind: str = SOFT_404  # what ``missing`` makes of them: a soft 404, or gone (an honest 404)
    removed: list[str] = field(default_factory=list)  # removed articles whose slug answers 200 (``removed_page``)
    removed_page: Callable[[Handler, Site], None] | None = None
    boilerplate: int = 40
    lang: str = "en"
    every_url: Callable[[Handler, Site], None] | None = None  # a wall in front of every page

    def render(self, h: Handler, page: Page) -> None:
        html = page.html or layout(self.name, page.title, page.title if page.heading is None else page.heading,
                                   page.body, self.boilerplate, self.lang)
        h.send(page.status, html, page.headers)

    def route(self, h: Handler) -> None:
        path = h.route_path
        if path == "/robots.txt":
            h.send(404, "")
        elif self.every_url is not None:
            self.every_url(h, self)
        elif path == "/":
            self.render(h, Page(f"{self.name} - Home", prose(1, 120), "Top stories"))
        elif path in self.live:
            self.render(h, self.live[path])
        elif path in self.removed and self.removed_page is not None:
            self.removed_page(h, self)
        else:
            self.missing(h, self)


def _articles(seed: int, n: int, words: int = 300, titles: tuple[str, ...] = (), note: str = "article",
              site: str = "") -> dict[str, Page]:
    out = {}
    for i in range(n):
        title = titles[i] if i < len(titles) else f"Story {seed}-{i}: " + prose(seed * 100 + i, 6)
        out[f"/news/2024/story-{seed}-{i}"] = Page(f"{title} | {site}" if site else title,
                                                   prose(seed * 1000 + i, words), title,
                                                   note="tricky" if i < len(titles) else note)
    return out


def _dead(seed: int, n: int, prefix: str = "removed-story") -> list[str]:
    return [f"/news/2023/{prefix}-{seed}-{i}" for i in range(n)]


# --- how sites answer for missing pages -------------------------------------------------------

def _honest_404(h: Handler, site: Site) -> None:
    h.send(404, layout(site.name, "Not found", "Not found", "No such page."))


def _template(heading: str, title: str | None = None) -> Callable[[Handler, Site], None]:
    def missing(h: Handler, site: Site) -> None:
        h.send(200, layout(site.name, title or site.name, heading, "Try the search box or visit the front page.",
                           site.boilerplate))
    return missing


def _rotating_rail(h: Handler, site: Site) -> None:
    """A "not found" template whose "trending now" rail changes on every request."""
    h.send(200, layout(site.name, site.name, "Page missing",
                       "Trending now: " + prose(random.randrange(10**6), 15) + ". Try the search box."))


def _section_index(h: Handler, site: Site) -> None:
    h.send(200, layout(site.name, site.name, "Latest stories", prose(2, 150)))


def _to_home(h: Handler, site: Site) -> None:
    h.redirect("/", 302)


def _to_search(h: Handler, site: Site) -> None:
    slug = h.route_path.rsplit("/", 1)[-1]
    if h.route_path == "/search":
        h.send(200, layout(site.name, f"Search | {site.name}", "Search", "Results for your query. " + prose(3, 30)))
    else:
        h.redirect(f"/search?q={slug}", 301)


def _shell(h: Handler, site: Site) -> None:
    h.send(200, "<!doctype html><html><head><title>Shell App</title></head><body><div id='app'></div>"
                "<script src='/app.js'></script></body></html>")


def _echo(h: Handler, site: Site) -> None:
    h.send(200, layout(site.name, site.name, "Hmm", f"The page {h.route_path} could not be found on {site.name}."))


# --- what honest sites answer for a removed article's slug -------------------------------------

def _removed(title: str, heading: str, body: str, boilerplate: int | None = None) -> Callable[[Handler, Site], None]:
    def page(h: Handler, site: Site) -> None:
        h.send(200, layout(site.name, title.format(site=site.name), heading, body,
                           site.boilerplate if boilerplate is None else boilerplate, site.lang))
    return page


def _removed_keeping_headline(h: Handler, site: Site) -> None:
    """The old headline stays as the title; the heading says the story was removed; a long related rail."""
    slug = h.route_path.rsplit("/", 1)[-1]
    h.send(200, layout(site.name, f"{slug.replace('-', ' ').title()} | {site.name}", "This story has been removed",
                       "Related coverage: " + prose(7, 280), site.boilerplate, site.lang))


# --- walls in front of every page ----------------------------------------------------------------

def _cloudflare(h: Handler, site: Site) -> None:
    h.send(403, "<!doctype html><html><head><title>Just a moment...</title></head><body>"
                "<p>Enable JavaScript and cookies to continue</p></body></html>",
           {"cf-mitigated": "challenge", "Server": "cloudflare"})


def _datadome(h: Handler, site: Site) -> None:
    h.send(403, "<html><head><title>" + site.name + "</title></head><body><iframe "
                "src='https://geo.captcha-delivery.com/captcha/?initialCid=x'></iframe></body></html>",
           {"x-datadome": "protected", "Server": "DataDome"})


def _robot_check(h: Handler, site: Site) -> None:
    h.send(200, layout(site.name, "Are you a robot?", "Please confirm you are human",
                       "Please verify you are a human to continue reading. " + prose(5, 20)))


def _consent_interstitial(h: Handler, site: Site) -> None:
    h.send(200, "<!doctype html><html><head><title>Before you continue</title></head><body><main>"
                "<h1>Before you continue to " + site.name + "</h1><p>We use cookies and data to deliver and "
                "maintain our services, measure audience engagement and show personalised ads. "
                "If you choose to Accept all, we will also use cookies for those purposes. "
                "Select Reject all to decline.</p><button>Reject all</button><button>Accept all</button>"
                "</main></body></html>")


def _paywall(seed: int, n: int, site: str) -> dict[str, Page]:
    out = {}
    for i in range(n):
        title = f"Exclusive {seed}-{i}: " + prose(seed * 77 + i, 6)
        out[f"/premium/2024/teaser-{seed}-{i}"] = Page(
            f"{title} | {site}", prose(seed * 91 + i, 35) + " Subscribe to continue reading. "
            "Already a subscriber? Log in. Get unlimited access for 1 dollar a week.", title, note="paywall")
    return out


def _short(seed: int, n: int, site: str) -> dict[str, Page]:
    kinds = ["Photo: ", "Correction: ", "Video: ", "In brief: "]
    out = {}
    for i in range(n):
        title = kinds[i % len(kinds)] + prose(seed * 53 + i, 5)
        out[f"/news/2024/short-{seed}-{i}"] = Page(f"{title} | {site}", prose(seed * 57 + i, 8 + 3 * i), title,
                                                  note="short")
    return out


def _banner_articles(seed: int, n: int, site: str) -> dict[str, Page]:
    out = {}
    for path, page in _articles(seed, n, site=site).items():
        page.body = ("We value your privacy. We and our partners use cookies to store and access information on "
                     "your device. Accept all Reject all Manage preferences. ") + page.body
        page.note = "consent"
        out[path] = page
    return out


def _consent_pages(seed: int, n: int) -> dict[str, Page]:
    return {p: Page(page.title, page.body, note="consent") for p, page in _articles(seed, n).items()}


def _walled(seed: int, n: int) -> dict[str, Page]:
    return {p: Page(page.title, page.body, note="bot_wall") for p, page in _articles(seed, n).items()}


def _build_sites() -> list[Site]:
    honest_live = _articles(1, 5, titles=("Section 404 of the Clean Water Act, explained",
                                          "Missing hiker not found after week-long search"))
    honest_removed = ["/news/2022/unavailable-story-a", "/news/2022/unavailable-story-b",
                      "/news/2022/unavailable-story-c", "/news/2022/unavailable-story-d",
                      "/news/2022/unavailable-story-e"]
    shell_live = {p: Page("", "") for p in ("/app/story/1", "/app/story/2")}
    return [
        # soft-404 templates, redirects, an app shell (the original nine)
        Site("Honest News", honest_live, _honest_404, _dead(1, 3), GONE, honest_removed,
             _removed("Article no longer available | {site}", "Sorry", "This article is no longer available.")),
        Site("The Daily Soft", _articles(2, 4), _template("We can't find that page"), _dead(2, 4)),
        Site("Quiet Gazette", _articles(3, 4), _section_index, _dead(3, 4)),
        Site("Homeward Post", _articles(4, 3), _to_home, _dead(4, 3)),
        Site("Search Herald", _articles(5, 3), _to_search, _dead(5, 3)),
        Site("Shell App", shell_live, _shell, ["/app/story/999", "/app/story/1000"], every_url=_shell),
        Site("Echo Times", _articles(7, 3), _echo, _dead(7, 3)),
        Site("Rolling Review", _articles(9, 3), _rotating_rail, _dead(9, 3)),
        Site("Brief Bulletin", {p: Page(pg.title, pg.body, note="short") for p, pg in _articles(8, 3, 40).items()},
             _template("Nothing here", "Brief Bulletin"), _dead(8, 3), boilerplate=200),
        # honest 404 sites keeping removed articles' slugs alive with a 200 page, in four languages
        Site("Wire Desk", _articles(10, 6, site="Wire Desk"), _honest_404, _dead(10, 2, "deleted"), GONE,
             _dead(10, 7), _removed_keeping_headline),
        Site("Metro Ledger", _articles(11, 6, site="Metro Ledger"), _honest_404, [], GONE, _dead(11, 7),
             _removed("{site}", "Metro", "We couldn't find that story. It may have been moved or deleted.", 300)),
        Site("Tagesblatt", _articles(12, 6, site="Tagesblatt",
                                     titles=("Vermisster Wanderer auch nach einer Woche nicht gefunden",)),
             _honest_404, [], GONE, _dead(12, 7),
             _removed("Artikel nicht mehr verfügbar | {site}", "Dieser Artikel ist nicht mehr verfügbar",
                      "Der Artikel wurde entfernt. Lesen Sie weitere Nachrichten auf unserer Startseite."), lang="de"),
        Site("La Gazette", _articles(13, 6, site="La Gazette", titles=("Le suspect reste introuvable",)),
             _honest_404, [], GONE, _dead(13, 7),
             _removed("{site}", "Cet article n’est plus disponible",
                      "Retrouvez toute l’actualité sur notre page d’accueil."), lang="fr"),
        Site("El Periódico", _articles(14, 6, site="El Periódico",
                                       titles=("Medicamento no disponible en farmacias por falta de stock",)),
             _honest_404, [], GONE, _dead(14, 7),
             _removed("Contenido no disponible | {site}", "Lo sentimos",
                      "Este contenido ya no está disponible. Consulte nuestra portada."), lang="es"),
        # bot walls in front of every page (the probe included)
        Site("Gatekeeper Daily", _walled(15, 5), _honest_404, every_url=_cloudflare),
        Site("DataDome Journal", _walled(16, 5), _honest_404, every_url=_datadome),
        Site("Robot Check Times", _walled(17, 5), _honest_404, every_url=_robot_check),
        # paywall teasers, on an honest site and on a soft one
        Site("Premium Post", {**_paywall(18, 6, "Premium Post"), **_articles(18, 2, site="Premium Post")},
             _honest_404),
        Site("Members Gazette", _paywall(19, 6, "Members Gazette"), _template("Page not found", "Page not found")),
        # consent: an interstitial for every URL, and banners over articles on a soft site
        Site("Consent Courier", _consent_pages(20, 6), _honest_404, every_url=_consent_interstitial),
        Site("Cookie Banner Times", _banner_articles(21, 4, "Cookie Banner Times"), _template("Nothing here")),
        # short real pages, on an honest site and on a soft one
        Site("Short Wire", _short(22, 8, "Short Wire"), _honest_404),
        Site("Snippet Soft", _short(23, 6, "Snippet Soft"), _template("We can't find that page"), boilerplate=120),
    ]


@dataclass(frozen=True)
class Labelled:
    url: str
    site: str
    kind: str  # live | soft_404 | gone
    note: str = ""  # for live pages: article | tricky | bot_wall | paywall | consent | short

    @property
    def alive(self) -> bool:
        return self.kind == LIVE


@contextlib.contextmanager
def serve_sites() -> Iterator[list[Labelled]]:
    """Start every site (127.0.0.11 …) and yield the labelled URLs."""
    sites = _build_sites()
    servers = []
    try:
        for i, site in enumerate(sites):
            servers.append(LoopbackServer({}, host=f"127.0.0.{11 + i}", fallback=site.route).__enter__())
        pages = []
        for site, server in zip(sites, servers, strict=True):
            pages += [Labelled(server.url(p), site.name, LIVE, page.note) for p, page in site.live.items()]
            pages += [Labelled(server.url(p), site.name, site.dead_kind) for p in site.dead]
            pages += [Labelled(server.url(p), site.name, SOFT_404) for p in site.removed]
        yield pages
    finally:
        for server in servers:
            server.__exit__()


def score(pages: list[Labelled], verdicts: dict[str, str]) -> dict[str, object]:
    """Dead pages reported (verdict gone or soft_404), soft-404 recall, and false alarms on live pages.

    A false alarm is a live page given a failure verdict (evidence that it is
    dead); ``blocked`` on a bot wall or a consent page is not one (we could not
    look, and say so).
    """
    dead = [p for p in pages if not p.alive]
    soft = [p for p in dead if p.kind == SOFT_404]
    live = [p for p in pages if p.alive]
    caught = [p for p in dead if verdicts[p.url] in (Verdict.GONE, Verdict.SOFT_404)]
    false_alarms = [p for p in live if Verdict(verdicts[p.url]).is_failure]
    notes: dict[str, int] = {}
    for p in live:
        notes[p.note] = notes.get(p.note, 0) + 1
    return {
        "pages": len(pages), "dead": len(dead), "soft_404": len(soft), "live": len(live),
        "sites": len({p.site for p in pages}), "live_by_note": dict(sorted(notes.items())),
        "soft_sites": len({p.site for p in soft}),
        "dead_caught": len(caught), "soft_caught": sum(p in caught for p in soft),
        "false_alarms": len(false_alarms),
        "recall": len(caught) / len(dead), "soft_recall": sum(p in caught for p in soft) / len(soft),
        "accuracy": (len(caught) + len(live) - len(false_alarms)) / len(pages),
        "missed": sorted(f"{p.site}: {p.url.split('/', 3)[3]}" for p in dead if p not in caught),
        "wrong": sorted(f"{p.site}: {p.url.split('/', 3)[3]} -> {verdicts[p.url]}" for p in false_alarms),
        "unverifiable_live": sorted(f"{p.site}: {p.url.split('/', 3)[3]} -> {verdicts[p.url]}" for p in live
                                    if Verdict(verdicts[p.url]).is_unverifiable),
    }
