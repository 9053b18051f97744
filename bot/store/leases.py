"""Leases: how several running bots on one database share feeds and channels without doing anything twice.

A bot claims work by writing its id and a lease expiry on the rows in one UPDATE whose candidates
come from a sub-select; on PostgreSQL that sub-select locks its rows FOR UPDATE SKIP LOCKED, so two
bots claiming at once pass over each other's rows instead of waiting or taking them twice. SQLite
has no SKIP LOCKED but runs one writer at a time, which makes the same statement atomic there.
A claim whose bot died lapses at its expiry and the work is claimed again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, case, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.store._sql import clean, dialect_insert
from bot.store.feeds import FeedState
from bot.store.feeds import _state as feed_state
from bot.store.tables import AlertRow, ChannelPaceRow, FeedRow, channel_pace_table, feed_table

PACE_LOCK_KEY = 0x6465616C70616365  # "dealpace"
BACKLOG_LOCK_KEY = 0x6465616C6261636B  # "dealback"


def _free(table: sa.Table, *, now: datetime) -> ColumnElement[bool]:
    """Rows nobody holds, or whose lease lapsed (its holder died or is stuck)."""
    return or_(table.c.lease_until.is_(None), table.c.lease_until <= now)


def _skip_locked(session: Session, stmt: sa.Select[Any]) -> sa.Select[Any]:
    if session.get_bind().dialect.name == "postgresql":
        return stmt.with_for_update(skip_locked=True)
    return stmt


def claim_feeds(
    session: Session,
    *,
    holder: str,
    now: datetime,
    until: datetime,
    limit: int,
    due_by: datetime | None = None,
    polled_before: datetime | None = None,
) -> list[FeedState]:
    """Claim up to `limit` active feeds due by `due_by` (default now) that no live lease holds; return them.

    polled_before: only feeds not polled since then, so a tick polls each feed at most once.
    Soonest due first. The lease ends with the poll's record (store.record_poll_*) or at `until`.
    """
    table = feed_table
    wanted = (
        sa.select(table.c.id)
        .where(
            table.c.active,
            table.c.next_check_at <= (now if due_by is None else due_by),
            _free(table, now=now),
        )
        .order_by(table.c.next_check_at, table.c.id)
        .limit(limit)
    )
    if polled_before is not None:
        wanted = wanted.where(or_(table.c.last_polled_at.is_(None), table.c.last_polled_at < polled_before))
    ids = (
        session.connection()
        .execute(
            update(table)
            .where(table.c.id.in_(_skip_locked(session, wanted).scalar_subquery()))
            # Checked again on the row itself: under READ COMMITTED a row taken meanwhile fails it.
            .where(_free(table, now=now))
            .values(claimed_by=clean(holder), lease_until=until)
            .returning(table.c.id)
        )
        .scalars()
        .all()
    )
    if not ids:
        return []
    rows = session.exec(
        select(FeedRow)
        .where(col(FeedRow.id).in_(ids))
        .order_by(col(FeedRow.next_check_at), col(FeedRow.id))
        .execution_options(populate_existing=True)
    ).all()
    return [feed_state(row) for row in rows]


def claim_channels(
    session: Session, *, channels: Sequence[str], holder: str, now: datetime, until: datetime, limit: int
) -> list[str]:
    """Claim up to `limit` of these channels' queues, in the order given, where no live lease holds them.

    Only the holder of a channel posts to it, so its messages stay in order and its stored pace
    (channel_pace) is the one every bot obeys. Returns the channels claimed, in the order given.
    """
    wanted = list(dict.fromkeys(clean(channel) for channel in channels))
    if not wanted or limit <= 0:
        return []
    table = channel_pace_table
    _add_pace_rows(session, channels=wanted, now=now)
    order = case({channel: n for n, channel in enumerate(wanted)}, value=table.c.channel)
    candidates = (
        sa.select(table.c.channel)
        .where(table.c.channel.in_(wanted), _free(table, now=now))
        .order_by(order)
        .limit(limit)
    )
    claimed = set(
        session.connection()
        .execute(
            update(table)
            .where(table.c.channel.in_(_skip_locked(session, candidates).scalar_subquery()))
            .where(_free(table, now=now))
            .values(claimed_by=clean(holder), lease_until=until)
            .returning(table.c.channel)
        )
        .scalars()
        .all()
    )
    return [channel for channel in wanted if channel in claimed]


def _add_pace_rows(session: Session, *, channels: Sequence[str], now: datetime) -> None:
    """Give every channel its pace row, which carries the lease (a new channel's row is made here)."""
    table = channel_pace_table
    known = set(
        session.connection()
        .execute(sa.select(table.c.channel).where(table.c.channel.in_(channels)))
        .scalars()
    )
    missing = sorted(set(channels) - known)
    if not missing:
        return
    if session.get_bind().dialect.name == "postgresql":
        # Two bots inserting the same new rows at once can deadlock on PostgreSQL: one at a time.
        session.connection().execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PACE_LOCK_KEY})
    session.connection().execute(
        dialect_insert(session, table)
        .values([{"channel": channel, "tat": now, "updated_at": now} for channel in missing])
        .on_conflict_do_nothing(index_elements=["channel"])
    )


def renew_channel(session: Session, *, channel: str, holder: str, until: datetime) -> bool:
    """Extend this holder's lease on a channel to `until`; False when another bot has taken it over."""
    result = session.exec(
        update(ChannelPaceRow)
        .where(col(ChannelPaceRow.channel) == clean(channel), col(ChannelPaceRow.claimed_by) == clean(holder))
        .values(lease_until=until)
    )
    return int(result.rowcount) == 1


def release_channels(session: Session, *, channels: Sequence[str], holder: str) -> int:
    """Give up this holder's leases on these channels (any bot may claim them at once); return how many."""
    if not channels:
        return 0
    result = session.exec(
        update(ChannelPaceRow)
        .where(
            col(ChannelPaceRow.channel).in_([clean(channel) for channel in channels]),
            col(ChannelPaceRow.claimed_by) == clean(holder),
        )
        .values(claimed_by=None, lease_until=None)
    )
    return int(result.rowcount)


def release_leases(session: Session, *, holder: str, now: datetime) -> int:
    """Give up everything this holder claimed, for a bot that is stopping; return how many rows.

    Feeds and channels are free at once. Outbox rows it left 'sending' may have reached Slack, so
    their lease merely ends now: whoever takes them looks for them in the channel first.
    """
    holder = clean(holder)
    released = 0
    for row in (FeedRow, ChannelPaceRow):
        released += int(
            session.exec(
                update(row).where(col(row.claimed_by) == holder).values(claimed_by=None, lease_until=None)
            ).rowcount
        )
    released += int(
        session.exec(
            update(AlertRow)
            .where(
                col(AlertRow.claimed_by) == holder,
                col(AlertRow.status) == "sending",
                or_(col(AlertRow.lease_until).is_(None), col(AlertRow.lease_until) > now),
            )
            .values(lease_until=now)
        ).rowcount
    )
    return released


def lease_holders(session: Session, *, now: datetime) -> dict[str, int]:
    """Return each bot holding live leases on feeds or channels, with how many (for status and tests)."""
    counts: dict[str, int] = {}
    for table in (feed_table, channel_pace_table):
        rows = session.connection().execute(
            sa.select(table.c.claimed_by, sa.func.count())
            .where(table.c.claimed_by.is_not(None), table.c.lease_until > now)
            .group_by(table.c.claimed_by)
        )
        for holder, count in rows:
            counts[str(holder)] = counts.get(str(holder), 0) + int(count)
    return counts


@contextmanager
def exclusive(engine: Engine, *, key: int) -> Iterator[bool]:
    """Yield True when this bot alone may do the work named by key until the block ends, else False.

    On PostgreSQL a session advisory lock, tried without waiting on a connection of its own, so
    other bots pass over the work instead of queueing for it; it is given back when the block ends,
    or by the server when the bot's connection dies with it. SQLite serves a single bot: always True.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as conn:
        got = bool(conn.execute(sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar_one())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                conn.commit()
