"""JSON text as PyYAML nodes, each with the exact character span it was read from.

:mod:`.edits` splices new text in at the spans of a document's nodes. For
YAML, PyYAML's composer gives them; JSON is not quite YAML (a tab may indent
JSON, never YAML), so a JSON document is scanned here instead, into the same
node types (:class:`yaml.MappingNode`, :class:`yaml.SequenceNode`,
:class:`yaml.ScalarNode` with ``start_mark``/``end_mark``), so that one
editing code path serves both. Strings are decoded by the standard library's
:func:`json.loads`; a document the scanner cannot read raises :class:`ValueError`
naming the line and column.
"""

from __future__ import annotations

import bisect
import json
import re

import yaml

from ..safeload import MAX_DEPTH

__all__ = ["compose_json"]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_LITERALS = {"true": "bool", "false": "bool", "null": "null", "NaN": "float", "Infinity": "float",
             "-Infinity": "float"}  # the last three: as the standard library reads them
_TAG = "tag:yaml.org,2002:"


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def mark(self, index: int) -> yaml.Mark:
        line = bisect.bisect_right(self.line_starts, index) - 1
        return yaml.Mark("<json>", index, line, index - self.line_starts[line], None, 0)

    def fail(self, index: int, what: str) -> ValueError:
        m = self.mark(index)
        return ValueError(f"line {m.line + 1}, column {m.column + 1}: {what}")

    def skip(self, index: int) -> int:
        match = _WHITESPACE.match(self.text, index)
        return match.end() if match else index

    def value(self, index: int, depth: int) -> tuple[yaml.Node, int]:
        if depth > MAX_DEPTH:
            raise self.fail(index, f"nested more than {MAX_DEPTH} levels deep")
        text = self.text
        char = text[index:index + 1]
        if char in ("{", "["):
            return self.collection(index, depth)
        if char == '"':
            return self.string(index)
        for literal, tag in _LITERALS.items():
            if text.startswith(literal, index):
                end = index + len(literal)
                return yaml.ScalarNode(_TAG + tag, literal, self.mark(index), self.mark(end)), end
        number = _NUMBER.match(text, index)
        if number:
            tag = "int" if number.group().lstrip("-").isdigit() else "float"
            return yaml.ScalarNode(_TAG + tag, number.group(), self.mark(index), self.mark(number.end())), number.end()
        raise self.fail(index, "expected a JSON value")

    def string(self, index: int) -> tuple[yaml.ScalarNode, int]:
        match = _STRING.match(self.text, index)
        if match is None:
            raise self.fail(index, "a string that does not end, or holds a control character or bad escape")
        value = json.loads(match.group())
        return yaml.ScalarNode(_TAG + "str", value, self.mark(index), self.mark(match.end()), style='"'), match.end()

    def collection(self, index: int, depth: int) -> tuple[yaml.Node, int]:
        """The object or array at ``index``, as a flow mapping or sequence node."""
        is_mapping = self.text[index] == "{"
        close = "}" if is_mapping else "]"
        pairs: list[tuple[yaml.Node, yaml.Node]] = []
        items: list[yaml.Node] = []
        i = self.skip(index + 1)
        while not (self.text.startswith(close, i) and not pairs and not items):
            if is_mapping:
                if not self.text.startswith('"', i):
                    raise self.fail(i, "expected a key in double quotes")
                key, i = self.string(i)
                i = self.skip(i)
                if not self.text.startswith(":", i):
                    raise self.fail(i, "expected ':'")
                item, i = self.value(self.skip(i + 1), depth + 1)
                pairs.append((key, item))
            else:
                item, i = self.value(i, depth + 1)
                items.append(item)
            i = self.skip(i)
            if self.text.startswith(close, i):
                break
            if not self.text.startswith(",", i):
                raise self.fail(i, f"expected ',' or '{close}'")
            i = self.skip(i + 1)
        start, end = self.mark(index), self.mark(i + 1)
        if is_mapping:
            return yaml.MappingNode(_TAG + "map", pairs, start, end, flow_style=True), i + 1
        return yaml.SequenceNode(_TAG + "seq", items, start, end, flow_style=True), i + 1


def compose_json(text: str) -> yaml.Node:
    """The JSON document ``text`` as nodes whose marks index into ``text``; ValueError when it is not JSON."""
    scanner = _Scanner(text)
    node, end = scanner.value(scanner.skip(0), 1)
    if scanner.skip(end) != len(text):
        raise scanner.fail(scanner.skip(end), "text after the document")
    return node
