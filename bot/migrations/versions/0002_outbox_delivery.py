"""Outbox kinds (alert, update, also_on), crash-safe delivery marks, channel pacing, delivery problems.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Batch mode copies the table on SQLite, which cannot drop a constraint in place.
    with op.batch_alter_table("alert") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="alert"))
        batch.add_column(sa.Column("parent_alert_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("revision", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("unsure", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("attempted_at", TS, nullable=True))
        batch.add_column(sa.Column("digest_key", sa.String(32), nullable=True))
        batch.add_column(sa.Column("in_digest", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.drop_constraint("uq_alert_entry_id_watchlist", type_="unique")
        batch.create_unique_constraint(
            "uq_alert_entry_watchlist_kind", ["entry_id", "watchlist", "kind", "revision"]
        )
        batch.create_foreign_key(
            "fk_alert_parent_alert_id_alert", "alert", ["parent_alert_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_check_constraint("ck_alert_kind", "kind IN ('alert', 'update', 'also_on')")
        batch.create_index("ix_alert_channel_status", ["channel", "status"])
        batch.create_index("ix_alert_digest_key", ["digest_key"])

    op.create_table(
        "channel_pace",
        sa.Column("channel", sa.Text(), primary_key=True),
        sa.Column("channel_id", sa.Text(), nullable=True),
        sa.Column("tat", TS, nullable=False),
        sa.Column("not_before", TS, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "delivery_problem",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", TS, nullable=False),
        sa.Column("last_seen_at", TS, nullable=False),
        sa.Column("notified_at", TS, nullable=True),
        sa.Column("next_notify_at", TS, nullable=False),
        sa.UniqueConstraint("channel", "error", name="uq_delivery_problem_channel_error"),
    )


def downgrade() -> None:
    op.drop_table("delivery_problem")
    op.drop_table("channel_pace")
    # Rows other than alerts cannot be kept under the old one-alert-per-entry-and-list key.
    op.execute("DELETE FROM alert WHERE kind <> 'alert'")
    with op.batch_alter_table("alert") as batch:
        batch.drop_index("ix_alert_digest_key")
        batch.drop_index("ix_alert_channel_status")
        batch.drop_constraint("ck_alert_kind", type_="check")
        batch.drop_constraint("fk_alert_parent_alert_id_alert", type_="foreignkey")
        batch.drop_constraint("uq_alert_entry_watchlist_kind", type_="unique")
        batch.create_unique_constraint("uq_alert_entry_id_watchlist", ["entry_id", "watchlist"])
        for column in (
            "in_digest",
            "digest_key",
            "attempted_at",
            "unsure",
            "note",
            "revision",
            "parent_alert_id",
            "kind",
        ):
            batch.drop_column(column)
