"""`sourcevault show`: what an auditor needs to find each capture's record and body with standard tools."""

from __future__ import annotations

import yaml
from archiveworld import archive_one_page_at_two_urls
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.db import captures


def test_a_revisit_capture_says_where_its_body_is(tmp_path):
    """A revisit record holds no body: `warcio extract --payload` at its offset prints nothing, so show
    names the record that holds it, where body_sha256 can be re-checked."""
    config, db = archive_one_page_at_two_urls(tmp_path)
    original, revisit = sorted(captures.captures_of(db), key=lambda c: c.refers_to_record_id is not None)
    assert revisit.refers_to_record_id == original.warc_record_id
    event = "event-0" if revisit.url.endswith("/a") else "event-1"  # whichever was fetched second
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({"paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"}}))
    shown = CliRunner().invoke(main, ["--config", str(cfg), "show", event])
    assert shown.exit_code == 0
    assert (f"revisit of {original.warc_record_id}: its body is in {original.warc_file} @{original.warc_offset}"
            in shown.output)
    data = CliRunner().invoke(main, ["--config", str(cfg), "show", event, "--json"]).output
    assert f'"refers_to_warc_offset": {original.warc_offset}' in data
