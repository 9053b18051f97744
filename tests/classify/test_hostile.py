"""Hostile feed text never makes classify raise (times are measured in bench/classify.py, not here)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify import baseline, classify
from bot.models import Classification, Entry


def _entry(text: str) -> Entry:
    return Entry(wire="", native_id="h", url="", title=text[:3000], summary=text[:10000], body=text)


_RNG = random.Random(11)
CASES = {
    "empty": "",
    "1 MB": ("Acme earns a milestone payment from Pfizer under the licence. " * 17_000)[:1_000_000],
    "binary junk": bytes(_RNG.randrange(256) for _ in range(100_000)).decode("latin-1"),
    "no spaces": "A" * 300_000,
    "digits": "9" * 200_000,
    "capital words": "Acme " * 60_000,
    "money": "$1,000,000 " * 20_000,
    "tickers": "(Nasdaq: ABC) " * 20_000,
    "IND run": "IND application cleared " * 20_000,
    "verb windows": ("earns " + "x " * 9) * 20_000,
    "about headers": "About Acme\n\n" * 20_000,
    "chinese": "公司宣布获得里程碑付款。" * 10_000,
    "arabic": "أعلنت الشركة عن دفعة " * 10_000,
    "brackets": "(" * 50_000 + ")" * 50_000,
    "quotes": '("Acme") ' * 30_000,
    "nul and controls": "\x00\x01\x02 milestone \x7f\u202e IND \ufeff" * 10_000,
    "a table of dots": "Financial terms (USD million)\nA" + "." * 100_000 + "\nB ..... 5",
    "a table of rows": "Financial terms (USD million)\n" + "Upfront ........ 1,400\n" * 5_000,
    "units listed": "Acme and its subsidiaries " + "Beta Gamma, " * 10_000 + "and Delta grant a licence.",
    "earlier takers": "Acme grants Beta Pharma a licence, the latest following "
    + "Gamma and Delta, " * 5_000
    + "and Omega Bio.",
    "mojibake": "SaltsjÃ¶ Ã©Ã€ â€™" * 20_000 + " licenses X to Beta Pharma",
    "hyphen spaces": "Thera- peutics " * 50_000,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_never_raises(name: str) -> None:
    result = classify(_entry(CASES[name]))
    assert isinstance(result, Classification)
    assert isinstance(baseline.classify(_entry(CASES[name])), Classification)


@pytest.mark.timeout(120)
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_is_classified(text: str) -> None:
    assert isinstance(classify(_entry(text)), Classification)
