"""OCR damage inside sums: scale words and zeros read as letters are mended so the money is read."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from bot.classify import classify
from bot.classify.text import normalise
from bot.models import AmountKind, Entry


@pytest.mark.parametrize(
    ("damaged", "mended"),
    [
        ("up to $95 mi1lion in milestones", "up to $95 million in milestones"),
        ("$9.3 bi1lion", "$9.3 billion"),
        ("EUR 3 bilIion", "EUR 3 billion"),
        ("$4O million upfront", "$40 million upfront"),
        ("$1O.5 million", "$10.5 million"),
        (
            "an upfront payment of $30,000,0O0 within thirty days",
            "an upfront payment of $30,000,000 within thirty days",
        ),
    ],
)
def test_damaged_sums_are_mended(damaged: str, mended: str) -> None:
    assert normalise(damaged) == mended


@pytest.mark.parametrize(
    "text",
    [
        "Million Dollar Club",
        "$40 million",
        "Bio1lion Labs",
        "OB-1O1 costs $5 million",
        "$O million",
        "$3,OOO",
    ],
)
def test_undamaged_words_and_codes_stay_as_they_are(text: str) -> None:
    assert normalise(text) == text


def test_a_damaged_sum_is_read_as_a_deal_term() -> None:
    entry = Entry(
        wire="",
        native_id="t",
        url="",
        title="Orion Bio grants Helix exclusive rights to OB-7 in Japan",
        summary="Helix pays $15 million upfront, and Orion Bio becomes eligible for up to $95 mi1lion in "
        "additional development and sales milestones.",
        published=datetime(2024, 4, 15, tzinfo=UTC),
    )
    got = {(a.value, a.kind) for a in classify(entry).amounts}
    assert (Decimal(95_000_000), AmountKind.POTENTIAL) in got
