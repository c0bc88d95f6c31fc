"""Judging dead pages: accuracy on two labelled sets of simulated sites, and what judging a page costs.

1. The common web (tests/soft404_pages.py): the same 183 URLs (113 live, 65
   soft 404s, 5 honest 404s on 23 sites that each handle a missing page, a
   bot, a paywall or consent differently), with sourcevault (``check.method``
   get and auto) and with lychee: how many soft 404s each reported and how many
   live pages it wrongly called dead (``blocked`` on a bot wall is not a false alarm).
2. The web's other ways of dying (tests/deadweb_pages.py): parked domains,
   search and section redirects, removed notices, not-found pages in fourteen
   languages, app shells, refreshes home, 410, live-article traps, walls and
   recycled URLs; right / total per category, for its tuning part and its six
   held-out parts (the third, tests/deadweb_pages3.py, and the fourth,
   tests/deadweb_pages4.py, each written blind to the check's rules by another
   author and scored once before the rules were generalised on its misses; the
   fifth, tests/deadweb_pages5.py, and the sixth, tests/deadweb_pages6.py,
   likewise), with sourcevault (auto) and lychee.
3. The processor time of judging one page (read once by pagefacts, then the
   soft-404, redirect and content-replaced judgements), on heavy news pages of
   the real web's weight (tests/newspages.py), per page and per 100 KB.
4. ``recheck``: what the check's re-reading of captured pages costs (docs/check.md,
   "A changed page is found at its next check"): a web of heavy news pages is
   run once (every page captured), then, past the recheck interval, checked again
   with 0 % and with 10 % of its pages changed (half of those with two fifths of
   their text rewritten, half with only a timestamp in a script); half the sites
   send an ETag (answered 304 when unchanged). Printed: the process CPU of that
   check per request, the bytes it read, the pages found changed, the archive
   stage's CPU deciding on them, the pages flagged drifted and the WARC records
   the two stages added.

    .venv/bin/python bench/soft404.py            # all four
    .venv/bin/python bench/soft404.py deadweb    # only the second (or: common, cost, recheck)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

import deadweb_pages as dw
from conftest import corpus_config, write_events
from newspages import bench_pages
from soft404_pages import Labelled, score, serve_sites

from pipeline import runner
from pipeline.db import checks, open_database


def sourcevault_verdicts(pages: list[Labelled] | list[dw.Labelled], method: str, work: Path) -> dict[str, str]:
    if pages and isinstance(pages[0], dw.Labelled):
        dw.write_events(work / "events", pages)  # type: ignore[arg-type]  # with their cited titles and dates
    else:
        write_events(work / "events", {f"e{i}": [p.url] for i, p in enumerate(pages)})
    config = corpus_config(work, method=method)
    runner.run_stages(config, ["extract"])
    runner.run_stages(config, ["check"], options={"check": {"capture": False}})
    db = open_database(config.paths.database)
    try:
        return {r["url"]: r["verdict"] for r in checks.link_rows(db)}
    finally:
        db.close()


def lychee_verdicts(pages: list[Labelled] | list[dw.Labelled], work: Path) -> dict[str, str]:
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
    wanted = set(sys.argv[1:]) or {"common", "deadweb", "cost", "recheck"}
    if "common" in wanted:
        common()
    if "deadweb" in wanted:
        deadweb()
    if "cost" in wanted:
        cost()
    if "recheck" in wanted:
        import recheck  # bench/recheck.py

        recheck.main([])


def deadweb() -> None:
    checkers = ["sourcevault (method auto)"] + (["lychee"] if _lychee() else [])
    results = {}
    for name in checkers:
        with dw.serve() as pages, tempfile.TemporaryDirectory() as tmp:
            verdicts = (lychee_verdicts(pages, Path(tmp)) if name == "lychee"
                        else sourcevault_verdicts(pages, "auto", Path(tmp)))
        results[name] = dw.score(pages, verdicts)
    print()
    print("| category | " + " | ".join(f"{name}: {part}" for name in checkers for part in dw.PARTS) + " |")
    print("|---|" + "---|" * (len(checkers) * len(dw.PARTS)))
    for category in dw.CATEGORIES:
        cells = []
        for name in checkers:
            for part in dw.PARTS:
                right, total, _ = results[name][part][category]  # type: ignore[misc]
                cells.append(f"{right}/{total}" if total else "-")
        print(f"| {category} | " + " | ".join(cells) + " |")
    for key, label in (("accuracy", "accuracy (broken / not broken)"), ("false_alarms_live", "false alarms, live")):
        cells = [f"{results[n][p][key]:.3f}" if key == "accuracy" else str(results[n][p][key])
                 for n in checkers for p in dw.PARTS]
        print(f"| {label} | " + " | ".join(cells) + " |")
    for name in checkers:
        wrong = [w for category in dw.CATEGORIES for w in results[name]["all"][category][2]]  # type: ignore[index]
        print(f"\n{name}: wrong ({len(wrong)}): " + ("; ".join(wrong) or "-"))


def cost(rounds: int = 5) -> None:
    """Processor time of reading and judging one page, on heavy pages (the real web's weight)."""
    from pipeline.check.pagefacts import read_page
    from pipeline.check.replaced import CitedAs, judge_replaced
    from pipeline.check.soft404 import judge_soft404, page_redirect, profile_site

    pages = [html.encode() for _, html, _ in bench_pages(60, heavy=True)]
    size = sum(map(len, pages)) / len(pages)
    probe = "http://bench.test/news/sourcevault-probe-x"
    soft = profile_site(probe, 200, probe, read_page(pages[0]))
    honest = profile_site(probe, 404, probe, None)
    cited = CitedAs(("Council approves the budget after a long vote",), ("Bench Times",), ("2024-01-01",))
    facts = [read_page(body) for body in pages]

    def spent(step: Callable[[int], object]) -> float:  # ms of processor time per page, the best of ``rounds``
        best = float("inf")
        for _ in range(rounds):
            started = time.process_time()
            for i in range(len(pages)):
                step(i)
            best = min(best, (time.process_time() - started) * 1000 / len(pages))
        return best

    steps: dict[str, Callable[[int], object]] = {
        "read the page once (pagefacts)": lambda i: read_page(pages[i]),
        "judge it, site answering a made-up URL with a 404": lambda i: (
            page_redirect(facts[i]), judge_soft404(f"http://bench.test/n/{i}", None, False, facts[i], honest, 0.8),
            judge_replaced(facts[i], cited, lambda: None, 0.8)),
        "judge it, site answering with a 200 template (likeness)": lambda i: (
            page_redirect(facts[i]), judge_soft404(f"http://bench.test/n/{i}", None, False, facts[i], soft, 0.8),
            judge_replaced(facts[i], cited, lambda: None, 0.8)),
    }
    before = _pagefacts_of(BASELINE_REF)
    if before is not None:  # the peer in the same run: the page reading of the main branch
        steps[f"(peer) read the page as {BASELINE_REF}'s pagefacts does"] = lambda i: before.read_page(pages[i])
    print(f"\n{len(pages)} heavy news pages of {size / 1000:.0f} KB on average, best of {rounds} rounds "
          "(process CPU time; the machine is shared with other work)\n")
    print("| step | ms per page | ms per 100 KB |")
    print("|---|---|---|")
    for name, step in steps.items():
        ms = spent(step)
        print(f"| {name} | {ms:.2f} | {ms * 100_000 / size:.2f} |")


BASELINE_REF = "main"


def _pagefacts_of(ref: str) -> types.ModuleType | None:
    """pipeline/check/pagefacts.py as it is at git ``ref`` (a module of the standard library only), or None."""
    done = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:pipeline/check/pagefacts.py"], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        return None
    module = sys.modules[f"pagefacts_{ref}"] = types.ModuleType(f"pagefacts_{ref}")  # for its dataclass
    module.__package__ = "pipeline.check"  # its relative imports (the phrase lists) are this tree's
    exec(compile(done.stdout, f"{ref}:pipeline/check/pagefacts.py", "exec"), module.__dict__)  # noqa: S102
    return module


def _lychee() -> str | None:
    return shutil.which("lychee", path=str(Path(sys.executable).parent)) or shutil.which("lychee")


def common() -> None:
    checkers = ["sourcevault (method get)", "sourcevault (method auto)"] + (["lychee"] if _lychee() else [])
    print("| checker | soft 404s reported | soft-404 recall | all dead pages reported | live pages called dead "
          "| accuracy | missed |")
    print("|---|---|---|---|---|---|---|")
    for name in checkers:
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
