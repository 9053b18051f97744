"""The poll and delivery cycle: fetch → parse → classify → route → store, then deliver the outbox."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TextIO

import httpx
import structlog
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot import store
from bot.classify import classify
from bot.deliver import DeliveryError, post_alert
from bot.enrich import fetch_release_text
from bot.fetch import FeedFetchError, fetch_feed
from bot.metrics import Metrics
from bot.models import Entry, Watchlist
from bot.parsing import parse_feed
from bot.render import AlertView, render_alert, render_console
from bot.route import route
from config.settings import AppConfig

log = structlog.get_logger("dealwire.pipeline")

MAX_BACKOFF = timedelta(hours=1)
FAR_FUTURE = timedelta(days=365 * 100)


def utcnow() -> datetime:
    """Return the current time, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass(slots=True)
class Services:
    """Everything the cycle talks to, built once by the composition root."""

    engine: Engine
    http: httpx.Client
    config: AppConfig
    slack: WebClient | None = None
    console: TextIO | None = None
    clock: Callable[[], datetime] = utcnow
    stop: threading.Event = field(default_factory=threading.Event)
    metrics: Metrics | None = None


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one feed poll did."""

    feed: str
    ok: bool
    new: int = 0
    alerts: int = 0
    not_modified: bool = False
    error: str = ""


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What one delivery pass did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0


def backoff_delay(*, errors: int, interval: timedelta) -> timedelta:
    """Return the wait before retrying a feed or alert after `errors` consecutive failures, with jitter."""
    base = min(interval * (2 ** max(errors - 1, 0)), MAX_BACKOFF)
    return base * (0.5 + random.random() / 2)


def watchlists(svc: Services) -> list[Watchlist]:
    """Return the configured watch lists plus those made in Slack."""
    with store.session_scope(svc.engine) as session:
        made_in_slack = store.load_watchlists(session)
    return [*svc.config.watchlist_values(), *made_in_slack]


def known_names(lists: Sequence[Watchlist]) -> tuple[str, ...]:
    """Return the company names watch lists mention, so the classifier can recognise them as partners."""
    return tuple(sorted({name for wl in lists for name in wl.companies}))


def sync_config(svc: Services) -> None:
    """Make the store's feed table follow the configuration."""
    with store.session_scope(svc.engine) as session:
        store.sync_feeds(session, feeds=svc.config.feed_specs(), now=svc.clock())


def poll_due_feeds(svc: Services, *, everything: bool = False) -> list[PollOutcome]:
    """Poll the feeds whose next check is due (all active feeds when everything is set)."""
    now = svc.clock()
    with store.session_scope(svc.engine) as session:
        due = store.due_feeds(session, now=now + FAR_FUTURE if everything else now, limit=10_000)
    lists = watchlists(svc)
    outcomes: list[PollOutcome] = []
    for feed in due:
        if svc.stop.is_set():
            break
        outcomes.append(poll_feed(svc, feed=feed, lists=lists))
    if svc.metrics is not None:
        svc.metrics.beat()
    return outcomes


def poll_feed(svc: Services, *, feed: store.FeedState, lists: Sequence[Watchlist]) -> PollOutcome:
    """Poll one feed and store what is new; a failure is recorded against the feed, never raised."""
    started = time.monotonic()
    now = svc.clock()
    interval = timedelta(seconds=feed.interval_seconds)
    try:
        outcome = _poll(svc, feed=feed, lists=lists, now=now)
    except FeedFetchError as exc:
        outcome = PollOutcome(feed=feed.name, ok=False, error=str(exc))
    except Exception as exc:  # the per-feed job boundary: one broken feed must never stop the others
        log.exception("feed_poll_crashed", feed=feed.name)
        outcome = PollOutcome(feed=feed.name, ok=False, error=f"internal error: {type(exc).__name__}: {exc}")
    if svc.metrics is not None:
        svc.metrics.record_poll(
            feed=feed.name, ok=outcome.ok, not_modified=outcome.not_modified, new=outcome.new
        )
    if not outcome.ok:
        with store.session_scope(svc.engine) as session:
            errors = store.record_poll_failure(
                session,
                feed_id=feed.id,
                now=now,
                error=outcome.error,
                next_check_at=now + backoff_delay(errors=feed.consecutive_errors + 1, interval=interval),
            )
        log.warning("feed_poll_failed", feed=feed.name, error=outcome.error, consecutive_errors=errors)
    else:
        log.info(
            "feed_polled",
            feed=feed.name,
            new=outcome.new,
            alerts=outcome.alerts,
            not_modified=outcome.not_modified,
            ms=round((time.monotonic() - started) * 1000),
        )
    return outcome


def _poll(svc: Services, *, feed: store.FeedState, lists: Sequence[Watchlist], now: datetime) -> PollOutcome:
    http_cfg = svc.config.http
    result = fetch_feed(
        svc.http,
        feed.url,
        etag=feed.etag,
        last_modified=feed.last_modified,
        max_bytes=http_cfg.max_feed_bytes,
    )
    next_check = now + timedelta(seconds=feed.interval_seconds)
    if result.status == 304:
        with store.session_scope(svc.engine) as session:
            store.record_poll_success(
                session,
                feed_id=feed.id,
                now=now,
                etag=result.etag or feed.etag,
                last_modified=result.last_modified or feed.last_modified,
                next_check_at=next_check,
            )
        return PollOutcome(feed=feed.name, ok=True, not_modified=True)

    parsed = parse_feed(
        result.body, feed_name=feed.name, feed_url=result.url, content_type=result.content_type, now=now
    )
    for problem in parsed.problems:
        log.warning("feed_malformed", feed=feed.name, problem=problem)

    fresh = _unseen(svc, parsed.entries)
    cutoff = now - timedelta(hours=feed.backfill_hours) if feed.first_polled_at is None else None
    names = known_names(lists)
    new = alerts = 0
    for entry in fresh:
        if svc.stop.is_set():
            break
        silent = cutoff is not None and (entry.published is None or entry.published < cutoff)
        if not silent:
            entry = _with_release_text(svc, entry)
        classification = classify(entry, known_names=names)
        matches = (
            []
            if silent
            else route(
                entry=entry,
                classification=classification,
                watchlists=lists,
                usd_rates=svc.config.rates.usd_per_unit,
                now=now,
            )
        )
        with store.session_scope(svc.engine) as session:
            entry_id = store.add_entry(
                session, entry=entry, classification=classification, matches=matches, silent=silent, now=now
            )
        if entry_id is not None:
            new += 1
            alerts += len(matches)
            if classification.events:
                log.info(
                    "entry_classified",
                    feed=feed.name,
                    entry=entry.native_id,
                    events=[e.value for e in classification.events],
                    company=classification.company,
                    alerts=len(matches),
                    silent=silent,
                )

    with store.session_scope(svc.engine) as session:
        store.record_poll_success(
            session,
            feed_id=feed.id,
            now=now,
            etag=result.etag,
            last_modified=result.last_modified,
            next_check_at=next_check,
            new_url=result.permanent_redirect,
        )
    return PollOutcome(feed=feed.name, ok=True, new=new, alerts=alerts)


def _unseen(svc: Services, entries: Sequence[Entry]) -> list[Entry]:
    """Drop entries already stored (and repeats in one feed), so nothing is fetched or classified twice."""
    by_wire: dict[str, list[Entry]] = {}
    for entry in entries:
        by_wire.setdefault(entry.wire, []).append(entry)
    fresh: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    with store.session_scope(svc.engine) as session:
        for wire, group in by_wire.items():
            known = store.known_ids(session, wire=wire, native_ids=[e.native_id for e in group])
            for entry in group:
                key = (wire, entry.native_id)
                if entry.native_id not in known and key not in seen:
                    seen.add(key)
                    fresh.append(entry)
    fresh.sort(key=lambda e: e.published or datetime.min.replace(tzinfo=UTC))
    return fresh


def _with_release_text(svc: Services, entry: Entry) -> Entry:
    """Return the entry with the release page's text as its body, when configured and reachable."""
    if (
        entry.body
        or not svc.config.http.fetch_release_pages
        or not entry.url.startswith(("http://", "https://"))
    ):
        return entry
    try:
        body = fetch_release_text(svc.http, entry.url)
    except FeedFetchError as exc:
        log.info("release_page_unavailable", entry=entry.native_id, url=entry.url, error=str(exc))
        return entry
    return replace(entry, body=body)


def deliver_pending(svc: Services, *, limit: int = 200) -> DeliveryOutcome:
    """Send due alerts from the outbox to Slack (or the console), recording each result."""
    now = svc.clock()
    with store.session_scope(svc.engine) as session:
        due = store.due_alerts(session, now=now, limit=limit)
    rates = svc.config.rates.usd_per_unit
    sent = retried = failed = 0
    for alert in due:
        if svc.stop.is_set():
            break
        view = AlertView(
            entry=alert.entry,
            classification=alert.classification,
            watchlist=alert.watchlist,
            reason=alert.reason,
            usd_rates=dict(rates),
        )
        if svc.slack is None:
            _print_alert(svc, view=view, channel=alert.channel)
            with store.session_scope(svc.engine) as session:
                store.mark_sent(session, alert_id=alert.id, channel_id=alert.channel, ts="", now=svc.clock())
            sent += 1
            continue
        with store.session_scope(svc.engine) as session:
            claimed = store.mark_sending(session, alert_id=alert.id, now=svc.clock())
        if not claimed:  # another deliverer took it between our read and our claim
            continue
        try:
            posted = post_alert(
                svc.slack,
                channel=alert.channel,
                message=render_alert(view),
                metadata={"alert_id": alert.id, "entry_id": alert.entry_id},
            )
        except DeliveryError as exc:
            with store.session_scope(svc.engine) as session:
                if exc.permanent or alert.attempts + 1 >= svc.config.delivery.max_attempts:
                    store.mark_failed(session, alert_id=alert.id, error=str(exc), now=svc.clock())
                    failed += 1
                else:
                    wait = backoff_delay(errors=alert.attempts + 1, interval=timedelta(seconds=5))
                    if exc.retry_after is not None:
                        wait = max(wait, timedelta(seconds=exc.retry_after))
                    store.mark_retry(
                        session, alert_id=alert.id, error=str(exc), next_attempt_at=svc.clock() + wait
                    )
                    retried += 1
            log.warning(
                "alert_not_delivered",
                alert=alert.id,
                channel=alert.channel,
                error=exc.error,
                permanent=exc.permanent,
            )
            continue
        with store.session_scope(svc.engine) as session:
            store.mark_sent(
                session, alert_id=alert.id, channel_id=posted.channel_id, ts=posted.ts, now=svc.clock()
            )
        sent += 1
        if svc.metrics is not None:
            svc.metrics.observe_latency(published=alert.entry.published, now=svc.clock())
        log.info("alert_sent", alert=alert.id, channel=posted.channel_id, ts=posted.ts)
    if svc.metrics is not None:
        svc.metrics.record_deliveries(sent=sent, retried=retried, failed=failed)
        svc.metrics.beat()
    return DeliveryOutcome(sent=sent, retried=retried, failed=failed)


def _print_alert(svc: Services, *, view: AlertView, channel: str) -> None:
    if svc.console is None:
        return
    svc.console.write(f"── alert for {channel} ({view.watchlist}) ──\n{render_console(view)}\n\n")
    svc.console.flush()


def run_cycle(svc: Services, *, everything: bool = False) -> tuple[list[PollOutcome], DeliveryOutcome]:
    """Run one full cycle: poll feeds, then deliver what is due."""
    polls = poll_due_feeds(svc, everything=everything)
    return polls, deliver_pending(svc)
