"""Leases: which running bot has claimed a feed, a channel's queue or an outbox row, and until when.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
LEASED = ("feed", "channel_pace", "alert")


def upgrade() -> None:
    for table in LEASED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("claimed_by", sa.Text(), nullable=True))
            batch.add_column(sa.Column("lease_until", TS, nullable=True))


def downgrade() -> None:
    for table in reversed(LEASED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("lease_until")
            batch.drop_column("claimed_by")
