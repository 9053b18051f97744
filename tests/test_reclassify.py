"""`dealwire reclassify`: the current classifier over stored releases, with progress, and never an alert."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from bot.classify import classify
from bot.models import Classification, Entry, EventType, Evidence, RouteMatch
from bot.reclassify import progress_reporter, reclassify_store, report_lines
from tests.fakes.slack import FakeSlack
from tests.test_e2e import run_dealwire

NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
TEXTS = {
    "milestone": (
        "Example Bio Earns $5 Million Milestone Payment From Amgen",
        "Example Bio, Inc. (NASDAQ: EXBI) today announced that it has earned a $5 million milestone payment "
        "from Amgen under the companies' collaboration agreement.",
    ),
    "licensing": (
        "Example Bio and Pfizer Enter Exclusive License Agreement",
        "Example Bio, Inc. today announced an exclusive license agreement granting Pfizer worldwide rights; "
        "Example Bio receives $20 million upfront.",
    ),
    "results": (
        "Example Bio Reports Third Quarter 2025 Financial Results",
        "Example Bio, Inc. today reported financial results for the quarter and provided a business update.",
    ),
}


def entry(kind: str, n: int, *, days: float) -> Entry:
    title, summary = TEXTS[kind]
    return Entry(
        wire="globenewswire",
        native_id=f"{kind}-{n}",
        url=f"https://www.globenewswire.com/news-release/{kind}/{n}.html",
        title=title,
        summary=summary,
        published=NOW - timedelta(days=days),
    )


def old_reading(kind: str) -> Classification:
    """What an older classifier stored: a milestone read as an IND, results read as a milestone."""
    if kind == "licensing":
        return classify(entry(kind, 0, days=0))  # already right: must stay untouched
    event = EventType.IND if kind == "milestone" else EventType.MILESTONE
    return Classification(
        events=(event,), company="Example Bio", evidence=(Evidence(event, "old.rule", "x"),)
    )


def seed(engine: Engine, count: int) -> dict[str, int]:
    kinds = ("milestone", "licensing", "results")
    readings = {kind: old_reading(kind) for kind in kinds}
    made = dict.fromkeys(kinds, 0)
    with store.session_scope(engine) as session:
        for n in range(count):
            kind = kinds[n % 3]
            store.add_entry(
                session,
                entry=entry(kind, n, days=n / 100),
                classification=readings[kind],
                matches=[RouteMatch("partners", "C0DEALS", "any company")] if readings[kind].events else [],
                silent=False,
                now=NOW - timedelta(days=n / 100),
            )
            made[kind] += 1
    return made


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Engine]:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'dealwire.db'}")
    store.migrate(engine)
    yield engine
    engine.dispose()


def alert_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM alert")).scalar_one())


def test_the_templates_read_as_their_names_say() -> None:
    assert classify(entry("milestone", 0, days=0)).events == (EventType.MILESTONE,)
    assert EventType.LICENSING in classify(entry("licensing", 0, days=0)).events
    assert classify(entry("results", 0, days=0)).events == ()


@pytest.mark.slow
def test_ten_thousand_releases_with_progress_and_not_one_post_or_alert(tmp_path: Path, db: Engine) -> None:
    made = seed(db, 10_000)
    alerts_before = alert_rows(db)
    with FakeSlack() as fake:
        env = {
            "DEALWIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'dealwire.db'}",
            "SLACK_BOT_TOKEN": "xoxb-test",
            "DEALWIRE_SLACK_API_URL": fake.base_url,
        }
        result = run_dealwire("reclassify", cwd=tmp_path, env=env, timeout=600)
        assert fake.calls() == []
        assert fake.posts() == []

    assert result.returncode == 0, result.stderr
    progress = re.findall(r"reclassifying: ([\d,]+)/10,000 \((\d+)%\)", result.stderr)
    assert progress[0] == ("0", "0")
    assert progress[-1] == ("10,000", "100")
    assert 5 <= len(progress) <= 11  # a line per tenth, not one per release
    percents = [int(p) for _, p in progress]
    assert percents == sorted(percents)

    out = result.stdout
    assert "reclassified 10,000 releases" in out
    changed = made["milestone"] + made["results"]
    assert f"updated {changed:,}, {changed:,} with different events; no alerts were made" in out
    assert f"events gained: milestone {made['milestone']:,}" in out
    assert f"events lost: milestone {made['results']:,}, ind {made['milestone']:,}" in out
    assert "examples (gained):" in out
    assert "ind → milestone: Example Bio Earns $5 Million Milestone Payment From Amgen" in out
    assert "milestone → none: Example Bio Reports Third Quarter" in out

    assert alert_rows(db) == alerts_before  # no outbox rows: old releases never alert again
    with store.session_scope(db) as session:
        for stored in store.classified_batch(session, limit=30):
            assert stored.classification == classify(stored.entry)


def test_a_dry_run_reports_without_writing(db: Engine) -> None:
    seed(db, 30)
    before = [s.classification for s in _all(db)]

    report = reclassify_store(db, now=NOW, dry_run=True)

    assert report.examined == 30
    assert report.changed == 20
    assert not report.written
    assert "would update (dry run) 20" in report_lines(report)[0]
    assert [s.classification for s in _all(db)] == before


def test_since_limits_the_releases_read(db: Engine) -> None:
    seed(db, 30)  # one every 0.01 day

    report = reclassify_store(db, now=NOW, since=NOW - timedelta(days=0.095))

    assert report.examined == 10
    assert dict(report.gained) == {EventType.MILESTONE: 4}
    assert dict(report.lost) == {EventType.MILESTONE: 3, EventType.IND: 4}
    assert [e.id for e in report.examples_gained] == [1, 4, 7, 10]


def test_progress_is_reported_after_every_batch(db: Engine) -> None:
    seed(db, 25)
    seen: list[tuple[int, int]] = []

    reclassify_store(db, now=NOW, batch=10, progress=lambda done, total: seen.append((done, total)))

    assert seen == [(0, 25), (10, 25), (20, 25), (25, 25)]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_live_bar_and_a_log_gets_a_few_lines() -> None:
    terminal, log = _Terminal(), io.StringIO()
    for stream in (terminal, log):
        with progress_reporter(stream) as progress:
            for done in range(0, 1001, 10):
                progress(done, 1000)
    assert "1000/1000" in terminal.getvalue()
    assert log.getvalue().count("\n") == 11
    assert log.getvalue().splitlines()[-1] == "reclassifying: 1,000/1,000 (100%)"


def _all(engine: Engine) -> list[store.StoredEntry]:
    with store.session_scope(engine) as session:
        return store.classified_batch(session, limit=10_000)
