"""Benchmark: lychee against ``sourcevault check`` and a whole ``sourcevault run``, each at its defaults.

A local server (a subprocess; asyncio) answers every request after a fixed
latency, on one loopback address per simulated site (127.1.x.y), so that
politeness applies per site as it would on the web. The URLs are shaped like
the real corpus: by default 5,749 URLs on 1,163 sites, 393 on the busiest;
5 % of them answer 404. Every tool runs at its own defaults; the one change
for sourcevault is allowing loopback addresses (the local web lives there).

The server counts, per site, the requests and how many were in flight: the
most at once, and the time-weighted mean (the sum of the durations of a
site's requests divided by the span from its first request's start to its
last answer). The table shows the worst site's and the busiest site's mean.

Tools (``--tools``, in order; each sourcevault one starts from an empty project
unless it is ``sv-rerun``, which runs again on the project ``sv-run`` left):

* ``lychee``: ``lychee urls.txt`` (check only);
* ``wget``: ``wget --warc-file=capture --input-file=urls.txt``, GNU Wget's WARC capture of
  every URL (the archiving peer, from the system's ``wget`` package: no check verdicts, no
  text copies; asked for only, as it fetches one URL at a time and takes about five minutes
  on the default web);
* ``sv-check``: ``sourcevault extract``, then ``sourcevault check`` timed
  (its GETs are also the captures, as at the defaults);
* ``sv-run``: ``sourcevault run`` timed: extract, check, archive (Wayback lookups
  included: with no internet they fail at once), match, report;
* ``sv-rerun``: ``sourcevault run`` again on the unchanged corpus: nothing is due.

Every sourcevault command runs at its defaults (no ``-v``: at the defaults a run
is quiet, as cron wants it); the result column comes from ``sourcevault status``,
run after the timed command.

    python bench/check.py                                          # the default comparison
    python bench/check.py --urls 1200 --hosts 250 --top 80         # a quick, scaled-down one
    python bench/check.py --urls 100000 --hosts 5000 --top 1000 --latency-ms 5 \
        --tools sv-check --no-capture                              # memory at 100,000 URLs
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
KEEP: set[int] = set()  # our own long-lived children (the server): never waited for as orphans
PAGE = (b"<!doctype html><html><head><title>Story %d</title></head><body><h1>Story %d</h1><p>"
        + b"Council approves budget after long debate. " * 30 + b"</p></body></html>")


def host_address(i: int) -> str:
    return f"127.1.{i // 250}.{i % 250 + 1}"


def host_sizes(urls: int, hosts: int, top: int) -> list[int]:
    """URLs per host, the busiest holding ``top`` of them."""
    return _host_sizes(urls, hosts, top / urls)


def _host_sizes(urls: int, hosts: int, top_share: float) -> list[int]:
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
    for h, size in enumerate(host_sizes(args.urls, args.hosts, args.top)):
        for j in range(size):
            dead = n % round(1 / args.dead_share) == 0 if args.dead_share else False
            path = f"/missing/{n}" if dead else f"/news/{h}/story-{j}"
            out.append(f"http://{host_address(h)}:{port}{path}")
            n += 1
    return out


# --- the server (runs in a subprocess: python bench/check.py --serve ...) -----------------------

class _Site:
    __slots__ = ("active", "busy", "first", "last", "most", "requests")

    def __init__(self) -> None:
        self.requests = self.active = self.most = 0
        self.busy = 0.0  # the sum of the durations of its requests
        self.first = self.last = 0.0


class _Server(asyncio.Protocol):
    sites: dict[str, _Site] = collections.defaultdict(_Site)
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
            site = self.sites[self.host]
            now = asyncio.get_running_loop().time()
            if not site.requests:
                site.first = now
            site.requests += 1
            site.active += 1
            site.most = max(site.most, site.active)
            asyncio.get_running_loop().call_later(self.latency, self.respond, method, path, now)

    def respond(self, method: bytes, path: bytes, started: float) -> None:
        site = self.sites[self.host]
        site.active -= 1
        site.last = asyncio.get_running_loop().time()
        site.busy += site.last - started
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


def site_stats(sites: dict[str, _Site]) -> dict[str, object]:
    """Requests, the most in flight at one site, and the time-weighted mean in flight (worst and busiest site)."""
    def mean(site: _Site) -> float:
        span = site.last - site.first
        return site.busy / span if span > 0 else 1.0

    busiest = max(sites.values(), key=lambda s: s.requests, default=None)
    return {"requests": sum(s.requests for s in sites.values()),
            "max_per_host": max((s.most for s in sites.values()), default=0),
            "mean_worst": max((mean(s) for s in sites.values() if s.requests > 1), default=0.0),
            "mean_busiest": mean(busiest) if busiest else 0.0,
            "busiest_requests": busiest.requests if busiest else 0}


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
            print(json.dumps(site_stats(_Server.sites)), flush=True)
            _Server.sites = collections.defaultdict(_Site)
    for srv in servers:
        srv.close()


# --- the benchmark ------------------------------------------------------------------------------

def adopt_orphans() -> None:
    """Become the reaper of our descendants' orphans (Linux), so that their CPU time is counted.

    sourcevault's extraction workers are children of a forkserver that outlives
    the command; without this their CPU time would go to init and the CPU
    column would show only the main process.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def reap_orphans(keep: set[int], wait_s: float = 10.0) -> None:
    """Wait for (and reap) every child of ours but ``keep``: the orphans a command left behind."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid:
            continue
        alive = [int(d) for d in os.listdir("/proc") if d.isdigit() and int(d) not in keep
                 and _parent_of(int(d)) == os.getpid()]
        if not alive:
            return
        time.sleep(0.05)


def _parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return int(fh.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB, exit code and output of one command (CPU seconds go to CPU_USED:
    the command's and every process it started, its extraction workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    reap_orphans(KEEP)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_USED.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall, usage.ru_maxrss / 1024, proc.returncode, out


def write_project(args: argparse.Namespace, urls: list[str], work: Path) -> list[str]:
    """Event files citing ``urls`` (``--urls-per-event`` each) and a config at the defaults; the command."""
    events = work / "events"
    events.mkdir()
    per_file = args.urls_per_event
    for i in range(0, len(urls), per_file):
        sources = "".join(f"  - url: {u}\n" for u in urls[i:i + per_file])
        (events / f"event-{i // per_file:05d}.md").write_text(
            f"---\nid: bench-{i // per_file}\ndate: 2025-01-01\ntitle: Bench\nsources:\n{sources}---\n")
    (work / "config.yaml").write_text(json.dumps({
        "paths": {"events": ["events"], "database": "data/sv.db"},
        "http": {"allow_private_addresses": True},  # the one change from the defaults
    }))
    return [str(Path(sys.executable).parent / "sourcevault"), "--config", "config.yaml"]


def run_sourcevault(args: argparse.Namespace, urls: list[str], work: Path, tool: str) -> tuple[float, float, str]:
    if tool == "sv-rerun":
        exe = [str(Path(sys.executable).parent / "sourcevault"), "--config", "config.yaml"]
    else:
        exe = write_project(args, urls, work)
    if tool == "sv-check":
        _, _, code, out = timed([*exe, "extract"], work)
        if code:
            raise SystemExit(f"extract failed: {out}")
        wall, rss, code, out = timed([*exe, "check", *(["--no-capture"] if args.no_capture else [])], work)
    else:
        wall, rss, code, out = timed([*exe, "run"], work)  # quiet at its defaults, as cron runs it
    if code:
        raise SystemExit(f"sourcevault {tool} failed ({code}): {out[-2000:]}")
    status = subprocess.run([*exe, "status"], cwd=work, capture_output=True, text=True).stdout  # not timed
    states = [line.split(None, 1)[1] for line in status.splitlines() if line.startswith(("states", "copies"))]
    return wall, rss, "; ".join(states)[:160]


def run_lychee(args: argparse.Namespace, urls: list[str], work: Path) -> tuple[float, float, str]:
    exe = shutil.which("lychee", path=str(Path(sys.executable).parent)) or shutil.which("lychee")
    if not exe:
        raise SystemExit("lychee not found: pip install -e '.[bench]'")
    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    wall, rss, code, out = timed([exe, "--no-progress", "--format", "json", "--output", "lychee.json", "urls.txt"],
                                 work)  # at its defaults
    stats = json.loads((work / "lychee.json").read_text())
    summary = ", ".join(f"{k} {stats[k]}" for k in ("total", "successful", "errors") if k in stats)
    return wall, rss, summary


def run_wget(args: argparse.Namespace, urls: list[str], work: Path) -> tuple[float, float, str]:
    exe = shutil.which("wget")
    if not exe:
        raise SystemExit("wget not found")
    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    wall, rss, code, out = timed([exe, "--quiet", "--warc-file=capture", "--input-file=urls.txt"], work)
    warc = work / "capture.warc.gz"
    if not warc.exists():
        raise SystemExit(f"wget wrote no WARC file ({code}): {out[-2000:]}")
    saved = sum(1 for f in work.iterdir() if f.is_file() and f.name not in ("urls.txt", warc.name))
    return wall, rss, f"exit {code}; {saved} files saved; WARC {warc.stat().st_size / 1e6:.1f} MB"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--urls", type=int, default=5749)
    p.add_argument("--hosts", type=int, default=1163)
    p.add_argument("--top", type=int, default=393, help="URLs on the busiest site")
    p.add_argument("--dead-share", type=float, default=0.05, help="share of URLs answering 404")
    p.add_argument("--latency-ms", type=float, default=50)
    p.add_argument("--urls-per-event", type=int, default=3, help="sources per event file (3: ~2,000 events)")
    p.add_argument("--no-capture", action="store_true", help="sv-check only checks (for the memory run)")
    p.add_argument("--tools", default="lychee,sv-check,sv-run,sv-rerun")
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        asyncio.run(serve(args.hosts, args.latency_ms / 1000))
        return
    adopt_orphans()
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--hosts", str(args.hosts),
                               "--latency-ms", str(args.latency_ms)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert server.stdin and server.stdout
    KEEP.add(server.pid)
    port = int(server.stdout.readline())
    urls = make_urls(args, port)
    print(f"{len(urls)} URLs on {args.hosts} sites (busiest: {host_sizes(args.urls, args.hosts, args.top)[0]}),"
          f" latency {args.latency_ms:g} ms, {-(-len(urls) // args.urls_per_event)} events; each tool at its defaults")
    print("| tool | wall (s) | x lychee | CPU (s) | CPU per request (ms) | requests | max in flight per site "
          "| mean in flight, worst site | mean in flight, busiest site | peak RSS (MB) | result |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    lychee_wall = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for tool in args.tools.split(","):
                work = Path(tmp) / tool if tool != "sv-rerun" else Path(tmp) / "sv-run"
                work.mkdir(exist_ok=True)
                if tool == "lychee":
                    wall, rss, summary = run_lychee(args, urls, work)
                    lychee_wall = wall
                elif tool == "wget":
                    wall, rss, summary = run_wget(args, urls, work)
                else:
                    wall, rss, summary = run_sourcevault(args, urls, work, tool)
                server.stdin.write(b"stats\n")
                server.stdin.flush()
                st = json.loads(server.stdout.readline())
                ratio = f"{wall / lychee_wall:.2f}" if lychee_wall else "-"
                per_request = f"{CPU_USED[-1] / st['requests'] * 1000:.1f}" if st["requests"] else "-"
                print(f"| {tool} | {wall:.1f} | {ratio} | {CPU_USED[-1]:.1f} | {per_request} | {st['requests']} "
                      f"| {st['max_per_host']} | {st['mean_worst']:.2f} | {st['mean_busiest']:.2f} "
                      f"| {rss:.0f} | {summary} |", flush=True)
    finally:
        server.stdin.close()
        server.wait(10)


if __name__ == "__main__":
    main()
