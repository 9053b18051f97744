"""`/dealwire digest [list] [--days N] [--share]`: a period's deal events now; `watch digest` schedules it.

Without --share the digest comes back only to the person who asked, as an ephemeral reply, which
cannot carry a file: the chart goes with the shared digest, which is posted to the channel through
the Web API (message, then the chart beside it) instead of the response URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from sqlmodel import Session

from bot import store
from bot.deliver import DeliveryError
from bot.digest_schedule import ScheduleError, next_due, parse_schedule, schedule_words
from bot.digest_send import compose_digest, post_digest
from bot.models import DigestFrequency, Watchlist
from bot.mrkdwn import escape, one_line
from handlers.context import COMMAND, Deps, Invocation, Reply, UsageError
from handlers.layout import channel_text, context, message, when
from handlers.parsing import Args

WEEK = 7
SCHEDULE_EXAMPLE = "weekly mon 08:00"


def _shown(name: str) -> str:
    return f"*{escape(one_line(name))}*"


def _all_lists(deps: Deps) -> list[Watchlist]:
    with store.session_scope(deps.engine) as session:
        return [*deps.config_watchlists, *store.load_watchlists(session)]


def _find(lists: Sequence[Watchlist], name: str) -> Watchlist | None:
    wanted = name.casefold()
    return next((wl for wl in lists if wl.name.casefold() == wanted), None)


def _known(lists: Sequence[Watchlist]) -> str:
    return ", ".join(escape(wl.name) for wl in lists[:15]) or "none yet"


def _which(invocation: Invocation, args: Args, deps: Deps) -> Watchlist | None:
    """The list named, else the one list posting to this channel, else None (every deal event)."""
    lists = _all_lists(deps)
    if len(args.words) > 1:
        raise UsageError(f"`digest` takes one watch list at most. Try: `{COMMAND} digest partners --days 7`")
    if args.words:
        name = args.words[0].text
        found = _find(lists, name)
        if found is None:
            raise UsageError(
                f"There is no watch list {_shown(name)}. Lists: {_known(lists)}. "
                f"Try: `{COMMAND} digest partners`, or `{COMMAND} digest` for every deal event"
            )
        return found
    here = [wl for wl in lists if wl.channel == invocation.channel_id]
    return here[0] if len(here) == 1 else None


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Return the digest of a list's last days (7 by default, 1 for a daily list); post it with --share."""
    watchlist = _which(invocation, args, deps)
    schedule = watchlist.digest if watchlist is not None else None
    daily = schedule is not None and schedule.frequency is DigestFrequency.DAILY
    days = args.days or (1 if daily else WEEK)
    end = deps.clock()
    post_here = args.share and deps.slack is not None
    content = compose_digest(
        deps.engine,
        watchlist=watchlist,
        start=end - timedelta(days=days),
        end=end,
        usd_rates=deps.usd_rates,
        rates_as_of=deps.rates_as_of,
        with_chart=post_here,
    )
    digest = content.message
    if post_here and deps.slack is not None:
        try:
            delivered = post_digest(deps.slack, channel=invocation.channel_id, content=content)
        except DeliveryError as exc:
            raise UsageError(
                f"I could not post the digest here ({escape(exc.error)}). In a private channel or a "
                f"direct message, invite DealWire first, or leave out --share to see it yourself."
            ) from None
        chart = ""
        if content.chart is not None:
            chart = (
                " with its chart" if delivered.chart_error is None else " (the chart could not be uploaded)"
            )
        return message(f"✅ Posted the digest here{chart}.")
    if args.share:
        return Reply(text=digest.text, blocks=digest.blocks, in_channel=True)
    hint = (
        "📈 Add `--share` to post this digest here with its chart."
        if content.stats.total
        else f"Try a longer period: `{COMMAND} digest --days {min(days * 4, 365)}`"
    )
    return Reply(text=digest.text, blocks=(*digest.blocks, context(hint)))


def _changeable(watchlist: Watchlist, deps: Deps) -> Watchlist:
    if watchlist.managed_by_config:
        raise UsageError(
            f"{_shown(watchlist.name)} is managed by config ({escape(deps.config_source)}): set its digest "
            f'there, e.g. digest = "{SCHEDULE_EXAMPLE}".'
        )
    return watchlist


def set_schedule(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    """Answer `watch digest <list> weekly mon 08:00 | daily 08:00 [zone] | off`: when its digest goes."""
    lists = [*deps.config_watchlists, *store.load_watchlists(session)]
    if not args.words:
        raise UsageError(f"Which watch list? Try: `{COMMAND} watch digest partners {SCHEDULE_EXAMPLE}`")
    name = args.words[0].text
    found = _find(lists, name)
    if found is None:
        raise UsageError(f"There is no watch list {_shown(name)}. Lists: {_known(lists)}.")
    watchlist = _changeable(found, deps)
    example = f"`{COMMAND} watch digest {escape(watchlist.name)} {SCHEDULE_EXAMPLE}`, `daily 08:00` or `off`"
    said = " ".join(args.rest().texts())
    try:
        schedule = parse_schedule(said)
    except ScheduleError as exc:
        raise UsageError(f"{escape(exc.message)}. Try: {example}") from None
    updated = replace(watchlist, digest=schedule)
    store.save_watchlist(session, watchlist=updated, created_by=invocation.user_id, now=deps.clock())
    if schedule is None:
        return message(f"✅ {_shown(updated.name)} gets no digest any more.", share=args.share)
    upcoming = next_due(schedule, deps.clock())
    return message(
        f"✅ {_shown(updated.name)} now gets a digest {escape(schedule_words(schedule))} in "
        f"{channel_text(updated.channel)}; the next one {when(upcoming)}.",
        share=args.share,
    )
