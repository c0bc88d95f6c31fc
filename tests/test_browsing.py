"""The canned Datasette queries run against a real sourcevault database."""

from __future__ import annotations

import sqlite3

import yaml
from conftest import ROOT

from pipeline.extract import stage as extract


def test_every_canned_query_runs(project) -> None:
    project.add_seeds()
    config = project.config()
    db = project.db(config)
    extract.run(db, config)
    meta = yaml.safe_load((ROOT / "docs" / "datasette" / "metadata.yml").read_text(encoding="utf-8"))
    queries = meta["databases"]["sourcevault"]["queries"]
    assert "broken_links_by_event" in queries
    conn = sqlite3.connect(config.paths.database)
    try:
        for _name, query in queries.items():
            params = {"canonical_url": "https://www.theguardian.com/world/2025/mar/18/russia-mars-elon-musk"}
            conn.execute(query["sql"], params if ":" in query["sql"] else {}).fetchall()
        rows = conn.execute(queries["broken_links_by_event"]["sql"]).fetchall()
        assert rows == []  # nothing checked yet, so nothing broken
    finally:
        conn.close()
