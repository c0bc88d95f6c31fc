"""trafilatura's Markdown made a copy's text: tidied, furniture dropped and counted."""

from __future__ import annotations

from pipeline.archive.furniture import Furniture
from pipeline.archive.markdown import finish_markdown

_ARTICLE = "The council approved the budget on Tuesday after a four-hour hearing on transit fares."
_FIXTURE = "Subscribe now for unlimited access to local journalism: just $1 for your first month."


def test_trailing_spaces_and_runs_of_blank_lines_go_and_the_furniture_is_counted():
    raw = f"{_ARTICLE}   \r\n\r\n\r\n\r\n{_FIXTURE}\n\n\n- Fares rise in June.  \n- Buses added.\n\n\n"
    text, dropped = finish_markdown(raw, "<html></html>", title="Budget approved", author=None)
    assert text == f"{_ARTICLE}\n\n- Fares rise in June.\n- Buses added."
    assert dropped == 1


def test_furniture_is_kept_when_its_rules_are_off():
    raw = f"{_ARTICLE}\n\n{_FIXTURE}"
    assert finish_markdown(raw, "", title=None, author=None, drop_furniture=False) == (raw, 0)
    assert finish_markdown(raw, "", title=None, author=None, keep_furniture=tuple(Furniture)) == (raw, 0)
