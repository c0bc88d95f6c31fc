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


def write_events(folder: Path, urls_by_event: dict[str, list[str]]) -> None:
    """One Markdown event file per id, citing ``urls`` as its sources."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, (event_id, urls) in enumerate(sorted(urls_by_event.items())):
        sources = "\n".join(f"  - url: {u}\n    title: Source {n}" for n, u in enumerate(urls, 1))
        (folder / f"2025-01-{i % 28 + 1:02d}--{event_id}.md").write_text(
            f"---\nid: {event_id}\ndate: 2025-01-{i % 28 + 1:02d}\ntitle: Event {event_id}\nsources:\n{sources}\n---\n"
            "Body.\n", encoding="utf-8")


def corpus_config(tmp_path: Path, **check: object) -> Config:
    """A config whose events folder and database live in ``tmp_path``, loopback allowed."""
    from pipeline.config import CheckConfig, PathsConfig

    paths = PathsConfig(events=[tmp_path / "events"], archive=tmp_path / "archive",
                        database=tmp_path / "data" / "sv.db")
    return Config(paths=paths, http=fast_http(), check=dataclasses.replace(CheckConfig(), **check))
