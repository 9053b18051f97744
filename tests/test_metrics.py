"""Metrics: counters the pipeline increments and gauges read from the store, seen through /metrics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client import generate_latest
from sqlalchemy.engine import Engine

from bot import store
from bot.fetch import make_http_client
from bot.metrics import Metrics
from bot.pipeline import poll_due_feeds, sync_config
from bot.server import start_server
from bot.services import Services
from config.settings import AppConfig, FeedConfig, HttpConfig
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed

NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    sqlite = store.make_engine(f"sqlite:///{tmp_path / 'dealwire.db'}")
    store.migrate(sqlite)
    yield sqlite
    sqlite.dispose()


@pytest.fixture
def wire() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text, or None when absent."""
    wanted = name + ("{" + ",".join(f'{k}="{v}"' for k, v in labels.items()) + "}" if labels else "")
    for line in text.splitlines():
        if line.startswith(wanted + " "):
            return float(line.rsplit(" ", 1)[1])
    return None


def test_each_instance_has_its_own_registry() -> None:
    first, second = Metrics(), Metrics()
    first.record_poll(feed="a", ok=False)
    assert sample(generate_latest(first.registry).decode(), "dealwire_fetch_errors_total", feed="a") == 1
    assert sample(generate_latest(second.registry).decode(), "dealwire_fetch_errors_total", feed="a") is None


def test_counters_and_latency() -> None:
    metrics = Metrics()
    metrics.record_poll(feed="gnw", ok=True, new=3)
    metrics.record_poll(feed="gnw", ok=True, not_modified=True)
    metrics.record_deliveries(sent=2, retried=1, failed=1)
    metrics.observe_latency(published=NOW - timedelta(seconds=45), now=NOW)
    metrics.observe_latency(published=None, now=NOW)
    text = generate_latest(metrics.registry).decode()
    assert sample(text, "dealwire_polls_total", feed="gnw", outcome="ok") == 1
    assert sample(text, "dealwire_polls_total", feed="gnw", outcome="not_modified") == 1
    assert sample(text, "dealwire_entries_new_total", feed="gnw") == 3
    assert sample(text, "dealwire_alerts_sent_total") == 2
    assert sample(text, "dealwire_alerts_retried_total") == 1
    assert sample(text, "dealwire_alerts_failed_total") == 1
    assert sample(text, "dealwire_alert_delivery_latency_seconds_count") == 1
    assert sample(text, "dealwire_alert_delivery_latency_seconds_bucket", le="60.0") == 1
    assert sample(text, "dealwire_alert_delivery_latency_seconds_bucket", le="30.0") == 0


def test_a_failing_feed_shows_in_metrics_and_health(engine: Engine, wire: FeedServer) -> None:
    wire.route(
        "/good",
        rss_feed(
            [
                RssItem(
                    title="Nothing to see",
                    link=wire.url("/r/1"),
                    description="An ordinary update.",
                    guid=wire.url("/r/1"),
                    pub_date=NOW - timedelta(minutes=5),
                )
            ]
        ),
    )
    wire.fail("/broken", 500)
    config = AppConfig(
        feeds=[
            FeedConfig(name="good", url=wire.url("/good")),
            FeedConfig(name="broken", url=wire.url("/broken")),
        ],
        http=HttpConfig(connect_timeout=2, read_timeout=5, fetch_release_pages=False),
    )
    metrics = Metrics()
    http = make_http_client(user_agent="DealWire-test", connect_timeout=2, read_timeout=5)
    svc = Services(engine=engine, http=http, config=config, clock=lambda: NOW, metrics=metrics)
    sync_config(svc)
    server = start_server(engine=engine, metrics=metrics, port=0, host="127.0.0.1")
    try:
        poll_due_feeds(svc, everything=True)
        poll_due_feeds(svc, everything=True)
        text = httpx.get(server.url + "/metrics").text
        assert sample(text, "dealwire_fetch_errors_total", feed="broken") == 2
        assert sample(text, "dealwire_polls_total", feed="broken", outcome="error") == 2
        assert sample(text, "dealwire_polls_total", feed="good", outcome="ok") == 2
        assert sample(text, "dealwire_entries_new_total", feed="good") == 1
        assert sample(text, "dealwire_feeds_failing") == 1
        assert sample(text, "dealwire_feeds_active") == 2
        assert sample(text, "dealwire_feed_consecutive_errors", feed="broken") == 2
        assert sample(text, "dealwire_feed_consecutive_errors", feed="good") == 0
        assert sample(text, "dealwire_entries_stored") == 1
        assert sample(text, "dealwire_events_stored", type="milestone") == 0
        assert sample(text, "dealwire_alerts_in_outbox", status="pending") == 0
        assert sample(text, "dealwire_scheduler_heartbeat_age_seconds") is not None

        health = httpx.get(server.url + "/healthz")
        assert health.status_code == 200
        report = health.json()
        assert report["status"] == "degraded"
        assert report["scheduler"]["ticked"] is True
        assert report["last_successful_poll"] == "2026-03-02T14:30:00Z"
        (failing,) = report["feeds"]["failing"]
        assert failing["name"] == "broken"
        assert failing["consecutive_errors"] == 2
        assert "500" in failing["last_error"]
    finally:
        server.stop()
        http.close()
