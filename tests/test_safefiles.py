"""Symbolic links are never followed out of a folder we own or read; files are readable like the WARCs."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from pipeline.folderwalk import FolderWalk
from pipeline.safefiles import NotAFile, UnsafePath, check_inside, open_append, open_read, write_atomic


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.md").write_text("TOPSECRET api key\n", encoding="utf-8")
    return folder


def test_a_write_through_a_linked_folder_is_refused(tmp_path: Path, outside: Path) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    (root / "news.example").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePath, match="news.example: a symbolic link inside"):
        write_atomic(root / "news.example" / "copy.md", "text", root=root)
    with pytest.raises(UnsafePath):
        open_append(root / "news.example" / "x.warc.gz", root)
    assert sorted(p.name for p in outside.iterdir()) == ["secret.md"]  # nothing landed outside


def test_a_linked_file_is_replaced_not_written_through(tmp_path: Path, outside: Path) -> None:
    root = tmp_path / "reports"
    root.mkdir()
    (root / "broken-links.md").symlink_to(outside / "secret.md")
    write_atomic(root / "broken-links.md", "report", root=root)
    assert (outside / "secret.md").read_text() == "TOPSECRET api key\n"
    assert not (root / "broken-links.md").is_symlink() and (root / "broken-links.md").read_text() == "report"
    (root / "warc.gz").symlink_to(outside / "secret.md")
    with pytest.raises(UnsafePath, match="warc.gz: a symbolic link"):
        open_append(root / "warc.gz", root)
    with pytest.raises(UnsafePath):
        open_read(root / "warc.gz")


def test_dot_dot_and_paths_outside_the_root_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafePath, match="through '..'"):
        check_inside(tmp_path / "a" / ".." / ".." / "x", tmp_path / "a")
    with pytest.raises(UnsafePath, match="not inside"):
        check_inside(Path("/etc/passwd"), tmp_path)
    assert check_inside(tmp_path / "a" / "new" / "f", tmp_path / "a") == tmp_path / "a" / "new" / "f"


def test_the_root_itself_may_be_a_link(tmp_path: Path, outside: Path) -> None:
    (tmp_path / "archive").symlink_to(outside, target_is_directory=True)  # the user's own setting
    write_atomic(tmp_path / "archive" / "host" / "copy.md", "text", root=tmp_path / "archive")
    assert (outside / "host" / "copy.md").read_text() == "text"


def test_folder_walks_report_links_and_never_follow_them(tmp_path: Path, outside: Path) -> None:
    root = tmp_path / "events"
    (root / "sub").mkdir(parents=True)
    (root / "real.md").write_text("x")
    (root / "leak.md").symlink_to(outside / "secret.md")
    (root / "sub" / "linked-folder").symlink_to(outside, target_is_directory=True)
    (root / "notes.txt").symlink_to(outside / "secret.md")  # not a file we would read: not reported
    walk = FolderWalk(root, (".md",))
    assert list(walk) == [root / "real.md"]
    assert walk.symlinks == [root / "leak.md", root / "sub" / "linked-folder"]


def test_new_files_honour_the_umask_and_rewritten_files_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.md", "one")
        assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644  # like the WARCs, not 0600
        os.chmod(tmp_path / "report.md", 0o640)
        write_atomic(tmp_path / "report.md", "two")
        assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o640
        os.umask(0o027)
        write_atomic(tmp_path / "other.md", "x")
        assert stat.S_IMODE((tmp_path / "other.md").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_open_read_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "event.md"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            open_read(fifo).close()
        except OSError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)  # without O_NONBLOCK the open blocks for ever
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "open_read blocked on a FIFO"
    assert len(outcome) == 1 and isinstance(outcome[0], NotAFile)
    assert "not a regular file but a FIFO" in str(outcome[0]) and str(fifo) in str(outcome[0])
    (tmp_path / "plain.md").write_bytes(b"text")
    with open_read(tmp_path / "plain.md") as fh:  # a regular file still reads normally (blocking mode back)
        assert fh.read() == b"text" and os.get_blocking(fh.fileno())
