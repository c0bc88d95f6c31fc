"""Loading config.yaml: defaults, path resolution, and refusal of bad settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, write_config

from pipeline.config import ConfigError, load_config


def test_shipped_config_is_valid_and_processes_the_seeds() -> None:
    config = load_config(ROOT / "config.yaml")
    assert config.paths.events == [ROOT / "seeds"]
    assert config.paths.archive == ROOT / "archive"
    assert config.source == ROOT / "config.yaml"


def test_shipped_config_states_every_default() -> None:
    """config.yaml lists every key of every section, with the built-in defaults as values."""
    import dataclasses

    import yaml

    shipped = load_config(ROOT / "config.yaml")
    builtin = load_config(None)  # relative defaults resolve against the cwd instead
    text = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    for f in dataclasses.fields(shipped):
        if f.name == "source":
            continue
        section = getattr(shipped, f.name)
        assert set(text[f.name]) == set(section.__dataclass_fields__), f"config.yaml [{f.name}] misses keys"
        if f.name != "paths":
            assert section == getattr(builtin, f.name), f"config.yaml [{f.name}] differs from the defaults"


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    sub = tmp_path / "conf"
    sub.mkdir()
    config = load_config(write_config(sub, {"paths": {"events": ["ev", "/abs/ev"], "database": "db/x.db"}}))
    assert config.paths.events == [sub / "ev", Path("/abs/ev")]
    assert config.paths.database == sub / "db/x.db"
    assert config.paths.archive == sub / "archive"  # a default is relative to the file too


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"pahts": {}}, "unknown key 'pahts' (allowed: paths, extract, "),
        ({"extract": {"batch": 3}}, "unknown key 'extract.batch' (allowed: extensions, source_keys"),
        ({"extract": {"batch_size": 0}}, "extract.batch_size: 0 is out of range (allowed: from 1 to 100000)"),
        ({"extract": {"batch_size": "many"}}, "extract.batch_size: expected a whole number, got str 'many'"),
        ({"extract": {"body_links": "yes"}}, "extract.body_links: expected true or false"),
        ({"extract": {"source_keys": "sources"}}, "extract.source_keys: expected a list"),
        ({"log": {"level": "loud"}}, "log.level: 'loud' is not allowed (allowed: debug, info, warning, error)"),
        ({"paths": {"events": [3]}}, "paths.events[0]: expected a path"),
        ({"paths": "here"}, "paths: expected a mapping"),
        ({"extract": {"wayback_hosts": ["127.0.0.1:8082"]}}, "'127.0.0.1:8082' is not a bare host name"),
        ({"extract": {"wayback_hosts": ["https://mirror.example.org"]}}, "is not a bare host name"),
    ],
)
def test_bad_settings_name_the_key_and_what_is_allowed(tmp_path: Path, data: dict, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(tmp_path, data))
    assert message in str(info.value)
    assert str(tmp_path / "config.yaml") in str(info.value)


def test_unreadable_or_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("paths: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="YAML syntax error"):
        load_config(bad)
    bad.write_bytes("http:\n  user_agent: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"bad.yaml: cannot read config: not UTF-8 text \(byte 23\)"):
        load_config(bad)
    bad.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="top level must be a mapping"):
        load_config(bad)


def test_a_yaml_syntax_error_is_one_line_naming_the_file_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("paths:\n  events: a: b\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert str(info.value).startswith(f"{bad}: line 2, column 12: YAML syntax error: ")
    assert "\n" not in str(info.value)
    bad.write_text("paths:\n  events: [unclosed\n  database: x.db\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert "\n" not in str(info.value)
    assert "line 2, column 11" in str(info.value)  # where the list that is never closed starts


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    evil = tmp_path / "evil.yaml"
    evil.write_text("paths: !!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1, column 8: unsupported YAML"):
        load_config(evil)


@pytest.mark.parametrize(("text", "message"), [
    ("http:\n  total_timeout_s: .nan\n", "http.total_timeout_s: expected a finite number, got float nan"),
    ("http:\n  connect_timeout_s: .nan\n", "http.connect_timeout_s: expected a finite number"),
    ("check:\n  jitter: .nan\n", "check.jitter: expected a finite number"),
    ("http:\n  per_host_delay_s: .NaN\n", "http.per_host_delay_s: expected a finite number"),
    ("http:\n  max_retry_wait_s: .inf\n", "http.max_retry_wait_s: expected a finite number, got float inf"),
    ("extract:\n  batch_size: -.inf\n", "extract.batch_size: expected a whole number"),
    ('http:\n  user_agent: "sourcevault\\r\\nX-Evil: 1"\n', "http.user_agent: 'sourcevault\\r\\nX-Evil: 1' contains "
     "the control character '\\r'"),
    ('http:\n  user_agent: "bot\\n"\n', "contains the control character '\\n'"),
    ('extract:\n  extensions: [""]\n', "extract.extensions: '' is not a file ending"),
    ('extract:\n  extensions: [".md", "."]\n', "extract.extensions: '.' is not a file ending"),
    ("extract:\n  extensions: []\n", "extract.extensions: expected at least one file ending"),
    ('match:\n  extensions: [" "]\n', "match.extensions: ' ' is not a file ending"),
    ("http:\n  allow_private_addresses: true\n  allowed_networks: [10.0.0.0/8]\n",
     "http.allowed_networks has no effect while http.allow_private_addresses is true"),
    ("http:\n  allow_private_addresses: false\nhttp:\n  allow_private_addresses: true\n",
     "duplicated key 'http' on line 3 (first on line 1)"),
    ("http:\n  max_retries: 1\n  max_retries: 5\n", "duplicated key 'max_retries' on line 3 (first on line 2)"),
])
def test_settings_that_would_break_every_fetch_are_refused(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "config.yaml")
    assert message in str(info.value) and str(tmp_path / "config.yaml") in str(info.value)
