"""Engine, migrations and transaction scope against a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import socket
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, StatementError
from sqlmodel import Session

from bot import store
from bot.models import Classification, FeedSpec
from bot.store.tables import metadata
from tests.store.conftest import NOW, make_classification, make_entry


def _schema_diffs(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _head() -> str | None:
    return ScriptDirectory.from_config(store.alembic_config()).get_current_head()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_sqlite_file_engine_uses_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 8192
    store.check(engine)


def test_an_existing_sqlite_file_keeps_its_page_size(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA page_size=4096")
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("CREATE TABLE kept (id INTEGER PRIMARY KEY)")
    raw.close()
    engine = store.make_engine(f"sqlite:///{path}")
    store.migrate(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert conn.exec_driver_sql("SELECT count(*) FROM kept").scalar() == 0
    engine.dispose()


def test_unopenable_sqlite_path_is_one_line_naming_url_and_reason(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}"
    with pytest.raises(store.StoreUnavailable) as caught:
        store.make_engine(url)
    assert str(caught.value) == f"cannot open database {url}: unable to open database file"


def test_unreachable_postgres_message_masks_the_password() -> None:
    port = _closed_port()
    with pytest.raises(store.StoreUnavailable) as caught:
        store.make_engine(f"postgresql+psycopg://u:s3cret@127.0.0.1:{port}/x")
    message = str(caught.value)
    assert (
        message == f"cannot reach database postgresql+psycopg://u:***@127.0.0.1:{port}/x: connection refused"
    )
    assert "s3cret" not in message


@pytest.mark.parametrize("url", ["not a url", "nosuchdialect://host/db"])
def test_bad_urls_are_store_unavailable(url: str) -> None:
    with pytest.raises(store.StoreUnavailable, match="cannot open database"):
        store.make_engine(url)


def test_in_memory_sqlite_is_one_database_for_every_session() -> None:
    engine = store.make_engine("sqlite://")
    store.migrate(engine)
    with store.session_scope(engine) as session:
        store.sync_feeds(session, feeds=[FeedSpec("a", "https://a.example/rss")], now=NOW)
    with store.session_scope(engine) as session:
        assert [f.name for f in store.feed_states(session)] == ["a"]


def test_migrating_an_empty_sqlite_file_matches_the_models(tmp_path: Path) -> None:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    store.migrate(engine)
    assert _schema_diffs(engine) == []
    assert _revision(engine) == _head()


def test_migrating_twice_is_a_no_op_and_keeps_data(tmp_path: Path) -> None:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    store.migrate(engine)
    with store.session_scope(engine) as session:
        entry_id = store.add_entry(
            session,
            entry=make_entry(),
            classification=make_classification(),
            matches=[],
            silent=False,
            now=NOW,
        )
    engine.dispose()

    reopened = store.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    store.migrate(reopened)
    store.migrate(reopened)
    assert _revision(reopened) == _head()
    with store.session_scope(reopened) as session:
        stored = store.get_entry(session, entry_id=entry_id or 0)
    assert stored is not None
    assert stored.entry == make_entry()


def test_a_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    store.migrate(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff'"))
    with pytest.raises(store.StoreUnavailable, match="cannot migrate"):
        store.migrate(engine)


@pytest.mark.postgres
def test_migrations_on_postgres_match_the_models_and_are_idempotent(pg_database: str) -> None:
    engine = store.make_engine(pg_database)
    try:
        with engine.begin() as conn:
            # A schema of its own, so this test sees an empty database whatever else the run did.
            conn.execute(sa.text("CREATE SCHEMA migration_check"))
        scoped = store.make_engine(f"{pg_database}?options=-csearch_path%3Dmigration_check")
        store.migrate(scoped)
        assert _schema_diffs(scoped) == []
        with store.session_scope(scoped) as session:
            store.add_entry(
                session,
                entry=make_entry(),
                classification=make_classification(),
                matches=[],
                silent=True,
                now=NOW,
            )
        store.migrate(scoped)
        assert _revision(scoped) == _head()
        with store.session_scope(scoped) as session:
            assert store.find_entry(session, key="gnw-1") is not None
        scoped.dispose()
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA IF EXISTS migration_check CASCADE"))
        engine.dispose()


def _add_then_fail(engine: Engine) -> None:
    with store.session_scope(engine) as session:
        store.add_entry(
            session, entry=make_entry(), classification=Classification(), matches=[], silent=False, now=NOW
        )
        raise RuntimeError("boom")


def test_session_scope_commits_on_success_and_rolls_back_on_error(engine: Engine) -> None:
    with store.session_scope(engine) as session:
        store.sync_feeds(session, feeds=[FeedSpec("kept", "https://a.example/rss")], now=NOW)
    with pytest.raises(RuntimeError, match="boom"):
        _add_then_fail(engine)
    with store.session_scope(engine) as session:
        assert [f.name for f in store.feed_states(session)] == ["kept"]
        assert store.find_entry(session, key="gnw-1") is None


def test_times_come_back_aware_and_in_utc(engine: Engine) -> None:
    paris = timezone(timedelta(hours=2))
    published = datetime(2026, 6, 1, 9, 0, tzinfo=paris)
    with store.session_scope(engine) as session:
        entry_id = store.add_entry(
            session,
            entry=make_entry(published=published),
            classification=Classification(),
            matches=[],
            silent=False,
            now=NOW,
        )
    with store.session_scope(engine) as session:
        stored = store.get_entry(session, entry_id=entry_id or 0)
    assert stored is not None
    assert stored.entry.published is not None
    assert stored.entry.published.tzinfo == UTC
    assert stored.entry.published == published
    assert stored.entry.published.hour == 7
    assert stored.first_seen_at == NOW
    assert stored.first_seen_at.tzinfo == UTC


def test_naive_times_are_refused(engine: Engine) -> None:
    naive = datetime(2026, 1, 1)  # no zone: the mistake under test
    with store.session_scope(engine) as session, pytest.raises(StatementError, match="naive datetime"):
        store.sync_feeds(session, feeds=[FeedSpec("a", "https://a.example/rss")], now=naive)


def test_check_reports_a_database_that_went_away(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    engine = store.make_engine(f"sqlite:///{folder / 'x.db'}")
    store.check(engine)
    engine.dispose()
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    with pytest.raises(store.StoreUnavailable, match="unable to open database file"):
        store.check(engine)


@pytest.mark.postgres
def test_a_transaction_rolled_back_to_break_a_deadlock_is_done_again(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE feed RESTART IDENTITY CASCADE"))
    with store.session_scope(pg_engine) as session:
        specs = [FeedSpec("first", "https://a.example/rss"), FeedSpec("second", "https://b.example/rss")]
        store.sync_feeds(session, feeds=specs, now=NOW)
    # Two transactions take the same two rows in opposite orders: PostgreSQL rolls one back.
    both_hold_one = threading.Barrier(2, timeout=30)
    attempts: list[str] = []

    def take(first: str, then: str) -> str:
        def work(session: Session) -> str:
            attempts.append(first)
            lock = "UPDATE feed SET consecutive_errors = consecutive_errors + 1 WHERE name = :name"
            session.connection().execute(sa.text(lock), {"name": first})
            if attempts.count(first) == 1:
                both_hold_one.wait()
            session.connection().execute(sa.text(lock), {"name": then})
            return first

        return store.in_transaction(pg_engine, work)

    with ThreadPoolExecutor(max_workers=2) as pool:
        done = sorted(pool.map(take, ["first", "second"], ["second", "first"]))
    assert done == ["first", "second"]
    assert len(attempts) == 3  # the deadlock's victim ran once more
    with store.session_scope(pg_engine) as session:
        assert [f.consecutive_errors for f in store.feed_states(session)] == [2, 2]  # each took effect once


def test_other_database_errors_are_not_retried(engine: Engine) -> None:
    attempts = 0

    def work(session: Session) -> None:
        nonlocal attempts
        attempts += 1
        session.connection().execute(sa.text("SELECT * FROM no_such_table"))

    with pytest.raises(DBAPIError):
        store.in_transaction(engine, work)
    assert attempts == 1
