"""The money grammar's public face: find sums of money in a sentence and say what each is in a deal.

`find_money` reads how releases write money ("$1.5 million", "USD 20m", "EUR 12,5 Mio", "fifteen million
dollars", "$10-$15 million", "(approximately A$4.2 million)"; see `money_grammar`). `kind_for` reads the
cue words around a sum (see `amount_kinds`) to say whether it is upfront, milestone, potential, total,
equity or other money, or None when it is no deal payment at all (revenue, cash, a share price).
Whether a sum is tied to the event being reported is the caller's decision, sentence by sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from bot.classify import amount_kinds
from bot.classify.money_grammar import MoneyMention, scan
from bot.models import Amount, AmountKind

__all__ = [
    "AmountReading",
    "MoneyMention",
    "extract_amounts",
    "find_money",
    "kind_for",
    "merge_amounts",
    "read_amounts",
]


@dataclass(frozen=True, slots=True)
class AmountReading:
    """An amount read from a sentence, the sum it was read from, and the cue that decided its kind."""

    amount: Amount
    mention: MoneyMention
    # "" when no cue word decided and a default was used: money paid with nothing said about why reads
    # as upfront, "up to $X" with nothing else as a total
    cue: str


_Analysis = tuple[tuple[MoneyMention, ...], tuple[tuple[AmountKind | None, str], ...]]
_SENTENCE_LENGTH = 10_000  # longer text is no sentence: keep only the last two, so it cannot pin memory


def _scan(sentence: str) -> tuple[MoneyMention, ...]:
    return tuple(scan(sentence))


# The sums are read apart from their kinds: many sentences are only asked where their money is (a
# recap, a restatement, a sum in an earlier deal), and reading the cue words around each sum costs more
# than finding it.
_scanned = lru_cache(maxsize=512)(_scan)
_scanned_long = lru_cache(maxsize=2)(_scan)


def _mentions(sentence: str) -> tuple[MoneyMention, ...]:
    """The mentions of a sentence, found once per sentence."""
    return _scanned(sentence) if len(sentence) <= _SENTENCE_LENGTH else _scanned_long(sentence)


def _compute(sentence: str) -> _Analysis:
    mentions = _mentions(sentence)
    return mentions, tuple(amount_kinds.resolve(sentence, mentions))


_cached = lru_cache(maxsize=512)(_compute)
_cached_long = lru_cache(maxsize=2)(_compute)


def _analyse(sentence: str) -> _Analysis:
    """The mentions of a sentence and the kind and cue of each, computed once per sentence."""
    return _cached(sentence) if len(sentence) <= _SENTENCE_LENGTH else _cached_long(sentence)


# a "$" that names US dollars ("US$", "U.S. $", "$US", "USD"), not a release's own dollars
_US_NAMED = re.compile(r"U\.?S\.?\s?\$|\$\s?US\b|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)


def _in(dollar: str, mention: MoneyMention) -> MoneyMention:
    """A sum written with a bare "$" in a release whose dollars are not US dollars, in its own currency."""
    if dollar == "USD" or mention.currency != "USD" or "$" not in mention.text:
        return mention
    if _US_NAMED.search(mention.text):
        return mention
    return replace(mention, currency=dollar)


def find_money(sentence: str, dollar: str = "USD") -> list[MoneyMention]:
    """Return the sums of money written in a sentence, in order (pure; never raises on text); a bare "$"
    is `dollar` (the release's own word for its dollars)."""
    if dollar == "USD":
        return list(_mentions(sentence))
    return [_in(dollar, m) for m in _mentions(sentence)]


def kind_for(sentence: str, mention: MoneyMention) -> AmountKind | None:
    """Return what a sum is in a deal, read from the cue words around it; None if no deal payment."""
    mentions, kinds = _analyse(sentence)
    for i, m in enumerate(mentions):
        if m.start == mention.start and m.end == mention.end:
            return kinds[i][0]
    # a sum the grammar did not find itself: read it among the sums it did find
    merged = sorted(
        [*(m for m in mentions if m.end <= mention.start or m.start >= mention.end), mention],
        key=lambda m: m.start,
    )
    return amount_kinds.resolve(sentence, merged)[merged.index(mention)][0]


def read_amounts(sentence: str, dollar: str = "USD") -> list[AmountReading]:
    """Return the deal amounts of a sentence with the sum and the cue each was read from (a bare "$" is
    `dollar`)."""
    mentions, kinds = _analyse(sentence)
    out: list[AmountReading] = []
    for written, (kind, cue) in zip(mentions, kinds, strict=True):
        if kind is None:
            continue
        mention = _in(dollar, written)
        amount = Amount(
            value=mention.value,
            currency=mention.currency,
            kind=kind,
            text=mention.text,
            upper_bound=mention.upper_bound,
        )
        out.append(AmountReading(amount=amount, mention=mention, cue=cue))
    return out


def extract_amounts(sentence: str) -> list[Amount]:
    """Return the deal amounts of a sentence: find_money plus kind_for, without non-deal money."""
    return [r.amount for r in read_amounts(sentence)]


def merge_amounts(readings: Iterable[AmountReading]) -> tuple[Amount, ...]:
    """Return one amount per sum across sentences, in first-seen order, with the kind most readings give."""
    # Readings decided by a cue outvote defaults; ties go to the earliest reading. The same value read
    # with another kind is kept as a second amount only when it was written with the other bound:
    # "$50 million upfront" and "up to $50 million in milestones" are two payments, not one.
    groups: dict[tuple[Decimal, str], list[AmountReading]] = {}
    for r in readings:
        groups.setdefault((r.amount.value, r.amount.currency), []).append(r)
    out: list[Amount] = []
    for group in groups.values():
        cued = [r for r in group if r.cue] or group
        votes: dict[AmountKind, int] = {}
        for r in cued:
            votes[r.amount.kind] = votes.get(r.amount.kind, 0) + 1
        best = max(votes.values())
        winner = next(r for r in cued if votes[r.amount.kind] == best)
        out.append(winner.amount)
        kept = {winner.amount.kind}
        winner_bounds = {r.mention.upper_bound for r in cued if r.amount.kind is winner.amount.kind}
        for r in cued:
            if r.amount.kind not in kept and r.mention.upper_bound not in winner_bounds:
                kept.add(r.amount.kind)
                out.append(r.amount)
    return tuple(out)
