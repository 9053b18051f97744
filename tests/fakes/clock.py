"""A clock for tests that moves only when code sleeps on it (or the test moves it), shared by threads."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


class FakeClock:
    """Time as seconds since the epoch that advances on sleep(), never on its own.

    Give `now` to code that wants a datetime, `monotonic` to code that wants a float (FakeSlack),
    and `sleep` to code that waits: a wait returns at once with the clock moved on, so a test of
    minutes of backoff runs in milliseconds.
    """

    def __init__(self, start: datetime) -> None:
        self._seconds = start.timestamp()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The current fake time, timezone-aware UTC."""
        with self._lock:
            return datetime.fromtimestamp(self._seconds, UTC)

    def monotonic(self) -> float:
        """The current fake time in seconds."""
        with self._lock:
            return self._seconds

    def sleep(self, seconds: float) -> bool:
        """Move the clock on by `seconds` and return at once (False, like Event.wait timing out)."""
        self.advance(seconds)
        return False

    def advance(self, seconds: float) -> None:
        """Move the clock on; never backwards."""
        with self._lock:
            self._seconds += max(0.0, seconds)

    def advance_to(self, moment: datetime) -> None:
        """Move the clock on to `moment` if it is later."""
        with self._lock:
            self._seconds = max(self._seconds, moment.timestamp())

    def __repr__(self) -> str:
        return f"FakeClock({self.now().isoformat()})"


def real_time_minus(hours: float) -> datetime:
    """A start for a FakeClock behind the real clock, so Slack ts (real time) stay after our times."""
    return datetime.now(UTC) - timedelta(hours=hours)
