"""A release headlined as a general update carries its news in the body, past tense and all."""

from __future__ import annotations

from datetime import UTC, datetime

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


def _data_release(authorised: str) -> Entry:
    body = (
        "BASEL, Switzerland, October 13, 2026 -- Quaystone Pharma AG (SIX: QYST) today presents new "
        "preclinical data on QYS-410 at the ESMO Targeted Anticancer Therapies congress.\n\n"
        "The data show durable tumour regressions in six of eight models.\n\n"
        "QYS-410 is licensed in Europe to Halvard Pharma GmbH, which leads its clinical development. "
        f"Halvard's clinical trial application for a first-in-human study of QYS-410 was authorised on "
        f"{authorised} through the EU Clinical Trials Information System."
    )
    return Entry(
        wire="globenewswire",
        native_id="n-2",
        url="https://example.com/n-2",
        title="Quaystone Pharma Presents Preclinical Data for QYS-410 at ESMO",
        body=body,
        published=datetime(2026, 10, 13, tzinfo=UTC),
    )


def test_a_body_sentence_dated_to_the_day_days_before_the_release_tells_news() -> None:
    assert classify(_data_release("2 October 2026")).events == (EventType.IND,)
    assert classify(_data_release("September 28, 2026")).events == (EventType.IND,)


def test_a_body_sentence_dated_long_before_the_release_stays_background() -> None:
    assert classify(_data_release("2 October 2025")).events == ()
    assert classify(_data_release("March 3, 2026")).events == ()
    # a date after the release is no report of what happened
    assert classify(_data_release("30 October 2026")).events == ()
