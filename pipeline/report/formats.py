"""Maintainers' reports: one model (:mod:`.model`), one formatter per format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..safefiles import write_atomic
from . import html, markdown, tabular
from .model import Report, build_report

__all__ = ["FORMATS", "Report", "build_report", "write_reports"]

# format name -> (file suffix, renderer)
FORMATS: dict[str, tuple[str, Callable[[Report], str]]] = {
    "markdown": (".md", markdown.render),
    "html": (".html", html.render),
    "csv": (".csv", tabular.render_csv),
    "json": (".json", tabular.render_json),
}


def write_reports(report: Report, folder: Path, formats: Sequence[str], basename: str = "broken-links") -> list[Path]:
    """Write the report in each format to ``folder/basename.<suffix>`` (atomically); return the paths."""
    written = []
    for name in formats:
        suffix, render = FORMATS[name]
        path = folder / f"{basename}{suffix}"
        write_atomic(path, render(report), root=folder)  # never through a link in the report folder
        written.append(path)
    return written
