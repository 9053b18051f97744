"""`/dealwire recent`: the latest classified events, newest first, filtered by type, company and days."""

from __future__ import annotations

from datetime import timedelta

from bot.models import EventType
from tests.handlers.conftest import (
    Harness,
    assert_within_limits,
    classified,
    store_many,
    store_release,
    text_of,
)


def test_newest_first_with_amounts_and_partners(harness: Harness) -> None:
    store_release(harness.engine, "old", title="Older Milestone", age=timedelta(days=2))
    store_release(harness.engine, "new", title="Newer Milestone", age=timedelta(hours=1))
    store_release(harness.engine, "quiet", title="Not a deal", classification=classified(events=()))
    words = text_of(harness.slash("recent"))
    assert "*2 deal events* in the last 7 days, newest first" in words
    assert words.index("Newer Milestone") < words.index("Older Milestone")
    assert "💰 Milestone" in words
    assert "*ImmunoGen* with Amgen" in words
    assert "$1.0M milestone" in words
    assert "Not a deal" not in words


def test_filters_by_event_company_and_days(harness: Harness) -> None:
    store_release(harness.engine, "m", title="Milestone from Amgen")
    store_release(
        harness.engine,
        "l",
        title="Licence with Pfizer",
        classification=classified(events=(EventType.LICENSING,), partners=("Pfizer Inc.",)),
    )
    store_release(harness.engine, "old", title="Old Amgen milestone", age=timedelta(days=20))
    licensing = text_of(harness.slash("recent licensing"))
    assert "Licence with Pfizer" in licensing
    assert "Milestone from Amgen" not in licensing
    pfizer = text_of(harness.slash("recent pfizer"))
    assert "Licence with Pfizer" in pfizer
    assert "involving *pfizer*" in pfizer
    assert "Amgen" not in pfizer.replace("Milestone from Amgen", "")
    assert "Old Amgen milestone" in text_of(harness.slash("recent milestone Amgen --days 30"))
    assert "Old Amgen milestone" not in text_of(harness.slash("recent milestone Amgen"))


def test_nothing_found_suggests_a_wider_window(harness: Harness) -> None:
    words = text_of(harness.slash("recent ind --days 2"))
    assert "No ind events in the last 2 days. Try `/dealwire recent --days 8`." in words


def test_bad_days_says_what_is_wrong(harness: Harness) -> None:
    assert "--days needs a whole number of days" in text_of(harness.slash("recent --days lots"))


def test_500_events_stay_inside_slack_limits(harness: Harness) -> None:
    store_many(harness.engine, 500)
    reply = harness.slash("recent --days 30")
    assert_within_limits(reply["blocks"])
    words = text_of(reply)
    assert "*500 deal events*" in words
    assert "more (narrow with --days or a company)" in words
    assert "<b>" not in words
    assert "@channel" not in words
    assert len(reply["text"]) <= 3000


def test_what_the_user_typed_cannot_ping_the_channel(harness: Harness) -> None:
    store_release(harness.engine, "a", classification=classified(company="<!channel> Bio"))
    reply = harness.slash("recent &lt;!channel&gt; --share")
    assert reply["response_type"] == "in_channel"
    assert "<!channel>" not in text_of(reply)
    assert "&lt;!channel&gt;" in reply["text"]
