"""Content drift: how much a page's text changed between two captures.

The similarity is the normalised Indel similarity (rapidfuzz) of the two
texts' word sequences, lower-cased: 1.0 for the same words in the same order,
0.0 for nothing in common. Word level keeps it fast on long documents (the
comparison is bounded to the first :data:`MAX_WORDS` words of each) and
ignores re-wrapping and spacing. A capture whose similarity to the previous
one is below ``archive.drift_threshold`` is *drifted*: the cited article may
no longer say what the event claims.

Drift is judged against the *first* capture with text of the cited link (its
*baseline*), not the previous one: a page that changes a little at every
visit still shows up once the changes add up. :func:`diff_excerpt` shows
what changed, word by word, for the report: ``[-removed-]`` and ``{+added+}``
runs with a few words of context, the biggest changes first.
"""

from __future__ import annotations

import difflib
import re

from rapidfuzz.distance import Indel

__all__ = ["MAX_WORDS", "diff_excerpt", "is_drifted", "text_similarity"]

MAX_WORDS = 30_000
_WORD = re.compile(r"\w+")


def text_similarity(old: str, new: str) -> float:
    """0.0 (nothing in common) to 1.0 (same words in the same order)."""
    a = _WORD.findall(old.lower())[:MAX_WORDS]
    b = _WORD.findall(new.lower())[:MAX_WORDS]
    if not a and not b:
        return 1.0
    return round(Indel.normalized_similarity(a, b), 4)


def is_drifted(similarity: float | None, threshold: float) -> bool:
    return similarity is not None and similarity < threshold


def diff_excerpt(old: str, new: str, *, changes: int = 3, context: int = 6, run_words: int = 25) -> str:
    """The ``changes`` biggest word-level changes from ``old`` to ``new``, in text order.

    ``… the council [-approved-] {+rejected+} the budget …``: each change with
    ``context`` words either side; a removed or added run longer than
    ``run_words`` is cut with ``…``. Empty when the texts have the same words.
    """
    a, b = old.split()[:MAX_WORDS], new.split()[:MAX_WORDS]
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    biggest = sorted(sorted(ops, key=lambda op: -max(op[2] - op[1], op[4] - op[3]))[:changes], key=lambda op: op[1])
    parts = []
    for _, i1, i2, j1, j2 in biggest:
        before = a[max(0, i1 - context):i1]
        after = a[i2:i2 + context]
        piece = [("… " if i1 - context > 0 else "") + " ".join(before)]
        if i2 > i1:
            piece.append(f"[-{_cut(a[i1:i2], run_words)}-]")
        if j2 > j1:
            piece.append(f"{{+{_cut(b[j1:j2], run_words)}+}}")
        piece.append(" ".join(after) + (" …" if i2 + context < len(a) else ""))
        parts.append(" ".join(p for p in piece if p))
    return "\n".join(parts)


def _cut(words: list[str], limit: int) -> str:
    return " ".join(words) if len(words) <= limit else " ".join(words[:limit]) + " …"
