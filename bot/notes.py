"""Short messages beside alerts: what changed in a corrected release, where else it ran, delivery trouble."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.headline import NAME_LIMIT, READ_LIMIT, amount_text, clip, money
from bot.models import Amount, AmountKind, Classification, Entry, EventType
from bot.mrkdwn import clean_url, escape, escape_truncated, link, truncate
from bot.render import wire_name

NOTE_LIMIT = 500  # a stored note, plain text
MAX_CHANGES = 4
TITLE_LIMIT = 160
CONTEXT_LIMIT = 120
LINK_URL_LIMIT = 1500

# Wires put these first in the title of a release that replaces an earlier version.
_CORRECTION = re.compile(r"^\W*(?:CORRECTION|CORRECTED|UPDATE|UPDATED|REPLACING|REPLACEMENT)\b")
_EVENT_WORDS = {EventType.MILESTONE: "milestone", EventType.IND: "IND", EventType.LICENSING: "licensing"}
_KIND_ORDER = (
    AmountKind.MILESTONE,
    AmountKind.UPFRONT,
    AmountKind.EQUITY,
    AmountKind.POTENTIAL,
    AmountKind.TOTAL,
    AmountKind.OTHER,
)
# Errors whose cure is the same for every alert to the channel, with what to do about it.
_ADVICE = {
    "channel_not_found": "the channel does not exist or the bot cannot see it; check the watch list",
    "not_in_channel": "the bot is not in the channel; invite it with /invite @dealwire",
    "is_archived": "the channel is archived; unarchive it or point the watch list elsewhere",
    "invalid_auth": "the bot token is not valid; check SLACK_BOT_TOKEN",
    "not_authed": "no bot token was sent; check SLACK_BOT_TOKEN",
    "token_revoked": "the bot token was revoked; reinstall the app",
    "account_inactive": "the bot's account is deactivated; reinstall the app",
    "missing_scope": "the app lacks a permission; add the scope and reinstall",
}


def is_correction(title: str) -> bool:
    """True when a release's title says it corrects, updates or replaces an earlier one."""
    return bool(_CORRECTION.match(clip(title, 200)))


def _amounts(amounts: Sequence[Amount]) -> dict[AmountKind, list[Amount]]:
    by_kind: dict[AmountKind, list[Amount]] = {}
    for amount in amounts[:50]:
        by_kind.setdefault(amount.kind, []).append(amount)
    return by_kind


def _amount_changes(old: Sequence[Amount], new: Sequence[Amount]) -> list[str]:
    before, after = _amounts(old), _amounts(new)
    changes: list[str] = []
    for kind in _KIND_ORDER:
        was = [amount_text(a) for a in before.get(kind, [])]
        now = [amount_text(a) for a in after.get(kind, [])]
        if was == now:
            continue
        if was and now:
            previous = money(before[kind][0]) or was[0]
            changes.append(f"amount now {now[0]} (was {previous})")
        elif now:
            changes.append(f"adds {now[0]}")
        else:
            changes.append(f"no longer states {was[0]}")
    return changes


def _name_changes(old: Classification, new: Classification) -> list[str]:
    changes: list[str] = []
    was, now = clip(old.company, NAME_LIMIT), clip(new.company, NAME_LIMIT)
    if was != now and now:
        changes.append(f"company now {now}" + (f" (was {was})" if was else ""))
    old_partners = {clip(p, NAME_LIMIT) for p in old.partners[:50]}
    new_partners = [clip(p, NAME_LIMIT) for p in new.partners[:50]]
    added = [p for p in dict.fromkeys(new_partners) if p and p not in old_partners]
    dropped = [
        p for p in dict.fromkeys(clip(p, NAME_LIMIT) for p in old.partners[:50]) if p not in new_partners
    ]
    if added:
        changes.append("partner " + ", ".join(added[:3]) + " added")
    if dropped:
        changes.append("partner " + ", ".join(dropped[:3]) + " no longer named")
    return changes


def describe_revision(
    *, old: Entry, old_classification: Classification, new: Entry, new_classification: Classification
) -> str:
    """Return one plain-text line saying what changed, e.g. "Updated: amount now $12M upfront (was $10M)"."""
    changes = _amount_changes(old_classification.amounts, new_classification.amounts)
    old_events, new_events = set(old_classification.events), set(new_classification.events)
    changes += [f"now also a {_EVENT_WORDS[e]} event" for e in EventType if e in new_events - old_events]
    changes += [f"no longer a {_EVENT_WORDS[e]} event" for e in EventType if e in old_events - new_events]
    changes += _name_changes(old_classification, new_classification)
    old_title, new_title = clip(old.title, READ_LIMIT), clip(new.title, READ_LIMIT)
    if not changes:
        changes.append(
            f"title now “{truncate(new_title, TITLE_LIMIT)}”"
            if old_title != new_title
            else "release text revised"
        )
    prefix = "Corrected" if is_correction(new.title) and not is_correction(old.title) else "Updated"
    shown = changes[:MAX_CHANGES] + (["…"] if len(changes) > MAX_CHANGES else [])
    return truncate(f"{prefix}: " + "; ".join(shown), NOTE_LIMIT)


def _about(entry: Entry, classification: Classification) -> str:
    """Which release a reply is about, for replies under a digest (whose lines are several releases)."""
    return clip(classification.company, NAME_LIMIT) or truncate(clip(entry.title, READ_LIMIT), CONTEXT_LIMIT)


def update_reply(*, note: str, entry: Entry, classification: Classification, in_digest: bool) -> str:
    """Return the thread reply (mrkdwn) telling what changed; under a digest it names the release."""
    text = f"✏️ {escape_truncated(note, NOTE_LIMIT)}"
    url = clean_url(entry.url[: LINK_URL_LIMIT + 1]) or ""
    if in_digest:
        text = f"✏️ *{escape(_about(entry, classification))}* — {escape_truncated(note, NOTE_LIMIT)}"
    if url and len(url) <= LINK_URL_LIMIT:
        text += " · " + link(url, "Read the release ↗")
    return text


def also_on_reply(*, entry: Entry, classification: Classification, in_digest: bool) -> str:
    """Return the thread reply (mrkdwn) naming another wire that ran the same release, with its link."""
    wire = wire_name(entry)
    url = clean_url(entry.url[: LINK_URL_LIMIT + 1]) or ""
    where = link(url, f"{wire} ↗") if url and len(url) <= LINK_URL_LIMIT else escape(wire)
    text = f"📡 Also on {where}"
    if in_digest:
        text += f" — *{escape(_about(entry, classification))}*"
    return text


def console_note(*, kind: str, note: str, entry: Entry) -> str:
    """Return an update or also-on reply as plain text for a terminal."""
    about = clip(entry.title, TITLE_LIMIT)
    if kind == "update":
        return f"✏️ {clip(note, NOTE_LIMIT)} — {about}"
    return f"📡 Also on {wire_name(entry)}: {clip(entry.url, LINK_URL_LIMIT)} — {about}"


def channel_advice(error: str) -> str:
    """Return what to do about a Slack error that refuses every alert to a channel (plain text)."""
    return _ADVICE.get(error, "Slack refused the alert; see `/dealwire status`")


def admin_reply(*, channel: str, channel_id: str | None, error: str, detail: str) -> str:
    """Return the admin-channel message (mrkdwn) about a channel Slack refuses alerts for."""
    shown = (
        f"<#{channel_id}>" if channel_id and re.fullmatch(r"[CG][A-Z0-9]+", channel_id) else escape(channel)
    )
    advice = channel_advice(error)
    text = f"⚠️ DealWire cannot post to {shown}: `{escape(clip(error, 80))}`"
    if detail:
        text += f" ({escape_truncated(clip(detail, 300), 300)})"
    return f"{text} — {escape(advice)}. Alerts for it are marked failed until this is fixed."
