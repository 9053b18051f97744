"""Headlines written from the extraction: direction of money and rights, IND status, the company's ticker."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.headline import (
    company_ticker,
    event_phrase,
    ind_status,
    licence_side,
    milestone_side,
    write_headline,
)
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence


def _entry(title: str, summary: str = "", **more: object) -> Entry:
    return Entry(wire="", native_id="x", url="https://example.com/x", title=title, summary=summary, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "company", "partner", "side"),
    [
        ("ImmunoGen, Inc. Earns Milestone From Amgen With IND Achievement", "ImmunoGen", "Amgen", "earns"),
        ("AC Immune to Receive First CHF 30 Million Milestone from Lilly", "AC Immune", "Eli Lilly", "earns"),
        (
            "FDA clears Enzon IND; Santaris collects $5 million milestone",
            "Enzon Pharmaceuticals",
            "Santaris Pharma",
            "pays",
        ),
        ("Servier pays milestone to Galapagos", "Servier", "Galapagos", "pays"),
        ("This event triggers a $1 million milestone payment to ImmunoGen.", "ImmunoGen", "Amgen", "earns"),
        (
            "Exicure hits first milestone under GPCR Therapeutics licence, owes $1 million",
            "Exicure",
            "GPCR",
            "",
        ),
        ("Galapagos delivers fifth candidate, triggering milestone", "Galapagos", "GSK", ""),
    ],
)
def test_milestone_side(text: str, company: str, partner: str, side: str) -> None:
    assert milestone_side([text.lower()], company=company, partner=partner) == side


@pytest.mark.parametrize(
    ("text", "company", "partner", "side"),
    [
        ("Kyowa Kirin licenses KHK4083 rights to Amgen", "Kyowa Kirin", "Amgen", "out"),
        ("Ipsen takes ex-U.S. rights to cabozantinib", "Exelixis", "Ipsen", "out"),
        ("Takeda nabs Japanese rights to Exelixis' cabozantinib", "Takeda", "Exelixis", "in"),
        ("AbbVie obtains exclusive worldwide rights to the portfolio", "Galapagos", "AbbVie", "out"),
        ("Genmab grants Janssen option on HexaBody-CD38", "Genmab", "Janssen", "out"),
        (
            "Eisai takes back global rights as Bristol Myers exits ADC alliance",
            "Eisai",
            "Bristol Myers Squibb",
            "ended",
        ),
        ("the option agreement terminates on Oct. 12", "Harpoon", "AbbVie", "ended"),
        ("Daiichi Sankyo and AstraZeneca Enter New Collaboration", "Daiichi Sankyo", "AstraZeneca", ""),
    ],
)
def test_licence_side(text: str, company: str, partner: str, side: str) -> None:
    assert licence_side([text.lower()], company=company, partner=partner) == side


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("fda has removed clinical hold on all allocar t trials", "hold lifted"),
        ("fda clears beam's ind after lifting clinical hold", "hold lifted"),
        ("the fda placed the ind on clinical hold", "on clinical hold"),
        ("announces fda clearance of ind application", "cleared"),
        ("clinical trial authorisation approved by mhra", "cleared"),
        ("the ind amgen submitted is now active", "active"),
        ("fda acceptance of lilly's ind", "accepted"),
        ("arovella submits ind application", "submitted"),
        ("a phase 1 study started", ""),
    ],
)
def test_ind_status(text: str, status: str) -> None:
    assert ind_status([text]) == status


def test_a_partners_ticker_is_not_pinned_on_the_company() -> None:
    entry = _entry(
        "Takeda nabs Japanese rights to Exelixis' cabozantinib",
        "Exelixis (NASDAQ: EXEL) granted Takeda rights in Japan.",
    )
    classification = Classification(tickers=("NASDAQ:EXEL",))
    assert company_ticker(entry, classification, "Takeda") == ""
    assert company_ticker(entry, classification, "Exelixis") == "NASDAQ:EXEL"


def test_the_feeds_category_names_the_issuers_ticker() -> None:
    entry = _entry("ImmunoGen Earns Milestone", categories=("Nasdaq:IMGN",))
    classification = Classification(tickers=("NYSE:AMGN", "NASDAQ:IMGN"))
    assert company_ticker(entry, classification, "ImmunoGen") == "NASDAQ:IMGN"


def test_licensing_headline_names_terms() -> None:
    classification = Classification(
        events=(EventType.LICENSING,),
        company="Kyowa Kirin",
        partners=("Amgen",),
        amounts=(
            Amount(Decimal(1_250_000_000), "USD", AmountKind.TOTAL, upper_bound=True),
            Amount(Decimal(850_000_000), "USD", AmountKind.POTENTIAL),
            Amount(Decimal(400_000_000), "USD", AmountKind.UPFRONT),
        ),
    )
    entry = _entry("Kyowa Kirin licenses KHK4083 rights to Amgen")
    assert write_headline(entry, classification, [EventType.LICENSING]) == (
        "Kyowa Kirin licenses rights to Amgen — $400M upfront, up to $850M potential"
    )
    assert event_phrase(entry, classification, EventType.LICENSING) == "Out-licence"


def test_no_company_means_no_written_headline() -> None:
    classification = Classification(events=(EventType.MILESTONE,), partners=("Amgen",))
    assert write_headline(_entry("Something happened"), classification, [EventType.MILESTONE]) == ""


def test_names_with_regex_characters_are_taken_literally() -> None:
    classification = Classification(
        events=(EventType.MILESTONE,),
        company="A+B (Holdings) [x]*",
        partners=("C|D?",),
        evidence=(Evidence(EventType.MILESTONE, "r", "C|D? pays A+B (Holdings) [x]* a milestone"),),
    )
    headline = write_headline(_entry("t"), classification, [EventType.MILESTONE])
    assert headline == "A+B (Holdings) [x]* earns milestone payment from C|D?"
