"""The keyword filter a generic feed tool offers, with `classify`'s shape, to show beside DealWire.

It reports an event whenever its keyword appears anywhere ("milestone", "IND" or "investigational new
drug", "licens"/"licenc"), takes the first "$N million" as the amount and the headline's first
capitalised words as the company. It is deliberately what such tools do, not a straw man.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence

__all__ = ["classify"]

_KEYWORDS = (
    (EventType.MILESTONE, re.compile(r"milestone", re.IGNORECASE)),
    (EventType.IND, re.compile(r"\bIND\b|investigational new drug", re.IGNORECASE)),
    (EventType.LICENSING, re.compile(r"licen[cs]", re.IGNORECASE)),
)
_DOLLARS = re.compile(r"\$\s?(\d{1,4}(?:\.\d{1,3})?)\s?(million|billion|m|bn)\b", re.IGNORECASE)
_TICKER = re.compile(r"\((NASDAQ|NYSE)\s?:\s?([A-Z]{1,5})\)", re.IGNORECASE)
_COMPANY = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}")
_SENTENCE = re.compile(r"[^.!?\n]{1,400}")


def classify(entry: Entry, *, known_names: Sequence[str] = ()) -> Classification:
    """Return what a keyword filter would say about an entry (pure; never raises)."""
    text = "\n".join((entry.title, entry.summary, entry.body))[:1_000_000]
    events: list[EventType] = []
    evidence: list[Evidence] = []
    for event, pattern in _KEYWORDS:
        m = pattern.search(text)
        if m is not None:
            events.append(event)
            s = _SENTENCE.search(text, max(0, m.start() - 200))
            evidence.append(
                Evidence(event=event, rule=f"keyword.{event.value}", sentence=s.group(0) if s else "")
            )
    amounts: tuple[Amount, ...] = ()
    money = _DOLLARS.search(text)
    if events and money is not None:
        scale = 10**9 if money.group(2).lower() in {"billion", "bn"} else 10**6
        value = (Decimal(money.group(1)) * scale).normalize()
        kind = AmountKind.MILESTONE if EventType.MILESTONE in events else AmountKind.UPFRONT
        amounts = (Amount(value=value, currency="USD", kind=kind, text=money.group(0)),)
    company = _COMPANY.search(entry.title)
    tickers = tuple(
        dict.fromkeys(f"{m.group(1).upper()}:{m.group(2).upper()}" for m in _TICKER.finditer(text))
    )
    return Classification(
        events=tuple(events),
        company=company.group(0) if company else None,
        tickers=tickers,
        amounts=amounts,
        evidence=tuple(evidence),
    )
