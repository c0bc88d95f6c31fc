"""The HTML report at scale: how long a headless Chromium takes to load it, and to filter and sort it.

    python bench/report.py                      # 2,000 and 8,500 events (about 2,300 and 10,000 rows)
    python bench/report.py --events 5000 --runs 5
    python bench/report.py --baseline main      # also the page as the given git revision renders it

A database shaped like the real timeline (tests/reportworld.py: realistic titles, long URLs and errors,
a third of the links needing attention) is built in bulk, the report rendered, and the page opened
from a file in Debian's Chromium through playwright. Per page: rows, size, render time (Python CPU),
first contentful paint, load event, the script ready (rows counted, handlers on), one keystroke of
the filter and one sort by the verdict column (both timed inside the page). The median of ``--runs``
loads is printed. The peer is the page of another revision (``--baseline``) on the same data, in the
same run: the machine is shared, so compare within one run, not across runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from reportworld import build_timeline, chromium, launch_chromium  # noqa: E402

from pipeline.db import open_database  # noqa: E402
from pipeline.report import html  # noqa: E402
from pipeline.report.model import build_report  # noqa: E402

_MEASURE = """async () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
    const filter = document.getElementById('filter');
    let t = performance.now();
    filter.value = 'reuters'; filter.dispatchEvent(new Event('input'));
    await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
    const filtered = performance.now() - t;
    filter.value = ''; filter.dispatchEvent(new Event('input'));
    t = performance.now();
    document.querySelector('#items thead th:nth-child(5)').click();
    await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
    const sorted = performance.now() - t;
    return {fcp: paint ? paint.startTime : NaN, load: nav.loadEventEnd, filter: filtered, sort: sorted,
            width: document.documentElement.scrollWidth, window: window.innerWidth};
}"""


def revision_html(revision: str) -> ModuleType:
    """``pipeline/report/html.py`` as ``revision`` has it, importable beside today's."""
    source = subprocess.run(["git", "show", f"{revision}:pipeline/report/html.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader("pipeline.report._html_at_revision", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "pipeline.report"
    exec(compile(source, f"{revision}:pipeline/report/html.py", "exec"), module.__dict__)  # noqa: S102
    return module


def load_times(page_file: Path, runs: int, width: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    samples: list[dict[str, float]] = []
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": width, "height": 800})
                t0 = time.perf_counter()
                page.goto(page_file.as_uri(), timeout=300_000)
                page.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
                ready = (time.perf_counter() - t0) * 1000
                samples.append({**page.evaluate(_MEASURE), "ready": ready})
                page.close()
        finally:
            browser.close()
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def bench(events: int, runs: int, width: int, renderers: dict[str, ModuleType]) -> None:
    with tempfile.TemporaryDirectory(prefix="sv-bench-report-") as tmp:
        folder = Path(tmp)
        db = open_database(folder / "sv.db")
        t0 = time.perf_counter()
        counts = build_timeline(db, events)
        built = time.perf_counter() - t0
        report = build_report(db, clock=lambda: "2025-11-01T03:00:00Z")
        db.close()
        rows = sum(s.count for s in report.sections)
        print(f"{events:,} events, {counts['links']:,} links, {rows:,} rows (database built in {built:.1f} s)")
        for name, module in renderers.items():
            c0 = time.process_time()
            text = module.render(report)
            cpu = time.process_time() - c0
            page = folder / f"{name}.html"
            page.write_text(text, encoding="utf-8")
            m = load_times(page, runs, width)
            fits = "fits" if m["width"] <= m["window"] else f"{m['width']:.0f} px wide"
            print(f"  {name:<10} {len(text) / 1e6:5.1f} MB, render {cpu:.2f} s CPU; in Chromium at {width} px: "
                  f"first paint {m['fcp']:.0f} ms, load {m['load']:.0f} ms, ready {m['ready']:.0f} ms, "
                  f"filter keystroke {m['filter']:.0f} ms, sort {m['sort']:.0f} ms; {fits}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="+", default=[2000, 8500])
    parser.add_argument("--runs", type=int, default=3, help="loads per page (the median is printed)")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--baseline", metavar="REVISION", help="also time the page as this git revision renders it")
    args = parser.parse_args()
    if chromium() is None:
        sys.exit("bench/report.py needs Debian's chromium (apt-get install chromium)")
    renderers = {"this tree": html}
    if args.baseline:
        renderers[args.baseline] = revision_html(args.baseline)
    for n in args.events:
        bench(n, args.runs, args.width, renderers)


if __name__ == "__main__":
    main()
