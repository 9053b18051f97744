"""Slack misbehaving in every way we know of: every alert still arrives exactly once, in order per channel,
and no post reaches a channel before the Retry-After Slack gave for it."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot import store
from bot.outbox import deliver_pending
from tests.fakes.clock import FakeClock, real_time_minus
from tests.fakes.slack import FakeSlack
from tests.outbox_support import (
    assert_exactly_once_in_order,
    assert_retry_after_honoured,
    delivered,
    drain,
    seed,
    services,
    unfinished,
)

CHANNELS = ["C0DEALS", "#bd-alerts", "C0ONCO"]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'faults.db'}")
    store.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(real_time_minus(hours=2))


@pytest.fixture
def slack(clock: FakeClock) -> Iterator[FakeSlack]:
    with FakeSlack(clock=clock.monotonic) as fake:
        yield fake


def _counts(engine: Engine) -> dict[str, int]:
    with store.session_scope(engine) as session:
        return store.alert_counts(session)


def test_a_minute_of_500s_delays_every_alert_but_loses_and_repeats_none(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=CHANNELS, per_channel=10, now=clock.now())
    started = clock.monotonic()
    slack.outage(60)
    drain(services(engine, slack, clock=clock), clock)
    assert_exactly_once_in_order(slack, made)
    accepted = [c.time for c in slack.calls("chat.postMessage") if c.ok]
    assert min(accepted) >= started + 60
    assert any(c.status == 500 for c in slack.calls("chat.postMessage"))
    # A 500 may hide a post that worked: the channel was looked at before posting again.
    assert slack.calls("conversations.history")
    assert _counts(engine) == {"pending": 0, "sending": 0, "sent": 30, "failed": 0}


def test_bursts_of_429_are_waited_out_per_channel(engine: Engine, slack: FakeSlack, clock: FakeClock) -> None:
    made = seed(engine, channels=CHANNELS, per_channel=12, now=clock.now())
    # Slack stricter than our bucket: no burst at all, so our bursts meet 429s.
    slack.rate_limit(1.0, burst=1)
    for channel, wait in (("C0DEALS", 7), ("#bd-alerts", 30), ("C0ONCO", 3)):
        slack.fail_next(
            "chat.postMessage", 2, status=429, error="ratelimited", retry_after=wait, channel=channel
        )
    drain(services(engine, slack, clock=clock, channel_burst=3), clock)
    assert_exactly_once_in_order(slack, made)
    assert assert_retry_after_honoured(slack) >= 6


def test_connection_resets_before_and_after_slack_acted(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=CHANNELS, per_channel=8, now=clock.now())
    slack.drop_connection_next(3, method="chat.postMessage", after_processing=True)
    slack.drop_connection_next(3, method="chat.postMessage")
    slack.drop_connection_next(2, method="conversations.history")
    drain(services(engine, slack, clock=clock), clock)
    assert_exactly_once_in_order(slack, made)
    assert len([c for c in slack.calls() if c.dropped]) == 8


def test_slow_answers_within_the_timeout_keep_order(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=CHANNELS, per_channel=4, now=clock.now())
    slack.delay(0.05, method="chat.postMessage")
    drain(services(engine, slack, clock=clock), clock)
    assert_exactly_once_in_order(slack, made)


def test_an_answer_slower_than_the_timeout_is_found_later_not_reposted(engine: Engine) -> None:
    # Real time here: Slack finishes the post after the client gave up, while the outbox backs off.
    clock_now = datetime.now(UTC)
    with FakeSlack() as slack:
        made = seed(engine, channels=["C0DEALS"], per_channel=4, now=clock_now)
        slack.slow_next(1, 0.6, method="chat.postMessage")
        svc = services(engine, slack, clock=FakeClock(clock_now), timeout=0.3, retry_base_seconds=1.0)
        svc.clock = lambda: datetime.now(UTC)
        deadline = time.monotonic() + 20
        while unfinished(engine) and time.monotonic() < deadline:
            deliver_pending(svc, max_wait=2)
            time.sleep(0.1)
        assert_exactly_once_in_order(slack, made)
        timeouts = [c for c in slack.calls("chat.postMessage") if c.ok]
        assert len(timeouts) == 4


def test_a_channel_that_breaks_midway_fails_alone(engine: Engine, slack: FakeSlack, clock: FakeClock) -> None:
    made = seed(engine, channels=CHANNELS, per_channel=6, now=clock.now())
    svc = services(engine, slack, clock=clock, admin_channel="C0ADMIN")
    slack.fail_next("chat.postMessage", 1, status=200, error="is_archived", channel="C0ONCO")
    slack.set_channel_error("C0ONCO", None)
    drain(svc, clock)
    onco = made.pop("C0ONCO")
    got = delivered(slack)
    assert got.get("C0ONCO") == onco[1:]  # the refused one failed; the channel was not archived after all
    assert_exactly_once_in_order(slack, {**made, "C0ONCO": onco[1:], "C0ADMIN": []})
    assert len(slack.posts("C0ADMIN")) == 1
    assert _counts(engine)["failed"] == 1


@pytest.mark.parametrize("seed_value", range(6))
def test_random_storms_of_faults(engine: Engine, slack: FakeSlack, clock: FakeClock, seed_value: int) -> None:
    rng = random.Random(seed_value)
    channels = [f"C0CHAN{n}" for n in range(4)] + ["#named-one"]
    made = seed(engine, channels=channels, per_channel=rng.randint(3, 14), now=clock.now())
    svc = services(engine, slack, clock=clock, digest_threshold=rng.choice([5, 10, 1000]), max_attempts=20)
    if rng.random() < 0.5:
        slack.rate_limit(1.0, burst=rng.choice([1, 2, 3]))
    for _ in range(rng.randint(1, 6)):
        channel = rng.choice(channels)
        fault = rng.choice(["429", "500", "drop-after", "drop-before", "history-500", "slow"])
        n = rng.randint(1, 3)
        if fault == "429":
            slack.fail_next(
                "chat.postMessage",
                n,
                status=429,
                error="ratelimited",
                retry_after=rng.randint(1, 40),
                channel=channel,
            )
        elif fault == "500":
            slack.fail_next("chat.postMessage", n, status=500, channel=channel)
        elif fault == "drop-after":
            slack.drop_connection_next(n, method="chat.postMessage", after_processing=True)
        elif fault == "drop-before":
            slack.drop_connection_next(n, method="chat.postMessage")
        elif fault == "history-500":
            slack.fail_next("conversations.history", n, status=503, error="service_unavailable")
        else:
            slack.slow_next(n, 0.02)
    if rng.random() < 0.5:
        slack.outage(rng.randint(5, 90))
    drain(svc, clock, passes=2000)
    assert_exactly_once_in_order(slack, made)
    assert_retry_after_honoured(slack)
    assert _counts(engine)["failed"] == 0
