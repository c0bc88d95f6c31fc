"""The project's labelled set for text extraction, and how a copy's text is scored against it.

* 110 news pages: 22 site templates (tests/labelled_news.py) x 5 stories;
* 10 multi-page PDFs and 12 non-UTF-8 pages (tests/labelled_documents.py).

Each :class:`LabelledPage` carries the bytes as a server sends them, the
Content-Type, the true body text and the body's links. Scoring
(:func:`score`) is token precision/recall/F1 over lower-cased ``\\w+`` tokens
of the body only: Markdown link targets are removed from the extracted text
first; the copy's own header (headline, date) and front matter are not part
of an extraction's ``text``, so a headline repeated inside the text counts
against precision.

``python tests/labelled_set.py --show NAME`` prints a page's HTML and truth
for reading by hand; ``--list`` names them all.
"""

from __future__ import annotations

import enum
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache

__all__ = ["LabelledPage", "PageType", "Score", "body_tokens", "held_out_pages", "labelled_pages", "links_kept",
           "reading_order", "score"]

# a link target: (url), a url with balanced parentheses, or CommonMark's (<url with spaces>)
_TARGET_BODY = r"\((?:<(?:\\.|[^\\>\n])*>|(?:[^()\s]|\([^()\s]*\))*)\)"
_TARGET = re.compile(r"\]" + _TARGET_BODY)
_IMAGE = re.compile(r"!\[[^\]]*\](?:" + _TARGET_BODY + ")?")  # alt text and target


class PageType(enum.StrEnum):
    NEWS = "news"
    PDF = "pdf"
    CHARSET = "non-utf-8"
    HELD_OUT = "held-out"  # tests/newspages.py's pages, written before the furniture rules: a check on over-fitting


@dataclass(frozen=True, kw_only=True)
class LabelledPage:
    name: str
    type: PageType
    template: str
    url: str
    body: bytes
    content_type: str
    title: str
    date: str | None
    truth: str
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class Score:
    precision: float
    recall: float
    f1: float


def body_tokens(text: str) -> list[str]:
    """Word tokens of a copy's body text: Markdown link targets and image markers left out."""
    return re.findall(r"\w+", _TARGET.sub("]", _IMAGE.sub("", text)).lower())


def score(truth: str, text: str) -> Score:
    t, e = Counter(body_tokens(truth)), Counter(body_tokens(text))
    common = sum((t & e).values())
    p = common / sum(e.values()) if e else 0.0
    r = common / sum(t.values()) if t else 0.0
    return Score(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0)


def reading_order(truth: str, text: str) -> float:
    """Share of the truth's consecutive paragraph pairs found in the same order in ``text`` (1.0: all in order).

    A paragraph is found by its first eight tokens; one not found breaks both of its pairs.
    """
    words = body_tokens(text)
    index: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - 7, -1, -1):
        index[tuple(words[i:i + 8])] = i
    starts = [index.get(tuple(body_tokens(p)[:8])) for p in truth.split("\n\n") if len(body_tokens(p)) >= 8]
    pairs = list(zip(starts, starts[1:], strict=False))
    good = sum(1 for a, b in pairs if a is not None and b is not None and a < b)
    return good / len(pairs) if pairs else 1.0


def links_kept(page: LabelledPage, text: str) -> tuple[int, int]:
    """(body links present as ``[label](url)`` in ``text``, body links on the page)."""
    flat = re.sub(r"\s+", " ", text)
    kept = sum(1 for label, url in page.links if f"]({url})" in flat and label.split()[0] in flat)
    return kept, len(page.links)


@cache
def labelled_pages() -> tuple[LabelledPage, ...]:
    from labelled_documents import charset_pages, pdf_documents
    from labelled_news import TEMPLATES, stories, story_links

    pages: list[LabelledPage] = []
    per_template = 5
    all_stories = stories(len(TEMPLATES) * per_template, seed=5)
    for t, (name, template) in enumerate(TEMPLATES.items()):
        import random

        rng = random.Random(t)
        for k in range(per_template):
            story = all_stories[k * len(TEMPLATES) + t]
            html = template(story, rng)
            pages.append(LabelledPage(
                name=f"news-{name}-{k}", type=PageType.NEWS, template=name,
                url=f"https://{name}.example/{story.section.lower()}/{story.slug}", body=html.encode("utf-8"),
                content_type="text/html; charset=utf-8", title=story.title, date=story.date, truth=story.truth,
                links=tuple(story_links(story))))
    for doc in pdf_documents():
        pages.append(LabelledPage(name=doc.name, type=PageType.PDF, template="+".join(doc.features) or "plain",
                                  url=f"https://records.example.org/{doc.name}.pdf", body=doc.body,
                                  content_type="application/pdf", title=doc.title, date="2025-02-18",
                                  truth=doc.truth))
    for cp in charset_pages():
        pages.append(LabelledPage(name=cp.name, type=PageType.CHARSET, template=cp.codec,
                                  url=f"https://intl.example/{cp.name}", body=cp.body, content_type=cp.content_type,
                                  title=cp.story.title, date=cp.story.date, truth=cp.story.truth))
    return tuple(pages)


@cache
def held_out_pages() -> tuple[LabelledPage, ...]:
    """36 heavy pages of tests/newspages.py (3 older layouts), not used to write the furniture rules."""
    from newspages import bench_pages

    return tuple(LabelledPage(name=f"held-out-{i}", type=PageType.HELD_OUT, template=path.split("-")[0],
                              url=f"https://held-out.example{path}", body=html.encode("utf-8"),
                              content_type="text/html; charset=utf-8", title="", date=None, truth=truth)
                 for i, (path, html, truth) in enumerate(bench_pages(36, seed=3, heavy=True)))


def _main(argv: list[str]) -> None:
    pages = {p.name: p for p in labelled_pages()}
    if argv[:1] == ["--list"]:
        for p in pages.values():
            print(p.name, p.type.value, p.template, len(p.body))
        return
    if argv[:1] == ["--show"] and len(argv) > 1:
        page = pages[argv[1]]
        print(page.body.decode("utf-8", "replace") if page.type is not PageType.PDF else f"<{len(page.body)} bytes>")
        print("\n==== TRUTH ====\n" + page.truth)
        return
    print(__doc__)


if __name__ == "__main__":
    _main(sys.argv[1:])
