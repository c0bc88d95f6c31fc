"""Logging set-up: readable lines on a terminal, JSON lines elsewhere.

Console verbosity comes from ``-v``/``-q`` (default: warnings and errors only,
so a cron job stays quiet on success); the optional log file gets everything
at ``log.level`` from the config. ``log.format: auto`` writes JSON lines when
stderr is not a terminal, so a log collector can parse them.

A warning about one item among many (a file, a URL, a site) is logged with
``extra=per_item(kind, what, where)``: it goes to the log file, and to the console
only with ``-v``. At the end of the run, :func:`summarize_repeated` logs one line
per kind instead: its count, what it is and where the details are ("117 event files
ignored: duplicated event id — see the report's input problems or `sourcevault
status`"), with ``kind`` and ``count`` as fields under JSON logging. So a cron mail
has one line per kind of problem, however many items had it.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .config import LogFormat, LogLevel

__all__ = ["CALLER_SAYS", "JSONFormatter", "per_item", "setup_logging", "summarize_repeated"]

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


def per_item(kind: str, what: str = "", where: str = "") -> dict[str, str]:
    """``extra`` for a warning (or error) about one of many items: counted by ``kind`` and summed up at the end
    of the run as "<count> <what> — <where>" (``what`` defaults to the kind in words, ``where`` to the log)."""
    return {"kind": kind, "_what": what, "_where": where}


@dataclass
class _Count:
    count: int = 0
    level: int = logging.WARNING
    what: str = ""
    where: str = ""


class _Tally(logging.Handler):
    """Counts the per-item records (those with a ``kind``) that reached the root logger since the last summary."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: dict[str, _Count] = {}
        self.log_file: Path | None = None

    def emit(self, record: logging.LogRecord) -> None:
        kind = getattr(record, "kind", None)
        if kind is None or getattr(record, "_summary", False):
            return
        seen = self.counts.setdefault(str(kind), _Count())
        seen.count += 1
        seen.level = max(seen.level, record.levelno)
        seen.what = seen.what or getattr(record, "_what", "")
        seen.where = seen.where or getattr(record, "_where", "")


_TALLY = _Tally()


def summarize_repeated(logger: logging.Logger | None = None) -> dict[str, int]:
    """Log one line per kind of per-item problem counted since the last call, and start counting afresh.
    Returns the counts by kind."""
    logger = logger or logging.getLogger("pipeline")
    counts, _TALLY.counts = _TALLY.counts, {}
    for kind, seen in counts.items():
        what = seen.what or kind.replace("_", " ")
        each = f"each one in {_TALLY.log_file}" if _TALLY.log_file else "each one with -v"
        where = f"{seen.where}; {each}" if seen.where else each
        logger.log(seen.level, "%d %s — %s", seen.count, what, where,
                   extra={"kind": kind, "count": seen.count, "_summary": True})
    return {kind: seen.count for kind, seen in counts.items()}


def _not_per_item(record: logging.LogRecord) -> bool:
    return getattr(record, "kind", None) is None or getattr(record, "_summary", False)


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
        if handler is not _TALLY:  # the count goes on across a change of verbosity
            handler.close()
    console_level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    console = logging.StreamHandler(sys.stderr)
    if announce and verbosity == 0:
        console.addFilter(_Announce(console_level, announce))
        console_level = logging.INFO
    console.setLevel(console_level)
    console.addFilter(lambda record: not getattr(record, "_caller_says", False))
    if verbosity <= 0:  # the per-item lines are counted instead (summarize_repeated), unless -v asks for them
        console.addFilter(_not_per_item)
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
    _TALLY.log_file = log_file
    root.addHandler(_TALLY)
    root.setLevel(min(console_level, file_level if log_file else console_level))
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "courlan", "apscheduler", "filelock"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
