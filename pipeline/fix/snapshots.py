"""The archived copy a dead citation should point to: found by the archives' lists, proven by fetching.

:func:`pipeline.archive.wayback.candidate_snapshots` lists the mementos in the
order InternetArchiveBot would pick them (closest before the citation date,
never before publication, else the first after it and before the link died).
Each is then fetched through the shared :class:`~pipeline.net.fetcher.Fetcher`
(Wayback's ``id_`` form, the page as it was without the archive's toolbar)
and used only when the answer is a success, is not an archive error page nor
a "not found" page, and — when we hold our own capture of the article — its
text is at least ``archive.drift_threshold`` similar to ours. Nothing is
invented: when no memento passes, the answer says so and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..archive import textjob, wayback
from ..archive.drift import text_similarity
from ..archive.text import ExtractionJob
from ..check.pagefacts import read_page
from ..check.soft404 import not_found_cue
from ..models import ArchiveService

__all__ = ["SnapshotChoice", "choose_snapshot", "raw_snapshot_url", "verify_page"]

MAX_SNAPSHOT_BYTES = 10_000_000
# The Wayback Machine's own pages for "no such capture" and for a capture of an error.
_ARCHIVE_ERROR = re.compile(
    r"(?:doesn't|does not) have that page archived|Got an HTTP \d{3} response at crawl time|"
    r"This (?:page|URL) (?:is not|has not been) (?:available|archived)|No results for this URL", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class SnapshotChoice:
    url: str | None = None  # the memento to cite (None: none passed)
    service: str | None = None
    taken_at: str | None = None
    status: int | None = None  # what fetching it answered
    similarity: float | None = None  # to our own capture, when we have one
    tried: list[dict[str, Any]] = field(default_factory=list)  # each memento refused, with the reason
    errors: list[str] = field(default_factory=list)  # lookups that could not be made


def raw_snapshot_url(url: str) -> str:
    """A Wayback memento in its ``id_`` form (the archived bytes, no toolbar); others unchanged."""
    return re.sub(r"(/web/\d{4,14})(?:[a-z]{2}_)?/", r"\1id_/", url, count=1)


async def verify_page(fetcher: Any, url: str, *, own_text: str | None, threshold: float,
                      min_text_length: int = 0,
                      max_extract_bytes: int | None = None) -> tuple[bool, str, int | None, float | None]:
    """Fetch ``url`` and judge it as a stand-in for the article: (usable, reason, status, similarity).

    Its text is taken as a capture's is, within ``archive.max_extract_bytes`` of markup (a bigger
    page gets the tag stripper's text), so one heavy snapshot costs no more than its share."""
    result = await fetcher.fetch(url, max_bytes=MAX_SNAPSHOT_BYTES, respect_robots=False)
    if result.error is not None:
        return False, f"{result.error.kind.value}: {result.error.message}", None, None
    status = result.status
    if status is None or not 200 <= status < 300:
        return False, f"HTTP {status}", status, None
    page = read_page(result.body, result.charset)
    cue = not_found_cue(page)
    if cue:
        return False, f"a 'not found' page: {cue}", status, None
    if _ARCHIVE_ERROR.search(page.text[:2000]) or _ARCHIVE_ERROR.search(page.title):
        return False, "the archive's error page", status, None
    if own_text is None:
        return True, f"HTTP {status}", status, None
    extraction = textjob.extract_within_limits(ExtractionJob(
        result.body, url, result.headers.get("content-type"), min_text_length=min_text_length,
        max_bytes=MAX_SNAPSHOT_BYTES, max_extract_bytes=max_extract_bytes, extract_with=textjob.EXTRACT_WITH))
    similarity = text_similarity(own_text, extraction.text or page.text)
    if similarity < threshold:
        return False, f"text only {similarity:.2f} similar to our capture", status, similarity
    return True, f"HTTP {status}, text {similarity:.2f} similar to our capture", status, similarity


async def choose_snapshot(fetcher: Any, url: str, *, endpoints: wayback.Endpoints, cited_on: str,
                          published_on: str | None, dead_since: str | None, own_text: str | None,
                          threshold: float, archive_today_url: str = "", max_tries: int = 5,
                          exclude: frozenset[str] = frozenset(),
                          max_extract_bytes: int | None = None) -> SnapshotChoice:
    """The best memento of ``url`` for a citation made on ``cited_on`` that passes verification."""
    mementos, errors = await wayback.candidate_snapshots(
        fetcher, url, endpoints, cited_on=cited_on, published_on=published_on, dead_since=dead_since,
        archive_today_url=archive_today_url)
    tried: list[dict[str, Any]] = []
    for memento in mementos:
        if memento.url in exclude:
            continue
        if len(tried) >= max_tries:
            break
        fetch_url = raw_snapshot_url(memento.url) if memento.service is ArchiveService.WAYBACK else memento.url
        ok, reason, status, similarity = await verify_page(fetcher, fetch_url, own_text=own_text,
                                                           threshold=threshold, max_extract_bytes=max_extract_bytes)
        if ok:
            return SnapshotChoice(url=memento.url, service=memento.service, taken_at=memento.taken_at,
                                  status=status, similarity=similarity, tried=tried, errors=errors)
        tried.append({"url": memento.url, "taken_at": memento.taken_at, "status": status, "refused": reason})
    return SnapshotChoice(tried=tried, errors=errors)
