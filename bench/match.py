"""Benchmark: match 10,000 archived copies against 100,000 citations.

    .venv/bin/python bench/match.py [--copies 10000] [--citations 100000] [--workdir DIR]

Builds (once per workdir) a synthetic corpus whose words follow the real
sample's titles and descriptions, stored through the pipeline's own database
API, and an archive of copies: half naming a cited URL exactly, the rest URL
variants, Wayback-wrapped URLs, copies without URL (content evidence), copies
on a cited site under another URL, and decoys. Then, each in a fresh process
(so that its peak memory is its own), it times:

  1. the first match run (every copy matched),
  2. a rerun with nothing changed,
  3. a rerun after 100 new citations.

and prints copies/s, peak RSS and how the statuses came out.

    .venv/bin/python bench/match.py --labelled

instead measures precision and recall on the labelled set built from the real sample
(tests/match_corpus.py with the issue-27 shapes of tests/match_shapes.py), for the tuning
part and the held-out part apart, per shape and against the targets of docs/match.md.

    .venv/bin/python bench/match.py --cpu [--code OTHER_CHECKOUT ...]

instead times, in CPU seconds (steadier than wall time on a shared machine),
building the citation index and scoring every copy (no database writes), for
this checkout and each ``--code`` checkout in turn, twice, on the same corpus:
how to compare two versions of the scoring.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import config_from_dict
from pipeline.db import corpus, open_database
from pipeline.extract.eventfile import parse_event_file
from pipeline.models import Citation, CitationKind, Event
from pipeline.urls import canonicalize

SAMPLE = ROOT / "tests/fixtures/corpus/events"
NOW = "2025-06-01T00:00:00Z"


def vocabulary(rng: random.Random) -> tuple[list[str], list[str], list[float]]:
    """Real words from the sample (by frequency) plus invented names, with Zipf-like weights."""
    counts: dict[str, int] = {}
    hosts: set[str] = set()
    for path in sorted(SAMPLE.iterdir()):
        event = parse_event_file(path.name, path.read_bytes()).event
        if event is None:
            continue
        texts = [event.title or "", event.description or ""] + [c.title or "" for c in event.citations]
        for word in " ".join(texts).split():
            word = word.strip(".,;:'\"()")
            if word.isalpha():
                counts[word] = counts.get(word, 0) + 1
        hosts.update(c.host for c in event.citations if c.host)
    words = sorted(counts, key=counts.get, reverse=True)
    syllables = ["ka", "ro", "vi", "len", "mar", "tos", "qui", "bel", "dra", "nov", "sky", "ter", "al", "ex"]
    while len(words) < 60_000:
        words.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize())
    weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(words))))
    return words, sorted(hosts), weights  # cumulative weights: random.choices is O(log n) with them


def build(workdir: Path, n_citations: int, n_copies: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    words, hosts, weights = vocabulary(rng)
    db = open_database(workdir / "bench.db")
    sources = []  # (url, title, date, description)
    n_events = n_citations // 3
    with db.atomic():
        for e in range(n_events):
            year, month, day = rng.randint(1990, 2025), rng.randint(1, 12), rng.randint(1, 28)
            date = f"{year:04d}-{month:02d}-{day:02d}"
            description = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(25, 45)))
            citations = []
            for k in range(3):
                title = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(7, 13)))
                host = rng.choice(hosts)
                slug = "-".join(title.lower().split()[:6])
                url = f"https://{host}/{year}/{month:02d}/{slug}-{e}-{k}"
                canon = canonicalize(url)
                citations.append(Citation(kind=CitationKind.SOURCE, position=k + 1, raw_url=url,
                                          canonical_url=canon.canonical, host=canon.host, title=title,
                                          outlet=host.split(".")[-2].capitalize(), cited_date=date,
                                          field=f"sources[{k}].url"))
                sources.append((url, title, date, description))
            event = Event(f"{date}--bench-{e}", f"events/{e}.md", f"Event {e}: {description[:60]}", date,
                          description, tuple(citations))
            corpus.record_file(db, root="events", path=f"/bench/events/{e}.md", name=f"events/{e}.md", size=1,
                               mtime_ns=1, content_sha256=str(e), event=event, problems=(), now=NOW, run_token=1)
    db.close()
    archive = workdir / "archive"
    kinds = {"exact": 0.5, "variant": 0.1, "wayback": 0.1, "missing": 0.15, "same_site": 0.05, "decoy": 0.1}
    plan = [k for k, share in kinds.items() for _ in range(int(share * n_copies))]
    plan += ["exact"] * (n_copies - len(plan))
    for i, kind in enumerate(plan):
        url, title, date, description = rng.choice(sources)
        filler = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(500, 800)))
        body = f"{title}.\n\n{' '.join(w for w in description.split() if rng.random() > 0.3)}\n\n{filler}"
        if kind == "variant":  # other scheme, www. added or dropped, trailing slash
            host = url.split("/")[2]
            other = host[4:] if host.startswith("www.") else "www." + host
            url = url.replace(f"https://{host}", f"http://{other}") + "/"
        elif kind == "wayback":
            url = f"https://web.archive.org/web/20240101000000/{url}"
        elif kind == "missing":
            url = None
        elif kind == "same_site":
            url = url.rsplit("/", 1)[0] + f"/other-{i}"
        elif kind == "decoy":
            title = " ".join(rng.choices(words, k=9))
            url, body = f"https://decoy-{i}.example/page", filler
        path = archive / f"{kind}/{i // 1000:02d}/{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"\n\n{title}\n\n{date}\n\n{body}\n"
        path.write_text(text + (f"\n\nOriginal url:\n\n<{url}>" if url else ""), encoding="utf-8")
    return {"events": n_events, "citations": n_citations, "copies": len(plan)}


def add_citations(workdir: Path, n: int) -> None:
    db = open_database(workdir / "bench.db")
    with db.atomic():
        for e in range(n):
            url = f"https://new.example/{e}"
            canon = canonicalize(url)
            event = Event(f"2025-01-01--new-{e}", f"events/new-{e}.md", f"New {e}", "2025-01-01", "New event.",
                          (Citation(kind=CitationKind.SOURCE, position=1, raw_url=url, canonical_url=canon.canonical,
                                    host=canon.host, title=f"New story {e}"),))
            corpus.record_file(db, root="events", path=f"/bench/events/new-{e}.md", name=f"events/new-{e}.md",
                               size=1, mtime_ns=1, content_sha256=f"new{e}", event=event, problems=(), now=NOW,
                               run_token=1)
    db.close()


def measure(workdir: Path) -> None:
    """Run the match stage once (in this fresh process) and print one JSON line."""
    from pipeline.match import stage as match

    config = config_from_dict({"paths": {"events": [], "archive": str(workdir / "archive"),
                                         "database": str(workdir / "bench.db")}}, workdir)
    db = open_database(config.paths.database)
    start = time.perf_counter()
    summary = match.run(db, config)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "peak_rss_mb": round(peak_mb), **summary.as_counts()}))


CPU_SCRIPT = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import sqlite_utils
from pipeline.archive.copies import parse_copy
from pipeline.db import matches as store
from pipeline.match.index import CitationIndex, features_of
from pipeline.match.scoring import Policy
from pipeline.match.stage import match_copy
workdir = Path(sys.argv[2])
db = sqlite_utils.Database(workdir / "bench.db")
archive = workdir / "archive"
copies = [parse_copy(p.relative_to(archive).as_posix(), p.read_bytes()) for p in sorted(archive.rglob("*.txt"))]
start = time.process_time()
moves = getattr(store, 'moves', None) or store.redirect_targets  # before issue 27: final URLs only
index = CitationIndex(store.citation_rows(db), moves(db))
built = time.process_time()
statuses = {}
for copy in copies:
    status = match_copy(index, features_of(copy), Policy()).status.value
    statuses[status] = statuses.get(status, 0) + 1
done = time.process_time()
print(f"index {built - start:6.2f} s CPU   {len(copies)} copies {done - built:6.2f} s CPU   {statuses}")
"""


def cpu(workdir: Path, checkouts: list[Path]) -> None:
    for _ in range(2):
        for code in checkouts:
            out = subprocess.run([sys.executable, "-c", CPU_SCRIPT, str(code), str(workdir)], check=True,
                                 capture_output=True, text=True).stdout.strip()
            print(f"{str(code):<32} {out}")


# the shapes of the targets (docs/match.md): case-name prefixes -> minimum recall
TARGETS = {
    "exact and variant URLs": (("exact", "variant:", "paywall_stub", "updated_headline"), 1.0),
    "wrapped archive URLs": (("wayback", "wrapped"), 0.98),
    "copies without a URL": (("missing", "no_url_no_date", "outlet_alias", "date_off_by_one", "suffix_case",
                              "multi_cited", "undated"), 0.95),
    "redirected": (("redirected:", "same_site"), 0.95),
}
NOT_TRUE = ("lookalike:", "decoy", "near_miss", "headline_only")  # must stay unmatched (or only candidates)
PART_SETTINGS = {"tuning": {"per_case": 16, "seed": 5}, "held_out": {"per_case": 8, "seed": 11}}


def labelled() -> None:
    """Precision and recall on the labelled set, tuning and held-out parts apart."""
    import tempfile

    import pipeline.runner  # noqa: F401  (the stages in the order they import each other)

    sys.path.insert(0, str(ROOT / "tests"))
    from match_corpus import run_labelled, score_report

    scores = {}
    for part, settings in PART_SETTINGS.items():
        with tempfile.TemporaryDirectory() as tmp:
            labels, report = run_labelled(SAMPLE, Path(tmp), part=part, **settings)
        scores[part] = score_report(report, labels)
    cases = sorted(set().union(*scores.values()))
    print("| case | tuning: copies | precision | recall | held-out: copies | precision | recall |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for case in cases:
        cells = []
        for part in PART_SETTINGS:
            s = scores[part].get(case)
            cells += ["–"] * 3 if s is None else [str(s.copies), f"{s.precision:.2f}", f"{s.recall:.3f}"]
        print(f"| {case} | " + " | ".join(cells) + " |")
    print("\n| shape | target | tuning | held-out |\n| --- | --- | --- | --- |")
    for shape, (prefixes, target) in TARGETS.items():
        row = []
        for part in PART_SETTINGS:
            chosen = [s for c, s in scores[part].items() if c.startswith(prefixes)]
            found, copies = sum(s.found for s in chosen), sum(s.copies for s in chosen)
            row.append(f"{found / copies:.3f} ({found}/{copies})" + ("" if found / copies >= target else " MISSED"))
        print(f"| {shape} | ≥ {target:.2f} | " + " | ".join(row) + " |")
    for part in PART_SETTINGS:
        all_scores = scores[part].values()
        reported = sum(s.reported for c, s in scores[part].items() if c != "headline_only")
        correct = sum(s.correct for c, s in scores[part].items() if c != "headline_only")
        true = [s for c, s in scores[part].items() if not c.startswith(NOT_TRUE)]
        lookalikes = [s for c, s in scores[part].items() if c.startswith(NOT_TRUE[:3])]
        wrong = sum(s.copies - s.found for s in lookalikes) + sum(
            s.lookalikes_matched for c, s in scores[part].items() if not c.startswith(NOT_TRUE[:3]))
        print(f"{part}: {sum(s.copies for s in all_scores)} copies; precision {correct / reported:.4f} "
              f"({correct}/{reported} pairs), recall {sum(s.found for s in true) / sum(s.copies for s in true):.4f} "
              f"({sum(s.found for s in true)}/{sum(s.copies for s in true)} copies), look-alikes matched {wrong} of "
              f"{sum(s.copies for s in lookalikes)} (+ far citations of multi-cited articles)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10_000)
    parser.add_argument("--citations", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/sourcevault-bench-match"))
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", action="store_true", help="CPU time of indexing and scoring only")
    parser.add_argument("--labelled", action="store_true",
                        help="precision and recall on the labelled set, tuning and held-out parts apart")
    parser.add_argument("--code", type=Path, action="append", default=[],
                        help="with --cpu: another checkout to time on the same corpus")
    args = parser.parse_args()
    if args.measure:
        measure(args.workdir)
        return
    if args.labelled:
        labelled()
        return
    import shutil

    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    start = time.perf_counter()
    sizes = build(args.workdir, args.citations, args.copies)
    print(f"built {sizes} in {time.perf_counter() - start:.1f} s under {args.workdir}")
    if args.cpu:
        cpu(args.workdir, [ROOT, *args.code])
        return

    def timed(label: str) -> dict:
        out = subprocess.run([sys.executable, __file__, "--measure", "--workdir", str(args.workdir)],
                             check=True, capture_output=True, text=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        rate = result["copies_seen"] / result["seconds"] if result["seconds"] else float("inf")
        print(f"{label:<28} {result['seconds']:7.2f} s  {rate:9.0f} copies/s  peak RSS {result['peak_rss_mb']} MB  "
              f"matched again {result['copies_matched']}, unchanged {result['copies_unchanged']}")
        return result

    first = timed("first run (all copies)")
    print("  statuses: " + ", ".join(f"{k} {first[k]}" for k in ("matched", "candidate", "ambiguous", "unmatched")))
    timed("rerun, nothing changed")
    add_citations(args.workdir, 100)
    timed("rerun, 100 new citations")


if __name__ == "__main__":
    main()
