"""The poll cycle: fetch → parse → classify → route → store; run_cycle also delivers the outbox."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import structlog

from bot import store
from bot.classify import classify
from bot.enrich import fetch_release_text
from bot.fetch import FeedFetchError, fetch_feed
from bot.models import Entry, Watchlist
from bot.outbox import DeliveryOutcome, deliver_pending
from bot.parsing import parse_feed
from bot.revisions import record_revisions
from bot.route import route
from bot.services import Services, backoff_delay, utcnow

__all__ = [
    "DeliveryOutcome",
    "PollOutcome",
    "Services",
    "deliver_pending",
    "poll_due_feeds",
    "run_cycle",
    "utcnow",
]

log = structlog.get_logger("dealwire.pipeline")

FAR_FUTURE = timedelta(days=365 * 100)


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one feed poll did."""

    feed: str
    ok: bool
    new: int = 0
    alerts: int = 0
    not_modified: bool = False
    error: str = ""


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

    # Releases already stored that now read differently (corrections, updates) edit their alerts.
    record_revisions(
        svc,
        entries=parsed.entries,
        lists=lists,
        known_names=names,
        now=now,
        enrich=lambda e: _with_release_text(svc, e),
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


def run_cycle(svc: Services, *, everything: bool = False) -> tuple[list[PollOutcome], DeliveryOutcome]:
    """Run one full cycle: poll feeds, then deliver what is due."""
    polls = poll_due_feeds(svc, everything=everything)
    return polls, deliver_pending(svc)
