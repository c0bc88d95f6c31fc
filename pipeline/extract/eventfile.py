"""Parsing one event file into an :class:`~pipeline.models.Event` and its problems.

Pure functions of the file's bytes: no database, no network. Formats:

* ``.md``/``.markdown``: YAML front matter (python-frontmatter) plus a Markdown body;
* ``.json``: one object;
* ``.yaml``/``.yml``: one mapping (an optional ``body`` key holds the text).

The real corpus is messy, so this module tolerates ``outlet`` or ``publisher``,
extra keys, sources given as strings or mappings, YAML dates, and ``url`` values
that are not URLs; everything it cannot use becomes a :class:`Problem` naming
the file, the event and the value, never an exception.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from ..models import Citation, CitationKind, Event, ParsedFile, Problem, ProblemKind
from ..safeload import DocumentError, decode_text, describe_yaml_error, kind_of, load_json, load_yaml, preview
from ..urls import CanonicalURL, InvalidURL, canonicalize, equivalence_key
from .dates import date_error

__all__ = ["EventFileOptions", "body_links", "parse_event_file"]

OUTLET_KEYS = ("outlet", "publisher", "publication", "source", "site", "site_name")
DATE_KEYS = ("date", "published", "published_date", "publication_date", "pub_date")
DESCRIPTION_KEYS = ("description", "summary")
MAX_VALUE_IN_PROBLEM = 300


class GuardedYAML(YAMLHandler):
    """python-frontmatter's YAML handler, loading through :func:`pipeline.safeload.load_yaml`
    (a safe loader, libyaml's when present, refusing over-deep nesting, alias bombs and
    duplicated keys); ``first_line`` is the file's line of the opening ``---``."""

    def __init__(self, first_line: int = 1) -> None:
        super().__init__()
        self.first_line = first_line

    def load(self, fm: str, **kwargs: Any) -> Any:
        return load_yaml(fm, self.first_line)


class EventFileOptions:
    """The parts of the extract config that parsing needs (kept small and hashable)."""

    def __init__(self, source_keys: Iterable[str] = ("sources", "citations"),
                 archive_keys: Iterable[str] = ("archive_url", "archived", "archive"),
                 body_links: bool = True, extra_tracking: Iterable[str] = (),
                 wayback_hosts: Iterable[str] = ()) -> None:
        self.source_keys = tuple(source_keys)
        self.archive_keys = tuple(archive_keys)
        self.body_links = body_links
        self.extra_tracking = frozenset(p.lower() for p in extra_tracking)
        self.wayback_hosts = frozenset(h.lower() for h in wayback_hosts)


def parse_event_file(name: str, data: bytes, options: EventFileOptions | None = None) -> ParsedFile:
    """Parse the bytes of the file called ``name`` (its suffix picks the format)."""
    options = options or EventFileOptions()
    digest = hashlib.sha256(data).hexdigest()
    problems: list[Problem] = []

    def problem(kind: ProblemKind, message: str, event_id: str | None = None,
                field: str | None = None, value: Any = None) -> None:
        problems.append(Problem(name, kind, message, event_id, field, _show(value)))

    try:
        text = decode_text(data)
    except DocumentError as exc:
        problem(ProblemKind.UNREADABLE, str(exc))
        return ParsedFile(name, digest, None, tuple(problems))
    try:
        meta, body = _load(name, text)
    except _Malformed as exc:
        problem(ProblemKind.MALFORMED, str(exc))
        return ParsedFile(name, digest, None, tuple(problems))
    try:
        return _event_file(name, digest, meta, body, options, problems, problem)
    except UnicodeError as exc:  # text no encoding can hold is the file's fault, not ours: never the batch's
        problems.clear()
        problem(ProblemKind.MALFORMED, f"holds text that cannot be stored: {exc}".encode(
            "utf-8", "backslashreplace").decode("utf-8"))
        return ParsedFile(name, digest, None, tuple(problems))


def _event_file(name: str, digest: str, meta: dict[str, Any], body: str, options: EventFileOptions,
                problems: list[Problem], problem: Any) -> ParsedFile:

    event_id = meta.get("id")
    if isinstance(event_id, (int, float, dt.date)) and not isinstance(event_id, bool):
        event_id = _text(event_id)
    if not isinstance(event_id, str) or not event_id.strip():
        fallback = _stem(name)
        problem(ProblemKind.MISSING_FIELD, f"no usable 'id'; using the file name {fallback!r}",
                fallback, "id", meta.get("id"))
        event_id = fallback
    event_id = event_id.strip()

    date = _text(meta.get("date"))
    if not date:
        problem(ProblemKind.MISSING_FIELD, "no 'date'", event_id, "date", meta.get("date"))
    elif why := date_error(date):
        problem(ProblemKind.BAD_FIELD, f"'date' is not a real date: {why}", event_id, "date", date)
    title = _text(meta.get("title"))
    description = next((_text(meta[k]) for k in DESCRIPTION_KEYS if _text(meta.get(k))), None)

    citations: list[Citation] = []
    position = 0
    for key in options.source_keys:
        entries = meta.get(key)
        if entries is None:
            continue
        if isinstance(entries, (str, dict)):
            entries = [entries]
        if not isinstance(entries, list):
            problem(ProblemKind.BAD_FIELD, f"'{key}' is not a list", event_id, key, entries)
            continue
        for index, entry in enumerate(entries):
            position += 1
            citations.extend(_source_citations(entry, key, index, position, event_id, options, problem))

    if options.body_links:
        cited = {c.canonical_url for c in citations if c.canonical_url}
        texts = [body] + [meta.get(k) for k in DESCRIPTION_KEYS]
        n = 0
        for url in body_links("\n".join(t for t in texts if isinstance(t, str))):
            try:
                canon = canonicalize(url, options.extra_tracking, options.wayback_hosts)
            except InvalidURL:
                continue  # prose that merely looks like a link is not a citation
            if canon.canonical in cited:
                continue
            cited.add(canon.canonical)
            n += 1
            citations.append(Citation(kind=CitationKind.BODY, position=n, raw_url=url,
                                      canonical_url=canon.canonical, host=canon.host, field=f"body link {n}",
                                      archive_service=canon.archive_service,
                                      archive_timestamp=canon.archive_timestamp, snapshot_url=canon.snapshot))

    event = Event(event_id, name, title, date, description, tuple(citations))
    return ParsedFile(name, digest, event, tuple(problems))


def _source_citations(entry: Any, key: str, index: int, position: int, event_id: str,
                      options: EventFileOptions, problem: Any) -> Iterator[Citation]:
    where = f"{key}[{index}]"
    if isinstance(entry, str):
        entry = {"url": entry}
        url_field = where
    elif isinstance(entry, dict):
        url_field = f"{where}.url"
    else:
        problem(ProblemKind.BAD_FIELD, f"source entry is {kind_of(entry)}, not a mapping or URL",
                event_id, where, entry)
        return
    title = _text(entry.get("title"))
    outlet = next((_text(entry[k]) for k in OUTLET_KEYS if _text(entry.get(k))), None)
    date_key = next((k for k in DATE_KEYS if _text(entry.get(k))), None)
    cited_date = _text(entry[date_key]) if date_key else None
    if cited_date and (why := date_error(cited_date)):
        problem(ProblemKind.BAD_FIELD, f"'{date_key}' is not a real date: {why}", event_id, f"{where}.{date_key}",
                cited_date)
    raw = entry.get("url", entry.get("link", entry.get("href")))
    raw_text = raw if isinstance(raw, str) else (None if raw is None else _text(raw))
    try:
        canon = canonicalize(raw, options.extra_tracking, options.wayback_hosts)
    except InvalidURL as exc:
        problem(ProblemKind.INVALID_URL, _invalid(exc, raw), event_id, url_field, raw)
        canon = None
    # an archive URL given as the url itself still counts as a source of its original
    yield Citation(kind=CitationKind.SOURCE, position=position, raw_url=raw_text,
                   canonical_url=canon.canonical if canon else None, host=canon.host if canon else None,
                   title=title, outlet=outlet, cited_date=cited_date, field=url_field,
                   archive_service=canon.archive_service if canon else None,
                   archive_timestamp=canon.archive_timestamp if canon else None,
                   snapshot_url=canon.snapshot if canon else None)
    for akey in options.archive_keys:
        archived = entry.get(akey)
        if archived in (None, ""):
            continue
        afield = f"{where}.{akey}"
        try:
            acanon = canonicalize(archived, options.extra_tracking, options.wayback_hosts)
        except InvalidURL as exc:
            problem(ProblemKind.INVALID_URL, _invalid(exc, archived), event_id, afield, archived)
            continue
        if (why := _not_its_snapshot(acanon, canon)) is not None:
            problem(ProblemKind.NOT_A_SNAPSHOT, why, event_id, afield, archived)
        yield Citation(kind=CitationKind.ARCHIVE, position=position,
                       raw_url=archived if isinstance(archived, str) else None,
                       canonical_url=acanon.canonical, host=acanon.host, title=title, outlet=outlet,
                       cited_date=cited_date, field=afield, archive_service=acanon.archive_service,
                       archive_timestamp=acanon.archive_timestamp, snapshot_url=acanon.snapshot)


def _not_its_snapshot(archived: CanonicalURL, cited: CanonicalURL | None) -> str | None:
    """Why an archive URL backs nothing: no archive's snapshot, or a snapshot of another page than
    the one cited (an outlet's home page, say); None when it is the cited page's snapshot (up to
    scheme, ``www.``, a trailing slash: the weaker equality matching uses)."""
    if archived.archive_service is None:
        return ("not a snapshot in a web archive sourcevault knows (web.archive.org, archive.today, "
                "extract.wayback_hosts): it is checked as a page of its own, not as an archived copy of the source")
    if cited is not None and equivalence_key(archived.canonical) != equivalence_key(cited.canonical):
        return f"a snapshot of {archived.canonical}, not of the cited url {cited.canonical}"
    return None


class _Malformed(Exception):
    pass


def _load(name: str, text: str) -> tuple[dict[str, Any], str]:
    lower = name.lower()
    try:
        if lower.endswith(".json"):
            meta = load_json(text)
            body = ""
        elif lower.endswith((".yaml", ".yml")):
            meta = load_yaml(text)
            body = meta.pop("body", "") if isinstance(meta, dict) else ""
        else:
            if not text.lstrip().startswith("---"):
                raise _Malformed("no YAML front matter (the file must start with '---')")
            opening = len(text) - len(text.lstrip())  # blank lines before the opening '---'
            handler = GuardedYAML(text.count("\n", 0, opening) + 1)
            parts = handler.FM_BOUNDARY.split(text.strip(), 2)  # as python-frontmatter splits, but says why not
            if parts[0]:
                raise _Malformed("no YAML front matter (the file must start with a line '---')")
            if len(parts) < 3:
                raise _Malformed("front matter not closed (no line '---' after the opening one)")
            meta, body = handler.load(parts[1]), parts[2].strip()
            meta = {} if meta is None else meta  # an empty front matter: only missing fields
    except json.JSONDecodeError as exc:
        raise _Malformed(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except DocumentError as exc:
        raise _Malformed(f"cannot use this document: {exc}") from None
    except yaml.YAMLError as exc:
        raise _Malformed(describe_yaml_error(exc)) from None
    except (ValueError, TypeError) as exc:
        raise _Malformed(f"cannot parse: {exc}") from None
    if not isinstance(meta, dict):
        raise _Malformed(f"the event must be a mapping, not {kind_of(meta)}")
    return meta, body if isinstance(body, str) else ""


_MD_LINK = re.compile(r"\[[^\]\n]{0,500}\]\(\s*<?(https?://[^\s)>]+)>?(?:\s+\"[^\"]*\")?\s*\)", re.IGNORECASE)
_ANGLE = re.compile(r"<(https?://[^\s>]+)>", re.IGNORECASE)
_BARE = re.compile(r"(?<![(<\[\"'=])\bhttps?://[^\s<>\"'\]\[)(]+(?:\([^\s)]*\)[^\s<>\"'\]\[)(]*)*", re.IGNORECASE)
_TRAILING = ".,;:!?*_'\""


def body_links(text: str) -> Iterator[str]:
    """Yield the http(s) links in Markdown text, in order, each once."""
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for rx in (_MD_LINK, _ANGLE):
        for m in rx.finditer(text):
            spans.append(m.span())
            found.append((m.start(), m.group(1)))
    starts, ends = _merged(spans)
    for m in _BARE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1  # the last span starting at or before the match
        if i >= 0 and m.start() < ends[i]:
            continue
        found.append((m.start(), m.group(0).rstrip(_TRAILING)))
    for _, url in sorted(found):
        if url not in seen:
            seen.add(url)
            yield url


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of ``spans`` merged where they overlap, in order (for bisecting)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, (int, float, bool)):
        return str(value)
    return None


def _show(value: Any) -> str | None:
    return preview(value, MAX_VALUE_IN_PROBLEM)


def _invalid(exc: InvalidURL, value: Any) -> str:
    return str(exc) if value is None else f"{exc}: {_show(value)!r}"


def _stem(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base
