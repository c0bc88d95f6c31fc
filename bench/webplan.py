"""What the bench's local web holds: its sites, what each path answers, and the politeness bound B.

Both webs have the real corpus's URL shape (:func:`host_sizes`: by default
5,749 cited URLs on 1,163 sites, 393 on the busiest), one loopback address per
site (127.1.x.y), so that politeness applies per site as on the web.

* ``tiny`` (the bench of earlier sessions): every page the same 1.3 KB of
  markup, every site answering after ``--latency-ms``, 5 % of the URLs 404.
* ``heavy`` (the default): distinct pages of real news weight (heavyweb.py),
  gzip-encoded for clients that accept it; most sites answer after 50 ms,
  some after 20 ms, a few small ones (4 URLs or fewer) after 300 ms to 1 s; a few small sites
  ask for a robots.txt ``Crawl-delay``, a few answer every unknown path with
  a "not found" page and a 200 (soft 404s); 5 % of the URLs 404, 3 % redirect
  once (301) to the article; and a few hostile URLs on mid-sized sites: a
  200 MB page, a gzip bomb (1 GB of markup in 1 MB), a 50 MB PDF, a page that drips
  one byte every half second for 15 s.

The server (webserver.py) reads the plan as JSON; the bench keeps it to count
what each site must be asked (:func:`politeness_bound`).
"""

from __future__ import annotations

import dataclasses
import random

from heavyweb import WORDS

HOSTILE_KINDS = ("huge", "bomb", "pdf", "drip")
SECTIONS = ("news", "politics", "business", "local", "world", "opinion", "sport", "culture")


@dataclasses.dataclass
class Site:
    address: str
    latency: float  # seconds before each answer
    crawl_delay: float | None = None  # robots.txt Crawl-delay, if it asks for one
    soft404: bool = False  # unknown paths answer 200 with a "not found" page
    routes: dict[str, list] = dataclasses.field(default_factory=dict)  # path -> [kind, argument]
    cited: list[str] = dataclasses.field(default_factory=list)  # cited paths, in order

    def redirect_hops(self) -> int:
        return sum(1 for path in self.cited if self.routes.get(path, [""])[0] == "redirect")

    def requests(self) -> int:
        """What a checker must ask here: every cited URL, every redirect hop, robots.txt and the soft-404 probe."""
        return len(self.cited) + self.redirect_hops() + 2


def politeness_bound(sites: list[Site], per_host_delay_s: float,
                     max_crawl_delay_s: float = float("inf")) -> tuple[float, Site | None]:
    """B = max over sites of requests × max(latency, per-host delay, Crawl-delay); and the site that sets it."""
    best, where = 0.0, None
    for site in sites:
        pace = max(site.latency, per_host_delay_s, min(site.crawl_delay or 0.0, max_crawl_delay_s))
        bound = site.requests() * pace
        if bound > best:
            best, where = bound, site
    return best, where


def host_address(i: int) -> str:
    return f"127.1.{i // 250}.{i % 250 + 1}"


def host_sizes(urls: int, hosts: int, top: int) -> list[int]:
    """URLs per host: Zipf-like weights whose exponent puts ``top`` of the URLs on the busiest host."""
    spare = urls - hosts  # every host has at least one URL; the rest go by weight, largest remainders first
    lo, hi = 0.0, 3.0
    for _ in range(60):
        s = (lo + hi) / 2
        weights = [1 / (i + 1) ** s for i in range(hosts)]
        share = (1 + spare * weights[0] / sum(weights)) / urls
        lo, hi = (s, hi) if share < top / urls else (lo, s)
    total = sum(weights)
    exact = [spare * w / total for w in weights]
    sizes = [1 + int(x) for x in exact]
    by_remainder = sorted(range(hosts), key=lambda i: int(exact[i]) - exact[i])
    for i in by_remainder[: urls - sum(sizes)]:
        sizes[i] += 1
    return sizes


def tiny_plan(sizes: list[int], dead_share: float, latency: float) -> list[Site]:
    sites, n = [], 0
    for h, size in enumerate(sizes):
        site = Site(host_address(h), latency)
        for j in range(size):
            dead = n % round(1 / dead_share) == 0 if dead_share else False
            path = f"/missing/{n}" if dead else f"/news/{h}/story-{j}"
            if not dead:
                site.routes[path] = ["tiny", n]
            site.cited.append(path)
            n += 1
        sites.append(site)
    return sites


def heavy_plan(sizes: list[int], dead_share: float, hostile: int, seed: int,
               usual: float = 0.05) -> tuple[list[Site], int]:
    """The heavy web's sites, and how many distinct pages it serves (pages ``0..count-1`` of the store)."""
    rng = random.Random(seed)
    sites, n, pages = [], 0, 0
    for h, size in enumerate(sizes):
        r = rng.random()
        slow = size <= 4 and r < 0.08
        latency = usual if h == 0 else round(rng.uniform(0.3, 1.0), 2) if slow else 0.02 if r > 0.85 else usual
        site = Site(host_address(h), latency)
        site.crawl_delay = 2.0 if size <= 5 and rng.random() < 0.02 else None
        site.soft404 = size >= 2 and rng.random() < 0.03
        for _ in range(size):
            path = f"/{rng.choice(SECTIONS)}/2025/{rng.randrange(1, 13):02d}/{'-'.join(rng.sample(WORDS, 4))}-{n}"
            dead = n % round(1 / dead_share) == 0 if dead_share else False
            if dead:
                pass  # not routed: 404 (or the site's soft "not found" page)
            elif rng.random() < 0.03:
                site.routes[f"/go/{n}"] = ["redirect", path]
                site.routes[path] = ["page", pages]
                path = f"/go/{n}"
                pages += 1
            else:
                site.routes[path] = ["page", pages]
                pages += 1
            site.cited.append(path)
            n += 1
        sites.append(site)
    middle = [s for s in sites[1:] if 3 <= len(s.cited) <= 30] or sites
    for kind in HOSTILE_KINDS:
        for _ in range(hostile):
            site = rng.choice(middle)
            path = rng.choice(site.cited)
            site.routes[path] = [kind, None]
    return sites, pages


def plan_json(kind: str, sites: list[Site], store: str | None) -> dict:
    return {"kind": kind, "store": store,
            "sites": [{"address": s.address, "latency": s.latency, "crawl_delay": s.crawl_delay,
                       "soft404": s.soft404, "routes": s.routes} for s in sites]}
