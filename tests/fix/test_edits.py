"""Surgical edits: only the changed lines differ, in every shape an event file takes."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pipeline.fix.diff import unified_diff
from pipeline.fix.edits import Change, EditError, apply_changes, locate_line

SNAP = "https://web.archive.org/web/20220101000000/https://a.example/x"


def add(name: str, text: str, index: int = 0, key: str = "archive_url", value: str = SNAP) -> str:
    return apply_changes(name, text, [Change(list_key="sources", index=index, key=key, value=value)])


def test_markdown_front_matter_keeps_comments_quoting_and_body():
    text = ("---\nid: e1  # the id\ndate: 2020-01-01\nsources:\n- title: 'A: title'\n  url: 'https://a.example/x'\n"
            "  # a note about this source\n  access_date: 2021-02-03\n---\n\nBody with url: https://a.example/x\n")
    new = add("e.md", text)
    url = "  url: 'https://a.example/x'\n"
    assert new == text.replace(url, f"{url}  archive_url: '{SNAP}'\n")


def test_json_last_member_gets_its_comma_and_indentation():
    text = ('{\n  "id": "e2",\n  "sources": [\n    {\n      "title": "T",\n'
            '      "url": "https://a.example/x"\n    }\n  ]\n}')
    new = add("e.json", text)
    assert new == text.replace('"url": "https://a.example/x"\n',
                               f'"url": "https://a.example/x",\n      "archive_url": "{SNAP}"\n')
    assert new.endswith("}")  # no newline at the end, as before


def test_json_one_line_object_and_bare_string_source():
    text = '{"id": "e3", "sources": [{"url": "https://a.example/x", "title": "T"}, "https://b.example/y"]}\n'
    new = add("e.json", text)
    url = '"url": "https://a.example/x",'
    assert new == text.replace(url, f'{url} "archive_url": "{SNAP}",')
    new = add("e.json", text, index=1)
    assert '{"url": "https://b.example/y", "archive_url": "' in new
    last = '{"id": "e3", "sources": [{"title": "T", "url": "https://a.example/x"}]}'
    assert add("e.json", last) == last.replace('x"}', f'x", "archive_url": "{SNAP}"}}')


def test_yaml_with_crlf_bom_and_a_bare_string_source():
    text = "\ufeffid: e4\r\ndate: 2020-01-01\r\nsources:\r\n  - https://b.example/y   # cited in 2020\r\n"
    new = add("e.yaml", text)
    assert new == ("\ufeffid: e4\r\ndate: 2020-01-01\r\nsources:\r\n  - url: https://b.example/y   # cited in 2020\r\n"
                   f"    archive_url: {SNAP}\r\n")


def test_an_empty_archive_key_is_filled_and_a_dead_one_replaced_in_place():
    text = "---\nid: e5\nsources:\n- url: https://a.example/x\n  archive_url:\n  title: T\n---\n"
    assert add("e.md", text) == text.replace("  archive_url:\n", f"  archive_url: {SNAP}\n")
    dead = text.replace("  archive_url:\n", '  archive_url: "https://web.archive.org/web/2019/https://a.example/x"\n')
    assert add("e.md", dead) == text.replace("  archive_url:\n", f'  archive_url: "{SNAP}"\n')


def test_a_folded_value_before_the_new_key_stays_folded():
    text = "---\nid: e6\nsources:\n- url: >-\n    https://a.example/x\n  title: T\n---\nbody\n"
    new = add("e.md", text)
    assert new == text.replace("    https://a.example/x\n", f"    https://a.example/x\n  archive_url: {SNAP}\n")


def test_unsafe_edits_are_refused_with_the_file_named():
    with pytest.raises(EditError, match="e7.md"):
        add("e7.md", "---\nid: e7\nsources: []\n---\n")
    with pytest.raises(EditError, match="e8.md"):
        add("e8.md", "no front matter\n")


def test_line_of_a_field_and_diff_git_apply_shape():
    text = "---\nid: e9\nsources:\n- title: T\n  url: https://a.example/x\n---\n"
    assert locate_line("e.md", text, "sources[0].url") == 5
    diff = unified_diff("events/e.md", "a\nb", "a\nc")
    assert diff.startswith("diff --git a/events/e.md b/events/e.md\n--- a/events/e.md\n+++ b/events/e.md\n")
    assert diff.endswith("-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")


def test_a_bare_url_is_replaced_in_place():
    text = "id: e10\nsources:\n  - 'https://web.archive.org/web/2019/https://a.example/x'  # dead snapshot\n"
    new = add("e.yaml", text, key="url")
    assert new == f"id: e10\nsources:\n  - '{SNAP}'  # dead snapshot\n"


def test_a_front_matter_that_does_not_parse_is_one_line_naming_the_files_line():
    text = "---\nid: e9\ndate: 2020-01-01\nsources: [https://a.example/x\n---\nbody\n"
    with pytest.raises(EditError) as info:
        add("e9.md", text)
    message = str(info.value)
    assert "\n" not in message and message.startswith("e9.md: ")
    assert "line 4, column 10" in message  # where the list opens, counted in the file, not the front matter


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_a_title_holding_a_line_separator_still_gives_a_patch_git_applies(tmp_path):
    text = ('{\n  "id": "e10",\n  "title": "One\u2028two\u0085three",\n  "sources": [\n    {\n'
            '      "url": "https://a.example/x"\n    }\n  ]\n}\n')
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.json").write_text(text, encoding="utf-8", newline="")
    new = add("e.json", text)
    (tmp_path / "p.patch").write_text(unified_diff("events/e.json", text, new), encoding="utf-8", newline="")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    done = subprocess.run(["git", "apply", "p.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "events" / "e.json").read_bytes().decode("utf-8") == new


def test_json_indented_with_tabs_is_edited_with_tabs():
    text = ('{\n\t"id": "e11",\n\t"sources": [\n\t\t{\n\t\t\t"title": "T",\n'
            '\t\t\t"url": "https://a.example/x"\n\t\t},\n\t\t"https://b.example/y"\n\t]\n}')
    assert locate_line("e.json", text, "sources[0].url") == 6
    assert locate_line("e.json", text, "sources[1]") == 8
    new = add("e.json", text)
    assert new == text.replace('"url": "https://a.example/x"\n',
                               f'"url": "https://a.example/x",\n\t\t\t"archive_url": "{SNAP}"\n')
    crlf = text.replace("\n", "\r\n")
    assert add("e.json", crlf) == new.replace("\n", "\r\n")


def test_one_line_mappings_get_the_new_key_in_their_own_style():
    flow = "id: e12\nsources:\n  - {title: Flow, url: https://a.example/x}\n  - [https://b.example/y]\n"
    assert add("e.yaml", flow) == flow.replace("x}", f"x, archive_url: {SNAP}}}")
    quoted = flow.replace("url: https://a.example/x", "url: 'https://a.example/x'")
    assert add("e.yaml", quoted) == quoted.replace("x'}", f"x', archive_url: '{SNAP}'}}")
    bare = "id: e12\nsources: [https://a.example/x, https://b.example/y]\n"
    assert add("e.yaml", bare) == bare.replace("[https://a.example/x,", f"[{{url: https://a.example/x, "
                                                                       f"archive_url: {SNAP}}},")
    minified = '{"id":"e13","sources":[{"title":"T","url":"https://a.example/x"},"https://b.example/y"]}'
    assert add("e.json", minified) == minified.replace('x"}', f'x","archive_url":"{SNAP}"}}')
    assert add("e.json", minified, index=1) == minified.replace(
        '"https://b.example/y"', f'{{"url":"https://b.example/y","archive_url":"{SNAP}"}}')
