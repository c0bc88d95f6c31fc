"""The report as CSV (one row per citation needing attention, then one per input problem) and JSON."""

from __future__ import annotations

import csv
import io
import json

from .model import Report

COLUMNS = ["section", "event_id", "event_title", "event_file", "position", "kind", "field", "url", "canonical_url",
           "cited_title", "outlet", "state", "verdict", "since", "failures", "status_code", "error",
           "checked_at", "final_url", "action", "replacement", "replacement_kind", "replacement_date",
           "first_captured_at", "changed_at", "drift_excerpt",
           "snapshot_url", "snapshot_state", "snapshot_verdict", "snapshot_at", "only_safety_net_dead", "edit"]


def _cell(value: object) -> object:
    """Text a spreadsheet would run as a formula is quoted with a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class _SafeWriter(csv.DictWriter):
    def writerow(self, rowdict):
        return super().writerow({k: _cell(v) for k, v in rowdict.items()})


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = _SafeWriter(buf, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for section, group, item in report.items():
        row = {k: getattr(item, k, None) for k in COLUMNS}
        row.update(section=section.key, event_title=group.title, event_file=group.file)
        writer.writerow(row)
    for p in report.problems:
        writer.writerow({"section": "input_problem", "event_id": p["event_id"], "event_file": p["file"],
                         "field": p["field"], "url": p["value"], "error": p["message"],
                         "action": p["action"]})
    return buf.getvalue()


def render_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False, default=str) + "\n"
