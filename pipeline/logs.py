"""Logging set-up: readable lines on a terminal, JSON lines elsewhere.

Console verbosity comes from ``-v``/``-q`` (default: warnings and errors only,
so a cron job stays quiet on success); the optional log file gets everything
at ``log.level`` from the config. ``log.format: auto`` writes JSON lines when
stderr is not a terminal, so a log collector can parse them.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from .config import LogFormat, LogLevel

__all__ = ["CALLER_SAYS", "JSONFormatter", "setup_logging"]

# ``extra`` for a line that the caller says again in its own words (a run's outcome: the CLI's
# closing error line, the daemon's line for the job): written to the log file, not to the console
CALLER_SAYS = {"_caller_says": True}

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class JSONFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, and any extras."""

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                data[key] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str, ensure_ascii=False)


class _Announce(logging.Filter):
    """Lets through the console what is at its level, and the info lines of the announcing loggers."""

    def __init__(self, level: int, loggers: tuple[str, ...]) -> None:
        super().__init__()
        self.level, self.loggers = level, loggers

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level or (record.levelno >= logging.INFO and record.name in self.loggers)


def setup_logging(verbosity: int = 0, fmt: LogFormat = LogFormat.AUTO, level: LogLevel = LogLevel.INFO,
                  log_file: Path | None = None, announce: tuple[str, ...] = ()) -> None:
    """``verbosity``: -1 quiet (errors), 0 warnings, 1 info, 2+ debug. At 0, the info lines of the
    ``announce`` loggers are shown too (the daemon's one line per run)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    console_level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    console = logging.StreamHandler(sys.stderr)
    if announce and verbosity == 0:
        console.addFilter(_Announce(console_level, announce))
        console_level = logging.INFO
    console.setLevel(console_level)
    console.addFilter(lambda record: not getattr(record, "_caller_says", False))
    use_json = fmt == LogFormat.JSON or (fmt == LogFormat.AUTO and not sys.stderr.isatty())
    console.setFormatter(JSONFormatter() if use_json else logging.Formatter("sourcevault: %(message)s"))
    root.addHandler(console)
    file_level = getattr(logging, level.upper())
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        fh = logging.FileHandler(log_file, encoding="utf-8")
        fh.setLevel(file_level)
        fh.setFormatter(JSONFormatter())
        root.addHandler(fh)
    root.setLevel(min(console_level, file_level if log_file else console_level))
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "courlan", "apscheduler", "filelock"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
