"""Prometheus metrics: counters the pipeline increments, and gauges read from the store at scrape time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime

import structlog
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot import store
from bot.models import EventType

log = structlog.get_logger("dealwire.metrics")

# From a release's publication to its alert in Slack: the promise is "a minute or two".
LATENCY_BUCKETS = (10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0, 4 * 3600.0, 24 * 3600.0)


class Heartbeat:
    """When the scheduler last finished a tick (monotonic clock), for the health check."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._started = clock()
        self._last: float | None = None

    def beat(self) -> None:
        """Record that a tick just finished."""
        with self._lock:
            self._last = self._clock()

    @property
    def ticked(self) -> bool:
        """True once any tick has finished."""
        with self._lock:
            return self._last is not None

    def age(self) -> float:
        """Return seconds since the last tick finished (since start, before the first one)."""
        with self._lock:
            return max(self._clock() - (self._last if self._last is not None else self._started), 0.0)


class StoreCollector(Collector):
    """Gauges that reflect the store, read when Prometheus scrapes: outbox, feeds, stored releases."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def describe(self) -> Iterable[Metric]:
        """Return nothing, so registering the collector does not query the database."""
        return []

    def collect(self) -> Iterable[Metric]:
        """Read the store and return its gauges; a store that cannot be read reports dealwire_store_up 0."""
        up = GaugeMetricFamily("dealwire_store_up", "1 when the database answered this scrape")
        try:
            with store.session_scope(self._engine) as session:
                counts = store.alert_counts(session)
                feeds = [feed for feed in store.feed_states(session) if feed.active]
                totals = store.store_totals(session)
        except (SQLAlchemyError, store.StoreUnavailable) as exc:
            log.warning("metrics_store_unreadable", error=str(exc)[:300])
            up.add_metric([], 0)
            return [up]
        up.add_metric([], 1)

        outbox = GaugeMetricFamily(
            "dealwire_alerts_in_outbox", "Alerts in the outbox by status", labels=["status"]
        )
        for status, count in sorted(counts.items()):
            outbox.add_metric([status], count)
        active = GaugeMetricFamily("dealwire_feeds_active", "Feeds configured and polled")
        active.add_metric([], len(feeds))
        failing = GaugeMetricFamily("dealwire_feeds_failing", "Feeds whose last poll failed")
        failing.add_metric([], sum(1 for feed in feeds if feed.consecutive_errors))
        errors = GaugeMetricFamily(
            "dealwire_feed_consecutive_errors", "Failed polls in a row, by feed", labels=["feed"]
        )
        success = GaugeMetricFamily(
            "dealwire_feed_last_success_timestamp_seconds",
            "Unix time of the last successful poll",
            labels=["feed"],
        )
        for feed in feeds:
            errors.add_metric([feed.name], feed.consecutive_errors)
            if feed.last_success_at is not None:
                success.add_metric([feed.name], feed.last_success_at.timestamp())
        entries = GaugeMetricFamily("dealwire_entries_stored", "Releases stored")
        entries.add_metric([], totals.entries)
        events = GaugeMetricFamily(
            "dealwire_events_stored", "Stored releases carrying each event", labels=["type"]
        )
        for event in EventType:
            events.add_metric([event.value], totals.events.get(event, 0))
        return [up, outbox, active, failing, errors, success, entries, events]


class Metrics:
    """DealWire's metrics in a registry of their own (so tests can build several)."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.registry = CollectorRegistry()
        self.heartbeat = Heartbeat(clock=clock)
        self.polls = Counter(
            "dealwire_polls",
            "Feed polls by feed and outcome (ok, not_modified, error)",
            ["feed", "outcome"],
            registry=self.registry,
        )
        self.fetch_errors = Counter(
            "dealwire_fetch_errors", "Feed polls that failed, by feed", ["feed"], registry=self.registry
        )
        self.entries_new = Counter(
            "dealwire_entries_new", "New releases stored, by feed", ["feed"], registry=self.registry
        )
        self.alerts_sent = Counter("dealwire_alerts_sent", "Alerts delivered", registry=self.registry)
        self.alerts_retried = Counter(
            "dealwire_alerts_retried",
            "Alert deliveries that failed and will be retried",
            registry=self.registry,
        )
        self.alerts_failed = Counter(
            "dealwire_alerts_failed", "Alerts given up after failing", registry=self.registry
        )
        self.delivery_latency = Histogram(
            "dealwire_alert_delivery_latency_seconds",
            "Seconds from a release's publication to its alert in Slack",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        heartbeat_age = Gauge(
            "dealwire_scheduler_heartbeat_age_seconds",
            "Seconds since the scheduler last finished a tick",
            registry=self.registry,
        )
        heartbeat_age.set_function(self.heartbeat.age)
        self._store_watched = False

    def watch_store(self, engine: Engine) -> None:
        """Add the gauges read from the store at scrape time (once)."""
        if not self._store_watched:
            self.registry.register(StoreCollector(engine))
            self._store_watched = True

    def record_poll(self, *, feed: str, ok: bool, not_modified: bool = False, new: int = 0) -> None:
        """Count one feed poll and the releases it stored."""
        outcome = "error" if not ok else "not_modified" if not_modified else "ok"
        self.polls.labels(feed=feed, outcome=outcome).inc()
        if not ok:
            self.fetch_errors.labels(feed=feed).inc()
        if new:
            self.entries_new.labels(feed=feed).inc(new)

    def record_deliveries(self, *, sent: int, retried: int, failed: int) -> None:
        """Count the outcome of one delivery pass."""
        self.alerts_sent.inc(sent)
        self.alerts_retried.inc(retried)
        self.alerts_failed.inc(failed)

    def observe_latency(self, *, published: datetime | None, now: datetime) -> None:
        """Record how long after its publication a release's alert reached Slack (when it had a date)."""
        if published is not None:
            self.delivery_latency.observe(max((now - published).total_seconds(), 0.0))

    def beat(self) -> None:
        """Record that a scheduler tick finished."""
        self.heartbeat.beat()
