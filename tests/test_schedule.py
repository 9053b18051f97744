"""When feeds are polled again: the interval stretched by <ttl>, max-age, Expires, Retry-After; backoff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.polling import poll_due_feeds
from bot.schedule import RETRY_AFTER_CAP, failure_delay, next_poll_delay
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed
from tests.pollharness import NOW, Clock, feed, polling_bot

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


# -- the rules -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ttl", "max_age", "expected"),
    [
        (None, None, 5 * MINUTE),
        (60, None, 5 * MINUTE),  # asking for less than the interval changes nothing
        (900, None, 15 * MINUTE),
        (None, 1200, 20 * MINUTE),
        (900, 1200, 20 * MINUTE),
        (86_400, None, HOUR),  # a day-long <ttl> is held to the cap
    ],
)
def test_next_poll_honours_ttl_and_max_age_within_the_cap(
    ttl: int | None, max_age: int | None, expected: timedelta
) -> None:
    delay = next_poll_delay(interval=5 * MINUTE, ttl_seconds=ttl, max_age_seconds=max_age, cap=HOUR)
    assert delay == expected


def test_a_configured_interval_longer_than_the_cap_is_kept() -> None:
    assert next_poll_delay(interval=2 * HOUR, ttl_seconds=None, max_age_seconds=None, cap=HOUR) == 2 * HOUR


def test_backoff_doubles_with_jitter_and_stops_at_the_cap() -> None:
    interval = 2 * MINUTE
    lowest = [failure_delay(errors=n, interval=interval, cap=HOUR, rand=lambda: 0.0) for n in range(1, 8)]
    highest = [failure_delay(errors=n, interval=interval, cap=HOUR, rand=lambda: 1.0) for n in range(1, 8)]
    assert highest[:5] == [2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 16 * MINUTE, 32 * MINUTE]
    assert highest[5:] == [HOUR, HOUR]
    assert lowest == [d / 2 for d in highest]


def test_backoff_never_overflows() -> None:
    assert failure_delay(errors=10_000, interval=HOUR, cap=HOUR, rand=lambda: 1.0) == HOUR


def test_retry_after_is_honoured_when_longer_and_bounded() -> None:
    assert (
        failure_delay(errors=1, interval=MINUTE, cap=HOUR, retry_after=600, rand=lambda: 1.0) == 10 * MINUTE
    )
    assert failure_delay(errors=1, interval=MINUTE, cap=HOUR, retry_after=5, rand=lambda: 1.0) == MINUTE
    huge = failure_delay(errors=1, interval=MINUTE, cap=HOUR, retry_after=10**9, rand=lambda: 1.0)
    assert huge == RETRY_AFTER_CAP


# -- through a real poll ---------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def _items() -> list[RssItem]:
    return [
        RssItem(
            title="Acme Announces Quarterly Results",
            link="https://www.globenewswire.com/news-release/2026/03/02/3000001/0/en/results.html",
            description="Acme reported results.",
            guid="r1",
            identifier="r1",
            pub_date=NOW - timedelta(days=3),
        )
    ]


def _next_check(
    tmp_path: Path, server: FeedServer, *, body: bytes | None = None, headers: dict[str, str] | None = None
) -> timedelta:
    server.route("/feed", body or rss_feed(_items()), headers=headers)
    with polling_bot(tmp_path, feeds=[("f", server.url("/feed"))], interval_seconds=300) as svc:
        (outcome,) = poll_due_feeds(svc, everything=True)
        assert outcome.ok, outcome.error
        return feed(svc, "f").next_check_at - NOW


def test_rss_ttl_stretches_the_interval(tmp_path: Path, server: FeedServer) -> None:
    assert _next_check(tmp_path, server, body=rss_feed(_items(), ttl=30)) == 30 * MINUTE


def test_cache_control_max_age_stretches_the_interval(tmp_path: Path, server: FeedServer) -> None:
    assert _next_check(tmp_path, server, headers={"Cache-Control": "public, max-age=1200"}) == 20 * MINUTE


def test_expires_stretches_the_interval(tmp_path: Path, server: FeedServer) -> None:
    date = format_datetime(NOW, usegmt=True)
    expires = format_datetime(NOW + 15 * MINUTE, usegmt=True)
    assert _next_check(tmp_path, server, headers={"Date": date, "Expires": expires}) == 15 * MINUTE


def test_a_short_max_age_does_not_shorten_the_interval(tmp_path: Path, server: FeedServer) -> None:
    assert _next_check(tmp_path, server, headers={"Cache-Control": "max-age=10"}) == 5 * MINUTE


def test_ttl_is_remembered_for_304s(tmp_path: Path, server: FeedServer) -> None:
    server.route("/feed", rss_feed(_items(), ttl=30), etag='"v1"')
    clock = Clock()
    with polling_bot(tmp_path, feeds=[("f", server.url("/feed"))], clock=clock) as svc:
        poll_due_feeds(svc, everything=True)
        clock.advance(minutes=31)
        (outcome,) = poll_due_feeds(svc, everything=True)
        assert outcome.not_modified
        assert feed(svc, "f").next_check_at == clock.now + 30 * MINUTE


def test_retry_after_on_503_holds_the_feed_back(tmp_path: Path, server: FeedServer) -> None:
    server.fail("/feed", 503, headers={"Retry-After": "1800"})
    with polling_bot(tmp_path, feeds=[("f", server.url("/feed"))]) as svc:
        (outcome,) = poll_due_feeds(svc, everything=True)
        assert not outcome.ok
        assert feed(svc, "f").next_check_at - NOW >= 30 * MINUTE


def test_failures_back_off_further_each_time_up_to_the_cap(tmp_path: Path, server: FeedServer) -> None:
    server.fail("/feed", 500)
    with polling_bot(
        tmp_path, feeds=[("f", server.url("/feed"))], interval_seconds=600, max_backoff_seconds=3600
    ) as svc:
        waits = []
        for _ in range(6):
            poll_due_feeds(svc, everything=True)
            waits.append(feed(svc, "f").next_check_at - NOW)
    # Jitter keeps each wait between half and all of 10, 20, 40, 60, 60, 60 minutes.
    for wait, full in zip(waits, [10, 20, 40, 60, 60, 60], strict=True):
        assert full * MINUTE / 2 <= wait <= full * MINUTE


def test_every_poll_is_conditional(tmp_path: Path, server: FeedServer) -> None:
    modified = "Mon, 02 Mar 2026 14:00:00 GMT"
    server.route("/feed", rss_feed(_items()), etag='"v7"', last_modified=modified)
    with polling_bot(tmp_path, feeds=[("f", server.url("/feed"))]) as svc:
        poll_due_feeds(svc, everything=True)
        poll_due_feeds(svc, everything=True)
        poll_due_feeds(svc, everything=True)
    first, *later = [r.headers for r in server.requests]
    assert "if-none-match" not in first
    assert len(later) == 2
    for headers in later:
        assert headers["if-none-match"] == '"v7"'
        assert headers["if-modified-since"] == modified
