"""A text extractor that spins until it is stopped, for the tests of extraction's CPU limit.

Module level, in a module of its own: the archive's worker processes import it by name when a job
names it (``pipeline.archive.textjob.EXTRACT_WITH``)."""

from __future__ import annotations

from pipeline.archive.text import Extraction, ExtractionJob, extract_capture

SPIN_MARK = "/spin"  # a URL with this in its path spins; every other page is extracted as usual


def spin_on_marked_pages(job: ExtractionJob) -> Extraction:
    if SPIN_MARK in job.url:
        while True:  # until the CPU limit stops it
            pass
    return extract_capture(job)
