"""Alembic environment: runs migrations on the connection or engine handed over by bot.store.db."""

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.engine import Engine

from bot.store.tables import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # Batch mode lets later ALTERs work on SQLite by copying the table.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    attributes = context.config.attributes
    connection: Connection | None = attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine: Engine | None = attributes.get("engine")
    if engine is None:
        raise RuntimeError("migrations need an engine: use bot.store.db.migrate or alembic_config(engine)")
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported; run them against a database")
_run_online()
