"""Money display, conversion and parsing."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.models import Amount, AmountKind
from bot.money import format_amount, format_money, parse_money, to_usd


@pytest.mark.parametrize(
    ("value", "currency", "shown"),
    [
        (1_000_000, "USD", "$1.0M"),
        (250_000, "USD", "$250K"),
        (1_200_000_000, "USD", "$1.2B"),
        (1_250_000_000, "USD", "$1.25B"),
        (400_000_000, "USD", "$400M"),
        (850_000_000, "USD", "$850M"),
        (5_000_000, "USD", "$5M"),
        (2_700_000, "USD", "$2.7M"),
        (533_600, "USD", "$534K"),
        (20_000_000, "EUR", "€20M"),
        (5_000_000, "GBP", "£5M"),
        (3_000_000_000, "JPY", "¥3.0B"),
        (30_000_000, "CHF", "CHF 30M"),
        (50_000_000_000, "KRW", "KRW 50B"),
        (1_272_000_000_000, "KRW", "KRW 1.27T"),
        (10_000_000, "AUD", "A$10M"),
        (1_500_000, "CAD", "C$1.5M"),
        (100_000_000, "DKK", "DKK 100M"),
        (17_250_000, "EUR", "€17.3M"),
        (500, "USD", "$500"),
        (Decimal("533.6"), "USD", "$533.60"),
        (0, "USD", "$0"),
        (-2_000_000, "USD", "-$2M"),
        (1_000_000, "usd", "$1.0M"),
    ],
)
def test_format_money(value: int | Decimal, currency: str, shown: str) -> None:
    assert format_money(Decimal(value), currency) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (999_999, "$1.0M"),
        (999_600, "$1.0M"),
        (999_500_000, "$1.0B"),
        (Decimal("999.999"), "$1.0K"),
        (999_499, "$999K"),
    ],
)
def test_rounding_up_moves_to_the_next_unit(value: int | Decimal, shown: str) -> None:
    assert format_money(Decimal(value), "USD") == shown


@pytest.mark.parametrize("currency", ["", "US", "DOLLARS", "<!c", "U$D"])
def test_format_money_refuses_a_bad_currency(currency: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        format_money(Decimal(1), currency)


def test_format_money_refuses_nan() -> None:
    with pytest.raises(ValueError, match="not an amount"):
        format_money(Decimal("NaN"), "USD")


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (Amount(Decimal(1_000_000), "USD", AmountKind.MILESTONE), "$1.0M milestone"),
        (Amount(Decimal(20_000_000), "EUR", AmountKind.UPFRONT), "€20M upfront"),
        (Amount(Decimal(1_200_000_000), "USD", AmountKind.POTENTIAL), "up to $1.2B potential"),
        (Amount(Decimal(5_000_000), "USD", AmountKind.EQUITY), "$5M equity"),
        (Amount(Decimal(1_250_000_000), "USD", AmountKind.TOTAL, upper_bound=True), "total up to $1.25B"),
        (Amount(Decimal(1_250_000_000), "USD", AmountKind.TOTAL), "total $1.25B"),
        (Amount(Decimal(3_000_000), "USD", AmountKind.OTHER), "$3M other"),
        (Amount(Decimal(3_000_000), "USD", AmountKind.OTHER, upper_bound=True), "up to $3M other"),
    ],
)
def test_format_amount(amount: Amount, shown: str) -> None:
    assert format_amount(amount) == shown


def test_to_usd() -> None:
    rates = {"EUR": Decimal("1.08"), "JPY": Decimal("0.0067")}
    assert to_usd(Decimal(20_000_000), "EUR", rates) == Decimal("21600000.00")
    assert to_usd(Decimal(5), "USD", {}) == Decimal(5)
    assert to_usd(Decimal(5), "eur", rates) == Decimal("5.40")
    assert to_usd(Decimal(5), "CHF", rates) is None
    assert to_usd(Decimal(5), "EUR", {"EUR": Decimal(0)}) is None


@pytest.mark.parametrize(
    ("typed", "value", "currency"),
    [
        ("$5M", 5_000_000, "USD"),
        ("5 million", 5_000_000, "USD"),
        ("€2.5m", 2_500_000, "EUR"),
        ("USD 500k", 500_000, "USD"),
        ("1.2bn", 1_200_000_000, "USD"),
        ("5,000,000", 5_000_000, "USD"),
        ("2,5m", 2_500_000, "USD"),
        ("CHF 30M", 30_000_000, "CHF"),
        ("30M chf", 30_000_000, "CHF"),
        ("A$10M", 10_000_000, "AUD"),
        ("C$ 1.5 million", 1_500_000, "CAD"),
        ("¥3.0B", 3_000_000_000, "JPY"),
        ("£5M", 5_000_000, "GBP"),
        ("5mm", 5_000_000, "USD"),
        ("$ 5 M", 5_000_000, "USD"),
        ("10 million euros", 10_000_000, "EUR"),
        ("KRW 1.27T", 1_270_000_000_000, "KRW"),
        ("0", 0, "USD"),
        (" 250k ", 250_000, "USD"),
    ],
)
def test_parse_money(typed: str, value: int, currency: str) -> None:
    assert parse_money(typed) == (Decimal(value), currency)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("5 gazillion", "'5 gazillion' is not an amount. Try $5M"),
        ("", "'' is not an amount. Try $5M"),
        ("lots", "'lots' is not an amount. Try $5M"),
        ("-5M", "'-5M' is not an amount. Try $5M"),
        ("5 gaz", "'gaz' is not a currency I know"),
        ("USD 5M EUR", "'USD 5M EUR' names two currencies. Try $5M"),
        ("1,23,4", "'1,23,4' is not an amount. Try $5M"),
    ],
)
def test_parse_money_explains_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        parse_money(typed)


def test_parse_money_shortens_a_long_input_in_its_message() -> None:
    with pytest.raises(ValueError, match="is not an amount") as info:
        parse_money("x" * 500)
    assert len(str(info.value)) < 80


CURRENCIES = ["USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "KRW", "DKK", "SEK", "CNY"]


@given(
    st.decimals(min_value=0, max_value=Decimal(10) ** 14, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(CURRENCIES),
)
def test_parse_money_reads_back_what_format_money_shows(value: Decimal, currency: str) -> None:
    shown = format_money(value, currency)
    parsed, code = parse_money(shown)
    assert code == currency
    # Display keeps about three significant digits: within half a percent, or half a cent below 1,000.
    assert abs(parsed - value) <= max(value * Decimal("0.005"), Decimal("0.005")), shown
