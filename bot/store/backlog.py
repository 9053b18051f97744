"""Entries recorded during a backfill without a classification, and their classification later."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from bot.models import Classification
from bot.store.entries import StoredEntry, entry_values, to_classification, to_entry
from bot.store.tables import EntryRow

_CLASSIFICATION_COLUMNS = ("events", "company", "partners", "tickers", "amounts", "evidence", "classified_at")


def unclassified_entries(session: Session, *, limit: int = 500) -> list[StoredEntry]:
    """Return entries waiting for a classification, oldest first."""
    rows = session.exec(
        select(EntryRow)
        .where(col(EntryRow.classified_at).is_(None))
        .order_by(col(EntryRow.id))
        .limit(limit)
        .execution_options(populate_existing=True)
    ).all()
    return [
        StoredEntry(
            id=row.id or 0,
            entry=to_entry(row),
            classification=to_classification(row),
            first_seen_at=row.first_seen_at,
            silent=row.silent,
        )
        for row in rows
    ]


def unclassified_count(session: Session) -> int:
    """Return how many entries wait for a classification."""
    return int(
        session.exec(
            select(func.count()).select_from(EntryRow).where(col(EntryRow.classified_at).is_(None))
        ).one()
    )


def set_classification(
    session: Session, *, stored: StoredEntry, classification: Classification, now: datetime
) -> bool:
    """Store the classification of an entry that had none; return False if it had one meanwhile."""
    values = entry_values(entry=stored.entry, classification=classification, silent=stored.silent, now=now)
    changed = session.exec(
        update(EntryRow)
        .where(col(EntryRow.id) == stored.id, col(EntryRow.classified_at).is_(None))
        .values({key: values[key] for key in _CLASSIFICATION_COLUMNS})
    )
    return int(changed.rowcount) == 1
