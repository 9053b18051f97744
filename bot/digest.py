"""Digests: many alerts for one channel as one compact Block Kit message, inside Slack's limits."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.headline import NAME_LIMIT, READ_LIMIT, amount_text, clip, event_phrase, event_texts, pick
from bot.headline import licence_side as _licence_side
from bot.headline import milestone_side as _milestone_side
from bot.models import Amount, AmountKind, EventType
from bot.mrkdwn import clean_url, code, escape, escape_truncated, link, truncate
from bot.render import EVENT_LABELS, AlertView, SlackMessage, ordered_events, wire_name

# Budgets far inside Slack's limits (section text 3,000; ~12,000 of block text in all; 50 blocks).
MAX_LINES = 25
TITLE_LIMIT = 120  # a line without a company shows the start of the wire's title
PIECE_LIMIT = 60  # an amount or an event phrase
LINK_URL_LIMIT = 400  # longer release URLs are shown as the wire's name only
SECTION_LIMIT = 2800
TOTAL_LIMIT = 9000
HEADER_LIMIT = 140
FALLBACK_NAMES = 3
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Which sum a line shows for its lead event, in order of preference.
_LEAD_AMOUNTS: dict[EventType, tuple[AmountKind, ...]] = {
    EventType.MILESTONE: (AmountKind.MILESTONE, AmountKind.UPFRONT, AmountKind.OTHER),
    EventType.LICENSING: (AmountKind.UPFRONT, AmountKind.POTENTIAL, AmountKind.TOTAL, AmountKind.EQUITY),
    EventType.IND: (AmountKind.MILESTONE, AmountKind.UPFRONT, AmountKind.OTHER),
}


@dataclass(frozen=True, slots=True)
class DigestView:
    """The alerts one digest stands for, in the order they were made, and when it is sent."""

    alerts: tuple[AlertView, ...]
    now: datetime


def _mrkdwn(text: str) -> dict[str, Any]:
    # verbatim: Slack must not turn bare URLs, #channel names or @words in feed text into links.
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _since(view: DigestView) -> datetime:
    times = [a.entry.published for a in view.alerts if a.entry.published is not None]
    earliest = min(times) if times else view.now
    return earliest.astimezone(UTC)


def _when(moment: datetime, now: datetime) -> str:
    if moment.date() == now.astimezone(UTC).date():
        return f"{moment:%H:%M} UTC"
    return f"{_MONTHS[moment.month - 1]} {moment.day}, {moment:%H:%M} UTC"


def _lists(view: DigestView) -> str:
    names = list(dict.fromkeys(clip(a.watchlist, 60) for a in view.alerts if clip(a.watchlist, 60)))
    if not names:
        return "watch lists"
    if len(names) == 1:
        return f"{names[0]} watch list"
    if len(names) == 2:
        return f"{names[0]} and {names[1]} watch lists"
    return f"{names[0]} and {len(names) - 1} more watch lists"


def _arrow(view: AlertView, *, lead: EventType | None, company: str, partner: str) -> str:
    """← when the money or rights come from the partner, → when they go to it, · when unclear."""
    if lead is None or not partner or not company:
        return "·"
    texts = event_texts(view.entry, view.classification, lead)
    if lead is EventType.MILESTONE:
        side = _milestone_side(texts, company=company, partner=partner)
        return {"earns": "←", "pays": "→"}.get(side, "·")
    if lead is EventType.LICENSING:
        side = _licence_side(texts, company=company, partner=partner)
        return {"out": "→", "in": "←"}.get(side, "·")
    return "·"


def _lead_amount(amounts: Sequence[Amount], lead: EventType | None) -> Amount | None:
    kinds = _LEAD_AMOUNTS.get(lead, ()) if lead is not None else ()
    chosen = pick(amounts[:50], *kinds) or list(amounts[:1])
    return chosen[0] if chosen else None


def digest_line(view: AlertView) -> str:
    """One alert as a digest line (mrkdwn, escaped): event, company ← partner, amount, what, wire ↗."""
    c, entry = view.classification, view.entry
    events = ordered_events(view)
    lead = events[0] if events else None
    emoji = EVENT_LABELS[lead].split(" ", 1)[0] if lead is not None else "📰"
    company = clip(c.company, NAME_LIMIT)
    partner = next(
        (p for p in (clip(x, NAME_LIMIT) for x in c.partners[:50]) if p and p.lower() != company.lower()), ""
    )
    who = f"*{escape(company)}*" if company else escape_truncated(clip(entry.title, READ_LIMIT), TITLE_LIMIT)
    if partner:
        who += f" {_arrow(view, lead=lead, company=company, partner=partner)} {escape(partner)}"
    parts = [who]
    amount = _lead_amount(c.amounts, lead)
    if amount is not None:
        parts.append(escape_truncated(amount_text(amount), PIECE_LIMIT))
    phrases = [
        event_phrase(entry, c, event)
        for event in events
        # The amount already says "milestone" or the deal's terms; an IND's status is news of its own.
        if event is EventType.IND or amount is None
    ]
    parts += [escape_truncated(phrase, PIECE_LIMIT) for phrase in phrases]
    url = clean_url(entry.url[: LINK_URL_LIMIT + 1]) or ""
    wire = wire_name(entry)
    parts.append(link(url, f"{wire} ↗") if url and len(url) <= LINK_URL_LIMIT else escape(wire))
    return f"• {emoji} " + " · ".join(parts)


def render_digest(view: DigestView) -> SlackMessage:
    """Return one message standing for every alert in the view: the first lines, then how many more."""
    count = len(view.alerts)
    since = _since(view)
    lists = _lists(view)
    header = truncate(f"📰 {count:,} deal events since {_when(since, view.now)} — {lists}", HEADER_LIMIT)
    header = header.replace("<", "‹").replace(">", "›")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}}
    ]
    sections: list[list[str]] = [[]]
    total = shown = 0
    for alert in view.alerts[:MAX_LINES]:
        line = digest_line(alert)
        if total + len(line) > TOTAL_LIMIT:
            break
        if sections[-1] and sum(len(x) + 1 for x in sections[-1]) + len(line) > SECTION_LIMIT:
            sections.append([])
        sections[-1].append(line)
        total += len(line) + 1
        shown += 1
    for lines in sections:
        if lines:
            blocks.append({"type": "section", "text": _mrkdwn("\n".join(lines))})
    days = max(1, math.ceil((view.now - since).total_seconds() / 86_400))
    command = code(f"/dealwire recent --days {days}")
    more = count - shown
    footer = f"… {more:,} more · {command}" if more else f"{command} lists them with their details"
    blocks.append({"type": "context", "elements": [_mrkdwn(footer)]})
    return SlackMessage(text=_fallback(view, count=count, lists=lists), blocks=tuple(blocks))


def _fallback(view: DigestView, *, count: int, lists: str) -> str:
    names = list(
        dict.fromkeys(
            clip(a.classification.company, NAME_LIMIT) or truncate(clip(a.entry.title, READ_LIMIT), 60)
            for a in view.alerts[:50]
        )
    )
    shown = ", ".join(n for n in names[:FALLBACK_NAMES] if n)
    rest = count - min(len(names), FALLBACK_NAMES)
    tail = f" and {rest:,} more" if rest > 0 else ""
    return escape_truncated(f"📰 {count:,} deal events for the {lists}: {shown}{tail}", 600)
