"""Sites and outlet names: which agree, which contradict (and veto a content match)."""

from __future__ import annotations

import pytest

from pipeline.match.outlets import compare_outlets, name_fits_host, same_outlet_name, sites_of


@pytest.mark.parametrize("a, b, same", [
    ("The New York Times", "NYT", True),
    ("The New York Times", "nytimes.com", True),
    ("NYT", "www.nytimes.com", True),
    ("New York Times", "THE NEW YORK TIMES", True),
    ("The Guardian", "Guardian", True),
    ("CNN", "CNN Politics", True),  # a section of the outlet
    ("Bloomberg", "Bloomberg Law", True),
    ("PBS News", "PBS NewsHour", True),
    ("Wall Street Journal", "WSJ", True),
    ("Citizens for Responsibility and Ethics in Washington", "CREW", True),
    ("U.S. News & World Report", "usnews.com", True),
    ("Associated Press", "apnews.com", True),
    ("AP News", "The Associated Press", True),
    ("TheHill", "The Hill", True),
    ("National Public Radio", "NPR", True),
    ("BBC News", "BBC", True),
    ("Washington Post", "Washington Times", False),
    ("New York Times", "New York Post", False),
    ("NBC News", "CBS News", False),
    ("ABC News", "NBC News", False),
    ("CNN", "CNBC", False),
    ("Fox News", "Fox Business", False),
    ("Reuters", "The Guardian", False),
    ("National Review", "National Catholic Reporter", False),
    ("nytimes.com", "washingtonpost.com", False),
    ("", "NPR", False),
])
def test_same_outlet_name(a, b, same):
    assert same_outlet_name(a, b) is same
    assert same_outlet_name(b, a) is same


@pytest.mark.parametrize("name, host, fits", [
    ("New York Times", "www.nytimes.com", True),
    ("ABC News", "abcnews.go.com", True),  # the outlet is a subdomain of its registrable domain go.com
    ("The Moscow Times", "www.themoscowtimes.com", True),
    ("PBS NewsHour", "www.pbs.org", True),
    ("BBC", "www.bbc.co.uk", True),
    ("Wikipedia", "en.wikipedia.org", True),
    ("Trump Tyranny Tracker", "trumptyrannytracker.substack.com", True),
    ("Reuters", "www.nytimes.com", False),
    ("CNN", "www.npr.org", False),
    ("Federal News Network", "news.bloomberglaw.com", False),  # a section's label names no outlet
    ("Politico", "politics.example.com", False),
])
def test_name_fits_host(name, host, fits):
    assert name_fits_host(name, host) is fits


def _compare(copy_sites=(), copy_host=None, copy_name=None, explicit=True, cited_sites=(), cited_host=None,
             cited_name=None):
    return compare_outlets(copy_sites=frozenset(copy_sites), copy_host=copy_host, copy_name=copy_name,
                           copy_name_explicit=explicit, cited_sites=frozenset(cited_sites), cited_host=cited_host,
                           cited_name=cited_name)


def test_the_same_site_agrees_whatever_the_names():
    got = _compare(["nytimes.com"], "cooking.nytimes.com", "NYT Cooking", True, ["nytimes.com"], "www.nytimes.com",
                   "The New York Times")
    assert (got.value, got.veto) == (1.0, None)


def test_another_site_vetoes_even_when_the_names_agree():
    # a wire story republished by a local paper, crediting the cited outlet
    got = _compare(["daily-courier.example"], "www.daily-courier.example", "Associated Press", True,
                   ["apnews.com"], "apnews.com", "Associated Press")
    assert got.value == 0.0
    assert got.veto == "published on daily-courier.example, cited on apnews.com"


def test_a_named_outlet_that_differs_vetoes():
    got = _compare(copy_name="Reuters", cited_sites=["npr.org"], cited_host="www.npr.org", cited_name="NPR")
    assert got.value == 0.0 and got.veto == "published by Reuters, cited as NPR"


@pytest.mark.parametrize("copy_name", ["NYT", "nytimes.com", "THE NEW YORK TIMES", "New York Times"])
def test_one_outlet_named_several_ways_agrees(copy_name):
    got = _compare(copy_name=copy_name, cited_sites=["nytimes.com"], cited_host="www.nytimes.com",
                   cited_name="The New York Times")
    assert (got.value, got.veto) == (1.0, None)


@pytest.mark.parametrize("generic", ["Home", "News", "Breaking News", "Politics"])
def test_a_generic_word_where_an_outlet_should_be_does_not_veto(generic):
    got = _compare(copy_name=generic, cited_sites=["npr.org"], cited_host="www.npr.org", cited_name="NPR")
    assert (got.value, got.veto) == (0.0, None)


def test_a_headline_suffix_can_agree_but_not_veto():
    got = _compare(copy_name="Home", explicit=False, cited_sites=["npr.org"], cited_host="www.npr.org",
                   cited_name="NPR")
    assert (got.value, got.veto) == (0.0, None)


def test_a_name_against_a_host_alone_is_unknown():
    # names and hosts differ too often (Government Accountability Project / whistleblower.org) to say no
    got = _compare(copy_name="Government Accountability Project", cited_sites=["whistleblower.org"],
                   cited_host="whistleblower.org")
    assert (got.value, got.veto) == (None, None)


def test_nothing_known_is_unknown():
    assert _compare().value is None


def test_sites_are_registrable_domains_and_link_shorteners_say_nothing():
    assert sites_of(("www.nytimes.com", "cooking.nytimes.com", None, "")) == frozenset({"nytimes.com"})
    assert sites_of(("nyti.ms", "bit.ly", "t.co")) == frozenset()
