"""Each canonicalisation rule of pipeline/urls.py, on real corpus URLs and crafted ones."""

from __future__ import annotations

import re

import pytest

from pipeline.urls import InvalidURL, canonicalize, equivalence_key, unwrap_archive

RULES = [
    # (rule, as cited, canonical)
    ("unchanged when already canonical",
     "https://www.theguardian.com/world/2025/mar/18/russia-mars-elon-musk",
     "https://www.theguardian.com/world/2025/mar/18/russia-mars-elon-musk"),
    ("white space and angle brackets stripped",
     "  <https://www.themoscowtimes.com/2025/03/18/a88400>\n",
     "https://www.themoscowtimes.com/2025/03/18/a88400"),
    ("HTML-escaped ampersand", "https://example.org/a?x=1&amp;y=2", "https://example.org/a?x=1&y=2"),
    ("scheme lower-cased", "HTTPS://example.org/a", "https://example.org/a"),
    ("host lower-cased", "https://WWW.NyTimes.COM/2024/01/01/us/x.html", "https://www.nytimes.com/2024/01/01/us/x.html"),
    ("path case kept", "https://example.org/Case/Sensitive", "https://example.org/Case/Sensitive"),
    ("IDN host to punycode", "https://bücher.de/katalog", "https://xn--bcher-kva.de/katalog"),
    ("trailing dot on host", "https://example.org./a", "https://example.org/a"),
    ("default https port dropped", "https://example.org:443/a", "https://example.org/a"),
    ("default http port dropped", "http://example.org:80/a", "http://example.org/a"),
    ("other port kept", "http://example.org:8080/a", "http://example.org:8080/a"),
    ("user info dropped", "https://user:pw@example.org/a", "https://example.org/a"),
    ("fragment dropped", "https://www.justice.gov/opa/pr/x#main-content", "https://www.justice.gov/opa/pr/x"),
    ("utm_* removed", "https://www.washingtonpost.com/p/?utm_source=twitter&utm_medium=social",
     "https://www.washingtonpost.com/p/"),
    ("fbclid, gclid removed, real params kept", "https://example.org/a?id=7&fbclid=IwAR0&gclid=Cj0",
     "https://example.org/a?id=7"),
    ("NYT smid removed", "https://www.nytimes.com/2020/01/01/us/politics/x.html?smid=tw-share",
     "https://www.nytimes.com/2020/01/01/us/politics/x.html"),
    ("query sorted by name", "https://example.org/s?b=2&a=1&c=3", "https://example.org/s?a=1&b=2&c=3"),
    ("repeated names keep their order", "https://example.org/s?t=2&a=1&t=1", "https://example.org/s?a=1&t=2&t=1"),
    ("bare query key kept", "https://example.org/s?print&a=1", "https://example.org/s?a=1&print"),
    ("escapes upper-cased", "https://example.org/a%2fb%c3%a9", "https://example.org/a%2Fb%C3%A9"),
    ("escaped unreserved decoded", "https://example.org/%7Euser/%41bc", "https://example.org/~user/Abc"),
    ("space and non-ASCII escaped as UTF-8",
     "https://www.oig.dot.gov/sites/default/files/FAA Certification Report^2-23-2021.pdf",
     "https://www.oig.dot.gov/sites/default/files/FAA%20Certification%20Report%5E2-23-2021.pdf"),
    ("plus in query is a space", "https://example.org/s?q=a+b", "https://example.org/s?q=a%20b"),
    ("dot segments collapsed", "https://example.org/a/./b/../c", "https://example.org/a/c"),
    ("double slashes collapsed", "https://example.org//a///b", "https://example.org/a/b"),
    ("empty path becomes /", "https://example.org", "https://example.org/"),
    ("trailing slash kept", "https://www.congress.gov/bill/118th-congress/house-bill/2/",
     "https://www.congress.gov/bill/118th-congress/house-bill/2/"),
    ("www kept", "https://example.org/a", "https://example.org/a"),
    ("web.archive.org unwrapped",
     "https://web.archive.org/web/20240101000000/https://www.senate.gov/about/powers-procedures/investigations/church-committee.htm",
     "https://www.senate.gov/about/powers-procedures/investigations/church-committee.htm"),
    ("wayback id_ flag and lost slash", "https://web.archive.org/web/2019id_/http:/example.org/p?utm_source=x",
     "http://example.org/p"),
    ("wayback without scheme", "http://web.archive.org/web/2015/www.example.org/p", "http://www.example.org/p"),
    ("archive.today with timestamp", "https://archive.ph/20200101123456/https://x.org/a?b=1",
     "https://x.org/a?b=1"),
    ("archive.today dotted date", "http://archive.is/2020.01.01-101010/https://X.org", "https://x.org/"),
    ("archive.today /o/ form", "https://archive.ph/o/AbCd/https://x.org/z", "https://x.org/z"),
    ("archive.today short id is itself", "https://archive.ph/AbCd", "https://archive.ph/AbCd"),
    ("IPv6 host", "http://[::1]:80/x", "http://[::1]/x"),
    # every character of the path and query is kept: what must be escaped is escaped, never cut
    ("angle brackets in the path escaped", "https://example.org/gone/<x>", "https://example.org/gone/%3Cx%3E"),
    ("quote in the query escaped", 'https://example.org/p?a=1"&b=2', "https://example.org/p?a=1%22&b=2"),
    ("quote in the path escaped", 'https://example.org/say/"hello"', "https://example.org/say/%22hello%22"),
    ("braces, bar and backslash escaped", "https://example.org/x{y}|z\\w", "https://example.org/x%7By%7D%7Cz%5Cw"),
    ("markup-like text kept", "https://example.org/a<b>c</b>", "https://example.org/a%3Cb%3Ec%3C/b%3E"),
    ("a URL inside the query kept whole", "https://example.org/r?to=https://b.example/x/",
     "https://example.org/r?to=https://b.example/x/"),
    ("an empty query piece dropped", "https://example.org/p?a=1&", "https://example.org/p?a=1"),
    ("a URL folded across lines", "https://example.org/a\n/b\t/c", "https://example.org/a/b/c"),
    # IDNA 2008 with UTS #46 mapping, as httpx sends it: eszett is its own letter
    ("IDNA 2008: faß.de is not fass.de", "https://faß.de/", "https://xn--fa-hia.de/"),
    ("IDNA: case folded before encoding", "https://FAß.DE/", "https://xn--fa-hia.de/"),
    ("IDNA: full-width letters mapped", "https://ｅｘａｍｐｌｅ.com/", "https://example.com/"),
]


@pytest.mark.parametrize(("rule", "cited", "canonical"), RULES, ids=[r[0] for r in RULES])
def test_canonical_rule(rule: str, cited: str, canonical: str) -> None:
    assert canonicalize(cited).canonical == canonical


def test_canonical_form_is_a_fixed_point() -> None:
    for _, cited, _ in RULES:
        once = canonicalize(cited).canonical
        assert canonicalize(once).canonical == once


def test_raw_url_is_kept_as_written() -> None:
    cited = " https://Example.org/a?utm_source=x "
    assert canonicalize(cited).raw == cited


def test_extra_tracking_parameters_from_config() -> None:
    assert canonicalize("https://e.org/a?src=rss&id=1", frozenset({"src"})).canonical == "https://e.org/a?id=1"


def test_host_is_reported() -> None:
    assert canonicalize("https://WWW.Example.org/a").host == "www.example.org"
    assert canonicalize("https://web.archive.org/web/2020/https://npr.org/x").host == "npr.org"


def test_archive_unwrapping_reports_service_and_timestamp() -> None:
    c = canonicalize("https://web.archive.org/web/20250814000000/https://www.npr.org/2017/11/07/560849787/x")
    assert (c.archive_service, c.archive_timestamp) == ("wayback", "20250814000000")
    assert unwrap_archive("https://example.org/web/2020/https://x.org") == (None, None, None)
    assert c.snapshot == "https://web.archive.org/web/20250814000000/https://www.npr.org/2017/11/07/560849787/x"
    assert canonicalize("https://npr.org/x").snapshot is None


def test_more_wayback_hosts_from_config() -> None:
    c = canonicalize("HTTPS://Archive.Example.ORG:443/web/20200101000000/https://x.org/a?b=1#top",
                     wayback_hosts=frozenset({"archive.example.org"}))
    assert (c.canonical, c.archive_service, c.archive_timestamp) == ("https://x.org/a?b=1", "wayback", "20200101000000")
    assert c.snapshot == "https://archive.example.org/web/20200101000000/https://x.org/a?b=1"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Reuters", "not a URL"),
        ("New York Times", "not a URL"),
        ("", "empty URL"),
        ("   ", "empty URL"),
        (None, "no URL (null)"),
        (42, "not a string"),
        ("javascript:alert(1)", "scheme 'javascript'"),
        ("mailto:someone@example.org", "scheme 'mailto'"),
        ("ftp://example.org/file", "scheme 'ftp'"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("http://", "no host"),
        ("https://exa mple..org/", "not a valid domain"),
        ("https://news..example.org/", "not a valid domain"),
        ("https://.news.example.org/", "not a valid domain"),
        ("https://example.org:99999/", "cannot parse"),
        ("https://example.org:0/", "port 0"),
        ("https://xn--zz.com/", "malformed punycode"),
        ("https://web.archive.org:0/web/2020/https://example.org/", "port 0"),
    ],
)
def test_not_an_http_url(value: object, reason: str) -> None:
    with pytest.raises(InvalidURL, match=re.escape(reason)):
        canonicalize(value)


EQUIVALENT = [
    ("https://www.example.org/a/", "http://example.org/a"),
    ("https://m.example.org/a", "https://example.org/a"),
    ("https://amp.example.org/a", "https://www.example.org/a"),
    ("https://example.org/news/story/amp", "https://example.org/news/story"),
    ("https://example.org/news/story.amp.html", "https://example.org/news/story"),
    ("https://example.org/amp/news/story", "https://example.org/news/story"),
    ("https://example.org/story?outputType=amp", "https://example.org/story"),
]


@pytest.mark.parametrize(("a", "b"), EQUIVALENT)
def test_equivalence_key_folds_variants(a: str, b: str) -> None:
    assert equivalence_key(canonicalize(a).canonical) == equivalence_key(canonicalize(b).canonical)


def test_equivalence_key_keeps_different_pages_apart() -> None:
    a = equivalence_key(canonicalize("https://example.org/a").canonical)
    assert a != equivalence_key(canonicalize("https://example.org/b").canonical)
    assert a != equivalence_key(canonicalize("https://other.org/a").canonical)
    assert a != equivalence_key(canonicalize("https://example.org/a?id=2").canonical)


def test_a_lone_surrogate_is_an_invalid_url() -> None:
    for value in ("https://a.org/\ud800", "https://a.org/?q=\udc00", "https://\ud800.org/"):
        with pytest.raises(InvalidURL, match="lone UTF-16 surrogate"):
            canonicalize(value)
