"""The tooling of the labelled set of others' pages (bench/labelled_others.py): the split that keeps
held-out pages out of tuning must never move, and the truth must not charge a copy for its header."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "labelled_others.py"


@pytest.fixture(scope="module")
def others():
    spec = importlib.util.spec_from_file_location("labelled_others", _PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("labelled_others", module)
    spec.loader.exec_module(module)
    return module


def test_the_split_of_a_page_is_fixed_by_its_id(others):
    # pages docs/archive.md reports as held-out stay held-out, and tuning pages stay tuning
    assert others.split_of("domdown/arstechnica_airsnitch_article_chrome") == others.HELD_OUT
    assert others.split_of("newspaper4k/latvian_article") == others.HELD_OUT
    assert others.split_of("newspaper4k/spanish_article") == others.TUNING
    ids = [f"source/page-{i}" for i in range(400)]
    held = sum(others.split_of(i) == others.HELD_OUT for i in ids)
    assert 150 < held < 250  # about half


def test_the_truth_loses_a_first_heading_that_is_the_title_and_nothing_else(others):
    body = "# As AI supercharges phishing scams\n\nThe article.\n\n## A subhead\n\nMore."
    assert others._without_title(body, "As AI Supercharges Phishing Scams | 1Password") == (
        "The article.\n\n## A subhead\n\nMore.")
    assert others._without_title(body, "Another title") == body
    assert others._without_title("The article starts at once.", "The article") == "The article starts at once."


@pytest.mark.parametrize(("site", "language", "family"), [
    ("en.yna.co.kr", "en", "wire services"), ("cisa.gov", "en", "government"), ("cnn.com", "en", "news"),
    ("lsm.lv", "lv", "non-English"), ("elastic.co", "en", "blogs"), ("github.com", "en", "reference"),
])
def test_each_page_has_one_family(others, site, language, family):
    assert others.family_of(site, language) == family
