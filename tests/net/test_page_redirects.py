"""A page's own redirect (a meta refresh, a script) followed as a hop: recorded, bounded and guarded like a 3xx."""

from __future__ import annotations

import asyncio
import gzip
import itertools

from conftest import fast_http
from servers import Handler, LoopbackServer

from pipeline.check.pagefacts import read_page
from pipeline.check.soft404 import page_redirect
from pipeline.config import HttpConfig
from pipeline.net.bodies import DRAIN_LIMIT
from pipeline.net.fetcher import Fetcher
from pipeline.net.results import FetchErrorKind, FetchResult

LOOP = itertools.count()
REFRESH = "<html><head><meta http-equiv='refresh' content='0; url={to}'></head><body>Moving</body></html>"


async def policy(url: str, body: bytes, charset: str | None, content_type: str) -> str | None:
    return page_redirect(read_page(body, charset))


def fetch(http: HttpConfig, url: str, sink: list[bytes] | None = None) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(http, page_redirect=policy) as f:
            return await f.fetch(url, sink=sink.append if sink is not None else None)
    return asyncio.run(go())


def routes(**extra: object) -> dict[str, object]:
    return {"/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
            "/": lambda h: h.page("Front page", "Top stories today."),
            "/old": lambda h: h.send(200, REFRESH.format(to="/")),
            "/loop": lambda h: h.send(200, REFRESH.format(to=f"/loop?{next(LOOP)}")),
            **extra}


def test_a_refresh_is_a_hop_with_its_answer_kept_for_the_warc() -> None:
    sink: list[bytes] = []
    with LoopbackServer(routes()) as srv:  # type: ignore[arg-type]
        r = fetch(fast_http(), srv.url("/old"), sink)
    assert r.ok and r.status == 200 and r.final_url == srv.url("/")
    [hop] = r.hops
    assert (hop.url, hop.status, hop.location) == (srv.url("/old"), 200, srv.url("/"))
    assert hop.body == REFRESH.format(to="/").encode() and hop.body_complete
    assert b"Top stories" in b"".join(sink) and b"Moving" not in b"".join(sink)  # the sink has the final answer only


def test_a_compressed_refresh_page_keeps_its_bytes_as_received() -> None:
    page = gzip.compress(REFRESH.format(to="/").encode(), mtime=0)
    with LoopbackServer(routes(**{"/gz": lambda h: h.send(200, page, {"Content-Encoding": "gzip"})})) as srv:  # type: ignore[arg-type]
        r = fetch(fast_http(), srv.url("/gz"))
    assert r.final_url == srv.url("/") and r.hops[0].body == page


def test_refreshes_stop_at_the_redirect_limit() -> None:
    with LoopbackServer(routes()) as srv:  # type: ignore[arg-type]
        r = fetch(fast_http(max_redirects=3), srv.url("/loop"))
    assert r.error and r.error.kind is FetchErrorKind.TOO_MANY_REDIRECTS and len(r.hops) == 4


def test_a_refresh_to_a_non_public_address_is_refused() -> None:
    with LoopbackServer(routes(), host="127.0.0.1") as inner:  # type: ignore[arg-type]
        outer_routes = routes(**{"/away": lambda h: h.send(200, REFRESH.format(to=inner.url("/")))})
        with LoopbackServer(outer_routes, host="127.0.0.2") as outer:  # type: ignore[arg-type]
            http = HttpConfig(allowed_networks=["127.0.0.2/32"], total_timeout_s=2, per_host_delay_s=0)
            r = fetch(http, outer.url("/away"))
    assert r.error and r.error.kind is FetchErrorKind.REFUSED_ADDRESS
    assert [h.status for h in r.hops] == [200] and inner.traffic.hits == {}


def test_pages_that_are_no_redirect_are_answers() -> None:
    long_page = "<html><head><meta http-equiv='refresh' content='0; url=/'></head><body>" + "x" * (DRAIN_LIMIT + 10)

    def conditional(h: Handler) -> None:
        h.send(200, "<html><body><script>if (small) { location.href = '/m/'; }</script>Story</body></html>")

    extra = {"/reload": lambda h: h.send(200, "<html><head><meta http-equiv='refresh' content='300'></head></html>"),
             "/self": lambda h: h.send(200, REFRESH.format(to="/self")),
             "/late": lambda h: h.send(200, "<html><head><meta http-equiv='refresh' content='60;url=/'></head></html>"),
             "/long": lambda h: h.send(200, long_page), "/conditional": conditional}
    with LoopbackServer(routes(**extra)) as srv:  # type: ignore[arg-type]
        for path in extra:
            sink: list[bytes] = []
            r = fetch(fast_http(), srv.url(path), sink)
            assert r.ok and r.hops == () and r.final_url == srv.url(path), path
            assert b"".join(sink) == r.body, path  # held while it could be a hop, then handed on whole


def test_a_script_redirect_is_followed_only_on_a_page_with_no_article() -> None:
    story = "<p>" + "The council met and approved the budget. " * 60 + "</p>"
    extra = {"/bare": lambda h: h.send(200, "<html><body><script>window.location.replace('/')</script></body></html>"),
             "/story": lambda h: h.send(200, f"<html><body><script>location.href = '/'</script>{story}</body></html>")}
    with LoopbackServer(routes(**extra)) as srv:  # type: ignore[arg-type]
        assert fetch(fast_http(), srv.url("/bare")).final_url == srv.url("/")
        assert fetch(fast_http(), srv.url("/story")).final_url == srv.url("/story")


def test_a_refresh_header_is_a_hop_like_a_meta_refresh() -> None:
    # HTTP's form of the meta refresh: a 2xx answer whose Refresh header sends the reader on within a few seconds;
    # a later one is the page's own reload timer
    page = "<html><head><title>One moment</title></head><body><p>One moment…</p></body></html>"
    with LoopbackServer(routes(**{
            "/soon": lambda h: h.send(200, page, {"Refresh": "2; url=/"}),
            "/later": lambda h: h.send(200, page, {"Refresh": "900; url=/"}),
            "/reload": lambda h: h.send(200, page, {"Refresh": "600"})})) as srv:  # type: ignore[arg-type]
        soon, later, reload = (fetch(fast_http(), srv.url(p)) for p in ("/soon", "/later", "/reload"))
    assert soon.final_url == srv.url("/") and [h.location for h in soon.hops] == [srv.url("/")]
    assert soon.hops[0].body == page.encode()
    assert later.final_url == srv.url("/later") and not later.hops
    assert reload.final_url == srv.url("/reload") and not reload.hops
