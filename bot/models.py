"""Values that cross module boundaries: plain frozen dataclasses and enums in the corpus vocabulary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from decimal import Decimal
from enum import StrEnum


class EventType(StrEnum):
    """The three deal events DealWire alerts on, in order of importance."""

    MILESTONE = "milestone"
    IND = "ind"
    LICENSING = "licensing"


class AmountKind(StrEnum):
    """What a sum of money is in a deal (see the corpus LABELS.md)."""

    UPFRONT = "upfront"
    MILESTONE = "milestone"
    POTENTIAL = "potential"
    TOTAL = "total"
    EQUITY = "equity"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money tied to an event: value in whole currency units, ISO 4217 currency."""

    value: Decimal
    currency: str
    kind: AmountKind
    text: str = ""  # the words it was read from, for evidence and display
    upper_bound: bool = False  # "up to $X": value is a ceiling


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an event was reported: the rule that fired and the sentence it fired on."""

    event: EventType
    rule: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One newswire item, normalised at the parsing edge; nothing feed-specific travels further."""

    wire: str  # "globenewswire", "prnewswire", "businesswire", "sec", or "" for other/unknown
    native_id: str  # the wire's own id for the release (see parsing), never empty
    url: str  # canonical link to the release, tracking parameters removed
    title: str
    summary: str = ""  # plain text
    body: str = ""  # plain text of the full release, when fetched
    published: datetime | None = None  # UTC, timezone-aware
    issuer: str | None = None  # the publishing company, when the feed names it
    categories: tuple[str, ...] = ()  # feed categories, e.g. stock symbols "Nasdaq:IMGN"
    feed: str = ""  # name of the configured feed it came from
    modified: datetime | None = None  # dc:modified / atom:updated, UTC, when the feed carries it


@dataclass(frozen=True, slots=True)
class Classification:
    """What the classifier found in an entry."""

    events: tuple[EventType, ...] = ()
    company: str | None = None
    partners: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()  # exchange-qualified, upper case: "NASDAQ:IMGN"
    amounts: tuple[Amount, ...] = ()
    evidence: tuple[Evidence, ...] = field(default=())

    @property
    def is_event(self) -> bool:
        """True when at least one deal event was found."""
        return bool(self.events)


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """A feed as configured: where to poll, how often, and how far back a first poll may alert."""

    name: str
    url: str
    interval_seconds: int = 300
    backfill_hours: int = 24


class DigestFrequency(StrEnum):
    """How often a watch list's digest of deal events goes out."""

    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """When a watch list's digest goes out: every day, or one weekday, at a time of day in a time zone."""

    frequency: DigestFrequency
    at: time  # hour and minute, wall clock in `timezone`
    weekday: int = 0  # 0 = Monday … 6 = Sunday; weekly digests only
    timezone: str = "UTC"  # an IANA zone name, e.g. "Europe/London"


@dataclass(frozen=True, slots=True)
class Watchlist:
    """A channel's interest: who and what it follows. Empty filters mean 'any'."""

    name: str
    channel: str  # channel ID ("C0123") or "#name"
    companies: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()  # exchange-qualified, upper case
    keywords: tuple[str, ...] = ()
    events: tuple[EventType, ...] = ()  # empty = all events
    min_amount_usd: Decimal = Decimal(0)
    managed_by_config: bool = True
    muted_until: datetime | None = None
    digest: DigestSchedule | None = None  # when a summary of the period's deal events goes out


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """A watch list an entry matched, and the words that say why."""

    watchlist: str
    channel: str
    reason: str
