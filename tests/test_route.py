"""Routing releases to watch lists: each rule, matching and not, with the reason it gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from bot.models import Amount, AmountKind, Classification, Entry, EventType, RouteMatch, Watchlist
from bot.route import RouteDecision, company_matches, explain, keyword_found, route, tickers_match

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
RATES = {"USD": Decimal(1), "EUR": Decimal("1.10")}

ENTRY = Entry(
    wire="globenewswire",
    native_id="3101234",
    url="https://www.globenewswire.com/news-release/2026/11/30/3101234/0/en/x.html",
    title="ImmunoGen Earns $1 Million Milestone Payment From Amgen",
    summary="ImmunoGen earned a milestone under its antibody-drug conjugate (ADC) license with Amgen.",
    body="The ADC program advanced into the clinic. Amgenix is unrelated.",
    issuer="ImmunoGen, Inc.",
)
DEAL = Classification(
    events=(EventType.MILESTONE,),
    company="ImmunoGen, Inc.",
    partners=("Amgen Inc.",),
    tickers=("NASDAQ:IMGN",),
    amounts=(Amount(Decimal(1_000_000), "USD", AmountKind.MILESTONE, "$1 million"),),
)


def _decide(
    watchlist: Watchlist, classification: Classification = DEAL, entry: Entry = ENTRY
) -> RouteDecision:
    (decision,) = explain(
        entry=entry, classification=classification, watchlists=[watchlist], usd_rates=RATES, now=NOW
    )
    return decision


def _list(**filters: Any) -> Watchlist:
    return Watchlist(name="bd", channel="C0123", **filters)


# Events


def test_a_release_with_no_deal_event_never_routes() -> None:
    decision = _decide(_list(), Classification(company="Amgen"))
    assert (decision.matched, decision.reason) == (False, "not a deal event")


def test_an_empty_event_filter_takes_every_event() -> None:
    assert _decide(_list()).matched


def test_the_event_filter_must_intersect() -> None:
    both = replace(DEAL, events=(EventType.MILESTONE, EventType.IND))
    wants_licensing = _decide(_list(events=(EventType.LICENSING,)), both)
    assert (wants_licensing.matched, wants_licensing.reason) == (
        False,
        "needs licensing; this release has milestone, ind",
    )
    assert _decide(_list(events=(EventType.LICENSING, EventType.IND)), both).matched


# Companies


@pytest.mark.parametrize(
    ("wanted", "name"),
    [
        ("Amgen", "Amgen Inc."),
        ("amgen", "AMGEN INC"),
        ("Amgen Inc.", "Amgen"),
        ("Bristol Myers Squibb", "Bristol-Myers Squibb Company"),
        ("Merck", "Merck & Co., Inc."),
        ("Merck KGaA", "Merck KGaA, Darmstadt, Germany"),
        ("Johnson & Johnson", "Johnson and Johnson"),
        ("Medicines Company", "The Medicines Company"),
        ("Genmab", "Genmab A/S"),
        ("argenx", "argenx SE"),
        ("Koninklijke Philips", "Koninklijke Philips N.V."),
        ("Roche Holding", "Roche Holding AG"),
        ("Boehringer Ingelheim", "Boehringer Ingelheim GmbH"),
        ("Zürich Bio", "Zurich Bio plc"),
        ("Regeneron", "Regeneron Pharmaceuticals, Inc."),
    ],
)
def test_company_names_match_ignoring_case_punctuation_and_legal_form(wanted: str, name: str) -> None:
    assert company_matches(wanted, name)


@pytest.mark.parametrize(
    ("wanted", "name"),
    [
        ("Amgen", "Amgenix Therapeutics"),
        ("Merck KGaA", "Merck & Co., Inc."),
        ("Bristol Myers Squibb", "Bristol Myers"),
        ("Roche", "Genentech, a member of the Roche Group"),
        ("Inc.", "Amgen Inc."),
        ("", "Amgen"),
    ],
)
def test_company_names_that_are_not_the_same_company(wanted: str, name: str) -> None:
    assert not company_matches(wanted, name)


def test_a_partner_match_says_so() -> None:
    decision = _decide(_list(companies=("Amgen",)))
    assert (decision.matched, decision.reason) == (True, "company Amgen is a partner")


def test_a_company_match_names_the_company() -> None:
    decision = _decide(_list(companies=("immunogen",)))
    assert (decision.matched, decision.reason) == (True, "company immunogen")


def test_an_unnamed_company_does_not_match() -> None:
    decision = _decide(_list(companies=("Amgenix",)), replace(DEAL, partners=()))
    assert (decision.matched, decision.reason) == (False, "Amgenix not named")


def test_the_wire_issuer_stands_in_when_no_company_was_found() -> None:
    nameless = replace(DEAL, company=None, partners=())
    decision = _decide(_list(companies=("ImmunoGen",)), nameless)
    assert (decision.matched, decision.reason) == (True, "company ImmunoGen is the issuer")
    assert not _decide(_list(companies=("ImmunoGen",)), nameless, replace(ENTRY, issuer=None)).matched


def test_no_filters_means_any_company() -> None:
    assert _decide(_list()).reason == "any company"


# Tickers


@pytest.mark.parametrize(
    ("wanted", "ticker", "expected"),
    [
        ("NASDAQ:IMGN", "NASDAQ:IMGN", True),
        ("nasdaq:imgn", "NASDAQ:IMGN", True),
        ("NasdaqGS:IMGN", "NASDAQ:IMGN", True),
        ("Nasdaq Global Select: IMGN", "NASDAQ:IMGN", True),
        ("IMGN", "NASDAQ:IMGN", True),
        ("NYSE American:XYZ", "NYSEAMERICAN:XYZ", True),
        ("NYSE MKT:XYZ", "NYSE American:XYZ", True),
        ("NYSE:IMGN", "NASDAQ:IMGN", False),
        ("NYSE:XYZ", "NYSE American:XYZ", False),
        ("NASDAQ:IMGN", "NASDAQ:IMGNX", False),
        ("NASDAQ:", "NASDAQ:IMGN", False),
    ],
)
def test_tickers_match_with_exchange_aliases(wanted: str, ticker: str, expected: bool) -> None:
    assert tickers_match(wanted, ticker) is expected


def test_a_ticker_match_shows_the_normalised_ticker() -> None:
    decision = _decide(_list(tickers=("NasdaqGS:imgn",)))
    assert (decision.matched, decision.reason) == (True, "ticker NASDAQ:IMGN")


def test_an_absent_ticker_does_not_match() -> None:
    decision = _decide(_list(tickers=("NYSE:PFE",)))
    assert (decision.matched, decision.reason) == (False, "NYSE:PFE not listed")


# Keywords


@pytest.mark.parametrize(
    ("keyword", "expected"),
    [
        ("ADC", True),
        ("adc", True),
        ("antibody-drug conjugate", True),
        ("antibody drug conjugate", True),
        ("license", True),
        ("lic", False),
        ("ADCs", False),
        ("Amgen", True),
        ("  ", False),
    ],
)
def test_keywords_match_whole_words_ignoring_case(keyword: str, expected: bool) -> None:
    assert keyword_found(keyword, "\n".join((ENTRY.title, ENTRY.summary, ENTRY.body))) is expected


def test_keywords_are_found_in_title_summary_or_body() -> None:
    for field in ("title", "summary", "body"):
        fields: dict[str, Any] = {"title": "", "summary": "", "body": "", field: "A bispecific deal"}
        entry = replace(ENTRY, **fields)
        decision = _decide(_list(keywords=("Bispecific",)), entry=entry)
        assert (decision.matched, decision.reason) == (True, "keyword 'Bispecific'")


def test_an_absent_keyword_does_not_match() -> None:
    decision = _decide(_list(keywords=("bispecific", "siRNA")))
    assert (decision.matched, decision.reason) == (False, "keywords 'bispecific', 'siRNA' not found")


# Combining filters


def test_companies_tickers_and_keywords_combine_with_or() -> None:
    decision = _decide(_list(companies=("Pfizer",), tickers=("NYSE:PFE",), keywords=("ADC",)))
    assert (decision.matched, decision.reason) == (True, "keyword 'ADC'")


def test_every_hit_is_named() -> None:
    decision = _decide(_list(companies=("Amgen",), tickers=("NASDAQ:IMGN",)))
    assert decision.reason == "company Amgen is a partner, ticker NASDAQ:IMGN"


def test_a_list_missing_on_every_count_says_each() -> None:
    decision = _decide(_list(companies=("Pfizer", "Moderna"), tickers=("NYSE:PFE",), keywords=("mRNA",)))
    assert (decision.matched, decision.reason) == (
        False,
        "Pfizer, Moderna not named; NYSE:PFE not listed; keyword 'mRNA' not found",
    )


def test_a_company_hit_still_needs_the_event() -> None:
    decision = _decide(_list(companies=("Amgen",), events=(EventType.IND,)))
    assert (decision.matched, decision.reason) == (False, "needs ind; this release has milestone")


# Amounts


def test_a_minimum_amount_is_met_by_any_amount_in_usd() -> None:
    decision = _decide(_list(companies=("Amgen",), min_amount_usd=Decimal(1_000_000)))
    assert (decision.matched, decision.reason) == (
        True,
        "company Amgen is a partner; milestone $1.0M ≥ $1.0M",
    )


def test_a_minimum_amount_not_met_names_the_largest() -> None:
    decision = _decide(_list(companies=("Amgen",), min_amount_usd=Decimal(5_000_000)))
    assert (decision.matched, decision.reason) == (False, "no amount ≥ $5M (largest $1.0M)")


def test_amounts_in_other_currencies_are_converted() -> None:
    euros = replace(DEAL, amounts=(Amount(Decimal(50_000_000), "EUR", AmountKind.UPFRONT),))
    decision = _decide(_list(min_amount_usd=Decimal(54_000_000)), euros)
    assert (decision.matched, decision.reason) == (True, "any company; upfront $55M ≥ $54M")
    assert not _decide(_list(min_amount_usd=Decimal(56_000_000)), euros).matched


def test_amounts_in_a_currency_without_a_rate_do_not_count() -> None:
    francs = replace(DEAL, amounts=(Amount(Decimal(10**9), "CHF", AmountKind.UPFRONT),))
    decision = _decide(_list(min_amount_usd=Decimal(1)), francs)
    assert (decision.matched, decision.reason) == (
        False,
        "no amount ≥ $1 (no amount in a currency with a known rate)",
    )


def test_a_minimum_amount_with_no_amounts_does_not_match() -> None:
    decision = _decide(_list(min_amount_usd=Decimal(5_000_000)), replace(DEAL, amounts=()))
    assert (decision.matched, decision.reason) == (False, "no amount ≥ $5M (no amounts stated)")


def test_a_zero_minimum_needs_no_amount() -> None:
    assert _decide(_list(min_amount_usd=Decimal(0)), replace(DEAL, amounts=())).matched


# Muting


def test_a_muted_list_does_not_match_and_says_until_when_in_utc() -> None:
    paris = timezone(timedelta(hours=1))
    muted = _list(muted_until=datetime(2026, 12, 1, 10, 0, tzinfo=paris))
    decision = _decide(muted)
    assert (decision.matched, decision.reason) == (False, "muted until 2026-12-01 09:00 UTC")


def test_a_mute_that_has_ended_no_longer_applies() -> None:
    assert _decide(_list(muted_until=NOW)).matched
    assert _decide(_list(muted_until=NOW - timedelta(days=1))).matched


# route and explain together


def test_route_returns_the_matching_lists_in_order() -> None:
    lists = [
        Watchlist(name="partners", channel="C1", companies=("Amgen",)),
        Watchlist(name="ind-only", channel="C2", events=(EventType.IND,)),
        Watchlist(name="everything", channel="#deals"),
    ]
    matches = route(entry=ENTRY, classification=DEAL, watchlists=lists, usd_rates=RATES, now=NOW)
    assert matches == [
        RouteMatch(watchlist="partners", channel="C1", reason="company Amgen is a partner"),
        RouteMatch(watchlist="everything", channel="#deals", reason="any company"),
    ]
    decisions = explain(entry=ENTRY, classification=DEAL, watchlists=lists, usd_rates=RATES, now=NOW)
    assert [(d.watchlist, d.channel, d.matched) for d in decisions] == [
        ("partners", "C1", True),
        ("ind-only", "C2", False),
        ("everything", "#deals", True),
    ]


def test_no_lists_no_matches() -> None:
    assert route(entry=ENTRY, classification=DEAL, watchlists=[], usd_rates=RATES, now=NOW) == []
