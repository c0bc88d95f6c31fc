"""The tooling of the labelled set of others' pages (bench/labelled_others.py): the split that keeps
held-out pages out of tuning must never move, the truth must not charge a copy for its header, an
expected article given as HTML reads as its text, and a fetched tarball must be the pinned one."""

from __future__ import annotations

import base64
import hashlib
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


def test_an_expected_html_article_becomes_text_with_one_block_a_line(others):
    # a prettified file wraps a paragraph over lines: its words stay one paragraph; blocks get lines of their own
    html = """<html><body><article>
      <h1>
        <a href="/x">Host Leadership</a>
      </h1>
      <p>If you've hung around agile
        circles for long, <i>servant leadership</i>.</p><p>Second<br>line</p>
      <script>var x = 1;</script><img alt="a photo" src="p.jpg">
      <ul><li>one</li><li>two</li></ul><pre>code  line 1
code line 2</pre>
    </article></body></html>"""
    assert others._html_truth(html) == (
        "# Host Leadership\n\nIf you've hung around agile circles for long, servant leadership.\n\nSecond\n\nline"
        "\n\none\n\ntwo\n\ncode line 1\n\ncode line 2")
    assert others._html_truth("") == ""


def test_the_language_of_a_page_is_its_html_lang_without_region(others):
    assert others._html_lang('<!DOCTYPE html><html class="x" lang="en-gb">') == "en"
    assert others._html_lang("<html lang=FR>") == "fr"
    assert others._html_lang("<html><head>") == ""


def test_an_npm_tarball_whose_hash_is_not_the_pin_is_refused(others, tmp_path, monkeypatch):
    # npm pack is stood in by a script that writes a tarball: the check is ours, after npm's
    fake = tmp_path / "bin" / "npm"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nfor last; do :; done\nprintf "not the pinned bytes" > "$last/pkg-1.0.0.tgz"\n'
                    'echo pkg-1.0.0.tgz\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    with pytest.raises(ValueError, match="pkg@1.0.0"):
        others._npm_fetch("pkg@1.0.0", "sha512-AAAA", tmp_path)
    assert not (tmp_path / "pkg-1.0.0.tgz").exists()
    good = "sha512-" + base64.b64encode(hashlib.sha512(b"not the pinned bytes").digest()).decode()
    assert others._npm_fetch("pkg@1.0.0", good, tmp_path).read_bytes() == b"not the pinned bytes"


def test_a_webarticle2text_page_takes_its_url_from_the_canonical_link_and_its_truth_as_written(
        others, tmp_path, monkeypatch):
    # a hand-made stand-in for the sdist's layout: page<n>.html beside page<n>.expected.txt and the outputs of
    # other extractors (page<n>.<tool>.actual.txt), which are not truths
    compare = tmp_path / "webarticle2text-9.9" / "webarticle2text" / "fixtures" / "compare"
    compare.mkdir(parents=True)
    (compare / "page1.html").write_text(
        '<html lang="en-us"><head><title>Storm hits\n the coast - Example News</title>'
        '<meta property="og:url" content="https://www.reuters.com/article/storm"></head>'
        "<body><nav>Menu</nav><p>The storm hit the coast.</p></body></html>")
    (compare / "page1.expected.txt").write_text("The storm hit the coast.\n")
    (compare / "page1.goose.actual.txt").write_text("Menu")
    (compare / "page2.html").write_text("<html><head></head><body><p>No expected text here.</p></body></html>")
    monkeypatch.setattr(others, "CACHE", tmp_path)
    [page] = others._webarticle2text_pages()
    assert (page.id, page.source, page.url, page.site) == (
        "webarticle2text/page1", "webarticle2text 9.9", "https://www.reuters.com/article/storm", "reuters.com")
    assert (page.language, page.family, page.title) == ("en", "wire services", "Storm hits the coast - Example News")
    assert page.truth == "The storm hit the coast."
    assert others._canonical_url('<link rel="canonical" href="http://a.example/x">') == "http://a.example/x"
    assert others._canonical_url("<html><head></head>") == ""
