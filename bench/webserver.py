"""The bench's local web: one asyncio process answering for every site of a plan (webplan.py).

    python bench/webserver.py PLAN.json      # prints its port, then answers "stats" lines on stdin

Every site listens on its own loopback address, on one port, and answers each
request after its latency (keep-alive, many connections at once). Page bodies
are sliced from the heavy web's gzip-encoded store (heavyweb.py) and sent as
they are to a client that accepts gzip (gunzipped for one that does not, such
as wget), so the server's CPU stays small; the bench prints it.

Per site it counts the requests and how many were in flight: the most at once
and the sum of their durations (arrival of the request to its answer's last
byte written), with the span from the first arrival to the last answer; a
"stats" line on stdin prints them as JSON (address -> [requests, most, busy,
first, last]) and starts counting afresh. "stats FILE" also writes every
request since the last one to FILE as JSON lines (address, method, path,
arrival, answer's last byte written; the server's monotonic clock, which is
the one ``time.monotonic()`` reads in other processes): a timeline of the run.
"""

from __future__ import annotations

import asyncio
import json
import mmap
import resource
import sys
import zlib
from pathlib import Path

import heavyweb

TINY = (b"<!doctype html><html><head><title>Story %d</title></head><body><h1>Story %d</h1><p>"
        + b"Council approves budget after long debate. " * 30 + b"</p></body></html>")
NOT_FOUND = b"<html><head><title>Not found</title></head><body>No.</body></html>"
SOFT_NOT_FOUND = ("<!doctype html><html><head><title>Page not found | The Daily</title></head><body><nav><a href='/'>"
                  "Home</a></nav><h1>Sorry, we couldn't find that page</h1><p>The page {} may have moved or no "
                  "longer exists. Try the search box or go back to the home page.</p></body></html>")
HUGE_CHUNKS = [heavyweb.huge_chunk(k) for k in range(16)]
DRIP_BYTES, DRIP_GAP_S = 30, 0.5  # the drip: one byte every half second, 15 s in all (within every tool's timeout)


class Site:
    __slots__ = ("active", "busy", "crawl_delay", "first", "last", "latency", "most", "requests", "routes", "soft404")

    def __init__(self, spec: dict) -> None:
        self.latency = spec["latency"]
        self.crawl_delay = spec["crawl_delay"]
        self.soft404 = spec["soft404"]
        self.routes = spec["routes"]
        self.reset()

    def reset(self) -> None:
        self.requests = self.active = self.most = 0
        self.busy = self.first = self.last = 0.0


class Web:
    def __init__(self, plan: dict) -> None:
        self.sites = {spec["address"]: Site(spec) for spec in plan["sites"]}
        self.timeline: list[tuple[str, str, str, float, float]] = []  # every request: for "stats FILE"
        self.store = None
        if plan["store"]:
            folder = Path(plan["store"])
            self.store = heavyweb.PageStore.open(folder)
            with open(folder / "pages.bin", "rb") as fh:
                self.pages = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            self.bomb = (folder / "bomb.gz").read_bytes()
            self.pdf = (folder / "big.pdf").read_bytes()

    async def serve(self, address: str, site: Site, reader: asyncio.StreamReader,
                    writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path = lines[0].split(" ")[:2]
                headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
                started = loop.time()
                if not site.requests:
                    site.first = started
                site.requests += 1
                site.active += 1
                site.most = max(site.most, site.active)
                try:
                    await asyncio.sleep(site.latency)
                    await self.answer(site, method, path, headers, writer)
                finally:
                    site.active -= 1
                    site.last = loop.time()
                    site.busy += site.last - started
                    self.timeline.append((address, method, path, started, site.last))
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        finally:
            writer.close()

    async def answer(self, site: Site, method: str, path: str, headers: dict[str, str],
                     writer: asyncio.StreamWriter) -> None:
        kind, arg = site.routes.get(path.split("?")[0], (None, None))
        status, ctype, extra, body = "200 OK", "text/html; charset=utf-8", "", b""
        if kind == "tiny":
            body = TINY % (len(path), len(path))
        elif kind == "page":
            assert self.store is not None
            body = self.store.gzip_body(self.pages, arg)
            if "gzip" in headers.get("accept-encoding", ""):
                extra = "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n"
            else:
                body = zlib.decompress(body, 31)
        elif kind == "redirect":
            status, extra = "301 Moved Permanently", f"Location: http://{headers.get('host', '')}{arg}\r\n"
        elif kind == "bomb":
            body, extra = self.bomb, "Content-Encoding: gzip\r\n"
        elif kind in ("huge", "pdf", "drip"):
            await self.stream(kind, method, writer)
            return
        elif path == "/robots.txt":
            if site.crawl_delay:
                ctype, body = "text/plain", f"User-agent: *\nCrawl-delay: {site.crawl_delay:g}\n".encode()
            else:
                status, ctype, body = "404 Not Found", "text/plain", b"not found"
        elif site.soft404:
            body = SOFT_NOT_FOUND.format(path.replace("<", "")).encode()
        else:
            status, body = "404 Not Found", NOT_FOUND
        writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
                     .encode() + (b"" if method == "HEAD" else body))
        await writer.drain()

    async def stream(self, kind: str, method: str, writer: asyncio.StreamWriter) -> None:
        """The hostile bodies, written as the client reads them (never whole in memory)."""
        size = {"huge": heavyweb.HUGE_BYTES, "pdf": len(self.pdf), "drip": DRIP_BYTES}[kind]
        ctype = "application/pdf" if kind == "pdf" else "text/html; charset=utf-8"
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {size}\r\n\r\n".encode())
        if method == "HEAD":
            return
        sent = 0
        while sent < size:
            if kind == "huge":
                chunk = HUGE_CHUNKS[(sent >> 16) % len(HUGE_CHUNKS)][: size - sent]
            elif kind == "pdf":
                chunk = self.pdf[sent:sent + (1 << 20)]
            else:
                chunk = b"<" if sent == 0 else b" "
                await asyncio.sleep(DRIP_GAP_S)
            writer.write(chunk)
            sent += len(chunk)
            await writer.drain()

    def stats(self, timeline: str = "") -> str:
        out = {a: [s.requests, s.most, s.busy, s.first, s.last] for a, s in self.sites.items() if s.requests}
        for s in self.sites.values():
            s.reset()
        if timeline:
            Path(timeline).write_text("".join(json.dumps(t) + "\n" for t in self.timeline))
        self.timeline = []
        return json.dumps(out)


async def main(plan_file: str) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    web = Web(json.loads(Path(plan_file).read_text()))
    servers, port = [], 0
    for address, site in web.sites.items():
        def handler(r: asyncio.StreamReader, w: asyncio.StreamWriter, site: Site = site,
                    address: str = address) -> object:
            return web.serve(address, site, r, w)
        server = await asyncio.start_server(handler, address, port, backlog=512)
        port = port or server.sockets[0].getsockname()[1]
        servers.append(server)
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        command, _, timeline = line.decode().strip().partition(" ")
        if command == "stats":
            print(web.stats(timeline), flush=True)
    for server in servers:
        server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
