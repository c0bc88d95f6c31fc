"""Readable text copies: ``archive/<host>/<date>--<slug>.md``.

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
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

__all__ = ["FRONT_MATTER_KEYS", "host_folder", "slugify", "choose_copy_path", "render_copy", "write_atomically",
           "copy_text", "read_front_matter", "long_date", "sweep_temp_files", "RESERVED_FOLDERS"]

FRONT_MATTER_KEYS = (
    "url", "final_url", "captured_at", "status", "content_type", "body_sha256", "text_sha256",
    "warc_file", "warc_record_id", "warc_offset", "extractor", "extractor_version", "title", "date", "author", "site_name",
    "extraction",
)
RESERVED_FOLDERS = frozenset({"warc", "hand-saved", ".tmp"})
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
    """``<archive>/<host>/<date>--<slug>.md``, the first of ``-2``, ``-3``… that ``is_free``."""
    folder = Path(archive_root) / host_folder(host)
    day = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date or "") else "undated"
    slug = slugify(title) or _url_slug(url) or "page"
    for n in range(1, 10_000):
        name = f"{day}--{slug}{'' if n == 1 else f'-{n}'}.md"
        path = folder / name
        if is_free(path):
            return path
    raise RuntimeError(f"no free copy name for {url} in {folder}")  # 10,000 copies of one slug on one day


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
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)
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
        meta = yaml.safe_load(content[4:end + 1])
    except yaml.YAMLError:
        return None
    return (meta, content[end + 5:]) if isinstance(meta, dict) else None


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


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``path`` so that it is either absent/old or complete: temp file, fsync, rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


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
