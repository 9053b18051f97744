"""`/dealwire status`: feeds (failing first) and the alert queue."""

from __future__ import annotations

from datetime import timedelta

from bot import store
from bot.fetch import make_http_client
from bot.models import FeedSpec, RouteMatch
from bot.pipeline import poll_due_feeds, sync_config
from bot.services import Services
from config.settings import AppConfig, FeedConfig, HttpConfig
from tests.fakes.feedserver import FeedServer
from tests.handlers.conftest import NOW, Harness, assert_within_limits, store_many, store_release, text_of


def _feeds(harness: Harness, count: int) -> list[store.FeedState]:
    specs = [FeedSpec(name=f"feed-{n:03d}", url=f"https://wire.example/{n}.xml") for n in range(count)]
    with store.session_scope(harness.engine) as session:
        store.sync_feeds(session, feeds=specs, now=NOW - timedelta(hours=1))
        return store.feed_states(session)


def test_feeds_failing_first_then_retrying_with_errors_and_times(harness: Harness) -> None:
    ok, failing, retrying = _feeds(harness, 3)
    with store.session_scope(harness.engine) as session:
        store.record_poll_success(
            session,
            feed_id=ok.id,
            now=NOW - timedelta(minutes=3),
            etag=None,
            last_modified=None,
            next_check_at=NOW + timedelta(minutes=2),
        )
        for feed, times in ((failing, 3), (retrying, 1)):
            for _ in range(times):
                store.record_feed_failure(
                    session,
                    feed_id=feed.id,
                    now=NOW - timedelta(minutes=1),
                    error=f"HTTP 500 from https://wire.example/{feed.id}.xml <script>",
                    next_check_at=NOW + timedelta(minutes=10),
                    failing_after=3,
                )
    words = text_of(harness.slash("status"))
    assert "*Feeds:* 3 active, *1 failing*, 1 retrying" in words
    assert (
        "❌ *feed-001* — failing since Mar 2, 2026 14:29 UTC, 3 consecutive errors: "
        "HTTP 500 from https://wire.example/2.xml &lt;script&gt;" in words
    )
    assert "⚠️ *feed-002* — retrying after 1 consecutive error: HTTP 500" in words
    assert "last success never · next check in 10 min" in words
    assert "✅ *feed-000* — last success Mar 2, 2026 14:27 UTC (3 min ago) · next check in 2 min" in words
    assert words.index("feed-001") < words.index("feed-002") < words.index("feed-000")


def test_channels_slack_refuses_are_listed_with_what_to_do(harness: Harness) -> None:
    with store.session_scope(harness.engine) as session:
        for _ in range(2):
            store.record_problem(
                session, channel="C0GONE", error="not_in_channel", detail="", now=NOW - timedelta(hours=2)
            )
        store.record_problem(
            session,
            channel="#old-deals",
            error="is_archived",
            detail="<!channel>",
            now=NOW - timedelta(hours=1),
        )
    words = text_of(harness.slash("status"))
    assert "*Channels refusing alerts:* 2" in words
    assert (
        "• <#C0GONE> — `not_in_channel`: the bot is not in the channel; invite it with /invite @dealwire "
        "(2 alerts failed since Mar 2, 2026 12:30 UTC)" in words
    )
    assert "• #old-deals — `is_archived`: the channel is archived" in words
    assert "<!channel>" not in words
    assert words.index("#old-deals") < words.index("C0GONE")  # the newest first


def test_alert_queue_counts_and_last_failure(harness: Harness) -> None:
    entry_id = store_release(
        harness.engine, "a", matches=(RouteMatch("partners", "C0DEALS", "company Amgen"),)
    )
    store_release(harness.engine, "b", matches=(RouteMatch("partners", "C0DEALS", "company Amgen"),))
    with store.session_scope(harness.engine) as session:
        (failed, *_rest) = [a for a in store.latest_alerts(session) if a.entry_id == entry_id]
        store.mark_failed(session, alert_id=failed.id, error="channel_not_found", now=NOW)
    words = text_of(harness.slash("status"))
    assert "*Alerts:* 1 pending · 1 failed · 0 sent" in words
    assert "Last failure: channel_not_found — partners → <#C0DEALS>" in words


def test_many_feeds_and_500_events_stay_inside_slack_limits(harness: Harness) -> None:
    _feeds(harness, 200)
    store_many(harness.engine, 500)
    reply = harness.slash("status")
    assert_within_limits(reply["blocks"])
    words = text_of(reply)
    assert "*Feeds:* 200 active, all healthy" in words
    assert "more (the failing ones are listed first)" in words
    assert "*Alerts:* 500 pending" in words


def test_a_feed_answering_500_shows_its_consecutive_errors(harness: Harness) -> None:
    with FeedServer() as wire:
        wire.fail("/broken", 500)
        config = AppConfig(
            feeds=[FeedConfig(name="broken-wire", url=wire.url("/broken"))],
            http=HttpConfig(connect_timeout=2, read_timeout=5),
        )
        with make_http_client(user_agent="DealWire-test", connect_timeout=2, read_timeout=5) as http:
            svc = Services(engine=harness.engine, http=http, config=config, clock=lambda: NOW)
            sync_config(svc)
            for _ in range(3):
                poll_due_feeds(svc, everything=True)
    words = text_of(harness.slash("status"))
    assert "*Feeds:* 1 active, *1 failing*" in words
    assert "❌ *broken-wire* — failing since Mar 2, 2026 14:30 UTC, 3 consecutive errors:" in words
    assert "500" in words
