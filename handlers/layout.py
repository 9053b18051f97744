"""Block Kit for command answers, kept inside Slack's limits however many results a query returns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.models import Amount, EventType
from bot.money import format_amount
from bot.mrkdwn import escape, escape_truncated, link, one_line, truncate
from bot.render import EVENT_LABELS, WIRE_NAMES
from bot.store import ReleaseSummary
from handlers.context import Reply

MAX_BLOCKS = 50  # per message
MAX_HOME_BLOCKS = 100  # per App Home view
SECTION_LIMIT = 3000  # characters of section text
CONTEXT_LIMIT = 2000
HEADER_LIMIT = 150
# All block text in one message; Slack refuses somewhere past 12,000 (msg_blocks_too_long).
TEXT_BUDGET = 9000
ITEM_LIMIT = 1200  # one result line, however hostile its text
FALLBACK_LIMIT = 2000  # top-level notification text
MAX_ITEMS = 20
URL_LINK_LIMIT = 600  # longer release URLs are not worth a link

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clip(text: str, limit: int) -> str:
    """Return mrkdwn cut to at most limit characters without leaving half a <link> or &entity;."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    opening = cut.rfind("<")
    if opening > cut.rfind(">"):
        cut = cut[:opening]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


def section(text: str) -> dict[str, Any]:
    """Return a mrkdwn section block, its text clipped to Slack's limit."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, SECTION_LIMIT) or " "}}


def context(text: str) -> dict[str, Any]:
    """Return a context block with one mrkdwn element."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, CONTEXT_LIMIT) or " "}]}


def header(text: str) -> dict[str, Any]:
    """Return a header block (plain text, cut to 150 characters)."""
    return {"type": "header", "text": {"type": "plain_text", "text": truncate(one_line(text), HEADER_LIMIT)}}


def divider() -> dict[str, Any]:
    """Return a divider block."""
    return {"type": "divider"}


def block_text_length(blocks: Sequence[dict[str, Any]]) -> int:
    """Return the number of characters of text in blocks (what Slack's cumulative limit counts)."""
    total = 0
    for block in blocks:
        for key in ("text",):
            value = block.get(key)
            if isinstance(value, dict):
                total += len(str(value.get("text", "")))
        for element in block.get("elements", ()) or block.get("fields", ()):
            if isinstance(element, dict):
                total += len(str(element.get("text", "")))
    return total


def when(moment: datetime | None) -> str:
    """Return a time as 'Nov 3, 2011 14:05 UTC', or 'never'."""
    if moment is None:
        return "never"
    utc = moment.astimezone(UTC)
    return f"{_MONTHS[utc.month - 1]} {utc.day}, {utc.year} {utc:%H:%M} UTC"


def day(moment: datetime) -> str:
    """Return a date as 'Nov 3, 2011'."""
    utc = moment.astimezone(UTC)
    return f"{_MONTHS[utc.month - 1]} {utc.day}, {utc.year}"


def ago(moment: datetime | None, now: datetime) -> str:
    """Return how long ago (or how soon) a time is, roughly: '3 min ago', 'in 2 h'."""
    if moment is None:
        return "never"
    delta = now - moment
    future = delta < timedelta(0)
    seconds = abs(delta.total_seconds())
    if seconds < 60:
        span = f"{int(seconds)} s"
    elif seconds < 3600:
        span = f"{int(seconds // 60)} min"
    elif seconds < 86400 * 2:
        span = f"{int(seconds // 3600)} h"
    else:
        span = f"{int(seconds // 86400)} days"
    return f"in {span}" if future else f"{span} ago"


def channel_text(channel: str) -> str:
    """Return a channel as Slack shows it: <#C0123> for an ID, the escaped name otherwise."""
    if channel[:1] in ("C", "G") and channel.isalnum() and channel.isupper():
        return f"<#{channel}>"
    if channel[:1] == "D" and channel.isalnum():
        return "a direct message"
    return escape(channel)


def events_text(events: Sequence[EventType]) -> str:
    """Return event labels with their emoji: '💰 Milestone · 🧪 IND'."""
    return " · ".join(EVENT_LABELS[event] for event in events)


def events_words(events: Sequence[EventType]) -> str:
    """Return events as the command's own words: 'milestone, ind' ('all events' when empty)."""
    return ", ".join(event.value for event in events) if events else "all events"


def amounts_text(amounts: Sequence[Amount], *, limit: int = 3) -> str:
    """Return up to limit amounts as '$1.0M milestone · up to $850M potential', with '+N more'."""
    shown = [format_amount(amount) for amount in amounts[:limit]]
    if len(amounts) > limit:
        shown.append(f"+{len(amounts) - limit} more")
    return escape(" · ".join(shown))


def names_text(names: Sequence[str], *, limit: int = 3) -> str:
    """Return up to limit names, escaped and cut, with '+N more'."""
    shown = [escape_truncated(one_line(name), 80) for name in names[:limit]]
    if len(names) > limit:
        shown.append(f"+{len(names) - limit} more")
    return ", ".join(shown)


def release_link(url: str, title: str) -> str:
    """Return the release title linked to its page (plain text when the URL is unusable or huge)."""
    label = truncate(one_line(title), 150) or "untitled release"
    if len(url) > URL_LINK_LIMIT:
        return escape(label)
    return link(url, label)


def release_line(release: ReleaseSummary) -> str:
    """Return one release as a result line: events, who, how much, title link, date and wire."""
    parts: list[str] = []
    if release.events:
        parts.append(events_text(release.events))
    who = f"*{escape_truncated(one_line(release.company), 80)}*" if release.company else ""
    if release.partners:
        who = f"{who} with {names_text(release.partners)}".strip()
    if who:
        parts.append(who)
    if release.amounts:
        parts.append(amounts_text(release.amounts))
    parts.append(release_link(release.url, release.title))
    wire = WIRE_NAMES.get(release.wire, "")
    parts.append(f"{day(release.when)}" + (f" · {wire}" if wire else "") + f" · id {release.id}")
    return clip("  ·  ".join(parts[:-1]) + "\n" + parts[-1], ITEM_LIMIT)


def listing(
    *,
    title: str,
    items: Sequence[str],
    total: int,
    more_hint: str,
    fallback: str,
    share: bool = False,
    footer: str = "",
    max_items: int = MAX_ITEMS,
) -> Reply:
    """Return a reply listing items (mrkdwn) under a title, as many as fit, then '… and N more (hint)'."""
    blocks: list[dict[str, Any]] = [section(title)]
    used = block_text_length(blocks) + len(footer) + 200  # room for the "more" line
    shown = 0
    for item in items[:max_items]:
        block = section(clip(item, ITEM_LIMIT))
        size = block_text_length([block])
        if used + size > TEXT_BUDGET or len(blocks) >= MAX_BLOCKS - 3:
            break
        blocks.append(block)
        used += size
        shown += 1
    remaining = max(total - shown, 0)
    if remaining:
        blocks.append(
            context(f"… and {remaining} more ({more_hint})" if more_hint else f"… and {remaining} more")
        )
    if footer:
        blocks.append(context(footer))
    # The fallback is plain words (names people and feeds chose), so it is escaped here.
    return Reply(
        text=escape_truncated(one_line(fallback), FALLBACK_LIMIT), blocks=tuple(blocks), in_channel=share
    )


def message(text: str, *, share: bool = False, extra: Sequence[str] = ()) -> Reply:
    """Return a short reply: one section of mrkdwn (plus context lines), with the same words as fallback."""
    blocks = [section(text), *(context(line) for line in extra if line)]
    return Reply(text=truncate(one_line(text), FALLBACK_LIMIT), blocks=tuple(blocks), in_channel=share)


def warning(text: str) -> Reply:
    """Return an ephemeral '⚠️ …' reply for a command typed wrong."""
    return message(f"⚠️ {text}")
