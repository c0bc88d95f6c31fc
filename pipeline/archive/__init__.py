"""Stage 3, archive: WARC captures, readable text copies, drift, external archives.

A capture crosses four seams: ``capture`` fetches a page into a spool;
``records`` appends its WARC records (``warc`` writes and reads the files) and
builds its row, committed with text ``pending``; ``textqueue`` runs its text job
(``text`` turns a body into article text) in a pool behind the check's work;
``copystore`` writes the Markdown copy (``copies``: the file format) and updates
the row. ``drift`` compares texts, ``wayback`` talks to the Internet Archive,
``lookups`` runs its lookups within a budget, ``stage`` runs it all, and
``shared`` holds ``SharedCapture``, the archive's half of a fetch the check
stage makes once for both.
"""

from .stage import ArchiveSummary, run

__all__ = ["ArchiveSummary", "run"]
