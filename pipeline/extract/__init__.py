"""Stage 1, extract: event files -> events, citations, links and input problems.

``eventfile`` parses one file (pure); ``stage`` walks the folders and records
what changed in the database.
"""

from .stage import ExtractSummary, run

__all__ = ["ExtractSummary", "run"]
