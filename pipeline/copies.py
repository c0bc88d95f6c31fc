"""Reading one archived copy: what it says it is a copy of.

Pure functions of a file's bytes: no database, no network. Two shapes, and
anything close to them:

* the archive stage's own copies: YAML front matter with provenance (``url``,
  ``final_url``, ``captured_at``, ``title``, ``date``, hashes, …) followed by
  the human shape below;
* hand-saved copies (the seed copy's format): optional leading blank lines, a
  headline (``#`` allowed), a human date ("March 18, 2025", "18 March 2025",
  "2025-03-18", "Published Tuesday, March 18, 2025 10:31 am"), the body, and a
  labelled link, usually a footer ``Original url:`` with the URL on the same
  or the next line, in angle brackets, as a Markdown link or bare. ``URL:``,
  ``Source:``, ``Link:``, ``Archived from:`` labels work too, as a header or a
  footer; ``Source: <outlet name>`` (no URL) names the outlet.

Front matter wins over what the text says. A copy that cannot be decoded
comes back with ``problem`` set, never as an exception.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

import frontmatter
import yaml

from .eventfile import body_links
from .models import ArchivedCopy, CopyKind

__all__ = ["parse_copy", "parse_human_date"]

URL_KEYS = ("url", "original_url", "source_url", "canonical_url", "link", "source")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "publication_date", "pub_date")
OUTLET_KEYS = ("outlet", "site_name", "publisher", "publication", "source", "site")
PROVENANCE_KEYS = ("captured_at", "final_url", "content_sha256", "text_sha256")
HEADER_LINES = 8  # labelled lines are looked for among the first and last few non-blank lines
FOOTER_LINES = 6
MAX_TITLE_CHARS = 300

_LABEL = re.compile(
    r"^\s*[*_]{0,2}(?P<label>original\s+url|original\s+link|original|source\s+url|source|url|link|"
    r"archived\s+from|retrieved\s+from)[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?P<rest>.*?)\s*$",
    re.IGNORECASE,
)
_LONE_URL = re.compile(r"^\s*(?:<\s*https?://\S+\s*>|https?://\S+|\[[^\]]*\]\(\s*https?://[^)]+\))\s*$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_RX = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_PREFIX = (r"^\s*(?:(?:published|posted|updated|last\s+updated|date|dated|on)\b[:\s]*)*"
                r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?")
_DATE_FORMS = (
    re.compile(_DATE_PREFIX + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?P<tail>.*)$", re.IGNORECASE),
    re.compile(_DATE_PREFIX + _MONTH_RX + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?P<tail>.*)$",
               re.IGNORECASE),
    re.compile(_DATE_PREFIX + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RX + r",?\s+(?P<y>\d{4})(?P<tail>.*)$",
               re.IGNORECASE),
    re.compile(_DATE_PREFIX + r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?P<tail>.*)$", re.IGNORECASE),
)
MAX_DATE_TAIL = 40  # "10:31 am EDT", "| Updated 2 hours ago": a date line is mostly the date


def parse_copy(path: str, data: bytes) -> ArchivedCopy:
    """Parse the bytes of the copy at ``path`` (relative to its archive folder)."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ArchivedCopy(path, digest, CopyKind.HAND_SAVED, problem=f"not UTF-8 text (byte {exc.start})")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, content = _split_front_matter(text)
    human = _read_human(content)
    url = _first_url(meta, URL_KEYS) or human["url"]
    final_url = _first_url(meta, ("final_url",))
    title = _first_text(meta, TITLE_KEYS) or human["title"]
    date = _first_date(meta) or human["date"]
    outlet = next((v for v in (_text(meta.get(k)) for k in OUTLET_KEYS) if v and not _is_url(v)), None)
    kind = CopyKind.OWN if any(k in meta for k in PROVENANCE_KEYS) else CopyKind.HAND_SAVED
    return ArchivedCopy(path, digest, kind, url=url, final_url=final_url, title=title, date=date,
                        outlet=outlet or human["outlet"], body=human["body"])


def parse_human_date(line: str) -> str | None:
    """The ISO date a line consists of ("March 18, 2025" -> "2025-03-18"), or None."""
    for rx in _DATE_FORMS:
        m = rx.match(line)
        if not m or len(m["tail"].strip()) > MAX_DATE_TAIL:
            continue
        groups = m.groupdict()
        month = int(groups["m"]) if groups.get("m") else _month(groups["mon"])
        try:
            return dt.date(int(groups["y"]), month, int(groups["d"])).isoformat()
        except ValueError:
            return None
    return None


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(n for full, n in _MONTHS.items() if full.startswith(name[:3]))


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    stripped = text.lstrip()
    if not stripped.startswith("---"):
        return {}, text
    try:
        post = frontmatter.loads(stripped)
    except (yaml.YAMLError, ValueError, TypeError):
        return {}, text  # not front matter after all: read it all as text
    meta = post.metadata if isinstance(post.metadata, dict) else {}
    return meta, post.content


def _read_human(content: str) -> dict[str, Any]:
    """Headline, date, labelled URL/outlet and body of the human-readable shape."""
    lines = content.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    edge = set(nonblank[:HEADER_LINES]) | set(nonblank[-FOOTER_LINES:])
    used: set[int] = set()
    url = outlet = None
    for i in sorted(edge):
        m = _LABEL.match(lines[i])
        if not m:
            continue
        rest, label = m["rest"], m["label"].lower()
        if not rest:  # the URL is on the next non-blank line
            nxt = next((j for j in nonblank if j > i), None)
            if nxt is not None and _LONE_URL.match(lines[nxt]):
                rest = lines[nxt]
                used.add(nxt)
        found = next(body_links(rest), None) if rest else None
        if found and url is None:
            url = found
            used.add(i)
        elif not found and rest and label == "source" and outlet is None and len(rest) <= 80:
            outlet = rest.strip("*_ ")
            used.add(i)
    if url is None and nonblank and _LONE_URL.match(lines[nonblank[-1]]):
        url = next(body_links(lines[nonblank[-1]]), None)
        used.add(nonblank[-1])
    remaining = [i for i in nonblank if i not in used]
    title = date = None
    start = 0
    if remaining:
        first = lines[remaining[0]].strip().lstrip("#").strip().strip("*_").strip()
        if parse_human_date(first) is None and len(first) <= MAX_TITLE_CHARS:
            title, start = first or None, 1
    for k in range(start, min(start + 3, len(remaining))):
        found_date = parse_human_date(lines[remaining[k]].strip().strip("*_"))
        if found_date:
            date = found_date
            used.add(remaining[k])
            break
    if title is not None:
        used.add(remaining[0])
    body = "\n".join(line for i, line in enumerate(lines) if i not in used).strip()
    return {"url": url, "title": title, "date": date, "outlet": outlet, "body": body}


def _text(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


def _is_url(value: str) -> bool:
    return bool(re.match(r"^\s*<?https?://", value, re.IGNORECASE))


def _first_url(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _text(meta.get(key))
        if value and _is_url(value):
            return value.strip().strip("<>")
    return None


def _first_text(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    return next((v for v in (_text(meta.get(k)) for k in keys) if v), None)


def _first_date(meta: dict[str, Any]) -> str | None:
    for key in DATE_KEYS:
        value = meta.get(key)
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = _text(value)
        if text:
            parsed = parse_human_date(text[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", text) else parse_human_date(text)
            if parsed:
                return parsed
    return None
