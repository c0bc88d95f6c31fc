"""Webrecorder's tools (and warcio's checker), run as subprocesses (their imports raise DeprecationWarnings that the suite
treats as errors): pywb's ``wb-manager`` and ``wayback`` server on loopback, and ``wacz validate``.

They come with the ``test`` and ``replay`` extras; the tests that need them skip when absent.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

BIN = Path(sys.executable).parent
needs_pywb = pytest.mark.skipif(not (BIN / "wayback").exists() or not (BIN / "wb-manager").exists(),
                                reason="pywb is not installed (pip install -e '.[replay]')")
needs_wacz = pytest.mark.skipif(not (BIN / "wacz").exists(),
                                reason="the wacz package is not installed (pip install -e '.[replay]')")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wb_manager(site: Path, *args: str) -> None:
    done = subprocess.run([str(BIN / "wb-manager"), *args], cwd=site, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"wb-manager {' '.join(args)}: {done.stderr[-2000:]}"


@contextlib.contextmanager
def pywb(site: Path, collection: str, inputs: list[Path], *, unpack_wacz: bool = False) -> Iterator[str]:
    """A collection built with pywb's own tools from ``inputs`` (WARCs, or WACZs), served by its
    ``wayback`` server on loopback; yields ``http://127.0.0.1:<port>/<collection>/``."""
    site.mkdir(parents=True, exist_ok=True)
    wb_manager(site, "init", collection)
    wb_manager(site, "add", *(["--unpack-wacz"] if unpack_wacz else []), collection, *map(str, inputs))
    port = free_port()
    log_path = site / "wayback.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen([str(BIN / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=site,
                                  stdout=log, stderr=subprocess.STDOUT)
        try:
            root = f"http://127.0.0.1:{port}/{collection}/"
            for _ in range(600):  # until it answers (or has died)
                if server.poll() is not None:
                    pytest.fail(f"wayback exited: {log_path.read_text(errors='replace')[-2000:]}")
                try:
                    httpx.get(root, timeout=1, trust_env=False)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield root
        finally:
            server.terminate()
            server.wait(timeout=30)


def replay_prefix(root: str, captured_at: str, mode: str = "mp_") -> str:
    """The replay URL prefix of a capture date: ``<root><14 digits><mode>/``."""
    stamp = "".join(ch for ch in captured_at if ch.isdigit())[:14]
    return f"{root}{stamp}{mode}/"


def assert_warcio_check_passes(path: Path) -> None:
    """warcio's own checker (as an auditor runs it) re-computes every digest of ``path`` and finds them right."""
    done = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "digest pass" in done.stdout, done.stdout + done.stderr


def wacz_validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "wacz"), "validate", "-f", str(path)], capture_output=True, text=True,
                          timeout=300)
