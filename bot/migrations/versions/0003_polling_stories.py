"""Feed health and keying, admin notices, stories, and entries classified after a backfill.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
UNCLASSIFIED = sa.text("classified_at IS NULL")
IN_STORY = sa.text("story_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("feed") as batch:
        batch.add_column(sa.Column("failing", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("failing_since", TS, nullable=True))
        batch.add_column(sa.Column("id_key", sa.String(16), nullable=False, server_default="native"))
        batch.add_column(sa.Column("body_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("ttl_seconds", sa.Integer(), nullable=True))

    op.create_table(
        "admin_notice",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", TS, nullable=True),
        sa.UniqueConstraint("key", name="uq_admin_notice_key"),
    )
    op.create_index("ix_admin_notice_pending", "admin_notice", ["sent_at", "id"])

    with op.batch_alter_table("entry") as batch:
        batch.alter_column("classified_at", existing_type=TS, nullable=True)
        batch.add_column(sa.Column("story_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("story_at", TS, nullable=True))
        batch.add_column(sa.Column("title_token", sa.Text(), nullable=True))
    # Releases stored before stories existed are each a story of their own (story_id stays NULL).
    # Their lookup word is left empty: new copies of them are rare enough not to matter, and this
    # revision stays frozen.
    op.execute("UPDATE entry SET story_at = COALESCE(published, first_seen_at)")
    op.create_index(
        "ix_entry_story_id", "entry", ["story_id"], sqlite_where=IN_STORY, postgresql_where=IN_STORY
    )
    op.create_index("ix_entry_story_window", "entry", ["story_at", "title_token"])
    op.create_index(
        "ix_entry_unclassified", "entry", ["id"], sqlite_where=UNCLASSIFIED, postgresql_where=UNCLASSIFIED
    )


def downgrade() -> None:
    op.drop_index("ix_entry_unclassified", table_name="entry")
    op.drop_index("ix_entry_story_window", table_name="entry")
    op.drop_index("ix_entry_story_id", table_name="entry")
    op.execute("UPDATE entry SET classified_at = first_seen_at WHERE classified_at IS NULL")
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("title_token")
        batch.drop_column("story_at")
        batch.drop_column("story_id")
        batch.alter_column("classified_at", existing_type=TS, nullable=False)
    op.drop_index("ix_admin_notice_pending", table_name="admin_notice")
    op.drop_table("admin_notice")
    with op.batch_alter_table("feed") as batch:
        batch.drop_column("ttl_seconds")
        batch.drop_column("body_hash")
        batch.drop_column("id_key")
        batch.drop_column("failing_since")
        batch.drop_column("failing")
