"""Walking an input folder: the files a stage reads, in a stable order.

Shared by the extract stage (event files) and the match stage (archived
copies). Hidden entries and housekeeping files (README, LICENSE, …) are
skipped. A symbolic link (to a file or a folder) is never followed: one
committed to a shared repository could otherwise make a stage read any file
on the machine (and print its first line in a report). Links are remembered
in ``symlinks`` so that the caller reports each one. A folder that cannot be
listed is remembered in ``errors`` so that the caller knows the walk was
incomplete and must not treat unseen files as deleted. A file or folder whose
name is not valid UTF-8 cannot be named in the database or a report: it is
neither read nor walked, but remembered in ``undecodable`` so that the caller
reports it (:func:`printable` shows its odd bytes backslash-escaped). Anything
else with a wanted name (a FIFO, a device) is yielded like a file: readers
open it with :func:`pipeline.safefiles.open_read`, which refuses it without
blocking, so that it is reported rather than silently skipped.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["IGNORED_NAMES", "FolderWalk", "find_links", "link_message", "printable"]

IGNORED_NAMES = ("README*", "LICENSE*", "CHANGELOG*", "CONTRIBUTING*")


class FolderWalk:
    """Files below ``root`` whose names end in one of ``extensions``, depth-first in name order.

    ``skip_dirs`` names folders directly below ``root`` that are not walked
    (the archive's ``warc/``).
    """

    def __init__(self, root: Path, extensions: tuple[str, ...], skip_dirs: tuple[str, ...] = ()) -> None:
        self.root = root
        self.extensions = tuple(e.lower() for e in extensions)
        self.skip_dirs = frozenset(skip_dirs)
        self.errors: list[str] = []
        self.symlinks: list[Path] = []  # links found (not followed), with a matching name or not
        self.undecodable: list[Path] = []  # files and folders whose names are not UTF-8 (neither read nor walked)

    def __iter__(self) -> Iterator[Path]:
        yield from self._walk(self.root)

    def _wanted(self, name: str) -> bool:
        return name.lower().endswith(self.extensions) and not any(fnmatch.fnmatch(name, p) for p in IGNORED_NAMES)

    def _walk(self, folder: Path) -> Iterator[Path]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.errors.append(f"{folder}: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if not entry.name.isascii() and printable(entry.name) != entry.name:  # bytes smuggled as surrogates
                    if entry.is_dir(follow_symlinks=False) or self._wanted(entry.name):
                        self.undecodable.append(Path(entry.path))
                elif entry.is_symlink():  # never followed; a loop or a dangling link is no folder
                    if self._wanted(entry.name) or os.path.isdir(entry.path):  # to a file we read, or a folder
                        self.symlinks.append(Path(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    if folder == self.root and entry.name in self.skip_dirs:
                        continue
                    yield from self._walk(Path(entry.path))
                elif self._wanted(entry.name):  # a FIFO or a device too: its reader refuses it, naming it
                    yield Path(entry.path)
            except OSError as exc:
                self.errors.append(f"{entry.path}: {exc.strerror or exc}")


def find_links(root: Path) -> list[Path]:
    """Every symbolic link below ``root`` (to a file or a folder), in path order, none followed."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):  # os.walk does not descend into linked folders
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(folder) / name
            if path.is_symlink():
                found.append(path)
    return sorted(found)


def printable(path: Path | str) -> str:
    """``path`` as text that can be stored and shown: bytes that are not UTF-8 written as ``\\xff``."""
    text = path.as_posix() if isinstance(path, Path) else path
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def link_message(path: Path, where: str) -> str:
    """The problem text for a symbolic link found in ``where`` (a folder's role)."""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"a symbolic link (to {target}) in {where}; sourcevault does not follow links, so it is skipped"
