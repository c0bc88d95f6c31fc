"""The page's tree: parsed, and its markup rewritten before trafilatura reads it.

Each pass works on the tree in place and changes only what trafilatura would otherwise misread:

* :func:`parse` -- lxml.html's parser, one per thread, every element a plain ``HtmlElement``;
* :func:`unwrap_layout_tables` -- a ``<table>`` used for page layout becomes plain blocks;
* :func:`discard_first` -- what trafilatura's cleaning deletes anyway goes first, with all it holds;
* :func:`tidy_headings` -- what a heading holds without a word (a permalink icon, a jump target) goes;
* :func:`unwrap_code_figures` -- a ``<figure>`` holding preformatted text becomes a plain block;
* :func:`keep_captions` -- a caption naming no photo credit becomes a paragraph;
* :func:`drop_text_markers` -- the comments React writes between text nodes go, their text kept;
* :func:`mark_article_body` -- the block holding most of the paragraphs is marked as the article body when the block
  trafilatura would read holds little of them.

Which of them run, and in which order, is :func:`pipeline.archive.text.extract_html_text`'s choice
(its ``HtmlSettings``); why each pays is measured in docs/archive.md.
"""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Iterable

import lxml.etree
import lxml.html

with warnings.catch_warnings():  # as in pipeline.archive.text: trafilatura's probe of urllib3's SOCKS support
    warnings.filterwarnings("ignore", message="SOCKS support in urllib3")
    from trafilatura.xpaths import BODY_XPATH as _BODY_XPATHS  # where trafilatura looks for the article, in order

__all__ = ["MAX_CAPTION_WORDS", "discard_first", "drop_text_markers", "keep_captions", "mark_article_body", "parse",
           "tidy_headings", "unwrap_code_figures", "unwrap_layout_tables"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


_PARSERS = threading.local()  # an lxml parser is not to be shared between threads


def _parser() -> lxml.html.HTMLParser:
    """lxml.html's parser with every element a plain :class:`lxml.html.HtmlElement`, its class found in C.

    lxml.html's own parser asks a Python function for each element's class, by tag (a ``FormElement`` for
    ``<form>``, an ``InputElement`` for ``<input>``…), each time an element is handed to Python; trafilatura
    walks and copies the tree several times, and leaving those calls out saves about 4 % of the extraction's CPU
    (1.5-6 % in four interleaved runs on the tuning split of others' pages, docs/archive.md). Nothing that
    reads the tree here (trafilatura, htmldate, jusText, readability) uses the form classes: the text,
    title, author, date and site name were the same on every page of the labelled sets (docs/archive.md)."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser()
        parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity))
        _PARSERS.parser = parser
    return parser


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The document tree, or None when there is nothing to parse (the page is decoded already, so an
    XHTML page's ``<?xml … encoding=…?>`` declaration is dropped: lxml refuses it on text)."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html, parser=_parser())
    except (lxml.etree.ParserError, ValueError):
        return None


_LAYOUT_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")


def unwrap_layout_tables(tree: lxml.html.HtmlElement, *, keep_data_tables: bool = True) -> None:
    """Turn tables used for page layout (holding paragraphs or other tables) into plain blocks.

    Extractors keep a data table whole, so a page laid out with a table came
    out as one table row holding the menu, the article and the footer. With
    ``keep_data_tables``, a table with header cells of its own (``<thead>``, a row of
    ``<th>``) is a data table, whose cells may hold paragraphs (a procedure's
    steps, a register of examples with their descriptions), and it stays a
    table, also inside a layout table: made plain blocks, trafilatura's
    precision focus deleted its rows as link-dense blocks.
    """
    tables = list(tree.iter("table"))
    data = [table for table in tables if keep_data_tables and _DATA_TABLE(table)]
    kept = {el for table in data for el in table.iter(*_LAYOUT_TAGS)}
    for table in tables:
        if table in kept or (table.find(".//p") is None and table.find(".//table") is None):
            continue
        for el in table.iter(*_LAYOUT_TAGS):
            if el not in kept:
                el.tag = "div"


# header cells of the table itself (not of a table nested in it); lxml's HTML parser adds no <tbody>
_DATA_TABLE = lxml.etree.XPath("boolean(thead|tr/th|tbody/tr/th)")


def discard_first(tree: lxml.html.HtmlElement, tags: Iterable[str]) -> None:
    """Remove the elements trafilatura's cleaning removes anyway (with what is inside them, their tails kept),
    before it copies the tree four times and runs its XPaths over every element: navigation, asides, footers,
    scripts, styles, SVG drawings and form controls, about half the elements of a page. JSON-LD stays (it tells
    trafilatura a forum thread from an article). Only with ``favor_precision``: the other focuses may undo
    trafilatura's deletions, or measure the raw page, when the article comes out short."""
    for element in list(tree.iter(*tags)):
        if element.tag == "script" and element.get("type") == "application/ld+json":
            continue
        element.drop_tree()


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_WORD_CHARACTER = re.compile(r"\w")


def tidy_headings(tree: lxml.html.HtmlElement) -> None:
    """Remove what the page's headings hold without a word in it, keeping the text that follows it: a
    permalink anchor drawn as an icon, "#" or "¶" (``<a href="#intro"><i class="icon"></i></a>``), an empty
    ``<span id="intro">`` that is a jump target. With ``favor_precision`` trafilatura deletes a
    heading holding a link without text as boilerplate, and an empty element together with the text after
    it, so the subheads of blogs and documentation sites that mark their sections so were lost, article
    text between them kept. Images (their alternative text) stay."""
    for heading in tree.iter(*_HEADINGS):
        _drop_wordless(heading)


def _drop_wordless(parent: lxml.html.HtmlElement) -> None:
    for child in list(parent):
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction: trafilatura's own concern
        if child.tag in ("img", "br") or child.find(".//img") is not None:
            continue  # an image's alternative text, and a line break between words, are the heading's
        if _WORD_CHARACTER.search(child.text_content()):
            _drop_wordless(child)
        else:
            child.drop_tree()  # its tail stays


def unwrap_code_figures(tree: lxml.html.HtmlElement) -> None:
    """Make a ``<figure>`` that holds preformatted text a plain block: Jekyll's and Hugo's highlighted code
    (``<figure class="highlight"><pre><code>``) and diagram sources are article text, and trafilatura deletes
    a figure with all it holds unless it holds a table."""
    for figure in tree.iter("figure"):
        if figure.find(".//pre") is not None:
            figure.tag = "div"


# a caption naming where the picture comes from: "Photo: …", "photo by …", "Credit: …", "©", an agency, "Name/Agency"
_PHOTO_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|credits?|image|picture|foto|illustration)\s*(?:by\b|:)|©|\(c\)|\bgetty\b|\breuters\b"
    r"|\bap\b|\bafp\b|\bepa\b|shutterstock|istock|\balamy\b|\bcourtesy\b|\w/\w", re.IGNORECASE)


def keep_captions(tree: lxml.html.HtmlElement) -> None:
    """Keep the captions that name no photo credit (nor does the figure holding them): a ``<figcaption>`` becomes a
    paragraph and the ``<figure>`` around it a plain block, and a short block whose class or id says "caption" loses
    them. "Figure 3: Initial downloader" under a screenshot, a step's picture described, a chart's title are article
    text, and trafilatura deletes every figure that holds no table and every block whose class or id holds
    "caption" (also an article's item classed ``no_caption``). A caption with a credit ("Residents wait outside.
    (Photo: J. Avery/Bugle)") is left to trafilatura, which deletes it: on news pages the caption of a photo is
    furniture (the project's labelled set), on blogs and documentation the caption of a figure is text (others'
    pages, docs/archive.md)."""
    for caption in list(tree.iter("figcaption")):
        figures = list(caption.iterancestors("figure"))
        if _uncredited(figures[-1] if figures else caption):
            for figure in figures:
                figure.tag = "div"
            caption.tag = "p"
            _drop_attributes(caption, "class", "id")
    for block in _CAPTION_BLOCKS(tree):
        if block.tag not in ("div", "p", "span", "section"):
            continue
        figure = next(block.iterancestors("figure"), None)
        if _uncredited(block if figure is None else figure) and (
                len(_WORDS.findall(block.text_content())) <= MAX_CAPTION_WORDS):
            _drop_attributes(block, "class", "id")


MAX_CAPTION_WORDS = 80  # a caption is short; a longer block classed so is a layout block trafilatura may delete
# what trafilatura deletes for "caption" in its class or id when images are not kept (DISCARD_IMAGE_ELEMENTS: a div,
# p, span or section), found by the attributes (a fifth of the time of testing every element's)
_CAPTION_BLOCKS = lxml.etree.XPath("//@class[contains(., 'caption')]/..|//@id[contains(., 'caption')]/..")
_WORDS = re.compile(r"\w+")


# an element marked as a picture's credit ("story-image-copyright", "photo-credit")
_CREDIT_MARKUP = lxml.etree.XPath("descendant-or-self::*[contains(@class, 'credit') or contains(@class, 'copyright')]")


def _uncredited(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` (a caption, or the figure holding it) has words and neither names a credit in them
    (:data:`_PHOTO_CREDIT`) nor holds one in its markup."""
    words = element.text_content()
    return bool(_WORD_CHARACTER.search(words)) and not _PHOTO_CREDIT.search(words) and not _CREDIT_MARKUP(element)


def _drop_attributes(element: lxml.html.HtmlElement, *names: str) -> None:
    for name in names:
        element.attrib.pop(name, None)


# what React writes around the text nodes of a page it renders on the server (<!-- react-text: 12 -->, <!-- /react-text
# -->, <!-- react-empty: 3 -->) and between two of them (<!-- -->): markers, never an author's note
_TEXT_MARKER = re.compile(r"\s*(?:/?react-(?:text|empty)(?::\s*\d+)?)?\s*")


def drop_text_markers(tree: lxml.html.HtmlElement) -> None:
    """Remove the comments React writes between a page's text nodes, the text after each kept in place. trafilatura
    reads a paragraph's own text and its elements, and the text after a comment is neither: a sentence of a React 16
    page ended where a number was put in (``The building cost <!-- -->4.2 million``), and a React 15 page, each run
    of text between ``<!-- react-text: N -->`` and ``<!-- /react-text -->``, lost whole paragraphs. Other comments
    stay: trafilatura's own parser drops every comment, ours keeps them, and removing them all let one page's teaser
    summaries in (docs/archive.md)."""
    for comment in list(tree.iter(lxml.etree.Comment)):
        parent = comment.getparent()
        if parent is None or not _TEXT_MARKER.fullmatch(comment.text or ""):
            continue
        if comment.tail:
            previous = comment.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + comment.tail
            else:
                parent.text = (parent.text or "") + comment.tail
        parent.remove(comment)  # its tail went above: remove() would lose it


SMALL_BODY_SHARE = 0.1  # trafilatura's block holds less than this share of the page's paragraph text...
BIG_BODY_SHARE = 0.5  # ...and another block it could read holds at least this share
MIN_PARAGRAPH_CHARS = 500  # a page with less paragraph text than this is left alone (a stub, a list, a video page)
_PARAGRAPH_TEXT = lxml.etree.XPath(".//p//text()")


def mark_article_body(tree: lxml.html.HtmlElement) -> None:
    """Mark the block holding most of the page's paragraph text as its article body (``itemprop="articleBody"``)
    when the block trafilatura would read holds almost none of it.

    trafilatura reads the first block its body XPaths find, tried in order (an ``itemprop="articleBody"``, an
    ``entry-content`` class…, an ``<article>``, a ``story`` class…, ``#content``, ``<main>``). A small block that
    matches an early one -- a press release's "section-content" heading block, a wire story's empty
    ``articleContent`` wrapper and byline block -- was taken for the article; it gave too little, and the text came
    from readability's pick instead, which left out a pull quote and link lists, or took in a wire page's
    furniture. When that first block holds under a tenth of the page's paragraph text and another block the XPaths
    find holds half of it or more, that one is marked (the first XPath looks for the mark), and a block before it
    in the page that the first XPath also finds (not one holding it) loses the attributes it was found by, so that
    trafilatura reads the big one. A tenth, not more: a short article beside a column of teasers with summaries is
    left as trafilatura reads it."""
    total = _paragraph_chars(tree)
    if total < MIN_PARAGRAPH_CHARS:
        return
    found: list[lxml.html.HtmlElement] = []
    for expression in _BODY_XPATHS:
        blocks = [block for block in expression(tree) if block is not None]
        if not found and blocks and _paragraph_chars(blocks[0]) >= SMALL_BODY_SHARE * total:
            return  # the usual page: the block trafilatura reads holds its share (one or two XPaths evaluated)
        found.extend(blocks)
    body = next((block for block in found if _paragraph_chars(block) >= BIG_BODY_SHARE * total), None)
    if body is None:
        return
    position = {element: n for n, element in enumerate(tree.iter())}
    holding = set(body.iterancestors())
    before = [block for block in _BODY_XPATHS[0](tree) if position[block] < position[body] and block not in holding]
    if any(_paragraph_chars(block) >= SMALL_BODY_SHARE * total for block in before):
        return  # another sizeable block comes first: not a case of a small one taken for the article
    body.set("itemprop", "articleBody")
    for block in before:
        _drop_attributes(block, "class", "id", "itemprop", "role")
        if block.tag in ("article", "main"):
            block.tag = "div"


def _paragraph_chars(element: lxml.html.HtmlElement) -> int:
    return sum(len(text) for text in _PARAGRAPH_TEXT(element))
