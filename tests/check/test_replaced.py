"""judge_replaced(): is the page at a cited URL another article than the cited one? One row per rule."""

from __future__ import annotations

import pytest

from pipeline.check.pagefacts import PageFacts
from pipeline.check.replaced import CitedAs, judge_replaced, text_kept

HARBOUR = "The harbour reopened on Monday after two years of repairs to the sea wall. " * 20
CHEF = "A celebrity chef opened a rooftop restaurant with a view of the old town. " * 20


def page(title: str, text: str, dated: bool = True, published: str = "") -> PageFacts:
    body = f"{title} {text}"
    return PageFacts(f"{title} | Coast News", title, body, len(body.split()), body, dated=dated, published=published)


CASES = [
    # (description, page, what it was, our first capture's text, replaced?)
    ("the cited article", page("Harbour reopens after repairs", HARBOUR),
     CitedAs(("Harbour reopens after two years of repairs",)), None, False),
    ("an editor's own title, the lead says it", page("Boats return to the port", HARBOUR),
     CitedAs(("Harbour reopened after sea wall repairs",)), None, False),
    ("another article, cited title only", page("Celebrity chef opens rooftop restaurant", CHEF, published="2025-06-05"),
     CitedAs(("Harbour reopens after two years of repairs",), dates=("2025-05-30",)), None, True),
    ("another title the same day: the editor's, not a replacement",
     page("Celebrity chef opens rooftop restaurant", CHEF, published="2025-05-30"),
     CitedAs(("Harbour reopens after two years of repairs",), dates=("2025-05-30",)), None, False),
    ("a placeholder cited title says nothing", page("Celebrity chef opens rooftop restaurant", CHEF),
     CitedAs(("Source 1",)), None, False),
    ("the outlet's name is no shared word", page("Coast News weekend guide", CHEF),
     CitedAs(("Coast News: harbour reopens after sea wall repairs",), ("Coast News",)), None, True),
    ("our first capture's title matches", page("Harbour reopens after repairs", CHEF),
     CitedAs(("Source 1",), first_title="Harbour reopens after repairs"), None, False),
    ("retitled, the same text as our first capture", page("Boats are back in the inner basin", HARBOUR),
     CitedAs(("Port authority celebrates its reopening",), first_title="Port authority celebrates",
             first_copy="a.md"), HARBOUR, False),
    ("retitled, the text of our first capture changed", page("Boats are back in the inner basin", CHEF),
     CitedAs(("Port authority celebrates its reopening",), first_title="Port authority celebrates",
             first_copy="a.md"), HARBOUR, True),
    ("another text than our first capture", page("Celebrity chef opens rooftop restaurant", CHEF),
     CitedAs(("Harbour reopens after two years of repairs",), first_title="Harbour reopens after repairs",
             first_copy="a.md"), HARBOUR, True),
    ("first capture's title, its copy gone", page("Celebrity chef opens rooftop restaurant", CHEF),
     CitedAs((), first_title="Harbour reopens after repairs"), None, True),
    ("no article's shape: not judged (a soft 404's business)", page("Celebrity chef", "Short.", dated=False),
     CitedAs(("Harbour reopens after two years of repairs",)), None, False),
    ("nothing to compare with", page("Celebrity chef opens rooftop restaurant", CHEF), CitedAs(), None, False),
    ("Chinese titles by pairs of characters", page("港口修复后重新开放", "港口修复后重新开放。" * 60),
     CitedAs(("港口重新开放",)), None, False),
]


@pytest.mark.parametrize("facts, cited, first, replaced", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_judge_replaced(facts: PageFacts, cited: CitedAs, first: str | None, replaced: bool) -> None:
    reason = judge_replaced(facts, cited, lambda: first, 0.8)
    assert (reason is not None) is replaced, reason
    if reason:
        assert facts.heading in reason


def test_first_text_is_read_only_when_the_titles_differ() -> None:
    def unread() -> str:
        raise AssertionError("read")
    assert judge_replaced(page("Harbour reopens after repairs", HARBOUR),
                          CitedAs((), first_title="Harbour reopens after repairs", first_copy="a.md"), unread, 0.8) is None


def test_text_kept() -> None:
    assert text_kept(HARBOUR, "Menu " + HARBOUR + " Footer") == 1.0
    assert text_kept(HARBOUR, CHEF) < 0.3


def blog_page(headline: str, text: str) -> PageFacts:
    # a blog whose <h1> is its name, in its header, with a description that names the blog's subjects
    body = f"Coast Notes Notes on the harbour, its repairs and the ferry. {headline} {text}"
    return PageFacts(f"{headline} | Coast Notes", "Coast Notes", body, len(body.split()), dated=True,
                     published="2025-06-05")


def test_a_blogs_h1_is_its_name_not_the_headline() -> None:
    cited = CitedAs(("Harbour reopens after two years of repairs",), dates=("2021-05-30",))
    # the blog's description holds the cited title's words: read after the blog's name, it would pass for the lead
    reason = judge_replaced(blog_page("Celebrity chef opens rooftop restaurant", CHEF), cited, lambda: None, 0.8)
    assert reason is not None and "Celebrity chef opens rooftop restaurant" in reason
    assert judge_replaced(blog_page("Harbour reopens after repairs", HARBOUR), cited, lambda: None, 0.8) is None
    # an article titled "Headline | Site" under its own <h1>: the headline stays its heading
    article = PageFacts("Harbour reopens after repairs | Coast News", "Harbour reopens after repairs",
                        "Coast News Home Sport " + HARBOUR, 300, dated=True)
    assert judge_replaced(article, cited, lambda: None, 0.8) is None
