"""An in-memory index of the cited sources, so that a copy is compared with a
handful of citations instead of all of them.

Built once per run from the database's citation rows:

* URL maps: the equivalence key (:func:`pipeline.urls.equivalence_key`) of each
  cited URL, and of each place a cited link was seen to move to: every hop of the
  check's and the capture's redirect chains and the originals of Wayback
  snapshots looked up for it (:func:`pipeline.db.matches.moves`);
* two inverted indexes of words (postings as compact ``array('i')``): cited
  titles -> citations, and event title + description -> events.

A copy's URL is looked up in the URL maps. Content evidence is only scored for
the citations that share the copy's rarest words: up to ``TITLE_HITS``
citations by cited title and ``EVENT_HITS`` events by event text, scanning at
most ``POSTINGS_BUDGET`` postings per copy and never a word so common that it
names more than ``max_df`` documents. Memory grows with the number of
citations, not with the number of copies.

Each citation is judged on its own (its title, its event's date, its cited date
or, without one, the date another citation of the same URL gives): citations
that name one article form a group — the same URL up to equivalence, or, for a
copy without a URL, the same cited title and outlet — and the group's best pair
without a veto lends its score to the others, unless their own evidence vetoes
them.
"""

from __future__ import annotations

import heapq
import math
import sys
from array import array
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..db.matches import CitationRow, Move
from ..models import ArchivedCopy, CitationKind, Match, MatchMethod
from ..urls import InvalidURL, canonicalize, equivalence_key, host_of, unwrap_amp_cache
from .dates import publication_date, url_date_span
from .outlets import compare_outlets, outlet_words, sites_of
from .scoring import (
    Evidence,
    Scored,
    body_overlap,
    content_score,
    date_agreement,
    date_veto,
    normalize_text,
    split_title_suffix,
    title_similarity,
    tokens,
)

__all__ = ["CitationIndex", "CopyFeatures", "features_of"]

TITLE_HITS = 8
EVENT_HITS = 3
CITATIONS_PER_EVENT = 12
POSTINGS_BUDGET = 8_000  # per index and copy
TITLE_QUERY_WORDS = 8  # the copy's rarest headline words
BODY_QUERY_WORDS = 16  # and rarest body words, for the event query
MAX_BODY_CHARS = 60_000
DATE_TOLERANCE_DAYS = 7  # the default of match.date_tolerance_days
SAME_HEADLINE = 0.9  # a headline this similar is "the same headline" in a veto's reason
TIE_MIN_WORDS = 4  # a cited title ties citations of one article only when it has this many words
MAX_GROUP = 50  # citations of one article judged per copy (a URL cited more often: the first ones)


@dataclass(frozen=True, slots=True)
class CopyFeatures:
    """What matching needs of a copy, computed once."""

    copy: ArchivedCopy
    canonical: str | None
    final_canonical: str | None
    host: str | None
    outlet: str | None
    title_words: tuple[str, ...]
    body_words: frozenset[str]
    sites: frozenset[str] = frozenset()  # registrable domains of its URL and final URL
    outlet_explicit: bool = False  # named in front matter or a Source: line, not read off a headline suffix
    published: str | None = None  # a "Published …" line in the body: the article's date when the page also
    # shows an update date (the copy's date line)

    @property
    def article_date(self) -> str | None:
        return self.published or self.copy.date


def _canonical(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return canonicalize(url).canonical
    except InvalidURL:
        return None


def features_of(copy: ArchivedCopy) -> CopyFeatures:
    canonical = _canonical(copy.url)
    final = _canonical(copy.final_url)
    suffix = split_title_suffix(copy.title)[1] if copy.title else None
    return CopyFeatures(
        copy, canonical, final if final != canonical else None,
        host_of(canonical or final or "") or None, copy.outlet or suffix,
        tuple(dict.fromkeys(tokens(copy.title or ""))),
        frozenset(tokens(copy.body[:MAX_BODY_CHARS])),
        _sites(canonical, final), bool(copy.outlet), publication_date(copy.body[:4000]),
    )


def _sites(*canonicals: str | None) -> frozenset[str]:
    """The sites of canonical URLs, archive and AMP-cache wrappers unwrapped."""
    return sites_of(tuple(host_of(unwrap_amp_cache(c)) for c in canonicals if c))


@dataclass(slots=True)
class _Source:
    citation_id: int
    event: int
    kind: CitationKind
    position: int
    canonical_url: str | None
    url_key: str | None  # equivalence_key(canonical_url), shared with the URL map's key
    title: str | None
    outlet: str | None
    cited_date: str | None
    sites: frozenset[str]  # of the cited URL and of where it redirected (check history)
    link_id: int | None = None
    group: str = ""  # the article: "url:KEY", or "title:…" for a citation without URL
    tie: str = ""  # the article for a copy without URL: the group, joined by same title and outlet
    date_from: int | None = None  # no cited date: the source of the same URL whose date stands for it


@dataclass(slots=True)
class _Event:
    event_id: str
    date: str | None
    words: tuple[str, ...]
    sources: list[int]


class CitationIndex:
    """Cited sources, indexed by URL and by words."""

    def __init__(self, rows: Iterable[CitationRow], moves: dict[int, list[Move]] | None = None,
                 max_df_share: float = 0.02, date_tolerance_days: int = DATE_TOLERANCE_DAYS) -> None:
        self.date_tolerance_days = date_tolerance_days
        self.sources: list[_Source] = []
        self.events: list[_Event] = []
        self._event_ids: dict[str, int] = {}
        self._by_url: dict[str, list[int]] = {}
        self._by_redirect: dict[str, list[tuple[int, str, str]]] = {}
        self._titles: dict[str, array] = {}
        self._event_words: dict[str, array] = {}
        self._idf: dict[str, float] = {}
        self._outlet_names: set[str] = set()  # every cited outlet, compacted: a headline suffix naming one is an outlet
        self._site_sets: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct set of sites
        self._members: dict[str, list[int]] = {}  # group or tie -> its sources
        moves = moves or {}
        for row in rows:
            self._add(row, moves.get(row.link_id, ()) if row.link_id else ())
        for same in self._by_url.values():  # one article: where any of its cited spellings led counts for all
            if len(same) > 1:
                sites = self._one_set(frozenset().union(*(self.sources[i].sites for i in same)))
                dated = next((i for i in same if self.sources[i].cited_date), None)
                named = next((self.sources[i].outlet for i in same if self.sources[i].outlet), None)
                for i in same:  # what one citation says of the article stands for those that do not say
                    self.sources[i].sites = sites
                    self.sources[i].outlet = self.sources[i].outlet or named
                    if dated is not None and not self.sources[i].cited_date:
                        self.sources[i].date_from = dated
        self._tie_articles()
        self.max_title_df = max(200, int(max_df_share * len(self.sources)))
        self.max_event_df = max(200, int(max_df_share * len(self.events)))

    def __len__(self) -> int:
        return len(self.sources)

    def _add(self, row: CitationRow, moves: Iterable[Move]) -> None:
        event = self._event_ids.get(row.event_id)
        if event is None:
            event = self._event_ids[row.event_id] = len(self.events)
            text = f"{row.event_title or ''} {row.event_description or ''}"
            words = tuple(dict.fromkeys(map(sys.intern, tokens(text))))
            self.events.append(_Event(row.event_id, _shared(row.event_date), words, []))
            for word in words:
                self._event_words.setdefault(word, array("i")).append(event)
        # an archive URL is a copy of sources[i]: it answers for that source position
        kind = CitationKind.BODY if row.kind == CitationKind.BODY.value else CitationKind.SOURCE
        index = len(self.sources)
        key = equivalence_key(row.canonical_url) if row.canonical_url else None
        if key is not None:
            same = self._by_url.setdefault(key, [])
            key = self.sources[same[0]].url_key if same else key  # one string per key
            same.append(index)
        moves = tuple(moves)
        if row.outlet:
            self._outlet_names.add("".join(outlet_words(row.outlet)))
        moved = [c for c in (_canonical(url) for url, _ in moves) if c and _path_of(c) != "/"]  # home: dead
        sites = _sites(*moved) if moved else frozenset()
        if key is not None:  # the equivalence key starts with the host, AMP caches already unwrapped
            sites = self._one_set(sites | sites_of((key.split("/", 1)[0].split(":", 1)[0],)))
        group = f"url:{key}" if key else f"title:{normalize_text(row.title or '')}|{row.cited_date or ''}|{index}"
        self.sources.append(_Source(row.citation_id, event, kind, row.position, row.canonical_url, key, row.title,
                                    _shared(row.outlet), _shared(row.cited_date), sites, row.link_id, group))
        self._members.setdefault(group, []).append(index)
        seen = {key}
        for url, how in moves:
            canon = _canonical(url)
            if not canon or not host_of(canon) or _path_of(canon) == "/":  # a redirect home is a dead link
                continue
            moved_key = equivalence_key(canon)
            if moved_key not in seen:
                seen.add(moved_key)
                self._by_redirect.setdefault(moved_key, []).append((index, url, how))
        if row.kind == CitationKind.SOURCE.value:  # archive URLs repeat their source; body links have no title
            self.events[event].sources.append(index)
            for word in dict.fromkeys(map(sys.intern, tokens(row.title or ""))):
                self._titles.setdefault(word, array("i")).append(index)

    def _one_set(self, sites: frozenset[str]) -> frozenset[str]:
        return self._site_sets.setdefault(sites, sites)

    # -- URL evidence -------------------------------------------------------------------------

    def url_evidence(self, f: CopyFeatures, replaced: Collection[int] = ()) -> list[Scored]:
        """Citations whose URL is the copy's URL (or where a cited URL was seen to move to it).

        ``replaced``: links whose page was found replaced by other content before this copy was
        captured; the copy does not back their citations by URL.
        """
        out: list[Scored] = []
        for label, canon, exact, loose in (("URL", f.canonical, 1.0, 0.95),
                                           ("final URL", f.final_canonical, 0.95, 0.93)):
            if not canon:
                continue
            key = equivalence_key(canon)
            for i in self._by_url.get(key, ()):
                if self.sources[i].link_id in replaced:
                    continue
                cited = self.sources[i].canonical_url
                if cited == canon:
                    out.append(self._scored(i, MatchMethod.URL, exact, f"the copy's {label} is the cited URL {cited}",
                                            evidence=((label.lower().replace(" ", "_"), exact),)))
                else:
                    out.append(self._scored(i, MatchMethod.URL, loose,
                                            f"the copy's {label} {canon} is the cited URL {cited} "
                                            "up to scheme, www./m./amp. host, trailing slash or AMP form",
                                            evidence=((label.lower().replace(" ", "_") + "_equivalent", loose),)))
            for i, moved, how in self._by_redirect.get(key, ()):
                if self.sources[i].link_id in replaced:
                    continue
                out.append(self._scored(i, MatchMethod.REDIRECT, 0.9,
                                        f"the cited URL {self.sources[i].canonical_url} moved to "
                                        f"{moved}, the copy's {label} ({how})",
                                        evidence=(("redirect", 0.9),)))
        return out

    def _scored(self, i: int, method: MatchMethod, score: float, reason: str, group: str = "url", *,
                evidence: tuple[tuple[str, float | None], ...] = (), veto: str | None = None) -> Scored:
        s = self.sources[i]
        match = Match(s.citation_id, self.events[s.event].event_id, s.kind, s.position, method, score, reason,
                      evidence=evidence, veto=veto)
        return Scored(match, group)

    # -- content evidence ---------------------------------------------------------------------

    def content_evidence(self, f: CopyFeatures, note: str | None = None) -> list[Scored]:
        """Score the copy against the cited sources that share its rarest words, each on its own.

        Citations of one article (a group: one URL; for a copy without URL, also the same cited
        title and outlet) are judged together: each gets its own evidence and its own veto, and
        one without a veto is raised to the score of the group's best pair without a veto.
        """
        if note is None:
            note = (f"the copy's URL {f.canonical} is cited nowhere" if f.canonical
                    else "the copy names no URL")
        tied = f.canonical is None and f.final_canonical is None
        articles = dict.fromkeys(self.sources[i].tie if tied else self.sources[i].group for i in self._candidates(f))
        out: list[Scored] = []
        for article in articles:
            judged = [self._judge(f, i, note, article) for i in self._members[article][:MAX_GROUP]]
            fine = [s for s in judged if s.match.veto is None]
            top = max(fine, key=lambda s: s.match.score, default=None)
            for s in judged:
                if top is not None and s.match.veto is None and top.match.score > s.match.score:
                    s = self._as_same_article(s, top)
                out.append(s)
        return out

    def _judge(self, f: CopyFeatures, i: int, note: str, article: str) -> Scored:
        """One citation's own content evidence."""
        s = self.sources[i]
        evidence = self._evidence(f, s, self.events[s.event])
        score, reason = content_score(evidence)
        if evidence.veto:
            reason = f"{_veto_reason(evidence)}; {reason}"
        return self._scored(i, MatchMethod.CONTENT, score, f"{note}; {reason}", article,
                            evidence=evidence.parts(), veto=evidence.veto)

    def _as_same_article(self, s: Scored, top: Scored) -> Scored:
        """``s``, a citation of the article ``top`` backs, at ``top``'s score and with its reason."""
        mine, theirs = self.sources[self._index_of[s.match.citation_id]], \
            self.sources[self._index_of[top.match.citation_id]]
        how = ("cites the same URL as" if mine.url_key and mine.url_key == theirs.url_key
               else "cites the same title and outlet as")
        return Scored(Match(s.match.citation_id, s.match.event_id, s.match.kind, s.match.position,
                            MatchMethod.CONTENT, top.match.score, f"{how} {_label(top.match)}: {top.match.reason}",
                            evidence=top.match.evidence), s.group)

    def _evidence(self, f: CopyFeatures, s: _Source, event: _Event) -> Evidence:
        notes = {}
        headline = title_similarity(f.copy.title, s.title) if f.copy.title and s.title else None
        cited_date = s.cited_date or (self.sources[s.date_from].cited_date if s.date_from is not None else None)
        copy_date = f.article_date
        date = date_agreement(copy_date, cited_date, event.date)
        if date is not None:
            shown = copy_date if copy_date == f.copy.date else f"{copy_date} published, {f.copy.date} on the page"
            by = "" if s.date_from is None else f" by {_label_of(self, s.date_from)}, same URL"
            notes["date"] = f"copy {shown}, cited {cited_date or '?'}{by}, event {event.date or '?'}"
        cited_host = host_of(s.canonical_url) if s.canonical_url else None
        outlet = compare_outlets(copy_sites=f.sites, copy_host=f.host, copy_name=f.outlet,
                                 copy_name_explicit=self._names_outlet(f), cited_sites=s.sites,
                                 cited_host=cited_host or None, cited_name=s.outlet)
        if outlet.note:
            notes["outlet"] = outlet.note
        body = body_overlap(f.body_words, event.words, self._event_idf) if event.words else None
        veto = outlet.veto or date_veto(copy_date, cited_date, event.date, self.date_tolerance_days,
                                        url_dates=tuple(d for d in (url_date_span(f.canonical),
                                                                    url_date_span(f.final_canonical)) if d))
        return Evidence(headline, date, outlet.value, body, notes, veto)

    def _tie_articles(self) -> None:
        """For copies without a URL: citations with the same cited title (of some length) and the same
        outlet (its name, else the cited site) name one article, whatever their URLs."""
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while x in parent:
                x = parent[x]
            return x

        for s in self.sources:
            words = tokens(split_title_suffix(s.title)[0]) if s.title else []
            if len(words) < TIE_MIN_WORDS:
                continue
            outlet = "".join(outlet_words(s.outlet)) if s.outlet else ",".join(sorted(s.sites))
            if not outlet:
                continue
            a, b = root(s.group), root(f"same:{' '.join(words)}|{outlet}")
            if a != b:
                parent[a] = b
        for i, s in enumerate(self.sources):
            s.tie = root(s.group)
            if s.tie != s.group:
                self._members.setdefault(s.tie, []).append(i)
        for s in self.sources:  # an article without ties is its group
            if s.tie not in self._members:
                s.tie = s.group
        self._index_of = {s.citation_id: i for i, s in enumerate(self.sources)}

    def _names_outlet(self, f: CopyFeatures) -> bool:
        """Does the copy name its outlet clearly: explicitly, or by a headline suffix that is the
        name of an outlet cited somewhere (not "Home" or "Politics")?"""
        return f.outlet_explicit or bool(f.outlet and "".join(outlet_words(f.outlet)) in self._outlet_names)

    def _event_idf(self, word: str) -> float:
        idf = self._idf.get(word)
        if idf is None:
            df = len(self._event_words.get(word, ()))
            idf = self._idf[word] = math.log(1 + len(self.events) / (1 + df))
        return idf

    def _candidates(self, f: CopyFeatures) -> list[int]:
        """Source indexes worth scoring: best by shared rare title words, then by event words."""
        found = self._top(self._titles, f.title_words, self.max_title_df, len(self.sources), TITLE_HITS,
                          TITLE_QUERY_WORDS)
        words = self._event_words
        body = heapq.nsmallest(BODY_QUERY_WORDS, (w for w in f.body_words if w in words and w not in f.title_words),
                               key=lambda w: len(words[w]))
        events = self._top(words, f.title_words + tuple(body), self.max_event_df, len(self.events), EVENT_HITS,
                           TITLE_QUERY_WORDS + BODY_QUERY_WORDS)
        seen = dict.fromkeys(found)
        for e in events:
            seen.update(dict.fromkeys(self.events[e].sources[:CITATIONS_PER_EVENT]))
        return list(seen)

    @staticmethod
    def _top(postings: dict[str, array], words: Iterable[str], max_df: int, n_docs: int, k: int,
             n_words: int) -> list[int]:
        """The ``k`` documents sharing the most IDF weight with the ``n_words`` rarest query words."""
        lists = sorted((postings[w] for w in words if w in postings and len(postings[w]) <= max_df), key=len)
        weights: dict[int, float] = {}
        budget = POSTINGS_BUDGET
        for plist in lists[:n_words]:
            if budget < len(plist):
                break
            budget -= len(plist)
            idf = math.log(1 + n_docs / len(plist))
            for doc in plist:
                weights[doc] = weights.get(doc, 0.0) + idf
        return heapq.nlargest(k, weights, key=weights.__getitem__)


def _label(m: Match) -> str:
    return f"{m.event_id} {m.kind.value} {m.position}"


def _label_of(index: CitationIndex, i: int) -> str:
    s = index.sources[i]
    return f"{index.events[s.event].event_id} {s.kind.value} {s.position}"


def _veto_reason(evidence: Evidence) -> str:
    """ "same headline, but published on cnn.com, cited on npr.org" """
    if evidence.headline is None:
        return f"not the cited article: {evidence.veto}"
    same = "same headline" if evidence.headline >= SAME_HEADLINE else "similar headline"
    return f"vetoed: {same}, but {evidence.veto}"


def _shared(value: str | None) -> str | None:
    """One string object for values that repeat (outlets, dates)."""
    return sys.intern(value) if value is not None else None


def _path_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    slash = rest.find("/")
    path = rest[slash:] if slash >= 0 else "/"
    return path.split("?", 1)[0] or "/"
