"""Helpers shared by the archive, audit and CLI tests: events citing pages, a config, a clock, WARC ids."""

from __future__ import annotations

import dataclasses
import itertools
import os
from pathlib import Path

import yaml
from conftest import fast_http
from newspages import ARTICLES, render

from pipeline.archive import stage as archive
from pipeline.archive.text import extract_capture
from pipeline.config import ArchiveConfig, Config, PathsConfig


def news(article_index: int, layout: str = "semantic"):
    page = render(ARTICLES[article_index], layout)[0]
    return lambda h: h.send(200, page)


def write_events(folder: Path, urls: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, url in enumerate(urls):
        front = {"id": f"event-{i}", "date": "2025-03-18", "title": f"Event {i}",
                 "sources": [{"title": f"Source {i}", "url": url}]}
        (folder / f"event-{i}.md").write_text(f"---\n{yaml.safe_dump(front)}---\n\nBody {i}.\n", encoding="utf-8")


def write_cli_config(tmp_path: Path) -> Path:
    """A config.yaml for CLI tests: events, archive and database in ``tmp_path``, loopback allowed."""
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({
        "paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"},
        "http": {"allow_private_addresses": True, "per_host_delay_s": 0, "start_delay_s": 0, "connect_timeout_s": 2,
                 "total_timeout_s": 5, "max_retries": 0},
        "archive": {"wayback_lookup": False, "process_pool": 0},
    }))
    return cfg


def make_config(tmp_path: Path, **archive_changes: object) -> Config:
    paths = PathsConfig(events=[tmp_path / "events"], archive=tmp_path / "archive", database=tmp_path / "db.sqlite")
    arch = dataclasses.replace(ArchiveConfig(process_pool=2, wayback_lookup=False), **archive_changes)
    return Config(paths=paths, http=fast_http(), archive=arch)


class Clock:
    def __init__(self, start: str = "2025-03-20T08:00:00Z") -> None:
        self.now = start

    def __call__(self) -> str:
        return self.now


def ids():
    counter = itertools.count(1)
    return lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"


def run_archive(db, config, clock=None):
    return archive.run(db, config, clock=clock or Clock(), make_id=ids())


def extract_or_die(job):
    """The archive's extraction in its worker, except that a page whose URL ends in ``/fatal`` kills
    the worker, as a hostile page that exhausts its memory would."""
    if job.url.endswith("/fatal"):
        os._exit(9)
    return extract_capture(job)



def archive_pages(tmp_path: Path, pages: dict):
    """Events citing ``pages`` (path -> route, served on loopback), extracted and archived in ``tmp_path``.
    Returns the config and the open database."""
    from servers import LoopbackServer

    from pipeline.db import open_database
    from pipeline.extract import stage as extract

    with LoopbackServer({"/robots.txt": lambda h: h.send(404, ""), **pages}) as srv:
        write_events(tmp_path / "events", [srv.url(path) for path in pages])
        config = make_config(tmp_path, process_pool=0)
        db = open_database(config.paths.database)
        extract.run(db, config)
        run_archive(db, config)
    return config, db


def archive_one_page_at_two_urls(tmp_path: Path):
    """The same article served at /a and /same: the second capture is a revisit."""
    page = news(0)
    return archive_pages(tmp_path, {"/a": page, "/same": page})
