"""One validated configuration object, loaded from ``config.yaml``.

Each section is a frozen dataclass; a field's metadata says what values it
allows. ``load_config`` refuses unknown keys and bad values with a
:class:`ConfigError` that names the key (``check.broken_after_days``) and what
is allowed. Relative paths resolve against the folder of the config file. The
object is passed down to every stage; nothing reads configuration from globals.

To add a setting: add a field (with a default and, if needed, ``min``/``max``
metadata; a closed set of choices is a ``StrEnum`` field) to a section here, and
document it in ``config.yaml``.
"""

from __future__ import annotations

import dataclasses
import enum
import ipaddress
import math
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .safeload import DocumentError, decode_text, describe_yaml_error, load_yaml

__all__ = ["DEFAULT_CONFIG_NAME", "CheckMethod", "Config", "ConfigError", "LogFormat", "LogLevel", "MovedPolicy",
           "Recapture", "ReportFormat", "load_config"]

DEFAULT_CONFIG_NAME = "config.yaml"


class ConfigError(Exception):
    """The configuration cannot be used; the message names the key or file."""


class CheckMethod(enum.StrEnum):
    AUTO = "auto"  # GET every page (conditional when judged before), reading only what judging keeps
    HEAD = "head"
    GET = "get"


class Recapture(enum.StrEnum):
    NEVER = "never"
    CHANGED = "changed"  # a conditional GET every recapture_after_days; a new capture when the body changed


class ReportFormat(enum.StrEnum):
    MARKDOWN = "markdown"
    HTML = "html"
    CSV = "csv"
    JSON = "json"


class MovedPolicy(enum.StrEnum):
    """What ``sourcevault fix`` does with a source that moved permanently (docs/fix.md)."""

    REPLACE = "replace"  # url becomes the new address
    KEEP_BOTH = "keep_both"  # url becomes the new address; the old one is kept under fix.moved_old_key
    REPORT = "report"  # no edit: listed for a person


class LogLevel(enum.StrEnum):
    DEBUG = "debug"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class LogFormat(enum.StrEnum):
    AUTO = "auto"  # readable on a terminal, JSON lines otherwise
    TEXT = "text"
    JSON = "json"


def _setting(default: Any, *, min: float | None = None,
             max: float | None = None, path: bool = False,
             check: typing.Callable[[Any], str | None] | None = None) -> Any:
    """A setting's default and what it allows; ``check`` returns an error text or None."""
    meta = {"min": min, "max": max, "path": path, "check": check}
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda: type(default)(default), metadata=meta)
    return field(default=default, metadata=meta)


def _extensions_error(extensions: list[str]) -> str | None:
    if not extensions:
        return "expected at least one file ending (e.g. .md)"
    bad = next((e for e in extensions if not e.strip(". ")), None)
    return f"{bad!r} is not a file ending (an empty ending matches every file)" if bad is not None else None


def _host_names_error(hosts: list[str]) -> str | None:
    """Snapshot hosts are compared by host name alone: a port, scheme or path would never match."""
    bad = next((h for h in hosts if not re.fullmatch(r"[A-Za-z0-9.-]+", h.strip() or "?")), None)
    return (f"{bad!r} is not a bare host name (no scheme, port or path: snapshot URLs are recognised by "
            "host name alone)" if bad is not None else None)


@dataclass(frozen=True)
class PathsConfig:
    events: list[Path] = _setting(["seeds"], path=True)
    archive: Path = _setting("archive", path=True)
    database: Path = _setting("data/sourcevault.db", path=True)
    log_file: Path | None = _setting(None, path=True)


@dataclass(frozen=True)
class ExtractConfig:
    extensions: list[str] = _setting([".md", ".markdown", ".json", ".yaml", ".yml"], check=_extensions_error)
    source_keys: list[str] = _setting(["sources", "citations"])
    archive_keys: list[str] = _setting(["archive_url", "archived", "archive"])
    body_links: bool = _setting(True)
    extra_tracking_params: list[str] = _setting([])
    wayback_hosts: list[str] = _setting([], check=_host_names_error)  # more Wayback hosts (/web/<stamp>/<url>)
    max_file_bytes: int = _setting(5_000_000, min=1_000)
    batch_size: int = _setting(500, min=1, max=100_000)
    workers: int = _setting(2, min=1, max=64)


@dataclass(frozen=True)
class ReportConfig:
    output_dir: Path = _setting("reports", path=True)
    formats: list[ReportFormat] = _setting(list(ReportFormat))
    trend_reports: int = _setting(10, min=2, max=1000)


@dataclass(frozen=True)
class MatchConfig:
    extra_archives: list[Path] = _setting([], path=True)
    extensions: list[str] = _setting([".md", ".markdown", ".txt"], check=_extensions_error)
    threshold: float = _setting(0.8, min=0.0, max=1.0)
    candidate_threshold: float = _setting(0.55, min=0.0, max=1.0)
    ambiguity_margin: float = _setting(0.05, min=0.0, max=1.0)
    max_candidates: int = _setting(3, min=0, max=100)
    date_tolerance_days: int = _setting(7, min=0, max=3650)
    max_file_bytes: int = _setting(5_000_000, min=1_000)
    batch_size: int = _setting(200, min=1, max=100_000)
    workers: int = _setting(2, min=1, max=64)

    def __post_init__(self) -> None:
        if self.candidate_threshold > self.threshold:
            raise ConfigError(f"match.candidate_threshold ({self.candidate_threshold}) must not be above "
                              f"match.threshold ({self.threshold})")


@dataclass(frozen=True)
class HttpConfig:
    """The one HTTP layer (pipeline/http.py), shared by every stage that fetches."""

    user_agent: str = _setting("sourcevault/0.1 (citation link checker and archiver)")
    max_concurrency: int = _setting(32, min=1, max=1024)
    per_host_concurrency: int = _setting(2, min=1, max=64)
    per_host_delay_s: float = _setting(0.05, min=0, max=600)  # the floor under the adaptive gap
    target_in_flight: float = _setting(1.0, min=0.1, max=64)
    start_delay_s: float = _setting(0.25, min=0, max=600)
    max_delay_s: float = _setting(60.0, min=0, max=3600)
    connect_timeout_s: float = _setting(10.0, min=0.05, max=600)
    read_timeout_s: float = _setting(20.0, min=0.05, max=600)
    total_timeout_s: float = _setting(45.0, min=0.1, max=3600)
    max_redirects: int = _setting(10, min=0, max=50)
    max_retries: int = _setting(2, min=0, max=10)
    retry_backoff_s: float = _setting(2.0, min=0, max=600)
    max_retry_wait_s: float = _setting(60.0, min=0, max=3600)
    max_body_bytes: int = _setting(50_000_000, min=1_000)
    respect_robots: bool = _setting(True)
    max_crawl_delay_s: float = _setting(10.0, min=0, max=600)
    verify_tls: bool = _setting(True)
    allow_private_addresses: bool = _setting(False)
    allowed_networks: list[str] = _setting([])

    def __post_init__(self) -> None:
        if self.allow_private_addresses and self.allowed_networks:
            raise ConfigError("http.allowed_networks has no effect while http.allow_private_addresses is true "
                              "(every address is allowed): remove one of them")
        for i, net in enumerate(self.allowed_networks):
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ConfigError(f"http.allowed_networks[{i}]: {net!r} is not an address or network "
                                  "(e.g. 10.1.2.0/24)") from None


@dataclass(frozen=True)
class CheckConfig:
    """The check stage (pipeline/stages/check.py): verdicts, states and scheduling."""

    method: CheckMethod = _setting(CheckMethod.AUTO)
    read_bytes: int = _setting(262_144, min=1_024)
    max_page_bytes: int = _setting(5_000_000, min=1_024)
    state_read_bytes: int = _setting(2_000_000, min=1_024)
    soft404_similarity: float = _setting(0.8, min=0.5, max=1.0)
    probe_max_age_days: float = _setting(7.0, min=0, max=365)
    broken_after_checks: int = _setting(3, min=1, max=100)
    broken_after_days: float = _setting(3.0, min=0, max=365)
    recheck_healthy_days: float = _setting(7.0, min=0, max=365)
    recheck_failing_hours: float = _setting(24.0, min=0, max=24 * 365)
    recheck_broken_days: float = _setting(14.0, min=0, max=365)
    recheck_unverifiable_days: float = _setting(3.0, min=0, max=365)
    jitter: float = _setting(0.1, min=0, max=0.5)
    batch_size: int = _setting(200, min=1, max=100_000)
    offline_after_sites: int = _setting(3, min=0, max=100_000)


@dataclass(frozen=True)
class ArchiveConfig:
    """The archive stage (pipeline/stages/archive.py): WARC captures and text copies."""

    recapture: Recapture = _setting(Recapture.CHANGED)  # CHANGED: a cited page that silently changes is seen
    recapture_after_days: float = _setting(30.0, min=0, max=3650)
    retry_failed_after_hours: float = _setting(24.0, min=0, max=24 * 3650)
    max_body_bytes: int = _setting(50_000_000, min=1_000)
    warc_prefix: str = _setting("sourcevault")
    warc_max_file_bytes: int = _setting(1_000_000_000, min=100_000)
    warc_rotate_daily: bool = _setting(True)
    min_text_length: int = _setting(500, min=0, max=1_000_000)
    max_pdf_pages: int = _setting(300, min=1, max=100_000)
    drift_threshold: float = _setting(0.8, min=0, max=1)
    # bodies the check re-read and found changed, kept for the archive stage's text (pipeline/archive/recheck.py)
    recheck_spool_bytes: int = _setting(500_000_000, min=0)
    recheck_spool_pages: int = _setting(2_000, min=0, max=1_000_000)
    process_pool: int = _setting(2, min=0, max=64)
    # each extraction's share (pipeline/archive/textjob.py): markup read by the extractor, CPU, worker memory
    max_extract_bytes: int = _setting(1_000_000, min=10_000)
    extract_cpu_limit_s: float = _setting(5.0, min=0.1, max=3600)
    extract_pdf_page_cpu_s: float = _setting(0.5, min=0, max=600)
    worker_max_rss_mb: int = _setting(150, min=50, max=1_000_000)
    max_in_flight: int = _setting(64, min=1, max=1024)
    wayback_lookup: bool = _setting(True)
    wayback_lookup_after_days: float = _setting(30.0, min=0, max=3650)
    wayback_budget_s: float = _setting(30.0, min=0, max=86_400)
    wayback_interval_s: float = _setting(1.0, min=0, max=600)
    wayback_available_url: str = _setting("https://archive.org/wayback/available")
    wayback_cdx_url: str = _setting("https://web.archive.org/cdx/search/cdx")
    wayback_web_url: str = _setting("https://web.archive.org/web")
    save_page_now: bool = _setting(False)
    save_page_now_url: str = _setting("https://web.archive.org/save")
    save_page_now_auth_env: str = _setting("SOURCEVAULT_SPN_AUTH")
    save_page_now_interval_s: float = _setting(10.0, min=0, max=3600)
    save_page_now_max_per_run: int = _setting(50, min=0, max=100_000)
    external_max_per_run: int = _setting(500, min=0, max=1_000_000)


@dataclass(frozen=True)
class FixConfig:
    """``sourcevault fix`` (pipeline/fix/): edits proposed to the event files."""

    moved: MovedPolicy = _setting(MovedPolicy.KEEP_BOTH)
    moved_old_key: str = _setting("previous_url")
    access_date_keys: list[str] = _setting(["access_date", "date_accessed", "accessed", "retrieved"])
    archive_today_url: str = _setting("")  # e.g. https://archive.ph/timemap ; empty: not asked
    max_snapshot_tries: int = _setting(5, min=1, max=50)
    max_lookups: int = _setting(500, min=0, max=1_000_000)
    concurrency: int = _setting(4, min=1, max=64)


@dataclass(frozen=True)
class LogConfig:
    level: LogLevel = _setting(LogLevel.INFO)
    format: LogFormat = _setting(LogFormat.AUTO)


def _cron_error(expr: str) -> str | None:
    from .crontab import cron_trigger

    try:
        cron_trigger(expr)
    except ValueError as exc:
        return f"{expr!r} is not a cron expression (minute hour day-of-month month day-of-week): {exc}"
    return None


def _timezone_error(name: str) -> str | None:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {name!r} (use an IANA name such as UTC or Europe/Berlin)"
    return None


@dataclass(frozen=True)
class JobConfig:
    name: str = _setting("nightly")
    stages: list[str] = _setting([])  # empty: every stage, in order
    cron: str = _setting("0 3 * * *", check=_cron_error)
    timezone: str = _setting("UTC", check=_timezone_error)


@dataclass(frozen=True)
class ScheduleConfig:
    jobs: list[JobConfig] = _setting([JobConfig()])
    grace_seconds: int = _setting(60, min=0, max=3600)
    misfire_grace_seconds: int = _setting(3600, min=1)
    lock_wait_seconds: int = _setting(0, min=0)


@dataclass(frozen=True)
class Config:
    paths: PathsConfig = field(default_factory=PathsConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    http: HttpConfig = field(default_factory=HttpConfig)
    check: CheckConfig = field(default_factory=CheckConfig)
    archive: ArchiveConfig = field(default_factory=ArchiveConfig)
    match: MatchConfig = field(default_factory=MatchConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    fix: FixConfig = field(default_factory=FixConfig)
    log: LogConfig = field(default_factory=LogConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    source: Path | None = None  # the file this was loaded from (not a key in YAML)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)


def load_config(path: str | Path | None = None) -> Config:
    """Load and validate ``path`` (or the defaults, resolved against the cwd)."""
    if path is None:
        return _build(Config, {}, base=Path.cwd(), where="")
    path = Path(path)
    try:
        text = decode_text(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except DocumentError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: {describe_yaml_error(exc)}") from None
    except DocumentError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections")
    try:
        config = _build(Config, data, base=path.resolve().parent, where="")
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return dataclasses.replace(config, source=path.resolve())


def config_from_dict(data: dict[str, Any], base: Path) -> Config:
    """Build a config from a mapping, as if it were a YAML file in ``base``."""
    return _build(Config, data, base=base, where="")


def _build(cls: type, data: Any, base: Path, where: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"{where or 'config'}: expected a mapping, got {_describe(data)}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name != "source"}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        key = f"{where}.{unknown[0]}" if where else str(unknown[0])
        raise ConfigError(f"unknown key {key!r} (allowed: {', '.join(fields)})")
    values = {}
    for name, f in fields.items():
        key = f"{where}.{name}" if where else name
        hint = hints[name]
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            section = data.get(name)
            values[name] = _build(hint, section if section is not None else {}, base, key)
        elif name in data:
            values[name] = _coerce(key, data[name], hint, f.metadata, base)
            check = f.metadata.get("check")
            error = check(values[name]) if check else None
            if error:
                raise ConfigError(f"{key}: {error}")
    obj = cls(**values)
    # default relative paths resolve against the config folder too
    for name, f in fields.items():
        if f.metadata.get("path") and name not in data:
            object.__setattr__(obj, name, _resolve(getattr(obj, name), base))
    return obj


def _resolve(value: Any, base: Path) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [_resolve(v, base) for v in value]
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p)


def _coerce(key: str, value: Any, hint: Any, meta: typing.Mapping[str, Any], base: Path) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    optional = origin in (typing.Union, types.UnionType) and type(None) in args
    if optional:
        if value is None:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value, base, key)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list, got {_describe(value)}")
        return [_coerce(f"{key}[{i}]", v, args[0], meta, base) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping, got {_describe(value)}")
        return {str(k): _coerce(f"{key}.{k}", v, args[1], meta, base) for k, v in value.items()}
    if hint is Path:
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{key}: expected a path, got {_describe(value)}")
        return _resolve(value, base)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        allowed = [m.value for m in hint]
        if not isinstance(value, str) or value not in allowed:
            shown = repr(value) if isinstance(value, str) else _describe(value)
            raise ConfigError(f"{key}: {shown} is not allowed (allowed: {', '.join(allowed)})")
        return hint(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {_describe(value)}")
        return value
    if hint in (int, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        if hint is int and ok and float(value) != int(value):
            ok = False
        if not ok:
            wanted = "a whole number" if hint is int else "a finite number"
            raise ConfigError(f"{key}: expected {wanted}, got {_describe(value)}")
        value = hint(value)
        lo, hi = meta.get("min"), meta.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            bounds = f"from {lo} to {hi}" if lo is not None and hi is not None else (
                f"at least {lo}" if lo is not None else f"at most {hi}")
            raise ConfigError(f"{key}: {value} is out of range (allowed: {bounds})")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected text, got {_describe(value)}")
        control = next((c for c in value if ord(c) < 32 or ord(c) == 127), None)
        if control is not None:  # a CR/LF in a header value breaks every request; none belongs in a setting
            raise ConfigError(f"{key}: {value[:60]!r} contains the control character {control!r}")
        return value
    raise ConfigError(f"{key}: unsupported setting type {hint}")  # a programming fault


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    text = repr(value)
    return f"{type(value).__name__} {text[:40]}"
