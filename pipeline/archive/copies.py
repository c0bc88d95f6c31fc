"""Archived copies: the file format the archive stage writes and the match stage reads.

Writing (the archive stage's own copies).

Readable text copies: ``archive/<host>/<date>--<slug>.md``.

A copy has YAML front matter with the capture's provenance (:data:`FRONT_MATTER_KEYS`),
then the same human shape as a hand-saved copy (``archive/hand-saved/*.txt``)::

    Headline

    March 18, 2025

    The article text, paragraphs and [links](https://…) kept as Markdown.

    Original url:

    <https://the.cited/url>

``text_sha256`` in the front matter is the SHA-256 of the article text exactly
as it stands between the date line and ``Original url:`` (:func:`copy_text`
cuts it back out). Names are safe: the host folder and slug use only
``[a-z0-9.-]``, lengths are bounded, and a name already used by another copy
gets ``-2``, ``-3``… Files are written atomically (temporary file in the same
folder, fsync, rename), so a reader never sees half a copy.

Reading (any copy, own or hand-saved).

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
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import frontmatter
import yaml

from ..extract.eventfile import GuardedYAML, body_links
from ..models import ArchivedCopy, CopyKind
from ..safefiles import check_inside, open_read
from ..safeload import DocumentError, decode_text, load_yaml

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, when built in: ~10x faster, same output

__all__ = [
    "FRONT_MATTER_KEYS",
    "RESERVED_FOLDERS",
    "choose_copy_path",
    "copy_text",
    "host_folder",
    "long_date",
    "parse_copy",
    "parse_human_date",
    "read_copy_text",
    "read_front_matter",
    "render_copy",
    "slugify",
    "sweep_temp_files",
]

FRONT_MATTER_KEYS = (
    "url", "final_url", "captured_at", "status", "content_type", "body_sha256", "text_sha256",
    "warc_file", "warc_record_id", "warc_offset", "extractor", "extractor_version", "title", "date", "author",
    "site_name", "extraction", "extractor_settings",
)
RESERVED_FOLDERS = frozenset({"warc", "hand-saved", ".tmp", ".recheck"})
MAX_SLUG = 80
_ORIGINAL = "\n\nOriginal url:\n\n<"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def host_folder(host: str) -> str:
    """A safe folder name for a host (``www.example.org``, ``example.org_8080``)."""
    name = host.strip().lower().replace(":", "_")
    name = re.sub(r"[^a-z0-9._-]", "-", name).strip(".-_")[:100]
    if not name or name in RESERVED_FOLDERS or set(name) <= {"."}:
        name = f"host-{name or 'unknown'}".strip(".")
    return name


def slugify(text: str | None, max_length: int = MAX_SLUG) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary."""
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2:] else cut[:max_length]
    return slug.strip("-")


def _url_slug(url: str) -> str:
    path = unquote(urlsplit(url).path)
    parts = [p for p in path.split("/") if p]
    for part in reversed(parts):
        slug = slugify(re.sub(r"\.(html?|php|aspx?|pdf)$", "", part, flags=re.IGNORECASE))
        if slug and not slug.isdigit():
            return slug
    return ""


def choose_copy_path(archive_root: Path, host: str, date: str, title: str | None, url: str,
                     is_free: Callable[[Path], bool]) -> Path:
    """``<archive>/<host>/<date>--<slug>.md``; if that is taken, the same name marked with the
    URL (``--<6 hex digits of its SHA-256>``), then that with ``-2``, ``-3``…: the first that ``is_free``.

    Pages of one site often share a title ("Page not found", a section's name): the URL's mark
    finds a free name at the second try however many there are, instead of counting up past each.
    """
    folder = Path(archive_root) / host_folder(host)
    day = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date or "") else "undated"
    slug = slugify(title) or _url_slug(url) or "page"
    plain = folder / f"{day}--{slug}.md"
    if is_free(plain):
        return plain
    marked = f"{day}--{slug}--{hashlib.sha256(url.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    for n in range(1, 10_000):
        path = folder / f"{marked}{'' if n == 1 else f'-{n}'}.md"
        if is_free(path):
            return path
    raise RuntimeError(f"no free copy name for {url} in {folder}")  # 10,000 copies of one URL on one day


def long_date(iso: str | None) -> str | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m or not 1 <= int(m[2]) <= 12:
        return None
    return f"{_MONTHS[int(m[2]) - 1]} {int(m[3])}, {m[1]}"


def render_copy(front: dict[str, Any], text: str) -> str:
    """The whole copy file: front matter, headline, date, text, ``Original url:`` and the URL.

    ``front`` holds at least :data:`FRONT_MATTER_KEYS`; the headline and the
    date line come from its ``title``/``url`` and ``date``/``captured_at``.
    """
    meta = {k: front.get(k) for k in FRONT_MATTER_KEYS}
    meta.update({k: v for k, v in front.items() if k not in meta})
    head = yaml.dump(meta, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=10_000,
                     default_flow_style=False)
    return f"---\n{head}---\n\n{_top(meta)}{text}{_ORIGINAL}{meta['url']}>\n"


def _top(meta: dict[str, Any]) -> str:
    """The headline and date lines above the text, each followed by a blank line."""
    headline = _one_line(_as_str(meta.get("title"))) or _one_line(_as_str(meta.get("final_url") or meta.get("url")))
    date_line = long_date(_as_str(meta.get("date")))
    if not date_line:
        captured = long_date((_as_str(meta.get("captured_at")) or "")[:10])
        date_line = f"Captured {captured}" if captured else ""
    return "".join(f"{line}\n\n" for line in (headline, date_line) if line)


def _one_line(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _split(content: str) -> tuple[dict[str, Any], str] | None:
    if not content.startswith("---\n"):
        return None
    end = content.find("\n---\n", 3)
    if end < 0:
        return None
    try:
        meta = load_yaml(content[4:end + 1])
    except (yaml.YAMLError, DocumentError):
        return None
    return (meta, content[end + 5:]) if isinstance(meta, dict) else None


def read_copy_text(root: Path, relative: str, max_bytes: int = 20_000_000) -> str | None:
    """The article text of our copy at ``relative`` under ``root`` (:func:`copy_text`), or None when it is
    gone, unreadable, not in our shape, or not inside ``root`` (a symbolic link is never followed)."""
    path = root / relative
    try:
        check_inside(path, root)
        with open_read(path) as file:
            return copy_text(file.read(max_bytes).decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def copy_text(content: str) -> str | None:
    """The article text of a copy (what ``text_sha256`` covers), or None if it is not in our shape."""
    parts = _split(content)
    if parts is None:
        return None
    meta, body = parts
    top = "\n" + _top(meta)
    tail = f"{_ORIGINAL}{meta.get('url')}>\n"
    if not body.startswith(top) or not body.endswith(tail) or len(body) < len(top) + len(tail):
        return None
    return body[len(top):len(body) - len(tail)]


def read_front_matter(path: Path) -> dict[str, Any] | None:
    """The front matter of a copy file, or None if it cannot be read as one."""
    try:
        parts = _split(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return parts[0] if parts else None


def sweep_temp_files(archive_root: Path) -> int:
    """Remove temporary files left in the copy folders by a killed run; return how many."""
    removed = 0
    root = Path(archive_root)
    if not root.is_dir():
        return 0
    for tmp in root.glob("*/.*.tmp"):
        if tmp.parent.name in ("hand-saved",):
            continue
        try:
            tmp.unlink()
            removed += 1
        except OSError:
            pass
    return removed


# --- reading ---------------------------------------------------------------------

URL_KEYS = ("url", "original_url", "source_url", "canonical_url", "link", "source")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "publication_date", "pub_date")
OUTLET_KEYS = ("outlet", "site_name", "publisher", "publication", "source", "site")
PROVENANCE_KEYS = ("captured_at", "final_url", "content_sha256", "text_sha256")
FRONT_MATTER_BYTES = 64 << 10  # where a copy's front matter is looked for when the copy is too large to read
HEADER_LINES = 8  # labelled lines are looked for among the first and last few non-blank lines
FOOTER_LINES = 6
MAX_TITLE_CHARS = 300

_LABEL = re.compile(
    r"^\s*[*_]{0,2}(?P<label>original\s+url|original\s+link|original|source\s+url|source|url|link|"
    r"archived\s+from|retrieved\s+from)[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?P<rest>.*?)\s*$",
    re.IGNORECASE,
)
_LONE_URL = re.compile(r"^\s*(?:<\s*https?://\S+\s*>|https?://\S+|\[[^\]]*\]\(\s*https?://[^)]+\))\s*$", re.IGNORECASE)
_MONTH_NUMBERS = {m: i for i, m in enumerate(
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
        text = decode_text(data)
    except DocumentError as exc:
        return ArchivedCopy(path, digest, CopyKind.HAND_SAVED, problem=str(exc))
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


def kind_of_head(head: bytes) -> CopyKind:
    """Whether a copy too large to parse is one of ours, from its first bytes: our front matter,
    written first, names where the copy came from."""
    parts = _split(head[:FRONT_MATTER_BYTES].decode("utf-8", errors="replace").replace("\r\n", "\n"))
    return CopyKind.OWN if parts and any(k in parts[0] for k in PROVENANCE_KEYS) else CopyKind.HAND_SAVED


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
    return next(n for full, n in _MONTH_NUMBERS.items() if full.startswith(name[:3]))


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    stripped = text.lstrip()
    if not stripped.startswith("---"):
        return {}, text
    try:
        post = frontmatter.loads(stripped, handler=GuardedYAML())
    except (yaml.YAMLError, ValueError, TypeError):  # DocumentError is a ValueError
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
