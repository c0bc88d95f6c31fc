"""A loopback stand-in for the Wayback Machine as fix mode uses it, and broken links set up in a database.

:class:`FakeArchive` answers the CDX API (every snapshot listed with its recorded status, within
``from``/``to`` and cut by ``limit`` as the real server does: the first N, or the last N for -N), the
availability API (closest to ``timestamp``) and serves each snapshot at ``/web/<ts>id_/<url>``
with the page it holds: the article, a "not found" page, the archive's own error page, or
another article (to be refused for its text).
"""

from __future__ import annotations

import datetime
import json
from urllib.parse import parse_qs, urlsplit

import yaml
from archiveworld import write_events
from click.testing import CliRunner
from servers import ARTICLE, Handler, LoopbackServer

from pipeline.archive import wayback
from pipeline.check.linkstate import LinkHealth
from pipeline.cli import main
from pipeline.config import load_config
from pipeline.db import checks, open_database
from pipeline.models import CheckResult, LinkState, Verdict

ARTICLE_TEXT = ("The city council voted on Tuesday to approve the new harbour bridge after a long debate "
                "about its cost, its design and the ferry service it replaces. ") * 12
OTHER_TEXT = ("Weather tomorrow: light rain spreading from the west, with sunny spells later in the day and "
              "a fresh breeze along the coast. ") * 12

PAGES = {
    "article": ("Harbour bridge approved", ARTICLE_TEXT),
    "other": ("Weather", OTHER_TEXT),
    "not_found": ("Page not found", "Sorry, the page you were looking for does not exist."),
    "archive_error": ("Wayback Machine", "Got an HTTP 404 response at crawl time. Redirecting to..."),
    # the article inside 40 KB of markup without words (inline icons): over an archive.max_extract_bytes of 10,000
    "heavy_article": ("Harbour bridge approved", ARTICLE_TEXT + "</p><div>"
                      + "".join(f"<svg viewBox='0 0 24 24'><path d='M{i} 2l10 10-10 10'/></svg>" for i in range(800))
                      + "</div><p>"),
}


class FakeArchive:
    def __init__(self) -> None:
        self.snapshots: dict[str, list[tuple[str, int, str]]] = {}  # url -> [(timestamp, status, page)]
        self.fetched: list[str] = []
        self.cdx_queries: list[dict[str, str]] = []  # the parameters of each CDX query
        self.cdx_down = False
        self.today: dict[str, list[tuple[str, int, str]]] = {}  # archive.today: url -> [(timestamp, status, page)]

    def add(self, url: str, stamp: str, page: str = "article", status: int = 200) -> None:
        self.snapshots.setdefault(url, []).append((stamp, status, page))

    def route(self, h: Handler) -> None:
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/cdx/search/cdx":
            if self.cdx_down:
                return h.send(503, "down")
            self.cdx_queries.append(query)
            found = [[stamp, query["url"], str(status)] for stamp, status, _ in sorted(self.snapshots.get(query["url"], []))
                     if query.get("from", "0") <= stamp[:8] and stamp[:8] <= query.get("to", "99999999")]
            limit = int(query.get("limit", "0"))  # as the real CDX server: the first N, or with -N the last N
            found = found[:limit] if limit > 0 else found[limit:] if limit < 0 else found
            rows = [["timestamp", "original", "statuscode"], *found]
            return h.send(200, json.dumps(rows if len(rows) > 1 else []), ctype="application/json")
        if parts.path == "/wayback/available":
            snaps = self.snapshots.get(query["url"], [])
            want = query.get("timestamp", "")
            best = min(snaps, key=lambda s: abs(int(s[0][:8]) - int((want or s[0])[:8])), default=None)
            closest = {"closest": {"available": True, "status": str(best[1]), "timestamp": best[0],
                                   "url": f"{self.base}/web/{best[0]}/{query['url']}"}} if best else {}
            return h.send(200, json.dumps({"archived_snapshots": closest}), ctype="application/json")
        if parts.path.startswith("/timemap/"):  # archive.today's Memento TimeMap
            original = h.path[len("/timemap/"):]
            links = [f'<{original}>; rel="original"']
            links += [f'<{self.base}/today/{stamp}/{original}>; rel="memento"; datetime="{_http_date(stamp)}"'
                      for stamp, _, _ in self.today.get(original, [])]
            return h.send(200 if len(links) > 1 else 404, ",\n".join(links), ctype="application/link-format")
        if parts.path.startswith("/today/"):
            stamp, _, original = h.path[len("/today/"):].partition("/")
            for s, status, page in self.today.get(original, []):
                if s == stamp:
                    title, text = PAGES[page]
                    return h.send(status, ARTICLE.format(title=title, text=text))
            return h.send(404, "no such snapshot")
        if parts.path.startswith("/web/"):
            stamp, _, original = h.path[len("/web/"):].partition("/")
            stamp = stamp.removesuffix("id_")
            self.fetched.append(stamp)
            for s, status, page in self.snapshots.get(original, []):
                if s == stamp:
                    title, text = PAGES[page]
                    return h.send(status, ARTICLE.format(title=title, text=text))
            return h.send(404, "no such snapshot")
        h.send(404, "no such API")

    def endpoints(self) -> wayback.Endpoints:
        return wayback.Endpoints(f"{self.base}/wayback/available", f"{self.base}/cdx/search/cdx",
                                 f"{self.base}/web", f"{self.base}/save")

    def __enter__(self) -> FakeArchive:
        self.server = LoopbackServer({}, fallback=self.route).__enter__()
        self.base = self.server.url("").rstrip("/")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)


def _http_date(stamp: str) -> str:
    return datetime.datetime.strptime(stamp, "%Y%m%d%H%M%S").strftime("%a, %d %b %Y %H:%M:%S GMT")


def set_state(db, link_id: int, state: LinkState, verdict: Verdict, *, since: str = "2025-09-01T00:00:00Z",
              final_url: str | None = None, status: int | None = 404,
              checked_at: str = "2025-10-20T00:00:00Z") -> None:
    """Record one check of the link and the state the check stage would have derived."""
    result = CheckResult(link_id=link_id, url="", checked_at=checked_at, verdict=verdict,
                         detail=f"HTTP {status}", status_code=status, final_url=final_url)
    failing = state in (LinkState.BROKEN, LinkState.FAILING)
    health = LinkHealth(state=state, consecutive_failures=3 if failing else 0,
                        first_failure_at=since if failing else None, checks=3)
    with db.atomic():
        checks.record_checks(db, [(result, health, "2025-11-01T00:00:00Z")])


def setup(tmp_path, urls, archive: FakeArchive, **fix):
    """A project citing ``urls``, extracted and archived, with the Wayback endpoints on ``archive``."""
    write_events(tmp_path / "events", urls)
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({
        "paths": {"events": ["events"], "archive": "archive", "database": "db.sqlite"},
        "http": {"allow_private_addresses": True, "per_host_delay_s": 0, "connect_timeout_s": 2,
                 "total_timeout_s": 5, "max_retries": 0},
        "archive": {"wayback_lookup": False, "process_pool": 0,
                    "wayback_cdx_url": f"{archive.base}/cdx/search/cdx",
                    "wayback_available_url": f"{archive.base}/wayback/available",
                    "wayback_web_url": f"{archive.base}/web"},
        "fix": fix,
    }))
    runner = CliRunner()
    for command in ("extract", "archive"):
        result = runner.invoke(main, ["--config", str(cfg), command, "-q"])
        assert result.exit_code == 0, result.output
    return runner, cfg


def link_id(cfg, url):
    """An open database and the id of the link of ``url``."""
    db = open_database(load_config(cfg).paths.database)
    return db, db.execute("SELECT id FROM links WHERE url = ?", [url]).fetchone()[0]


def mark_broken_with_snapshot(cfg, archive: FakeArchive, url: str, stamp: str = "20250301000000") -> None:
    """``url`` broken (gone) in the database, and a snapshot of it at ``stamp`` on the fake Wayback."""
    db, dead_id = link_id(cfg, url)
    try:
        set_state(db, dead_id, LinkState.BROKEN, Verdict.GONE)
    finally:
        db.close()
    archive.add(url, stamp)
