"""Parsing one event file: formats, the corpus's variants, and bad input as problems."""

from __future__ import annotations

import json

from conftest import SEED_EVENT_ID, SEEDS

from pipeline.extract.eventfile import body_links, parse_event_file
from pipeline.models import CitationKind, ProblemKind


def parse(name: str, text: str):
    return parse_event_file(name, text.encode("utf-8"))


def test_seed_event_yields_its_three_sources() -> None:
    path = next(SEEDS.glob("*.md"))
    parsed = parse_event_file(path.name, path.read_bytes())
    event = parsed.event
    assert event.id == SEED_EVENT_ID
    assert event.date == "2025-03-18"
    assert event.title == "Russia Proposes Mars Exploration Collaboration with Elon Musk"
    assert parsed.problems == ()
    got = [(c.kind, c.position, c.raw_url, c.title, c.outlet, c.cited_date) for c in event.citations]
    assert got == [
        (CitationKind.SOURCE, 1, "https://www.theguardian.com/world/2025/mar/18/russia-mars-elon-musk",
         "Russia will 'undoubtedly' discuss future Mars flights with Musk, Putin envoy says", "The Guardian",
         "2025-03-18"),
        (CitationKind.SOURCE, 2, "https://www.themoscowtimes.com/2025/03/18/putin-envoy-dmitriev-says-he-will-hold-"
         "talks-with-musk-about-mars-exploration-a88400",
         "Putin Envoy Dmitriev Says He Will Hold Talks With Musk About Mars Exploration", "The Moscow Times",
         "2025-03-18"),
        (CitationKind.SOURCE, 3, "https://www.themoscowtimes.com/2025/04/02/putin-envoy-dmitriev-may-visit-us-this-"
         "week-kremlin-confirms-a88576",
         "Putin Envoy Dmitriev May Visit U.S. This Week, Kremlin Confirms", "The Moscow Times", "2025-04-02"),
    ]


def test_json_event_with_publisher_and_summary() -> None:
    data = {"id": "e1", "date": "2014-08-16", "title": "T", "summary": "See https://example.org/body-link.",
            "sources": [{"url": "https://a.org/x", "title": "A", "publisher": "BuzzFeed News", "tier": 1}]}
    event = parse("e1.json", json.dumps(data)).event
    assert event.description.startswith("See")
    src, body = event.citations
    assert (src.kind, src.outlet, src.title) == (CitationKind.SOURCE, "BuzzFeed News", "A")
    assert (body.kind, body.raw_url) == (CitationKind.BODY, "https://example.org/body-link")


def test_yaml_event_with_string_sources_and_body() -> None:
    text = "id: y1\ndate: 2020-01-02\ntitle: Y\nsources:\n  - https://a.org/one\n  - https://a.org/two\nbody: text\n"
    event = parse("y1.yaml", text).event
    assert event.date == "2020-01-02"  # a YAML date becomes ISO text
    assert [c.raw_url for c in event.citations] == ["https://a.org/one", "https://a.org/two"]
    assert [c.field for c in event.citations] == ["sources[0]", "sources[1]"]


def test_archive_url_is_recorded_as_an_archive_of_its_original() -> None:
    text = """---
id: a1
date: '2018-12-12'
sources:
- url: https://www.npr.org/2017/11/07/560849787/trump-soho
  archive_url: https://web.archive.org/web/20250814000000/https://www.npr.org/2017/11/07/560849787/trump-soho
---
"""
    source, archive = parse("a1.md", text).event.citations
    assert archive.kind == CitationKind.ARCHIVE
    assert archive.position == source.position == 1
    assert archive.canonical_url == source.canonical_url
    assert archive.raw_url.startswith("https://web.archive.org/")
    assert (archive.archive_service, archive.archive_timestamp) == ("wayback", "20250814000000")
    # the snapshot itself is a link of its own, not unwrapped
    assert archive.snapshot_url == ("https://web.archive.org/web/20250814000000/"
                                    "https://www.npr.org/2017/11/07/560849787/trump-soho")
    assert source.snapshot_url is None


def test_an_archive_url_that_backs_nothing_is_a_problem_and_its_citation_is_kept() -> None:
    """Seen in the real corpus: a Wayback snapshot of the outlet's home page as the article's
    archive_url, and Google cache or nitter pages given as archived copies. None is a copy of the
    cited article, and the maintainer is told so; a snapshot of the cited page up to scheme, www.
    or a trailing slash is fine."""
    text = """---
id: a2
date: '2019-08-07'
sources:
- url: https://www.cnn.com/2019/08/07/us/mississippi-immigration-raids
  archive_url: https://web.archive.org/web/20250814194913/https://www.cnn.com/
- url: https://kyivindependent.com/russian-military-reportedly-using-starlink-inside-ukraine
  archive_url: https://web.archive.org/web/20240914000000/http://kyivindependent.com/russian-military-reportedly-using-starlink-inside-ukraine/
- url: https://blog.youtube/news-and-events/our-approach-to-2024-elections
  archived: https://webcache.googleusercontent.com/search?q=cache:https://blog.youtube/news-and-events/our-approach
- archive_url: https://archive.ph/2023.06.02-120000/https://example.org/story
---
"""
    parsed = parse("a2.md", text)
    problems = {(p.field, p.kind): p.message for p in parsed.problems}
    assert set(problems) == {("sources[0].archive_url", ProblemKind.NOT_A_SNAPSHOT),
                             ("sources[2].archived", ProblemKind.NOT_A_SNAPSHOT),
                             ("sources[3].url", ProblemKind.INVALID_URL)}  # no url: nothing to compare the snapshot with
    assert problems["sources[0].archive_url", ProblemKind.NOT_A_SNAPSHOT] == (
        "a snapshot of https://www.cnn.com/, not of the cited url "
        "https://www.cnn.com/2019/08/07/us/mississippi-immigration-raids")
    assert "not a snapshot in a web archive" in problems["sources[2].archived", ProblemKind.NOT_A_SNAPSHOT]
    kinds = [c.kind for c in parsed.event.citations]
    assert kinds.count(CitationKind.ARCHIVE) == 4  # each archive URL is still cited, and checked


def test_values_that_are_not_urls_become_problems_and_keep_their_citation() -> None:
    text = """---
id: bad-urls
date: '2020-01-01'
sources:
- {url: Reuters, title: R, outlet: Reuters}
- {url: '', title: E}
- {url: null, title: N}
- {url: 'javascript:alert(1)', title: J}
- {url: 'https://ok.org/a', title: OK}
---
"""
    parsed = parse("bad.md", text)
    assert len(parsed.event.citations) == 5
    assert [c.canonical_url for c in parsed.event.citations][:4] == [None] * 4
    problems = [(p.kind, p.event_id, p.field, p.value) for p in parsed.problems]
    assert problems == [
        (ProblemKind.INVALID_URL, "bad-urls", "sources[0].url", "Reuters"),
        (ProblemKind.INVALID_URL, "bad-urls", "sources[1].url", ""),
        (ProblemKind.INVALID_URL, "bad-urls", "sources[2].url", None),
        (ProblemKind.INVALID_URL, "bad-urls", "sources[3].url", "javascript:alert(1)"),
    ]
    assert "Reuters" in parsed.problems[0].message


def test_broken_front_matter_is_a_problem_not_a_crash() -> None:
    parsed = parse("broken.md", "---\nid: x\ntitle: [unclosed\n---\nbody\n")
    assert parsed.event is None
    (problem,) = parsed.problems
    assert problem.kind == ProblemKind.MALFORMED and problem.file == "broken.md"
    assert problem.message.startswith("line 4, column 1: YAML syntax error: ")  # the file's line, on one line
    assert "\n" not in problem.message


def test_other_malformed_inputs() -> None:
    assert parse("nofm.md", "just text\n").problems[0].kind == ProblemKind.MALFORMED
    assert parse("list.json", "[1, 2]").problems[0].message.startswith("the event must be a mapping")
    assert "line 1" in parse("bad.json", "{oops").problems[0].message
    assert parse_event_file("bin.md", b"\xff\xfe\x00garbage").problems[0].kind == ProblemKind.UNREADABLE


def test_missing_id_falls_back_to_file_name_and_missing_date_is_reported() -> None:
    parsed = parse("folder/2020-01-01--no-id.md", "---\ntitle: T\nsources: []\n---\n")
    assert parsed.event.id == "2020-01-01--no-id"
    kinds = {(p.kind, p.field) for p in parsed.problems}
    assert kinds == {(ProblemKind.MISSING_FIELD, "id"), (ProblemKind.MISSING_FIELD, "date")}


def test_sources_of_the_wrong_shape() -> None:
    parsed = parse("w.md", "---\nid: w\ndate: '2020-01-01'\nsources: 7\n---\n")
    assert parsed.problems[0].kind == ProblemKind.BAD_FIELD and parsed.problems[0].field == "sources"
    parsed = parse("w.md", "---\nid: w\ndate: '2020-01-01'\nsources: [3]\n---\n")
    assert parsed.problems[0].kind == ProblemKind.BAD_FIELD and parsed.problems[0].field == "sources[0]"


def test_body_links_markdown_angle_and_bare() -> None:
    text = ("See [the report](https://a.org/r \"t\") and <https://b.org/x>, also https://c.org/p?q=1. "
            "Wikipedia: https://en.wikipedia.org/wiki/Foo_(bar). Again [dup](https://a.org/r).")
    assert list(body_links(text)) == [
        "https://a.org/r", "https://b.org/x", "https://c.org/p?q=1", "https://en.wikipedia.org/wiki/Foo_(bar)",
    ]


def test_body_link_equal_to_a_source_is_not_counted_twice() -> None:
    text = "---\nid: b\ndate: '2020-01-01'\nsources:\n- url: https://a.org/x\n---\nAs [reported](https://a.org/x#p2).\n"
    assert [c.kind for c in parse("b.md", text).event.citations] == [CitationKind.SOURCE]


def test_content_hash_is_of_the_bytes() -> None:
    import hashlib

    data = b"---\nid: h\ndate: '2020-01-01'\n---\n"
    assert parse_event_file("h.md", data).content_sha256 == hashlib.sha256(data).hexdigest()


# --- duplicated keys: refused with the key and its lines, never resolved silently ---------------

def test_duplicated_keys_are_problems_naming_the_key_and_line() -> None:
    cases = {
        "two-ids.md": ("---\nid: first\ndate: 2025-01-01\nid: second\n---\nBody\n", "'id' on line 4 (first on line 2)"),
        "two-lists.md": ("\n---\nid: e\ndate: 2025-01-01\nsources:\n  - https://a.example/\nsources:\n"
                         "  - https://b.example/\n---\n", "'sources' on line 7 (first on line 5)"),
        "in-source.yaml": ("id: e\ndate: 2025-01-01\nsources:\n  - url: https://a.example/\n"
                           "    url: https://b.example/\n", "'url' on line 5 (first on line 4)"),
        "two-ids.json": ('{"id": "a", "date": "2025-01-01", "id": "b"}', "'id'"),
    }
    for name, (text, where) in cases.items():
        parsed = parse(name, text)
        assert [p.kind for p in parsed.problems] == [ProblemKind.MALFORMED], name
        assert f"duplicated key {where}" in parsed.problems[0].message, parsed.problems[0].message


# --- dates: real calendar dates, partial ones kept as written ------------------------------------

def _event_with_dates(event_date: str, source_date: str) -> str:
    return (f"---\nid: e\ndate: {event_date}\ntitle: T\nsources:\n  - url: https://a.example/one\n"
            f"    date: {source_date}\n  - url: https://b.example/two\n---\nBody\n")


def test_partial_dates_are_valid_and_kept_as_written() -> None:
    for event_date, source_date in [("2025", "1998-06"), ("'1998-06'", "June 1998"), ("2025-03-18", "June 5, 1998"),
                                    ("'2025-03-18T10:00:00Z'", "'2024-02-29'")]:
        parsed = parse("e.md", _event_with_dates(event_date, source_date))
        assert parsed.problems == (), parsed.problems
        assert parsed.event.date == event_date.strip("'")
        assert parsed.event.citations[0].cited_date == source_date.strip("'")


def test_an_impossible_date_is_a_problem_and_the_event_is_kept() -> None:
    # unquoted, 2025-02-30 looks like a YAML date: it must not make the whole event malformed
    parsed = parse("e.md", _event_with_dates("'99999-99-99'", "2025-02-30"))
    assert parsed.event is not None and len(parsed.event.citations) == 2
    assert parsed.event.date == "99999-99-99" and parsed.event.citations[0].cited_date == "2025-02-30"
    got = [(p.kind, p.file, p.field, p.value) for p in parsed.problems]
    assert got == [(ProblemKind.BAD_FIELD, "e.md", "date", "99999-99-99"),
                   (ProblemKind.BAD_FIELD, "e.md", "sources[0].date", "2025-02-30")]
    assert "no day 30 in February 2025" in parsed.problems[1].message


def test_other_impossible_dates() -> None:
    for bad in ("2025-13", "'2025-00-10'", "someday", "Smarch 1998", "Feb 30, 2025", "'0000'"):
        parsed = parse("e.md", _event_with_dates(bad, "2025"))
        assert [(p.kind, p.field) for p in parsed.problems] == [(ProblemKind.BAD_FIELD, "date")], bad


def test_front_matter_that_is_no_mapping_or_not_closed_is_malformed() -> None:
    for text, message in [
        ("---\n- a\n---\n", "the event must be a mapping, not a list"),
        ("---\njust text\n---\nbody\n", "the event must be a mapping, not text"),
        ("---\nid: x\ndate: '2025-01-01'\nsources:\n- https://a.org/x\n", "front matter not closed"),
        ("---x\nid: x\n---\n", "no YAML front matter"),
    ]:
        parsed = parse("f.md", text)
        assert parsed.event is None
        assert [(p.kind, p.message[:len(message)]) for p in parsed.problems] == [(ProblemKind.MALFORMED, message)]
    empty = parse("e.md", "---\n---\nbody https://a.org/y\n")  # an empty front matter is a mapping with no keys
    assert [p.kind for p in empty.problems] == [ProblemKind.MISSING_FIELD, ProblemKind.MISSING_FIELD]
    assert [c.raw_url for c in empty.event.citations] == ["https://a.org/y"]


def test_body_links_of_a_huge_body_are_found_without_quadratic_work() -> None:
    # 20,000 Markdown links then 20,000 bare ones: checking each bare link against every link span
    # took minutes at this size (and 245 s at 60,000); the answer must stay exact
    n = 20_000
    text = "".join(f"[x](https://a.bc/{i}) " for i in range(n)) + "".join(f"https://b.bc/{i} " for i in range(n))
    text += "[y](<https://c.bc/in>) <https://c.bc/angle> https://c.bc/after"
    links = list(body_links(text))
    assert links[:2] == ["https://a.bc/0", "https://a.bc/1"] and len(links) == 2 * n + 3
    assert links[n] == "https://b.bc/0" and links[-3:] == ["https://c.bc/in", "https://c.bc/angle", "https://c.bc/after"]


def test_wrong_kinds_of_values_are_named_as_yaml_and_json_name_them() -> None:
    """The report shows these messages to maintainers: no Python type names (int, NoneType, dict)."""
    assert parse("n.json", "null").problems[0].message == "the event must be a mapping, not null"
    parsed = parse("s.json", json.dumps({"id": "s", "date": "2025-01-01",
                                         "sources": [5, None, True, {"url": {"href": "https://a.org/x"}}]}))
    assert [p.message for p in parsed.problems] == [
        "source entry is a number, not a mapping or URL",
        "source entry is null, not a mapping or URL",
        "source entry is true/false, not a mapping or URL",
        "not a string but a mapping: \"{'href': 'https://a.org/x'}\"",
    ]
