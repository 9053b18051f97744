"""Stories in the store: the entries that are one release, and the candidates a new one is matched with."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import and_, func, or_, text
from sqlmodel import Session, col, select

from bot.store._sql import clean
from bot.store.entries import StoredEntry, get_entry
from bot.store.tables import EntryRow, entry_table
from bot.stories import MIN_TEXT, StoryFacts

# Enough for every release one company or headline word has in a week, even on a busy news day.
CANDIDATE_LIMIT = 200
_TEXT_CHARS = 3_000


@dataclass(frozen=True, slots=True)
class Story:
    """One release as stored: every entry of it (copies on other wires, corrections), first one first."""

    id: int
    entry_ids: tuple[int, ...]
    first_entry_id: int


def story_of(session: Session, *, entry_id: int) -> Story | None:
    """Return the story an entry belongs to (itself alone when it has no other copies), or None if unknown."""
    row = session.exec(select(EntryRow.id, EntryRow.story_id).where(col(EntryRow.id) == entry_id)).first()
    if row is None:
        return None
    story = row[1] or entry_id
    ids = _story_ids(session, story)
    return Story(id=story, entry_ids=ids, first_entry_id=ids[0] if ids else entry_id)


def story_entries(session: Session, *, story_id: int) -> list[StoredEntry]:
    """Return the entries of a story, in the order they were stored."""
    entries = [get_entry(session, entry_id=entry_id) for entry_id in _story_ids(session, story_id)]
    return [entry for entry in entries if entry is not None]


def story_candidates(
    session: Session, *, tokens: Collection[str], start: datetime, end: datetime, limit: int = CANDIDATE_LIMIT
) -> list[StoryFacts]:
    """Return stored releases between start and end whose headline begins with one of tokens, oldest first.

    At most `limit` a word (on average): the most recent are kept when a word is that common.
    """
    words = sorted({clean(token) for token in tokens if token})
    if not words:
        return []
    table = entry_table
    rows = (
        session.connection()
        .execute(
            sa.select(
                table.c.id,
                table.c.story_id,
                table.c.wire,
                table.c.title,
                func.substr(table.c.summary, 1, _TEXT_CHARS),
                func.substr(table.c.body, 1, _TEXT_CHARS),
                table.c.issuer,
                table.c.story_at,
                table.c.first_seen_at,
                table.c.title_token,
            )
            .where(table.c.title_token.in_(words), table.c.story_at.between(start, end))
            .order_by(table.c.id.desc())
            .limit(limit * len(words))
        )
        .all()
    )
    facts = []
    for entry_id, story_id, wire, title, summary, body, issuer, story_at, first_seen, token in reversed(rows):
        lead = summary if len(summary) >= MIN_TEXT else f"{summary}\n{body}".strip()
        facts.append(
            StoryFacts(
                title=title,
                text=lead,
                issuer=issuer,
                at=story_at or first_seen,
                wire=wire,
                entry_id=entry_id,
                story_id=story_id or entry_id,
                stored_token=token,
            )
        )
    return facts


def lock_tokens(session: Session, *, tokens: Collection[str]) -> None:
    """On PostgreSQL, hold a transaction lock per lookup word, so two pollers never split one story."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite has one writer; polling threads already take turns
    keys = sorted({_lock_key(token) for token in tokens if token})
    for key in keys:
        session.exec(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=key))  # type: ignore[call-overload]


def _lock_key(token: str) -> int:
    return int.from_bytes(hashlib.sha256(b"story:" + token.encode()).digest()[:8], "big", signed=True)


def _story_ids(session: Session, story_id: int) -> tuple[int, ...]:
    # An entry stored before stories existed (or by add_entry alone) has no story id: it is its own.
    rows = session.exec(
        select(EntryRow.id)
        .where(
            or_(
                col(EntryRow.story_id) == story_id,
                and_(col(EntryRow.id) == story_id, col(EntryRow.story_id).is_(None)),
            )
        )
        .order_by(col(EntryRow.id))
    ).all()
    return tuple(int(row) for row in rows if row is not None)
