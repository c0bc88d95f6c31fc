"""Benchmark: the event loop's CPU per request of the one HTTP layer (``pipeline.net.fetcher.Fetcher``).

A loopback server (its own process) answers for ``--hosts`` sites, one
loopback address each, with the heavy web's distinct gzip-encoded pages
(heavyweb.py: median 100 KB of markup), ``--latency-ms`` late. A client
process fetches every page ``--passes`` times (each time from another
host), as the check stage's GET that is also a capture does (the raw bytes
to a sink, 256 KB of the decoded body kept), ``WORKERS`` at once under the
fetcher's own limits, and prints the CPU time of the thread that runs the
event loop (``time.thread_time``) per request: the figure issue 24 bounds
(3 ms on the heavy web, where the check does more than fetch). The threads
that inflate large chunks are not in it. ``--cookies``: every answer sets a
cookie, five per site (the real web's sites mostly do; the bench's web does not).

Each checkout given (``--tree``, a folder holding a ``pipeline`` package; the
default is this one) runs in its own process, alternating, ``--rounds`` times;
the best (least) of each is printed, as the machine is shared::

    git archive main pipeline | tar -x -C /tmp/sv-main     # the checkout to compare with
    python bench/fetchcost.py --tree /tmp/sv-main --tree .
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import heavyweb

PAGES, SEED = 546, 24  # the store bench/check.py builds at --scale 0.1 (heavy-v1-546-24)
WORKERS = 128  # links under way at once (the check stage works on up to 4 x http.max_concurrency sites)


def serve(folder: str, hosts: int, latency: float, cookies: bool, ports: multiprocessing.Queue) -> None:
    """Answer GET /p/N with page N (gzip-encoded when accepted) on 127.0.0.2 .. 127.0.0.(hosts+1); with
    ``cookies``, each answer also sets one of five cookies of its site."""
    store = heavyweb.PageStore.open(Path(folder))
    data = (Path(folder) / "pages.bin").read_bytes()

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                path = head.split(" ", 2)[1]
                await asyncio.sleep(latency)
                n = int(path.rsplit("/", 1)[1]) if path.startswith("/p/") else -1
                if 0 <= n < PAGES and "gzip" in head.lower():
                    body = store.gzip_body(data, n)
                    cookie = b"Set-Cookie: v%d=%d; Path=/; Max-Age=3600\r\n" % (n % 5, n) if cookies else b""
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: "
                                 b"gzip\r\nVary: Accept-Encoding\r\nCache-Control: max-age=60\r\n%sContent-Length: %d"
                                 b"\r\n\r\n%s" % (cookie, len(body), body))
                else:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nno")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        first = await asyncio.start_server(answer, "127.0.0.2", 0)
        port = first.sockets[0].getsockname()[1]
        servers = [first] + [await asyncio.start_server(answer, f"127.0.0.{2 + i}", port) for i in range(1, hosts)]
        ports.put(port)
        await asyncio.gather(*(s.serve_forever() for s in servers))

    asyncio.run(main())


async def client(port: int, hosts: int, passes: int) -> dict:
    import pipeline
    from pipeline.config import HttpConfig
    from pipeline.net.fetcher import Fetcher

    config = HttpConfig(allow_private_addresses=True, respect_robots=False, per_host_delay_s=0.0, start_delay_s=0.0)
    # pass k asks each page of another host (the same distinct bodies, new URLs)
    urls = [f"http://127.0.0.{2 + (n + k) % hosts}:{port}/p/{n}" for k in range(passes) for n in range(PAGES)]
    received = 0

    def sink(chunk: bytes) -> None:
        nonlocal received
        received += len(chunk)

    async with Fetcher(config) as fetcher:
        wall, cpu = time.monotonic(), time.thread_time()
        results = []
        todo = iter(urls)

        async def worker() -> None:  # the check stage's shape: a bounded number of links under way
            for url in todo:
                results.append(await fetcher.fetch(url, keep_bytes=262_144, stop_after=config.max_body_bytes,
                                                   sink=sink))
        await asyncio.gather(*(worker() for _ in range(WORKERS)))
        cpu, wall = time.thread_time() - cpu, time.monotonic() - wall
    bad = [r.url for r in results if r.status != 200 or not r.complete]
    return {"tree": str(Path(pipeline.__file__).parent.parent), "requests": len(urls),
            "loop_ms_per_request": 1000 * cpu / len(urls), "wall_s": wall, "raw_mb": received / 1e6, "failed": len(bad)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", help="a checkout to measure (repeat to compare; default: this one)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--passes", type=int, default=3, help="times each page is fetched in a run (from another host)")
    parser.add_argument("--cookies", action="store_true", help="every answer sets a cookie (five per site)")
    parser.add_argument("--client", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        print(json.dumps(asyncio.run(client(args.client, args.hosts, args.passes))))
        return
    trees = [str(Path(t).resolve()) for t in (args.tree or [str(ROOT)])]
    folder = heavyweb.build_store(PAGES, SEED)
    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, daemon=True,
                                     args=(str(folder), args.hosts, args.latency_ms / 1000, args.cookies, ports))
    server.start()
    port = ports.get(timeout=60)
    best: dict[str, dict] = {}
    try:
        for r in range(args.rounds):
            for tree in trees if r % 2 == 0 else trees[::-1]:
                env = dict(os.environ, PYTHONPATH=tree)
                out = subprocess.run([sys.executable, __file__, "--client", str(port), "--hosts", str(args.hosts),
                                      "--passes", str(args.passes)],
                                     env=env, cwd=tree, capture_output=True, text=True, check=True).stdout
                got = json.loads(out.strip().splitlines()[-1])
                assert got["tree"] == tree, f"measured {got['tree']}, not {tree}"
                print(f"round {r + 1} {tree}: {got['loop_ms_per_request']:.2f} ms/request of event-loop CPU "
                      f"({got['requests']} requests, {got['raw_mb']:.0f} MB received, {got['wall_s']:.1f} s wall, "
                      f"{got['failed']} failed)", flush=True)
                if tree not in best or got["loop_ms_per_request"] < best[tree]["loop_ms_per_request"]:
                    best[tree] = got
    finally:
        server.terminate()
    for tree, got in best.items():
        print(f"best of {args.rounds}: {got['loop_ms_per_request']:.2f} ms/request  {tree}")


if __name__ == "__main__":
    main()
