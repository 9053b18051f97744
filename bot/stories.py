"""Which releases are one story: one release on several wires, and a release with its corrections; pure.

Copies of a release carry the issuer's own headline and lead paragraph, give or take a wire's
dateline, legal suffixes and punctuation, and appear within minutes of each other; a correction
repeats the headline behind a marker, sometimes a day later. Two releases of one company on one
day differ in their headline's words or figures, or in their text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from bot.models import Entry

# Copies on other wires follow within minutes; a correction may follow a day or two later.
WINDOW = timedelta(days=3)
# A near-identical headline alone is trusted only this close in time.
TITLE_ONLY_WINDOW = timedelta(days=1)
MIN_TEXT = 40  # characters of text below which a summary says too little to compare
MAX_TEXT = 1_500  # characters compared: the lead paragraph is where copies agree
# Token-set similarity of issuer names (0-100) at which two issuers are the same company.
SAME_ISSUER = 85
# Headline similarity below which no rule below can find two releases one story.
MIN_TITLE = 75

_CORRECTION_LEAD_RE = re.compile(
    r"^[\W_]*(?:(?:correct(?:ing|ed)\s+and\s+replacing\b|(?:correction|corrected|correcting|replacing"
    r"|update[ds]?|revised|republished|repeat|clarification)\s*(?:[:|/*]|--?|[–—]))[\W_]*)+",
    re.IGNORECASE,
)
# A marker at the end needs a bracket or a dash: "Business Update" is a headline, not a correction.
_CORRECTION_TAIL_RE = re.compile(
    r"(?:\s+[-–—|]+\s*|\s*[(\[]\s*)(?:correction|corrected|updated|revised|replacement)\s*[)\]]?[\s.]*$",
    re.IGNORECASE,
)
_WIRE_TAIL_RE = re.compile(
    r"\s*(?:[|\-–—]\s*|\(\s*)(?:globe\s*newswire|pr\s*newswire|business\s*wire|accesswire|newsfile)"
    r"(?:\s*\))?\s*$",
    re.IGNORECASE,
)
# Datelines open the lead paragraph differently on each wire: "CITY, Mar. 2, 2026 (GLOBE NEWSWIRE) --",
# "CITY, March 2, 2026 /PRNewswire/ --", "CITY--(BUSINESS WIRE)--".
_DATELINE_RE = re.compile(
    r"^.{0,200}?(?:\(\s*globe\s*newswire\s*\)|/\s*pr\s*newswire(?:-[a-z]+)?\s*/|\(\s*business\s*wire\s*\)"
    r"|\(\s*accesswire\s*\))\s*(?:--|[-–—])*\s*",
    re.IGNORECASE | re.DOTALL,
)
_TAIL = 60  # characters at the end of a headline where a wire tag or correction marker can be
# A word each tail pattern above needs: a tail without one is not searched (most headlines).
_CORRECTION_WORDS = ("correct", "updated", "revised", "replacement")
_WIRE_WORDS = ("wire", "newsfile")
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DECIMAL_RE = re.compile(r"\d[,.]\d")  # a figure with a separator, which _prepare rewrites
_WORD_RE = re.compile(r"[^\W_]+")
_MARKS_RE = re.compile(r"[®™©℠]")
_LEGAL = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag",
     "sa", "nv", "bv", "gmbh", "lp", "holdings", "the"}
)  # fmt: skip
_LEAD_STOPWORDS = frozenset({"the", "a", "an"})
# Words a wire may add to or drop from a headline without changing what it says.
_FILLER = frozenset(
    {"and", "for", "from", "with", "its", "has", "have", "new", "announces", "announced", "reports",
     "today", "press", "release", "news"}
)  # fmt: skip


@dataclass(frozen=True)
class StoryFacts:
    """What matching reads of a release: its headline, lead text, issuer and time, and where it is stored."""

    title: str
    text: str  # the summary, or the start of the body when the summary says too little
    issuer: str | None
    at: datetime  # published, or first seen when the feed gave no date
    wire: str = ""
    entry_id: int = 0  # 0 for a release not stored yet
    story_id: int = 0
    stored_token: str | None = None  # the lookup word as stored, so the headline need not be read for it

    # Normalised on first use and kept: a release is compared with many, and the lookup word alone
    # rules most of them out.
    @cached_property
    def headline(self) -> str:
        """The normalised headline (title_key)."""
        return title_key(self.title)

    @cached_property
    def company(self) -> str:
        """The normalised issuer (issuer_key)."""
        return issuer_key(self.issuer)

    @cached_property
    def corrects(self) -> bool:
        """True when the headline marks a correction or update."""
        return is_correction(self.title)

    @cached_property
    def token(self) -> str | None:
        """The word candidates are looked up by (blocking_token)."""
        return self.stored_token or _lead_word(self.headline)


@dataclass(frozen=True, slots=True)
class Likeness:
    """How alike two releases are (0-100 each) and whether they are one story."""

    title: float
    text: float
    same: bool


def facts_of(entry: Entry, *, at: datetime, entry_id: int = 0, story_id: int = 0) -> StoryFacts:
    """Return the facts matching reads of an entry."""
    text = entry.summary if len(entry.summary) >= MIN_TEXT else f"{entry.summary}\n{entry.body}".strip()
    return StoryFacts(
        title=entry.title,
        text=text[: MAX_TEXT * 2],
        issuer=entry.issuer,
        at=entry.published or at,
        wire=entry.wire,
        entry_id=entry_id,
        story_id=story_id,
    )


@lru_cache(maxsize=4096)
def is_correction(title: str) -> bool:
    """True when a headline says it corrects, replaces or updates an earlier release."""
    tail = title[-_TAIL:]
    return bool(
        _CORRECTION_LEAD_RE.match(title)
        or (_may_contain(tail, _CORRECTION_WORDS) and _CORRECTION_TAIL_RE.search(tail))
    )


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """Return a headline without correction markers, wire tags, legal suffixes, case or punctuation."""
    text = _prepare(title)
    text = _CORRECTION_LEAD_RE.sub("", text)
    # Tags and markers at the end are short: only the end is searched for them.
    head, tail = text[:-_TAIL], text[-_TAIL:]
    if _may_contain(tail, _WIRE_WORDS):
        tail = _WIRE_TAIL_RE.sub("", tail)
    if _may_contain(tail, _CORRECTION_WORDS):
        tail = _CORRECTION_TAIL_RE.sub("", tail)
    return " ".join(word for word in _words(head + tail) if word not in _LEGAL)


@lru_cache(maxsize=4096)
def issuer_key(name: str | None) -> str:
    """Return a company name without legal suffixes, case or punctuation ("" when there is none)."""
    if not name:
        return ""
    return " ".join(word for word in _words(_prepare(name)) if word not in _LEGAL)


def blocking_token(entry: Entry) -> str | None:
    """Return the word candidates are looked up by: the first word of the normalised headline.

    Every wire carries the issuer's own headline, and correction markers are not part of the key,
    so copies and corrections share it; it is usually the company's name.
    """
    return _lead_word(title_key(entry.title))


def compare(a: StoryFacts, b: StoryFacts) -> Likeness:
    """Return how alike two releases are, and whether they are copies or corrections of one release."""
    gap = abs(a.at - b.at)
    title_a, title_b = a.headline, b.headline
    # Filings are documents of their own: two 8-Ks of one company on one day share a title.
    if gap > WINDOW or not title_a or not title_b or "sec" in (a.wire, b.wire):
        return Likeness(title=0.0, text=0.0, same=False)
    title = fuzz.token_set_ratio(title_a, title_b)
    correction = a.corrects or b.corrects
    # Copies differ by what a wire adds ("Inc.", a product code, a tag) on one side only. Headlines
    # that each say something the other does not ("$5 million" and "$15 million", "from Amgen" and
    # "from Pfizer", "ABC-101" and "ABC-202") are two releases, unless one corrects the other.
    if title < MIN_TITLE or (not correction and _each_says_more(title_a, title_b)):
        return Likeness(title=title, text=0.0, same=False)
    # Text is normalised only for releases whose headlines already agree: few pairs get this far.
    text_a, text_b = _text_key(a.text), _text_key(b.text)
    has_text = len(text_a) >= MIN_TEXT and len(text_b) >= MIN_TEXT
    text = 0.0
    if has_text:
        text = fuzz.token_set_ratio(text_a, text_b)
        # A teaser cut from the other wire's lead paragraph is told by alignment; copies whose words
        # already agree need not be aligned (the costlier measure).
        if text < 90:
            text = max(text, fuzz.partial_ratio(text_a, text_b))
    issuers_differ = bool(
        a.company and b.company and fuzz.token_set_ratio(a.company, b.company) < SAME_ISSUER
    )
    # The issuer writes one headline for every wire; a wire's teaser may not match the others' text.
    same_headline = title >= 97 and gap <= TITLE_ONLY_WINDOW and not issuers_differ
    if not has_text:
        same = same_headline
    elif issuers_differ:
        # A joint release issued by each partner on its own wire is still one story; anything
        # less than near-identical from two issuers is two.
        same = title >= 95 and text >= 85
    else:
        same = (
            same_headline
            or (title >= 90 and text >= 70)
            or (title >= 75 and text >= 90)
            or (correction and title >= 80)
        )
    return Likeness(title=title, text=text, same=same)


def choose_story(new: StoryFacts, candidates: Sequence[StoryFacts]) -> StoryFacts | None:
    """Return the candidate whose story the new release belongs to (the most alike), or None."""
    best: StoryFacts | None = None
    best_score = -1.0
    for candidate in candidates:
        if (candidate.entry_id and candidate.entry_id == new.entry_id) or candidate.token != new.token:
            continue
        likeness = compare(new, candidate)
        score = likeness.title + likeness.text
        if likeness.same and (
            score > best_score or (score == best_score and best is not None and candidate.at < best.at)
        ):
            best, best_score = candidate, score
    return best


def _may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False when text is ASCII and has none of the (lower-case) words in any case, so a case-blind
    pattern needing one cannot match; True otherwise (non-ASCII text has other case forms)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def _prepare(text: str) -> str:
    if not text.isascii():
        text = _MARKS_RE.sub("", unicodedata.normalize("NFKC", text))
    text = text.replace("&", " and ")
    # "$1,000.50" and "$1000.5" are one figure; the point stays inside the word.
    return _NUMBER_RE.sub(_number_word, text) if _DECIMAL_RE.search(text) else text


def _number_word(match: re.Match[str]) -> str:
    number = match.group(0).replace(",", "")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number.replace(".", "p")


def _words(text: str) -> list[str]:
    # Apostrophes join ("company's" is one word); every other mark separates.
    return _WORD_RE.findall(text.replace("'", "").replace("’", "").lower())


def _lead_word(key: str) -> str | None:
    for word in key.split():
        if word not in _LEAD_STOPWORDS:
            return word[:100]
    return None


def different_headlines(title_a: str, title_b: str) -> bool:
    """True when two headlines each say something the other does not (after normalising both)."""
    return _each_says_more(title_key(title_a), title_key(title_b))


def _each_says_more(key_a: str, key_b: str) -> bool:
    list_a, list_b = key_a.split(), key_b.split()
    words_a, words_b = set(list_a), set(list_b)
    only_a = {w for w in words_a - words_b if _significant(w)}
    only_b = {w for w in words_b - words_a if _significant(w)}
    # A headline cut short ends in part of a word ("Amg…"): that last part is not a different word.
    for last, only, other in ((list_a[-1:], only_a, only_b), (list_b[-1:], only_b, only_a)):
        if last and last[0] in only and last[0].isalpha() and any(o.startswith(last[0]) for o in other):
            only.discard(last[0])
    return bool(only_a) and bool(only_b)


def _significant(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or (len(word) >= 3 and word not in _FILLER)


@lru_cache(maxsize=1024)
def _text_key(text: str) -> str:
    text = _DATELINE_RE.sub("", text[: MAX_TEXT * 2], count=1)
    return " ".join(_words(_prepare(text)))[:MAX_TEXT]
