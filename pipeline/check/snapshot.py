"""Is an archive snapshot still a safety net? Judging the answer to a snapshot URL (a pure function).

A citation's ``archive_url`` (a Wayback Machine or archive.today snapshot) is
checked as a link of its own. Its answer means something else than a news
site's: the archive may answer, but not with the archived page. The evidence,
in order:

1. the fetch failed, a bot wall, 429 or 5xx: as for any link
   (:func:`pipeline.check.classify.classify`: ``timeout``, ``blocked``,
   ``rate_limited``, ``server_error``, …);
2. a 404/410 **without** a ``Memento-Datetime`` header, or the archive's own
   "not archived" / "excluded" / "no results" page: the archive has no
   snapshot here, ``gone`` (another 4xx or a 5xx without it is the archive
   refusing or failing: ``blocked``, ``server_error``);
3. a 4xx or 5xx **with** ``Memento-Datetime``: the archive replays an
   archived error page (what it captured was already an error), ``soft_404``;
4. a 2xx whose archived page is a "not found" page
   (:func:`pipeline.check.soft404.not_found_cue`), or that the archive
   reached by an archived redirect from the article to the site's home page:
   an archived soft 404, ``soft_404``;
5. a 2xx reached by a redirect to a snapshot of a different time than the
   one cited (the archive has nothing at the cited time and offers its
   nearest): ``redirected`` (the snapshot works; cite the one it sent us to);
6. otherwise the archive answered with the archived page: ``ok``.

The snapshot's time comes from ``Memento-Datetime`` (RFC 7089), else from
the 14-digit stamp of the final snapshot URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ..clock import format_time
from ..models import Verdict
from ..urls import InvalidURL, canonicalize, unwrap_archive
from .classify import CheckFacts, bot_wall, classify
from .soft404 import is_home, not_found_cue

__all__ = ["SnapshotJudgement", "judge_snapshot", "snapshot_time"]

# the archive's own pages: the Wayback Machine's "Hrm." page, its exclusion notice, archive.today's "No results"
_ARCHIVE_OWN = re.compile(
    r"wayback machine (has not|hasn'?t) archived that url|this url has been excluded from the wayback machine"
    r"|this url has been excluded|the wayback machine (does not|doesn'?t) have (this|that) (page|url) archived"
    r"|snapshot cannot be displayed|^\s*no results\s*$|page cannot be (displayed|crawled)",
    re.IGNORECASE,
)
_STAMP = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?$")


@dataclass(frozen=True, kw_only=True)
class SnapshotJudgement:
    verdict: Verdict
    detail: str
    snapshot_at: str | None = None  # when the archive captured what it showed us (UTC ISO)


def judge_snapshot(facts: CheckFacts) -> SnapshotJudgement:
    """The verdict on a snapshot link from what its check observed (``facts.url``: the cited snapshot URL)."""
    verdict, detail = classify(facts)
    status = facts.status
    memento = facts.headers.get("memento-datetime")
    if (facts.error_kind is not None or status is None or status == 429 or bot_wall(status, facts.headers, facts.page)
            or (status >= 500 and not memento)):
        return SnapshotJudgement(verdict=verdict, detail=detail)
    final = facts.final_url or facts.url
    at = snapshot_time(memento, final)
    when = f" (archived {at})" if at else ""
    own = _archive_own_page(facts)
    if (status in (404, 410) and not memento) or own:
        why = f"the archive says {own!r}" if own else f"HTTP {status} from the archive, not an archived page"
        return SnapshotJudgement(verdict=Verdict.GONE, detail=f"no snapshot at this address: {why}")
    if status >= 400 and not memento:  # 401, 403, …: the archive would not show it to us
        return SnapshotJudgement(verdict=verdict, detail=detail)
    if status >= 400:
        return SnapshotJudgement(verdict=Verdict.SOFT_404, snapshot_at=at,
                                 detail=f"the archive replays an archived HTTP {status} error page{when}")
    if status == 304:
        return SnapshotJudgement(verdict=Verdict.OK, detail="HTTP 304: not modified since the last check",
                                 snapshot_at=at)
    cited_service, cited_stamp, cited_original = _unwrap(facts.url)
    _, final_stamp, final_original = _unwrap(final)
    if (facts.redirect_statuses and cited_original and final_original and is_home(final_original)
            and not is_home(cited_original)):
        return SnapshotJudgement(verdict=Verdict.SOFT_404, snapshot_at=at,
                                 detail=f"the archived page redirected to the site's home page {final_original}{when}")
    if facts.page is not None:
        cue = not_found_cue(facts.page)
        if cue:
            return SnapshotJudgement(verdict=Verdict.SOFT_404, snapshot_at=at,
                                     detail=f"the archived page is a 'not found' page: {cue}{when}")
    if (facts.redirect_statuses and cited_stamp and final_stamp and len(cited_stamp) == 14
            and final_stamp != cited_stamp):
        return SnapshotJudgement(verdict=Verdict.REDIRECTED, snapshot_at=at,
                                 detail=f"no snapshot at {cited_stamp}; the archive sent us to the one at {final}")
    if cited_original and final_original and _differs(cited_original, final_original):
        return SnapshotJudgement(verdict=Verdict.OK, snapshot_at=at,
                                 detail=f"the archived page redirected to {final_original}{when}")
    service = cited_service or urlsplit(facts.url).hostname or "the archive"
    return SnapshotJudgement(verdict=Verdict.OK, snapshot_at=at,
                             detail=f"HTTP {status}: {service} shows the archived page{when}")


def snapshot_time(memento_datetime: str | None, snapshot_url: str | None) -> str | None:
    """The capture time (UTC ISO) from a Memento-Datetime header, else from the snapshot URL's stamp."""
    if memento_datetime:
        try:
            return format_time(parsedate_to_datetime(memento_datetime))
        except (TypeError, ValueError, IndexError):
            pass
    stamp = _unwrap(snapshot_url)[1] if snapshot_url else None
    match = _STAMP.match(stamp or "")
    if not match or len(stamp or "") < 8:
        return None
    y, mo, d, h, mi, s = (g or "00" for g in match.groups())
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}Z"


def _unwrap(url: str) -> tuple[str | None, str | None, str | None]:
    """(service, stamp, original) of a snapshot URL; its host is taken for an archive (it is a snapshot link)."""
    known = unwrap_archive(url)
    return known if known[2] else unwrap_archive(url, frozenset({(urlsplit(url).hostname or "").lower()}))


def _archive_own_page(facts: CheckFacts) -> str | None:
    if facts.page is None or facts.headers.get("memento-datetime"):
        return None
    for text in (facts.page.title, facts.page.heading, facts.page.text[:2000]):
        match = _ARCHIVE_OWN.search(text)
        if match:
            return match.group(0).strip()
    return None


def _differs(a: str, b: str) -> bool:
    try:
        return canonicalize(a).canonical != canonicalize(b).canonical
    except InvalidURL:
        return a != b
