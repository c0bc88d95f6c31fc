"""Stage 2, check: a verdict for every check and a link state over time.

``pagefacts`` reads what a page says about itself (once, for every judgement),
``soft404`` judges pages that answer 200 for what is gone, ``replaced`` pages
that answer with another article than the cited one, ``classify`` turns the facts into a verdict
(pure), ``snapshot`` judges an archive's answer for a cited snapshot (pure),
``linkstate`` derives a link's state from its history (pure), and
``stage`` fetches the links that are due and records the results: ``hosts``
chooses them, host by host, and how many go at once, ``linkcheck`` checks one
link, ``recorder`` keeps the results, ``summary`` counts them.
"""

from .stage import run
from .summary import CheckSummary

__all__ = ["CheckSummary", "run"]
