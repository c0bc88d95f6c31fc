"""Where a tool's wall time went on the bench's web: read a timeline that ``check.py --timeline DIR`` wrote.

    python bench/timeline.py DIR/sv-check          # DIR/sv-check.json and DIR/sv-check.jsonl

Prints, from the server's side (every request's arrival and its answer's last
byte written, the server's monotonic clock): the tool's wall time and when its
first and last requests reached the web; the requests under way across the web
second by second, in buckets; and the site that sets B: when it saw its first
request (robots.txt), its probe and its first link, its span, its time-weighted
requests in flight, and the gaps between its request starts (how many at the
pace, how many longer, and where the longer ones fell).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

BUCKET_S = 5.0


def main(stem: str) -> None:
    meta = json.loads(Path(stem + ".json").read_text())
    rows = [json.loads(line) for line in Path(stem + ".jsonl").read_text().splitlines()]
    t0, t1 = meta["started"], meta["ended"]
    rows.sort(key=lambda r: r[3])
    silence = _longest_silence(rows, t0)
    print(f"{meta['tool']}: wall {t1 - t0:.1f} s; {len(rows)} requests; first arrives at {rows[0][3] - t0:.2f} s, "
          f"the last answer ends at {max(r[4] for r in rows) - t0:.2f} s; the longest time no request started "
          f"after the first: {silence[1]:.1f} s from {silence[0]:.1f} s")
    print(f"requests started per {BUCKET_S:g} s, and the sites they went to:")
    buckets: dict[int, list[list]] = {}
    for r in rows:
        buckets.setdefault(int((r[3] - t0) // BUCKET_S), []).append(r)
    for k in sorted(buckets):
        got = buckets[k]
        sites = len({r[0] for r in got})
        print(f"  {k * BUCKET_S:5.0f}-{(k + 1) * BUCKET_S:<5.0f} {len(got):5d} requests, {sites:4d} sites")
    b = [r for r in rows if r[0] == meta["b_site"]]
    if not b:
        return
    first, last = b[0][3], max(r[4] for r in b)
    busy = sum(r[4] - r[3] for r in b)
    links = [r for r in b if r[2] != "/robots.txt" and not _probe(r[2])]
    answer_ms = statistics.median(r[4] - r[3] for r in b) * 1000
    print(f"B's site {meta['b_site']}: {len(b)} requests; first at {first - t0:.2f} s ({b[0][2]}), "
          f"first link at {links[0][3] - t0:.2f} s, last answer at {last - t0:.2f} s; span {last - first:.1f} s, "
          f"{busy / (last - first):.2f} in flight on average; answers take {answer_ms:.0f} ms (median)")
    gaps = [(y[3] - x[3], x[3] - t0) for x, y in zip(links, links[1:])]
    values = sorted(g for g, _ in gaps)
    print("  gaps between its links' starts (ms): " + ", ".join(
        f"p{q} {values[min(len(values) - 1, int(q / 100 * len(values)))] * 1000:.0f}" for q in (5, 25, 50, 75, 95, 99))
          + f", max {values[-1] * 1000:.0f}; sum of gaps over 60 ms: "
          f"{sum(g - 0.05 for g, _ in gaps if g > 0.06):.1f} s in {sum(1 for g, _ in gaps if g > 0.06)}")
    for g, at in sorted(gaps, reverse=True)[:8]:
        print(f"  a gap of {g * 1000:.0f} ms at {at:.1f} s")


def _longest_silence(rows: list[list], t0: float) -> tuple[float, float]:
    """(when, how long): the longest time between two request starts, after the first."""
    starts = [r[3] - t0 for r in rows]
    return max(((a, b - a) for a, b in zip(starts, starts[1:])), key=lambda g: g[1], default=(0.0, 0.0))


def _probe(path: str) -> bool:
    return "sourcevault-probe-" in path


if __name__ == "__main__":
    main(sys.argv[1])
