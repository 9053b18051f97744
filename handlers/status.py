"""`/dealwire status`: each feed's last success, errors and next check; the alert queue; refused channels."""

from __future__ import annotations

from datetime import datetime

from bot import store
from bot.mrkdwn import escape, escape_truncated, one_line
from bot.notes import channel_advice
from handlers.context import Deps, Invocation, Reply
from handlers.layout import ago, channel_text, listing, when
from handlers.parsing import Args

ERROR_LIMIT = 160
MAX_PROBLEMS = 5  # refused channels listed under the queue; the admin channel was told of each


def _feed_line(feed: store.FeedState, now: datetime) -> str:
    name = escape_truncated(one_line(feed.name), 100)
    success = f"last success {when(feed.last_success_at)}"
    if feed.last_success_at is not None:
        success += f" ({ago(feed.last_success_at, now)})"
    next_check = f"next check {ago(feed.next_check_at, now)}"
    if feed.consecutive_errors:
        plural = "error" if feed.consecutive_errors == 1 else "errors"
        error = escape_truncated(one_line(feed.last_error or ""), ERROR_LIMIT)
        # Failing: past the threshold, and the admins were told; below it a feed is only retrying.
        state = (
            f"❌ *{name}* — failing"
            + (f" since {when(feed.failing_since)}" if feed.failing_since is not None else "")
            + f", {feed.consecutive_errors} consecutive {plural}"
            if feed.failing
            else f"⚠️ *{name}* — retrying after {feed.consecutive_errors} consecutive {plural}"
        )
        return state + (f": {error}" if error else "") + f"\n{success} · {next_check}"
    return f"✅ *{name}* — {success} · {next_check}"


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Return the state of every active feed (failing ones first) and of the alert outbox."""
    now = deps.clock()
    with store.session_scope(deps.engine) as session:
        feeds = [feed for feed in store.feed_states(session) if feed.active]
        counts = store.alert_counts(session)
        failures = store.latest_alerts(session, status="failed", limit=1)
        problems = store.delivery_problems(session)
    feeds.sort(key=lambda feed: (not feed.failing, -feed.consecutive_errors, feed.name))
    failing = sum(1 for feed in feeds if feed.failing)
    retrying = sum(1 for feed in feeds if feed.consecutive_errors and not feed.failing)
    alerts = (
        f"*Alerts:* {counts['pending'] + counts['sending']:,} pending · {counts['failed']:,} failed · "
        f"{counts['sent']:,} sent"
    )
    if failures:
        last = failures[0]
        error = escape_truncated(one_line(last.last_error or "unknown error"), ERROR_LIMIT)
        alerts += (
            f"\nLast failure: {error} — {escape_truncated(one_line(last.watchlist), 80)} → "
            f"{channel_text(last.channel)}, {when(last.created_at)}"
        )
    alerts += _problems_text(problems)
    troubles = [f"*{failing} failing*"] * bool(failing) + [f"{retrying} retrying"] * bool(retrying)
    title = f"*Feeds:* {len(feeds)} active, " + (", ".join(troubles) if troubles else "all healthy")
    if not feeds:
        title = "*Feeds:* none configured yet"
    return listing(
        title=title,
        items=[_feed_line(feed, now) for feed in feeds],
        total=len(feeds),
        more_hint="the failing ones are listed first",
        fallback=f"{len(feeds)} feeds, {failing} failing; alerts {counts['pending']} pending, "
        f"{counts['failed']} failed" + (f"; {len(problems)} channels refuse alerts" if problems else ""),
        share=args.share,
        footer=alerts,
        max_items=30,
    )


def _problems_text(problems: list[store.DeliveryProblem]) -> str:
    """Channels Slack refuses alerts for, newest first, each with what to do (empty when none)."""
    if not problems:
        return ""
    lines = [f"\n*Channels refusing alerts:* {len(problems)}"]
    for problem in problems[:MAX_PROBLEMS]:
        error = escape_truncated(one_line(problem.error), 80)
        plural = "alert" if problem.failures == 1 else "alerts"
        lines.append(
            f"• {channel_text(problem.channel)} — `{error}`: {escape(channel_advice(problem.error))} "
            f"({problem.failures:,} {plural} failed since {when(problem.first_seen_at)})"
        )
    if len(problems) > MAX_PROBLEMS:
        lines.append(f"• …and {len(problems) - MAX_PROBLEMS} more")
    return "\n".join(lines)
