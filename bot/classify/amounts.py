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


# a bare figure a payment's words name, in a release that declares the unit of its figures: "a payment to
# Vittra of 38,500" (in KSEK), "an upfront payment of 50,000 and ... milestone payments of up to 420,000"
# (not a share, a year or a figure with its own unit: "of 15%", "of 2,400 patients")
_BARE_SUM = re.compile(
    r"\b(?:payments?|fees?|up-?front|milestones?|amounts?|sums?|consideration)"
    r"(?:\s+(?:to|from)\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})?"
    r"\s+(?:of|totall?ing|amounting\s+to)\s+(?P<sum>(?P<up>up\s+to\s+|approximately\s+|about\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?!(?:19|20)\d\d\b)\d{1,5}(?:\.\d+)?))"
    # (followed by the sentence's next words, not by a unit of its own)
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$|(?:from|to|and|in|as|which|with|for|upon|on|at|is|was|will|plus|payable|or|under"
    r"|by|when|after|each)\b))",
    re.IGNORECASE,
)


def _bare_sums(sentence: str, unit: tuple[str, int], found: Iterable[MoneyMention]) -> list[MoneyMention]:
    """The bare figures of a sentence that payments' words name, in the release's declared unit."""
    if not any(c.isdigit() for c in sentence):
        return []
    taken = [(m.start, m.end) for m in found]
    currency, scale = unit
    out: list[MoneyMention] = []
    for m in _BARE_SUM.finditer(sentence):
        start, end = m.start("sum"), m.end("sum")
        if any(a < end and start < b for a, b in taken):
            continue
        value = Decimal(m.group("num").replace(",", "")) * scale
        up = (m.group("up") or "").lower()
        out.append(
            MoneyMention(
                value=value,
                currency=currency,
                start=start,
                end=end,
                text=m.group("sum"),
                upper_bound=up.startswith("up"),
                approximate=bool(up) and not up.startswith("up"),
            )
        )
    return out


def find_money(sentence: str, dollar: str = "USD", unit: tuple[str, int] | None = None) -> list[MoneyMention]:
    """Return the sums of money written in a sentence, in order (pure; never raises on text); a bare "$"
    is `dollar` (the release's own word for its dollars), and a bare figure a payment's words name is in
    `unit` (the currency and scale the release declares for its figures), if any."""
    found = list(_mentions(sentence)) if dollar == "USD" else [_in(dollar, m) for m in _mentions(sentence)]
    if unit is None:
        return found
    bare = _bare_sums(sentence, unit, found)
    return sorted([*found, *bare], key=lambda m: m.start) if bare else found


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


def read_amounts(
    sentence: str, dollar: str = "USD", unit: tuple[str, int] | None = None
) -> list[AmountReading]:
    """Return the deal amounts of a sentence with the sum and the cue each was read from (a bare "$" is
    `dollar`, a bare figure a payment's words name is in `unit`: see `find_money`)."""
    mentions, kinds = _analyse(sentence)
    bare = _bare_sums(sentence, unit, mentions) if unit is not None else []
    if bare:
        mentions = tuple(sorted([*mentions, *bare], key=lambda m: m.start))
        kinds = tuple(amount_kinds.resolve(sentence, mentions))
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
