"""Benchmark of text extraction fidelity on the project's labelled set (tests/labelled_set.py).

    .venv/bin/python bench/text.py [--config NAME ...] [--worst N] [--show PAGE] [--ablation]
    .venv/bin/python bench/text.py --others [--split held-out|tuning|all] ...   (bench/text_others.py)

For each extractor configuration tried, prints token precision, recall and F1
(lower-cased ``\\w+`` tokens of the body; Markdown link targets removed) per
page type -- news (110 pages, 22 templates), PDF (10), non-UTF-8 (12), and 36
held-out pages of tests/newspages.py --, the reading order (share of the true
paragraph pairs found in order), the share of in-body links kept as Markdown,
and the mean time per page (per document for the labelled PDFs, two pages
each; then the time per page of one long two-column PDF). The row ``chosen``
is what sourcevault runs (:func:`pipeline.archive.text.extract_capture` on the
bytes and Content-Type as served). ``trafilatura.extract defaults`` is the
peer at its defaults, handed the raw bytes as a user of the library would.

Needs the ``bench`` extra (readability-lxml, Resiliparse, pypdf, pypdfium2 for
the comparisons; jusText comes with trafilatura). ``--worst N`` lists the N
worst pages of each configuration named with ``--config``; ``--show PAGE``
prints what each of them extracted from that page; ``--ablation`` prints the
chosen configuration's scores with each furniture rule turned off in turn.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from labelled_set import LabelledPage, PageType, held_out_pages, labelled_pages, links_kept, reading_order, score  # noqa: E402

from pipeline.archive import text as ours  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import trafilatura  # noqa: E402

Extractor = Callable[[LabelledPage], str]
_READABILITY = ours.SecondExtractor.READABILITY
_HTML = (PageType.NEWS, PageType.CHARSET, PageType.HELD_OUT)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "div", "br", "figcaption")


def _decoded(page: LabelledPage) -> str:
    return ours.decode_html(page.body, page.content_type)[0]


def _html_to_text(fragment: str) -> str:
    """Block-separated text of an HTML fragment (for extractors that return HTML)."""
    import lxml.html

    if not fragment.strip():
        return ""
    tree = lxml.html.fromstring(fragment)
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)


def _trafilatura(**options: bool) -> Extractor:
    def run(page: LabelledPage) -> str:
        return trafilatura.extract(_decoded(page), url=page.url, include_comments=False, **options) or ""
    return run


def _ours(**settings: object) -> Extractor:
    """sourcevault's HTML path (decode, unwrap layout tables, trafilatura, post-processing) with these settings."""
    chosen = dataclasses.asdict(ours.HTML_SETTINGS)

    def run(page: LabelledPage) -> str:
        options = ours.HtmlSettings(**{**chosen, **settings})  # type: ignore[arg-type]
        return str(ours.extract_html_text(_decoded(page), page.url, options)["text"])
    return run


def _trafilatura_defaults(page: LabelledPage) -> str:
    return trafilatura.extract(page.body) or ""


def _readability(page: LabelledPage) -> str:
    from readability import Document

    return _html_to_text(Document(_decoded(page)).summary(html_partial=True))


def _resiliparse(page: LabelledPage) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(_decoded(page), main_content=True, preserve_formatting=True, list_bullets=False)


def _justext(page: LabelledPage) -> str:
    import justext

    paragraphs = justext.justext(_decoded(page), justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _agreement(first: Extractor, second: Extractor) -> Extractor:
    """Paragraphs of ``first`` whose words mostly appear in ``second``'s text."""
    from labelled_set import body_tokens

    def run(page: LabelledPage) -> str:
        a, b = first(page), set(body_tokens(second(page)))
        kept = []
        for para in a.split("\n"):
            words = body_tokens(para)
            if words and sum(w in b for w in words) / len(words) >= 0.8:
                kept.append(para)
        return "\n".join(kept)
    return run


def _fallback(first: Extractor, second: Extractor, min_chars: int = 500) -> Extractor:
    def run(page: LabelledPage) -> str:
        text = first(page)
        return text if len(text) >= min_chars else second(page)
    return run


def _pypdf(layout: bool = False) -> Extractor:
    def run(page: LabelledPage) -> str:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(page.body))
        mode = {"extraction_mode": "layout"} if layout else {}
        return "\n\n".join(p.extract_text(**mode) or "" for p in reader.pages)
    return run


def _pdfminer(page: LabelledPage) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(page.body))


def _pdfium(page: LabelledPage) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(page.body)
    try:
        return "\n\n".join(pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf)))
    finally:
        pdf.close()


def _chosen(page: LabelledPage) -> str:
    with tempfile.NamedTemporaryFile() as f:
        f.write(page.body)
        f.flush()
        job = ours.ExtractionJob(Path(f.name), page.url, page.content_type)
        return ours.extract_capture(job).text


CONFIGS: dict[str, tuple[tuple[PageType, ...], Extractor]] = {
    "trafilatura.extract defaults": (_HTML, _trafilatura_defaults),
    "traf default": (_HTML, _trafilatura()),
    "traf default +links+fmt": (_HTML, _trafilatura(include_links=True, include_formatting=True)),
    "traf precision": (_HTML, _trafilatura(favor_precision=True)),
    "traf precision +links+fmt": (_HTML, _trafilatura(favor_precision=True, include_links=True,
                                                      include_formatting=True)),
    "traf recall": (_HTML, _trafilatura(favor_recall=True)),
    "traf recall +links+fmt": (_HTML, _trafilatura(favor_recall=True, include_links=True, include_formatting=True)),
    "readability-lxml": (_HTML, _readability),
    "resiliparse main_content": (_HTML, _resiliparse),
    "justext (English)": (_HTML, _justext),
    "traf recall & readability agree": (_HTML, _agreement(_trafilatura(favor_recall=True), _readability)),
    "traf precision & readability agree": (_HTML, _agreement(_trafilatura(favor_precision=True), _readability)),
    "traf precision, readability fallback": (_HTML, _fallback(_trafilatura(favor_precision=True), _readability)),
    "P +links+fmt +unwrap tables": (_HTML, _ours(favor_precision=True, drop_furniture=False, agree_with=None)),
    "P +links+fmt +unwrap +furniture": (_HTML, _ours(favor_precision=True, drop_furniture=True, agree_with=None)),
    "P +links+fmt +unwrap +furniture +agree": (_HTML, _ours(favor_precision=True, drop_furniture=True,
                                                            agree_with=_READABILITY)),
    "D +links+fmt +unwrap +furniture": (_HTML, _ours(favor_precision=False, drop_furniture=True, agree_with=None)),
    "D +links+fmt +unwrap +furniture +agree": (_HTML, _ours(favor_precision=False, drop_furniture=True,
                                                            agree_with=_READABILITY)),
    "R +links+fmt +unwrap +furniture": (_HTML, _ours(favor_precision=False, favor_recall=True, drop_furniture=True,
                                                     agree_with=None)),
    "R +links+fmt +unwrap +furniture +agree": (_HTML, _ours(favor_precision=False, favor_recall=True,
                                                            drop_furniture=True, agree_with=_READABILITY)),
    "pypdf": ((PageType.PDF,), _pypdf()),
    "pypdf layout": ((PageType.PDF,), _pypdf(layout=True)),
    "pdfminer.six": ((PageType.PDF,), _pdfminer),
    "pypdfium2": ((PageType.PDF,), _pdfium),
    "chosen": ((PageType.NEWS, PageType.CHARSET, PageType.PDF, PageType.HELD_OUT), _chosen),
}


def measure(name: str, pages: list[LabelledPage]) -> dict[PageType, dict[str, float]] | None:
    types, extractor = CONFIGS[name]
    out: dict[PageType, dict[str, float]] = {}
    for kind in types:
        subset = [p for p in pages if p.type is kind]
        if not subset:
            continue
        scores, seconds, kept, total, order = [], [], 0, 0, []
        for page in subset:
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                text = extractor(page)
            seconds.append(time.perf_counter() - start)
            scores.append(score(page.truth, text))
            order.append(reading_order(page.truth, text))
            k, n = links_kept(page, text)
            kept, total = kept + k, total + n
        out[kind] = {"p": statistics.fmean(s.precision for s in scores),
                     "r": statistics.fmean(s.recall for s in scores), "f1": statistics.fmean(s.f1 for s in scores),
                     "order": statistics.fmean(order), "links": kept / total if total else float("nan"),
                     "ms": 1000 * statistics.fmean(seconds), "n": len(subset)}
    return out


def long_pdf_speed() -> None:
    """Time per PDF page on one long two-column report (the labelled PDFs have two pages each)."""
    from labelled_news import stories
    from pdfwriter import write_pdf

    paragraphs = [text for story in stories(200, seed=1) for kind, text in story.blocks if kind == "p"]
    body = write_pdf(title="A long report", author="Bench", paragraphs=paragraphs, running_head="A long report",
                     two_columns=True, hyphenate=True)
    page = LabelledPage(name="long", type=PageType.PDF, template="long", url="https://bench.example/long.pdf",
                        body=body, content_type="application/pdf", title="A long report", date=None, truth="")
    from pypdf import PdfReader

    count = len(PdfReader(io.BytesIO(body)).pages)
    print(f"\nlong PDF ({count} two-column pages), ms per page:")
    for name in ("pypdf", "pdfminer.six", "pypdfium2", "chosen"):
        start = time.perf_counter()
        CONFIGS[name][1](page)
        print(f"  {name:14} {1000 * (time.perf_counter() - start) / count:6.1f}")


def ablation(pages: list[LabelledPage]) -> None:
    """What each furniture rule is worth: the chosen configuration's F1 with that rule turned off."""
    from pipeline.archive.furniture import Furniture

    print(f"| {'furniture rule turned off':38} | type      |   P   |   R   |  F1   |")
    print(f"|{'-' * 40}|-----------|-------|-------|-------|")
    variants = [("(none: the chosen configuration)", ())] + [(str(kind), (kind,)) for kind in Furniture]
    for label, keep in variants:
        CONFIGS[label] = (_HTML, _ours(keep_furniture=keep))
        for kind, m in (measure(label, pages) or {}).items():
            print(f"| {label:38} | {kind.value:9} | {m['p']:.3f} | {m['r']:.3f} | {m['f1']:.3f} |", flush=True)


def main() -> None:
    if "--others" in sys.argv[1:]:  # others' pages (bench/labelled_others.py): its own options
        import text_others

        text_others.main([a for a in sys.argv[1:] if a != "--others"])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", action="append", choices=sorted(CONFIGS), help="only these (repeatable)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of each configuration")
    parser.add_argument("--show", help="print what each configuration extracted from this page")
    parser.add_argument("--ablation", action="store_true",
                        help="F1 of the chosen configuration with each furniture rule turned off in turn")
    args = parser.parse_args()
    pages = list(labelled_pages()) + list(held_out_pages())
    names = args.config or list(CONFIGS)
    if args.show:
        page = next(p for p in pages if p.name == args.show)
        for name in names:
            types, extractor = CONFIGS[name]
            if page.type in types:
                text = extractor(page)
                print(f"==== {name}: {score(page.truth, text)}\n{text}\n")
        return
    if args.ablation:
        ablation(pages)
        return
    counts = {k: sum(p.type is k for p in pages) for k in PageType}
    templates = len({p.template for p in pages if p.type is PageType.NEWS})
    print(f"labelled set: {counts[PageType.NEWS]} news pages ({templates} templates), {counts[PageType.PDF]} PDFs, "
          f"{counts[PageType.CHARSET]} non-UTF-8 pages; held out: {counts[PageType.HELD_OUT]} pages of "
          "tests/newspages.py\n")
    print(f"| {'configuration':38} | type      |   P   |   R   |  F1   | order | links | ms/page |")
    print(f"|{'-' * 40}|-----------|-------|-------|-------|-------|-------|---------|")
    for name in names:
        result = measure(name, pages)
        for kind, m in (result or {}).items():
            links = "   - " if m["links"] != m["links"] else f"{m['links']:.2f}"
            print(f"| {name:38} | {kind.value:9} | {m['p']:.3f} | {m['r']:.3f} | {m['f1']:.3f} | {m['order']:.3f} "
                  f"| {links:>5} |"
                  f" {m['ms']:7.1f} |", flush=True)
        if args.worst:
            types, extractor = CONFIGS[name]
            scored = sorted((score(p.truth, extractor(p)).f1, p.name) for p in pages if p.type in types)
            for f1, page_name in scored[:args.worst]:
                print(f"    worst: {f1:.3f} {page_name}")
    if not args.config:
        long_pdf_speed()


if __name__ == "__main__":
    main()
