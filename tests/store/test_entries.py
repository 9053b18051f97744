"""Entry rows: identity by (wire, native id), exact round trips, alerts written with the entry."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot import store
from bot.models import Classification, RouteMatch
from tests.store.conftest import NOW, make_classification, make_entry

MATCHES = [
    RouteMatch("partners", "C0123", "company Amgen is a partner"),
    RouteMatch("adc", "#adc", "keyword 'ADC'"),
]


def _alerts(session: Session) -> list[tuple[int, str, str, str, str]]:
    rows = session.execute(
        sa.text("SELECT entry_id, watchlist, channel, reason, status FROM alert ORDER BY id")
    )
    return [tuple(row) for row in rows]


def _count(session: Session, table: str) -> int:
    return int(session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_entry_and_classification_round_trip_exactly(session: Session) -> None:
    entry, classification = make_entry(), make_classification()
    entry_id = store.add_entry(
        session, entry=entry, classification=classification, matches=[], silent=False, now=NOW
    )
    assert entry_id is not None
    session.commit()
    stored = store.get_entry(session, entry_id=entry_id)
    assert stored is not None
    assert stored.entry == entry
    assert stored.classification == classification
    assert [str(a.value) for a in stored.classification.amounts] == ["1000000", "1.5E+8", "0.10"]
    assert isinstance(stored.classification.events, tuple)
    assert isinstance(stored.entry.categories, tuple)
    assert (stored.id, stored.first_seen_at, stored.silent) == (entry_id, NOW, False)


def test_an_entry_with_nothing_optional_round_trips(session: Session) -> None:
    entry = make_entry(
        summary="", body="", published=None, issuer=None, categories=(), feed="", modified=None
    )
    entry_id = store.add_entry(
        session, entry=entry, classification=Classification(), matches=[], silent=True, now=NOW
    )
    stored = store.get_entry(session, entry_id=entry_id or 0)
    assert stored is not None
    assert (stored.entry, stored.classification, stored.silent) == (entry, Classification(), True)


def test_the_same_release_from_two_feeds_is_one_entry(session: Session) -> None:
    first = store.add_entry(
        session,
        entry=make_entry(feed="gnw-biotech"),
        classification=Classification(),
        matches=[],
        silent=False,
        now=NOW,
    )
    second = store.add_entry(
        session,
        entry=make_entry(feed="gnw-pharma"),
        classification=Classification(),
        matches=[],
        silent=False,
        now=NOW,
    )
    assert first is not None
    assert second is None
    assert _count(session, "entry") == 1
    stored = store.get_entry(session, entry_id=first)
    assert stored is not None
    assert stored.entry.feed == "gnw-biotech"


def test_the_same_native_id_on_another_wire_is_another_entry(session: Session) -> None:
    a = store.add_entry(
        session, entry=make_entry(), classification=Classification(), matches=[], silent=False, now=NOW
    )
    b = store.add_entry(
        session,
        entry=make_entry(wire="prnewswire"),
        classification=Classification(),
        matches=[],
        silent=False,
        now=NOW,
    )
    assert a is not None
    assert b is not None
    assert a != b


def test_known_ids_reports_only_stored_ids_of_that_wire(session: Session) -> None:
    for native_id in ("a", "b"):
        store.add_entry(
            session,
            entry=make_entry(native_id),
            classification=Classification(),
            matches=[],
            silent=True,
            now=NOW,
        )
    assert store.known_ids(session, wire="globenewswire", native_ids=["a", "b", "c", "a"]) == {"a", "b"}
    assert store.known_ids(session, wire="businesswire", native_ids=["a", "b"]) == set()
    assert store.known_ids(session, wire="globenewswire", native_ids=[]) == set()


def test_known_ids_handles_more_ids_than_one_query_takes(session: Session) -> None:
    store.add_entry(
        session,
        entry=make_entry("id-1234"),
        classification=Classification(),
        matches=[],
        silent=True,
        now=NOW,
    )
    asked = [f"id-{n}" for n in range(2500)]
    assert store.known_ids(session, wire="globenewswire", native_ids=asked) == {"id-1234"}


def test_a_new_entry_gets_one_pending_alert_per_match(session: Session) -> None:
    entry_id = store.add_entry(
        session,
        entry=make_entry(),
        classification=make_classification(),
        matches=MATCHES,
        silent=False,
        now=NOW,
    )
    assert _alerts(session) == [
        (entry_id, "partners", "C0123", "company Amgen is a partner", "pending"),
        (entry_id, "adc", "#adc", "keyword 'ADC'", "pending"),
    ]


def test_a_list_matched_twice_gets_one_alert(session: Session) -> None:
    store.add_entry(
        session,
        entry=make_entry(),
        classification=make_classification(),
        matches=[MATCHES[0], replace(MATCHES[0], reason="ticker NASDAQ:IMGN")],
        silent=False,
        now=NOW,
    )
    assert [row[1:4] for row in _alerts(session)] == [("partners", "C0123", "company Amgen is a partner")]


def test_silent_and_repeated_entries_get_no_alerts(session: Session) -> None:
    silent_id = store.add_entry(
        session,
        entry=make_entry("old"),
        classification=make_classification(),
        matches=MATCHES,
        silent=True,
        now=NOW,
    )
    assert silent_id is not None
    assert _count(session, "alert") == 0
    store.add_entry(
        session,
        entry=make_entry("new"),
        classification=make_classification(),
        matches=MATCHES[:1],
        silent=False,
        now=NOW,
    )
    again = store.add_entry(
        session,
        entry=make_entry("new"),
        classification=make_classification(),
        matches=MATCHES,
        silent=False,
        now=NOW,
    )
    assert again is None
    assert [row[1] for row in _alerts(session)] == ["partners"]


def test_rolling_back_leaves_neither_entry_nor_alerts(engine: Engine) -> None:
    with Session(engine) as session:
        entry_id = store.add_entry(
            session,
            entry=make_entry(),
            classification=make_classification(),
            matches=MATCHES,
            silent=False,
            now=NOW,
        )
        assert entry_id is not None
        assert _count(session, "alert") == 2
        session.rollback()
    with Session(engine) as session:
        assert (_count(session, "entry"), _count(session, "alert")) == (0, 0)
        assert store.known_ids(session, wire="globenewswire", native_ids=["gnw-1"]) == set()


def test_entry_and_alerts_commit_together(engine: Engine) -> None:
    with store.session_scope(engine) as session:
        store.add_entry(
            session,
            entry=make_entry(),
            classification=make_classification(),
            matches=MATCHES,
            silent=False,
            now=NOW,
        )
    with Session(engine) as session:
        assert (_count(session, "entry"), _count(session, "alert")) == (1, 2)


def test_find_entry_by_native_id_or_url(session: Session) -> None:
    entry = make_entry()
    entry_id = store.add_entry(
        session, entry=entry, classification=Classification(), matches=[], silent=False, now=NOW
    )
    by_id = store.find_entry(session, key="gnw-1")
    by_url = store.find_entry(session, key=f"  {entry.url} ")
    assert by_id is not None
    assert by_url is not None
    assert by_id.id == by_url.id == entry_id
    assert store.find_entry(session, key="nope") is None
    assert store.find_entry(session, key="") is None
    assert store.get_entry(session, entry_id=12345) is None


@pytest.mark.parametrize("hostile", ["NUL\x00inside", "lone \ud800 surrogate"])
def test_hostile_text_is_stored_without_failing(session: Session, hostile: str) -> None:
    entry = make_entry(title=hostile, summary=hostile, categories=(hostile,), issuer=hostile)
    classification = replace(make_classification(), company=hostile, partners=(hostile,))
    entry_id = store.add_entry(
        session, entry=entry, classification=classification, matches=[], silent=False, now=NOW
    )
    session.commit()
    stored = store.get_entry(session, entry_id=entry_id or 0)
    assert stored is not None
    assert "\x00" not in stored.entry.title
    assert "\ud800" not in stored.entry.title
    assert stored.entry.title.startswith(hostile[:3])
    assert store.known_ids(session, wire="globenewswire", native_ids=["gnw-1"]) == {"gnw-1"}
