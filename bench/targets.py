"""The bench's table rows and the targets of issue 24, as PASS/FAIL lines.

Definitions (issue 24, "Targets"): B is the politeness bound (webplan.py); C
the CPU of the whole process tree but the extraction workers, X the
workers'; cores the machine's. Memory is the largest sum of PSS over the
tree (proctree.py).

* ``sourcevault check`` <= 1.3 x max(B, C / cores, the busiest process's CPU);
  C <= 8 ms and the event loop <= 3 ms per request (the CPU of the thread
  running the check's asyncio loop, ``loop_cpu_ms``; the main process's CPU,
  its helper threads included, printed beside it); the
  site that sets B at >= 0.85 requests in flight on average, never more than
  ``http.per_host_concurrency``; <= 0.1 x wget's capture.
* a whole first ``sourcevault run`` <= 1.3 x max(B, its tree's CPU / cores);
  X per HTML page <= 1.25 x ``trafilatura.extract(html, url=url)`` + 3 ms on
  the same pages; no HTML page over 5 s of extraction CPU (of the sample
  measured in-process); <= 0.4 x wget's capture.
* peak memory <= 400 MB, no process over 250 MB; at 100,000 URLs a whole run <= 500 MB.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import time
import zlib
from pathlib import Path

import heavyweb
import proctree
import webplan

TABLE_HEAD = (
    "| tool | wall (s) | x B | CPU, tree (s) | C (s) | X, workers (s) | main (s) | C per request (ms) "
    "| main per request (ms) | event loop per request (ms) | requests | B's site: mean / max in flight "
    "| busiest site: mean in flight "
    "| max in flight, any site "
    "| peak PSS, tree (MB) | largest process (MB) | server CPU (s) | result |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")


@dataclasses.dataclass
class Row:
    tool: str
    usage: proctree.TreeUsage
    traffic: dict[str, list[float]]  # address -> [requests, most, busy, first, last] (webserver.py)
    setter: str  # the address of the site that sets B
    busiest: str  # the address of the site with the most cited URLs
    server_cpu: float
    summary: str
    loop_cpu: float | None = None  # sourcevault: CPU of the check's event loop thread (s); None for the peers

    @property
    def requests(self) -> int:
        return int(sum(t[0] for t in self.traffic.values()))

    def in_flight(self, site: str | None = None) -> tuple[float, int]:
        """A site's (the B site's) time-weighted mean in flight over its span, and the most at once."""
        requests, most, busy, first, last = self.traffic.get(site or self.setter, [0, 0, 0.0, 0.0, 0.0])
        return (busy / (last - first) if last > first else 0.0), int(most)

    def pace_used(self, pace: float) -> float:
        """The B site's requests times its pace over its span: 1.0 when it was asked as fast as B allows."""
        requests, _, _, first, last = self.traffic.get(self.setter, [0, 0, 0.0, 0.0, 0.0])
        return requests * pace / (last - first) if last > first else 0.0

    def per_request_ms(self, cpu: float) -> float:
        return cpu / self.requests * 1000 if self.requests else float("nan")

    def line(self, bound: float) -> str:
        u, (mean, most) = self.usage, self.in_flight()
        return (f"| {self.tool} | {u.wall:.1f} | {u.wall / bound:.2f} | {u.total_cpu:.1f} | {u.check_path_cpu:.1f} "
                f"| {u.worker_cpu:.1f} | {u.main_cpu:.1f} | {self.per_request_ms(u.check_path_cpu):.1f} "
                f"| {self.per_request_ms(u.main_cpu):.1f} "
                f"| {'-' if self.loop_cpu is None else f'{self.per_request_ms(self.loop_cpu):.1f}'} "
                f"| {self.requests} | {mean:.2f} / {most} "
                f"| {self.in_flight(self.busiest)[0]:.2f} "
                f"| {max((int(t[1]) for t in self.traffic.values()), default=0)} | {u.peak_pss_mb:.0f} "
                f"| {u.peak_single_mb:.0f} ({u.peak_single_role or '-'}) | {self.server_cpu:.1f} "
                f"| {self.summary}; at the peak: {peak_roles(u)} |")


def peak_roles(u: proctree.TreeUsage) -> str:
    """The tree's peak PSS by role (main, helper, worker), in MB."""
    return ", ".join(f"{role} {mb:.0f} MB" for role, mb in sorted(u.peak_by_role.items())) or "-"


def describe_web(sites: list[webplan.Site], store: Path | None) -> str:
    latencies = sorted(s.latency for s in sites)
    kinds: dict[str, int] = {}
    for s in sites:
        for path in s.cited:
            kind = s.routes.get(path, ["soft404" if s.soft404 else "404"])[0]
            kinds[kind] = kinds.get(kind, 0) + 1
    out = (f"sites' latency: median {statistics.median(latencies) * 1000:.0f} ms, "
           f"{sum(x < 0.03 for x in latencies)} at 20 ms, {sum(x >= 0.3 for x in latencies)} at 0.3-1 s; "
           f"{sum(1 for s in sites if s.crawl_delay)} with a Crawl-delay; cited URLs by answer: "
           + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if store:
        sizes = sorted(heavyweb.PageStore.open(store).sizes)
        out += (f"\npages: {len(sizes)} distinct, median {statistics.median(sizes) / 1000:.0f} KB of markup, "
                f"{sum(s > 300_000 for s in sizes) / len(sizes):.1%} over 300 KB, "
                f"{sum(s > 1_000_000 for s in sizes) / len(sizes):.1%} over 1 MB, largest {sizes[-1] / 1e6:.1f} MB")
    return out


@dataclasses.dataclass
class Extraction:
    """Warm, in-process CPU per page: sourcevault's extraction job against trafilatura.extract(html, url=url)."""

    pages: int  # a random sample of the pages: the means are theirs
    trafilatura_ms: float  # mean
    sourcevault_ms: float  # mean
    sourcevault_max_s: float  # the slowest of the sample and of the largest page
    largest_kb: float
    largest_s: float  # sourcevault's job on the largest page

    def line(self) -> str:
        return (f"extraction in-process, warm, over a random {self.pages} of the pages: trafilatura.extract "
                f"{self.trafilatura_ms:.1f} ms mean, sourcevault's job {self.sourcevault_ms:.1f} ms mean "
                f"({self.sourcevault_ms / self.trafilatura_ms:.2f}x); the largest page ({self.largest_kb:.0f} KB) "
                f"{self.largest_s:.2f} s")


def extraction_measure(store: Path, sample: int, rng: random.Random) -> Extraction:
    import trafilatura

    from pipeline.archive.text import ExtractionJob, extract_capture

    pages = heavyweb.PageStore.open(store)
    with open(store / "pages.bin", "rb") as fh:
        data = fh.read()
    count = len(pages.sizes)
    largest = max(range(count), key=lambda n: pages.sizes[n])
    chosen = rng.sample(range(count), min(sample, count))
    ours, theirs = [], []
    for i, n in enumerate([chosen[0], *chosen, largest]):  # the first once more, to warm up
        url, body = f"http://bench.test/page/{n}", zlib.decompress(pages.gzip_body(data, n), 31)
        started = time.process_time()
        trafilatura.extract(body.decode(), url=url)
        middle = time.process_time()
        extract_capture(ExtractionJob(body=body, url=url, content_type="text/html; charset=utf-8"))
        if i:
            theirs.append(middle - started)
            ours.append(time.process_time() - middle)
    return Extraction(len(chosen), statistics.mean(theirs[:-1]) * 1000, statistics.mean(ours[:-1]) * 1000,
                      max(ours), pages.sizes[largest] / 1000, ours[-1])


def _check(ok: bool, text: str) -> str:
    return f"{'PASS' if ok else 'FAIL'}  {text}"


def verdicts(rows: dict[str, Row], bound: float, setter: webplan.Site, pace: float, cores: int, cap: int,
             measure: Extraction | None, html_pages: int, urls: int) -> list[str]:
    """One line per target of issue 24 that this run measured.

    The B site's requests in flight are judged as the issue says when its
    latency paces it; a site paced by its Crawl-delay or by the per-host delay
    is never near one in flight, so there the share of its pace used (its
    requests x pace / its span) is judged instead, and the line says so.
    """
    out = ["", f"targets (B = {bound:.2f} s, {cores} cores):"]
    wget = rows.get("wget")
    check, run = rows.get("sv-check"), rows.get("sv-run")
    if check:
        u = check.usage
        limit = 1.3 * max(bound, u.check_path_cpu / cores, u.busiest_process_cpu)
        out.append(_check(u.wall <= limit, f"check {u.wall:.1f} s <= 1.3 x max(B {bound:.1f}, C/cores "
                                           f"{u.check_path_cpu / cores:.1f}, busiest process "
                                           f"{u.busiest_process_cpu:.1f}) = {limit:.1f} s"))
        c_ms, main_ms = check.per_request_ms(u.check_path_cpu), check.per_request_ms(u.main_cpu)
        out.append(_check(c_ms <= 8, f"check: C {c_ms:.1f} ms per request <= 8"))
        if check.loop_cpu is None:
            out.append(_check(False, f"check: event loop's CPU not recorded (main process {main_ms:.1f} ms "
                                     "per request)"))
        else:
            loop_ms = check.per_request_ms(check.loop_cpu)
            out.append(_check(loop_ms <= 3, f"check: event loop thread {loop_ms:.1f} ms per request <= 3 "
                                            f"(the main process, its helper threads and start-up included: "
                                            f"{main_ms:.1f} ms)"))
        mean, most = check.in_flight()
        if setter.latency >= pace:
            out.append(_check(mean >= 0.85 and most <= cap,
                              f"check: B's site {mean:.2f} in flight on average >= 0.85, at most {most} <= {cap}"))
        else:
            used = check.pace_used(pace)
            out.append(_check(used >= 0.85 and most <= cap,
                              f"check: B's site (paced by a {pace:g} s delay, not its latency) used {used:.2f} of "
                              f"its pace >= 0.85 ({mean:.2f} in flight on average), at most {most} <= {cap}"))
        if wget:
            out.append(_check(u.wall <= 0.1 * wget.usage.wall,
                              f"check {u.wall:.1f} s <= 0.1 x wget {wget.usage.wall:.1f} s"))
        out += _memory("check", u)
    if run:
        u = run.usage
        limit = 1.3 * max(bound, u.total_cpu / cores)
        out.append(_check(u.wall <= limit, f"run {u.wall:.1f} s <= 1.3 x max(B {bound:.1f}, CPU/cores "
                                           f"{u.total_cpu / cores:.1f}) = {limit:.1f} s"))
        if measure and html_pages:
            per_page = u.worker_cpu / html_pages * 1000
            allowed = 1.25 * measure.trafilatura_ms + 3
            out.append(_check(per_page <= allowed, f"run: X per HTML page {per_page:.1f} ms (workers' CPU over "
                                                   f"{html_pages} pages) <= 1.25 x trafilatura "
                                                   f"{measure.trafilatura_ms:.1f} + 3 = {allowed:.1f} ms"))
            out.append(_check(measure.sourcevault_max_s <= 5,
                              f"run: slowest sampled page {measure.sourcevault_max_s:.2f} s of extraction CPU <= 5 "
                              f"(in-process sample; the hostile pages not included)"))
        if wget:
            out.append(_check(u.wall <= 0.4 * wget.usage.wall,
                              f"run {u.wall:.1f} s <= 0.4 x wget {wget.usage.wall:.1f} s"))
        out += _memory("run", u, 500 if urls >= 100_000 else 400)
    if len(out) == 2:
        out.append("(no sourcevault tool run: nothing to judge)")
    return out


def _memory(name: str, u: proctree.TreeUsage, limit: int = 400) -> list[str]:
    return [_check(u.peak_pss_mb <= limit, f"{name}: peak PSS over the tree {u.peak_pss_mb:.0f} MB <= {limit}"),
            _check(u.peak_single_mb <= 250, f"{name}: largest process {u.peak_single_mb:.0f} MB "
                                            f"({u.peak_single_role}) <= 250")]
