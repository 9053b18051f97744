"""Digests: many alerts due for one channel go out as one message inside Block Kit's limits."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot import store
from bot.deliver import post_alert
from bot.digest import DigestView, digest_line, render_digest
from bot.models import Classification, EventType
from bot.outbox import deliver_pending
from bot.render import SlackMessage
from tests.fakes.clock import FakeClock, real_time_minus
from tests.fakes.slack import FakeSlack, block_errors
from tests.outbox_support import assert_exactly_once_in_order, delivered, drain, payload, seed, services
from tests.test_render import HOSTILE, SEED, SEED_URL

NOW = datetime(2011, 11, 3, 18, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def _text_size(message: SlackMessage) -> int:
    return sum(len(block["text"]["text"]) for block in message.blocks if "text" in block) + sum(
        len(element["text"]) for block in message.blocks for element in block.get("elements", [])
    )


def test_a_line_says_event_who_with_whom_how_much_and_where() -> None:
    line = digest_line(SEED)
    assert line == (f"• 💰 *ImmunoGen* ← Amgen · $1.0M milestone · IND active · <{SEED_URL}|GlobeNewswire ↗>")


def test_the_digest_has_a_header_lines_and_a_pointer_to_the_rest() -> None:
    message = render_digest(DigestView(alerts=(SEED,) * 40, now=NOW))
    assert block_errors(list(message.blocks)) == []
    header = message.blocks[0]["text"]["text"]
    assert header == "📰 40 deal events since 14:05 UTC — partners watch list"
    footer = message.blocks[-1]["elements"][0]["text"]
    assert footer == "… 15 more · `/dealwire recent --days 1`"
    lines = [line for block in message.blocks[1:-1] for line in block["text"]["text"].split("\n")]
    assert len(lines) == 25
    assert message.text.startswith("📰 40 deal events for the partners watch list: ImmunoGen")


def test_a_digest_of_releases_from_other_days_and_lists_says_so() -> None:
    other = replace(
        SEED,
        watchlist="oncology",
        entry=replace(SEED.entry, published=datetime(2011, 11, 1, 9, 30, tzinfo=UTC)),
    )
    message = render_digest(DigestView(alerts=(SEED, other, replace(SEED, watchlist="third")), now=NOW))
    header = message.blocks[0]["text"]["text"]
    assert header == "📰 3 deal events since Nov 1, 09:30 UTC — partners and 2 more watch lists"
    assert "`/dealwire recent --days 3`" in message.blocks[-1]["elements"][0]["text"]


def test_lines_without_a_company_fall_back_to_the_title() -> None:
    bare = replace(SEED, classification=Classification(events=(EventType.LICENSING,)))
    line = digest_line(bare)
    assert "ImmunoGen, Inc. Earns Milestone From Amgen With IND Achievement" in line
    assert "Licensing deal" in line


@pytest.mark.parametrize("count", [11, 40, 200, 5000])
def test_any_number_of_absurd_alerts_stays_inside_slack_limits(count: int) -> None:
    huge = "Ω&<" * 3000
    absurd = replace(
        SEED,
        watchlist=huge,
        entry=replace(SEED.entry, title=huge, url=SEED_URL + "?" + "x" * 5000),
        classification=replace(SEED.classification, company=huge, partners=(huge,) * 100),
    )
    message = render_digest(DigestView(alerts=(absurd, SEED) * (count // 2), now=NOW))
    assert block_errors(list(message.blocks)) == []
    assert len(message.blocks) <= 50
    assert _text_size(message) < 11_000
    assert len(message.text) < 1000
    assert len(message.blocks[0]["text"]["text"]) <= 140
    if count > 25:
        assert "more ·" in message.blocks[-1]["elements"][0]["text"]


def test_hostile_text_in_a_digest_is_shown_as_text() -> None:
    hostile = " ".join(HOSTILE)
    view = replace(
        SEED,
        watchlist=hostile,
        entry=replace(SEED.entry, title=hostile),
        classification=replace(SEED.classification, company=hostile, partners=(hostile,)),
    )
    message = render_digest(DigestView(alerts=(view,) * 12, now=NOW))
    body = json.dumps([list(message.blocks), message.text], ensure_ascii=False)
    for control in HOSTILE:
        assert control not in body
    assert "&lt;!channel&gt;" in body


def test_the_digest_module_is_pure() -> None:
    for module in ("bot/digest.py", "bot/notes.py"):
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
        assert not [
            n for n in imported if n.split(".")[0] in ("sqlalchemy", "sqlmodel", "slack_sdk", "httpx")
        ]
        assert not [n for n in imported if n.startswith(("bot.store", "bot.deliver", "bot.outbox"))]


# ---------------------------------------------------------------------------------------------
# Delivering digests


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'digest.db'}")
    store.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(real_time_minus(hours=1))


@pytest.fixture
def slack(clock: FakeClock) -> Iterator[FakeSlack]:
    with FakeSlack(clock=clock.monotonic) as fake:
        yield fake


def _rows(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(text("SELECT * FROM alert ORDER BY id")).mappings()]


def test_forty_due_alerts_for_one_channel_make_one_digest(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["#deals", "C0QUIET"], per_channel=40, now=clock.now())
    # The quiet channel has only two due: those go one by one.
    with engine.begin() as conn:
        conn.execute(
            text("DELETE FROM alert WHERE channel = 'C0QUIET' AND id NOT IN (:a, :b)"),
            {"a": made["C0QUIET"][0], "b": made["C0QUIET"][1]},
        )
    made["C0QUIET"] = made["C0QUIET"][:2]
    svc = services(engine, slack, clock=clock, digest_threshold=10)
    outcome = deliver_pending(svc, sleep=clock.sleep)
    assert (outcome.sent, outcome.digests) == (42, 1)
    (digest,) = slack.posts("#deals")
    assert digest["blocks"][0]["text"]["text"].startswith("📰 40 deal events")
    assert len(slack.posts("C0QUIET")) == 2
    assert_exactly_once_in_order(slack, made)
    rows = [r for r in _rows(engine) if r["channel"] == "#deals"]
    (message,) = slack.messages("#deals")
    assert {(r["status"], r["slack_ts"], r["in_digest"]) for r in rows} == {("sent", message["ts"], 1)}
    assert payload(digest)["alert_ids"] == made["#deals"]


def test_exactly_the_threshold_goes_one_by_one(engine: Engine, slack: FakeSlack, clock: FakeClock) -> None:
    made = seed(engine, channels=["C0DEALS"], per_channel=10, now=clock.now())
    drain(services(engine, slack, clock=clock, digest_threshold=10), clock)
    assert len(slack.posts("C0DEALS")) == 10
    assert_exactly_once_in_order(slack, made)


def test_a_digest_that_landed_before_a_crash_is_found_not_posted_again(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["#deals"], per_channel=12, now=clock.now())
    ids = made["#deals"]
    svc = services(engine, slack, clock=clock, digest_threshold=10, sending_lease_seconds=30)
    assert svc.slack is not None
    with store.session_scope(engine) as session:
        assert store.claim(session, ids=ids, now=clock.now(), digest_key="k1")
    post_alert(
        svc.slack,
        channel="#deals",
        message=SlackMessage(text="digest", blocks=()),
        metadata={"marker": "digest:k1", "kind": "digest", "alert_ids": ids},
    )
    clock.advance(31)
    drain(svc, clock)
    assert len(slack.posts("#deals")) == 1
    assert {r["status"] for r in _rows(engine)} == {"sent"}
    assert delivered(slack) == {slack.channel_id("#deals"): ids}


def test_a_digest_lost_before_slack_acted_is_rebuilt(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["C0DEALS"], per_channel=15, now=clock.now())
    slack.drop_connection_next(1, method="chat.postMessage")
    drain(services(engine, slack, clock=clock, digest_threshold=10), clock)
    assert len(slack.posts("C0DEALS")) == 1
    assert_exactly_once_in_order(slack, made)
