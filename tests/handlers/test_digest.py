"""`/dealwire digest` and `/dealwire watch digest`, through the real Slack app on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot import store
from bot.deliver import make_slack_client
from bot.digest_schedule import parse_schedule
from bot.metrics import Metrics
from bot.models import Amount, AmountKind, EventType, Watchlist
from bot.server import start_server
from bot.slack_app import build_slack_app
from handlers.context import Deps
from tests.fakes.slack import FakeSlack, block_errors
from tests.handlers.conftest import (
    ADMIN,
    CHANNEL,
    CONFIG_LIST,
    NOW,
    RATES,
    SECRET,
    Harness,
    assert_within_limits,
    classified,
    store_many,
    store_release,
    text_of,
)


@contextmanager
def digest_app(
    *, engine: Engine, fake: FakeSlack, admin_users: frozenset[str] = frozenset()
) -> Iterator[Harness]:
    """The Slack app with a Web API client, as `dealwire run` builds it, talking to the fake Slack."""
    deps = Deps(
        engine=engine,
        config_watchlists=(CONFIG_LIST,),
        usd_rates=RATES,
        admin_users=admin_users,
        clock=lambda: NOW,
        config_source="config/dealwire.toml",
        slack=make_slack_client(token="xoxb-test", base_url=fake.base_url),
        rates_as_of=date(2026, 2, 27),
    )
    app = build_slack_app(deps=deps, bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.base_url)
    metrics = Metrics()
    server = start_server(engine=engine, metrics=metrics, slack_app=app, port=0, host="127.0.0.1")
    harness = Harness(server=server, fake=fake, engine=engine, deps=deps, metrics=metrics)
    try:
        yield harness
    finally:
        harness.client.close()
        server.stop()


AppFactory = Callable[..., Harness]


@pytest.fixture
def make_app(engine: Engine, fake_slack: FakeSlack) -> Iterator[AppFactory]:
    with ExitStack() as stack:

        def build(**options: Any) -> Harness:
            return stack.enter_context(digest_app(engine=engine, fake=fake_slack, **options))

        yield build


@pytest.fixture
def app(make_app: AppFactory) -> Harness:
    return make_app()


def save_list(engine: Engine, name: str = "partners", **changes: Any) -> Watchlist:
    watchlist = Watchlist(name=name, channel=CHANNEL, managed_by_config=False, **changes)
    with store.session_scope(engine) as session:
        store.save_watchlist(session, watchlist=watchlist, created_by=ADMIN, now=NOW)
    return watchlist


def seed(engine: Engine) -> None:
    store_release(engine, "a", age=timedelta(days=1), classification=classified(amount=Decimal(5_000_000)))
    store_release(
        engine,
        "b",
        age=timedelta(days=2),
        classification=classified(events=(EventType.LICENSING,), company="Galapagos", partners=("Servier",)),
    )
    eur = replace(
        classified(company="Kyowa Kirin"),
        amounts=(Amount(Decimal(20_000_000), "EUR", AmountKind.UPFRONT, "€20 million"),),
    )
    store_release(engine, "c", age=timedelta(days=3), classification=eur)
    store_release(engine, "old", age=timedelta(days=20))


def test_the_digest_comes_back_to_whoever_asked_without_posting(app: Harness) -> None:
    seed(app.engine)
    save_list(app.engine, companies=("Amgen", "Servier"))

    reply = app.slash("digest partners")

    assert reply["response_type"] == "ephemeral"
    text = text_of(reply)
    assert "📅 The week in deals — partners" in text
    assert "*3 deal events*" in text
    assert "€20M upfront (≈ $21.6M)" in text
    assert "Add `--share` to post this digest here with its chart" in text
    assert_within_limits(reply["blocks"])
    assert block_errors(reply["blocks"]) == []
    assert app.fake.posts() == []
    assert app.fake.uploads() == []


def test_share_posts_the_digest_and_its_chart_to_the_channel(app: Harness) -> None:
    seed(app.engine)
    save_list(app.engine)

    reply = app.slash("digest partners --share")

    assert "Posted the digest here with its chart" in text_of(reply)
    posts = app.fake.posts(CHANNEL)
    assert len(posts) == 1
    assert "The week in deals — partners" in text_of(posts[0])
    uploads = app.fake.uploads(CHANNEL)
    assert len(uploads) == 1
    assert uploads[0].data.startswith(b"\x89PNG")
    assert uploads[0].filename.startswith("dealwire-deal-value-")


def test_a_channel_refusing_the_shared_digest_gets_a_clear_answer(app: Harness) -> None:
    seed(app.engine)
    app.fake.set_channel_error(CHANNEL, "not_in_channel")

    reply = app.slash("digest --share")

    assert "could not post the digest here (not_in_channel)" in text_of(reply)
    assert app.fake.uploads() == []


def test_without_a_list_it_is_this_channels_list_or_every_deal_event(app: Harness) -> None:
    seed(app.engine)
    assert "The week in deals — all deals" in text_of(app.slash("digest"))
    save_list(app.engine, companies=("Servier",))
    reply = text_of(app.slash("digest"))
    assert "The week in deals — partners" in reply
    assert "*1 deal event*" in reply


def test_days_and_a_daily_list_set_the_period(app: Harness) -> None:
    seed(app.engine)
    save_list(app.engine, digest=parse_schedule("daily 08:00"))

    assert "The day in deals — partners" in text_of(app.slash("digest partners"))
    month = text_of(app.slash("digest partners --days 30"))
    assert "The last 30 days in deals — partners" in month
    assert "*4 deal events*" in month


def test_an_empty_period_says_so_and_suggests_a_longer_one(app: Harness) -> None:
    reply = text_of(app.slash("digest --days 2"))

    assert "no deal events between" in reply
    assert "/dealwire digest --days 8" in reply


def test_an_unknown_list_gets_the_lists_there_are(app: Harness) -> None:
    save_list(app.engine)

    reply = text_of(app.slash("digest nope"))

    assert "There is no watch list *nope*" in reply
    assert "partners" in reply
    assert "config-partners" in reply


def test_watch_digest_sets_shows_and_turns_off_a_schedule(app: Harness) -> None:
    save_list(app.engine)

    reply = text_of(app.slash("watch digest partners weekly fri 17:30 Europe/London"))

    assert "now gets a digest weekly, Fridays at 17:30 Europe/London" in reply
    assert "the next one Mar 6, 2026 17:30 UTC" in reply
    with store.session_scope(app.engine) as session:
        (saved,) = store.load_watchlists(session)
    assert saved.digest == parse_schedule("weekly fri 17:30 Europe/London")
    assert "📅 digest weekly fri 17:30 Europe/London" in text_of(app.slash("watch show partners"))

    assert "gets no digest any more" in text_of(app.slash("watch digest partners off"))
    with store.session_scope(app.engine) as session:
        (saved,) = store.load_watchlists(session)
    assert saved.digest is None


def test_changing_a_list_keeps_its_digest(app: Harness) -> None:
    save_list(app.engine, digest=parse_schedule("daily 07:00"))

    app.slash("watch add Amgen to partners")

    with store.session_scope(app.engine) as session:
        (saved,) = store.load_watchlists(session)
    assert saved.companies == ("Amgen",)
    assert saved.digest == parse_schedule("daily 07:00")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("fortnightly", "is not daily, weekly or off"),
        ("weekly funday 08:00", "is not a day of the week"),
        ("weekly mon 25:00", "is not a time of day"),
        ("daily mon 08:00", "a daily digest goes out every day"),
        ("weekly mon 08:00 Mars/Olympus", "is not a time zone"),
        ("", "say when"),
    ],
)
def test_a_schedule_typed_wrong_says_what_is_wrong(app: Harness, typed: str, said: str) -> None:
    save_list(app.engine)

    reply = text_of(app.slash(f"watch digest partners {typed}"))

    assert said in reply
    assert "watch digest partners weekly mon 08:00" in reply


def test_config_lists_and_non_admins_cannot_change_a_schedule(make_app: AppFactory) -> None:
    app = make_app(admin_users=frozenset({ADMIN}))
    save_list(app.engine)

    assert "managed by config" in text_of(app.slash("watch digest config-partners daily 08:00"))
    assert "Only DealWire admins" in text_of(app.slash("watch digest partners daily 08:00", user="U0OTHER"))
    with store.session_scope(app.engine) as session:
        (saved,) = store.load_watchlists(session)
    assert saved.digest is None


def test_help_lists_the_digest_commands(app: Harness) -> None:
    reply = text_of(app.slash("help"))

    assert "/dealwire digest partners --days 7" in reply
    assert "/dealwire watch digest partners weekly mon 08:00" in reply


def test_the_digest_answers_inside_slacks_limits_on_a_busy_week(app: Harness) -> None:
    store_many(app.engine, 400)

    reply = app.slash("digest")

    assert_within_limits(reply["blocks"])
    assert block_errors(reply["blocks"]) == []
    assert "… 390 more events" in text_of(reply)
