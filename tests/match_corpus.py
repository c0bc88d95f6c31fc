"""A labelled set of archived copies, generated from the real sample events.

``build_labelled_archive(events_dir, archive_dir)`` writes copies of cited
sources in the hand-saved and own formats, one case type per way a copy can
name (or fail to name) its source, plus decoys, and returns the labels: for
each copy, its case type and the (event_id, source position) pairs it should
back (empty for decoys). Deterministic (a seeded random generator).

Case types:
  exact        seed format, footer URL exactly as cited
  variant:*    the cited URL changed by one canonicalisation rule
  wayback      the cited URL wrapped in web.archive.org
  missing      headline + date + body only, no URL at all
  same_site    a URL on the cited site that nobody cites, with headline, date and body
  headline_only  the cited headline and an unrelated body, no URL, no date: a candidate, not a match
  decoy        a copy of a page nobody cites (unrelated headline and body)
  near_miss    a headline close to a cited title, but another date and outlet

Grown for issue 13 (evidence that contradicts wins), true cases that must match:
  no_url_no_date    headline (outlet suffix or capitals) and an on-topic body only
  outlet_alias      no URL; ``Source:`` names the cited outlet another way (initials, "The",
                    capitals, its domain)
  date_off_by_one   no URL; dated a day before or after the cited date
  suffix_case       no URL; the headline in capitals with the outlet's suffix, curly quotes
  paywall_stub      the cited URL and nothing else: a "subscribe" page, dated the day it was saved
  updated_headline  the cited URL, its headline since updated and redated
and look-alikes that must not match (their ``resembles`` is the citation they imitate):
  lookalike:other_site     the cited headline, date and story on another outlet's site
  lookalike:other_outlet   no URL; the same, naming another outlet (``Source:``)
  lookalike:wire           a wire story republished on another site, crediting the cited outlet
  lookalike:later          the cited outlet, a headline changed a little, dated months or years
                           from the cited date (near the event's date when that is far from it);
                           on the cited site at an uncited URL, or naming the outlet without URL

Grown for issue 27 (per-citation judgement, ties, moves, date spans): see ``match_shapes``.

Two parts: ``tuning`` (the sources of two thirds of the events, by a hash of the event id)
and ``held_out`` (the other third, another seed). No rule or threshold was tuned on the
held-out part: its figures are reported apart (``bench/match.py --labelled``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

from pipeline.extract.eventfile import parse_event_file
from pipeline.models import CitationKind
from pipeline.urls import InvalidURL, canonicalize, equivalence_key

FILLER = [
    "Officials did not immediately respond to requests for comment on Tuesday.",
    "The announcement came after weeks of speculation in the capital.",
    "Analysts said the move could have consequences well beyond the current year.",
    "Critics argued that the decision raised questions that remain unanswered.",
    "A spokesperson declined to provide further details when reached by phone.",
    "Documents reviewed by reporters show a pattern stretching back several years.",
    "The development was first reported earlier in the week by several outlets.",
    "Lawmakers from both parties called for hearings on the matter.",
    "Supporters welcomed the news, while opponents promised to keep pressing.",
    "It was not clear how the process would unfold in the coming months.",
    "Experts cautioned that the full picture may take time to emerge.",
    "The statement was released late in the evening without further explanation.",
]
DECOY_WORDS = [
    "garden", "orchard", "recipe", "violin", "marathon", "glacier", "lantern", "pottery", "festival", "harbor",
    "meadow", "compost", "telescope", "origami", "cycling", "bakery", "sailboat", "knitting", "aquarium", "canyon",
    "sculpture", "carnival", "puppet", "lighthouse", "waterfall", "pancake", "migration", "beekeeping", "hiking",
    "astronomy", "chess", "quilt",
]
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
VARIANT_RULES = ("scheme", "www", "trailing_slash", "tracking", "fragment", "default_port",
                 "percent_encoding", "amp", "mobile")


@dataclass(frozen=True)
class Source:
    event_id: str
    position: int
    url: str
    canonical: str
    title: str
    outlet: str | None
    date: str
    event_description: str
    event_date: str | None = None


@dataclass(frozen=True)
class Label:
    case: str
    expected: frozenset[tuple[str, int]]  # (event_id, source position) the copy should back
    resembles: frozenset[tuple[str, int]] = frozenset()  # a look-alike: what it imitates (must not back)


PARTS = ("tuning", "held_out")


def part_of(event_id: str) -> str:
    """Which part of the labelled set an event's sources go to: a third of the events are held out."""
    return "held_out" if hashlib.sha256(event_id.encode()).digest()[0] % 3 == 0 else "tuning"


def load_sources(events_dir: Path, part: str | None = None, cited_dates: dict | None = None
                 ) -> tuple[list[Source], dict[str, set[tuple[str, int]]]]:
    """Cited sources with a URL, a title and a full date (of events in ``part``, or all); and who
    cites each equivalence key (every event). ``cited_dates`` collects (event, position) -> full cited date."""
    sources: list[Source] = []
    cited_by: dict[str, set[tuple[str, int]]] = {}
    for path in sorted(events_dir.iterdir()):
        parsed = parse_event_file(path.name, path.read_bytes())
        event = parsed.event
        if event is None:
            continue
        for c in event.citations:
            if c.kind is CitationKind.BODY or not c.canonical_url:
                continue
            cited_by.setdefault(equivalence_key(c.canonical_url), set()).add((event.id, c.position))
            date = c.cited_date if c.cited_date and _ISO_DAY.fullmatch(c.cited_date) else None
            if cited_dates is not None and date:
                cited_dates[(event.id, c.position)] = date
            if c.kind is CitationKind.SOURCE and c.title and date and len(c.title.split()) >= 4 and \
                    (part is None or part_of(event.id) == part):
                sources.append(Source(event.id, c.position, c.raw_url or c.canonical_url, c.canonical_url,
                                      c.title, c.outlet, date, event.description or event.title or "",
                                      event.date if event.date and _ISO_DAY.fullmatch(event.date) else None))
    return sources, cited_by


def variant(url: str, rule: str) -> str:
    """``url`` changed by one canonicalisation rule (the result canonicalises to the same page)."""
    parts = urlsplit(url)
    host, path = parts.hostname or "", parts.path or "/"
    if rule == "scheme":
        return urlunsplit(("http" if parts.scheme == "https" else "https", parts.netloc, path, parts.query, ""))
    if rule == "www":
        host = host[4:] if host.startswith("www.") else "www." + host
    elif rule == "trailing_slash":
        path = path[:-1] if path.endswith("/") and len(path) > 1 else path + "/"
    elif rule == "tracking":
        query = (parts.query + "&" if parts.query else "") + "utm_source=newsletter&utm_medium=email&fbclid=abc123"
        return urlunsplit((parts.scheme, parts.netloc, path, query, ""))
    elif rule == "fragment":
        return urlunsplit((parts.scheme, parts.netloc, path, parts.query, "comments"))
    elif rule == "default_port":
        return urlunsplit((parts.scheme, f"{host}:{443 if parts.scheme == 'https' else 80}", path, parts.query, ""))
    elif rule == "percent_encoding":
        path = re.sub(r"[a-z]", lambda m: f"%{ord(m.group(0)):02x}", path, count=2)
    elif rule == "amp":
        path = path.rstrip("/") + "/amp"
    elif rule == "mobile":
        host = "m." + (host.removeprefix("www."))
    return urlunsplit((parts.scheme, host, path, parts.query, ""))


def _headline(s: Source, i: int) -> str:
    """The cited title as a page shows it: with an outlet suffix, in capitals, or as cited."""
    if i % 3 == 0:
        return f"{s.title} | {s.outlet or 'News'}"
    if i % 3 == 1:
        return s.title.upper().replace(",", "").replace("'", "’") + " - " + (s.outlet or "Home")
    return s.title


def _dated(s: Source, i: int) -> str | None:
    """The cited date; a day later for some copies, none at all for others."""
    if i % 4 == 3:
        return None
    if i % 4 == 2:
        return (dt.date.fromisoformat(s.date) + dt.timedelta(days=1)).isoformat()
    return s.date


def _human_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def _body(rng: random.Random, source: Source | None) -> str:
    paragraphs = rng.sample(FILLER, 4)
    if source is not None:
        words = source.event_description.split()
        kept = [w for w in words if rng.random() > 0.3]  # a reporter's words, not the summary's
        paragraphs.insert(1, " ".join(kept))
        paragraphs.insert(0, f"{source.title}.")
    return "\n\n".join(paragraphs)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _hand_saved(rng: random.Random, title: str, date: str | None, body: str, url: str | None, style: int) -> str:
    """The seed copy's format, with the URL given in one of several ways."""
    head = f"\n\n{title}\n\n" + (f"{_human_date(date)}\n\n" if date else "") + "\n\n"
    if url is None:
        return head + body + "\n"
    if style == 0:  # the seed copy, exactly
        return head + body + f"\n\n\nOriginal url:\n\n<{url}>"
    if style == 1:
        return head + body + f"\n\nOriginal url: {url}\n"
    if style == 2:
        return f"URL: <{url}>\n\n# {title}\n\n" + (f"{_human_date(date)}\n\n" if date else "") + body + "\n"
    if style == 3:
        return head + body + f"\n\nSource: [{title}]({url})\n"
    return head + body + f"\n\n{url}\n"


def _own(title: str, date: str, body: str, url: str) -> str:
    """The archive stage's format: provenance front matter, then the human shape."""
    return (f"---\nurl: {url}\nfinal_url: {url}\ncaptured_at: '2025-06-01T12:00:00Z'\ntitle: {title!r}\n"
            f"date: '{date}'\ncontent_sha256: {'0' * 64}\ntext_sha256: {'1' * 64}\n---\n\n"
            f"{title}\n\n{_human_date(date)}\n\n{body}\n\nOriginal url:\n\n<{url}>\n")


def build_labelled_archive(events_dir: Path, archive_dir: Path, per_case: int = 24, seed: int = 5,
                           part: str | None = None, events_out: Path | None = None,
                           history: list[dict] | None = None) -> dict[str, Label]:
    """Write the labelled copies under ``archive_dir``; return {relative path: label}.

    With ``events_out`` (a copy of ``events_dir``), the issue-27 shapes are added too: their
    extra events are written there and the check/capture history they need is appended to
    ``history`` (``match_shapes.write_history`` records it after extraction).
    """
    rng = random.Random(seed)
    cited_dates: dict[tuple[str, int], str] = {}
    sources, cited_by = load_sources(events_dir, part, cited_dates)
    rng.shuffle(sources)
    labels: dict[str, Label] = {}
    pool = _cycle(sources)

    def expected(url: str) -> frozenset[tuple[str, int]]:
        return frozenset(cited_by[equivalence_key(canonicalize(url).canonical)])

    def add(case: str, name: str, text: str, want: frozenset[tuple[str, int]],
            resembles: frozenset[tuple[str, int]] = frozenset()) -> None:
        rel = f"{case.replace(':', '-')}/{len(labels):03d}--{name}.{'md' if text.startswith('---') else 'txt'}"
        _write(archive_dir / rel, text)
        labels[rel] = Label(case, want, resembles)

    for i in range(per_case):
        s = next(pool)
        body = _body(rng, s)
        own = i % 6 == 5
        text = _own(s.title, s.date, body, s.url) if own else _hand_saved(rng, s.title, s.date, body, s.url, i % 5)
        add("exact", "exact", text, expected(s.url))
    for rule in VARIANT_RULES:
        for i in range(max(2, per_case // 4)):
            s = next(pool)
            url = variant(s.url, rule)
            try:
                want = expected(url)
            except (InvalidURL, KeyError):
                continue
            add(f"variant:{rule}", rule, _hand_saved(rng, s.title, s.date, _body(rng, s), url, i % 5), want)
    for i in range(per_case):
        s = next(pool)
        url = f"https://web.archive.org/web/2025010112{i:04d}/{s.url}"
        add("wayback", "wayback", _hand_saved(rng, s.title, s.date, _body(rng, s), url, i % 5), expected(s.url))
    for i in range(per_case):
        s = next(pool)
        add("missing", "missing", _hand_saved(rng, _headline(s, i), _dated(s, i), _body(rng, s), None, 0),
            frozenset(cited_by[equivalence_key(s.canonical)]))
    for i in range(per_case):
        s = next(pool)
        parts = urlsplit(s.canonical)
        other = urlunsplit((parts.scheme, parts.netloc, f"/archive/story-{rng.randrange(10**8)}", "", ""))
        add("same_site", "same-site", _hand_saved(rng, _headline(s, i), _dated(s, i), _body(rng, s), other, i % 5),
            frozenset(cited_by[equivalence_key(s.canonical)]))
    for _ in range(per_case // 2):
        s = next(pool)
        add("headline_only", "headline-only", _hand_saved(rng, s.title, None, _body(rng, None), None, 0),
            frozenset(cited_by[equivalence_key(s.canonical)]))
    for i in range(per_case):
        words = rng.sample(DECOY_WORDS, 7)
        title = " ".join(words).capitalize()
        url = f"https://www.hobby-weekly-{i}.example/{'-'.join(words[:3])}"
        add("decoy", "decoy", _hand_saved(rng, title, "2019-05-0" + str(1 + i % 9), _body(rng, None), url, i % 5),
            frozenset())
    for i in range(per_case):
        s = next(pool)
        words = s.title.split()
        if i % 2:  # every other one keeps the cited headline word for word
            words[rng.randrange(len(words))] = rng.choice(DECOY_WORDS)  # one word changed
        shifted = (dt.date.fromisoformat(s.date) - dt.timedelta(days=700 + i)).isoformat()
        url = f"https://www.another-paper-{i}.example/news/{rng.randrange(10**6)}"
        add("near_miss", "near-miss", _hand_saved(rng, " ".join(words), shifted, _body(rng, None), url, i % 5),
            frozenset())
    _grow(rng, sources, pool, cited_by, add, per_case)
    if events_out is not None:
        from match_shapes import ShapeWriter

        def dated_apart(s: Source) -> frozenset[tuple[str, int]]:
            """Citations of ``s``'s URL that give a day a week or more from ``s``'s."""
            day = dt.date.fromisoformat(s.date)
            return frozenset(p for p in cited_by[equivalence_key(s.canonical)] if p in cited_dates
                             and abs((dt.date.fromisoformat(cited_dates[p]) - day).days) > 7)

        helpers = SimpleNamespace(key=equivalence_key, body=_body, hand_saved=_hand_saved, headline=_headline,
                                  changed=_changed, dated_apart=dated_apart)
        ShapeWriter(rng, pool, cited_by, add, per_case, events_out, history if history is not None else [],
                    helpers).write_all()
    return labels


def _cycle(sources: list[Source]):
    """The sources in order, then again (a small part may need some twice; each copy is judged alone)."""
    while True:
        yield from sources


STUB_TITLES = ("Subscribe to read", "Log in to continue reading", "Sign in | Subscriber services",
               "Access denied", "Please enable JavaScript")
STUB_BODY = "This article is for subscribers. Subscribe now for unlimited access, or log in to your account."
WIRE_SITES = ("www.daily-courier.example", "www.valley-herald.example", "news.metro-tribune.example",
              "www.lakeside-gazette.example")


def _first_word(name: str | None) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", (name or "").lower()) if w != "the"]
    return words[0] if words else ""


def _site(host: str) -> str:
    return ".".join(host.removeprefix("www.").split(".")[-2:])


def _rival(rng: random.Random, s: Source, outlets: list[tuple[str, str]]) -> tuple[str, str]:
    """Another outlet (name, host) of the corpus: another site, a name that starts differently."""
    host = urlsplit(s.canonical).hostname or ""
    while True:
        name, other = rng.choice(outlets)
        if _site(other) != _site(host) and _first_word(name) != _first_word(s.outlet):
            return name, other


def _alias(s: Source, i: int) -> str:
    """The cited outlet named another way: initials, with or without "The", capitals, its domain."""
    name = s.outlet or ""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() != "the"]
    host = (urlsplit(s.canonical).hostname or "").removeprefix("www.")
    forms = [name.upper(), name[4:] if name.lower().startswith("the ") else f"The {name}", host]
    if len(words) >= 2:
        forms.append("".join(w[0].upper() for w in words))
    return forms[i % len(forms)]


def _changed(title: str, i: int) -> str:
    """A headline changed a little, the way an outlet's follow-up story reads."""
    if i % 3 == 0:
        return f"Analysis: {title}"
    if i % 3 == 1 and re.search(r"\d+", title):
        return re.sub(r"\d+", lambda m: str(int(m.group(0)) + 3), title, count=1)
    return f"{title.rstrip('.')}, officials say"


def _later(rng: random.Random, s: Source) -> str:
    """Months or years from the cited date; the event's date when that is itself far from it."""
    cited = dt.date.fromisoformat(s.date)
    if s.event_date and abs((dt.date.fromisoformat(s.event_date) - cited).days) > 60:
        return s.event_date
    days = rng.randrange(90, 1100)
    return (cited + dt.timedelta(days=days if rng.random() < 0.5 else -days)).isoformat()


def _grow(rng: random.Random, sources: list[Source], pool, cited_by: dict[str, set[tuple[str, int]]],
          add, per_case: int) -> None:
    """The issue-13 cases: true copies that must still match, and look-alikes that must not."""
    outlets = sorted({(s.outlet, urlsplit(s.canonical).hostname or "") for s in sources if s.outlet})

    def backs(s: Source) -> frozenset[tuple[str, int]]:
        return frozenset(cited_by[equivalence_key(s.canonical)])

    def lookalike(case: str, s: Source, text: str) -> None:
        add(f"lookalike:{case}", case.replace("_", "-"), text, frozenset(), backs(s))

    for i in range(per_case):
        s = next(pool)
        add("no_url_no_date", "no-url-no-date", _hand_saved(rng, _headline(s, i % 2), None, _body(rng, s), None, 0),
            backs(s))
    for i in range(per_case):
        s = next(pool)
        while not s.outlet:
            s = next(pool)
        text = _hand_saved(rng, s.title, s.date, _body(rng, s), None, 0) + f"\nSource: {_alias(s, i)}\n"
        add("outlet_alias", "outlet-alias", text, backs(s))
    for i in range(per_case):
        s = next(pool)
        day = (dt.date.fromisoformat(s.date) + dt.timedelta(days=1 if i % 2 else -1)).isoformat()
        add("date_off_by_one", "date-off-by-one", _hand_saved(rng, _headline(s, 0), day, _body(rng, s), None, 0),
            backs(s))
    for _ in range(per_case):
        s = next(pool)
        add("suffix_case", "suffix-case", _hand_saved(rng, _headline(s, 1), s.date, _body(rng, s), None, 0), backs(s))
    for i in range(per_case):
        s = next(pool)
        stub = STUB_TITLES[i % len(STUB_TITLES)]
        text = (_own(stub, "2025-06-01", STUB_BODY, s.url) if i % 2
                else _hand_saved(rng, stub, None, STUB_BODY, s.url, i % 5))
        add("paywall_stub", "paywall-stub", text, backs(s))
    for i in range(per_case):
        s = next(pool)
        later = (dt.date.fromisoformat(s.date) + dt.timedelta(days=7 + 40 * i)).isoformat()
        title = f"Updated: {_changed(s.title, i)}"
        text = _own(title, later, _body(rng, s), s.url) if i % 2 else \
            _hand_saved(rng, title, later, _body(rng, s), s.url, i % 5)
        add("updated_headline", "updated-headline", text, backs(s))
    for i in range(per_case):
        s = next(pool)
        name, host = _rival(rng, s, outlets)
        url = f"https://{host}/{s.date.replace('-', '/')}/story-{rng.randrange(10**6)}"
        title = f"{s.title} | {name}" if i % 2 else s.title
        lookalike("other_site", s, _hand_saved(rng, title, s.date, _body(rng, s), url, i % 5))
    for _ in range(per_case):
        s = next(pool)
        name, _host = _rival(rng, s, outlets)
        lookalike("other_outlet", s, _hand_saved(rng, s.title, s.date, _body(rng, s), None, 0) + f"\nSource: {name}\n")
    for i in range(per_case):
        s = next(pool)
        url = f"https://{WIRE_SITES[i % len(WIRE_SITES)]}/news/national/{rng.randrange(10**7)}"
        body = _body(rng, s)
        text = (_own(s.title, s.date, body, url).replace("---\n\n", f"outlet: {s.outlet or 'Wire'}\n---\n\n", 1)
                if i % 2 else _hand_saved(rng, s.title, s.date, body, url, i % 5))
        lookalike("wire", s, text)
    for i in range(per_case):
        s = next(pool)
        while not s.outlet:
            s = next(pool)
        title, day = _changed(s.title, i), _later(rng, s)
        if i % 2:
            parts = urlsplit(s.canonical)
            path = f"/news/{day.replace('-', '/')}/{rng.randrange(10**6)}"
            url = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
            text = _hand_saved(rng, title, day, _body(rng, s), url, i % 5)
        else:
            text = _hand_saved(rng, title, day, _body(rng, s), None, 0) + f"\nSource: {s.outlet}\n"
        lookalike("later", s, text)


@dataclass
class CaseScore:
    copies: int = 0
    reported: int = 0  # (event, position) pairs matched
    correct: int = 0  # of those, labelled as expected
    found: int = 0  # copies with an expected pair matched
    found_as_candidate: int = 0  # copies with an expected pair among the candidates
    resembled_as_candidate: int = 0  # look-alikes shown as a candidate for what they imitate
    lookalikes_matched: int = 0  # copies matched to a citation they only resemble
    methods: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()

    @property
    def precision(self) -> float:
        return self.correct / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.copies if self.copies else 1.0


def score_report(report: list[dict], labels: dict[str, Label]) -> dict[str, CaseScore]:
    """Precision and recall per case type of a ``match_report`` against the labels."""
    scores: dict[str, CaseScore] = {}
    for copy in report:
        label = labels[copy["path"]]
        got = {(m["event_id"], m["source_position"]) for m in copy["matches"]}
        s = scores.setdefault(label.case, CaseScore())
        s.copies += 1
        s.reported += len(got)
        s.correct += len(got & label.expected)
        s.found += label.expected <= got if label.expected else not got
        s.lookalikes_matched += bool(got & label.resembles)
        s.found_as_candidate += bool(label.expected & {(m["event_id"], m["source_position"])
                                                       for m in copy["candidates"]})
        s.resembled_as_candidate += bool(label.resembles & {(m["event_id"], m["source_position"])
                                                            for m in copy["candidates"]})
        s.methods |= {m["method"] for m in copy["matches"]}
        s.statuses |= {copy["status"]}
    return scores


def run_labelled(events_dir: Path, workdir: Path, part: str | None = None, per_case: int = 24, seed: int = 5,
                 **match_settings: object) -> tuple[dict[str, Label], list[dict]]:
    """Build the labelled archive under ``workdir`` (all sources, or one ``part`` with the issue-27
    shapes), run extract and match with the default settings (or these ``match`` settings);
    return the labels and ``match_report`` of the result."""
    from match_shapes import write_history

    import pipeline.runner  # noqa: F401  (the stages in the order they import each other)
    from pipeline.audit.show import match_report
    from pipeline.config import config_from_dict
    from pipeline.db import open_database
    from pipeline.extract import stage as extract
    from pipeline.match import stage as match

    history: list[dict] = []
    events = events_dir
    if part is not None:
        events = workdir / "events"
        shutil.copytree(events_dir, events)
    labels = build_labelled_archive(events_dir, workdir / "archive", per_case, seed, part,
                                    events if part is not None else None, history)
    config = config_from_dict({"paths": {"events": [str(events)], "archive": str(workdir / "archive"),
                                         "database": str(workdir / "sv.db")}, "match": match_settings}, workdir)
    db = open_database(config.paths.database)
    extract.run(db, config)
    write_history(db, history)
    match.run(db, config)
    return labels, match_report(db)


SCORE_BANDS = (0.55, 0.65, 0.75, 0.8, 0.9, 1.0)


def reliability(report: list[dict], labels: dict[str, Label]) -> list[tuple[str, int, int]]:
    """Content pairs (matches and candidates) without a veto, by score band: (band, pairs, correct);
    then all vetoed pairs. What a score means, measured."""
    bands: dict[str, list[int]] = {}
    for copy in report:
        want = labels[copy["path"]].expected
        for m in copy["matches"] + copy["candidates"]:
            if m["method"] != "content":
                continue
            if m["veto"]:
                band = "vetoed"
            else:
                low = max((b for b in SCORE_BANDS if b <= m["score"]), default=0.0)
                high = next((b for b in SCORE_BANDS if b > m["score"]), 1.0)
                band = f"{low:.2f}-{high:.2f}" if low < 1.0 else "1.00"
            counts = bands.setdefault(band, [0, 0])
            counts[0] += 1
            counts[1] += (m["event_id"], m["source_position"]) in want
    return [(band, n, ok) for band, (n, ok) in sorted(bands.items())]


def main() -> None:
    """Print precision and recall per case, and the reliability of content scores, as Markdown."""
    import tempfile

    events = Path(__file__).resolve().parent / "fixtures/corpus/events"
    with tempfile.TemporaryDirectory() as tmp:
        labels, report = run_labelled(events, Path(tmp))
    print("| case | copies | matched pairs | correct | precision | recall | look-alikes matched | as candidate |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for case, s in sorted(score_report(report, labels).items()):
        wrong = s.copies - s.found if case.startswith(("lookalike", "decoy", "near_miss")) else "–"
        candidate = s.resembled_as_candidate if case.startswith("lookalike") else s.found_as_candidate
        print(f"| {case} | {s.copies} | {s.reported} | {s.correct} | {s.precision:.2f} | {s.recall:.2f} | {wrong} "
              f"| {candidate} |")
    print("\n| content score | pairs | correct | share correct |\n| --- | --- | --- | --- |")
    for band, n, ok in reliability(report, labels):
        print(f"| {band} | {n} | {ok} | {ok / n:.2f} |")


if __name__ == "__main__":
    main()
