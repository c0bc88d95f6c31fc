"""Redirect policy: which URLs are fetched and what a hop carries on (net/hops.py)."""

from __future__ import annotations

import httpx
import pytest
from conftest import fast_http, fetch
from servers import LoopbackServer

from pipeline.net.hops import carried_headers, resolve
from pipeline.net.results import FetchErrorKind


def test_redirect_to_another_scheme_is_an_invalid_url(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/to-ftp"))
    assert r.error and r.error.kind is FetchErrorKind.INVALID_URL and "ftp" in r.error.message


def test_a_redirect_to_a_port_out_of_range_is_an_invalid_url(server: LoopbackServer) -> None:
    r = fetch(fast_http(), server.url("/to-no-port"))
    assert r.error and r.error.kind is FetchErrorKind.INVALID_URL and "99999" in r.error.message


def test_credentials_in_a_redirect_are_neither_sent_nor_kept() -> None:
    """A server's Location may carry user:password@: the next hop is asked without them (no Basic
    auth for whoever the redirect names), and the final URL, which reports show, holds none."""
    routes = {"/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
              "/page": lambda h: h.send(200, "<html><body>the page</body></html>")}
    with LoopbackServer(routes) as srv:
        srv.routes["/login-hop"] = lambda h: h.redirect(srv.url("/page").replace("://", "://user:secret@"), 302)
        r = fetch(fast_http(), srv.url("/login-hop"))
        seen = [h for h in srv.traffic.headers if "authorization" in h]
    assert r.status == 200 and r.final_url == srv.url("/page")
    assert not seen and "secret" not in (r.final_url or "")


@pytest.mark.parametrize("url", ["ftp://example.org/x", "http://", "not a url", "mailto:someone@example.org",
                                 "http://127.0.0.1:99999/ok", "http://news..example.org/x", "http://.example.org/"])
def test_invalid_urls_are_not_fetched(url: str) -> None:
    r = fetch(fast_http(), url)
    assert r.error and r.error.kind is FetchErrorKind.INVALID_URL and r.attempts == 0


@pytest.mark.parametrize(("current", "nxt", "carried"), [
    ("http://a.example/x", "http://a.example/y", {"Accept-Language": "en"}),  # same site: the caller's headers go on
    ("http://a.example/x", "https://a.example/x", {}),  # another scheme is another site
    ("http://a.example/x", "http://b.example/x", {}),  # nothing of the caller's to another site
    ("http://a.example/x", "http://a.example:8080/x", {}),
])
def test_a_hop_carries_the_callers_headers_on_its_own_site_only_and_never_the_conditional_ones(
        current: str, nxt: str, carried: dict[str, str]) -> None:
    sent = {"Accept-Language": "en", "If-None-Match": '"v1"', "if-modified-since": "Mon, 01 Jan 2024 00:00:00 GMT"}
    assert carried_headers(sent, httpx.URL(current), httpx.URL(nxt)) == carried


@pytest.mark.parametrize(("location", "target"), [
    ("/b?q=1", "http://a.example/b?q=1"),
    ("  c  ", "http://a.example/dir/c"),
    ("https://other.example/", "https://other.example/"),
    ("http://[::1", "http://[::1"),  # cannot be resolved: kept as written (the next hop reports it)
])
def test_a_location_is_resolved_against_the_url_that_answered(location: str, target: str) -> None:
    assert resolve(httpx.URL("http://a.example/dir/page"), location) == target
