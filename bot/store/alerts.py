"""The alert outbox: which alerts are due, and each delivery's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, update
from sqlmodel import Session, col, select

from bot.models import Classification, Entry
from bot.store._sql import clean, error_text
from bot.store.entries import to_classification, to_entry
from bot.store.tables import AlertRow, EntryRow

STATUSES = ("pending", "sending", "sent", "failed")


class AlertNotFound(LookupError):
    """No alert row has this id."""

    def __init__(self, alert_id: int) -> None:
        self.alert_id = alert_id
        super().__init__(f"no alert with id {alert_id}")


@dataclass(frozen=True, slots=True)
class PendingAlert:
    """An alert waiting for delivery, with the release it is about."""

    id: int
    entry_id: int
    watchlist: str
    channel: str
    reason: str
    attempts: int
    entry: Entry
    classification: Classification


def due_alerts(session: Session, *, now: datetime, limit: int = 100) -> list[PendingAlert]:
    """Return pending alerts whose next attempt is due, oldest first.

    On PostgreSQL the rows are locked (SKIP LOCKED) until the transaction ends, so a second
    deliverer running at the same time passes over them; mark_sending then claims them.
    """
    stmt = (
        select(AlertRow, EntryRow)
        .join(EntryRow, col(AlertRow.entry_id) == col(EntryRow.id))
        .where(
            col(AlertRow.status) == "pending",
            col(AlertRow.next_attempt_at) <= now,
            col(AlertRow.kind) == "alert",
        )
        .order_by(col(AlertRow.created_at), col(AlertRow.id))
        .limit(limit)
        .execution_options(populate_existing=True)
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True, of=AlertRow)
    alerts = []
    for alert, entry in session.exec(stmt).all():
        assert alert.id is not None
        alerts.append(
            PendingAlert(
                id=alert.id,
                entry_id=alert.entry_id,
                watchlist=alert.watchlist,
                channel=alert.channel,
                reason=alert.reason,
                attempts=alert.attempts,
                entry=to_entry(entry),
                classification=to_classification(entry),
            )
        )
    return alerts


def _update(session: Session, alert_id: int, *conditions: Any, **values: Any) -> int:
    result = session.exec(update(AlertRow).where(col(AlertRow.id) == alert_id, *conditions).values(**values))
    return int(result.rowcount)


def _exists(session: Session, alert_id: int) -> bool:
    return session.exec(select(AlertRow.id).where(col(AlertRow.id) == alert_id)).first() is not None


def mark_sending(session: Session, *, alert_id: int, now: datetime) -> bool:
    """Claim a pending alert for delivery; return False if it was not pending (someone else has it)."""
    claimed = _update(session, alert_id, col(AlertRow.status) == "pending", status="sending", updated_at=now)
    if claimed == 0 and not _exists(session, alert_id):
        raise AlertNotFound(alert_id)
    return claimed == 1


def mark_sent(session: Session, *, alert_id: int, channel_id: str, ts: str, now: datetime) -> None:
    """Record a delivered alert with the Slack channel id and message ts (for later edits)."""
    updated = _update(
        session,
        alert_id,
        status="sent",
        sent_at=now,
        updated_at=now,
        slack_channel_id=clean(channel_id),
        slack_ts=clean(ts),
        last_error=None,
    )
    if updated == 0:
        raise AlertNotFound(alert_id)


def mark_retry(
    session: Session, *, alert_id: int, error: str, next_attempt_at: datetime, now: datetime | None = None
) -> None:
    """Count a failed attempt and put the alert back in the queue for next_attempt_at."""
    values: dict[str, Any] = {
        "status": "pending",
        "attempts": col(AlertRow.attempts) + 1,
        "last_error": error_text(error),
        "next_attempt_at": next_attempt_at,
    }
    if now is not None:
        values["updated_at"] = now
    if _update(session, alert_id, **values) == 0:
        raise AlertNotFound(alert_id)


def mark_failed(session: Session, *, alert_id: int, error: str, now: datetime) -> None:
    """Count a final failed attempt and give the alert up."""
    updated = _update(
        session,
        alert_id,
        status="failed",
        attempts=col(AlertRow.attempts) + 1,
        last_error=error_text(error),
        updated_at=now,
    )
    if updated == 0:
        raise AlertNotFound(alert_id)


def release_stuck_alerts(session: Session, *, sending_before: datetime, now: datetime) -> int:
    """Put rows left 'sending' whose claim lapsed back to pending, marked unsure; return how many.

    A claim lapses at its lease_until, or (claimed without one) when it was made before
    sending_before. A crash between posting and recording leaves such rows. Being unsure, they
    are looked for in the channel's history before anything is posted again; the lease must exceed
    the longest a live delivery can take, or a slow one elsewhere could be posted twice.
    """
    lapsed = or_(
        col(AlertRow.lease_until) < now,
        # Rows claimed without a lease (before leases were kept) lapse by the time of the claim.
        and_(col(AlertRow.lease_until).is_(None), col(AlertRow.updated_at) < sending_before),
    )
    result = session.exec(
        update(AlertRow)
        .where(col(AlertRow.status) == "sending", lapsed)
        .values(status="pending", unsure=True, next_attempt_at=now, updated_at=now, lease_until=None)
    )
    return int(result.rowcount)


def alert_counts(session: Session) -> dict[str, int]:
    """Return the number of alerts in each status (every status present, zero if none).

    Edits and thread replies under alerts are outbox rows too but not alerts: see outbox_counts.
    """
    counts = dict.fromkeys(STATUSES, 0)
    rows = session.exec(
        select(AlertRow.status, func.count())
        .where(col(AlertRow.kind) == "alert")
        .group_by(col(AlertRow.status))
    ).all()
    for status, count in rows:
        counts[status] = int(count)
    return counts
