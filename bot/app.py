"""The composition root: reads settings, builds clients and runs the bot."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import structlog

from bot import compiled, store
from bot.deliver import make_slack_client
from bot.edges import serving
from bot.fetch import make_http_client, user_agent
from bot.leases import release_all
from bot.metrics import Metrics
from bot.pipeline import Services, run_cycle, sync_config
from bot.scheduler import build_scheduler
from config.settings import LoadedConfig, Settings, load_config

log = structlog.get_logger("dealwire.app")


@contextmanager
def services(
    *, settings: Settings, loaded: LoadedConfig, metrics: Metrics | None = None
) -> Iterator[Services]:
    """Build the store, HTTP and Slack clients; migrate the database; close everything afterwards."""
    engine = store.make_engine(settings.database_url)
    store.migrate(engine)
    config = loaded.config
    contact = settings.contact or config.http.contact
    http = make_http_client(
        user_agent=user_agent(contact),
        connect_timeout=config.http.connect_timeout,
        read_timeout=config.http.read_timeout,
        max_connections=config.http.concurrency,
    )
    slack = (
        make_slack_client(token=settings.slack_bot_token, base_url=settings.slack_api_url)
        if settings.slack_bot_token
        else None
    )
    svc = Services(
        engine=engine,
        http=http,
        config=config,
        slack=slack,
        console=None if slack else sys.stdout,
        metrics=metrics,
    )
    try:
        sync_config(svc)
        yield svc
    finally:
        # Feeds and channels this bot claimed but will not finish go to the other bots at once.
        release_all(svc)
        http.close()
        engine.dispose()


def run_once(*, settings: Settings, config_path: Path | None) -> int:
    """Run one full cycle over every configured feed and deliver what it found; return the exit status."""
    loaded = load_config(config_path or settings.config_path)
    with services(settings=settings, loaded=loaded) as svc:
        polls, delivered = run_cycle(svc, everything=True)
    failed = [p for p in polls if not p.ok]
    log.info(
        "cycle_done",
        feeds=len(polls),
        feeds_failed=len(failed),
        new=sum(p.new for p in polls),
        alerts_sent=delivered.sent,
        alerts_retrying=delivered.retried,
        alerts_failed=delivered.failed,
    )
    return 0


def run_forever(*, settings: Settings, config_path: Path | None) -> int:
    """Run the scheduler until SIGTERM or SIGINT; in-flight work finishes or stays pending."""
    loaded = load_config(config_path or settings.config_path)
    with services(settings=settings, loaded=loaded, metrics=Metrics()) as svc:

        def stop(signum: int, _frame: FrameType | None) -> None:
            log.info("stopping", signal=signal.Signals(signum).name)
            svc.stop.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        with serving(settings=settings, svc=svc, config_source=loaded.source) as server:
            tick = settings.tick_seconds
            scheduler = (
                build_scheduler(svc)
                if tick is None
                else build_scheduler(svc, poll_seconds=tick, deliver_seconds=tick)
            )
            scheduler.start()
            log.info(
                "dealwire_started",
                config=loaded.source or "embedded defaults",
                feeds=len(loaded.config.feeds),
                watchlists=len(loaded.config.watchlists),
                slack="posting" if svc.slack else "printing alerts to standard output",
                port=server.port,
                classifier=str(compiled.status()),
            )
            while not svc.stop.wait(1.0):
                pass
            scheduler.shutdown(wait=True)
        log.info("stopped")
    return 0
