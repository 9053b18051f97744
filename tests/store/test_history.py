"""The store's history: a period's deal events per watch list, export and reclassify reads, digest runs."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot import store
from bot.models import Amount, AmountKind, Classification, EventType, Evidence, RouteMatch, Watchlist
from bot.period_digest import DealEvent
from tests.store.conftest import NOW, make_classification, make_entry

RATES = {"USD": Decimal(1), "EUR": Decimal("1.10")}
WEEK = timedelta(days=7)


def deal(
    *,
    events: tuple[EventType, ...] = (EventType.MILESTONE,),
    company: str = "ImmunoGen",
    partners: tuple[str, ...] = ("Amgen",),
    amount: Amount | None = None,
) -> Classification:
    return Classification(
        events=events,
        company=company,
        partners=partners,
        tickers=("NASDAQ:IMGN",),
        amounts=(amount,) if amount is not None else (),
        evidence=tuple(Evidence(e, f"{e.value}.rule", "It happened.") for e in events),
    )


def add(
    session: Session,
    native_id: str,
    *,
    published_age: timedelta | None,
    seen_age: timedelta = timedelta(hours=1),
    classification: Classification | None = None,
    matches: tuple[RouteMatch, ...] = (),
    **entry_changes: object,
) -> int:
    published = None if published_age is None else NOW - published_age
    entry = make_entry(native_id, published=published, **entry_changes)
    entry_id = store.add_entry(
        session,
        entry=entry,
        classification=classification if classification is not None else make_classification(),
        matches=list(matches),
        silent=False,
        now=NOW - seen_age,
    )
    assert entry_id is not None
    return entry_id


def ids(deals: list[DealEvent]) -> list[int]:
    return [d.id for d in deals]


def test_period_deals_are_the_events_published_inside_the_period_oldest_first(session: Session) -> None:
    inside_old = add(session, "a", published_age=timedelta(days=6))
    inside_new = add(session, "b", published_age=timedelta(hours=2))
    add(session, "too-old", published_age=timedelta(days=8))
    add(session, "at-the-end", published_age=timedelta(0))  # the end is excluded
    add(session, "no-event", published_age=timedelta(days=1), classification=Classification(company="X"))
    # No publication time: first seen stands in.
    unpublished = add(session, "c", published_age=None, seen_age=timedelta(days=3))
    session.commit()

    deals = store.period_deals(session, since=NOW - WEEK, until=NOW, watchlist=None, usd_rates=RATES)

    assert ids(deals) == [inside_old, unpublished, inside_new]
    first = deals[0]
    assert first.events == (EventType.MILESTONE, EventType.LICENSING)
    assert first.company == "ImmunoGen"
    assert first.amounts[1] == Amount(
        Decimal("1.5E+8"), "EUR", AmountKind.POTENTIAL, "up to €150 million", True
    )
    assert first.when == NOW - timedelta(days=6)
    assert deals[1].when == NOW - timedelta(days=3)


def test_a_watch_list_gets_what_its_rules_take_and_a_mute_does_not_hide_the_record(session: Session) -> None:
    amgen = add(
        session,
        "amgen",
        published_age=timedelta(days=1),
        classification=deal(
            partners=("Amgen Inc.",), amount=Amount(Decimal(50_000_000), "USD", AmountKind.UPFRONT)
        ),
    )
    add(session, "pfizer", published_age=timedelta(days=1), classification=deal(partners=("Pfizer",)))
    small = add(
        session,
        "small",
        published_age=timedelta(days=2),
        classification=deal(
            partners=("Amgen",), amount=Amount(Decimal(1_000_000), "EUR", AmountKind.MILESTONE)
        ),
    )
    ind = add(
        session,
        "ind",
        published_age=timedelta(days=3),
        classification=deal(events=(EventType.IND,), partners=("Amgen",)),
    )
    session.commit()
    partners = Watchlist(
        name="partners", channel="C0DEALS", companies=("Amgen",), muted_until=NOW + timedelta(days=30)
    )

    def period(watchlist: Watchlist) -> list[int]:
        found = store.period_deals(session, since=NOW - WEEK, until=NOW, watchlist=watchlist, usd_rates=RATES)
        return ids(found)

    assert period(partners) == [ind, small, amgen]
    assert period(replace(partners, events=(EventType.MILESTONE,))) == [small, amgen]
    # The minimum compares USD: €1M is $1.1M at the configured rate.
    assert period(replace(partners, min_amount_usd=Decimal(1_050_000))) == [small, amgen]
    assert period(replace(partners, min_amount_usd=Decimal(2_000_000))) == [amgen]


def test_keyword_lists_read_the_release_text(session: Session) -> None:
    found = add(
        session, "kw", published_age=timedelta(days=1), summary="A deal in gene therapy for rare diseases."
    )
    add(session, "other", published_age=timedelta(days=1), summary="A deal in oncology.", body="")
    session.commit()
    gene = Watchlist(name="gene", channel="C0GENE", keywords=("gene therapy",))

    deals = store.period_deals(session, since=NOW - WEEK, until=NOW, watchlist=gene, usd_rates=RATES)

    assert ids(deals) == [found]


def test_stored_events_filter_by_time_event_and_company_in_batches(session: Session) -> None:
    old = add(session, "old", published_age=timedelta(days=40))
    ind = add(
        session,
        "ind",
        published_age=timedelta(days=2),
        classification=deal(events=(EventType.IND,), partners=()),
    )
    partner = add(
        session,
        "partner",
        published_age=timedelta(days=1),
        classification=deal(company="Seagen", partners=("Amgen",)),
    )
    add(session, "none", published_age=timedelta(days=1), classification=Classification(company="Amgen"))
    session.commit()

    assert [s.id for s in store.stored_events(session, batch=2)] == [old, ind, partner]
    assert [s.id for s in store.stored_events(session, since=NOW - WEEK)] == [ind, partner]
    assert [s.id for s in store.stored_events(session, event=EventType.IND)] == [ind]
    assert [s.id for s in store.stored_events(session, company="amgen")] == [old, partner]
    assert [s.id for s in store.stored_events(session, company="Seagen Inc.")] == [partner]


def test_replacing_a_classification_makes_no_alert(engine: Engine, session: Session) -> None:
    entry_id = add(
        session,
        "x",
        published_age=timedelta(days=1),
        matches=(RouteMatch("partners", "C0DEALS", "company Amgen"),),
    )
    session.commit()
    with engine.connect() as conn:
        before = conn.execute(sa.text("SELECT count(*) FROM alert")).scalar_one()
    stored = store.classified_batch(session, limit=10)
    assert [s.id for s in stored] == [entry_id]
    assert store.classified_count(session) == 1
    fresh = deal(events=(EventType.IND,), company="Other")

    assert store.replace_classification(session, stored=stored[0], classification=fresh, now=NOW)
    session.commit()

    again = store.get_entry(session, entry_id=entry_id)
    assert again is not None
    assert again.classification == fresh
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM alert")).scalar_one() == before


def test_classified_batches_page_by_id_and_skip_unclassified(session: Session) -> None:
    made = [add(session, f"n{n}", published_age=timedelta(days=n)) for n in range(5)]
    store.add_entry(
        session,
        entry=make_entry("backfill"),
        classification=make_classification(),
        matches=[],
        silent=True,
        now=NOW,
    )
    session.commit()
    session.execute(sa.text("UPDATE entry SET classified_at = NULL WHERE native_id = 'backfill'"))
    session.commit()

    first = store.classified_batch(session, limit=3)
    rest = store.classified_batch(session, after_id=first[-1].id, limit=3)

    assert [s.id for s in first + rest] == made
    assert store.classified_count(session) == 5
    assert store.classified_count(session, since=NOW - timedelta(days=2, hours=1)) == 3


def test_a_digest_period_is_claimed_once_and_retried_only_after_a_clean_failure(session: Session) -> None:
    name = f"list-{uuid.uuid4().hex[:8]}"
    end = NOW
    start = NOW - WEEK

    def claim() -> bool:
        claimed = store.claim_digest_run(
            session, watchlist=name, period_start=start, period_end=end, now=NOW, max_attempts=3
        )
        session.commit()
        return claimed

    assert claim()
    assert not claim()  # being sent
    store.finish_digest_run(
        session, watchlist=name, period_end=end, status="failed", now=NOW, error="ratelimited"
    )
    session.commit()
    assert claim()  # attempt 2
    store.finish_digest_run(
        session, watchlist=name, period_end=end, status="failed", now=NOW, error="ratelimited"
    )
    session.commit()
    assert claim()  # attempt 3
    store.finish_digest_run(session, watchlist=name, period_end=end, status="failed", now=NOW, error="x")
    session.commit()
    assert not claim()  # attempts used up
    run = store.digest_run(session, watchlist=name, period_end=end)
    assert run is not None
    assert (run.status, run.attempts, run.last_error) == ("failed", 3, "x")


def test_a_sent_digest_is_recorded_with_where_it_landed(session: Session) -> None:
    name = f"list-{uuid.uuid4().hex[:8]}"
    assert store.claim_digest_run(
        session, watchlist=name, period_start=NOW - WEEK, period_end=NOW, now=NOW, max_attempts=3
    )
    store.finish_digest_run(
        session,
        watchlist=name,
        period_end=NOW,
        status="sent",
        now=NOW,
        events=12,
        channel_id="C0DEALS",
        slack_ts="1.2",
        chart_file_id="F1",
    )
    assert not store.skip_digest_run(
        session, watchlist=name, period_start=NOW - WEEK, period_end=NOW, now=NOW, why="muted"
    )
    assert store.skip_digest_run(
        session, watchlist=name, period_start=NOW, period_end=NOW + WEEK, now=NOW, why="muted"
    )
    session.commit()

    runs = store.digest_runs(session, watchlist=name)

    assert [(r.period_end, r.status) for r in runs] == [(NOW + WEEK, "skipped"), (NOW, "sent")]
    sent = runs[1]
    assert (sent.events, sent.channel_id, sent.slack_ts, sent.chart_file_id) == (12, "C0DEALS", "1.2", "F1")


def test_a_failed_for_good_digest_is_never_claimed_again(session: Session) -> None:
    name = f"list-{uuid.uuid4().hex[:8]}"
    assert store.claim_digest_run(
        session, watchlist=name, period_start=NOW - WEEK, period_end=NOW, now=NOW, max_attempts=5
    )
    store.finish_digest_run(
        session,
        watchlist=name,
        period_end=NOW,
        status="failed",
        now=NOW,
        error="channel_not_found",
        give_up=True,
    )
    session.commit()

    assert not store.claim_digest_run(
        session, watchlist=name, period_start=NOW - WEEK, period_end=NOW, now=NOW, max_attempts=5
    )


@pytest.mark.parametrize("status", ["bogus", ""])
def test_the_database_refuses_an_unknown_digest_status(session: Session, status: str) -> None:
    name = f"list-{uuid.uuid4().hex[:8]}"
    store.claim_digest_run(
        session, watchlist=name, period_start=NOW - WEEK, period_end=NOW, now=NOW, max_attempts=1
    )
    with pytest.raises(sa.exc.IntegrityError):
        store.finish_digest_run(session, watchlist=name, period_end=NOW, status=status, now=NOW)


def test_a_digest_left_sending_or_unsure_is_taken_back_by_one_process(session: Session) -> None:
    end = NOW
    assert store.claim_digest_run(
        session,
        watchlist="deals",
        period_start=end - timedelta(days=7),
        period_end=end,
        now=NOW,
        max_attempts=5,
    )

    def recover(at: timedelta) -> bool:
        return store.recover_digest_run(
            session,
            watchlist="deals",
            period_end=end,
            stale_before=NOW + at - timedelta(minutes=1),
            now=NOW + at,
        )

    assert not recover(timedelta(seconds=30))  # its process may still be posting
    assert recover(timedelta(minutes=2))  # it died: this process looks for the post
    assert not recover(timedelta(minutes=2))  # and no other one does meanwhile
    store.finish_digest_run(session, watchlist="deals", period_end=end, status="unsure", now=NOW)
    assert recover(timedelta(minutes=3))  # no answer came: looked for at once
    store.finish_digest_run(session, watchlist="deals", period_end=end, status="sent", now=NOW)
    assert not recover(timedelta(hours=1))
