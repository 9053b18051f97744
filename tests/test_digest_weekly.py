"""The week in deals: scheduled digests over a real store, posted to the fake Slack with their chart."""

from __future__ import annotations

import ast
import io
import json
import struct
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import matplotlib.image
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from bot.deliver import make_slack_client
from bot.digest_schedule import parse_schedule
from bot.digest_send import LATE_LIMIT, run_due_digests
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence, RouteMatch, Watchlist
from bot.money import format_money
from bot.period_digest import DealEvent, period_stats, render_period_digest
from bot.services import Services
from config.settings import AppConfig, parse_config
from tests.fakes.slack import FakeSlack, block_errors

ROOT = Path(__file__).resolve().parent.parent
MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday: weekly digests at 08:00 are due now
RATES = {"USD": Decimal(1), "EUR": Decimal("1.08"), "GBP": Decimal("1.25")}
CONFIG = """
[rates]
as_of = 2026-02-27
usd_per_unit = { EUR = 1.08, GBP = 1.25 }

[[watchlists]]
name = "deals"
channel = "C0DEALS"
events = ["milestone", "licensing"]
digest = "weekly mon 08:00"

[[watchlists]]
name = "quiet"
channel = "C0QUIET"
companies = ["Nobody Pharma"]
digest = "weekly"
digest_day = "mon"
digest_time = "08:00"

[[watchlists]]
name = "daily"
channel = "#daily-deals"
digest = "daily 07:30"
"""
PARTNERS = ("Amgen", "Pfizer", "Novartis AG", "Servier", "Roche")
COMPANIES = ("ImmunoGen", "Galapagos", "Kyowa Kirin", "Example Bio")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite file."""
    sqlite = store.make_engine(f"sqlite:///{tmp_path / 'dealwire.db'}")
    store.migrate(sqlite)
    yield sqlite
    sqlite.dispose()


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


def config(text: str = CONFIG) -> AppConfig:
    return parse_config(text, source="test.toml")


def services(engine: Engine, fake: FakeSlack | None, *, now: datetime, text: str = CONFIG) -> Services:
    slack = None if fake is None else make_slack_client(token="xoxb-test", base_url=fake.base_url)
    return Services(engine=engine, http=httpx.Client(), config=config(text), slack=slack, clock=lambda: now)


def release(n: int, *, when: datetime) -> Entry:
    return Entry(
        wire="globenewswire",
        native_id=f"r{n}",
        url=f"https://www.globenewswire.com/news-release/2026/{n}.html",
        title=f"Release {n}",
        summary=f"Summary {n}",
        published=when,
        feed="globenewswire-biotech",
    )


def seeded_classification(n: int) -> Classification:
    """Releases of every kind: one or two events, USD and other currencies, one without a rate, none."""
    events = [
        (EventType.MILESTONE,),
        (EventType.LICENSING,),
        (EventType.IND,),
        (EventType.MILESTONE, EventType.IND),
        (EventType.LICENSING, EventType.IND),
    ][n % 5]
    currency = ("USD", "EUR", "USD", "GBP", "CHF")[n % 5]  # CHF has no configured rate
    kind = AmountKind.MILESTONE if EventType.MILESTONE in events else AmountKind.UPFRONT
    amounts: tuple[Amount, ...] = (
        () if n % 7 == 0 else (Amount(Decimal(1_000_000 * (n + 1)), currency, kind, "money"),)
    )
    if n % 4 == 0 and amounts:
        amounts += (Amount(Decimal(5_000_000 * (n + 3)), "USD", AmountKind.POTENTIAL, "up to", True),)
    return Classification(
        events=events,
        company=COMPANIES[n % len(COMPANIES)],
        partners=(PARTNERS[n % len(PARTNERS)],) if n % 3 else (),
        tickers=("NASDAQ:IMGN",),
        amounts=amounts,
        evidence=tuple(Evidence(e, f"{e.value}.rule", f"Sentence {n}.") for e in events),
    )


def seed(engine: Engine, *, count: int = 60, span: timedelta = timedelta(days=20)) -> None:
    """Store `count` releases spread over `span` before MONDAY (some inside last week, some before)."""
    with store.session_scope(engine) as session:
        for n in range(count):
            when = MONDAY - span * (n + 0.5) / count
            store.add_entry(
                session,
                entry=release(n, when=when),
                classification=seeded_classification(n),
                matches=[RouteMatch("deals", "C0DEALS", "any company")],
                silent=False,
                now=when,
            )
        # Not a deal event: never counted.
        store.add_entry(
            session,
            entry=release(999, when=MONDAY - timedelta(days=1)),
            classification=Classification(company="ImmunoGen"),
            matches=[],
            silent=False,
            now=MONDAY - timedelta(days=1),
        )


def expected_week(engine: Engine, *, events: set[str]) -> dict[str, Any]:
    """The week's numbers computed straight from the entry table, without DealWire's own queries."""
    since, until = MONDAY - timedelta(days=7), MONDAY
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT id, url, events, company, amounts, COALESCE(published, first_seen_at) AS w FROM entry"
            )
        ).all()
    inside = []
    for row in rows:
        when = datetime.fromisoformat(str(row.w)).replace(tzinfo=UTC)
        found = set(json.loads(row.events) if isinstance(row.events, str) else row.events)
        if since <= when < until and found & events:
            inside.append(row)
    per_event: Counter[str] = Counter()
    values: list[tuple[Decimal, str]] = []
    for row in inside:
        per_event.update(set(json.loads(row.events)))
        usd = [
            Decimal(a["value"]) * RATES[a["currency"]]
            for a in json.loads(row.amounts)
            if a["currency"] in RATES
        ]
        if usd:
            values.append((max(usd), row.url))
    values.sort(key=lambda v: -v[0])
    return {"total": len(inside), "per_event": per_event, "values": values}


def all_text(body: dict[str, Any]) -> str:
    parts = [str(body.get("text", ""))]

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "text" and isinstance(inner, str):
                    parts.append(inner)
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(body.get("blocks") or [])
    return "\n".join(parts)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_weekly_digest_posts_one_message_and_one_png_whose_numbers_match_the_store(
    engine: Engine, fake: FakeSlack
) -> None:
    seed(engine)
    svc = services(engine, fake, now=MONDAY + timedelta(seconds=30))

    outcomes = run_due_digests(svc)

    assert ("deals", "sent") in [(o.watchlist, o.status) for o in outcomes]
    posts, uploads = fake.posts("C0DEALS"), fake.uploads("C0DEALS")
    assert len(posts) == 1
    assert len(uploads) == 1
    text = all_text(posts[0])
    want = expected_week(engine, events={"milestone", "licensing"})
    assert want["total"] > 5  # the seed put a real week in the period
    assert f"*{want['total']} deal events*" in text
    for event, label in (("milestone", "💰 Milestone"), ("licensing", "🤝 Licensing"), ("ind", "🧪 IND")):
        assert f"{label} {want['per_event'][event]}" in text
    disclosed = sum((value for value, _ in want["values"]), Decimal(0))
    assert f"*{format_money(disclosed, 'USD')} disclosed* across {len(want['values'])} releases" in text
    # The largest deals, in order, each linked to its release.
    shown = [url for _, url in want["values"][:10]]
    positions = [text.index(f"<{url}|") for url in shown]
    assert positions == sorted(positions)
    assert "(≈ $" in text  # a non-USD amount is shown in its currency with its USD value
    assert "more in currencies without a rate" in text
    assert "USD at the configured rates of Feb 27, 2026" in text
    assert block_errors(posts[0]["blocks"]) == []

    chart = uploads[0]
    assert png_size(chart.data) == (1200, 675)
    image = matplotlib.image.imread(io.BytesIO(chart.data), format="png")
    assert image.shape[:2] == (675, 1200)
    assert chart.filename == "dealwire-deal-value-2026-03-02.png"
    assert chart.title.startswith("Disclosed deal value by week — deals")
    assert chart.initial_comment.startswith("📈 Disclosed deal value by week")
    assert chart.alt_text


def test_an_empty_week_posts_a_short_no_deal_events_line(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))

    posts = fake.posts("C0QUIET")
    assert len(posts) == 1
    assert "no deal events between Feb 23, 08:00 – Mar 2, 08:00 UTC" in posts[0]["text"]
    assert len(posts[0]["blocks"]) == 1
    assert fake.uploads("C0QUIET") == []


def test_each_period_goes_out_once_however_often_the_job_runs_and_across_restarts(
    engine: Engine, fake: FakeSlack
) -> None:
    seed(engine)
    for minutes in (0, 1, 5):
        run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=minutes)))
    # A new process (new services, same database) a few hours later.
    assert run_due_digests(services(engine, fake, now=MONDAY + timedelta(hours=3))) == []
    assert len(fake.posts("C0DEALS")) == 1
    assert len(fake.uploads("C0DEALS")) == 1
    with store.session_scope(engine) as session:
        run = store.digest_run(session, watchlist="deals", period_end=MONDAY)
    assert run is not None
    assert run.status == "sent"
    assert run.channel_id == "C0DEALS"
    answered = [c.response for c in fake.calls("chat.postMessage") if c.channel == "C0DEALS" and c.ok]
    assert answered[0] is not None
    assert run.slack_ts == answered[0]["ts"]
    assert run.chart_file_id == fake.uploads("C0DEALS")[0].file_id

    # Next Monday is a new period.
    run_due_digests(services(engine, fake, now=MONDAY + timedelta(days=7, minutes=2)))
    assert len(fake.posts("C0DEALS")) == 2


def test_nothing_goes_out_before_its_time_or_long_after_it(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    # A minute before next Monday's digest: last Monday's is long past its time.
    run_due_digests(services(engine, fake, now=MONDAY + timedelta(days=7) - timedelta(minutes=1)))
    assert fake.posts("C0DEALS") == []
    run_due_digests(services(engine, fake, now=MONDAY + LATE_LIMIT + timedelta(minutes=1)))
    assert fake.posts("C0DEALS") == []


def test_a_daily_digest_covers_one_day_and_charts_its_top_partners(engine: Engine, fake: FakeSlack) -> None:
    seed(engine, count=200, span=timedelta(days=10))
    now = datetime(2026, 3, 2, 7, 30, 5, tzinfo=UTC)

    run_due_digests(services(engine, fake, now=now))

    posts = fake.posts("#daily-deals")
    assert len(posts) == 1
    assert "The day in deals — daily" in all_text(posts[0])
    assert "Mar 1, 07:30 – Mar 2, 07:30 UTC" in all_text(posts[0])
    uploads = fake.uploads("#daily-deals")
    assert len(uploads) == 1
    assert uploads[0].filename == "dealwire-top-partners-2026-03-02.png"
    assert uploads[0].title.startswith("Top partners by disclosed deal value — daily")


def test_a_muted_list_skips_its_digest_for_that_period(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    with store.session_scope(engine) as session:
        store.save_watchlist(
            session,
            watchlist=Watchlist(
                name="slack-made",
                channel="C0SLACK",
                managed_by_config=False,
                muted_until=MONDAY + timedelta(days=1),
                digest=parse_schedule("weekly mon 08:00"),
            ),
            created_by="U0ADMIN",
            now=MONDAY - timedelta(days=30),
        )
    outcomes = run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))

    assert ("slack-made", "skipped") in [(o.watchlist, o.status) for o in outcomes]
    assert fake.posts("C0SLACK") == []


def test_a_list_made_in_slack_gets_its_digest_too(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    with store.session_scope(engine) as session:
        store.save_watchlist(
            session,
            watchlist=Watchlist(
                name="slack-made",
                channel="C0SLACK",
                companies=("Amgen",),
                managed_by_config=False,
                digest=parse_schedule("weekly mon 09:00 Europe/London"),
            ),
            created_by="U0ADMIN",
            now=MONDAY - timedelta(days=30),
        )
    run_due_digests(services(engine, fake, now=MONDAY + timedelta(hours=1, seconds=5)))

    posts = fake.posts("C0SLACK")
    assert len(posts) == 1
    assert "The week in deals — slack-made" in all_text(posts[0])


def test_a_clean_failure_is_tried_again_and_a_permanent_one_is_not(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    fake.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=1, channel="C0DEALS")
    fake.set_channel_error("C0QUIET", "channel_not_found")
    first = run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))
    assert {(o.watchlist, o.status) for o in first} >= {("deals", "failed"), ("quiet", "failed")}

    run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=2)))

    assert len(fake.posts("C0DEALS")) == 1
    assert len(fake.uploads("C0DEALS")) == 1
    assert fake.posts("C0QUIET") == []
    quiet_calls = [c for c in fake.calls("chat.postMessage") if c.channel == "C0QUIET"]
    assert len(quiet_calls) == 1


def test_a_digest_whose_answer_never_came_is_found_in_the_channel_not_posted_again(
    engine: Engine, fake: FakeSlack
) -> None:
    seed(engine)
    fake.drop_connection_next(method="chat.postMessage", after_processing=True)
    first = run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))
    assert ("deals", "unsure") in [(o.watchlist, o.status) for o in first]  # the first list posted

    second = run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=2)))

    assert ("deals", "sent") in [(o.watchlist, o.status) for o in second]
    assert len(fake.posts("C0DEALS")) == 1
    assert len([c for c in fake.calls("chat.postMessage") if c.channel == "C0DEALS"]) == 1  # never repeated
    assert len(fake.uploads("C0DEALS")) == 1  # its chart went beside it once it was found
    with store.session_scope(engine) as session:
        run = store.digest_run(session, watchlist="deals", period_end=MONDAY)
    assert run is not None
    assert run.status == "sent"
    assert run.slack_ts in {message["ts"] for message in fake.messages("C0DEALS")}
    assert run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=3))) == []


def test_a_digest_whose_post_never_landed_is_posted_once_later(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    fake.drop_connection_next(method="chat.postMessage")  # lost on the way: Slack never saw it
    first = run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))
    assert ("deals", "unsure") in [(o.watchlist, o.status) for o in first]
    assert fake.posts("C0DEALS") == []

    run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=2)))
    run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=3)))

    assert len(fake.posts("C0DEALS")) == 1
    assert len(fake.uploads("C0DEALS")) == 1


def test_a_digest_left_sending_by_a_dead_process_goes_once_after_the_lease(
    engine: Engine, fake: FakeSlack
) -> None:
    seed(engine)
    claimed_at = MONDAY + timedelta(minutes=1)
    with store.session_scope(engine) as session:  # a process claimed it, then died before posting
        assert store.claim_digest_run(
            session,
            watchlist="deals",
            period_start=MONDAY - timedelta(days=7),
            period_end=MONDAY,
            now=claimed_at,
            max_attempts=5,
        )
    run_due_digests(services(engine, fake, now=claimed_at + timedelta(seconds=30)))
    assert fake.posts("C0DEALS") == []  # it may still be posting: its lease holds

    run_due_digests(services(engine, fake, now=claimed_at + timedelta(minutes=2)))
    run_due_digests(services(engine, fake, now=claimed_at + timedelta(minutes=3)))

    assert len(fake.posts("C0DEALS")) == 1
    assert len(fake.posts("C0QUIET")) == 1  # the others went out as usual, once


def test_a_refused_chart_still_leaves_the_digest_sent(engine: Engine, fake: FakeSlack) -> None:
    seed(engine)
    fake.fail_next("files.getUploadURLExternal", status=200, error="missing_scope")

    outcomes = run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))

    assert ("deals", "sent") in [(o.watchlist, o.status) for o in outcomes]
    assert len(fake.posts("C0DEALS")) == 1
    with store.session_scope(engine) as session:
        run = store.digest_run(session, watchlist="deals", period_end=MONDAY)
    assert run is not None
    assert run.status == "sent"
    assert run.last_error is not None
    assert "missing_scope" in run.last_error


def test_without_a_slack_token_the_digest_is_printed(engine: Engine) -> None:
    seed(engine)
    out = io.StringIO()
    svc = replace(services(engine, None, now=MONDAY + timedelta(minutes=1)), console=out)

    run_due_digests(svc)

    printed = out.getvalue()
    assert "The week in deals — deals" in printed
    assert "no deal events" in printed  # the quiet list


def test_thousands_of_events_stay_inside_block_kit_limits(engine: Engine, fake: FakeSlack) -> None:
    junk = " <b>&amp;</b> @channel " * 40
    with store.session_scope(engine) as session:
        for n in range(3000):
            when = MONDAY - timedelta(minutes=3 * n + 1)
            found = Classification(
                events=(EventType.LICENSING,),
                company=f"Company {n}{junk}",
                partners=tuple(f"Partner {k}{junk}" for k in range(20)),
                amounts=(Amount(Decimal(1_000_000 + n), "EUR", AmountKind.UPFRONT, "€1M"),),
            )
            entry = Entry(
                wire="globenewswire",
                native_id=f"bulk-{n}",
                url=f"https://www.globenewswire.com/news-release/{n}.html?" + "q=1&" * 100,
                title=f"Release {n}{junk}",
                published=when,
            )
            store.add_entry(session, entry=entry, classification=found, matches=[], silent=False, now=when)

    run_due_digests(services(engine, fake, now=MONDAY + timedelta(minutes=1)))

    post = fake.posts("C0DEALS")[0]
    assert block_errors(post["blocks"]) == []
    text = all_text(post)
    assert len(text) < 12_000
    assert len(post["blocks"]) <= 50
    assert "*3,000 deal events*" in text
    assert "… 2,990 more events" in text
    assert "@channel" not in text.replace("@\u2060channel", "")
    assert len(fake.uploads("C0DEALS")) == 1


def test_stats_and_message_are_pure_functions_of_the_events() -> None:
    start, end = MONDAY - timedelta(days=7), MONDAY
    deals = [
        DealEvent(
            id=1,
            wire="globenewswire",
            url="https://example.com/1",
            title="t",
            when=end - timedelta(days=1),
            events=(EventType.LICENSING,),
            company="Kyowa Kirin",
            partners=("Amgen",),
            amounts=(
                Amount(Decimal(400_000_000), "USD", AmountKind.UPFRONT),
                Amount(Decimal(1_250_000_000), "USD", AmountKind.TOTAL, upper_bound=True),
            ),
        ),
        DealEvent(
            id=2,
            wire="prnewswire",
            url="https://example.com/2",
            title="t",
            when=end - timedelta(days=2),
            events=(EventType.MILESTONE,),
            company="Galapagos",
            partners=("Servier",),
            amounts=(Amount(Decimal(6_000_000), "EUR", AmountKind.MILESTONE),),
        ),
    ]
    stats = period_stats(deals=deals, watchlist="bd", start=start, end=end, usd_rates=RATES)
    text = all_text({"blocks": list(render_period_digest(stats).blocks)})

    assert stats.total == 2
    assert [p.deal.id for p in stats.largest] == [1, 2]
    assert (
        "1. 🤝 *Kyowa Kirin* with Amgen · total up to $1.25B · <https://example.com/1|GlobeNewswire ↗>"
        in text
    )
    assert (
        "2. 💰 *Galapagos* with Servier · €6M milestone (≈ $6.48M) · <https://example.com/2|PR Newswire ↗>"
        in text
    )


PURE = ["bot/period_digest.py", "bot/digest_schedule.py", "bot/chart.py"]
IMPURE = ("httpx", "socket", "sqlalchemy", "sqlmodel", "slack_sdk", "slack_bolt", "apscheduler", "bot.store")


@pytest.mark.parametrize("module", PURE)
def test_digest_composition_imports_no_io(module: str) -> None:
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    imported = [
        name
        for node in ast.walk(tree)
        for name in (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    ]
    assert not [name for name in imported if name.split(".")[0] in IMPURE or name.startswith(IMPURE)]
