"""Create feeds, entries, the alert outbox and Slack-made watch lists.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns are spelled out here rather than taken from the models, so this revision never changes.
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feed",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("config_url", sa.Text(), nullable=False),
        sa.Column("interval_seconds", sa.Integer(), nullable=False),
        sa.Column("backfill_hours", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("next_check_at", TS, nullable=False),
        sa.Column("first_polled_at", TS, nullable=True),
        sa.Column("last_polled_at", TS, nullable=True),
        sa.Column("last_success_at", TS, nullable=True),
        sa.Column("consecutive_errors", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("name", name="uq_feed_name"),
    )
    op.create_index("ix_feed_due", "feed", ["active", "next_check_at"])

    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("wire", sa.Text(), nullable=False),
        sa.Column("native_id", sa.Text(), nullable=False),
        sa.Column("feed_name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published", TS, nullable=True),
        sa.Column("modified", TS, nullable=True),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("first_seen_at", TS, nullable=False),
        sa.Column("silent", sa.Boolean(), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("company", sa.Text(), nullable=True),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.Column("tickers", sa.JSON(), nullable=False),
        sa.Column("amounts", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("classified_at", TS, nullable=False),
        sa.UniqueConstraint("wire", "native_id", name="uq_entry_wire_native_id"),
    )
    op.create_index("ix_entry_native_id", "entry", ["native_id"])
    op.create_index("ix_entry_url", "entry", ["url"])
    op.create_index("ix_entry_first_seen_at", "entry", ["first_seen_at"])

    op.create_table(
        "alert",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("watchlist", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("slack_channel_id", sa.Text(), nullable=True),
        sa.Column("slack_ts", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name="fk_alert_entry_id_entry", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("entry_id", "watchlist", name="uq_alert_entry_id_watchlist"),
        sa.CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')", name="ck_alert_status"),
    )
    op.create_index("ix_alert_due", "alert", ["status", "next_attempt_at"])

    op.create_table(
        "watchlist",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("companies", sa.JSON(), nullable=False),
        sa.Column("tickers", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("min_amount_usd", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("muted_until", TS, nullable=True),
        sa.UniqueConstraint("name", name="uq_watchlist_name"),
    )


def downgrade() -> None:
    op.drop_table("watchlist")
    op.drop_index("ix_alert_due", table_name="alert")
    op.drop_table("alert")
    op.drop_index("ix_entry_first_seen_at", table_name="entry")
    op.drop_index("ix_entry_url", table_name="entry")
    op.drop_index("ix_entry_native_id", table_name="entry")
    op.drop_table("entry")
    op.drop_index("ix_feed_due", table_name="feed")
    op.drop_table("feed")
