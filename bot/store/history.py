"""The store's history: a period's deal events for a watch list, every stored event for export and
reclassification, and the record of which digests went out (one row per list and period)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, and_, bindparam, cast, func, or_, update
from sqlalchemy.orm import load_only
from sqlmodel import Session, col, select

from bot.models import Classification, Entry, EventType, Watchlist
from bot.period_digest import DealEvent
from bot.route import company_matches, explain
from bot.store._sql import clean, dialect_insert, error_text
from bot.store.entries import StoredEntry, entry_values, to_classification, to_entry
from bot.store.tables import DigestRunRow, EntryRow, digest_run_table, entry_table

BATCH = 1000
NAME_READ = 160  # characters of a partner's name routing reads
MAX_NAMES = 50  # partners per release routing reads
_CLASSIFICATION_COLUMNS = ("events", "company", "partners", "tickers", "amounts", "evidence", "classified_at")
_NO_TEXT = Entry(wire="", native_id="", url="", title="")
_DEAL_COLUMNS = (
    EntryRow.id,
    EntryRow.wire,
    EntryRow.native_id,
    EntryRow.url,
    EntryRow.title,
    EntryRow.published,
    EntryRow.first_seen_at,
    EntryRow.issuer,
    EntryRow.events,
    EntryRow.company,
    EntryRow.partners,
    EntryRow.tickers,
    EntryRow.amounts,
    EntryRow.evidence,
)


@dataclass(frozen=True, slots=True)
class DigestRun:
    """A digest for one watch list and period: where it stands, and where it landed in Slack."""

    watchlist: str
    period_start: datetime
    period_end: datetime
    status: str  # 'sending' | 'sent' | 'failed' | 'unsure' | 'skipped'
    attempts: int
    events: int
    channel_id: str | None
    slack_ts: str | None
    chart_file_id: str | None
    last_error: str | None
    updated_at: datetime


def _when() -> Any:
    return func.coalesce(col(EntryRow.published), col(EntryRow.first_seen_at))


def _has_events() -> Any:
    return cast(col(EntryRow.events), Text) != "[]"


def _has_event(event: EventType) -> Any:
    return cast(col(EntryRow.events), Text).like(f'%"{event.value}"%')


def _deal(row: EntryRow) -> DealEvent:
    found = to_classification(row)
    return DealEvent(
        id=int(row.id or 0),
        wire=row.wire,
        url=row.url,
        title=row.title,
        when=row.published or row.first_seen_at,
        events=found.events,
        company=found.company,
        partners=found.partners,
        amounts=found.amounts,
    )


def period_deals(
    session: Session,
    *,
    since: datetime,
    until: datetime,
    watchlist: Watchlist | None,
    usd_rates: Mapping[str, Decimal],
) -> list[DealEvent]:
    """Return the deal events published in [since, until) that the list takes (all when None), oldest first.

    A list takes what its rules route to it (companies, tickers, keywords, events, minimum amount);
    a mute silences alerts, not the record, so it is ignored here.
    """
    conditions: list[Any] = [_when() >= since, _when() < until, _has_events()]
    query = select(EntryRow)
    if watchlist is not None:
        watchlist = replace(watchlist, muted_until=None)
        if watchlist.events:
            conditions.append(or_(*(_has_event(e) for e in watchlist.events)))
    # Keywords are looked for in the release text; otherwise the text (the bulk of a row) stays unread.
    with_text = watchlist is not None and bool(watchlist.keywords)
    if not with_text:
        query = query.options(load_only(*_DEAL_COLUMNS))  # type: ignore[arg-type]
    rows = session.exec(
        query.where(*conditions)
        .order_by(_when(), col(EntryRow.id))
        .execution_options(populate_existing=True, yield_per=BATCH)
    )
    deals: list[DealEvent] = []
    for row in rows:
        if watchlist is not None:
            entry = to_entry(row) if with_text else _entry_without_text(row)
            found = to_classification(row)
            # Only the first words of a name can match a watch list's (100 characters at most); cut
            # hostile kilobyte-long names before routing reads them.
            found = replace(
                found, partners=tuple(dict.fromkeys(p[:NAME_READ] for p in found.partners[:MAX_NAMES]))
            )
            decision = explain(
                entry=entry,
                classification=found,
                watchlists=[watchlist],
                usd_rates=usd_rates,
                now=until,
            )[0]
            if not decision.matched:
                continue
        deals.append(_deal(row))
    return deals


def _entry_without_text(row: EntryRow) -> Entry:
    """The Entry routing needs when the list has no keywords: only the columns loaded (no lazy loads)."""
    return Entry(
        wire=row.wire,
        native_id=row.native_id,
        url=row.url,
        title=row.title,
        published=row.published,
        issuer=row.issuer,
    )


def stored_events(
    session: Session,
    *,
    since: datetime | None = None,
    event: EventType | None = None,
    company: str | None = None,
    batch: int = BATCH,
) -> Iterator[StoredEntry]:
    """Yield stored releases with deal events, oldest first (by id), optionally since a time, of one event
    or naming a company (as company or partner, the way watch lists match); reads in batches."""
    conditions: list[Any] = [_has_events()]
    if since is not None:
        conditions.append(_when() >= since)
    if event is not None:
        conditions.append(_has_event(event))
    wanted = clean(company.strip()) if company and company.strip() else None
    for stored in _batches(session, conditions=conditions, batch=batch):
        found = stored.classification
        names = [found.company, *found.partners] if found.company else list(found.partners)
        if wanted is None or any(company_matches(wanted, name) for name in names):
            yield stored


def classified_batch(
    session: Session, *, after_id: int = 0, since: datetime | None = None, limit: int = BATCH
) -> list[StoredEntry]:
    """Return up to `limit` classified entries with ids above after_id, in id order (published since)."""
    conditions: list[Any] = [col(EntryRow.classified_at).is_not(None)]
    if since is not None:
        conditions.append(_when() >= since)
    return _batch(session, conditions=conditions, after_id=after_id, limit=limit)


def classified_count(session: Session, *, since: datetime | None = None) -> int:
    """Return how many classified entries there are (published since a time, when given)."""
    conditions: list[Any] = [col(EntryRow.classified_at).is_not(None)]
    if since is not None:
        conditions.append(_when() >= since)
    return int(session.exec(select(func.count()).select_from(EntryRow).where(*conditions)).one())


def _batch(session: Session, *, conditions: list[Any], after_id: int, limit: int) -> list[StoredEntry]:
    rows = session.exec(
        select(EntryRow)
        .where(*conditions, col(EntryRow.id) > after_id)
        .order_by(col(EntryRow.id))
        .limit(limit)
        .execution_options(populate_existing=True)
    ).all()
    return [
        StoredEntry(
            id=int(row.id or 0),
            entry=to_entry(row),
            classification=to_classification(row),
            first_seen_at=row.first_seen_at,
            silent=row.silent,
        )
        for row in rows
    ]


def _batches(session: Session, *, conditions: list[Any], batch: int) -> Iterator[StoredEntry]:
    """Entries matching the conditions in id order, read a batch at a time so memory stays flat."""
    after = 0
    while found := _batch(session, conditions=conditions, after_id=after, limit=batch):
        yield from found
        after = found[-1].id
        session.expunge_all()


def _classification_values(classification: Classification, *, now: datetime) -> dict[str, Any]:
    # entry_values is the one place that turns a classification into columns; an empty release
    # keeps it from hashing and tokenising text these columns do not hold.
    values = entry_values(entry=_NO_TEXT, classification=classification, silent=False, now=now)
    return {key: values[key] for key in _CLASSIFICATION_COLUMNS}


def replace_classification(
    session: Session, *, stored: StoredEntry, classification: Classification, now: datetime
) -> bool:
    """Overwrite a classified entry's classification (no alerts are made); return False if it is gone."""
    return replace_classifications(session, changes=[(stored.id, classification)], now=now) == 1


def replace_classifications(
    session: Session, *, changes: Sequence[tuple[int, Classification]], now: datetime
) -> int:
    """Overwrite the classification of each (entry id, classification) in one statement; no alerts are
    made. Return how many entries were updated."""
    if not changes:
        return 0
    rows = [
        {"entry_id": entry_id, **{f"new_{k}": v for k, v in _classification_values(found, now=now).items()}}
        for entry_id, found in changes
    ]
    # Parameter names differ from the columns': SQLAlchemy keeps the column names for its own SET.
    statement = (
        entry_table.update()
        .where(entry_table.c.id == bindparam("entry_id"))
        .values({key: bindparam(f"new_{key}") for key in _CLASSIFICATION_COLUMNS})
    )
    result = session.connection().execute(statement, rows)
    return int(result.rowcount)


# --- digests sent ---------------------------------------------------------------------------------------


def claim_digest_run(
    session: Session,
    *,
    watchlist: str,
    period_start: datetime,
    period_end: datetime,
    now: datetime,
    max_attempts: int,
) -> bool:
    """Claim the list's digest for the period ending at period_end; False when it is sent, being sent,
    or failed for good. The unique (watchlist, period_end) key makes the claim safe across processes."""
    name = clean(watchlist)
    inserted = session.exec(
        dialect_insert(session, digest_run_table)
        .values(
            watchlist=name,
            period_start=period_start,
            period_end=period_end,
            status="sending",
            attempts=1,
            events=0,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["watchlist", "period_end"])
        .returning(digest_run_table.c.id)
    ).scalar_one_or_none()
    if inserted is not None:
        return True
    retried = session.exec(
        update(DigestRunRow)
        .where(
            col(DigestRunRow.watchlist) == name,
            col(DigestRunRow.period_end) == period_end,
            col(DigestRunRow.status) == "failed",
            col(DigestRunRow.attempts) < max_attempts,
        )
        .values(status="sending", attempts=col(DigestRunRow.attempts) + 1, updated_at=now)
    )
    return int(retried.rowcount) == 1


def recover_digest_run(
    session: Session, *, watchlist: str, period_end: datetime, stale_before: datetime, now: datetime
) -> bool:
    """Take back a digest whose post may have landed unrecorded: 'unsure', or 'sending' since before
    stale_before (its process died). True when this process took it: it looks in the channel for the
    digest before posting it again, and no other process does meanwhile."""
    taken = session.exec(
        update(DigestRunRow)
        .where(
            col(DigestRunRow.watchlist) == clean(watchlist),
            col(DigestRunRow.period_end) == period_end,
            or_(
                col(DigestRunRow.status) == "unsure",
                and_(col(DigestRunRow.status) == "sending", col(DigestRunRow.updated_at) < stale_before),
            ),
        )
        .values(status="sending", updated_at=now)
    )
    return int(taken.rowcount) == 1


def finish_digest_run(
    session: Session,
    *,
    watchlist: str,
    period_end: datetime,
    status: str,
    now: datetime,
    events: int = 0,
    channel_id: str | None = None,
    slack_ts: str | None = None,
    chart_file_id: str | None = None,
    error: str | None = None,
    give_up: bool = False,
) -> None:
    """Record how a claimed digest ended: 'sent' (with where), 'failed' (retried unless give_up), 'unsure'."""
    values: dict[str, Any] = {
        "status": status,
        "events": events,
        "channel_id": clean(channel_id) if channel_id else None,
        "slack_ts": slack_ts,
        "chart_file_id": chart_file_id,
        "last_error": error_text(error) if error else None,
        "updated_at": now,
    }
    if give_up:
        values["attempts"] = 1_000_000  # beyond any max_attempts: never claimed again
    session.exec(
        update(DigestRunRow)
        .where(col(DigestRunRow.watchlist) == clean(watchlist), col(DigestRunRow.period_end) == period_end)
        .values(values)
    )


def skip_digest_run(
    session: Session, *, watchlist: str, period_start: datetime, period_end: datetime, now: datetime, why: str
) -> bool:
    """Record that the list's digest for this period is not sent (a muted list); False if already recorded."""
    inserted = session.exec(
        dialect_insert(session, digest_run_table)
        .values(
            watchlist=clean(watchlist),
            period_start=period_start,
            period_end=period_end,
            status="skipped",
            attempts=0,
            events=0,
            last_error=error_text(why),
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["watchlist", "period_end"])
        .returning(digest_run_table.c.id)
    ).scalar_one_or_none()
    return inserted is not None


def _run(row: DigestRunRow) -> DigestRun:
    return DigestRun(
        watchlist=row.watchlist,
        period_start=row.period_start,
        period_end=row.period_end,
        status=row.status,
        attempts=row.attempts,
        events=row.events,
        channel_id=row.channel_id,
        slack_ts=row.slack_ts,
        chart_file_id=row.chart_file_id,
        last_error=row.last_error,
        updated_at=row.updated_at,
    )


def digest_run(session: Session, *, watchlist: str, period_end: datetime) -> DigestRun | None:
    """Return the record of the list's digest for the period ending at period_end, or None."""
    row = session.exec(
        select(DigestRunRow)
        .where(col(DigestRunRow.watchlist) == clean(watchlist), col(DigestRunRow.period_end) == period_end)
        .execution_options(populate_existing=True)
    ).first()
    return None if row is None else _run(row)


def digest_runs(session: Session, *, watchlist: str | None = None, limit: int = 50) -> list[DigestRun]:
    """Return recorded digests, latest period first (of one list, when named)."""
    query = select(DigestRunRow).order_by(col(DigestRunRow.period_end).desc(), col(DigestRunRow.id).desc())
    if watchlist is not None:
        query = query.where(col(DigestRunRow.watchlist) == clean(watchlist))
    rows = session.exec(query.limit(limit).execution_options(populate_existing=True)).all()
    return [_run(row) for row in rows]
