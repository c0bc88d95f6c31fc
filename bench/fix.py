"""Fix mode and the postable report on the 262 real events (tests/fixtures/corpus/events).

    python bench/fix.py                  # every source link dead
    python bench/fix.py --dead 200       # the first 200 source links dead
    python bench/fix.py --report-events 20000

Fix: every chosen source link is marked broken; a loopback stand-in for the
Wayback Machine lists three snapshots per URL (a year before the citation
date, on it, after the link died; none before the source's publication date)
and serves them. Prints the time to plan
(CDX lookup, one verifying fetch per citation, edits, re-parse), the diff's
size, whether ``git apply --check`` accepts it, and the rerun after --apply.
There is no peer to compare with: InternetArchiveBot edits MediaWiki only,
and lychee, LinkChecker and ArchiveBox stop at a list.

Report: a synthetic corpus of ``--report-events`` events with every link
broken at different dates, rendered as Markdown with the cap (65,536
characters) and as the full HTML for comparison.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CORPUS, fast_http  # noqa: E402
from fixworld import FakeArchive, set_state  # noqa: E402
from synthetic import make_corpus  # noqa: E402

from pipeline.config import config_from_dict  # noqa: E402
from pipeline.db import open_database  # noqa: E402
from pipeline.extract import stage as extract  # noqa: E402
from pipeline.fix.plan import apply_plan, plan_fixes  # noqa: E402
from pipeline.models import FixAction, LinkState, Verdict  # noqa: E402
from pipeline.report import html, markdown  # noqa: E402
from pipeline.report.model import build_report  # noqa: E402


def bench_fix(folder: Path, dead: int | None) -> None:
    shutil.copytree(CORPUS, folder / "events")
    with FakeArchive() as archive:
        config = config_from_dict({
            "paths": {"events": ["events"], "database": "sv.db", "archive": "archive"},
            "archive": {"wayback_cdx_url": f"{archive.base}/cdx/search/cdx",
                        "wayback_available_url": f"{archive.base}/wayback/available",
                        "wayback_web_url": f"{archive.base}/web"},
            "fix": {"max_lookups": 100_000, "concurrency": 8}}, base=folder).replace(
            http=fast_http(max_concurrency=16, per_host_concurrency=8))
        db = open_database(config.paths.database)
        extract.run(db, config)
        rows = db.execute(
            """SELECT ci.link_id, ci.raw_url, max(coalesce(e.date, '2024-01-01'),
                   CASE WHEN ci.cited_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*' THEN ci.cited_date
                   ELSE '' END)  -- no snapshot of a source exists before its publication
               FROM citations ci
               JOIN events e ON e.id = ci.event_id
               WHERE ci.kind = 'source' AND ci.present = 1 AND ci.archive_service IS NULL
               AND ci.link_id IS NOT NULL ORDER BY ci.id""").fetchall()
        rows = rows[:dead] if dead else rows
        for link_id, url, date in rows:
            day = date[:10].replace("-", "")
            for stamp in (f"{int(day[:4]) - 1}{day[4:]}000000", f"{day}000000", "20991231000000"):
                archive.add(url.strip(), stamp)
            set_state(db, link_id, LinkState.BROKEN, Verdict.GONE, since="2098-01-01T00:00:00Z")
        t0 = time.perf_counter()
        plan = plan_fixes(db, config)
        t1 = time.perf_counter()
        diff = plan.diff(folder)
        (folder / "fix.patch").write_text(diff, encoding="utf-8", newline="")
        check = subprocess.run(["git", "apply", "--check", "fix.patch"], cwd=folder, capture_output=True)
        apply_plan(plan)
        t2 = time.perf_counter()
        again = plan_fixes(db, config)
        t3 = time.perf_counter()
    listed = collections.Counter(f"{p.reason}: {p.detail.split(';')[0].split('(')[0].strip()}"
                                 for p in plan.proposals if p.action is FixAction.NONE)
    print(f"fix: {len(rows)} dead source links in 262 events -> {len(plan.edits)} edits in {len(plan.texts)} files, "
          f"{len(plan.proposals) - len(plan.edits)} listed; plan {t1 - t0:.1f} s "
          f"({len(rows) / (t1 - t0):.0f} citations/s, {len(archive.fetched)} snapshot fetches); "
          f"diff {len(diff):,} bytes, git apply --check {'ok' if check.returncode == 0 else 'FAILED'}; "
          f"rerun after apply {t3 - t2:.1f} s, {len(again.edits)} edits")
    for what, count in listed.most_common():
        print(f"  listed: {count} x {what}")


def bench_report(folder: Path, n: int) -> None:
    make_corpus(folder / "events", n)
    config = config_from_dict({"paths": {"events": ["events"], "database": "sv.db"}}, base=folder)
    db = open_database(config.paths.database)
    extract.run(db, config)
    links = [r[0] for r in db.execute("SELECT id FROM links ORDER BY id")]
    for i, link_id in enumerate(links):
        since = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T00:00:00Z"
        set_state(db, link_id, LinkState.BROKEN if i % 3 else LinkState.FAILING, Verdict.GONE, since=since)
    report = build_report(db)
    t0 = time.perf_counter()
    text = markdown.render(report)
    t1 = time.perf_counter()
    full = html.render(report)
    cut = text.split("**Cut to stay under", 1)[1].split("\n", 1)[0] if "**Cut to stay under" in text else "nothing"
    print(f"report: {n} events, {len(links)} links ({report.summary['sections']['still_broken']} still broken, "
          f"{report.summary['sections']['newly_broken']} newly broken, {report.summary['sections']['failing']} "
          f"failing citation rows) -> Markdown {len(text):,} characters in {t1 - t0:.2f} s (cut:{cut}); "
          f"full HTML {len(full):,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dead", type=int, default=None, help="source links made dead (default: all)")
    parser.add_argument("--report-events", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sv-bench-fix-") as tmp:
        bench_fix(Path(tmp), args.dead)
    with tempfile.TemporaryDirectory(prefix="sv-bench-report-") as tmp:
        bench_report(Path(tmp), args.report_events)


if __name__ == "__main__":
    main()
