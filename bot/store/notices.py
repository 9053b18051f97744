"""Admin notices: messages for the admin channel, each key enqueued once, then delivered by the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.store._sql import clean, dialect_insert, error_text
from bot.store.tables import AdminNoticeRow

admin_notice_table = AdminNoticeRow.__table__  # type: ignore[attr-defined]


class AdminNoticeNotFound(LookupError):
    """No admin notice has this id."""

    def __init__(self, notice_id: int) -> None:
        self.notice_id = notice_id
        super().__init__(f"no admin notice with id {notice_id}")


@dataclass(frozen=True, slots=True)
class AdminNotice:
    """A message waiting for the admin channel."""

    id: int
    key: str
    text: str  # plain text: the sender escapes it for Slack
    created_at: datetime
    attempts: int


def enqueue_admin_notice(session: Session, *, key: str, text: str, now: datetime) -> bool:
    """Queue a notice for the admin channel unless one with this key exists; return True when queued."""
    inserted = session.exec(
        dialect_insert(session, admin_notice_table)
        .values(key=clean(key), text=clean(text), created_at=now, attempts=0)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(admin_notice_table.c.id)
    ).scalar_one_or_none()
    return inserted is not None


def pending_admin_notices(session: Session, *, limit: int = 50) -> list[AdminNotice]:
    """Return notices not sent yet, oldest first."""
    rows = session.exec(
        select(AdminNoticeRow)
        .where(col(AdminNoticeRow.sent_at).is_(None))
        .order_by(col(AdminNoticeRow.id))
        .limit(limit)
        .execution_options(populate_existing=True)
    ).all()
    return [
        AdminNotice(
            id=row.id or 0, key=row.key, text=row.text, created_at=row.created_at, attempts=row.attempts
        )
        for row in rows
    ]


def mark_admin_notice_sent(session: Session, *, notice_id: int, now: datetime) -> None:
    """Record that a notice reached the admin channel (or the console)."""
    result = session.exec(
        update(AdminNoticeRow).where(col(AdminNoticeRow.id) == notice_id).values(sent_at=now, last_error=None)
    )
    if result.rowcount == 0:
        raise AdminNoticeNotFound(notice_id)


def mark_admin_notice_failed(session: Session, *, notice_id: int, error: str) -> None:
    """Count a failed attempt to send a notice; it stays pending."""
    result = session.exec(
        update(AdminNoticeRow)
        .where(col(AdminNoticeRow.id) == notice_id)
        .values(attempts=col(AdminNoticeRow.attempts) + 1, last_error=error_text(error))
    )
    if result.rowcount == 0:
        raise AdminNoticeNotFound(notice_id)
