"""How fast one channel may be posted to: a token bucket per channel plus Slack's Retry-After.

The bucket is one time per channel, its theoretical arrival time (tat): a post may go while
now >= tat - (burst - 1) * interval, and each post moves tat to max(tat, sent) + interval. It is
advanced with the moment the request actually left, so time lost between deciding and sending
(a busy database, a slow render) never squeezes two posts closer than the interval. The store
keeps it, and Retry-After, across passes, processes and restarts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from bot import store


class Pacer:
    """Per-channel pace for one delivery pass, loaded from and written back to the store."""

    def __init__(
        self, *, engine: Engine, interval: timedelta, burst: int, clock: Callable[[], datetime]
    ) -> None:
        self._engine = engine
        self._interval = interval
        self._burst = max(1, burst)
        self._clock = clock
        self._lock = threading.Lock()
        self._paces: dict[str, store.ChannelPace] = {}

    def _pace(self, channel: str) -> store.ChannelPace:
        with self._lock:
            known = self._paces.get(channel)
        if known is not None:
            return known
        with store.session_scope(self._engine) as session:
            loaded = store.channel_pace(session, channel=channel, now=self._clock())
        with self._lock:
            return self._paces.setdefault(channel, loaded)

    def next_post_at(self, channel: str, *, now: datetime) -> datetime | None:
        """Return when the channel may next be posted to, or None if it may be now."""
        pace = self._pace(channel)
        allowed = pace.tat - self._interval * (self._burst - 1)
        if pace.not_before is not None and pace.not_before > allowed:
            allowed = pace.not_before
        return None if now >= allowed else allowed

    def posted(self, channel: str, *, at: datetime) -> None:
        """Count a post that left at `at` (whatever Slack answered: it counts against the limit)."""
        pace = self._pace(channel)
        tat = max(pace.tat, at) + self._interval
        with self._lock:
            self._paces[channel] = store.ChannelPace(tat=tat, not_before=pace.not_before)
        with store.session_scope(self._engine) as session:
            store.record_pace(session, channel=channel, tat=tat, now=self._clock())

    def hold(self, channel: str, *, until: datetime) -> None:
        """Post nothing to the channel before `until` (Slack's Retry-After)."""
        pace = self._pace(channel)
        if pace.not_before is None or pace.not_before < until:
            with self._lock:
                self._paces[channel] = store.ChannelPace(tat=pace.tat, not_before=until)
        with store.session_scope(self._engine) as session:
            store.hold_channel(session, channel=channel, until=until, now=self._clock())
