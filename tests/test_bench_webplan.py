"""The bench's politeness bound and page sizes (bench/webplan.py, bench/heavyweb.py): the numbers it judges by."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from heavyweb import page_size
from webplan import Site, heavy_plan, host_sizes, politeness_bound


def site(address: str, cited: int, latency: float, crawl_delay: float | None = None, redirects: int = 0) -> Site:
    s = Site(address, latency, crawl_delay)
    s.cited = [f"/a/{i}" for i in range(cited)]
    for path in s.cited[:redirects]:
        s.routes[path] = ["redirect", path + "-moved"]
    return s


def test_the_bound_counts_cited_urls_redirect_hops_robots_and_the_probe() -> None:
    busy = site("a", 393, 0.05)
    bound, where = politeness_bound([busy, site("b", 10, 0.05)], per_host_delay_s=0.05)
    assert where is busy
    assert bound == (393 + 2) * 0.05
    bound, _ = politeness_bound([site("a", 393, 0.05, redirects=5)], per_host_delay_s=0.05)
    assert bound == (393 + 5 + 2) * 0.05


def test_the_slowest_of_latency_per_host_delay_and_crawl_delay_paces_a_site() -> None:
    fast = site("fast", 100, 0.02)
    assert politeness_bound([fast], per_host_delay_s=0.05)[0] == 102 * 0.05  # the delay floors a fast site
    slow = site("slow", 20, 1.0)
    assert politeness_bound([fast, slow], per_host_delay_s=0.05) == (22 * 1.0, slow)
    asks = site("asks", 20, 0.05, crawl_delay=30)
    assert politeness_bound([asks], per_host_delay_s=0.05, max_crawl_delay_s=10)[0] == 22 * 10


def test_page_sizes_follow_real_news_pages() -> None:
    rng = random.Random(1)
    sizes = sorted(page_size(rng.random()) for _ in range(20_000))
    assert 90_000 < sizes[len(sizes) // 2] < 110_000
    assert 0.08 < sum(s > 300_000 for s in sizes) / len(sizes) < 0.12
    assert 0.005 < sum(s > 1_000_000 for s in sizes) / len(sizes) < 0.015


def test_the_heavy_web_serves_every_cited_page_once_and_keeps_its_busiest_site_at_the_usual_latency() -> None:
    sizes = host_sizes(600, 120, 40)
    sites, pages = heavy_plan(sizes, dead_share=0.05, hostile=2, seed=3)
    assert [len(s.cited) for s in sites] == sizes
    assert sites[0].latency == 0.05
    served = [arg for s in sites for kind, arg in s.routes.values() if kind == "page"]
    assert len(served) == len(set(served))  # no body served twice
    assert max(served) < pages
    hostile = [kind for s in sites for kind, _ in s.routes.values() if kind in ("huge", "bomb", "pdf", "drip")]
    assert sorted(set(hostile)) == ["bomb", "drip", "huge", "pdf"]
