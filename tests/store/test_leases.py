"""Leases on feeds, channels and outbox rows: claimed once however many bots claim; a dead bot's lapse."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot import store
from bot.models import FeedSpec, RouteMatch
from tests.store.conftest import NOW, make_classification, make_entry

K = TypeVar("K", int, str)
LEASE = timedelta(minutes=2)
LATER = NOW + timedelta(minutes=1)
LAPSED = NOW + LEASE + timedelta(seconds=1)


def _feeds(session: Session, n: int) -> list[int]:
    store.sync_feeds(
        session, feeds=[FeedSpec(f"feed-{i:04d}", f"https://f{i}.example/rss") for i in range(n)], now=NOW
    )
    return [feed.id for feed in store.feed_states(session)]


def _claim_feeds(session: Session, holder: str, *, now: datetime = NOW, limit: int = 100) -> list[int]:
    return [f.id for f in store.claim_feeds(session, holder=holder, now=now, until=now + LEASE, limit=limit)]


def _alerts(session: Session, n: int, *, channel: str = "C1") -> list[int]:
    ids = []
    for i in range(n):
        entry_id = store.add_entry(
            session,
            entry=make_entry(f"rel-{i}"),
            classification=make_classification(),
            matches=[RouteMatch("list", channel, "because")],
            silent=False,
            now=NOW,
        )
        assert entry_id is not None
        ids += [a.id for a in store.alerts_for_entry(session, entry_id=entry_id)]
    return ids


def _lease(session: Session, table: str, key: str, value: object) -> tuple[object, object]:
    row = session.execute(
        sa.text(f"SELECT claimed_by, lease_until FROM {table} WHERE {key} = :v"), {"v": value}
    ).one()
    return row[0], row[1]


# -- feeds ---------------------------------------------------------------------------------------


def test_a_claimed_feed_is_held_from_other_bots_until_its_lease_lapses(session: Session) -> None:
    ids = _feeds(session, 3)
    assert _claim_feeds(session, "bot-a", limit=2) == ids[:2]
    assert _claim_feeds(session, "bot-b") == ids[2:]
    assert _claim_feeds(session, "bot-c") == []
    # Held feeds are nobody's to claim, their holder's included, until the lease lapses.
    assert _claim_feeds(session, "bot-a", now=LATER) == []
    assert _claim_feeds(session, "bot-c", now=LATER + LEASE + timedelta(seconds=1)) == ids
    assert _lease(session, "feed", "id", ids[0])[0] == "bot-c"


def test_recording_a_poll_frees_the_feed(session: Session) -> None:
    (feed_id,) = _feeds(session, 1)
    _claim_feeds(session, "bot-a")
    store.record_poll_success(
        session, feed_id=feed_id, now=NOW, etag=None, last_modified=None, next_check_at=NOW
    )
    assert _lease(session, "feed", "id", feed_id) == (None, None)
    assert _claim_feeds(session, "bot-b") == [feed_id]
    store.record_poll_failure(session, feed_id=feed_id, now=NOW, error="boom", next_check_at=NOW)
    assert _lease(session, "feed", "id", feed_id) == (None, None)


def test_only_due_active_feeds_are_claimed_and_each_once_per_tick(session: Session) -> None:
    ids = _feeds(session, 3)
    store.record_poll_success(
        session, feed_id=ids[0], now=NOW, etag=None, last_modified=None, next_check_at=LATER
    )
    store.sync_feeds(
        session, feeds=[FeedSpec(f"feed-{i:04d}", f"https://f{i}.example/rss") for i in range(2)], now=NOW
    )
    assert _claim_feeds(session, "bot-a") == [ids[1]]  # feed 0 is not due, feed 2 is no longer configured
    free = store.claim_feeds(session, holder="bot-b", now=NOW, until=NOW + LEASE, limit=10, due_by=LATER)
    assert [f.id for f in free] == [ids[0]]
    polled = store.claim_feeds(
        session, holder="bot-b", now=NOW, until=NOW + LEASE, limit=10, due_by=LATER, polled_before=NOW
    )
    assert polled == []  # feed 0 was polled at NOW: not again in a tick that began then


# -- channels ------------------------------------------------------------------------------------


def test_channels_are_claimed_in_the_order_given_up_to_the_limit(session: Session) -> None:
    claim = store.claim_channels
    assert claim(session, channels=["C3", "C1", "C2"], holder="a", now=NOW, until=NOW + LEASE, limit=2) == [
        "C3",
        "C1",
    ]
    assert claim(session, channels=["C1", "C2", "C3"], holder="b", now=NOW, until=NOW + LEASE, limit=5) == [
        "C2"
    ]
    # The pace rows keep what they held: a claim only adds the lease.
    store.hold_channel(session, channel="C1", until=LATER, now=NOW)
    assert store.next_allowed_at(session, channel="C1") == LATER


def test_a_channel_renewed_stays_and_one_taken_over_cannot_be_renewed(session: Session) -> None:
    store.claim_channels(session, channels=["C1"], holder="a", now=NOW, until=NOW + LEASE, limit=1)
    assert store.renew_channel(session, channel="C1", holder="a", until=LAPSED + LEASE)
    assert (
        store.claim_channels(session, channels=["C1"], holder="b", now=LAPSED, until=LAPSED + LEASE, limit=1)
        == []
    )
    later = LAPSED + LEASE + timedelta(seconds=1)
    assert store.claim_channels(
        session, channels=["C1"], holder="b", now=later, until=later + LEASE, limit=1
    ) == ["C1"]
    assert not store.renew_channel(session, channel="C1", holder="a", until=later + LEASE)
    assert store.release_channels(session, channels=["C1"], holder="a") == 0
    assert store.release_channels(session, channels=["C1"], holder="b") == 1
    assert store.claim_channels(
        session, channels=["C1"], holder="a", now=later, until=later + LEASE, limit=1
    ) == ["C1"]


# -- outbox rows and stopping --------------------------------------------------------------------


def test_a_sending_row_comes_back_unsure_only_when_its_lease_lapses(session: Session) -> None:
    (alert,) = _alerts(session, 1)
    assert store.claim(session, ids=[alert], now=NOW, holder="a", lease_until=NOW + LEASE)
    assert _lease(session, "alert", "id", alert)[0] == "a"
    assert store.release_stuck_alerts(session, sending_before=LAPSED, now=NOW + LEASE) == 0
    assert store.release_stuck_alerts(session, sending_before=NOW, now=LAPSED) == 1
    (item,) = store.channel_queue(session, channel="C1")
    assert (item.status, item.unsure) == ("pending", True)


def test_a_stopping_bot_frees_its_feeds_and_channels_and_ends_its_row_leases(session: Session) -> None:
    feeds = _feeds(session, 2)
    alerts = _alerts(session, 2)
    _claim_feeds(session, "a", limit=1)
    _claim_feeds(session, "b", limit=1)
    store.claim_channels(session, channels=["C1"], holder="a", now=NOW, until=NOW + LEASE, limit=1)
    store.claim(session, ids=alerts[:1], now=NOW, holder="a", lease_until=NOW + LEASE)
    assert store.lease_holders(session, now=NOW) == {"a": 2, "b": 1}

    assert store.release_leases(session, holder="a", now=NOW) == 3
    assert store.lease_holders(session, now=NOW) == {"b": 1}
    assert _claim_feeds(session, "c") == feeds[:1]
    # The row may have reached Slack: it is looked for (unsure), not posted blindly, by the next bot.
    assert store.release_stuck_alerts(session, sending_before=NOW, now=LATER) == 1
    assert [i.unsure for i in store.channel_queue(session, channel="C1")] == [True, False]


# -- many bots at once ---------------------------------------------------------------------------


def _race(engine: Engine, *, threads: int, work: Callable[[str, random.Random], list[K]]) -> Counter[K]:
    """Run `work` as bot-0 … bot-N in threads that all start together; count what they claimed."""
    claimed: Counter[K] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(threads)
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            start.wait()
            got = work(f"bot-{n}", random.Random(n))
        except BaseException as exc:  # a failed thread must fail the test, not vanish
            errors.append(exc)
            return
        with lock:
            claimed.update(got)

    pool = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=120)
    assert not errors, errors
    return claimed


def _until_empty(
    engine: Engine, claim: Callable[[Session, str, random.Random], list[K]]
) -> Callable[[str, random.Random], list[K]]:
    """A bot that claims batches, each in its own transaction, until nothing is left to claim."""

    def work(holder: str, rng: random.Random) -> list[K]:
        got: list[K] = []
        while True:
            with store.session_scope(engine) as session:
                batch = claim(session, holder, rng)
            if not batch:
                return got
            got += batch

    return work


def _threads(engine: Engine) -> int:
    return 16 if engine.dialect.name == "postgresql" else 4


def test_concurrent_feed_claims_hand_each_feed_to_one_bot(engine: Engine) -> None:
    with store.session_scope(engine) as session:
        ids = _feeds(session, 300)
    for round_ in range(5):
        # Each round starts after the last round's leases lapsed, so every feed is claimable again.
        now = NOW + round_ * (LEASE + timedelta(seconds=1))

        def claim(session: Session, holder: str, rng: random.Random, now: datetime = now) -> list[int]:
            feeds = store.claim_feeds(
                session, holder=holder, now=now, until=now + LEASE, limit=rng.randint(1, 7)
            )
            return [f.id for f in feeds]

        claimed = _race(engine, threads=_threads(engine), work=_until_empty(engine, claim))
        assert sorted(claimed) == ids, f"round {round_}: feeds claimed twice or never"
        assert set(claimed.values()) == {1}


def test_concurrent_channel_claims_hand_each_channel_to_one_bot(engine: Engine) -> None:
    channels = [f"C{i:04d}" for i in range(120)]
    for round_ in range(5):
        now = NOW + round_ * (LEASE + timedelta(seconds=1))

        def claim(session: Session, holder: str, rng: random.Random, now: datetime = now) -> list[str]:
            return list(
                store.claim_channels(
                    session,
                    channels=rng.sample(channels, len(channels)),
                    holder=holder,
                    now=now,
                    until=now + LEASE,
                    limit=rng.randint(1, 9),
                )
            )

        claimed = _race(engine, threads=_threads(engine), work=_until_empty(engine, claim))
        assert sorted(claimed) == channels, f"round {round_}: channels claimed twice or never"
        assert set(claimed.values()) == {1}


def test_concurrent_row_claims_hand_each_alert_to_one_bot(engine: Engine) -> None:
    with store.session_scope(engine) as session:
        alerts = _alerts(session, 150)

    def work(holder: str, rng: random.Random) -> list[int]:
        # Every bot tries every row, in its own order: each row must be won exactly once.
        won: list[int] = []
        for alert in rng.sample(alerts, len(alerts)):
            with store.session_scope(engine) as session:
                if store.claim(session, ids=[alert], now=NOW, holder=holder, lease_until=NOW + LEASE):
                    won.append(alert)
        return won

    claimed = _race(engine, threads=_threads(engine), work=work)
    assert sorted(claimed) == sorted(alerts)
    assert set(claimed.values()) == {1}


def test_exclusive_work_goes_to_one_bot_at_a_time_and_is_given_back(engine: Engine) -> None:
    key = store.BACKLOG_LOCK_KEY
    with store.exclusive(engine, key=key) as first:
        assert first
        with store.exclusive(engine, key=key) as second:
            # On PostgreSQL another connection (another bot) is refused without waiting; SQLite
            # serves a single bot, which always has the work.
            assert second is (engine.dialect.name != "postgresql")
    with store.exclusive(engine, key=key) as again:
        assert again


@pytest.mark.postgres
def test_exclusive_work_held_by_a_dead_connection_is_free_again(pg_engine: Engine) -> None:
    key = store.BACKLOG_LOCK_KEY
    holder = pg_engine.connect()
    assert holder.execute(sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar_one()
    with store.exclusive(pg_engine, key=key) as got:
        assert not got
    holder.invalidate()  # the bot holding it died: the server drops its session and its locks
    holder.close()
    for _ in range(100):  # the server ends the session as soon as it sees the connection gone
        with store.exclusive(pg_engine, key=key) as got:
            if got:
                break
        time.sleep(0.05)
    assert got
