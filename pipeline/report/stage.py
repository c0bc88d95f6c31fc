"""The report stage: write the maintainers' report from the database, and remember
what was broken so the next report can tell what is new."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from ..check.linkstate import StatePolicy
from ..clock import utc_now
from ..config import Config
from ..db import reports as queries
from ..models import StageCounts
from .formats import build_report, write_reports

__all__ = ["ReportSummary", "run"]

log = logging.getLogger(__name__)


@dataclass
class ReportSummary(StageCounts):
    newly_broken: int = 0  # citations (the section's rows)
    newly_broken_links: int = 0  # the distinct links behind them
    still_broken: int = 0
    dead_snapshot: int = 0
    proposed_edits: int = 0  # edits the last `fix` proposed
    hand_edits: int = 0  # citations it listed to fix by hand
    failing: int = 0
    recovered: int = 0
    unverifiable: int = 0
    moved: int = 0
    soft_404: int = 0
    content_replaced: int = 0
    drifted: int = 0
    problems: int = 0
    copies_to_review: int = 0
    files_written: int = 0
    paths: list[str] = field(default_factory=list)


def run(db: sqlite_utils.Database, config: Config, *, clock: Callable[[], str] = utc_now,
        stop: threading.Event | None = None, progress: Callable[[int], None] | None = None) -> ReportSummary:
    """Write the report from the database (one short step: ``stop`` is not consulted)."""
    report = build_report(db, clock=clock, trend_length=config.report.trend_reports,
                          policy=StatePolicy.from_config(config.check))
    paths = write_reports(report, config.report.output_dir, config.report.formats)
    queries.save_snapshot(db, run_id=queries.current_run_id(db), generated_at=report.generated_at,
                          checked_through=report.summary["checked_through"],
                          counts={"links_by_state": report.summary["links_by_state"],
                                  "sections": report.summary["sections"]},
                          broken_link_ids=report.broken_link_ids)
    sections = report.summary["sections"]
    summary = ReportSummary(**{k: sections[k] for k in ("newly_broken", "still_broken", "dead_snapshot", "failing",
                                                        "recovered", "unverifiable", "moved", "soft_404",
                                                        "content_replaced", "drifted")},
                            newly_broken_links=report.summary["newly_broken_links"],
                            proposed_edits=report.summary["proposed_edits"],
                            hand_edits=report.summary["hand_edits"],
                            problems=report.summary["problems"],
                            copies_to_review=report.summary["copies_to_review"],
                            files_written=len(paths), paths=[str(p) for p in paths])
    log.info("report written: %s", ", ".join(summary.paths))
    if progress:
        progress(1)
    return summary
