"""A negation reaches over a coordinated verb: 'does not amend the licence or grant any rights'."""

from __future__ import annotations

from bot.classify import classify
from bot.models import Entry, EventType


def _entry(summary: str) -> Entry:
    return Entry(
        wire="sec",
        native_id="n-1",
        url="https://example.com/n-1",
        title="Eidergarth Therapeutics 8-K Item 1.01: royalty purchase agreement with Quayside",
        summary=summary,
    )


def test_rights_denied_after_a_coordinated_negation_are_no_licence() -> None:
    text = (
        "The agreement does not amend the existing license agreement or grant Quayside any rights to develop "
        "or commercialise EDG-1."
    )
    assert EventType.LICENSING not in classify(_entry(text)).events


def test_rights_granted_after_an_unrelated_negation_far_before_still_count() -> None:
    text = (
        "Although the parties did not disclose the financial terms of the arrangement in the filing or the "
        "press release issued today, Eidergarth granted Quayside exclusive rights to develop EDG-1 in Japan."
    )
    assert EventType.LICENSING in classify(_entry(text)).events
