"""Digest schedules: read "weekly mon 08:00" or "daily 07:30 Europe/London"; say when one is due (pure)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.models import DigestFrequency, DigestSchedule

DEFAULT_TIME = time(8, 0)
DEFAULT_WEEKDAY = 0  # Monday: the week in deals, read first thing
OFF_WORDS = frozenset({"off", "none", "no", "never", "stop"})
EXAMPLES = '"weekly mon 08:00", "daily 08:00" or "off"'
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS = {
    **{name[:3].lower(): n for n, name in enumerate(DAY_NAMES)},
    **{name.lower(): n for n, name in enumerate(DAY_NAMES)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}
_FREQUENCIES = {
    "daily": DigestFrequency.DAILY,
    "day": DigestFrequency.DAILY,
    "weekly": DigestFrequency.WEEKLY,
    "week": DigestFrequency.WEEKLY,
}
_FILLER = frozenset({"on", "at", "every", "each"})
_TIME = re.compile(r"^(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>am|pm)?$", re.IGNORECASE)
_ZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,2}$")


class ScheduleError(ValueError):
    """A digest schedule that cannot be read; the message says what is wrong and shows the right form."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def parse_frequency(text: str) -> DigestFrequency | None:
    """Return the frequency a word names ("weekly", "daily"); None for "off"; ScheduleError otherwise."""
    word = text.strip().lower()
    if word in OFF_WORDS:
        return None
    if word in _FREQUENCIES:
        return _FREQUENCIES[word]
    raise ScheduleError(f"{_shown(text)} is not daily, weekly or off")


def parse_day(text: str) -> int:
    """Return the weekday a word names, 0 for Monday to 6 for Sunday; ScheduleError otherwise."""
    day = _DAYS.get(text.strip().lower().rstrip(".,"))
    if day is None:
        raise ScheduleError(f"{_shown(text)} is not a day of the week: use mon, tue … sun")
    return day


def parse_time(text: str) -> time:
    """Return the time of day in "08:00", "8:30", "7am" or "6:15pm"; ScheduleError otherwise."""
    match = _TIME.match(text.strip())
    if match is not None:
        hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
        half = (match.group("half") or "").lower()
        if half and not 1 <= hour <= 12:
            hour = 99
        elif half:
            hour = hour % 12 + (12 if half == "pm" else 0)
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    raise ScheduleError(f"{_shown(text)} is not a time of day: use HH:MM on a 24-hour clock, like 08:00")


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def check_timezone(text: str) -> str:
    """Return the IANA time zone name ("UTC", "Europe/London") if it is known; ScheduleError otherwise."""
    name = text.strip()
    if name.upper() in ("UTC", "Z", "GMT"):
        return "UTC"
    if _ZONE.match(name):
        try:
            _zone(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
        else:
            return name
    raise ScheduleError(f"{_shown(text)} is not a time zone: use UTC or a name like Europe/London")


def make_schedule(
    *, frequency: DigestFrequency, day: str | None = None, at: str | None = None, timezone: str | None = None
) -> DigestSchedule:
    """Return the schedule for these parts; the day defaults to Monday, the time to 08:00, the zone to UTC."""
    if day is not None and frequency is DigestFrequency.DAILY:
        raise ScheduleError(f"a daily digest goes out every day, so {_shown(day)} does not fit; drop the day")
    return DigestSchedule(
        frequency=frequency,
        at=DEFAULT_TIME if at is None else parse_time(at),
        weekday=DEFAULT_WEEKDAY if day is None else parse_day(day),
        timezone="UTC" if timezone is None else check_timezone(timezone),
    )


def parse_schedule(text: str) -> DigestSchedule | None:
    """Return the schedule in "weekly mon 08:00 [zone]", "daily 08:00 [zone]"; None for "off".

    Raises ScheduleError naming the word that is wrong.
    """
    words = [w for w in text.replace(",", " ").split() if w.lower() not in _FILLER]
    if not words:
        raise ScheduleError(f"say when: {EXAMPLES}")
    frequency = parse_frequency(words[0])
    rest = words[1:]
    if frequency is None:
        if rest:
            raise ScheduleError(f'"off" takes nothing after it, not {_shown(" ".join(rest))}')
        return None
    day = at = zone = None
    for word in rest:
        if word.lower().rstrip(".,") in _DAYS and day is None:
            day = word
        elif _TIME.match(word) and at is None:
            at = word
        elif zone is None and ("/" in word or word.upper() in ("UTC", "GMT", "Z")):
            zone = word
        elif word.isalpha() and day is None and frequency is DigestFrequency.WEEKLY:
            parse_day(word)  # says why the word is not a day
        else:
            raise ScheduleError(f"{_shown(word)} does not belong in a schedule; write it like {EXAMPLES}")
    return make_schedule(frequency=frequency, day=day, at=at, timezone=zone)


def schedule_text(schedule: DigestSchedule) -> str:
    """Return the schedule as it is typed and stored: "weekly mon 08:00", "daily 07:30 Europe/London"."""
    parts = [schedule.frequency.value]
    if schedule.frequency is DigestFrequency.WEEKLY:
        parts.append(DAY_NAMES[schedule.weekday][:3].lower())
    parts.append(f"{schedule.at:%H:%M}")
    if schedule.timezone != "UTC":
        parts.append(schedule.timezone)
    return " ".join(parts)


def schedule_words(schedule: DigestSchedule) -> str:
    """Return the schedule for people: "weekly, Mondays at 08:00 UTC", "daily at 07:30 Europe/London"."""
    when = f"at {schedule.at:%H:%M} {schedule.timezone}"
    if schedule.frequency is DigestFrequency.WEEKLY:
        return f"weekly, {DAY_NAMES[schedule.weekday]}s {when}"
    return f"daily {when}"


def _fire(schedule: DigestSchedule, day: datetime) -> datetime:
    local = datetime.combine(day.date(), schedule.at, tzinfo=_zone(schedule.timezone))
    return local.astimezone(UTC)


def _days_around(schedule: DigestSchedule, now: datetime, *, forward: bool) -> list[datetime]:
    local = now.astimezone(_zone(schedule.timezone))
    step = timedelta(days=1 if forward else -1)
    days = [local + step * n for n in range(-1, 9)]
    if schedule.frequency is DigestFrequency.WEEKLY:
        days = [d for d in days if d.weekday() == schedule.weekday]
    return days


def last_due(schedule: DigestSchedule, now: datetime) -> datetime:
    """Return the latest time at or before now (UTC) when the digest was due."""
    fires = [_fire(schedule, day) for day in _days_around(schedule, now, forward=False)]
    return max(fire for fire in fires if fire <= now)


def next_due(schedule: DigestSchedule, now: datetime) -> datetime:
    """Return the first time after now (UTC) when the digest is due."""
    fires = [_fire(schedule, day) for day in _days_around(schedule, now, forward=True)]
    return min(fire for fire in fires if fire > now)


def period_start(schedule: DigestSchedule, end: datetime) -> datetime:
    """Return when the period a digest due at `end` covers began: the time it was due before that."""
    return last_due(schedule, end - timedelta(microseconds=1))


def _shown(text: str) -> str:
    shown = " ".join(text.split())
    return f'"{shown[:39]}…"' if len(shown) > 40 else f'"{shown}"'
