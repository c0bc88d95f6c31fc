"""pywb, the reference replay tool, opens the archive stage's WARCs: a collection built with its own
tools (``wb-manager init/add``) and served by its own ``wayback`` server on loopback replays a captured
article, a 301 -> 302 -> 200 chain followed to the article, and a PDF.

pywb's imports raise DeprecationWarnings (``cgi``) that the suite treats as errors, so pywb runs in
subprocesses; the test skips when pywb is not installed (it is in the ``test`` and ``replay`` extras).
"""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from archiveworld import make_config, news, run_archive, write_events
from newspages import ARTICLES, make_pdf
from servers import LoopbackServer

from pipeline.db import captures, open_database
from pipeline.extract import stage as extract

BIN = Path(sys.executable).parent
PDF = make_pdf("Grants awarded to county libraries",
               [f"Line {i}: the agency awarded grants to {i * 3} libraries in the county." for i in range(6)])
pytestmark = pytest.mark.skipif(not (BIN / "wayback").exists() or not (BIN / "wb-manager").exists(),
                                reason="pywb is not installed (pip install -e '.[replay]')")


def site_routes() -> dict:
    return {
        "/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
        "/2025/03/18/council-transit-budget": news(0),
        # real servers send a short body with a redirect; the record must keep it (Content-Length agrees)
        "/old-flood-url": lambda h: h.send(301, b"Moved", {"Location": "/moved-once"}),
        "/moved-once": lambda h: h.send(302, gzip.compress(b"<p>Found <a href='/weather'>here</a></p>"),
                                        {"Location": "/weather/flood-warnings", "Content-Encoding": "gzip"}),
        "/weather/flood-warnings": news(2),
        "/grants.pdf": lambda h: h.send(200, PDF, ctype="application/pdf"),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    site = tmp / "pywb"
    site.mkdir()
    warcs = sorted(str(p) for p in (tmp / "archive" / "warc").glob("*.warc.gz"))
    for args in (["init", "sv"], ["add", "sv", *warcs]):
        done = subprocess.run([str(BIN / "wb-manager"), *args], cwd=site, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    port = free_port()
    log = open(tmp / "wayback.log", "wb")
    server = subprocess.Popen([str(BIN / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=site,
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        root = f"http://127.0.0.1:{port}"
        for _ in range(300):  # wait until it answers (or has died)
            if server.poll() is not None:
                pytest.fail(f"wayback exited: {(tmp / 'wayback.log').read_text(errors='replace')[-2000:]}")
            try:
                httpx.get(f"{root}/sv/", timeout=1, trust_env=False)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        stamp = when.replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
        yield f"{root}/sv/{stamp}mp_/", base
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_pywb_replays_the_captured_article(replay):
    prefix, base = replay
    r = httpx.get(prefix + base + "2025/03/18/council-transit-budget", timeout=30, trust_env=False)
    assert r.status_code == 200
    assert ARTICLES[0].title in r.text and ARTICLES[0].paragraphs[0][:60] in r.text


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
