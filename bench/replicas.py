"""Replicas: poll and delivery throughput of one and of three `dealwire run` processes on one PostgreSQL.

Run: `uv run --frozen python -m bench.replicas` (options: --feeds, --alerts, --channels, --paced-alerts,
--paced-channels, --replicas). Needs the PostgreSQL server the tests use (127.0.0.1:5432, user
postgres, trust auth); each run gets a fresh database, dropped afterwards.

- Polling: --feeds GlobeNewswire-shaped feeds of five fresh releases each (two deal events) on a
  loopback feed server, no watch lists; feeds/s from the first poll's start to the last poll's end,
  then again with every feed made due at once and answering 304 Not Modified.
- Delivery: --alerts alerts already in the outbox over --channels channels, posted to a fake Slack
  that never rate-limits, the bots' own pace set high; alerts/s from the first post to the last.
- Delivery at Slack's pace: --paced-alerts alerts over --paced-channels channels at one post per
  second per channel (no burst, the default), so throughput depends on how many channels the bots
  work at once.

The servers run in this process and everything shares the machine's cores. Figures are printed,
not asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from bot.logs import configure_logging
from bot.models import Amount, AmountKind, Classification, Entry, EventType, RouteMatch
from tests.fakes.feedserver import FeedServer
from tests.fakes.slack import FakeSlack
from tests.replicaharness import (
    PostgresUnavailable,
    fresh_database,
    make_wire,
    posted_alert_ids,
    replica_env,
    serve,
    start_replicas,
    write_config,
)

TICK_SECONDS = 0.2
TIMEOUT = 600.0


def _wait(condition: Callable[[], bool], *, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        time.sleep(0.2)


def _scalar(engine: Engine, sql: str, params: dict[str, object] | None = None) -> object:
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params or {}).scalar()
    except sa.exc.ProgrammingError:
        return None  # the replicas have not created the tables yet


def _poll(*, replicas: int, feeds: int, workdir: Path) -> tuple[float, float]:
    """Return feeds polled per second by `replicas` processes: first polls, then polls answered 304."""
    with fresh_database() as url, FakeSlack() as slack, FeedServer() as server:
        wire = make_wire(
            feeds=feeds,
            per_feed=5,
            events_per_feed=2,
            channels=1,
            now=datetime.now(UTC),
            base_url=server.base_url,
        )
        serve(server, wire)
        config = write_config(
            workdir / "poll.toml", wire=wire, feed_server=server, lease_seconds=60, watch=False
        )
        engine = store.make_engine(url)
        env = replica_env(database_url=url, config=config, slack=slack, tick=TICK_SECONDS)
        procs = start_replicas(replicas, env=env, cwd=workdir)
        try:
            _wait(
                lambda: _scalar(engine, "SELECT count(first_polled_at) FROM feed") == feeds,
                what="every feed polled",
            )
            first = _span(engine, "SELECT min(first_polled_at), max(updated_at) FROM feed")
            # Every feed due again at once: this time each answers 304 Not Modified.
            with engine.begin() as conn:
                since = {"since": conn.execute(sa.text("SELECT now()")).scalar_one()}
                conn.execute(sa.text("UPDATE feed SET next_check_at = :since"), since)
            again = "SELECT count(*) FROM feed WHERE last_polled_at >= :since"
            _wait(lambda: _scalar(engine, again, since) == feeds, what="every feed polled again")
            repoll = _span(engine, "SELECT CAST(:since AS timestamptz), max(updated_at) FROM feed", since)
        finally:
            for proc in procs:
                proc.stop()
            engine.dispose()
    return feeds / first, feeds / repoll


def _span(engine: Engine, sql: str, params: dict[str, object] | None = None) -> float:
    """Seconds between the two times the query returns (never zero)."""
    with engine.connect() as conn:
        start, end = conn.execute(sa.text(sql), params or {}).one()
    return max(float((end - start).total_seconds()), 1e-6)


def _seed(url: str, *, alerts: int, channels: int) -> None:
    engine = store.make_engine(url)
    store.migrate(engine)
    now = datetime.now(UTC)
    with store.session_scope(engine) as session:
        for n in range(alerts):
            channel = f"C0BENCH{n % channels:03d}"
            store.add_entry(
                session,
                entry=Entry(
                    wire="globenewswire",
                    native_id=f"bench-{n}",
                    url=f"https://www.globenewswire.com/news-release/2026/12/04/{n}.html",
                    title=f"Company {n} Earns $5 Million Milestone Payment From Amgen",
                    published=now - timedelta(minutes=1),
                ),
                classification=Classification(
                    events=(EventType.MILESTONE,),
                    company=f"Company {n}",
                    partners=("Amgen",),
                    amounts=(Amount(Decimal(5_000_000), "USD", AmountKind.MILESTONE),),
                ),
                matches=[RouteMatch(f"list-{channel}", channel, "company is watched")],
                silent=False,
                now=now,
            )
    engine.dispose()


def _deliver(*, replicas: int, alerts: int, channels: int, paced: bool, workdir: Path) -> tuple[float, bool]:
    """Return alerts delivered per second by `replicas` processes, and whether each was posted once."""
    rate, burst = (1.0, 1) if paced else (100.0, 50)
    config = workdir / "deliver.toml"
    config.write_text(
        "\n".join(
            [
                "[delivery]",
                "digest_threshold = 100000",
                f"channel_rate_per_second = {rate}",
                f"channel_burst = {burst}",
                "sending_lease_seconds = 60",
                "",
            ]
        ),
        encoding="utf-8",
    )
    with fresh_database() as url, FakeSlack() as slack:
        _seed(url, alerts=alerts, channels=channels)
        engine = store.make_engine(url)
        procs = start_replicas(
            replicas,
            env=replica_env(database_url=url, config=config, slack=slack, tick=TICK_SECONDS),
            cwd=workdir,
        )
        try:
            _wait(
                lambda: _scalar(engine, "SELECT count(*) FROM alert WHERE status = 'sent'") == alerts,
                what="every alert delivered",
            )
            span = _span(engine, "SELECT min(attempted_at), max(sent_at) FROM alert")
        finally:
            for proc in procs:
                proc.stop()
            engine.dispose()
        posted = posted_alert_ids(slack)
    once = len(posted) == alerts and set(posted.values()) == {1}
    return alerts / span, once


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.replicas", description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=600)
    parser.add_argument("--alerts", type=int, default=3000)
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--paced-alerts", type=int, default=1000)
    parser.add_argument("--paced-channels", type=int, default=200)
    parser.add_argument("--replicas", default="1,3", help="comma-separated replica counts")
    args = parser.parse_args()
    configure_logging(level="warning")
    counts = [int(n) for n in args.replicas.split(",")]
    print(f"{args.feeds} feeds of 5 releases; {args.alerts} alerts over {args.channels} channels unpaced;")
    print(f"{args.paced_alerts} alerts over {args.paced_channels} channels at 1 post/s per channel, no burst")
    print(
        f"{'replicas':>8}  {'feeds/s new':>11}  {'feeds/s 304':>11}  {'alerts/s':>9}  {'alerts/s paced':>14}"
        "  exactly once"
    )
    try:
        with tempfile.TemporaryDirectory(prefix="dealwire-replicas-") as tmp:
            for n in counts:
                workdir = Path(tmp) / f"x{n}"
                workdir.mkdir()
                polled, repolled = _poll(replicas=n, feeds=args.feeds, workdir=workdir)
                sent, once = _deliver(
                    replicas=n, alerts=args.alerts, channels=args.channels, paced=False, workdir=workdir
                )
                paced, paced_once = _deliver(
                    replicas=n,
                    alerts=args.paced_alerts,
                    channels=args.paced_channels,
                    paced=True,
                    workdir=workdir,
                )
                print(
                    f"{n:>8}  {polled:>11.1f}  {repolled:>11.1f}  {sent:>9.1f}  {paced:>14.1f}  "
                    f"{'yes' if once and paced_once else 'NO'}",
                    flush=True,
                )
    except PostgresUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
