"""What a sum of money is in a deal, read from the cue words around it in its sentence.

Each cue (see `amount_cues`) belongs to the one sum it is closest to, counting words and punctuation
between them, never crossing another sum or a ";", and honouring the side a cue usually sits on. A
sum's kind is then decided from the cues it owns: the nearest strong cue names the kind, and
contingency words ("eligible", "up to", "if", "future") make upfront and milestone money `potential`.
A sum written as a conversion of the one before it ("EUR 15 million (about $16.7 million)", "$1
million, or roughly 1.4 billion won") takes that sum's kind. A price ("$12.47 per share") or a sum too
small to be a deal payment takes price words only and is never a deal amount.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.classify.amount_cues import AFTER, BEFORE, CUE_PATTERNS, RECEIPT_VERBS, TIER, Cue
from bot.classify.text import Search, gate, holds, lowered, needs
from bot.models import AmountKind

if TYPE_CHECKING:
    from bot.classify.money_grammar import MoneyMention

_HARD = re.compile(r";|\n|\s[-–—]{1,2}\s|•")
_SOFT = re.compile(r"[,:(|]")
# (", with" opens a phrase of its own: "€5m on the first anniversary, with up to €45m more in milestones")
_JOINERS = re.compile(r"\b(?:and|plus|while|whereas|but|as well as)\b|(?<=,\s)with\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_JOINERS_LOWER = lowered(_JOINERS)

# "$12.47 per share", "HK$55 apiece": a price, never a payment in a deal. "Per share" makes any sum a
# price; "each" or "per dose" only a small one ("two milestones of $10 million each" are payments).
_PER_SHARE = re.compile(
    r"\s{0,2}(?:\((?:[^()]{0,40})\)\s{0,2})?(?:per|a|an|for each)\s{1,2}"
    r"(?:share|ADS|American depositary share|ordinary share|common share)\b",
    re.IGNORECASE,
)
_PER_UNIT = re.compile(
    r"\s{0,2}(?:\((?:[^()]{0,40})\)\s{0,2})?(?:(?:per|a|an|for each)\s{1,2})?"
    r"(?:unit|dose|vial|patient|apiece|each)\b",
    re.IGNORECASE,
)
_EACH_PAYMENT = 1_000_000  # "$6,000,000 each": from this sum up, a payment made more than once, no unit price
_STOCK_MOVE = re.compile(
    r"\b(?:rose|fell|climbed|jumped|gained|dropped|closed|slid|surged|traded|tumbled|plunged|soared|sank"
    r"|slumped|rallied|opened|premarket|pre-market|after-hours|intraday|share price|stock price"
    # "Daehan shares hit the daily limit of 30% to close at KRW 41,600"
    # (not "valued at $612,500 based on the closing price": the price that values shares issued)
    r"|close\s+at|daily\s+limit|limit-up|limit\s+up)\b",
    re.IGNORECASE,
)
_SHARES_BOUGHT = re.compile(
    r"\b(?:buy|buys|bought|purchase[sd]?|subscribe[sd]?|acquire[sd]?|issue[sd]?|sell|sold)\b[^.;]{0,80}?"
    r"\b(?:shares|stock)\b",
    re.IGNORECASE,
)
# asked only whether they match a sentence (see `text.Search`)
_STOCK_MOVE_FOUND = Search(_STOCK_MOVE)
_SHARES_BOUGHT_FOUND = Search(_SHARES_BOUGHT)
# What may stand between a sum and its conversion: "EUR 15 million (about $16.7 million)", "$4 billion
# upfront (about EUR 3.8 billion)", "$1 million, or roughly 1.4 billion won", "$106 million, roughly
# SEK 1.0 billion"
_BRACKET_GAP = re.compile(r"\s{0,3}(?:[\w-]{1,20}\s{1,2}){0,2}[(\[]\s{0,3}(?:i\.e\.,?\s{0,2}|or\s{1,2})?")
_OR_GAP = re.compile(
    r"\s{0,2}(?:,\s{0,2}(?:or\s{1,2}|i\.e\.,?\s{0,2})?|or\s{1,2}|/\s{0,2}|=\s{0,2})"
    # "$200 million, equal to about RMB 1.45 billion", "USD 8 million in full, equivalent to approximately RMB
    # 56.72 million"
    r"|(?:\s{1,2}[\w-]{1,12}){0,2}?,?\s{0,2}(?:(?:which\s+is\s+)?(?:equal|equivalent)\s+to|equating\s+to)\s{1,2}"
)
# A scale written with the number ("$1.5 million", "USD20m", "MSEK 125"); a currency code's letters
# ("SEK", "DKK") are no scale.
_SCALE_WORD = re.compile(
    r"\d\s{0,2}(?:[mb]n|mln|bln|mio|mrd|mm|[mbk]|million|billion|thousand|trillion)\b"
    r"|\b(?:million|billion|thousand|trillion)\b|\b[MBKT](?:USD|EUR|GBP|SEK|DKK|NOK|CHF)\b",
    re.IGNORECASE,
)

# Words that link a noun to the sum it names: "payment of", "fees totaling", "valued at", "is"
_LINK = re.compile(
    r"\s{0,3}(?:(?:of|totall?ing|amounting to|amounts to|worth|equal to|equivalent to|in the amount of"
    # ("milestone payments not exceeding USD 186 million")
    r"|valued at|at|is|was|were|will be|would be|not exceeding|not to exceed|no more than|:|=|[-–—])"
    r"\s{1,3}){1,3}",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"\s{0,2}[)\]]")
# "a $60 million milestone, roughly 80 billion won": the sum's noun, then an approximate restatement
_NOUN_COMMA_GAP = re.compile(
    r"\s{1,2}(?:(?:upfront|up-front|milestone|option|licen[cs]e|exercise)\s{1,2})?(?:payments?|fees?|milestones?"
    r"|upfront|up-front)\s{0,2},\s{0,2}(?:or\s{1,2})?",
    re.IGNORECASE,
)
# "EUR 20 million upfront, equivalent to about RMB 149 million": the sum's noun, then a restatement said so
_NOUN_EQUAL_GAP = re.compile(
    _NOUN_COMMA_GAP.pattern + r"(?:which\s+is\s+)?(?:equal|equivalent)\s+to\s{1,2}",
    re.IGNORECASE,
)
# "(¥2.5 billion; approximately US$16.8 million)": a second restatement inside the same brackets
_INNER_SEMICOLON = re.compile(r"\s{0,2};\s{0,2}")

_SMALLEST_PAYMENT = Decimal(10_000)  # below this a sum is a price or a fee per unit, not a deal payment


# _Hit and _Owned are plain classes, not frozen dataclasses: compiled, a plain class is built natively,
# where a frozen dataclass runs its generated Python __init__; a money sentence makes dozens of each


class _Hit:
    """A cue word found in a sentence, with how its rule reads it (never changed)."""

    def __init__(
        self, cue: Cue, start: int, end: int, text: str, side: str, reach: int, strict: bool
    ) -> None:
        self.cue = cue
        self.start = start
        self.end = end
        self.text = text
        self.side = side
        self.reach = reach
        self.strict = strict


# ("including development, regulatory and sales-linked milestones": the words may be a list)
_INCLUDING = re.compile(
    r"\b(?:including|includes|inclusive\s+of)\s+(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,5}$", re.IGNORECASE
)


# a deal's whole value named, then what it includes set off by a comma: "the total value of the contract, "
_WHOLE_BEFORE = re.compile(
    r"\b(?:total|aggregate|overall|combined)\s+(?:potential\s+)?(?:deal\s+|contract\s+|transaction\s+)?"
    r"(?:value|consideration|size)\b[^.;,$€£¥]{0,40},\s*$",
    re.IGNORECASE,
)


class _Owned:
    """A cue word given to a sum, and how far from it it stands (never changed)."""

    def __init__(self, cue: Cue, text: str, distance: float, side: str, start: int, end: int) -> None:
        self.cue = cue
        self.text = text
        self.distance = distance
        self.side = side  # where the cue sits relative to its sum: "before" or "after"
        self.start = start
        self.end = end


# the words each cue pattern needs: on an ASCII sentence a pattern runs only where they are, and there it
# runs as rewritten for the lower-cased sentence (see `text.lowered`), when it can be
_GATED_CUES = tuple((rule, regex, lowered(regex), gate(needs(regex))) for rule, regex in CUE_PATTERNS)


def _cue_hits(sentence: str) -> list[_Hit]:
    """Cue words in the sentence, the longest one winning where two overlap."""
    lower = sentence.lower() if sentence.isascii() else None
    hits: list[_Hit] = []
    for rule, regex, lower_regex, need in _GATED_CUES:
        if lower is None:
            found = regex.finditer(sentence)
        elif not holds(sentence, lower, need):
            continue
        elif lower_regex is not None:
            found = lower_regex.finditer(lower)
        else:
            found = regex.finditer(sentence)
        for m in found:
            start, end = m.span()
            hits.append(_Hit(rule.cue, start, end, sentence[start:end], rule.side, rule.reach, rule.strict))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    cursor = -1
    for h in hits:
        if h.start >= cursor:
            chosen.append(h)
            cursor = h.end
    return chosen


class _Positions:
    """Where the words, commas, joiners and hard breaks of a sentence are, to count what lies between."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.words = [m.start() for m in _WORD.finditer(sentence)]
        self.soft = [m.start() for m in _SOFT.finditer(sentence)]
        if _JOINERS_LOWER is not None and sentence.isascii():  # read in the lower-cased copy (`text.lowered`)
            self.joiners = [m.start() for m in _JOINERS_LOWER.finditer(sentence.lower())]
        else:
            self.joiners = [m.start() for m in _JOINERS.finditer(sentence)]
        self.hard = [m.start() for m in _HARD.finditer(sentence)]

    @staticmethod
    def _count(points: list[int], lo: int, hi: int) -> int:
        return bisect_left(points, hi) - bisect_left(points, lo) if hi > lo else 0

    def distance(self, lo: int, hi: int) -> float | None:
        """Words between two points, plus a cost for each comma and joiner; None across a hard break."""
        if self._count(self.hard, lo, hi):
            return None
        return (
            self._count(self.words, lo, hi)
            + 1.5 * self._count(self.soft, lo, hi)
            + self._count(self.joiners, lo, hi)
        )


@dataclass(slots=True)
class _Group:
    """A sum and the conversions written right after it ("EUR 15 million (about $16.7 million)")."""

    base: int  # index of the sum in the sentence's mentions
    start: int
    end: int
    inert: bool  # a price or a tiny sum: it takes price words but no deal cues


class _Facts:
    """Facts about a whole sentence, each searched for at most once however many sums it holds."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self._stock_move: bool | None = None
        self._shares_bought: bool | None = None

    @property
    def stock_move(self) -> bool:
        """True when the sentence reports a share price move ("shares rose 6% to $48.60")."""
        if self._stock_move is None:
            self._stock_move = _STOCK_MOVE_FOUND.found(self.sentence)
        return self._stock_move

    @property
    def shares_bought(self) -> bool:
        """True when the sentence has shares bought, issued or subscribed."""
        if self._shares_bought is None:
            self._shares_bought = _SHARES_BOUGHT_FOUND.found(self.sentence)
        return self._shares_bought


def _is_inert(facts: _Facts, mention: MoneyMention) -> bool:
    """True for a price ("$12.47 per share", "rose to $48.60") or a sum too small to be a deal payment."""
    unscaled = _SCALE_WORD.search(mention.text) is None
    if unscaled and mention.value < _SMALLEST_PAYMENT:
        return True
    sentence, end = facts.sentence, mention.end
    if _PER_SHARE.match(sentence, end, min(len(sentence), end + 60)) is not None:
        return True
    per_unit = _PER_UNIT.match(sentence, end, min(len(sentence), end + 60)) if unscaled else None
    # (not "two guaranteed payments of $6,000,000 each": a payment of millions written in figures)
    if per_unit is not None and not (
        per_unit.group(0).strip().lower() == "each" and mention.value >= _EACH_PAYMENT
    ):
        return True
    return unscaled and facts.stock_move


def _converts(sentence: str, group: _Group, prev: MoneyMention, mention: MoneyMention) -> int | None:
    """Where the group ends if `mention` restates the group's sum in another currency, else None."""
    if mention.start - group.end > 40:
        return None
    bracket = _BRACKET_GAP.fullmatch(sentence, group.end, mention.start)
    if bracket is None:
        other = _OR_GAP.fullmatch(sentence, group.end, mention.start)
        if other is not None and other.group(0).strip() == "," and not mention.approximate:
            # "payments of US$60 million, GBP 12 million in Kestrel Peak shares and ...": a list's next
            # item, not the sum restated (which says it is about as much: "US$60 million, about GBP 47
            # million")
            other = None
        if other is None and mention.approximate:
            # "a $60 million milestone, roughly 80 billion won": the sum's noun, then an approximate one
            other = _NOUN_COMMA_GAP.fullmatch(sentence, group.end, mention.start)
        if other is None:
            other = _NOUN_EQUAL_GAP.fullmatch(sentence, group.end, mention.start)
        if other is None:
            opened = sentence[group.start : group.end]
            if opened.count("(") > opened.count(")"):
                other = _INNER_SEMICOLON.fullmatch(sentence, group.end, mention.start)
        if other is None or prev.currency == mention.currency:
            return None
    close = _CLOSING.match(sentence[mention.end : mention.end + 3])
    return mention.end + (close.end() if close else 0)


def _groups(facts: _Facts, mentions: Sequence[MoneyMention]) -> tuple[list[_Group], list[int]]:
    """Group each conversion with the sum it converts; returns the groups and each mention's group."""
    groups: list[_Group] = []
    owner: list[int] = []
    for i, m in enumerate(mentions):
        # (another sum in the currency the group began in is no conversion of it: "US$8 million (A$12.4
        # million), up to US$150 million in milestones"; the same sum written again is: "2.5 billion Japanese
        # yen (¥2.5 billion; approximately US$16.8 million)")
        base = mentions[groups[-1].base] if groups else m
        if groups and not groups[-1].inert and (base.currency != m.currency or base.value == m.value):
            end = _converts(facts.sentence, groups[-1], mentions[i - 1], m)
            if end is not None:
                groups[-1].end = end
                owner.append(len(groups) - 1)
                continue
        groups.append(_Group(base=i, start=m.start, end=m.end, inert=_is_inert(facts, m)))
        owner.append(len(groups) - 1)
    return groups, owner


def _nearest(
    hit: _Hit, groups: list[_Group], starts: list[int], pos: _Positions
) -> tuple[float, int, str] | None:
    """The group a cue belongs to: (distance, group index, side of the cue), or None when too far."""
    i = bisect_left(starts, hit.end)  # first group starting at or after the cue's end
    if i > 0 and groups[i - 1].end > hit.start:
        return 0.0, i - 1, AFTER  # a cue among a sum's own words ("$4 billion upfront (about ...)")
    options: list[tuple[float, int, str]] = []
    if i > 0 and not (hit.strict and hit.side == BEFORE):
        d = pos.distance(groups[i - 1].end, hit.start)
        if d is not None and d <= hit.reach:
            options.append((d + (3 if hit.side == BEFORE else 0), i - 1, AFTER))
    if i < len(groups) and not (hit.strict and hit.side == AFTER):
        d = pos.distance(hit.end, groups[i].start)
        if d is not None and _LINK.fullmatch(pos.sentence, hit.end, groups[i].start):
            d = 0.0  # "a milestone payment of $5 million": the cue names the sum it links to
        if d is not None and d <= hit.reach:
            options.append((d + (3 if hit.side == AFTER else 0), i, BEFORE))
    if not options:
        return None
    # on a tie a verb goes to the money after it, anything else to the money before it
    return min(options, key=lambda o: (o[0], (o[2] == BEFORE) != (hit.side == BEFORE)))


def _attach(sentence: str, groups: list[_Group]) -> list[list[_Owned]]:
    """Give each cue to the sum it belongs to; a price takes only price words."""
    pos = _Positions(sentence)
    owned: list[list[_Owned]] = [[] for _ in groups]
    active = [k for k, g in enumerate(groups) if not g.inert]
    active_groups = [groups[k] for k in active]
    all_starts = [g.start for g in groups]
    active_starts = [g.start for g in active_groups]
    for hit in _cue_hits(sentence):
        if hit.cue is Cue.IGNORE:
            continue
        if hit.cue is Cue.PRICE:
            found = _nearest(hit, groups, all_starts, pos)
            index = None if found is None else found[1]
        else:
            found = _nearest(hit, active_groups, active_starts, pos)
            index = None if found is None else active[found[1]]
        if found is not None and index is not None:
            owned[index].append(_Owned(hit.cue, hit.text, found[0], found[2], hit.start, hit.end))
    return owned


_MODIFIER_ONLY = re.compile(r"(?:up-?front|up front|initial|signing|option)\Z", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s{0,2}(?:,\s{0,2}(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|/\s{0,2})")
# the next item of a list whose sums stand in brackets after each item: "), nomination of a candidate ("
_BRACKETED_LIST_GAP = re.compile(
    r"\s{0,2}\)\s{0,2}(?:,\s{0,2}(?:and\s+)?|and\s+)[^()\d$€£¥;:.]{1,90}\(\s{0,2}"
)
_WHEN_EXPECTED = re.compile(r"expects?\s+to|expected\s+to", re.IGNORECASE)
_NEAR_TERM_AFTER = re.compile(r"\s{0,2}(?:and|&|plus|/)\s{0,2}near[-\s]term\b", re.IGNORECASE)
# the same, with up to two words qualifying the next item ("upfront and near-term milestone payments")
# (a verb opens a clause of its own: "$112 million upfront and books GSK milestone" names two payments)
_LIST_GAP_QUALIFIED = re.compile(
    _LIST_GAP.pattern
    + r"(?:(?!(?:the|a|an|its|their|any|all|books?|triggers?|adds?|takes?|"
    + RECEIPT_VERBS
    + r")\b)[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


# nothing, or only the sum restated in brackets, between a sum and the word after it
_SUM_WORD_GAP = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?")
_WHOLE_DEAL = re.compile(
    r"\b(?:bring|brings|bringing|take|takes|taking) the (?:deal|transaction)\b", re.IGNORECASE
)


def _mixed(sentence: str, cues: list[_Owned], *, contingent: bool, sum_end: int) -> bool:
    """True when one noun phrase names paid-now and later money ("in upfront and milestone payments")."""
    now = [c for c in cues if c.cue is Cue.UPFRONT or (c.cue is Cue.OPTION and not contingent)]
    later = [c for c in cues if c.cue is Cue.MILESTONE or (c.cue is Cue.OPTION and contingent)]
    for a in now:
        if _MODIFIER_ONLY.search(a.text) is None:
            continue  # "an upfront payment plus milestones": two payments, not one subtotal
        if a.cue is Cue.UPFRONT and _NEAR_TERM_AFTER.match(sentence, a.end) is not None:
            return True  # "$200 million upfront and near-term": paid now and soon, in one sum
        if (
            a.cue is Cue.UPFRONT
            and a.start >= sum_end
            and _SUM_WORD_GAP.fullmatch(sentence, sum_end, a.start) is not None
        ):
            # "for $200 million upfront and milestones that could exceed ...", "paying US$18 million (about
            # A$25.4 million) upfront, with further payments ...": the sum is upfront
            continue
        for b in later:
            if b.start >= a.end and _LIST_GAP_QUALIFIED.fullmatch(sentence, a.end, b.start) is not None:
                return True
    return False


def _is_plural(text: str) -> bool:
    """True for "milestones" or "milestone payments": contingent terms unless said to be earned."""
    words = text.lower().split()
    last = words[-1] if words else ""
    return last.endswith("s") and not last.endswith("ss")


# an event named right after a sum: "up to $6.0 million on Japanese approval", "on first commercial launch"
_ON_EVENT_AFTER = re.compile(
    r"\s{1,2}(?:on|upon|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:approvals?|launch(?:es)?|acceptance|dosing"
    r"|achievement|filings?|registration)\b",
    re.IGNORECASE,
)


def _decide(facts: _Facts, mention: MoneyMention, cues: list[_Owned]) -> tuple[AmountKind | None, str]:
    """The kind of one sum from the cues it owns, and the cue that decided it ("" for a default)."""
    tied = any(c.cue is Cue.TIED for c in cues)
    achieved = any(c.cue is Cue.ACHIEVED for c in cues)
    # "triggers a milestone payment of $15 million, which the company expects to receive in the second
    # quarter": when a payment is expected, not whether it is owed
    contingent = mention.upper_bound or any(
        c.cue is Cue.CONTINGENT
        and not (achieved and c.side == AFTER and _WHEN_EXPECTED.fullmatch(c.text) is not None)
        for c in cues
    )
    kinds = [c for c in cues if c.cue in TIER]
    if not kinds:
        # "licensing X to Y for up to $915 million": a headline value (not "up to $22 million in payments
        # linked to annual net sales thresholds": money tied to events to come, nor "up to $6.0 million on
        # Japanese approval": money an event to come brings)
        if (
            mention.upper_bound
            and not tied
            and not any(c.cue is Cue.CONTINGENT for c in cues)
            and _ON_EVENT_AFTER.match(facts.sentence, mention.end) is None
        ):
            return AmountKind.TOTAL, ""
        if contingent or tied:
            return AmountKind.POTENTIAL, ""
        return None, ""
    best = min(kinds, key=lambda c: (TIER[c.cue], c.distance))
    including = (
        _INCLUDING.search(facts.sentence, max(0, best.start - 80), best.start)
        if best.cue is Cue.MILESTONE
        else None
    )
    if including is not None:
        # "the total deal could reach 1.1 trillion won including development and sales milestones": the
        # milestones are what the total includes, and the total names the sum
        total = next((c for c in kinds if c.cue is Cue.TOTAL), None)
        if total is not None:
            best = total
        else:
            # "the total value of the contract, including development ... milestones, is up to 1.2 trillion
            # won": the whole, named before the words on what it includes
            whole = _WHOLE_BEFORE.search(facts.sentence, max(0, including.start() - 80), including.start())
            if whole is not None:
                return AmountKind.TOTAL, whole.group(0)
    if best.cue is Cue.TOTAL and best.side == BEFORE:
        # "a licence worth $14 million upfront": the word right after the sum says what it is
        best = next(
            (
                c
                for c in kinds
                if c.cue is Cue.UPFRONT
                and c.start >= mention.end
                and not facts.sentence[mention.end : c.start].strip()
            ),
            best,
        )
    # "payments of US$60 million, GBP 12 million in Kestrel Peak shares and up to US$975 million in
    # milestones": the words right after a sum say it is paid in shares, whatever list it stands in
    in_shares = next(
        (
            c
            for c in kinds
            if c.cue is Cue.EQUITY
            and c.text[:3].lower() == "in "
            and c.start >= mention.end
            and not facts.sentence[mention.end : c.start].strip()
        ),
        None,
    )
    if in_shares is not None:
        return AmountKind.EQUITY, in_shares.text
    tier1 = [c for c in kinds if TIER[c.cue] == 1]
    if best.cue not in {Cue.NONE, Cue.PRICE} and _mixed(
        facts.sentence, tier1, contingent=contingent, sum_end=mention.end
    ):
        return AmountKind.TOTAL, best.text
    # a condition after the sum sets when it is paid ("a $12.5 million exercise fee upon selection of a
    # capsid"); one before it may tell what has happened ("Upon exercise of the option, Acme received")
    tied_after = any(c.cue is Cue.TIED and c.side == AFTER for c in cues)
    # "may earn up to $271 million in a license fee and milestone payments if ...": a cap on money that
    # may come, whatever it is paid as
    capped = mention.upper_bound and any(c.cue is Cue.CONTINGENT for c in cues)
    return _kind_of(
        best,
        facts=facts,
        tier1=tier1,
        contingent=contingent,
        tied=tied,
        tied_after=tied_after,
        achieved=achieved,
        capped=capped,
    )


# cues that put money paid now, or a whole deal, in a sentence: a subtotal beside them is no milestones' alone
_PAID_NOW_OR_DEAL = frozenset({Cue.UPFRONT, Cue.EQUITY, Cue.OTHER, Cue.DEAL})
# the words of a subtotal, not of a deal's value: "totalling up to", "in aggregate", "combined"
_SUBTOTAL_WORD = re.compile(r"(?:totall?ing|aggregating|in total|in aggregate|combined)\b", re.IGNORECASE)


def _kind_of(
    best: _Owned,
    *,
    facts: _Facts,
    tier1: list[_Owned],
    contingent: bool,
    tied: bool,
    tied_after: bool,
    achieved: bool,
    capped: bool,
) -> tuple[AmountKind | None, str]:
    """Turn the deciding cue into a kind, letting contingency words make paid-now money potential."""
    cue = best.cue
    result: AmountKind | None
    if cue is Cue.NONE or cue is Cue.PRICE:
        result = None
    elif cue in {Cue.TOTAL, Cue.DEAL, Cue.PARTS}:
        parts = {c.cue for c in tier1}
        # ("a deal worth up to KRW 1.2 trillion ... including milestones", "Including development,
        # regulatory and commercial milestones, the deal is worth up to 1.2 trillion won": milestones named as
        # included in a deal's value are a part of it, and the deal is the total)
        later_parts = [c for c in tier1 if c.cue is Cue.MILESTONE]
        included = bool(later_parts) and all(
            _INCLUDING.search(facts.sentence, max(0, c.start - 80), c.start) is not None for c in later_parts
        )
        only_later = (Cue.MILESTONE in parts and not included) or (Cue.OPTION in parts and contingent)
        if not only_later and _SUBTOTAL_WORD.match(best.text) is not None:
            if tied_after:
                # "Stage payments: up to RMB 100 million in total, paid upon obtaining the clinical trial
                # approval ...": a subtotal of payments still tied to events
                only_later = True
            else:
                # "Sales milestones: five tiers ranging from $5 million to $40 million per tier, totalling up
                # to $110 million": a subtotal of the milestones its sentence lists, whichever sum owns their
                # name
                found = {h.cue for h in _cue_hits(facts.sentence)}
                only_later = Cue.MILESTONE in found and found.isdisjoint(_PAID_NOW_OR_DEAL)
        paid_now = bool(parts & {Cue.UPFRONT, Cue.EQUITY, Cue.OTHER}) or (
            Cue.OPTION in parts and not contingent
        )
        # a subtotal of contingent payments alone is potential, not a headline value; but "further
        # milestones bringing the deal to up to $1.7 billion" names the whole deal's value
        whole = _WHOLE_DEAL.search(best.text) is not None
        result = AmountKind.POTENTIAL if only_later and not paid_now and not whole else AmountKind.TOTAL
    elif cue is Cue.UPFRONT:
        # "upon execution of the licence, which the parties expect to sign": paid later, if at all
        result = AmountKind.POTENTIAL if contingent and (best.distance > 2 or capped) else AmountKind.UPFRONT
    elif cue is Cue.OPTION:
        # "a $12.5 million exercise fee upon selection of a capsid": paid if the option is taken up
        result = AmountKind.POTENTIAL if contingent or (tied_after and not achieved) else AmountKind.UPFRONT
    elif cue is Cue.CASH:
        result = AmountKind.POTENTIAL if contingent else AmountKind.UPFRONT
    elif cue is Cue.MILESTONE:
        later = contingent or (tied and not achieved) or (_is_plural(best.text) and not achieved)
        result = AmountKind.POTENTIAL if later else AmountKind.MILESTONE
    elif cue is Cue.EQUITY or cue is Cue.SHARES:
        # "entitled to up to $25.0 million, 55% of which would be paid through a further equity purchase":
        # a cap on money that may come, part of it in shares
        result = AmountKind.POTENTIAL if capped else AmountKind.EQUITY
    elif cue is Cue.OTHER or cue is Cue.INSTALMENT:
        result = AmountKind.OTHER
    elif cue is Cue.PROCEEDS:
        result = AmountKind.EQUITY if facts.shares_bought else None
    elif cue is Cue.ACHIEVED:
        result = AmountKind.POTENTIAL if contingent else AmountKind.MILESTONE
    else:  # Cue.PAID: money changing hands with nothing said about why
        if achieved and not contingent:
            # "will pay the C$6.0 million that came due on completion of the Phase 2 study": owed for an event
            return AmountKind.MILESTONE, ""
        return (AmountKind.POTENTIAL if contingent or tied else AmountKind.UPFRONT), ""
    return result, best.text


def resolve(sentence: str, mentions: Sequence[MoneyMention]) -> list[tuple[AmountKind | None, str]]:
    """Kind and deciding cue of each mention, in order; a conversion takes the kind of the sum it converts."""
    if not mentions:
        return []
    facts = _Facts(sentence)
    groups, owner = _groups(facts, mentions)
    owned = _attach(sentence, groups)
    decided = [
        (None, "") if g.inert else _decide(facts, mentions[g.base], owned[k]) for k, g in enumerate(groups)
    ]
    out: list[tuple[AmountKind | None, str]] = []
    for i, mention in enumerate(mentions):
        k = owner[i]
        # a conversion carries no cues of its own: it is what the sum it converts is, unless it is a price
        small = groups[k].base != i and _is_inert(facts, mention)
        kind = (None, "") if small else decided[k]
        if (
            kind == (None, "")
            and out
            and out[-1][0] is not None
            and not groups[k].inert
            and (
                _LIST_GAP.fullmatch(sentence, mentions[i - 1].end, mention.start) is not None
                or _BRACKETED_LIST_GAP.fullmatch(sentence, mentions[i - 1].end, mention.start) is not None
            )
        ):
            # "milestones of $10 million and $7.5 million", "three milestones: first dosing ($12 million),
            # nomination of a candidate ($6 million) and ...": a list shares its noun
            kind = out[-1]
        elif (
            kind == (None, "")
            and out
            and out[-1][0] is AmountKind.MILESTONE
            and not groups[k].inert
            and _PARALLEL_GAP.fullmatch(sentence, mentions[i - 1].end, mention.start) is not None
            and _PAYMENT_AFTER.match(sentence, mention.end) is not None
        ):
            # "has triggered a $5 million milestone to Aurin Pharma and an A$1.8 million payment to the
            # Fenwick Institute": the same verb's second object, a payment earned by the same event
            kind = out[-1]
        elif (
            kind[0] is AmountKind.TOTAL
            and out
            and out[-1][0] in _REPEATABLE
            and _SUBTOTAL_WORD.match(kind[1]) is not None
            and _EACH_PERIOD.match(sentence, mentions[i - 1].end, mention.start) is not None
            # (not "GBP 2 million upfront and a further GBP 1 million on each anniversary, for GBP 4 million
            # in total": a sum of two kinds)
            and all(o[0] is None or o[0] is out[-1][0] for o in out[:-1])
        ):
            # "research funding of up to $4 million per year for two years, up to $8 million in total", "two
            # payments of $6,000,000 each ... ($12,000,000 in aggregate)": the sum of a repeated payment is
            # that payment's kind
            kind = (out[-1][0], kind[1])
        out.append(kind)
    return out


# a sum told as paid again and again: "each", "per year", "a year", "annually"
_EACH_PERIOD = re.compile(
    r"\s{0,2}(?:each|per\s+(?:year|annum|quarter)|a\s+year|annually|every\s+year)\b", re.IGNORECASE
)
_REPEATABLE = frozenset({AmountKind.OTHER, AmountKind.POTENTIAL, AmountKind.EQUITY})


# the words between a milestone named with its payee and a second sum the same verb governs
_PARALLEL_GAP = re.compile(
    r"\s{1,3}(?:[\w-]+\s+){0,2}?(?:milestones?|payments?|fees?)\s+(?:payable\s+|owed\s+|due\s+)?(?:to|from)\s+"
    r"[^,;.$€£¥()]{1,60}?\s+and\s+(?:an?\s+|the\s+)?(?:separate\s+|further\s+|additional\s+|second\s+)?",
    re.IGNORECASE,
)
_PAYMENT_AFTER = re.compile(
    r"\s{1,3}(?:[\w-]+\s+)?(?:payments?|fees?)\s+(?:payable\s+|owed\s+|due\s+)?(?:to|from)\b", re.IGNORECASE
)
