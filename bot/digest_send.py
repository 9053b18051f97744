"""Period digests sent: gather a watch list's period from the store, compose it, post it with its chart.

`run_due_digests` is the scheduler's job: each list with a schedule gets its digest once per period,
however often the job runs and across restarts, because the period is claimed in the store (a unique
key per list and period) before anything is posted. A digest that fails cleanly is tried again on
later ticks. One that may have reached Slack unrecorded (no answer came, or the bot died while
posting) is looked for in the channel by the marker in its metadata, and posted again only when it
is not there: it goes out once.
"""

from __future__ import annotations

import http.client
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from urllib.error import URLError

import structlog
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot import store
from bot.chart import top_partners_png, value_by_week_png
from bot.deliver import DeliveryError, delivered_markers, post_alert
from bot.digest_schedule import last_due, period_start
from bot.headline import clip
from bot.models import Watchlist
from bot.outbox_checks import LOOKBACK, ChannelIds
from bot.period_digest import (
    QUARTER_WEEKS,
    DealEvent,
    PeriodStats,
    digest_console,
    more_footer,
    partner_values,
    period_stats,
    render_period_digest,
    weekly_values,
)
from bot.render import SlackMessage
from bot.services import Services

log = structlog.get_logger("dealwire.digests")

COMMAND = "/dealwire"
# A digest due while the bot was down still goes out when it is back within this long; older ones
# would arrive as a surprise about a week nobody is reading any more.
LATE_LIMIT = timedelta(hours=12)
MAX_ATTEMPTS = 5
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart ready to upload: the PNG, its file name, title and the words a screen reader says."""

    png: bytes
    filename: str
    title: str
    alt_text: str


@dataclass(frozen=True, slots=True)
class DigestContent:
    """A composed digest: its message, its chart (None when there is nothing to draw), its numbers."""

    message: SlackMessage
    chart: Chart | None
    stats: PeriodStats


@dataclass(frozen=True, slots=True)
class Delivered:
    """Where a digest landed, and its chart's file id (or why the chart did not go)."""

    channel_id: str
    ts: str
    chart_file_id: str | None = None
    chart_error: str | None = None


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    """What the job did for one list and period."""

    watchlist: str
    period_end: datetime
    status: str  # 'sent' | 'failed' | 'unsure' | 'skipped'
    events: int = 0
    error: str = ""


class ChartUploadError(Exception):
    """Slack refused the chart or could not be reached while it was uploaded."""

    def __init__(self, error: str) -> None:
        self.error = error
        super().__init__(f"chart upload failed: {error}")


def rates_note(as_of: date) -> str:
    """Return how the USD figures were reached: "USD at the configured rates of Nov 1, 2026"."""
    return f"USD at the configured rates of {_MONTHS[as_of.month - 1]} {as_of.day}, {as_of.year}"


def _day(moment: datetime) -> str:
    return f"{_MONTHS[moment.month - 1]} {moment.day}"


def compose_digest(
    engine: Engine,
    *,
    watchlist: Watchlist | None,
    start: datetime,
    end: datetime,
    usd_rates: Mapping[str, Decimal],
    rates_as_of: date | None,
    with_chart: bool = True,
) -> DigestContent:
    """Read the period (and the quarter before it, for the chart) from the store and compose the digest."""
    weekly = end - start >= timedelta(days=7)
    since = min(start, end - timedelta(weeks=QUARTER_WEEKS)) if weekly and with_chart else start
    with store.session_scope(engine) as session:
        deals = store.period_deals(session, since=since, until=end, watchlist=watchlist, usd_rates=usd_rates)
    name = watchlist.name if watchlist is not None else ""
    stats = period_stats(deals=deals, watchlist=name, start=start, end=end, usd_rates=usd_rates)
    message = render_period_digest(
        stats,
        rates_note=rates_note(rates_as_of) if rates_as_of is not None else "",
        footer=more_footer(stats=stats, command=COMMAND) if stats.total else "",
    )
    chart = None
    if with_chart and stats.total:
        chart = _chart(stats, deals=deals, weekly=weekly, usd_rates=usd_rates)
    return DigestContent(message=message, chart=chart, stats=stats)


def _chart(
    stats: PeriodStats, *, deals: Sequence[DealEvent], weekly: bool, usd_rates: Mapping[str, Decimal]
) -> Chart | None:
    listname = clip(stats.watchlist, 40) or "all deals"
    stamp = f"{stats.end:%Y-%m-%d}"
    if weekly:
        title = f"Disclosed deal value by week — {listname}"
        values = weekly_values(deals=deals, end=stats.end, usd_rates=usd_rates)
        return Chart(
            png=value_by_week_png(values, title=title),
            filename=f"dealwire-deal-value-{stamp}.png",
            title=f"{title}, {QUARTER_WEEKS} weeks to {_day(stats.end)}",
            alt_text=f"Stacked bars: disclosed deal value in USD millions per week over {QUARTER_WEEKS} "
            "weeks, by milestone, IND and licensing",
        )
    inside = [d for d in deals if stats.start <= d.when < stats.end]
    partners = partner_values(deals=inside, usd_rates=usd_rates)
    if not partners:
        return None
    title = f"Top partners by disclosed deal value — {listname}"
    return Chart(
        png=top_partners_png(partners, title=title),
        filename=f"dealwire-top-partners-{stamp}.png",
        title=f"{title}, {_day(stats.start)}–{_day(stats.end)}",
        alt_text="Horizontal bars: the partners with the most disclosed deal value in USD millions",
    )


def digest_marker(watchlist: str, end: datetime) -> str:
    """Return the marker a list's digest for the period ending at `end` carries in its metadata."""
    return f"period-digest:{watchlist}:{end.isoformat()}"


def post_digest(client: WebClient, *, channel: str, content: DigestContent, marker: str = "") -> Delivered:
    """Post the digest message to a channel, then upload its chart beside it; return where they landed.

    The message is what matters: a chart Slack refuses (no files:write scope, say) is logged and
    reported in `chart_error`, and the digest still counts as sent. The marker goes in the message's
    metadata, so a post whose answer was lost can be found in the channel.
    """
    metadata = {"marker": marker} if marker else None
    posted = post_alert(client, channel=channel, message=content.message, metadata=metadata)
    return _with_chart(client, channel_id=posted.channel_id, ts=posted.ts, chart=content.chart)


def _with_chart(client: WebClient, *, channel_id: str, ts: str, chart: Chart | None) -> Delivered:
    if chart is None:
        return Delivered(channel_id=channel_id, ts=ts)
    try:
        file_id = upload_chart(client, channel_id=channel_id, chart=chart)
    except ChartUploadError as exc:
        log.warning("digest_chart_failed", channel=channel_id, error=exc.error)
        return Delivered(channel_id=channel_id, ts=ts, chart_error=exc.error)
    return Delivered(channel_id=channel_id, ts=ts, chart_file_id=file_id)


def upload_chart(client: WebClient, *, channel_id: str, chart: Chart) -> str | None:
    """Upload the chart PNG to the channel (files_upload_v2, captioned with its title); return its file id."""
    try:
        response = client.files_upload_v2(
            channel=channel_id,
            file=chart.png,
            filename=chart.filename,
            title=chart.title,
            alt_txt=chart.alt_text,
            initial_comment=f"📈 {chart.title}",
        )
    except SlackApiError as exc:
        raise ChartUploadError(str(exc.response.get("error") or f"http_{exc.response.status_code}")) from exc
    except SlackClientError as exc:
        raise ChartUploadError(type(exc).__name__) from exc
    except (URLError, OSError, http.client.HTTPException) as exc:
        raise ChartUploadError(f"connection_error ({type(exc).__name__})") from exc
    found = response.get("file")
    return str(found["id"]) if isinstance(found, dict) and found.get("id") else None


# --- the scheduled job -------------------------------------------------------------------------------


def _watchlists(svc: Services) -> list[Watchlist]:
    with store.session_scope(svc.engine) as session:
        made_in_slack = store.load_watchlists(session)
    return [*svc.config.watchlist_values(), *made_in_slack]


def run_due_digests(svc: Services) -> list[DigestOutcome]:
    """Send every watch list's digest whose time has come and whose period is not recorded yet."""
    now = svc.clock()
    outcomes: list[DigestOutcome] = []
    for watchlist in _watchlists(svc):
        if svc.stop.is_set():
            break
        if watchlist.digest is None:
            continue
        end = last_due(watchlist.digest, now)
        if now - end > LATE_LIMIT:
            continue
        outcome = send_due_digest(
            svc, watchlist=watchlist, start=period_start(watchlist.digest, end), end=end
        )
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def _stale_before(svc: Services) -> datetime:
    """A digest 'sending' since before this was left by a process that died while posting it."""
    return svc.clock() - timedelta(seconds=svc.config.delivery.sending_lease_seconds)


def _unsettled(svc: Services, run: store.DigestRun) -> bool:
    """True when the run's post may have landed unrecorded: no answer came, or its process died."""
    return run.status == "unsure" or (run.status == "sending" and run.updated_at < _stale_before(svc))


def send_due_digest(
    svc: Services, *, watchlist: Watchlist, start: datetime, end: datetime
) -> DigestOutcome | None:
    """Send one list's digest for the period [start, end) unless it is recorded; None when nothing was due."""
    with store.session_scope(svc.engine) as session:
        run = store.digest_run(session, watchlist=watchlist.name, period_end=end)
    if run is not None and _unsettled(svc, run):
        return _settle(svc, watchlist=watchlist, start=start, end=end)
    if run is not None and not (run.status == "failed" and run.attempts < MAX_ATTEMPTS):
        return None  # sent, being sent, skipped, or failed for good
    now = svc.clock()
    if watchlist.muted_until is not None and watchlist.muted_until > end:
        with store.session_scope(svc.engine) as session:
            skipped = store.skip_digest_run(
                session, watchlist=watchlist.name, period_start=start, period_end=end, now=now, why="muted"
            )
        if skipped:
            log.info("digest_skipped", watchlist=watchlist.name, period_end=end.isoformat(), reason="muted")
        return DigestOutcome(watchlist.name, end, "skipped") if skipped else None

    try:
        content = _compose(svc, watchlist=watchlist, start=start, end=end)
    except SQLAlchemyError as exc:
        log.warning("digest_unreadable", watchlist=watchlist.name, error=type(exc).__name__)
        return None  # nothing claimed: the next tick reads again
    with store.session_scope(svc.engine) as session:
        claimed = store.claim_digest_run(
            session,
            watchlist=watchlist.name,
            period_start=start,
            period_end=end,
            now=now,
            max_attempts=MAX_ATTEMPTS,
        )
    if not claimed:
        return None  # another process has it
    return _deliver(svc, watchlist=watchlist, end=end, content=content)


def _compose(svc: Services, *, watchlist: Watchlist, start: datetime, end: datetime) -> DigestContent:
    rates = svc.config.rates
    return compose_digest(
        svc.engine,
        watchlist=watchlist,
        start=start,
        end=end,
        usd_rates=rates.usd_per_unit,
        rates_as_of=rates.as_of,
        with_chart=svc.slack is not None,
    )


def _settle(svc: Services, *, watchlist: Watchlist, start: datetime, end: datetime) -> DigestOutcome | None:
    """Find a digest whose post may have landed unrecorded and record it; post it when it is not there."""
    with store.session_scope(svc.engine) as session:
        taken = store.recover_digest_run(
            session,
            watchlist=watchlist.name,
            period_end=end,
            stale_before=_stale_before(svc),
            now=svc.clock(),
        )
    if not taken:
        return None  # another process is at it
    try:
        content = _compose(svc, watchlist=watchlist, start=start, end=end)
    except SQLAlchemyError as exc:
        log.warning("digest_unreadable", watchlist=watchlist.name, error=type(exc).__name__)
        _finish(svc, watchlist=watchlist.name, end=end, status="unsure", events=0, error="store unreadable")
        return None
    found = _find_posted(svc, watchlist=watchlist, end=end)
    if found is None:
        return _deliver(svc, watchlist=watchlist, end=end, content=content)
    channel_id, ts = found
    assert svc.slack is not None  # found in a channel's history
    delivered = _with_chart(svc.slack, channel_id=channel_id, ts=ts, chart=content.chart)
    return _sent(svc, watchlist=watchlist, end=end, content=content, delivered=delivered, found=True)


def _find_posted(svc: Services, *, watchlist: Watchlist, end: datetime) -> tuple[str, str] | None:
    """Return (channel id, ts) of the list's digest for the period if the channel holds it, else None.

    When Slack will not show the history (a scope is missing, the channel is gone), None: the digest
    is posted again, as a duplicate is better than a lost digest, and the warning says why.
    """
    client = svc.slack
    if client is None:
        return None  # printed, not posted: nothing to look for
    try:
        channel_id = ChannelIds(engine=svc.engine, client=client, clock=svc.clock).get(watchlist.channel)
        if channel_id is None:
            return None
        oldest = (end - LOOKBACK).timestamp()
        ts = delivered_markers(client, channel_id=channel_id, oldest=oldest).get(
            digest_marker(watchlist.name, end)
        )
    except DeliveryError as exc:
        log.warning(
            "digest_unverifiable", watchlist=watchlist.name, error=exc.error, action="posting it again"
        )
        return None
    log.info("digest_found", watchlist=watchlist.name, channel=channel_id, found=ts is not None)
    return None if ts is None else (channel_id, ts)


def _deliver(svc: Services, *, watchlist: Watchlist, end: datetime, content: DigestContent) -> DigestOutcome:
    events = content.stats.total
    if svc.slack is None:
        if svc.console is not None:
            svc.console.write(digest_console(content.message) + "\n\n")
            svc.console.flush()
        _finish(svc, watchlist=watchlist.name, end=end, status="sent", events=events)
        log.info("digest_printed", watchlist=watchlist.name, period_end=end.isoformat(), events=events)
        return DigestOutcome(watchlist.name, end, "sent", events)
    try:
        delivered = post_digest(
            svc.slack, channel=watchlist.channel, content=content, marker=digest_marker(watchlist.name, end)
        )
    except DeliveryError as exc:
        status = "unsure" if exc.ambiguous else "failed"
        _finish(
            svc,
            watchlist=watchlist.name,
            end=end,
            status=status,
            events=events,
            error=str(exc),
            give_up=exc.permanent,
        )
        log.warning(
            "digest_failed",
            watchlist=watchlist.name,
            channel=watchlist.channel,
            period_end=end.isoformat(),
            error=exc.error,
            permanent=exc.permanent,
            ambiguous=exc.ambiguous,
        )
        return DigestOutcome(watchlist.name, end, status, events, exc.error)
    return _sent(svc, watchlist=watchlist, end=end, content=content, delivered=delivered)


def _sent(
    svc: Services,
    *,
    watchlist: Watchlist,
    end: datetime,
    content: DigestContent,
    delivered: Delivered,
    found: bool = False,
) -> DigestOutcome:
    events = content.stats.total
    _finish(
        svc,
        watchlist=watchlist.name,
        end=end,
        status="sent",
        events=events,
        channel_id=delivered.channel_id,
        ts=delivered.ts,
        chart_file_id=delivered.chart_file_id,
        error=f"chart: {delivered.chart_error}" if delivered.chart_error else None,
    )
    log.info(
        "digest_sent",
        watchlist=watchlist.name,
        channel=delivered.channel_id,
        ts=delivered.ts,
        period_end=end.isoformat(),
        events=events,
        chart=delivered.chart_file_id is not None,
        found_in_channel=found,
    )
    return DigestOutcome(watchlist.name, end, "sent", events)


def _finish(
    svc: Services,
    *,
    watchlist: str,
    end: datetime,
    status: str,
    events: int,
    channel_id: str | None = None,
    ts: str | None = None,
    chart_file_id: str | None = None,
    error: str | None = None,
    give_up: bool = False,
) -> None:
    with store.session_scope(svc.engine) as session:
        store.finish_digest_run(
            session,
            watchlist=watchlist,
            period_end=end,
            status=status,
            now=svc.clock(),
            events=events,
            channel_id=channel_id,
            slack_ts=ts,
            chart_file_id=chart_file_id,
            error=error,
            give_up=give_up,
        )
