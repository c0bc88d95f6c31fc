"""The labelled set's shapes of issue 27 (``match_corpus.build_labelled_archive`` adds them).

Each writes copies (and, where the shape needs them, events citing an article
again, and the check/capture/Wayback history the other stages would have
recorded) and labels them:

  multi_cited        no URL; the article is cited by its own event, by a second event a few
                     days later (half of them without a cited date) and by a third far in
                     time: half with a cited date of its own (refused), half without one
                     (it stands on the article's date: backed)
  multi_cited_tied   no URL; a second event cites the same title and outlet at a URL
                     canonicalisation cannot tie (an app link, a shortener)
  redirected:*       the copy names where the page moved, its headline rewritten: an
                     intermediate hop of a check's chain (``hop``), a moved section
                     (``section``), a retitled slug at the end of a capture's chain
                     (``retitled``), the original of a Wayback snapshot (``wayback_original``)
  wrapped            the cited URL inside archive.today (newest, oldest, a timestamp) or a
                     Wayback ``id_``/``if_`` form
  undated            a citation without a cited date (its own event); the copy is dated
                     within weeks after the event
and look-alikes (``resembles`` what they imitate):
  lookalike:soft404_hop    a page at a hop of a chain that ends on a section front judged a soft 404
  lookalike:weeks          the cited outlet, a headline changed a little, 3-8 weeks from the cited date
  lookalike:months         the same, 2-11 months away
  lookalike:undated        the outlet of a citation without a cited date, 3-10 months after its event
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import yaml

from pipeline.urls import canonicalize

WRAPPERS = ("https://archive.ph/newest/{url}", "https://archive.is/20250101{i:04d}00/{url}",
            "https://archive.today/oldest/{url}", "https://web.archive.org/web/2024010100{i:04d}id_/{url}",
            "https://web.archive.org/web/2024010100{i:04d}if_/{url}")
RETITLE = ("{title}: what we know", "Opinion | {title}", "{title} (updated)", "Live updates: {title}")
SECTIONS = ("politics", "us-news", "world", "business", "national")


def _day(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _with_path(url: str, path: str, host: str | None = None) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, host or parts.netloc, path, "", ""))


class ShapeWriter:
    """Writes the issue-27 shapes through ``add`` (match_corpus's), events into ``events_out``."""

    def __init__(self, rng, pool, cited_by, add: Callable, per_case: int, events_out: Path,
                 history: list[dict], helpers) -> None:
        self.rng, self.pool, self.cited_by, self.add, self.per_case = rng, pool, cited_by, add, per_case
        self.events_out, self.history, self.h = events_out, history, helpers
        self.n_events = 0

    def event(self, date: str, title: str, description: str, sources: list[dict]) -> tuple[str, int]:
        """A synthetic event citing ``sources``; returns (event id, 1)."""
        self.n_events += 1
        event_id = f"{date}--labelled-{self.n_events}"
        meta = {"id": event_id, "date": date, "title": title, "description": description, "sources": sources}
        self.events_out.mkdir(parents=True, exist_ok=True)
        (self.events_out / f"{event_id}.md").write_text("---\n" + yaml.safe_dump(meta, sort_keys=False)
                                                        + "---\n\nLabelled.\n", encoding="utf-8")
        return event_id, 1

    def source(self, need_outlet: bool = False):
        s = next(self.pool)
        while need_outlet and not s.outlet:
            s = next(self.pool)
        return s

    def backs(self, s) -> frozenset:
        return frozenset(self.cited_by[self.h.key(s.canonical)])

    def copy(self, s, title: str, date: str | None, url: str | None, i: int, body: str | None = None,
             outlet: str | None = None) -> str:
        body = self.h.body(self.rng, s) if body is None else body
        text = self.h.hand_saved(self.rng, title, date, body, url, i % 5 if url else 0)
        return text + (f"\nSource: {outlet}\n" if outlet else "")

    def write_all(self) -> None:
        for shape in (self.multi_cited, self.multi_cited_tied, self.redirected, self.wrapped, self.undated,
                      self.soft404_hop, self.same_outlet_later):
            shape()

    def multi_cited(self) -> None:
        for i in range(self.per_case):
            s = self.source()
            entry = {"url": s.url, "title": s.title, **({"outlet": s.outlet} if s.outlet else {})}
            near = self.event(_day(s.date, 2), f"Reaction to {s.title}", s.event_description,
                              [entry if i % 2 else {**entry, "date": s.date}])
            far_date = _day(s.date, self.rng.randrange(200, 700))
            dated = i % 2 == 0
            far = self.event(far_date, "A later turn in the story", f"Months later: {s.event_description}",
                             [{**entry, "date": far_date} if dated else entry])
            # a citation of the article whose own cited date is a week or more from the article's
            # (real events sometimes give another date) is refused like the far one
            others = self.h.dated_apart(s)
            self.cited_by[self.h.key(s.canonical)].update({near, far})
            want = (self.backs(s) - {far} - others) | ({far} if not dated else frozenset())
            text = self.copy(s, self.h.headline(s, i), s.date, None, i)
            self.add("multi_cited", "multi-cited", text, want, others | ({far} if dated else frozenset()))

    def multi_cited_tied(self) -> None:
        for i in range(self.per_case // 2):
            s = self.source(need_outlet=True)
            other = (f"https://bit.ly/lab{i}{self.rng.randrange(10**6)}" if i % 2
                     else _with_path(s.canonical, f"/app/story/{self.rng.randrange(10**7)}"))
            tied = self.event(_day(s.date, 1), f"Follow-up on {s.title}", s.event_description,
                              [{"url": other, "title": s.title, "outlet": s.outlet, "date": s.date}])
            self.cited_by.setdefault(self.h.key(other), set()).add(tied)
            text = self.copy(s, self.h.headline(s, i), s.date if i % 3 else None, None, i)
            self.add("multi_cited_tied", "multi-cited-tied", text, self.backs(s) | {tied})

    def chain(self, table: str, s, hops: list[str], verdict: str = "redirected") -> None:
        self.history.append({"table": table, "url": s.url, "hops": hops, "verdict": verdict})

    def redirected(self) -> None:
        for i in range(self.per_case):
            s = self.source()
            kind = ("hop", "section", "retitled", "wayback_original")[i % 4]
            parts = urlsplit(s.canonical)
            slug = parts.path.rstrip("/").rsplit("/", 1)[-1] or "story"
            title = RETITLE[i % len(RETITLE)].format(title=s.title)
            if kind == "hop":
                moved = _with_path(s.canonical, f"/{SECTIONS[i % 5]}/{slug}")
                self.chain("checks", s, [s.url, moved, _with_path(s.canonical, f"/a/{self.rng.randrange(10**8)}")])
            elif kind == "section":
                moved = _with_path(s.canonical, f"/{SECTIONS[i % 5]}/{s.date[:4]}/{slug}")
                self.chain("checks", s, [s.url, moved])
            elif kind == "retitled":
                moved = _with_path(s.canonical, f"/{s.date.replace('-', '/')}/{slug}-{self.rng.randrange(10**4)}")
                self.chain("captures", s, [s.url, _with_path(s.canonical, f"/r/{i}"), moved])
            else:
                moved = _with_path(s.canonical, parts.path, host=f"old.{parts.hostname}").replace("https:", "http:")
                self.history.append({"table": "external_snapshots", "url": s.url,
                                     "snapshot": f"https://web.archive.org/web/20200101000000/{moved}"})
            date = s.date if i % 3 else _day(s.date, self.rng.randrange(20, 400))
            self.add(f"redirected:{kind}", f"redirected-{kind}", self.copy(s, title, date, moved, i), self.backs(s))

    def wrapped(self) -> None:
        for i in range(self.per_case):
            s = self.source()
            url = WRAPPERS[i % len(WRAPPERS)].format(url=s.url, i=i)
            self.add("wrapped", "wrapped", self.copy(s, s.title, s.date, url, i), self.backs(s))

    def undated(self) -> None:
        for i in range(self.per_case):
            s = self.source(need_outlet=True)
            url = _with_path(s.canonical, f"/story/undated-{self.rng.randrange(10**8)}")
            words = list(dict.fromkeys(w.strip(".,;:'\"()") for w in s.event_description.split() if len(w) > 5))
            title = "Inside the story: " + " ".join(self.rng.sample(words, min(7, len(words)))).capitalize()
            cited = self.event(s.date, title, s.event_description, [{"url": url, "title": title, "outlet": s.outlet}])
            text = self.copy(s, title, _day(s.date, self.rng.randrange(0, 40)), None, i,
                             outlet=s.outlet if i % 2 else None)
            self.add("undated", "undated", text, frozenset({cited}))
            far = _day(s.date, self.rng.randrange(90, 300))
            text = self.copy(s, self.h.changed(title, i), far, None, i, outlet=s.outlet)
            self.add("lookalike:undated", "undated-later", text, frozenset(), frozenset({cited}))

    def soft404_hop(self) -> None:
        for i in range(self.per_case):
            s = self.source(need_outlet=True)
            hop = _with_path(s.canonical, f"/moved/{self.rng.randrange(10**8)}")
            front = _with_path(s.canonical, f"/{SECTIONS[i % 5]}/")
            self.chain("checks", s, [s.url, hop, front], verdict="soft_404")
            url = hop if i % 2 else front
            title = f"{SECTIONS[i % 5].title()} | {s.outlet}"
            self.add("lookalike:soft404_hop", "soft404-hop",
                     self.copy(s, title, None, url, i, body=self.h.body(self.rng, None)), frozenset(), self.backs(s))

    def same_outlet_later(self) -> None:
        for case, low, high in (("lookalike:weeks", 21, 56), ("lookalike:months", 60, 330)):
            for i in range(self.per_case):
                s = self.source(need_outlet=True)
                gap = self.rng.randrange(low, high) * (1 if i % 3 else -1)
                day = _day(s.date, gap)
                url = (_with_path(s.canonical, f"/news/{day.replace('-', '/')}/{self.rng.randrange(10**6)}")
                       if i % 2 else None)
                text = self.copy(s, self.h.changed(s.title, i), day, url, i, outlet=None if url else s.outlet)
                self.add(case, case.split(":")[1], text, frozenset(), self.backs(s))


def write_history(db, history: list[dict], at: str = "2025-05-01T00:00:00Z") -> None:
    """What the check and archive stages would have recorded for the labelled links."""
    links = dict(db.execute("SELECT canonical_url, id FROM links").fetchall())
    with db.atomic():
        for h in history:
            link = links.get(canonicalize(h["url"]).canonical)
            if link is None:
                continue
            if h["table"] == "external_snapshots":
                db.execute("INSERT INTO external_snapshots (link_id, service, status, snapshot_url, looked_up_at) "
                           "VALUES (?, 'wayback', 'found', ?, ?)", [link, h["snapshot"], at])
                continue
            hops = h["hops"]
            if h["table"] == "checks":
                redirects = [{"url": a, "status": 301, "location": b, "elapsed_ms": 20} for a, b in zip(hops, hops[1:])]
                db.execute("INSERT INTO checks (link_id, url, verdict, status_code, final_url, redirects, checked_at) "
                           "VALUES (?, ?, ?, 200, ?, ?, ?)", [link, hops[0], h["verdict"], hops[-1],
                                                              json.dumps(redirects), at])
            else:
                db.execute("INSERT INTO captures (link_id, url, final_url, redirects, status, text_status, "
                           "captured_at) VALUES (?, ?, ?, ?, 200, 'ok', ?)",
                           [link, hops[0], hops[-1], json.dumps([[a, 301] for a in hops[:-1]]), at])
