"""The passes that rewrite a page's markup before trafilatura reads it: what each keeps, and what it lost without."""

from __future__ import annotations

import dataclasses

import lxml.etree
import pytest

from pipeline.archive import markup
from pipeline.archive.text import HTML_SETTINGS, extract_html_text

_FURNISHED_PAGE = """<html><head><title>Ferry fares rise in June</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry fares rise in June"}</script>
<style>p { color: black }</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ferry fares rise in June</h1>
<p>The harbour board raised ferry fares by eight percent on Tuesday, the first rise since the pandemic began.</p>
<svg><title>Fare chart</title><path d="M0 0L10 10"/></svg>
<p>Commuters who cross twice a day will pay about forty pounds more a month, the board's own figures show.</p>
<aside><h3>Related</h3><p><a href="/bus">Bus fares frozen for another winter in the valley towns</a></p></aside>
<p>The board said the money would pay for two new boats and a second crew on the night crossing.</p>
<select><option>Choose an edition</option><option>North</option></select></article>
<footer><p>Harbour Gazette, 12 Quay Street. Contact the newsroom by letter or in person.</p></footer>
<script>window.ads = ["Win a cruise for two"];</script></body></html>"""


def test_what_trafilatura_discards_is_removed_first_and_the_copy_reads_the_same():
    """Navigation, asides, footers, scripts, SVG and form controls go before trafilatura copies the tree; the
    copy's text is what it was without that step, the article whole, and JSON-LD is left for trafilatura."""
    url = "https://gazette.example/ferry-fares"
    found = extract_html_text(_FURNISHED_PAGE, url)
    before = extract_html_text(_FURNISHED_PAGE, url, dataclasses.replace(HTML_SETTINGS, discard_first=()))
    assert found["text"] == before["text"] and found["title"] == "Ferry fares rise in June"
    assert "eight percent" in found["text"] and "second crew on the night crossing" in found["text"]
    assert not any(word in found["text"] for word in ("Sport", "Bus fares", "Quay Street", "edition", "cruise"))
    assert found["settings"]["discard_first"][:3] == ["nav", "aside", "footer"]  # recorded in each copy
    tree = markup.parse(_FURNISHED_PAGE)
    markup.discard_first(tree, HTML_SETTINGS.discard_first)
    assert [e.get("type") for e in tree.iter("script")] == ["application/ld+json"]
    assert not any(tree.iter("nav", "aside", "footer", "svg", "style", "select"))


_SECTION_PROSE = ("<p>The loader maps each system call number from the table it reads at start-up, then calls the "
                  "kernel directly, so no hook placed in the user-mode library ever sees the call.</p>") * 3
_SECTIONED_POST = f"""<html><head><title>How the loader evades hooks</title></head><body>
<nav><a href="/">Blog</a> <a href="/about">About</a></nav>
<article><h1>How the loader evades hooks</h1>{_SECTION_PROSE}
<h2 id="syscall-mapping"><span class="me-2">Mapping the system calls</span><a href="#syscall-mapping"
 class="anchor"><i class="fas fa-hashtag"></i></a></h2>{_SECTION_PROSE}
<h2 class="heading"><span id="iat" class="jump-target"></span>Patching the import table</h2>{_SECTION_PROSE}
<h2 id="tests">Testing on real endpoints<a class="headerlink" href="#tests">&para;</a></h2>{_SECTION_PROSE}
<h2>Detection <img src="/shield.png" alt="shield"></h2>{_SECTION_PROSE}
<h2>Conclusion</h2>{_SECTION_PROSE}
<div class="share"><a href="https://facebook.example/s">Facebook</a> <a href="https://x.example/s">X</a>
<a href="mailto:?body=x">Email</a></div>
</article></body></html>"""


def test_section_headings_marked_with_permalink_icons_or_jump_targets_are_kept():
    """A subhead holding an icon-only permalink, a "¶" mark or an empty jump target used to vanish under
    trafilatura's precision focus (the prose under it stayed); now the copy has every section heading, and
    the share bar at the end still goes."""
    url = "https://blog.example/loader"
    text = str(extract_html_text(_SECTIONED_POST, url)["text"])
    headings = [line for line in text.split("\n") if line.startswith("## ")]
    assert headings == ["## Mapping the system calls", "## Patching the import table", "## Testing on real endpoints",
                        "## Detection", "## Conclusion"]
    assert "¶" not in text and "Facebook" not in text and "kernel directly" in text
    before = str(extract_html_text(_SECTIONED_POST, url, dataclasses.replace(
        HTML_SETTINGS, tidy_headings=False))["text"])
    assert "Mapping the system calls" not in before and "Patching the import table" not in before  # what it fixes


_CODE_POST = f"""<html><head><title>Greeting in Ruby</title></head><body><article><h1>Greeting in Ruby</h1>{_SECTION_PROSE}
<figure class="highlight"><pre><code class="language-ruby">def greet(name)
  puts "hello #{{name}}"
end</code></pre></figure>{_SECTION_PROSE}
<figure><img src="/diagram.png" alt="A diagram"><figcaption>Photo by the author</figcaption></figure>{_SECTION_PROSE}
</article></body></html>"""


def test_a_code_block_inside_a_figure_is_kept_and_a_photo_credit_is_not():
    """Jekyll and Hugo put highlighted code in a <figure>, which trafilatura deletes with all it holds."""
    text = str(extract_html_text(_CODE_POST, "https://blog.example/ruby")["text"])
    assert "def greet(name)" in text and 'puts "hello #{name}"' in text
    assert "Photo by" not in text and "kernel directly" in text


_CAPTIONED_POST = f"""<html><head><title>A banking trojan spreads through chat</title></head><body><article>
<h1>A banking trojan spreads through chat</h1>{_SECTION_PROSE}
<figure class="picture"><img src="/fig1.png" alt=""><figcaption class="caption">Figure 1: The message the victim
receives, with a link to a ZIP archive</figcaption></figure>{_SECTION_PROSE}
<div class="step"><img src="/step3.jpg" alt=""><figcaption class="small caption">Press the moss into the foam so it
holds</figcaption></div>{_SECTION_PROSE}
<figure><img src="/hearing.jpg" alt=""><figcaption>Residents wait outside the hearing room on Tuesday evening.
(Photo: John Avery/Bugle)</figcaption></figure>{_SECTION_PROSE}
<figure><img src="/court.jpg" alt=""><span class="image-copyright">Khin Win</span><figcaption>Reporters leave the
court after the hearing</figcaption></figure>
<div class="wp-caption"><img src="/bird.jpg" alt=""><p class="wp-caption-text">Art from an almanac of birds, also
sold as a print</p></div>{_SECTION_PROSE}
</article></body></html>"""


def test_a_figures_caption_is_kept_unless_it_credits_a_photo():
    """trafilatura deletes figures and anything with "caption" in its class: a screenshot's "Figure 1: …", a step's
    description and a blog's caption block were lost; a news photo's caption with its credit still goes, also when
    the credit sits beside the caption in the figure's markup."""
    url = "https://labs.example/trojan"
    text = str(extract_html_text(_CAPTIONED_POST, url)["text"])
    assert "Figure 1: The message the victim receives, with a link to a ZIP archive" in text
    assert "Press the moss into the foam so it holds" in text and "kernel directly" in text
    assert "Art from an almanac of birds, also sold as a print" in text
    assert "Residents wait" not in text and "Avery" not in text and "Reporters leave" not in text
    before = str(extract_html_text(_CAPTIONED_POST, url, dataclasses.replace(
        HTML_SETTINGS, captions_kept=False))["text"])
    assert "Figure 1" not in before and "Press the moss" not in before and "almanac" not in before  # what it fixes


def test_a_page_inside_a_form_reads_the_same_in_parallel_threads():
    """The parser (one per thread, plain element classes) gives a WebForms page, whose whole body is one
    <form>, its article, the same in threads running at once as alone."""
    from concurrent.futures import ThreadPoolExecutor

    page = _SECTIONED_POST.replace("<article>", '<form id="aspnetForm" action="/post"><input type="hidden" '
                                   'name="__VIEWSTATE" value="abc"><article>').replace("</article>", "</article></form>")
    url = "https://blog.example/loader"
    alone = str(extract_html_text(page, url)["text"])
    assert "Mapping the system calls" in alone and "kernel directly" in alone
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(lambda _: str(extract_html_text(page, url)["text"]), range(8))) == {alone}


_EXAMPLES = [("G0096", "APT41", "used legitimate websites for command and control through dead drop resolvers."),
             ("S0128", "BADNEWS", "collects its control server's address from posts on blogs and code hosting sites."),
             ("S0051", "MiniDuke", "components read posts on a social network to find the address of their next server.")]
_EXAMPLE_ROWS = "".join(
    f'<tr><td><a href="/software/{code}">{code}</a></td><td><a href="/software/{code}">{name}</a></td>'
    f'<td><p><a href="/software/{code}">{name}</a> {what}<sup><a href="#ref-{k}">[{k}]</a></sup></p></td></tr>'
    for k, (code, name, what) in enumerate(_EXAMPLES, 1))
_TECHNIQUE_PROSE = ("<p>Adversaries may post content on web services with embedded domains or addresses, which the "
                    "malware reads to find its servers; the services are common, so the traffic blends in.</p>") * 3
_TECHNIQUE_PAGE = f"""<html><head><title>Dead drop resolver</title></head><body>{{before}}<h1>Dead drop resolver</h1>
{_TECHNIQUE_PROSE}<h2>Procedure examples</h2>
<table class="table"><thead><tr><th>ID</th><th>Name</th><th>Description</th></tr></thead><tbody>{_EXAMPLE_ROWS}</tbody>
</table>{_TECHNIQUE_PROSE}{{after}}</body></html>"""
_LAYOUT = ('<table width="100%"><tr><td class="menu"><p><a href="/">Home</a> <a href="/groups">Groups</a></p></td>'
           '<td class="main">', '</td></tr><tr><td colspan="2"><p>Site map and terms of use.</p></td></tr></table>')


@pytest.mark.parametrize("layout", [("<div>", "</div>"), _LAYOUT])
def test_a_data_table_whose_cells_hold_paragraphs_stays_a_table(layout):
    """A table with header cells is data, also when its cells hold paragraphs and it sits in a layout table: its
    rows come out whole (before, it was taken for page layout and made plain blocks, and the ID and name cells,
    links alone, were deleted); the layout table around it is still unwrapped."""
    page = _TECHNIQUE_PAGE.format(before=layout[0], after=layout[1])
    url = "https://attack.example/T1102"
    text = str(extract_html_text(page, url)["text"])
    assert "| ID | Name | Description |" in text
    for code, name, what in _EXAMPLES:
        assert f"| [{code}](https://attack.example/software/{code}) | [{name}]" in text and what in text
    assert "| Home" not in text and "Groups" not in text  # the layout's menu is no table cell of the article
    before = str(extract_html_text(page, url, dataclasses.replace(HTML_SETTINGS, data_tables_kept=False))["text"])
    assert "[G0096]" not in before and "| ID |" not in before  # what it fixes


_WAREHOUSE_PROSE = "".join(f"<p>{sentence}</p>" for sentence in (
    "Cases of salt were wheeled onto the quay on Monday as the harbour board opened its new warehouse to traders.",
    "The board spent two years on the building, which replaces a shed that flooded every winter since it was built.",
    "Traders said the rents were higher than they had hoped but that the dry floor would save them money within a year.",
    "The warehouse will also hold the fishing fleet's ice machines, which moved from the old market hall in the spring."))
_REACT_PAGE = f"""<html><head><title>Harbour opens its new warehouse</title></head><body><div id="root">
<div data-reactroot=""><article><h1>Harbour opens its new warehouse</h1>{_WAREHOUSE_PROSE}
<p>The building cost <!-- -->4.2 million pounds<!-- -->, of which the port paid <!-- -->one third<!-- -->.</p>
<p><!-- react-text: 31 -->It holds <!-- /react-text --><!-- react-text: 32 -->1,200<!-- /react-text --><!-- react-text: 33
--> pallets on two floors.<!-- /react-text --></p>
<div class="share"><a href="https://facebook.example/s">Facebook</a> <a href="https://x.example/s">X</a></div>
</article></div></div></body></html>"""


def test_text_between_the_comments_react_writes_is_kept():
    """React renders each run of text between comments (``<!-- react-text: 4 -->…<!-- /react-text -->``, ``<!-- -->``);
    trafilatura lost what followed such a comment inside a paragraph: a sentence ended at its first number, and a
    paragraph made only of such runs was lost whole. The share bar still goes."""
    url = "https://port.example/warehouse"
    text = str(extract_html_text(_REACT_PAGE, url)["text"])
    assert "The building cost 4.2 million pounds, of which the port paid one third." in text
    assert "It holds 1,200 pallets on two floors." in text and "ice machines" in text
    assert "Facebook" not in text
    before = str(extract_html_text(_REACT_PAGE, url, dataclasses.replace(HTML_SETTINGS, text_markers_dropped=False))[
        "text"])
    assert "4.2 million" not in before and "pallets" not in before  # what it fixes


def test_only_the_markers_go_and_an_authors_comment_stays():
    tree = markup.parse("""<html><body><p id="a">Posted by <!-- -->Ann Lee<!-- --> on <!-- react-text: 4 -->Monday
<!-- /react-text --></p><p id="b"><span class="info">May 1</span><!-- // .article-info --> Other opinion columns</p>
<!--[if IE]><p>Upgrade your browser</p><![endif]--></body></html>""")
    markup.drop_text_markers(tree)
    first, second = tree.get_element_by_id("a"), tree.get_element_by_id("b")
    assert " ".join(first.text_content().split()) == "Posted by Ann Lee on Monday"
    assert not [node for node in first.iter() if not isinstance(node.tag, str)]  # every marker gone, its text kept
    assert [c.text for c in tree.iter(lxml.etree.Comment)] == [" // .article-info ", "[if IE]><p>Upgrade your browser"
                                                               "</p><![endif]"]
    assert second.text_content() == "May 1 Other opinion columns"


_RELEASE_PROSE = "".join(f"<p>{sentence}</p>" for sentence in (
    "The harbour board today released its annual report on shipping through the port, the first since the new quay "
    "opened in the spring of last year.",
    "The report counts every vessel that called in the year, with its cargo, its flag and its draught, and compares the "
    "figures with the five years before.",
    "Container traffic rose by a fifth, while bulk cargo fell for the third year in a row as the coal trade moved to the "
    "deeper ports further down the coast.",
    "The board expects the new quay to pay for itself within eight years if traffic keeps growing at the rate of the last "
    "two, and within twelve if it slows.",
    "Ferry crossings to the islands held steady at about four hundred a month, with the winter timetable cut by a fifth "
    "during the storms of January and February.",
    "Cruise calls doubled to thirty-one, bringing some forty thousand passengers ashore, most of them for a single day in "
    "the town and at the distillery.",
    "Fish landings fell by a tenth in weight but rose in value, as the fleet landed more shellfish and less whitefish "
    "than in any year the board has counted.",
    "The report also lists the work planned for the coming year: dredging the inner basin, a second crane on the new "
    "quay and shore power for the ferries.",
    "Copies of the report are free at the harbour office, and the board will present its figures at a public meeting in "
    "the town hall on the first of June.",
    "The board publishes the report every April; past editions since 2010 are in the archive on its website, with the "
    "raw counts as spreadsheets."))
_RELEASE_PAGE = f"""<html><head><title>Harbour board publishes its shipping report</title></head><body>
<header class="site"><a href="/">Port Ellen Harbour</a></header>
<main class="page--body" id="CONTENT">
<div class="section-content"><h1>Harbour board publishes its shipping report: container traffic up by a fifth in the
first year of the new quay</h1><h2>Cruise calls doubled and fish landings rose in value, the board says</h2>
<p class="subtitle">Bulk cargo down again as coal moves to deeper ports, and cruise calls doubled, says the annual
report.</p><p class="dateline">Port Ellen, 28 April 2025</p></div>
<div class="cta"><div class="text parbase"><p><b>News summary</b></p>{_RELEASE_PROSE}</div>
<div class="press-flex"><div class="quote-image"><img src="/q.svg" alt=""></div><div class="press-quote">
<p>"Every ship that chose our port this year chose it over three others, and the new quay is why," said Morag Bell,
the board's chair.</p></div></div></div></main>
<div class="site-footer"><p>Port Ellen Harbour Board, Pier Road. Registered in Scotland as a trust port; offices open
on weekdays from nine until five.</p></div></body></html>"""


def test_the_block_holding_the_article_is_read_when_a_small_one_matched_first():
    """A press release whose heading block is classed "section-content", which trafilatura's body XPaths find before
    the page's <main>: it read that block, found too little, and took readability's pick, which left out the chair's
    quote, the subhead and the dateline. The block holding the paragraphs is marked as the article body and read
    whole; the page's header and footer stay out."""
    url = "https://port.example/news/shipping-report"
    text = str(extract_html_text(_RELEASE_PAGE, url)["text"])
    assert "the new quay is why,\" said Morag Bell" in text and "Cruise calls doubled and fish landings" in text
    assert "Port Ellen, 28 April 2025" in text and "raw counts as spreadsheets" in text
    assert "Pier Road" not in text and "Port Ellen Harbour" not in text
    before = str(extract_html_text(_RELEASE_PAGE, url, dataclasses.replace(HTML_SETTINGS, article_body_marked=False))[
        "text"])
    assert "Morag Bell" not in before and "Cruise calls doubled and fish" not in before  # what it fixes


_BRIEF = ("<p>The ferry to the islands will leave an hour late on Saturday while the pier is inspected after the "
          "storm, the harbour board said.</p>")
_TEASERS = "".join(f'<div class="teaser"><h3><a href="/story/{n}">Another story {n}</a></h3><p>A summary of another '
                   f'story that runs to a couple of sentences, as the front page shows it under its headline.</p></div>'
                   for n in range(4))


@pytest.mark.parametrize("page", [_FURNISHED_PAGE, f"""<html><body><div id="content"><div class="entry-content">
<h1>Ferry leaves late on Saturday</h1>{_BRIEF}</div><div class="more">{_TEASERS}</div></div></body></html>"""])
def test_the_block_trafilatura_reads_is_left_alone_when_it_holds_its_share(page):
    """An article block holding most of the paragraphs (the usual page), or a short brief beside teasers with
    summaries that hold most of its paragraph text (more than a tenth is the brief's): nothing is marked, and the
    copy is what it was without the pass."""
    tree = markup.parse(page)
    markup.mark_article_body(tree)
    assert tree.xpath("//*[@itemprop]") == []
    url = "https://port.example/ferry"
    assert extract_html_text(page, url)["text"] == extract_html_text(page, url, dataclasses.replace(
        HTML_SETTINGS, article_body_marked=False))["text"]
