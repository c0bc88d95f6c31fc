"""Plain-HTTP facts of the dead-web labelled set's blind parts (tests/deadweb_pages*.py), never the check's verdicts.

A held-out part is only worth its first run if its pages answer what their labels
mean: a redirect case redirects to a page that answers, a 410 is a 410, a live
article answers 200 at a real page's weight, a made-up URL on each site answers
the way the site's probe says. Nothing here judges a page (tests/check/ does).
"""

from __future__ import annotations

import collections
from collections.abc import Iterator

import deadweb_pages as dw
import deadweb_pages6
import httpx
import pytest

BLIND = ("held_out_3", "held_out_4", "held_out_5", "held_out_6")
WALLS = ("bot wall", "consent wall", "geo-block")


@pytest.fixture(scope="module")
def pages() -> Iterator[list[dw.Labelled]]:
    with dw.serve() as served:
        yield served


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as c:
        yield c


def test_every_category_is_in_every_blind_part(pages: list[dw.Labelled]) -> None:
    for part in BLIND:
        counts = collections.Counter(p.category for p in pages if p.part == part)
        assert set(counts) == set(dw.CATEGORIES), part
    # each was blind until its first run at its merge (docs/check.md keeps it); tuned on after it
    assert set(BLIND) <= set(dw.PARTS) and set(BLIND) <= set(dw.TUNED)


def test_held_out_6_answers_what_its_labels_mean(pages: list[dw.Labelled], client: httpx.Client) -> None:
    mine = [p for p in pages if p.part == "held_out_6"]
    assert 250 <= len(mine) <= 290
    assert len({p.url for p in mine}) == len(mine)
    for p in mine:
        first = client.get(p.url)
        last = client.get(p.url, follow_redirects=True)
        if p.category in ("search_redirect", "section_redirect") and "meta refresh" not in p.note:
            assert first.is_redirect and last.status_code == 200, p.url
        elif p.category == "gone":
            assert last.status_code == 410, p.url
        elif p.note.startswith(WALLS):
            assert first.status_code == last.status_code, p.url  # the wall answers itself, no redirect
        else:
            assert last.status_code == 200, p.url
        if p.category in ("live_trap", "content_replaced", "removed", "not_found_lang") or p.note in (
                "article", "cited title matches", "paywall", "wire brief"):
            assert 40_000 <= len(last.content) <= 150_000, (p.url, len(last.content))


def test_held_out_6_sites_answer_a_made_up_url_as_their_probe_says(pages: list[dw.Labelled],
                                                                    client: httpx.Client) -> None:
    sites = {p.url.split("/")[2]: p for p in pages if p.part == "held_out_6"}
    probes = {s.name: s.probe for s in deadweb_pages6.build()}
    assert len(probes) == len(deadweb_pages6.build())
    seen = set()
    for host, p in sites.items():
        probe = probes[p.site]
        seen.add(probe)
        made_up = client.get(f"http://{host}/news/2099/01/no-such-story-here")
        if probe == "honest":
            assert made_up.status_code == 404, host
        elif probe == "soft":
            assert made_up.status_code == 200, host
        elif probe in ("home", "search", "error"):
            assert made_up.status_code == 302, host
            target = made_up.headers["location"]
            assert target == "/" if probe == "home" else target.startswith(("/search?q=", "/Error.aspx?")), host
            assert client.get(f"http://{host}{target}").status_code == 200, host
        else:  # same: every path answers like the cited one
            assert made_up.status_code == client.get(p.url).status_code, host
    assert seen == {"honest", "soft", "home", "search", "error", "same"}
