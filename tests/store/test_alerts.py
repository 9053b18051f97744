"""The alert outbox: due order, claiming, retries, failures and counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot import store
from bot.models import RouteMatch
from tests.store.conftest import NOW, make_classification, make_entry

LATER = NOW + timedelta(minutes=1)


def _add(session: Session, native_id: str, *watchlists: str, now: datetime = NOW) -> int:
    entry_id = store.add_entry(
        session,
        entry=make_entry(native_id),
        classification=make_classification(),
        matches=[RouteMatch(name, f"C-{name}", f"because {name}") for name in watchlists],
        silent=False,
        now=now,
    )
    assert entry_id is not None
    return entry_id


def _row(session: Session, alert_id: int) -> dict[str, object]:
    row = session.execute(sa.text("SELECT * FROM alert WHERE id = :id"), {"id": alert_id}).mappings().one()
    return dict(row)


def test_due_alerts_are_pending_due_and_oldest_first(session: Session) -> None:
    second_entry = _add(session, "b", "w2", now=LATER)
    first_entry = _add(session, "a", "w1", "w3")
    due = store.due_alerts(session, now=LATER)
    assert [(a.entry_id, a.watchlist) for a in due] == [
        (first_entry, "w1"),
        (first_entry, "w3"),
        (second_entry, "w2"),
    ]
    assert [(a.entry_id, a.watchlist) for a in store.due_alerts(session, now=NOW)] == [
        (first_entry, "w1"),
        (first_entry, "w3"),
    ]
    assert len(store.due_alerts(session, now=LATER, limit=1)) == 1
    alert = due[0]
    assert (alert.channel, alert.reason, alert.attempts) == ("C-w1", "because w1", 0)
    assert alert.entry == make_entry("a")
    assert alert.classification == make_classification()


def test_claiming_is_exclusive_and_takes_the_alert_off_the_queue(session: Session) -> None:
    _add(session, "a", "w1")
    (alert,) = store.due_alerts(session, now=NOW)
    assert store.mark_sending(session, alert_id=alert.id, now=NOW) is True
    assert store.mark_sending(session, alert_id=alert.id, now=NOW) is False
    assert store.due_alerts(session, now=LATER) == []
    assert store.alert_counts(session) == {"pending": 0, "sending": 1, "sent": 0, "failed": 0}


def test_sent_alerts_keep_the_slack_message_address(session: Session) -> None:
    _add(session, "a", "w1")
    (alert,) = store.due_alerts(session, now=NOW)
    store.mark_sending(session, alert_id=alert.id, now=NOW)
    store.mark_sent(session, alert_id=alert.id, channel_id="C0123", ts="1712345678.000100", now=LATER)
    row = _row(session, alert.id)
    assert (row["status"], row["slack_channel_id"], row["slack_ts"]) == ("sent", "C0123", "1712345678.000100")
    assert store.due_alerts(session, now=LATER) == []
    assert store.alert_counts(session)["sent"] == 1


def test_a_retry_counts_the_attempt_and_waits(session: Session) -> None:
    _add(session, "a", "w1")
    (alert,) = store.due_alerts(session, now=NOW)
    store.mark_sending(session, alert_id=alert.id, now=NOW)
    store.mark_retry(session, alert_id=alert.id, error="ratelimited", next_attempt_at=LATER)
    assert store.due_alerts(session, now=NOW) == []
    (again,) = store.due_alerts(session, now=LATER)
    assert (again.id, again.attempts) == (alert.id, 1)
    assert _row(session, alert.id)["last_error"] == "ratelimited"


def test_a_failed_alert_is_given_up(session: Session) -> None:
    _add(session, "a", "w1", "w2")
    first, _ = store.due_alerts(session, now=NOW)
    store.mark_failed(session, alert_id=first.id, error="channel_not_found", now=LATER)
    assert [a.watchlist for a in store.due_alerts(session, now=LATER)] == ["w2"]
    row = _row(session, first.id)
    assert (row["status"], row["attempts"], row["last_error"]) == ("failed", 1, "channel_not_found")
    assert store.alert_counts(session) == {"pending": 1, "sending": 0, "sent": 0, "failed": 1}


def test_alerts_stuck_sending_can_be_released(session: Session) -> None:
    _add(session, "a", "w1", "w2")
    old, recent = store.due_alerts(session, now=NOW)
    store.mark_sending(session, alert_id=old.id, now=NOW)
    store.mark_sending(session, alert_id=recent.id, now=LATER)
    assert store.release_stuck_alerts(session, sending_before=LATER, now=LATER) == 1
    assert [a.id for a in store.due_alerts(session, now=LATER)] == [old.id]


def test_unknown_alert_ids_are_refused(session: Session) -> None:
    with pytest.raises(store.AlertNotFound, match="no alert with id 42"):
        store.mark_sending(session, alert_id=42, now=NOW)
    with pytest.raises(store.AlertNotFound):
        store.mark_sent(session, alert_id=42, channel_id="C", ts="1.2", now=NOW)
    with pytest.raises(store.AlertNotFound):
        store.mark_retry(session, alert_id=42, error="x", next_attempt_at=NOW)
    with pytest.raises(store.AlertNotFound):
        store.mark_failed(session, alert_id=42, error="x", now=NOW)


def test_counts_on_an_empty_outbox_are_zero(session: Session) -> None:
    assert store.alert_counts(session) == {"pending": 0, "sending": 0, "sent": 0, "failed": 0}


@pytest.mark.postgres
def test_a_second_deliverer_skips_alerts_another_has_locked(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE alert, entry, feed, watchlist RESTART IDENTITY CASCADE"))
    with store.session_scope(pg_engine) as session:
        _add(session, "a", "w1", "w2")
    with Session(pg_engine) as first, Session(pg_engine) as second:
        taken = store.due_alerts(first, now=NOW, limit=1)
        others = store.due_alerts(second, now=NOW)
        assert len(taken) == 1
        assert [a.id for a in others] != []
        assert taken[0].id not in {a.id for a in others}
        first.rollback()
        second.rollback()
