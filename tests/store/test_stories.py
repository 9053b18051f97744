"""Claiming entries into stories, story lookups and the unclassified backlog, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from bot import store
from bot.models import Classification, EventType, RouteMatch
from tests.store.conftest import NOW, make_classification, make_entry

TITLE = "Nuvexa Therapeutics Earns $15 Million Milestone Payment from Amgen"
SUMMARY = (
    "Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today announced that it has earned a $15 million milestone "
    "payment from Amgen following the first patient dosed in a Phase 1 trial of NVX-101."
)
AMGEN = RouteMatch(watchlist="amgen", channel="C0AMGEN", reason="company Amgen is a partner")


def _copy(wire: str, native_id: str, **changes: object) -> store.NewEntry:
    entry = make_entry(
        native_id,
        wire=wire,
        url=f"https://{wire}.example/{native_id}",
        title=changes.pop("title", TITLE),
        summary=changes.pop("summary", SUMMARY),
        issuer=changes.pop("issuer", None),
        published=NOW - timedelta(minutes=10),
    )
    matches = changes.pop("matches", ())
    classification = changes.pop("classification", make_classification())
    return store.NewEntry(entry=entry, classification=classification, matches=matches, **changes)  # type: ignore[arg-type]


def test_copies_claimed_together_or_apart_are_one_story(session: Session) -> None:
    first = store.claim_entries(
        session, items=[_copy("globenewswire", "g1"), _copy("prnewswire", "p1")], now=NOW
    )
    later = store.claim_entries(
        session, items=[_copy("businesswire", "b1", title=TITLE + " for NVX-101")], now=NOW
    )
    session.commit()
    claimed = first + later
    assert [c.joined for c in claimed] == [False, True, True]
    assert {c.story_id for c in claimed} == {first[0].entry_id}
    story = store.story_of(session, entry_id=later[0].entry_id)
    assert story is not None
    assert story.id == story.first_entry_id == first[0].entry_id
    assert story.entry_ids == tuple(c.entry_id for c in claimed)
    wires = [e.entry.wire for e in store.story_entries(session, story_id=story.id)]
    assert wires == ["globenewswire", "prnewswire", "businesswire"]


def test_another_release_of_the_company_is_its_own_story(session: Session) -> None:
    (milestone,) = store.claim_entries(session, items=[_copy("globenewswire", "g1")], now=NOW)
    (results,) = store.claim_entries(
        session,
        items=[
            _copy(
                "globenewswire",
                "g2",
                title="Nuvexa Therapeutics Reports Fourth Quarter 2025 Financial Results",
                summary="Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today reported results for the quarter.",
            )
        ],
        now=NOW,
    )
    assert not results.joined
    assert results.story_id == results.entry_id != milestone.story_id


def test_known_entries_are_skipped_and_nothing_is_returned_for_them(session: Session) -> None:
    store.claim_entries(session, items=[_copy("globenewswire", "g1")], now=NOW)
    assert store.claim_entries(session, items=[_copy("globenewswire", "g1")], now=NOW) == []
    assert store.known_titles(session, wire="globenewswire", native_ids=["g1", "g9"]) == {"g1": TITLE}
    assert store.titles_at_urls(session, urls=["https://globenewswire.example/g1", ""]) == {
        "https://globenewswire.example/g1": TITLE
    }


def test_a_copy_of_an_alerted_release_is_threaded_under_its_alert(session: Session) -> None:
    (original,) = store.claim_entries(
        session, items=[_copy("globenewswire", "g1", matches=(AMGEN,))], now=NOW
    )
    (copy,) = store.claim_entries(session, items=[_copy("prnewswire", "p1", matches=(AMGEN,))], now=NOW)
    session.commit()
    assert original.alerts == 1
    assert (copy.joined, copy.alerts, copy.threaded) == (True, 0, ("amgen",))
    kinds = session.connection().execute(sa.text("SELECT entry_id, kind FROM alert ORDER BY id")).all()
    assert [tuple(row) for row in kinds] == [(original.entry_id, "alert"), (copy.entry_id, "also_on")]


def test_silent_entries_get_no_alerts_even_with_matches(session: Session) -> None:
    (claimed,) = store.claim_entries(
        session, items=[_copy("globenewswire", "g1", matches=(AMGEN,), silent=True)], now=NOW
    )
    assert claimed.alerts == 0
    assert store.alerts_for_entry(session, entry_id=claimed.entry_id) == []


def test_story_of_an_entry_stored_without_a_story_is_itself(session: Session) -> None:
    entry_id = store.add_entry(
        session,
        entry=make_entry("solo"),
        classification=make_classification(),
        matches=[],
        silent=False,
        now=NOW,
    )
    assert entry_id is not None
    story = store.story_of(session, entry_id=entry_id)
    assert story == store.Story(id=entry_id, entry_ids=(entry_id,), first_entry_id=entry_id)
    assert [e.id for e in store.story_entries(session, story_id=entry_id)] == [entry_id]
    assert store.story_of(session, entry_id=entry_id + 100) is None


def test_a_copy_of_an_entry_stored_without_a_story_joins_it(session: Session) -> None:
    entry_id = store.add_entry(
        session,
        entry=make_entry(
            "g0", title=TITLE, summary=SUMMARY, issuer=None, published=NOW - timedelta(minutes=20)
        ),
        classification=make_classification(),
        matches=[],
        silent=False,
        now=NOW,
    )
    (copy,) = store.claim_entries(session, items=[_copy("prnewswire", "p1")], now=NOW)
    assert copy.joined
    assert copy.story_id == entry_id
    story = store.story_of(session, entry_id=entry_id or 0)
    assert story is not None
    assert story.entry_ids == (entry_id, copy.entry_id)


def test_candidates_are_found_by_headline_or_issuer_word_within_the_window(session: Session) -> None:
    store.claim_entries(
        session, items=[_copy("globenewswire", "g1", issuer="Nuvexa Therapeutics, Inc.")], now=NOW
    )
    around = NOW - timedelta(minutes=10)
    found = store.story_candidates(
        session, tokens={"nuvexa"}, start=around - timedelta(days=3), end=around + timedelta(days=3)
    )
    assert [f.title for f in found] == [TITLE]
    assert found[0].text == SUMMARY
    assert store.story_candidates(session, tokens={"amgen"}, start=around, end=around) == []
    later = store.story_candidates(session, tokens={"nuvexa"}, start=NOW, end=NOW + timedelta(days=3))
    assert later == []


def test_unclassified_entries_wait_for_the_backlog(session: Session) -> None:
    store.claim_entries(
        session,
        items=[
            _copy("globenewswire", "g1", classification=None, silent=True),
            _copy("globenewswire", "g2", title="Acme Reports Results", classification=None, silent=True),
        ],
        now=NOW,
    )
    waiting = store.unclassified_entries(session, limit=10)
    assert [s.entry.native_id for s in waiting] == ["g1", "g2"]
    assert store.unclassified_count(session) == 2
    assert waiting[0].classification == Classification()
    found = Classification(events=(EventType.MILESTONE,), company="Nuvexa")
    assert store.set_classification(session, stored=waiting[0], classification=found, now=NOW)
    assert not store.set_classification(session, stored=waiting[0], classification=found, now=NOW)
    assert [s.entry.native_id for s in store.unclassified_entries(session)] == ["g2"]
    stored = store.get_entry(session, entry_id=waiting[0].id)
    assert stored is not None
    assert stored.classification == found
    assert stored.silent


@pytest.mark.parametrize("count", [1, 600])
def test_many_entries_are_claimed_in_one_go(session: Session, count: int) -> None:
    items = [
        _copy(
            "globenewswire",
            f"bulk-{n}",
            title=f"Company{n} Reports Results",
            classification=None,
            silent=True,
        )
        for n in range(count)
    ]
    claimed = store.claim_entries(session, items=items, now=NOW)
    assert len(claimed) == count
    assert all(c.story_id == c.entry_id for c in claimed)
    assert store.unclassified_count(session) == count


def test_a_batch_of_alerted_and_silent_entries_gets_one_alert_per_match_in_order(session: Session) -> None:
    pfizer = RouteMatch(watchlist="pfizer", channel="C0PFIZER", reason="company Pfizer is a partner")
    items = [
        _copy("globenewswire", "g1", title="Acme Earns $5 Million Milestone", matches=(AMGEN, pfizer)),
        _copy("globenewswire", "g2", title="Boron Reports Results", matches=(AMGEN,), silent=True),
        _copy("globenewswire", "g3", title="Cobalt Licenses CB-7 to Amgen", matches=(AMGEN,)),
        _copy("globenewswire", "g4", title="Dune Reports Results", classification=None, silent=True),
    ]
    claimed = store.claim_entries(session, items=items, now=NOW)
    session.commit()
    assert [c.entry.native_id for c in claimed] == ["g1", "g2", "g3", "g4"]
    assert [c.alerts for c in claimed] == [2, 0, 1, 0]
    assert [c.entry_id for c in claimed] == sorted(c.entry_id for c in claimed)
    rows = session.connection().execute(sa.text("SELECT entry_id, watchlist FROM alert ORDER BY id")).all()
    g1, _, g3, _ = (c.entry_id for c in claimed)
    assert [tuple(row) for row in rows] == [(g1, "amgen"), (g1, "pfizer"), (g3, "amgen")]
    assert store.unclassified_count(session) == 1


def test_a_release_listed_twice_in_one_batch_is_claimed_and_alerted_once(session: Session) -> None:
    claimed = store.claim_entries(
        session,
        items=[
            _copy("globenewswire", "g1", matches=(AMGEN,)),
            _copy("globenewswire", "g1", matches=(AMGEN,)),
        ],
        now=NOW,
    )
    assert [(c.entry.native_id, c.alerts) for c in claimed] == [("g1", 1)]
    assert len(store.alerts_for_entry(session, entry_id=claimed[0].entry_id)) == 1
