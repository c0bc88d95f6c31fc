"""A labelled set of live and dead pages on simulated sites, to measure soft-404 detection.

Nine sites, each on its own loopback address and with its own page template,
behave the ways real sites do when a page is missing: an honest 404; a 200
"not found" template with or without telling words; a redirect to the home
page or to a search page; an app shell that is the same for every URL; a
template that echoes the missing path or changes a "trending" rail on every
request; heavy boilerplate around short
articles. Tricky live pages are included ("Section 404 of the Clean Water Act",
"Missing hiker not found ..."). Used by tests/test_soft404.py and
bench/soft404.py (docs/check.md reports the numbers).
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from servers import Handler, LoopbackServer

WORDS = ["council", "budget", "river", "school", "court", "mayor", "election", "report", "police", "hospital", "water", "energy", "policy", "union", "strike", "contract", "housing", "market", "bank", "inflation", "trade", "port", "railway", "bridge", "fire", "storm", "flood", "harvest", "museum", "festival", "library", "study", "scientists", "vaccine", "climate", "minister", "senate", "governor", "lawsuit", "judge", "company", "investors", "shares", "profit", "merger", "factory", "workers", "wages", "tax", "audit", "fraud", "charity", "donors"]


def prose(seed: int, words: int) -> str:
    rnd = random.Random(seed)
    out = []
    for i in range(words):
        out.append(rnd.choice(WORDS) + ("." if i % 12 == 11 else ""))
    return " ".join(out).capitalize()


def layout(site: str, title: str, heading: str, body: str, boilerplate: int = 40) -> str:
    nav = prose(sum(map(ord, site)), boilerplate)
    return (f"<!doctype html><html><head><title>{title}</title></head><body><header>{site}</header>"
            f"<nav>{nav}</nav><main><h1>{heading}</h1><p>{body}</p></main>"
            f"<footer>{site} - about us - contact - privacy - terms</footer></body></html>")


@dataclass
class Site:
    name: str
    live: dict[str, tuple[str, str]]  # path -> (title, body)
    dead: list[str]  # paths that are gone (answered by ``missing``)
    missing: Callable[[Handler, Site], None]
    boilerplate: int = 40

    def route(self, h: Handler) -> None:
        path = h.route_path
        if path == "/robots.txt":
            h.send(404, "")
        elif path == "/":
            h.send(200, layout(self.name, f"{self.name} - Home", "Top stories", prose(1, 120), self.boilerplate))
        elif path in self.live:
            title, body = self.live[path]
            h.send(200, layout(self.name, f"{title} | {self.name}", title, body, self.boilerplate))
        else:
            self.missing(h, self)


def _articles(seed: int, n: int, words: int = 300, titles: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    out = {}
    for i in range(n):
        title = titles[i] if i < len(titles) else f"Story {seed}-{i}: " + prose(seed * 100 + i, 6)
        out[f"/news/2024/story-{seed}-{i}"] = (title, prose(seed * 1000 + i, words))
    return out


def _dead(seed: int, n: int) -> list[str]:
    return [f"/news/2023/removed-story-{seed}-{i}" for i in range(n)]


def _honest(h: Handler, site: Site) -> None:
    if "unavailable" in h.route_path:
        h.send(200, layout(site.name, f"Article no longer available | {site.name}", "Sorry",
                           "This article is no longer available."))
    else:
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


def _build_sites() -> list[Site]:
    honest_live = _articles(1, 5, titles=("Section 404 of the Clean Water Act, explained",
                                          "Missing hiker not found after week-long search"))
    honest_dead = _dead(1, 3) + ["/news/2022/unavailable-story-a", "/news/2022/unavailable-story-b"]
    shell_live = {p: ("", "") for p in ("/app/story/1", "/app/story/2")}
    return [
        Site("Honest News", honest_live, honest_dead, _honest),
        Site("The Daily Soft", _articles(2, 4), _dead(2, 4), _template("We can't find that page")),
        Site("Quiet Gazette", _articles(3, 4), _dead(3, 4), _section_index),
        Site("Homeward Post", _articles(4, 3), _dead(4, 3), _to_home),
        Site("Search Herald", _articles(5, 3), _dead(5, 3), _to_search),
        Site("Shell App", shell_live, ["/app/story/999", "/app/story/1000"], _shell),
        Site("Echo Times", _articles(7, 3), _dead(7, 3), _echo),
        Site("Rolling Review", _articles(9, 3), _dead(9, 3), _rotating_rail),
        Site("Brief Bulletin", _articles(8, 3, words=40), _dead(8, 3), _template("Nothing here", "Brief Bulletin"),
             boilerplate=200),
    ]


@dataclass(frozen=True)
class Labelled:
    url: str
    site: str
    alive: bool


@contextlib.contextmanager
def serve_sites() -> Iterator[list[Labelled]]:
    """Start every site (127.0.0.11 …) and yield the labelled URLs."""
    sites = _build_sites()
    servers = []
    try:
        for i, site in enumerate(sites):
            shell = site.missing is _shell
            server = LoopbackServer({}, host=f"127.0.0.{11 + i}",
                                    fallback=(lambda h, s=site: _shell(h, s)) if shell else site.route)
            servers.append(server.__enter__())
        pages = []
        for site, server in zip(sites, servers):
            pages += [Labelled(server.url(p), site.name, True) for p in site.live]
            pages += [Labelled(server.url(p), site.name, False) for p in site.dead]
        yield pages
    finally:
        for server in servers:
            server.__exit__()


def score(pages: list[Labelled], verdicts: dict[str, str]) -> dict[str, object]:
    """Detection of dead pages (verdict gone or soft_404) and false alarms on live ones."""
    dead = [p for p in pages if not p.alive]
    live = [p for p in pages if p.alive]
    caught = [p for p in dead if verdicts[p.url] in ("gone", "soft_404")]
    false_alarms = [p for p in live if verdicts[p.url] not in ("ok", "redirected")]
    correct = len(caught) + len(live) - len(false_alarms)
    return {
        "pages": len(pages), "dead": len(dead), "live": len(live),
        "dead_caught": len(caught), "false_alarms": len(false_alarms),
        "recall": len(caught) / len(dead), "accuracy": correct / len(pages),
        "missed": sorted(f"{p.site}: {p.url.split('/', 3)[3]}" for p in dead if p not in caught),
        "wrong": sorted(f"{p.site}: {p.url.split('/', 3)[3]} -> {verdicts[p.url]}" for p in false_alarms),
    }
