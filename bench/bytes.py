"""CPU per MB of the bulk byte work on the capture path, and what each page's share of extraction costs.

    .venv/bin/python bench/bytes.py [--pages 300] [--dense-mb 4]

Prints, in CPU milliseconds per MB of body (this process's CPU time: fair on a loaded machine):

* WARC writing (``pipeline.archive.warc.WarcWriter``) of ``--pages`` distinct realistic news pages
  (tests/newspages.py, ``heavy``: 75-80 kB each), stored as received: plain HTML, and gzip-encoded
  as most servers send it; at warcio's own level 9 (what the writer did before) against ours
  (:mod:`pipeline.archive.gzipmember`), with the WARC size for each;
* inflating a gzip-encoded body (what the fetcher does as it reads), and SHA-1/SHA-256;
* on ``--dense-mb`` MB of element-dense markup: today's extraction (``text.extract_capture``), the
  markup measure and the tag stripper of ``pipeline.archive.textjob``;
* a ``--huge-mb`` MB page (the size cap's worth of a 200 MB answer) through
  ``textjob.extract_within_limits`` in a fresh process: its CPU time and its peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import multiprocessing
import resource
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from pipeline.archive import gzipmember, textjob, warc  # noqa: E402
from pipeline.archive.text import ExtractionJob, extract_capture  # noqa: E402


def cpu_ms(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return (time.process_time() - start) * 1000


def write_warc(folder: Path, bodies: list[bytes], encoding: str | None) -> int:
    writer = warc.WarcWriter(folder)
    writer.open()
    headers = [("Content-Type", "text/html; charset=utf-8")] + ([("Content-Encoding", encoding)] if encoding else [])
    for i, body in enumerate(bodies):
        ex = warc.Exchange(f"http://bench.test/{i}", "2025-03-20T08:00:00Z", "GET", (("Host", "bench.test"),),
                           "HTTP/1.1", 200, "OK", tuple(headers), None, len(body),
                           warc.sha1_digest(hashlib.sha1(body)), inline_body=body)
        writer.write_capture([ex], sync=False)
    writer.close()
    return sum(p.stat().st_size for p in folder.iterdir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--dense-mb", type=float, default=2)
    parser.add_argument("--huge-mb", type=float, default=50)
    args = parser.parse_args()
    from newspages import bench_pages  # here: the process measuring the huge page does not import it
    pages = [html.encode("utf-8") for _, html, _ in bench_pages(args.pages, heavy=True)]
    zipped = [gzip.compress(p, 6) for p in pages]
    mb = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} pages, {mb:.1f} MB of HTML ({sum(map(len, zipped)) / 1e6:.1f} MB gzip-encoded)")
    print("WARC writing, CPU ms per MB of body as received, and the WARC's size:")
    for label, bodies, encoding in (("plain HTML", pages, None), ("gzip-encoded", zipped, "gzip")):
        body_mb = sum(map(len, bodies)) / 1e6
        for name, level9 in (("warcio level 9", True), ("ours", False)):
            with tempfile.TemporaryDirectory() as tmp:
                patches = [mock.patch.object(gzipmember, "ZLIB_LEVEL", 9),
                           mock.patch.object(warc, "compression_level", lambda headers: 9)] if level9 else []
                for patch in patches:
                    patch.start()
                try:
                    size: list[int] = []
                    ms = cpu_ms(lambda: size.append(write_warc(Path(tmp) / "w", bodies, encoding)))  # noqa: B023
                finally:
                    for patch in patches:
                        patch.stop()
            print(f"  {label:13s} {name:15s} {ms / body_mb:6.1f} ms/MB  {ms / len(bodies):5.2f} ms/page  "
                  f"WARC {size[0] / 1e6:6.2f} MB")
    blob = b"".join(pages)
    print(f"inflate gzip: {cpu_ms(lambda: [zlib.decompress(z, 31) for z in zipped]) / mb:.1f} ms per MB decoded;  "
          f"sha1 {cpu_ms(lambda: hashlib.sha1(blob).digest()) / mb:.2f}, "
          f"sha256 {cpu_ms(lambda: hashlib.sha256(blob).digest()) / mb:.2f} ms/MB")

    rows = int(args.dense_mb * 1e6 / 60)
    dense = ("<html><head><title>Dense</title></head><body>"
             + "".join(f"<div class=r><span>w{i}</span> <a href=/x{i}>l</a></div>" for i in range(rows))
             + "</body></html>").encode()
    dense_mb = len(dense) / 1e6
    job = ExtractionJob(dense, "http://bench.test/dense", "text/html", max_extract_bytes=1_000_000)
    print(f"{dense_mb:.1f} MB of element-dense markup, CPU ms per MB:")
    print(f"  text.extract_capture (today's extraction, no cap)  "
          f"{cpu_ms(lambda: extract_capture(job)) / dense_mb:8.1f}")
    print(f"  textjob.markup_bytes (the measure, to its end)     "
          f"{cpu_ms(lambda: textjob.markup_bytes(job, 10**12)) / dense_mb:8.1f}")
    print(f"  textjob.strip_text (the stripper, 1 MB of text)    "
          f"{cpu_ms(lambda: textjob.strip_text(job, 1_000_000)) / dense_mb:8.1f}")
    print(f"  textjob.extract_within_limits (cap 1 MB)           "
          f"{cpu_ms(lambda: textjob.extract_within_limits(job)) / dense_mb:8.1f}")
    with tempfile.TemporaryDirectory() as tmp, multiprocessing.get_context("spawn").Pool(1) as pool:
        print(pool.apply(huge_page, (Path(tmp) / "body", int(args.huge_mb * 1e6))))


def huge_page(path: Path, size: int) -> str:
    """A page of ``size`` bytes of element-dense markup through the job wrapper; its CPU and peak RSS."""
    block = b"<div class=row><span>cell</span><a href=/x>link</a></div>\n" * 4096
    with path.open("wb") as out:
        out.write(b"<html><head><title>Everything</title></head><body>")
        for _ in range(size // len(block)):
            out.write(block)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    job = ExtractionJob(path, "http://bench.test/huge", "text/html", max_bytes=size, max_extract_bytes=1_000_000)
    found: list[object] = []
    ms = cpu_ms(lambda: found.append(textjob.extract_within_limits(job)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (f"a {path.stat().st_size / 1e6:.0f} MB page through textjob.extract_within_limits: {ms / 1000:.2f} s CPU, "
            f"peak RSS {before / 1024:.0f} -> {peak / 1024:.0f} MB ({found[0].extractor})")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
