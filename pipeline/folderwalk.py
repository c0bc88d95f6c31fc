"""Walking an input folder: the files a stage reads, in a stable order.

Shared by the extract stage (event files) and the match stage (archived
copies). Hidden entries, symlinked folders and housekeeping files (README,
LICENSE, …) are skipped; a folder that cannot be listed is remembered in
``errors`` so that the caller knows the walk was incomplete and must not treat
unseen files as deleted.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["IGNORED_NAMES", "FolderWalk"]

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

    def __iter__(self) -> Iterator[Path]:
        yield from self._walk(self.root)

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
                if entry.is_dir(follow_symlinks=False):
                    if folder == self.root and entry.name in self.skip_dirs:
                        continue
                    yield from self._walk(Path(entry.path))
                elif entry.is_file() and entry.name.lower().endswith(self.extensions) and not any(
                    fnmatch.fnmatch(entry.name, pat) for pat in IGNORED_NAMES
                ):
                    yield Path(entry.path)
            except OSError as exc:
                self.errors.append(f"{entry.path}: {exc.strerror or exc}")
