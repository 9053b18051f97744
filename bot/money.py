"""Money for people: compact display ("$1.0M", "€20M upfront"), USD conversion, and parsing typed amounts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from bot.models import Amount, AmountKind

SYMBOLS: Mapping[str, str] = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "AUD": "A$", "CAD": "C$"}

# ISO 4217 codes a user may type; enough for the deals DealWire sees, and a guard against
# reading "5 gaz" as five units of a currency called GAZ.
_CODES = """
USD EUR GBP JPY CHF CAD AUD NZD CNY HKD TWD KRW SGD INR IDR MYR THB PHP VND SEK NOK DKK ISK PLN CZK HUF
RON BGN TRY ILS AED SAR QAR ZAR EGP NGN KES BRL MXN ARS CLP COP PEN RUB UAH KZT
"""
KNOWN_CURRENCIES = frozenset(_CODES.split())

_SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "T"),
    (Decimal(10) ** 9, "B"),
    (Decimal(10) ** 6, "M"),
    (Decimal(10) ** 3, "K"),
)
_CODE = re.compile(r"^[A-Z]{3}$")


def _currency_code(currency: str) -> str:
    code = currency.strip().upper()
    if not _CODE.match(code):
        raise ValueError(f"{currency[:20]!r} is not a three-letter ISO 4217 currency code")
    return code


def _prefix(code: str) -> str:
    return SYMBOLS.get(code, f"{code} ")


def _plain_number(value: Decimal) -> str:
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):,}"
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,}"


def _mantissa(value: Decimal, unit: str) -> str:
    """Round a scaled value to about three significant digits, keeping a decimal where it carries meaning."""
    max_places = 2 if value < 10 else 1 if value < 100 else 0
    # A leading 1 leaves little precision ("$1M" could be 1.4M), and billions are large enough that
    # "$3B" reads as a guess: show at least one decimal there ("$1.0M", "¥3.0B").
    min_places = 1 if value < 2 or (unit in ("B", "T") and value < 10) else 0
    rounded = value.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    if "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
        frac = frac.ljust(min_places, "0")
        return f"{whole}.{frac}" if frac else whole
    return f"{text}.{'0' * min_places}" if min_places else text


def _compact(value: Decimal) -> str:
    for index, (size, unit) in enumerate(_SCALES):
        if value >= size:
            scaled = value / size
            max_places = 2 if scaled < 10 else 1 if scaled < 100 else 0
            rounded = scaled.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
            # 999.6K rounds to 1000K: say 1.0M instead.
            if rounded >= 1000 and index > 0:
                bigger, bigger_unit = _SCALES[index - 1]
                return _mantissa(value / bigger, bigger_unit) + bigger_unit
            return _mantissa(scaled, unit) + unit
    if value >= 999.995:
        return "1.0K"
    return _plain_number(value)


def format_money(value: Decimal, currency: str) -> str:
    """Return a compact amount with its currency: "$1.0M", "€20M", "¥3.0B", "CHF 30M", "A$10M"."""
    if not value.is_finite():
        raise ValueError(f"{value} is not an amount of money")
    code = _currency_code(currency)
    sign = "-" if value < 0 else ""
    return f"{sign}{_prefix(code)}{_compact(abs(value))}"


def format_amount(amount: Amount) -> str:
    """Return an amount with its kind: "$1.0M milestone", "up to $1.2B potential", "total up to $1.25B"."""
    money = format_money(amount.value, amount.currency)
    if amount.kind is AmountKind.TOTAL:
        return f"total up to {money}" if amount.upper_bound else f"total {money}"
    # Potential payments are contingent by definition, so they are always a ceiling.
    ceiling = "up to " if amount.upper_bound or amount.kind is AmountKind.POTENTIAL else ""
    return f"{ceiling}{money} {amount.kind.value}"


def to_usd(value: Decimal, currency: str, rates: Mapping[str, Decimal]) -> Decimal | None:
    """Return value in USD using `rates` (USD per one unit), or None when the currency has no rate."""
    code = currency.strip().upper()
    if code == "USD":
        return value
    rate = rates.get(code)
    if rate is None or not rate.is_finite() or rate <= 0:
        return None
    return value * rate


_WORD_CURRENCIES: Mapping[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "chf": "CHF",
    "fr.": "CHF",
}
_MULTIPLIERS: Mapping[str, Decimal] = {
    **dict.fromkeys(("k", "thousand", "thousands"), Decimal(10) ** 3),
    **dict.fromkeys(("m", "mm", "mn", "mio", "million", "millions"), Decimal(10) ** 6),
    **dict.fromkeys(("b", "bn", "bln", "billion", "billions"), Decimal(10) ** 9),
    **dict.fromkeys(("t", "tn", "trillion", "trillions"), Decimal(10) ** 12),
}
_CURRENCY_TOKEN = r"(?:[a-z]{3}|us\$|usd\$|au\$|ca\$|a\$|c\$|\$|€|£|¥|dollars?|euros?|pounds?|yen|fr\.)"
_AMOUNT = re.compile(
    rf"""^\s*
    (?P<pre>{_CURRENCY_TOKEN})?\s*
    (?P<number>\d[\d,\s]*(?:\.\d*)?|\.\d+)\s*
    (?P<scale>thousands?|millions?|billions?|trillions?|mm|mn|mio|bn|bln|tn|k|m|b|t)?\s*
    (?P<post>{_CURRENCY_TOKEN})?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _currency_from(token: str) -> str:
    lowered = token.lower()
    if lowered in _WORD_CURRENCIES:
        return _WORD_CURRENCIES[lowered]
    code = token.upper()
    if code not in KNOWN_CURRENCIES:
        raise ValueError(f"{token!r} is not a currency I know. Try $5M, €2.5M or CHF 30M")
    return code


def _number(text: str, original: str) -> Decimal:
    digits = re.sub(r"\s", "", text)
    if "," in digits:
        whole = digits.split(".")[0]
        groups = whole.split(",")
        if len(groups) == 2 and "." not in digits and len(groups[1]) in (1, 2):
            # "2,5m" is a decimal comma, not a thousands separator.
            digits = f"{groups[0]}.{groups[1]}"
        elif all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            digits = digits.replace(",", "")
        else:
            raise ValueError(_not_an_amount(original))
    try:
        return Decimal(digits.rstrip(".") or "0")
    except InvalidOperation:
        raise ValueError(_not_an_amount(original)) from None


def _not_an_amount(text: str) -> str:
    shown = " ".join(text.split())
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return f"'{shown}' is not an amount. Try $5M"


def parse_money(text: str) -> tuple[Decimal, str]:
    """Return (value in whole units, ISO code) from typed text such as "$5M", "€2.5m", "USD 500k", "1.2bn"."""
    match = _AMOUNT.match(text)
    if match is None:
        raise ValueError(_not_an_amount(text))
    pre, post, scale = match.group("pre"), match.group("post"), match.group("scale")
    # "5 m" could read either way, but the regex tries the scale first; a lone three-letter word
    # after the number ("5 gaz") must name a known currency.
    currencies = {_currency_from(token) for token in (pre, post) if token}
    if len(currencies) > 1:
        raise ValueError(f"'{' '.join(text.split())}' names two currencies. Try $5M")
    value = _number(match.group("number"), text)
    if scale:
        value *= _MULTIPLIERS[scale.lower()]
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, currencies.pop() if currencies else "USD"
