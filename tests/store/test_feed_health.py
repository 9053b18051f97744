"""Feed health in the store: failing once at the threshold, recovering once, keying, and admin notices."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from bot import store
from bot.models import FeedSpec
from tests.store.conftest import NOW


def _feed(session: Session) -> store.FeedState:
    store.sync_feeds(session, feeds=[FeedSpec("wire", "https://wire.example/rss")], now=NOW)
    (state,) = store.feed_states(session)
    return state


def _fail(session: Session, feed_id: int, n: int) -> store.FeedFailure:
    return store.record_feed_failure(
        session,
        feed_id=feed_id,
        now=NOW + timedelta(minutes=n),
        error=f"HTTP 500 (try {n})",
        next_check_at=NOW + timedelta(hours=n),
        failing_after=3,
    )


def test_a_feed_turns_failing_once_at_the_threshold_and_recovers_once(session: Session) -> None:
    feed = _feed(session)
    failures = [_fail(session, feed.id, n) for n in range(1, 6)]
    assert [f.errors for f in failures] == [1, 2, 3, 4, 5]
    began = NOW + timedelta(minutes=3)
    assert [f.became_failing_at for f in failures] == [None, None, began, None, None]
    (state,) = store.feed_states(session)
    assert (state.failing, state.failing_since, state.consecutive_errors) == (True, began, 5)
    assert state.last_error == "HTTP 500 (try 5)"

    recovered = store.record_poll_success(
        session,
        feed_id=feed.id,
        now=NOW + timedelta(hours=6),
        etag=None,
        last_modified=None,
        next_check_at=NOW + timedelta(hours=7),
        was_failing=True,
    )
    assert recovered == began
    again = store.record_poll_success(
        session,
        feed_id=feed.id,
        now=NOW + timedelta(hours=7),
        etag=None,
        last_modified=None,
        next_check_at=NOW + timedelta(hours=8),
        was_failing=True,  # a poller that loaded the feed before the recovery
    )
    assert again is None
    (state,) = store.feed_states(session)
    assert (state.failing, state.consecutive_errors, state.last_error) == (False, 0, None)


def test_a_success_below_the_threshold_is_no_recovery(session: Session) -> None:
    feed = _feed(session)
    _fail(session, feed.id, 1)
    assert (
        store.record_poll_success(
            session,
            feed_id=feed.id,
            now=NOW,
            etag=None,
            last_modified=None,
            next_check_at=NOW,
            was_failing=False,
        )
        is None
    )


def test_keying_body_hash_and_ttl_are_kept_until_a_body_is_read_again(session: Session) -> None:
    feed = _feed(session)
    assert (feed.id_key, feed.body_hash, feed.ttl_seconds, feed.failing) == ("native", None, None, False)
    store.record_poll_success(
        session,
        feed_id=feed.id,
        now=NOW,
        etag='"a"',
        last_modified=None,
        next_check_at=NOW,
        read_body=True,
        body_hash="ab" * 32,
        ttl_seconds=1800,
        id_key="strong",
    )
    store.record_poll_success(
        session, feed_id=feed.id, now=NOW, etag='"a"', last_modified=None, next_check_at=NOW
    )
    (state,) = store.feed_states(session)
    assert (state.id_key, state.body_hash, state.ttl_seconds) == ("strong", "ab" * 32, 1800)
    store.record_poll_success(
        session, feed_id=feed.id, now=NOW, etag=None, last_modified=None, next_check_at=NOW, read_body=True
    )
    (state,) = store.feed_states(session)
    assert (state.id_key, state.body_hash, state.ttl_seconds) == ("strong", None, None)


def test_failures_of_an_unknown_feed_are_refused(session: Session) -> None:
    with pytest.raises(store.FeedNotFound):
        _fail(session, 999, 1)


def test_admin_notices_are_queued_once_per_key_and_marked(session: Session) -> None:
    assert store.enqueue_admin_notice(session, key="feed-failing:1:a", text="Feed x is failing", now=NOW)
    assert not store.enqueue_admin_notice(session, key="feed-failing:1:a", text="again", now=NOW)
    assert store.enqueue_admin_notice(session, key="feed-recovered:1:a", text="Feed x is back\x00", now=NOW)
    pending = store.pending_admin_notices(session)
    assert [(n.key, n.text, n.attempts) for n in pending] == [
        ("feed-failing:1:a", "Feed x is failing", 0),
        ("feed-recovered:1:a", "Feed x is back", 0),
    ]
    store.mark_admin_notice_failed(session, notice_id=pending[0].id, error="channel_not_found")
    store.mark_admin_notice_sent(session, notice_id=pending[1].id, now=NOW)
    assert [(n.key, n.attempts) for n in store.pending_admin_notices(session)] == [("feed-failing:1:a", 1)]
    with pytest.raises(store.AdminNoticeNotFound):
        store.mark_admin_notice_sent(session, notice_id=12345, now=NOW)
