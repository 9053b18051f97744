"""Read-only questions the Slack app and the metrics ask the store: recent events, search, alerts, totals."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Text, case, cast, func, or_
from sqlalchemy.orm import load_only
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from bot.models import Amount, EventType
from bot.route import company_key, company_matches
from bot.store._sql import clean
from bot.store.entries import to_classification
from bot.store.tables import AlertRow, EntryRow, WatchlistRow

MAX_LIMIT = 200
# How many candidate rows a company filter may examine in Python after the SQL prefilter.
MAX_COMPANY_SCAN = 20_000


@dataclass(frozen=True, slots=True)
class ReleaseSummary:
    """A stored release as lists show it: no body text, just what was found in it."""

    id: int
    wire: str
    url: str
    title: str
    published: datetime | None
    first_seen_at: datetime
    events: tuple[EventType, ...]
    company: str | None
    partners: tuple[str, ...]
    tickers: tuple[str, ...]
    amounts: tuple[Amount, ...]
    silent: bool  # recorded during a first poll's backfill, never alerted on

    @property
    def when(self) -> datetime:
        """The publication time, or when DealWire first saw the release if the wire gave none."""
        return self.published or self.first_seen_at


@dataclass(frozen=True, slots=True)
class ReleasePage:
    """The first releases of a query, newest first, and how many there are in all."""

    items: tuple[ReleaseSummary, ...]
    total: int


@dataclass(frozen=True, slots=True)
class AlertRecord:
    """An alert from the outbox with a glimpse of its release."""

    id: int
    entry_id: int
    watchlist: str
    channel: str
    status: str  # 'pending' | 'sending' | 'sent' | 'failed'
    reason: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    last_error: str | None
    title: str
    url: str
    company: str | None
    events: tuple[EventType, ...]


@dataclass(frozen=True, slots=True)
class StoreTotals:
    """How many releases are stored, and how many carry each event."""

    entries: int
    events: dict[EventType, int]


_SUMMARY_COLUMNS = (
    EntryRow.id,
    EntryRow.wire,
    EntryRow.url,
    EntryRow.title,
    EntryRow.published,
    EntryRow.first_seen_at,
    EntryRow.events,
    EntryRow.company,
    EntryRow.partners,
    EntryRow.tickers,
    EntryRow.amounts,
    EntryRow.evidence,
    EntryRow.silent,
)


_ALERT_ENTRY_COLUMNS = (EntryRow.id, EntryRow.title, EntryRow.url, EntryRow.company, EntryRow.events)


def _summary(row: EntryRow) -> ReleaseSummary:
    assert row.id is not None
    found = to_classification(row)
    return ReleaseSummary(
        id=row.id,
        wire=row.wire,
        url=row.url,
        title=row.title,
        published=row.published,
        first_seen_at=row.first_seen_at,
        events=found.events,
        company=found.company,
        partners=found.partners,
        tickers=found.tickers,
        amounts=found.amounts,
        silent=row.silent,
    )


def _limit(limit: int) -> int:
    return max(1, min(limit, MAX_LIMIT))


def _like(text: str) -> str:
    """Return a LIKE pattern matching text anywhere, with LIKE's own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _json_text(column: Any) -> Any:
    return func.lower(cast(column, Text))


def _in_json_list(column: Any, word: str) -> ColumnElement[bool]:
    """True where a JSON list column's text contains word, as typed or as JSON escapes it (non-ASCII)."""
    lowered = word.lower()
    forms = {lowered, json.dumps(lowered)[1:-1]}
    return or_(*(_json_text(column).like(_like(form), escape="\\") for form in forms))


def _has_event(event: EventType) -> ColumnElement[bool]:
    return cast(col(EntryRow.events), Text).like(f'%"{event.value}"%')


def _newest_first() -> tuple[Any, ...]:
    # first_seen_at is indexed; entries from one backfill share it, so publication time breaks the tie.
    return (col(EntryRow.first_seen_at).desc(), col(EntryRow.published).desc(), col(EntryRow.id).desc())


def _fetch(session: Session, ids: Sequence[int]) -> list[ReleaseSummary]:
    if not ids:
        return []
    rows = session.exec(
        select(EntryRow)
        .options(load_only(*_SUMMARY_COLUMNS))  # type: ignore[arg-type]
        .where(col(EntryRow.id).in_(list(ids)))
        .execution_options(populate_existing=True)
    ).all()
    by_id = {row.id: _summary(row) for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def _prefilter_words(company: str) -> set[str]:
    """Substrings at least one of which every matching name contains: the typed first word, and its
    longest plain run of letters once accents and punctuation are gone (what company_matches compares)."""
    words = {word.strip(".,'’()") for word in company.casefold().split()[:1]} - {""}
    key = company_key(company)
    runs = re.findall(r"[a-z0-9]+", key[0]) if key else []
    if runs:
        words.add(max(runs, key=len))
    return words or {company.casefold()}


def recent_events(
    session: Session,
    *,
    since: datetime,
    event: EventType | None = None,
    company: str | None = None,
    limit: int = 20,
) -> ReleasePage:
    """Return classified deal events published since a time, newest first, optionally of one type or company.

    A company matches as the watch lists match it: as the release's company or one of its partners.
    """
    when = func.coalesce(col(EntryRow.published), col(EntryRow.first_seen_at))
    conditions: list[Any] = [
        col(EntryRow.first_seen_at) >= since,
        when >= since,
        cast(col(EntryRow.events), Text) != "[]",
    ]
    if event is not None:
        conditions.append(_has_event(event))
    limit = _limit(limit)
    if company is None or not company.strip():
        total = session.exec(select(func.count()).select_from(EntryRow).where(*conditions)).one()
        ids = session.exec(
            select(EntryRow.id).where(*conditions).order_by(*_newest_first()).limit(limit)
        ).all()
        return ReleasePage(items=tuple(_fetch(session, [i for i in ids if i is not None])), total=int(total))

    wanted = clean(company.strip())
    conditions.append(
        or_(
            *(
                or_(
                    func.lower(col(EntryRow.company)).like(_like(word), escape="\\"),
                    _in_json_list(col(EntryRow.partners), word),
                )
                for word in _prefilter_words(wanted)
            )
        )
    )
    candidates = session.exec(
        select(EntryRow.id, EntryRow.company, EntryRow.partners)
        .where(*conditions)
        .order_by(*_newest_first())
        .limit(MAX_COMPANY_SCAN)
    ).all()
    matching = [
        entry_id
        for entry_id, name, partners in candidates
        if entry_id is not None
        and (
            (name is not None and company_matches(wanted, name))
            or any(company_matches(wanted, partner) for partner in partners)
        )
    ]
    return ReleasePage(items=tuple(_fetch(session, matching[:limit])), total=len(matching))


def search_releases(
    session: Session, *, words: Sequence[str], since: datetime | None = None, limit: int = 20
) -> ReleasePage:
    """Return stored releases whose title, summary, company or partners contain every word, newest first."""
    terms = [clean(word).strip().lower() for word in words if clean(word).strip()]
    if not terms:
        return ReleasePage(items=(), total=0)
    conditions: list[Any] = []
    for term in terms:
        pattern = _like(term)
        conditions.append(
            or_(
                func.lower(col(EntryRow.title)).like(pattern, escape="\\"),
                func.lower(col(EntryRow.summary)).like(pattern, escape="\\"),
                func.lower(col(EntryRow.company)).like(pattern, escape="\\"),
                _in_json_list(col(EntryRow.partners), term),
            )
        )
    if since is not None:
        conditions.append(col(EntryRow.first_seen_at) >= since)
    limit = _limit(limit)
    total = session.exec(select(func.count()).select_from(EntryRow).where(*conditions)).one()
    ids = session.exec(select(EntryRow.id).where(*conditions).order_by(*_newest_first()).limit(limit)).all()
    return ReleasePage(items=tuple(_fetch(session, [i for i in ids if i is not None])), total=int(total))


def _alert_records(session: Session, *conditions: Any, limit: int) -> list[AlertRecord]:
    rows = session.exec(
        select(AlertRow, EntryRow)
        .join(EntryRow, col(AlertRow.entry_id) == col(EntryRow.id))
        .options(load_only(*_ALERT_ENTRY_COLUMNS))  # type: ignore[arg-type]
        .where(*conditions)
        .order_by(col(AlertRow.id).desc())
        .limit(limit)
        .execution_options(populate_existing=True)
    ).all()
    return [
        AlertRecord(
            id=int(alert.id or 0),
            entry_id=alert.entry_id,
            watchlist=alert.watchlist,
            channel=alert.channel,
            status=alert.status,
            reason=alert.reason,
            attempts=alert.attempts,
            created_at=alert.created_at,
            sent_at=alert.sent_at,
            last_error=alert.last_error,
            title=entry.title,
            url=entry.url,
            company=entry.company,
            events=tuple(EventType(event) for event in entry.events),
        )
        for alert, entry in rows
    ]


def latest_alerts(session: Session, *, limit: int = 10, status: str | None = None) -> list[AlertRecord]:
    """Return the most recently created alerts (of one status, when given), newest first."""
    conditions = [col(AlertRow.kind) == "alert"]
    if status is not None:
        conditions.append(col(AlertRow.status) == status)
    return _alert_records(session, *conditions, limit=_limit(limit))


def alerts_for_entry(session: Session, *, entry_id: int) -> list[AlertRecord]:
    """Return every alert made for one release, newest first."""
    return _alert_records(
        session, col(AlertRow.entry_id) == entry_id, col(AlertRow.kind) == "alert", limit=MAX_LIMIT
    )


def watchlist_owners(session: Session) -> dict[str, str]:
    """Return who made each watch list made in Slack, by list name."""
    rows = session.exec(select(WatchlistRow.name, WatchlistRow.created_by)).all()
    return dict(rows)


def store_totals(session: Session) -> StoreTotals:
    """Return the number of stored releases and of releases carrying each event."""
    milestone, ind, licensing = (
        func.coalesce(func.sum(case((_has_event(event), 1), else_=0)), 0) for event in EventType
    )
    entries, *per_event = session.exec(
        select(func.count(), milestone, ind, licensing).select_from(EntryRow)
    ).one()
    return StoreTotals(
        entries=int(entries),
        events={event: int(n) for event, n in zip(EventType, per_event, strict=True)},
    )
