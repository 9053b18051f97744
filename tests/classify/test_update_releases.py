"""A release headlined as a general update carries its news in the body, past tense and all."""

from __future__ import annotations

from bot.classify import classify
from bot.models import Entry, EventType

BODY = (
    "SAN FRANCISCO, October 13, 2026 -- Quaystone Pharma, Inc. (NASDAQ: QYST) today provided a corporate "
    "update.\n\nOn October 9, Quaystone submitted an Investigational New Drug application to the U.S. Food "
    "and Drug Administration for QYS-410 to begin a Phase 1 study.\n\nThe company also appointed a director."
)


def _entry(title: str) -> Entry:
    return Entry(wire="globenewswire", native_id="n-1", url="https://example.com/n-1", title=title, body=BODY)


def test_an_update_release_reports_what_its_body_says() -> None:
    assert classify(_entry("Quaystone Pharma Provides Corporate Update")).events == (EventType.IND,)


def test_other_releases_still_treat_a_past_tense_body_as_background() -> None:
    assert classify(_entry("Quaystone Pharma Presents Preclinical Data at AACR")).events == ()


def test_an_update_on_one_programme_reports_what_its_body_says() -> None:
    title = "Quaystone Pharma Inc. - Voluntary Announcement: Business Update on QYS-410"
    assert classify(_entry(title)).events == (EventType.IND,)
