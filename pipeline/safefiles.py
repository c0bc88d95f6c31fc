"""Writing files safely: atomically, inside the folder they belong to, readable like the WARCs.

Folders sourcevault owns or reads (the archive, the report folder, event
folders, ``hand-saved/``) may be shared repositories, where a committed
symbolic link would otherwise make a write land outside the folder, or a read
pick up any file on the machine. So:

* :func:`check_inside` refuses a path below ``root`` that passes through a
  symbolic link, or that resolves outside ``root`` (:class:`UnsafePath`, an
  ``OSError`` naming the path). ``root`` itself may be a link: it is the
  user's setting.
* :func:`write_atomic` and :func:`open_append` check before they write and
  never follow a link at the file itself; :func:`open_read` never follows one,
  and reads only a regular file (never blocking on a FIFO).
* New files get the permissions the umask gives (``0666 & ~umask``, as the
  WARC files get); a file that is replaced keeps its own mode.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["NotAFile", "UnsafePath", "check_inside", "make_folder", "open_append", "open_atomic", "open_read",
           "write_atomic"]


class UnsafePath(OSError):
    """A path that leaves the folder it must stay in (through a symbolic link or ``..``)."""


def check_inside(path: Path, root: Path) -> Path:
    """``path``, after checking that no existing part of it below ``root`` is a symbolic link
    and that it resolves inside ``root``; raise :class:`UnsafePath` otherwise."""
    path, root = Path(path), Path(root)
    try:
        rel = path.relative_to(root)
    except ValueError:
        raise UnsafePath(f"{path}: not inside {root}") from None
    if ".." in rel.parts:
        raise UnsafePath(f"{path}: leaves {root} through '..'")
    current = root
    for part in rel.parts:
        current = current / part
        if current.is_symlink():
            raise UnsafePath(f"{current}: a symbolic link inside {root}; sourcevault does not follow it")
        if not current.exists():
            break
    real_root = root.resolve()
    if not path.resolve().is_relative_to(real_root):
        raise UnsafePath(f"{path}: resolves outside {root}")
    return path


def make_folder(folder: Path, root: Path | None = None) -> Path:
    """Create ``folder`` (and its parents) after checking it stays inside ``root``."""
    if root is not None:
        check_inside(folder, root)
    folder.mkdir(parents=True, exist_ok=True)
    if root is not None:
        check_inside(folder, root)  # nothing swapped in while creating
    return folder


def new_file_mode() -> int:
    """The mode a new file gets from ``open()``: 0666 without the process's umask."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no /proc: read the umask by setting it, then put it back
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, data: bytes | str, root: Path | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and replace ``path`` in one rename (which replaces a symbolic link at
    ``path`` rather than following it); the folder is synced so the rename
    survives a crash. With ``root``, the path must stay inside it
    (:func:`check_inside`). A new file is readable as the umask allows; a
    replaced one keeps its mode.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with open_atomic(path, root) as fh:
        fh.write(payload)


@contextlib.contextmanager
def open_atomic(path: Path, root: Path | None = None) -> Iterator[BinaryIO]:
    """:func:`write_atomic` for a file written in pieces (too big for memory): a binary file to
    write to, which replaces ``path`` when the block ends without an error (and is removed if not)."""
    make_folder(path.parent, root)
    try:
        before = os.lstat(path)
        mode = stat.S_IMODE(before.st_mode) if stat.S_ISREG(before.st_mode) else new_file_mode()
    except FileNotFoundError:
        mode = new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w+b") as fh:
            os.fchmod(fh.fileno(), mode)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def open_append(path: Path, root: Path) -> io.BufferedWriter:
    """Open ``path`` (inside ``root``) for appending, creating it; never through a symbolic link."""
    make_folder(path.parent, root)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        if path.is_symlink():
            raise UnsafePath(f"{path}: a symbolic link inside {root}; sourcevault does not follow it") from exc
        raise
    return os.fdopen(fd, "ab")


class NotAFile(OSError):
    """Something other than a regular file (a FIFO, a device, a socket) where a file was expected."""


def open_read(path: Path) -> io.BufferedReader:
    """Open ``path`` for reading unless it is a symbolic link (:class:`UnsafePath`) or not a
    regular file (:class:`NotAFile`: a FIFO swapped in after a folder was listed would block a
    reader forever, so it is opened without waiting and refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError as exc:
        if Path(path).is_symlink():
            raise UnsafePath(f"{path}: a symbolic link; sourcevault does not follow it") from exc
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a folder" if stat.S_ISDIR(mode) else "a device or socket"
            raise NotAFile(errno.EINVAL, f"not a regular file but {kind}", str(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")
