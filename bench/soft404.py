"""Soft-404 detection accuracy on the labelled simulated sites of tests/soft404_pages.py.

Checks the same 183 URLs (113 live, 65 soft 404s, 5 honest 404s on 23
sites that each handle a missing page, a bot, a paywall or consent
differently) with sourcevault (``check.method`` get and auto) and with
lychee, and prints how many soft 404s each reported and how many live pages
it wrongly called dead (``blocked`` on a bot wall is not a false alarm).

    .venv/bin/python bench/soft404.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from conftest import corpus_config, write_events
from soft404_pages import Labelled, score, serve_sites

from pipeline import runner
from pipeline.db import checks, open_database


def sourcevault_verdicts(pages: list[Labelled], method: str, work: Path) -> dict[str, str]:
    write_events(work / "events", {f"e{i}": [p.url] for i, p in enumerate(pages)})
    config = corpus_config(work, method=method)
    runner.run_stages(config, ["extract", "check"])
    db = open_database(config.paths.database)
    try:
        return {r["url"]: r["verdict"] for r in checks.link_rows(db)}
    finally:
        db.close()


def lychee_verdicts(pages: list[Labelled], work: Path) -> dict[str, str]:
    exe = shutil.which("lychee", path=str(Path(sys.executable).parent)) or shutil.which("lychee")
    if not exe:
        raise SystemExit("lychee not found: pip install -e '.[bench]'")
    (work / "urls.txt").write_text("\n".join(p.url for p in pages) + "\n")
    subprocess.run([exe, "--no-progress", "--format", "json", "--output", str(work / "out.json"),
                    str(work / "urls.txt")], capture_output=True, check=False)
    report = json.loads((work / "out.json").read_text())
    failed = {e["url"] for entries in report.get("error_map", {}).values() for e in entries}
    return {p.url: "gone" if p.url in failed else "ok" for p in pages}  # lychee says only "works" or "fails"


def main() -> None:
    print("| checker | soft 404s reported | soft-404 recall | all dead pages reported | live pages called dead "
          "| accuracy | missed |")
    print("|---|---|---|---|---|---|---|")
    for name in ("sourcevault (method get)", "sourcevault (method auto)", "lychee"):
        with serve_sites() as pages, tempfile.TemporaryDirectory() as tmp:
            if name == "lychee":
                verdicts = lychee_verdicts(pages, Path(tmp))
            else:
                verdicts = sourcevault_verdicts(pages, name.split()[-1].rstrip(")"), Path(tmp))
            result = score(pages, verdicts)
        missed = collapse(result["missed"])  # type: ignore[arg-type]
        print(f"| {name} | {result['soft_caught']} of {result['soft_404']} | {result['soft_recall']:.3f} "
              f"| {result['dead_caught']} of {result['dead']} | {result['false_alarms']} of {result['live']} "
              f"| {result['accuracy']:.1%} | {missed} |")


def collapse(items: list[str]) -> str:
    """'Site: path' entries summarised as 'Site (n)'."""
    counts: dict[str, int] = {}
    for item in items:
        site = item.split(":", 1)[0]
        counts[site] = counts.get(site, 0) + 1
    return ", ".join(f"{site} ({n})" for site, n in counts.items()) or "-"


if __name__ == "__main__":
    main()
