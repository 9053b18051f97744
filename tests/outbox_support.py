"""Helpers for outbox tests: releases with alerts in a real store, services on a fake clock, checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy.engine import Engine

from bot import store
from bot.deliver import make_slack_client
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence, RouteMatch
from bot.outbox import DeliveryOutcome, deliver_pending
from bot.services import Services
from config.settings import AppConfig, DeliveryConfig
from tests.fakes.clock import FakeClock
from tests.fakes.slack import Call, FakeSlack


def release(n: int, *, wire: str = "globenewswire", title: str = "") -> Entry:
    """A milestone release numbered n."""
    return Entry(
        wire=wire,
        native_id=f"rel-{n}",
        url=f"https://www.{wire}.com/news-release/2026/03/02/{n}.html",
        title=title or f"Company {n} Earns ${n} Million Milestone Payment From Amgen",
        summary=f"Company {n} announced it earned a ${n} million milestone payment from Amgen.",
        published=datetime(2026, 3, 2, 8, 0, tzinfo=UTC) + timedelta(minutes=n),
        feed="test-feed",
    )


def found_in(n: int, *, amount: int | None = None, company: str = "") -> Classification:
    """What the classifier would find in release n: a milestone of $n M (or `amount` M) from Amgen."""
    millions = n if amount is None else amount
    return Classification(
        events=(EventType.MILESTONE,),
        company=company or f"Company {n}",
        partners=("Amgen",),
        tickers=(),
        amounts=(Amount(Decimal(millions * 1_000_000), "USD", AmountKind.MILESTONE, f"${millions} million"),),
        evidence=(
            Evidence(
                EventType.MILESTONE,
                "milestone.earned",
                f"Company {n} earned a ${millions} million milestone payment from Amgen.",
            ),
        ),
    )


def seed(
    engine: Engine, *, channels: Sequence[str], per_channel: int, now: datetime, start: int = 1
) -> dict[str, list[int]]:
    """Store per_channel releases for each channel (interleaved), each alerting one channel; return ids."""
    made: dict[str, list[int]] = {channel: [] for channel in channels}
    n = start
    for _ in range(per_channel):
        for channel in channels:
            with store.session_scope(engine) as session:
                entry_id = store.add_entry(
                    session,
                    entry=release(n),
                    classification=found_in(n),
                    matches=[RouteMatch(f"list-{channel.lstrip('#')}", channel, "company is watched")],
                    silent=False,
                    now=now,
                )
            assert entry_id is not None
            made[channel].append(alert_of(engine, entry_id))
            n += 1
    return made


def alert_of(engine: Engine, entry_id: int) -> int:
    """The id of the (one) alert made for an entry."""
    with store.session_scope(engine) as session:
        (record,) = store.alerts_for_entry(session, entry_id=entry_id)
    return record.id


def services(
    engine: Engine,
    slack: FakeSlack | None,
    *,
    clock: FakeClock,
    timeout: float = 5.0,
    **delivery: Any,
) -> Services:
    """Services on the fake clock, posting to the fake Slack (printing when slack is None)."""
    settings: dict[str, Any] = {"digest_threshold": 1000, **delivery}
    return Services(
        engine=engine,
        http=httpx.Client(),
        config=AppConfig(delivery=DeliveryConfig(**settings)),
        slack=None
        if slack is None
        else make_slack_client(token="xoxb-test", base_url=slack.base_url, timeout=timeout),
        clock=clock.now,
    )


def unfinished(engine: Engine) -> int:
    """How many outbox rows are pending or sending."""
    with store.session_scope(engine) as session:
        counts = store.outbox_counts(session)
    return sum(by_status["pending"] + by_status["sending"] for by_status in counts.values())


def drain(
    svc: Services, clock: FakeClock, *, passes: int = 500, max_wait: float = 30.0
) -> list[DeliveryOutcome]:
    """Run delivery passes, moving the fake clock on to the next due row between them, until none is left."""
    outcomes = []
    for _ in range(passes):
        outcomes.append(deliver_pending(svc, sleep=clock.sleep, max_wait=max_wait))
        if unfinished(svc.engine) == 0:
            return outcomes
        with store.session_scope(svc.engine) as session:
            due = store.next_due(session)
        if due is not None and due > clock.now():
            clock.advance_to(due)
        else:
            clock.advance(1.0)
    raise AssertionError(f"the outbox did not drain in {passes} passes: {unfinished(svc.engine)} rows left")


def payload(body: dict[str, Any]) -> dict[str, Any]:
    """The DealWire metadata payload of a posted message ({} when it has none)."""
    meta = body.get("metadata") or {}
    result = meta.get("event_payload") or {}
    return dict(result) if isinstance(result, dict) else {}


def delivered(slack: FakeSlack) -> dict[str, list[int]]:
    """Alert ids per channel ID as Slack holds them: top-level posts in order, digests expanded."""
    by_channel: dict[str, list[int]] = {}
    for call in slack.calls("chat.postMessage"):
        if not call.ok or call.body.get("thread_ts"):
            continue
        assert call.response is not None
        channel = str(call.response["channel"])
        data = payload(call.body)
        if data.get("kind") == "digest":
            by_channel.setdefault(channel, []).extend(int(i) for i in data["alert_ids"])
        elif "alert_id" in data:
            by_channel.setdefault(channel, []).append(int(data["alert_id"]))
    return by_channel


def assert_exactly_once_in_order(slack: FakeSlack, expected: dict[str, list[int]]) -> None:
    """Every expected alert is in its channel exactly once, in created order, and nothing else is."""
    got = delivered(slack)
    want = {slack.channel_id(channel): ids for channel, ids in expected.items() if ids}
    assert set(got) == set(want), (sorted(got), sorted(want))
    for channel, ids in want.items():
        assert got[channel] == ids, f"{channel}: delivered {got[channel]}, expected {ids}"


def assert_retry_after_honoured(slack: FakeSlack, methods: Iterable[str] = ("chat.postMessage",)) -> int:
    """No post reached a channel before the Retry-After of a 429 for it had passed; return the 429 count."""
    calls: list[Call] = [c for c in slack.calls() if c.method in set(methods)]
    limited = 0
    for n, call in enumerate(calls):
        if call.status != 429 or call.dropped:
            continue  # a 429 the client never heard cannot be honoured
        limited += 1
        assert call.retry_after is not None
        channel = slack.channel_id(call.channel)
        for later in calls[n + 1 :]:
            if slack.channel_id(later.channel) == channel:
                assert later.time >= call.time + call.retry_after, (
                    f"a post to {channel} at {later.time:.3f} came before the Retry-After "
                    f"of {call.retry_after}s given at {call.time:.3f}"
                )
    return limited
