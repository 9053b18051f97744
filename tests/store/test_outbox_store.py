"""The outbox queue, channel pace and delivery problems on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session

from bot import store
from bot.models import RouteMatch
from tests.store.conftest import NOW, make_classification, make_entry

LATER = NOW + timedelta(minutes=1)


def _alerts(session: Session, native_id: str, *channels: str) -> list[int]:
    entry_id = store.add_entry(
        session,
        entry=make_entry(native_id),
        classification=make_classification(),
        matches=[RouteMatch(f"list-{c}", c, "because") for c in channels],
        silent=False,
        now=NOW,
    )
    assert entry_id is not None
    return [a.id for a in reversed(store.alerts_for_entry(session, entry_id=entry_id))]


def _row(session: Session, alert_id: int) -> dict[str, object]:
    return dict(
        session.execute(sa.text("SELECT * FROM alert WHERE id = :id"), {"id": alert_id}).mappings().one()
    )


def test_each_channel_is_a_queue_in_created_order(session: Session) -> None:
    a1, b1 = _alerts(session, "a", "C1", "C2")
    (a2,) = _alerts(session, "b", "C1")
    assert store.queued_channels(session) == ["C1", "C2"]
    assert [i.id for i in store.channel_queue(session, channel="C1")] == [a1, a2]
    (item,) = store.outbox_items(session, ids=[b1])
    assert (item.kind, item.channel, item.entry) == ("alert", "C2", make_entry("a"))


def test_a_claim_is_all_or_nothing(session: Session) -> None:
    first, second = (_alerts(session, n, "C1")[0] for n in ("a", "b"))
    assert store.claim(session, ids=[first], now=NOW)
    assert not store.claim(session, ids=[first, second], now=NOW)
    assert _row(session, second)["status"] == "pending"
    assert store.claim(session, ids=[second], now=NOW, digest_key="d1")
    assert _row(session, second)["digest_key"] == "d1"


def test_sent_failed_and_requeued_rows(session: Session) -> None:
    first, second, third = (_alerts(session, n, "C1")[0] for n in ("a", "b", "c"))
    store.claim(session, ids=[first, second, third], now=NOW)
    assert store.record_sent(session, ids=[first], channel_id="C1ID", ts="1.5", now=LATER) == 1
    store.requeue(session, ids=[second], error="timeout", next_attempt_at=LATER, now=NOW, unsure=True)
    store.record_failed(session, ids=[third], error="channel_not_found", now=NOW)
    assert (_row(session, first)["status"], _row(session, first)["slack_ts"]) == ("sent", "1.5")
    again = _row(session, second)
    assert (again["status"], again["attempts"], again["unsure"], again["digest_key"]) == (
        "pending",
        1,
        True,
        None,
    )
    assert store.next_due(session) == LATER
    store.clear_unsure(session, ids=[second], now=NOW)
    assert _row(session, second)["unsure"] is False or _row(session, second)["unsure"] == 0
    assert store.alert_counts(session) == {"pending": 1, "sending": 0, "sent": 1, "failed": 1}


def test_a_digest_found_again_is_recorded_for_all_its_alerts(session: Session) -> None:
    ids = [_alerts(session, n, "C1")[0] for n in ("a", "b", "c")]
    store.claim(session, ids=ids, now=NOW, digest_key="d1")
    store.requeue(session, ids=ids, error="lost", next_attempt_at=NOW, now=NOW, unsure=True)
    assert store.record_digest_sent(session, digest_key="d1", channel_id="C1ID", ts="9.9", now=LATER) == 3
    assert {(_row(session, i)["slack_ts"], bool(_row(session, i)["in_digest"])) for i in ids} == {
        ("9.9", True)
    }


def test_stuck_sending_rows_come_back_unsure(session: Session) -> None:
    (alert,) = _alerts(session, "a", "C1")
    store.claim(session, ids=[alert], now=NOW)
    assert store.release_stuck_alerts(session, sending_before=LATER, now=LATER) == 1
    (item,) = store.channel_queue(session, channel="C1")
    assert (item.status, item.unsure, item.attempted_at) == ("pending", True, NOW)


def test_pace_and_retry_after_are_kept_per_channel(session: Session) -> None:
    fresh = store.channel_pace(session, channel="#deals", now=NOW)
    assert (fresh.tat, fresh.not_before) == (NOW, None)
    store.record_pace(session, channel="#deals", tat=LATER, now=NOW)
    store.record_pace(session, channel="#deals", tat=NOW, now=NOW)  # an older time never wins
    store.hold_channel(session, channel="#deals", until=LATER, now=NOW)
    store.hold_channel(session, channel="#deals", until=NOW, now=NOW)
    assert store.channel_pace(session, channel="#deals", now=NOW) == store.ChannelPace(
        tat=LATER, not_before=LATER
    )
    assert store.next_allowed_at(session, channel="#deals") == LATER
    store.remember_channel_id(session, channel="#deals", channel_id="C0DEALS", now=NOW)
    assert store.known_channel_id(session, channel="#deals") == "C0DEALS"
    assert store.known_channel_id(session, channel="#other") is None


def test_a_problem_is_new_once_per_channel_and_error(session: Session) -> None:
    assert store.record_problem(session, channel="C1", error="is_archived", detail="", now=NOW)
    assert not store.record_problem(session, channel="C1", error="is_archived", detail="", now=LATER)
    assert store.record_problem(session, channel="C1", error="not_in_channel", detail="", now=LATER)
    problems = store.problems_to_notify(session, now=LATER)
    assert [(p.error, p.failures) for p in problems] == [("is_archived", 2), ("not_in_channel", 1)]
    first = problems[0].id
    assert store.claim_problem_notice(session, problem_id=first, now=LATER)
    assert not store.claim_problem_notice(session, problem_id=first, now=LATER)
    store.postpone_problem_notice(session, problem_id=first, until=LATER + timedelta(minutes=10))
    assert [p.error for p in store.problems_to_notify(session, now=LATER)] == ["not_in_channel"]
    assert store.problem_channels(session) == {"C1"}
    assert store.clear_problems(session, channel="C1") == 2
    assert store.delivery_problems(session) == []


def test_a_revision_is_recorded_once_and_queues_one_edit_per_delivered_alert(session: Session) -> None:
    sent, pending = _alerts(session, "a", "C1", "C2")
    store.claim(session, ids=[sent], now=NOW)
    store.record_sent(session, ids=[sent], channel_id="C1", ts="1.1", now=NOW)
    (known,) = store.known_entries(session, entries=[make_entry("a")]).values()
    revised = replace(make_entry("a"), summary="A corrected summary.")
    outcome = store.record_revision(
        session,
        known=known,
        entry=revised,
        classification=make_classification(),
        matches=[RouteMatch("list-C3", "C3", "now matches")],
        note="Updated: release text revised",
        now=LATER,
    )
    assert (outcome.recorded, outcome.updates, outcome.alerts) == (True, 1, 1)
    again = store.record_revision(
        session,
        known=known,
        entry=revised,
        classification=make_classification(),
        matches=[],
        note="",
        now=LATER,
    )
    assert again.recorded is False  # the stored version is no longer the one it was read as
    update = next(i for i in store.channel_queue(session, channel="C1") if i.kind == "update")
    assert update.parent_alert_id == sent
    (item,) = store.outbox_items(session, ids=[update.id])
    assert (item.note, item.entry.summary) == ("Updated: release text revised", "A corrected summary.")
    assert pending in [i.id for i in store.channel_queue(session, channel="C2")]
    assert store.outbox_counts(session)["update"]["pending"] == 1
    assert store.alert_counts(session)["pending"] == 2  # edits are not alerts


def test_another_wire_threads_under_the_story_and_drops_its_own_alert(session: Session) -> None:
    (first,) = _alerts(session, "a", "C1")
    copy = replace(make_entry("prn-1"), wire="prnewswire")
    entry_id = store.add_entry(
        session,
        entry=copy,
        classification=make_classification(),
        matches=[RouteMatch("list-C1", "C1", "because"), RouteMatch("list-C9", "C9", "because")],
        silent=False,
        now=LATER,
    )
    assert entry_id is not None
    story = [store.get_entry(session, entry_id=1)]
    assert story[0] is not None
    assert store.enqueue_also_on(session, entry_id=entry_id, story_entry_ids=[story[0].id], now=LATER) == [
        "list-C1"
    ]
    kinds = [(i.kind, i.parent_alert_id) for i in store.channel_queue(session, channel="C1")]
    assert kinds == [("alert", None), ("also_on", first)]
    assert [i.kind for i in store.channel_queue(session, channel="C9")] == ["alert"]  # a list not alerted yet
    # Threading twice changes nothing.
    store.enqueue_also_on(session, entry_id=entry_id, story_entry_ids=[story[0].id], now=LATER)
    assert len(store.channel_queue(session, channel="C1")) == 2
