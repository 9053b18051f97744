"""SQLModel tables for feeds, entries, the alert outbox, channel pacing and Slack-made watch lists."""

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
    # Set once consecutive errors reach the configured threshold, cleared by the next success; each
    # change is announced to the admins once.
    failing: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    failing_since: datetime | None = _col(UTCDateTime, nullable=True)  # start of the last failing spell
    # How this feed's entries are keyed: 'native' (the wire's or feed's id) or 'strong' (id, link and
    # headline), chosen when the feed's ids were seen to collide.
    id_key: str = Field(
        default="native", sa_column=sa.Column(sa.String(16), nullable=False, server_default="native")
    )
    body_hash: str | None = _col(sa.String(64), nullable=True)  # of the last body read, to skip re-reading it
    ttl_seconds: int | None = _col(sa.Integer, nullable=True)  # the feed's own <ttl>, honoured on 304s too
    # The running bot polling the feed now, and until when its claim holds (a dead one's claim lapses).
    claimed_by: str | None = _col(sa.Text, nullable=True)
    lease_until: datetime | None = _col(UTCDateTime, nullable=True)


class AdminNoticeRow(SQLModel, table=True):
    """A message for the admin channel (a feed failing or recovering), once per key; the outbox sends it."""

    __tablename__ = "admin_notice"
    __table_args__ = (
        sa.UniqueConstraint("key", name="uq_admin_notice_key"),
        sa.Index("ix_admin_notice_pending", "sent_at", "id"),
    )

    id: int | None = _pk()
    key: str = _col(sa.Text)  # what the notice is about, e.g. "feed-failing:12:2026-03-02T14:30:00"
    text: str = _col(sa.Text)  # plain text; the sender escapes it
    created_at: datetime = _col(UTCDateTime)
    attempts: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    last_error: str | None = _col(sa.Text, nullable=True)
    sent_at: datetime | None = _col(UTCDateTime, nullable=True)


class EntryRow(SQLModel, table=True):
    """A newswire release seen once, with what the classifier found in it."""

    __tablename__ = "entry"
    __table_args__ = (
        sa.UniqueConstraint("wire", "native_id", name="uq_entry_wire_native_id"),
        sa.Index("ix_entry_native_id", "native_id"),
        sa.Index("ix_entry_url", "url"),
        sa.Index("ix_entry_first_seen_at", "first_seen_at"),
        # Entries alone in their story (most) have no story id and stay out of this index.
        sa.Index(
            "ix_entry_story_id",
            "story_id",
            sqlite_where=sa.text("story_id IS NOT NULL"),
            postgresql_where=sa.text("story_id IS NOT NULL"),
        ),
        # Time first: new releases land at the end of the index instead of on random pages, and a
        # story's window of days is one short range to scan for headline words.
        sa.Index("ix_entry_story_window", "story_at", "title_token"),
        # Only entries recorded during a backfill wait here, so the index stays small.
        sa.Index(
            "ix_entry_unclassified",
            "id",
            sqlite_where=sa.text("classified_at IS NULL"),
            postgresql_where=sa.text("classified_at IS NULL"),
        ),
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
    # None: recorded silently during a backfill and not classified yet (the backlog does it later).
    classified_at: datetime | None = _col(UTCDateTime, nullable=True)
    # The story: the id of its first entry, which copies on other wires and corrections share; None
    # for an entry that is a story alone.
    story_id: int | None = _col(sa.Integer, nullable=True)
    story_at: datetime | None = _col(UTCDateTime, nullable=True)  # published, else first seen
    title_token: str | None = _col(sa.Text, nullable=True)  # first word of the normalised headline


class AlertRow(SQLModel, table=True):
    """The outbox: alerts (one per entry and watch list), edits of alerts and thread replies under them.

    Rows are written with the entry they come from and then delivered in created order per channel.
    """

    __tablename__ = "alert"
    __table_args__ = (
        sa.UniqueConstraint(
            "entry_id", "watchlist", "kind", "revision", name="uq_alert_entry_watchlist_kind"
        ),
        sa.Index("ix_alert_due", "status", "next_attempt_at"),
        sa.Index("ix_alert_channel_status", "channel", "status"),
        sa.Index("ix_alert_digest_key", "digest_key"),
        sa.CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')", name="ck_alert_status"),
        sa.CheckConstraint("kind IN ('alert', 'update', 'also_on')", name="ck_alert_kind"),
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
    # 'alert': the message itself; 'update': edit the parent alert and thread what changed;
    # 'also_on': thread the same release from another wire under the parent alert.
    kind: str = Field(
        default="alert", sa_column=sa.Column(sa.String(16), nullable=False, server_default="alert")
    )
    parent_alert_id: int | None = _col(
        sa.Integer,
        sa.ForeignKey("alert.id", name="fk_alert_parent_alert_id_alert", ondelete="CASCADE"),
        nullable=True,
    )
    # Which version of the entry an 'update' row tells about (its content hash); "" for the others.
    revision: str = Field(default="", sa_column=sa.Column(sa.String(64), nullable=False, server_default=""))
    note: str | None = _col(sa.Text, nullable=True)  # what changed, for 'update' rows (plain text)
    # The last attempt may have reached Slack although no answer came back: look before posting again.
    unsure: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    attempted_at: datetime | None = _col(UTCDateTime, nullable=True)
    # Set while the alert rides in a digest message (and kept once sent): the digest's marker.
    digest_key: str | None = _col(sa.String(32), nullable=True)
    in_digest: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    # While 'sending': the running bot that claimed the row, and when its claim lapses (see
    # release_stuck_alerts: a lapsed claim is looked for in the channel before any new post).
    claimed_by: str | None = _col(sa.Text, nullable=True)
    lease_until: datetime | None = _col(UTCDateTime, nullable=True)


class ChannelPaceRow(SQLModel, table=True):
    """Per channel: when the next message may go (token bucket and Retry-After) and its Slack ID."""

    __tablename__ = "channel_pace"

    channel: str = Field(sa_column=sa.Column(sa.Text, primary_key=True))  # as watch lists name it
    channel_id: str | None = _col(sa.Text, nullable=True)  # Slack's ID, learnt from a post or a lookup
    # Theoretical arrival time of the next message at the configured rate (a token bucket kept as
    # one timestamp: a message may go while now >= tat - (burst - 1) * interval).
    tat: datetime = _col(UTCDateTime)
    not_before: datetime | None = _col(UTCDateTime, nullable=True)  # Slack's Retry-After
    updated_at: datetime = _col(UTCDateTime)
    # The running bot delivering to the channel now: only it posts there, so the pace above holds
    # however many bots run. Its claim lapses at lease_until unless renewed.
    claimed_by: str | None = _col(sa.Text, nullable=True)
    lease_until: datetime | None = _col(UTCDateTime, nullable=True)


class DeliveryProblemRow(SQLModel, table=True):
    """A channel Slack refuses for good (archived, bot not invited, bad token): told to the admins once."""

    __tablename__ = "delivery_problem"
    __table_args__ = (sa.UniqueConstraint("channel", "error", name="uq_delivery_problem_channel_error"),)

    id: int | None = _pk()
    channel: str = _col(sa.Text)
    error: str = _col(sa.Text)
    detail: str = _col(sa.Text)
    failures: int = _col(sa.Integer)
    first_seen_at: datetime = _col(UTCDateTime)
    last_seen_at: datetime = _col(UTCDateTime)
    notified_at: datetime | None = _col(UTCDateTime, nullable=True)
    next_notify_at: datetime = _col(UTCDateTime)


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
    # When its digest goes out, as typed: "weekly mon 08:00", "daily 07:30 Europe/London"; None: no digest.
    digest: str | None = _col(sa.Text, nullable=True)


class DigestRunRow(SQLModel, table=True):
    """One watch list's digest for one period: claimed once (the unique key), then sent or failed."""

    __tablename__ = "digest_run"
    __table_args__ = (
        sa.UniqueConstraint("watchlist", "period_end", name="uq_digest_run_watchlist_period"),
        sa.CheckConstraint(
            "status IN ('sending', 'sent', 'failed', 'unsure', 'skipped')", name="ck_digest_run_status"
        ),
    )

    id: int | None = _pk()
    watchlist: str = _col(sa.Text)
    period_start: datetime = _col(UTCDateTime)
    period_end: datetime = _col(UTCDateTime)  # when the digest was due
    # 'sending' while posting; 'unsure' when the post may have landed unanswered (never re-posted);
    # 'failed' may be claimed again until its attempts run out; 'skipped' for a muted list.
    status: str = _col(sa.String(16))
    attempts: int = _col(sa.Integer)
    events: int = _col(sa.Integer)  # deal events the digest counted
    channel_id: str | None = _col(sa.Text, nullable=True)
    slack_ts: str | None = _col(sa.String(64), nullable=True)
    chart_file_id: str | None = _col(sa.Text, nullable=True)
    last_error: str | None = _col(sa.Text, nullable=True)
    created_at: datetime = _col(UTCDateTime)
    updated_at: datetime = _col(UTCDateTime)


metadata = SQLModel.metadata

# Core Table objects, for statements (ON CONFLICT, excluded.*) that the ORM classes do not type.
feed_table: sa.Table = metadata.tables["feed"]
entry_table: sa.Table = metadata.tables["entry"]
alert_table: sa.Table = metadata.tables["alert"]
watchlist_table: sa.Table = metadata.tables["watchlist"]
channel_pace_table: sa.Table = metadata.tables["channel_pace"]
delivery_problem_table: sa.Table = metadata.tables["delivery_problem"]
digest_run_table: sa.Table = metadata.tables["digest_run"]
