"""Deal terms: the money tied to the events a release reports.

For a milestone only the payment earned now counts, read from the sentences that proved the milestone.
For a licence every term counts (headline total and its parts, upfront, equity, contingent payments),
read from the news-bearing sentences that are not a recap of an earlier deal. An IND alone carries no
money. The same payment printed twice is kept once; a payment printed in two currencies is kept in both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from bot.classify.amounts import AmountReading, read_amounts
from bot.classify.document import Document, Region, Sentence
from bot.classify.rules import DATE, MONTHS
from bot.models import Amount, AmountKind, EventType

__all__ = ["deal_amounts"]

_TERM_REGIONS = frozenset({Region.TITLE, Region.SUMMARY, Region.LEAD, Region.BODY})
# words that make a sentence's money a recap of an earlier deal, not a term of this one
_RECAP = re.compile(
    r"\b(?:had|previously|already|so\s+far|to\s+date|since\s+signing|since\s+the|at\s+signing|originally|in\s+the\s+past"
    r"|last\s+year|years?\s+ago|when\s+the\s+(?:deal|agreement|licen[cs]e|alliance)\s+was|cumulative\w*"
    r"|brings\s+the\s+total|counting|(?:days?|weeks?|months?|years?)\s+after"
    r"|after\s+(?:the\s+)?[^\s;]+(?:\s+[^\s;]+){0,3}\s+(?:paid|licensed|signed|agreed|struck|granted))\b",
    re.IGNORECASE,
)
_NOT_TERMS = re.compile(
    r"\b(?:loss|profit|cash\s+(?:position|balance)|guid(?:ed|ance)|market\s+(?:size|value|capitali[sz]ation)"
    r"|series\s+[a-f]|ipo|financing\s+round|share\s+price|(?:quarterly|annual|full-year|group)\s+revenues?)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^;]+")
_MONEYISH = re.compile(r"\d|illion|thousand", re.IGNORECASE)  # a sentence without these holds no money


def _recap(text: str, published: date | None) -> bool:
    """True when a clause's money belongs to an earlier deal or period."""
    if _RECAP.search(text):
        return True
    if published is None:
        return False
    for m in DATE.finditer(text):
        year = int(m.group("y") or m.group("y2"))
        month_text = (m.group("m") or m.group("m2") or "")[:3].lower()
        if year < published.year and not month_text:
            return True
        if month_text:
            months = (published.year - year) * 12 + (published.month - MONTHS.index(month_text) - 1)
            if months >= 2:
                return True
    return False


def _vote(readings: Sequence[tuple[AmountReading, AmountKind]]) -> tuple[AmountReading, AmountKind]:
    """The reading whose kind most cue-decided readings agree on; the first one on a tie."""
    pool = [rk for rk in readings if rk[0].cue] or list(readings)
    votes: dict[AmountKind, int] = {}
    for _, k in pool:
        votes[k] = votes.get(k, 0) + 1
    best = max(votes.values())
    return next(rk for rk in pool if votes[rk[1]] == best)


def _merge(readings: Sequence[tuple[AmountReading, AmountKind]]) -> tuple[Amount, ...]:
    """One amount per (value, currency), except that a contingent and a paid-now reading may both stand."""
    groups: dict[tuple[object, str], list[tuple[AmountReading, AmountKind]]] = {}
    for r, kind in readings:
        groups.setdefault((r.amount.value, r.amount.currency), []).append((r, kind))
    out: list[Amount] = []
    for group in groups.values():
        paid = [rk for rk in group if rk[1] is not AmountKind.POTENTIAL]
        contingent = [rk for rk in group if rk[1] is AmountKind.POTENTIAL]
        chosen: list[tuple[AmountReading, AmountKind]]
        if paid and contingent:
            p, c = _vote(paid), _vote(contingent)
            if c[0].amount.kind is AmountKind.MILESTONE and p[1] is AmountKind.MILESTONE:
                chosen = [p]  # the milestone earned, read again in a sentence that does not prove it
            elif p[1] in {AmountKind.MILESTONE, AmountKind.EQUITY} or (c[0].cue and c[0].amount.upper_bound):
                chosen = [p, c]  # "$25 million earned now, the other $25 million later": two payments
            else:
                chosen = [_vote(group)]  # one payment read two ways
        else:
            chosen = [_vote(group)]
        for r, kind in chosen:
            a = r.amount
            out.append(
                Amount(value=a.value, currency=a.currency, kind=kind, text=a.text, upper_bound=a.upper_bound)
            )
    return tuple(out)


def deal_amounts(
    doc: Document, events: Sequence[EventType], proof: Mapping[EventType, Sequence[Sentence]]
) -> tuple[tuple[Amount, ...], list[Sentence]]:
    """Return the amounts tied to the reported events, and the sentences naming an equity investor (pure)."""
    investors: list[Sentence] = []
    readings: list[tuple[AmountReading, AmountKind]] = []
    milestone_at = {s.index for s in proof.get(EventType.MILESTONE, ())}
    if EventType.MILESTONE in events:
        for sentence in proof.get(EventType.MILESTONE, ()):
            for r in read_amounts(sentence.text):
                if (
                    r.amount.kind in {AmountKind.MILESTONE, AmountKind.OTHER, AmountKind.TOTAL}
                    and not r.amount.upper_bound
                ):
                    readings.append((r, AmountKind.MILESTONE))
    if EventType.LICENSING in events:
        for sentence in doc.sentences:
            if sentence.region not in _TERM_REGIONS or _NOT_TERMS.search(sentence.text):
                continue
            recap = [
                (c.start(), c.end())
                for c in _CLAUSE.finditer(sentence.text)
                if _recap(c.group(0), doc.published)
            ]
            if not _MONEYISH.search(sentence.text):
                continue
            for r in read_amounts(sentence.text):
                if any(a <= r.mention.start < b for a, b in recap):
                    continue
                kind = r.amount.kind
                if kind is AmountKind.MILESTONE and sentence.index not in milestone_at:
                    kind = AmountKind.POTENTIAL
                if kind is AmountKind.MILESTONE and EventType.MILESTONE not in events:
                    kind = AmountKind.POTENTIAL
                if kind is AmountKind.EQUITY and sentence not in investors:
                    investors.append(sentence)
                readings.append((r, kind))
    return _merge(readings), investors
