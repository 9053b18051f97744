"""The HTML text helpers' shortcuts give exactly what the plain definitions give."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.htmltext import _MAYBE_CONTROL_RE, remove_control_chars

_CONTROLS = {"Cc", "Cf", "Cs", "Co"}


def _plain(text: str) -> str:
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in _CONTROLS)


def test_every_control_character_is_among_the_candidates() -> None:
    missing = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if chr(code) not in "\n\t"
        and unicodedata.category(chr(code)) in _CONTROLS
        and not _MAYBE_CONTROL_RE.match(chr(code))
    ]
    assert missing == []


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_remove_control_chars_matches_its_definition(text: str) -> None:
    assert remove_control_chars(text) == _plain(text)


def test_remove_control_chars_keeps_text_and_drops_controls() -> None:
    text = "Acme\u202e \u200bSigns\x00 a déal 🎉\n\twith\ufeff Beta\udc80\ue000"
    assert remove_control_chars(text) == "Acme Signs a déal 🎉\n\twith Beta"
