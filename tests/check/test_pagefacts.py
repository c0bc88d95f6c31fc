"""Page facts from raw bytes: charsets, titles, headings, visible text."""

from __future__ import annotations

from pipeline.check.pagefacts import decode_html, read_page
from pipeline.check.soft404 import novel_words


def test_title_heading_and_visible_text_only() -> None:
    html = (b"<html><head><title> Budget &amp; tax </title><style>p{color:red}</style></head>"
            b"<body><script>var x = 'not text';</script><h1>The <em>budget</em></h1><p>Approved today.</p>"
            b"<!-- hidden --></body></html>")
    facts = read_page(html)
    assert (facts.title, facts.heading) == ("Budget & tax", "The budget")
    assert facts.text == "The budget Approved today." and facts.words == 4


def test_charset_from_header_then_meta_then_utf8_then_cp1252() -> None:
    text = "Résumé - décision"
    assert decode_html(text.encode("iso-8859-1"), "iso-8859-1").startswith("Résumé")
    meta = b'<meta charset="windows-1251">' + "Новости".encode("cp1251")
    assert "Новости" in decode_html(meta)
    assert decode_html(text.encode("utf-8")) == text
    assert decode_html("Résumé".encode("cp1252")) == "Résumé"  # not UTF-8: falls back, no exception
    assert decode_html(b"abc", "no-such-charset") == "abc"


def test_broken_markup_never_raises() -> None:
    for junk in (b"", b"<", b"<title>unclosed", b"\xff\xfe\x00<h1", b"<html><body>" + b"<div>" * 10000):
        read_page(junk)


def test_novel_words() -> None:
    assert novel_words("a b c page-x", "a b c probe-y", ("page-x", "probe-y")) == 0
    assert novel_words("a b c d e", "a b c") == 2


def test_main_region() -> None:
    assert read_page(b"<body><nav>menu</nav><main><h1>T</h1><p>Body</p></main></body>").main == "T Body"
    assert read_page(b"<body><div role='main'><p>Body</p></div></body>").main == "Body"
    assert read_page(b"<body><article><p>Story</p></article></body>").main == "Story"
    assert read_page(b"<body><p>No region</p></body>").main == ""
