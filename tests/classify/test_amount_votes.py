"""One payment printed twice, named vaguely once and by its kind once: the named kind is kept."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.classify import classify
from bot.models import AmountKind, Entry, EventType


def _release(*, title: str, summary: str = "", body: str = "") -> Entry:
    return Entry(
        wire="globenewswire",
        native_id="n-1",
        url="https://example.com/n-1",
        title=title,
        summary=summary,
        body=body,
    )


def test_a_headline_sum_without_its_kind_takes_the_kind_the_story_names() -> None:
    entry = _release(
        title="Weisshorn Bio widens pact with Doré Pharma to cover Japan, pockets €12.5m",
        summary=(
            "Weisshorn Biotherapeutics has amended its licence with Doré Pharma to add Japan to Doré's "
            "territory for an additional €12.5m upfront."
        ),
    )
    amounts = {(a.value, a.currency): a.kind for a in classify(entry).amounts}
    assert amounts == {(Decimal(12_500_000), "EUR"): AmountKind.UPFRONT}


def test_sums_listed_after_one_noun_share_its_kind() -> None:
    entry = _release(
        title="Quenby Therapeutics Achieves Two Development Milestones Under Renmark Collaboration",
        summary="Completion of two studies under the Renmark collaboration earned Quenby milestones of "
        "$10 million and $7.5 million.",
    )
    amounts = {(a.value, a.kind) for a in classify(entry).amounts}
    assert amounts == {
        (Decimal(10_000_000), AmountKind.MILESTONE),
        (Decimal(7_500_000), AmountKind.MILESTONE),
    }


@pytest.mark.parametrize(
    "restated",
    [
        "The payment is equivalent to about US$2.6 million.",
        "Coralstone said the payment, worth roughly US$2.6 million, would be booked this quarter.",
    ],
)
def test_a_milestone_restated_in_another_currency_by_a_sentence_of_its_own_is_labelled_in_both(
    restated: str,
) -> None:
    entry = _release(
        title="Coralstone Bio earns A$4 million milestone from Huaxin Pharma",
        summary=f"Coralstone Bio has earned an A$4 million milestone payment from Huaxin Pharma. {restated}",
    )
    amounts = {(a.value, a.currency, a.kind) for a in classify(entry).amounts}
    assert amounts == {
        (Decimal(4_000_000), "AUD", AmountKind.MILESTONE),
        (Decimal(2_600_000), "USD", AmountKind.MILESTONE),
    }


def test_a_sum_in_another_currency_that_restates_nothing_is_left_out() -> None:
    entry = _release(
        title="Coralstone Bio earns A$4 million milestone from Huaxin Pharma",
        summary="Coralstone Bio has earned an A$4 million milestone payment from Huaxin Pharma. "
        "Its cash stood at US$26 million at the end of June.",
    )
    assert {a.currency for a in classify(entry).amounts} == {"AUD"}


def test_a_second_restatement_inside_the_same_brackets_is_read_as_a_conversion() -> None:
    entry = _release(
        title="Hayatori Pharma Receives 2.5 Billion Yen Milestone from Obsidara Therapeutics",
        summary="Hayatori Pharma today announced that it has received a milestone payment of 2.5 billion "
        "Japanese yen (¥2.5 billion; approximately US$16.8 million) from Obsidara Therapeutics, Inc.",
    )
    amounts = {(a.value, a.currency, a.kind) for a in classify(entry).amounts}
    assert amounts == {
        (Decimal(2_500_000_000), "JPY", AmountKind.MILESTONE),
        (Decimal(16_800_000), "USD", AmountKind.MILESTONE),
    }


def test_a_sum_said_to_equal_one_in_another_currency_is_its_conversion() -> None:
    entry = _release(
        title="Tayvale licenses oral Lp(a) inhibitor to Kestrel Pharma",
        summary="Tayvale granted Kestrel an exclusive licence to TV-5. Tayvale will receive an upfront "
        "payment of $200 million, equal to about RMB 1.45 billion, and could earn up to $1.77 billion in "
        "milestones.",
    )
    amounts = {(a.value, a.currency, a.kind) for a in classify(entry).amounts}
    assert (Decimal(1_450_000_000), "CNY", AmountKind.UPFRONT) in amounts


def test_sums_in_two_currencies_apart_at_a_semicolon_stay_two_payments() -> None:
    entry = _release(
        title="Acme licenses AB-1 to Beta Pharma",
        summary="Acme licensed AB-1 to Beta Pharma for $10 million upfront; Beta will also pay EUR 5 million "
        "in research funding.",
    )
    kinds = {(a.currency, a.kind) for a in classify(entry).amounts}
    assert kinds == {("USD", AmountKind.UPFRONT), ("EUR", AmountKind.OTHER)}


def test_a_payment_named_a_milestone_in_the_next_sentence_brings_its_sum() -> None:
    entry = _release(
        title="Skelwith banks EUR12m as partner Kestelholm moves eczema antibody into Phase 3",
        body="Skelwith Bio has banked EUR12m from Kestelholm A/S after the Danish group enrolled the first "
        "patient in the pivotal Phase 3 programme of KST-808.\n\nThe payment is a clinical milestone under "
        "the regional licence the two firms signed in 2022.",
    )
    c = classify(entry)
    assert EventType.MILESTONE in c.events
    assert {(a.value, a.currency, a.kind) for a in c.amounts} == {
        (Decimal(12_000_000), "EUR", AmountKind.MILESTONE)
    }


def test_a_milestone_converted_in_brackets_in_a_sentence_that_does_not_prove_it_is_labelled_in_both() -> None:
    entry = _release(
        title="Gravelund Bio Receives SEK 50 Million Milestone Payment from Kirrawee Pharma",
        body="The start of the study triggers a milestone payment of SEK 50 million (approximately USD 4.7 "
        "million) to Gravelund, which is expected to be received in the second quarter.",
    )
    assert {(a.value, a.currency, a.kind) for a in classify(entry).amounts} == {
        (Decimal(50_000_000), "SEK", AmountKind.MILESTONE),
        (Decimal(4_700_000), "USD", AmountKind.MILESTONE),
    }


def test_guaranteed_payments_on_anniversaries_are_other_money_not_potential() -> None:
    entry = _release(
        title="Strathmoss Biotech and Yewdale Pharma Amend License to Add Middle East and Africa",
        summary="Under the amendment, Yewdale will pay Strathmoss GBP 2 million upfront and a further GBP 1 "
        "million on each of the first and second anniversaries of the amendment.",
    )
    assert {(a.value, a.kind) for a in classify(entry).amounts} == {
        (Decimal(2_000_000), AmountKind.UPFRONT),
        (Decimal(1_000_000), AmountKind.OTHER),
    }


def test_a_guaranteed_development_payment_is_owed_money_not_a_potential_milestone() -> None:
    entry = _release(
        title="argenx Announces Exclusive License Agreement with Zai Lab for Efgartigimod in Greater China",
        summary="argenx will receive a $75 million upfront payment and a $25 million guaranteed "
        "non-creditable development payment, and will be eligible for milestones and royalties.",
    )
    assert {(a.value, a.kind) for a in classify(entry).amounts} == {
        (Decimal(75_000_000), AmountKind.UPFRONT),
        (Decimal(25_000_000), AmountKind.OTHER),
    }


def test_shares_issued_and_valued_at_a_sum_are_equity_not_a_deal_value() -> None:
    entry = _release(
        title="Brannock & Hale Acquires Exclusive License to RNA-Editing Platform from Kestrel University",
        body=(
            "NEW YORK -- Brannock & Hale Therapeutics, Inc. today announced an exclusive license agreement "
            "with Kestrel University. Under the terms of the license agreement, Brannock & Hale will pay an "
            "upfront license fee of $1.5 million and issue to Kestrel University 250,000 shares of its "
            "common stock, valued at $612,500."
        ),
    )
    amounts = {a.value: a.kind for a in classify(entry).amounts}
    assert amounts[Decimal(612_500)] is AmountKind.EQUITY
    assert amounts[Decimal(1_500_000)] is AmountKind.UPFRONT


def test_a_profit_share_is_a_deal_term_not_a_profit_figure() -> None:
    entry = _release(
        title="Zealand Pharma and Roche Enter Collaboration and License Agreement",
        body=(
            "COPENHAGEN -- Zealand Pharma A/S today announced a collaboration and license agreement with "
            "Roche. Total consideration to Zealand could reach USD 5.3 billion (approximately DKK 36.4 "
            "billion), excluding royalties and the profit share."
        ),
    )
    amounts = {(a.value, a.currency): a.kind for a in classify(entry).amounts}
    assert amounts == {
        (Decimal(5_300_000_000), "USD"): AmountKind.TOTAL,
        (Decimal(36_400_000_000), "DKK"): AmountKind.TOTAL,
    }
