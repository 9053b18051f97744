"""Notices for the admin channel (a feed failing, a feed back) go out through the outbox, once each."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot import store
from bot.outbox import deliver_pending
from tests.fakes.clock import FakeClock, real_time_minus
from tests.fakes.slack import FakeSlack
from tests.outbox_support import services


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'notices.db'}")
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


def _notice(engine: Engine, clock: FakeClock, key: str, text: str) -> None:
    with store.session_scope(engine) as session:
        store.enqueue_admin_notice(session, key=key, text=text, now=clock.now())


def test_a_notice_is_posted_to_the_admin_channel_once(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    _notice(engine, clock, "feed-failing:1", "Feed <gnw> is failing: its last 3 polls went wrong.")
    svc = services(engine, slack, clock=clock, admin_channel="C0ADMIN")
    deliver_pending(svc, sleep=clock.sleep)
    deliver_pending(svc, sleep=clock.sleep)
    (posted,) = slack.posts("C0ADMIN")
    assert posted["text"] == "Feed &lt;gnw&gt; is failing: its last 3 polls went wrong."
    with store.session_scope(engine) as session:
        assert store.pending_admin_notices(session) == []


def test_a_notice_slack_refuses_for_now_is_tried_again(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    _notice(engine, clock, "feed-recovered:1", "Feed gnw is working again.")
    slack.fail_next("chat.postMessage", 1, status=503, error="service_unavailable")
    svc = services(engine, slack, clock=clock, admin_channel="C0ADMIN")
    deliver_pending(svc, sleep=clock.sleep)
    assert slack.posts("C0ADMIN") == []
    clock.advance(5)
    deliver_pending(svc, sleep=clock.sleep)
    assert len(slack.posts("C0ADMIN")) == 1


def test_without_an_admin_channel_or_slack_a_notice_is_printed_or_logged(
    engine: Engine, clock: FakeClock
) -> None:
    _notice(engine, clock, "feed-failing:2", "Feed sec is failing.")
    svc = services(engine, None, clock=clock)
    svc.console = io.StringIO()
    deliver_pending(svc, sleep=clock.sleep)
    assert "Feed sec is failing." in svc.console.getvalue()
    with store.session_scope(engine) as session:
        assert store.pending_admin_notices(session) == []
