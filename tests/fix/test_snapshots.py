"""The snapshot a dead citation gets: InternetArchiveBot's rule, proven by fetching, against a loopback Wayback."""

from __future__ import annotations

import asyncio
import datetime

import pytest
from conftest import fast_http
from fixworld import ARTICLE_TEXT, FakeArchive

from pipeline.archive import textjob
from pipeline.archive.wayback import Memento, order_for_citation
from pipeline.fix.snapshots import choose_snapshot, raw_snapshot_url
from pipeline.models import ArchiveService
from pipeline.net.fetcher import Fetcher

URL = "https://news.example/2021/05/harbour-bridge"


def choose(archive: FakeArchive, **kwargs):
    async def go():
        async with Fetcher(fast_http()) as fetcher:
            args = dict(cited_on="2022-03-01", published_on="2020-01-15", dead_since="2022-09-01T00:00:00Z",
                        own_text=None, threshold=0.8)
            args.update(kwargs)
            return await choose_snapshot(fetcher, URL, endpoints=archive.endpoints(), **args)
    return asyncio.run(go())


@pytest.fixture
def archive():
    with FakeArchive() as fake:
        for stamp, status in [("20190101000000", 200),   # before the article was published
                              ("20210601000000", 200),
                              ("20220101000000", 200),   # closest before the citation date
                              ("20220215000000", 404),   # an error capture
                              ("20220501000000", 200),
                              ("20221001000000", 200)]:  # after the link was seen dead
            fake.add(URL, stamp, status=status)
        yield fake


def test_the_closest_success_before_the_citation_date_is_chosen(archive):
    choice = choose(archive)
    assert choice.url == f"{archive.base}/web/20220101000000/{URL}"
    assert choice.taken_at == "2022-01-01T00:00:00Z" and choice.status == 200
    assert archive.fetched == ["20220101000000"]  # verified by fetching it (and only it)


def test_an_archived_error_page_is_refused_and_the_next_one_back_is_used(archive):
    archive.snapshots[URL][2] = ("20220101000000", 200, "archive_error")
    choice = choose(archive)
    assert choice.url.endswith(f"/20210601000000/{URL}")
    assert choice.tried[0]["refused"] == "the archive's error page"


def test_with_nothing_before_the_citation_date_the_first_after_it_and_before_death_is_used(archive):
    archive.snapshots[URL] = [("20190101000000", 200, "article"),   # before publication: never
                              ("20220401000000", 200, "not_found"),  # a capture of a soft 404
                              ("20220501000000", 200, "article"),
                              ("20221001000000", 200, "article")]   # after it died
    choice = choose(archive)
    assert choice.url.endswith(f"/20220501000000/{URL}")
    assert "not found" in choice.tried[0]["refused"]
    assert "20190101000000" not in archive.fetched and "20221001000000" not in archive.fetched


def test_a_snapshot_whose_text_is_not_our_capture_is_refused(archive):
    archive.snapshots[URL][2] = ("20220101000000", 200, "other")
    choice = choose(archive, own_text=ARTICLE_TEXT)
    assert choice.url.endswith(f"/20210601000000/{URL}")
    assert choice.similarity is not None and choice.similarity >= 0.8
    assert "similar to our capture" in choice.tried[0]["refused"]


def test_a_snapshot_is_read_within_the_archives_markup_cap(archive, monkeypatch):
    extracted: list[str] = []

    def article_extractor(job):  # stands in for the full extraction: records who reached it
        extracted.append(job.url)
        return textjob.text.extract_capture(job)

    monkeypatch.setattr(textjob, "EXTRACT_WITH", article_extractor)
    archive.snapshots[URL][2] = ("20220101000000", 200, "heavy_article")
    heavy = choose(archive, own_text=ARTICLE_TEXT, max_extract_bytes=10_000)
    assert heavy.url.endswith(f"/20220101000000/{URL}")  # still verified, by its tag-stripped text
    assert heavy.similarity is not None and heavy.similarity >= 0.8
    assert extracted == []  # the page over the cap never reached the full extractor
    archive.snapshots[URL][2] = ("20220101000000", 200, "article")
    light = choose(archive, own_text=ARTICLE_TEXT, max_extract_bytes=10_000)
    assert light.url == heavy.url and len(extracted) == 1  # a page within the cap did


def test_none_usable_says_so_and_invents_nothing(archive):
    archive.snapshots[URL] = [("20220101000000", 200, "not_found"), ("20220215000000", 404, "article")]
    choice = choose(archive)
    assert choice.url is None and len(choice.tried) == 1


def test_the_availability_api_stands_in_when_cdx_is_down(archive):
    archive.cdx_down = True
    del archive.snapshots[URL][3]  # the availability API answers with one closest snapshot: make it a success
    choice = choose(archive)
    assert choice.url is not None and "20220101000000" in choice.url
    assert choice.errors == []


def test_order_is_the_bots_rule():
    m = lambda stamp, status=200: Memento(ArchiveService.WAYBACK, stamp, stamp, status)  # noqa: E731
    items = [m("2019-06-01T00:00:00Z"), m("2021-01-01T00:00:00Z"), m("2022-02-28T23:00:00Z"),
             m("2022-03-02T00:00:00Z"), m("2022-02-01T00:00:00Z", 503), m("2023-01-01T00:00:00Z")]
    order = order_for_citation(items, cited_on="2022-02-28", published_on="2020-01-01",
                               dead_since="2022-12-01T00:00:00Z")
    assert [x.taken_at[:10] for x in order] == ["2022-02-28", "2021-01-01", "2022-03-02"]


def test_raw_form_of_a_wayback_url():
    assert raw_snapshot_url("https://web.archive.org/web/20200101000000/https://a.example/x") == \
        "https://web.archive.org/web/20200101000000id_/https://a.example/x"
    assert raw_snapshot_url("https://web.archive.org/web/20200101000000if_/https://a.example/x") == \
        "https://web.archive.org/web/20200101000000id_/https://a.example/x"


def test_archive_today_is_asked_when_configured(archive):
    archive.snapshots[URL] = [("20220101000000", 200, "not_found")]
    archive.today[URL] = [("20211201000000", 200, "article"), ("20230101000000", 200, "article")]
    choice = choose(archive, archive_today_url=f"{archive.base}/timemap")
    assert (choice.service, choice.url) == ("archive.today", f"{archive.base}/today/20211201000000/{URL}")
    assert choice.taken_at == "2021-12-01T00:00:00Z"
    assert choose(archive).url is None  # not asked without the endpoint


def _daily(archive, first: datetime.date, last: datetime.date) -> None:
    archive.snapshots[URL] = []
    while first <= last:
        archive.add(URL, first.strftime("%Y%m%d") + "000000")
        first += datetime.timedelta(days=1)


def test_the_pick_is_the_snapshot_nearest_the_citation_date_among_many(archive):
    _daily(archive, datetime.date(2015, 1, 1), datetime.date(2022, 6, 30))  # more than a CDX answer holds
    choice = choose(archive, cited_on="2022-01-15", published_on="2014-12-01")
    assert choice.taken_at == "2022-01-15T00:00:00Z"
    assert archive.fetched == ["20220115000000"]


def test_with_nothing_before_the_citation_date_the_nearest_after_it_among_many(archive):
    _daily(archive, datetime.date(2022, 3, 2), datetime.date(2029, 12, 31))
    choice = choose(archive, cited_on="2022-03-01", dead_since=None)
    assert choice.taken_at == "2022-03-02T00:00:00Z"


def test_never_a_snapshot_from_before_publication_even_when_published_after_the_citation_date(archive):
    archive.snapshots[URL] = [("20150101000000", 200, "other"), ("20210915000000", 200, "article")]
    choice = choose(archive, cited_on="2001-09-11", published_on="2021-09-10", dead_since=None)
    assert choice.taken_at == "2021-09-15T00:00:00Z"
    assert "20150101000000" not in archive.fetched
