"""Hostile documents: deep nesting and alias bombs are refused, never crash or balloon."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest
import yaml

from pipeline import safeload
from pipeline.archive.copies import parse_copy
from pipeline.extract.eventfile import parse_event_file
from pipeline.models import ProblemKind
from pipeline.safeload import DocumentError, describe_yaml_error, load_json, load_yaml, preview

DEEP_JSON = "[" * 100_000 + "]" * 100_000
DEEP_FLOW_YAML = "id: x\nsources: " + "[" * 5000 + "]" * 5000 + "\n"
DEEP_BLOCK_YAML = "id: x\nsources:\n" + "".join(" " * (2 * i) + "- \n" for i in range(2000))
DEEP_ONE_LINE = "id: x\nnotes:\n  " + "- " * 100_000 + "x\n"
DEEP_KEYS = "id: x\nnotes:\n  " + "? " * 100_000 + "x\n"
ALIAS_BOMB = ("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
              + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefg", "bcdefgh", strict=True))
              + "id: *h\n")


@pytest.mark.parametrize(("name", "text"), [
    ("deep.json", DEEP_JSON),
    ("deep.yaml", DEEP_FLOW_YAML),
    ("deep-block.yaml", DEEP_BLOCK_YAML),
    ("deep-line.md", "---\n" + DEEP_ONE_LINE + "---\nbody\n"),
    ("deep-keys.yaml", DEEP_KEYS),
    ("deep.md", "---\n" + DEEP_FLOW_YAML + "---\nbody\n"),
    ("bomb.md", "---\n" + ALIAS_BOMB + "---\nbody\n"),
])
def test_hostile_event_files_are_malformed_problems(name: str, text: str) -> None:
    """Run in a subprocess: libyaml would take the whole process down (segfault) if it got these."""
    code = ("import sys, json; from pipeline.extract.eventfile import parse_event_file; "
            "p = parse_event_file(sys.argv[1], sys.stdin.buffer.read()); "
            "print(json.dumps([(x.kind.value, x.message) for x in p.problems]))")
    out = subprocess.run([sys.executable, "-c", code, name], input=text.encode(), capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr.decode()[-500:]
    problems = __import__("json").loads(out.stdout)
    assert problems and problems[0][0] == ProblemKind.MALFORMED.value
    assert "nested" in problems[0][1] or "aliases" in problems[0][1]


def test_loaders_refuse_with_a_reason() -> None:
    with pytest.raises(DocumentError, match="nested"):
        load_json(DEEP_JSON)
    with pytest.raises(DocumentError, match="nested more than 64 levels"):
        load_yaml(DEEP_FLOW_YAML)
    with pytest.raises(DocumentError, match="aliases"):
        load_yaml(ALIAS_BOMB)
    assert load_yaml("a: [1, [2, [3]]]\nb: '*not an alias'\n") == {"a": [1, [2, [3]]], "b": "*not an alias"}


def test_ordinary_documents_with_asterisks_brackets_and_anchors_load() -> None:
    emphasis = " ".join(f"*word{i}*" for i in range(50))
    text = (f"title: '{emphasis}'\nnote: '[sic ' \nbody: |\n  " + "[sic " * 80 + "\n  Footnote *3\n"
            "base: &base {outlet: Reuters}\nsources:\n- <<: *base\n  url: https://a.org/x\n")
    data = load_yaml(text)
    assert data["title"] == emphasis and data["sources"][0]["outlet"] == "Reuters"


def test_preview_is_bounded_even_for_shared_structures() -> None:
    row = ["x" * 50] * 10
    for _ in range(7):
        row = [row] * 10  # 10**8 leaves if walked naively
    text = preview({"url": row})
    assert len(text) <= 301


def test_a_hand_saved_copy_with_hostile_front_matter_is_read_as_text() -> None:
    copy = parse_copy("hand-saved/x.md", ("---\n" + DEEP_FLOW_YAML + "---\n\nHeadline\n\nOriginal url: "
                                          "<https://example.org/a>\n").encode())
    assert copy.url == "https://example.org/a"


def test_an_ordinary_event_still_parses() -> None:
    parsed = parse_event_file("ok.md", b"---\nid: ok\ndate: '2020-01-01'\nsources:\n- url: https://a.org/x\n---\n")
    assert parsed.problems == () and parsed.event.citations[0].raw_url == "https://a.org/x"


def test_duplicated_keys_are_refused_with_their_lines() -> None:
    with pytest.raises(DocumentError, match=r"duplicated key 'a' on line 3 \(first on line 1\)"):
        load_yaml("a: 1\nb: 2\na: 3\n")
    with pytest.raises(DocumentError, match=r"duplicated key 'x' on line 1"):
        load_yaml("m: {x: 1, x: 2}\n")
    with pytest.raises(DocumentError, match=r"on line 6 \(first on line 5\)"):
        load_yaml("a: 1\na: 2\n", first_line=5)
    with pytest.raises(DocumentError, match="duplicated key 'id'"):
        load_json('{"id": 1, "nested": {"k": 1}, "id": 2}')
    assert load_yaml("base: &b {x: 1}\nmore:\n  <<: *b\n  x: 2\n")["more"] == {"x": 2}  # a merge is no duplicate


def test_an_impossible_yaml_date_stays_text() -> None:
    assert load_yaml("a: 2025-02-30\nb: 2025-02-28\n") == {"a": "2025-02-30", "b": datetime.date(2025, 2, 28)}


def test_a_lone_surrogate_is_refused_naming_where_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DocumentError, match=r"lone UTF-16 surrogate \(\\ud800\) in the document\['title'\]"):
        load_json('{"id": "s", "title": "\\ud800"}')
    with pytest.raises(DocumentError, match=r"\\udc00\) in the document\['sources'\]\[0\]\['url'\]"):
        load_json(b'{"sources": [{"url": "https://a.org/\\udc00"}]}')
    with pytest.raises(DocumentError, match=r"\\ud800\) in a key of the document"):
        load_json('{"\\ud800": 1}')
    assert load_json('{"t": "\\ud83d\\ude00 \\u00e9"}') == {"t": "\U0001F600 é"}  # a pair is one character
    # libyaml refuses the escape itself; the pure-Python loader (used when libyaml is missing) lets it through
    monkeypatch.setattr(safeload, "_StrictLoader", yaml.SafeLoader)
    with pytest.raises(DocumentError, match=r"\\ud800\) in the document\['t'\]"):
        load_yaml('t: "\\ud800"\n')
    with pytest.raises(DocumentError, match=r"\\udfff\)"):
        load_yaml('a: &x ["\\U0000dfff"]\nb: *x\n')


def test_yaml_errors_are_one_line_with_the_line_and_column_whichever_parser_found_them() -> None:
    text = "id: x\nsources: [a\ntitle: t\n"
    messages = []
    for loader in {yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)}:
        with pytest.raises(yaml.YAMLError) as info:
            yaml.load(text, Loader=loader)
        messages.append(describe_yaml_error(info.value))
    for message in messages:
        assert "\n" not in message and "line 2, column 10" in message, message  # where the list opens
        assert "YAML syntax error" in message
    assert describe_yaml_error(yaml.YAMLError("no\nmark")) == "YAML error: no mark"
