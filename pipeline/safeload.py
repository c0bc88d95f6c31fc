"""Loading untrusted YAML and JSON (event files, copy front matter, remote answers) safely.

YAML is always read with a *safe* loader (libyaml's when available). A
document nested deeper than :data:`MAX_DEPTH` levels or using more than
:data:`MAX_ALIASES` aliases is refused before it is composed: deep nesting
crashes libyaml's composer (a segfault, not an exception) and Python's JSON
decoder (RecursionError), and aliases let a 500-byte file stand for gigabytes
once something walks it. The exact check walks the event stream of PyYAML's pure-Python
parser, which reads one token at a time (libyaml's scanner reads far ahead in
flow collections and, in recent releases, refuses deep nesting itself with its
own message); a cheap upper bound on the nesting, computed from the text, lets
ordinary documents skip it.
:func:`preview` renders any loaded value in bounded time and size.

A mapping that names the same key twice is refused (:class:`DocumentError`
naming the key and both lines; for JSON, the key): YAML and JSON parsers
silently keep the last value, which lets one event's second ``sources:`` list
or a config's second ``http:`` section replace the first unseen. A timestamp
that is no real date (an unquoted ``2025-02-30``) stays the text it was
written as, so that the caller can name it rather than lose the document.

A string holding a lone UTF-16 surrogate (JSON's ``"\\ud800"``, or YAML's
when the pure-Python parser reads it; libyaml refuses it) is refused too
(:class:`DocumentError` naming the key): no UTF-8 text can hold one, so it
would only fail later, when the value is written or quoted.
"""

from __future__ import annotations

import datetime
import json
import re
import reprlib
from typing import Any

import yaml

__all__ = ["MAX_ALIASES", "MAX_DEPTH", "DocumentError", "decode_text", "describe_yaml_error", "kind_of", "load_json",
           "load_yaml", "preview"]

MAX_DEPTH = 64
MAX_ALIASES = 20  # real front matter uses none; a bomb needs many
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_SURROGATE = re.compile("[\ud800-\udfff]")
# the escapes that can write one (\uD800-\uDFFF, YAML's \U0000D800-…): only a document holding one is walked
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\(?:u|U0000)[dD][89a-fA-F]")
_PREVIEW = reprlib.Repr()
_PREVIEW.maxlevel, _PREVIEW.maxdict, _PREVIEW.maxlist, _PREVIEW.maxstring, _PREVIEW.maxother = 3, 6, 6, 200, 60


class DocumentError(ValueError):
    """The document cannot be loaded; the message says why (and where, when known)."""


def _nesting_bound(text: str) -> int:
    """An upper bound on how deep a YAML document can nest: every open flow bracket,
    plus, on the worst line, its indentation and its block indicators."""
    flow = text.count("[") + text.count("{")
    if flow > MAX_DEPTH:
        return flow
    block = 0
    for line in text.splitlines():
        body = line.lstrip(" ")
        block = max(block, len(line) - len(body) + body.count("- ") + body.count("? ") + body.count(": "))
    return flow + block + 1


def _check_events(text: str) -> None:
    depth = aliases = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):  # pure Python: stops at our limit
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise DocumentError(f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise DocumentError(f"uses more than {MAX_ALIASES} YAML aliases")


class _StrictLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, refusing duplicated keys and keeping impossible dates as text."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE_TAG:
                continue
            key = self.construct_object(key_node)
            line = key_node.start_mark.line + 1
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key: the base class names it
                continue
            if first is not None:
                raise DocumentError(f"duplicated key {preview(key, 80)!r} on line {line} (first on line {first})")
            seen[key] = line
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # 2025-02-30 has the shape of a date but is none
            return self.construct_scalar(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


def load_yaml(text: str, first_line: int = 1) -> Any:
    """Parse YAML safely; raise :class:`DocumentError` (or ``yaml.YAMLError``) when it cannot be used.

    ``first_line`` is the line of the file on which ``text`` starts (front
    matter starts on line 2), so that messages name the file's lines.
    """
    text = "\n" * (first_line - 1) + text
    if "&" in text or _nesting_bound(text) > MAX_DEPTH:  # anchors make aliases possible
        _check_events(text)
    try:
        value = yaml.load(text, Loader=_StrictLoader)
    except RecursionError:
        raise DocumentError(f"nested too deep (more than {MAX_DEPTH} levels)") from None
    if _SURROGATE_ESCAPE.search(text):  # only an escape can put a surrogate into decoded text
        _refuse_surrogates(value)
    return value


def describe_yaml_error(exc: yaml.YAMLError, first_line: int = 1) -> str:
    """PyYAML's error as one line, where the file's lines and columns are counted from 1:
    ``line 3, column 11: YAML syntax error: did not find expected ',' or ']' (while parsing
    a flow sequence started at line 2, column 11)``. The caller names the file; ``first_line``
    is the file's line on which the parsed text started (front matter: 2)."""
    if not isinstance(exc, yaml.MarkedYAMLError) or not exc.problem:  # its text is all there is
        return f"YAML error: {' '.join(str(exc).split())}"
    kind = "unsupported YAML" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
    mark, context_mark = exc.problem_mark, exc.context_mark
    message = f"{_line_column(mark, first_line)}: {kind}: {exc.problem}" if mark else f"{kind}: {exc.problem}"
    if exc.context:
        started = ""
        if context_mark and (mark is None or (context_mark.line, context_mark.column) != (mark.line, mark.column)):
            started = f" started at {_line_column(context_mark, first_line)}"
        message += f" ({exc.context}{started})"
    return message


def _line_column(mark: yaml.Mark, first_line: int = 1) -> str:
    return f"line {mark.line + first_line}, column {mark.column + 1}"


def decode_text(data: bytes) -> str:
    """UTF-8 text (a leading byte-order mark dropped); :class:`DocumentError` names the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not UTF-8 text (byte {exc.start})") from None


def load_json(text: str | bytes) -> Any:
    """Parse JSON; raise :class:`DocumentError` (or ``json.JSONDecodeError``) when it cannot be used."""
    try:
        value = json.loads(text, object_pairs_hook=_unique_pairs)
    except RecursionError:
        raise DocumentError("nested too deep") from None
    if (_SURROGATE_ESCAPE if isinstance(text, str) else _SURROGATE_ESCAPE_BYTES).search(text):  # type: ignore[arg-type]
        _refuse_surrogates(value)
    return value


def _refuse_surrogates(value: Any) -> None:
    """Raise :class:`DocumentError` if a key or string anywhere in ``value`` holds a lone surrogate.

    Walks without recursion, each list or mapping once (YAML aliases share them)."""
    todo: list[tuple[Any, str]] = [(value, "the document")]
    seen: set[int] = set()
    while todo:
        item, where = todo.pop()
        if isinstance(item, str):
            if match := _SURROGATE.search(item):
                message = f"a lone UTF-16 surrogate (\\u{ord(match.group()):04x}) in {where}, " \
                          "which no UTF-8 text can hold"
                raise DocumentError(message.encode("utf-8", "backslashreplace").decode("utf-8"))
        elif isinstance(item, (dict, list)) and id(item) not in seen:
            seen.add(id(item))
            if isinstance(item, list):
                todo += ((child, f"{where}[{index}]") for index, child in enumerate(item))
                continue
            for key, child in item.items():
                todo += ((key, f"a key of {where}"), (child, f"{where}[{preview(key, 80)!r}]"))


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DocumentError(f"duplicated key {preview(key, 80)!r}")
        out[key] = value
    return out


def preview(value: Any, limit: int = 300) -> str | None:
    """A short, bounded rendering of a loaded value for messages (None stays None)."""
    if value is None:
        return None
    text = value if isinstance(value, str) else _PREVIEW.repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def kind_of(value: Any) -> str:
    """What a loaded value is, in the words of YAML and JSON rather than Python's (for messages):
    ``a mapping``, ``a list``, ``text``, ``a number``, ``true/false``, ``null``, ``a date``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, datetime.date):
        return "a date"
    return f"a {type(value).__name__}"
