"""Delivery pace: 200 alerts over 20 channels against a fake Slack allowing one post per second per channel.

Run: `uv run --frozen python -m bench.deliver`. For each pacing setting it prints the time until every
alert was delivered beside the theoretical minimum (the busiest channel's posts one second apart),
the posts Slack accepted, the 429 answers received, and whether every alert arrived exactly once.
Real time, a real SQLite file, the real outbox and Slack client over loopback. Figures are printed,
not asserted.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import httpx

from bot import store
from bot.deliver import make_slack_client
from bot.models import Amount, AmountKind, Classification, Entry, EventType, RouteMatch
from bot.outbox import deliver_pending
from bot.services import Services
from config.settings import AppConfig, DeliveryConfig
from tests.fakes.slack import FakeSlack

ALERTS = 200
CHANNELS = 20
SLACK_RATE = 1.0  # posts per second per channel the fake allows, with no burst


def _seed(engine_url: str) -> None:
    engine = store.make_engine(engine_url)
    store.migrate(engine)
    now = datetime.now(UTC)
    with store.session_scope(engine) as session:
        for n in range(ALERTS):
            channel = f"C0BENCH{n % CHANNELS:02d}"
            store.add_entry(
                session,
                entry=Entry(
                    wire="globenewswire",
                    native_id=f"bench-{n}",
                    url=f"https://www.globenewswire.com/news-release/2026/03/02/{n}.html",
                    title=f"Company {n} Earns $5 Million Milestone Payment From Amgen",
                    published=now,
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


def _run(*, burst: int, workdir: Path) -> dict[str, object]:
    url = f"sqlite:///{workdir / f'bench-burst{burst}.db'}"
    _seed(url)
    engine = store.make_engine(url)
    with FakeSlack() as slack, httpx.Client() as http:
        slack.rate_limit(SLACK_RATE, burst=1)
        svc = Services(
            engine=engine,
            http=http,
            config=AppConfig(
                delivery=DeliveryConfig(channel_rate_per_second=SLACK_RATE, channel_burst=burst)
            ),
            slack=make_slack_client(token="xoxb-bench", base_url=slack.base_url, timeout=10),
        )
        started = time.monotonic()
        passes = 0
        while True:
            passes += 1
            deliver_pending(svc)
            with store.session_scope(engine) as session:
                counts = store.alert_counts(session)
            if counts["pending"] + counts["sending"] == 0:
                break
            time.sleep(0.05)  # what the scheduler's next tick would do, only sooner
        elapsed = time.monotonic() - started
        calls = slack.calls("chat.postMessage")
        per_alert = Counter(int(body["metadata"]["event_payload"]["alert_id"]) for body in slack.posts())
    engine.dispose()
    return {
        "burst": burst,
        "elapsed": elapsed,
        "accepted": sum(1 for c in calls if c.ok),
        "limited": sum(1 for c in calls if c.status == 429),
        "exactly_once": len(per_alert) == ALERTS and set(per_alert.values()) == {1},
        "failed": counts["failed"],
        "passes": passes,
    }


def main() -> int:
    """Run the benchmark and print its figures."""
    busiest = -(-ALERTS // CHANNELS)
    minimum = (busiest - 1) / SLACK_RATE
    print(
        f"{ALERTS} alerts, {CHANNELS} channels; the fake allows {SLACK_RATE:g} post/s per channel, no burst"
    )
    print(f"theoretical minimum: {minimum:.1f} s ({busiest} posts in the busiest channel, 1 s apart)")
    columns = ("our burst", "total s", "vs min", "accepted", "429s", "exactly once")
    widths = (9, 8, 7, 8, 5, 12)
    print("  ".join(f"{c:>{w}}" for c, w in zip(columns, widths, strict=True)) + "  passes")
    with tempfile.TemporaryDirectory(prefix="dealwire-bench-") as tmp:
        for burst in (1, 3):
            row = _run(burst=burst, workdir=Path(tmp))
            elapsed = float(str(row["elapsed"]))
            print(
                f"{row['burst']:>9}  {elapsed:>8.2f}  {elapsed - minimum:>+7.2f}  {row['accepted']:>8}  "
                f"{row['limited']:>5}  {'yes' if row['exactly_once'] else 'NO':>12}  {row['passes']}"
            )
    print("burst 1 is the default; 3 spends Slack's tolerance for short bursts, which this fake lacks.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
