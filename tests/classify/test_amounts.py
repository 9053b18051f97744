"""The money grammar: what counts as money, its value and currency, and what kind of deal payment it is."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.classify.amounts import (
    MoneyMention,
    extract_amounts,
    find_money,
    kind_for,
    merge_amounts,
    read_amounts,
)
from bot.classify.text import normalise, split_sentences
from bot.models import Amount, AmountKind

U, M, P, T, E, OTH = (
    AmountKind.UPFRONT,
    AmountKind.MILESTONE,
    AmountKind.POTENTIAL,
    AmountKind.TOTAL,
    AmountKind.EQUITY,
    AmountKind.OTHER,
)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$1 million", 1_000_000, "USD"),
        ("US$1.5M", 1_500_000, "USD"),
        ("$250,000", 250_000, "USD"),
        ("USD 20 million", 20_000_000, "USD"),
        ("USD20m", 20_000_000, "USD"),
        ("EUR 12.5 million", 12_500_000, "EUR"),
        ("€12.5m", 12_500_000, "EUR"),
        ("€ 12,5 Mio", 12_500_000, "EUR"),
        ("5 Mio. €", 5_000_000, "EUR"),
        ("£5 million", 5_000_000, "GBP"),
        ("¥1 billion", 1_000_000_000, "JPY"),
        ("JPY 3 billion", 3_000_000_000, "JPY"),
        ("3 billion yen", 3_000_000_000, "JPY"),
        ("CHF 30 million", 30_000_000, "CHF"),
        ("RMB 200 million", 200_000_000, "CNY"),
        ("RMB1,025 million", 1_025_000_000, "CNY"),
        ("CN¥5 million", 5_000_000, "CNY"),
        ("CNY 5 million", 5_000_000, "CNY"),
        ("KRW 50 billion", 50_000_000_000, "KRW"),
        ("50 billion won", 50_000_000_000, "KRW"),
        ("1.272 trillion won", 1_272_000_000_000, "KRW"),
        ("A$10 million", 10_000_000, "AUD"),
        ("AU$10 million", 10_000_000, "AUD"),
        ("C$5 million", 5_000_000, "CAD"),
        ("CAD 26.5 million", 26_500_000, "CAD"),
        ("HK$3.49 billion", 3_490_000_000, "HKD"),
        ("DKK 100 million", 100_000_000, "DKK"),
        ("SEK 140 million", 140_000_000, "SEK"),
        ("NOK 3 million", 3_000_000, "NOK"),
        ("1 billion Danish crowns", 1_000_000_000, "DKK"),
        ("5 million Swiss francs", 5_000_000, "CHF"),
        ("20 million pounds sterling", 20_000_000, "GBP"),
        ("7.5 million euros", 7_500_000, "EUR"),
        ("$1.2bn", 1_200_000_000, "USD"),
        ("$1.2 B", 1_200_000_000, "USD"),
        ("$1.2 billion", 1_200_000_000, "USD"),
        ("$1,200 million", 1_200_000_000, "USD"),
        ("$5MM", 5_000_000, "USD"),
        ("$ 5 million", 5_000_000, "USD"),
        ("5 million USD", 5_000_000, "USD"),
        ("EUR5m", 5_000_000, "EUR"),
        ("EUR 3 m", 3_000_000, "EUR"),
        ("MUSD 50", 50_000_000, "USD"),
        ("MSEK 125", 125_000_000, "SEK"),
        ("MEUR 25", 25_000_000, "EUR"),
        ("EUR 400,000", 400_000, "EUR"),
        ("USD 1,250,000", 1_250_000, "USD"),
        ("EUR 1.250.000", 1_250_000, "EUR"),
        ("EUR 1.234,5 million", 1_234_500_000, "EUR"),
        ("US$ 1 250 000", 1_250_000, "USD"),
        ("fifteen million dollars", 15_000_000, "USD"),
        ("one hundred million US dollars", 100_000_000, "USD"),
        ("five million dollars", 5_000_000, "USD"),
        ("twenty-five million euros", 25_000_000, "EUR"),
        ("a five-million-dollar payment", 5_000_000, "USD"),
        ("one and a half million dollars", 1_500_000, "USD"),
        ("half a billion dollars", 500_000_000, "USD"),
        ("two hundred and fifty million euros", 250_000_000, "EUR"),
        ("a $5-million payment", 5_000_000, "USD"),
        ("EUR 3-5 million", 5_000_000, "EUR"),
        ("£3 0 million", 30_000_000, "GBP"),
        ("A $5 million payment", 5_000_000, "USD"),
        ("paid approximately$6.6 million", 6_600_000, "USD"),
        ("kr 50 million in Stockholm", 50_000_000, "SEK"),
        ("USD 30 Million Milestone", 30_000_000, "USD"),
    ],
)
def test_find_money_reads_value_and_currency(text: str, value: int, currency: str) -> None:
    mentions = find_money(f"The company said {text} today.")
    assert [(m.value, m.currency) for m in mentions] == [(Decimal(value), currency)]


@pytest.mark.parametrize(
    "text",
    [
        "The company issued 5 million shares.",
        "The Phase 1 study enrolled 1 million patients in 2016.",
        "Royalties range from 15% to 20% of net sales.",
        "Call (781) 895-0600 or +1 555 0128.",
        "ImmunoGen, Inc. (Nasdaq: IMGN) develops AZD4635 and LY3561774.",
        "Phase 2B results and a 2B study were reported.",
        "HKEX: 06160; KRX: 128940; TSE: 4502.",
        "She won 5 million votes.",
        "Start of the trial triggers an undisclosed, double-digit million dollar milestone payment.",
        "",
    ],
)
def test_find_money_ignores_numbers_that_are_not_money(text: str) -> None:
    assert find_money(text) == []


def test_a_sum_s_text_starts_at_its_currency() -> None:
    for text in ("Loulé Bio: ¥500m milestone", "Bio ¥500m", "JP¥5 billion", "RMB ¥5m"):
        (m,) = find_money(text)
        assert m.text == m.text.strip()
        assert text[m.start : m.end] == m.text


def test_range_keeps_both_ends_and_borrows_the_scale() -> None:
    (m,) = find_money("Proceeds of $10-$15 million are expected.")
    assert (m.low, m.value) == (Decimal(10_000_000), Decimal(15_000_000))
    (m,) = find_money("It plans to raise approximately SEK 125-150 million.")
    assert (m.low, m.value, m.currency, m.approximate) == (
        Decimal(125_000_000),
        Decimal(150_000_000),
        "SEK",
        True,
    )
    (m,) = find_money("guidance of $75 million to $85 million")
    assert (m.low, m.value) == (Decimal(75_000_000), Decimal(85_000_000))


def test_qualifiers_set_flags_and_join_the_text() -> None:
    (m,) = find_money("It may receive up to approximately $3.7 billion.")
    assert (m.upper_bound, m.approximate, m.text) == (True, True, "up to approximately $3.7 billion")
    (m,) = find_money("a payment of ~$5M")
    assert (m.approximate, m.upper_bound) == (True, False)
    (m,) = find_money("as much as €4bn")
    assert m.upper_bound


def test_span_points_at_the_words() -> None:
    sentence = "Genmab reached a USD 30 million milestone."
    (m,) = find_money(sentence)
    assert sentence[m.start : m.end] == m.text == "USD 30 million"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # upfront
        ("Ipsen will pay Exelixis $200 million upfront.", [U]),
        ("Arrowhead will receive an upfront payment of $175 million from Janssen.", [U]),
        ("SIBV paid an upfront cash payment of five million dollars ($5,000,000) upon execution.", [U, U]),
        ("It will receive $15 million upon signing of the amended agreement.", [U]),
        ("Gilead owes Arcus option fees totaling $725 million.", [U]),
        ("Astellas will pay RIKEN an upfront payment of 1 billion yen.", [U]),
        # milestone
        ("The IND triggers a $1 million milestone payment to ImmunoGen.", [M]),
        ("Basilea has earned a sales milestone payment of USD 1,250,000.", [M]),
        ("Diurnal triggers $1.25m in milestone payments from Citrine Medicine.", [M]),
        ("The approval earns AnaptysBio a $20 million milestone payment.", [M]),
        ("Option Exercise Triggers MUSD 50 Milestone", [M]),
        (
            "The hand-over triggers a milestone payment of $7.8 million, or EUR 7.1 million, from Bayer.",
            [M, M],
        ),
        # potential
        ("Arrowhead is eligible for up to $1.6 billion in development and sales milestones.", [P]),
        ("If Janssen exercises the option, Genmab will receive a $150 million option exercise fee.", [P]),
        ("It granted rights for US$14.5 million upfront and US$15 million in milestones.", [U, P]),
        ("Regulatory payments follow: $60 million if cabozantinib is approved in Europe.", [P]),
        (
            "Galapagos remains eligible for further development, regulatory and commercial milestones, "
            "which in total could reach €290 million.",
            [P],
        ),
        # total
        ("Hanmi licenses efinopegdutide to Merck in deal worth up to $870 million", [T]),
        ("Arrowhead Announces $3.7 Billion License and Collaboration Agreements with Janssen", [T]),
        (
            "Harpoon is eligible for up to $310 million in upfront and development, regulatory and "
            "commercial milestone payments.",
            [T],
        ),
        (
            "GENFIT will receive EUR 120 million upfront and is eligible for up to EUR 360 million in "
            "regulatory, commercial and sales-based milestones, for a total of up to EUR 480 million.",
            [U, P, T],
        ),
        (
            "HUTCHMED will be eligible to receive up to US$1.13 billion, comprising US$400 million upfront "
            "and up to US$730 million in additional potential payments tied to regulatory milestones.",
            [T, U, P],
        ),
        # equity
        ("Janssen will make a $75 million equity investment in Arrowhead common stock.", [E]),
        ("Gilead will also buy $5 million of Hookipa stock.", [E]),
        (
            "SIBV agreed to purchase 801,820 shares at a price of approximately $12.47 per share, for gross "
            "proceeds of $10,000,000.",
            [None, E],
        ),
        # other
        ("Astellas will provide research funding of up to $7.5 million per year.", [OTH]),
        ("BMS will pay $650 million upfront, of which $200 million goes toward R&D costs.", [U, OTH]),
        ("The second tranche of US$200 million is payable within 90 days of signing.", [OTH]),
        # phrasings beyond the corpus
        ("Under the terms, Pfizer will make an upfront payment of $50 million to Acme.", [U]),
        (
            "Acme is entitled to receive up to $1.2 billion in "
            "development and sales-based milestone payments.",
            [P],
        ),
        (
            "The agreement includes an upfront payment of $25 million, "
            "a $10 million equity investment, and up "
            "to $500 million in milestones.",
            [U, E, P],
        ),
        (
            "Acme will receive $30 million upfront and future "
            "milestone payments totaling up to $870 million.",
            [U, P],
        ),
        ("The total potential deal value exceeds $2 billion.", [T]),
        ("The deal is valued at up to $1.5 billion including an upfront payment of $100 million.", [T, U]),
        ("Acme received a $15 million milestone payment from Novartis after a Phase 2 start.", [M]),
        ("The achievement of this milestone triggered a payment of $7.5 million to Acme.", [M]),
        ("Biogen paid Acme $10 million upon acceptance of the IND by the FDA.", [M]),
        ("Acme will also receive research funding of approximately $12 million over three years.", [OTH]),
        ("Pfizer will reimburse Acme for up to $30 million of development costs.", [OTH]),
        ("Novartis will purchase $20 million of Acme common stock at a 25% premium.", [E]),
        (
            "Acme will receive $40 million, consisting of a $25 million "
            "upfront payment and a $15 million equity "
            "investment.",
            [T, U, E],
        ),
        (
            "The $45 million payment comprises a $30 million milestone and $15 million of research funding.",
            [T, M, OTH],
        ),
        ("Under the amended agreement, Acme will receive a $5 million option exercise fee.", [U]),
        (
            "Should Roche exercise its option, Acme would receive an option exercise payment of $35 million.",
            [P],
        ),
        (
            "Acme will receive a one-time payment of $8 million upon "
            "signing and is eligible for an additional "
            "$2 million upon completion of technology transfer.",
            [U, P],
        ),
        ("Acme will receive $60 million in anniversary payments over three years.", [OTH]),
        ("Acme will pay an upfront fee of EUR 3 million and milestones of up to EUR 40 million.", [U, P]),
        (
            "It licensed the rights for ¥2 billion upfront and potential milestones of up to ¥25 billion.",
            [U, P],
        ),
        ("The licensee will pay a signing fee of CHF 4 million.", [U]),
        ("Acme earned a $25 million sales milestone as annual net sales surpassed $500 million.", [M, None]),
        ("Nordvik books DKK 210 million sales milestone as Ferovia passes $500 million", [M, None]),
        (
            "Nordvik has earned a sales milestone of USD 30 million after worldwide annual net sales "
            "of Ferovia reached USD 500 million for the first time.",
            [M, None],
        ),
        ("Oakcrest pays an $8 million option fee and invests $12 million in Rivenhall's Series C", [U, E]),
        (
            "Oakcrest has purchased $12 million of Rivenhall's Series C preferred stock, joining a "
            "$90 million round led by Stonecrop Ventures",
            [E, None],
        ),
        ("Rivenhall raised $90 million in its Series C financing.", [None]),
        (
            "Averill will pay $85 million upfront and $40 million in instalments due on the first and second "
            "anniversaries of signing, so that guaranteed cash to Kangrui totals $125 million.",
            [U, OTH, T],
        ),
        ("Guaranteed payments to Orvia total $60 million, with up to $400 million in milestones.", [T, P]),
        (
            "Sallow Creek takes US rights to KRB-04, paying US$18 million (about A$25.4 million) upfront, "
            "with further payments taking the deal to as much as US$285 million.",
            [U, U, T],
        ),
        ("Acme earns $30 million milestone after Zelbra tops $1 billion in annual sales", [M, None]),
        (
            "Acme will receive $100 million upfront, with the potential to "
            "receive more than $1 billion in milestones.",
            [U, P],
        ),
        (
            "AbbVie will pay $40 million at closing and an additional $10 million on the first anniversary.",
            [U, OTH],
        ),
        ("The collaboration could be worth more than $3 billion to Acme.", [T]),
        ("We received a non-refundable upfront payment of $15.0 million in January 2024.", [U]),
        (
            "The agreement provides for $10 million upfront and up to "
            "$90 million in development and commercial "
            "milestones, for a total deal value of up to $100 million.",
            [U, P, T],
        ),
        (
            "Acme will make a $2 million payment to the university upon the first patient dosed in Phase 3.",
            [P],
        ),
        ("The first patient has been dosed, triggering a $2 million payment to the university.", [M]),
        # one verb's two objects: the second sum, paid to another party, is earned by the same event
        (
            "Dosing of the first patient has triggered a $5 million milestone to Aurin Pharma and an A$1.8 "
            "million payment to the Fenwick Institute.",
            [M, M],
        ),
        (
            "Acme received a $5 million milestone from Pfizer and a $2 million payment for research "
            "services.",
            [M, None],
        ),
        # a sales level reached names what earned the sum, not a sales figure
        ("Harrowgate Pharma banks £4m as Dutch partner's antibiotic clears first sales hurdle", [M]),
        # how the sum will be booked says nothing of what it is
        (
            "The clearance entitles Aspen to a payment of DKK 15 million from Redwater, which will be "
            "recognised as revenue in the third quarter.",
            [M],
        ),
        ("Acme paid $500,000 upfront and will pay annual maintenance fees of $50,000.", [U, OTH]),
        (
            "Merck will pay $500 million upfront and make a $250 million equity investment at $30 per share.",
            [U, E, None],
        ),
        # no deal payment
        ("Acme shares closed at $14.52, up 12%.", [None]),
        ("Shares of BioArctic climbed 6.53% to SEK 79.90 by mid-morning.", [None]),
        ("Acme reported cash and cash equivalents of $245.3 million as of December 31.", [None]),
        ("Net loss for the quarter was $32.1 million, or $0.45 per share.", [None, None]),
        ("Research and development expenses were $28.4 million for the quarter.", [None]),
        ("We recognized $12.5 million of collaboration revenue during the quarter.", [None]),
        (
            "The company priced a public offering of 10,000,000 shares "
            "at $12.00 per share, for gross proceeds "
            "of $120 million.",
            [None, None],
        ),
        ("Diamyd intends to raise SEK 125-150 million through an accelerated bookbuilding.", [None]),
        ("Halozyme has repurchased $312.4 million of stock so far.", [None]),
        ("Lilly will invest an additional $4.5 billion at its manufacturing site in Lebanon.", [None]),
        ("Lenvima has now passed the level of a $1 billion asset.", [None]),
        # no deal payment
        ("Revenue for the quarter was $65.3 million.", [None]),
        ("Beam shares rose about 6% to $48.60 in premarket trading.", [None]),
        ("Daehan shares hit the daily limit of 30% to close at KRW 41,600.", [None]),
        (
            "Ardent will pay Lakemont an option exercise milestone of $3 million and will issue 150,000 "
            "shares of its common stock to the university, valued at approximately $1.2 million.",
            [M, E],
        ),
        (
            "Oriel will pay EUR 45 million upfront on closing and a further EUR 15 million on the first "
            "anniversary of closing, for total guaranteed consideration of EUR 60 million.",
            [U, OTH, T],
        ),
        (
            "Lumen will pay Acme $12 million upfront and will invest $8 million in Acme's ordinary shares at "
            "a 20% premium to the 30-day average price.",
            [U, E],
        ),
        ("Astellas will acquire Audentes for US$60.00 per share in cash.", [None]),
        ("The company ended the first quarter with CHF 104.8 million in cash.", [None]),
        ("Acme ended 2023 with $118.4 million in cash and investments.", [None]),
        (
            "Acme has received $25 million (about EUR 22 million) from Beta after 2021 US sales of OB-7 "
            "reached the first commercial milestone in their licence.",
            [M, M],
        ),
        ("Net sales were $25 million, reaching our internal milestone.", [None]),
        ("Acme said the approval entitles it to a $60 million milestone, roughly 80 billion won.", [M, M]),
        ("Beta will pay Acme $20 million at signing and up to $180 million in later payments.", [U, P]),
        ("Beta will pay Acme $30 million upfront, or about 40 billion won.", [U, U]),
        ("Beta will also fund $3 million of sponsored research in Acme's laboratory.", [OTH]),
        ("Beta obtains licences to two additional targets for a $20 million expansion fee.", [U]),
        (
            "Acme will receive a $40 million sales milestone after annual net sales of OB-7 passed "
            "$500 million in 2024, the first sales-based payment under the agreement.",
            [M, None],
        ),
        (
            "As a result, Acme is obligated to pay Beta a milestone payment of ¥800 million (approximately "
            "$5.4 million, based on the exchange rate on July 7, 2025) within sixty days.",
            [M, M],
        ),
        ("Zealand will pay Roche $350 million, offsettable against milestones, for its contribution.", [OTH]),
        ("Voyager ended March with $295 million in cash, which funds operations into 2027.", [None]),
        ('"With A$48 million in cash on a pro-forma basis, we are funded through 2027," he said.', [None]),
        ("Analysts said the option exercise fee was above their EUR 12 million estimate.", [None]),
        (
            "For each further target, Novartis would pay $18 million upon selection of the target and a "
            "$12.5 million exercise fee upon selection of a capsid.",
            [P, P],
        ),
        ("Novartis paid a $10 million option exercise fee upon exercising its option.", [U]),
        ("Acme will receive a $15 million option fee upon signing.", [U]),
        ("The upfront strengthens a balance sheet that ended 2020 with about $1.7 billion.", [None]),
        ("Halvern is funded by a $62 million Series A financing completed in 2024.", [None]),
        ("Merck obtains the rights for $1.15 billion in cash and equity.", [T]),
        ("Roche gains the rights for $1.15 billion in upfront cash and equity.", [T]),
        ("Roche gains the rights for $1.15 billion in equity and upfront cash.", [T]),
        ("The milestones look large for a company with roughly $140 million in cash.", [None]),
        ("Aldermoor will also fund Sendero's research activities, estimated at $5 million per year.", [OTH]),
        ("Meridane will fund up to $15 million of research at Kappa.", [OTH]),
        ("It will also fund work at the university's antibody laboratory at $75,000 a year.", [OTH]),
        (
            "Meridale will fund Nordveld's continued research on its inhibitors with up to USD 6 million.",
            [OTH],
        ),
        ("Brevik held EUR 96 million in cash and cash equivalents on 30 September 2025.", [None]),
        ("Ionis ended the quarter with roughly $2 billion in cash and short-term investments.", [None]),
        ("In return Idorsia will contribute up to $200 million to development costs.", [OTH]),
        (
            "Orion receives payments totaling US$175 million, is eligible for up to US$4.4 billion more, and "
            "Helix will subscribe for 9.15% of its shares for US$105 million.",
            [T, P, E],
        ),
        ("Helix subscribed for US$105 million of new shares.", [E]),
        ("Merck will take a charge of $112 million to cover the upfront it is paying Hansoh.", [U]),
        (
            "The Company agreed to pay the Foundation a one-time, non-refundable license initiation fee of "
            "$110,000 and annual license maintenance fees.",
            [U],
        ),
        (
            "Fosun pays up to USD 135 million (EUR 120 million) in upfront, investment and milestone "
            "payments, including a USD 50 million equity stake.",
            [T, T, E],
        ),
        ("It is the largest deal yet, ahead of the $1.3 billion agreement Orion struck in November.", [None]),
        ("Reyvant, which reported $119 million in cash at the end of June, seeks a partner.", [None]),
        ("Merck will pay $40 million in cash at closing.", [U]),
        ("The company recognised £62 million of milestone income from existing partnerships.", [None]),
        (
            "Net sales of ZELTRIA (tiveracel), an oral potassium binder, exceeded $250 million, achieving a "
            "sales milestone.",
            [None],
        ),
        ("Isis may earn up to $271 million in a license fee and milestone payments if Biogen opts in.", [P]),
        ("The remaining up to $1.025 billion comes as development and commercial milestones.", [P]),
        ("The remaining $20 million is payable on the first anniversary.", [OTH]),
        ("Sarepta will also pay $250 million in equal annual installments over five years.", [OTH]),
        (
            "Acme will pay Beta payments totaling $20 million: $10 million at signing and $10 million on "
            "the first anniversary.",
            [T, U, OTH],
        ),
        ("Acme will pay $10 million within thirty days of the effective date of the amendment.", [U]),
        ("Acme will receive more than $200 million upfront and near-term.", [T]),
        ("Acme licenses AB-1 to Merck for $112 million upfront and books GSK milestone", [U]),
        ("Acme gets more than $200 million in upfront and near-term milestone payments.", [T]),
        ("Acme may receive $2.2 billion across an upfront payment and development milestone payments.", [T]),
        ("Acme will receive USD 250 million over the first two anniversaries of the agreement.", [OTH]),
        ("Merck will pay $2 billion in total non-contingent anniversary payments through 2028.", [OTH]),
        ("Merck will pay GBP 4 million in total guaranteed payments.", [T]),
        ("BMS will pay $1.5 billion upfront and a total of $2 billion in anniversary payments.", [U, OTH]),
        ("Acme will receive a total of $2 billion in upfront and milestone payments.", [T]),
        ("It includes a USD 200 million option exercise payment should Janssen exercise its option.", [P]),
        (
            "The event triggers a milestone payment of $15 million from Kestrel to Acme, which the company "
            "expects to receive in the second quarter.",
            [M],
        ),
        ("Acme expects to receive a $15 million milestone payment when the trial starts.", [P]),
        ("- US$35 million (~A$56m) on first commercial sale", [P, P]),
        ("Merck will pay $1.15 billion in cash and $400 million in milestones.", [U, P]),
        (
            "Ostara pays ¥800 million on signing and up to ¥2.1 billion more tied to development and sales.",
            [U, P],
        ),
        ("Net sales of Prexaly were $302 million, tied to growth in Germany.", [None]),
        (
            "Acme is eligible for milestones of up to $525 million, which brings the total potential "
            "payments under the agreement to as much as $1.76 billion.",
            [P, T],
        ),
        ("Acme could collect $862.5 million more, taking the potential total to $1.76 billion.", [P, T]),
        (
            "Brenner pays KRW 40 billion upfront, in a deal worth up to KRW 1.2 trillion including "
            "milestones.",
            [U, T],
        ),
        ("Acme is eligible for milestone payments worth up to $500 million.", [P]),
        (
            "Ridgeline will pay an upfront payment of $5 million and will purchase $15 million of Solenne "
            "common stock at a premium to the recent trading price.",
            [U, E],
        ),
        ("Pfizer pays $350 million for the purchase of Biohaven common shares at a premium.", [E]),
        ("Valmont hands Asian rights to VLM-3 to Shinsei-Arata in CHF 265 million sublicence", [T]),
        ("Larkspur launched with a $150 million Series A round led by healthcare investors.", [None]),
        ("The market is expected to reach $12 billion by 2030.", [None]),
        ("Loss from operations was $4.9 million, compared with $3.2 million a year earlier.", [None, None]),
        # what royalties are counted on is no sales figure
        (
            "Acme can receive up to $862.5 million tied to commercial performance, together with tiered "
            "royalties of 10% to 20% on Helix's net sales.",
            [P],
        ),
        (
            "Acme could get up to $1.2 billion more contingent on development, regulatory and sales "
            "progress.",
            [P],
        ),
        ("Acme gets up to $525 million as sales reach agreed levels.", [P]),
        ("Acme may receive up to $22 million in payments linked to annual net sales thresholds.", [P]),
        ("Acme may receive up to EUR 9 million as the product is approved in each country.", [P]),
        ("It pays $7.5 million upfront, for a potential total of up to $270 million.", [U, T]),
        (
            "Helix pays $750 million upfront and buys $150 million of shares, $900 million in all at "
            "closing.",
            [U, E, T],
        ),
        (
            "Acme is eligible for milestones of up to $522 million, including $22 million payable on "
            "first dosing.",
            [P, P],
        ),
        ("A $20 million milestone became payable on FDA acceptance of the NDA.", [M]),
        # what sales reached, told far after them, names the milestone
        (
            "Acme has received $25 million (EUR 22 million) from Jazz after 2021 sales of Zepzelca "
            "(lurbinectedin) in second-line small cell lung cancer reached the first commercial milestone.",
            [M, M],
        ),
        (
            "Upon IND acceptance, Acme is entitled to up to $25.0 million, 55% of which would be paid "
            "through a further equity purchase.",
            [P],
        ),
        # the level sales reached, before or after it, is no payment
        (
            "Acme to Receive First Commercial Milestone Payment Following Over US$200 Million in ZELTRIA "
            "Sales",
            [None],
        ),
        (
            "Takeda's sales of ZELTRIA passing US$200 million trigger a US$20 million milestone payment.",
            [None, M],
        ),
        ("Acme is eligible for EUR 250 million in combined sales performance milestones.", [P]),
        # a sum named upfront, then milestones apart from it
        (
            "Acme grants Kelso a licence for $200 million upfront and milestones with the potential to "
            "exceed $1.1 billion.",
            [U, P],
        ),
        ("Acme will receive $200 million in upfront and milestone payments.", [T]),
        ("The remaining $1.42 billion is tied to development, regulatory and commercial milestones.", [P]),
        (
            "Kelso pays EUR 160 million upfront plus up to EUR 90 million for technology transfer and the "
            "option exercise.",
            [U, P],
        ),
        ("Further milestones bring the deal to up to $1.7 billion.", [T]),
        (
            "Net sales of Vendaro by its partner Tessaly Pharma S.A. have exceeded EUR 250 million, "
            "achieving a sales milestone.",
            [None],
        ),
        ("Acme may receive up to $180.0 million upon specified annual net sales milestones.", [P]),
        (
            "As a result of the termination, Acme will no longer be eligible to receive up to $220.0 million "
            "in remaining development and sales milestones.",
            [None],
        ),
        ("Kelso will fund development costs up to an aggregate of $45.0 million.", [OTH]),
        ("Acme to Receive Milestone Following Over US$200 Million in ZELTRIA® (zeltrimab) Sales", [None]),
        ("Both will share the costs; Acme will contribute up to USD 200 million over three years.", [OTH]),
        (
            "The agreement triggers a CHF 150 million milestone payment to Acme, which is also "
            "eligible for a "
            "22% royalty on sales.",
            [M],
        ),
        (
            "Acme receives a US$100 million option payment and is eligible for an option exercise fee of up "
            "to US$1.2 billion.",
            [U, P],
        ),
        (
            "Kelso will pay Acme a $50 million upfront payment and annual license fees of $40 "
            "million through "
            "2034.",
            [U, OTH],
        ),
        # milestones said to be included in a deal's value, before it, are part of the total
        (
            "Including development, regulatory and commercial milestones, the deal is worth up to 1.2 "
            "trillion won ($816 million), excluding royalties.",
            [T, T],
        ),
        (
            "The deal includes up to 1.2 trillion won in development, regulatory and commercial milestones.",
            [P],
        ),
        # what is still to come after a payment now is contingent
        ("Kelso is paying CHF 25 million at signing with up to CHF 190 million to follow.", [U, P]),
        # money that came due on an event passed is a milestone, even when it is still to be paid
        ("Kelso will pay the C$6.0 million that came due on completion of the Phase 2 study.", [M]),
        ("Kelso will pay C$6.0 million due on completion of the Phase 2 study.", [P]),
        # what ending a deal costs
        ("Acme will pay Kelso a one-time fee of EUR 3 million to end the arrangement early.", [OTH]),
        ("Kelso will receive a termination fee of $12 million.", [OTH]),
        ("Acme will fund a two-year research program at Kelso of A$600,000.", [OTH]),
        ("Kelso will also buy SEK 75 million of newly issued Acme shares at the placement price.", [E]),
        ("Kelso will buy the new Acme shares at an issue price of SEK 41.50.", [None]),
        # a cap on money an event to come brings is contingent, not a deal's value
        (
            "Acme added Japan to the licence for a $4.0 million amendment fee and up to $6.0 million on "
            "Japanese approval.",
            [U, P],
        ),
        ("Acme licensed OB-7 to Kelso for up to $60 million, the companies said on Monday.", [T]),
        ("Greystoke will also make a one-time wind-down payment of USD 4 million to Kelso.", [OTH]),
        ("Kelso regains the rights along with a USD 4 million wind-down payment.", [OTH]),
        # (winding down a programme's costs is no payment between the parties)
        ("Acme expects wind-down costs of about $4 million in the fourth quarter.", [None]),
        # a sum restated in another currency a word or two later is its conversion, of the same kind
        (
            "Acme has received the above payment of USD 8 million in full, equivalent to approximately RMB "
            "56.72 million based on the central parity rate.",
            [M, M],
        ),
        # an obligation an event has set off is money due now; one a deal sets for events to come is not
        ("The first dosing obliged Acme to make a $4 million payment to Kelso.", [M]),
        (
            "This event obligates Kelso to pay the Company $2.0 million, which the Company expects to "
            "receive in the second quarter.",
            [M],
        ),
        ("The licence obliges Kelso to pay up to $40 million upon approval.", [P]),
        # how a payment will be booked says nothing against it
        (
            "That dosing entitles Acme to a $15.0 million payment from Kelso, which Acme expects to collect "
            "and record as collaboration revenue in the fourth quarter.",
            [M],
        ),
        # shares bought for aggregate gross proceeds are equity, not a deal's total
        (
            "Kelso agreed to purchase 2,150,000 shares of Acme's common stock at $4.65 per share, for "
            "aggregate gross proceeds of approximately $10.0 million.",
            [None, E],
        ),
        # what a firm holds, and goods sold with a deal's end, are no deal payments
        ("Kelso expects to fund the study from existing cash resources of £24.6 million.", [None]),
        ("Kelso will pay RMB 12 million for Acme's trial data and drug stock.", [U]),
        # contingent consideration owed now, once its event happened; payments tied to sales to come; an
        # increase to milestones; a total that includes milestones; what a plant cost
        (
            "The dosing constitutes a development event that obligates the Company to pay Tern Valley "
            "contingent consideration of $7.5 million.",
            [M],
        ),
        ("Acme may receive additional contingent consideration of up to $62.5 million upon approval.", [P]),
        ("Acme is eligible for up to $350 million in payments linked to annual net sales.", [P]),
        ("Worldwide annual net sales of Zelvo exceeded EUR 250 million for the first time.", [None]),
        ("New milestones of up to $22 million; commercial milestones raised by $15 million.", [P, P]),
        ("Kelso raised $15 million in a private placement.", [None]),
        ("The total deal could reach 1.1 trillion won including development and sales milestones.", [T]),
        (
            "The second line, which cost about 120 billion won, would be qualified by the end of March.",
            [None],
        ),
        ("Exercising the option would cost Kelso a further $200 million.", [P]),
        # a Japanese disclosure's payment "upon conclusion of the agreement" is paid at signing
        (
            "The Company will receive a contract payment of 1,200 million yen upon conclusion of the "
            "agreement and milestone payments of up to 14,000 million yen in total.",
            [U, P],
        ),
        # the whole named before what it includes, set off by commas
        (
            "Ferrand will pay 65 billion won (about $48 million) upfront, and the total value of the "
            "contract, including development, regulatory and sales-linked milestones, is up to 1.2 trillion "
            "won.",
            [U, U, T],
        ),
        # the sum's own words say it is paid in shares; what a firm holds, or means to spend, is no payment
        (
            "Wattlebird is paying A$1.2 million in cash and A$800,000 in shares upfront.",
            [U, E],
        ),
        ("Pellucid said it has $96 million in cash and will evaluate all paths.", [None]),
        ("The company has said it wants to spend up to $2 billion a year on bolt-on deals.", [None]),
        # the words that cap a sum name it too
        (
            "Acme shall pay an upfront payment of USD 12 million and development and sales milestone "
            "payments not exceeding USD 186 million in aggregate.",
            [U, P],
        ),
        # the price of taking up an option is paid as the licence is granted; how the payer books it is
        # no expense figure
        ("Merck picks up option on Moderna's cancer vaccine mRNA-4157 for $250 million", [U]),
        ("Merck has exercised its option, paying $250 million that it will expense in the quarter.", [U]),
        ("Research and development expenses were $50 million.", [None]),
        # shares issued as part of the deal, named by the words around them, wherever they stand in a list
        (
            "At closing, Kestrel will issue to Xinghe new ordinary shares with a value of GBP 12 million "
            "(approximately US$15 million).",
            [E, E],
        ),
        (
            "The consideration includes the issuance to Calder Innovations of 1,500,000 common shares of the "
            "Company, valued at approximately C$600,000 based on the closing price of C$0.40.",
            [E, None],
        ),
        (
            "Xinghe receives upfront and near-term payments of US$60 million, GBP 12 million in Kestrel Peak "
            "shares and up to US$975 million in milestones.",
            [T, E, P],
        ),
        ("Acme receives $200 million, about RMB 1.45 billion, upfront.", [U, U]),
        (
            "Brisante paid a $750,000 fee to expand its exclusive licence from the University of Westmarch, "
            "and owes the university a $2.0 million milestone.",
            [U, M],
        ),
        # a stake's value is equity, whoever valued it
        (
            "Helix will receive $80 million upfront and a 15% equity stake in Orion, which the two sides "
            "valued at about $55 million.",
            [U, E],
        ),
        ("Helix also takes a 10% stake in Orion worth $20 million.", [E]),
        # a running sum of what is paid now adds up kinds
        (
            "The Phase 2b start triggered a $10 million milestone, which Orion will pay this quarter, "
            "bringing the near-term cash to $45 million.",
            [M, T],
        ),
        # money on events still to come, named in the plural
        (
            "Helix receives $8 million at signing and up to $27 million on approvals and sales thresholds.",
            [U, P],
        ),
        # a sales milestone's condition: the level is the sum after it, the payment the one before
        ("$20 million when annual net sales in the territory first exceed $300 million;", [P, None]),
        ("A further ¥2 billion milestone is payable if annual sales reach ¥20 billion.", [P, None]),
        # a subtotal of the milestones a sentence lists is money to come
        (
            "Sales milestones: five tiers ranging from $5 million to $40 million per tier, totalling up to "
            "$110 million.",
            [P, P],
        ),
        # the sum of a repeated payment is that payment's kind; a sum of two kinds is a total
        (
            "Orion will also make two guaranteed, non-creditable payments of $6,000,000 each on the first "
            "and second anniversaries ($12,000,000 in aggregate).",
            [OTH, OTH],
        ),
        (
            "Orion will provide research funding of up to $4 million per year for two years, up to $8 "
            "million in total.",
            [OTH, OTH],
        ),
        (
            "Orion will pay GBP 2 million upfront and a further GBP 1 million on each of the first and "
            "second anniversaries, for GBP 4 million in total guaranteed payments.",
            [U, P, T],
        ),
        ("The drug costs $1,200 each.", [None]),
        # a subtotal of payments still tied to events is money to come
        (
            "Stage payments: up to RMB 100 million in total, paid upon obtaining the clinical trial approval "
            "and the drug registration certificate.",
            [P],
        ),
        # a price names the sum beside it, not one a clause away
        (
            "Helix is eligible for up to $27 million in payments tied to regulatory approvals and net sales "
            "thresholds in the territory, as well as a supply price that includes a royalty component.",
            [P],
        ),
    ],
)
def test_kind_for_reads_the_cue_words(sentence: str, expected: list[AmountKind | None]) -> None:
    mentions = find_money(sentence)
    assert [kind_for(sentence, m) for m in mentions] == expected


def test_extract_amounts_drops_non_deal_money_and_keeps_text() -> None:
    sentence = "Revenue was $3 million; Acme pays $20 million upfront and up to $80 million in milestones."
    amounts = extract_amounts(sentence)
    assert [(a.value, a.kind, a.text, a.upper_bound) for a in amounts] == [
        (Decimal(20_000_000), U, "$20 million", False),
        (Decimal(80_000_000), P, "up to $80 million", True),
    ]


def test_merge_keeps_one_amount_per_sum_unless_written_with_another_bound() -> None:
    sentences = [
        "Evotec receives $6 million from Bristol Myers Squibb.",
        "Evotec has received a $6 million milestone payment from Bristol Myers Squibb.",
        "Aurinia receives $50 million upfront and may receive up to $50 million in milestones.",
    ]
    merged = merge_amounts(r for s in sentences for r in read_amounts(s))
    assert [(a.value, a.kind) for a in merged] == [
        (Decimal(6_000_000), M),
        (Decimal(50_000_000), U),
        (Decimal(50_000_000), P),
    ]


# --- round trip: money written in many styles, embedded in a sentence, reads back --------------------

_FILLER = st.lists(
    st.sampled_from(
        [
            "the",
            "company",
            "said",
            "it",
            "will",
            "receive",
            "from",
            "partner",
            "under",
            "agreement",
            "today",
            "payment",
            "of",
            "and",
            "a",
            "for",
            "rights",
            "to",
            "its",
            "drug",
            ",",
            ";",
            "(",
            ")",
            "—",
        ]
    ),
    max_size=12,
).map(" ".join)


@dataclass(frozen=True)
class _Style:
    """How a release may write a sum: a template for the number and the currency it means."""

    template: str  # "{n}" is the number as written
    currency: str
    scale: int
    decimals: bool = True  # whether the number may carry a decimal part


_STYLES = [
    _Style("${n} million", "USD", 10**6),
    _Style("US${n}M", "USD", 10**6),
    _Style("USD {n} million", "USD", 10**6),
    _Style("USD{n}m", "USD", 10**6),
    _Style("{n} million US dollars", "USD", 10**6),
    _Style("${n}bn", "USD", 10**9),
    _Style("$ {n} billion", "USD", 10**9),
    _Style("€{n}m", "EUR", 10**6),
    _Style("EUR {n} million", "EUR", 10**6),
    _Style("{n} million euros", "EUR", 10**6),
    _Style("£{n} million", "GBP", 10**6),
    _Style("CHF {n} million", "CHF", 10**6),
    _Style("{n} million Swiss francs", "CHF", 10**6),
    _Style("JPY {n} billion", "JPY", 10**9),
    _Style("¥{n} billion", "JPY", 10**9),
    _Style("{n} billion yen", "JPY", 10**9),
    _Style("KRW {n} billion", "KRW", 10**9),
    _Style("{n} billion won", "KRW", 10**9),
    _Style("RMB{n} million", "CNY", 10**6),
    _Style("A${n} million", "AUD", 10**6),
    _Style("C${n} million", "CAD", 10**6),
    _Style("HK${n} million", "HKD", 10**6),
    _Style("SEK {n} million", "SEK", 10**6),
    _Style("DKK {n}m", "DKK", 10**6),
    _Style("MSEK {n}", "SEK", 10**6, decimals=False),
    _Style("MUSD {n}", "USD", 10**6, decimals=False),
]


@given(
    whole_part=st.integers(min_value=1, max_value=999),
    fraction=st.sampled_from(["", "5", "25", "75", "1", "05"]),
    style=st.sampled_from(_STYLES),
    before=_FILLER,
    after=_FILLER,
)
def test_round_trip_scaled_styles(
    whole_part: int, fraction: str, style: _Style, before: str, after: str
) -> None:
    number = f"{whole_part}.{fraction}" if fraction and style.decimals else str(whole_part)
    text = style.template.format(n=number)
    sentence = f"{before} {text} {after}".strip() + "."
    mentions = find_money(sentence)
    assert [(m.value, m.currency) for m in mentions] == [(Decimal(number) * style.scale, style.currency)]
    (m,) = mentions
    assert sentence[m.start : m.end] == m.text
    assert text in m.text


_FULL_DIGIT_STYLES = {
    "${v}": "USD",
    "US${v}": "USD",
    "USD {v}": "USD",
    "{v} USD": "USD",
    "EUR {v}": "EUR",
    "€{v}": "EUR",
    "£{v}": "GBP",
    "CHF {v}": "CHF",
    "¥{v}": "JPY",
}


@given(
    value=st.integers(min_value=1_000, max_value=999_999_999_999),
    template=st.sampled_from(sorted(_FULL_DIGIT_STYLES)),
    before=_FILLER,
    after=_FILLER,
)
def test_round_trip_full_digits(value: int, template: str, before: str, after: str) -> None:
    sentence = f"{before} {template.format(v=f'{value:,}')} {after}".strip()
    assert [(m.value, m.currency) for m in find_money(sentence)] == [
        (Decimal(value), _FULL_DIGIT_STYLES[template])
    ]


@given(
    number=st.integers(min_value=1, max_value=99),
    tenth=st.integers(min_value=1, max_value=9),
    before=_FILLER,
)
def test_round_trip_continental_decimals(number: int, tenth: int, before: str) -> None:
    sentence = f"{before} € {number},{tenth} Mio"
    (m,) = find_money(sentence)
    assert (m.value, m.currency) == (Decimal(f"{number}.{tenth}") * 10**6, "EUR")


@given(st.text(max_size=400))
def test_find_money_never_raises_and_spans_are_consistent(text: str) -> None:
    mentions = find_money(text)
    cursor = 0
    for m in mentions:
        assert cursor <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert len(m.currency) == 3
        assert m.low is None or m.low <= m.value
        cursor = m.end
    for a in extract_amounts(text):
        assert isinstance(a.kind, AmountKind)


# --- pathological input: every public function finishes ----------------------------------------------

_RANDOM = random.Random(20240601)
_PATHOLOGICAL = {
    "digits": "7" * 50_000,
    "dollar signs": "$" * 100_000,
    "one comma": "1," * 50_000,
    "million": "million " * 20_000,
    "random text": "".join(chr(_RANDOM.randrange(0x20, 0x3000)) for _ in range(1_000_000)),
    "money soup": "".join(
        _RANDOM.choice("$€£¥ 0123456789.,-–up to million bn m USD EUR\n()") for _ in range(500_000)
    ),
    "latin-1 junk": bytes(_RANDOM.randrange(256) for _ in range(1_000_000)).decode("latin-1"),
    "ranges": "$1-$2-$3-" * 30_000,
    "word soup": "a " * 300_000,
    "cue soup": "upfront milestone eligible up to worth of " * 20_000,
    "kind list": "development, regulatory and " * 30_000 + "milestones",
    "brackets": "(" * 100_000 + "$5 million" + ")" * 100_000,
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", sorted(_PATHOLOGICAL))
def test_public_functions_finish_on_pathological_input(name: str) -> None:
    text = _PATHOLOGICAL[name]
    mentions = find_money(text)
    if mentions:
        kind_for(text, mentions[len(mentions) // 2])
    extract_amounts(text)
    read_amounts(text)
    merge_amounts(read_amounts(text))


# --- the labelled corpus: recall of labelled amounts and accuracy of their kinds ---------------------

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def _labelled_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for name in ("dev.jsonl", "seed.jsonl"):
        path = CORPUS / name
        if path.exists():
            items.extend(
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            )
    return [item for item in items if item["labels"]["amounts"]]


def _item_amounts(item: dict[str, Any]) -> tuple[Amount, ...]:
    text = normalise("\n\n".join((item["title"], item["summary"], item["body"])))
    return merge_amounts(r for sentence in split_sentences(text) for r in read_amounts(sentence))


def _match(predicted: tuple[Amount, ...], gold: list[dict[str, Any]]) -> tuple[int, int]:
    """Match one to one as the corpus scorer does: (labelled amounts found, found with the right kind)."""
    used: set[int] = set()
    right_kind = 0
    for a in predicted:
        candidates = [
            i
            for i, g in enumerate(gold)
            if i not in used
            and g["currency"] == a.currency
            and abs(float(a.value) - g["value"]) <= 0.01 * g["value"]
        ]
        same = [i for i in candidates if gold[i]["kind"] == a.kind.value]
        if same or candidates:
            hit = (same or candidates)[0]
            used.add(hit)
            right_kind += gold[hit]["kind"] == a.kind.value
    return len(used), right_kind


def test_corpus_amount_recall_and_kind_accuracy() -> None:
    items = _labelled_items()
    if not items:
        pytest.skip(f"labelled corpus not present at {CORPUS.resolve()}")
    labelled = found = right_kind = first_kind_right = 0
    for item in items:
        gold = item["labels"]["amounts"]
        predicted = _item_amounts(item)
        hits, kinds = _match(predicted, gold)
        labelled += len(gold)
        found += hits
        right_kind += kinds
        # stricter: the kind of the first amount read for the labelled value, whatever the other labels
        for g in gold:
            same_sum = [
                a
                for a in predicted
                if a.currency == g["currency"] and abs(a.value - g["value"]) <= 0.01 * g["value"]
            ]
            first_kind_right += bool(same_sum) and same_sum[0].kind.value == g["kind"]
    recall, kind_accuracy = found / labelled, right_kind / max(found, 1)
    print(
        f"\ncorpus amounts: {len(items)} items, {labelled} labelled, {found} found (recall {recall:.3f}), "
        f"{right_kind} with the right kind (accuracy {kind_accuracy:.3f}); "
        f"first kind read right for {first_kind_right} labelled sums ({first_kind_right / labelled:.3f})"
    )
    assert recall >= 0.97
    assert kind_accuracy >= 0.90


def test_kind_for_reads_a_mention_the_grammar_did_not_make() -> None:
    sentence = "Acme will receive an upfront payment of five crowns and up to $80 million in milestones."
    start = sentence.index("five crowns")
    own = MoneyMention(
        value=Decimal(5_000_000),
        currency="SEK",
        start=start,
        end=start + len("five crowns"),
        text="five crowns",
        upper_bound=False,
        approximate=False,
    )
    assert kind_for(sentence, own) is U
    assert [kind_for(sentence, m) for m in find_money(sentence)] == [P]


def test_per_item_sums_are_payments_but_unit_prices_are_not() -> None:
    sentence = "Acme is eligible for two milestone payments of $10 million each; doses cost $5,000 each."
    assert [kind_for(sentence, m) for m in find_money(sentence)] == [P, None]


def test_a_list_of_bracketed_sums_shares_its_noun() -> None:
    text = (
        "Brannock has achieved three milestones under its alliance with Orrin Pharma: first dosing of "
        "OR-4411 ($12 million), nomination of a second development candidate ($6 million) and completion "
        "of GLP toxicology for a third programme ($4 million)."
    )
    got = [(r.amount.value, r.amount.kind) for r in read_amounts(text)]
    assert got == [
        (Decimal(12_000_000), AmountKind.MILESTONE),
        (Decimal(6_000_000), AmountKind.MILESTONE),
        (Decimal(4_000_000), AmountKind.MILESTONE),
    ]
    # a sum in brackets after a list item that is money of its own kind is not pulled in
    other = "Orrin paid a $12 million milestone; revenue ($40 million) and cash ($6 million) rose."
    assert [r.amount.value for r in read_amounts(other)] == [Decimal(12_000_000)]


def test_a_further_sum_paid_now_is_no_contingent_one() -> None:
    paid = "A development milestone was achieved, triggering a further cash milestone payment of $3m."
    assert [(r.amount.value, r.amount.kind) for r in read_amounts(paid)] == [
        (Decimal(3_000_000), AmountKind.MILESTONE)
    ]
    later = "Acme remains eligible for a further $23m upon achievement of future development milestones."
    assert [r.amount.kind for r in read_amounts(later)] == [AmountKind.POTENTIAL]


def test_bare_figures_are_money_in_the_unit_a_release_declares() -> None:
    kseq = ("SEK", 1000)
    got = read_amounts(
        "Under the licence agreement, Hoshida shall pay an upfront payment of 50,000 and milestone payments "
        "of up to 420,000 in aggregate.",
        unit=kseq,
    )
    assert [(r.amount.value, r.amount.currency, r.amount.kind) for r in got] == [
        (Decimal(50_000_000), "SEK", U),
        (Decimal(420_000_000), "SEK", P),
    ]
    # only a figure a payment's words name, and not a share, a year, a count or a figure with its own unit
    for sentence in (
        "The study enrolled 2,400 patients across 15 sites.",
        "Vittra receives a share of 15% of sublicense income.",
        "The milestones of 2024 were met.",
        "Hoshida paid an upfront payment of 12 million in 2022.",
    ):
        assert all(m.currency != "SEK" or "million" in m.text for m in find_money(sentence, unit=kseq)), (
            sentence
        )
    # without a declared unit a bare figure is no money
    assert find_money("an upfront payment of 50,000 and milestone payments of up to 420,000") == []
