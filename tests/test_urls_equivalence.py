"""The looser URL key the match stage uses: same page across www./m./amp., scheme, slash and AMP forms."""

from __future__ import annotations

import pytest

from pipeline.urls import canonicalize, equivalence_key, registrable_domain, site_key, unwrap_amp_cache

PAGE = "https://www.nytimes.com/2020/01/01/us/story.html"


@pytest.mark.parametrize("variant", [
    "http://www.nytimes.com/2020/01/01/us/story.html",
    "https://nytimes.com/2020/01/01/us/story.html",
    "https://m.nytimes.com/2020/01/01/us/story.html",
    "https://mobile.nytimes.com/2020/01/01/us/story.html/",
    "https://www.nytimes.com/2020/01/01/us/story.amp.html",
    "https://www.nytimes.com/2020/01/01/us/story.html/amp",
    "https://www.nytimes.com/2020/01/01/us/story.html?outputType=amp",
    "https://www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/2020/01/01/us/story.html",
    "https://www.google.com/amp/s/www.nytimes.com/2020/01/01/us/story.html",
    "https://web.archive.org/web/2020/https://www.nytimes.com/2020/01/01/us/story.html?utm_source=x#top",
])
def test_variants_share_the_key(variant):
    assert equivalence_key(canonicalize(variant).canonical) == equivalence_key(canonicalize(PAGE).canonical)


@pytest.mark.parametrize("other", [
    "https://www.nytimes.com/2020/01/01/us/other-story.html",
    "https://www.nytimes.com/2020/01/01/us/story.html?page=2",
    "https://nytimes.co.uk/2020/01/01/us/story.html",
    "https://www.nytimes.com:8443/2020/01/01/us/story.html",
])
def test_other_pages_do_not(other):
    assert equivalence_key(canonicalize(other).canonical) != equivalence_key(canonicalize(PAGE).canonical)


@pytest.mark.parametrize("host, site", [
    ("www.theguardian.com", "theguardian.com"), ("amp.theguardian.com", "theguardian.com"),
    ("m.example.org", "example.org"), ("www.com", "www.com"), ("news.example.org", "news.example.org"),
])
def test_site_key(host, site):
    assert site_key(host) == site


@pytest.mark.parametrize("host, domain", [
    ("www.nytimes.com", "nytimes.com"), ("cooking.nytimes.com", "nytimes.com"),
    ("abcnews.go.com", "go.com"),  # public-suffix aware: the registrable domain, not the outlet
    ("www.bbc.co.uk", "bbc.co.uk"), ("news.bbc.co.uk", "bbc.co.uk"),
    ("someone.github.io", "someone.github.io"),  # a private suffix: each user is a site
    ("WWW.NYTimes.COM.", "nytimes.com"),
    ("www.gov.uk", "gov.uk"), ("gov.uk", "gov.uk"),  # a public suffix serving pages itself: one site
    ("www.paper.example", "paper.example"),  # a suffix the list does not know: the last two labels
    ("localhost", "localhost"), ("127.0.0.1", "127.0.0.1"), ("", ""),
])
def test_registrable_domain(host, domain):
    assert registrable_domain(host) == domain


def test_unwrap_amp_cache_leaves_other_urls_alone():
    assert unwrap_amp_cache("https://www.google.com/search?q=amp") == "https://www.google.com/search?q=amp"
    assert unwrap_amp_cache("http://a-b.cdn.ampproject.org/c/a.b/x") == "http://a.b/x"
