"""Plain-HTTP facts of the dead-web labelled set's blind parts (tests/deadweb_pages*.py), never the check's verdicts.

A held-out part is only worth its first run if its pages answer what their labels
mean: a redirect case redirects to a page that answers, a 410 is a 410, a live
article answers 200 at a real page's weight, a made-up URL on each site answers
the way the site's probe says. Nothing here judges a page (tests/check/ does).
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path

import deadweb_pages as dw
import deadweb_pages6
import deadweb_pages7
import deadweb_pages8
import deadweb_pages9
import deadweb_pages10
import httpx
import pytest

BLIND = ("held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9",
         "held_out_10")
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
    assert set(BLIND) <= set(dw.PARTS)


def test_a_blind_part_is_tuned_on_only_after_its_first_run_is_recorded() -> None:
    # each was blind until its first run at its merge; docs/check.md keeps that run, the honest estimate, before
    # the rules are generalised on its misses and the part joins TUNED
    doc = (Path(__file__).resolve().parent.parent / "docs" / "check.md").read_text(encoding="utf-8")
    for part in set(BLIND) & set(dw.TUNED):
        assert f"| category | held-out {part.rsplit('_', 1)[1]}, first run |" in doc, part


def _answers_what_labels_mean(mine: list[dw.Labelled], client: httpx.Client, walls: tuple[str, ...],
                              weight: tuple[int, int], light: tuple[str, ...] = ()) -> None:
    """Each case of a part answers as its label means; articles and notices weigh what real pages weigh (but the
    notes in ``light``: pages that are small on the real web too)."""
    assert len({p.url for p in mine}) == len(mine)
    for p in mine:
        first = client.get(p.url)
        last = client.get(p.url, follow_redirects=True)
        if p.category in ("search_redirect", "section_redirect") and not any(
                how in p.note for how in ("meta refresh", "served in place")):
            assert first.is_redirect and last.status_code == 200, p.url
            assert str(last.url) != p.url, p.url
        elif p.category == "gone":
            assert last.status_code == 410, p.url
        elif p.note.startswith(walls):
            assert first.status_code == last.status_code, p.url  # the wall answers itself, no redirect
        elif (p.category == "not_found_lang" and p.note.split(",")[0].endswith(" 404")
              or p.note == "article answering 404"):
            assert last.status_code == 404, p.url  # a dead page that says so in its status too
        else:
            assert last.status_code == 200, p.url
        if (p.category in ("live_trap", "content_replaced", "removed", "not_found_lang") or p.note in (
                "article", "cited title matches", "paywall", "wire brief", "brief")) and p.note not in light:
            assert weight[0] <= len(last.content) <= weight[1], (p.url, len(last.content))


def _answers_made_up_urls_as_probes_say(pages: list[dw.Labelled], client: httpx.Client, part: str,
                                        sites: list[dw.Site]) -> set[str]:
    """Whether each site of ``part`` answers a made-up URL the way its probe says; the probes seen."""
    hosts = {p.url.split("/")[2]: p for p in pages if p.part == part}
    probes = {s.name: s.probe for s in sites}
    assert len(probes) == len(sites)
    seen = set()
    for host, p in hosts.items():
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
    return seen


def test_held_out_6_answers_what_its_labels_mean(pages: list[dw.Labelled], client: httpx.Client) -> None:
    mine = [p for p in pages if p.part == "held_out_6"]
    assert 250 <= len(mine) <= 290
    _answers_what_labels_mean(mine, client, WALLS, (40_000, 150_000))


def test_held_out_6_sites_answer_a_made_up_url_as_their_probe_says(pages: list[dw.Labelled],
                                                                    client: httpx.Client) -> None:
    seen = _answers_made_up_urls_as_probes_say(pages, client, "held_out_6", deadweb_pages6.build())
    assert seen == {"honest", "soft", "home", "search", "error", "same"}


def test_held_out_7_has_every_category(pages: list[dw.Labelled]) -> None:
    mine = [p for p in pages if p.part == "held_out_7"]
    counts = collections.Counter(p.category for p in mine)
    assert set(counts) == set(dw.CATEGORIES)
    assert 240 <= len(mine) <= 290 and 120 <= len({p.site for p in mine}) <= 150
    # more live pages than dead ones of any one kind: the live-article trap is the first property
    assert counts["live_trap"] >= 50 and counts["live_trap"] + counts["live_other"] >= len(mine) // 2 - 10
    # blind until its first run at its merge (docs/check.md keeps it), tuned on after it: a part of its own
    assert "held_out_7" in dw.PARTS and "held_out_7" in dw.TUNED


def test_held_out_7_answers_what_its_labels_mean(pages: list[dw.Labelled], client: httpx.Client) -> None:
    mine = [p for p in pages if p.part == "held_out_7"]
    _answers_what_labels_mean(mine, client, ("bot wall", "consent wall", "login wall"), (40_000, 300_000),
                              light=("go text/plain 200", "nginx page 200"))
    # the proxies' own not-found answers are 200s, as small as the servers make them
    small = {p.note: client.get(p.url) for p in mine if p.note in ("go text/plain 200", "nginx page 200")}
    assert small["go text/plain 200"].text == "404 page not found\n"
    assert small["nginx page 200"].status_code == 200 and "nginx" in small["nginx page 200"].text
    # an old PHP script answers any id: the live id with its article, the dead one with a line on the same layout
    php = {p.category: client.get(p.url) for p in mine if p.url.split("/", 3)[3].startswith("artikel.php?id=")}
    assert len(php["live_other"].content) > len(php["not_found_lang"].content) + 2_000


def test_held_out_7_sites_answer_a_made_up_url_as_their_probe_says(pages: list[dw.Labelled],
                                                                    client: httpx.Client) -> None:
    seen = _answers_made_up_urls_as_probes_say(pages, client, "held_out_7", deadweb_pages7.build())
    assert seen == {"honest", "soft", "home", "search", "same"}


def _sized_like_part_8(pages: list[dw.Labelled], part: str) -> None:
    """Every category, 250-300 cases on 130-155 sites, live pages at least about half of them."""
    mine = [p for p in pages if p.part == part]
    counts = collections.Counter(p.category for p in mine)
    assert set(counts) == set(dw.CATEGORIES)
    assert 250 <= len(mine) <= 300 and 130 <= len({p.site for p in mine}) <= 155
    # more live pages than dead ones of any one kind: the live-article trap is the first property
    assert counts["live_trap"] >= 60 and counts["live_trap"] + counts["live_other"] >= len(mine) // 2 - 10


def test_held_out_8_has_every_category(pages: list[dw.Labelled]) -> None:
    _sized_like_part_8(pages, "held_out_8")
    # blind until its first run at its merge (docs/check.md keeps it), tuned on after it: a part of its own
    assert "held_out_8" in dw.PARTS and "held_out_8" in dw.TUNED


def test_held_out_8_answers_what_its_labels_mean(pages: list[dw.Labelled], client: httpx.Client) -> None:
    mine = [p for p in pages if p.part == "held_out_8"]
    machine = ("s3 xml 404", "drf json 404", "express cannot get 404", "rails public 404")
    _answers_what_labels_mean(mine, client, ("bot wall", "consent wall", "geo-block"), (40_000, 300_000),
                              light=machine)
    # servers' and frameworks' own not-found answers: small, in their own formats, with a 404
    small = {p.note: client.get(p.url) for p in mine if p.note in machine}
    assert {r.status_code for r in small.values()} == {404}
    assert small["s3 xml 404"].headers["content-type"] == "application/xml" and "NoSuchKey" in small["s3 xml 404"].text
    assert small["drf json 404"].json() == {"detail": "Not found."}
    assert "Cannot GET /" in small["express cannot get 404"].text  # the path it was asked for, echoed
    # a moved Q&A short link, a trailing slash or a lower-cased path lands on the article, not on a listing
    moved = [p for p in mine if p.note.startswith("moved (")]
    assert len(moved) == 8
    for p in moved:
        first, last = client.get(p.url), client.get(p.url, follow_redirects=True)
        assert first.is_redirect and last.status_code == 200 and len(last.content) > 40_000, p.url
    # a removal notice or a 410 reached through redirects answers at the end of them
    chained = [p for p in mine if p.note in ("chain", "en redirect to a notice", "pt redirect to a notice")]
    assert len(chained) == 3 and all(client.get(p.url).is_redirect for p in chained)


def test_held_out_8_sites_answer_a_made_up_url_as_their_probe_says(pages: list[dw.Labelled],
                                                                    client: httpx.Client) -> None:
    seen = _answers_made_up_urls_as_probes_say(pages, client, "held_out_8", deadweb_pages8.build())
    assert seen == {"honest", "soft", "home", "search", "same"}


def test_held_out_9_has_every_category(pages: list[dw.Labelled]) -> None:
    _sized_like_part_8(pages, "held_out_9")
    # blind until its first run at its merge (docs/check.md keeps it), then tuned on: in TUNED
    assert "held_out_9" in dw.PARTS and "held_out_9" in dw.TUNED


def test_held_out_9_answers_what_its_labels_mean(pages: list[dw.Labelled], client: httpx.Client) -> None:
    mine = [p for p in pages if p.part == "held_out_9"]
    machine = ("spring whitelabel 404", "azure xml 404", "iis 404", "netlify 404")
    _answers_what_labels_mean(mine, client, ("bot wall", "consent wall"), (40_000, 300_000), light=machine)
    # servers' and hosts' own not-found answers: small, in their own formats, with a 404
    small = {p.note: client.get(p.url) for p in mine if p.note in machine}
    assert {r.status_code for r in small.values()} == {404}
    assert small["azure xml 404"].headers["content-type"] == "application/xml"
    assert "BlobNotFound" in small["azure xml 404"].text
    assert "status=404" in small["spring whitelabel 404"].text
    # a wall answers the same for a made-up path as for the cited one (a 403, a 429, a 200 consent page)
    walls = [p for p in mine if p.note.startswith(("bot wall", "consent wall"))]
    assert {client.get(p.url).status_code for p in walls} == {200, 403, 429}
    # moved pages (a short link, an old ASP.NET address, an id-only address, an upper-cased number, an AMP address)
    # land on the page, not on a listing
    moved = [p for p in mine if p.note.startswith("moved (")]
    assert len(moved) == 8
    for p in moved:
        first, last = client.get(p.url), client.get(p.url, follow_redirects=True)
        assert first.is_redirect and last.status_code == 200 and len(last.content) > 40_000, p.url
    # a removal notice or a 410 reached through redirects answers at the end of them
    chained = [p for p in mine if p.note in ("chain", "en redirect to a notice", "pt redirect to a notice")]
    assert len(chained) == 3 and all(client.get(p.url).is_redirect for p in chained)


def test_held_out_9_sites_answer_a_made_up_url_as_their_probe_says(pages: list[dw.Labelled],
                                                                    client: httpx.Client) -> None:
    seen = _answers_made_up_urls_as_probes_say(pages, client, "held_out_9", deadweb_pages9.build())
    assert seen == {"honest", "soft", "home", "search", "same"}


def test_held_out_10_has_every_category(pages: list[dw.Labelled]) -> None:
    _sized_like_part_8(pages, "held_out_10")
    # blind until its first run at its merge (docs/check.md keeps it), then tuned on: in TUNED
    assert "held_out_10" in dw.PARTS and "held_out_10" in dw.TUNED
    langs = {p.url.split("/")[2]: p for p in pages if p.part == "held_out_10"}
    sites = {s.name: s.lang for s in deadweb_pages10.build()}
    assert {"ca", "sr", "ka", "ta", "lv"} <= {sites[p.site] for p in langs.values()}


def test_held_out_10_answers_what_its_labels_mean(pages: list[dw.Labelled], client: httpx.Client) -> None:
    mine = [p for p in pages if p.part == "held_out_10"]
    machine = ("tomcat 404", "vercel 404", "firebase 404", "django 404", "caddy empty 404")
    _answers_what_labels_mean(mine, client, ("bot wall", "consent wall"), (40_000, 300_000), light=machine)
    # servers' and hosts' own not-found answers: small, in their own formats, with a 404 (Caddy's with no body)
    small = {p.note: client.get(p.url) for p in mine if p.note in machine}
    assert {r.status_code for r in small.values()} == {404}
    assert "HTTP Status 404" in small["tomcat 404"].text and "NOT_FOUND" in small["vercel 404"].text
    assert small["caddy empty 404"].content == b"" and "Caddy" in small["caddy empty 404"].headers["server"]
    # a wall answers the same for a made-up path as for the cited one (F5's 200, Kasada's and Vercel's 429, a 403)
    walls = [p for p in mine if p.note.startswith(("bot wall", "consent wall"))]
    assert {client.get(p.url).status_code for p in walls} == {200, 403, 429}
    for p in walls:
        made_up = p.url.rsplit("/", 2)[0] + "/no-such-page"
        assert client.get(made_up).status_code == client.get(p.url).status_code, p.url
    # moved pages (a match id, an old PHP warning, an ASP.NET announcement, an episode short link, a JSPUI handle)
    # land on the page, not on a listing
    moved = [p for p in mine if p.note.startswith("moved (")]
    assert len(moved) == 8
    for p in moved:
        first, last = client.get(p.url), client.get(p.url, follow_redirects=True)
        assert first.is_redirect and last.status_code == 200 and len(last.content) > 40_000, p.url
    # a removal notice, a 410, an error page or a listing reached through redirects answers at the end of them
    chained = [p for p in mine if p.note in ("chain", "chain to a listing", "en redirect to a notice",
                                             "sr redirect to a notice", "sr redirect to an error page")]
    assert len(chained) == 5 and all(client.get(p.url).is_redirect for p in chained)
    # a listing served in place of a deleted page answers 200 with no redirect
    served = [p for p in mine if p.note == "listing served in place"]
    assert len(served) == 2 and all(client.get(p.url).status_code == 200 for p in served)


def test_held_out_10_sites_answer_a_made_up_url_as_their_probe_says(pages: list[dw.Labelled],
                                                                     client: httpx.Client) -> None:
    seen = _answers_made_up_urls_as_probes_say(pages, client, "held_out_10", deadweb_pages10.build())
    assert seen == {"honest", "soft", "home", "search", "same"}
