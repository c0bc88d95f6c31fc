"""Stage 5, report: the maintainers' broken-link report.

``model`` builds one report from the database, ``markdown``, ``html`` and
``tabular`` (CSV, JSON) format it, ``formats`` writes the chosen formats, and
``stage`` runs it after the other stages.
"""

from .stage import ReportSummary, run

__all__ = ["ReportSummary", "run"]
