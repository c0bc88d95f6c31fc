"""Every page of every labelled set extracted, all of each result written as JSON: a refactor's witness.

    .venv/bin/python bench/text_dump.py OUT.json

Runs :func:`pipeline.archive.text.extract_capture` on each page of the project's own sets (the labelled
news, PDF and non-UTF-8 pages and tests/newspages.py's held-out pages, as served) and
:func:`~pipeline.archive.text.extract_html_text` on each of others' pages (bench/labelled_others.py,
fetched into its cache first), and writes every field of each result (text, title, author, date, site
name, settings, reasons) with the extractor key at the default archive settings. Two versions of the
code whose dumps are the same file (``cmp A.json B.json``) give the same copies on all those pages.
Prints the key, the page counts and the dump's SHA-256.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from labelled_others import other_pages  # noqa: E402
from labelled_set import held_out_pages, labelled_pages  # noqa: E402

from pipeline.archive import text  # noqa: E402
from pipeline.archive.textqueue import extractor_key  # noqa: E402
from pipeline.config import ArchiveConfig  # noqa: E402


def dump() -> dict[str, object]:
    own: dict[str, object] = {}
    for page in (*labelled_pages(), *held_out_pages()):
        own[page.name] = dataclasses.asdict(text.extract_capture(text.ExtractionJob(page.body, page.url,
                                                                                    page.content_type)))
    others = {page.id: text.extract_html_text(page.html, page.url) for page in other_pages()}
    return {"extractor_key": extractor_key(ArchiveConfig()), "own": own, "others": others}


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(__doc__)
    found = dump()
    blob = json.dumps(found, ensure_ascii=False, sort_keys=True, indent=1, default=str).encode("utf-8")
    Path(argv[0]).write_bytes(blob)
    print(f"{found['extractor_key']}: {len(found['own'])} own pages, "  # type: ignore[arg-type]
          f"{len(found['others'])} others' pages, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main(sys.argv[1:])
