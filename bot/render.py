"""Alerts as people read them: a Block Kit message with a text fallback, and a plain console version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from bot.headline import MAX_EVIDENCE, NAME_LIMIT, READ_LIMIT, amount_text, clip, event_phrase, write_headline
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence
from bot.money import format_money, to_usd
from bot.mrkdwn import clean_url, code, escape, escape_truncated, link, truncate

EVENT_LABELS: Mapping[EventType, str] = {
    EventType.MILESTONE: "💰 Milestone",
    EventType.IND: "🧪 IND",
    EventType.LICENSING: "🤝 Licensing",
}
WIRE_NAMES: Mapping[str, str] = {
    "globenewswire": "GlobeNewswire",
    "prnewswire": "PR Newswire",
    "businesswire": "Business Wire",
    "sec": "SEC EDGAR",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_AMOUNT_ORDER = (
    AmountKind.MILESTONE,
    AmountKind.UPFRONT,
    AmountKind.EQUITY,
    AmountKind.OTHER,
    AmountKind.POTENTIAL,
    AmountKind.TOTAL,
)

# Budgets in characters, far inside Slack's limits (header 150, section text 3,000, field 2,000,
# whole message ~12,000 of block text) even after escaping expands "&" to "&amp;".
HEADER_LIMIT = 140  # Slack allows 150; emoji may count twice if it measures UTF-16
HEADLINE_LIMIT = 250
TITLE_LIMIT = 300
FIELD_LIMIT = 600
EVIDENCE_LIMIT = 300
MAX_QUOTES = 2
MAX_AMOUNTS = 8
MAX_NAMES = 8
URL_LIMIT = 1500
EXPLAIN_LIMIT = 300
REASON_LIMIT = 200


@dataclass(frozen=True, slots=True)
class AlertView:
    """Everything an alert shows: the entry, what was found in it, and which watch list it matched and why."""

    entry: Entry
    classification: Classification
    watchlist: str
    reason: str  # why it matched, e.g. "company Amgen is a partner"
    usd_rates: Mapping[str, Decimal] = field(default_factory=dict, hash=False)  # USD per unit
    explain_ref: str = ""  # what to type after `/dealwire explain`; the release URL when empty
    event_order: tuple[EventType, ...] = ()  # the watch list's events, most important first


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """A message ready for chat.postMessage: notification text and Block Kit blocks."""

    text: str
    blocks: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class _Story:
    """The alert's content as raw, control-free text; each output escapes or formats it its own way."""

    labels: str
    headline: str
    written: bool  # the headline was written from the extraction, so show the wire title too
    title: str
    amounts: tuple[str, ...]
    usd: tuple[str, ...]  # "≈ $21.6M" per amount, "" for USD or unknown rates
    amounts_more: int
    partners: tuple[str, ...]
    partners_more: int
    tickers: tuple[str, ...]
    tickers_more: int
    events: tuple[str, ...]
    published: str
    quotes: tuple[str, ...]
    wire: str
    url: str  # "" when the entry's URL is not a usable http(s) URL
    reason: str
    explain: str


# ---------------------------------------------------------------------------------------------
# Reading the extraction


def _name(text: str | None) -> str:
    return clip(text, NAME_LIMIT)


def ordered_events(view: AlertView) -> list[EventType]:
    """The events found, in the watch list's order of importance, then DealWire's own."""
    found = list(dict.fromkeys(view.classification.events))
    rank = {event: n for n, event in enumerate(view.event_order)}
    natural = {event: n for n, event in enumerate(EventType)}
    return sorted(found, key=lambda e: (rank.get(e, len(rank)), natural[e]))


def _usd_hint(amount: Amount, rates: Mapping[str, Decimal]) -> str:
    if amount.currency.strip().upper() == "USD":
        return ""
    try:
        usd = to_usd(amount.value, amount.currency, rates)
        return f"≈ {format_money(usd, 'USD')}" if usd is not None else ""
    except ValueError:
        return ""


def _published(when: datetime | None) -> str:
    if when is None:
        return ""
    utc = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return f"{_MONTHS[utc.month - 1]} {utc.day}, {utc.year} {utc:%H:%M} UTC"


def wire_name(entry: Entry) -> str:
    """The wire's display name ("PR Newswire"), else the release's host, else the feed name."""
    if entry.wire in WIRE_NAMES:
        return WIRE_NAMES[entry.wire]
    try:
        host = urlsplit(clip(entry.url, URL_LIMIT)).hostname or ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    return _name(host or entry.feed) or "Newswire"


def _quotes(view: AlertView, events: Sequence[EventType]) -> tuple[str, ...]:
    rank = {event: n for n, event in enumerate(events)}
    ordered: list[Evidence] = sorted(
        view.classification.evidence[:MAX_EVIDENCE], key=lambda ev: rank.get(ev.event, len(rank))
    )
    seen: list[str] = []
    for ev in ordered:
        sentence = clip(ev.sentence, READ_LIMIT)
        if sentence and sentence.lower() not in (s.lower() for s in seen):
            seen.append(sentence)
        if len(seen) == MAX_QUOTES:
            break
    return tuple(truncate(s, EVIDENCE_LIMIT) for s in seen)


def _capped(names: Sequence[str], limit: int) -> tuple[tuple[str, ...], int]:
    cleaned = list(dict.fromkeys(n for n in (_name(x) for x in names) if n))
    return tuple(cleaned[:limit]), max(0, len(cleaned) - limit)


def _story(view: AlertView) -> _Story:
    entry, c = view.entry, view.classification
    events = ordered_events(view)
    title = clip(entry.title, TITLE_LIMIT)
    written = write_headline(entry, c, events)
    headline = truncate(written or title or "Untitled release", HEADLINE_LIMIT)
    amounts = sorted(c.amounts, key=lambda a: _AMOUNT_ORDER.index(a.kind))
    partners, partners_more = _capped(c.partners, MAX_NAMES)
    tickers, tickers_more = _capped(c.tickers, MAX_NAMES)
    url = clean_url(entry.url[: URL_LIMIT + 1]) or ""
    if len(url) > URL_LIMIT:
        url = ""
    explain = clip(view.explain_ref, EXPLAIN_LIMIT) or (
        url if url and len(url) <= EXPLAIN_LIMIT else clip(entry.native_id, EXPLAIN_LIMIT)
    )
    return _Story(
        labels=" · ".join(EVENT_LABELS[e] for e in events) or "📰 Deal news",
        headline=headline,
        written=bool(written),
        title=title,
        amounts=tuple(amount_text(a) for a in amounts[:MAX_AMOUNTS]),
        usd=tuple(_usd_hint(a, view.usd_rates) for a in amounts[:MAX_AMOUNTS]),
        amounts_more=max(0, len(amounts) - MAX_AMOUNTS),
        partners=partners,
        partners_more=partners_more,
        tickers=tickers,
        tickers_more=tickers_more,
        events=tuple(event_phrase(entry, c, e) for e in events),
        published=_published(entry.published),
        quotes=_quotes(view, events),
        wire=wire_name(entry),
        url=url,
        reason=clip(view.reason, REASON_LIMIT),
        explain=truncate(explain, EXPLAIN_LIMIT),
    )


# ---------------------------------------------------------------------------------------------
# Slack


def _mrkdwn(text: str) -> dict[str, Any]:
    # verbatim: Slack must not turn bare URLs, #channel names or @words in feed text into links.
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _more(count: int) -> str:
    return f" and {count:,} more" if count else ""


def _field(label: str, value: str) -> dict[str, Any]:
    return _mrkdwn(f"*{label}*\n{value}")


def _plural(word: str, count: int) -> str:
    return word if count == 1 else f"{word}s"


def _amount_lines(story: _Story) -> str:
    lines = [
        escape(amount) + (f"  _{escape(usd)}_" if usd else "")
        for amount, usd in zip(story.amounts, story.usd, strict=True)
    ]
    if story.amounts_more:
        lines.append(f"… and {story.amounts_more:,} more")
    return "\n".join(lines)


def render_alert(view: AlertView) -> SlackMessage:
    """Return the Block Kit alert and its notification text; every piece of feed text is escaped."""
    story = _story(view)
    # plain_text is never parsed for mentions, but angle brackets are swapped anyway so that no
    # copy of this text, anywhere, can become a control sequence.
    name = clip(view.watchlist, HEADER_LIMIT).replace("<", "‹").replace(">", "›") or "watch list"
    header = truncate(f"{story.labels} — {name}", HEADER_LIMIT)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}},
    ]

    lead = f"*{escape(story.headline)}*"
    if story.written and story.title and story.title != story.headline:
        lead += f"\n{escape(story.title)}"
    blocks.append({"type": "section", "text": _mrkdwn(lead)})

    fields: list[dict[str, Any]] = []
    if story.amounts:
        fields.append(_field(_plural("Amount", len(story.amounts)), _amount_lines(story)))
    if story.partners:
        names = ", ".join(story.partners)
        fields.append(
            _field(
                _plural("Partner", len(story.partners)),
                escape_truncated(names, FIELD_LIMIT) + _more(story.partners_more),
            )
        )
    if story.tickers:
        tickers = ", ".join(story.tickers)
        fields.append(
            _field(
                _plural("Ticker", len(story.tickers)),
                escape_truncated(tickers, FIELD_LIMIT) + _more(story.tickers_more),
            )
        )
    if story.events:
        fields.append(_field("Events", escape(", ".join(story.events))))
    if story.published:
        fields.append(_field("Published", story.published))
    if fields:
        blocks.append({"type": "section", "fields": fields})

    if story.quotes:
        quoted = "\n".join(f">“{escape(q)}”" for q in story.quotes)
        blocks.append({"type": "section", "text": _mrkdwn(quoted)})

    source = escape(story.wire)
    if story.url:
        source += " · " + link(story.url, "Read the release ↗")
    why = "Why this alert?"
    if story.reason:
        why += " " + escape_truncated(story.reason, REASON_LIMIT)
    if story.explain:
        why += " · " + code("/dealwire explain " + story.explain)
    blocks.append({"type": "context", "elements": [_mrkdwn(source), _mrkdwn(why)]})
    return SlackMessage(text=_fallback(story), blocks=tuple(blocks))


def _fallback(story: _Story) -> str:
    """The notification text: what happened, to whom, for how much, and the link."""
    parts = [f"{story.labels}: {escape(story.headline)}"]
    # A written headline already names the lead amount and partner; say the rest.
    amounts = [a for a in story.amounts if a not in story.headline]
    partners = [p for p in story.partners if p not in story.headline]
    if amounts:
        parts.append(escape_truncated(", ".join(amounts), 300))
    if partners:
        parts.append("with " + escape_truncated(", ".join(partners), 300) + _more(story.partners_more))
    if story.url:
        parts.append(link(story.url, "Read the release"))
    return " · ".join(parts)


# ---------------------------------------------------------------------------------------------
# Console


def render_console(view: AlertView) -> str:
    """Return the alert as plain text for a terminal: no Slack markup, no control characters."""
    story = _story(view)
    lines = [f"{story.labels} — {clip(view.watchlist, HEADER_LIMIT)}", story.headline]
    if story.written and story.title and story.title != story.headline:
        lines.append(f"  {story.title}")
    rows: list[tuple[str, str]] = []
    if story.amounts:
        shown = [f"{a} ({u})" if u else a for a, u in zip(story.amounts, story.usd, strict=True)]
        rows.append((_plural("Amount", len(shown)), "; ".join(shown) + _more(story.amounts_more)))
    if story.partners:
        rows.append(
            (_plural("Partner", len(story.partners)), ", ".join(story.partners) + _more(story.partners_more))
        )
    if story.tickers:
        rows.append(
            (_plural("Ticker", len(story.tickers)), ", ".join(story.tickers) + _more(story.tickers_more))
        )
    if story.events:
        rows.append(("Events", ", ".join(story.events)))
    if story.published:
        rows.append(("Published", story.published))
    lines += [f"  {label:<10} {value}" for label, value in rows]
    lines += [f"  “{q}”" for q in story.quotes]
    lines.append(f"  {story.wire}" + (f" · {story.url}" if story.url else ""))
    why = "  Why this alert?" + (f" {story.reason}" if story.reason else "")
    if story.explain:
        why += f" · dealwire explain {story.explain}"
    lines.append(why)
    return "\n".join(lines)
