"""Text copies: the hand-saved shape, front matter, safe unique names, atomic writes; drift scores."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import yaml

from pipeline.archive import copies, drift
from pipeline.safefiles import write_atomic

TEXT = "First paragraph.\n\nSecond paragraph with [a link](https://example.org/doc)."


def front(**over):
    base = {
        "url": "https://news.example/2025/03/18/story", "final_url": "https://news.example/2025/03/18/story/",
        "captured_at": "2025-03-20T08:00:00Z", "status": 200, "content_type": "text/html; charset=utf-8",
        "body_sha256": "ab" * 32, "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "warc_file": "sourcevault-20250320-00000.warc.gz", "warc_record_id": "<urn:uuid:1>",
        "extractor": "trafilatura", "extractor_version": "2.3.1", "title": "Envoy: talks \"soon\"",
        "date": "2025-03-18", "author": "A. Writer", "site_name": "News", "extraction": "ok",
    }
    base.update(over)
    return base


def test_copy_has_front_matter_then_the_hand_saved_shape():
    content = copies.render_copy(front(), TEXT)
    head, body = content[4:].split("\n---\n", 1)
    meta = yaml.safe_load(head)
    assert list(meta)[:15] == list(copies.FRONT_MATTER_KEYS)[:15]
    assert meta["date"] == "2025-03-18" and meta["status"] == 200  # strings stay strings
    assert body == ('\nEnvoy: talks "soon"\n\nMarch 18, 2025\n\n' + TEXT +
                    "\n\nOriginal url:\n\n<https://news.example/2025/03/18/story>\n")
    assert copies.copy_text(content) == TEXT
    assert hashlib.sha256(copies.copy_text(content).encode()).hexdigest() == meta["text_sha256"]


def test_hand_saved_seed_copy_has_the_same_shape():
    seed = next((Path(__file__).parents[2] / "archive" / "hand-saved").glob("*.txt")).read_text(encoding="utf-8")
    lines = seed.rstrip("\n").split("\n")
    assert lines[-3:] == ["Original url:", "", lines[-1]] and lines[-1].startswith("<https://")
    ours = copies.render_copy(front(), TEXT).rstrip("\n").split("\n")
    assert ours[-3:-1] == ["Original url:", ""] and ours[-1].startswith("<https://")


def test_copy_without_title_or_date_uses_url_and_capture_date():
    content = copies.render_copy(front(title=None, date=None), TEXT)
    assert "\nhttps://news.example/2025/03/18/story/\n\nCaptured March 20, 2025\n\n" in content
    assert copies.copy_text(content) == TEXT


def test_yaml_in_titles_cannot_break_the_front_matter():
    content = copies.render_copy(front(title="---\nevil: true\n---", author="x: y # z"), TEXT)
    meta = copies._split(content)[0]
    assert meta["author"] == "x: y # z" and "evil" not in meta
    assert copies.copy_text(content) == TEXT


@pytest.mark.parametrize("host,folder", [
    ("www.themoscowtimes.com", "www.themoscowtimes.com"), ("Example.ORG:8080", "example.org_8080"),
    ("../../etc", "etc"), ("warc", "host-warc"), ("hand-saved", "host-hand-saved"), ("", "host-unknown"),
])
def test_host_folders_are_safe(host, folder):
    assert copies.host_folder(host) == folder


def test_names_are_bounded_safe_and_unique(tmp_path):
    taken = set()

    def free(path: Path) -> bool:
        return path not in taken

    title = "Putin Envoy Dmitriev Says He Will Hold Talks With Musk About Mars Exploration " * 3
    first = copies.choose_copy_path(tmp_path, "www.themoscowtimes.com", "2025-03-18", title, "https://x/y", free)
    assert first.parent == tmp_path / "www.themoscowtimes.com"
    assert first.name.startswith("2025-03-18--putin-envoy-dmitriev-says-he-will-hold-talks-with-musk")
    assert len(first.name) <= 12 + copies.MAX_SLUG + 3
    taken.add(first)
    second = copies.choose_copy_path(tmp_path, "www.themoscowtimes.com", "2025-03-18", title, "https://x/y", free)
    mark = hashlib.sha256(b"https://x/y").hexdigest()[:6]
    assert second.name == f"{first.name[:-3]}--{mark}.md"  # the same title from another page: marked by its URL
    taken.add(second)
    third = copies.choose_copy_path(tmp_path, "www.themoscowtimes.com", "2025-03-18", title, "https://x/y", free)
    assert third.name == f"{first.name[:-3]}--{mark}-2.md"
    calls = []
    many = copies.choose_copy_path(tmp_path, "h", "2025-03-12", "Page", "https://h/a/9",
                                   lambda p: calls.append(p) or p.name != "2025-03-12--page.md")
    assert many.name.startswith("2025-03-12--page--") and len(calls) == 2  # found at the second try
    traversal = copies.choose_copy_path(tmp_path, "h", "../../x", "../../../etc/passwd", "https://h/", free)
    assert traversal.parent == tmp_path / "h" and traversal.name == "undated--etc-passwd.md"
    cyrillic = copies.choose_copy_path(tmp_path, "h", "2025-03-12", "Городская дума", "https://h/news/12345/duma-budget.html", free)
    assert cyrillic.name == "2025-03-12--duma-budget.md"
    nothing = copies.choose_copy_path(tmp_path, "h", "2025-03-12", None, "https://h/", free)
    assert nothing.name == "2025-03-12--page.md"


def test_atomic_write_leaves_no_temp_file_and_replaces_whole(tmp_path):
    target = tmp_path / "host" / "2025-01-01--a.md"
    write_atomic(target, "old")
    write_atomic(target, "new content")
    assert target.read_text() == "new content"
    assert os.listdir(target.parent) == [target.name]
    (target.parent / ".2025-01-02--b.md.x1y2.tmp").write_text("half")
    assert copies.sweep_temp_files(tmp_path) == 1
    assert os.listdir(target.parent) == [target.name]


def test_similarity_and_drift():
    story = "The council voted 9 to 4 to approve the transit budget after a long session. " * 5
    assert drift.text_similarity(story, story) == 1.0
    assert drift.text_similarity(story, story.replace("9 to 4", "9 to 3", 1)) > 0.95
    rewritten = "The mayor vetoed the budget on Friday, citing the cost of new buses and the fare projections."
    score = drift.text_similarity(story, rewritten)
    assert score < 0.5
    assert drift.is_drifted(score, 0.8) and not drift.is_drifted(0.97, 0.8) and not drift.is_drifted(None, 0.8)
    assert drift.text_similarity("", "") == 1.0 and drift.text_similarity("words here", "") == 0.0
