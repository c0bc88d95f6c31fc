"""Cookies and request headers as the fetcher sends them (pipeline/net/exchange.py), against loopback servers.

Three sites of their own names (a test resolver maps them to loopback addresses):
``www.example.test`` and ``news.example.test`` are siblings under ``example.test``;
``other.test`` is unrelated.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from conftest import fast_http
from servers import Handler, LoopbackServer, Traffic

from pipeline.net.fetcher import Fetcher
from pipeline.net.results import FetchResult

NO_ROBOTS = {"/robots.txt": lambda h: h.send(404, "", ctype="text/plain")}


def _cookie(h: Handler) -> str:
    return str(h.headers.get("Cookie") or "")


def _cookie_check(h: Handler) -> None:
    """A site's cookie check: the first visit is sent back to the same URL with a cookie; the page only with it."""
    if "visited=yes" in _cookie(h):
        h.page("The article", "City council approves the budget.")
    else:
        h.send(302, b"", {"Location": h.path, "Set-Cookie": "visited=yes; Path=/"})


def _login(h: Handler) -> None:
    """Sets a cookie for the whole domain and one for this host only, then sends the reader to a sibling."""
    port = h.server.owner.port
    h.send(302, b"", {"Location": f"http://news.example.test:{port}/story", "Set-Cookie": "sid=42; Domain=example.test; "
                      "Path=/"})


def _login_host_only(h: Handler) -> None:
    h.send(200, "<html><body>signed in</body></html>", {"Set-Cookie": "pref=dark; Path=/"})


def _story(h: Handler) -> None:
    if "sid=42" in _cookie(h):
        h.page("Story", "Members only: the budget passed.")
    else:
        h.page("Sign in", "Please sign in.", 403)


@pytest.fixture
def sites() -> Iterator[tuple[Traffic, int]]:
    """The three sites on one port (127.0.0.1, .2, .3), counting into one Traffic."""
    traffic = Traffic()
    routes = {**NO_ROBOTS, "/article": _cookie_check, "/login": _login, "/prefs": _login_host_only, "/story": _story,
              "/": lambda h: h.page("Home", "Front page.")}
    with LoopbackServer(routes, host="127.0.0.1", traffic=traffic) as www, \
            LoopbackServer(routes, host="127.0.0.2", traffic=traffic, port=www.port), \
            LoopbackServer(routes, host="127.0.0.3", traffic=traffic, port=www.port):
        yield traffic, www.port


ADDRESSES = {"www.example.test": "127.0.0.1", "news.example.test": "127.0.0.2", "other.test": "127.0.0.3"}


async def _resolver(host: str, port: int) -> list[str]:
    return [ADDRESSES[host]]


def _fetch_all(urls: list[str]) -> list[FetchResult]:
    """Fetch ``urls`` one after another with one fetcher (one cookie jar)."""
    async def go() -> list[FetchResult]:
        async with Fetcher(fast_http(), resolver=_resolver) as fetcher:
            return [await fetcher.fetch(url) for url in urls]
    return asyncio.run(go())


def _sent_cookie(headers: tuple[tuple[bytes, bytes], ...]) -> str | None:
    return next((v.decode() for k, v in headers if k.lower() == b"cookie"), None)


def test_a_cookie_check_redirect_to_the_same_url_gets_the_page(sites: tuple[Traffic, int]) -> None:
    _, port = sites
    url = f"http://www.example.test:{port}/article"
    (r,) = _fetch_all([url])
    assert r.status == 200 and b"approves the budget" in r.body and r.final_url == url
    assert [(h.status, h.location) for h in r.hops] == [(302, url)]
    assert _sent_cookie(r.hops[0].request_headers) is None  # the first visit had no cookie
    assert _sent_cookie(r.request_headers) == "visited=yes"  # recorded as sent, for the WARC request record


def test_a_domain_cookie_goes_to_sibling_hosts_and_not_to_others(sites: tuple[Traffic, int]) -> None:
    traffic, port = sites
    login, other, again = (f"http://www.example.test:{port}/login", f"http://other.test:{port}/",
                           f"http://www.example.test:{port}/")
    story, elsewhere, back = _fetch_all([login, other, again])
    assert story.status == 200 and b"Members only" in story.body
    assert story.final_url == f"http://news.example.test:{port}/story"
    assert _sent_cookie(story.request_headers) == "sid=42"
    assert elsewhere.status == 200 and _sent_cookie(elsewhere.request_headers) is None
    assert back.status == 200 and _sent_cookie(back.request_headers) == "sid=42"
    # what the servers saw: the cookie at the sibling and back home, never at the unrelated site
    asked = [h for (_, _, _, path), h in zip(traffic.log, traffic.headers, strict=True) if path != "/robots.txt"]
    assert [(h.get("host", "").split(":")[0], h.get("cookie")) for h in asked] == [
        ("www.example.test", None), ("news.example.test", "sid=42"), ("other.test", None),
        ("www.example.test", "sid=42")]


def test_a_host_only_cookie_stays_with_its_host(sites: tuple[Traffic, int]) -> None:
    _, port = sites
    prefs, sibling, home = (f"http://www.example.test:{port}/prefs", f"http://news.example.test:{port}/",
                            f"http://www.example.test:{port}/")
    first, at_sibling, at_home = _fetch_all([prefs, sibling, home])
    assert first.status == 200 and _sent_cookie(first.request_headers) is None
    assert _sent_cookie(at_sibling.request_headers) is None
    assert _sent_cookie(at_home.request_headers) == "pref=dark"


def test_request_headers_are_sent_once_each_with_the_callers_own_last(sites: tuple[Traffic, int]) -> None:
    """The caller's Accept replaces the default one; the defaults stay; Host names the URL's host."""
    traffic, port = sites

    async def go() -> FetchResult:
        async with Fetcher(fast_http(), resolver=_resolver) as fetcher:
            return await fetcher.fetch(f"http://other.test:{port}/", headers={"Accept": "application/json",
                                                                                  "If-None-Match": '"v1"'})
    r = asyncio.run(go())
    names = [k.decode().lower() for k, _ in r.request_headers]
    assert names[0] == "host" and len(names) == len(set(names))
    sent = {k.decode().lower(): v.decode() for k, v in r.request_headers}
    assert sent["host"] == f"other.test:{port}" and sent["accept"] == "application/json"
    assert sent["if-none-match"] == '"v1"' and sent["user-agent"].startswith("sourcevault/")
    assert sent["accept-encoding"] == "gzip, deflate"
    assert names[-2:] == ["accept", "if-none-match"]
    seen = traffic.headers[-1]
    assert seen["accept"] == "application/json" and seen["host"] == f"other.test:{port}"
