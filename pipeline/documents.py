"""Loading untrusted YAML and JSON (event files, copy front matter, remote answers) safely.

YAML is always read with a *safe* loader (libyaml's when available). Before
parsing, a document nested deeper than :data:`MAX_DEPTH` levels or using more
than :data:`MAX_ALIASES` aliases is refused: deep nesting crashes libyaml (a
segfault, not an exception) and Python's JSON decoder (RecursionError), and
aliases let a 500-byte file stand for gigabytes once something walks it.
:func:`preview` renders any loaded value in bounded time and size.
"""

from __future__ import annotations

import json
import re
import reprlib
from typing import Any

import yaml

__all__ = ["DocumentError", "load_yaml", "load_json", "preview", "MAX_DEPTH", "MAX_ALIASES"]

MAX_DEPTH = 64
MAX_ALIASES = 20  # real front matter uses none; a bomb needs many
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+")
_PREVIEW = reprlib.Repr()
_PREVIEW.maxlevel, _PREVIEW.maxdict, _PREVIEW.maxlist, _PREVIEW.maxstring, _PREVIEW.maxother = 3, 6, 6, 200, 60


class DocumentError(ValueError):
    """The document cannot be loaded; the message says why (and where, when known)."""


def _check_shape(text: str, yaml_syntax: bool) -> None:
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    if deepest > MAX_DEPTH:
        raise DocumentError(f"nested more than {MAX_DEPTH} levels deep")
    if yaml_syntax:
        indent = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
        if indent > 4 * MAX_DEPTH:
            raise DocumentError(f"indented more than {4 * MAX_DEPTH} spaces (nested too deep)")
        if len(_ALIAS.findall(text)) > MAX_ALIASES:
            raise DocumentError(f"uses more than {MAX_ALIASES} YAML aliases")


def load_yaml(text: str) -> Any:
    """Parse YAML safely; raise :class:`DocumentError` (or ``yaml.YAMLError``) when it cannot be used."""
    _check_shape(text, yaml_syntax=True)
    try:
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a *safe* loader
    except RecursionError:
        raise DocumentError(f"nested too deep (more than {MAX_DEPTH} levels)") from None


def load_json(text: str | bytes) -> Any:
    """Parse JSON; raise :class:`DocumentError` (or ``json.JSONDecodeError``) when it cannot be used."""
    try:
        return json.loads(text)
    except RecursionError:
        raise DocumentError("nested too deep") from None


def preview(value: Any, limit: int = 300) -> str | None:
    """A short, bounded rendering of a loaded value for messages (None stays None)."""
    if value is None:
        return None
    text = value if isinstance(value, str) else _PREVIEW.repr(value)
    return text if len(text) <= limit else text[:limit] + "…"
