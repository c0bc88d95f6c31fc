"""Re-checking an archive: a clean one verifies; edits, torn files and stray copies are named."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess

import pytest
import yaml
from archiveworld import archive_one_page_at_two_urls, archive_pages, news, run_archive, write_events
from click.testing import CliRunner
from conftest import ROOT
from servers import LoopbackServer

from pipeline.audit.verify import verify_archive
from pipeline.cli import main
from pipeline.db import captures
from pipeline.extract import stage as extract


def build(tmp_path):
    return archive_pages(tmp_path, {"/a": news(0), "/b": news(1, "press")})


def test_clean_archive_verifies_then_each_tampering_is_named(tmp_path):
    config, db = build(tmp_path)
    root = config.paths.archive
    report = verify_archive(db, root)
    assert report.ok and (report.warc_files, report.captures, report.copies) == (1, 2, 2)
    assert report.records == 1 + 2 * 2  # warcinfo, then a response and a request per page

    first, second = sorted(captures.captures_of(db), key=lambda c: c.url)  # /a, then /b
    copy = root / first.copy_path
    copy.write_text(copy.read_text(encoding="utf-8").replace("9 to 4", "9 to 5"), encoding="utf-8")
    (root / first.copy_path).with_name("2025-01-01--stray.md").write_text("hello")
    warc_path = root / "warc" / second.warc_file
    data = bytearray(warc_path.read_bytes())
    data[second.warc_offset + 40] ^= 0xFF  # flip a byte inside /b's response record
    warc_path.write_bytes(bytes(data))
    problems = verify_archive(db, root).problems
    assert any("does not hash to text_sha256" in p and first.url in p for p in problems)
    assert any(f"the text of {first.copy_path} does not" in p for p in problems)  # with its host folder: findable
    assert "/" in first.copy_path
    assert any("no capture names" in p and "stray" in p for p in problems)
    assert any(second.url in p and "cannot be read" in p for p in problems)
    assert any(p.startswith(f"warc/{second.warc_file}: unreadable") for p in problems)
    assert len(problems) == 4


def test_archive_verify_command(tmp_path):
    config, db = build(tmp_path)
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({"paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"}}))
    runner = CliRunner()
    ok = runner.invoke(main, ["--config", str(cfg), "verify"])
    assert ok.exit_code == 0 and "all hashes verify" in ok.output
    copy = config.paths.archive / captures.captures_of(db)[0].copy_path
    copy.write_text(copy.read_text(encoding="utf-8") + "\nan edit\n", encoding="utf-8")
    bad = runner.invoke(main, ["--config", str(cfg), "verify"])
    assert bad.exit_code == 1 and "1 problem(s)" in bad.output


def test_deleted_warc_unreferenced_warc_and_front_matter_disagreement_are_named(tmp_path):
    config, db = build(tmp_path)
    root = config.paths.archive
    first, second = sorted(captures.captures_of(db), key=lambda c: c.url)
    (root / "warc" / "sourcevault-stray.warc.gz").write_bytes((root / "warc" / first.warc_file).read_bytes())
    copy = root / second.copy_path
    copy.write_text(copy.read_text(encoding="utf-8").replace(second.body_sha256, "f" * 64), encoding="utf-8")
    problems = verify_archive(db, root).problems
    assert "warc/sourcevault-stray.warc.gz: a WARC file that no capture names" in problems
    assert any(f"{second.copy_path} says body_sha256 'ffff" in p and second.url in p for p in problems)
    (root / "warc" / first.warc_file).unlink()
    problems = verify_archive(db, root).problems
    assert f"warc/{first.warc_file}: missing; 2 capture(s) have their records in it" in problems  # one line
    assert not any("its record cannot be read" in p for p in problems)  # not one more for each of its records


def test_an_edited_hand_saved_copy_is_named(tmp_path):
    import shutil

    from conftest import ARCHIVE

    from pipeline.match import stage as match

    config, db = build(tmp_path)
    saved = config.paths.archive / "hand-saved"
    shutil.copytree(ARCHIVE / "hand-saved", saved)
    match.run(db, config)
    assert verify_archive(db, config.paths.archive).ok
    path = next(saved.iterdir())
    path.write_text(path.read_text(encoding="utf-8").replace("Musk", "Must"), encoding="utf-8")
    problems = verify_archive(db, config.paths.archive).problems
    assert problems == [f"hand-saved/{path.name}: a hand-saved copy changed since it was matched "
                        "(run 'sourcevault match' to re-match it)"]
    path.unlink()
    assert verify_archive(db, config.paths.archive).problems == [
        f"hand-saved/{path.name}: a hand-saved copy the database knows is missing"]


def test_verify_counts_the_hand_saved_copies_it_checked(tmp_path):
    import shutil

    from conftest import ARCHIVE

    from pipeline.match import stage as match

    config, db = build(tmp_path)
    shutil.copytree(ARCHIVE / "hand-saved", config.paths.archive / "hand-saved")
    match.run(db, config)
    saved = len(list((config.paths.archive / "hand-saved").iterdir()))
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({"paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"}}))
    out = CliRunner().invoke(main, ["--config", str(cfg), "verify"])
    assert out.exit_code == 0, out.output
    assert f"2 text copies, {saved} hand-saved copies: all hashes verify" in out.output
    data = json.loads(CliRunner().invoke(main, ["--config", str(cfg), "verify", "--json"]).output)
    assert (data["copies"], data["hand_saved_copies"]) == (2, saved)


def test_copies_too_large_to_match_still_verify(tmp_path):
    """A copy over match.max_file_bytes (a hand-saved one, or our own of a page with megabytes of text,
    such as an endless body kept up to archive.max_body_bytes) is not read for matching, but the hash
    kept for it is the whole file's, so an untouched archive verifies; an edit is still named."""
    import dataclasses
    import shutil

    from conftest import ARCHIVE

    from pipeline.match import stage as match

    config, db = build(tmp_path)
    shutil.copytree(ARCHIVE / "hand-saved", config.paths.archive / "hand-saved")
    config = config.replace(match=dataclasses.replace(config.match, max_file_bytes=1000))
    assert all((config.paths.archive / c.copy_path).stat().st_size > 1000 for c in captures.captures_of(db))
    match.run(db, config)
    assert verify_archive(db, config.paths.archive).problems == []
    from pipeline.db import matches as copy_rows

    hand_saved = [row["path"] for row in copy_rows.hand_saved_copies(db)]
    assert hand_saved and all(p.startswith("hand-saved/") for p in hand_saved)  # ours are not taken for hand-saved
    path = next((config.paths.archive / "hand-saved").iterdir())
    path.write_text(path.read_text(encoding="utf-8") + "an edit at the end\n", encoding="utf-8")
    assert verify_archive(db, config.paths.archive).problems == [
        f"hand-saved/{path.name}: a hand-saved copy changed since it was matched "
        "(run 'sourcevault match' to re-match it)"]


def test_symbolic_links_in_the_archive_are_findings(tmp_path):
    config, db = build(tmp_path)
    root = config.paths.archive
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "hand-saved").mkdir(exist_ok=True)
    (root / "hand-saved" / "passwd.md").symlink_to("/etc/passwd")
    (root / "elsewhere").symlink_to(outside, target_is_directory=True)
    problems = verify_archive(db, root).problems
    assert [p.split(":")[0] for p in problems if "a symbolic link" in p] == ["elsewhere", "hand-saved/passwd.md"]
    assert any("(to /etc/passwd)" in p for p in problems)


def test_an_archive_whose_warc_folder_is_a_link_out_is_refused(tmp_path):
    config, db = build(tmp_path)
    root = config.paths.archive
    outside = tmp_path / "outside"
    (root / "warc").rename(outside)
    (root / "warc").symlink_to(outside, target_is_directory=True)
    before = sorted(p.name for p in outside.iterdir())
    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), "/c": news(2)}) as srv:
        write_events(tmp_path / "events", [srv.url("/c")])
        extract.run(db, config)
        with pytest.raises(OSError, match="warc: a symbolic link inside"):
            run_archive(db, config)
    assert sorted(p.name for p in outside.iterdir()) == before


@pytest.mark.skipif(shutil.which("awk") is None or shutil.which("sha256sum") is None, reason="awk or sha256sum missing")
def test_the_documented_awk_command_gives_each_copys_text_sha256(tmp_path):
    """docs/archive.md step 3: an auditor re-computes text_sha256 with awk and sha256sum alone."""
    docs = (ROOT / "docs" / "archive.md").read_text(encoding="utf-8")
    command = re.search(r"<!-- text-sha256 -->\s*```sh\n(.*?)```", docs, re.S)[1]
    command = re.sub(r"\s+# = text_sha256", "", command).replace("archive/<host>/<copy>.md", '"$1"')
    config, db = build(tmp_path)
    copies = [config.paths.archive / row[0] for row in db.execute(
        "SELECT copy_path FROM captures WHERE copy_path IS NOT NULL").fetchall()]

    def awk_sha256(path):
        done = subprocess.run(["bash", "-c", command, "-", str(path)], capture_output=True, text=True, check=True)
        return done.stdout.split()[0]

    claimed = {path: yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["text_sha256"]
               for path in copies}
    assert len(copies) == 2 and all(awk_sha256(path) == claimed[path] for path in copies)
    edited = copies[0].read_text(encoding="utf-8").replace("\n\nOriginal url:", " (edited)\n\nOriginal url:")
    copies[0].write_text(edited, encoding="utf-8")
    assert awk_sha256(copies[0]) != claimed[copies[0]]  # an edited text no longer matches


def test_an_edited_hand_saved_copy_matched_again_leaves_a_trace(tmp_path, caplog):
    import shutil

    from conftest import ARCHIVE

    from pipeline.db import matches
    from pipeline.match import stage as match

    config, db = build(tmp_path)
    saved = config.paths.archive / "hand-saved"
    shutil.copytree(ARCHIVE / "hand-saved", saved)
    match.run(db, config)
    path = next(saved.iterdir())
    before = matches.hand_saved_copies(db)[0]["file_sha256"]
    path.write_text(path.read_text(encoding="utf-8").replace("Musk", "Must"), encoding="utf-8")
    with caplog.at_level("WARNING"):
        match.run(db, config)  # the nightly run matches the edited copy again ...
    assert any(path.name in r.getMessage() and "changed" in r.getMessage() for r in caplog.records)
    (change,) = matches.copy_changes(db)  # ... and the edit stays on record
    assert change["path"].endswith(path.name) and change["old_sha256"] == before
    assert change["new_sha256"] == matches.hand_saved_copies(db)[0]["file_sha256"] != before
    report = verify_archive(db, config.paths.archive)
    assert report.ok  # matched again: no fault ...
    assert len(report.notes) == 1 and path.name in report.notes[0] and before in report.notes[0]  # ... but seen


def verify_command(tmp_path):
    """``sourcevault verify`` on the archive ``build`` made, as an auditor runs it."""
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({"paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"}}))
    result = CliRunner().invoke(main, ["--config", str(cfg), "verify"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception  # no traceback
    return result


def findings_at(output, name, offset):
    return [line for line in output.splitlines() if line.startswith(f"warc/{name}: ") and f"offset {offset}" in line]


def test_a_torn_last_record_is_named_until_the_next_archive_run_cuts_it(tmp_path):
    config, db = build(tmp_path)
    capture = sorted(captures.captures_of(db), key=lambda c: c.url)[0]
    path = config.paths.archive / "warc" / capture.warc_file
    end = path.stat().st_size
    member = path.read_bytes()[capture.warc_offset:capture.warc_offset + capture.warc_length]
    with open(path, "ab") as fh:
        fh.write(member[:len(member) // 2])  # what a kill in the middle of a write leaves
    torn = verify_command(tmp_path)
    assert torn.exit_code == 1 and "all hashes verify" not in torn.output
    assert len(findings_at(torn.output, path.name, end)) == 1, torn.output
    run_archive(db, config)
    assert path.stat().st_size == end
    assert verify_command(tmp_path).exit_code == 0


MALFORMED = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + b"filler " * 40)  # a whole member, no Target-URI


def test_a_malformed_record_is_a_finding_verify_goes_on_and_the_next_archive_run_cuts_it(tmp_path):
    config, db = build(tmp_path)
    (path,) = (config.paths.archive / "warc").glob("*.warc.gz")
    end = path.stat().st_size
    older = path.with_name("sourcevault-20250101-00000.warc.gz")  # read before the newest file
    older.write_bytes(path.read_bytes() + MALFORMED)
    with open(path, "ab") as fh:
        fh.write(MALFORMED)
    damaged = verify_command(tmp_path)
    assert damaged.exit_code == 1
    assert len(findings_at(damaged.output, older.name, end)) == 1, damaged.output
    assert len(findings_at(damaged.output, path.name, end)) == 1, damaged.output
    report = verify_archive(db, config.paths.archive)
    assert (report.warc_files, report.records, report.captures) == (2, 2 * 5, 2)  # every file and capture checked
    older.unlink()
    run_archive(db, config)
    assert path.stat().st_size == end
    assert verify_command(tmp_path).exit_code == 0


@pytest.mark.parametrize("event", [False, True])
def test_export_refuses_a_torn_warc_in_one_line_naming_it(tmp_path, event):
    config, db = build(tmp_path)
    capture = sorted(captures.captures_of(db), key=lambda c: c.url)[0]
    path = config.paths.archive / "warc" / capture.warc_file
    member = path.read_bytes()[capture.warc_offset:capture.warc_offset + capture.warc_length]
    with open(path, "ab") as fh:
        fh.write(member[:len(member) // 2])  # what a kill in the middle of a write leaves
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({"paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"}}))
    event_id = db.execute("SELECT id FROM events").fetchone()[0]
    args = ["--config", str(cfg), "export", "--wacz", str(tmp_path / "out.wacz")] + (["--event", event_id] if event else [])
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert result.exit_code != 0 and path.name in result.output
    assert not (tmp_path / "out.wacz").exists()


@pytest.mark.parametrize(("key", "value"), [
    ("url", "https://elsewhere.example/story"),  # with the copy's own "Original url:" line changed to match
    ("final_url", "https://elsewhere.example/story"),
    ("captured_at", "'2020-01-01T00:00:00Z'"),
    ("status", "404"),
    ("warc_file", "sourcevault-20200101-00000.warc.gz"),
    ("warc_offset", "1"),
])
def test_a_copy_whose_provenance_was_rewritten_is_named(tmp_path, key, value):
    """Where a copy says it came from is what an auditor goes by: it must agree with the capture."""
    config, db = build(tmp_path)
    capture = sorted(captures.captures_of(db), key=lambda c: c.url)[0]
    copy = config.paths.archive / capture.copy_path
    content = copy.read_bytes().decode("utf-8")
    content = re.sub(rf"(?m)^{key}: .*$", f"{key}: {value}", content, count=1)
    if key == "url":  # the copy stays in the copy shape: its text still hashes to text_sha256
        content = content.replace(f"<{capture.url}>\n", f"<{value}>\n")
    copy.write_bytes(content.encode("utf-8"))
    problems = verify_archive(db, config.paths.archive).problems
    assert len(problems) == 1 and capture.url in problems[0]
    assert f"{capture.copy_path} says {key} " in problems[0]


def test_a_copy_rewritten_with_crlf_line_ends_is_named(tmp_path):
    """The documented awk command hashes a CRLF copy differently; verify must not read it more kindly."""
    config, db = build(tmp_path)
    capture = sorted(captures.captures_of(db), key=lambda c: c.url)[0]
    copy = config.paths.archive / capture.copy_path
    copy.write_bytes(copy.read_bytes().replace(b"\n", b"\r\n"))
    problems = verify_archive(db, config.paths.archive).problems
    assert len(problems) == 1 and capture.url in problems[0] and capture.copy_path in problems[0]


@pytest.mark.parametrize(("header", "value"), [
    (b"WARC-Target-URI", b"http://elsewhere.example/story"),
    (b"WARC-Date", b"2020-01-01T00:00:00Z"),
])
def test_a_record_whose_url_or_date_was_rewritten_is_named(tmp_path, header, value):
    """No digest covers a record's WARC headers: the page a record says it holds is checked against its capture."""
    config, db = build(tmp_path)
    last = max(captures.captures_of(db), key=lambda c: c.warc_offset)  # its request is all that follows it
    path = config.paths.archive / "warc" / last.warc_file
    data = path.read_bytes()
    start, end = last.warc_offset, last.warc_offset + last.warc_length
    record = gzip.decompress(data[start:end])
    altered = re.sub(rb"(?m)^(" + header + rb": )[^\r]*", lambda m: m[1] + value, record, count=1)
    assert altered != record
    path.write_bytes(data[:start] + gzip.compress(altered) + data[end:])
    problems = verify_archive(db, config.paths.archive).problems
    assert len(problems) == 1 and last.url in problems[0] and value.decode() in problems[0]


def test_a_revisit_whose_refers_to_was_rewritten_is_named(tmp_path):
    config, db = archive_one_page_at_two_urls(tmp_path)
    revisit = next(c for c in captures.captures_of(db) if c.refers_to_record_id)
    path = config.paths.archive / "warc" / revisit.warc_file
    data = path.read_bytes()
    start, end = revisit.warc_offset, revisit.warc_offset + revisit.warc_length
    record = gzip.decompress(data[start:end])
    stranger = "<urn:uuid:00000000-0000-4000-8000-999999999999>"
    altered = record.replace(revisit.refers_to_record_id.encode(), stranger.encode())
    assert altered != record
    path.write_bytes(data[:start] + gzip.compress(altered) + data[end:])
    problems = verify_archive(db, config.paths.archive).problems
    assert len(problems) == 1 and revisit.url in problems[0] and stranger in problems[0]
