"""App Home: the workspace's watch lists (the user's own first) and the latest alerts."""

from __future__ import annotations

from typing import Any

from bot import store
from bot.mrkdwn import escape_truncated, one_line
from handlers.context import COMMAND, Deps
from handlers.layout import (
    MAX_HOME_BLOCKS,
    channel_text,
    context,
    divider,
    events_text,
    header,
    release_link,
    section,
    when,
)
from handlers.watch import summary_line

MAX_LISTS = 40
MAX_ALERTS = 25


def home_view(*, user_id: str, deps: Deps) -> dict[str, Any]:
    """Return the App Home view for a user: watch lists and the latest alerts, within Slack's limits."""
    now = deps.clock()
    with store.session_scope(deps.engine) as session:
        stored = store.load_watchlists(session)
        owners = store.watchlist_owners(session)
        alerts = store.latest_alerts(session, limit=MAX_ALERTS)
    lists = [*deps.config_watchlists, *stored]
    # The user's own lists first, then the rest in their usual order.
    lists.sort(key=lambda wl: owners.get(wl.name) != user_id)

    blocks: list[dict[str, Any]] = [
        header("DealWire"),
        section(
            "Milestone payments, INDs and licensing deals from the newswires, posted to the channels of "
            f"your watch lists. Type `{COMMAND} help` in any channel to see what you can ask."
        ),
        divider(),
        section(f"*Watch lists* ({len(lists)})" if lists else "*Watch lists*"),
    ]
    if not lists:
        blocks.append(section(f"None yet. Start one with `{COMMAND} watch create partners #deal-alerts`."))
    for watchlist in lists[:MAX_LISTS]:
        mine = " · _yours_" if owners.get(watchlist.name) == user_id else ""
        blocks.append(section(summary_line(watchlist, now=now) + mine))
    if len(lists) > MAX_LISTS:
        blocks.append(context(f"… and {len(lists) - MAX_LISTS} more: `{COMMAND} watch list`"))

    blocks += [divider(), section("*Latest alerts*")]
    if not alerts:
        blocks.append(section("No alerts yet. They appear here as soon as a release matches a watch list."))
    for alert in alerts:
        labels = f"{events_text(alert.events)} " if alert.events else ""
        company = f"*{escape_truncated(one_line(alert.company), 80)}* · " if alert.company else ""
        status = {"sent": "sent", "failed": "⚠️ failed", "pending": "queued", "sending": "sending"}.get(
            alert.status, alert.status
        )
        stamp = when(alert.sent_at or alert.created_at)
        blocks.append(
            section(
                f"{labels}{company}{release_link(alert.url, alert.title)}\n"
                f"→ *{escape_truncated(one_line(alert.watchlist), 80)}* {channel_text(alert.channel)} · "
                f"{status} {stamp}"
            )
        )
    blocks.append(context(f"Updated {when(now)} · `{COMMAND} recent` lists older events"))
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}
