"""Fix mode on a copy of the 262 real events (plus a .yaml event) with some links made dead.

The Wayback Machine is a loopback fake; link states are set as the check stage records them.
The diff must apply with ``git apply``, the applied files must differ from the originals only
in the changed lines, re-extracting them must give the new archive URLs, and a second run
must propose nothing.
"""

from __future__ import annotations

import difflib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import fast_http
from fixworld import FakeArchive, set_state

from pipeline.db import open_database
from pipeline.extract import stage as extract
from pipeline.fix.plan import Action, Reason, apply_plan, plan_fixes
from pipeline.models import LinkState, Verdict
from pipeline.safeload import load_json

YAML_EVENT = (
    "# an event kept as YAML, with Windows line endings\r\n"
    "id: 2024-05-01--yaml-event\r\n"
    "date: 2024-05-01\r\n"
    "title: 'A YAML event'\r\n"
    "sources:\r\n"
    "  - title: \"Quoted title\"   # a comment that must survive\r\n"
    "    url: \"https://yaml.example/story\"\r\n"
    "    retrieved: 2024-05-03\r\n"
    "  - https://yaml.example/bare-string\r\n"
    "body: |\r\n"
    "  Some text.\r\n"
)


def _entry(path: Path, index: int) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        meta = load_json(text)
    elif path.suffix == ".yaml":
        meta = yaml.safe_load(text)
    else:
        meta = yaml.safe_load(text.split("---", 2)[1])
    entry = meta["sources"][index]
    entry = entry if isinstance(entry, dict) else {"url": entry}
    accessed = next((str(entry[k]) for k in ("access_date", "date_accessed", "accessed", "retrieved")
                     if entry.get(k)), None)
    cited = (accessed or str(meta["date"]))[:10]
    published = str(entry.get("date") or "")[:10]
    # no copy of a page exists before it was published: a source written after its event has its
    # snapshots from then on
    return entry, max(cited, published) if not accessed else cited


@pytest.fixture
def world(project):
    project.add_corpus()
    (project.events / "2024-05-01--yaml-event.yaml").write_bytes(YAML_EVENT.encode())
    with FakeArchive() as archive:
        config = project.config(archive={"wayback_cdx_url": f"{archive.base}/cdx/search/cdx",
                                         "wayback_available_url": f"{archive.base}/wayback/available",
                                         "wayback_web_url": f"{archive.base}/web"})
        config = config.replace(http=fast_http())
        db = open_database(config.paths.database)
        extract.run(db, config)
        yield project, config, db, archive
        db.close()


def _citations(db):
    return [dict(r) for r in db.query(
        """SELECT ci.id, ci.link_id, ci.field, ci.raw_url, ci.position, f.path FROM citations ci
           JOIN files f ON f.event_id = ci.event_id AND f.present = 1
           WHERE ci.present = 1 AND ci.kind = 'source' AND ci.archive_service IS NULL ORDER BY f.path, ci.position""")]


def _kill(db, archive, rows):
    """Make each citation's link broken, with a good snapshot on its citation day and an older one."""
    expected = {}
    for row in rows:
        path = Path(row["path"])
        index = int(row["field"].split("[")[1].split("]")[0])
        _, cited = _entry(path, index)
        stamp = cited.replace("-", "") + "000000"
        url = row["raw_url"].strip()
        archive.add(url, stamp)
        archive.add(url, str(int(cited[:4]) - 1) + cited[5:].replace("-", "") + "000000")
        set_state(db, row["link_id"], LinkState.BROKEN, Verdict.GONE, since="2026-01-01T00:00:00Z")
        expected[row["id"]] = f"{archive.base}/web/{stamp}/{url}"
    return expected


def _pick(db):
    """Dead citations in Markdown, JSON and YAML files, first and later sources, and a bare-string source."""
    rows = _citations(db)
    md = [r for r in rows if r["path"].endswith(".md")]
    js = [r for r in rows if r["path"].endswith(".json")]
    ym = [r for r in rows if r["path"].endswith(".yaml")]
    chosen = md[:3] + md[40:42] + [r for r in md if r["position"] == 2][5:6] + js[:1] + js[-1:] + ym
    return [r for r in chosen if not _has_archive(db, r)]


def _has_archive(db, row):
    return db.execute("SELECT count(*) FROM citations c JOIN citations s ON s.id = ? WHERE c.event_id = s.event_id "
                      "AND c.position = s.position AND c.kind = 'archive' AND c.present = 1",
                      [row["id"]]).fetchone()[0] > 0


def test_dead_links_get_their_snapshots_in_a_patch_that_git_applies(world, tmp_path):
    project, config, db, archive = world
    originals = {p: p.read_bytes() for p in project.events.iterdir()}
    rows = _pick(db)
    assert {Path(r["path"]).suffix for r in rows} == {".md", ".json", ".yaml"}
    expected = _kill(db, archive, rows)
    one_file = Path(rows[0]["path"])
    os.chmod(one_file, 0o640)

    plan = plan_fixes(db, config)
    edits = {p.citation_id: p for p in plan.edits}
    unfixed = [(p.file, p.field, p.detail) for p in plan.proposals
               if p.action == Action.NONE and p.reason != Reason.NOT_A_URL]
    assert set(edits) == set(expected), unfixed
    assert all(edits[c].new_value == url and edits[c].reason == Reason.DEAD_CITATION for c, url in expected.items())
    assert all(p.evidence["snapshot"]["taken_at"] and p.evidence["checks"] for p in plan.edits)

    patch = tmp_path / "fix.patch"
    patch.write_text(plan.diff(project.root), encoding="utf-8", newline="")
    check = subprocess.run(["git", "apply", "--check", "-v", str(patch)], cwd=project.root, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stderr
    twin = tmp_path / "twin"
    shutil.copytree(project.events, twin / "events")
    subprocess.run(["git", "apply", str(patch)], cwd=twin, check=True)

    written = apply_plan(plan)
    assert {p.resolve() for p in written} == {Path(r["path"]).resolve() for r in rows}
    assert stat.S_IMODE(one_file.stat().st_mode) == 0o640
    for path, before in originals.items():
        after = path.read_bytes()
        assert after == (twin / "events" / path.name).read_bytes()  # git apply made the same files
        if path.resolve() not in {p.resolve() for p in written}:
            assert after == before
            continue
        old, new = before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True)
        changes = [op for op in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
                   if op[0] != "equal"]
        for tag, i1, i2, j1, j2 in changes:  # one added line, or one line rewritten (a comma, a bare URL)
            assert (tag == "insert" and j2 - j1 == 1) or (tag == "replace" and i2 - i1 == 1 and j2 - j1 <= 2), \
                (path.name, tag, old[i1:i2], new[j1:j2])
            assert all("archive_url" in line or line.rstrip("\r\n").endswith(",") or "url:" in line
                       for line in new[j1:j2])
        assert all(line.endswith("\r\n") for line in new) == all(line.endswith("\r\n") for line in old)

    extract.run(db, config)
    archived = {r[0] for r in db.execute("SELECT raw_url FROM citations WHERE kind = 'archive' AND present = 1")}
    assert set(expected.values()) <= archived

    again = plan_fixes(db, config)
    assert again.edits == [] and again.texts == {} and again.diff(project.root) == ""


def test_a_rerun_after_apply_proposes_nothing_even_without_an_extract_between(world):
    project, config, db, archive = world
    rows = _pick(db)[:2]
    _kill(db, archive, rows)
    apply_plan(plan_fixes(db, config))
    again = plan_fixes(db, config)
    assert again.reextracted == len({r["path"] for r in rows})
    assert again.edits == [] and again.diff(project.root) == ""


def test_a_file_edited_since_the_extract_is_re_extracted_and_patched_from_its_new_content(world):
    project, config, db, archive = world
    firsts = [r for r in _citations(db) if r["path"].endswith(".md") and r["position"] == 1
              and not _has_archive(db, r)]
    md = firsts[:2]
    _kill(db, archive, md)
    fixed_by_hand, shifted = Path(md[0]["path"]), Path(md[1]["path"])
    # one maintainer added the archive URL by hand; another inserted lines above the source
    text = fixed_by_hand.read_text(encoding="utf-8")
    url_line = next(line for line in text.splitlines() if line.strip().startswith(("url:", "- url:")))
    indent = " " * (len(url_line) - len(url_line.lstrip(" -")))
    added = f"{url_line}\n{indent}archive_url: https://archive.example/x\n"
    fixed_by_hand.write_text(text.replace(url_line + "\n", added, 1), encoding="utf-8")
    body = shifted.read_text(encoding="utf-8")
    shifted.write_text(body.replace("---\n", "---\n# reviewed by hand\n# twice\n", 1), encoding="utf-8")

    plan = plan_fixes(db, config)
    assert plan.reextracted == 2
    assert [p.file for p in plan.edits] == [f"events/{shifted.name}"]
    old, new = plan.texts[str(shifted)]
    assert old == shifted.read_text(encoding="utf-8")  # patched from the new content
    assert new.startswith("---\n# reviewed by hand\n# twice\n")


def _dead_snapshot_link(db, citation_id: int, snapshot: str) -> None:
    """The citation's snapshot link (extract records it) is found broken by the check stage."""
    snap_id = db.execute("SELECT snapshot_link_id FROM citations WHERE id = ?", [citation_id]).fetchone()[0]
    if snap_id is None:  # an extract that does not record snapshot links yet
        with db.atomic():
            db.execute("INSERT INTO links (canonical_url, url, host, first_seen_at, kind) VALUES (?, ?, "
                       "'web.archive.org', '2025-01-01T00:00:00Z', 'snapshot')", [snapshot, snapshot])
            snap_id = db.execute("SELECT id FROM links WHERE canonical_url = ?", [snapshot]).fetchone()[0]
            db.execute("UPDATE citations SET snapshot_link_id = ? WHERE id = ?", [snap_id, citation_id])
    set_state(db, snap_id, LinkState.BROKEN, Verdict.GONE)


def _kill_first_snapshot(db, archive):
    """The first cited archive URL becomes a broken snapshot link; its source gets a good snapshot
    on its citation day."""
    archive_id, dead_snapshot, field, source_url, path = db.execute(
        """SELECT a.id, a.raw_url, a.field, s.raw_url, f.path FROM citations a
           JOIN citations s ON s.event_id = a.event_id AND s.position = a.position AND s.kind = 'source'
           JOIN files f ON f.event_id = a.event_id
           WHERE a.kind = 'archive' AND a.present = 1 ORDER BY f.path LIMIT 1""").fetchone()
    _dead_snapshot_link(db, archive_id, dead_snapshot)
    _, cited = _entry(Path(path), int(field.split("[")[1].split("]")[0]))
    archive.add(source_url.strip(), cited.replace("-", "") + "000000")
    return archive_id, dead_snapshot, field, path


def test_a_dead_archive_url_is_replaced(world):
    project, config, db, archive = world
    archive_id, dead_snapshot, field, path = _kill_first_snapshot(db, archive)
    plan = plan_fixes(db, config)
    (edit,) = plan.edits
    assert edit.reason == Reason.DEAD_ARCHIVE_URL and edit.action == Action.REPLACE_ARCHIVE_URL
    assert edit.old_value == dead_snapshot and edit.field == field
    old, new = plan.texts[path]
    assert old.replace(dead_snapshot, edit.new_value, 1) == new


def test_a_file_changed_where_the_extract_cannot_see_it_is_left_alone(world):
    project, config, db, archive = world
    firsts = [r for r in _citations(db) if r["path"].endswith(".md") and r["position"] == 1
              and not _has_archive(db, r)][:2]
    _kill(db, archive, firsts)
    sneaky = Path(firsts[0]["path"])
    before = sneaky.stat()
    text = sneaky.read_text(encoding="utf-8")
    sneaky.write_text(text.replace("title:", "titel:", 1), encoding="utf-8")  # same size
    os.utime(sneaky, ns=(before.st_atime_ns, before.st_mtime_ns))  # and same mtime: extract skips it
    plan = plan_fixes(db, config)
    assert plan.skipped_files == [str(sneaky)]
    assert [p.path for p in plan.edits] == [firsts[1]["path"]]
    assert str(sneaky) not in plan.texts and sneaky.read_text(encoding="utf-8") != text


def test_the_report_lists_a_dead_snapshot_and_links_it_to_its_edit(world):
    from pipeline.report.model import SectionKey, build_report

    project, config, db, archive = world
    archive_id, dead_snapshot, _, _ = _kill_first_snapshot(db, archive)
    plan_fixes(db, config)
    report = build_report(db)
    (group,) = report.section(SectionKey.DEAD_SNAPSHOT).events
    (item,) = group.items
    (proposal,) = [p for p in report.proposals if p["action"] == "replace_archive_url"]
    source_id = db.execute("SELECT s.id FROM citations s JOIN citations a ON a.id = ? AND s.event_id = a.event_id "
                           "AND s.position = a.position AND s.kind = 'source'", [archive_id]).fetchone()[0]
    assert item.snapshot_url == dead_snapshot and item.citation_id == source_id and item.edit == proposal["anchor"]
    assert proposal["citation_id"] == source_id and proposal["old_value"] == dead_snapshot
    assert report.summary["proposed_edits"] == 1


def test_a_dead_snapshot_given_as_the_url_is_replaced_by_a_working_one(world):
    project, config, db, archive = world
    citation_id, dead_snapshot, field, original, path = db.execute(
        """SELECT ci.id, ci.raw_url, ci.field, l.url, f.path FROM citations ci JOIN links l ON l.id = ci.link_id
           JOIN files f ON f.event_id = ci.event_id
           WHERE ci.kind = 'source' AND ci.archive_service = 'wayback' AND ci.present = 1 ORDER BY f.path LIMIT 1"""
    ).fetchone()
    _dead_snapshot_link(db, citation_id, dead_snapshot)
    _, cited = _entry(Path(path), int(field.split("[")[1].split("]")[0]))
    archive.add(original, cited.replace("-", "") + "000000")
    plan = plan_fixes(db, config)
    (edit,) = plan.edits
    assert edit.reason == Reason.DEAD_ARCHIVE_URL and edit.field == field and edit.old_value == dead_snapshot
    assert edit.new_value == f"{archive.base}/web/{cited.replace('-', '')}000000/{original}"
    old, new = plan.texts[path]
    assert old.replace(dead_snapshot, edit.new_value, 1) == new
