"""Polling feeds: many at once within per-host limits; each poll conditional, parsed, claimed, rescheduled.

One poll is: fetch (304 or an unchanged body end it there) → parse → key entries → set aside those
stored (new versions of them edit their alerts: bot.revisions) → read release pages where the
summary is not enough → classify → route → claim entries, stories and alerts with the poll's
outcome in one transaction. A failed poll backs the feed off; crossing the failing threshold, and
recovering, are each announced to the admins once.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TypeVar

import structlog
from sqlmodel import Session

from bot import store
from bot.classify import classify
from bot.enrich import fetch_release_text, mentions_deals, needs_full_text
from bot.fetch import FeedFetchError, FetchResult, fetch_feed
from bot.hosts import HostLimiter
from bot.identity import NATIVE, STRONG, collide_too_often, keyed, same_item, strong_id
from bot.leases import FeedClaims
from bot.models import Classification, Entry, Watchlist
from bot.parsing import ParsedFeed, parse_feed
from bot.revisions import record_revisions
from bot.route import route
from bot.schedule import failure_delay, next_poll_delay
from bot.services import Services

log = structlog.get_logger("dealwire.polling")

T = TypeVar("T")

# Backfill entries classified after each scheduled tick: about a second of work.
BACKLOG_PER_TICK = 500
_BACKLOG_BATCH = 200


class FeedUnreadable(Exception):
    """A feed answered, but with nothing that could be read as RSS or Atom."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(f"no feed could be read from the response: {problem}")


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one feed poll did."""

    feed: str
    ok: bool
    new: int = 0
    alerts: int = 0
    not_modified: bool = False
    error: str = ""
    unchanged: bool = False  # 200 with the same body as last time: nothing parsed
    joined: int = 0  # new entries that joined an existing story (another wire's copy, a correction)


@dataclass(frozen=True, slots=True)
class _Sorted:
    """A feed's entries as keyed for this poll: new ones (oldest first) and those already stored."""

    fresh: list[Entry]
    known: list[Entry]
    seen_before: set[str]  # ids to record silently: stored before under the feed's old keying
    new_key: str | None  # the feed's keying from now on, when this poll changed it


@dataclass(frozen=True, slots=True)
class _Tick:
    """What every poll of one tick shares."""

    lists: tuple[Watchlist, ...]
    names: tuple[str, ...]
    limiter: HostLimiter


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
    # Bots starting together on PostgreSQL may collide here; a deadlock rolled back is simply redone.
    specs = svc.config.feed_specs()
    store.in_transaction(svc.engine, lambda session: store.sync_feeds(session, feeds=specs, now=svc.clock()))


def poll_due_feeds(svc: Services, *, everything: bool = False) -> list[PollOutcome]:
    """Poll the feeds whose next check is due (all active feeds when everything is set), many at once.

    Then classify entries a backfill recorded without classification: a batch per tick, or all of
    them when everything is set.
    """
    lists = watchlists(svc)
    outcomes = poll_feeds(svc, everything=everything, lists=lists)
    classify_backlog(svc, names=known_names(lists), limit=None if everything else BACKLOG_PER_TICK)
    if svc.metrics is not None:
        svc.metrics.beat()
    return outcomes


def poll_feeds(
    svc: Services, *, everything: bool = False, lists: Sequence[Watchlist] | None = None
) -> list[PollOutcome]:
    """Poll the feeds whose next check is due (all active feeds when everything is set), many at once."""
    started = time.monotonic()
    tick = _tick(svc, watchlists(svc) if lists is None else lists)
    # Other bots may poll from the same store: each feed is polled by the one that claimed it.
    outcomes = _poll_all(svc, feeds=FeedClaims(svc, everything=everything, db=partial(_db, svc)), tick=tick)
    if outcomes:
        log.info(
            "poll_tick_done",
            feeds=len(outcomes),
            failed=sum(1 for o in outcomes if not o.ok),
            not_modified=sum(1 for o in outcomes if o.not_modified or o.unchanged),
            new=sum(o.new for o in outcomes),
            alerts=sum(o.alerts for o in outcomes),
            ms=round((time.monotonic() - started) * 1000),
        )
    return outcomes


def poll_feed(
    svc: Services, *, feed: store.FeedState, lists: Sequence[Watchlist], tick: _Tick | None = None
) -> PollOutcome:
    """Poll one feed and store what is new; a failure is recorded against the feed, never raised."""
    started = time.monotonic()
    tick = tick or _tick(svc, lists)
    now = svc.clock()
    retry_after: int | None = None
    try:
        outcome = _poll(svc, feed=feed, tick=tick, now=now)
    except FeedFetchError as exc:
        outcome = PollOutcome(feed=feed.name, ok=False, error=str(exc))
        retry_after = exc.retry_after
    except FeedUnreadable as exc:
        outcome = PollOutcome(feed=feed.name, ok=False, error=str(exc))
    except Exception as exc:  # the per-feed job boundary: one broken feed must never stop the others
        log.exception("feed_poll_crashed", feed=feed.name)
        outcome = PollOutcome(feed=feed.name, ok=False, error=f"internal error: {type(exc).__name__}: {exc}")
    if svc.metrics is not None:
        svc.metrics.record_poll(
            feed=feed.name, ok=outcome.ok, not_modified=outcome.not_modified, new=outcome.new
        )
    if not outcome.ok:
        _record_failure(svc, feed=feed, now=now, error=outcome.error, retry_after=retry_after)
        return outcome
    fields = {
        "feed": feed.name,
        "new": outcome.new,
        "alerts": outcome.alerts,
        "joined": outcome.joined,
        "not_modified": outcome.not_modified,
        "unchanged": outcome.unchanged,
        "ms": round((time.monotonic() - started) * 1000),
    }
    if outcome.new:
        log.info("feed_polled", **fields)
    else:
        log.debug("feed_polled", **fields)
    return outcome


def classify_backlog(svc: Services, *, names: Sequence[str] = (), limit: int | None = None) -> int:
    """Classify entries a backfill stored unclassified (oldest first, up to limit); return how many.

    With several bots on one store, one of them works the backlog at a time; the others pass.
    """
    with store.exclusive(svc.engine, key=store.BACKLOG_LOCK_KEY) as ours:
        if not ours:
            log.debug("backlog_left_to_another_bot")
            return 0
        return _classify_backlog(svc, names=names, limit=limit)


def _classify_backlog(svc: Services, *, names: Sequence[str], limit: int | None) -> int:
    started = time.monotonic()
    done = 0
    while not svc.stop.is_set() and (limit is None or done < limit):
        batch = _BACKLOG_BATCH if limit is None else min(_BACKLOG_BATCH, limit - done)
        with _db(svc) as session:
            waiting = store.unclassified_entries(session, limit=batch)
        if not waiting:
            break
        results = [(stored, classify(stored.entry, known_names=names)) for stored in waiting]
        _write(svc, partial(_set_classifications, results=results, now=svc.clock()))
        done += len(waiting)
    if done:
        log.info("backlog_classified", entries=done, ms=round((time.monotonic() - started) * 1000))
    return done


def _set_classifications(
    session: Session, *, results: Sequence[tuple[store.StoredEntry, Classification]], now: datetime
) -> None:
    for stored, classification in results:
        store.set_classification(session, stored=stored, classification=classification, now=now)


# -- one tick ------------------------------------------------------------------------------------


def _tick(svc: Services, lists: Sequence[Watchlist]) -> _Tick:
    http = svc.config.http
    limiter = svc.polling.limiter(
        per_host=http.per_host_concurrency, rates=http.host_rates, sleep=svc.stop.wait
    )
    return _Tick(lists=tuple(lists), names=known_names(lists), limiter=limiter)


def _poll_all(svc: Services, *, feeds: FeedClaims, tick: _Tick) -> list[PollOutcome]:
    """Poll the tick's feeds on up to `concurrency` threads; return the outcomes in the order claimed."""
    workers = min(svc.config.http.concurrency, feeds.start(workers=svc.config.http.concurrency))
    if workers == 0:
        return []

    def work() -> list[tuple[int, PollOutcome]]:
        done = []
        while (claimed := feeds.next()) is not None:
            n, feed = claimed
            done.append((n, poll_feed(svc, feed=feed, lists=tick.lists, tick=tick)))
        return done

    if workers == 1:
        results = work()
    else:
        # Threads: polls wait on the network most of the time, and httpx.Client is thread-safe.
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="poll") as pool:
            futures = [pool.submit(work) for _ in range(workers)]
            results = [result for future in futures for result in future.result()]
    return [outcome for _n, outcome in sorted(results, key=lambda result: result[0])]


# -- one feed ------------------------------------------------------------------------------------


def _poll(svc: Services, *, feed: store.FeedState, tick: _Tick, now: datetime) -> PollOutcome:
    http = svc.config.http
    with tick.limiter.slot(feed.url):
        result = fetch_feed(
            svc.http,
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            max_bytes=http.max_feed_bytes,
            total_timeout=http.feed_timeout,
        )
    if result.status == 304:
        _record_success(svc, feed=feed, result=result, now=now, ttl_seconds=feed.ttl_seconds)
        return PollOutcome(feed=feed.name, ok=True, not_modified=True)
    body_hash = hashlib.sha256(result.body).hexdigest()
    if body_hash == feed.body_hash and feed.first_polled_at is not None:
        # Servers without validators send the same bytes again: nothing in them can be new.
        _record_success(svc, feed=feed, result=result, now=now, ttl_seconds=feed.ttl_seconds)
        return PollOutcome(feed=feed.name, ok=True, unchanged=True)

    parsed = parse_feed(
        result.body,
        feed_name=feed.name,
        feed_url=result.url,
        content_type=result.content_type,
        now=now,
        keep_repeated_ids=True,
    )
    for problem in parsed.problems:
        log.warning("feed_malformed", feed=feed.name, problem=problem)
    if not parsed.is_feed:
        raise FeedUnreadable(parsed.problems[0] if parsed.problems else "empty response")

    sorted_entries = _sort(svc, feed=feed, parsed=parsed)
    if sorted_entries.known:
        record_revisions(
            svc,
            entries=sorted_entries.known,
            lists=tick.lists,
            known_names=tick.names,
            now=now,
            enrich=lambda e: _with_release_text(svc, entry=e, tick=tick),
        )
    cutoff = now - timedelta(hours=feed.backfill_hours) if feed.first_polled_at is None else None
    items: list[store.NewEntry] = []
    for entry in sorted_entries.fresh:
        if svc.stop.is_set():
            # Nothing is recorded, so the next poll reads the feed again from the start.
            return PollOutcome(feed=feed.name, ok=True)
        backfill = cutoff is not None and (entry.published is None or entry.published < cutoff)
        if backfill or entry.native_id in sorted_entries.seen_before:
            items.append(store.NewEntry(entry=entry, classification=None, silent=True))
        else:
            items.append(_examine(svc, entry=entry, tick=tick, now=now))

    next_check = now + _success_delay(svc, feed=feed, result=result, ttl_seconds=parsed.ttl_seconds)

    def write(session: Session) -> tuple[list[store.ClaimedEntry], datetime | None]:
        claimed = store.claim_entries(session, items=items, now=now)
        recovered = store.record_poll_success(
            session,
            feed_id=feed.id,
            now=now,
            etag=result.etag,
            last_modified=result.last_modified,
            next_check_at=next_check,
            new_url=result.permanent_redirect,
            read_body=True,
            body_hash=body_hash,
            ttl_seconds=parsed.ttl_seconds,
            id_key=sorted_entries.new_key,
            was_failing=feed.failing,
        )
        _enqueue_recovery(session, feed=feed, since=recovered, now=now)
        return claimed, recovered

    claimed, recovered = _write(svc, write)
    _log_recovery(feed, since=recovered)
    _log_claimed(feed, claimed=claimed, items=items)
    return PollOutcome(
        feed=feed.name,
        ok=True,
        new=len(claimed),
        alerts=sum(c.alerts for c in claimed),
        joined=sum(1 for c in claimed if c.joined),
    )


def _sort(svc: Services, *, feed: store.FeedState, parsed: ParsedFeed) -> _Sorted:
    """Return the feed's entries split into new and stored, under the feed's keying.

    A feed whose ids collide too often is keyed strongly from then on; on the poll that switches,
    items already stored under their old id are recorded again under the new one, silently.
    """
    raw = parsed.entries
    current = keyed(raw, id_key=feed.id_key)
    with _db(svc) as session:
        known = _known_titles(session, current.entries)
    collisions = current.collisions
    if feed.id_key == NATIVE:
        # Ids reused by position as items scroll: a stored id now under another headline. Only
        # feeds without a wire's own release ids can do this.
        collisions += sum(
            1
            for e in current.entries
            if not e.wire
            and (e.wire, e.native_id) in known
            and not same_item(known[(e.wire, e.native_id)], e.title)
        )
    if feed.id_key == NATIVE and collide_too_often(items=len(raw), collisions=collisions):
        log.warning("feed_ids_collide", feed=feed.name, items=len(raw), collisions=collisions, key=STRONG)
        stronger = keyed(raw, id_key=STRONG)
        with _db(svc) as session:
            known_strong = _known_titles(session, stronger.entries)
            linked = store.titles_at_urls(session, urls=[e.url for e in raw])
        # Items stored under their old ids (found by id, or by link when ids moved) are not news.
        seen_before = {
            strong_id(e)
            for e in raw
            if ((e.wire, e.native_id) in known and same_item(known[(e.wire, e.native_id)], e.title))
            or (e.url in linked and same_item(linked[e.url], e.title))
        }
        return _split(stronger.entries, known=known_strong, seen_before=seen_before, new_key=STRONG)
    return _split(current.entries, known=known, seen_before=set(), new_key=None)


def _split(
    entries: Sequence[Entry], *, known: dict[tuple[str, str], str], seen_before: set[str], new_key: str | None
) -> _Sorted:
    fresh = [e for e in entries if (e.wire, e.native_id) not in known]
    # A feed without wire ids whose id now names another item (too few of them to rekey the feed)
    # has not revised the stored release: that item is passed over rather than written onto it.
    stored = [
        e
        for e in entries
        if (e.wire, e.native_id) in known and (e.wire or same_item(known[(e.wire, e.native_id)], e.title))
    ]
    return _Sorted(fresh=_oldest_first(fresh), known=stored, seen_before=seen_before, new_key=new_key)


def _known_titles(session: Session, entries: Sequence[Entry]) -> dict[tuple[str, str], str]:
    by_wire: dict[str, list[str]] = {}
    for entry in entries:
        by_wire.setdefault(entry.wire, []).append(entry.native_id)
    known: dict[tuple[str, str], str] = {}
    for wire, native_ids in by_wire.items():
        titles = store.known_titles(session, wire=wire, native_ids=native_ids)
        known.update(((wire, native_id), title) for native_id, title in titles.items())
    return known


def _oldest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: e.published or datetime.min.replace(tzinfo=UTC))


def _examine(svc: Services, *, entry: Entry, tick: _Tick, now: datetime) -> store.NewEntry:
    """Classify and route a new entry, reading its release page first when the summary is not enough."""
    classification = None
    if not mentions_deals(entry):
        classification = classify(entry, known_names=tick.names)
    if classification is None or needs_full_text(entry, classification):
        full = _with_release_text(svc, entry=entry, tick=tick)
        if full is not entry or classification is None:
            entry, classification = full, classify(full, known_names=tick.names)
    matches = route(
        entry=entry,
        classification=classification,
        watchlists=tick.lists,
        usd_rates=svc.config.rates.usd_per_unit,
        now=now,
    )
    return store.NewEntry(entry=entry, classification=classification, matches=tuple(matches))


def _with_release_text(svc: Services, *, entry: Entry, tick: _Tick) -> Entry:
    """Return the entry with its release page's text as body, when configured and reachable."""
    http = svc.config.http
    if entry.body or not http.fetch_release_pages or not entry.url.startswith(("http://", "https://")):
        return entry
    with _db(svc) as session:
        stored = store.find_entry(session, key=entry.url)
    if stored is not None and stored.entry.body:
        return replace(entry, body=stored.entry.body)

    def fetch() -> str:
        with tick.limiter.slot(entry.url):
            return fetch_release_text(
                svc.http,
                entry.url,
                max_bytes=http.release_page_bytes,
                total_timeout=http.release_page_timeout,
            )

    try:
        body = svc.polling.pages.fetch_once(entry.url, fetch)
    except FeedFetchError as exc:
        log.info("release_page_unavailable", entry=entry.native_id, url=entry.url, error=str(exc))
        return entry
    return replace(entry, body=body) if body else entry


# -- outcomes ------------------------------------------------------------------------------------


def _success_delay(
    svc: Services, *, feed: store.FeedState, result: FetchResult, ttl_seconds: int | None
) -> timedelta:
    return next_poll_delay(
        interval=timedelta(seconds=feed.interval_seconds),
        ttl_seconds=ttl_seconds,
        max_age_seconds=result.max_age_seconds,
        cap=timedelta(seconds=svc.config.http.max_backoff_seconds),
    )


def _record_success(
    svc: Services, *, feed: store.FeedState, result: FetchResult, now: datetime, ttl_seconds: int | None
) -> None:
    """Record a poll that read nothing new: one small UPDATE (two when it ends a failing spell)."""
    next_check = now + _success_delay(svc, feed=feed, result=result, ttl_seconds=ttl_seconds)

    def write(session: Session) -> datetime | None:
        recovered = store.record_poll_success(
            session,
            feed_id=feed.id,
            now=now,
            etag=result.etag or feed.etag,
            last_modified=result.last_modified or feed.last_modified,
            next_check_at=next_check,
            new_url=result.permanent_redirect,
            was_failing=feed.failing,
        )
        _enqueue_recovery(session, feed=feed, since=recovered, now=now)
        return recovered

    _log_recovery(feed, since=_write(svc, write))


def _record_failure(
    svc: Services, *, feed: store.FeedState, now: datetime, error: str, retry_after: int | None
) -> None:
    http = svc.config.http
    wait = failure_delay(
        errors=feed.consecutive_errors + 1,
        interval=timedelta(seconds=feed.interval_seconds),
        cap=timedelta(seconds=http.max_backoff_seconds),
        retry_after=retry_after,
    )

    def write(session: Session) -> store.FeedFailure:
        failure = store.record_feed_failure(
            session,
            feed_id=feed.id,
            now=now,
            error=error,
            next_check_at=now + wait,
            failing_after=http.failing_after,
        )
        if failure.became_failing_at is not None:
            store.enqueue_admin_notice(
                session,
                key=f"feed-failing:{feed.id}:{failure.became_failing_at.isoformat()}",
                text=(
                    f"Feed {feed.name} is failing: its last {failure.errors} polls went wrong. "
                    f"Last error: {error}. DealWire keeps trying, backing off up to "
                    f"{_duration(timedelta(seconds=http.max_backoff_seconds))} between tries."
                ),
                now=now,
            )
        return failure

    failure = _write(svc, write)
    log.warning(
        "feed_poll_failed",
        feed=feed.name,
        error=error,
        consecutive_errors=failure.errors,
        retry_in_s=round(wait.total_seconds()),
    )
    if failure.became_failing_at is not None:
        log.error("feed_failing", feed=feed.name, consecutive_errors=failure.errors, error=error)


def _enqueue_recovery(
    session: Session, *, feed: store.FeedState, since: datetime | None, now: datetime
) -> None:
    if since is None:
        return
    store.enqueue_admin_notice(
        session,
        key=f"feed-recovered:{feed.id}:{since.isoformat()}",
        text=(
            f"Feed {feed.name} is working again; it had been failing since "
            f"{since.astimezone(UTC):%Y-%m-%d %H:%M} UTC ({_duration(now - since)})."
        ),
        now=now,
    )


def _log_recovery(feed: store.FeedState, *, since: datetime | None) -> None:
    if since is not None:
        log.info("feed_recovered", feed=feed.name, failing_since=since.isoformat())


def _log_claimed(
    feed: store.FeedState, *, claimed: Sequence[store.ClaimedEntry], items: Sequence[store.NewEntry]
) -> None:
    found = {(item.entry.wire, item.entry.native_id): item for item in items}
    for claim in claimed:
        item = found.get((claim.entry.wire, claim.entry.native_id))
        if item is None or item.classification is None or not item.classification.events:
            continue
        log.info(
            "entry_classified",
            feed=feed.name,
            entry=claim.entry.native_id,
            events=[e.value for e in item.classification.events],
            company=item.classification.company,
            alerts=claim.alerts,
            story=claim.story_id,
            threaded=list(claim.threaded),
            silent=item.silent,
        )


def _duration(span: timedelta) -> str:
    minutes = max(int(span.total_seconds() // 60), 0)
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h" if hours < 48 else f"{hours // 24} days"


@contextmanager
def _db(svc: Services) -> Iterator[Session]:
    """A session for a polling thread's reads; on SQLite they take turns with each other and the writer."""
    gate = svc.polling.sqlite_lock if svc.engine.dialect.name == "sqlite" else nullcontext()
    with gate, store.session_scope(svc.engine) as session:
        yield session


def _write(svc: Services, run: Callable[[Session], T]) -> T:
    """Run a polling thread's write in a transaction shared with other threads' (group commit)."""
    return svc.polling.writer(svc.engine).write(run)
