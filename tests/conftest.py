"""Shared fixtures: tmp projects with their own config, loopback servers, and
configs that allow loopback addresses (explicitly: the default refuses them)."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))

from servers import LoopbackServer

from pipeline.config import Config, HttpConfig, load_config
from pipeline.db import open_database
from pipeline.net.fetcher import Fetcher
from pipeline.net.results import FetchResult

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARCHIVE = ROOT / "archive"
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "events"
SEED_EVENT_ID = "2025-03-18--russia-will-undoubtedly-discuss-future-mars-flights-with-mus"


def write_config(folder: Path, data: dict) -> Path:
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path):
    """A tmp project: ``events/`` (empty), ``archive/``, and a factory for configs."""

    class Project:
        root = tmp_path
        events = tmp_path / "events"
        archive = tmp_path / "archive"

        def config(self, **sections: dict) -> Config:
            data = {"paths": {"events": ["events"], "archive": "archive", "database": "data/sv.db"}}
            for name, values in sections.items():
                data.setdefault(name, {}).update(values)
            return load_config(write_config(tmp_path, data))

        def db(self, config: Config):
            return open_database(config.paths.database)

        def add_seeds(self) -> None:
            shutil.copytree(SEEDS, self.events, dirs_exist_ok=True)

        def add_corpus(self) -> None:
            shutil.copytree(CORPUS, self.events, dirs_exist_ok=True)

    Project.events.mkdir()
    Project.archive.mkdir()
    return Project()


def fast_http(**changes: object) -> HttpConfig:
    """An HTTP config for tests: loopback allowed, short timeouts, no politeness delay."""
    base = HttpConfig(allow_private_addresses=True, per_host_delay_s=0, start_delay_s=0, connect_timeout_s=2, read_timeout_s=2,
                      total_timeout_s=2, retry_backoff_s=0.05, max_retry_wait_s=5, max_retries=2,
                      max_concurrency=16, per_host_concurrency=4)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def fetch(http: HttpConfig, url: str, **kwargs: object) -> FetchResult:
    """One fetch of ``url`` by a fetcher of its own (``fetcher_args=``: the Fetcher's keyword arguments)."""
    async def go() -> FetchResult:
        async with Fetcher(http, **kwargs.pop("fetcher_args", {})) as f:  # type: ignore[arg-type]
            return await f.fetch(url, **kwargs)  # type: ignore[arg-type]
    return asyncio.run(go())


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


def db_rows(config: Config, sql: str) -> list[Any]:
    """The rows ``sql`` selects from the project's database (opened and closed again)."""
    db = open_database(config.paths.database)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` is running (a zombie has ended; Linux's /proc)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]
