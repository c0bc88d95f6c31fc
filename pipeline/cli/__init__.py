"""The ``sourcevault`` command line: a thin click layer over the library API.

Every command loads the config, opens the database, calls one library
function and turns expected failures into a one-line error and an exit code
(no traceback; ``-vv`` adds one to the log). Commands live in the modules
beside this one, one module per topic, registered on :data:`main`.

Exit codes (also in the README):
  0  success
  1  the run completed but found what ``--strict`` (or ``--fail-on-*``) asked to fail on
  2  usage or configuration error
  3  another run holds the lock
  4  the run could not complete (a stage failed, the database could not be used: locked, read-only, damaged)
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import click
import sqlite_utils

from ..config import DEFAULT_CONFIG_NAME, Config, ConfigError, load_config
from ..db import DatabaseError, describe_error, open_database
from ..logs import setup_logging

EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_LOCKED, EXIT_FAILED = 0, 1, 2, 3, 4


@dataclass
class Context:
    config_path: Path | None
    verbosity: int
    _config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            try:
                self._config = load_config(self.config_path)
            except ConfigError as exc:
                fail(str(exc), EXIT_USAGE)
            cfg = self._config
            try:
                setup_logging(self.verbosity, cfg.log.format, cfg.log.level, cfg.paths.log_file)
            except OSError as exc:
                fail(f"{cfg.paths.log_file}: cannot write the log file: {exc.strerror or exc}", EXIT_FAILED)
        return self._config

    @contextlib.contextmanager
    def database(self) -> Iterator[sqlite_utils.Database]:
        from ..runner import warn_if_archive_outlived_database

        warn_if_archive_outlived_database(self.config)
        try:
            db = open_database(self.config.paths.database)
        except DatabaseError as exc:
            fail(str(exc), EXIT_FAILED)
        try:
            yield db
        finally:
            db.close()

    @property
    def chatty(self) -> bool:
        """Print the human summary: on a terminal, or when asked with -v."""
        return self.verbosity > 0 or (self.verbosity == 0 and sys.stdout.isatty())


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"sourcevault: error: {message}", err=True)
    raise SystemExit(code)


class _Commands(click.Group):
    """The command group: an expected failure that reaches the top (a path that cannot be
    created or written, a lock file that cannot be opened, a database that cannot be used:
    locked by another process, read-only, damaged) ends with one line naming the path and
    exit code 4, never a traceback; so does an interruption by a signal."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DatabaseError as exc:
            fail(str(exc), EXIT_FAILED)
        except KeyboardInterrupt:  # a second signal outside a stage, or Ctrl-C (click would say "Aborted!", exit 1)
            fail("interrupted by a signal; committed work is kept (rerun to resume)", EXIT_FAILED)
        except sqlite3.Error as exc:
            obj = ctx.find_object(Context)
            where = f"{obj._config.paths.database}: " if obj is not None and obj._config is not None else ""
            fail(f"{where}{describe_error(exc)}", EXIT_FAILED)
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # click's own handling: output closed early
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}", EXIT_FAILED)


def _find_config(given: str | None) -> Path | None:
    if given:
        return Path(given)
    env = os.environ.get("SOURCEVAULT_CONFIG")
    if env:
        return Path(env)
    local = Path.cwd() / DEFAULT_CONFIG_NAME
    return local if local.is_file() else None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", metavar="PATH",
              help=f"Config file (default: $SOURCEVAULT_CONFIG, else ./{DEFAULT_CONFIG_NAME}, else built-in defaults).")
@click.option("-v", "--verbose", count=True, help="More output: -v progress and info, -vv debug.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.version_option(package_name="sourcevault")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: int, quiet: bool) -> None:
    """sourcevault keeps a citation-heavy corpus verifiable: it extracts cited
    URLs, checks their health, archives them, matches archived copies back to
    events and reports what needs fixing."""
    verbosity = -1 if quiet else verbose
    setup_logging(verbosity)
    ctx.obj = Context(_find_config(config_path), verbosity)


def _more(ctx: click.Context, _param: click.Parameter, value: int) -> None:
    if value:
        obj = ctx.find_object(Context)
        assert obj is not None  # set by main() before any command's options
        obj.verbosity = max(obj.verbosity, 0) + value
        setup_logging(obj.verbosity)


def _less(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        obj = ctx.find_object(Context)
        assert obj is not None
        obj.verbosity = -1
        setup_logging(-1)


def verbosity_options(fn):
    """-v/-q accepted after the command name too (``sourcevault run -v``)."""
    fn = click.option("-v", "--verbose", count=True, expose_value=False, callback=_more,
                      help="More output: -v progress and info, -vv debug.")(fn)
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_less,
                        help="Only errors.")(fn)


def echo_json(data: object) -> None:
    import json

    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


from . import archive, audit, check, export, fix, match, report, run  # noqa: E402,F401  (registers commands)
