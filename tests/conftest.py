"""Shared fixtures: loopback servers and configs that allow them (explicitly)."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from servers import LoopbackServer  # noqa: E402

from pipeline.config import Config, HttpConfig  # noqa: E402


def fast_http(**changes: object) -> HttpConfig:
    """An HTTP config for tests: loopback allowed, short timeouts, no politeness delay."""
    base = HttpConfig(allow_private_addresses=True, per_host_delay_s=0, connect_timeout_s=2, read_timeout_s=2,
                      total_timeout_s=2, retry_backoff_s=0.05, max_retry_wait_s=5, max_retries=2,
                      max_concurrency=16, per_host_concurrency=4)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config().replace(http=fast_http())
