"""Content drift: how much a page's text changed between two captures.

The similarity is the normalised Indel similarity (rapidfuzz) of the two
texts' word sequences, lower-cased: 1.0 for the same words in the same order,
0.0 for nothing in common. Word level keeps it fast on long documents (the
comparison is bounded to the first :data:`MAX_WORDS` words of each) and
ignores re-wrapping and spacing. A capture whose similarity to the previous
one is below ``archive.drift_threshold`` is *drifted*: the cited article may
no longer say what the event claims.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

__all__ = ["MAX_WORDS", "is_drifted", "text_similarity"]

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
