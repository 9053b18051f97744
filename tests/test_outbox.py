"""The outbox against a fake Slack on loopback and a real SQLite file: order, pace, failures, recovery."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot import store
from bot.deliver import post_alert
from bot.outbox import deliver_pending
from bot.render import SlackMessage
from tests.fakes.clock import FakeClock, real_time_minus
from tests.fakes.slack import FakeSlack
from tests.outbox_support import (
    assert_exactly_once_in_order,
    assert_retry_after_honoured,
    delivered,
    drain,
    payload,
    seed,
    services,
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
    store.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(real_time_minus(hours=1))


@pytest.fixture
def slack(clock: FakeClock) -> Iterator[FakeSlack]:
    with FakeSlack(clock=clock.monotonic) as fake:
        yield fake


def _row(engine: Engine, alert_id: int) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(
            conn.execute(text("SELECT * FROM alert WHERE id = :id"), {"id": alert_id}).mappings().one()
        )


def test_alerts_go_out_once_each_in_created_order_per_channel(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["C0DEALS", "#bd-alerts", "C0ONCO"], per_channel=5, now=clock.now())
    svc = services(engine, slack, clock=clock)
    outcome = deliver_pending(svc, sleep=clock.sleep)
    assert outcome.sent == 15
    assert_exactly_once_in_order(slack, made)
    first = made["#bd-alerts"][0]
    row = _row(engine, first)
    assert row["status"] == "sent"
    assert row["slack_channel_id"] == slack.channel_id("#bd-alerts")
    post = next(p for p in slack.posts() if payload(p).get("alert_id") == first)
    assert row["slack_ts"] == next(
        m["ts"] for m in slack.messages("#bd-alerts") if payload(m).get("alert_id") == first
    )
    assert payload(post)["marker"] == f"alert:{first}"
    with store.session_scope(engine) as session:
        # The #name was resolved by the first post and kept for history lookups.
        assert store.known_channel_id(session, channel="#bd-alerts") == slack.channel_id("#bd-alerts")


def test_each_channel_is_paced_a_burst_then_about_one_a_second(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    seed(engine, channels=["C0DEALS", "C0ONCO"], per_channel=8, now=clock.now())
    # One worker: with several, each one's sleep moves the shared fake clock under the others' feet.
    svc = services(
        engine, slack, clock=clock, channel_burst=3, channel_rate_per_second=1.0, channel_workers=1
    )
    deliver_pending(svc, sleep=clock.sleep)
    for channel in ("C0DEALS", "C0ONCO"):
        times = [c.time for c in slack.calls("chat.postMessage") if c.channel == channel]
        assert len(times) == 8
        assert times[2] - times[0] < 0.5  # the burst
        # A token bucket: any run of posts is at most the burst plus one per second it spans.
        for i, start in enumerate(times):
            for j in range(i, len(times)):
                assert j - i + 1 <= 3 + (times[j] - start) / 1.0, (i, j, times)
    assert assert_retry_after_honoured(slack) == 0


def test_a_channel_waiting_out_retry_after_does_not_hold_up_the_others(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["C0SLOW", "C0FAST"], per_channel=4, now=clock.now())
    slack.fail_next("chat.postMessage", 1, status=429, error="ratelimited", retry_after=120, channel="C0SLOW")
    svc = services(engine, slack, clock=clock)
    deliver_pending(svc, sleep=clock.sleep, max_wait=10)
    assert delivered(slack).get("C0FAST") == made["C0FAST"]
    assert "C0SLOW" not in delivered(slack)
    with store.session_scope(engine) as session:
        hold = store.next_allowed_at(session, channel="C0SLOW")
    assert hold is not None

    # Another process (new services, same database) honours the same Retry-After.
    other = services(engine, slack, clock=clock)
    deliver_pending(other, sleep=clock.sleep, max_wait=10)
    assert "C0SLOW" not in delivered(slack)

    drain(other, clock)
    assert_exactly_once_in_order(slack, made)
    assert assert_retry_after_honoured(slack) == 1
    assert _row(engine, made["C0SLOW"][0])["attempts"] == 0  # a 429 is not the alert's failure


def test_permanent_refusals_fail_the_alerts_and_tell_the_admins_once_per_channel_and_error(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["#gone", "C0DEALS"], per_channel=3, now=clock.now())
    slack.set_channel_error("#gone", "channel_not_found")
    svc = services(engine, slack, clock=clock, admin_channel="C0ADMIN")
    drain(svc, clock)
    assert_exactly_once_in_order(slack, {"C0DEALS": made["C0DEALS"]})
    notices = slack.posts("C0ADMIN")
    assert len(notices) == 1, [n["text"] for n in notices]
    assert "channel_not_found" in notices[0]["text"]
    assert "#gone" in notices[0]["text"]
    with store.session_scope(engine) as session:
        assert store.alert_counts(session) == {"pending": 0, "sending": 0, "sent": 3, "failed": 3}
        failed = store.latest_alerts(session, status="failed")
        (problem,) = store.delivery_problems(session)
    assert {a.id for a in failed} == set(made["#gone"])
    assert all("channel_not_found" in (a.last_error or "") for a in failed)
    assert (problem.channel, problem.error, problem.failures) == ("#gone", "channel_not_found", 3)

    # More alerts for the same broken channel do not tell the admins again.
    more = seed(engine, channels=["#gone"], per_channel=2, now=clock.now(), start=100)
    drain(svc, clock)
    assert len(slack.posts("C0ADMIN")) == 1
    assert all(_row(engine, i)["status"] == "failed" for i in more["#gone"])


def test_a_channel_that_works_again_clears_its_problem(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    seed(engine, channels=["C0DEALS"], per_channel=1, now=clock.now())
    slack.set_channel_error("C0DEALS", "not_in_channel")
    svc = services(engine, slack, clock=clock, admin_channel="C0ADMIN")
    drain(svc, clock)
    slack.set_channel_error("C0DEALS", None)
    seed(engine, channels=["C0DEALS"], per_channel=1, now=clock.now(), start=50)
    drain(svc, clock)
    with store.session_scope(engine) as session:
        assert store.delivery_problems(session) == []
    # Broken again later: the admins hear about it again.
    slack.set_channel_error("C0DEALS", "not_in_channel")
    seed(engine, channels=["C0DEALS"], per_channel=1, now=clock.now(), start=60)
    drain(svc, clock)
    assert len(slack.posts("C0ADMIN")) == 2


def test_without_an_admin_channel_the_problem_is_logged_and_kept_for_status(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    seed(engine, channels=["C0ARCH"], per_channel=2, now=clock.now())
    slack.set_channel_error("C0ARCH", "is_archived")
    drain(services(engine, slack, clock=clock), clock)
    with store.session_scope(engine) as session:
        (problem,) = store.delivery_problems(session)
    assert problem.error == "is_archived"
    assert problem.notified_at is not None


def test_temporary_failures_back_off_then_give_up_after_max_attempts(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["C0DEALS"], per_channel=2, now=clock.now())
    # Refused before Slack could act (not ambiguous), every time.
    slack.fail_next("chat.postMessage", 100, status=200, error="service_unavailable", channel="C0DEALS")
    svc = services(engine, slack, clock=clock, max_attempts=3, admin_channel="C0ADMIN")
    drain(svc, clock)
    first, second = (_row(engine, i) for i in made["C0DEALS"])
    assert (first["status"], first["attempts"]) == ("failed", 3)
    assert second["status"] == "failed"
    assert "service_unavailable" in str(first["last_error"])
    (notice,) = slack.posts("C0ADMIN")
    assert "gave up after 3 attempts" in notice["text"]
    times = [c.time for c in slack.calls("chat.postMessage") if c.channel == "C0DEALS"][:3]
    # 5 s, then 10 s, each at least half of it (jitter).
    assert times[1] - times[0] >= 2.5
    assert times[2] - times[1] >= 5.0


def test_a_post_that_landed_unanswered_is_found_in_history_not_posted_twice(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["#deals"], per_channel=3, now=clock.now())
    slack.drop_connection_next(1, method="chat.postMessage", after_processing=True)
    drain(services(engine, slack, clock=clock), clock)
    assert_exactly_once_in_order(slack, made)
    assert slack.calls("conversations.history")
    row = _row(engine, made["#deals"][0])
    (message,) = [m for m in slack.messages("#deals") if payload(m).get("alert_id") == made["#deals"][0]]
    assert (row["status"], row["slack_ts"], row["unsure"]) == ("sent", message["ts"], 0)


def test_a_post_lost_before_slack_acted_is_posted_again(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["C0DEALS"], per_channel=3, now=clock.now())
    slack.drop_connection_next(1, method="chat.postMessage")
    drain(services(engine, slack, clock=clock), clock)
    assert_exactly_once_in_order(slack, made)
    assert len([c for c in slack.calls("chat.postMessage") if c.dropped]) == 1


def test_a_delivery_interrupted_by_a_crash_is_looked_for_before_posting(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["#deals"], per_channel=3, now=clock.now())
    landed, lost, _third = made["#deals"]
    svc = services(engine, slack, clock=clock, sending_lease_seconds=30)
    client = svc.slack
    assert client is not None
    # A process claimed two alerts; the first reached Slack, then it died before recording either.
    with store.session_scope(engine) as session:
        assert store.claim(session, ids=[landed], now=clock.now())
    post_alert(
        client,
        channel="#deals",
        message=SlackMessage(text="alert", blocks=()),
        metadata={"marker": f"alert:{landed}", "alert_id": landed, "kind": "alert"},
    )
    with store.session_scope(engine) as session:
        assert store.claim(session, ids=[lost], now=clock.now())
    slack.clear_calls()

    # Within the lease the channel waits: the delivery may still be alive elsewhere.
    deliver_pending(svc, sleep=clock.sleep, max_wait=0)
    assert slack.calls("chat.postMessage") == []

    clock.advance(31)
    drain(svc, clock)
    posted = [payload(p)["alert_id"] for p in slack.posts("#deals")]
    assert posted == [lost, _third]
    # The #name was never posted to by this store: conversations.list told its ID.
    assert slack.calls("conversations.list")
    assert _row(engine, landed)["status"] == "sent"


def test_without_a_token_alerts_are_printed_in_order_and_recorded(engine: Engine, clock: FakeClock) -> None:
    made = seed(engine, channels=["C0DEALS"], per_channel=2, now=clock.now())
    svc = services(engine, None, clock=clock)
    svc.console = io.StringIO()
    outcome = deliver_pending(svc, sleep=clock.sleep)
    assert outcome.sent == 2
    printed = svc.console.getvalue()
    assert printed.index("Company 1 ") < printed.index("Company 2 ")
    assert all(_row(engine, i)["status"] == "sent" for i in made["C0DEALS"])


def test_the_pace_table_keeps_the_hold_across_restarts(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    seed(engine, channels=["C0DEALS"], per_channel=2, now=clock.now())
    slack.fail_next("chat.postMessage", 1, status=429, error="ratelimited", retry_after=45)
    deliver_pending(services(engine, slack, clock=clock), sleep=clock.sleep, max_wait=5)
    engine.dispose()  # as a restart would
    restarted = services(engine, slack, clock=clock)
    clock.advance(44)
    deliver_pending(restarted, sleep=clock.sleep, max_wait=0)
    assert len(slack.calls("chat.postMessage")) == 1
    clock.advance(1.5)
    deliver_pending(restarted, sleep=clock.sleep, max_wait=5)
    assert len(slack.posts("C0DEALS")) == 2
    assert_retry_after_honoured(slack)
