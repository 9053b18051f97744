"""`/dealwire mute <list> <duration>` and `/dealwire unmute <list>`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import store
from tests.handlers.conftest import NOW, Harness, text_of


def muted_until(harness: Harness, name: str) -> object:
    with store.session_scope(harness.engine) as session:
        return next(wl.muted_until for wl in store.load_watchlists(session) if wl.name == name)


def test_mute_and_unmute(harness: Harness) -> None:
    harness.slash("watch create partners")
    words = text_of(harness.slash("mute Partners 2h"))
    assert "🔕 Muted *partners* until Mar 2, 2026 16:30 UTC" in words
    assert muted_until(harness, "partners") == NOW + timedelta(hours=2)
    assert "🔕 muted until Mar 2, 2026 16:30 UTC" in text_of(harness.slash("watch list"))
    assert "🔔 *partners* posts to <#C0DEALS> again." in text_of(harness.slash("unmute partners"))
    assert muted_until(harness, "partners") is None
    assert "(it was not muted)" in text_of(harness.slash("unmute partners"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mute partners", "Try: `/dealwire mute partners 2h` (30m, 2h, 3d or 1w)"),
        ("mute partners forever", '"forever" is not a duration'),
        ("mute partners 2y", '"2y" is not a duration'),
        ("mute nolist 2h", "There is no watch list *nolist*"),
        ("mute config-partners 2h", "managed by config"),
        ("unmute", "Try: `/dealwire unmute partners`"),
    ],
)
def test_bad_input(harness: Harness, text: str, expected: str) -> None:
    harness.slash("watch create partners")
    words = text_of(harness.slash(text))
    assert "⚠️" in words
    assert expected in words
    assert muted_until(harness, "partners") is None
