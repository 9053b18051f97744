"""Three `dealwire run` processes on one PostgreSQL database share the work: every alert posted once.

200 feeds carry 1,000 releases, 400 of them deal events that each alert one of 20 channels. Then
the same with one process killed (SIGKILL) while it holds feeds and channels: its claims lapse, the
others poll its feeds and deliver its channels, and still no alert is lost or posted twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot import store
from tests.fakes.feedserver import FeedServer
from tests.fakes.slack import FakeSlack
from tests.replicaharness import (
    PostgresUnavailable,
    Progress,
    Replica,
    Wire,
    feeds_polled_since,
    fresh_database,
    held_feeds,
    make_wire,
    posted_alert_ids,
    progress,
    replica_env,
    serve,
    start_replicas,
    write_config,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

FEEDS = 200
PER_FEED = 5
EVENTS_PER_FEED = 2
CHANNELS = 20
LEASE_SECONDS = 3.0  # how long a killed process's claims hold its feeds and channels
TICK_SECONDS = 0.3


@pytest.fixture
def database() -> Iterator[str]:
    try:
        with fresh_database() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def engine(database: str) -> Iterator[Engine]:
    engine = store.make_engine(database)
    yield engine
    engine.dispose()


def _wait(condition: Callable[[], bool], *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _setup(tmp_path: Path, feeds: FeedServer, *, delay: float, channel_workers: int = 8) -> tuple[Wire, Path]:
    wire = make_wire(
        feeds=FEEDS,
        per_feed=PER_FEED,
        events_per_feed=EVENTS_PER_FEED,
        channels=CHANNELS,
        now=datetime.now(UTC),
        base_url=feeds.base_url,
    )
    serve(feeds, wire, delay=delay)
    config = write_config(
        tmp_path / "dealwire.toml",
        wire=wire,
        feed_server=feeds,
        lease_seconds=LEASE_SECONDS,
        channel_workers=channel_workers,
    )
    return wire, config


def _finished(engine: Engine, slack: FakeSlack, wire: Wire) -> Callable[[], bool]:
    def done() -> bool:
        now = progress(engine)
        return (
            now is not None
            and now.feeds == FEEDS
            and now.feeds_polled == FEEDS
            and now.alerts == wire.events
            and now.alerts_unfinished == 0
            and sum(posted_alert_ids(slack).values()) >= wire.events
        )

    return done


def _assert_each_alert_posted_once(final: Progress | None, slack: FakeSlack, wire: Wire) -> None:
    assert final is not None
    posted = posted_alert_ids(slack)
    repeats = {alert: n for alert, n in posted.items() if n > 1}
    assert repeats == {}, f"posted more than once: {repeats}"
    assert final.alerts == wire.events == FEEDS * EVENTS_PER_FEED
    assert final.alerts_sent == final.alerts
    assert set(posted) == final.alert_ids, "lost or unknown alerts"
    for channel in wire.channels:
        assert len(slack.posts(channel)) == len(wire.tickers(channel)), channel


def _logged(replica: Replica, event: str, field: str | None = None) -> int:
    """How often the replica logged `event` (or the sum of its `field`)."""
    total = 0
    for line in replica.output().splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line two threads wrote into at once, or not a log event
        if record.get("event") == event:
            total += int(record.get(field, 0)) if field else 1
    return total


def _stop_cleanly(replicas: list[Replica]) -> None:
    for replica in replicas:
        status = replica.stop()
        output = replica.output()
        assert status == 0, output[-3000:]
        assert "Traceback" not in output, output[-3000:]
        assert '"leases_released"' in output


def test_three_replicas_post_every_alert_exactly_once(tmp_path: Path, database: str, engine: Engine) -> None:
    with FakeSlack() as slack, FeedServer() as feeds:
        # two delivery workers each: a bot then holds at most 8 of the 20 channels at once, so delivery has
        # to be shared (with the default 8 workers one bot may claim every channel before the others tick)
        wire, config = _setup(tmp_path, feeds, delay=0.0, channel_workers=2)
        env = replica_env(database_url=database, config=config, slack=slack, tick=TICK_SECONDS)
        replicas = start_replicas(3, env=env, cwd=tmp_path)
        try:
            _wait(_finished(engine, slack, wire), timeout=120, what="every feed polled and alert delivered")
        finally:
            _stop_cleanly(replicas)
        final = progress(engine)
        _assert_each_alert_posted_once(final, slack, wire)
        # Stopping gave every claim back: nothing waits for a lease to lapse.
        assert final is not None
        assert final.holders == {}
        # The work was shared: each process polled feeds and posted alerts.
        polled = [_logged(replica, "poll_tick_done", "feeds") for replica in replicas]
        sent = [_logged(replica, "alert_sent") for replica in replicas]
        assert sum(polled) >= FEEDS
        assert all(polled), polled
        assert sum(1 for n in sent if n) >= 2, sent


def test_a_replica_killed_midway_loses_and_repeats_nothing(
    tmp_path: Path, database: str, engine: Engine
) -> None:
    with FakeSlack() as slack, FeedServer() as feeds:
        # Slow feeds and posts, so the kill lands while the victim holds feeds and channels.
        wire, config = _setup(tmp_path, feeds, delay=0.2)
        slack.delay(0.02, method="chat.postMessage")
        env = replica_env(database_url=database, config=config, slack=slack, tick=TICK_SECONDS)
        replicas = start_replicas(3, env=env, cwd=tmp_path)
        survivors = replicas
        try:
            victim: Replica | None = None

            def someone_holds_feeds_midway() -> bool:
                # Midway: delivery has begun and a replica still holds a feed. How far delivery has got
                # by then depends on the machine's speed (polling can end early on a slow one), so no
                # share of alerts is asked for: any window with both is the one to kill in.
                nonlocal victim
                if not posted_alert_ids(slack):
                    return False
                victim = next((r for r in replicas if held_feeds(engine, replica=r)), None)
                return victim is not None

            _wait(someone_holds_feeds_midway, timeout=90, what="a replica holding feeds mid-run")
            assert victim is not None
            killed_at = datetime.now(UTC)
            victim.kill()
            survivors = [r for r in replicas if r is not victim]
            # Read what it held only once it is dead: a feed it finished between the look and the kill
            # was polled (and given back) by the victim itself, and is not waiting for anyone.
            orphaned = held_feeds(engine, replica=victim, lapsed=True)
            assert orphaned, "the victim should have held feeds when it died"

            _wait(_finished(engine, slack, wire), timeout=120, what="the survivors to finish the work")
            # The feeds it held when it died were polled by the others once its claims lapsed.
            _wait(
                lambda: feeds_polled_since(engine, ids=orphaned, since=killed_at) == set(orphaned),
                timeout=60,
                what="the dead replica's feeds to be polled again",
            )
        finally:
            _stop_cleanly(survivors)
        final = progress(engine)
        _assert_each_alert_posted_once(final, slack, wire)
        assert victim.process.returncode == -9
        assert final is not None
        assert all(not victim.owns(holder) for holder in final.holders), "a dead replica's claims still hold"
