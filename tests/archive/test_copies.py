"""Reading archived copies: the seed copy, the archive stage's format, and hand-saved variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.archive.copies import parse_copy, parse_human_date
from pipeline.models import CopyKind

ROOT = Path(__file__).resolve().parents[2]
SEED_COPY = ROOT / "archive/hand-saved" / (
    "2025-03-18--putin-envoy-dmitriev-says-he-will-hold-talks-with-musk-about-mars-exploration.txt")
MT_URL = "https://www.themoscowtimes.com/2025/03/18/putin-envoy-dmitriev-says-he-will-hold-talks-with-musk-about-mars-exploration-a88400"


def test_the_seed_copy_names_its_url_headline_and_date():
    copy = parse_copy("hand-saved/seed.txt", SEED_COPY.read_bytes())
    assert copy.problem is None
    assert copy.kind is CopyKind.HAND_SAVED
    assert copy.url == MT_URL
    assert copy.title == "Putin Envoy Dmitriev Says He Will Hold Talks With Musk About Mars Exploration"
    assert copy.date == "2025-03-18"
    assert copy.body.startswith("The White House")
    assert "Original url" not in copy.body and MT_URL not in copy.body
    assert len(copy.file_sha256) == 64


OWN = """---
url: https://example.org/news/a?utm_source=x
final_url: https://www.example.org/news/a/
captured_at: '2025-06-01T12:00:00Z'
title: 'Council approves the budget'
date: 2025-05-30
outlet: Example Gazette
content_sha256: 0000000000000000000000000000000000000000000000000000000000000000
---

Council approves the budget

May 30, 2025

The council voted on Friday.

Original url:

<https://example.org/news/a?utm_source=x>
"""


def test_an_own_copy_takes_provenance_from_its_front_matter():
    copy = parse_copy("example.org/2025-05-30--council.md", OWN.encode())
    assert copy.kind is CopyKind.OWN
    assert copy.url == "https://example.org/news/a?utm_source=x"
    assert copy.final_url == "https://www.example.org/news/a/"
    assert (copy.title, copy.date, copy.outlet) == ("Council approves the budget", "2025-05-30", "Example Gazette")
    assert copy.body == "The council voted on Friday."


@pytest.mark.parametrize("text, url, title, date, outlet", [
    # footer with the URL on the same line, no brackets
    ("Headline one\n\nMarch 3, 2024\n\nBody.\n\nOriginal URL: https://a.example/x\n",
     "https://a.example/x", "Headline one", "2024-03-03", None),
    # a header label, Markdown heading, day-first date
    ("URL: <https://a.example/y>\n\n# Headline two\n\n3 March 2024\n\nBody.\n",
     "https://a.example/y", "Headline two", "2024-03-03", None),
    # Source: as a Markdown link in the footer
    ("Headline three\n\nPublished Tuesday, March 5, 2024 10:31 am EST\n\nBody.\n\nSource: [Read it](https://a.example/z)\n",
     "https://a.example/z", "Headline three", "2024-03-05", None),
    # Source: naming the outlet, URL on the next line after a label
    ("Source: The Example Times\n\nHeadline four\n\n2024-03-06\n\nBody.\n\nLink:\n\nhttps://a.example/w\n",
     "https://a.example/w", "Headline four", "2024-03-06", "The Example Times"),
    # only a bare URL as the last line
    ("Headline five\n\nBody text here.\n\n<https://a.example/v>",
     "https://a.example/v", "Headline five", None, None),
    # no URL at all
    ("\n\n\nHeadline six\n\nJune 1, 2023\n\nBody.\n", None, "Headline six", "2023-06-01", None),
    # Windows line ends and a byte order mark
    ("\ufeffHeadline seven\r\n\r\nJune 2, 2023\r\n\r\nBody.\r\n\r\nOriginal url:\r\n\r\n<https://a.example/u>\r\n",
     "https://a.example/u", "Headline seven", "2023-06-02", None),
])
def test_hand_saved_variants(text, url, title, date, outlet):
    copy = parse_copy("x.txt", text.encode("utf-8"))
    assert (copy.url, copy.title, copy.date, copy.outlet) == (url, title, date, outlet)
    assert copy.kind is CopyKind.HAND_SAVED


def test_a_source_line_inside_the_body_is_not_taken_for_the_outlet():
    middle = "\n\n".join(f"Paragraph {i}." for i in range(20))
    text = f"Headline\n\nMay 1, 2024\n\n{middle}\n\nSource: Bureau of Statistics\n\n{middle}\n"
    assert parse_copy("x.txt", text.encode()).outlet is None


def test_undecodable_bytes_are_a_problem_not_an_exception():
    copy = parse_copy("bad.txt", b"Headline\n\n\xff\xfe\x00 broken")
    assert copy.problem is not None and "UTF-8" in copy.problem
    assert copy.url is None and len(copy.file_sha256) == 64


def test_broken_front_matter_is_read_as_text():
    copy = parse_copy("x.md", b"---\nurl: [unclosed\n---\n\nHeadline\n\nBody.\n\nURL: https://a.example/t\n")
    assert copy.problem is None
    assert copy.url == "https://a.example/t"


@pytest.mark.parametrize("line, iso", [
    ("March 18, 2025", "2025-03-18"),
    ("Mar. 18 2025", "2025-03-18"),
    ("Sept 5th 2020", "2020-09-05"),
    ("Tuesday, March 18, 2025 10:31 am EDT", "2025-03-18"),
    ("18 March 2025", "2025-03-18"),
    ("2025-03-18T10:00:00Z", "2025-03-18"),
    ("2025/03/18", "2025-03-18"),
    ("Updated: March 18, 2025", "2025-03-18"),
    ("February 30, 2025", None),  # no such day
    ("The talks on March 18, 2025 were long", None),  # prose, not a date line
    ("March 18, 2025, when the envoy said that the talks with the billionaire would go on", None),
    ("Putin Envoy Dmitriev Says He Will Hold Talks", None),
])
def test_human_dates(line, iso):
    assert parse_human_date(line) == iso
