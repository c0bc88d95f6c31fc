"""The pages of the bench's heavy web: real news weight, every body distinct, gzip-encoded once, cached on disk.

A page is one of the labelled news templates (tests/labelled_news.py: header,
navigation, byline, article, related stories, comments, footer) around a story
of its own (the labelled articles' paragraphs plus sentences drawn from all of
them), its title made unique, grown to a size drawn from the spread of real
news pages (:func:`page_size`: median 100 KB of markup, 10 % over 300 KB, 1 %
over 1 MB) with what makes real pages heavy: style sheets, analytics scripts,
state blobs and JSON-LD in the head, mega-menus, promo farms, SVG sprites,
comment threads and HTML comments in the body. All from a seeded RNG, so the
same arguments give the same pages.

The pages are built once and kept gzip-encoded (level 6, as a server would)
in one file under ``bench/.cache/`` with an index, so the server only slices
bytes during a run. The hostile bodies are built there too: a gzip bomb and a
50 MB PDF (the 200 MB page and the drip are streamed by the server).
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
import os
import random
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
sys.path.insert(0, str(ROOT / "tests"))

from labelled_news import TEMPLATES, make_story
from newspages import ARTICLES

VERSION = 1  # bump when the pages change: the cache is keyed by it
# (quantile, bytes of markup): log-linear between the points (medians and tails of real news pages)
SIZE_QUANTILES = ((0.0, 15_000), (0.5, 100_000), (0.9, 300_000), (0.99, 1_000_000), (1.0, 2_500_000))
HUGE_BYTES = 200_000_000  # the endless page, streamed
BOMB_BYTES = 1_000_000_000  # what the gzip bomb inflates to
PDF_BYTES = 50_000_000

WORDS = ("city council budget school river port hospital library police court election vote mayor weather "
          "sports business opinion culture health science travel food review market energy housing transit "
          "water climate union strike trial appeal minister senate county district board agency report").split()
SENTENCES = [s.strip() + "." for a in ARTICLES for p in a.paragraphs for s in p.split(". ") if len(s) > 40]


def page_size(u: float) -> int:
    """Bytes of markup at quantile ``u`` (0..1) of real news pages' sizes."""
    qs = [q for q, _ in SIZE_QUANTILES]
    i = min(max(bisect.bisect_right(qs, u), 1), len(qs) - 1)
    (q0, s0), (q1, s1) = SIZE_QUANTILES[i - 1], SIZE_QUANTILES[i]
    t = (u - q0) / (q1 - q0)
    return round(math.exp(math.log(s0) + t * (math.log(s1) - math.log(s0))))


# -- what makes a page heavy ---------------------------------------------------------------------

def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _menu(rng: random.Random) -> str:
    return '<nav class="mega-menu"><ul>' + "".join(
        f'<li class="menu-section"><a href="/{w}">{w.title()}</a><ul>' + "".join(
            f'<li class="menu-item"><a href="/{w}/{rng.choice(WORDS)}-{rng.randrange(999)}" data-track="nav">'
            f'{_words(rng, 3).title()}</a></li>' for _ in range(rng.randrange(6, 16))) + "</ul></li>"
        for w in rng.sample(WORDS, 14)) + "</ul></nav>"


def _promos(rng: random.Random) -> str:
    return '<section class="promos"><h2>More from the site</h2>' + "".join(
        f'<div class="promo card"><a href="/p/{rng.randrange(10**6)}"><picture><source srcset="/img/{k}.webp 1x">'
        f'<img src="/img/{k}.jpg" alt="" loading="lazy"></picture><span class="kicker">{rng.choice(WORDS)}</span>'
        f'<span class="headline">{_words(rng, 9).capitalize()}</span></a></div>'
        for k in range(rng.randrange(20, 60))) + "</section>"


def _comments(rng: random.Random) -> str:
    return '<section class="comments"><h2>Comments</h2><ol>' + "".join(
        f'<li class="comment"><div class="meta"><span class="user">reader{rng.randrange(10**5)}</span>'
        f'<time>{rng.randrange(1, 59)} minutes ago</time></div><p>{_words(rng, rng.randrange(8, 60)).capitalize()}.'
        f'</p><button>Reply</button><button>Like</button></li>'
        for _ in range(rng.randrange(10, 40))) + "</ol></section>"


def _state(rng: random.Random) -> str:
    state = {"page": {"ads": {f"slot{k}": {"sizes": [[300, 250], [728, 90]], "targeting": _words(rng, 4)}
                              for k in range(rng.randrange(5, 20))}},
             "articles": [{"id": rng.randrange(10**8), "headline": _words(rng, 9), "teaser": _words(rng, 30),
                           "url": f"/{rng.choice(WORDS)}/{rng.randrange(10**6)}"}
                          for _ in range(rng.randrange(20, 120))]}
    return f"<script>window.__PRELOADED_STATE__={json.dumps(state)};</script>"


def _analytics(rng: random.Random) -> str:
    names = [f"{rng.choice('abcdefghijklmnopqrstuvwxyz')}{rng.randrange(99)}" for _ in range(40)]
    body = ";".join(f"function {rng.choice(names)}(e,t){{var n=e.{rng.choice(WORDS)}||{{}};return t&&n["
                    f"\"{rng.choice(WORDS)}\"]?{rng.choice(names)}(n,t-1):{rng.randrange(9999)}}}"
                    for _ in range(rng.randrange(60, 300)))
    return f'<script>!function(){{"use strict";{body}}}();</script>'


def _styles(rng: random.Random) -> str:
    rules = "".join(f".{rng.choice(WORDS)}-{rng.randrange(999)}{{margin:{rng.randrange(40)}px;color:#"
                    f"{rng.randrange(16**6):06x};font-size:{rng.randrange(10, 40)}px}}"
                    for _ in range(rng.randrange(100, 500)))
    return f"<style>{rules}</style>"


def _sprite(rng: random.Random) -> str:
    return '<svg style="display:none">' + "".join(
        f'<symbol id="i{k}" viewBox="0 0 24 24"><path d="M{rng.randrange(24)} {rng.randrange(24)}'
        + "".join(f"l{rng.randrange(-9, 9)} {rng.randrange(-9, 9)}" for _ in range(12)) + 'z"/></symbol>'
        for k in range(rng.randrange(20, 80))) + "</svg>"


def _html_comment(rng: random.Random) -> str:
    return f"<!-- cache {rng.randrange(10**9):x}: {_words(rng, rng.randrange(20, 200))} -->"


HEAD_PARTS = (_state, _analytics, _styles)
BODY_PARTS = (_menu, _promos, _comments, _sprite, _html_comment, _state, _analytics)


def part_bank(rng: random.Random, per_kind: int = 24) -> tuple[list[str], list[str]]:
    """Pieces of page weight to draw from: (for the head, for the body)."""
    return ([f(rng) for f in HEAD_PARTS for _ in range(per_kind)],
            [f(rng) for f in BODY_PARTS for _ in range(per_kind)])


def article_page(n: int, size: int, rng: random.Random, bank: tuple[list[str], list[str]]) -> str:
    """Page ``n``: a labelled template around a story of its own, grown to about ``size`` bytes."""
    story = make_story(ARTICLES[n % len(ARTICLES)], rng, n)
    extra = tuple(("p", " ".join(rng.sample(SENTENCES, rng.randrange(2, 6)))) for _ in range(rng.randrange(0, 6)))
    blocks = list(story.blocks)
    for block in extra:
        blocks.insert(rng.randrange(1, len(blocks) + 1), block)
    story = dataclasses.replace(story, title=f"{story.title}: {_words(rng, 3)} ({n})", blocks=tuple(blocks))
    names = sorted(TEMPLATES)
    page = TEMPLATES[names[n % len(names)]](story, rng)
    head_bank, body_bank = bank
    head = "".join(rng.sample(head_bank, 2))
    grown: list[str] = []
    room = size - len(page) - len(head)
    while room > 0:
        part = rng.choice(body_bank)
        grown.append(part)
        room -= len(part)
    cut = rng.randrange(len(grown) + 1)
    start = page.index(">", page.index("<body")) + 1
    end = page.rindex("</body>")
    page = page[:start] + "".join(grown[:cut]) + page[start:end] + "".join(grown[cut:]) + page[end:]
    return page.replace("</head>", head + "</head>", 1)


# -- the store: every page gzip-encoded, in one file ---------------------------------------------

@dataclasses.dataclass
class PageStore:
    """Pages ``0..count-1`` gzip-encoded in one file: ``body(n)`` slices it."""

    folder: Path
    offsets: list[int]  # start of page n in pages.bin; offsets[count] is the end
    sizes: list[int]  # bytes of markup (decoded)

    @classmethod
    def open(cls, folder: Path) -> PageStore:
        index = json.loads((folder / "index.json").read_text())
        return cls(folder, index["offsets"], index["sizes"])

    def gzip_body(self, data: bytes | memoryview, n: int) -> bytes:
        return bytes(data[self.offsets[n]:self.offsets[n + 1]])


def cache_folder(pages: int, seed: int) -> Path:
    return CACHE / f"heavy-v{VERSION}-{pages}-{seed}"


def build_store(pages: int, seed: int) -> Path:
    """Build (once) the gzip-encoded pages and the hostile bodies; the folder holding them."""
    folder = cache_folder(pages, seed)
    if (folder / "index.json").exists():
        return folder
    started = time.monotonic()
    tmp = folder.with_name(folder.name + f".tmp{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    bank = part_bank(rng)
    offsets, sizes = [0], []
    with open(tmp / "pages.bin", "wb") as out:
        for n in range(pages):
            raw = article_page(n, page_size(rng.random()), rng, bank).encode()
            packer = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip framing
            gz = packer.compress(raw) + packer.flush()
            out.write(gz)
            offsets.append(offsets[-1] + len(gz))
            sizes.append(len(raw))
    (tmp / "bomb.gz").write_bytes(_gzip_bomb())
    (tmp / "big.pdf").write_bytes(big_pdf(PDF_BYTES, rng))
    (tmp / "index.json").write_text(json.dumps({"offsets": offsets, "sizes": sizes}))
    os.replace(tmp, folder)
    print(f"built {pages} heavy pages ({sum(sizes) / 1e6:.0f} MB of markup, {offsets[-1] / 1e6:.0f} MB gzip) "
          f"in {time.monotonic() - started:.0f} s under {folder.relative_to(ROOT)}", flush=True)
    return folder


def _gzip_bomb() -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<!doctype html><html><body><p>")]
    block = b" " * (1 << 20)
    parts += [packer.compress(block) for _ in range(BOMB_BYTES >> 20)]
    return b"".join(parts) + packer.flush()


def big_pdf(size: int, rng: random.Random) -> bytes:
    """A valid PDF of about ``size`` bytes: a few pages of text and, on the first, one big image (as scans are)."""
    texts = [f"BT /F1 11 Tf 72 {720 - 14 * i} Td ({rng.choice(SENTENCES)[:90]}) Tj ET".encode()
             for i in range(40)]
    pages = 8
    pixels = rng.randbytes(size)  # incompressible, as a photo's bytes are
    side = int(math.sqrt(len(pixels) // 3))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(pages))
               + b"] /Count %d >>" % pages]
    font, image = 3 + 2 * pages, 4 + 2 * pages
    for i in range(pages):
        draw = (b"q 400 0 0 300 100 60 cm /Im1 Do Q\n" if i == 0 else b"") + b"\n".join(texts)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources "
                       b"<< /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>" % (4 + 2 * i, font, image))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    data = pixels[:side * side * 3]
    objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                   b"/BitsPerComponent 8 /Length %d >>\nstream\n" % (side, side, len(data)) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    where = []
    for k, obj in enumerate(objects, 1):
        where.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % w for w in where)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def huge_chunk(k: int) -> bytes:
    """64 KiB of list-page markup (a paragraph and a link per row), numbered ``k``: the 200 MB page is these."""
    rows = [f'<p class="row">{" ".join(WORDS[(i + j) % len(WORDS)] for j in range(30))} '
            f'<a href="/item/{k}/{i}">item {k}.{i}</a></p>' for i in range(400)]
    return "".join(rows).encode()[:65536]
