"""The rule engine: run the rule table over a document's sentences and decide which events it reports.

A prove rule's match becomes a hit unless a negative rule stops it. An event is reported when a hit
stands in the headline, the summary or the lead, or deeper in the body when the headline or summary
speaks of the same kind of event. Periodic reports (results, 10-Q) report only what their headline or
summary says: the rest is recap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.classify.document import NEWS_REGIONS, Document, Region, Sentence
from bot.classify.rules import MONTHS, PAYMENT_WORDS, RULES, Effect, Rule, Scope, rules_for
from bot.models import EventType

__all__ = ["Hit", "decide", "find_hits"]

EVENTS = (EventType.MILESTONE, EventType.IND, EventType.LICENSING)
_PROVE = {e: rules_for(e, Effect.PROVE) for e in EVENTS}
_BLOCK = {e: rules_for(e, Effect.BLOCK) for e in EVENTS}
_MASKS = tuple(r for r in RULES if r.effect is Effect.MASK)
_SEARCHED = frozenset({"event"})  # marker for the per-sentence cache of sentence-wide block matches

_CLAUSE_BREAK = re.compile(r";|\s[-–—]{1,2}\s|,\s+(?:and|but|while|whereas|separately)\s")
_CURRENCY = re.compile(
    r"[$€£¥₩]|\b(?:USD|EUR|CHF|GBP|JPY|SEK|DKK|KRW|CNY|RMB|AUD|CAD|MUSD|MEUR|MSEK)\b"
    r"|\b(?:dollars|euros|yen|won|francs|kronor)\b"
)
_PERIODIC = re.compile(
    r"\b(?:results|quarter(?:ly)?|annual\s+report|half[-\s]year|interim\s+report|fiscal|10-Q|10-K|20-F"
    r"|letter\s+to\s+shareholders|shareholder\s+letter|earnings|financial\s+statements|Q[1-4]|full[-\s]year)\b",
    re.IGNORECASE,
)
# words in a headline or summary that show it speaks of an event, so body evidence may count
EVENT_CUES = {
    EventType.MILESTONE: re.compile(
        r"milestone|payment|\bpaid\b|\bearn|\breceiv|\bcollect|\btrigger|\bbank|\bpocket|\bbook",
        re.IGNORECASE,
    ),
    EventType.IND: re.compile(
        r"(?-i:\bIND\b)|investigational|clinical\s+(?:trial|hold)|\bhold\b|(?-i:\bCT[AN]\b)|\btrials?\b"
        r"|\bstud(?:y|ies)\b|\bclear|go-ahead|approv",
        re.IGNORECASE,
    ),
    EventType.LICENSING: re.compile(
        r"licen|rights|option|opt[-\s]in|agreement|deal|pact|collaborat|alliance|terminat|amend",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True, slots=True)
class Hit:
    """A prove rule that matched a sentence and was not stopped."""

    event: EventType
    rule: str
    sentence: Sentence


def _mask(text: str, lower: str) -> str:
    """Blank out the words mask rules remove, keeping every other character where it was."""
    for rule in _MASKS:
        if rule.cues and not any(c in lower for c in rule.cues):
            continue
        text = rule.pattern.sub(lambda m: "_" * len(m.group(0)), text)
    return text


def _verb_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the verb of a match stands (named groups v, v2, v3), or the whole match."""
    for name in ("v", "v2", "v3"):
        if name in m.re.groupindex and m.group(name) is not None:
            return m.start(name), m.end(name)
    return m.start(), m.end()


def _months_before(m: re.Match[str], published: date) -> int | None:
    """How many months a date match lies before publication (negative: after); None for a bare year."""
    year = int(m.group("y") or m.group("y2"))
    month_text = (m.group("m") or m.group("m2") or "")[:3].lower()
    if not month_text:
        return None if year == published.year else (published.year - year) * 12
    return (published.year - year) * 12 + (published.month - MONTHS.index(month_text) - 1)


def _is_old(m: re.Match[str], published: date | None) -> bool:
    """True when a date match names a time two months or more before publication."""
    if published is None:
        return False
    months = _months_before(m, published)
    return months is not None and months >= 2


def _is_future(m: re.Match[str], published: date | None) -> bool:
    """True when a date match names a time after the month of publication."""
    if published is None:
        return False
    months = _months_before(m, published)
    return months is not None and months < 0


class _Sentence:
    """One sentence prepared for matching: masked text, lower-case copy and cached block matches."""

    __slots__ = ("lower", "sentence", "text", "wide")

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        lower = sentence.text.lower()
        self.text = _mask(sentence.text, lower)
        self.lower = self.text.lower()
        self.wide: dict[str, bool] = {}

    def sentence_wide(self, rule: Rule) -> bool:
        """Whether a sentence-scope rule matches anywhere (computed once per sentence)."""
        found = self.wide.get(rule.name)
        if found is None:
            found = rule.pattern.search(self.text) is not None
            self.wide[rule.name] = found
        return found


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts."""
    start = 0
    for b in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = b.end()
    return start


def _blocked_by(rule: Rule, s: _Sentence, m: re.Match[str], *, prove: Rule, published: date | None) -> bool:
    """True when a negative rule stops the match of a prove rule."""
    if prove.name in rule.exempt:
        return False
    region = s.sentence.region
    if rule.body_only and region is not Region.BODY:
        return False
    if rule.cues and not any(c in s.lower for c in rule.cues):
        return False
    if rule.unless is not None and rule.unless.search(s.text):
        return False
    text = s.text
    if rule.scope is Scope.SENTENCE:
        return s.sentence_wide(rule)
    if rule.scope is Scope.OVERLAP:
        return any(b.start() < m.end() and b.end() > m.start() for b in rule.pattern.finditer(text))
    if rule.scope is Scope.LEAD_IN:
        return rule.pattern.search(text, 0, m.start()) is not None
    if rule.scope is Scope.VERB:
        vs, ve = _verb_span(m)
        before = " ".join(text[max(0, vs - 60) : vs].split()[-2:])
        verb = text[vs:ve].split()
        return rule.pattern.search((before + " " + (verb[0] if verb else "")).strip()) is not None
    start = _clause_start(text, m.start())
    if rule.scope is Scope.CLAUSE:
        brk = _CLAUSE_BREAK.search(text, m.end())
        end = brk.start() if brk is not None else len(text)
        if rule.dated:
            return any(_is_future(d, published) for d in rule.pattern.finditer(text, start, end))
        return rule.pattern.search(text, start, end) is not None
    # prefix: the clause before the match (or a window of words), and the match itself
    if rule.window:
        # the last `window` words before the match, read from a bounded slice so the search stays linear
        piece = text[max(start, m.start() - 12 * rule.window) : m.start()]
        words = piece.split()[-rule.window :] if piece.strip() else []
        start = m.start() - (len(piece) - piece.find(words[0]) if words else 0)
    if rule.dated:
        return any(_is_old(d, published) for d in rule.pattern.finditer(text, start, m.end()))
    return rule.pattern.search(text, start, m.end()) is not None


def _passes(prove: Rule, s: _Sentence, m: re.Match[str], event: EventType, published: date | None) -> bool:
    """True when no negative rule stops the match and the rule's own conditions hold."""
    if prove.payment_context and not (PAYMENT_WORDS.search(s.text) or _CURRENCY.search(s.text)):
        return False
    return not any(_blocked_by(r, s, m, prove=prove, published=published) for r in _BLOCK[event])


def find_hits(doc: Document) -> list[Hit]:
    """Return every unstopped prove-rule match in the document's news-bearing sentences."""
    hits: list[Hit] = []
    for sentence in doc.sentences:
        if sentence.region not in NEWS_REGIONS and sentence.region is not Region.BODY:
            continue
        s = _Sentence(sentence)
        for event in EVENTS:
            for prove in _PROVE[event]:
                if prove.cues and not any(c in s.lower for c in prove.cues):
                    continue
                for m in prove.pattern.finditer(s.text):
                    if _passes(prove, s, m, event, doc.published):
                        hits.append(Hit(event=event, rule=prove.name, sentence=sentence))
                        break
    return hits


def decide(doc: Document, hits: list[Hit]) -> tuple[EventType, ...]:
    """Return the events the document reports, in the fixed order milestone, ind, licensing."""
    headline = doc.title + "\n" + doc.summary
    periodic = bool(_PERIODIC.search(doc.title))
    out: list[EventType] = []
    for event in EVENTS:
        mine = [h for h in hits if h.event is event]
        top = any(h.sentence.region in {Region.TITLE, Region.SUMMARY} for h in mine)
        lead = any(h.sentence.region is Region.LEAD for h in mine)
        body = any(h.sentence.region is Region.BODY for h in mine)
        cued = EVENT_CUES[event].search(headline) is not None
        reported = top if periodic else top or lead or (body and cued)
        if reported:
            out.append(event)
    return tuple(out)
