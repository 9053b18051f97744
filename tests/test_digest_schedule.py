"""Digest schedules: how they are written (config and Slack), and when each period is due."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.digest_schedule import (
    ScheduleError,
    last_due,
    next_due,
    parse_schedule,
    period_start,
    schedule_text,
    schedule_words,
)
from bot.models import DigestFrequency, DigestSchedule
from config.settings import ConfigError, parse_config

WEDNESDAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
BASE = '[[watchlists]]\nname = "bd"\nchannel = "C0123456789"\n'


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("weekly mon 08:00", DigestSchedule(DigestFrequency.WEEKLY, time(8), 0)),
        ("Weekly on Friday at 5:30pm", DigestSchedule(DigestFrequency.WEEKLY, time(17, 30), 4)),
        ("weekly", DigestSchedule(DigestFrequency.WEEKLY, time(8), 0)),
        ("daily 07:15", DigestSchedule(DigestFrequency.DAILY, time(7, 15))),
        ("daily 7am Europe/London", DigestSchedule(DigestFrequency.DAILY, time(7), 0, "Europe/London")),
        ("weekly sun 23:59 UTC", DigestSchedule(DigestFrequency.WEEKLY, time(23, 59), 6)),
        ("off", None),
        ("OFF", None),
    ],
)
def test_schedules_read_as_people_type_them(typed: str, expected: DigestSchedule | None) -> None:
    assert parse_schedule(typed) == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "say when"),
        ("fortnightly", '"fortnightly" is not daily, weekly or off'),
        ("weekly funday", '"funday" is not a day of the week'),
        ("weekly mon 24:00", '"24:00" is not a time of day'),
        ("daily 13pm", '"13pm" is not a time of day'),
        ("daily tue 08:00", "a daily digest goes out every day"),
        ("weekly mon 08:00 Mars/Olympus", '"Mars/Olympus" is not a time zone'),
        ("off now", '"off" takes nothing after it'),
        ("weekly mon 08:00 09:00", '"09:00" does not belong in a schedule'),
    ],
)
def test_a_schedule_typed_wrong_says_which_word(typed: str, said: str) -> None:
    with pytest.raises(ScheduleError, match=said):
        parse_schedule(typed)


def test_schedules_are_written_back_the_way_they_are_read() -> None:
    for typed in ("weekly mon 08:00", "daily 07:30 Europe/London", "weekly fri 17:05 America/New_York"):
        schedule = parse_schedule(typed)
        assert schedule is not None
        assert schedule_text(schedule) == typed
        assert parse_schedule(schedule_text(schedule)) == schedule
    weekly = parse_schedule("weekly fri 17:30 Europe/London")
    assert weekly is not None
    assert schedule_words(weekly) == "weekly, Fridays at 17:30 Europe/London"


def test_a_weekly_digest_is_due_on_its_day_and_covers_the_week_before() -> None:
    schedule = parse_schedule("weekly mon 08:00")
    assert schedule is not None

    end = last_due(schedule, WEDNESDAY)

    assert end == datetime(2026, 3, 2, 8, tzinfo=UTC)
    assert period_start(schedule, end) == end - timedelta(days=7)
    assert next_due(schedule, WEDNESDAY) == datetime(2026, 3, 9, 8, tzinfo=UTC)
    assert last_due(schedule, end) == end  # due at the very minute
    assert last_due(schedule, end - timedelta(seconds=1)) == end - timedelta(days=7)


def test_a_daily_digest_in_a_time_zone_follows_its_clocks_across_a_change() -> None:
    schedule = parse_schedule("daily 08:00 Europe/London")
    assert schedule is not None

    # London moves to summer time on 29 March 2026: 08:00 is 08:00 UTC before, 07:00 UTC after.
    before = last_due(schedule, datetime(2026, 3, 28, 12, tzinfo=UTC))
    after = last_due(schedule, datetime(2026, 3, 30, 12, tzinfo=UTC))

    assert before == datetime(2026, 3, 28, 8, tzinfo=UTC)
    assert after == datetime(2026, 3, 30, 7, tzinfo=UTC)
    sunday = last_due(schedule, datetime(2026, 3, 29, 12, tzinfo=UTC))
    assert period_start(schedule, sunday) == before
    assert sunday - period_start(schedule, sunday) == timedelta(hours=23)  # the short day


def test_the_config_takes_one_string_or_separate_keys() -> None:
    one = parse_config(BASE + 'digest = "weekly mon 08:00"\n', source="c.toml")
    keys = parse_config(
        BASE
        + 'digest = "weekly"\ndigest_day = "fri"\ndigest_time = "17:00"\ndigest_timezone = "Europe/Paris"\n',
        source="c.toml",
    )
    none = parse_config(BASE, source="c.toml")

    assert one.watchlist_values()[0].digest == DigestSchedule(DigestFrequency.WEEKLY, time(8), 0)
    assert keys.watchlist_values()[0].digest == DigestSchedule(
        DigestFrequency.WEEKLY, time(17), 4, "Europe/Paris"
    )
    assert none.watchlist_values()[0].digest is None


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ('digest = "fortnightly"\n', 'watchlists[0] (bd).digest: "fortnightly" is not daily, weekly or off'),
        (
            'digest = "weekly"\ndigest_day = "someday"\n',
            'watchlists[0] (bd).digest_day: "someday" is not a day',
        ),
        (
            'digest = "daily"\ndigest_time = "8.30"\n',
            'watchlists[0] (bd).digest_time: "8.30" is not a time of day',
        ),
        ('digest = "daily"\ndigest_timezone = "Moon/Base"\n', '"Moon/Base" is not a time zone'),
        ('digest_day = "mon"\n', 'digest_day needs a digest to go with it: digest = "weekly" or "daily"'),
        ('digest = "off"\ndigest_time = "08:00"\n', "digest_time needs a digest to go with it"),
        ('digest = "daily"\ndigest_day = "mon"\n', "a daily digest goes out every day"),
        ('digest = "weekly mon 08:00"\ndigest_time = "09:00"\n', "already says when"),
    ],
)
def test_a_bad_digest_in_the_config_is_one_clear_line(extra: str, said: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(BASE + extra, source="c.toml")
    assert said in str(caught.value)
    assert "\n" not in str(caught.value)
