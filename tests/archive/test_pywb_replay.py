"""pywb, the reference replay tool, opens the archive stage's WARCs: a collection built with its own
tools (``wb-manager init/add``) and served by its own ``wayback`` server on loopback replays a captured
article, a 301 -> 302 -> 200 chain followed to the article, and a PDF.

pywb's imports raise DeprecationWarnings (``cgi``) that the suite treats as errors, so pywb runs in
subprocesses; the test skips when pywb is not installed (it is in the ``test`` and ``replay`` extras).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import httpx
import pytest
from archiveworld import make_config, news, run_archive, write_events
from newspages import ARTICLES, make_pdf, render
from replaytools import needs_pywb, pywb, replay_prefix
from servers import LoopbackServer

from pipeline.db import captures, open_database
from pipeline.extract import stage as extract

PDF = make_pdf("Grants awarded to county libraries",
               [f"Line {i}: the agency awarded grants to {i * 3} libraries in the county." for i in range(6)])
ARTICLE_GZ = gzip.compress(render(ARTICLES[0], "semantic")[0].encode())
pytestmark = needs_pywb


def site_routes() -> dict:
    return {
        "/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
        # sent gzip-encoded: stored that way, and pywb still serves the article
        "/2025/03/18/council-transit-budget": lambda h: h.send(200, ARTICLE_GZ, {"Content-Encoding": "gzip"}),
        # real servers send a short body with a redirect; the record must keep it (Content-Length agrees)
        "/old-flood-url": lambda h: h.send(301, b"Moved", {"Location": "/moved-once"}),
        "/moved-once": lambda h: h.send(302, gzip.compress(b"<p>Found <a href='/weather'>here</a></p>"),
                                        {"Location": "/weather/flood-warnings", "Content-Encoding": "gzip"}),
        "/weather/flood-warnings": news(2),
        "/grants.pdf": lambda h: h.send(200, PDF, ctype="application/pdf"),
    }


@pytest.fixture(scope="module")
def replay(tmp_path_factory) -> Iterator[tuple[str, str]]:
    """(replay prefix, original site base URL) with pywb serving the archive stage's WARCs."""
    tmp = tmp_path_factory.mktemp("pywb")
    with LoopbackServer(site_routes()) as srv:
        write_events(tmp / "events", [srv.url(p) for p in ("/2025/03/18/council-transit-budget", "/old-flood-url",
                                                            "/grants.pdf")])
        config = make_config(tmp, process_pool=0)
        db = open_database(config.paths.database)
        extract.run(db, config)
        assert run_archive(db, config).captured == 3
        when = captures.captures_of(db)[0].captured_at
        db.close()
        base = srv.url("/")
    with pywb(tmp / "pywb", "sv", sorted((tmp / "archive" / "warc").glob("*.warc.gz"))) as root:
        yield replay_prefix(root, when), base


def test_pywb_replays_the_captured_article(replay):
    prefix, base = replay
    r = httpx.get(prefix + base + "2025/03/18/council-transit-budget", timeout=30, trust_env=False)
    assert r.status_code == 200
    assert ARTICLES[0].title in r.text and ARTICLES[0].paragraphs[0][:60] in r.text
    original = httpx.get(prefix.replace("mp_/", "id_/") + base + "2025/03/18/council-transit-budget", timeout=30,
                         trust_env=False)  # the identity mode: the response as recorded
    assert original.headers["content-encoding"] == "gzip" and original.content == gzip.decompress(ARTICLE_GZ)


def test_pywb_follows_the_recorded_redirect_chain_to_the_article(replay):
    prefix, base = replay
    r = httpx.get(prefix + base + "old-flood-url", timeout=30, trust_env=False, follow_redirects=True)
    assert [h.status_code for h in r.history] == [301, 302]
    assert r.status_code == 200 and str(r.url).endswith("weather/flood-warnings")
    assert ARTICLES[2].title in r.text
    assert r.history[0].content == b"Moved"  # the redirect's own body, as it was sent


def test_pywb_replays_the_pdf_byte_for_byte(replay):
    prefix, base = replay
    r = httpx.get(prefix.replace("mp_/", "id_/") + base + "grants.pdf", timeout=30, trust_env=False)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content == PDF
