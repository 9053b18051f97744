"""`/dealwire explain`: a release's classification with evidence, and each watch list's decision."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bot import store
from bot.models import Entry, EventType, RouteMatch, Watchlist
from tests.handlers.conftest import (
    NOW,
    Harness,
    HarnessFactory,
    assert_within_limits,
    classified,
    store_release,
    text_of,
)

URL = "https://www.globenewswire.com/news-release/2026/03/02/gnw-1.html"


def test_explains_classification_and_each_list(harness: Harness) -> None:
    store_release(
        harness.engine, "gnw-1", matches=(RouteMatch("config-partners", "C0CONFIG", "company Amgen"),)
    )
    harness.slash("watch create oncology")
    harness.slash("watch add Pfizer to oncology")
    harness.slash("watch create bigdeals")
    harness.slash("watch min bigdeals $50M")
    harness.slash("watch create inds")
    harness.slash("watch events inds ind")
    words = text_of(harness.slash(f"explain <{URL}>"))
    assert "*Classified:* milestone" in words
    assert (
        "• milestone — rule `milestone.rule`: “This event triggers a $1 million milestone payment.”" in words
    )
    assert "company *ImmunoGen* · partners Amgen · tickers NASDAQ:IMGN · $1.0M milestone" in words
    assert "*config-partners* (<#C0CONFIG>): ✅ matched — company Amgen is a partner" in words
    assert "*oncology* (<#C0DEALS>): ❌ not matched — Pfizer not named" in words
    assert "*bigdeals* (<#C0DEALS>): ❌ not matched — no amount ≥ $50M (largest $1.0M)" in words
    assert "*inds* (<#C0DEALS>): ❌ not matched — needs ind; this release has milestone" in words
    assert "Alerts: config-partners → <#C0CONFIG> pending" in words


def test_finds_a_release_by_id_native_id_or_a_url_with_tracking(harness: Harness) -> None:
    entry_id = store_release(harness.engine, "gnw-1", title="The Release")
    for key in (str(entry_id), f"#{entry_id}", "gnw-1", f"<{URL}?utm_source=x|link>", f"{URL}#top"):
        assert "The Release" in text_of(harness.slash(f"explain {key}")), key


def test_a_non_event_says_no_rule_fired(harness: Harness) -> None:
    store_release(harness.engine, "gnw-1", classification=classified(events=()))
    words = text_of(harness.slash("explain gnw-1"))
    assert "*Not a deal event:* no milestone, IND or licensing rule fired" in words
    assert "❌ not matched — not a deal event" in words
    assert "No alert was made for this release when it arrived." in words


def test_unknown_release_and_bad_usage(harness: Harness) -> None:
    assert "I have no release stored at `https://nowhere.example/x`" in text_of(
        harness.slash("explain <https://nowhere.example/x>")
    )
    assert "Explain which release?" in text_of(harness.slash("explain"))
    assert "Explain which release?" in text_of(harness.slash("explain one two"))


def test_many_lists_and_long_evidence_stay_inside_slack_limits(make_harness: HarnessFactory) -> None:
    lists = tuple(
        Watchlist(
            name=f"list-{n:03d}-" + "x" * 60,
            channel="C0MANY",
            companies=tuple(f"Company {k} " + "&" * 50 for k in range(5)),
            events=(EventType.LICENSING,) if n % 2 else (),
            min_amount_usd=Decimal(n),
        )
        for n in range(120)
    )
    harness = make_harness(config_watchlists=lists)
    found = classified()
    long = replace(
        found,
        company="<b>" * 200,
        partners=found.partners * 40,
        amounts=found.amounts * 20,
        evidence=found.evidence * 20,
    )
    store_release(harness.engine, "gnw-1", title="&" * 3000, classification=long)
    reply = harness.slash("explain gnw-1")
    assert_within_limits(reply["blocks"])
    assert "… and 60 more watch lists" in text_of(reply)


def test_share(harness: Harness) -> None:
    store_release(harness.engine, "gnw-1")
    assert harness.slash("explain gnw-1 --share")["response_type"] == "in_channel"


def test_first_poll_backfill_is_named(harness: Harness) -> None:
    with store.session_scope(harness.engine) as session:
        store.add_entry(
            session,
            entry=Entry(wire="globenewswire", native_id="old", url="https://x.example/old", title="Old one"),
            classification=classified(),
            matches=[],
            silent=True,
            now=NOW,
        )
    assert "first poll (backfill)" in text_of(harness.slash("explain old"))
