"""Surgical edits of event files: set one key of one source entry, touching nothing else.

Why line-level edits and not a round-trip YAML library: ruamel.yaml re-emits
the nodes it loaded, and in practice re-folds long strings, re-indents
sequences and changes quoting unless every one of its knobs matches the file;
it does not read JSON at all. Here instead the document is *composed* (PyYAML
nodes carry the exact character span of every key and value; a JSON document
is scanned into the same nodes by :mod:`.jsonnodes`, since JSON indented with
tabs is no YAML), the new text is spliced in at those spans, and the result is
parsed again and compared with what the edit was meant to do. Everything
outside the spliced span is the old text byte for byte: comments, key order,
quoting, folding, indentation, line endings, the BOM and the Markdown body.

One :class:`Change` sets ``key`` of entry ``index`` of the list under
``list_key`` (``sources``) to ``value``: an existing value is replaced in the
same quoting style; a new key goes on the line after the entry's ``url``, with
the same indentation (tabs stay tabs) and quoting as its neighbours, or in a
one-line mapping after the ``url`` with the file's own separators (``", "`` or
minified ``","``) and, in JSON, the comma it needs; a source given as a bare
string becomes a mapping with ``url`` first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..safeload import DocumentError, describe_yaml_error, load_json, load_yaml
from .jsonnodes import compose_json

__all__ = ["URL_KEYS", "Change", "EditError", "apply_changes", "entry_of", "locate_line", "parse_field"]

URL_KEYS = ("url", "link", "href")
_FIELD = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")


class EditError(Exception):
    """The edit cannot be made safely; the message names the file and the field."""


@dataclass(frozen=True, kw_only=True)
class Change:
    list_key: str  # e.g. "sources"
    index: int  # 0-based entry in that list
    key: str  # the key to set, e.g. "archive_url"
    value: str


def parse_field(field: str) -> tuple[str, int, str | None] | None:
    """``sources[2].archive_url`` as ("sources", 2, "archive_url"); ``sources[0]`` as (…, None)."""
    m = _FIELD.match(field or "")
    return (m.group(1), int(m.group(2)), m.group(3)) if m else None


@dataclass
class _Document:
    text: str  # the whole file, BOM stripped
    bom: str
    start: int  # where the YAML/JSON region starts in text
    end: int
    is_json: bool

    @property
    def region(self) -> str:
        return self.text[self.start:self.end]

    @property
    def first_line(self) -> int:
        """The file's line on which the region starts."""
        return self.text.count("\n", 0, self.start) + 1


def _split(name: str, data: str) -> _Document:
    bom = "\ufeff" if data.startswith("\ufeff") else ""
    text = data[len(bom):]
    lower = name.lower()
    if lower.endswith(".json"):
        return _Document(text, bom, 0, len(text), True)
    if lower.endswith((".yaml", ".yml")):
        return _Document(text, bom, 0, len(text), False)
    first = re.match(r"[ \t]*---[ \t]*\r?\n", text)
    if first is None:
        raise EditError(f"{name}: no YAML front matter to edit")
    close = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.MULTILINE).search(text, first.end())
    if close is None:
        raise EditError(f"{name}: the front matter has no closing '---'")
    return _Document(text, bom, first.end(), close.start(), False)


def _load(doc: _Document, name: str) -> Any:
    try:
        return load_json(doc.region) if doc.is_json else load_yaml(doc.region, first_line=doc.first_line)
    except yaml.YAMLError as exc:
        raise EditError(f"{name}: cannot parse the document: {describe_yaml_error(exc)}") from None
    except (DocumentError, json.JSONDecodeError) as exc:
        raise EditError(f"{name}: cannot parse the document: {exc}") from None


def _compose(doc: _Document, name: str) -> yaml.MappingNode:
    try:
        node = compose_json(doc.region) if doc.is_json else yaml.compose(doc.region, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise EditError(f"{name}: cannot read the document's structure: "
                        f"{describe_yaml_error(exc, doc.first_line)}") from None
    except ValueError as exc:
        raise EditError(f"{name}: cannot read the document's structure: {exc}") from None
    if not isinstance(node, yaml.MappingNode):
        raise EditError(f"{name}: the top level is not a mapping")
    return node


def _get(mapping: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    for k, v in mapping.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return k, v
    return None


def _entry_node(root: yaml.MappingNode, change_list: str, index: int, name: str) -> yaml.Node:
    pair = _get(root, change_list)
    if pair is None or not isinstance(pair[1], yaml.SequenceNode) or index >= len(pair[1].value):
        raise EditError(f"{name}: {change_list}[{index}] is not in the file")
    return pair[1].value[index]


def entry_of(name: str, data: str, list_key: str, index: int) -> Any:
    """The parsed entry ``list_key[index]`` of the file (a mapping or a string), or None."""
    meta = _load(_split(name, data), name)
    entries = meta.get(list_key) if isinstance(meta, dict) else None
    if isinstance(entries, (str, dict)):
        entries = [entries]
    return entries[index] if isinstance(entries, list) and index < len(entries) else None


def locate_line(name: str, data: str, field: str) -> int | None:
    """The 1-based line of the value at ``field`` (``sources[1].url``) in the file, or None."""
    where = parse_field(field)
    if where is None:
        return None
    try:
        doc = _split(name, data)
        node = _entry_node(_compose(doc, name), where[0], where[1], name)
    except EditError:
        return None
    if where[2] and isinstance(node, yaml.MappingNode):
        pair = _get(node, where[2])
        node = pair[1] if pair else node
    return doc.text.count("\n", 0, doc.start + node.start_mark.index) + 1


def apply_changes(name: str, data: str, changes: list[Change]) -> str:
    """The file's text with ``changes`` made; raises :class:`EditError` when that cannot be done exactly."""
    doc = _split(name, data)
    before = _load(doc, name)
    for change in changes:
        doc = _split(name, doc.bom + _apply_one(doc, change, name))
    after = _load(doc, name)
    _verify(before, after, changes, name)
    return doc.bom + doc.text


def _apply_one(doc: _Document, change: Change, name: str) -> str:
    root = _compose(doc, name)
    entry = _entry_node(root, change.list_key, change.index, name)
    text, base = doc.text, doc.start
    nl = "\r\n" if "\r\n" in text else "\n"
    where = f"{change.list_key}[{change.index}]"
    if isinstance(entry, yaml.ScalarNode) and change.key in URL_KEYS:  # a bare URL replaced by another
        s, e = base + entry.start_mark.index, base + entry.end_mark.index
        in_flow = doc.is_json or _in_flow(text, s)
        return text[:s] + _render(change.value, entry.style, json_doc=doc.is_json, flow=in_flow) + text[e:]
    if isinstance(entry, yaml.ScalarNode):  # a bare URL string: becomes a mapping with url first
        s, e = base + entry.start_mark.index, base + entry.end_mark.index
        if doc.is_json or entry.start_mark.line == entry.end_mark.line and _in_flow(text, s):
            key_sep, comma = _spacing(text, base, root, None)
            key_sep += "" if doc.is_json or key_sep.endswith((" ", "\t")) else " "  # plain YAML keys need it
            key, new_key = (_render(k, None, json_doc=doc.is_json, flow=True) for k in ("url", change.key))
            value = _render(change.value, entry.style, json_doc=doc.is_json, flow=True)
            return text[:s] + f"{{{key}{key_sep}{text[s:e]},{comma}{new_key}{key_sep}{value}}}" + text[e:]
        indent = " " * entry.start_mark.column
        eol = _line_end(text, e)
        return (text[:s] + "url: " + text[s:eol] + nl + indent
                + f"{change.key}: {_render(change.value, entry.style)}" + text[eol:])
    if not isinstance(entry, yaml.MappingNode):
        raise EditError(f"{name}: {where} is neither a URL nor a mapping")
    flow = doc.is_json or bool(entry.flow_style)
    existing = _get(entry, change.key)
    anchor = next((p for k in URL_KEYS if (p := _get(entry, k))), None) or entry.value[-1]
    style = anchor[1].style if isinstance(anchor[1], yaml.ScalarNode) else None
    if existing is not None:
        key_node, value_node = existing
        if not isinstance(value_node, yaml.ScalarNode):
            raise EditError(f"{name}: {where}.{change.key} is not a single value")
        rendered = _render(change.value, value_node.style or style, json_doc=doc.is_json, flow=flow)
        if value_node.tag.endswith(":null") and value_node.value in ("", "~") and not value_node.style:
            colon = text.index(":", base + key_node.end_mark.index)
            tail = text[colon + 1:base + value_node.end_mark.index]
            if value_node.value == "~":
                return text[:colon + 1] + tail[:-1] + rendered + text[base + value_node.end_mark.index:]
            return text[:colon + 1] + " " + rendered + text[colon + 1:]
        s, e = base + value_node.start_mark.index, base + value_node.end_mark.index
        return text[:s] + rendered + text[e:]
    key_node, value_node = anchor
    key_style = key_node.style if isinstance(key_node, yaml.ScalarNode) else None
    new_key = _render(change.key, key_style, json_doc=doc.is_json, flow=flow)
    key_sep, comma = _spacing(text, base, root, entry) if flow else (": ", " ")
    if not key_sep.endswith((" ", "\t")) and not new_key.endswith(('"', "'")):
        key_sep += " "  # a plain YAML key needs the space after its colon
    rendered = f"{new_key}{key_sep}{_render(change.value, style, json_doc=doc.is_json, flow=flow)}"
    end = base + value_node.end_mark.index
    key_start = base + key_node.start_mark.index
    before_key = text[text.rfind("\n", 0, key_start) + 1:key_start]
    indent = before_key if not before_key.strip() else " " * key_node.start_mark.column  # tabs stay tabs
    if flow:
        return _insert_flow(text, end, key_start, indent, rendered, nl, comma, name, where)
    if end > 0 and text[end - 1] == "\n":  # a block scalar ends at the start of the next line
        return text[:end] + indent + rendered + nl + text[end:]
    eol = _line_end(text, end)
    return text[:eol] + nl + indent + rendered + text[eol:]


def _spacing(text: str, base: int, root: yaml.Node, entry: yaml.MappingNode | None) -> tuple[str, str]:
    """How the file writes flow members on one line: the text from a key to its value (``": "``, or
    ``":"`` in minified JSON) and the spacing after a comma, as ``entry`` writes them, else as the
    nearest flow collection of the document does."""
    colon = comma = None
    todo = [entry, root] if entry is not None else [root]
    while todo and (colon is None or comma is None):
        node = todo.pop(0)
        if isinstance(node, yaml.MappingNode) and node.flow_style:
            for k, v in node.value:
                between = text[base + k.end_mark.index:base + v.start_mark.index]
                if colon is None and "\n" not in between:
                    colon = between
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            items = [p[0] if isinstance(p, tuple) else p for p in node.value]
            ends = [p[1] if isinstance(p, tuple) else p for p in node.value]
            for before, after in zip(ends, items[1:], strict=False):
                between = text[base + before.end_mark.index:base + after.start_mark.index]
                if comma is None and node.flow_style and "\n" not in between and "#" not in between:
                    comma = between.partition(",")[2]
            todo += [n for p in node.value for n in (p if isinstance(p, tuple) else (p,))]
    colon = colon or ": "
    if comma is None:  # no two members on one line anywhere: minified keys go with minified commas
        comma = "" if colon == ":" else " "
    return colon, comma


def _insert_flow(text: str, end: int, key_start: int, indent: str, rendered: str, nl: str, comma: str,
                 name: str, where: str) -> str:
    j = end
    while j < len(text) and text[j] in " \t\r\n":
        j += 1
    if j >= len(text) or text[j] not in ",}":
        raise EditError(f"{name}: {where}: unexpected text after the value")
    own_line = text[text.rfind("\n", 0, key_start) + 1:key_start].strip() == ""
    if text[j] == ",":
        if own_line:
            eol = _line_end(text, j + 1)
            if text[j + 1:eol].strip():
                return text[:j + 1] + comma + rendered + "," + text[j + 1:]
            return text[:eol] + nl + indent + rendered + "," + text[eol:]
        return text[:j + 1] + comma + rendered + "," + text[j + 1:]
    if own_line and "\n" in text[end:j]:
        eol = _line_end(text, end)
        return text[:end] + "," + text[end:eol] + nl + indent + rendered + text[eol:]
    return text[:end] + "," + comma + rendered + text[end:]


def _line_end(text: str, index: int) -> int:
    n = text.find("\n", index)
    if n < 0:
        return len(text)
    return n - 1 if n > 0 and text[n - 1] == "\r" else n


def _in_flow(text: str, index: int) -> bool:
    """True when the character before ``index`` (ignoring spaces) opens or continues a flow collection."""
    before = text[:index].rstrip(" \t")
    return before.endswith(("[", ","))


def _render(value: str, style: str | None, *, json_doc: bool = False, flow: bool = False) -> str:
    """``value`` as a scalar: double-quoted in JSON, else like its neighbour (plain only where YAML reads it back)."""
    if json_doc or style == '"':
        return json.dumps(value, ensure_ascii=False)
    if style == "'" or not _plain_ok(value, flow):
        return "'" + value.replace("'", "''") + "'"
    return value


def _plain_ok(value: str, flow: bool = False) -> bool:
    if not value or value != value.strip() or "\n" in value or " #" in value or ": " in value:
        return False
    if flow and any(c in value for c in ",[]{}"):
        return False
    try:
        return yaml.safe_load(f"{{k: {value}}}" if flow else f"k: {value}") == {"k": value}
    except yaml.YAMLError:
        return False


def _verify(before: Any, after: Any, changes: list[Change], name: str) -> None:
    """The edited document must mean the old one plus the changes, nothing else."""
    expected = json.loads(json.dumps(before, default=str))
    for c in changes:
        entries = expected[c.list_key]
        if isinstance(entries, str | dict):
            raise EditError(f"{name}: {c.list_key} is not a list")
        entry = entries[c.index]
        if isinstance(entry, str) and c.key in URL_KEYS:
            entries[c.index] = c.value
            continue
        if isinstance(entry, str):
            entry = entries[c.index] = {"url": entry}
        entry[c.key] = c.value
    if json.loads(json.dumps(after, default=str)) != expected:
        raise EditError(f"{name}: the edit would change more than "
                        f"{', '.join(f'{c.list_key}[{c.index}].{c.key}' for c in changes)}; not made")
