"""The HTTP server with the Slack app running, a fake Slack, a real SQLite store, and signed requests."""

from __future__ import annotations

import itertools
import json
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from slack_sdk.signature import SignatureVerifier
from sqlalchemy.engine import Engine

from bot import store
from bot.metrics import Metrics
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence, RouteMatch, Watchlist
from bot.server import RunningServer, start_server
from bot.slack_app import EVENTS_PATH, build_slack_app
from handlers.context import Deps
from tests.fakes.slack import TEAM_ID, FakeSlack

SECRET = "test-signing-secret"
NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
ADMIN = "U0ADMIN"
CHANNEL = "C0DEALS"
CONFIG_LIST = Watchlist(
    name="config-partners",
    channel="C0CONFIG",
    companies=("Amgen",),
    events=(EventType.MILESTONE,),
    managed_by_config=True,
)
RATES = {"USD": Decimal(1), "EUR": Decimal("1.08")}


@dataclass
class Harness:
    """The app under test and ways to talk to it as Slack does."""

    server: RunningServer
    fake: FakeSlack
    engine: Engine
    deps: Deps
    metrics: Metrics
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))
    _numbers: Iterator[int] = field(default_factory=itertools.count)

    @property
    def events_url(self) -> str:
        """Where Slack would POST: /slack/events on the running server."""
        return self.server.url + EVENTS_PATH

    def headers(self, body: str, *, timestamp: int | None = None) -> dict[str, str]:
        """Return the headers Slack sends with body, signed with the test secret."""
        ts = str(int(time.time()) if timestamp is None else timestamp)
        signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
        assert signature is not None
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}

    def command_form(
        self, text: str, *, user: str = ADMIN, channel: str = CHANNEL, team: str = TEAM_ID
    ) -> tuple[str, str]:
        """Return a slash-command body (form-encoded) and the name of its response_url hook."""
        hook = f"r{next(self._numbers)}"
        form = urllib.parse.urlencode(
            {
                "token": "deprecated",
                "team_id": team,
                "team_domain": "fake",
                "channel_id": channel,
                "channel_name": "deals",
                "user_id": user,
                "user_name": "someone",
                "command": "/dealwire",
                "text": text,
                "api_app_id": "A0DEALWIRE",
                "is_enterprise_install": "false",
                "response_url": self.fake.hook_url(hook),
                "trigger_id": "1.2.3",
            }
        )
        return form, hook

    def post(self, body: str, headers: dict[str, str], *, content_type: str) -> httpx.Response:
        """POST a raw body to /slack/events."""
        return self.client.post(
            self.events_url, content=body.encode("utf-8"), headers={**headers, "Content-Type": content_type}
        )

    def send(self, text: str, **who: str) -> tuple[httpx.Response, str]:
        """Send a signed /dealwire command; return Slack's HTTP answer and the response hook name."""
        form, hook = self.command_form(text, **who)
        response = self.post(form, self.headers(form), content_type="application/x-www-form-urlencoded")
        return response, hook

    def answer(self, hook: str, *, timeout: float = 10) -> dict[str, Any]:
        """Wait for the reply DealWire sends to a response_url and return its JSON body."""
        calls = self.fake.wait_for(f"hooks/{hook}", timeout=timeout)
        assert calls, f"no reply arrived at the response_url {hook}"
        return calls[0].body

    def slash(self, text: str, **who: str) -> dict[str, Any]:
        """Run a /dealwire command the way Slack does and return the reply posted to its response_url."""
        response, hook = self.send(text, **who)
        assert response.status_code == 200, response.text
        return self.answer(hook)

    def event(self, event: dict[str, Any], *, team: str = TEAM_ID) -> httpx.Response:
        """Send a signed Events API callback."""
        body = json.dumps(
            {
                "token": "deprecated",
                "team_id": team,
                "api_app_id": "A0DEALWIRE",
                "type": "event_callback",
                "event_id": f"Ev{next(self._numbers)}",
                "event_time": 1,
                "event": event,
            }
        )
        return self.post(body, self.headers(body), content_type="application/json")

    def replies(self) -> list[str]:
        """Names of the response_url hooks that received something so far."""
        return [call.method for call in self.fake.calls() if call.method.startswith("hooks/")]


def text_of(reply: dict[str, Any]) -> str:
    """All words of a reply: its text and every text in its blocks."""
    parts = [str(reply.get("text", ""))]

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

    walk(reply.get("blocks") or [])
    return "\n".join(parts)


def assert_within_limits(blocks: list[dict[str, Any]], *, max_blocks: int = 50, budget: int = 12_000) -> None:
    """Assert Slack would accept the blocks: count, section text length, and all text together."""
    assert 0 < len(blocks) <= max_blocks
    total = 0
    for block in blocks:
        text = block.get("text")
        if isinstance(text, dict):
            limit = 150 if block["type"] == "header" else 3000
            assert 0 < len(text["text"]) <= limit, block
            total += len(text["text"])
        for element in block.get("elements", []):
            assert len(element.get("text", "")) <= 3000
            total += len(element.get("text", ""))
    assert total < budget


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite file."""
    sqlite = store.make_engine(f"sqlite:///{tmp_path / 'dealwire.db'}")
    store.migrate(sqlite)
    yield sqlite
    sqlite.dispose()


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """The fake Slack Web API (and response_url target) on loopback."""
    with FakeSlack() as fake:
        yield fake


@contextmanager
def running_app(
    *,
    engine: Engine,
    fake: FakeSlack,
    admin_users: frozenset[str] = frozenset(),
    config_watchlists: tuple[Watchlist, ...] = (CONFIG_LIST,),
    clock: Callable[[], datetime] = lambda: NOW,
    team_id: str | None = None,
) -> Iterator[Harness]:
    """Run the HTTP server with the Slack app on loopback for the block, talking to the fake Slack."""
    deps = Deps(
        engine=engine,
        config_watchlists=config_watchlists,
        usd_rates=RATES,
        admin_users=admin_users,
        clock=clock,
        config_source="config/dealwire.toml",
    )
    app = build_slack_app(
        deps=deps, bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.base_url, team_id=team_id
    )
    metrics = Metrics()
    server = start_server(engine=engine, metrics=metrics, slack_app=app, port=0, host="127.0.0.1")
    harness = Harness(server=server, fake=fake, engine=engine, deps=deps, metrics=metrics)
    try:
        yield harness
    finally:
        harness.client.close()
        server.stop()


HarnessFactory = Callable[..., Harness]


@pytest.fixture
def make_harness(engine: Engine, fake_slack: FakeSlack) -> Iterator[HarnessFactory]:
    """Build and start the app with chosen admins and config lists; everything stops after the test."""
    with ExitStack() as stack:

        def build(**options: Any) -> Harness:
            return stack.enter_context(running_app(engine=engine, fake=fake_slack, **options))

        yield build


@pytest.fixture
def harness(make_harness: HarnessFactory) -> Harness:
    """The app with everyone allowed to change watch lists."""
    return make_harness()


def classified(
    *,
    events: tuple[EventType, ...] = (EventType.MILESTONE,),
    company: str = "ImmunoGen",
    partners: tuple[str, ...] = ("Amgen",),
    amount: Decimal = Decimal(1_000_000),
) -> Classification:
    """A classification like the seed release's."""
    return Classification(
        events=events,
        company=company,
        partners=partners,
        tickers=("NASDAQ:IMGN",),
        amounts=(Amount(amount, "USD", AmountKind.MILESTONE, "$1 million"),) if events else (),
        evidence=tuple(
            Evidence(event, f"{event.value}.rule", "This event triggers a $1 million milestone payment.")
            for event in events
        ),
    )


def store_release(
    engine: Engine,
    native_id: str,
    *,
    title: str = "ImmunoGen Earns Milestone From Amgen",
    age: timedelta = timedelta(hours=1),
    classification: Classification | None = None,
    matches: tuple[RouteMatch, ...] = (),
    summary: str = "ImmunoGen announced a milestone payment from Amgen.",
) -> int:
    """Store a release first seen `age` before NOW; return its id."""
    when = NOW - age
    entry = Entry(
        wire="globenewswire",
        native_id=native_id,
        url=f"https://www.globenewswire.com/news-release/2026/03/02/{native_id}.html",
        title=title,
        summary=summary,
        published=when,
        feed="globenewswire-biotech",
    )
    with store.session_scope(engine) as session:
        entry_id = store.add_entry(
            session,
            entry=entry,
            classification=classification if classification is not None else classified(),
            matches=list(matches),
            silent=False,
            now=when,
        )
    assert entry_id is not None
    return entry_id


def store_many(engine: Engine, count: int = 500, *, hostile: bool = True) -> None:
    """Store `count` classified releases, one a minute back from NOW, with long and markup-laden text."""
    junk = " <b>&amp;</b> @channel " * 80 if hostile else ""
    kinds = (EventType.MILESTONE, EventType.IND, EventType.LICENSING)
    with store.session_scope(engine) as session:
        for n in range(count):
            when = NOW - timedelta(minutes=n + 1)
            event = kinds[n % 3]
            entry = Entry(
                wire="globenewswire",
                native_id=f"bulk-{n}",
                url=f"https://www.globenewswire.com/news-release/{n}.html?"
                + "q=1&" * (300 if hostile else 0),
                title=f"Release {n} Amgen milestone{junk}",
                summary=f"Summary {n} about Amgen{junk}",
                published=when,
                feed="globenewswire-biotech",
            )
            found = Classification(
                events=(event,),
                company=f"Company {n}{junk[:300]}",
                partners=tuple(f"Amgen Partner {k}{junk[:200]}" for k in range(12))
                if hostile
                else ("Amgen",),
                tickers=("NASDAQ:AMGN",),
                amounts=tuple(
                    Amount(Decimal(1_000_000 * (k + 1)), "USD", AmountKind.MILESTONE, "$1 million")
                    for k in range(9)
                ),
                evidence=(Evidence(event, f"{event.value}.rule", f"Sentence {n}{junk}"),),
            )
            store.add_entry(
                session,
                entry=entry,
                classification=found,
                matches=[RouteMatch(f"list-{n % 7}{junk[:100]}", "C0DEALS", "company Amgen is a partner")],
                silent=False,
                now=when,
            )
