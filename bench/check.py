"""Benchmark: ``sourcevault check`` and a whole ``sourcevault run`` against the politeness bound and their peers.

A local web (webserver.py, its own process) serves the real corpus's URL
shape: by default 5,749 cited URLs on 1,163 sites, 393 on the busiest, one
loopback address per site. The default web (``--web heavy``, webplan.py and
heavyweb.py) serves distinct pages of real news weight (median 100 KB of
markup, 10 % over 300 KB, 1 % over 1 MB; gzip-encoded once, before the run),
404s, redirects, soft 404s, a few hostile URLs (a 200 MB page, a gzip bomb, a
50 MB PDF, a drip) and sites of different latencies (most 50 ms, some 20 ms,
a few small ones 0.3-1 s). ``--web tiny`` is the web of earlier sessions:
the same 1.3 KB page everywhere, every site at ``--latency-ms``.

Each tool runs at its own defaults (the one change for sourcevault: loopback
addresses allowed), one after the other on the same web (``--tools``):

* ``lychee``: ``lychee urls.txt`` (check only; ``pip install -e '.[bench]'``);
* ``wget``: ``wget --warc-file=capture --input-file=urls.txt``, GNU Wget's WARC
  capture, one URL at a time (the archiving peer; asked for only: it is slow);
* ``sv-check``: ``sourcevault extract``, then ``sourcevault check`` timed (its GETs are the captures);
* ``sv-run``: a whole first ``sourcevault run`` (extract, check, archive, match, report);
* ``sv-rerun``: ``sourcevault run`` again on ``sv-run``'s project: nothing is due.

Printed: B, the politeness bound (the largest, over sites, of the requests a
check must make there, cited URLs + redirect hops + robots.txt + the soft-404
probe, times the largest of the site's latency, ``http.per_host_delay_s`` and
its Crawl-delay) and the site that sets it; per tool the wall time, the CPU of
its whole process tree (C: all but the extraction workers; X: the workers'),
its main process's CPU per request, and for sourcevault its event loop's: the
CPU of the one thread that runs the check's asyncio loop (``time.thread_time``,
recorded by the check stage as ``loop_cpu_ms`` and read from ``status --json``;
the helper threads that inflate, hash, spool and write WARC records are not in
it, the main process's figure has them), peak
memory (the largest sum of PSS over the tree, sampled every 0.1 s, and the
largest single process; proctree.py), and the requests in flight at the site
that sets B, counted by the server (time-weighted mean over the site's span,
and the most at once); the server's own CPU; what sourcevault left on disk (WARC
files, text copies, database) in its result column; then a warm in-process measure
of sourcevault's extraction against ``trafilatura.extract(html, url=url)`` on
a sample of the same pages, and PASS/FAIL per target of issue 24.

    python bench/check.py                               # the heavy web, full size (long: see docs/check.md)
    python bench/check.py --scale 0.25                  # a quarter of the sites and URLs
    python bench/check.py --web tiny                    # the 1.3 KB-page web of earlier sessions
    python bench/check.py --tools lychee,wget           # the peers
    python bench/check.py --tools sv-check --sample 0 --timeline /tmp/tl
    python bench/timeline.py /tmp/tl/sv-check           # where the check's wall time went (every request, server-side)
    python bench/check.py --web tiny --urls 100000 --sites 5000 --top 1000 --latency-ms 5 \\
        --tools sv-run                                  # memory of a whole first run at 100,000 URLs
                                                    # (tiny pages: the heavy web would first build 95,000)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import heavyweb
import proctree
import targets
import webplan

from pipeline.config import HttpConfig

STARTED: dict[str, float] = {}  # tool -> when its timed command started (time.monotonic), for --timeline


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
    return sourcevault()


def sourcevault() -> list[str]:
    return [str(Path(sys.executable).parent / "sourcevault"), "--config", "config.yaml"]


def run_sourcevault(args: argparse.Namespace, urls: list[str], work: Path, tool: str,
                    skip: set[int]) -> tuple[proctree.TreeUsage, str]:
    exe = sourcevault() if tool == "sv-rerun" else write_project(args, urls, work)
    if tool == "sv-check":
        done = proctree.run_measured([*exe, "extract"], work, skip)
        if done.exit_code:
            raise SystemExit(f"extract failed: {done.output}")
        STARTED[tool] = time.monotonic()
        usage = proctree.run_measured([*exe, "check", *(["--no-capture"] if args.no_capture else [])], work, skip)
    else:
        usage = proctree.run_measured([*exe, "run"], work, skip)  # quiet at its defaults, as cron runs it
    if usage.exit_code:
        raise SystemExit(f"sourcevault {tool} failed ({usage.exit_code}): {usage.output[-2000:]}")
    status = subprocess.run([*exe, "status"], cwd=work, capture_output=True, text=True).stdout  # not timed
    states = [line.split(None, 1)[1] for line in status.splitlines() if line.startswith(("states", "copies"))]
    return usage, "; ".join(states)[:160] + f"; disk: {disk_use(work)}"


def disk_use(work: Path) -> str:
    """What the project keeps on disk after the command: its WARC files, its text copies, its database."""
    def mb(paths: Iterable[Path]) -> float:
        return sum(f.stat().st_size for f in paths if f.is_file()) / 1e6

    archive = work / "archive"
    warc = mb((archive / "warc").glob("*"))
    copies = mb(f for f in archive.rglob("*") if "warc" not in f.relative_to(archive).parts)
    return f"WARC {warc:.0f} MB, copies {copies:.0f} MB, database {mb((work / 'data').glob('*')):.0f} MB"


def loop_cpu(work: Path) -> float | None:
    """The CPU time of the check's event loop thread in the last run (its ``loop_cpu_ms`` count), in seconds."""
    status = subprocess.run([*sourcevault(), "status", "--json"], cwd=work, capture_output=True, text=True).stdout
    try:
        return json.loads(status)["last_run"]["counts"]["check"]["loop_cpu_ms"] / 1000
    except (ValueError, KeyError, TypeError):  # no check stage in the last run (sv-rerun: nothing due)
        return None


def run_lychee(urls: list[str], work: Path, skip: set[int]) -> tuple[proctree.TreeUsage, str]:
    exe = shutil.which("lychee", path=str(Path(sys.executable).parent)) or shutil.which("lychee")
    if not exe:
        raise SystemExit("lychee not found: pip install -e '.[bench]'")
    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    usage = proctree.run_measured([exe, "--no-progress", "--format", "json", "--output", "lychee.json", "urls.txt"],
                                  work, skip)  # at its defaults
    stats = json.loads((work / "lychee.json").read_text())
    return usage, ", ".join(f"{k} {stats[k]}" for k in ("total", "successful", "errors") if k in stats)


def run_wget(urls: list[str], work: Path, skip: set[int]) -> tuple[proctree.TreeUsage, str]:
    exe = shutil.which("wget")
    if not exe:
        raise SystemExit("wget not found (apt-get install wget)")
    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    usage = proctree.run_measured([exe, "--quiet", "--warc-file=capture", "--input-file=urls.txt"], work, skip)
    warc = work / "capture.warc.gz"
    if not warc.exists():
        raise SystemExit(f"wget wrote no WARC file ({usage.exit_code}): {usage.output[-2000:]}")
    return usage, f"exit {usage.exit_code}; WARC {warc.stat().st_size / 1e6:.0f} MB"


def server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / proctree.TICK


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--web", choices=("heavy", "tiny"), default="heavy")
    p.add_argument("--urls", type=int, default=5749)
    p.add_argument("--sites", "--hosts", dest="sites", type=int, default=1163)
    p.add_argument("--top", type=int, default=393, help="URLs on the busiest site")
    p.add_argument("--scale", type=float, default=1.0, help="multiplies --urls, --sites and --top")
    p.add_argument("--dead-share", type=float, default=0.05, help="share of URLs answering 404")
    p.add_argument("--latency-ms", type=float, default=50, help="most sites' latency (tiny: every site's)")
    p.add_argument("--hostile", type=int, default=3, help="heavy web: URLs of each hostile kind")
    p.add_argument("--seed", type=int, default=24)
    p.add_argument("--sample", type=int, default=40, help="pages in the in-process extraction measure (0: none)")
    p.add_argument("--urls-per-event", type=int, default=3, help="sources per event file (3: ~2,000 events)")
    p.add_argument("--no-capture", action="store_true", help="sv-check only checks")
    p.add_argument("--tools", default="lychee,sv-check,sv-run,sv-rerun")
    p.add_argument("--timeline", metavar="DIR", help="write every request each tool made (TOOL.jsonl) and when the "
                   "tool ran (TOOL.json) to DIR; bench/timeline.py reads them")
    args = p.parse_args()
    args.urls, args.sites = round(args.urls * args.scale), round(args.sites * args.scale)
    args.top = round(args.top * args.scale)
    return args


def make_web(args: argparse.Namespace) -> tuple[list[webplan.Site], Path | None]:
    sizes = webplan.host_sizes(args.urls, args.sites, args.top)
    if args.web == "tiny":
        return webplan.tiny_plan(sizes, args.dead_share, args.latency_ms / 1000), None
    sites, pages = webplan.heavy_plan(sizes, args.dead_share, args.hostile, args.seed, args.latency_ms / 1000)
    return sites, heavyweb.build_store(pages, args.seed)


def main() -> None:
    args = parse_args()
    proctree.adopt_orphans()
    sites, store = make_web(args)
    http = HttpConfig()
    bound, setter = webplan.politeness_bound(sites, http.per_host_delay_s, http.max_crawl_delay_s)
    assert setter is not None
    pace = max(setter.latency, http.per_host_delay_s, min(setter.crawl_delay or 0, http.max_crawl_delay_s))
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        plan = Path(tmp) / "plan.json"
        plan.write_text(json.dumps(webplan.plan_json(args.web, sites, str(store) if store else None)))
        server = subprocess.Popen([sys.executable, str(BENCH / "webserver.py"), str(plan)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert server.stdin and server.stdout
        skip = {server.pid}
        port = int(server.stdout.readline())
        urls = [f"http://{s.address}:{port}{path}" for s in sites for path in s.cited]
        print(f"{args.web} web: {len(urls)} URLs on {len(sites)} sites (busiest: {len(sites[0].cited)}), "
              f"{-(-len(urls) // args.urls_per_event)} events; {os.cpu_count()} cores; each tool at its defaults")
        print(targets.describe_web(sites, store))
        print(f"B = {bound:.2f} s, set by {setter.address} ({setter.requests()} requests x {pace * 1000:.0f} ms)")
        rows: dict[str, targets.Row] = {}
        print(targets.TABLE_HEAD)
        try:
            for tool in args.tools.split(","):
                work = Path(tmp) / ("sv-run" if tool == "sv-rerun" else tool)
                work.mkdir(exist_ok=True)
                cpu_before = server_cpu(server.pid)
                STARTED[tool] = time.monotonic()
                if tool == "lychee":
                    usage, summary = run_lychee(urls, work, skip)
                elif tool == "wget":
                    usage, summary = run_wget(urls, work, skip)
                else:
                    usage, summary = run_sourcevault(args, urls, work, tool, skip)
                ended = time.monotonic()
                timeline = ""
                if args.timeline:
                    Path(args.timeline).mkdir(parents=True, exist_ok=True)
                    timeline = str(Path(args.timeline).resolve() / f"{tool}.jsonl")
                    (Path(args.timeline) / f"{tool}.json").write_text(json.dumps(
                        {"tool": tool, "started": STARTED[tool], "ended": ended, "b_site": setter.address}))
                server.stdin.write(f"stats {timeline}".strip().encode() + b"\n")
                server.stdin.flush()
                traffic = json.loads(server.stdout.readline())
                row = targets.Row(tool, usage, traffic, setter.address, sites[0].address,
                                  server_cpu(server.pid) - cpu_before, summary,
                                  loop_cpu(work) if tool.startswith("sv-") else None)
                rows[tool] = row
                print(row.line(bound), flush=True)
                if tool == "wget":
                    shutil.rmtree(work, ignore_errors=True)  # its saved pages: a gigabyte on the heavy web
        finally:
            server.stdin.close()
            server.wait(10)
    measure = None
    if store and args.sample:
        measure = targets.extraction_measure(store, args.sample, random.Random(args.seed))
        print(measure.line())
    html_pages = sum(1 for s in sites for p in s.cited if s.routes.get(p, [""])[0] in ("page", "redirect"))
    for line in targets.verdicts(rows, bound, setter, pace, os.cpu_count() or 1, http.per_host_concurrency, measure,
                                 html_pages, args.urls):
        print(line)


if __name__ == "__main__":
    main()
