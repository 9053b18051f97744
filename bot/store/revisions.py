"""Releases seen again: a changed version edits the alerts already made; another wire threads under them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.models import Classification, Entry, RouteMatch
from bot.store._sql import clean, dialect_insert
from bot.store.entries import ALERT_KEY, content_hash, entry_values, to_classification, to_entry
from bot.store.tables import AlertRow, EntryRow, alert_table

_IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class KnownEntry:
    """A stored release as last seen, for telling whether a feed now shows a changed version."""

    id: int
    entry: Entry
    classification: Classification
    content_hash: str
    silent: bool


@dataclass(frozen=True, slots=True)
class RevisionOutcome:
    """What recording a new version of a release did."""

    recorded: bool  # False: someone recorded this version (or another) first
    updates: int = 0  # edits queued for alerts already delivered
    alerts: int = 0  # new alerts for watch lists the new version matches


def known_entries(session: Session, *, entries: Sequence[Entry]) -> dict[tuple[str, str], KnownEntry]:
    """Return the stored versions of those entries already known, by (wire, native id)."""
    keys = {(clean(e.wire), clean(e.native_id)) for e in entries}
    by_wire: dict[str, list[str]] = {}
    for wire, native_id in keys:
        by_wire.setdefault(wire, []).append(native_id)
    found: dict[tuple[str, str], KnownEntry] = {}
    for wire, native_ids in by_wire.items():
        for start in range(0, len(native_ids), _IN_CHUNK):
            rows = session.exec(
                select(EntryRow)
                .where(
                    col(EntryRow.wire) == wire,
                    col(EntryRow.native_id).in_(native_ids[start : start + _IN_CHUNK]),
                )
                .execution_options(populate_existing=True)
            ).all()
            for row in rows:
                assert row.id is not None
                found[(row.wire, row.native_id)] = KnownEntry(
                    id=row.id,
                    entry=to_entry(row),
                    classification=to_classification(row),
                    content_hash=row.content_hash,
                    silent=row.silent,
                )
    return found


def touch_entry(session: Session, *, entry_id: int, modified: datetime | None) -> None:
    """Record a newer modification time for a release whose words did not change."""
    if modified is not None:
        session.exec(update(EntryRow).where(col(EntryRow.id) == entry_id).values(modified=modified))


def record_revision(
    session: Session,
    *,
    known: KnownEntry,
    entry: Entry,
    classification: Classification,
    matches: Sequence[RouteMatch],
    note: str,
    now: datetime,
    notify: bool = True,
) -> RevisionOutcome:
    """Store a release's new version and queue an edit (with `note`) of each alert already delivered.

    notify=False stores the version without edits or new alerts (nothing a reader would see changed).

    The stored version changes only if it is still `known` (compare and set on its content hash),
    so two pollers seeing the same correction queue its edits once. Alerts not yet delivered need
    no edit: they are rendered from the stored version when they go. Watch lists that match only
    the new version get an alert of their own, unless the release was recorded silently.
    """
    values = entry_values(entry=entry, classification=classification, silent=known.silent, now=now)
    for key in ("wire", "native_id", "first_seen_at", "silent"):
        values.pop(key)
    new_hash = content_hash(entry)
    changed = session.exec(
        update(EntryRow)
        .where(col(EntryRow.id) == known.id, col(EntryRow.content_hash) == known.content_hash)
        .values(**values)
    )
    if int(changed.rowcount) != 1:
        return RevisionOutcome(recorded=False)
    if not notify:
        return RevisionOutcome(recorded=True)
    alerts = session.exec(
        select(AlertRow)
        .where(col(AlertRow.entry_id) == known.id, col(AlertRow.kind) == "alert")
        .order_by(col(AlertRow.id))
        .execution_options(populate_existing=True)
    ).all()
    updates = 0
    for alert in alerts:
        if alert.status not in ("sent", "sending"):
            continue
        inserted = session.exec(
            dialect_insert(session, alert_table)
            .values(
                entry_id=known.id,
                watchlist=alert.watchlist,
                channel=alert.channel,
                reason=alert.reason,
                status="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
                updated_at=now,
                kind="update",
                revision=new_hash,
                parent_alert_id=alert.id,
                note=clean(note),
            )
            .on_conflict_do_nothing(index_elements=ALERT_KEY)
            .returning(alert_table.c.id)
        ).scalar_one_or_none()
        updates += inserted is not None
    made = 0
    if not known.silent:
        alerted = {alert.watchlist for alert in alerts}
        for match in matches:
            if match.watchlist in alerted:
                continue
            inserted = session.exec(
                dialect_insert(session, alert_table)
                .values(
                    entry_id=known.id,
                    watchlist=clean(match.watchlist),
                    channel=clean(match.channel),
                    reason=clean(match.reason),
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                    kind="alert",
                    revision="",
                )
                .on_conflict_do_nothing(index_elements=ALERT_KEY)
                .returning(alert_table.c.id)
            ).scalar_one_or_none()
            made += inserted is not None
    return RevisionOutcome(recorded=True, updates=updates, alerts=made)


def enqueue_also_on(
    session: Session, *, entry_id: int, story_entry_ids: Sequence[int], now: datetime
) -> list[str]:
    """Thread a release under the alerts its story already has, instead of alerting it again.

    For each watch list that already has an alert (not failed) for one of `story_entry_ids`, the
    entry gets an 'also_on' row under the earliest such alert, and an alert of its own for that
    list that nothing has tried to send yet (add_entry's, in the same transaction) is dropped.
    Returns the watch lists threaded under; the caller commits.
    """
    others = [i for i in dict.fromkeys(story_entry_ids) if i != entry_id]
    if not others:
        return []
    parents = session.exec(
        select(AlertRow)
        .where(
            col(AlertRow.entry_id).in_(others),
            col(AlertRow.kind) == "alert",
            col(AlertRow.status) != "failed",
        )
        .order_by(col(AlertRow.created_at), col(AlertRow.id))
        .execution_options(populate_existing=True)
    ).all()
    first: dict[str, AlertRow] = {}
    for parent in parents:
        first.setdefault(parent.watchlist, parent)
    for watchlist, parent in first.items():
        session.exec(
            delete(AlertRow).where(
                col(AlertRow.entry_id) == entry_id,
                col(AlertRow.watchlist) == watchlist,
                col(AlertRow.kind) == "alert",
                col(AlertRow.status) == "pending",
                col(AlertRow.attempts) == 0,
                col(AlertRow.attempted_at).is_(None),
            )
        )
        session.exec(
            dialect_insert(session, alert_table)
            .values(
                entry_id=entry_id,
                watchlist=watchlist,
                channel=parent.channel,
                reason=parent.reason,
                status="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
                updated_at=now,
                kind="also_on",
                revision="",
                parent_alert_id=parent.id,
            )
            .on_conflict_do_nothing(index_elements=ALERT_KEY)
        )
    return list(first)
