"""Dates with their uncertainty (pipeline/match/dates.py), table-tested; and the date veto they feed."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.match.dates import date_span, publication_date, url_date_span
from pipeline.match.scoring import date_agreement, date_veto

D = dt.date


@pytest.mark.parametrize("written, first, last, approximate", [
    ("2025-03-18", D(2025, 3, 18), D(2025, 3, 18), False),
    ("2025-03-18T10:00:00Z", D(2025, 3, 18), D(2025, 3, 18), False),
    ("2025-02", D(2025, 2, 1), D(2025, 2, 28), False),
    ("2024", D(2024, 1, 1), D(2024, 12, 31), False),
    ("June 1998", D(1998, 6, 1), D(1998, 6, 30), False),
    ("June 5, 1998", D(1998, 6, 5), D(1998, 6, 5), False),
    ("2025-03-18/2025-03-20", D(2025, 3, 18), D(2025, 3, 20), False),
    ("2025-03 to 2025-05", D(2025, 3, 1), D(2025, 5, 31), False),
    ("2025-03-18 – 2025-04-02", D(2025, 3, 18), D(2025, 4, 2), False),
    ("circa 2019", D(2018, 12, 2), D(2020, 1, 30), True),
    ("~2019-06-01", D(2019, 5, 2), D(2019, 7, 1), True),
    ("2019-06?", D(2019, 5, 2), D(2019, 7, 30), True),
    ("early 2025", D(2024, 12, 2), D(2025, 6, 1), True),  # January to early May, a month either side
    ("late 2024", D(2024, 8, 1), D(2025, 1, 30), True),
])
def test_a_written_date_is_the_span_it_names(written, first, last, approximate):
    span = date_span(written)
    assert (span.first, span.last, span.approximate) == (first, last, approximate)


@pytest.mark.parametrize("written", ["", "someday", "2025-13", "2025-02-30", "2025-05-01/2025-04-01"])
def test_what_names_no_day_is_no_span(written):
    assert date_span(written) is None


@pytest.mark.parametrize("body, published", [
    ("First published May 1, 2024\n\nThe council met.", "2024-05-01"),
    ("By A. Writer\nPublished: 2024-05-01 10:31 EDT\n\nText.", "2024-05-01"),
    ("Updated September 10, 2024; originally published May 1, 2024\n\nText.", "2024-05-01"),
    ("Updated September 10, 2024\n\nText.", None),  # an update is not a publication date
    ("One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nPublished May 1, 2024", None),  # not near the top
])
def test_a_copys_publication_date_is_read_near_its_top(body, published):
    assert publication_date(body) == published


@pytest.mark.parametrize("url, first", [
    ("https://news.example/2024/05/01/budget", D(2024, 5, 1)),
    ("https://news.example/politics/2024/05/budget", D(2024, 5, 1)),
    ("https://news.example/story-20240501-budget.html", D(2024, 5, 1)),
    ("https://news.example/story/88231", None),
])
def test_a_url_may_name_its_day(url, first):
    span = url_date_span(url)
    assert (span.first if span else None) == first


def test_an_undated_citation_is_bounded_by_its_events_span():
    assert date_veto("2024-06-20", None, "2024-05-01", 7) is None  # 50 days after: articles follow events
    assert date_veto("2024-09-10", None, "2024-05-01", 7).startswith("dated 2024-09-10, 132 days after the event's")
    assert date_veto("2024-03-01", None, "2024-05-01", 7).startswith("dated 2024-03-01, 61 days before")
    # an event given as a range, or approximately, is the span it names
    assert date_veto("2024-09-10", None, "2024-05-01/2024-08-01", 7) is None
    assert date_veto("2024-09-10", None, "circa 2024-06", 7) is None
    # a cited date, when there is one, is the tighter bound
    assert date_veto("2024-05-20", "2024-05-01", "2024-05-01", 7) == \
        "dated 2024-05-20, cited 2024-05-01 (19 days apart; tolerance 7)"


def test_a_url_naming_a_day_in_the_span_overrides_the_date_line():
    assert date_veto("2024-09-10", "2024-05-01", None, 7, url_dates=(url_date_span("https://n.example/2024/05/01/x"),)) \
        is None
    assert date_veto("2024-09-10", "2024-05-01", None, 7, url_dates=(url_date_span("https://n.example/2024/09/10/x"),))


def test_a_day_inside_an_undated_citations_event_span_counts_no_less_than_no_date():
    assert date_agreement("2024-05-25", None, "2024-05-01") == 0.5
    assert date_agreement("2024-05-01", None, "2024-05-01") == 0.8
    assert date_agreement("2024-05-25", "2024-05-01", "2024-05-01") == 0.2  # a cited date rules
