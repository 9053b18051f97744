"""Read queries for the Slack app and metrics, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlmodel import Session

from bot import store
from bot.models import Classification, EventType, RouteMatch, Watchlist
from tests.store.conftest import NOW, make_classification, make_entry


def add(
    session: Session,
    native_id: str,
    *,
    age: timedelta = timedelta(hours=1),
    published_age: timedelta | None = None,
    classification: Classification | None = None,
    matches: tuple[RouteMatch, ...] = (),
    **entry_changes: object,
) -> int:
    when = NOW - age
    entry = make_entry(
        native_id, published=NOW - (published_age if published_age is not None else age), **entry_changes
    )
    entry_id = store.add_entry(
        session,
        entry=entry,
        classification=classification if classification is not None else make_classification(),
        matches=list(matches),
        silent=False,
        now=when,
    )
    assert entry_id is not None
    return entry_id


def only(events: tuple[EventType, ...], **changes: object) -> Classification:
    return replace(make_classification(), events=events, **changes)  # type: ignore[arg-type]


def test_recent_events_newest_first_with_a_total(session: Session) -> None:
    ids = [add(session, f"n{n}", age=timedelta(hours=n + 1)) for n in range(5)]
    add(session, "quiet", classification=only(()))
    page = store.recent_events(session, since=NOW - timedelta(days=1), limit=3)
    assert page.total == 5
    assert [r.id for r in page.items] == ids[:3]
    first = page.items[0]
    assert first.company == "ImmunoGen"
    assert first.partners == ("Amgen",)
    assert first.events == (EventType.MILESTONE, EventType.LICENSING)
    assert first.amounts == make_classification().amounts
    assert first.when == NOW - timedelta(hours=1)


def test_recent_events_window_uses_publication_time(session: Session) -> None:
    add(session, "fresh")
    add(session, "backfilled", age=timedelta(minutes=5), published_age=timedelta(days=10))
    add(session, "old", age=timedelta(days=10))
    page = store.recent_events(session, since=NOW - timedelta(days=7))
    assert [r.url.rsplit("/", 1)[1] for r in page.items] == ["fresh.html"]


def test_recent_events_by_type(session: Session) -> None:
    add(session, "ind", classification=only((EventType.IND,)))
    add(session, "lic", classification=only((EventType.LICENSING,)))
    page = store.recent_events(session, since=NOW - timedelta(days=1), event=EventType.IND)
    assert page.total == 1
    assert page.items[0].events == (EventType.IND,)


def test_recent_events_by_company_or_partner(session: Session) -> None:
    add(session, "amgen-partner")
    add(session, "amgen-company", classification=only((EventType.IND,), company="Amgen Inc.", partners=()))
    add(session, "amgenix", classification=only((EventType.IND,), company="Amgenix Bio", partners=()))
    add(
        session,
        "roche",
        classification=only((EventType.IND,), company="Pfizer", partners=("F. Hoffmann-Roché AG",)),
    )
    since = NOW - timedelta(days=1)
    amgen = store.recent_events(session, since=since, company="amgen")
    assert amgen.total == 2
    assert {r.company for r in amgen.items} == {"ImmunoGen", "Amgen Inc."}
    assert store.recent_events(session, since=since, company="Amgen, Inc.").total == 2
    assert store.recent_events(session, since=since, company="F. Hoffmann-Roché").total == 1
    assert store.recent_events(session, since=since, company="Novartis").total == 0


def test_search_every_word_in_any_field(session: Session) -> None:
    add(session, "a", title="Roche licenses an antibody", summary="Basel.", classification=only(()))
    add(session, "b", title="Milestone", summary="A gene therapy deal")
    add(
        session,
        "c",
        title="Deal",
        classification=only((EventType.IND,), company="Zymeworks", partners=("Jazzé",)),
    )
    assert store.search_releases(session, words=["roche", "ANTIBODY"]).total == 1
    assert store.search_releases(session, words=["roche", "milestone"]).total == 0
    assert store.search_releases(session, words=["gene therapy"]).total == 1
    assert store.search_releases(session, words=["zymeworks"]).total == 1
    assert store.search_releases(session, words=["jazzé"]).total == 1
    assert store.search_releases(session, words=["%"]).total == 0
    assert store.search_releases(session, words=["_"]).total == 0
    assert store.search_releases(session, words=["  "]).total == 0


def test_search_limit_total_and_window(session: Session) -> None:
    for n in range(30):
        add(session, f"n{n}", age=timedelta(days=n))
    page = store.search_releases(session, words=["immunogen"], limit=5)
    assert page.total == 30
    assert len(page.items) == 5
    recent = store.search_releases(session, words=["immunogen"], since=NOW - timedelta(days=9, hours=12))
    assert recent.total == 10


def test_alerts_latest_by_status_and_per_release(session: Session) -> None:
    match = (RouteMatch("partners", "C0DEALS", "company Amgen"), RouteMatch("all", "C0ALL", "any company"))
    first = add(session, "a", matches=match)
    second = add(session, "b", matches=match[:1], title="Second")
    latest = store.latest_alerts(session, limit=2)
    assert [(a.entry_id, a.watchlist) for a in latest] == [(second, "partners"), (first, "all")]
    assert latest[0].title == "Second"
    assert latest[0].status == "pending"
    store.mark_failed(session, alert_id=latest[1].id, error="channel_not_found", now=NOW)
    (failed,) = store.latest_alerts(session, status="failed")
    assert failed.last_error == "channel_not_found"
    assert {a.watchlist for a in store.alerts_for_entry(session, entry_id=first)} == {"partners", "all"}


def test_watchlist_owners(session: Session) -> None:
    store.save_watchlist(session, watchlist=Watchlist(name="mine", channel="C1"), created_by="U1", now=NOW)
    assert store.watchlist_owners(session) == {"mine": "U1"}


def test_store_totals(session: Session) -> None:
    assert store.store_totals(session) == store.StoreTotals(entries=0, events=dict.fromkeys(EventType, 0))
    add(session, "a")
    add(session, "b", classification=only((EventType.IND,)))
    add(session, "c", classification=only(()))
    totals = store.store_totals(session)
    assert totals.entries == 3
    assert totals.events == {EventType.MILESTONE: 1, EventType.IND: 1, EventType.LICENSING: 1}
