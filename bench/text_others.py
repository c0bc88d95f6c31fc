"""Text extraction on others' pages (bench/labelled_others.py): fidelity per family, language and source, and CPU.

    .venv/bin/python bench/text.py --others [--split held-out|tuning|all] [--repeat N] [--variants] [--parts]
                                            [--config NAME ...] [--worst N] [--show PAGE_ID]
                                            [--metadata]

For each configuration: token precision, recall and F1 (per-page average over lower-cased ``\\w+``
tokens; Markdown link targets and image markers not counted; the truth without a first heading
that repeats the title, which a copy carries in its header) for all pages of the split, per family,
per language and per source (Mozilla Readability's pages have a truth made for Readability.js), with
the mean process CPU per page; pages an extractor under test was itself tuned on are a row apart and
not in "all". CPU is measured in this one process, warm
(one untimed pass first), the configurations interleaved page by page in a rotating order, each
page repeated ``--repeat`` times and its median taken: the machine is shared, and process CPU time
is what other load disturbs least.

``--split held-out`` (the default) is the split reported in docs/archive.md; rules and settings
are chosen on ``--split tuning`` only.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import logging
import re
import statistics
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import lxml.html
from labelled_others import HELD_OUT, TUNING, OtherPage, other_pages
from labelled_set import score

from pipeline.archive import markup, pagemeta
from pipeline.archive import text as ours
from pipeline.archive.furniture import Furniture, drop_furniture

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import trafilatura

Run = Callable[[OtherPage], str]


def _ours(**changes: object) -> Run:
    settings = dataclasses.replace(ours.HTML_SETTINGS, **changes)  # type: ignore[arg-type]

    def run(page: OtherPage) -> str:
        return str(ours.extract_html_text(page.html, page.url, settings)["text"])
    return run


def _debug_catcher(page: OtherPage) -> str:
    """The chosen settings with trafilatura's DEBUG log caught too (as before the catcher listened at WARNING)."""
    level, ours.CATCH_LEVEL = ours.CATCH_LEVEL, logging.DEBUG
    try:
        return str(ours.extract_html_text(page.html, page.url)["text"])
    finally:
        ours.CATCH_LEVEL = level


def _balanced_removal_first(page: OtherPage) -> str:
    """trafilatura's balanced focus with what it deletes anyway removed first (``HtmlSettings.discard_first``
    applies it only with favor_precision; this measures whether the balanced focus could have it too)."""
    settings = dataclasses.replace(ours.HTML_SETTINGS, favor_precision=False)
    bare = trafilatura.bare_extraction

    def removing_first(tree: Any, **options: Any) -> Any:
        markup.discard_first(tree, settings.discard_first)
        return bare(tree, **options)

    ours.trafilatura.bare_extraction = removing_first  # type: ignore[assignment]
    try:
        return str(ours.extract_html_text(page.html, page.url, settings)["text"])
    finally:
        ours.trafilatura.bare_extraction = bare  # type: ignore[assignment]


def _html_class_lookup(run: Run) -> Run:
    """``run`` with the page parsed by lxml.html's own parser (element classes looked up in Python, by tag),
    as before the fifth round."""
    def with_lookup(page: OtherPage) -> str:
        parser, markup._parser = markup._parser, lambda: lxml.html.html_parser  # type: ignore[assignment]
        try:
            return run(page)
        finally:
            markup._parser = parser  # type: ignore[assignment]
    return with_lookup


def _trafilatura_defaults(page: OtherPage) -> str:
    return trafilatura.extract(page.html, url=page.url) or ""


def _trafilatura(**options: object) -> Run:
    def run(page: OtherPage) -> str:
        return trafilatura.extract(page.html, url=page.url, **options) or ""  # type: ignore[arg-type]
    return run


CONFIGS: dict[str, Run] = {
    "ours (extract_html_text)": _ours(),
    "trafilatura.extract defaults": _trafilatura_defaults,
    "traf defaults + with_metadata": _trafilatura(with_metadata=True),
    "traf precision, no comments": _trafilatura(favor_precision=True, include_comments=False),
    "traf no comments": _trafilatura(include_comments=False),
    "traf recall, no comments": _trafilatura(favor_recall=True, include_comments=False),
    "ours, default (not precision)": _ours(favor_precision=False),
    "ours, recall": _ours(favor_precision=False, favor_recall=True),
    "ours, default (not precision), removal first": _balanced_removal_first,
    "ours, headings not tidied (before)": _ours(tidy_headings=False),
    "ours, code figures deleted (before)": _ours(code_figures_kept=False),
    "ours, lxml.html's class lookup (before)": _html_class_lookup(_ours()),
    "ours before the fifth round": _html_class_lookup(_ours(tidy_headings=False, code_figures_kept=False,
                                                            captions_kept=False)),
    "ours, captions deleted (before the sixth round)": _ours(captions_kept=False),
    "ours, data tables unwrapped (before the seventh round)": _ours(data_tables_kept=False),
    "ours before the eighth round": _ours(text_markers_dropped=False, article_body_marked=False),
    "ours, text markers kept": _ours(text_markers_dropped=False),
    "ours, article body not marked": _ours(article_body_marked=False),
    "ours, no links": _ours(include_links=False),
    "ours, no formatting": _ours(include_formatting=False),
    "ours, no tables": _ours(include_tables=False),
    "ours, tables not unwrapped": _ours(unwrap_layout_tables=False),
    "ours, no furniture rules": _ours(drop_furniture=False),
    "ours, furniture rules v1 (no comments rule)": _ours(keep_furniture=(Furniture.COMMENTS,)),
    "ours, log catcher at DEBUG": _debug_catcher,
    "ours, fast": _ours(fast=True),
    "ours, author full search (before issue 25)": _ours(author_search=ours.AuthorSearch.FULL),
    "ours, quick date search": _ours(date_search=ours.DateSearch.QUICK),
    "ours, date page scan unbounded (before)": _ours(date_page_scan_max_chars=None),
    "ours, nothing discarded first (before)": _ours(discard_first=()),
    "ours, only scripts, styles, SVG discarded first": _ours(discard_first=("script", "style", "svg")),
    "ours, default, fast": _ours(favor_precision=False, fast=True),
    "ours, default, quick date search": _ours(favor_precision=False, date_search=ours.DateSearch.QUICK),
    "ours, fast, quick date search": _ours(fast=True, date_search=ours.DateSearch.QUICK),
}
OURS, PEER = "ours (extract_html_text)", "trafilatura.extract defaults"


def _bare(page: OtherPage) -> object:
    """trafilatura's extraction with our options, on our parsed tree (what trafilatura discards anyway removed
    first, headings tidied, code figures made plain blocks, captions kept), without metadata or
    post-processing."""
    s = ours.HTML_SETTINGS
    tree = markup.parse(page.html)
    markup.discard_first(tree, s.discard_first)
    markup.tidy_headings(tree)
    markup.unwrap_code_figures(tree)
    markup.keep_captions(tree)
    return trafilatura.bare_extraction(
        tree, url=page.url, include_comments=False, favor_precision=s.favor_precision,
        include_links=s.include_links, include_formatting=s.include_formatting, include_tables=s.include_tables,
        prune_xpath=["//noscript"])


def _furniture(page: OtherPage) -> object:
    found = ours.extract_html_text(page.html, page.url)
    return lambda: drop_furniture(str(found["text"]), title=found.get("title"), author=found.get("author"))


# the parts of extract_html_text, timed alone (--parts): each includes parsing but the last
PARTS: dict[str, Callable[[OtherPage], object]] = {
    "parse (lxml)": lambda page: markup.parse(page.html),
    "parse + metadata": lambda page: pagemeta.read_metadata(markup.parse(page.html), page.url),
    "parse + bare_extraction": _bare,
    "whole extract_html_text": lambda page: ours.extract_html_text(page.html, page.url),
    "trafilatura.extract defaults": _trafilatura_defaults,
}


def measure_parts(pages: list[OtherPage], repeat: int) -> None:
    """Median process CPU per page of each part of extract_html_text, interleaved, warm."""
    furniture_runs = {p.id: _furniture(p) for p in pages}
    parts: dict[str, Callable[[OtherPage], object]] = {
        **PARTS, "furniture rules alone": lambda page: furniture_runs[page.id]()}  # type: ignore[operator]
    cpu = _interleaved(parts, pages, repeat)
    for name in parts:
        print(f"| {name:30} | {1000 * statistics.fmean(cpu[name, p.id] for p in pages):6.1f} |")


# how the copy's header finds its author and date (--metadata): the first is how it was before issue 25
# (the bound on htmldate's page scan: None, none)
METADATA: dict[str, tuple[ours.AuthorSearch, ours.DateSearch, int | None]] = {
    "author full, date extensive (before)": (ours.AuthorSearch.FULL, ours.DateSearch.EXTENSIVE, None),
    "author markup, date extensive": (ours.AuthorSearch.MARKUP, ours.DateSearch.EXTENSIVE, None),
    "author markup, date extensive, page scan bounded": (ours.AuthorSearch.MARKUP, ours.DateSearch.EXTENSIVE,
                                                         ours.HTML_SETTINGS.date_page_scan_max_chars),
    "author markup, date quick": (ours.AuthorSearch.MARKUP, ours.DateSearch.QUICK, None),
    "author markup, date quick then extensive": (ours.AuthorSearch.MARKUP, ours.DateSearch.QUICK_THEN_EXTENSIVE, None),
}


def _names_agree(found: str | None, expected: tuple[str, ...]) -> bool:
    """Whether a found author names one of the expected authors (by a shared word of three letters or more)."""
    words = {w for name in expected for w in re.findall(r"\w{3,}", name.lower())}
    return bool(found) and bool(words & set(re.findall(r"\w{3,}", (found or "").lower())))


def measure_metadata(pages: list[OtherPage], repeat: int) -> None:
    """Authors and dates each way of searching finds, against the first way and the other project's reference,
    on others' pages and on the project's own HTML pages (whose true date is known); with the CPU per page."""
    from labelled_set import PageType, held_out_pages, labelled_pages

    own = [p for p in (*labelled_pages(), *held_out_pages()) if p.type is not PageType.PDF]
    sets: list[tuple[str, list[tuple[str, str, str, str, tuple[str, ...]]]]] = [
        (f"others' pages ({len(pages)})", [(p.id, p.html, p.url, p.date if _ISO.match(p.date) else "", p.authors)
                                            for p in pages]),
        (f"project's own HTML pages ({len(own)})",
         [(p.name, ours.decode_html(p.body, p.content_type)[0], p.url, p.date or "", ()) for p in own])]
    print("| way | pages | authors found | changed / lost vs before | agree with reference | dates found "
          "| changed / lost vs before | right (of those with a reference) | ms/page |")
    print("|---" * 9 + "|")
    for label, items in sets:
        trees = {key: markup.parse(html) for key, html, _, _, _ in items}
        by_id = {key: (url, date, authors) for key, _, url, date, authors in items}
        runs = {name: functools.partial(_page_metadata, trees, by_id, author, date, bound)
                for name, (author, date, bound) in METADATA.items()}
        found = {(name, key): runs[name](key) for name in runs for key in trees}
        cpu = _interleaved(runs, list(trees), repeat)  # type: ignore[arg-type]
        first = next(iter(METADATA))
        for name in METADATA:
            got = [found[name, k] for k in trees]
            before = [found[first, k] for k in trees]
            a_changed = sum(1 for g, b in zip(got, before) if g[0] != b[0] and g[0] and b[0])
            a_lost = sum(1 for g, b in zip(got, before) if b[0] and not g[0])
            d_changed = sum(1 for g, b in zip(got, before) if g[1] != b[1] and g[1] and b[1])
            d_lost = sum(1 for g, b in zip(got, before) if b[1] and not g[1])
            with_authors = [k for k in trees if by_id[k][2]]
            with_dates = [k for k in trees if by_id[k][1]]
            a_agree = sum(_names_agree(found[name, k][0], by_id[k][2]) for k in with_authors)
            d_right = sum(found[name, k][1] == by_id[k][1] for k in with_dates)
            ms = 1000 * statistics.fmean(cpu[name, k] for k in trees)
            print(f"| {name} | {label} | {sum(bool(g[0]) for g in got)} | {a_changed} / {a_lost} | "
                  f"{a_agree} of {len(with_authors)} | {sum(bool(g[1]) for g in got)} | {d_changed} / {d_lost} | "
                  f"{d_right} of {len(with_dates)} | {ms:.1f} |", flush=True)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _page_metadata(trees: dict[str, object], by_id: dict[str, tuple[str, str, tuple[str, ...]]],
                   author: ours.AuthorSearch, date: ours.DateSearch, bound: int | None,
                   key: str) -> tuple[str | None, str | None]:
    meta = pagemeta.read_metadata(trees[key], by_id[key][0], author_search=author, date_search=date,  # type: ignore[arg-type]
                          page_scan_max_chars=bound)
    return meta.author, meta.date


@dataclasses.dataclass
class Measured:
    texts: dict[str, str] = dataclasses.field(default_factory=dict)  # page id -> text
    cpu: dict[str, float] = dataclasses.field(default_factory=dict)  # page id -> median CPU seconds


def _interleaved(runs: dict[str, Callable[[Any], object]], pages: list[Any],
                 repeat: int) -> dict[tuple[str, str], float]:
    """Median process CPU of each run on each page: one untimed pass first (imports, caches, compiled
    expressions), then ``repeat`` passes, the runs interleaved page by page in a rotating order."""
    names = list(runs)
    samples: dict[tuple[str, str], list[float]] = defaultdict(list)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page in pages:
            for name in names:
                runs[name](page)
        for r in range(repeat):
            for i, page in enumerate(pages):
                shift = (r + i) % len(names)
                for name in names[shift:] + names[:shift]:
                    start = time.process_time()
                    runs[name](page)
                    samples[name, getattr(page, "id", page)].append(time.process_time() - start)
    return {key: statistics.median(values) for key, values in samples.items()}


def measure(names: list[str], pages: list[OtherPage], repeat: int) -> dict[str, Measured]:
    """Each configuration's text and median process CPU per page, interleaved and warm."""
    out = {name: Measured() for name in names}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page in pages:
            for name in names:
                out[name].texts[page.id] = CONFIGS[name](page)
    for (name, page_id), seconds in _interleaved({n: CONFIGS[n] for n in names}, pages, repeat).items():
        out[name].cpu[page_id] = seconds
    return out


def _groups(pages: list[OtherPage]) -> list[tuple[str, list[OtherPage]]]:
    """All pages, then per family, language and source; pages an extractor under test was tuned on apart."""
    fair = [p for p in pages if not p.tuned_on_by_tested]
    groups = [("all", fair)]
    apart = [p for p in pages if p.tuned_on_by_tested]
    if apart:
        groups.append(("tuned on by one under test", apart))
    for label, key in (("family", lambda p: p.family), ("language", lambda p: p.language),
                       ("source", lambda p: p.source.split(" ")[0])):
        for value in sorted({key(p) for p in fair}):
            groups.append((f"{label}: {value}", [p for p in fair if key(p) == value]))
    return groups


def report(measured: dict[str, Measured], pages: list[OtherPage]) -> None:
    print(f"| {'configuration':34} | {'pages':26} |   n |   P   |   R   |  F1   | CPU ms/page |")
    print(f"|{'-' * 36}|{'-' * 28}|-----|-------|-------|-------|-------------|")
    for name, m in measured.items():
        for label, group in _groups(pages):
            scores = [score(p.truth, m.texts[p.id]) for p in group]
            cpu = 1000 * statistics.fmean(m.cpu[p.id] for p in group)
            print(f"| {name:34} | {label:26} | {len(group):3} | {statistics.fmean(s.precision for s in scores):.3f} "
                  f"| {statistics.fmean(s.recall for s in scores):.3f} | {statistics.fmean(s.f1 for s in scores):.3f} "
                  f"| {cpu:11.1f} |", flush=True)
    if OURS in measured and PEER in measured:
        a = statistics.fmean(measured[OURS].cpu.values())
        b = statistics.fmean(measured[PEER].cpu.values())
        print(f"\nCPU per page, ours / trafilatura.extract defaults: {1000 * a:.1f} / {1000 * b:.1f} ms = {a / b:.2f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench/text.py --others", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=(HELD_OUT, TUNING, "all"), default=HELD_OUT)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per page (median taken)")
    parser.add_argument("--config", action="append", choices=sorted(CONFIGS), help="only these (repeatable)")
    parser.add_argument("--variants", action="store_true", help="every configuration, not only ours and the peer")
    parser.add_argument("--parts", action="store_true", help="CPU of each part of extract_html_text alone")
    parser.add_argument("--metadata", action="store_true",
                        help="authors and dates each way of searching finds and its CPU (also on our own pages)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of each configuration")
    parser.add_argument("--show", help="print what each configuration extracted from this page id")
    args = parser.parse_args(argv)
    pages = [p for p in other_pages() if args.split == "all" or p.split == args.split]
    names = list(CONFIGS) if args.variants else args.config or [OURS, PEER]
    if args.parts:
        print(f"| part ({args.split} split, {len(pages)} pages) | ms/page |\n|---|---|")
        measure_parts(pages, args.repeat)
        return
    if args.metadata:
        measure_metadata(pages, args.repeat)
        return
    if args.show:
        page = next(p for p in other_pages() if p.id == args.show)
        print(f"==== truth ({page.split}, {page.url})\n{page.truth}\n")
        for name in names:
            text = CONFIGS[name](page)
            print(f"==== {name}: {score(page.truth, text)}\n{text}\n")
        return
    print(f"others' pages, {args.split} split: {len(pages)} pages from {len({p.site for p in pages})} sites, "
          f"{len({p.language for p in pages})} languages; CPU: median of {args.repeat} interleaved passes, "
          "process time, one process, warm (2-core machine shared with other builds)\n")
    measured = measure(names, pages, args.repeat)
    report(measured, pages)
    if args.worst:
        for name in names:
            scored = sorted(((score(p.truth, measured[name].texts[p.id]), p.id) for p in pages), key=lambda x: x[0].f1)
            for s, page_id in scored[:args.worst]:
                print(f"    worst {name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} {page_id}")
