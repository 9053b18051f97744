"""The number pattern reads the same numbers as its plain form, which checks the character before first."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify.amounts import find_money, read_amounts
from bot.classify.money_grammar import _NUMBER

_PLAIN = re.compile(
    r"(?<![\d.,])(?:"
    r"\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?"
    r"|\d{1,3}(?:\.\d{3}){2,5}(?:,\d{1,6})?"
    r"|\d{1,3}(?:\.\d{3}){1,5},\d{1,6}"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?![\d.,]\d)"
    r"|\d{1,15}(?:[.,]\d{1,6})?"
    r")(?!\d)"
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789.., \u00a0\u2009$€a٣", max_size=40))
def test_numbers_found_as_by_the_plain_pattern(value: str) -> None:
    assert [m.span() for m in _NUMBER.finditer(value)] == [m.span() for m in _PLAIN.finditer(value)]


def test_numbers_in_prose() -> None:
    value = "up to $1,250,000.50, EUR 1.250.000,5 or SEK 1 250 000 and 12,5 Mio; 2024-25; 1.2.3"
    assert [m.group(0) for m in _NUMBER.finditer(value)] == [m.group(0) for m in _PLAIN.finditer(value)]


def test_swiss_thousands_and_may_as_a_month() -> None:
    assert [(m.value, m.currency) for m in find_money("paid CHF 4'000'000 upfront")] == [
        (Decimal(4_000_000), "CHF")
    ]
    assert [(m.value, m.currency) for m in find_money("CHF 1’250’000.50")] == [(Decimal("1250000.5"), "CHF")]
    assert find_money("the company's 5 programmes") == []
    dated = "Kamnik dosed a patient on May 28, which triggered a US$4.0M development milestone payment"
    assert [r.amount.kind.value for r in read_amounts(dated)] == ["milestone"]
