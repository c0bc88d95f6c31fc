"""A ``SHA256SUMS`` manifest of the archive folder, checkable with ``sha256sum -c``.

One line per file, ``<hex digest>  <path relative to the archive folder>``, in
path order. The manifest itself and temporary files (``*.tmp``, dot-files)
are left out. An auditor re-checks the archive with standard tools only::

    cd archive && sha256sum -c SHA256SUMS
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..safefiles import write_atomic

__all__ = ["MANIFEST_NAME", "ManifestSummary", "archive_files", "sha256_file", "write_manifest"]

MANIFEST_NAME = "SHA256SUMS"
CHUNK = 1 << 20


@dataclass
class ManifestSummary:
    path: Path
    files: int
    bytes: int


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def archive_files(root: Path) -> Iterator[Path]:
    """Every regular file below ``root`` in path order, without temporaries and the manifest."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(".tmp") or name.endswith(".lock"):
                continue
            path = Path(folder) / name
            if path.parent == root and name == MANIFEST_NAME:
                continue
            if path.is_file() and not path.is_symlink():
                yield path


def write_manifest(root: Path, target: Path | None = None) -> ManifestSummary:
    """Hash every archive file and write the manifest (atomically) to ``target``."""
    target = target or root / MANIFEST_NAME
    lines, total, count = [], 0, 0
    for path in archive_files(root):
        rel = path.relative_to(root).as_posix()
        if "\n" in rel or "\\" in rel:
            raise ValueError(f"{path}: a file name with a newline or backslash cannot be listed for sha256sum")
        lines.append(f"{sha256_file(path)}  {rel}\n")
        total += path.stat().st_size
        count += 1
    write_atomic(target, "".join(lines), root=root if target == root / MANIFEST_NAME else None)
    return ManifestSummary(target, count, total)
