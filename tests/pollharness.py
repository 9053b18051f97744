"""A polling bot for tests: a migrated SQLite file, a real HTTP client, a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from bot.fetch import make_http_client
from bot.pipeline import Services, sync_config
from config.settings import AppConfig, FeedConfig, HttpConfig, WatchlistConfig

NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)


@dataclass
class Clock:
    """A clock that stands still until the test moves it."""

    now: datetime = NOW
    calls: list[datetime] = field(default_factory=list)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock forward."""
        self.now += timedelta(**delta)


@contextmanager
def polling_bot(
    tmp_path: Path,
    *,
    feeds: Sequence[tuple[str, str]],
    watchlists: Sequence[WatchlistConfig] = (),
    clock: Clock | None = None,
    backfill_hours: int = 24,
    interval_seconds: int = 300,
    connect_timeout: float = 2.0,
    read_timeout: float = 5.0,
    engine: Engine | None = None,
    **http: Any,
) -> Iterator[Services]:
    """Yield Services polling the given (name, url) feeds into a fresh SQLite store (or the engine given)."""
    owned = engine is None
    if engine is None:
        engine = store.make_engine(f"sqlite:///{tmp_path / 'poll.db'}")
        store.migrate(engine)
    config = AppConfig(
        feeds=[
            FeedConfig(name=name, url=url, backfill_hours=backfill_hours, interval_seconds=interval_seconds)
            for name, url in feeds
        ],
        watchlists=list(watchlists),
        http=HttpConfig(
            contact="qa@example.com",
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            **{"fetch_release_pages": False, **http},
        ),
    )
    client = make_http_client(
        user_agent="DealWire-test (contact: qa@example.com)",
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        max_connections=config.http.concurrency,
    )
    svc = Services(engine=engine, http=client, config=config, clock=clock or Clock())
    sync_config(svc)
    try:
        yield svc
    finally:
        client.close()
        if owned:
            engine.dispose()


def feed(svc: Services, name: str) -> store.FeedState:
    """Return a feed's stored state by name."""
    with store.session_scope(svc.engine) as session:
        return next(f for f in store.feed_states(session) if f.name == name)


def rows(svc: Services, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run a read-only SQL query on the bot's store and return its rows."""
    with svc.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(sa.text(sql), params)]


def notices(svc: Services) -> list[str]:
    """Return the keys of every admin notice queued, oldest first."""
    return [str(row[0]) for row in rows(svc, "SELECT key FROM admin_notice ORDER BY id")]
