"""Store fixtures: a migrated SQLite file per test, and a migrated PostgreSQL database per run."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot import store
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
TABLES = ("alert", "entry", "feed", "watchlist", "channel_pace", "delivery_problem", "admin_notice")


def _pg_admin() -> Engine:
    """Return an autocommit engine on the PostgreSQL test server, or skip when it cannot be reached."""
    try:
        return store.make_engine(PG_ADMIN_URL).execution_options(isolation_level="AUTOCOMMIT")
    except store.StoreUnavailable as exc:
        pytest.skip(f"PostgreSQL test server not reachable at 127.0.0.1:5432: {exc}")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """Create a uniquely named, empty PostgreSQL database for this run; drop it afterwards."""
    admin = _pg_admin()
    name = f"dealwire_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_engine(pg_database: str) -> Iterator[Engine]:
    """A migrated engine on the run's PostgreSQL database."""
    engine = store.make_engine(pg_database)
    store.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty store: a SQLite file, or the shared PostgreSQL database emptied first."""
    if request.param == "sqlite":
        sqlite_engine = store.make_engine(f"sqlite:///{tmp_path / 'store.db'}")
        store.migrate(sqlite_engine)
        yield sqlite_engine
        sqlite_engine.dispose()
        return
    pg: Engine = request.getfixturevalue("pg_engine")
    with pg.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    yield pg


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on the store; whatever a test leaves uncommitted is rolled back."""
    with Session(engine) as s:
        yield s
        s.rollback()


def make_entry(native_id: str = "gnw-1", **changes: object) -> Entry:
    """An entry with every field set, so a round trip proves each one."""
    fields: dict[str, object] = {
        "wire": "globenewswire",
        "native_id": native_id,
        "url": f"https://www.globenewswire.com/news-release/2026/03/02/{native_id}.html",
        "title": "ImmunoGen Earns $1 Million Milestone Payment From Amgen",
        "summary": "ImmunoGen announced it earned a milestone payment.",
        "body": "WALTHAM, Mass. — ImmunoGen, Inc. (Nasdaq: IMGN) today announced …",
        "published": datetime(2026, 3, 2, 13, 0, 5, 123456, tzinfo=UTC),
        "issuer": "ImmunoGen, Inc.",
        "categories": ("Nasdaq:IMGN", "Partnerships"),
        "feed": "globenewswire-biotech",
        "modified": datetime(2026, 3, 2, 13, 5, tzinfo=UTC),
    }
    fields.update(changes)
    return Entry(**fields)  # type: ignore[arg-type]


def make_classification() -> Classification:
    """A classification with every kind of value the store must keep exactly."""
    return Classification(
        events=(EventType.MILESTONE, EventType.LICENSING),
        company="ImmunoGen",
        partners=("Amgen",),
        tickers=("NASDAQ:IMGN",),
        amounts=(
            Amount(Decimal("1000000"), "USD", AmountKind.MILESTONE, "$1 million", False),
            Amount(Decimal("1.5E+8"), "EUR", AmountKind.POTENTIAL, "up to €150 million", True),
            Amount(Decimal("0.10"), "GBP", AmountKind.OTHER),
        ),
        evidence=(
            Evidence(EventType.MILESTONE, "earned-milestone", "ImmunoGen earned a $1 million milestone."),
            Evidence(EventType.LICENSING, "license-agreement", "under the 2013 license agreement"),
        ),
    )
