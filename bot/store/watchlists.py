"""Watch lists made in Slack: save, load, mute and delete by name."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.digest_schedule import ScheduleError, parse_schedule, schedule_text
from bot.models import DigestSchedule, EventType, Watchlist
from bot.store._sql import clean, dialect_insert
from bot.store.tables import WatchlistRow, watchlist_table


def save_watchlist(
    session: Session, *, watchlist: Watchlist, created_by: str, now: datetime | None = None
) -> None:
    """Create the watch list, or replace the filters of the one with the same name (creator kept)."""
    created_at = now if now is not None else datetime.now(UTC)
    values = {
        "name": clean(watchlist.name),
        "channel": clean(watchlist.channel),
        "companies": [clean(company) for company in watchlist.companies],
        "tickers": [clean(ticker) for ticker in watchlist.tickers],
        "keywords": [clean(keyword) for keyword in watchlist.keywords],
        "events": [event.value for event in watchlist.events],
        "min_amount_usd": str(watchlist.min_amount_usd),
        "muted_until": watchlist.muted_until,
        "digest": None if watchlist.digest is None else schedule_text(watchlist.digest),
    }
    stmt = dialect_insert(session, watchlist_table).values(
        **values, created_by=clean(created_by), created_at=created_at
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["name"],
        set_={key: stmt.excluded[key] for key in values if key != "name"},
    )
    session.exec(stmt)


def _watchlist(row: WatchlistRow) -> Watchlist:
    return Watchlist(
        name=row.name,
        channel=row.channel,
        companies=tuple(row.companies),
        tickers=tuple(row.tickers),
        keywords=tuple(row.keywords),
        events=tuple(EventType(event) for event in row.events),
        min_amount_usd=Decimal(row.min_amount_usd),
        managed_by_config=False,
        muted_until=row.muted_until,
        digest=_schedule(row.digest),
    )


def _schedule(text: str | None) -> DigestSchedule | None:
    if not text:
        return None
    try:
        return parse_schedule(text)
    except ScheduleError:
        # Written by save_watchlist, so only a zone this system no longer knows can end up here.
        return None


def load_watchlists(session: Session) -> list[Watchlist]:
    """Return every watch list made in Slack, by name."""
    rows = session.exec(
        select(WatchlistRow).order_by(col(WatchlistRow.name)).execution_options(populate_existing=True)
    ).all()
    return [_watchlist(row) for row in rows]


def set_muted(session: Session, *, name: str, until: datetime | None) -> bool:
    """Mute the named watch list until a time (None unmutes); return False if there is no such list."""
    result = session.exec(
        update(WatchlistRow).where(col(WatchlistRow.name) == clean(name)).values(muted_until=until)
    )
    return int(result.rowcount) > 0


def delete_watchlist(session: Session, *, name: str) -> bool:
    """Delete the named watch list; return False if there was none."""
    result = session.exec(delete(WatchlistRow).where(col(WatchlistRow.name) == clean(name)))
    return int(result.rowcount) > 0
