"""Scoring a copy against a citation, and deciding what the scores mean.

Pure functions, table-tested in ``tests/match/test_scoring.py``; the match stage
(:mod:`pipeline.match.stage`) feeds them, :mod:`pipeline.match.index` finds
which citations are worth scoring and :mod:`pipeline.match.outlets` compares
publishers. docs/match.md explains the choices.

Content evidence, used when the copy's URL is missing or cited nowhere, has
four parts, each a value in [0, 1] or ``None`` when one side does not say:

========  ======  ===========================================================
part      weight  value
========  ======  ===========================================================
headline  0.50    rapidfuzz similarity of the headline and the cited title,
                  after case, punctuation and " | Outlet" suffixes are
                  folded; 0.5 similarity (unrelated headlines) maps to 0
date      0.20    the copy's date against the cited date (and, weaker, the
                  event's date): same day 1, a day off 0.9, … a month off 0
outlet    0.15    same site or the same outlet 1, another 0 (outlets.py)
body      0.15    the share of the event's distinctive words (IDF-weighted)
                  that the body contains; 60 % or more counts as full
========  ======  ===========================================================

A part nobody can judge counts as 0.5 (neither for nor against), so missing
evidence pulls a score towards the middle and never over the threshold alone.
Content scores stop at 0.99: only URL equality scores 1.

Evidence that contradicts is not weighed but vetoes (``Evidence.veto``):
another site or named outlet (outlets.py), or a date outside the citation's
span (:func:`date_veto`: the cited date widened by the tolerance; without one,
the event's date widened by how far articles come before and after events),
unless the copy's URL names a day inside it. :func:`decide` never matches a
vetoed pair; it can still be a candidate, with the reason.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from ..archive.copies import parse_human_date
from ..models import CopyStatus, Match, MatchMethod
from .dates import DateSpan, date_span, days_outside

__all__ = [
    "WEIGHTS",
    "Decision",
    "Evidence",
    "Policy",
    "Scored",
    "body_overlap",
    "content_score",
    "date_agreement",
    "date_contradiction",
    "date_veto",
    "decide",
    "normalize_text",
    "parse_partial_date",
    "split_title_suffix",
    "title_similarity",
    "tokens",
]

WEIGHTS = {"headline": 0.50, "date": 0.20, "outlet": 0.15, "body": 0.15}
UNKNOWN = 0.5
BODY_FULL = 0.6  # containment of the event's distinctive words that counts as full agreement
TITLE_FLOOR = 0.5  # rapidfuzz similarity of unrelated headlines: maps to 0
CONTENT_MAX = 0.99  # only URL equality scores 1

STOPWORDS = frozenset([
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
    "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "nor", "not",
    "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "says", "said", "new",
])
_WORD = re.compile(r"[^\W_]+")  # letters and digits, any script
_COMBINING = re.compile("[\u0300-\u036f]")  # accents, once NFKD has split them off
_SUFFIX_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
MAX_SUFFIX_WORDS = 6


def _words(text: str) -> list[str]:
    text = text.lower().replace("'", "").replace("\u2019", "")
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _WORD.findall(text)


def normalize_text(text: str) -> str:
    """Lower case, accents and punctuation folded, single spaces."""
    return " ".join(_words(text))


def tokens(text: str) -> list[str]:
    """The words of ``text`` worth comparing: normalised, no stop words, no single letters."""
    return [t for t in _words(text) if len(t) > 1 and t not in STOPWORDS]


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """``"Headline | Section | The Outlet"`` -> ``("Headline", "The Outlet")``; no suffix -> ``(title, None)``.

    Trailing segments are dropped while they are short (a few words, under half
    of what is left); the last one is taken for the outlet's name.
    """
    head, suffix = title.strip(), None
    for _ in range(3):
        seps = list(_SUFFIX_SEPARATORS.finditer(head))
        if not seps:
            break
        last = head[seps[-1].end():].strip()
        rest = head[:seps[-1].start()].strip()
        if not last or len(last.split()) > MAX_SUFFIX_WORDS or len(last) > len(rest):
            break
        head, suffix = rest, suffix or last
    return head, suffix


def _before_last_separator(title: str) -> str:
    """``"IRAQ: THE MEDIA WAR PLAN - National Security Archive"`` -> the part before the last
    separator, however long the suffix (up to ``MAX_SUFFIX_WORDS + 2`` words): a long outlet name."""
    seps = list(_SUFFIX_SEPARATORS.finditer(title))
    if not seps or len(title[seps[-1].end():].split()) > MAX_SUFFIX_WORDS + 2:
        return title
    return title[:seps[-1].start()]


def title_similarity(copy_title: str, cited_title: str) -> float:
    """Similarity in [0, 1] of two headlines, tolerant of outlet suffixes, case and punctuation."""
    left = {normalize_text(copy_title), normalize_text(split_title_suffix(copy_title)[0]),
            normalize_text(_before_last_separator(copy_title))}
    right = {normalize_text(cited_title), normalize_text(split_title_suffix(cited_title)[0]),
             normalize_text(_before_last_separator(cited_title))}
    best = 0.0
    for a in left:
        for b in right:
            if a and b:
                best = max(best, fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    return best / 100


def parse_partial_date(text: str | None) -> tuple[int, int | None, int | None] | None:
    """``"2025-03-18"`` / ``"2025-03"`` / ``"2025"`` / ``"June 1998"`` -> (year, month, day)."""
    if not text:
        return None
    text = text.strip()
    m = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
    full = parse_human_date(text)
    if full:
        return int(full[:4]), int(full[5:7]), int(full[8:10])
    m = re.match(r"^([A-Za-z]{3,9})\.?\s+(\d{4})$", text)
    if m:
        month = _month_number(m[1])
        if month:
            return int(m[2]), month, None
    return None


def _month_number(name: str) -> int | None:
    names = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    key = name[:3].lower()
    return names.index(key) + 1 if key in names else None


def _closeness(copy_date: dt.date, other: tuple[int, int | None, int | None]) -> float:
    year, month, day = other
    if month is None:
        return 0.5 if copy_date.year == year else 0.0
    if day is None:
        months = abs((copy_date.year * 12 + copy_date.month) - (year * 12 + month))
        return 0.7 if months == 0 else (0.3 if months == 1 else 0.0)
    try:
        days = abs((copy_date - dt.date(year, month, day)).days)
    except ValueError:
        return 0.0
    return _by_days(days)


def _by_days(days: int) -> float:
    for limit, value in ((0, 1.0), (1, 0.9), (3, 0.7), (7, 0.4), (31, 0.2)):
        if days <= limit:
            return value
    return 0.0


EVENT_DATE_FACTOR = 0.8  # an article may come out after the event: its date is weaker evidence
EVENT_LEAD_DAYS = 30  # without a cited date: an article may come this long before its event's date
EVENT_FOLLOW_DAYS = 60  # ... or this long after it (the event's date is a weaker bound than a cited date)


def date_agreement(copy_date: str | None, cited_date: str | None, event_date: str | None) -> float | None:
    """How well the copy's date agrees with the cited date and the event's date, or None."""
    parsed = parse_partial_date(copy_date)
    if not parsed or parsed[2] is None:
        return None
    try:
        day = dt.date(*parsed)  # type: ignore[arg-type]
    except ValueError:
        return None
    cited, event = parse_partial_date(cited_date), parse_partial_date(event_date)
    values = []
    if cited:
        values.append(_closeness(day, cited))
    span = date_span(event_date)
    if event and (span is None or span.exact_day):
        values.append(EVENT_DATE_FACTOR * _closeness(day, event))
    elif span is not None:  # a range or an approximate date: how far outside it, at most "a month"
        values.append(EVENT_DATE_FACTOR * min(0.7, _by_days(abs(days_outside(day, span)))))
    if values and not cited and span is not None and \
            days_outside(day, span.widened(EVENT_LEAD_DAYS, EVENT_FOLLOW_DAYS)) == 0:
        values.append(UNKNOWN)  # within the span the event allows: no worse than no date at all
    return max(values) if values else None


def date_contradiction(copy_date: str | None, cited_date: str | None, tolerance_days: int) -> str | None:
    """Why the copy's date rules out the cited date, or None when it does not (or one side has none).

    A partial cited date is the span it names ("2025-03" is March 2025, "2025" the
    year); the copy's day must lie within that span widened by ``tolerance_days``.
    """
    parsed, cited = parse_partial_date(copy_date), parse_partial_date(cited_date)
    if not parsed or parsed[1] is None or parsed[2] is None or not cited:
        return None
    try:
        day = dt.date(parsed[0], parsed[1], parsed[2])
        first, last = _span(cited)
    except ValueError:
        return None
    slack = dt.timedelta(days=tolerance_days)
    if first - slack <= day <= last + slack:
        return None
    gap = (first - day).days if day < first else (day - last).days
    return f"dated {day.isoformat()}, cited {cited_date} ({gap} days apart; tolerance {tolerance_days})"


def date_veto(copy_date: str | None, cited_date: str | None, event_date: str | None, tolerance_days: int,
              url_dates: tuple[DateSpan, ...] = ()) -> str | None:
    """Why the copy's date rules out this citation, or None.

    The citation's span is its cited date (a partial one is the month or year it names)
    widened by ``tolerance_days``; without a cited date, its event's date (a range, or an
    approximate date, is the span it names) from ``EVENT_LEAD_DAYS`` before to
    ``EVENT_FOLLOW_DAYS`` after. A copy's day outside the span vetoes, unless the copy's URL
    names a day or month inside it (``url_dates``: the page's own address outranks its date line).
    """
    if not copy_date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", copy_date):
        return None
    try:
        day = dt.date.fromisoformat(copy_date)
    except ValueError:
        return None
    cited = date_span(cited_date)
    if cited is not None:
        window = cited.widened(tolerance_days, tolerance_days)
        gap = abs(days_outside(day, cited))
        why = f"dated {day.isoformat()}, cited {cited_date} ({gap} days apart; tolerance {tolerance_days})"
    else:
        event = date_span(event_date)
        if event is None:
            return None
        window = event.widened(EVENT_LEAD_DAYS, EVENT_FOLLOW_DAYS)
        gap = days_outside(day, event)
        why = (f"dated {day.isoformat()}, {abs(gap)} days {'before' if gap < 0 else 'after'} the event's date "
               f"{event_date} and no cited date (an article comes at most {EVENT_LEAD_DAYS} days before "
               f"to {EVENT_FOLLOW_DAYS} after)")
    if days_outside(day, window) == 0:
        return None
    if any(u.first <= window.last and window.first <= u.last for u in url_dates):
        return None
    return why


def _span(date: tuple[int, int | None, int | None]) -> tuple[dt.date, dt.date]:
    year, month, day = date
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    return dt.date(year, month, day), dt.date(year, month, day)


def body_overlap(body_words: set[str] | frozenset[str], event_words: Iterable[str],
                 idf: Callable[[str], float]) -> float | None:
    """The IDF-weighted share of the event's words found in the body, or None if either is empty."""
    total = hit = 0.0
    for word in event_words:
        weight = idf(word)
        total += weight
        if word in body_words:
            hit += weight
    if not body_words or total <= 0:
        return None
    return hit / total


@dataclass(frozen=True, slots=True)
class Evidence:
    """The four parts of content evidence for one (copy, citation) pair; None = unknown."""

    headline: float | None = None
    date: float | None = None
    outlet: float | None = None
    body: float | None = None  # the raw containment, before scaling by BODY_FULL
    notes: Mapping[str, str] = field(default_factory=dict)  # words for the reason, per part
    veto: str | None = None  # evidence that contradicts: the copy is not the cited article

    def parts(self) -> tuple[tuple[str, float | None], ...]:
        """Each part's raw value, in weight order (for the --json output)."""
        return tuple((key, None if getattr(self, key) is None else round(getattr(self, key), 4)) for key in WEIGHTS)


def content_score(evidence: Evidence) -> tuple[float, str]:
    """The weighted score in [0, 1] and a human-readable reason."""
    values = {
        "headline": None if evidence.headline is None
        else max(0.0, (evidence.headline - TITLE_FLOOR) / (1 - TITLE_FLOOR)),
        "date": evidence.date,
        "outlet": evidence.outlet,
        "body": None if evidence.body is None else min(1.0, evidence.body / BODY_FULL),
    }
    score = sum(WEIGHTS[k] * (UNKNOWN if v is None else v) for k, v in values.items())
    parts = []
    for key in WEIGHTS:
        note = evidence.notes.get(key)
        raw = getattr(evidence, key)
        if raw is None:
            parts.append(f"{key} unknown")
        else:
            parts.append(f"{key} {raw:.2f}" + (f" ({note})" if note else ""))
    return round(min(CONTENT_MAX, max(0.0, score)), 4), "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Scored:
    """One scored (copy, citation) pair before the decision."""

    match: Match
    group: str  # pairs in the same group point at the same article (same URL, or the copy's own URL)


@dataclass(frozen=True, slots=True)
class Policy:
    threshold: float = 0.8
    candidate_threshold: float = 0.55
    ambiguity_margin: float = 0.05
    max_candidates: int = 3


@dataclass(frozen=True, slots=True)
class Decision:
    status: CopyStatus
    matches: tuple[Match, ...] = ()  # matches and candidates (``is_candidate``), best first


_METHOD_RANK = {MatchMethod.URL: 0, MatchMethod.REDIRECT: 1, MatchMethod.CONTENT: 2}


def decide(scored: Iterable[Scored], policy: Policy) -> Decision:
    """Turn scored pairs into a status, the matches and the candidates (precision first).

    The best group at or above the threshold is matched, unless another group
    scores within ``ambiguity_margin`` of it (then the copy is ambiguous and
    those pairs are only candidates). Everything else at or above the
    candidate threshold is a candidate. A vetoed pair (evidence contradicts
    it) is never matched and never makes a copy ambiguous: at most a candidate,
    ranked by its score like the others (a reviewer wants "same headline, but
    another site" before a weak unrelated hint).
    """
    best: dict[tuple[str, str, int], Scored] = {}
    for s in scored:
        key = (s.match.event_id, s.match.kind.value, s.match.position)
        old = best.get(key)
        if old is None or _better(s, old):
            best[key] = s
    ranked = sorted(best.values(), key=lambda s: (-s.match.score, s.match.veto is not None,
                                                  _METHOD_RANK[s.match.method], s.match.event_id, s.match.position))
    above = [s for s in ranked if s.match.score >= policy.threshold and s.match.veto is None]
    candidates = [s for s in ranked if policy.candidate_threshold <= s.match.score]
    if above:
        top = above[0]
        rivals = [s for s in above if s.group != top.group
                  and s.match.score >= top.match.score - policy.ambiguity_margin]
        if rivals:
            close = [s for s in above if s.match.score >= top.match.score - policy.ambiguity_margin]
            return Decision(CopyStatus.AMBIGUOUS, tuple(_as_candidate(s.match) for s in close))
        matched = [s.match for s in above if s.group == top.group]
        others = [_as_candidate(s.match) for s in candidates if s.match not in matched][: policy.max_candidates]
        return Decision(CopyStatus.MATCHED, tuple(matched + others))
    if candidates:
        return Decision(CopyStatus.CANDIDATE,
                        tuple(_as_candidate(s.match) for s in candidates[: policy.max_candidates]))
    return Decision(CopyStatus.UNMATCHED)


def _better(a: Scored, b: Scored) -> bool:
    if (a.match.veto is None) != (b.match.veto is None):
        return a.match.veto is None
    if not math.isclose(a.match.score, b.match.score):
        return a.match.score > b.match.score
    return _METHOD_RANK[a.match.method] < _METHOD_RANK[b.match.method]


def _as_candidate(m: Match) -> Match:
    return replace(m, is_candidate=True)
