"""Benchmark of the archive stage: throughput, pool speed-up, peak memory, extraction fidelity.

    .venv/bin/python bench/archive.py [--pages 200] [--pool 2] [--repeat 2]

A local server (its own process, so it does not compete for our GIL) serves
``--pages`` realistic news pages (tests/newspages.py, ``heavy``: 75-80 kB with
menus, state blobs, promos and comments around the article). Each mode runs
the real archive stage (fetch through the shared HTTP layer, WARC write,
extraction, copies, database) in a fresh subprocess on a fresh archive:

* ``single``: ``archive.process_pool: 0`` (extraction in the main process);
* ``pool``: ``archive.process_pool: --pool`` worker processes.

Printed: wall time and pages/s of the stage (best of ``--repeat``), the
speed-up, and the peak RSS of the main process while the stage runs and of
the largest worker.
Then extraction fidelity: token precision and recall of the text copies the
pool run wrote, against each page's true article text, next to plain
``trafilatura.extract(html)`` on the same pages.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from newspages import bench_pages, tokens
from proctree import descendants


def serve(port_queue: multiprocessing.Queue, pages: int) -> None:
    from servers import LoopbackServer

    routes = {path: (lambda h, body=html: h.send(200, body)) for path, html, _ in bench_pages(pages, heavy=True)}
    routes["/robots.txt"] = lambda h: h.send(404, "", ctype="text/plain")
    with LoopbackServer(routes) as srv:
        port_queue.put(srv.port)
        while True:
            time.sleep(3600)


def run_mode(base: str, pages: int, pool: int, fidelity: bool) -> dict:
    """One archive run in this process (called in a fresh subprocess per mode)."""
    import yaml

    from pipeline.archive import stage as archive
    from pipeline.config import load_config
    from pipeline.db import open_database
    from pipeline.extract import stage as extract

    work = Path(tempfile.mkdtemp(prefix="bench-archive-"))
    (work / "events").mkdir()
    truths = {}
    for i, (path, _, truth) in enumerate(bench_pages(pages, heavy=True)):
        url = base + path
        if fidelity:
            truths[url] = truth
        front = {"id": f"e{i}", "date": "2025-03-18", "title": f"Event {i}", "sources": [{"url": url}]}
        (work / "events" / f"e{i}.md").write_text(f"---\n{yaml.safe_dump(front)}---\n", encoding="utf-8")
    (work / "config.yaml").write_text(yaml.safe_dump({
        "paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"},
        "http": {"allow_private_addresses": True, "per_host_delay_s": 0, "start_delay_s": 0, "per_host_concurrency": 16,
                 "max_concurrency": 16},
        "archive": {"process_pool": pool, "wayback_lookup": False, "max_in_flight": 16},
    }))
    config = load_config(work / "config.yaml")
    db = open_database(config.paths.database)
    extract.run(db, config)
    sampler = DescendantPeaks()
    sampler.start()
    started = time.perf_counter()
    summary = archive.run(db, config)
    seconds = time.perf_counter() - started
    sampler.stop()
    out = {"seconds": seconds, "captured": summary.captured, "text_ok": summary.text_ok,
           "rss_main_mb": sampler.main_peak_kb / 1024,
           "rss_worker_mb": sampler.peak_kb / 1024,
           "warc_mb": sum(f.stat().st_size for f in (work / "archive" / "warc").iterdir()) / 1e6}
    if fidelity:
        out["fidelity"] = measure_fidelity(db, work / "archive", truths)
    return out


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class DescendantPeaks(threading.Thread):
    """Peak RSS (VmHWM) of the largest process descended from this one, sampled from /proc.

    (The extraction workers are children of the forkserver, not of this process, so
    ``RUSAGE_CHILDREN`` never sees them.)
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.main_peak_kb = 0  # this process's RSS while the stage runs (not its set-up)
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(0.1):
            self.main_peak_kb = max(self.main_peak_kb, _status_kb(os.getpid(), "VmRSS:"))
            for pid in descendants(os.getpid()):
                self.peak_kb = max(self.peak_kb, _status_kb(pid, "VmHWM:"))

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _scores(truth: str, text: str) -> tuple[int, int, int]:
    t, e = Counter(tokens(truth)), Counter(tokens(text))
    return sum((t & e).values()), sum(e.values()), sum(t.values())


def measure_fidelity(db, archive_root: Path, truths: dict[str, str]) -> dict:
    """Token precision/recall (micro-averaged) of our copies and of plain trafilatura."""
    import trafilatura

    from pipeline.archive import copies

    ours, plain = [0, 0, 0], [0, 0, 0]
    pages = {path: html for path, html, _ in bench_pages(len(truths), heavy=True)}
    for url, copy_path in db.execute("SELECT url, copy_path FROM captures"):
        truth = truths[url]
        text = ""
        if copy_path:
            text = copies.copy_text((archive_root / copy_path).read_text(encoding="utf-8")) or ""
            text = re.sub(r"\]\([^)]*\)", "]", text)  # a Markdown link's target is not article text
        html = pages["/" + url.split("/", 3)[3]]
        for acc, got in ((ours, text), (plain, trafilatura.extract(html) or "")):
            for k, v in enumerate(_scores(truth, got)):
                acc[k] += v
    return {name: {"precision": round(a[0] / max(1, a[1]), 4), "recall": round(a[0] / max(1, a[2]), 4)}
            for name, a in (("sourcevault", ours), ("plain_trafilatura", plain))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--pool", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--mode-run", nargs=3, metavar=("BASE", "POOL", "FIDELITY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode_run:
        base, pool, fidelity = args.mode_run
        print(json.dumps(run_mode(base, args.pages, int(pool), fidelity == "1")))
        return
    ports: multiprocessing.Queue = multiprocessing.get_context("fork").Queue()
    server = multiprocessing.get_context("fork").Process(target=serve, args=(ports, args.pages), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=60)}"
    print(f"{args.pages} pages of {len(next(bench_pages(1, heavy=True))[1]) // 1024} kB on {base}; "
          f"{os.cpu_count()} CPUs; best of {args.repeat}")
    try:
        results = {}
        for name, pool in (("single", 0), ("pool", args.pool)):
            runs = []
            for r in range(args.repeat):
                fidelity = "1" if name == "pool" and r == 0 else "0"
                done = subprocess.run([sys.executable, __file__, "--pages", str(args.pages), "--mode-run", base,
                                       str(pool), fidelity], capture_output=True, text=True, check=True)
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            best = min(runs, key=lambda x: x["seconds"])
            best["fidelity"] = next((x["fidelity"] for x in runs if "fidelity" in x), None)
            results[name] = best
            print(f"{name:>6} (process_pool={pool}): {best['seconds']:.2f} s, "
                  f"{best['captured'] / best['seconds']:.1f} pages/s, {best['text_ok']}/{best['captured']} ok; "
                  f"peak RSS main {best['rss_main_mb']:.0f} MB, largest worker {best['rss_worker_mb']:.0f} MB; "
                  f"WARC {best['warc_mb']:.1f} MB; all runs {[round(x['seconds'], 2) for x in runs]}")
        print(f"speed-up from the pool: {results['single']['seconds'] / results['pool']['seconds']:.2f}x")
        for who, score in results["pool"]["fidelity"].items():
            print(f"fidelity {who:>17}: precision {score['precision']:.3f}, recall {score['recall']:.3f}")
    finally:
        server.kill()


if __name__ == "__main__":
    main()
