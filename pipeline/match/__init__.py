"""Stage 4, match: archived copies tied back to the citations they back.

``scoring`` weighs the evidence (pure), ``index`` finds candidate citations
for a copy, and ``stage`` matches new or changed copies and records why.
"""

from .stage import MatchSummary, run

__all__ = ["MatchSummary", "run"]
