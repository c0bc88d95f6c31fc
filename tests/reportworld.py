"""A database shaped like the real timeline at full scale, built in bulk for the report's tests and bench/report.py.

Events named and titled as the real ones are (``2025-06-24--irg-global-gop-donation-contract``, headlines
of 60 to 120 characters), sources on news sites with long slugs and tracking queries (a few with an
unbroken token of 200 characters), and link states in the proportions of a check of the whole timeline
(about a third of the links need attention: broken, failing with long error texts, blocked, moved, soft
404s). Rows go in through the db/ layer's bulk writers (``record_new_files``, ``record_checks``,
``save_snapshot``), so a few thousand events take a second or two. Deterministic for a seed.
"""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime, timedelta

import sqlite_utils

from pipeline.check.linkstate import LinkHealth
from pipeline.db import captures, checks, corpus
from pipeline.db import reports as report_queries
from pipeline.models import (
    ArchiveService,
    CheckResult,
    Citation,
    CitationKind,
    Event,
    LinkState,
    Problem,
    ProblemKind,
    SnapshotStatus,
    Verdict,
)

__all__ = ["build_timeline", "chromium", "launch_chromium"]


def chromium() -> str | None:
    """Debian's Chromium, which playwright drives (no browser download)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch_chromium(playwright):  # noqa: ANN001, ANN201  (playwright's types are optional)
    """A headless Chromium with nothing in the background that could reach the network."""
    return playwright.chromium.launch(executable_path=chromium(), args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"])

_WORDS = ("federal regulators emergency contractor donates campaign florida governor ethics board misconduct "
          "conflict interest crypto venture stake reduces billion investment emirati backed senate committee "
          "subpoena records lobbying firm pharmaceutical pricing settlement whistleblower complaint inspector "
          "general report detention facility oversight contract awarded hours later donor network dark money "
          "pipeline permit tribal lands court ruling appeals injunction agency rule rollback").split()
_OUTLETS = [("The Washington Post", "www.washingtonpost.com"), ("Reuters", "www.reuters.com"),
            ("WGCU PBS & NPR", "www.wgcu.org"), ("Tampa Bay Times", "www.tampabay.com"),
            ("PBS NewsHour", "www.pbs.org"), ("NBC News", "www.nbcnews.com"), ("ABC News", "abcnews.go.com"),
            ("Decrypt", "decrypt.co"), ("ProPublica", "www.propublica.org"), ("Axios", "www.axios.com"),
            ("Office of the Inspector General, U.S. Department of Homeland Security", "www.oig.dhs.gov")]
_SECTIONS = ["news/florida-politics", "politics/politics-news", "section/immigration", "investigations",
             "newshour/politics", "world/us", "business/finance/markets"]


def _headline(rng: random.Random, low: int, high: int) -> str:
    words: list[str] = []
    while len(" ".join(words)) < rng.randint(low, high):
        words.append(rng.choice(_WORDS))
    title = " ".join(words)
    return title[0].upper() + title[1:] + rng.choice(["", "", " – $6.2 million in contracts hours later",
                                                        ", documents show", " (updated)"])


def _slug(text: str, limit: int) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in text.split())[:limit].strip("-")


def _url(rng: random.Random, host: str, title: str, day: str) -> str:
    path = f"https://{host}/{rng.choice(_SECTIONS)}/{day.replace('-', '/')}/{_slug(title, 150)}/"
    roll = rng.random()
    if roll < 0.25:
        path += ("?utm_source=newsletter&utm_medium=email&utm_campaign=morning-briefing-"
                 f"{rng.randint(1000, 9999)}&utm_content=top-story&ref=timeline")
    elif roll < 0.30:  # a tracking token with no place to break
        path += "?token=" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789") for _ in range(200))
    return path


# (state, verdict, status, detail) and how often, in the proportions of a check of the whole timeline
_OUTCOMES: list[tuple[float, LinkState, Verdict, int | None, str]] = [
    (0.62, LinkState.HEALTHY, Verdict.OK, 200, "HTTP 200"),
    (0.10, LinkState.BROKEN, Verdict.GONE, 404, "HTTP 404"),
    (0.03, LinkState.BROKEN, Verdict.DNS_ERROR, None,
     "ConnectError: [Errno -2] Name or service not known while resolving the host of "
     "https://www.oig.dhs.gov/sites/default/files/assets/2024-09/OIG-24-53-Sep24-detention-oversight-report.pdf"),
    (0.05, LinkState.FAILING, Verdict.TIMEOUT, None,
     "ReadTimeout: no complete answer within total_timeout_s=30 (3 attempts, last one after 29.8 s); "
     "the server accepted the connection and sent headers but stalled in the body"),
    (0.03, LinkState.FAILING, Verdict.TLS_ERROR, None,
     "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate "
     "(_ssl.c:1000)"),
    (0.07, LinkState.UNVERIFIABLE, Verdict.BLOCKED, 403,
     "HTTP 403: a bot wall (Cloudflare challenge page 'Just a moment...', cf-mitigated: challenge)"),
    (0.05, LinkState.HEALTHY, Verdict.REDIRECTED, 301, "HTTP 301 to the article's new address"),
    (0.03, LinkState.FAILING, Verdict.SOFT_404, 200,
     "the page answers 200 but reads as not found: title 'Page not found | Reuters' matches the site's "
     "probe for a made-up path (similarity 0.97)"),
    (0.02, LinkState.RECOVERED, Verdict.OK, 200, "HTTP 200"),
]


def build_timeline(db: sqlite_utils.Database, events: int = 2000, *, seed: int = 28,
                   trend_reports: int = 10, now: str = "2025-11-01T03:00:00Z") -> dict[str, int]:
    """Fill ``db`` (freshly opened) with ``events`` events of about three sources each, their links' latest
    checks, some input problems, and ``trend_reports - 1`` earlier reports for the trend. Returns counts."""
    rng = random.Random(seed)
    files: list[corpus.NewFile] = []
    start = datetime(2015, 1, 1, tzinfo=UTC)
    for i in range(events):
        day = (start + timedelta(days=i * 3650 // max(events, 1))).date().isoformat()
        title = _headline(rng, 50, 120)
        event_id = f"{day}--{_slug(title, rng.choice([40, 60, 90]))}" + (f"-{1757454606 + i}" if i % 9 == 0 else "")
        citations = []
        for n in range(1, rng.choice([2, 3, 3, 3, 4]) + 1):
            outlet, host = rng.choice(_OUTLETS)
            cited = _headline(rng, 40, 110)
            url = _url(rng, host, cited, day)
            citations.append(Citation(kind=CitationKind.SOURCE, position=n, raw_url=url, canonical_url=url, host=host,
                                      title=cited, outlet=outlet, cited_date=day, field=f"sources[{n - 1}].url"))
        folder = "events" if i % 4 else f"events/{day[:4]}"
        event = Event(id=event_id, file=f"{folder}/{event_id}.md", title=title, date=day, description=None,
                      citations=tuple(citations))
        problems: tuple[Problem, ...] = ()
        if i % 40 == 7:
            problems = (Problem(file=event.file, kind=ProblemKind.INVALID_URL, message="not an http(s) URL",
                                event_id=event_id, field="sources[3].url",
                                value="Reuters, via the Internet Archive's copy of the press release"),)
        files.append(corpus.NewFile(root="events", path=event.file, name=event.file, size=2048, mtime_ns=0,
                                    content_sha256=f"{i:064x}", event=event, problems=problems))
    with db.atomic():
        corpus.record_new_files(db, files, now, 1)
    link_ids = [row[0] for row in db.execute("SELECT id FROM links ORDER BY id")]
    weights = [o[0] for o in _OUTCOMES]
    items = []
    for link_id in link_ids:
        _, state, verdict, status, detail = rng.choices(_OUTCOMES, weights)[0]
        failing = state in (LinkState.BROKEN, LinkState.FAILING)
        since = (datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 290))).strftime("%Y-%m-%dT%H:%M:%SZ")
        url = db.execute("SELECT url FROM links WHERE id = ?", [link_id]).fetchone()[0]
        final = url.split("?")[0].rstrip("/") + "-moved-to-a-new-section-of-the-site/" if verdict is Verdict.REDIRECTED \
            else None
        result = CheckResult(link_id=link_id, url=url, checked_at=now, verdict=verdict, detail=detail,
                             status_code=status, final_url=final)
        health = LinkHealth(state=state, consecutive_failures=rng.randint(1, 9) if failing else 0,
                            first_failure_at=since if failing else None, checks=5)
        items.append((result, health, "2025-11-08T00:00:00Z"))
    with db.atomic():
        checks.record_checks(db, items)
        for result, health, _ in items:  # a Wayback snapshot found for half the failing links
            if health.state in (LinkState.BROKEN, LinkState.FAILING) and rng.random() < 0.5:
                captures.record_snapshot(db, result.link_id, ArchiveService.WAYBACK, SnapshotStatus.FOUND,
                                         f"https://web.archive.org/web/20240315093000/{result.url}",
                                         "2024-03-15T09:30:00Z", None, now)
    by_state = checks.state_counts(db)
    for n in range(trend_reports - 1):  # earlier reports: rot growing week by week
        back = trend_reports - 1 - n
        at = (datetime(2025, 11, 1, 3, tzinfo=UTC) - timedelta(days=7 * back)).strftime("%Y-%m-%dT%H:%M:%SZ")
        counts = {state: max(0, value - back * (value // 25 + rng.randint(0, 3)))
                  for state, value in by_state.items()}
        report_queries.save_snapshot(db, run_id=None, generated_at=at, checked_through=at,
                                     counts={"links_by_state": counts, "sections": {}}, broken_link_ids=[])
    return {"events": events, "links": len(link_ids), "citations": sum(len(f.event.citations) for f in files
                                                                       if f.event)}
