"""Entry rows: which releases are known, storing a classified release with its alerts, lookups."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence, RouteMatch
from bot.store._sql import clean, clean_opt, dialect_insert
from bot.store.tables import EntryRow, alert_table, entry_table
from bot.stories import blocking_token

# Keeps IN lists well under every backend's bound-parameter limit.
_IN_CHUNK = 500
# The outbox's identity: one alert per entry and watch list, one edit per entry version.
ALERT_KEY = ["entry_id", "watchlist", "kind", "revision"]


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """A stored release with its classification, as first seen."""

    id: int
    entry: Entry
    classification: Classification
    first_seen_at: datetime
    silent: bool


def content_hash(entry: Entry) -> str:
    """Return a SHA-256 hex digest of the release's words (title, summary, body)."""
    return _words_hash(clean(entry.title), clean(entry.summary), clean(entry.body))


def _words_hash(*cleaned: str) -> str:
    digest = hashlib.sha256()
    for part in cleaned:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def known_ids(session: Session, *, wire: str, native_ids: Sequence[str]) -> set[str]:
    """Return those of the native ids already stored for this wire."""
    wanted = list(dict.fromkeys(native_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        cleaned = {clean(native_id): native_id for native_id in chunk}
        rows = session.exec(
            select(EntryRow.native_id).where(
                col(EntryRow.wire) == clean(wire), col(EntryRow.native_id).in_(list(cleaned))
            )
        ).all()
        found.update(cleaned[row] for row in rows)
    return found


def _amount_json(amount: Amount) -> dict[str, Any]:
    return {
        "value": str(amount.value),
        "currency": clean(amount.currency),
        "kind": amount.kind.value,
        "text": clean(amount.text),
        "upper_bound": amount.upper_bound,
    }


def _evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {"event": evidence.event.value, "rule": clean(evidence.rule), "sentence": clean(evidence.sentence)}


def entry_values(
    *, entry: Entry, classification: Classification | None, silent: bool, now: datetime
) -> dict[str, Any]:
    """Return an entry row's column values: the release, what was found in it, and its hash.

    classification None: not classified yet (a backfill entry the backlog classifies later).
    """
    found = classification or Classification()
    title, summary, body = clean(entry.title), clean(entry.summary), clean(entry.body)
    return {
        "wire": clean(entry.wire),
        "native_id": clean(entry.native_id),
        "feed_name": clean(entry.feed),
        "url": clean(entry.url),
        "title": title,
        "summary": summary,
        "body": body,
        "published": entry.published,
        "modified": entry.modified,
        "issuer": clean_opt(entry.issuer),
        "categories": [clean(category) for category in entry.categories],
        "content_hash": _words_hash(title, summary, body),  # content_hash(entry), cleaned once
        "first_seen_at": now,
        "silent": silent,
        "events": [event.value for event in found.events],
        "company": clean_opt(found.company),
        "partners": [clean(partner) for partner in found.partners],
        "tickers": [clean(ticker) for ticker in found.tickers],
        "amounts": [_amount_json(amount) for amount in found.amounts],
        "evidence": [_evidence_json(evidence) for evidence in found.evidence],
        "classified_at": None if classification is None else now,
        "story_at": entry.published or now,
        "title_token": clean_opt(blocking_token(entry)),
    }


def add_entry(
    session: Session,
    *,
    entry: Entry,
    classification: Classification,
    matches: Sequence[RouteMatch],
    silent: bool,
    now: datetime,
) -> int | None:
    """Insert the entry unless (wire, native id) is known; return its new id, or None if it existed.

    A new, non-silent entry gets one pending alert per matched watch list in the same transaction;
    the caller commits.
    """
    stmt = (
        dialect_insert(session, entry_table)
        .values(**entry_values(entry=entry, classification=classification, silent=silent, now=now))
        .on_conflict_do_nothing(index_elements=["wire", "native_id"])
        .returning(entry_table.c.id)
    )
    entry_id: int | None = session.exec(stmt).scalar_one_or_none()
    if entry_id is None or silent or not matches:
        return entry_id
    session.connection().execute(
        dialect_insert(session, alert_table).on_conflict_do_nothing(index_elements=ALERT_KEY),
        [alert_values(entry_id=entry_id, match=match, now=now) for match in matches],
    )
    return entry_id


def alert_values(*, entry_id: int, match: RouteMatch, now: datetime) -> dict[str, Any]:
    """Return the column values of a new pending alert of an entry for one matched watch list."""
    return {
        "entry_id": entry_id,
        "watchlist": clean(match.watchlist),
        "channel": clean(match.channel),
        "reason": clean(match.reason),
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
        "updated_at": now,
        "kind": "alert",
        "revision": "",
    }


def to_entry(row: EntryRow) -> Entry:
    """Rebuild the Entry value from a stored row."""
    return Entry(
        wire=row.wire,
        native_id=row.native_id,
        url=row.url,
        title=row.title,
        summary=row.summary,
        body=row.body,
        published=row.published,
        issuer=row.issuer,
        categories=tuple(row.categories),
        feed=row.feed_name,
        modified=row.modified,
    )


def to_classification(row: EntryRow) -> Classification:
    """Rebuild the Classification value from a stored row."""
    return Classification(
        events=tuple(EventType(event) for event in row.events),
        company=row.company,
        partners=tuple(row.partners),
        tickers=tuple(row.tickers),
        amounts=tuple(
            Amount(
                value=Decimal(item["value"]),
                currency=item["currency"],
                kind=AmountKind(item["kind"]),
                text=item.get("text", ""),
                upper_bound=bool(item.get("upper_bound", False)),
            )
            for item in row.amounts
        ),
        evidence=tuple(
            Evidence(event=EventType(item["event"]), rule=item["rule"], sentence=item["sentence"])
            for item in row.evidence
        ),
    )


def _stored(row: EntryRow) -> StoredEntry:
    assert row.id is not None
    return StoredEntry(
        id=row.id,
        entry=to_entry(row),
        classification=to_classification(row),
        first_seen_at=row.first_seen_at,
        silent=row.silent,
    )


def get_entry(session: Session, *, entry_id: int) -> StoredEntry | None:
    """Return the stored entry with this id, or None."""
    row = session.get(EntryRow, entry_id, populate_existing=True)
    return None if row is None else _stored(row)


def find_entry(session: Session, *, key: str) -> StoredEntry | None:
    """Return the earliest stored entry whose native id or URL equals key, or None."""
    key = clean(key.strip())
    if not key:
        return None
    row = session.exec(
        select(EntryRow)
        .where(or_(col(EntryRow.native_id) == key, col(EntryRow.url) == key))
        .order_by(col(EntryRow.id))
        .limit(1)
        .execution_options(populate_existing=True)
    ).first()
    return None if row is None else _stored(row)
