"""OCR word repair: the quick paths give exactly what repairing every run of words gives."""

from __future__ import annotations

import unicodedata
from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify import text


def _every_run(value: str) -> str:
    """The repair applied to every run of words, without the tests that skip most of them."""
    known = text._vocabulary(value) | text._DOMAIN_WORDS
    return text._LETTER_RUN.sub(partial(text._repair, known=known, firsts=None), value)


_WORDS = [
    *sorted(text._DOMAIN_WORDS),
    *sorted(text._COMMON_WORDS)[:40],
    "Cor",
    "porat",
    "e",
    "collab",
    "oration",
    "Euro",
    "pean",
    "GLOBE",
    "NEWSWIRE",
    "with",
    "in",
    "every",
    "one",
    "Petrelintide",
    "petrelintide",
    "amylin",
    "analogue",
    "İstanbul",
    "İst",
    "anbul",
    "ΣΑΣ",
    "Σ",
    "straße",
    "é",
    "www.example.com",
    "a@b.c",
]
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "-", "'", " 3 ", "_", "(", ")"]


def _split(word: str, cut: int) -> str:
    cut = cut % len(word) if word else 0
    return f"{word[:cut]} {word[cut:]}" if cut else word


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        word = draw(st.sampled_from(_WORDS))
        if draw(st.booleans()):
            word = _split(word, draw(st.integers(1, 12)))
        if draw(st.integers(0, 5)) == 0:
            word = word.upper()
        parts.append(word)
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_quick_repair_equals_repairing_every_run(value: str) -> None:
    assert text._join_split_words(value) == _every_run(value)


def test_known_splits_are_joined_and_real_words_kept() -> None:
    value = "Acme Cor porat e signs a collab oration with every one of its partners.\nThe collaboration"
    assert text._join_split_words(value) == (
        "Acme Corporate signs a collaboration with every one of its partners.\nThe collaboration"
    )
    assert text._join_split_words("no split words here") == "no split words here"
    # a word the text holds whole elsewhere, in ASCII and in other scripts
    assert text._join_split_words("Petrelintide is new. Petre lintide works.") == (
        "Petrelintide is new. Petrelintide works."
    )
    assert text._join_split_words("Straßenbahnen fahren; Straßen bahnen fahren") == (
        "Straßenbahnen fahren; Straßenbahnen fahren"
    )
    # a month split in two: the date it names is read again
    assert text._join_split_words("placed on hold in Sep tember 2022 and signed in Decem ber") == (
        "placed on hold in September 2022 and signed in December"
    )
    # a lone "a" is the article or a letter, never the first piece of a split word
    value = "It raised a Series A round from investors around the world; a round of funding."
    assert text._join_split_words(value) == value


def _reference_squash(value: str) -> str:
    """The comparison form by its definition, one character at a time."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", value).casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_squash_equals_its_definition(value: str) -> None:
    assert text.squash(value) == _reference_squash(value)
    assert text.squash(value.encode("ascii", "ignore").decode()) == _reference_squash(
        value.encode("ascii", "ignore").decode()
    )


def test_a_milestone_split_in_two_is_joined_though_both_halves_are_words() -> None:
    assert (
        text._join_split_words("triggering a sales mile stone of £4m")
        == "triggering a sales milestone of £4m"
    )
    assert text._join_split_words("a mile from the stone bridge") == "a mile from the stone bridge"


def test_an_exchange_split_before_its_ticker_is_joined() -> None:
    assert text.normalise("Corvantis Bio, Inc. (NAS DAQ: CRVB)") == "Corvantis Bio, Inc. (NASDAQ: CRVB)"
    assert text.normalise("Aldenmoor Holdings (NY SE: ALDM)") == "Aldenmoor Holdings (NYSE: ALDM)"
    assert text.normalise("(Nas daq: CRVB)") == "(Nasdaq: CRVB)"
    # words that join into no exchange stay apart
    assert text.normalise("(New York: a city)") == "(New York: a city)"
    assert text.normalise("(No te: see below)") == "(No te: see below)"


def test_a_ticker_symbol_split_inside_its_bracket_is_joined_but_a_share_class_is_kept() -> None:
    assert text.normalise("Acme (Nas daq: CR VT) said") == "Acme (Nasdaq: CRVT) said"
    assert text.normalise("Acme (TSE: 45 97)") == "Acme (TSE: 4597)"
    assert text.normalise("Acme (NYSE Amer ican: FW P)") == "Acme (NYSE American: FWP)"
    assert text.normalise("Acme (Nasdaq Stockholm: LUNQ B)") == "Acme (Nasdaq Stockholm: LUNQ B)"
    assert text.normalise("Acme (SIX: RO, ROG)") == "Acme (SIX: RO, ROG)"
