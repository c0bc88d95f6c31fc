"""Page furniture dropped from a copy's text, paragraph by paragraph; article sentences kept."""

from __future__ import annotations

import pytest

from pipeline.archive.furniture import drop_furniture


@pytest.mark.parametrize(("paragraph", "kept"), [
    ("The council voted to subscribe the city to the regional water compact, a step opponents said would raise "
     "rates for every household by four percent within two years.", True),
    ("Subscribe now for unlimited access to local journalism: just $1 for your first month.", False),
    ("UPDATED: 14:32 EDT, March 18, 2025", False),
    ("Maria Okafor covers city hall for The Daily Chronicle and can be reached at tips@chronicle.example.", False),
    ("**Read more:** [Stadium deal: what taxpayers will pay](https://x.example/story/1)", False),
    ("# City Council Approves Transit Budget", False),
    ("Copyright 2025 Metro Wire. All rights reserved.", False),
    ("The mayor is expected to sign the budget next week. It takes effect on July 1.", True),
    ("Correction: An earlier version of this article misstated the day of the vote.", True),
    ("## \u3053\u306e\u30cb\u30e5\u30fc\u30b9\u3092\u30b7\u30a7\u30a2", False),  # "share this news", Japanese
    ("Compartir en Twitter", False),
    ("\u3053\u306e\u8a18\u4e8b\u306f\u4f1a\u54e1\u9650\u5b9a\u3067\u3059\u3002", False),  # "members only", Japanese
    # a Japanese article paragraph naming members-only seats is prose: longer than any prompt
    ("\u53d7\u3051\u4ed8\u3051\u306f\u4f1a\u54e1\u9650\u5b9a\u3067\u3001" * 12, True),
    # a share bar of networks is a fixture; a network or a login named by the article is its text (version 5)
    ("Facebook X WhatsApp Email", False),
    ("Follow our coverage on WhatsApp", False),
    ("The worm spreads through WhatsApp Web sessions left open.", True),
    ("Log in to comment", False),
    ("The lure is a fake login page that asks the victim to log in to a cloned vault.", True),
])
def test_furniture_rules_drop_fixtures_and_keep_article_sentences(paragraph, kept):
    text, dropped = drop_furniture(paragraph, title="City Council Approves Transit Budget", author="Maria Okafor")
    assert (text == paragraph) is kept and dropped == (0 if kept else 1)


def test_a_comments_heading_ends_the_article():
    article = ["The council approved the budget on Tuesday after a four-hour hearing on transit fares.",
               "Readers' comments on the plan ran to hundreds of letters, the clerk said."]
    comments = ["## Comentar", "- El contenido de los comentarios es la opini\u00f3n de los usuarios.",
                "Jane wrote: this is a scandal, and the council should resign at once."]
    text, dropped = drop_furniture("\n\n".join(article + comments), title="Budget approved")
    assert text == "\n\n".join(article) and dropped == 3
    heading_first = "## Comments\n\nA page that is all comments keeps them: nothing came before the heading."
    assert drop_furniture(heading_first)[0] == heading_first


def test_a_more_stories_heading_goes_with_its_list_of_links_but_not_an_article_list():
    article = "The council approved the budget on Tuesday after a four-hour hearing on transit fares."
    more = "## More Must-Reads From TIME\n\n" + "\n".join(
        f"- The Struggle to Save Lives [Inside Story {i}](https://news.example/{i})" for i in range(4))
    closing = "The mayor signs it next week."
    text, dropped = drop_furniture("\n\n".join([article, more, closing]))
    assert text == f"{article}\n\n{closing}" and dropped == 2
    sources = "## Sources\n\n" + "\n".join(f"- The budget as passed, part {i}: [the text](https://city.example/{i})"
                                          for i in range(3))
    assert drop_furniture(f"{article}\n\n{sources}")[0] == f"{article}\n\n{sources}"  # not a "more" heading
    prose = "## More buses, fewer cars\n\nThe plan adds 40 buses and [a new depot](https://city.example/depot)."
    assert drop_furniture(f"{article}\n\n{prose}")[0] == f"{article}\n\n{prose}"  # no list of links under it


def test_sections_whose_heading_runs_on_into_their_text_are_kept_to_the_last():
    """A heading with nothing under it at the end goes; one whose text follows on the next line is a section."""
    sections = [f"## Tool {i}\nExamine and modify the structure of a page with tool {i} of the developer kit."
                for i in range(4)]
    text, dropped = drop_furniture("\n\n".join(sections))
    assert text == "\n\n".join(sections) and dropped == 0
    assert drop_furniture("\n\n".join([*sections, "## Related"]))[0] == "\n\n".join(sections)
    # a last heading line that holds its own section (trafilatura put the text inside the heading) stays too
    run_on = "## Style Editor View and edit the styles of a page, create new ones and apply them to any page you open."
    assert drop_furniture("\n\n".join([*sections, run_on]))[0] == "\n\n".join([*sections, run_on])
