"""The week (or day) in deals: a period's deal events as counts, largest deals and busiest names (pure).

`period_stats` reads the stored events of one watch list's period; `render_period_digest` turns the
numbers into one Block Kit message that stays inside Slack's limits however many events there were.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from bot.headline import clip
from bot.models import Amount, AmountKind, EventType
from bot.money import format_amount, format_money, to_usd
from bot.mrkdwn import code, escape, escape_truncated, link, truncate
from bot.render import EVENT_LABELS, WIRE_NAMES, SlackMessage
from bot.route import company_key

TOP_DEALS = 10
TOP_NAMES = 5
NAME_LIMIT = 60
TITLE_LIMIT = 90  # a deal line without a company shows the start of the release title
LINK_URL_LIMIT = 600  # longer release URLs are not worth a link
SECTION_LIMIT = 2900  # Slack allows 3,000 characters of section text
FIELD_LIMIT = 1900  # and 2,000 per field
HEADER_LIMIT = 140
FALLBACK_LIMIT = 600
QUARTER_WEEKS = 13
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Kinds of money that belong to a licence or investment rather than to a milestone.
_DEAL_KINDS = frozenset({AmountKind.UPFRONT, AmountKind.POTENTIAL, AmountKind.TOTAL, AmountKind.EQUITY})


@dataclass(frozen=True, slots=True)
class DealEvent:
    """A stored release with deal events, as a digest reads it (no release text)."""

    id: int
    wire: str
    url: str
    title: str
    when: datetime  # published, else first seen; UTC
    events: tuple[EventType, ...]
    company: str | None
    partners: tuple[str, ...]
    amounts: tuple[Amount, ...]


@dataclass(frozen=True, slots=True)
class PricedDeal:
    """A release with its headline sum: the largest amount, and that amount in USD."""

    deal: DealEvent
    amount: Amount
    usd: Decimal
    event: EventType  # the event the money belongs to


@dataclass(frozen=True, slots=True)
class Activity:
    """A company or partner named in the period: how many releases, and the latest of them."""

    name: str
    releases: int
    latest: DealEvent


@dataclass(frozen=True, slots=True)
class PeriodStats:
    """What one watch list's period held: counts per event, disclosed value, largest deals, busiest names."""

    watchlist: str
    start: datetime
    end: datetime
    total: int  # releases with at least one deal event
    by_event: tuple[tuple[EventType, int], ...]  # releases carrying each event (one release may carry two)
    priced: int  # releases with an amount in a currency that has a rate
    disclosed_usd: Decimal  # the sum of their headline amounts
    unpriced: int  # releases whose amounts are all in currencies without a rate
    largest: tuple[PricedDeal, ...]
    companies: tuple[Activity, ...]
    partners: tuple[Activity, ...]


@dataclass(frozen=True, slots=True)
class WeeklyValues:
    """Disclosed deal value (USD) per week and event, oldest week first, for the quarter chart."""

    week_starts: tuple[datetime, ...]
    values: tuple[tuple[EventType, tuple[Decimal, ...]], ...]


def _usd(amount: Amount, rates: Mapping[str, Decimal]) -> Decimal | None:
    try:
        return to_usd(amount.value, amount.currency, rates)
    except ValueError:
        return None


def money_event(deal: DealEvent, amount: Amount) -> EventType:
    """Return the event a sum belongs to: a milestone payment, else the licence, else the first event."""
    events = set(deal.events)
    if amount.kind is AmountKind.MILESTONE and EventType.MILESTONE in events:
        return EventType.MILESTONE
    if amount.kind in _DEAL_KINDS and EventType.LICENSING in events:
        return EventType.LICENSING
    return next((event for event in EventType if event in events), EventType.MILESTONE)


def priced(deal: DealEvent, rates: Mapping[str, Decimal]) -> PricedDeal | None:
    """Return the release's largest amount in USD (its headline value), or None when none has a rate."""
    best: tuple[Decimal, Amount] | None = None
    for amount in deal.amounts:
        usd = _usd(amount, rates)
        if usd is not None and usd > 0 and (best is None or usd > best[0]):
            best = (usd, amount)
    if best is None:
        return None
    return PricedDeal(deal=deal, amount=best[1], usd=best[0], event=money_event(deal, best[1]))


class _Names:
    """Display names and comparison keys of raw names, each worked out once per digest."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, tuple[str, ...]]] = {}

    def __call__(self, raw: str) -> tuple[str, tuple[str, ...]]:
        found = self._seen.get(raw)
        if found is None:
            # Names longer than a few lines are junk; cutting them first keeps hostile input cheap.
            name = clip(raw[: NAME_LIMIT * 2], NAME_LIMIT)
            found = self._seen[raw] = (name, company_key(name))
        return found


def _busiest(
    deals: Sequence[DealEvent], names_of: Callable[[DealEvent], Sequence[str]], *, top: int
) -> tuple[Activity, ...]:
    """Names counted once per release, grouped as watch lists compare them, most releases first."""
    read = _Names()
    counts: Counter[tuple[str, ...]] = Counter()
    spellings: dict[tuple[str, ...], Counter[str]] = {}
    latest: dict[tuple[str, ...], DealEvent] = {}
    for deal in deals:
        seen: set[tuple[str, ...]] = set()
        for raw in names_of(deal):
            name, key = read(raw)
            if not key or key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            spellings.setdefault(key, Counter())[name] += 1
            if key not in latest or (deal.when, deal.id) > (latest[key].when, latest[key].id):
                latest[key] = deal
    ranked = sorted(counts, key=lambda k: (-counts[k], k))[:top]
    return tuple(
        Activity(
            name=min(spellings[key].items(), key=lambda item: (-item[1], item[0]))[0],
            releases=counts[key],
            latest=latest[key],
        )
        for key in ranked
    )


def period_stats(
    *,
    deals: Sequence[DealEvent],
    watchlist: str,
    start: datetime,
    end: datetime,
    usd_rates: Mapping[str, Decimal],
    top_deals: int = TOP_DEALS,
    top_names: int = TOP_NAMES,
) -> PeriodStats:
    """Return the period's numbers from its deal events (those between start and end, end excluded)."""
    inside = [d for d in deals if start <= d.when < end and d.events]
    per_event = Counter(event for d in inside for event in set(d.events))
    values = [p for d in inside if (p := priced(d, usd_rates)) is not None]
    unpriced = sum(1 for d in inside if d.amounts and priced(d, usd_rates) is None)
    largest = sorted(values, key=lambda p: (-p.usd, -p.deal.when.timestamp(), p.deal.id))[:top_deals]
    return PeriodStats(
        watchlist=watchlist,
        start=start,
        end=end,
        total=len(inside),
        by_event=tuple((event, per_event[event]) for event in EventType),
        priced=len(values),
        disclosed_usd=sum((p.usd for p in values), Decimal(0)),
        unpriced=unpriced,
        largest=tuple(largest),
        companies=_busiest(inside, lambda d: [d.company] if d.company else [], top=top_names),
        partners=_busiest(inside, lambda d: d.partners[:50], top=top_names),
    )


def weekly_values(
    *, deals: Sequence[DealEvent], end: datetime, usd_rates: Mapping[str, Decimal], weeks: int = QUARTER_WEEKS
) -> WeeklyValues:
    """Return disclosed value per week (weeks ending at `end`) and per event the money belongs to."""
    starts = tuple(end - timedelta(weeks=weeks - n) for n in range(weeks))
    sums = {event: [Decimal(0)] * weeks for event in EventType}
    first = starts[0]
    for deal in deals:
        if not first <= deal.when < end:
            continue
        value = priced(deal, usd_rates)
        if value is None:
            continue
        week = min(int((deal.when - first) / timedelta(weeks=1)), weeks - 1)
        sums[value.event][week] += value.usd
    return WeeklyValues(week_starts=starts, values=tuple((event, tuple(sums[event])) for event in EventType))


def partner_values(
    *, deals: Sequence[DealEvent], usd_rates: Mapping[str, Decimal], top: int = 8
) -> tuple[tuple[str, Decimal], ...]:
    """Return the partners with the most disclosed deal value (USD) in these deals, largest first."""
    read = _Names()
    totals: dict[tuple[str, ...], Decimal] = {}
    names: dict[tuple[str, ...], str] = {}
    for deal in deals:
        value = priced(deal, usd_rates)
        if value is None:
            continue
        for raw in dict.fromkeys(deal.partners[:50]):
            name, key = read(raw)
            if key:
                totals[key] = totals.get(key, Decimal(0)) + value.usd
                names.setdefault(key, name)
    ranked = sorted(totals, key=lambda k: (-totals[k], k))[:top]
    return tuple((names[key], totals[key]) for key in ranked)


# --- words -------------------------------------------------------------------------------------------


def period_name(start: datetime, end: datetime) -> str:
    """Return what the period is called: "The week in deals", "The day in deals", "The last 30 days…"."""
    days = round((end - start) / timedelta(days=1))
    if days == 7:
        return "The week in deals"
    if days == 1:
        return "The day in deals"
    return f"The last {max(days, 1)} days in deals"


def _moment(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{_MONTHS[utc.month - 1]} {utc.day}, {utc:%H:%M}"


def period_range(start: datetime, end: datetime) -> str:
    """Return the period as "Feb 23, 08:00 – Mar 2, 08:00 UTC" (with the year when it is not the end's)."""
    text = f"{_moment(start)} – {_moment(end)} UTC"
    if start.astimezone(UTC).year != end.astimezone(UTC).year:
        first, last = start.astimezone(UTC).year, end.astimezone(UTC).year
        text = f"{_moment(start)} {first} – {_moment(end)} {last} UTC"
    return text


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def money_text(amount: Amount, usd: Decimal | None) -> str:
    """Return an amount with its kind, and in USD when in another currency: "€20M upfront (≈ $21.6M)"."""
    try:
        text = format_amount(amount)
    except ValueError:
        text = f"{amount.value:,} {clip(amount.currency, 8)} {amount.kind.value}"
    if usd is not None and amount.currency.strip().upper() != "USD":
        text += f" (≈ {format_money(usd, 'USD')})"
    return text


def _wire(deal: DealEvent) -> str:
    if deal.wire in WIRE_NAMES:
        return WIRE_NAMES[deal.wire]
    try:
        host = urlsplit(deal.url[:LINK_URL_LIMIT]).hostname or ""
    except ValueError:
        host = ""
    return clip(host.removeprefix("www."), 40) or "Release"


def release_link(deal: DealEvent, label: str = "") -> str:
    """Return a mrkdwn link to the release, labelled with its wire ("GlobeNewswire ↗") unless told."""
    shown = label or f"{_wire(deal)} ↗"
    if len(deal.url) > LINK_URL_LIMIT:
        return escape(shown)
    return link(deal.url, shown)


def _who(deal: DealEvent) -> str:
    company = clip(deal.company, NAME_LIMIT)
    partners = [p for p in (clip(x, NAME_LIMIT) for x in deal.partners[:50]) if p and p != company]
    if not company:
        return escape_truncated(clip(deal.title, 400), TITLE_LIMIT) or "Untitled release"
    who = f"*{escape(company)}*"
    if partners:
        who += f" with {escape(partners[0])}"
        if len(partners) > 1:
            who += f" +{len(partners) - 1}"
    return who


def deal_line(rank: int, deal: PricedDeal) -> str:
    """Return one ranked deal as mrkdwn: event, who, the money with its kind (≈ USD), link to the release."""
    emoji = EVENT_LABELS[deal.event].split(" ", 1)[0]
    money = escape_truncated(money_text(deal.amount, deal.usd), 80)
    return f"{rank}. {emoji} {_who(deal.deal)} · {money} · {release_link(deal.deal)}"


def _activity_line(activity: Activity) -> str:
    name = escape_truncated(activity.name, NAME_LIMIT)
    latest = release_link(activity.latest, "latest ↗")
    return f"• *{name}* · {_plural(activity.releases, 'release')} · {latest}"


def _mrkdwn(text: str) -> dict[str, Any]:
    # verbatim: Slack must not turn bare URLs, #channel names or @words in feed text into links.
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _lines(title: str, lines: Sequence[str], *, limit: int) -> str:
    """The title and as many whole lines as fit in limit characters."""
    text = title
    for line in lines:
        if len(text) + 1 + len(line) > limit:
            break
        text += "\n" + line
    return text


def _counts(stats: PeriodStats) -> str:
    parts = [f"{EVENT_LABELS[event]} {count:,}" for event, count in stats.by_event if count]
    return f"*{_plural(stats.total, 'deal event')}*: " + " · ".join(parts)


def _disclosed(stats: PeriodStats, rates_note: str) -> str:
    if not stats.priced:
        text = "No deal values disclosed"
    else:
        total = format_money(stats.disclosed_usd, "USD")
        text = f"*{total} disclosed* across {_plural(stats.priced, 'release')}"
    if stats.unpriced:
        text += f" · {stats.unpriced:,} more in currencies without a rate"
    return text + (f" ({escape(rates_note)})" if rates_note and stats.priced else "")


def render_period_digest(stats: PeriodStats, *, rates_note: str = "", footer: str = "") -> SlackMessage:
    """Return the digest message: counts per event, disclosed value, largest deals, busiest names, links."""
    name = period_name(stats.start, stats.end)
    listname = clip(stats.watchlist, NAME_LIMIT) or "all deals"
    header = truncate(f"📅 {name} — {listname}", HEADER_LIMIT)
    when = period_range(stats.start, stats.end)
    if stats.total == 0:
        text = f"📅 {name} — {escape(listname)}: no deal events between {when}."
        return SlackMessage(text=text, blocks=({"type": "section", "text": _mrkdwn(text)},))

    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}},
        {"type": "context", "elements": [_mrkdwn(escape(when))]},
        {"type": "section", "text": _mrkdwn(f"{_counts(stats)}\n{_disclosed(stats, rates_note)}")},
    ]
    if stats.largest:
        lines = [deal_line(n, deal) for n, deal in enumerate(stats.largest, 1)]
        blocks.append(
            {
                "type": "section",
                "text": _mrkdwn(_lines("*Largest deals by disclosed value*", lines, limit=SECTION_LIMIT)),
            }
        )
    fields = [
        _mrkdwn(_lines(f"*{title}*", [_activity_line(a) for a in names], limit=FIELD_LIMIT))
        for title, names in (
            ("Most active companies", stats.companies),
            ("Most active partners", stats.partners),
        )
        if names
    ]
    if fields:
        blocks.append({"type": "section", "fields": fields})
    if footer:
        blocks.append({"type": "context", "elements": [_mrkdwn(footer)]})
    return SlackMessage(text=_fallback(stats, name, listname), blocks=tuple(blocks))


def _fallback(stats: PeriodStats, name: str, listname: str) -> str:
    text = f"📅 {name} — {listname}: {_plural(stats.total, 'deal event')}"
    if stats.priced:
        text += f", {format_money(stats.disclosed_usd, 'USD')} disclosed"
    if stats.largest:
        top = stats.largest[0]
        who = clip(top.deal.company, NAME_LIMIT) or clip(top.deal.title, 80)
        text += f"; largest: {who}, {money_text(top.amount, top.usd)}"
    return escape_truncated(text, FALLBACK_LIMIT)


def more_footer(*, stats: PeriodStats, command: str) -> str:
    """Return the footer line: how many events the message leaves out, and the command that lists them."""
    shown = len(stats.largest)
    days = max(1, round((stats.end - stats.start) / timedelta(days=1)))
    hint = code(f"{command} recent --days {days}")
    rest = stats.total - shown
    return f"… {rest:,} more {'event' if rest == 1 else 'events'} · {hint}" if rest > 0 else hint


def digest_console(message: SlackMessage) -> str:
    """Return the digest as plain lines for the console (the bot without a Slack token)."""
    lines: list[str] = []
    for block in message.blocks:
        text = block.get("text")
        if isinstance(text, dict):
            lines.append(str(text.get("text", "")))
        for element in [*block.get("elements", ()), *block.get("fields", ())]:
            if isinstance(element, dict):
                lines.append(str(element.get("text", "")))
    return "\n".join(lines) or message.text
