"""Stage 3, archive: WARC captures, readable text copies, drift, external archives.

``capture`` fetches a page into a spool and its WARC records, ``warc`` writes
and reads the WARC files, ``text`` turns a capture into article text,
``copies`` writes and reads the Markdown copies, ``drift`` compares texts,
``wayback`` talks to the Internet Archive, ``lookups`` runs its lookups within
a budget, and ``stage`` runs it all (and ``SharedCapture``, the archive's half of
a fetch the check stage makes once for both).
"""

from .stage import ArchiveSummary, run

__all__ = ["ArchiveSummary", "run"]
