"""The archive manifest, checked by the standard tool an auditor would use."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import ARCHIVE

from pipeline.audit.manifest import MANIFEST_NAME, write_manifest

pytestmark = pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils sha256sum not installed")


def test_sha256sum_accepts_the_manifest_and_catches_a_change(tmp_path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(ARCHIVE / "hand-saved", root / "hand-saved")
    (root / "warc").mkdir()
    (root / "warc" / "a.warc.gz").write_bytes(b"\x1f\x8b" + bytes(range(256)) * 4)
    (root / "example.org").mkdir()
    (root / "example.org" / "2025-01-01--a page with spaces.md").write_text("text\n", encoding="utf-8")
    (root / "example.org" / ".draft.md.tmp").write_text("half", encoding="utf-8")
    summary = write_manifest(root)
    assert summary.files == 3
    lines = (root / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == [
        "example.org/2025-01-01--a page with spaces.md",
        "hand-saved/2025-03-18--putin-envoy-dmitriev-says-he-will-hold-talks-with-musk-about-mars-exploration.txt",
        "warc/a.warc.gz",
    ]
    ok = subprocess.run(["sha256sum", "-c", "--strict", MANIFEST_NAME], cwd=root, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (root / "example.org" / "2025-01-01--a page with spaces.md").write_text("edited\n", encoding="utf-8")
    bad = subprocess.run(["sha256sum", "-c", MANIFEST_NAME], cwd=root, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "example.org/2025-01-01--a page with spaces.md: FAILED" in bad.stdout
