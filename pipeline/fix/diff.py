"""Unified diffs that ``git apply`` accepts: ``diff --git`` headers, three lines of context,
and the ``\\ No newline at end of file`` marker where a file ends without one."""

from __future__ import annotations

import difflib

__all__ = ["unified_diff"]

_NO_NEWLINE = "\\ No newline at end of file\n"


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
