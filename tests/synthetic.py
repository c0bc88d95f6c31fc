"""A synthetic corpus shaped like the real one, for tests and bench/extract.py.

~3.4 sources per event, 7% JSON files, `outlet` or `publisher`, ~3% values that
are not URLs, some archive_url wrappers, URLs shared between events, 1,160
hosts per ~2,000 events, a body link per Markdown event. Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

OUTLETS = ["The Guardian", "Reuters", "The New York Times", "ProPublica", "NPR", "Politico", "AP News"]
NOT_URLS = ["Reuters", "", None, "Bloomberg", "IMF Press Release"]


def make_corpus(folder: Path, n: int, seed: int = 7, base: str | None = None) -> None:
    """Write ``n`` events below ``folder``. With ``base`` (``http://127.0.0.1:9``), every
    URL is below it (``<base>/www.site3.example/...``) instead of on its own host, archive
    URLs included (``<base>/web/<stamp>/<url>``: name the base's host in ``extract.wayback_hosts``)."""
    rng = random.Random(seed)
    sites = [f"www.site{i}.example" for i in range(max(50, n * 1160 // 2000))]
    hosts = [f"{base.split('://', 1)[1]}/{site}" for site in sites] if base else sites
    scheme = base.split("://", 1)[0] if base else "https"
    shared = [f"{scheme}://{rng.choice(hosts)}/shared/{i}" for i in range(max(10, n // 100))]
    for i in range(n):
        sources = []
        for j in range(rng.choice([1, 2, 3, 3, 4, 5, 6])):
            roll = rng.random()
            if roll < 0.03:
                url = rng.choice(NOT_URLS)
            elif roll < 0.05:
                url = rng.choice(shared)
            else:
                url = f"{scheme}://{rng.choice(hosts)}/{2000 + i % 25}/{i:06d}/article-{j}?utm_source=x"
            src = {"title": f"Article {i}-{j} about matters of public record", "url": url,
                   ("outlet" if rng.random() < 0.8 else "publisher"): rng.choice(OUTLETS),
                   "date": f"20{10 + i % 15}-0{1 + i % 9}-1{j}"}
            if rng.random() < 0.02 and isinstance(url, str) and url.startswith("http"):
                archive = base or "https://web.archive.org"
                src["archive_url"] = f"{archive}/web/20240101000000/{url}"
            sources.append(src)
        event = {"id": f"ev-{i:07d}", "date": f"20{10 + i % 15}-01-01", "title": f"Event {i}",
                 "importance": rng.randint(1, 10), "tags": ["a", "b"], "actors": ["X", "Y"],
                 "sources": sources}
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        if rng.random() < 0.07:
            (sub / f"ev-{i:07d}.json").write_text(json.dumps(event), encoding="utf-8")
        else:
            body = f"Body of event {i}. See {scheme}://{rng.choice(hosts)}/body/{i} for more.\n"
            (sub / f"ev-{i:07d}.md").write_text("---\n" + yaml.safe_dump(event, sort_keys=False) + "---\n\n" + body,
                                                encoding="utf-8")
