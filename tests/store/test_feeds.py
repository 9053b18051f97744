"""Feed rows: config sync, due feeds, poll outcomes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from bot import store
from bot.models import FeedSpec
from tests.store.conftest import NOW

LATER = NOW + timedelta(minutes=5)


def _by_name(session: Session) -> dict[str, store.FeedState]:
    return {feed.name: feed for feed in store.feed_states(session)}


def test_new_feeds_are_inserted_due_now_and_never_polled(session: Session) -> None:
    store.sync_feeds(
        session,
        feeds=[FeedSpec("a", "https://a.example/rss", 120, 6), FeedSpec("b", "https://b.example/rss")],
        now=NOW,
    )
    feeds = _by_name(session)
    assert feeds["a"].url == "https://a.example/rss"
    assert (feeds["a"].interval_seconds, feeds["a"].backfill_hours) == (120, 6)
    assert (feeds["b"].interval_seconds, feeds["b"].backfill_hours) == (300, 24)
    assert all(f.next_check_at == NOW and f.first_polled_at is None and f.active for f in feeds.values())
    assert [f.name for f in store.due_feeds(session, now=NOW)] == ["a", "b"]


def test_resync_updates_by_name_and_keeps_polling_state(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a.example/rss")], now=NOW)
    feed = store.feed_states(session)[0]
    store.record_poll_success(
        session, feed_id=feed.id, now=NOW, etag='"v1"', last_modified="Mon, 02 Mar 2026", next_check_at=LATER
    )
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a.example/rss", 60, 48)], now=LATER)
    (again,) = store.feed_states(session)
    assert again.id == feed.id
    assert (again.interval_seconds, again.backfill_hours) == (60, 48)
    assert (again.etag, again.last_modified) == ('"v1"', "Mon, 02 Mar 2026")
    assert again.first_polled_at == NOW
    assert again.next_check_at == LATER


def test_a_changed_config_url_replaces_url_and_forgets_validators(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a.example/rss")], now=NOW)
    feed = store.feed_states(session)[0]
    store.record_poll_success(
        session, feed_id=feed.id, now=NOW, etag="e", last_modified="m", next_check_at=LATER
    )
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a.example/v2/rss")], now=LATER)
    (again,) = store.feed_states(session)
    assert again.url == "https://a.example/v2/rss"
    assert (again.etag, again.last_modified) == (None, None)


def test_a_permanent_redirect_survives_an_unchanged_config(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "http://a.example/rss")], now=NOW)
    feed = store.feed_states(session)[0]
    store.record_poll_success(
        session,
        feed_id=feed.id,
        now=NOW,
        etag="e",
        last_modified=None,
        next_check_at=LATER,
        new_url="https://a.example/rss",
    )
    store.sync_feeds(session, feeds=[FeedSpec("a", "http://a.example/rss")], now=LATER)
    (again,) = store.feed_states(session)
    assert again.url == "https://a.example/rss"
    assert again.etag == "e"


def test_feeds_dropped_from_config_stay_but_are_not_polled(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a/rss"), FeedSpec("b", "https://b/rss")], now=NOW)
    store.sync_feeds(session, feeds=[FeedSpec("b", "https://b/rss")], now=NOW)
    feeds = _by_name(session)
    assert not feeds["a"].active
    assert feeds["b"].active
    assert [f.name for f in store.due_feeds(session, now=LATER)] == ["b"]
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a/rss")], now=NOW)
    assert [f.name for f in store.due_feeds(session, now=LATER)] == ["a"]


def test_an_empty_config_deactivates_every_feed(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a/rss")], now=NOW)
    store.sync_feeds(session, feeds=[], now=NOW)
    assert store.due_feeds(session, now=LATER) == []
    assert [f.active for f in store.feed_states(session)] == [False]


def test_due_feeds_are_soonest_first_and_limited(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec(n, f"https://{n}/rss") for n in ("a", "b", "c")], now=NOW)
    ids = {f.name: f.id for f in store.feed_states(session)}
    store.record_poll_success(
        session, feed_id=ids["a"], now=NOW, etag=None, last_modified=None, next_check_at=LATER
    )
    store.record_poll_success(
        session,
        feed_id=ids["b"],
        now=NOW,
        etag=None,
        last_modified=None,
        next_check_at=NOW + timedelta(minutes=1),
    )
    assert [f.name for f in store.due_feeds(session, now=NOW)] == ["c"]
    assert [f.name for f in store.due_feeds(session, now=LATER)] == ["c", "b", "a"]
    assert [f.name for f in store.due_feeds(session, now=LATER, limit=2)] == ["c", "b"]


def test_success_sets_first_poll_once_and_resets_errors(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a/rss")], now=NOW)
    feed_id = store.feed_states(session)[0].id
    assert (
        store.record_poll_failure(session, feed_id=feed_id, now=NOW, error="HTTP 503", next_check_at=LATER)
        == 1
    )
    failed = store.feed_states(session)[0]
    assert failed.first_polled_at is None
    assert failed.last_error == "HTTP 503"
    assert failed.last_polled_at == NOW
    assert failed.next_check_at == LATER

    store.record_poll_success(
        session, feed_id=feed_id, now=LATER, etag="e", last_modified=None, next_check_at=LATER
    )
    store.record_poll_success(
        session,
        feed_id=feed_id,
        now=LATER + timedelta(hours=1),
        etag="f",
        last_modified=None,
        next_check_at=LATER,
    )
    polled = store.feed_states(session)[0]
    assert polled.first_polled_at == LATER
    assert polled.last_success_at == LATER + timedelta(hours=1)
    assert (polled.consecutive_errors, polled.last_error, polled.etag) == (0, None, "f")


def test_failures_count_up_and_keep_a_bounded_message(session: Session) -> None:
    store.sync_feeds(session, feeds=[FeedSpec("a", "https://a/rss")], now=NOW)
    feed_id = store.feed_states(session)[0].id
    counts = [
        store.record_poll_failure(
            session, feed_id=feed_id, now=NOW, error="x\x00" * 5000, next_check_at=LATER
        )
        for _ in range(3)
    ]
    assert counts == [1, 2, 3]
    last_error = store.feed_states(session)[0].last_error
    assert last_error is not None
    assert set(last_error) == {"x"}
    assert len(last_error) <= 2000


def test_unknown_feed_ids_are_refused(session: Session) -> None:
    with pytest.raises(store.FeedNotFound, match="no feed with id 999"):
        store.record_poll_success(
            session, feed_id=999, now=NOW, etag=None, last_modified=None, next_check_at=LATER
        )
    with pytest.raises(store.FeedNotFound):
        store.record_poll_failure(session, feed_id=999, now=NOW, error="x", next_check_at=LATER)
