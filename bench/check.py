"""Benchmark: ``sourcevault check`` against lychee on the same URLs, same limits, same run.

A local server (a subprocess; asyncio) answers every request after a fixed
latency, on one loopback address per simulated host (127.1.x.y), so that
politeness limits apply per host as they would on the web. The URLs are shaped
like the real corpus: by default 5,500 URLs on 1,160 hosts with a heavy tail
(the busiest host holds about 10 % of them, as npr.org does in the sample);
5 % of them answer 404. The server counts requests and the most requests in
flight per host, so the table also shows that each tool kept to the limits.

The *limit* is the fastest any checker could finish while respecting the
caps: the larger of (all URLs x latency / total concurrency) and, for the
busiest host, (its URLs - 1) x interval + latency or its URLs / per-host
concurrency x latency. It counts one request per URL (lychee's workload);
sourcevault also fetches robots.txt and one probe per host, which count
against it.

    .venv/bin/python bench/check.py                       # the default run (about a minute)
    .venv/bin/python bench/check.py --interval-ms 0       # raw throughput, no spacing
    .venv/bin/python bench/check.py --urls 100000 --hosts 5000 --interval-ms 0 --tools sourcevault
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CPU_USED: list[float] = []  # CPU seconds of each timed command, in order
PAGE = (b"<!doctype html><html><head><title>Story %d</title></head><body><h1>Story %d</h1><p>"
        + b"Council approves budget after long debate. " * 30 + b"</p></body></html>")


def host_address(i: int) -> str:
    return f"127.1.{i // 250}.{i % 250 + 1}"


def host_sizes(urls: int, hosts: int, top_share: float) -> list[int]:
    """URLs per host: Zipf-like weights whose exponent puts ``top_share`` of the URLs on the busiest host."""
    spare = urls - hosts  # every host has at least one URL; the rest go by weight, largest remainders first
    lo, hi = 0.0, 3.0
    for _ in range(60):
        s = (lo + hi) / 2
        weights = [1 / (i + 1) ** s for i in range(hosts)]
        share = (1 + spare * weights[0] / sum(weights)) / urls
        lo, hi = (s, hi) if share < top_share else (lo, s)
    total = sum(weights)
    exact = [spare * w / total for w in weights]
    sizes = [1 + int(x) for x in exact]
    by_remainder = sorted(range(hosts), key=lambda i: int(exact[i]) - exact[i])
    for i in by_remainder[: urls - sum(sizes)]:
        sizes[i] += 1
    return sizes


def make_urls(args: argparse.Namespace, port: int) -> list[str]:
    out, n = [], 0
    for h, size in enumerate(host_sizes(args.urls, args.hosts, args.top_share)):
        for j in range(size):
            dead = n % round(1 / args.dead_share) == 0 if args.dead_share else False
            path = f"/missing/{n}" if dead else f"/news/{h}/story-{j}"
            out.append(f"http://{host_address(h)}:{port}{path}")
            n += 1
    return out


# --- the server (runs in a subprocess: python bench/check.py --serve ...) -----------------------

class _Server(asyncio.Protocol):
    stats: dict[str, object] = {"requests": 0, "active": collections.Counter(), "max": collections.Counter()}
    latency = 0.05

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.host = transport.get_extra_info("sockname")[0]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            method, path = head.split(b" ", 2)[:2]
            stats = self.stats
            stats["requests"] += 1  # type: ignore[operator]
            active, most = stats["active"], stats["max"]
            active[self.host] += 1  # type: ignore[index]
            most[self.host] = max(most[self.host], active[self.host])  # type: ignore[index]
            asyncio.get_running_loop().call_later(self.latency, self.respond, method, path)

    def respond(self, method: bytes, path: bytes) -> None:
        self.stats["active"][self.host] -= 1  # type: ignore[index]
        if self.transport.is_closing():
            return
        if path.startswith((b"/missing/", b"/robots.txt")) or b"sourcevault-probe-" in path:
            status, body = b"404 Not Found", b"<html><head><title>Not found</title></head><body>No.</body></html>"
        else:
            n = len(path)
            status, body = b"200 OK", PAGE % (n, n)
        head = (b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n")
        self.transport.write(head if method == b"HEAD" else head + body)


async def serve(hosts: int, latency: float) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    _Server.latency = latency
    loop = asyncio.get_running_loop()
    first = await loop.create_server(_Server, host_address(0), 0)
    port = first.sockets[0].getsockname()[1]
    servers = [first] + [await loop.create_server(_Server, host_address(i), port) for i in range(1, hosts)]
    print(port, flush=True)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        if line.strip() == b"stats":
            s = _Server.stats
            print(json.dumps({"requests": s["requests"], "max_per_host": max(s["max"].values(), default=0)}),
                  flush=True)
            _Server.stats = {"requests": 0, "active": collections.Counter(), "max": collections.Counter()}
    for srv in servers:
        srv.close()


# --- the benchmark ------------------------------------------------------------------------------

def timed(cmd: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB, exit code and output of one command (CPU seconds go to CPU_USED)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    CPU_USED.append(usage.ru_utime + usage.ru_stime)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, proc.returncode, out


def run_sourcevault(args: argparse.Namespace, urls: list[str], work: Path) -> tuple[float, float, str]:
    events = work / "events"
    events.mkdir()
    per_file = 100
    for i in range(0, len(urls), per_file):
        sources = "".join(f"  - url: {u}\n" for u in urls[i:i + per_file])
        (events / f"event-{i // per_file:05d}.md").write_text(
            f"---\nid: bench-{i // per_file}\ndate: 2025-01-01\ntitle: Bench\nsources:\n{sources}---\n")
    (work / "config.yaml").write_text(json.dumps({
        "paths": {"events": ["events"], "database": "data/sv.db"},
        "http": {"allow_private_addresses": True, "max_concurrency": args.concurrency,
                 "per_host_concurrency": args.per_host, "per_host_delay_s": args.interval_ms / 1000,
                 "max_retries": 2},
        "check": {"method": args.method},
    }))
    exe = str(Path(sys.executable).parent / "sourcevault")
    _, _, code, out = timed([exe, "--config", "config.yaml", "extract"], work)
    if code:
        raise SystemExit(f"extract failed: {out}")
    wall, rss, code, out = timed([exe, "--config", "config.yaml", "check"], work)
    if code:
        raise SystemExit(f"sourcevault check failed ({code}): {out}")
    return wall, rss, out.strip().splitlines()[-1]


def run_lychee(args: argparse.Namespace, urls: list[str], work: Path) -> tuple[float, float, str]:
    exe = shutil.which("lychee", path=str(Path(sys.executable).parent)) or shutil.which("lychee")
    if not exe:
        raise SystemExit("lychee not found: pip install -e '.[bench]'")
    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    wall, rss, code, out = timed([exe, "--no-progress", "--max-concurrency", str(args.concurrency),
                                  "--host-concurrency", str(args.per_host),
                                  "--host-request-interval", f"{args.interval_ms}ms", "--max-retries", "2",
                                  "--format", "json", "--output", "lychee.json", "urls.txt"], work)
    stats = json.loads((work / "lychee.json").read_text())
    summary = ", ".join(f"{k} {stats[k]}" for k in ("total", "successful", "errors") if k in stats)
    return wall, rss, summary


def limit_seconds(args: argparse.Namespace) -> float:
    latency = args.latency_ms / 1000
    top = host_sizes(args.urls, args.hosts, args.top_share)[0]
    per_host = max((top - 1) * args.interval_ms / 1000 + latency, -(-top // args.per_host) * latency)
    return max(args.urls * latency / args.concurrency, per_host)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--urls", type=int, default=5500)
    p.add_argument("--hosts", type=int, default=1160)
    p.add_argument("--top-share", type=float, default=0.10, help="share of URLs on the busiest host")
    p.add_argument("--dead-share", type=float, default=0.05, help="share of URLs answering 404")
    p.add_argument("--latency-ms", type=float, default=50)
    p.add_argument("--concurrency", type=int, default=128, help="total requests in flight (both tools)")
    p.add_argument("--per-host", type=int, default=10, help="requests in flight per host (both tools)")
    p.add_argument("--interval-ms", type=int, default=50, help="minimum spacing of requests to one host")
    p.add_argument("--method", default="auto", choices=("auto", "head", "get"), help="sourcevault check.method")
    p.add_argument("--tools", default="sourcevault,lychee")
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        asyncio.run(serve(args.hosts, args.latency_ms / 1000))
        return
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--hosts", str(args.hosts),
                               "--latency-ms", str(args.latency_ms)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert server.stdin and server.stdout
    port = int(server.stdout.readline())
    urls = make_urls(args, port)
    limit = limit_seconds(args)
    print(f"{len(urls)} URLs on {args.hosts} hosts (busiest: {host_sizes(args.urls, args.hosts, args.top_share)[0]}),"
          f" latency {args.latency_ms:g} ms, concurrency {args.concurrency}, per host {args.per_host},"
          f" interval {args.interval_ms} ms; limit {limit:.1f} s")
    print("| tool | wall (s) | x limit | CPU (s) | requests | max in flight per host | peak RSS (MB) | result |")
    print("|---|---|---|---|---|---|---|---|")
    try:
        for tool in args.tools.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                run = run_sourcevault if tool == "sourcevault" else run_lychee
                wall, rss, summary = run(args, urls, Path(tmp))
            server.stdin.write(b"stats\n")
            server.stdin.flush()
            stats = json.loads(server.stdout.readline())
            print(f"| {tool} | {wall:.1f} | {wall / limit:.2f} | {CPU_USED[-1]:.1f} | {stats['requests']} "
                  f"| {stats['max_per_host']} "
                  f"| {rss:.0f} | {summary} |", flush=True)
    finally:
        server.stdin.close()
        server.wait(10)


if __name__ == "__main__":
    main()
