"""What the check's re-reading of captured pages costs, and that an unchanged page adds no WARC record.

A web of heavy news pages (tests/newspages.py, about 80 KB of markup each) on
``--sites`` loopback addresses, served by a child process (its CPU is not
counted), half the sites sending an ETag (and answering 304 to a matching
If-None-Match), half not. ``sourcevault run`` (in process, clock injected) checks
and captures every page; eight days later (past ``check.recheck_healthy_days``)
the check runs again, then the archive stage, measured:

* ``0 %``: no page changed;
* ``10 %``: a tenth of the pages changed, half with two fifths of their article's
  text rewritten (a drift: re-captured and flagged), half with only a
  timestamp in a script (a new digest, the same text: only ``verified_at`` moves).

Printed per case: the check's process CPU per request (the event loop and its
threads: fetching, reading every body whole, judging it, hashing it against the
capture), the bytes it received, the pages it found unchanged and changed; the
archive stage's CPU deciding on the kept bodies (text extraction in its worker
processes included); the pages flagged drifted, and the WARC response records
both stages added.

    .venv/bin/python bench/recheck.py [--pages 300] [--sites 30]
    .venv/bin/python bench/soft404.py recheck       # the same, as part of the soft-404 bench
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT), str(ROOT / "bench")]

import proctree
from conftest import fast_http
from newspages import bench_pages
from servers import Handler, LoopbackServer

from pipeline import runner
from pipeline.config import ArchiveConfig, Config, PathsConfig, ReportConfig


@dataclass
class Page:
    path: str
    html: bytes
    changed: bytes  # what it serves once the web has changed (the same bytes for a page that does not change)
    kind: str  # "same" | "text" (two fifths of its text rewritten) | "script" (only a timestamp in a script)


def make_pages(n: int, share: float, seed: int = 26) -> list[Page]:
    rng = random.Random(seed)
    raw = list(bench_pages(n, seed=seed, heavy=True))
    changing = set(rng.sample(range(n), round(n * share)))
    pages = []
    for i, (path, html, truth) in enumerate(raw):
        kind = "same" if i not in changing else ("text" if len(changing & set(range(i))) % 2 == 0 else "script")
        changed = html
        if kind == "text":  # paragraphs holding two fifths of the article's text replaced by another article's
            paragraphs = [p for p in truth.split("\n\n") if p and p in html]
            others = [p for p in raw[(i + 1) % n][2].split("\n\n") if p]  # another article's
            replaced = 0
            for k, para in enumerate(paragraphs):
                if replaced >= 0.4 * len(truth):
                    break
                changed = changed.replace(para, others[k % len(others)])
                replaced += len(para)
        elif kind == "script":
            changed = html.replace("</body>", f"<script>var renderedAt={1_700_000_000 + i};</script></body>")
        pages.append(Page(path, html.encode(), changed.encode(), kind))
    return pages


def serve(pages: list[Page], sites: int, port_out: multiprocessing.Queue, changed: multiprocessing.Event,
          sent: multiprocessing.Value, hits: multiprocessing.Value,  # type: ignore[type-arg]
          stop: multiprocessing.Event) -> None:
    """The web, in a child process: page i on site i % sites; odd sites send an ETag."""
    by_path = {p.path: p for p in pages}

    def route(h: Handler, etag: bool) -> None:
        with hits.get_lock():
            hits.value += 1
        page = by_path.get(h.route_path)
        if page is None:  # robots.txt, the soft-404 probe
            h.send(404, "", ctype="text/plain")
            return
        body = page.changed if changed.is_set() else page.html
        headers = {}
        if etag:
            tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["ETag"] = tag
            if h.headers.get("If-None-Match") == tag:
                h.send(304, b"", headers)
                return
        if "gzip" in h.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6, mtime=0)  # the same bytes for the same page
            headers["Content-Encoding"] = "gzip"
        with sent.get_lock():
            sent.value += len(body)
        h.send(200, body, headers)

    servers = [LoopbackServer({}, host=f"127.0.5.{1 + s}", fallback=lambda h, e=bool(s % 2): route(h, e))
               for s in range(sites)]
    for server in servers:
        server.__enter__()
    port_out.put([server.port for server in servers])
    stop.wait()
    for server in servers:
        server.__exit__()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 6, 2, 3, 0, tzinfo=UTC)

    def __call__(self) -> str:
        return self.now.isoformat().replace("+00:00", "Z")


def cpu(skip: set[int]) -> float:
    """Process CPU of this process and its descendants but ``skip`` (the web), seconds: the archive's text
    workers included, live (from /proc, with what they reaped) or reaped."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + reaped.ru_utime + reaped.ru_stime
    for pid in proctree.descendants(os.getpid(), skip):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15]) / proctree.TICK
    return total


def warc_responses(archive: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    for warc in sorted((archive / "warc").glob("*.warc.gz")):
        with warc.open("rb") as fh:
            count += sum(1 for record in ArchiveIterator(fh) if record.rec_type == "response")
    return count


def one_case(n: int, sites: int, share: float, work: Path) -> dict[str, float]:
    pages = make_pages(n, share)
    ctx = multiprocessing.get_context("fork")
    ports, changed, stop = ctx.Queue(), ctx.Event(), ctx.Event()
    sent, hits = ctx.Value("q", 0), ctx.Value("q", 0)
    child = ctx.Process(target=serve, args=(pages, sites, ports, changed, sent, hits, stop), daemon=True)
    child.start()
    try:
        port_of = ports.get(timeout=60)
        urls = [f"http://127.0.5.{1 + i % sites}:{port_of[i % sites]}{p.path}" for i, p in enumerate(pages)]
        events = work / "events"
        events.mkdir(parents=True)
        for i in range(0, len(urls), 3):
            sources = "".join(f"  - url: {u}\n" for u in urls[i:i + 3])
            (events / f"2025-05-01--e{i}.md").write_text(
                f"---\nid: e{i}\ndate: 2025-05-01\ntitle: Event {i}\nsources:\n{sources}---\nBody.\n")
        config = Config(paths=PathsConfig(events=[events], archive=work / "archive", database=work / "sv.db"),
                        http=fast_http(max_retries=0, read_timeout_s=10, total_timeout_s=20),
                        archive=ArchiveConfig(wayback_lookup=False), report=ReportConfig(output_dir=work / "reports"))
        clock = Clock()
        assert runner.run_stages(config, clock=clock).ok  # day one: every page checked and captured
        records_before = warc_responses(work / "archive")
        changed.set()
        clock.now += timedelta(days=8)  # every link due again (recheck_healthy_days 7, its jitter)
        sent.value = hits.value = 0
        skip = {child.pid or 0}
        started, wall = cpu(skip), time.monotonic()
        check = runner.run_stages(config, ["check"], clock=clock)
        check_cpu, check_wall = cpu(skip) - started, time.monotonic() - wall
        received, requests = sent.value, hits.value
        started = cpu(skip)
        archive = runner.run_stages(config, ["archive"], clock=clock)
        archive_cpu = cpu(skip) - started
        assert check.ok and archive.ok
        counts = {**check.counts.get("check", {}), **{f"archive_{k}": v for k, v in archive.counts.get("archive",
                                                                                                   {}).items()}}
        return {"pages": n, "changed_text": sum(p.kind == "text" for p in pages),
                "changed_script": sum(p.kind == "script" for p in pages), "requests": requests,
                "check_cpu": check_cpu, "check_wall": check_wall, "received": received, "archive_cpu": archive_cpu,
                "unchanged": counts.get("unchanged", 0), "changed": counts.get("changed", 0),
                "drifted": counts.get("archive_drifted", 0),
                "new_records": warc_responses(work / "archive") - records_before}
    finally:
        stop.set()
        child.join(10)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pages", type=int, default=300)
    p.add_argument("--sites", type=int, default=30)
    args = p.parse_args(argv)
    print(f"\nA second check, 8 days after a first run captured {args.pages} heavy news pages on {args.sites} sites "
          "(half sending an ETag); process CPU on the shared 2-core machine (other work running)\n")
    print("| pages changed | requests | check CPU per request | check wall | bytes received (compressed) "
          "| found unchanged / changed | archive stage CPU | flagged drifted | new WARC responses |")
    print("|---|---|---|---|---|---|---|---|---|")
    for share in (0.0, 0.1):
        with tempfile.TemporaryDirectory(prefix="bench-recheck-") as tmp:
            r = one_case(args.pages, args.sites, share, Path(tmp))
        label = (f"{share:.0%} ({r['changed_text']:.0f} text, {r['changed_script']:.0f} script only)" if share
                 else "0 %")
        print(f"| {label} | {r['requests']:.0f} | {r['check_cpu'] * 1000 / r['requests']:.2f} ms "
              f"| {r['check_wall']:.1f} s "
              f"| {r['received'] / 1e6:.2f} MB ({r['received'] / r['requests'] / 1000:.1f} KB per request) "
              f"| {r['unchanged']:.0f} / {r['changed']:.0f} | {r['archive_cpu']:.2f} s | {r['drifted']:.0f} "
              f"| {r['new_records']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
