"""Scheduled digests: a watch list's digest schedule, and one row per list and period sent.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("watchlist") as batch:
        batch.add_column(sa.Column("digest", sa.Text(), nullable=True))

    op.create_table(
        "digest_run",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("watchlist", sa.Text(), nullable=False),
        sa.Column("period_start", TS, nullable=False),
        sa.Column("period_end", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Text(), nullable=True),
        sa.Column("slack_ts", sa.String(64), nullable=True),
        sa.Column("chart_file_id", sa.Text(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("watchlist", "period_end", name="uq_digest_run_watchlist_period"),
        sa.CheckConstraint(
            "status IN ('sending', 'sent', 'failed', 'unsure', 'skipped')", name="ck_digest_run_status"
        ),
    )


def downgrade() -> None:
    op.drop_table("digest_run")
    with op.batch_alter_table("watchlist") as batch:
        batch.drop_column("digest")
