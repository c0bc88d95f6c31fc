"""Extract throughput and memory on a synthetic corpus shaped like the real one.

    python bench/extract.py                 # 2k and 20k events
    python bench/extract.py --sizes 2000 20000 100000

Each size runs in a fresh subprocess (so peak memory is that run's own): a
cold extract into an empty database, then an unchanged re-run. The corpus has
the real sample's shape: ~3.4 sources per event, 7% JSON files, `outlet` or
`publisher`, ~3% values that are not URLs, some archive_url wrappers, URLs
shared between events, 1,160 hosts per ~2,000 events.

Targets (issue 2): cold >= 3,000 events/s, unchanged re-run >= 30,000 events/s,
peak memory flat in corpus size (beyond the database itself).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import make_corpus


def measure(folder: Path, n: int) -> dict:
    """Runs inside the child process."""
    from pipeline.config import config_from_dict
    from pipeline.db import open_database
    from pipeline.extract import stage as extract

    config = config_from_dict({"paths": {"events": [str(folder / "events")], "database": str(folder / "sv.db")}},
                              base=folder)
    db = open_database(config.paths.database)
    t0 = time.perf_counter()
    cold = extract.run(db, config)
    t1 = time.perf_counter()
    warm = extract.run(db, config)
    t2 = time.perf_counter()
    assert cold.files_parsed == n and warm.files_unchanged == n, (cold, warm)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db_bytes = sum(p.stat().st_size for p in folder.glob("sv.db*"))
    return {"events": n, "cold_s": t1 - t0, "cold_eps": n / (t1 - t0), "warm_s": t2 - t1,
            "warm_eps": n / (t2 - t1), "peak_mib": peak_kib / 1024, "db_mib": db_bytes / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.folder), args.child)))
        return
    print(f"{'events':>8} {'cold s':>8} {'cold ev/s':>10} {'rerun s':>8} {'rerun ev/s':>11} "
          f"{'peak MiB':>9} {'db MiB':>7}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="sv-bench-") as tmp:
            folder = Path(tmp)
            (folder / "events").mkdir()
            make_corpus(folder / "events", n)
            out = subprocess.run([sys.executable, __file__, "--child", str(n), "--folder", tmp],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{r['events']:>8} {r['cold_s']:>8.2f} {r['cold_eps']:>10,.0f} {r['warm_s']:>8.2f} "
                  f"{r['warm_eps']:>11,.0f} {r['peak_mib']:>9.1f} {r['db_mib']:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
