"""The outbox queue per channel: what is waiting, claiming it, and recording each delivery's outcome.

Rows are alerts ('alert'), edits of a delivered alert ('update') and thread replies naming another
wire ('also_on'). Each channel is a queue in created order; only its head (or, for a digest, every
due alert) is ever claimed, so a channel's messages arrive in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from bot.models import Classification, Entry
from bot.store._sql import clean, error_text
from bot.store.entries import to_classification, to_entry
from bot.store.tables import AlertRow, EntryRow

KINDS = ("alert", "update", "also_on")
UNFINISHED = ("pending", "sending")


@dataclass(frozen=True, slots=True)
class QueuedItem:
    """An outbox row waiting in its channel's queue (no release text: see outbox_items)."""

    id: int
    kind: str  # 'alert' | 'update' | 'also_on'
    entry_id: int
    channel: str
    status: str  # 'pending' | 'sending'
    attempts: int
    next_attempt_at: datetime
    created_at: datetime
    updated_at: datetime
    unsure: bool  # the last attempt may have reached Slack: look before posting again
    digest_key: str | None
    attempted_at: datetime | None
    parent_alert_id: int | None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outbox row ready to render: the row's facts and the release it is about."""

    id: int
    kind: str
    entry_id: int
    watchlist: str
    channel: str
    reason: str
    attempts: int
    created_at: datetime
    note: str  # what changed, for 'update' rows
    parent_alert_id: int | None
    entry: Entry
    classification: Classification


@dataclass(frozen=True, slots=True)
class ParentAlert:
    """The alert an 'update' or 'also_on' row threads under, and where it landed in Slack."""

    id: int
    status: str
    channel_id: str | None
    ts: str | None
    in_digest: bool  # delivered as a line of a digest message: edit by thread reply only
    watchlist: str
    reason: str


def _queued(row: AlertRow) -> QueuedItem:
    assert row.id is not None
    return QueuedItem(
        id=row.id,
        kind=row.kind,
        entry_id=row.entry_id,
        channel=row.channel,
        status=row.status,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        unsure=row.unsure,
        digest_key=row.digest_key,
        attempted_at=row.attempted_at,
        parent_alert_id=row.parent_alert_id,
    )


def queued_channels(session: Session) -> list[str]:
    """Return every channel with outbox rows pending or sending, the longest-waiting first."""
    rows = session.exec(
        select(AlertRow.channel, func.min(col(AlertRow.created_at)))
        .where(col(AlertRow.status).in_(UNFINISHED))
        .group_by(col(AlertRow.channel))
        .order_by(func.min(col(AlertRow.created_at)), col(AlertRow.channel))
    ).all()
    return [channel for channel, _first in rows]


def channel_queue(session: Session, *, channel: str, limit: int = 1000) -> list[QueuedItem]:
    """Return a channel's pending and sending rows in created order (the head first)."""
    rows = session.exec(
        select(AlertRow)
        .where(col(AlertRow.channel) == channel, col(AlertRow.status).in_(UNFINISHED))
        .order_by(col(AlertRow.created_at), col(AlertRow.id))
        .limit(limit)
        .execution_options(populate_existing=True)
    ).all()
    return [_queued(row) for row in rows]


def outbox_items(session: Session, *, ids: Sequence[int]) -> list[OutboxItem]:
    """Return the rows with these ids and their releases, in the order of ids."""
    if not ids:
        return []
    rows = session.exec(
        select(AlertRow, EntryRow)
        .join(EntryRow, col(AlertRow.entry_id) == col(EntryRow.id))
        .where(col(AlertRow.id).in_(list(ids)))
        .execution_options(populate_existing=True)
    ).all()
    by_id: dict[int, OutboxItem] = {}
    for alert, entry in rows:
        assert alert.id is not None
        by_id[alert.id] = OutboxItem(
            id=alert.id,
            kind=alert.kind,
            entry_id=alert.entry_id,
            watchlist=alert.watchlist,
            channel=alert.channel,
            reason=alert.reason,
            attempts=alert.attempts,
            created_at=alert.created_at,
            note=alert.note or "",
            parent_alert_id=alert.parent_alert_id,
            entry=to_entry(entry),
            classification=to_classification(entry),
        )
    return [by_id[i] for i in ids if i in by_id]


def parent_alert(session: Session, *, alert_id: int) -> ParentAlert | None:
    """Return the alert with this id as a thread parent, or None."""
    row = session.get(AlertRow, alert_id, populate_existing=True)
    if row is None or row.id is None:
        return None
    return ParentAlert(
        id=row.id,
        status=row.status,
        channel_id=row.slack_channel_id,
        ts=row.slack_ts,
        in_digest=row.in_digest,
        watchlist=row.watchlist,
        reason=row.reason,
    )


def _set(session: Session, ids: Sequence[int], *conditions: Any, **values: Any) -> int:
    if not ids:
        return 0
    result = session.exec(
        update(AlertRow).where(col(AlertRow.id).in_(list(ids)), *conditions).values(**values)
    )
    return int(result.rowcount)


def claim(
    session: Session,
    *,
    ids: Sequence[int],
    now: datetime,
    digest_key: str | None = None,
    holder: str | None = None,
    lease_until: datetime | None = None,
) -> bool:
    """Mark pending rows 'sending' for one message; False (and nothing claimed) if any was not pending.

    The caller commits before talking to Slack, so a crash leaves the rows 'sending' with the
    time of the attempt, and a restart looks for the message before posting again. holder and
    lease_until name the bot sending and when its claim lapses (see release_stuck_alerts).
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return False
    still_pending = (
        select(func.count())
        .select_from(AlertRow)
        .where(col(AlertRow.id).in_(wanted), col(AlertRow.status) == "pending")
        .scalar_subquery()
    )
    claimed = _set(
        session,
        wanted,
        col(AlertRow.status) == "pending",
        still_pending == len(wanted),
        status="sending",
        updated_at=now,
        attempted_at=now,
        digest_key=digest_key,
        claimed_by=holder,
        lease_until=lease_until,
    )
    if claimed == len(wanted):
        return True
    if claimed and digest_key is not None:
        # A deliverer racing us took some rows after our count: give back the ones we took.
        session.exec(
            update(AlertRow)
            .where(col(AlertRow.digest_key) == digest_key, col(AlertRow.status) == "sending")
            .values(status="pending", digest_key=None)
        )
    return False


def record_sent(
    session: Session, *, ids: Sequence[int], channel_id: str, ts: str, now: datetime, in_digest: bool = False
) -> int:
    """Record rows as delivered by the Slack message (channel ID, ts); return how many changed."""
    return _set(
        session,
        ids,
        col(AlertRow.status).in_(UNFINISHED),
        status="sent",
        sent_at=now,
        updated_at=now,
        slack_channel_id=clean(channel_id),
        slack_ts=clean(ts),
        last_error=None,
        unsure=False,
        in_digest=in_digest,
    )


def record_digest_sent(session: Session, *, digest_key: str, channel_id: str, ts: str, now: datetime) -> int:
    """Record every row of one digest (found again in channel history) as delivered by it."""
    ids = session.exec(
        select(AlertRow.id).where(
            col(AlertRow.digest_key) == digest_key, col(AlertRow.status).in_(UNFINISHED)
        )
    ).all()
    return record_sent(
        session, ids=[i for i in ids if i is not None], channel_id=channel_id, ts=ts, now=now, in_digest=True
    )


def requeue(
    session: Session,
    *,
    ids: Sequence[int],
    error: str,
    next_attempt_at: datetime,
    now: datetime,
    count_attempt: bool = True,
    unsure: bool = False,
) -> int:
    """Put rows back in the queue for next_attempt_at; unsure: the failed attempt may have landed.

    Rows of a digest that surely did not land leave the digest (their marker is forgotten).
    """
    values: dict[str, Any] = {
        "status": "pending",
        "last_error": error_text(error),
        "next_attempt_at": next_attempt_at,
        "updated_at": now,
        "unsure": unsure,
    }
    if count_attempt:
        values["attempts"] = col(AlertRow.attempts) + 1
    if not unsure:
        values["digest_key"] = None
    return _set(session, ids, col(AlertRow.status).in_(UNFINISHED), **values)


def record_failed(session: Session, *, ids: Sequence[int], error: str, now: datetime) -> int:
    """Give rows up after a final failed attempt, keeping the error for `status`."""
    return _set(
        session,
        ids,
        col(AlertRow.status).in_(UNFINISHED),
        status="failed",
        attempts=col(AlertRow.attempts) + 1,
        last_error=error_text(error),
        updated_at=now,
        unsure=False,
    )


def clear_unsure(session: Session, *, ids: Sequence[int], now: datetime) -> int:
    """Record that the channel was checked and these rows' messages are not there: post them anew."""
    return _set(
        session,
        ids,
        col(AlertRow.status) == "pending",
        unsure=False,
        digest_key=None,
        updated_at=now,
    )


def next_due(session: Session) -> datetime | None:
    """Return when the earliest pending row is due, or None when nothing is pending."""
    value: datetime | None = session.exec(
        select(func.min(col(AlertRow.next_attempt_at))).where(col(AlertRow.status) == "pending")
    ).one()
    return value


def outbox_counts(session: Session) -> dict[str, dict[str, int]]:
    """Return, per row kind, the number of rows in each status (zero where none)."""
    counts = {kind: dict.fromkeys(("pending", "sending", "sent", "failed"), 0) for kind in KINDS}
    rows = session.exec(
        select(AlertRow.kind, AlertRow.status, func.count()).group_by(
            col(AlertRow.kind), col(AlertRow.status)
        )
    ).all()
    for kind, status, count in rows:
        counts.setdefault(kind, {})[status] = int(count)
    return counts
