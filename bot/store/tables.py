"""SQLModel tables for feeds, entries, the alert outbox and Slack-made watch lists; rows stay in the store."""

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware (SQLite forgets the zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to UTC; refuse naive ones, whose zone would be a guess."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given to the store; pass an aware UTC time")
        utc = value.astimezone(UTC)
        # SQLite keeps the wall-clock text only; every stored value being UTC keeps comparisons right.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the stored time as an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _col(type_: Any, *args: Any, nullable: bool = False) -> Any:
    """A column declaration for a SQLModel field, explicit about type and nullability."""
    return Field(sa_column=sa.Column(type_, *args, nullable=nullable))


def _pk() -> Any:
    return Field(default=None, sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=True))


class FeedRow(SQLModel, table=True):
    """A configured feed and its polling state."""

    __tablename__ = "feed"
    __table_args__ = (
        sa.UniqueConstraint("name", name="uq_feed_name"),
        sa.Index("ix_feed_due", "active", "next_check_at"),
    )

    id: int | None = _pk()
    name: str = _col(sa.Text)
    url: str = _col(sa.Text)
    # The URL as last configured, so a permanent redirect that changed `url` survives a config sync.
    config_url: str = _col(sa.Text)
    interval_seconds: int = _col(sa.Integer)
    backfill_hours: int = _col(sa.Integer)
    active: bool = _col(sa.Boolean)
    etag: str | None = _col(sa.Text, nullable=True)
    last_modified: str | None = _col(sa.Text, nullable=True)
    next_check_at: datetime = _col(UTCDateTime)
    first_polled_at: datetime | None = _col(UTCDateTime, nullable=True)
    last_polled_at: datetime | None = _col(UTCDateTime, nullable=True)
    last_success_at: datetime | None = _col(UTCDateTime, nullable=True)
    consecutive_errors: int = _col(sa.Integer)
    last_error: str | None = _col(sa.Text, nullable=True)
    updated_at: datetime = _col(UTCDateTime)


class EntryRow(SQLModel, table=True):
    """A newswire release seen once, with what the classifier found in it."""

    __tablename__ = "entry"
    __table_args__ = (
        sa.UniqueConstraint("wire", "native_id", name="uq_entry_wire_native_id"),
        sa.Index("ix_entry_native_id", "native_id"),
        sa.Index("ix_entry_url", "url"),
        sa.Index("ix_entry_first_seen_at", "first_seen_at"),
    )

    id: int | None = _pk()
    wire: str = _col(sa.Text)
    native_id: str = _col(sa.Text)
    feed_name: str = _col(sa.Text)
    url: str = _col(sa.Text)
    title: str = _col(sa.Text)
    summary: str = _col(sa.Text)
    body: str = _col(sa.Text)
    published: datetime | None = _col(UTCDateTime, nullable=True)
    modified: datetime | None = _col(UTCDateTime, nullable=True)
    issuer: str | None = _col(sa.Text, nullable=True)
    categories: list[str] = _col(sa.JSON)
    content_hash: str = _col(sa.String(64))
    first_seen_at: datetime = _col(UTCDateTime)
    # Recorded during a feed's first-poll backfill: kept for lookups and dedup, never alerted on.
    silent: bool = _col(sa.Boolean)
    events: list[str] = _col(sa.JSON)
    company: str | None = _col(sa.Text, nullable=True)
    partners: list[str] = _col(sa.JSON)
    tickers: list[str] = _col(sa.JSON)
    amounts: list[dict[str, Any]] = _col(sa.JSON)
    evidence: list[dict[str, Any]] = _col(sa.JSON)
    classified_at: datetime = _col(UTCDateTime)


class AlertRow(SQLModel, table=True):
    """The outbox: one row per entry and watch list, written with the entry and then delivered."""

    __tablename__ = "alert"
    __table_args__ = (
        sa.UniqueConstraint("entry_id", "watchlist", name="uq_alert_entry_id_watchlist"),
        sa.Index("ix_alert_due", "status", "next_attempt_at"),
        sa.CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')", name="ck_alert_status"),
    )

    id: int | None = _pk()
    entry_id: int = _col(
        sa.Integer, sa.ForeignKey("entry.id", name="fk_alert_entry_id_entry", ondelete="CASCADE")
    )
    watchlist: str = _col(sa.Text)
    channel: str = _col(sa.Text)
    reason: str = _col(sa.Text)
    status: str = _col(sa.String(16))  # 'pending' | 'sending' | 'sent' | 'failed'
    attempts: int = _col(sa.Integer)
    next_attempt_at: datetime = _col(UTCDateTime)
    last_error: str | None = _col(sa.Text, nullable=True)
    created_at: datetime = _col(UTCDateTime)
    # When the status last changed; tells a delivery stuck in 'sending' after a crash from a live one.
    updated_at: datetime = _col(UTCDateTime)
    sent_at: datetime | None = _col(UTCDateTime, nullable=True)
    slack_channel_id: str | None = _col(sa.Text, nullable=True)
    slack_ts: str | None = _col(sa.String(64), nullable=True)


class WatchlistRow(SQLModel, table=True):
    """A watch list made in Slack (lists from the config file are not stored)."""

    __tablename__ = "watchlist"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_watchlist_name"),)

    id: int | None = _pk()
    name: str = _col(sa.Text)
    channel: str = _col(sa.Text)
    companies: list[str] = _col(sa.JSON)
    tickers: list[str] = _col(sa.JSON)
    keywords: list[str] = _col(sa.JSON)
    events: list[str] = _col(sa.JSON)
    # Decimal as text: exact on every backend (SQLite has no decimal type).
    min_amount_usd: str = _col(sa.Text)
    created_by: str = _col(sa.Text)
    created_at: datetime = _col(UTCDateTime)
    muted_until: datetime | None = _col(UTCDateTime, nullable=True)


metadata = SQLModel.metadata

# Core Table objects, for statements (ON CONFLICT, excluded.*) that the ORM classes do not type.
feed_table: sa.Table = metadata.tables["feed"]
entry_table: sa.Table = metadata.tables["entry"]
alert_table: sa.Table = metadata.tables["alert"]
watchlist_table: sa.Table = metadata.tables["watchlist"]
