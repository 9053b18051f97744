"""Feed rows: configured feeds, which are due, and the outcome of each poll."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import case, update
from sqlmodel import Session, col, select

from bot.models import FeedSpec
from bot.store._sql import clean, clean_opt, dialect_insert, error_text
from bot.store.tables import FeedRow, feed_table

SYNC_LOCK_KEY = 0x6465616C66656564  # "dealfeed"


class FeedNotFound(LookupError):
    """No feed row has this id."""

    def __init__(self, feed_id: int) -> None:
        self.feed_id = feed_id
        super().__init__(f"no feed with id {feed_id}")


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed's configuration and polling state as stored."""

    id: int
    name: str
    url: str
    interval_seconds: int
    backfill_hours: int
    etag: str | None
    last_modified: str | None
    next_check_at: datetime
    first_polled_at: datetime | None  # None: never polled successfully, so the next poll is a backfill
    last_success_at: datetime | None
    consecutive_errors: int
    last_error: str | None
    active: bool = True
    last_polled_at: datetime | None = None
    failing: bool = False  # consecutive errors reached the threshold; the admins were told
    failing_since: datetime | None = None  # when the last failing spell started
    id_key: str = "native"  # how entries are keyed: "native" or "strong" (see bot.identity)
    body_hash: str | None = None  # SHA-256 of the last body read
    ttl_seconds: int | None = None  # the feed's <ttl> when it last gave one


@dataclass(frozen=True, slots=True)
class FeedFailure:
    """A failed poll as recorded: the error count, and the start of a failing spell this failure began."""

    errors: int
    became_failing_at: datetime | None  # set only on the failure that crossed the threshold


def _state(row: FeedRow) -> FeedState:
    assert row.id is not None
    return FeedState(
        id=row.id,
        name=row.name,
        url=row.url,
        interval_seconds=row.interval_seconds,
        backfill_hours=row.backfill_hours,
        etag=row.etag,
        last_modified=row.last_modified,
        next_check_at=row.next_check_at,
        first_polled_at=row.first_polled_at,
        last_success_at=row.last_success_at,
        consecutive_errors=row.consecutive_errors,
        last_error=row.last_error,
        active=row.active,
        last_polled_at=row.last_polled_at,
        failing=row.failing,
        failing_since=row.failing_since,
        id_key=row.id_key,
        body_hash=row.body_hash,
        ttl_seconds=row.ttl_seconds,
    )


def sync_feeds(session: Session, *, feeds: Sequence[FeedSpec], now: datetime) -> None:
    """Insert new configured feeds (due now), update existing ones by name, deactivate the rest."""
    table = feed_table
    if session.get_bind().dialect.name == "postgresql":
        # Bots starting together upsert the same feeds, which can deadlock: one bot at a time.
        session.connection().execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SYNC_LOCK_KEY})
    for spec in feeds:
        stmt = dialect_insert(session, table).values(
            name=clean(spec.name),
            url=clean(spec.url),
            config_url=clean(spec.url),
            interval_seconds=spec.interval_seconds,
            backfill_hours=spec.backfill_hours,
            active=True,
            next_check_at=now,
            consecutive_errors=0,
            updated_at=now,
        )
        url_changed = table.c.config_url != stmt.excluded.config_url
        stmt = stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={
                # A changed config URL wins over a stored redirect target; an unchanged one keeps it.
                "url": case((url_changed, stmt.excluded.url), else_=table.c.url),
                "config_url": stmt.excluded.config_url,
                # Validators belong to the old URL's responses.
                "etag": case((url_changed, None), else_=table.c.etag),
                "last_modified": case((url_changed, None), else_=table.c.last_modified),
                "interval_seconds": stmt.excluded.interval_seconds,
                "backfill_hours": stmt.excluded.backfill_hours,
                "active": True,
                "updated_at": stmt.excluded.updated_at,
            },
        )
        session.exec(stmt)
    names = [clean(spec.name) for spec in feeds]
    session.exec(
        update(FeedRow)
        .where(col(FeedRow.name).not_in(names), col(FeedRow.active))
        .values(active=False, updated_at=now)
    )


def due_feeds(session: Session, *, now: datetime, limit: int = 100) -> list[FeedState]:
    """Return active feeds whose next check is at or before now, soonest first."""
    rows = session.exec(
        select(FeedRow)
        .where(col(FeedRow.active), col(FeedRow.next_check_at) <= now)
        .order_by(col(FeedRow.next_check_at), col(FeedRow.id))
        .limit(limit)
        .execution_options(populate_existing=True)
    ).all()
    return [_state(row) for row in rows]


def feed_states(session: Session) -> list[FeedState]:
    """Return every stored feed, active or not, by name."""
    rows = session.exec(
        select(FeedRow).order_by(col(FeedRow.name)).execution_options(populate_existing=True)
    ).all()
    return [_state(row) for row in rows]


def record_poll_success(
    session: Session,
    *,
    feed_id: int,
    now: datetime,
    etag: str | None,
    last_modified: str | None,
    next_check_at: datetime,
    new_url: str | None = None,
    read_body: bool = False,
    body_hash: str | None = None,
    ttl_seconds: int | None = None,
    id_key: str | None = None,
    was_failing: bool = False,
) -> datetime | None:
    """Store a successful poll: validators, next check, first poll time, errors reset; moved URL.

    read_body: a body was read, so body_hash and ttl_seconds replace the stored ones. id_key: a new
    keying for the feed's entries. was_failing: the feed was failing when its poll began; return
    when that spell started if this success ended it (once, however many pollers), else None.
    """
    recovered: datetime | None = None
    if was_failing:
        recovered = session.exec(
            update(FeedRow)
            .where(col(FeedRow.id) == feed_id, col(FeedRow.failing))
            .values(failing=False)
            .returning(col(FeedRow.failing_since))
        ).scalar_one_or_none()
    values: dict[str, object] = {
        "etag": clean_opt(etag),
        "last_modified": clean_opt(last_modified),
        "next_check_at": next_check_at,
        "first_polled_at": case(
            (feed_table.c.first_polled_at.is_(None), now), else_=feed_table.c.first_polled_at
        ),
        "last_polled_at": now,
        "last_success_at": now,
        "consecutive_errors": 0,
        "last_error": None,
        "updated_at": now,
        # The poll is recorded: the feed is free for whichever bot finds it due next.
        "claimed_by": None,
        "lease_until": None,
    }
    if new_url is not None:
        values["url"] = clean(new_url)
    if read_body:
        values["body_hash"] = body_hash
        values["ttl_seconds"] = ttl_seconds
    if id_key is not None:
        values["id_key"] = id_key
    # A Core statement: every poll of every feed ends here, and the ORM's bookkeeping for an UPDATE
    # cost more than the statement itself.
    result = session.connection().execute(update(feed_table).where(feed_table.c.id == feed_id).values(values))
    if result.rowcount == 0:
        raise FeedNotFound(feed_id)
    return recovered


def record_poll_failure(
    session: Session, *, feed_id: int, now: datetime, error: str, next_check_at: datetime
) -> int:
    """Store a failed poll and when to try again; return the feed's consecutive error count."""
    errors = session.exec(
        update(FeedRow)
        .where(col(FeedRow.id) == feed_id)
        .values(
            consecutive_errors=col(FeedRow.consecutive_errors) + 1,
            last_error=error_text(error),
            last_polled_at=now,
            next_check_at=next_check_at,
            updated_at=now,
            claimed_by=None,
            lease_until=None,
        )
        .returning(col(FeedRow.consecutive_errors))
    ).scalar_one_or_none()
    if errors is None:
        raise FeedNotFound(feed_id)
    return int(errors)


def record_feed_failure(
    session: Session,
    *,
    feed_id: int,
    now: datetime,
    error: str,
    next_check_at: datetime,
    failing_after: int,
) -> FeedFailure:
    """Store a failed poll; mark the feed failing when its errors reach failing_after (reported once)."""
    errors = record_poll_failure(session, feed_id=feed_id, now=now, error=error, next_check_at=next_check_at)
    if errors < failing_after:
        return FeedFailure(errors=errors, became_failing_at=None)
    # The condition on the flag makes exactly one failure the one that began the spell.
    began = session.exec(
        update(FeedRow)
        .where(col(FeedRow.id) == feed_id, ~col(FeedRow.failing))
        .values(failing=True, failing_since=now)
    ).rowcount
    return FeedFailure(errors=errors, became_failing_at=now if began else None)
