"""Claiming new releases: insert each once, link it to its story and make its alerts, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, update
from sqlmodel import Session, col, select

from bot.models import Classification, Entry, RouteMatch
from bot.store._sql import clean, dialect_insert
from bot.store.entries import ALERT_KEY, alert_values, entry_values
from bot.store.revisions import enqueue_also_on
from bot.store.stories import lock_tokens, story_candidates
from bot.store.tables import EntryRow, alert_table, entry_table
from bot.stories import WINDOW, StoryFacts, choose_story, facts_of

_IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A release a feed showed that the store did not know, with what polling made of it."""

    entry: Entry
    classification: Classification | None  # None: not classified yet (backfill; the backlog does it)
    matches: tuple[RouteMatch, ...] = ()
    silent: bool = False


@dataclass(frozen=True, slots=True)
class ClaimedEntry:
    """A release this claim inserted, and the story it joined or began."""

    entry_id: int
    entry: Entry
    story_id: int
    joined: bool  # True: another wire's copy or an earlier version was already stored
    alerts: int  # alerts made for it
    threaded: tuple[str, ...] = ()  # watch lists it was threaded under the story's alert for instead


def known_titles(session: Session, *, wire: str, native_ids: Sequence[str]) -> dict[str, str]:
    """Return the stored headline of each of the native ids already stored for this wire."""
    wanted = list(dict.fromkeys(native_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        cleaned = {clean(native_id): native_id for native_id in wanted[start : start + _IN_CHUNK]}
        rows = session.exec(
            select(EntryRow.native_id, EntryRow.title).where(
                col(EntryRow.wire) == clean(wire), col(EntryRow.native_id).in_(list(cleaned))
            )
        ).all()
        found.update((cleaned[native_id], title) for native_id, title in rows)
    return found


def titles_at_urls(session: Session, *, urls: Sequence[str]) -> dict[str, str]:
    """Return a stored headline for each of the URLs some stored entry links to."""
    wanted = [url for url in dict.fromkeys(urls) if url]
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        cleaned = {clean(url): url for url in wanted[start : start + _IN_CHUNK]}
        rows = session.exec(
            select(EntryRow.url, EntryRow.title).where(col(EntryRow.url).in_(list(cleaned)))
        ).all()
        found.update((cleaned[url], title) for url, title in rows)
    return found


def claim_entries(session: Session, *, items: Sequence[NewEntry], now: datetime) -> list[ClaimedEntry]:
    """Insert the entries not stored yet, each joined to its story, with alerts; return those inserted.

    An entry already stored (by wire and native id) is skipped. An entry joining a story whose
    other entries were alerted is threaded under those alerts rather than alerted again, per
    watch list (store.enqueue_also_on). The caller commits, so a release and its alerts are stored
    together or not at all.
    """
    if not items:
        return []
    facts = [facts_of(item.entry, at=now) for item in items]
    tokens = {fact.token for fact in facts if fact.token}  # each its entry's blocking_token
    lock_tokens(session, tokens=tokens)
    candidates = story_candidates(
        session,
        tokens=tokens,
        start=min(f.at for f in facts) - WINDOW,
        end=max(f.at for f in facts) + WINDOW,
    )
    ids = _insert(session, items=items, now=now)

    claimed: list[ClaimedEntry] = []
    # An entry alone in its story keeps story_id NULL (it is its own story); only joins are written.
    story_updates: list[dict[str, int]] = []
    members: dict[int, list[int]] = {}
    by_token: dict[str, list[StoryFacts]] = {}
    for candidate in candidates:
        members.setdefault(candidate.story_id, []).append(candidate.entry_id)
        by_token.setdefault(candidate.token or "", []).append(candidate)
    for item, fact in zip(items, facts, strict=True):
        # pop: a release the feed listed twice is claimed once
        entry_id = ids.pop(_key(item), None)
        if entry_id is None:
            continue
        match = choose_story(fact, by_token.get(fact.token or "", []))
        story_id = match.story_id if match is not None else entry_id
        if match is not None:
            story_updates += [{"eid": entry_id, "sid": story_id}, {"eid": story_id, "sid": story_id}]
        threaded: tuple[str, ...] = ()
        if match is not None and item.matches and not item.silent:
            threaded = tuple(
                enqueue_also_on(
                    session, entry_id=entry_id, story_entry_ids=members.get(story_id, []), now=now
                )
            )
        members.setdefault(story_id, []).append(entry_id)
        stored = StoryFacts(
            title=fact.title,
            text=fact.text,
            issuer=fact.issuer,
            at=fact.at,
            wire=fact.wire,
            entry_id=entry_id,
            story_id=story_id,
            stored_token=fact.token,
        )
        by_token.setdefault(stored.token or "", []).append(stored)
        alerts = 0 if item.silent else len({m.watchlist for m in item.matches} - set(threaded))
        claimed.append(
            ClaimedEntry(
                entry_id=entry_id,
                entry=item.entry,
                story_id=story_id,
                joined=match is not None,
                alerts=alerts,
                threaded=threaded,
            )
        )
    if story_updates:
        session.connection().execute(
            update(entry_table).where(entry_table.c.id == bindparam("eid")).values(story_id=bindparam("sid")),
            story_updates,
        )
    return claimed


def _insert(session: Session, *, items: Sequence[NewEntry], now: datetime) -> dict[tuple[str, str], int]:
    """Insert the entries, then the alerts of those with matches; return the new ids by (wire, native id).

    One statement for the entries and one for the alerts, however many there are: a backfill brings
    hundreds of entries at once, and a statement per entry costs more than the rows it writes.
    """
    rows = (
        session.connection()
        .execute(
            dialect_insert(session, entry_table)
            .on_conflict_do_nothing(index_elements=["wire", "native_id"])
            .returning(entry_table.c.id, entry_table.c.wire, entry_table.c.native_id),
            [
                entry_values(
                    entry=item.entry,
                    # An entry that is alerted on is classified (route read its classification).
                    classification=item.classification
                    if item.silent or not item.matches
                    else item.classification or Classification(),
                    silent=item.silent,
                    now=now,
                )
                for item in items
            ],
        )
        .all()
    )
    ids = {(wire, native_id): entry_id for entry_id, wire, native_id in rows}
    alerted: set[int] = set()
    alerts = []
    for item in items:
        if item.silent or not item.matches:
            continue
        entry_id = ids.get(_key(item))
        if entry_id is None or entry_id in alerted:
            continue
        alerted.add(entry_id)  # a release the feed listed twice is alerted once
        alerts += [alert_values(entry_id=entry_id, match=match, now=now) for match in item.matches]
    if alerts:
        session.connection().execute(
            dialect_insert(session, alert_table).on_conflict_do_nothing(index_elements=ALERT_KEY), alerts
        )
    return ids


def _key(item: NewEntry) -> tuple[str, str]:
    """The entry's identity as stored: (wire, native id)."""
    return clean(item.entry.wire), clean(item.entry.native_id)
