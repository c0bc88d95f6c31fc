"""Unified diffs that ``git apply`` accepts: ``diff --git`` headers, three lines of context,
the ``\\ No newline at end of file`` marker where a file ends without one, and paths as git
makes them.

Paths (:func:`patch_paths`): relative to the git repository holding the files, wherever the
command runs (git, too, writes paths relative to the top of the work tree); the repository is
found by walking up from the file to a ``.git`` folder, or a ``.git`` file (a worktree, a
submodule). An explicit ``root`` wins: paths relative to it. Files outside any repository
are relative to the current folder, as before. One patch cannot be applied in two
repositories: files spread over several raise :class:`SeveralRepositories`, which names them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

__all__ = ["SeveralRepositories", "patch_paths", "repository_of", "unified_diff"]


_NO_NEWLINE = "\\ No newline at end of file\n"


class SeveralRepositories(Exception):
    """The edited files are in more than one git repository (or some in one, some in none)."""

    def __init__(self, places: list[str]) -> None:
        self.places = places
        super().__init__(f"the edited files are in {len(places)} places that one patch cannot span: "
                         + ", ".join(places))


def repository_of(path: Path) -> Path | None:
    """The top of the git work tree holding ``path``: the nearest folder above it with a ``.git``."""
    for folder in path.resolve().parents:
        if (folder / ".git").exists():
            return folder
    return None


def patch_paths(paths: Iterable[str], root: Path | None = None) -> dict[str, str]:
    """Each file's path as the patch names it: relative to ``root`` when given, else to its git repository
    (or, outside git, the current folder). Raises :class:`SeveralRepositories` when no one folder holds them."""
    paths = list(paths)
    if root is not None:
        return {p: _relative(Path(p), root) for p in paths}
    tops = {p: repository_of(Path(p)) for p in paths}
    places = sorted({str(top) if top else "outside git" for top in tops.values()})
    if len(places) > 1:
        raise SeveralRepositories(places)
    return {p: _relative(Path(p), top or Path.cwd()) for p, top in tops.items()}


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:  # outside root: the whole path (as before; git apply refuses it, and says so)
        return path.as_posix().lstrip("/")


def unified_diff(path: str, old: str, new: str, context: int = 3) -> str:
    """The diff of one file (``path`` relative to where it will be applied); empty when equal."""
    if old == new:
        return ""
    a, b = _lines(old), _lines(new)
    out = [f"diff --git a/{path} b/{path}\n", f"--- a/{path}\n", f"+++ b/{path}\n"]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        out.append(f"@@ -{_range(i1, i2)} +{_range(j1, j2)} @@\n")
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                out += [_line(" ", line) for line in a[a1:a2]]
                continue
            out += [_line("-", line) for line in a[a1:a2]]
            out += [_line("+", line) for line in b[b1:b2]]
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Lines as git counts them: ended by ``\n`` only (``str.splitlines`` also breaks at U+2028,
    U+0085, form feeds…, which a title may hold, and the hunks would not apply)."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _line(mark: str, line: str) -> str:
    return mark + line if line.endswith("\n") else mark + line + "\n" + _NO_NEWLINE


def _range(start: int, stop: int) -> str:
    length = stop - start
    first = start + 1 if length else start
    return f"{first}" if length == 1 else f"{first},{length}"
