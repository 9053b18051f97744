"""How releases write money, as patterns: currency before or after a number, scale words, ranges, qualifiers.

Every pattern is linear: numbers are found by one scan with bounded repetitions and never start or end
inside a longer run of digits; the currency, scale and qualifiers around a number are read from short,
bounded windows next to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bot.classify.text import gate, holds, lowered, needs

_SPACE = r"[ \t\u00a0\u2009\u202f]"  # spaces that may sit inside a money expression (never a line break)


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern in which each literal space also matches a non-breaking or thin space."""
    return re.compile(pattern.replace(" ", _SPACE), flags)


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """A sum of money as written in a sentence: value in whole currency units and ISO 4217 currency."""

    value: Decimal  # for a range, the upper value
    currency: str
    start: int
    end: int
    text: str
    upper_bound: bool  # "up to", "as much as", "a maximum of"
    approximate: bool  # "approximately", "about", "~", "nearly"
    low: Decimal | None = None  # lower end of a range "$10-$15 million"


# English thousands (1,250,000.5), continental thousands (1.250.000,5), space thousands (1 250 000),
# Swiss thousands (4'000'000), or a plain or decimal number (1.5, 12,5).
# Each form starts with a digit, read first (so the regex engine skips to digits at C speed) with the
# character before it checked after it: "\d(?<![\d.,]\d)" is "(?<![\d.,])\d", faster.
_NUMBER = re.compile(
    r"\d(?<![\d.,]\d)(?:"
    r"\d{0,2}(?:,\d{3}){1,5}(?:\.\d{1,6})?"
    r"|\d{0,2}(?:\.\d{3}){2,5}(?:,\d{1,6})?"
    r"|\d{0,2}(?:\.\d{3}){1,5},\d{1,6}"
    r"|\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?![\d.,]\d)"
    r"|\d{0,2}(?:['’]\d{3}){1,5}(?:\.\d{1,6})?"
    r"|\d{0,14}(?:[.,]\d{1,6})?"
    r")(?!\d)"
)

_ISO = "USD|EUR|GBP|JPY|CHF|CNY|RMB|KRW|AUD|CAD|DKK|SEK|NOK|INR|HKD|SGD|NZD|TWD|BRL|MXN|ZAR|ILS|PLN|CZK"

# Letters right before "$" ("US$", "A$", "HK$"); single letters count only when glued to the "$", so
# "A $5 million payment" stays US dollars.
_DOLLAR_PREFIX = {
    "US": "USD",
    "U.S.": "USD",
    "USD": "USD",
    "A": "AUD",
    "AU": "AUD",
    "AUD": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "CAD": "CAD",
    "CDN": "CAD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "NT": "TWD",
    "R": "BRL",
    "MX": "MXN",
}

_PREFIX = _rx(
    r"(?:"
    r"(?<![A-Za-z.])(?P<dpre>USD|U\.S\.|US|AUD|AU|CAD|CDN|CA|NZ|HK|SG|NT|MX) ?\$"
    r"|(?<![A-Za-z.])(?P<dglued>[ACSR])\$"
    r"|(?P<dollar>\$)"
    r"|(?<![A-Za-z])(?:(?P<ypre>JP|CN|RMB) ?)?(?P<yen>[¥￥])"
    r"|(?P<sym>[€£₩₹₪])"
    r"|(?<![A-Za-z])(?P<mult>[MBKT])(?P<mcode>" + _ISO + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<code>" + _ISO + r")(?P<cscale>m|mn|bn)?(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<other>SFr\.?|Fr\.|Rs\.?|DKr\.?|SKr\.?|NKr\.?|kr\.?|Euro|EURO)(?![A-Za-z])"
    r") {0,2}\Z"
)
_LEFT_WINDOW = 16  # longest prefix currency plus spaces ("U.S. $", "RMB ¥", "MUSD ")

_SCALE = _rx(
    r"(?: {0,2}|-)(?P<scale>trillion|billion|million|thousand|milliard|millions|billions|mrd\.?|mio\.?"
    r"|mln|bln|mn|bn|tn|trn|mm|crores?|lakhs?|m|b|k)(?![A-Za-z&'’\d])",
    re.IGNORECASE,
)
_SCALE_VALUE = {
    "k": 10**3,
    "thousand": 10**3,
    "lakh": 10**5,
    "crore": 10**7,
    "m": 10**6,
    "mm": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mio": 10**6,
    "million": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "mrd": 10**9,
    "billion": 10**9,
    "milliard": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "trillion": 10**12,
}
_MULT_VALUE = {"K": 10**3, "T": 10**3, "M": 10**6, "B": 10**9}  # KSEK/TSEK, MSEK, BSEK
_CODE_SCALE = {"m": 10**6, "mn": 10**6, "bn": 10**9}  # "EURm 12", "USDbn 1.2"

_SUFFIX = _rx(
    r" {0,2}(?:"
    r"(?P<code>" + _ISO + r")(?![A-Za-z])"
    r"|(?P<sym>[€£$¥₩])"
    r"|(?:(?P<adj>U\.S\.|US|American|Australian|Canadian|Hong Kong|Singapore|New Zealand|Taiwan(?:ese)?"
    r"|Swiss|Swedish|Danish|Norwegian|Japanese|Chinese|South Korean|Korean|Indian|British) )?"
    r"(?P<word>dollars?|euros?|pounds? sterling|pounds?|sterling|yen|yuan|renminbi|won|francs?"
    r"|kronor|krona|kroner|krone|crowns|rupees?|kr\.?)(?![A-Za-z])"
    r")"
)
_WORD_CURRENCY = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "franc": "CHF",
    "kronor": "SEK",
    "krona": "SEK",
    "rupee": "INR",
}
_ADJ_CURRENCY = {
    "u.s.": "USD",
    "us": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
    "swiss": "CHF",
    "swedish": "SEK",
    "danish": "DKK",
    "norwegian": "NOK",
    "japanese": "JPY",
    "chinese": "CNY",
    "korean": "KRW",
    "south korean": "KRW",
    "indian": "INR",
    "british": "GBP",
}
_SYMBOL_CURRENCY = {"€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "₪": "ILS", "$": "USD", "¥": "JPY"}
_OTHER_PREFIX = {
    "sfr": "CHF",
    "fr": "CHF",
    "rs": "INR",
    "dkr": "DKK",
    "skr": "SEK",
    "nkr": "NOK",
    "euro": "EUR",
}

# A bare "kr" or "crowns" is Swedish, Danish or Norwegian: the sentence usually says which.
_NORDIC_HINTS = (
    (re.compile(r"\b(?:Danish|Denmark|Copenhagen|DKK|kroner|krone)\b", re.IGNORECASE), "DKK"),
    (re.compile(r"\b(?:Norwegian|Norway|Oslo|NOK)\b", re.IGNORECASE), "NOK"),
    (re.compile(r"\b(?:Swedish|Sweden|Stockholm|SEK|kronor|krona)\b", re.IGNORECASE), "SEK"),
)

_QUALIFIER = _rx(
    r"(?:(?P<up>up to|as much as|(?:a )?maximum of|not more than|no more than|not to exceed|capped at)"
    r"|(?P<approx>approximately|approx\.?|about|around|roughly|nearly|almost|close to|(?:an )?estimated"
    r"|circa|ca\.|c\.|some|~|≈)"
    r"|(?P<bound>more than|over|in excess of|at least|upwards of|less than|under|below|above|between))"
    r" {0,3}\Z",
    re.IGNORECASE,
)
_QUALIFIER_LOWER = lowered(_QUALIFIER)
_RANGE_JOIN = _rx(r" {0,2}(?:-|–|—|to|and) {0,2}")
_BETWEEN = _rx(r"between {1,2}\Z", re.IGNORECASE)
# "£3 0 million": OCR split a short number; joined only between a currency and a scale word
_STRAY_DIGITS = _rx(r" (\d{1,2})(?= ?(?:million|billion|m|bn)\b)", re.IGNORECASE)

_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NUMBER_WORD = "|".join(sorted([*_NUMBER_WORDS, *_WORD_SCALES, "and", "half"], key=len, reverse=True))
# Sums in words are found from their currency word ("fifteen million dollars"), reading the number
# words from a bounded window before it, so a text full of "a a a" costs nothing.
_SPELLED_CURRENCY = _rx(
    r"\b(?:(?:U\.S\.|US|American|Australian|Canadian|Swiss|Japanese|Korean) )?"
    r"(?:dollars?|euros?|pounds?|yen|won|francs?|yuan)\b",
    re.IGNORECASE,
)
_SPELLED_NEEDS = gate(needs(_SPELLED_CURRENCY))
_ANY_DIGIT = re.compile(r"\d")
_SPELLED_NUMBER = _rx(r"\b(?:(?:" + _NUMBER_WORD + r")(?:-| {1,2})){1,9}\Z", re.IGNORECASE)
_SPELLED_WINDOW = 120
# "and" never starts a number; "a" does only before a scale ("a million dollars", not "a five-million-dollar")
_DIGIT_WORD = "|".join([*(w for w in _NUMBER_WORDS if w != "a"), "half"])
_LEADING_GLUE = re.compile(
    r"(?:(?:and|a)(?:-|\s+))+(?=(?:" + _DIGIT_WORD + r")\b)|(?:and(?:-|\s+))+", re.IGNORECASE
)


# _Prefix and _Parsed are plain classes, not frozen dataclasses: compiled, a plain class is built
# natively, where a frozen dataclass runs its generated Python __init__ for every number read


class _Prefix:
    """A currency written before a number, the scale it carries, and where it starts (never changed)."""

    def __init__(self, currency: str, mult: int, start: int) -> None:
        self.currency = currency
        self.mult = mult
        self.start = start


class _Parsed:
    """A number with its currency and scale, before qualifiers and ranges are attached (never changed)."""

    def __init__(self, *, start: int, end: int, number: Decimal, mult: int, currency: str | None) -> None:
        self.start = start
        self.end = end
        self.number = number  # as written, before the scale
        self.mult = mult  # what the scale word multiplies by (1 when none is written)
        self.currency = currency

    @property
    def value(self) -> Decimal:
        """The sum in whole currency units."""
        return whole(self.number * self.mult)

    @property
    def scaled(self) -> bool:
        """True when a scale word ("million", "bn", "MSEK") was written."""
        return self.mult != 1


def whole(value: Decimal) -> Decimal:
    """Drop a zero fraction so "1.5 million" compares and prints as 1500000."""
    integral = value.to_integral_value()
    return integral if integral == value else value.normalize()


_INNER_SPACE = re.compile(r"[ \u00a0\u2009\u202f]")
_ONE_THOUSANDS_GROUP = re.compile(r"\d{1,3},\d{3}")


def _to_decimal(raw: str) -> Decimal | None:
    """Read digits with thousands separators or a decimal comma; None when they are not a number."""
    s = _INNER_SPACE.sub("", raw)
    if "'" in s or "’" in s:
        s = s.replace("'", "").replace("’", "")  # Swiss thousands: "CHF 4'000'000"
    if "," in s and "." in s:
        # whichever separator comes last is the decimal point ("1,250.5", "1.250,5")
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif s.count(",") > 1 or _ONE_THOUSANDS_GROUP.fullmatch(s):
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")  # "12,5 Mio": a decimal comma
    elif s.count(".") > 1:
        s = s.replace(".", "")  # "1.250.000": continental thousands
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


@lru_cache(maxsize=16)  # asked once per "kr" in a sentence: search the sentence only once
def _nordic(sentence: str) -> str:
    """Which krona or krone a bare "kr" or "crowns" means, from the words of the sentence (SEK by default)."""
    for pattern, code in _NORDIC_HINTS:
        if pattern.search(sentence):
            return code
    return "SEK"


def _iso(code: str) -> str:
    return "CNY" if code == "RMB" else code


_ISO_CODES = frozenset(_ISO.split("|"))


def currency_named(words: str) -> str | None:
    """The ISO code of a currency written alone: a code ("CAD", "RMB"), a dollar with its country's letters
    ("C$", "CDN$", "US$"), or words ("Canadian dollars", "euros", "Swiss francs", "millions of yen" read
    from "yen"); None for anything else."""
    text = " ".join(words.split())
    if text.upper() in _ISO_CODES:
        return _iso(text.upper())
    if text.endswith("$"):
        return _DOLLAR_PREFIX.get(text[:-1].upper(), "USD" if text == "$" else None)
    adj, _, word = text.lower().rpartition(" ")
    if word in {"kroner", "krone"}:
        return _ADJ_CURRENCY.get(adj, "DKK")
    code = _WORD_CURRENCY.get("pound" if word.startswith("pound") else word.removesuffix("s"))
    if code is None:
        return None
    return _ADJ_CURRENCY.get(adj, code) if adj else code


def _prefix_currency(sentence: str, start: int) -> _Prefix | None:
    """The currency written right before a number, if any."""
    m = _PREFIX.search(sentence, max(0, start - _LEFT_WINDOW), start)
    if m is None:
        return None
    if m.group("dpre") is not None or m.group("dglued") is not None:
        return _Prefix(_DOLLAR_PREFIX[m.group("dpre") or m.group("dglued")], 1, m.start())
    if m.group("dollar") is not None:
        if m.start() > 0 and sentence[m.start() - 1].isupper():
            return None  # an unknown "XX$" prefix: not safe to call it US dollars
        return _Prefix("USD", 1, m.start())
    if m.group("yen") is not None:
        return _Prefix("CNY" if m.group("ypre") in {"CN", "RMB"} else "JPY", 1, m.start())
    if m.group("sym") is not None:
        return _Prefix(_SYMBOL_CURRENCY[m.group("sym")], 1, m.start())
    if m.group("mcode") is not None:
        return _Prefix(_iso(m.group("mcode")), _MULT_VALUE[m.group("mult")], m.start())
    if m.group("code") is not None:
        return _Prefix(_iso(m.group("code")), _CODE_SCALE.get(m.group("cscale") or "", 1), m.start())
    other = m.group("other").rstrip(".").lower()
    return _Prefix(_OTHER_PREFIX.get(other) or _nordic(sentence), 1, m.start())


def _suffix_currency(sentence: str, pos: int) -> tuple[str, int] | None:
    """The currency written right after a number or scale word: (ISO code, where its words end)."""
    m = _SUFFIX.match(sentence, pos, min(len(sentence), pos + 40))
    if m is None:
        return None
    if m.group("code") is not None:
        return _iso(m.group("code")), m.end()
    if m.group("sym") is not None:
        return _SYMBOL_CURRENCY[m.group("sym")], m.end()
    word = m.group("word").lower().rstrip(".")
    adj = re.sub(r"\s+", " ", (m.group("adj") or "").lower())
    if word in {"kr", "kroner", "krone", "crowns"}:
        if adj in _ADJ_CURRENCY:
            return _ADJ_CURRENCY[adj], m.end()
        if word in {"kroner", "krone"}:
            return ("NOK" if _nordic(sentence) == "NOK" else "DKK"), m.end()
        return _nordic(sentence), m.end()
    base = "pound" if word.startswith("pound") else word.removesuffix("s")
    code = _WORD_CURRENCY.get(base) or _WORD_CURRENCY.get(word)
    if code is None:
        return None
    if adj and base in {"dollar", "franc", "yuan", "won", "yen"}:
        if base == "franc" and adj != "swiss":
            return None  # CFA or other francs: not a currency this product reports
        code = _ADJ_CURRENCY.get(adj, code)
    return code, m.end()


def _parse_at(sentence: str, num: re.Match[str], prefix: _Prefix | None) -> _Parsed | None:
    """Read one number with its scale and currency; None when it is not a number."""
    end = num.end()
    raw = num.group(0)
    if prefix is not None and len(raw) <= 2 and raw.isdigit():
        stray = _STRAY_DIGITS.match(sentence, end, min(len(sentence), end + 16))
        if stray is not None:
            raw += stray.group(1)
            end = stray.end()
    number = _to_decimal(raw)
    if number is None:
        return None
    mult = prefix.mult if prefix is not None else 1
    scale = _SCALE.match(sentence, end, min(len(sentence), end + 14))
    if scale is not None:
        mult *= _SCALE_VALUE[scale.group("scale").lower().rstrip(".").removesuffix("s")]
        end = scale.end()
    currency = prefix.currency if prefix is not None else None
    suffix = _suffix_currency(sentence, end)
    if suffix is not None and (currency is None or currency == suffix[0]):
        currency, end = suffix
    start = prefix.start if prefix is not None else num.start()
    return _Parsed(start=start, end=end, number=number, mult=mult, currency=currency)


def _spelled_value(words: str) -> Decimal | None:
    """Value of a number written in words ("one hundred million", "one and a half billion"); None if none."""
    total = current = Decimal(0)
    seen = False
    for word in re.split(r"[-\s]+", words.lower()):
        if word == "a":
            current = current or Decimal(1)  # "a million"; but "half a billion", "one and a half"
        elif word == "half":
            current += Decimal("0.5")
            seen = True
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or Decimal(1)) * 100
        elif word in _WORD_SCALES:
            total += (current or Decimal(1)) * _WORD_SCALES[word]
            current = Decimal(0)
            seen = True
    value = total + current
    return whole(value) if seen and value > 0 else None


def _spelled(sentence: str) -> Iterator[_Parsed]:
    """Sums written in words: "fifteen million dollars", "one hundred million US dollars"."""
    if sentence.isascii() and not holds(sentence, sentence.lower(), _SPELLED_NEEDS):
        return  # no currency word: no sum in words
    for cur in _SPELLED_CURRENCY.finditer(sentence):
        words = _SPELLED_NUMBER.search(sentence, max(0, cur.start() - _SPELLED_WINDOW), cur.start())
        if words is None:
            continue
        lead = _LEADING_GLUE.match(sentence, words.start(), words.end())
        start = lead.end() if lead is not None else words.start()
        spelled = sentence[start : words.end()]
        first = spelled.split(maxsplit=1)[:1]
        if first and first[0].split("-", 1)[0].lower() in _WORD_SCALES:
            continue  # "an undisclosed double-digit million dollar payment": a scale alone is no sum
        value = _spelled_value(spelled)
        suffix = _suffix_currency(sentence, words.end())
        if value is None or suffix is None:
            continue
        yield _Parsed(start=start, end=suffix[1], number=value, mult=1, currency=suffix[0])


def _range_end(sentence: str, first: _Parsed, numbers: dict[int, re.Match[str]]) -> _Parsed | None:
    """The upper end of a range starting at `first` ("$10-$15 million", "SEK 125-150 million")."""
    join = _RANGE_JOIN.match(sentence, first.end, min(len(sentence), first.end + 8))
    if join is None or first.currency is None:
        return None
    is_and = join.group(0).strip() == "and"
    if is_and and _BETWEEN.search(sentence, max(0, first.start - 12), first.start) is None:
        return None
    pos = join.end()
    # the second number may repeat the currency ("$10 to $15 million"), but nothing else may come between
    num = next((numbers[i] for i in range(pos, min(len(sentence), pos + 8) + 1) if i in numbers), None)
    if num is None:
        return None
    mult = 1
    if num.start() > pos:
        own = _prefix_currency(sentence, num.start())
        if own is None or own.currency != first.currency or own.start != pos:
            return None
        mult = own.mult
    second = _parse_at(sentence, num, _Prefix(first.currency, mult, pos))
    if second is None or (first.scaled and not second.scaled):
        return None
    return second


def _qualify(sentence: str, start: int) -> tuple[int, bool, bool]:
    """Qualifier words before a sum ("up to approximately"): (new start, upper bound, approximate)."""
    upper = approx = False
    # on an ASCII sentence the qualifiers are read in its lower-cased copy (see `text.lowered`)
    qualifier, text = _QUALIFIER, sentence
    if _QUALIFIER_LOWER is not None and sentence.isascii():
        qualifier, text = _QUALIFIER_LOWER, sentence.lower()
    for _ in range(3):
        m = qualifier.search(text, max(0, start - 24), start)
        if m is None or (m.start() > 0 and sentence[m.start() - 1].isalnum() and m.group(0)[0].isalnum()):
            break
        upper = upper or m.group("up") is not None
        approx = approx or m.group("approx") is not None
        start = m.start()
    return start, upper, approx


def scan(sentence: str) -> list[MoneyMention]:
    """All sums of money written in a sentence, in order, without overlaps."""
    # most sentences hold no digit: the number pattern, tried at every character, is not run on them
    numbers = {m.start(): m for m in _NUMBER.finditer(sentence)} if _ANY_DIGIT.search(sentence) else {}
    parsed = [
        p
        for p in (_parse_at(sentence, n, _prefix_currency(sentence, n.start())) for n in numbers.values())
        if p is not None and p.currency is not None
    ]
    parsed.extend(_spelled(sentence))
    parsed.sort(key=lambda p: (p.start, -p.end))
    out: list[MoneyMention] = []
    cursor = 0
    for p in parsed:
        if p.start < cursor or p.currency is None:
            continue
        low: Decimal | None = None
        end, value = p.end, p.value
        second = _range_end(sentence, p, numbers)
        if second is not None:
            low = p.value if p.scaled else whole(p.number * second.mult)
            value, end = second.value, second.end
            low, value = min(low, value), max(low, value)
        start, upper, approx = _qualify(sentence, p.start)
        start = max(start, cursor)
        out.append(
            MoneyMention(
                value=value,
                currency=p.currency,
                start=start,
                end=end,
                text=sentence[start:end],
                upper_bound=upper,
                approximate=approx,
                low=low,
            )
        )
        cursor = end
    return out
