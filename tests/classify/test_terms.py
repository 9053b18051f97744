"""Deal terms read across a whole release: recaps, conversions, subtotals, option fees, one total."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from bot.classify import classify
from bot.models import AmountKind, Entry, EventType

L, M = EventType.LICENSING, EventType.MILESTONE
WHEN = datetime(2024, 7, 9, tzinfo=UTC)
Row = tuple[Decimal, str, AmountKind]


def _amounts(
    title: str, summary: str = "", body: str = "", when: datetime = WHEN, event: EventType = L
) -> set[Row]:
    entry = Entry(wire="", native_id="t", url="", title=title, summary=summary, body=body, published=when)
    c = classify(entry)
    assert event in c.events
    return {(a.value, a.currency, a.kind) for a in c.amounts}


def _m(millions: float, currency: str, kind: AmountKind) -> Row:
    return (Decimal(str(millions)) * 1_000_000, currency, kind)


def test_past_terms_of_an_ended_licence_are_background() -> None:
    got = _amounts(
        "Orion Bio regains worldwide rights to OB-7 as Helix licence is terminated",
        "Orion Bio and Helix have terminated their 2020 license agreement.",
        "BOSTON -- Orion Bio today announced that it and Helix, Inc. have agreed to terminate the license "
        "agreement for OB-7.\n\nUnder the 2020 agreement Helix paid an upfront fee of US$150 million, and "
        "Orion was eligible for up to US$1.15 billion in milestone payments. No termination fee is payable.",
        when=datetime(2022, 10, 10, tzinfo=UTC),
    )
    assert got == set()
    worth = _amounts(
        "Helix axes $750M PDE1 pact, hands OB-214 back to Orion Bio",
        "Helix has terminated its licence to OB-214 and returned all rights to Orion Bio.",
        when=datetime(2022, 10, 10, tzinfo=UTC),
    )
    assert worth == set()


def test_an_earlier_payment_told_after_the_new_one_is_not_a_term() -> None:
    got = _amounts(
        "Orion Bio receives $325 million as Helix exercises its option",
        "Helix Pharmaceuticals has exercised its option to continue the exclusive licence, paying Orion Bio "
        "$325 million on top of the $50 million it paid in October.",
    )
    assert got == {_m(325, "USD", AmountKind.UPFRONT)}


def test_one_headline_value_is_one_total_and_its_conversion_too() -> None:
    got = _amounts(
        "Orion Bio Signs Global License Agreement with Helix Worth Up to US$1.7 Billion",
        "Helix obtains exclusive worldwide rights to OB-7 for US$100 million upfront; Orion could receive up "
        "to US$1.7 billion in total, including an option exercise fee of US$200 million.",
        "SEOUL, July 9, 2024 -- Orion Bio, Inc. (KOSDAQ: 141080) today announced that it has entered into "
        "an exclusive license agreement with Helix Biotech, Inc. for OB-7.\n\nOrion will receive an upfront "
        "payment of US$100 million (approximately KRW 130 billion), and Helix will pay an option exercise "
        "fee of US$200 million if it exercises that option. Including development, regulatory and commercial "
        "milestones, the total deal value is up to US$1.7 billion (approximately KRW 2.2 trillion).",
    )
    assert got == {
        _m(100, "USD", AmountKind.UPFRONT),
        _m(130_000, "KRW", AmountKind.UPFRONT),
        _m(200, "USD", AmountKind.POTENTIAL),
        _m(1_700, "USD", AmountKind.TOTAL),
        _m(2_200_000, "KRW", AmountKind.TOTAL),
    }


def test_an_option_fee_paid_on_exercise_now_is_upfront() -> None:
    got = _amounts(
        "Helix exercises option to license Orion Bio's OB-7 and pays $200 million option exercise fee",
        "Helix has exercised its option for an exclusive licence to OB-7 and will pay Orion an option "
        "exercise fee of $200 million.",
    )
    assert _m(200, "USD", AmountKind.UPFRONT) in got


def test_an_option_fee_named_apart_from_an_exercise_told_now_is_upfront() -> None:
    got = _amounts(
        "Helix takes up option on Orion Bio's OB-7 antibody in deal worth up to EUR 440 million",
        "Helix is paying Orion Bio EUR 30 million to exercise its option on OB-7.",
        "Helix has exercised its option to an exclusive worldwide licence for OB-7. Helix will pay an option "
        "exercise fee of EUR 30 million and take over all further development.",
    )
    assert _m(30, "EUR", AmountKind.UPFRONT) in got
    assert _m(30, "EUR", AmountKind.POTENTIAL) not in got


def test_a_milestone_broken_into_parts_deep_in_the_body_keeps_its_parts() -> None:
    got = _amounts(
        "Orion Bio Earns $10.0 Million as CTA Approval Advances OB-7 Under Helix Collaboration",
        "The approval of a clinical trial application for OB-7 triggers a $10.0 million milestone to Orion.",
        "VANCOUVER -- Orion Bio today announced the approval of a clinical trial application for OB-7.\n\n"
        "OB-7 is an oral inhibitor for epilepsy. The approval entitles Orion to an aggregate of "
        "$10.0 million from Helix, made up of a $4.5 million milestone payment in cash and a $5.5 million "
        "equity investment in Orion common shares.",
        event=EventType.MILESTONE,
    )
    assert got >= {
        _m(10, "USD", AmountKind.MILESTONE),
        _m(4.5, "USD", AmountKind.MILESTONE),
        _m(5.5, "USD", AmountKind.EQUITY),
    }


def test_a_sum_broken_into_parts_of_other_kinds_is_a_total_with_its_conversion() -> None:
    got = _amounts(
        "Helix pays $111 million for ex-US rights to Orion Bio's glioma drug",
        "",
        "PARIS -- Helix (Euronext: HLX) has licensed exclusive rights to OB-7 outside the United States from "
        "Orion Biopharmaceuticals (Nasdaq: ORBI).\n\nHelix is paying $111 million (about €102 million) now: "
        "$71 million upfront and a $40 million equity investment in Orion. Orion is also eligible for up to "
        "$350 million in milestones.",
    )
    assert got == {
        _m(111, "USD", AmountKind.TOTAL),
        _m(102, "EUR", AmountKind.TOTAL),
        _m(71, "USD", AmountKind.UPFRONT),
        _m(40, "USD", AmountKind.EQUITY),
        _m(350, "USD", AmountKind.POTENTIAL),
    }


def test_a_sum_paid_at_closing_that_adds_the_upfront_and_the_equity_is_a_total() -> None:
    got = _amounts(
        "Orion Bio Enters Global Licensing Agreement with Helix for RNAi Programs",
        "Helix licenses four RNAi programs from Orion Bio; Orion receives $500 million upfront and a $325 "
        "million equity investment.",
        "In total Orion Bio will receive $825 million at closing.",
    )
    assert got == {
        _m(500, "USD", AmountKind.UPFRONT),
        _m(325, "USD", AmountKind.EQUITY),
        _m(825, "USD", AmountKind.TOTAL),
    }
    # a sum at closing that is no such addition stays the upfront it is paid as
    alone = _amounts(
        "Orion Bio Enters Global Licensing Agreement with Helix for RNAi Programs",
        "Helix licenses four RNAi programs from Orion Bio and buys $325 million of its shares.",
        "Orion Bio will receive $500 million at closing.",
    )
    assert _m(500, "USD", AmountKind.UPFRONT) in alone


def test_an_upfront_adding_a_fee_and_shares_bought_is_a_total_but_one_paid_in_two_forms_is_not() -> None:
    fee_and_shares = _amounts(
        "Orion Bio and Helix Enter Global Collaboration",
        "Helix gains exclusive global rights to OB-501. Orion Bio will receive $350 million in upfront "
        "consideration, consisting of a $125 million license fee payment and a $225 million equity "
        "investment.",
    )
    assert _m(350, "USD", AmountKind.TOTAL) in fee_and_shares
    assert _m(125, "USD", AmountKind.UPFRONT) in fee_and_shares
    two_forms = _amounts(
        "Orion Bio licenses OB-501 in Greater China to Helix",
        "Orion Bio will receive an upfront payment of US$11 million, consisting of US$7 million in cash "
        "and a US$4 million equity investment.",
    )
    assert _m(11, "USD", AmountKind.UPFRONT) in two_forms


def test_a_named_upfront_with_a_part_set_aside_stays_upfront() -> None:
    got = _amounts(
        "Helix and Orion Bio enter exclusive license agreement for OB-7",
        "Helix will pay Orion Bio $650 million upfront, including $200 million toward Orion's research and "
        "development costs, for exclusive rights to OB-7.",
    )
    assert _m(650, "USD", AmountKind.UPFRONT) in got
    assert _m(200, "USD", AmountKind.OTHER) in got


def test_a_subtotal_at_signing_including_equity_is_a_total() -> None:
    got = _amounts(
        "Orion Bio 8-K: license agreement and stock purchase with Helix",
        "Orion grants Helix exclusive ex-US rights to OB-7 for $1.15 billion at signing, including a $400 "
        "million equity purchase, and up to $1.7 billion in milestones.",
    )
    assert got == {
        _m(1_150, "USD", AmountKind.TOTAL),
        _m(400, "USD", AmountKind.EQUITY),
        _m(1_700, "USD", AmountKind.POTENTIAL),
    }


def test_a_conversion_the_cue_words_missed_is_still_labelled() -> None:
    got = _amounts(
        "Helix Exercises Option to In-License OB-7; Orion to Receive CHF 150 Million",
        "Helix has exercised its option for an exclusive worldwide license to OB-7; Orion will receive a "
        "one-time payment of CHF 150 million and royalties.",
        "ZURICH, July 9, 2024 -- Orion AG (SIX: ORIO) today announced that Helix has exercised its option to "
        "in-license OB-7.\n\nOrion will receive a payment of CHF 150 million (approximately USD 163 million) "
        "and is entitled to a 22% royalty on sales in commercial markets.",
    )
    assert got == {_m(150, "CHF", AmountKind.UPFRONT), _m(163, "USD", AmountKind.UPFRONT)}


def test_eligible_does_not_reach_back_across_and() -> None:
    got = _amounts(
        "Orion Bio licenses OB-7 to Helix",
        "Under the agreement, Orion will receive an upfront cash payment of $20.0 million and is eligible to "
        "receive development and commercial milestone payments of up to $290.0 million.",
    )
    assert got == {_m(20, "USD", AmountKind.UPFRONT), _m(290, "USD", AmountKind.POTENTIAL)}


def test_milestones_received_so_far_are_not_the_milestone_earned_now() -> None:
    entry = Entry(
        wire="",
        native_id="t",
        url="",
        title="Orion Bio Receives $15 Million Milestone Payment from Helix",
        summary="Orion Bio has received a $15 million milestone payment from Helix. The payment brings total "
        "milestones received under the collaboration to $55 million.",
        published=WHEN,
    )
    c = classify(entry)
    assert {(a.value, a.kind) for a in c.amounts} == {(Decimal(15_000_000), AmountKind.MILESTONE)}


def test_a_termination_fee_is_other_money() -> None:
    got = _amounts(
        "Helix terminates OB-7 licence with Orion Bio, pays $10 million termination fee",
        "Helix will return worldwide rights to OB-7 to Orion Bio and pay a one-time termination fee of "
        "$10 million.",
    )
    assert got == {_m(10, "USD", AmountKind.OTHER)}


def test_money_paid_as_a_licence_ends_is_other_money_unless_named() -> None:
    ended = _amounts(
        "Orion Bio regains worldwide rights to OB-7 following termination of Helix licence",
        "Helix has terminated its licence to OB-7; worldwide rights revert to Orion Bio, which will receive "
        "a one-time $5 million payment.",
    )
    assert ended == {_m(5, "USD", AmountKind.OTHER)}
    wind_down = _amounts(
        "Orion Bio regains OB-7 as Helix ends antifibrotic licence",
        "Helix has notified Orion Bio of the termination of their 2021 exclusive licence agreement for OB-7.",
        "Helix will also make a one-time wind-down payment of USD 4 million to Orion Bio, according to Orion "
        "Bio's statement. Orion Bio received $25 million upfront when the licence was signed.",
    )
    assert wind_down == {_m(4, "USD", AmountKind.OTHER)}
    # what the ended deal cost once, and what it could have brought, are its terms, not the ending's
    background = _amounts(
        "Orion Bio regains worldwide rights to OB-7 following termination of Helix licence",
        "Helix has terminated its licence to OB-7; worldwide rights revert to Orion Bio.",
        "In exchange for the option, Helix paid Orion Bio a one-time upfront payment of $30 million. "
        "Initiation of those trials would have triggered milestone payments to Orion Bio of $35 million.",
    )
    assert background == set()
    settled = _amounts(
        "Orion Bio and Helix terminate OB-7 licence",
        "Orion Bio and Helix have terminated their licence agreement for OB-7.",
        "In connection with the termination, a technical service fee of $363,000 was set off against "
        "amounts otherwise owed between the parties.",
    )
    assert settled == {_m(0.363, "USD", AmountKind.OTHER)}
    # a licence made, not ended: the same words are what is paid at signing
    made = _amounts(
        "Orion Bio grants Helix worldwide rights to OB-7",
        "Helix has obtained an exclusive licence to OB-7; Orion Bio will receive a one-time $5 million "
        "payment.",
    )
    assert made == {_m(5, "USD", AmountKind.UPFRONT)}


def test_an_option_fee_is_potential_until_the_option_is_exercised() -> None:
    later = _amounts(
        "Orion Bio Enters Exclusive Worldwide License Agreement with Janssen for OB-84",
        "Janssen receives an exclusive worldwide licence to OB-84; Orion Bio is eligible for up to USD 1.7 "
        "billion, including USD 100 million upfront and a USD 200 million option exercise payment.",
        "Orion Bio will receive an upfront payment of USD 100 million and an option exercise payment of USD "
        "200 million should Janssen exercise its option. After option exercise, Janssen will be solely "
        "responsible for development.",
    )
    assert _m(200, "USD", AmountKind.POTENTIAL) in later
    # the fee named in the summary, and said elsewhere, in other words, to fall due only on exercise
    named_apart = _amounts(
        "Orion Bio licenses OB-84 to Janssen in deal worth up to $1.7 billion",
        "Orion Bio has granted Janssen an exclusive licence to OB-84 for $100 million upfront, a $200 "
        "million option exercise payment and further milestones.",
        "A second payment of $200 million falls due if Janssen exercises its option to develop it alone.",
    )
    assert _m(200, "USD", AmountKind.POTENTIAL) in named_apart
    assert _m(200, "USD", AmountKind.UPFRONT) not in named_apart
    exercised = _amounts(
        "Orion Bio 8-K: Jazz exercises option to continue exclusive OB-7 licence; $325 million payment due",
        "Jazz has exercised its option to keep exclusive rights to OB-7 and will pay Orion Bio $325 million.",
    )
    assert exercised == {_m(325, "USD", AmountKind.UPFRONT)}


def test_a_milestone_on_cumulative_sales_is_a_term_not_a_count_of_the_past() -> None:
    got = _amounts(
        "Orion Bio amends licence with Merck for OB-7",
        "Under the amendment, Orion Bio will receive $20 million (KRW 26.7 billion) upfront, and the "
        "milestones tied to approval and cumulative net sales rise by up to $432 million.",
    )
    assert {_m(20, "USD", AmountKind.UPFRONT), _m(26700, "KRW", AmountKind.UPFRONT)} <= got


def test_a_milestone_restated_at_current_exchange_rates_is_the_same_milestone() -> None:
    entry = Entry(
        wire="",
        native_id="t",
        url="",
        title="Orion Bio lands $100m from Jazz as FDA clears OB-7",
        summary="Jazz owes Orion Bio the $100m regulatory milestone, roughly €89m at current exchange rates.",
        published=WHEN,
    )
    c = classify(entry)
    assert {(a.value, a.currency, a.kind) for a in c.amounts} == {
        _m(100, "USD", AmountKind.MILESTONE),
        _m(89, "EUR", AmountKind.MILESTONE),
    }
    # the converted sum written first: "$15 million (about 20.7 billion won)" for a headline's won
    first = classify(
        Entry(
            wire="",
            native_id="t",
            url="",
            title="Orion Bio to collect 20.7 billion won technology fee as OB-7 goes on sale in Japan",
            summary="Orion Bio will receive $15 million (about 20.7 billion won) from Jazz within 60 days.",
            published=WHEN,
        )
    )
    assert {(a.value, a.currency, a.kind) for a in first.amounts} == {
        (Decimal(20_700_000_000), "KRW", AmountKind.MILESTONE),
        _m(15, "USD", AmountKind.MILESTONE),
    }


def test_costs_a_deal_spares_the_company_are_no_term_of_it() -> None:
    got = _amounts(
        "Ionix Bio gives up US co-promotion rights to GSK in restructured asthma deal",
        "Ionix Bio has amended its licence with GSK, handing GSK full US commercial rights in return for $50 "
        "million upfront. Ionix's chief executive said the change removed a funding burden of more than $200 "
        "million over the next three years.",
    )
    assert got == {_m(50, "USD", AmountKind.UPFRONT)}


def test_a_widened_licence_s_original_terms_and_a_revenue_outlook_are_no_terms_of_it() -> None:
    got = _amounts(
        "Orion Bio widens Kessel pact to China",
        "Kessel will pay JPY 800 million upfront to add mainland China to its licence for OB-220.",
        "Kessel will add mainland China to the territory covered by their licence for OB-220, paying JPY 800 "
        "million upfront for the expanded rights.\n\nThe original 2021 Japanese licence brought Orion Bio "
        "DKK 120 million upfront. The company raised its 2025 revenue outlook to DKK 180-210 million from "
        "DKK 130-160 million.",
    )
    assert got == {_m(800, "JPY", AmountKind.UPFRONT)}


def test_a_deal_s_terms_set_apart_by_a_semicolon_from_results_are_read() -> None:
    got = _amounts(
        "Solvane Pharma H1: Astellas takes Japanese licence to SLV-09 as net loss narrows",
        "Alongside its half-year results, Solvane disclosed that Astellas has taken an exclusive licence to "
        "SLV-09 in Japan, paying CHF 12 million upfront with up to CHF 95 million in milestones to follow; "
        "Solvane's H1 net loss narrowed to CHF 18.4 million.",
    )
    assert got == {_m(12, "CHF", AmountKind.UPFRONT), _m(95, "CHF", AmountKind.POTENTIAL)}


def test_the_milestones_a_deal_has_paid_to_date_are_not_the_one_earned_now() -> None:
    got = _amounts(
        "Oxlade books ¥1.5 billion sales milestone from Japanese partner Mitsuhama",
        "Oxlade has earned a ¥1.5 billion sales milestone from Mitsuhama. Oxlade has now received ¥4.1 "
        "billion in milestones under the agreement.",
        event=EventType.MILESTONE,
    )
    assert got == {_m(1500, "JPY", AmountKind.MILESTONE)}


def test_a_table_s_open_ended_rows_and_rows_without_a_sum_are_read() -> None:
    got = _amounts(
        "Veltrana grants Kangtai exclusive Greater China license to VLT-207",
        "",
        "Veltrana today announced an exclusive license agreement under which Kangtai obtains the rights to "
        "develop and commercialize VLT-207 in Greater China.\n\n"
        "Key financial terms (USD million)\nUpfront payment | 40.0\nNear-term development milestones | up to "
        "25.0\nRegulatory and sales milestones | up to 610.0\nRoyalties | tiered, high single digits",
    )
    assert got == {
        _m(40, "USD", AmountKind.UPFRONT),
        _m(25, "USD", AmountKind.POTENTIAL),
        _m(610, "USD", AmountKind.POTENTIAL),
    }


def test_a_headline_s_sum_the_lead_tells_as_upfront_and_milestone_together_is_a_total() -> None:
    got = _amounts(
        "Teravine widens Takeda pact to Europe and books first milestone, taking in $18 million",
        "Teravine has expanded its licence with Takeda to cover Europe and has earned the first development "
        "milestone under the original deal, bringing in $18 million in all. Takeda pays a $10 million "
        "upfront fee for Europe and an $8 million milestone.",
    )
    assert (Decimal(18_000_000), "USD", AmountKind.TOTAL) in got


def test_money_an_earlier_year_s_deal_gave_is_background() -> None:
    got = _amounts(
        "Grunwald exercises option on Aventine's programme for $35 million",
        "Grunwald has exercised its option and will pay Aventine $35 million upfront. Grunwald secured the "
        "option in a 2023 agreement that also gave Aventine an initial $20 million.",
    )
    assert got == {_m(35, "USD", AmountKind.UPFRONT)}


def test_the_worth_of_an_earlier_year_s_deal_told_beside_it_is_background() -> None:
    got = _amounts(
        "Hanul licenses HER3 ADC to Astellas for $30 million upfront",
        "Hanul has granted Astellas global rights to HNB-301 for $30 million upfront. The deal is Hanul's "
        "second licensing agreement after a 2023 pact with a Chinese drugmaker worth up to $120 million.",
    )
    assert got == {_m(30, "USD", AmountKind.UPFRONT)}


def test_a_deal_that_is_one_upfront_payment_is_upfront() -> None:
    got = _amounts(
        "Helix in-licenses Orion Bio's OB-2 for China in $25 million deal",
        "Helix gets rights to OB-2 in China from Orion Bio for $25 million upfront.",
    )
    assert got == {_m(25, "USD", AmountKind.UPFRONT)}


def test_two_equal_sums_of_different_kinds_in_one_sentence_are_two_payments() -> None:
    got = _amounts(
        "Orion Bio licenses OB-1 to Helix",
        "Helix paid $5 million at signing and will pay a further $5 million on the first anniversary.",
    )
    assert got == {_m(5, "USD", AmountKind.UPFRONT), _m(5, "USD", AmountKind.OTHER)}


def test_deferred_payments_and_shares_issued_are_other_and_equity() -> None:
    deferred = _amounts(
        "Orion Bio licenses OB-1 to Helix",
        "Orion receives $35 million upfront plus $15 million payable on the first anniversary, and up to "
        "$300 million in milestones.",
    )
    assert _m(15, "USD", AmountKind.OTHER) in deferred
    assert _m(35, "USD", AmountKind.UPFRONT) in deferred
    later = _amounts(
        "Orion Bio licenses OB-1 to Helix",
        "Helix will make an upfront cash payment of $60 million, of which $20 million is payable on signing "
        "and $40 million within twelve months.",
    )
    assert _m(40, "USD", AmountKind.OTHER) in later
    instalments = _amounts(
        "Orion Bio licenses OB-1 to Helix",
        "Helix will pay Orion $500.0 million upfront at closing, plus $250.0 million payable in five equal "
        "annual installments of $50.0 million.",
    )
    assert _m(250, "USD", AmountKind.OTHER) in instalments
    assert _m(500, "USD", AmountKind.UPFRONT) in instalments
    assert _m(20, "USD", AmountKind.UPFRONT) in later
    shares = _amounts(
        "Orion Bio licenses OB-1 to Helix",
        "Helix will pay Orion $30 million in cash and issue 2 million shares valued at $12 million.",
    )
    assert shares == {_m(30, "USD", AmountKind.UPFRONT), _m(12, "USD", AmountKind.EQUITY)}
    filed = _amounts(
        "Orion Bio licenses OB-1 to Helix",
        "Helix will pay Orion $30 million in cash and issued to Orion 1,200,000 shares of its common stock, "
        "having a value of approximately $4.0 million.",
    )
    assert filed == {_m(30, "USD", AmountKind.UPFRONT), _m(4, "USD", AmountKind.EQUITY)}


def test_an_earlier_deal_this_year_named_by_its_month_is_background() -> None:
    title = "Orion Bio pays $175 million upfront for seven Helix ADCs"
    summary = (
        "Orion Bio takes exclusive worldwide rights to seven ADCs from Helix, paying $175 million upfront."
    )
    earlier = "In May Orion Bio licensed the ADC HX-264 from Helix for $47 million upfront."
    got = _amounts(
        title, summary, "BOSTON -- " + summary + "\n\n" + earlier, when=datetime(2022, 12, 22, tzinfo=UTC)
    )
    assert got == {_m(175, "USD", AmountKind.UPFRONT)}
    # the same month as publication: the deal told is this one
    same = _amounts(
        title,
        summary,
        "BOSTON -- In December Orion Bio licensed HX-264 from Helix for $175 million upfront.",
        when=datetime(2022, 12, 22, tzinfo=UTC),
    )
    assert same == {_m(175, "USD", AmountKind.UPFRONT)}
    # "may" the verb names no month
    modal = _amounts(
        "Orion Bio licenses HX-264 from Helix",
        "Orion Bio licenses HX-264 from Helix for $47 million upfront, which it paid in may instalments.",
        when=datetime(2022, 12, 22, tzinfo=UTC),
    )
    assert _m(47, "USD", AmountKind.UPFRONT) in modal


def test_the_terms_of_an_earlier_deal_told_in_a_relative_clause_are_background() -> None:
    title = "Orion Bio pays $35 million upfront for Helix ADC"
    summary = "Orion Bio takes exclusive worldwide rights to HX-301 from Helix, paying $35 million upfront."
    earlier = (
        "The deal builds on an agreement for HX-264, for which Orion Bio paid $47 million upfront and "
        "committed up to $1.363 billion in milestones."
    )
    got = _amounts(title, summary, "BOSTON -- " + summary + "\n\n" + earlier)
    assert got == {_m(35, "USD", AmountKind.UPFRONT)}


def test_a_table_whose_heading_gives_the_unit_is_read_row_by_row() -> None:
    body = (
        "COPENHAGEN -- Orion Bio A/S today announced a collaboration and license agreement with Kestrel "
        "Pharma to co-develop and co-commercialize OB-7.\n\n"
        "Financial terms (USD million)\n"
        "Upfront cash payment at closing ........................ 1,400\n"
        "Payments on first and second anniversaries (total) ..... 250\n"
        "Development milestones, up to .......................... 1,200\n"
        "Total potential deal value ............................. 5,300"
    )
    got = _amounts("Orion Bio enters license agreement with Kestrel Pharma for OB-7", body=body)
    assert got == {
        _m(1_400, "USD", AmountKind.UPFRONT),
        _m(250, "USD", AmountKind.OTHER),
        _m(1_200, "USD", AmountKind.POTENTIAL),
        _m(5_300, "USD", AmountKind.TOTAL),
    }
    # a table of several columns, or rows without one figure each, is left as it is written
    quarterly = body.replace("(USD million)", "(USD million) | Q1 | Q2").replace(" 1,400", " 1,400 | 1,500")
    got = _amounts("Orion Bio licenses OB-7 to Kestrel", body=quarterly)
    assert _m(1_400, "USD", AmountKind.UPFRONT) not in got


def test_a_sum_that_brings_the_total_potential_payments_is_a_term_not_a_recap() -> None:
    got = _amounts(
        "Orion Bio 8-K: license and collaboration agreement with Helix",
        "Orion Bio grants Helix an exclusive license to OB-7. Orion Bio is further eligible to receive "
        "regulatory milestone payments of up to $525.0 million and commercial milestone payments of up to "
        "$862.5 million, which brings the total potential payments under the deal to up to $1.76 billion.",
    )
    assert _m(525, "USD", AmountKind.POTENTIAL) in got
    assert _m(862.5, "USD", AmountKind.POTENTIAL) in got


def test_a_sum_paid_through_named_parts_is_their_total() -> None:
    got = _amounts(
        "Orion Bio and Kestrel Pharma sign siRNA licence",
        "Orion Bio grants Kestrel Pharma an exclusive license to OB-7. Kestrel will invest $80 million in "
        "Orion Bio through $60 million upfront and $20 million equity.",
    )
    assert got == {
        _m(80, "USD", AmountKind.TOTAL),
        _m(60, "USD", AmountKind.UPFRONT),
        _m(20, "USD", AmountKind.EQUITY),
    }
    # "through" a process, not through named parts, adds no sum
    got = _amounts(
        "Orion Bio and Kestrel Pharma sign siRNA licence",
        "Orion Bio grants Kestrel Pharma an exclusive license to OB-7 for $60 million upfront. Kestrel will "
        "fund $80 million through the end of Phase 2.",
    )
    assert _m(80, "USD", AmountKind.TOTAL) not in got


def test_a_total_of_contingent_sums_alone_is_potential() -> None:
    got = _amounts(
        "Orion Bio grants Kestrel Pharma exclusive Japanese rights to OB-7",
        "Orion Bio grants Kestrel Pharma an exclusive licence to OB-7 in Japan for DKK 350 million upfront. "
        "Orion Bio is eligible for development milestone payments of up to DKK 600 million and sales "
        "milestone payments of up to DKK 1.5 billion, in total up to DKK 2.1 billion (approximately USD 305 "
        "million).",
    )
    assert _m(2_100, "DKK", AmountKind.POTENTIAL) in got
    assert _m(305, "USD", AmountKind.POTENTIAL) in got
    assert _m(2_100, "DKK", AmountKind.TOTAL) not in got
    # a total that adds a payment made now to contingent ones is the deal's value
    got = _amounts(
        "Orion Bio grants Kestrel Pharma exclusive Japanese rights to OB-7",
        "Orion Bio grants Kestrel Pharma an exclusive licence to OB-7 in Japan. Orion Bio receives DKK 600 "
        "million upfront and is eligible for milestone payments of up to DKK 1.5 billion, in total up to DKK "
        "2.1 billion.",
    )
    assert _m(2_100, "DKK", AmountKind.TOTAL) in got


def test_a_conversion_said_to_be_equivalent_after_the_sum_s_noun_takes_its_kind() -> None:
    got = _amounts(
        "Orion Bio licenses Greater China rights to OB-7 to Shenlan",
        "Orion Bio grants Shenlan an exclusive licence to OB-7 in Greater China. Shenlan will pay EUR 20 "
        "million upfront, equivalent to about RMB 149 million.",
    )
    assert got == {_m(20, "EUR", AmountKind.UPFRONT), _m(149, "CNY", AmountKind.UPFRONT)}


def test_each_row_of_a_table_with_column_rules_is_read_alone() -> None:
    body = (
        "Under the License Agreement, Hanul granted the Company an exclusive license to develop HNL-512.\n\n"
        "In consideration for the license, the Company agreed to the following payments to Hanul:\n\n"
        "Component | Amount\n"
        "Upfront cash payment, due within 15 business days | $10.0 million\n"
        "Shares of Company common stock issued at signing | 1,412,429 shares, valued at $5.0 million\n"
        "Development and regulatory milestones | up to $95.0 million\n"
        "Sales-based milestones | up to $260.0 million\n"
        "Total potential consideration | up to $370.0 million"
    )
    got = _amounts("Pinecrest Oncology 8-K: exclusive license to Hanul Biopharm's HNL-512", body=body)
    assert got == {
        _m(10, "USD", AmountKind.UPFRONT),
        _m(5, "USD", AmountKind.EQUITY),
        _m(95, "USD", AmountKind.POTENTIAL),
        _m(260, "USD", AmountKind.POTENTIAL),
        _m(370, "USD", AmountKind.TOTAL),
    }


def test_money_received_to_date_and_an_earlier_year_s_deal_are_background() -> None:
    got = _amounts(
        "Ostrava Therapeutics expands Keller pact, banks $20M milestone",
        body=(
            "BOSTON -- Ostrava Therapeutics has expanded its licence with Keller Pharma to two new "
            "targets and earned a $20 million milestone.\n\n"
            "The 2023 agreement brought Ostrava $60 million upfront. Including the new money, Ostrava has "
            "now received $140 million from Keller. The company has collected $55 million in milestones "
            "to date. Ostrava has now received $75 million in milestones under that agreement, including "
            "today's payment."
        ),
        when=datetime(2025, 6, 1, tzinfo=UTC),
    )
    assert got == {_m(20, "USD", AmountKind.MILESTONE)}
    earned = classify(
        Entry(
            wire="",
            native_id="t",
            url="",
            title="Pellara Earns $20.0M Milestone from Ravensworth as Phase 2 Trial of PLR-7 Begins",
            body=(
                "BOSTON -- Pellara Therapeutics has earned a $20.0 million milestone from Ravensworth.\n\n"
                "With this payment, Pellara has received $35 million in milestones under the agreement."
            ),
            published=WHEN,
        )
    )
    assert {(a.value, a.currency, a.kind) for a in earned.amounts} == {_m(20, "USD", AmountKind.MILESTONE)}


def test_a_headline_s_rounded_deal_value_is_the_body_s_exact_one() -> None:
    got = _amounts(
        "Kestrel Pharma bets up to $2bn on Orion Bio's oral GLP-1 pill",
        body=(
            "BOSTON -- Kestrel Pharma has licensed OB-7 from Orion Bio for $185 million upfront and up to "
            "$1.825 billion in milestones, a deal worth up to $2.01 billion.\n\n"
            "The original 2020 agreement, worth up to $3.9 billion, remains in place for other products."
        ),
    )
    assert got == {
        _m(185, "USD", AmountKind.UPFRONT),
        _m(1_825, "USD", AmountKind.POTENTIAL),
        _m(2_010, "USD", AmountKind.TOTAL),
    }


def test_a_table_of_columns_whose_rows_give_the_scale_is_read_row_by_row() -> None:
    body = (
        "ZUG -- Orion Bio AG today signed an exclusive worldwide licence with Kestrel Pharma for OB-7.\n\n"
        "Key financial terms (CHF) | Amount\n"
        "Upfront payment | 20 m\n"
        "Equity investment (Orion shares at a premium) | 5 m\n"
        "Development, regulatory & sales milestones (up to) | 310 m\n"
        "Total deal value (up to) | 335 m"
    )
    got = _amounts("Orion Bio signs exclusive worldwide licence with Kestrel Pharma for OB-7", body=body)
    assert got == {
        _m(20, "CHF", AmountKind.UPFRONT),
        _m(5, "CHF", AmountKind.EQUITY),
        _m(310, "CHF", AmountKind.POTENTIAL),
        _m(335, "CHF", AmountKind.TOTAL),
    }
    # figures whose scale neither the row nor the heading gives are not read as sums
    bare = body.replace(" m\n", "\n").removesuffix(" m")
    assert _m(20, "CHF", AmountKind.UPFRONT) not in _amounts(
        "Orion Bio signs licence with Kestrel", body=bare
    )


def test_a_word_that_names_the_payment_outvotes_a_verb_of_receipt() -> None:
    got = _amounts(
        "Orion Bio lands $1.6B from Kestrel in ADC licence pact",
        "Kestrel Pharma is committing $1.6 billion in cash and equity to Orion Bio for exclusive rights to "
        "its antibody-drug conjugate OB-7.",
    )
    assert got == {_m(1_600, "USD", AmountKind.TOTAL)}


def _milestone_amounts(title: str, summary: str) -> set[Row]:
    c = classify(Entry(wire="", native_id="t", url="", title=title, summary=summary, published=WHEN))
    assert c.events == (EventType.MILESTONE,)
    return {(a.value, a.currency, a.kind) for a in c.amounts}


def test_a_milestone_paid_partly_in_shares_is_the_milestone_its_cash_and_equity() -> None:
    got = _milestone_amounts(
        "Orion Bio pays $5 million milestone to Kestrel in cash and stock",
        "First patient dosing in Orion Bio's Phase 2 study of OB-7 triggered a $5 million milestone owed to "
        "licensor Kestrel Biologics, paid as $2 million in cash and $3 million in Orion Bio shares.",
    )
    assert got == {
        _m(5, "USD", AmountKind.MILESTONE),
        _m(2, "USD", AmountKind.MILESTONE),
        _m(3, "USD", AmountKind.EQUITY),
    }
    # sums that do not add up to the milestone are no parts of it
    other = _milestone_amounts(
        "Orion Bio pays $5 million milestone to Kestrel",
        "First patient dosing triggered a $5 million milestone owed to licensor Kestrel Biologics, which "
        "also bought $1 million in Orion Bio shares and $3 million in cash.",
    )
    assert _m(3, "USD", AmountKind.MILESTONE) not in other


def test_the_parts_of_a_milestone_are_read_where_another_event_restates_its_sum() -> None:
    title = "Orion Bio Achieves $10.0 Million Regulatory Milestone in Kestrel Collaboration"
    summary = (
        "Approval of a clinical trial application for OB-7 triggers an aggregate $10.0 million payment to "
        "Orion Bio, made up of $4.5 million in cash and a $5.5 million equity investment by Kestrel Pharma."
    )

    def amounts(summary: str) -> set[Row]:
        c = classify(Entry(wire="", native_id="t", url="", title=title, summary=summary, published=WHEN))
        assert c.events == (EventType.MILESTONE, EventType.IND)  # the milestone is proved by the headline
        return {(a.value, a.currency, a.kind) for a in c.amounts}

    assert amounts(summary) == {
        _m(10, "USD", AmountKind.MILESTONE),
        _m(4.5, "USD", AmountKind.MILESTONE),
        _m(5.5, "USD", AmountKind.EQUITY),
    }
    # sums that do not restate the milestone's are no parts of it
    assert amounts(summary.replace("an aggregate $10.0 million payment", "a payment")) == {
        _m(10, "USD", AmountKind.MILESTONE)
    }


def test_the_parts_of_a_milestone_are_read_where_the_summary_restates_its_sum() -> None:
    got = _milestone_amounts(
        "Orion Bio Receives FDA Approval of OB-7; Approval Triggers USD 36 Million Payment from Helix",
        "Licensee Helix will pay Orion Bio USD 36 million, a USD 10 million approval milestone plus USD 26 "
        "million to cover third-party milestone obligations.",
    )
    assert got == {
        _m(36, "USD", AmountKind.MILESTONE),
        _m(10, "USD", AmountKind.MILESTONE),
        _m(26, "USD", AmountKind.OTHER),
    }


def test_an_analyst_estimate_is_no_deal_term() -> None:
    title = "Orion Bio grants Helix Japanese rights to OB-7 for $20 million upfront"
    body = (
        "LONDON -- Orion Bio granted Helix exclusive Japanese rights to OB-7 for $20 million upfront.\n\n"
        "Broker notes suggested Orion could collect a further $20-25 million in sales-related payments."
    )
    assert _amounts(title, "", body) == {_m(20, "USD", AmountKind.UPFRONT)}
    told = (
        "LONDON -- Orion Bio granted Helix exclusive Japanese rights to OB-7 for $20 million upfront.\n\n"
        + ("Orion could collect up to $25 million in sales-related milestone payments.")
    )
    assert _m(25, "USD", AmountKind.POTENTIAL) in _amounts(title, "", told)


def test_a_news_story_s_reported_speech_is_no_recap() -> None:
    got = _amounts(
        "Kyowa Kirin licenses KHK4083 to Amgen",
        "",
        "TOKYO -- Kyowa Kirin Co., Ltd. (TSE: 4151) said on Tuesday it had agreed to jointly develop "
        "KHK4083 with Amgen Inc. (Nasdaq: AMGN), in a deal worth up to $1.25 billion, granting Amgen "
        "exclusive rights outside Japan.",
    )
    assert got == {_m(1250, "USD", AmountKind.TOTAL)}
    # a firm named as having done it is still telling an earlier deal
    earlier = _amounts(
        "Kyowa Kirin licenses KHK4083 to Amgen",
        "Kyowa Kirin today granted Amgen exclusive rights to KHK4083 outside Japan for $400 million upfront.",
        "TOKYO -- Kyowa Kirin Co., Ltd. (TSE: 4151) today granted Amgen Inc. exclusive rights to KHK4083. "
        "Amgen had agreed to pay $50 million for an option on the antibody.",
    )
    assert earlier == {_m(400, "USD", AmountKind.UPFRONT)}


def test_a_results_bullet_of_revenue_holds_no_deal_terms() -> None:
    got = _amounts(
        "Ostend Biologics Reports Half-Year 2022 Results and Expands Hanbit Licence to Greater China",
        "Ostend signed an amendment adding Greater China to Hanbit Pharmaceutical's licence for OB-112, with "
        "EUR 15 million upfront.",
        "GHENT -- Ostend Biologics NV today announced an amendment granting Hanbit Pharmaceutical exclusive "
        "rights to OB-112 in Greater China, for an upfront payment of EUR 15 million.\n\n"
        "- Revenue amounted to EUR 4.1 million (H1 2021: EUR 1.2 million), mainly consisting of the EUR 3 "
        "million Hanbit milestone.\n"
        "- Total revenue was EUR 9.6 million (2021: EUR 7.4 million), including milestone revenue of EUR "
        "2.5 million.",
        when=datetime(2022, 9, 1, tzinfo=UTC),
    )
    assert got == {_m(15, "EUR", AmountKind.UPFRONT)}


def test_an_earlier_milestone_told_in_a_clause_of_its_own_is_not_a_term() -> None:
    entry = Entry(
        wire="",
        native_id="t",
        url="",
        title="Sosei Heptares in line for US$5 million as Pfizer doses first volunteer",
        summary="Pfizer has dosed the first subject with PF-07258669, an event that triggers a US$5 million "
        "milestone payment to Sosei Heptares; the company booked US$3 million when Pfizer nominated the "
        "candidate in December 2019.",
        body="",
        published=datetime(2021, 3, 8, tzinfo=UTC),
    )
    c = classify(entry)
    assert EventType.MILESTONE in c.events
    assert {(a.value, a.kind) for a in c.amounts} == {(Decimal(5_000_000), AmountKind.MILESTONE)}


def test_a_milestone_s_conversion_set_off_by_a_comma_is_read() -> None:
    c = classify(
        Entry(
            wire="",
            native_id="t",
            url="",
            title="Norrvik Biotech gets EU nod for Phase Ib study; Kestrel payment follows",
            body=(
                "STOCKHOLM -- Norrvik Biotech can start its Phase Ib study of NRV-330 after regulators "
                "authorised its clinical trial application.\n\n"
                "Approval to start the Phase Ib study obliges Kestrel to pay Norrvik SEK 10 million, or "
                "about EUR 0.9 million."
            ),
            published=WHEN,
        )
    )
    assert EventType.MILESTONE in c.events
    got = {(a.value, a.currency, a.kind) for a in c.amounts}
    assert got == {_m(10, "SEK", AmountKind.MILESTONE), _m(0.9, "EUR", AmountKind.MILESTONE)}


def test_a_level_reached_is_no_payment_but_what_passing_it_entitles_to_is() -> None:
    got = _milestone_amounts(
        "Harcourt Pharma earns sales milestone from Mikasa",
        "Mikasa has told Harcourt that 2023 net sales of Velantra in Japan passed the JPY 10 billion level. "
        "Passing that level entitles Harcourt to a one-off payment of JPY 1.5 billion (approximately GBP 8.0 "
        "million), which Mikasa is due to pay by the end of March.",
    )
    assert got == {_m(1_500, "JPY", AmountKind.MILESTONE), _m(8, "GBP", AmountKind.MILESTONE)}


def test_an_option_fee_is_read_whatever_dates_the_agreement_or_the_data_before_it() -> None:
    got = _amounts(
        "Kestrel exercises option to develop Orion Bio's OB-7",
        "Kestrel has exercised its option to co-develop OB-7.",
        "Under the agreement, first signed in 2016 and amended in 2018, Kestrel will make a $250 million "
        "payment to Orion Bio to exercise its option.",
    )
    assert _m(250, "USD", AmountKind.UPFRONT) in got
    got = _amounts(
        "Kestrel opts in to OB-7 after pivotal readout, handing Orion Bio $325 million",
        body="DUBLIN -- Kestrel Pharma plc (Nasdaq: KSTR) has exercised its option to continue its exclusive "
        "licence to OB-7, committing to a one-time $325 million payment only days after pivotal data were "
        "released.",
    )
    assert _m(325, "USD", AmountKind.UPFRONT) in got


def test_receipts_that_now_total_a_sum_are_no_milestone_earned_now() -> None:
    entry = Entry(
        wire="",
        native_id="t",
        url="",
        title="Orion Bio earns $25 million sales milestone as OB-7 sales top $500 million",
        summary="Annual net sales of OB-7 by licensee Helix have passed $500 million, triggering a $25 "
        "million sales milestone payment; milestone receipts under the licence now total $115 million.",
        published=WHEN,
    )
    c = classify(entry)
    assert {(a.value, a.kind) for a in c.amounts} == {(Decimal(25_000_000), AmountKind.MILESTONE)}


def test_milestones_collected_so_far_counting_the_new_one_are_no_term() -> None:
    m = EventType.MILESTONE
    assert _amounts(
        "Nordlys banks EUR 12 million milestone as Brabant Pharma starts Phase 2",
        "Nordlys has earned a EUR 12 million development milestone payment from Brabant Pharma. Including "
        "Tuesday's payment, Nordlys has now collected EUR 27 million in milestones under the deal.",
        event=m,
    ) == {_m(12, "EUR", AmountKind.MILESTONE)}
    assert _amounts(
        "Orion Bio's partner files NDA, triggering $7 million milestone",
        "Orion Bio will receive a $7 million payment for the NDA filing milestone. The licence provides "
        "for up to $100 million in fees and milestone payments, of which Orion Bio has now received $35 "
        "million, including the milestone achieved today.",
        event=m,
    ) == {_m(7, "USD", AmountKind.MILESTONE)}


def test_a_milestone_earned_beside_a_deal_s_news_is_not_also_a_potential_payment() -> None:
    assert _amounts(
        "Perrault Earns $7.5 Million Milestone and Expands Antibody Licence with Castellan to Two Additional "
        "Targets",
        "Castellan's nomination of a development candidate triggered a $7.5 million milestone to Perrault; "
        "the expanded agreement adds exclusive licences for two new targets with a $10 million upfront fee.",
    ) == {_m(7.5, "USD", AmountKind.MILESTONE), _m(10, "USD", AmountKind.UPFRONT)}


def test_a_loan_s_tranches_and_an_earlier_record_deal_are_no_terms() -> None:
    assert _amounts(
        "Orion Bio 8-K: exclusive license agreement with Kestrel for OB-30 and $50 million loan facility",
        "Orion Bio in-licenses OB-30 from Kestrel for $27 million upfront.",
        "On July 27, 2024, the Company also entered into a loan and security agreement with K2 providing for "
        "term loans of up to $50.0 million in two tranches: $30.0 million available at closing and $20.0 "
        "million available subject to the terms of the agreement.",
    ) == {_m(27, "USD", AmountKind.UPFRONT)}
    assert _amounts(
        "Orion Bio strikes record $1.72 billion licensing deal with Janssen",
        "Orion Bio has granted Janssen an exclusive worldwide license to OB-84 for $100 million upfront.",
        "The previous record for a Korean licensing deal was the $1.3 billion agreement signed by Kestrel in "
        "November.",
    ) == {_m(1720, "USD", AmountKind.TOTAL), _m(100, "USD", AmountKind.UPFRONT)}


def test_a_deal_worth_a_sum_upfront_is_that_upfront() -> None:
    assert _amounts("Orion Bio discloses a licence with Kestrel worth $14 million upfront") == {
        _m(14, "USD", AmountKind.UPFRONT)
    }


def test_a_results_bullet_and_a_deal_struck_last_month_are_no_terms() -> None:
    assert _amounts(
        "Orion Bio plc: Final Results and Nordic Licence for OB-02",
        "Orion Bio has signed an exclusive licence giving Nordvik Pharma Nordic rights to OB-02, with GBP "
        "2.0 million upfront.",
        "Financial highlights\n- Revenue of £1.1 million (2022: £3.4 million, which included the upfront "
        "payment from Kestrel).",
    ) == {_m(2, "GBP", AmountKind.UPFRONT)}
    assert _amounts(
        "Kestrel pays $800 million upfront for Orion Bio's bispecific ADC",
        "Kestrel has signed an exclusive license agreement for Orion Bio's OB-01, paying $800 million "
        "upfront.",
        "Last month Kestrel agreed to pay $100 million upfront for Helix Bio's degrader conjugate HX-6151.",
    ) == {_m(800, "USD", AmountKind.UPFRONT)}


def test_the_price_of_a_business_bought_beside_a_licence_is_no_term() -> None:
    assert _amounts(
        "Brennar buys Coltrane's eye-care unit for GBP 210m and licenses Ikeda dry-eye drug for Europe",
        "Brennar's Dutch subsidiary obtains an exclusive licence to Ikeda's IK-4410 for JPY 3 billion "
        "upfront.",
    ) == {(Decimal(3_000_000_000), "JPY", AmountKind.UPFRONT)}


def test_a_release_says_what_its_bare_dollars_are() -> None:
    # a Canadian issuer's results: "$" is Canadian once the release says so; "US$" stays US dollars
    got = _amounts(
        "Tamarack Bio reports third quarter results and licenses TB-4 to Ipsen",
        "",
        "TORONTO, Nov. 12, 2024 -- Tamarack Bio Inc. (TSX: TMK) today reported results for the quarter ended "
        "September 30, 2024. All dollar amounts in this release are in Canadian dollars unless otherwise "
        "stated.\n\nOn November 8, 2024, Tamarack granted Ipsen an exclusive licence to TB-4 in Europe. "
        "Ipsen will pay an upfront fee of US$6.0 million (approximately $8.3 million) and up to $95 million "
        "in milestone payments.\n\nNet loss for the quarter was $4.1 million.",
        when=datetime(2024, 11, 12, tzinfo=UTC),
    )
    assert got == {
        _m(6, "USD", AmountKind.UPFRONT),
        _m(8.3, "CAD", AmountKind.UPFRONT),
        _m(95, "CAD", AmountKind.POTENTIAL),
    }


def test_dollars_are_us_dollars_unless_the_release_says_otherwise() -> None:
    # "amounts ... have been translated into Hong Kong dollars" says what a sum converts to, not what "$" is
    got = _amounts(
        "Harbour Gene licenses HG-11 to Zenvia",
        "",
        "HONG KONG, July 9, 2024 -- Harbour Gene Ltd. (HKEX: 2199) today announced an exclusive licence of "
        "HG-11 to Zenvia Inc., which will pay an upfront fee of $12 million. Amounts in US dollars have "
        "been translated into Hong Kong dollars at the rate of US$1 to HK$7.8 for illustration only.",
    )
    assert got == {_m(12, "USD", AmountKind.UPFRONT)}


def test_a_report_s_bare_figures_are_in_the_unit_it_declares() -> None:
    got = _amounts(
        "Linden Bio: Half-Year Report 2024",
        "Linden Bio reports first-half 2024 results and a new North American licence for LB-930 with Ostrow.",
        "Basel, 22 August 2024 – Linden Bio AG (SIX: LIND) today published its Half-Year Report 2024 and "
        "announced an exclusive licence agreement with Ostrow Therapeutics, Inc. for LB-930.\n\n"
        "All figures in CHF thousands unless otherwise noted.\n\n"
        "Under the agreement signed on 21 August 2024, Ostrow obtains the exclusive right to develop and "
        "commercialise LB-930 in the United States. Linden will receive an upfront payment of 12,000 and is "
        "eligible for milestone payments of up to 180,000.\n\nNet loss for the period was 9,850.",
        when=datetime(2024, 8, 22, tzinfo=UTC),
    )
    assert got == {_m(12, "CHF", AmountKind.UPFRONT), _m(180, "CHF", AmountKind.POTENTIAL)}


def test_a_table_s_heading_in_words_gives_its_rows_unit() -> None:
    got = _amounts(
        "Notice Regarding Conclusion of a License Agreement with Qiantai Biopharma for ST-207",
        "",
        "Sorahane Therapeutics Inc. hereby announces that it has concluded an exclusive license agreement "
        "with Qiantai Biopharma Co., Ltd. for ST-207 in Greater China.\n\n(4) Consideration\n\n"
        "(Unit: millions of yen)\nUpfront payment: 800\nDevelopment and regulatory milestones (maximum): "
        "6,500\nTotal (maximum): 7,300",
    )
    assert got == {
        (Decimal(800_000_000), "JPY", AmountKind.UPFRONT),
        (Decimal(6_500_000_000), "JPY", AmountKind.POTENTIAL),
        (Decimal(7_300_000_000), "JPY", AmountKind.TOTAL),
    }


def test_a_table_headed_in_thousands_reads_each_row_s_own_currency_sign() -> None:
    got = _amounts(
        "Orion Bio 8-K: Kestrel exercises option for exclusive worldwide rights to OB-55",
        "",
        "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn February 18, 2025, Kestrel delivered "
        "written notice of its election to exercise its option under the Option and License Agreement "
        "with respect to OB-55, and the exclusive worldwide license took effect.\n\nThe following table "
        "summarizes amounts payable to the Company as a result of the exercise:\n\n"
        "                    (in thousands)\n"
        "Option exercise fee, due within 45 days of notice           $  35,000\n"
        "Development and regulatory milestones (aggregate maximum)   $ 215,000\n"
        "Sales-based milestones (aggregate maximum)                  $ 400,000.5",
        when=datetime(2025, 2, 20, tzinfo=UTC),
    )
    assert got == {
        (Decimal(35_000_000), "USD", AmountKind.UPFRONT),
        (Decimal(215_000_000), "USD", AmountKind.POTENTIAL),
        (Decimal(400_000_500), "USD", AmountKind.POTENTIAL),
    }


def test_a_table_headed_in_thousands_without_a_currency_anywhere_gives_no_sums() -> None:
    got = _amounts(
        "Orion Bio 8-K: Kestrel exercises option for exclusive worldwide rights to OB-55",
        "",
        "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn February 18, 2025, Kestrel exercised "
        "its option under the Option and License Agreement with respect to OB-55.\n\n"
        "(in thousands)\nPatients enrolled to date      35,000\nSites      215",
        when=datetime(2025, 2, 20, tzinfo=UTC),
    )
    assert got == set()


def test_an_amendment_s_fee_due_within_thirty_days_is_paid_now_and_the_original_terms_are_its_past() -> None:
    got = _amounts(
        "Brackenridge 8-K: first amendment to license agreement with Helmholt Pharma",
        "",
        "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn July 1, 2024, the Company and Helmholt "
        "entered into a First Amendment to the License Agreement, under which the territory in which "
        "Helmholt holds exclusive rights to BRK-12 is expanded. Under the original terms Helmholt paid the "
        "Company an upfront payment of €25.0 million. Helmholt will pay the Company a non-refundable "
        "territory expansion fee of €15.0 million within thirty days after the effective date of the "
        "Amendment.",
    )
    assert got == {_m(15, "EUR", AmountKind.UPFRONT)}


def test_a_filing_s_note_on_an_earlier_licence_holds_that_licence_s_money() -> None:
    c = classify(
        Entry(
            wire="",
            native_id="t",
            url="",
            title="Elm Pharmaceuticals 10-Q: Korean sublicense for ELM-07 disclosed under Other Information",
            summary="",
            body=(
                "FORM 10-Q\n\nNote 7. License Agreements\nRidley University. In March 2017 the Company "
                "entered "
                'into an exclusive license agreement with Ridley University (the "Ridley License"). The '
                "Company paid an upfront fee of $250,000 and issued 150,000 shares of common stock to "
                "Ridley.\n\nItem 5. Other Information.\nOn November 4, 2020, the Company entered into a "
                "Sublicense Agreement with Daeyang Pharm Co., Ltd., under which the Company granted Daeyang "
                "an exclusive sublicense under the Company's rights under the Ridley License to develop "
                "ELM-07 in Korea. Daeyang will pay the Company an upfront payment of $3.0 million."
            ),
            published=datetime(2020, 11, 12, tzinfo=UTC),
        )
    )
    assert c.events == (L,)
    assert c.partners == ("Daeyang Pharm",)
    assert {(a.value, a.kind) for a in c.amounts} == {(Decimal(3_000_000), AmountKind.UPFRONT)}


def test_a_milestone_split_in_the_next_sentence_is_read_in_its_parts() -> None:
    body = (
        'On May 30, 2025, Corvalis Therapeutics, Inc. (the "Company") dosed the first patient in HARBOR-2. '
        "Under the APA, the first dosing of a patient in a Phase 2 clinical trial of CVT-88 constitutes a "
        "development event that obligates the Company to pay Tern Valley contingent consideration of $7.5 "
        "million. Of this amount, $5.0 million is payable in cash within thirty days after the development "
        "event, and the remaining $2.5 million is payable in cash on the first anniversary of the "
        "development event."
    )
    title = "Corvalis Therapeutics 8-K: first patient dosed in HARBOR-2 triggers contingent consideration"
    assert _amounts(title, "", body, event=EventType.MILESTONE) == {
        _m(7.5, "USD", AmountKind.MILESTONE),
        _m(5, "USD", AmountKind.MILESTONE),
        _m(2.5, "USD", AmountKind.OTHER),
    }
    # without the words that split it, the next sentence's money is not the milestone's
    other = body.replace("Of this amount, $5.0 million", "Separately, $5.0 million")
    assert _amounts(title, "", other, event=EventType.MILESTONE) == {_m(7.5, "USD", AmountKind.MILESTONE)}


def test_results_lines_and_payments_announced_months_before_are_no_terms_of_a_new_licence() -> None:
    body = (
        "ZUG, Switzerland, 21 August 2024 -- Halvor AG (SIX: HLVR) today reported its half-year "
        "results.\n\n- As announced on 12 March, a CHF 5 million milestone was received from Nordvik Pharma "
        "after the first patient was dosed in its Phase 3 study of HV-12\n\nRoyalty income rose 24% to CHF "
        "27.9 million. Milestone income was CHF 5.0 million, entirely the Nordvik payment, compared with CHF "
        "6.5 million a year earlier.\n\nHalvor also announces today that it signed an exclusive licence "
        "agreement with Pacifica Sciences Ltd (HKEX: 3318). Pacifica will pay Halvor an upfront fee of CHF "
        "15 million, and Halvor is eligible for up to CHF 140 million in milestones."
    )
    assert _amounts(
        "Halvor Reports Half-Year 2024 Results", "", body, when=datetime(2024, 8, 21, tzinfo=UTC)
    ) == {
        _m(15, "CHF", AmountKind.UPFRONT),
        _m(140, "CHF", AmountKind.POTENTIAL),
    }


def test_a_sum_broken_down_in_the_next_sentence_into_a_fee_and_a_milestone_is_a_total() -> None:
    got = _amounts(
        "Cindermill and Harrowgate Expand License to Japan; Cindermill to Receive $55 Million in Near-Term "
        "Payments",
        "",
        "Under the amended agreement, Cindermill will receive $55 million in near-term payments. These "
        "consist of a $35 million territory expansion fee payable upon signing and a $20 million development "
        "milestone that the companies have agreed is earned immediately.",
        event=L,
    )
    assert _m(55, "USD", AmountKind.TOTAL) in got
    assert _m(35, "USD", AmountKind.UPFRONT) in got


def test_a_firm_s_cash_and_a_budget_for_other_deals_are_no_terms() -> None:
    assert _amounts(
        "Dravik hands MASH drug back to Pellucid after pipeline review",
        "Dravik Pharma is ending its 2021 licence for Pellucid's PLC-404, paying a $3 million termination "
        "fee.",
        "Pellucid said it has $96 million in cash and will evaluate all paths for PLC-404. Dravik has said "
        "it wants to spend up to $2 billion a year on bolt-on deals.",
    ) == {_m(3, "USD", AmountKind.OTHER)}


def test_a_share_of_a_milestone_passed_on_to_a_licensor_is_milestone_money() -> None:
    got = _amounts(
        "Brackenridge Bio collects $20 million as Sable starts Phase 3, passes $4 million on to licensor "
        "Oxbury",
        "Sable's start of a Phase 3 trial earns Brackenridge Bio a $20 million milestone; under its 2019 "
        "in-licence, Brackenridge will pass $4 million of that payment through to Oxbury Therapeutics.",
        event=EventType.MILESTONE,
    )
    assert got == {_m(20, "USD", AmountKind.MILESTONE), _m(4, "USD", AmountKind.MILESTONE)}


def test_rights_bought_back_now_bring_their_own_terms() -> None:
    got = _amounts(
        "Ferrowood Therapeutics Reacquires Worldwide Rights to FW-110 from Castelmoor Biopharma",
        "Ferrowood has ended its 2021 license with Castelmoor and regained global rights to FW-110, paying "
        "$12 million at signing, with up to $30 million in sales milestones and low single-digit royalties.",
    )
    assert got == {_m(12, "USD", AmountKind.UPFRONT), _m(30, "USD", AmountKind.POTENTIAL)}


def test_a_stake_bought_in_a_named_firm_s_round_is_the_deal_s_equity() -> None:
    got = _amounts(
        "Hollins Bio licenses eye drug HB-3 to Marrow Pharma",
        "Marrow pays a $6 million upfront fee and invests $9 million in Hollins's Series B; Hollins may "
        "earn up to $200 million in milestones.",
    )
    assert got == {
        _m(6, "USD", AmountKind.UPFRONT),
        _m(9, "USD", AmountKind.EQUITY),
        _m(200, "USD", AmountKind.POTENTIAL),
    }
    bought = _amounts(
        "Hollins Bio licenses eye drug HB-3 to Marrow Pharma",
        "Marrow will pay $6 million upfront for exclusive rights to HB-3.",
        "Marrow will also purchase $9 million of Hollins’s Series B preferred stock, joining a $50 million "
        "round led by Fenwick Capital.",
    )
    assert got == bought | {_m(200, "USD", AmountKind.POTENTIAL)}
    # a firm's own round, told beside the deal, is no term of it
    own = _amounts(
        "Hollins Bio licenses eye drug HB-3 to Marrow Pharma",
        "Marrow will pay $6 million upfront for exclusive rights to HB-3.",
        "Hollins raised $50 million in its Series B financing last year.",
    )
    assert own == {_m(6, "USD", AmountKind.UPFRONT)}


def test_an_option_deal_s_bulleted_terms_read_a_stake_in_a_round_and_a_fee_per_programme() -> None:
    got = _amounts(
        "Ardmore pays $40 million upfront for options on Nexilis Bio's protein degraders",
        "Ardmore Pharmaceuticals has signed a research collaboration and option agreement with Nexilis Bio.",
        "Ardmore Pharmaceuticals Inc. has struck a research collaboration and option agreement with Nexilis "
        "Bio, giving it exclusive options to license up to four programmes.\n\n"
        "The financial package, as described by the two companies:\n"
        "- $40 million upfront in cash\n"
        "- a $20 million equity investment in Nexilis' Series B preferred shares, closing alongside the "
        "agreement\n"
        "- an option exercise fee of $10 million per programme\n\n"
        "Including these proceeds, Nexilis expects cash of approximately $210 million, sufficient to fund "
        "operations into 2028.",
    )
    assert got == {
        _m(40, "USD", AmountKind.UPFRONT),
        _m(20, "USD", AmountKind.EQUITY),
        _m(10, "USD", AmountKind.POTENTIAL),
    }


def test_rights_a_partner_already_holds_leave_the_new_terms_of_the_sentence_news() -> None:
    got = _amounts(
        "Orvane widens Belcastro gene therapy pact to Latin America",
        "Orvane has amended its licence with Italy's Belcastro Pharma to add Latin America to the European "
        "rights Belcastro already holds for ORV-201, receiving EUR 5 million (about $5.4 million) upfront "
        "and up to EUR 40 million (about $43 million) in milestones.",
    )
    assert got == {
        _m(5, "EUR", AmountKind.UPFRONT),
        _m(5.4, "USD", AmountKind.UPFRONT),
        _m(40, "EUR", AmountKind.POTENTIAL),
        _m(43, "USD", AmountKind.POTENTIAL),
    }


def test_what_is_left_of_an_earlier_year_s_deal_is_background_beside_a_new_licence() -> None:
    got = _amounts(
        "Brevik licenses China rights to BRV-9 to Huaxin for $5 million upfront",
        "Brevik has licensed China rights to BRV-9 to Huaxin for $5 million upfront and up to $70 million "
        "in milestones. Under the 2022 Ardent agreement Brevik remains eligible for more than NOK 1.5 "
        "billion in further milestones.",
    )
    assert got == {_m(5, "USD", AmountKind.UPFRONT), _m(70, "USD", AmountKind.POTENTIAL)}


def test_a_share_class_given_as_consideration_is_equity_and_a_share_sale_to_investors_no_term() -> None:
    got = _amounts(
        "Averna in-licenses AVR-303 from Meridale",
        "Averna has entered into an exclusive license agreement with Meridale under which Averna obtains "
        "worldwide rights to AVR-303. Meridale will receive an upfront payment of $2 million and shares of "
        "Averna Series B preferred stock valued at $5 million, and is eligible for up to $110 million in "
        "milestones.",
    )
    assert got == {
        _m(2, "USD", AmountKind.UPFRONT),
        _m(5, "USD", AmountKind.EQUITY),
        _m(110, "USD", AmountKind.POTENTIAL),
    }
    got = _amounts(
        "Brightmoor Announces $25 Million Registered Direct Offering",
        "Brightmoor has agreed to sell $25 million of common stock to institutional investors; the company "
        "also said Halvorsen has exercised its option to an exclusive worldwide licence to BMB-640, paying a "
        "$12 million option exercise fee.",
    )
    assert got == {_m(12, "USD", AmountKind.UPFRONT)}


def test_an_upfront_received_when_the_option_agreement_was_signed_is_background_to_the_exercise() -> None:
    got = _amounts(
        "Grenfell exercises option to license Calyra's CLY-804, triggering $20 million milestone",
        "Under the option and licence agreement the companies signed in April 2024, the option exercise "
        "triggers a milestone payment of $20 million to Calyra. Calyra received $15 million upfront when the "
        "option agreement was signed.",
        when=datetime(2026, 6, 9, tzinfo=UTC),
    )
    assert _m(15, "USD", AmountKind.UPFRONT) not in got
    assert _m(20, "USD", AmountKind.MILESTONE) in got


def test_a_cap_named_as_milestones_stays_potential_though_an_upfront_and_a_tier_add_up_to_it() -> None:
    got = _amounts(
        "Corvane licenses CRV-221 to Meridia outside the United States",
        "Corvane has granted Meridia exclusive ex-U.S. rights to CRV-221. Upfront consideration of $60 "
        "million in cash. Sales milestones of up to $150 million in aggregate, each payable once: $20 "
        "million when annual net sales first exceed $300 million; $40 million when annual net sales first "
        "exceed $600 million; $90 million when annual net sales first exceed $1 billion.",
    )
    assert _m(150, "USD", AmountKind.POTENTIAL) in got
    assert _m(150, "USD", AmountKind.TOTAL) not in got
    assert _m(90, "USD", AmountKind.POTENTIAL) in got


def test_new_money_added_on_top_of_an_old_deal_s_terms_is_a_term_and_a_partner_s_funding_is_none() -> None:
    body = (
        "CAMBRIDGE, Mass. -- Orion Bio (Nasdaq: ORBI) today announced that it and Helix have amended their "
        "licence so that Helix's exclusive rights to OB-7 extend to Japan and China.\n\n"
        "Helix will pay a $20 million expansion fee on signing and Orion Bio becomes eligible for up to $150 "
        "million in additional development and sales milestones, on top of the milestones in the original "
        "deal.\n\nHelix, backed by $180 million in venture funding, plans to start a Phase 2 study this year."
    )
    got = _amounts("Orion Bio widens Helix licence to Asia for $20 million upfront", body=body)
    assert got == {_m(20, "USD", AmountKind.UPFRONT), _m(150, "USD", AmountKind.POTENTIAL)}
    # the old deal's own sums are still its terms, not today's
    old = body.replace(
        "on top of the milestones in the original deal", "beside the $90 million paid under the original deal"
    )
    assert _m(90, "USD", AmountKind.POTENTIAL) not in _amounts(
        "Orion Bio widens Helix licence to Asia", body=old
    )


def test_an_anniversary_payment_keeps_its_cue_from_the_milestones_after_a_comma_and_with() -> None:
    got = _amounts(
        "Aldercourt widens Ravensway licence to Japan",
        "Aldercourt adds Japan to its licence for Ravensway's RVB-6, paying a €10m amendment fee now and "
        "€5m on "
        "the first anniversary, with up to €45m more in Japanese milestones.",
    )
    assert _m(45, "EUR", AmountKind.POTENTIAL) in got
    assert _m(45, "EUR", AmountKind.OTHER) not in got
    assert _m(5, "EUR", AmountKind.OTHER) in got


def test_a_rights_return_s_own_payments_told_over_two_sentences_are_its_terms() -> None:
    body = (
        "BOSTON, Aug. 30, 2022 -- Orion Bio, Inc. today announced that its 2018 license agreement with Helix "
        "for OB-7 has ended and all rights outside the United States have returned to Orion Bio.\n\n"
        "Under the agreement, Orion Bio will pay Helix $12 million upon signing and a further $8 million on "
        "the "
        "first anniversary of the agreement. Helix is also eligible for up to $45 million in payments tied "
        "to "
        "net sales of OB-7 outside the United States.\n\n"
        "Helix licensed ex-U.S. rights to OB-7 in March 2018, paying $30 million upfront. Under that licence "
        "Orion Bio was eligible for up to $400 million in milestones."
    )
    got = _amounts(
        "Orion Bio Regains Worldwide Rights to OB-7 from Helix",
        body=body,
        when=datetime(2022, 8, 30, tzinfo=UTC),
    )
    assert got == {
        _m(12, "USD", AmountKind.UPFRONT),
        _m(8, "USD", AmountKind.OTHER),
        _m(45, "USD", AmountKind.POTENTIAL),
    }


def test_what_a_licence_brought_since_it_was_entered_into_is_no_term_of_its_ending() -> None:
    body = (
        "On March 28, 2022, Orion Bio, Inc. received written notice from Helix GmbH of Helix's election to "
        "terminate the License Agreement, dated June 4, 2019, under which Orion Bio granted Helix an "
        "exclusive "
        "license to OB-7 in Europe.\n\n"
        "Since entering into the License Agreement, the Company has received an aggregate of $31.5 million "
        "from "
        "Helix, consisting of a $25.0 million upfront payment and a $6.5 million development milestone "
        "payment."
    )
    got = _amounts(
        "Orion Bio - Form 8-K - Item 1.02 Termination of a Material Definitive Agreement",
        "Helix has given notice terminating its 2019 licence to Orion Bio's OB-7.",
        body,
        when=datetime(2022, 3, 31, tzinfo=UTC),
    )
    assert got == set()


def test_a_share_of_study_costs_named_a_contribution_is_other_money() -> None:
    got = _amounts(
        "Sakuragawa in-licenses QLN-880 for Japan",
        "Sakuragawa in-licenses QLN-880 for Japan, paying JPY 3.0 bn upfront with up to JPY 18.5 bn in "
        "milestones and a JPY 600 mn Phase 3 contribution.",
    )
    assert (Decimal(600_000_000), "JPY", AmountKind.OTHER) in got
    listed = _amounts(
        "Sakuragawa Signs License Agreement with Quillon Bio for QLN-880",
        body="Outline of the agreement\n(1) Upfront payment: JPY 3.0 bn\n"
        "(2) Contribution to global Phase 3 study costs: JPY 600 mn",
    )
    assert (Decimal(600_000_000), "JPY", AmountKind.OTHER) in listed


def test_an_upfront_due_within_days_written_in_words_and_figures_is_a_term() -> None:
    got = _amounts(
        "Orion Bio enters into exclusive license agreement with Helix",
        "Pursuant to the License Agreement, Helix will pay the Company a one-time, non-refundable upfront "
        "payment of $18.0 million within thirty (30) days after the Effective Date.",
    )
    assert got == {_m(18, "USD", AmountKind.UPFRONT)}


def test_upfront_and_deferred_payments_told_as_one_sum_make_a_total() -> None:
    got = _amounts(
        "Orion Bio licenses OB-7 to Helix",
        "Helix will pay Orion Bio $75 million upfront and a further $25 million on the first anniversary of "
        "the "
        "agreement, for upfront and anniversary payments totalling $100 million.",
    )
    assert got == {
        _m(75, "USD", AmountKind.UPFRONT),
        _m(25, "USD", AmountKind.OTHER),
        _m(100, "USD", AmountKind.TOTAL),
    }


def test_rows_with_dot_leaders_under_a_list_of_milestone_payments_are_potential() -> None:
    body = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        "On January 8, 2025, Orion Bio, Inc. entered into an exclusive license agreement with Helix under "
        "which "
        "Orion Bio in-licensed rights to HX-4, paying a non-refundable upfront payment of $20.0 million.\n\n"
        "The Company is also obligated to make the following development and regulatory milestone payments, "
        "each payable once:\n\n"
        "  First patient dosed in a Phase 2 clinical trial ........................ $5.0 million\n"
        "  Acceptance of an NDA by the U.S. FDA ....................................... $25.0 million\n"
        "  U.S. regulatory approval ................................................... $40.0 million\n\n"
        "The aggregate development and regulatory milestones total $70.0 million. In addition, the Company "
        "may "
        "be required to pay sales-based milestones of up to $175.0 million in the aggregate upon annual net "
        "sales first reaching $250 million, $500 million and $1 billion, respectively."
    )
    when = datetime(2025, 1, 10, tzinfo=UTC)
    got = _amounts("Orion Bio 8-K: Exclusive License Agreement with Helix for HX-4", body=body, when=when)
    assert got == {
        _m(20, "USD", AmountKind.UPFRONT),
        _m(5, "USD", AmountKind.POTENTIAL),
        _m(25, "USD", AmountKind.POTENTIAL),
        _m(40, "USD", AmountKind.POTENTIAL),
        _m(70, "USD", AmountKind.POTENTIAL),
        _m(175, "USD", AmountKind.POTENTIAL),
    }
    # rows under a line that names no milestones take no kind from it
    plain = body.replace("development and regulatory milestone payments, each payable once:", "payments:")
    assert _m(25, "USD", AmountKind.POTENTIAL) not in _amounts(
        "Orion Bio 8-K: Exclusive License Agreement with Helix for HX-4", body=plain, when=when
    )


def test_a_milestone_paid_in_cash_and_the_rest_set_off_is_paid_in_two_parts() -> None:
    earned = (
        "On October 21, 2020, OB-7 advanced to Phase 2, and the Company earned a $25.0 million milestone "
        "payment from Novartis."
    )
    rest = (
        " As specified under the License Agreement, the Company will receive $17.7 million in cash and the "
        "remaining balance of $7.3 million will be recognized as a reduction to its debt obligation to "
        "Novartis."
    )
    when = datetime(2020, 11, 5, tzinfo=UTC)
    got = _amounts("Orion Bio earns $25 million milestone from Novartis", earned + rest, when=when, event=M)
    assert got == {
        _m(25, "USD", AmountKind.MILESTONE),
        _m(17.7, "USD", AmountKind.MILESTONE),
        _m(7.3, "USD", AmountKind.MILESTONE),
    }
    # the rest paid on an anniversary is deferred money, not the milestone
    deferred = rest.replace(
        "will be recognized as a reduction to its debt obligation to Novartis",
        "is payable on the first anniversary",
    )
    got = _amounts(
        "Orion Bio earns $25 million milestone from Novartis", earned + deferred, when=when, event=M
    )
    assert _m(7.3, "USD", AmountKind.OTHER) in got


def test_the_size_of_a_market_told_beside_a_licence_is_no_deal_value() -> None:
    got = _amounts(
        "Varunaksh in-licenses HNB-204 for India",
        "Varunaksh will pay ₹42 crore upfront for exclusive rights to HNB-204 in India. The domestic market "
        "for vitiligo therapies is valued at around ₹900 crore.",
    )
    assert got == {(Decimal(420_000_000), "INR", AmountKind.UPFRONT)}


def test_what_the_market_put_on_the_company_is_no_deal_value() -> None:
    got = _amounts(
        "Orion Bio licenses OB-7 to Helix in deal worth up to $540 million",
        "Helix will pay $18 million upfront; the deal is worth up to $540 million. Before Thursday the "
        "company was valued at about GBP 60 million.",
    )
    assert got == {_m(18, "USD", AmountKind.UPFRONT), _m(540, "USD", AmountKind.TOTAL)}
    # the deal valued at a sum is its value
    valued = _amounts(
        "Orion Bio licenses OB-7 to Helix",
        "Helix will pay $18 million upfront under the licence, which is valued at up to $540 million.",
    )
    assert valued == {_m(18, "USD", AmountKind.UPFRONT), _m(540, "USD", AmountKind.TOTAL)}


def test_other_firms_deals_under_a_heading_of_their_own_are_not_the_licence_s_terms() -> None:
    lead = (
        "Orion Bio said on Tuesday that it has granted Helix Pharmaceuticals an exclusive worldwide licence "
        "to OB-7.\n\nHelix will pay US$45 million upfront and up to US$1.02 billion in milestones."
    )
    others = (
        "\n\nOther deals this week\n\n- Kestrel Seiyaku agreed to acquire privately held Tarn Therapeutics, "
        "an Osaka developer of inhaled antivirals, for 12 billion yen in cash plus up to 6 billion yen in "
        "contingent payments.\n\n- Yunshan Biotech closed a RMB 520 million Series C financing."
    )
    terms = {_m(45, "USD", AmountKind.UPFRONT), _m(1020, "USD", AmountKind.POTENTIAL)}
    assert _amounts("Asia deals digest: Orion Bio licenses OB-7 to Helix", "", lead + others) == terms
    # a heading over the deal's own terms leaves them its terms
    own = lead.replace("\n\nHelix will pay", "\n\nFinancial terms\n\nHelix will pay")
    assert _amounts("Orion Bio licenses OB-7 to Helix", "", own) == terms


def test_a_table_whose_columns_each_give_a_currency_reads_each_row_with_its_conversion() -> None:
    body = (
        "Orion Bio today announced an exclusive license agreement with Helix Pharma for OB-7.\n\n"
        "Summary of financial terms (USD figures are approximate)\n"
        "Payment | EUR | USD\n"
        "Upfront payment | 40 million | 43 million\n"
        "Research funding over three years | up to 12 million | up to 13 million\n"
        "Sales milestones, per target | up to 110 million | up to 119 million\n"
        "Royalties | tiered | tiered"
    )
    got = _amounts("Orion Bio and Helix Pharma sign exclusive license agreement", "", body)
    assert got == {
        _m(40, "EUR", AmountKind.UPFRONT),
        _m(43, "USD", AmountKind.UPFRONT),
        _m(12, "EUR", AmountKind.OTHER),
        _m(13, "USD", AmountKind.OTHER),
        _m(110, "EUR", AmountKind.POTENTIAL),
        _m(119, "USD", AmountKind.POTENTIAL),
    }
    # a table whose columns are no currencies is no such table
    other = body.replace("Payment | EUR | USD", "Payment | Target A | Target B")
    assert _m(43, "USD", AmountKind.UPFRONT) not in _amounts(
        "Orion Bio and Helix Pharma sign licence", "", other
    )
