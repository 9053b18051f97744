"""Watch lists made in Slack: save, load, mute, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session

from bot import store
from bot.models import EventType, Watchlist
from tests.store.conftest import NOW

PARTNERS = Watchlist(
    name="partners",
    channel="C0123456789",
    companies=("Amgen", "ImmunoGen"),
    tickers=("NASDAQ:IMGN",),
    keywords=("ADC",),
    events=(EventType.MILESTONE, EventType.LICENSING),
    min_amount_usd=Decimal("5000000.50"),
    managed_by_config=False,
    muted_until=NOW + timedelta(days=1),
)


def test_a_saved_list_loads_back_as_made_in_slack(session: Session) -> None:
    store.save_watchlist(
        session, watchlist=replace(PARTNERS, managed_by_config=True), created_by="U1", now=NOW
    )
    store.save_watchlist(session, watchlist=Watchlist(name="all", channel="#deals"), created_by="U2", now=NOW)
    assert store.load_watchlists(session) == [
        Watchlist(name="all", channel="#deals", managed_by_config=False),
        PARTNERS,
    ]


def test_saving_again_replaces_the_filters_and_keeps_the_creator(session: Session) -> None:
    store.save_watchlist(session, watchlist=PARTNERS, created_by="U1", now=NOW)
    changed = replace(PARTNERS, channel="#bd", companies=("Pfizer",), events=(), muted_until=None)
    store.save_watchlist(session, watchlist=changed, created_by="U2", now=NOW + timedelta(hours=1))
    assert store.load_watchlists(session) == [changed]
    creator = session.execute(sa.text("SELECT created_by, count(*) FROM watchlist GROUP BY created_by")).one()
    assert tuple(creator) == ("U1", 1)


def test_muting_and_unmuting(session: Session) -> None:
    store.save_watchlist(session, watchlist=replace(PARTNERS, muted_until=None), created_by="U1", now=NOW)
    until = NOW + timedelta(hours=8)
    assert store.set_muted(session, name="partners", until=until) is True
    assert store.load_watchlists(session)[0].muted_until == until
    assert store.set_muted(session, name="partners", until=None) is True
    assert store.load_watchlists(session)[0].muted_until is None
    assert store.set_muted(session, name="nope", until=until) is False


def test_delete_says_whether_there_was_a_list(session: Session) -> None:
    store.save_watchlist(session, watchlist=PARTNERS, created_by="U1", now=NOW)
    assert store.delete_watchlist(session, name="partners") is True
    assert store.delete_watchlist(session, name="partners") is False
    assert store.load_watchlists(session) == []
