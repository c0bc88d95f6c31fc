"""The model of the corpus: events, their citations, the links behind them,
and the typed outcomes that stages record about them.

Enums are ``str`` enums stored in the database as their lower-case values, so
a row reads the same in SQLite, in JSON output and in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class StageCounts:
    """Mixin for a stage's summary dataclass: its whole-number fields are its counts."""

    def as_counts(self) -> dict[str, int]:
        return {k: v for k, v in vars(self).items() if isinstance(v, int) and not isinstance(v, bool)}


class CitationKind(StrEnum):
    SOURCE = "source"  # sources[i].url (or a plain string entry)
    ARCHIVE = "archive"  # sources[i].archive_url: a snapshot of the source's original
    BODY = "body"  # a link in the event's Markdown body or description


class ProblemKind(StrEnum):
    UNREADABLE = "unreadable"  # I/O error, not UTF-8, too large
    MALFORMED = "malformed"  # broken front matter / JSON / YAML, top level not a mapping
    MISSING_FIELD = "missing_field"  # no id or no date
    BAD_FIELD = "bad_field"  # a field of the wrong shape (sources not a list, …)
    DUPLICATE_ID = "duplicate_id"  # two files claim the same event id
    INVALID_URL = "invalid_url"  # a url value that is not an http(s) URL
    NOT_A_SNAPSHOT = "not_a_snapshot"  # an archive URL that is no web archive's snapshot of the cited url


class Verdict(StrEnum):
    """The outcome of one check of one link (a closed vocabulary; docs/check.md)."""

    OK = "ok"
    REDIRECTED = "redirected"
    GONE = "gone"
    SOFT_404 = "soft_404"
    CONTENT_REPLACED = "content_replaced"  # the URL now serves another article than the cited one
    BLOCKED = "blocked"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    DNS_ERROR = "dns_error"
    CONNECTION_ERROR = "connection_error"
    TLS_ERROR = "tls_error"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    TOO_LARGE = "too_large"
    ROBOTS_DISALLOWED = "robots_disallowed"
    REFUSED_ADDRESS = "refused_address"
    INVALID_URL = "invalid_url"

    @property
    def is_success(self) -> bool:
        return self in (Verdict.OK, Verdict.REDIRECTED)

    @property
    def is_unverifiable(self) -> bool:
        """We could not tell: neither a success nor evidence that the page is dead."""
        return self in (Verdict.BLOCKED, Verdict.ROBOTS_DISALLOWED, Verdict.RATE_LIMITED,
                        Verdict.REFUSED_ADDRESS, Verdict.TOO_LARGE)

    @property
    def is_failure(self) -> bool:
        return not (self.is_success or self.is_unverifiable)


class LinkKind(StrEnum):
    """What a link is: a page (an article, a PDF, …) or an archive's snapshot of one."""

    PAGE = "page"
    SNAPSHOT = "snapshot"  # a Wayback Machine / archive.today URL, checked and judged as a snapshot


class LinkState(StrEnum):
    """A link's health over time, derived from its check history."""

    UNCHECKED = "unchecked"
    HEALTHY = "healthy"
    FAILING = "failing"
    BROKEN = "broken"
    UNVERIFIABLE = "unverifiable"
    RECOVERED = "recovered"


class TextStatus(StrEnum):
    """What text extraction made of a capture (docs/archive.md)."""

    OK = "ok"  # article text of at least archive.min_text_length characters
    TINY = "tiny"  # some text, but less than that: a paywall stub, a cookie wall, a teaser
    EMPTY = "empty"  # no text at all: a JavaScript-only shell, an image
    FAILED = "failed"  # the body could not be decoded or parsed (the reason says why)
    SKIPPED = "skipped"  # not extracted: an error status, or a content type with no extractor
    PENDING = "pending"  # its WARC records and row are stored; its text job has not run yet (docs/archive.md)

    @property
    def has_text(self) -> bool:
        return self in (TextStatus.OK, TextStatus.TINY)


class ArchiveService(StrEnum):
    """An external web archive: where a cited snapshot lives, or which service we asked."""

    WAYBACK = "wayback"  # web.archive.org
    ARCHIVE_TODAY = "archive.today"  # archive.today / archive.ph / archive.is ...
    SAVE_PAGE_NOW = "save_page_now"  # the Wayback Machine's capture service


class RecordType(StrEnum):
    """WARC record types we write and read (ISO 28500)."""

    WARCINFO = "warcinfo"
    REQUEST = "request"
    RESPONSE = "response"
    REVISIT = "revisit"  # an identical payload: refers to the first response that had it
    METADATA = "metadata"
    RESOURCE = "resource"


class RunOutcome(StrEnum):
    """How a run ended (the runs table)."""

    RUNNING = "running"  # not finished yet (or its process was killed: the lock tells)
    OK = "ok"
    FAILED = "failed"  # a stage failed: committed work is kept
    INTERRUPTED = "interrupted"  # stopped by a signal or the stop event: committed work is kept


class SnapshotStatus(StrEnum):
    """The outcome of asking an external archive about a link."""

    FOUND = "found"  # a snapshot exists (snapshot_url)
    NONE = "none"  # the archive has no snapshot of the URL
    SAVED = "saved"  # Save Page Now made a new snapshot
    PENDING = "pending"  # Save Page Now accepted the job but had not finished
    FAILED = "failed"  # the archive could not be asked (error says why)


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """One URL an event cites, as written and canonicalised."""

    def __reduce__(self) -> tuple:  # compact and fast to pickle (results cross process boundaries)
        return (_citation_from, tuple(getattr(self, f) for f in self.__slots__))

    kind: CitationKind
    position: int  # 1-based: the source's index in sources[], or the link's order in the body
    raw_url: str | None
    canonical_url: str | None  # None when raw_url is not an http(s) URL
    host: str | None = None
    title: str | None = None
    outlet: str | None = None
    cited_date: str | None = None
    field: str = ""  # where it was found, e.g. "sources[2].url"
    archive_service: ArchiveService | None = None  # when the URL was a snapshot
    archive_timestamp: str | None = None
    snapshot_url: str | None = None  # that snapshot URL itself (canonical form): a link checked as a snapshot


def _citation_from(*values: object) -> Citation:
    """Rebuild a pickled :class:`Citation` from its field values, in slot order."""
    return Citation(**dict(zip(Citation.__slots__, values, strict=True)))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input file, recorded instead of crashing."""

    def __reduce__(self) -> tuple:  # compact and fast to pickle (results cross process boundaries)
        return (Problem, tuple(getattr(self, f) for f in self.__slots__))

    file: str
    kind: ProblemKind
    message: str
    event_id: str | None = None
    field: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A timeline event as parsed from one file."""

    def __reduce__(self) -> tuple:  # compact and fast to pickle (results cross process boundaries)
        return (Event, tuple(getattr(self, f) for f in self.__slots__))

    id: str
    file: str  # relative to its events folder's parent, '/'-separated
    title: str | None
    date: str | None
    description: str | None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """What the extract stage learned from one file: an event and/or problems."""

    def __reduce__(self) -> tuple:  # compact and fast to pickle (results cross process boundaries)
        return (ParsedFile, tuple(getattr(self, f) for f in self.__slots__))

    file: str
    content_sha256: str
    event: Event | None
    problems: tuple[Problem, ...] = field(default=())

    @property
    def unreadable(self) -> Problem | None:
        """Why the file could not be read (not UTF-8, too large, an I/O error), if it could not:
        such a file keeps whatever it defined before."""
        return next((p for p in self.problems if p.kind == ProblemKind.UNREADABLE), None) if not self.event else None


class CopyKind(StrEnum):
    """Who wrote an archived copy."""

    OWN = "own"  # written by the archive stage (front matter with capture provenance)
    HAND_SAVED = "hand_saved"  # saved by a person (the seed copy's format or close to it)


class CopyStatus(StrEnum):
    """What the match stage concluded about one archived copy (docs/match.md)."""

    MATCHED = "matched"  # backs one or more citations with confidence
    CANDIDATE = "candidate"  # only evidence below the match threshold: for review
    AMBIGUOUS = "ambiguous"  # evidence points equally at unrelated citations
    UNMATCHED = "unmatched"  # nothing cited resembles it
    UNREADABLE = "unreadable"  # the file could not be read (the reason is kept)


class MatchMethod(StrEnum):
    """The strongest evidence behind a match, strongest first."""

    URL = "url"  # the copy's URL is a cited URL (after canonicalisation)
    REDIRECT = "redirect"  # the copy's URL is where a cited URL redirected (check history)
    CONTENT = "content"  # headline, date, outlet and body against the citation and its event


@dataclass(frozen=True, slots=True)
class ArchivedCopy:
    """One archived copy as parsed from its file (pipeline/copies.py)."""

    path: str  # relative to its archive folder, '/'-separated
    file_sha256: str
    kind: CopyKind
    url: str | None = None  # the URL the copy says it is of, as written
    final_url: str | None = None  # where that URL led when captured (own copies)
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when it could be read
    outlet: str | None = None
    body: str = ""
    problem: str | None = None  # why it could not be read (then only path and hash are set)


@dataclass(frozen=True, slots=True)
class Match:
    """A copy backing one citation (or a candidate for it, below the threshold)."""

    citation_id: int
    event_id: str
    kind: CitationKind  # SOURCE for sources[] (and their archive URLs), BODY for links in the text
    position: int
    method: MatchMethod
    score: float  # in [0, 1]
    reason: str
    is_candidate: bool = False
    evidence: tuple[tuple[str, float | None], ...] = ()  # each piece of evidence and its value (None: unknown)
    veto: str | None = None  # evidence that contradicts: never a match, at most a candidate (docs/match.md)
@dataclass(frozen=True, slots=True)
class RedirectHop:
    """One redirect on the way to a check's final answer."""

    url: str
    status: int
    location: str
    elapsed_ms: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckResult:
    """One check of one link: what was asked, what came back, and the verdict."""

    link_id: int
    url: str  # as requested
    checked_at: str
    verdict: Verdict
    detail: str = ""  # why this verdict, in one line
    method: str | None = None  # HEAD or GET (of the answer judged)
    status_code: int | None = None
    final_url: str | None = None
    redirects: tuple[RedirectHop, ...] = ()
    elapsed_ms: int = 0
    bytes: int = 0  # body bytes read (decoded)
    attempts: int = 0  # requests sent (retries, redirects and a HEAD before a GET included)
    error: str | None = None  # the fetch error's message, when there was one
    etag: str | None = None
    last_modified: str | None = None
    snapshot_at: str | None = None  # for a snapshot link: when the archive captured what it showed
    page_title: str | None = None  # the title (or first heading) of the page judged, when it was read


@dataclass(frozen=True, slots=True)
class Capture:
    """One archived fetch of a cited link: where its raw record and text copy are."""

    link_id: int
    url: str  # the cited URL fetched
    captured_at: str
    text_status: TextStatus
    final_url: str | None = None
    redirects: tuple[tuple[str, int], ...] = ()  # (url, status) of each redirect hop
    status: int | None = None
    content_type: str | None = None
    error: str | None = None  # no response: "<kind>: <message>"
    body_sha256: str | None = None
    body_length: int | None = None
    payload_digest: str | None = None
    warc_file: str | None = None
    warc_record_id: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    warc_end: int | None = None
    record_type: RecordType | None = None  # response | revisit
    refers_to_record_id: str | None = None
    copy_path: str | None = None  # relative to the archive folder, '/'-separated
    text_reason: str | None = None
    text_length: int | None = None
    text_sha256: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    charset: str | None = None
    extractor: str | None = None
    extractor_version: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    previous_id: int | None = None  # the capture this one re-captures (the latest before it)
    baseline_id: int | None = None  # the first capture with text: what ``similarity`` is measured against
    similarity: float | None = None
    drifted: bool = False
    drift_excerpt: str | None = None  # word-level diff against the baseline, when drifted
    extractor_key: str | None = None  # the extractor's configuration the text came from (one extraction per payload)
    id: int | None = None


class FixReason(StrEnum):
    """Why ``sourcevault fix`` proposes something for a citation (docs/fix.md)."""

    DEAD_CITATION = "dead_citation"  # the source's link is broken and it gives no archive URL
    DEAD_ARCHIVE_URL = "dead_archive_url"  # the archive URL it gives is itself broken
    MOVED = "moved"  # a permanent redirect to a page whose text matches our capture
    CONTENT_REPLACED = "content_replaced"  # the URL now serves another article: a snapshot from before the change
    NOT_A_URL = "not_a_url"  # a url value that is not an http(s) URL


class FixAction(StrEnum):
    """What ``sourcevault fix`` proposes to do about it."""

    ADD_ARCHIVE_URL = "add_archive_url"
    REPLACE_ARCHIVE_URL = "replace_archive_url"
    REPLACE_URL = "replace_url"
    NONE = "none"  # listed for a person: no edit can be proposed
