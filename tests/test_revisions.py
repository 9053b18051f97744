"""Corrections edit the alert they correct and thread what changed; another wire threads under the alert."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot import store
from bot.fetch import make_http_client
from bot.models import Amount, AmountKind, Classification, RouteMatch
from bot.notes import describe_revision, is_correction
from bot.outbox import deliver_pending
from bot.pipeline import poll_due_feeds, sync_config
from bot.revisions import looks_revised
from bot.services import Services
from config.settings import AppConfig, DeliveryConfig, FeedConfig, HttpConfig, WatchlistConfig
from tests.fakes.clock import FakeClock, real_time_minus
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed
from tests.fakes.slack import FakeSlack
from tests.outbox_support import drain, found_in, payload, release, seed, services


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'revisions.db'}")
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


def _upfront(millions: int) -> Classification:
    return replace(
        found_in(1),
        amounts=(Amount(Decimal(millions * 1_000_000), "USD", AmountKind.UPFRONT, f"${millions} million"),),
    )


# ---------------------------------------------------------------------------------------------
# Telling a revision and wording it


def test_a_changed_title_or_a_newer_modification_time_is_a_revision() -> None:
    stored = release(1)
    assert not looks_revised(stored=stored, seen=stored)
    assert looks_revised(stored=stored, seen=replace(stored, title="CORRECTION -- " + stored.title))
    later = datetime(2026, 3, 3, tzinfo=UTC)
    assert looks_revised(
        stored=replace(stored, modified=later - timedelta(hours=1)), seen=replace(stored, modified=later)
    )
    assert not looks_revised(stored=replace(stored, modified=later), seen=replace(stored, modified=later))


def test_another_feed_wording_the_summary_differently_is_not_a_revision() -> None:
    stored = release(1)
    reworded = replace(stored, summary="A shorter summary.")
    assert looks_revised(stored=stored, seen=reworded)
    assert not looks_revised(stored=stored, seen=replace(reworded, feed="another-feed"))
    assert not looks_revised(stored=stored, seen=replace(stored, summary=stored.summary + "  \n"))


def test_the_note_says_what_changed() -> None:
    old, new = release(1), release(1)
    assert (
        describe_revision(old=old, old_classification=_upfront(10), new=new, new_classification=_upfront(12))
        == "Updated: amount now $12M upfront (was $10M)"
    )
    corrected = replace(new, title="CORRECTION: " + new.title)
    note = describe_revision(
        old=old,
        old_classification=found_in(1),
        new=corrected,
        new_classification=replace(found_in(1), partners=("Amgen", "Pfizer"), events=()),
    )
    assert note == "Corrected: no longer a milestone event; partner Pfizer added"
    assert describe_revision(
        old=old, old_classification=found_in(1), new=corrected, new_classification=found_in(1)
    ).startswith("Corrected: title now “CORRECTION: Company 1 Earns")
    assert is_correction("REPLACING Company X Announces")
    assert not is_correction("Company Update on X")


# ---------------------------------------------------------------------------------------------
# Edits and thread replies through the outbox


def _sent_alert(engine: Engine, slack: FakeSlack, clock: FakeClock) -> tuple[Services, int]:
    made = seed(engine, channels=["#deals"], per_channel=1, now=clock.now())
    svc = services(engine, slack, clock=clock)
    drain(svc, clock)
    return svc, made["#deals"][0]


def _known(engine: Engine, n: int = 1) -> store.KnownEntry:
    with store.session_scope(engine) as session:
        return store.known_entries(session, entries=[release(n)])[("globenewswire", f"rel-{n}")]


def test_a_correction_edits_the_alert_and_threads_the_note(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    svc, alert_id = _sent_alert(engine, slack, clock)
    corrected = replace(
        release(1), title="CORRECTION -- Company 1 Earns $12 Million Milestone Payment From Amgen"
    )
    with store.session_scope(engine) as session:
        outcome = store.record_revision(
            session,
            known=_known(engine),
            entry=corrected,
            classification=found_in(1, amount=12),
            matches=[],
            note="Corrected: amount now $12M milestone (was $1M)",
            now=clock.now(),
        )
    assert (outcome.recorded, outcome.updates) == (True, 1)
    drain(svc, clock)

    (alert, reply) = slack.messages("#deals")
    assert len(slack.posts("#deals")) == 2  # the alert, then the reply in its thread: no second alert
    assert "$12" in alert["text"]
    assert "edited" in alert
    assert payload(alert)["alert_id"] == alert_id  # the edit keeps the alert's marker
    assert reply["thread_ts"] == alert["ts"]
    assert "Corrected: amount now $12M milestone (was $1M)" in reply["text"]
    (update_call,) = slack.calls("chat.update")
    assert update_call.body["ts"] == alert["ts"]


def test_the_same_version_recorded_twice_is_edited_once(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    svc, _ = _sent_alert(engine, slack, clock)
    known = _known(engine)
    for _ in range(2):  # two pollers saw the same correction
        with store.session_scope(engine) as session:
            store.record_revision(
                session,
                known=known,
                entry=replace(release(1), summary="changed"),
                classification=found_in(1, amount=3),
                matches=[],
                note="Updated",
                now=clock.now(),
            )
    drain(svc, clock)
    assert len(slack.calls("chat.update")) == 1


def test_an_alert_not_yet_sent_needs_no_edit(engine: Engine, clock: FakeClock) -> None:
    seed(engine, channels=["C0DEALS"], per_channel=1, now=clock.now())
    with store.session_scope(engine) as session:
        outcome = store.record_revision(
            session,
            known=_known(engine),
            entry=replace(release(1), summary="changed"),
            classification=found_in(1, amount=3),
            matches=[RouteMatch("list-new", "C0NEW", "now matches")],
            note="Updated",
            now=clock.now(),
        )
    assert (outcome.updates, outcome.alerts) == (0, 1)  # a list the new version matches gets its alert


def test_a_correction_of_an_alert_in_a_digest_threads_under_the_digest(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    seed(engine, channels=["C0DEALS"], per_channel=12, now=clock.now())
    svc = services(engine, slack, clock=clock, digest_threshold=10)
    drain(svc, clock)
    with store.session_scope(engine) as session:
        store.record_revision(
            session,
            known=_known(engine, 3),
            entry=replace(release(3), summary="changed"),
            classification=found_in(3, amount=30),
            matches=[],
            note="Updated: amount now $30M milestone (was $3M)",
            now=clock.now(),
        )
    drain(svc, clock)
    digest, reply = slack.messages("C0DEALS")
    assert slack.calls("chat.update") == []  # one line of many: the note says it all
    assert reply["thread_ts"] == digest["ts"]
    assert "*Company 3* — Updated: amount now $30M milestone (was $3M)" in reply["text"]


def test_the_same_release_on_a_second_wire_threads_a_reply(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    svc, alert_id = _sent_alert(engine, slack, clock)
    copy = replace(release(1, wire="prnewswire"), native_id="prn-1")
    with store.session_scope(engine) as session:
        entry_id = store.add_entry(
            session,
            entry=copy,
            classification=found_in(1),
            matches=[RouteMatch("list-deals", "#deals", "company is watched")],
            silent=False,
            now=clock.now(),
        )
        assert entry_id is not None
        first_entry = _known(engine).id
        threaded = store.enqueue_also_on(
            session, entry_id=entry_id, story_entry_ids=[first_entry], now=clock.now()
        )
    assert threaded == ["list-deals"]
    drain(svc, clock)
    alert, reply = slack.messages("#deals")
    assert payload(alert)["alert_id"] == alert_id
    assert reply["thread_ts"] == alert["ts"]
    assert (
        reply["text"]
        == "📡 Also on <https://www.prnewswire.com/news-release/2026/03/02/1.html|PR Newswire ↗>"
    )
    with engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind, status FROM alert ORDER BY id")).all()
    assert kinds == [("alert", "sent"), ("also_on", "sent")]


def test_a_release_whose_alert_failed_is_not_threaded_under_it(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    made = seed(engine, channels=["C0GONE"], per_channel=1, now=clock.now())
    slack.set_channel_error("C0GONE", "channel_not_found")
    svc = services(engine, slack, clock=clock)
    drain(svc, clock)
    with store.session_scope(engine) as session:
        copy = replace(release(1, wire="prnewswire"), native_id="prn-1")
        entry_id = store.add_entry(
            session, entry=copy, classification=found_in(1), matches=[], silent=False, now=clock.now()
        )
        assert entry_id is not None
        assert (
            store.enqueue_also_on(
                session, entry_id=entry_id, story_entry_ids=[_known(engine).id], now=clock.now()
            )
            == []
        )
    assert made


def test_a_thread_reply_that_landed_before_a_crash_is_not_posted_again(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    svc, _ = _sent_alert(engine, slack, clock)
    with store.session_scope(engine) as session:
        store.record_revision(
            session,
            known=_known(engine),
            entry=replace(release(1), summary="changed"),
            classification=found_in(1, amount=3),
            matches=[],
            note="Updated",
            now=clock.now(),
        )
    slack.drop_connection_next(1, method="chat.postMessage", after_processing=True)
    drain(svc, clock)
    replies = [m for m in slack.messages("#deals") if m.get("thread_ts") and m["thread_ts"] != m["ts"]]
    assert len(replies) == 1
    assert slack.calls("conversations.replies")


# ---------------------------------------------------------------------------------------------
# From the feed: a poll that sees a corrected release


def _feed(server: FeedServer, *, title: str, summary: str, guid: str) -> None:
    server.route(
        "/rss",
        rss_feed(
            [
                RssItem(
                    title=title,
                    # A wire's own link (never fetched: release pages are off), so the wire's ids apply.
                    link="https://www.globenewswire.com/news-release/2026/03/02/42/0/en/nuvexa.html",
                    description=summary,
                    guid=guid,
                    pub_date=datetime.now(UTC) - timedelta(minutes=5),
                    identifier=guid,
                )
            ]
        ),
    )


def test_a_corrected_release_in_the_feed_edits_its_alert(
    engine: Engine, slack: FakeSlack, clock: FakeClock
) -> None:
    guid = "00000000-0000-4000-8000-000000000042"
    summary = (
        "Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today announced that it has earned a $10 million "
        "milestone payment from Amgen under the companies' 2020 license agreement."
    )
    with FeedServer() as server:
        _feed(
            server,
            title="Nuvexa Therapeutics Earns $10 Million Milestone Payment from Amgen",
            summary=summary,
            guid=guid,
        )
        svc = services(engine, slack, clock=clock)
        svc.http.close()
        svc.http = make_http_client(user_agent="DealWire-test", connect_timeout=2, read_timeout=5)
        svc.clock = lambda: datetime.now(UTC)
        svc.config = AppConfig(
            feeds=[FeedConfig(name="gnw", url=server.url("/rss"), backfill_hours=24)],
            watchlists=[WatchlistConfig(name="partners", channel="C0PARTNERS", companies=["Amgen"])],
            http=HttpConfig(
                contact="qa@example.com", connect_timeout=2, read_timeout=5, fetch_release_pages=False
            ),
            delivery=DeliveryConfig(digest_threshold=100),
        )
        sync_config(svc)
        poll_due_feeds(svc, everything=True)
        deliver_pending(svc, sleep=clock.sleep)
        assert len(slack.posts("C0PARTNERS")) == 1

        _feed(
            server,
            title="CORRECTION -- Nuvexa Therapeutics Earns $12 Million Milestone Payment from Amgen",
            summary=summary.replace("$10 million", "$12 million"),
            guid=guid,
        )
        poll_due_feeds(svc, everything=True)
        deliver_pending(svc, sleep=clock.sleep)
        poll_due_feeds(svc, everything=True)  # seen again unchanged: nothing more
        deliver_pending(svc, sleep=clock.sleep)
        svc.http.close()

    alert, reply = slack.messages("C0PARTNERS")
    assert "$12" in alert["text"]
    assert "edited" in alert
    assert reply["thread_ts"] == alert["ts"]
    assert "Corrected: amount now $12M milestone (was $10M)" in reply["text"]
    assert len(slack.calls("chat.update")) == 1
