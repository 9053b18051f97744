"""Engine construction, schema migration and transaction scope for the store."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
import structlog
from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

log = structlog.get_logger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_PAGE_SIZE = 8192
PG_CONNECT_TIMEOUT_S = 10
MIGRATION_LOCK_KEY = 0x6465616C77697265  # "dealwire"
# PostgreSQL's answers for a transaction it rolled back to break a deadlock or a serialisation conflict:
# nothing was written, and the same work done again succeeds.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
TRANSIENT_ATTEMPTS = 5

T = TypeVar("T")


class StoreUnavailable(Exception):
    """The database cannot be reached, opened or brought up to date."""

    def __init__(self, url: str, reason: str, *, verb: str = "open") -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"cannot {verb} database {url}: {reason}")


def masked_url(url: str | URL) -> str:
    """Return the URL as text with any password replaced by ***."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        # Not parseable, so no password can be located: hide everything after a scheme's userinfo.
        return re.sub(r"://[^@/]*@", "://***@", str(url))
    return parsed.render_as_string(hide_password=True)


def _reason(exc: BaseException, password: str | None) -> str:
    """Turn a driver error into a short lower-case phrase ('connection refused')."""
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    text = lines[0] if lines else type(orig).__name__
    # libpq says 'connection to server at "h", port p failed: <why>'; the why is what a person needs.
    if "failed: " in text:
        text = text.rsplit("failed: ", 1)[1]
    text = re.sub(r"^(FATAL|ERROR):\s*", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    if password:
        text = text.replace(password, "***")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text or type(orig).__name__


def _verb(url: URL) -> str:
    return "open" if url.get_backend_name() == "sqlite" else "reach"


def _is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the Slack app read while the poller writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    try:
        # Only a file not created yet takes a page size (so it must come before WAL): an existing
        # store keeps its own. A release's row is most of a kilobyte, and a 4 KiB page leaves half
        # a row unused on average; 8 KiB pages halve that (a million releases: ~1.06 GB -> ~0.99 GB),
        # and a longer body spills to overflow pages less. Nothing about durability changes.
        cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for the URL and connect once to prove the database can be opened."""
    shown = masked_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreUnavailable(shown, "not a valid database URL") from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
        if _is_memory_sqlite(parsed):
            # One shared connection, or every pooled connection would see its own empty database.
            kwargs["poolclass"] = StaticPool
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreUnavailable(shown, f"unsupported database URL ({exc})") from exc
    if parsed.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    check(engine)
    return engine


def check(engine: Engine) -> None:
    """Run SELECT 1 on the database; raise StoreUnavailable if it cannot be reached."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except DBAPIError as exc:
        raise StoreUnavailable(
            masked_url(engine.url), _reason(exc, engine.url.password), verb=_verb(engine.url)
        ) from exc


def alembic_config(engine: Engine | None = None) -> Config:
    """Return an Alembic config for the packaged migrations, bound to the engine when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the database schema up to the latest revision (Alembic upgrade head)."""
    config = alembic_config()
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Two bots starting at once would both try to create the tables; the second waits here.
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except DBAPIError as exc:
        raise StoreUnavailable(
            masked_url(engine.url), _reason(exc, engine.url.password), verb=_verb(engine.url)
        ) from exc
    except CommandError as exc:
        # Typically a database written by a newer release whose revision this one does not know.
        raise StoreUnavailable(masked_url(engine.url), f"cannot migrate: {exc}") from exc
    log.info("store_migrated", url=masked_url(engine.url))


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """Yield a session that commits when the block succeeds and rolls back when it raises."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def is_transient(exc: BaseException) -> bool:
    """True when the database rolled the transaction back only because of a concurrent one (retry it)."""
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) in TRANSIENT_SQLSTATES


def in_transaction(engine: Engine, work: Callable[[Session], T], *, attempts: int = TRANSIENT_ATTEMPTS) -> T:
    """Run work in a session_scope; start it again when PostgreSQL breaks a deadlock by rolling it back."""
    for attempt in range(1, attempts + 1):
        try:
            with session_scope(engine) as session:
                return work(session)
        except DBAPIError as exc:
            if attempt == attempts or not is_transient(exc):
                raise
            log.warning("store_transaction_retried", attempt=attempt, reason=str(exc.orig).splitlines()[0])
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")  # the loop returns or raises
