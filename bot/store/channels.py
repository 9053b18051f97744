"""Per-channel delivery state: the pace of posts (token bucket, Retry-After), Slack IDs, and problems.

Kept in the database so that every process delivering, and every restart, honours the same pace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.store._sql import clean, dialect_insert, error_text
from bot.store.tables import (
    ChannelPaceRow,
    DeliveryProblemRow,
    channel_pace_table,
    delivery_problem_table,
)


@dataclass(frozen=True, slots=True)
class DeliveryProblem:
    """A channel Slack refuses for good, with how often and since when."""

    id: int
    channel: str
    error: str
    detail: str
    failures: int
    first_seen_at: datetime
    last_seen_at: datetime
    notified_at: datetime | None


def _pace_row(session: Session, channel: str, *, now: datetime) -> ChannelPaceRow:
    row = session.get(ChannelPaceRow, channel, populate_existing=True)
    if row is not None:
        return row
    session.exec(
        dialect_insert(session, channel_pace_table)
        .values(channel=channel, tat=now, updated_at=now)
        .on_conflict_do_nothing(index_elements=["channel"])
    )
    row = session.get(ChannelPaceRow, channel, populate_existing=True)
    assert row is not None
    return row


@dataclass(frozen=True, slots=True)
class ChannelPace:
    """A channel's pace as last stored: the token bucket's time and Slack's Retry-After."""

    tat: datetime  # theoretical arrival time of the next post at the configured rate
    not_before: datetime | None


def channel_pace(session: Session, *, channel: str, now: datetime) -> ChannelPace:
    """Return a channel's stored pace (a fresh channel may post at once)."""
    row = _pace_row(session, clean(channel), now=now)
    return ChannelPace(tat=row.tat, not_before=row.not_before)


def record_pace(session: Session, *, channel: str, tat: datetime, now: datetime) -> None:
    """Store a channel's token bucket after a post; a later time wins (another process may post too)."""
    channel = clean(channel)
    _pace_row(session, channel, now=now)
    session.exec(
        update(ChannelPaceRow)
        .where(col(ChannelPaceRow.channel) == channel, col(ChannelPaceRow.tat) < tat)
        .values(tat=tat, updated_at=now)
    )


def hold_channel(session: Session, *, channel: str, until: datetime, now: datetime) -> None:
    """Send nothing to `channel` before `until` (Slack's Retry-After); a later hold wins."""
    channel = clean(channel)
    row = _pace_row(session, channel, now=now)
    if row.not_before is None or row.not_before < until:
        session.exec(
            update(ChannelPaceRow)
            .where(col(ChannelPaceRow.channel) == channel)
            .values(not_before=until, updated_at=now)
        )


def next_allowed_at(session: Session, *, channel: str) -> datetime | None:
    """Return the Retry-After time Slack last set for the channel, or None."""
    row = session.get(ChannelPaceRow, clean(channel), populate_existing=True)
    return None if row is None else row.not_before


def remember_channel_id(session: Session, *, channel: str, channel_id: str, now: datetime) -> None:
    """Store the Slack ID of a channel named by #name (or by ID), learnt from a post or a lookup."""
    channel = clean(channel)
    _pace_row(session, channel, now=now)
    session.exec(
        update(ChannelPaceRow)
        .where(
            col(ChannelPaceRow.channel) == channel,
            col(ChannelPaceRow.channel_id).is_distinct_from(channel_id),
        )
        .values(channel_id=clean(channel_id), updated_at=now)
    )


def known_channel_id(session: Session, *, channel: str) -> str | None:
    """Return the stored Slack ID for a channel as watch lists name it, or None."""
    row = session.get(ChannelPaceRow, clean(channel), populate_existing=True)
    return None if row is None else row.channel_id


def _problem(row: DeliveryProblemRow) -> DeliveryProblem:
    assert row.id is not None
    return DeliveryProblem(
        id=row.id,
        channel=row.channel,
        error=row.error,
        detail=row.detail,
        failures=row.failures,
        first_seen_at=row.first_seen_at,
        last_seen_at=row.last_seen_at,
        notified_at=row.notified_at,
    )


def record_problem(session: Session, *, channel: str, error: str, detail: str, now: datetime) -> bool:
    """Count a permanent refusal of a channel; True when it is new (the admins have not heard of it)."""
    values = {"channel": clean(channel), "error": error_text(error)[:200]}
    inserted = session.exec(
        dialect_insert(session, delivery_problem_table)
        .values(
            **values,
            detail=error_text(detail),
            failures=1,
            first_seen_at=now,
            last_seen_at=now,
            next_notify_at=now,
        )
        .on_conflict_do_nothing(index_elements=["channel", "error"])
        .returning(delivery_problem_table.c.id)
    ).scalar_one_or_none()
    if inserted is not None:
        return True
    session.exec(
        update(DeliveryProblemRow)
        .where(
            col(DeliveryProblemRow.channel) == values["channel"],
            col(DeliveryProblemRow.error) == values["error"],
        )
        .values(failures=col(DeliveryProblemRow.failures) + 1, last_seen_at=now)
    )
    return False


def problems_to_notify(session: Session, *, now: datetime) -> list[DeliveryProblem]:
    """Return problems the admins have not been told about whose next try is due."""
    rows = session.exec(
        select(DeliveryProblemRow)
        .where(
            col(DeliveryProblemRow.notified_at).is_(None),
            col(DeliveryProblemRow.next_notify_at) <= now,
        )
        .order_by(col(DeliveryProblemRow.id))
        .execution_options(populate_existing=True)
    ).all()
    return [_problem(row) for row in rows]


def claim_problem_notice(session: Session, *, problem_id: int, now: datetime) -> bool:
    """Mark a problem as told to the admins before telling them; False if someone else did."""
    claimed = session.exec(
        update(DeliveryProblemRow)
        .where(col(DeliveryProblemRow.id) == problem_id, col(DeliveryProblemRow.notified_at).is_(None))
        .values(notified_at=now)
    )
    return int(claimed.rowcount) == 1


def postpone_problem_notice(session: Session, *, problem_id: int, until: datetime) -> None:
    """Tell the admins about a problem at `until` instead (their channel did not take the notice)."""
    session.exec(
        update(DeliveryProblemRow)
        .where(col(DeliveryProblemRow.id) == problem_id)
        .values(notified_at=None, next_notify_at=until)
    )


def clear_problems(session: Session, *, channel: str) -> int:
    """Forget a channel's problems once a post to it worked again; return how many."""
    result = session.exec(delete(DeliveryProblemRow).where(col(DeliveryProblemRow.channel) == clean(channel)))
    return int(result.rowcount)


def delivery_problems(session: Session) -> list[DeliveryProblem]:
    """Return every open delivery problem, the most recent first (for `status`)."""
    rows = session.exec(
        select(DeliveryProblemRow)
        .order_by(col(DeliveryProblemRow.last_seen_at).desc(), col(DeliveryProblemRow.id).desc())
        .execution_options(populate_existing=True)
    ).all()
    return [_problem(row) for row in rows]


def problem_channels(session: Session) -> set[str]:
    """Return the channels that have open problems."""
    return set(session.exec(select(DeliveryProblemRow.channel).distinct()).all())
