"""Story identity: one release across wires, and its corrections, are one story: the rules and a real poll."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot import store
from bot.models import Entry
from bot.polling import poll_due_feeds
from bot.stories import (
    StoryFacts,
    blocking_token,
    choose_story,
    compare,
    facts_of,
    is_correction,
    issuer_key,
    title_key,
)
from config.settings import WatchlistConfig
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed
from tests.pollharness import NOW, Clock, polling_bot, rows

GNW = "CAMBRIDGE, Mass., March 02, 2026 (GLOBE NEWSWIRE) --"


@dataclass(frozen=True)
class Copy:
    """One wire's item for a release."""

    wire: str
    title: str
    summary: str
    link: str
    identifier: str | None = None
    contributor: str | None = None
    minutes_ago: int = 10


MILESTONE = (
    Copy(
        wire="globenewswire",
        title="Nuvexa Therapeutics Earns $15 Million Milestone Payment from Amgen",
        summary=(
            f"{GNW} Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today announced that it "
            "has earned a $15 million milestone payment from Amgen following the first patient dosed in a "
            "Phase 1 trial of NVX-101 under the companies' 2024 license agreement."
        ),
        link="https://www.globenewswire.com/news-release/2026/03/02/3038201/0/en/Nuvexa-Earns-Milestone.html",
        identifier="7d1b0f6e-0000-4000-8000-000003038201",
        contributor="Nuvexa Therapeutics, Inc.",
        minutes_ago=12,
    ),
    Copy(
        wire="prnewswire",
        title="Nuvexa Therapeutics Earns $15 Million Milestone Payment From Amgen",
        summary=(
            "CAMBRIDGE, Mass., March 2, 2026 /PRNewswire/ -- Nuvexa Therapeutics, Inc. (NASDAQ: NUVX) today "
            "announced it has earned a $15 million milestone payment from Amgen after the first patient was "
            "dosed in the Phase 1 trial of NVX-101 under the companies' 2024 license agreement."
        ),
        link="https://www.prnewswire.com/news-releases/nuvexa-therapeutics-earns-15-million-milestone-302389123.html",
        minutes_ago=9,
    ),
    Copy(
        wire="businesswire",
        title="Nuvexa Therapeutics, Inc. Earns $15 Million Milestone Payment from Amgen for NVX-101",
        summary=(
            "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today announced "
            "that it has earned a $15 million milestone payment from Amgen following first patient dosing "
            "in a Phase 1 trial of NVX-101."
        ),
        link="https://www.businesswire.com/news/home/20260302005123/en/Nuvexa-Therapeutics-Earns-Milestone",
        minutes_ago=5,
    ),
)
LICENCE = Copy(
    wire="globenewswire",
    title="Nuvexa Therapeutics Announces Exclusive License Agreement with Orlena Bio for NVX-202",
    summary=(
        f"{GNW} Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today announced that it has "
        "entered into an exclusive license agreement with Orlena Bio for NVX-202, granting Orlena worldwide "
        "rights in exchange for a $20 million upfront payment."
    ),
    link="https://www.globenewswire.com/news-release/2026/03/02/3038388/0/en/Nuvexa-Licenses-NVX-202.html",
    identifier="7d1b0f6e-0000-4000-8000-000003038388",
    contributor="Nuvexa Therapeutics, Inc.",
    minutes_ago=40,
)
SECOND_MILESTONE = Copy(
    wire="globenewswire",
    title="Nuvexa Therapeutics Earns $5 Million Milestone Payment from Pfizer",
    summary=(
        f"{GNW} Nuvexa Therapeutics, Inc. (Nasdaq: NUVX) today announced that it has "
        "earned a $5 million milestone payment from Pfizer following the first patient dosed in a Phase 1 "
        "trial of NVX-303 under the companies' 2023 license agreement."
    ),
    link="https://www.globenewswire.com/news-release/2026/03/02/3038399/0/en/Nuvexa-Earns-Pfizer-Milestone.html",
    identifier="7d1b0f6e-0000-4000-8000-000003038399",
    contributor="Nuvexa Therapeutics, Inc.",
    minutes_ago=30,
)
CORRECTION = Copy(
    wire="globenewswire",
    title="CORRECTION -- Nuvexa Therapeutics Earns $15 Million Milestone Payment from Amgen",
    summary=(
        f"{GNW} In a release issued earlier today by Nuvexa Therapeutics, Inc. "
        "(Nasdaq: NUVX), please note that the trial is a Phase 1b trial. The corrected release follows: "
        "Nuvexa Therapeutics today announced that it has earned a $15 million milestone payment from Amgen."
    ),
    link="https://www.globenewswire.com/news-release/2026/03/02/3038555/0/en/CORRECTION-Nuvexa.html",
    identifier="7d1b0f6e-0000-4000-8000-000003038555",
    contributor="Nuvexa Therapeutics, Inc.",
    minutes_ago=-60,
)


def _entry(copy: Copy, *, at: datetime = NOW) -> Entry:
    return Entry(
        wire=copy.wire,
        native_id=copy.identifier or copy.link,
        url=copy.link,
        title=copy.title,
        summary=copy.summary,
        published=at - timedelta(minutes=copy.minutes_ago),
        issuer=copy.contributor,
    )


def _facts(copy: Copy, *, at: datetime = NOW, entry_id: int = 0) -> StoryFacts:
    return facts_of(_entry(copy, at=at), at=at, entry_id=entry_id, story_id=entry_id)


# -- pure rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "key"),
    [
        (
            "Nuvexa Therapeutics, Inc. Earns $15 Million Milestone",
            "nuvexa therapeutics earns 15 million milestone",
        ),
        ("CORRECTION -- Acme Corp. Licenses ABC-101 to Beta", "acme licenses abc 101 to beta"),
        ("Correcting and Replacing Acme & Beta Sign Deal", "acme and beta sign deal"),
        ("UPDATE: Acme Earns $1.50 Million (Corrected)", "acme earns 1p5 million"),
        ("Acme®  Signs Deal | Business Wire", "acme signs deal"),
        ("Acme's $1,000,000 milestone", "acmes 1000000 milestone"),
    ],
)
def test_title_key_drops_markers_tags_suffixes_and_punctuation(title: str, key: str) -> None:
    assert title_key(title) == key


@pytest.mark.parametrize(
    ("title", "correction"),
    [
        ("CORRECTION -- Acme Earns Milestone", True),
        ("Correction: Acme Earns Milestone", True),
        ("CORRECTED-Acme Earns Milestone", True),
        ("Correcting and Replacing Acme Earns Milestone", True),
        ("Acme Earns Milestone (Correction)", True),
        ("Acme Earns Milestone - Updated", True),
        ("Acme Provides Business Update", False),
        ("Updated Data From Acme's Phase 2 Trial", False),
        ("Acme Announces Correction of Prior Guidance", False),
    ],
)
def test_corrections_are_told_by_their_markers(title: str, correction: bool) -> None:
    assert is_correction(title) is correction


def test_issuer_key_and_blocking_token() -> None:
    assert (
        issuer_key("Nuvexa Therapeutics, Inc.")
        == issuer_key("NUVEXA THERAPEUTICS INC")
        == "nuvexa therapeutics"
    )
    assert issuer_key(None) == ""
    entry = _entry(CORRECTION)
    assert blocking_token(entry) == "nuvexa"
    assert blocking_token(Entry(wire="", native_id="x", url="", title="The FDA Clears Acme's IND")) == "fda"
    assert blocking_token(Entry(wire="", native_id="x", url="", title="")) is None


def test_copies_on_three_wires_are_one_story() -> None:
    gnw, prn, bw = (_facts(copy) for copy in MILESTONE)
    for a, b in ((gnw, prn), (gnw, bw), (prn, bw)):
        likeness = compare(a, b)
        assert likeness.same, (a.wire, b.wire, likeness)
        assert compare(b, a).same


def test_a_correction_joins_its_release_a_day_later() -> None:
    original = _facts(MILESTONE[0])
    corrected = _facts(CORRECTION, at=NOW + timedelta(days=1))
    assert compare(original, corrected).same


@pytest.mark.parametrize("other", [LICENCE, SECOND_MILESTONE], ids=["licence", "same-template-other-partner"])
def test_two_releases_of_one_company_on_one_day_are_two_stories(other: Copy) -> None:
    for copy in MILESTONE:
        assert not compare(_facts(copy), _facts(other)).same


def test_same_headline_with_another_partner_is_another_release() -> None:
    a = Copy(
        wire="globenewswire",
        title="Nuvexa Therapeutics Earns Milestone Payment from Amgen",
        summary=f"{GNW} Nuvexa earned a milestone payment from Amgen for a Phase 1 start.",
        link="https://www.globenewswire.com/a",
    )
    b = Copy(
        wire="globenewswire",
        title="Nuvexa Therapeutics Earns Milestone Payment from Pfizer",
        summary=f"{GNW} Nuvexa earned a milestone payment from Pfizer for a Phase 1 start.",
        link="https://www.globenewswire.com/b",
    )
    assert not compare(_facts(a), _facts(b)).same


def test_copies_far_apart_in_time_are_not_one_story() -> None:
    assert not compare(_facts(MILESTONE[0]), _facts(MILESTONE[1], at=NOW + timedelta(days=4))).same


def test_filings_never_join_a_story() -> None:
    filing = Copy(
        wire="sec", title=MILESTONE[0].title, summary=MILESTONE[0].summary, link="https://www.sec.gov/x"
    )
    assert not compare(_facts(MILESTONE[0]), _facts(filing)).same


def test_two_issuers_need_a_near_identical_release() -> None:
    ours = _facts(MILESTONE[0])
    theirs = facts_of(_entry(MILESTONE[1]), at=NOW)
    theirs_from_amgen = StoryFacts(
        title=theirs.title, text=theirs.text, issuer="Amgen Inc.", at=theirs.at, wire=theirs.wire
    )
    assert compare(ours, theirs_from_amgen).same  # a joint release on each partner's wire
    headline_only = StoryFacts(title=ours.title, text="", issuer="Amgen Inc.", at=ours.at, wire="prnewswire")
    assert not compare(ours, headline_only).same


def test_headline_alone_is_trusted_only_within_a_day() -> None:
    bare = [StoryFacts(title=c.title, text="", issuer=None, at=NOW, wire=c.wire) for c in MILESTONE]
    assert compare(bare[0], bare[1]).same
    later = StoryFacts(
        title=bare[1].title, text="", issuer=None, at=NOW + timedelta(days=2), wire="prnewswire"
    )
    assert not compare(bare[0], later).same


def test_choose_story_picks_the_most_alike_and_skips_itself() -> None:
    gnw = _facts(MILESTONE[0], entry_id=1)
    licence = _facts(LICENCE, entry_id=2)
    prn = _facts(MILESTONE[1], entry_id=3)
    assert choose_story(prn, [licence, gnw]) == gnw
    assert choose_story(_facts(SECOND_MILESTONE, entry_id=4), [licence, gnw, prn]) is None
    assert choose_story(gnw, [gnw]) is None


def test_hostile_text_is_compared_quickly() -> None:
    long = "x" * 100_000
    a = StoryFacts(title="Acme " + "( " * 5_000, text=long, issuer="(" * 1000, at=NOW)
    b = StoryFacts(title="Acme " + "- " * 5_000 + "correction", text=long, issuer=None, at=NOW)
    compare(a, b)  # bounded inputs: this returns at once rather than backtracking


@pytest.mark.parametrize("module", ["stories", "identity", "schedule"])
def test_decision_modules_are_pure(module: str) -> None:
    source = (Path(__file__).resolve().parent.parent / "bot" / f"{module}.py").read_text(encoding="utf-8")
    imported: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    impure = (
        "httpx",
        "socket",
        "sqlalchemy",
        "sqlmodel",
        "slack_sdk",
        "bot.store",
        "bot.fetch",
        "bot.enrich",
    )
    assert not [name for name in imported if name.startswith(impure)]


# -- a real poll ---------------------------------------------------------------------------------


@pytest.fixture
def wires() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def _serve(server: FeedServer, path: str, *, copies: list[Copy]) -> None:
    items = [
        RssItem(
            title=c.title,
            link=c.link,
            description=c.summary,
            guid=c.link,
            pub_date=NOW - timedelta(minutes=c.minutes_ago),
            identifier=c.identifier,
            contributor=c.contributor,
        )
        for c in copies
    ]
    server.route(path, rss_feed(items))


def _story_wires(engine: Engine, entry_id: int) -> list[str]:
    with store.session_scope(engine) as session:
        story = store.story_of(session, entry_id=entry_id)
        assert story is not None
        return sorted(e.entry.wire for e in store.story_entries(session, story_id=story.id))


def test_one_release_on_three_wires_is_one_story_with_three_sources_and_one_alert(
    tmp_path: Path, wires: FeedServer
) -> None:
    _serve(wires, "/gnw", copies=[MILESTONE[0], LICENCE, SECOND_MILESTONE])
    _serve(wires, "/prn", copies=[MILESTONE[1]])
    _serve(wires, "/bw", copies=[MILESTONE[2]])
    amgen = WatchlistConfig(name="amgen-deals", channel="C0AMGEN", companies=["Amgen"])
    feeds = [("gnw", wires.url("/gnw")), ("prn", wires.url("/prn")), ("bw", wires.url("/bw"))]
    with polling_bot(tmp_path, feeds=feeds, watchlists=[amgen]) as svc:
        outcomes = poll_due_feeds(svc, everything=True)
        assert all(o.ok for o in outcomes)
        entries = rows(svc, "SELECT id, wire, title, COALESCE(story_id, id) FROM entry ORDER BY id")
        assert len(entries) == 5
        by_title = {title: (entry_id, story_id) for entry_id, _, title, story_id in entries}
        stories = {by_title[c.title][1] for c in MILESTONE}
        assert len(stories) == 1, entries
        (story_id,) = stories
        assert by_title[LICENCE.title][1] != story_id
        assert by_title[SECOND_MILESTONE.title][1] not in (story_id, by_title[LICENCE.title][1])

        first = min(by_title[c.title][0] for c in MILESTONE)
        with store.session_scope(svc.engine) as session:
            story = store.story_of(session, entry_id=by_title[MILESTONE[2].title][0])
        assert story is not None
        assert story.id == story.first_entry_id == first
        assert sorted(story.entry_ids) == sorted(by_title[c.title][0] for c in MILESTONE)
        assert _story_wires(svc.engine, first) == ["businesswire", "globenewswire", "prnewswire"]

        # One alert for the Amgen list; the other wires' copies are threaded under it.
        kinds = rows(
            svc,
            "SELECT a.kind, COALESCE(e.story_id, e.id) FROM alert a JOIN entry e ON e.id = a.entry_id"
            " WHERE a.watchlist = :w",
            w="amgen-deals",
        )
        in_story = sorted(kind for kind, story in kinds if story == story_id)
        assert in_story == ["alert", "also_on", "also_on"]


def test_a_correction_published_later_joins_the_story(tmp_path: Path, wires: FeedServer) -> None:
    _serve(wires, "/gnw", copies=[MILESTONE[0]])
    clock = Clock()
    with polling_bot(tmp_path, feeds=[("gnw", wires.url("/gnw"))], clock=clock) as svc:
        poll_due_feeds(svc, everything=True)
        _serve(wires, "/gnw", copies=[MILESTONE[0], CORRECTION])
        clock.advance(hours=1)
        poll_due_feeds(svc, everything=True)
        stories = rows(svc, "SELECT title, COALESCE(story_id, id) FROM entry ORDER BY id")
    assert len(stories) == 2
    assert stories[0][1] == stories[1][1]
