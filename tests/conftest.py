"""Shared fixtures: a project folder in tmp with its own config, seeds and database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.config import Config, load_config
from pipeline.db import open_database

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
