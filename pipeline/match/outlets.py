"""Who published a copy, against who published the cited article: sites and outlet names.

Pure functions, table-tested in ``tests/match/test_outlets.py``; docs/match.md
explains the rules.

* A **site** is a registrable domain (public-suffix aware,
  :func:`pipeline.urls.registrable_domain`): ``www.nytimes.com`` and
  ``cooking.nytimes.com`` are one site, ``abcnews.go.com`` is ``go.com``.
  A copy's sites come from its own URL and its final URL (archive wrappers
  already unwrapped); a citation's from its URL and where the check stage saw
  it redirect.
* An **outlet name** is compared after normalisation: case, accents,
  punctuation and a leading "The" are folded; initials ("NYT"), a shorter
  form that starts the longer one ("CNN" / "CNN Politics") and a domain
  built from the name's words or initials ("nytimes.com") all name the same
  outlet as "The New York Times".

Evidence against (a *veto*) is only taken from what is clear: two known sites
that differ, or an outlet the copy names explicitly (front matter or a
``Source:`` line) that matches neither the cited outlet's name nor its site.
A name read from a headline suffix ("… | Home") can agree, never veto.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..urls import registrable_domain
from .scoring import normalize_text

__all__ = ["OutletEvidence", "compare_outlets", "name_fits_host", "outlet_words", "same_outlet_name", "sites_of"]


MINOR_WORDS = frozenset(["the", "of", "for", "and", "in", "on", "at", "a", "an"])
# words a domain may add to an outlet's name: apnews.com is "Associated Press" (AP) + news
DOMAIN_EXTRAS = ("news", "online", "daily", "media", "tv", "web", "mag", "magazine", "network", "hq")
NAME_EXTRAS = ("news", "online")  # "AP News" is "AP": compared closely without it
NAME_RATIO = 90  # rapidfuzz ratio of two compacted names that counts as the same name
MAX_NAME_WORDS = 12  # longer "names" are sentences; spelling a label from them stays cheap
MIN_PREFIX = 3  # "cnn" starts "cnnpolitics"; "ap" is too short to say anything
# what a page's site_name or a "Source:" line sometimes says instead of an outlet's name
GENERIC_NAMES = frozenset(["home", "homepage", "index", "news", "latestnews", "breakingnews", "article", "untitled",
                           "politics", "world", "opinion", "business", "technology", "sports", "web", "online"])
SHORTENER_SITES = frozenset([
    "bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly", "buff.ly", "dlvr.it", "is.gd", "j.mp", "ift.tt",
    "trib.al", "lnkd.in", "fb.me", "amzn.to", "rebrand.ly", "cutt.ly", "tiny.cc", "shorturl.at", "flip.it",
    "nyti.ms", "wapo.st", "reut.rs", "n.pr", "apne.ws", "cnn.it", "politi.co", "bbc.in",
])
_HOST_PREFIXES = frozenset(["www", "m", "mobile", "amp", "en", "edition", "eu", "uk", "us", "beta"])


def outlet_words(name: str) -> list[str]:
    """The words of an outlet's name, normalised, without a leading "The" (at most ``MAX_NAME_WORDS``)."""
    words = normalize_text(name.replace("&", " and ")).split()
    return (words[1:] if len(words) > 1 and words[0] == "the" else words)[:MAX_NAME_WORDS]


def _initials(words: list[str], skip_minor: bool) -> str:
    return "".join(w[0] for w in words if not (skip_minor and w in MINOR_WORDS))


def _looks_like_domain(name: str) -> bool:
    text = name.strip().lower()
    return " " not in text and "." in text.strip(".") and not text.replace(".", "").isdigit()


@functools.lru_cache(maxsize=65536)
def same_outlet_name(a: str, b: str) -> bool:
    """Do two outlet names (or a name and a domain) name the same outlet?"""
    if _looks_like_domain(a) or _looks_like_domain(b):
        if _looks_like_domain(a) and _looks_like_domain(b):
            return registrable_domain(a.strip().lower()) == registrable_domain(b.strip().lower())
        name, host = (b, a) if _looks_like_domain(a) else (a, b)
        return name_fits_host(name, host.strip().lower())
    return any(_same_words(wa, wb, loose_a and loose_b)
               for wa, loose_a in _name_forms(a) for wb, loose_b in _name_forms(b))


def _name_forms(name: str) -> list[tuple[list[str], bool]]:
    """A name's words, each with whether loose comparisons apply: without a leading "The", with
    it ("TheHill"), and without a trailing "News" ("AP News" is "AP": only equal or initials)."""
    words = outlet_words(name)
    forms = [(words, True)]
    full = normalize_text(name.replace("&", " and ")).split()[:MAX_NAME_WORDS]
    if full != words:
        forms.append((full, True))
    if len(words) >= 2 and words[-1] in NAME_EXTRAS:
        forms.append((words[:-1], False))
    return forms


def _same_words(wa: list[str], wb: list[str], loose: bool) -> bool:
    ca, cb = "".join(wa), "".join(wb)
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    for skip in (True, False):
        if len(wa) >= 2 and _initials(wa, skip) == cb or len(wb) >= 2 and _initials(wb, skip) == ca:
            return True
    if not loose:
        return False
    if fuzz.ratio(ca, cb) >= NAME_RATIO:
        return True
    short, long = sorted((ca, cb), key=len)
    if len(short) >= MIN_PREFIX and long.startswith(short):
        return True
    return _fits(ca, wb) or _fits(cb, wa)


def _fits(label: str, words: list[str], *, domain: bool = False) -> bool:
    """Can ``label`` be spelled by taking the name's words in order, each whole, as its
    initial or not at all (for a domain, plus one trailing word a domain adds, "news")?"""
    if len(label) < 2 or not words:
        return False
    extras = DOMAIN_EXTRAS if domain else ()
    stems = [label] + [label[: -len(x)] for x in extras if label.endswith(x) and len(label) > len(x)]
    return any(_spelled(stem, tuple(words)) for stem in stems)


def _spelled(label: str, words: tuple[str, ...]) -> bool:
    @functools.cache
    def spell(at: int, j: int, whole: bool) -> bool:
        if at == len(label):
            return whole or len(label) <= 4  # more than a stray letter or two, or short initials
        if j == len(words):
            return False
        word = words[j]
        return ((label.startswith(word, at) and spell(at + len(word), j + 1, True))
                or (label[at] == word[0] and spell(at + 1, j + 1, whole))
                or spell(at, j + 1, whole))

    return spell(0, 0, False)


@functools.lru_cache(maxsize=65536)
def name_fits_host(name: str, host: str) -> bool:
    """Does the outlet ``name`` fit the host ("New York Times" / www.nytimes.com; "ABC News" /
    abcnews.go.com; "The Moscow Times" / www.themoscowtimes.com)?"""
    words = outlet_words(name)
    compact = "".join(words)
    if not compact:
        return False
    domain = registrable_domain(host)
    suffix_labels = domain.count(".")  # the registrable label and the suffix after it
    labels = [lab for lab in host.split(".")[: -suffix_labels or None] if lab not in _HOST_PREFIXES]
    for k, label in enumerate(labels):
        label = "".join(ch for ch in label if ch.isalpha())
        if len(label) < 2 or (label in GENERIC_NAMES and k < len(labels) - 1):
            continue  # a section's label (news.bloomberglaw.com) names no outlet: "Federal News Network"
        if len(compact) >= MIN_PREFIX and len(label) >= MIN_PREFIX and (compact in label or label in compact):
            return True
        if _fits(label, words, domain=True):
            return True
    return False


def sites_of(hosts: tuple[str | None, ...]) -> frozenset[str]:
    """The registrable domains of the given hosts (empty ones and link shorteners skipped: a
    bit.ly or nyti.ms link says nothing about who published the page behind it)."""
    return frozenset(d for d in (registrable_domain(h) for h in hosts if h) if d not in SHORTENER_SITES)


@dataclass(frozen=True, slots=True)
class OutletEvidence:
    """How the copy's publisher compares with the citation's: 1 same, 0 other, None unknown;
    ``veto`` says why the copy cannot be the cited article's (None when nothing contradicts)."""

    value: float | None
    note: str | None = None
    veto: str | None = None


def compare_outlets(*, copy_sites: frozenset[str], copy_host: str | None, copy_name: str | None,
                    copy_name_explicit: bool, cited_sites: frozenset[str], cited_host: str | None,
                    cited_name: str | None) -> OutletEvidence:
    """Sites first (both known: same site agrees, another site vetoes, whatever the names say);
    otherwise outlet names and a name against the other side's host."""
    if copy_sites and cited_sites:
        shown = f"copy on {', '.join(sorted(copy_sites))}, cited on {', '.join(sorted(cited_sites))}"
        if copy_sites & cited_sites:
            return OutletEvidence(1.0, shown)
        return OutletEvidence(0.0, shown, f"published on {min(copy_sites)}, cited on {min(cited_sites)}")
    names_agree = bool(copy_name and cited_name and same_outlet_name(copy_name, cited_name))
    fits = bool(copy_name and cited_host and name_fits_host(copy_name, cited_host)) or bool(
        cited_name and copy_host and name_fits_host(cited_name, copy_host))
    shown = f"copy {copy_host or copy_name}, cited {cited_name or cited_host}"
    if names_agree or fits:
        return OutletEvidence(1.0, shown)
    if copy_name and cited_name:
        clear = copy_name_explicit and "".join(outlet_words(copy_name)) not in GENERIC_NAMES
        veto = f"published by {copy_name}, cited as {cited_name}" if clear else None
        return OutletEvidence(0.0, shown, veto)
    return OutletEvidence(None)  # a name against a host only: they differ too often to say no
