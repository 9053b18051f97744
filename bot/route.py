"""Routing: which watch lists a classified release goes to, and the words that say why (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache

from bot.models import Classification, Entry, EventType, RouteMatch, Watchlist
from bot.money import format_money, to_usd

# Legal-form words that say nothing about which company is meant. Forms that do tell companies
# apart (Merck KGaA vs Merck & Co.) are deliberately absent.
_LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "ltd", "limited", "plc", "ag", "sa", "nv", "bv",
        "gmbh", "co", "company", "llc", "lp", "holdings", "holding", "se", "as", "asa", "ab", "oyj",
        "spa", "srl", "pty", "kk",
    }
)  # fmt: skip
# Exchange names as newswires spell them, reduced to letters, mapped to one code per exchange.
_EXCHANGES = {
    "NASDAQGS": "NASDAQ",
    "NASDAQGM": "NASDAQ",
    "NASDAQCM": "NASDAQ",
    "NASDAQGLOBALSELECT": "NASDAQ",
    "NASDAQGLOBALSELECTMARKET": "NASDAQ",
    "NASDAQGLOBALMARKET": "NASDAQ",
    "NASDAQCAPITALMARKET": "NASDAQ",
    "NASDAQSTOCKMARKET": "NASDAQ",
    "NYSEAMERICAN": "NYSEAMERICAN",
    "NYSEMKT": "NYSEAMERICAN",
    "NYSEAMEX": "NYSEAMERICAN",
    "AMEX": "NYSEAMERICAN",
    "ARCA": "NYSEARCA",
    "OTCQX": "OTC",
    "OTCQB": "OTC",
    "OTCPINK": "OTC",
    "OTCBB": "OTC",
    "OTCMARKETS": "OTC",
    "PINK": "OTC",
    "TSXVENTURE": "TSXV",
    "CVE": "TSXV",
    "LON": "LSE",
    "HKSE": "HKEX",
    "SEHK": "HKEX",
    "HKG": "HKEX",
    "SWX": "SIX",
}
_MAX_SHOWN = 3


@dataclass(frozen=True, slots=True)
class RouteDecision:
    """Whether one watch list takes a release, and why or why not."""

    watchlist: str
    channel: str
    matched: bool
    reason: str


def company_key(name: str) -> tuple[str, ...]:
    """Return a company name as comparable words: case, accents, punctuation and legal form dropped."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ")
    # Dots, apostrophes and slashes join letters (N.V., A/S, L'Oréal); other punctuation separates words.
    text = re.sub(r"[.'’/]", "", text)
    words = re.findall(r"[^\W_]+", text)
    if words and words[0] == "the":
        words = words[1:]
    core = list(words)
    while core and (core[-1] in _LEGAL_SUFFIXES or core[-1] == "and"):
        core.pop()
    return tuple(core) if core else tuple(words)


def company_matches(wanted: str, name: str) -> bool:
    """True when name starts with the words of wanted ('Amgen' ~ 'Amgen Inc.', not 'Amgenix')."""
    want, have = company_key(wanted), company_key(name)
    return bool(want) and have[: len(want)] == want


def ticker_key(ticker: str) -> tuple[str, str]:
    """Return (exchange code or '', symbol) with exchange aliases reduced to one code."""
    text = ticker.strip().upper()
    exchange, _, symbol = text.rpartition(":")
    exchange = re.sub(r"[^A-Z]", "", exchange)
    return _EXCHANGES.get(exchange, exchange), re.sub(r"\s+", "", symbol)


def _ticker_text(key: tuple[str, str]) -> str:
    return f"{key[0]}:{key[1]}" if key[0] else key[1]


def tickers_match(wanted: str, ticker: str) -> bool:
    """True when the symbols agree and the exchanges do too (a missing exchange matches any)."""
    (want_exchange, want_symbol), (exchange, symbol) = ticker_key(wanted), ticker_key(ticker)
    if not want_symbol or want_symbol != symbol:
        return False
    return not want_exchange or not exchange or want_exchange == exchange


@lru_cache(maxsize=1024)
def _keyword_pattern(keyword: str) -> re.Pattern[str] | None:
    words = [re.escape(word) for word in re.split(r"[\s\-‐‑–]+", keyword.strip()) if word]
    if not words:
        return None
    # Whole words only; inside a phrase, spaces and hyphens are interchangeable.
    return re.compile(r"(?<!\w)" + r"[\s\-‐‑–]+".join(words) + r"(?!\w)", re.IGNORECASE)


def keyword_found(keyword: str, text: str) -> bool:
    """True when the keyword (a word or phrase) occurs as whole words in text, ignoring case."""
    pattern = _keyword_pattern(keyword)
    return pattern is not None and pattern.search(text) is not None


def _usd(value: Decimal) -> str:
    return format_money(value, "USD")


def _listing(items: Sequence[str]) -> str:
    shown = ", ".join(items[:_MAX_SHOWN])
    return shown if len(items) <= _MAX_SHOWN else f"{shown} +{len(items) - _MAX_SHOWN} more"


def _events_text(events: Sequence[EventType], joiner: str) -> str:
    return joiner.join(event.value for event in events)


def _who_hits(watchlist: Watchlist, *, entry: Entry, classification: Classification) -> list[str]:
    hits: list[str] = []
    for wanted in watchlist.companies:
        if classification.company and company_matches(wanted, classification.company):
            hits.append(f"company {wanted}")
        elif any(company_matches(wanted, partner) for partner in classification.partners):
            hits.append(f"company {wanted} is a partner")
        elif classification.company is None and entry.issuer and company_matches(wanted, entry.issuer):
            # The classifier named no company; the wire's own issuer field is the next best witness.
            hits.append(f"company {wanted} is the issuer")
    for wanted in watchlist.tickers:
        if any(tickers_match(wanted, ticker) for ticker in classification.tickers):
            hits.append(f"ticker {_ticker_text(ticker_key(wanted))}")
    if watchlist.keywords:
        text = "\n".join((entry.title, entry.summary, entry.body))
        hits.extend(f"keyword '{kw}'" for kw in watchlist.keywords if keyword_found(kw, text))
    return hits


def _who_misses(watchlist: Watchlist) -> str:
    parts: list[str] = []
    if watchlist.companies:
        parts.append(f"{_listing(watchlist.companies)} not named")
    if watchlist.tickers:
        parts.append(f"{_listing([_ticker_text(ticker_key(t)) for t in watchlist.tickers])} not listed")
    if watchlist.keywords:
        noun = "keyword" if len(watchlist.keywords) == 1 else "keywords"
        quoted = [f"'{kw}'" for kw in watchlist.keywords]
        parts.append(f"{noun} {_listing(quoted)} not found")
    return "; ".join(parts)


def _decide(
    watchlist: Watchlist,
    *,
    entry: Entry,
    classification: Classification,
    usd_rates: Mapping[str, Decimal],
    now: datetime,
) -> tuple[bool, str]:
    if watchlist.muted_until is not None and watchlist.muted_until > now:
        return False, f"muted until {watchlist.muted_until.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    if not classification.is_event:
        return False, "not a deal event"
    if watchlist.events and not set(watchlist.events) & set(classification.events):
        needs = _events_text(watchlist.events, " or ")
        return False, f"needs {needs}; this release has {_events_text(classification.events, ', ')}"

    if watchlist.companies or watchlist.tickers or watchlist.keywords:
        hits = _who_hits(watchlist, entry=entry, classification=classification)
        if not hits:
            return False, _who_misses(watchlist)
        why = _listing(hits)
    else:
        why = "any company"

    if watchlist.min_amount_usd > 0:
        threshold = watchlist.min_amount_usd
        converted = [
            (usd, amount.kind.value)
            for amount in classification.amounts
            if (usd := to_usd(amount.value, amount.currency, usd_rates)) is not None
        ]
        largest = max(converted, default=None, key=lambda pair: pair[0])
        if largest is None or largest[0] < threshold:
            if largest is not None:
                detail = f"largest {_usd(largest[0])}"
            elif classification.amounts:
                detail = "no amount in a currency with a known rate"
            else:
                detail = "no amounts stated"
            return False, f"no amount ≥ {_usd(threshold)} ({detail})"
        why = f"{why}; {largest[1]} {_usd(largest[0])} ≥ {_usd(threshold)}"
    return True, why


def explain(
    *,
    entry: Entry,
    classification: Classification,
    watchlists: Sequence[Watchlist],
    usd_rates: Mapping[str, Decimal],
    now: datetime,
) -> list[RouteDecision]:
    """Return one decision per watch list, in order, saying whether it takes the release and why."""
    decisions = []
    for watchlist in watchlists:
        matched, reason = _decide(
            watchlist, entry=entry, classification=classification, usd_rates=usd_rates, now=now
        )
        decisions.append(RouteDecision(watchlist.name, watchlist.channel, matched, reason))
    return decisions


def route(
    *,
    entry: Entry,
    classification: Classification,
    watchlists: Sequence[Watchlist],
    usd_rates: Mapping[str, Decimal],
    now: datetime,
) -> list[RouteMatch]:
    """Return the watch lists that take the release, each with a short reason."""
    return [
        RouteMatch(watchlist=d.watchlist, channel=d.channel, reason=d.reason)
        for d in explain(
            entry=entry, classification=classification, watchlists=watchlists, usd_rates=usd_rates, now=now
        )
        if d.matched
    ]
