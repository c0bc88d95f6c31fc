"""The copy's header read from the page: the author from byline markup, the date with htmldate's bounded scan."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.archive.text import HTML_SETTINGS, extract_html_text

_BYLINE_PAGE = """<html><head><title>Harbour dredging starts in May</title></head><body>
<article><h1>Harbour dredging starts in May</h1>
<p class="meta"><span class="{byline_class}">By <a rel="{rel}" href="/staff/ana">Ana Ruiz</a></span>
<time datetime="2025-03-18">March 18, 2025</time></p>
{paragraphs}
</article>
<section id="comments"><h2>Comments</h2>
<div class="comment"><span class="author">Troll Name</span><p>First! This is all a scam.</p></div></section>
</body></html>"""
_PROSE = "".join(f"<p>The port authority said the dredging of berth {i} would take six weeks and keep the channel "
                 "open to ferries, with night work only where the tide allows it.</p>" for i in range(8))


@pytest.mark.parametrize(("byline_class", "rel", "author"), [
    ("byline", "", "Ana Ruiz"),  # a byline class
    ("meta-line", "author", "Ana Ruiz"),  # a link marked rel=author
    ("meta-line", "", None),  # no byline markup: the commenter below is not the author
])
def test_the_author_is_read_from_byline_markup_never_from_a_readers_comment(byline_class, rel, author):
    page = _BYLINE_PAGE.format(byline_class=byline_class, rel=rel, paragraphs=_PROSE)
    found = extract_html_text(page, "https://news.example/story")
    assert found["date"] == "2025-03-18" and found["author"] == author
    assert "Troll" not in found["text"] and "dredging of berth 7" in found["text"]


_SCAN_ONLY_DATE_PAGE = ("<html><head><title>Dredging</title></head><body><article><h1>Dredging</h1>{prose}"
                        "<!-- 2025-03-18 -->{more}</article></body></html>")


@pytest.mark.parametrize("older_items", [0, 1500])
def test_htmldate_scans_a_long_pages_html_for_a_date_only_when_asked_to(older_items):
    """The date only htmldate's last resort finds (a scan of the page's HTML, here a comment) is found on a short
    page; on a page past the bound (50,000 characters) the scan is skipped unless the bound is lifted."""
    page = _SCAN_ONLY_DATE_PAGE.format(prose=_PROSE, more="<p>Older news in the archive, more to read.</p>" * older_items)
    found = extract_html_text(page, "https://news.example/story")
    assert "dredging of berth 7" in found["text"]
    assert found["date"] == ("2025-03-18" if len(page) < 50_000 else None)
    unbounded = dataclasses.replace(HTML_SETTINGS, date_page_scan_max_chars=None)
    assert extract_html_text(page, "https://news.example/story", unbounded)["date"] == "2025-03-18"

