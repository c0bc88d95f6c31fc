"""``sourcevault export --wacz``: a WACZ that the ``wacz`` package validates, that pywb replays, whose
index agrees with Webrecorder's indexer, and whose files an auditor can re-check with sha256sum."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import zipfile

import httpx
import pytest
from archiveworld import news, write_cli_config, write_events
from click.testing import CliRunner
from newspages import ARTICLES, make_pdf
from replaytools import BIN, assert_warcio_check_passes, needs_pywb, needs_wacz, pywb, replay_prefix, wacz_validate
from servers import LoopbackServer
from warcio.archiveiterator import ArchiveIterator

from pipeline.cli import main
from pipeline.db import captures, open_database

PDF = make_pdf("Grants awarded to county libraries", [f"Line {i}: grants to {i * 3} libraries." for i in range(5)])
SHARED = news(4)
PATHS = ["/2025/03/18/council-transit-budget", "/old-flood-url", "/grants.pdf", "/library-a", "/library-b"]


def site_routes() -> dict:
    return {
        "/robots.txt": lambda h: h.send(404, "", ctype="text/plain"),
        PATHS[0]: news(0),
        "/old-flood-url": lambda h: h.send(301, b"Moved", {"Location": "/moved-once"}),
        "/moved-once": lambda h: h.send(302, gzip.compress(b"<p>Found</p>"),
                                        {"Location": "/weather/flood-warnings", "Content-Encoding": "gzip"}),
        "/weather/flood-warnings": news(2),
        "/grants.pdf": lambda h: h.send(200, PDF, ctype="application/pdf"),
        "/library-a": SHARED,  # the same bytes at two URLs: the second is a revisit record
        "/library-b": SHARED,
    }


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An archive made by the CLI from a loopback site, exported whole and for two events."""
    tmp = tmp_path_factory.mktemp("wacz")
    cfg = write_cli_config(tmp)
    runner = CliRunner()
    with LoopbackServer(site_routes()) as srv:
        write_events(tmp / "events", [srv.url(p) for p in PATHS])
        for command in (["extract", "-q"], ["archive", "-q"]):
            done = runner.invoke(main, ["--config", str(cfg), *command])
            assert done.exit_code == 0, done.output
        base = srv.url("/")
    db = open_database(tmp / "db.sqlite")
    rows = captures.captures_of(db)
    db.close()
    # whichever of the two shared pages was stored second is the revisit: export the event citing it
    revisit = next(r for r in rows if r.record_type == "revisit")
    revisit_event = f"event-{PATHS.index('/' + revisit.url[len(base):])}"
    results = {}
    for name, events in (("all", []), ("chain", ["event-1"]), ("revisit", [revisit_event])):
        args = ["--config", str(cfg), "export", "--wacz", str(tmp / f"{name}.wacz")]
        for event in events:
            args += ["--event", event]
        results[name] = runner.invoke(main, args)
        assert results[name].exit_code == 0, results[name].output
    return tmp, cfg, base, rows, results


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def records(data: bytes) -> list[tuple[str, str]]:
    return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI") or "") for r in ArchiveIterator(io.BytesIO(data))]


def test_the_cli_says_what_it_wrote(exported):
    tmp, _, _, _, results = exported
    assert results["all"].output == (
        f"export: {tmp / 'all.wacz'}: 1 WARC file(s), 7 indexed records, 5 pages, 5 text copies, "
        f"{(tmp / 'all.wacz').stat().st_size} bytes\n")


@needs_wacz
@pytest.mark.parametrize("name", ["all", "chain", "revisit"])
def test_the_wacz_package_validates_every_export(exported, name):
    tmp = exported[0]
    check = wacz_validate(tmp / f"{name}.wacz")
    assert check.returncode == 0, check.stdout + check.stderr


@needs_wacz
def test_validation_fails_when_a_copy_is_altered(exported, tmp_path):
    tmp = exported[0]
    bad = tmp_path / "bad.wacz"
    with zipfile.ZipFile(tmp / "all.wacz") as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data.replace(b"council", b"c0uncil") if info.filename.startswith("copies/") else data)
    assert wacz_validate(bad).returncode != 0


def test_the_whole_export_holds_the_archive_byte_for_byte(exported):
    tmp, _, _, rows, _ = exported
    files = members(tmp / "all.wacz")
    warc_names = {r.warc_file for r in rows}
    assert {n for n in files if n.startswith("archive/")} == {f"archive/{n}" for n in warc_names}
    for name in warc_names:
        assert files[f"archive/{name}"] == (tmp / "archive" / "warc" / name).read_bytes()
    for row in rows:
        if row.copy_path:
            assert files["copies/" + row.copy_path.replace("/", "__")] == (tmp / "archive" / row.copy_path).read_bytes()
    package = json.loads(files["datapackage.json"])
    assert package["wacz_version"] == "1.1.1"
    listed = {r["path"]: r for r in package["resources"]}
    assert set(listed) == set(files) - {"datapackage.json", "datapackage-digest.json"}
    for path, resource in listed.items():
        assert resource["hash"] == "sha256:" + hashlib.sha256(files[path]).hexdigest()
        assert resource["bytes"] == len(files[path])
    digest = json.loads(files["datapackage-digest.json"])
    assert digest["hash"] == "sha256:" + hashlib.sha256(files["datapackage.json"]).hexdigest()
    pages = [json.loads(line) for line in files["pages/pages.jsonl"].decode().splitlines()]
    assert pages[0]["format"] == "json-pages-1.0"
    assert {p["url"] for p in pages[1:]} == {r.url for r in rows}
    exported_rows = json.loads(files["sourcevault/export.json"])["captures"]
    assert {r["warc_record_id"]: r["body_sha256"] for r in exported_rows} == {r.warc_record_id: r.body_sha256
                                                                               for r in rows}
    assert all(r["warc_in_wacz"] == f"archive/{r['warc_file']}" for r in exported_rows)


def test_an_auditor_rechecks_the_manifest_with_sha256sum(exported):
    tmp = exported[0]
    sums = members(tmp / "all.wacz")["sourcevault/SHA256SUMS"]
    assert sums.count(b"\n") == 1 + 5  # the WARC file and the five copies
    check = subprocess.run(["sha256sum", "-c", "-"], input=sums, cwd=tmp / "archive", capture_output=True,
                           timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr


def test_an_event_export_holds_only_what_the_event_cites(exported, tmp_path):
    tmp, _, base, _, _ = exported
    files = members(tmp / "chain.wacz")
    [warc_name] = [n for n in files if n.startswith("archive/")]
    got = records(files[warc_name])
    (tmp_path / "chain.warc.gz").write_bytes(files[warc_name])
    assert_warcio_check_passes(tmp_path / "chain.warc.gz")
    chain = [base + "old-flood-url", base + "moved-once", base + "weather/flood-warnings"]
    assert got == [(kind, url) for url in chain for kind in ("response", "request")]
    assert [n for n in files if n.startswith("copies/")] == [
        "copies/127.0.0.1__2024-11-09--flood-warnings-issued-for-three-counties-as-river-nears-record-level.md"]
    index = files["indexes/index.cdx"].decode().splitlines()
    assert sorted(json.loads(line.split(" ", 2)[2])["status"] for line in index) == ["200", "301", "302"]
    exported_rows = json.loads(files["sourcevault/export.json"])["captures"]
    assert {r["warc_in_wacz"] for r in exported_rows} == {warc_name}  # the file in this package that holds it


def test_a_revisit_is_exported_with_the_record_it_refers_to(exported):
    tmp, _, _, rows, _ = exported
    files = members(tmp / "revisit.wacz")
    [warc_name] = [n for n in files if n.startswith("archive/")]
    got = records(files[warc_name])
    revisit = next(r for r in rows if r.record_type == "revisit")
    original = next(r for r in rows if r.warc_record_id == revisit.refers_to_record_id)
    assert got == [("response", original.url), ("request", original.url), ("revisit", revisit.url),
                   ("request", revisit.url)]


@needs_wacz
def test_the_index_agrees_with_webrecorders_indexer(exported, tmp_path):
    tmp, _, _, rows, _ = exported
    name = rows[0].warc_file
    theirs = subprocess.run([str(BIN / "cdxj-indexer"), "-s", str(tmp / "archive" / "warc" / name)],
                            capture_output=True, text=True, timeout=120)
    assert theirs.returncode == 0, theirs.stderr
    ours = members(tmp / "all.wacz")["indexes/index.cdx"].decode()

    def parsed(text: str) -> list[tuple[str, str, dict]]:
        out = []
        for line in text.splitlines():
            key, ts, data = line.split(" ", 2)
            out.append((key, ts, json.loads(data)))
        return sorted(out, key=lambda e: (e[0], e[1], e[2]["offset"]))

    assert parsed(ours) == parsed(theirs.stdout)


def test_an_unknown_event_is_a_usage_error_naming_it(exported):
    tmp, cfg, _, _, _ = exported
    result = CliRunner().invoke(main, ["--config", str(cfg), "export", "--wacz", str(tmp / "x.wacz"),
                                       "--event", "event-1", "--event", "no-such-event"])
    assert result.exit_code == 2
    assert "no current event with id 'no-such-event'" in result.output
    assert not (tmp / "x.wacz").exists()


@needs_pywb
def test_pywb_replays_the_redirect_chain_from_an_event_export(exported):
    tmp, _, base, rows, _ = exported
    when = next(r.captured_at for r in rows if r.url.endswith("old-flood-url"))
    with pywb(tmp / "pywb", "ev", [tmp / "chain.wacz"], unpack_wacz=True) as root:
        r = httpx.get(replay_prefix(root, when) + base + "old-flood-url", timeout=30, trust_env=False,
                      follow_redirects=True)
    assert [h.status_code for h in r.history] == [301, 302] and r.status_code == 200
    assert ARTICLES[2].title in r.text


@needs_wacz
def test_an_answer_without_a_content_type_is_indexed_as_webrecorders_indexer_does(tmp_path):
    from pipeline.export.cdxj import index_lines

    http = b"HTTP/1.1 302 Found\r\nLocation: https://example.org/new\r\nContent-Length: 0\r\n\r\n"
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/old\r\n"
            "WARC-Date: 2025-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:0b5d4c5e-4b8a-4a34-9a8e-2a4d3c1e0f01>\r\n"
            "WARC-Payload-Digest: sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ\r\n"  # of the empty payload, as ours carry
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    path = tmp_path / "bare.warc.gz"  # a redirect whose answer names no Content-Type
    path.write_bytes(gzip.compress(head.encode() + http + b"\r\n\r\n"))
    theirs = subprocess.run([str(BIN / "cdxj-indexer"), str(path)], capture_output=True, text=True, timeout=60)
    assert theirs.returncode == 0, theirs.stderr
    (ours,) = index_lines([(path, "bare.warc.gz")])
    assert json.loads(ours.split(" ", 2)[2]) == json.loads(theirs.stdout.strip().split(" ", 2)[2])
