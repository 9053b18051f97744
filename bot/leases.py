"""What one running bot holds while it works: its claims on feeds and channel queues in the store.

Several bots may run on one database. Each claims the feeds it polls and the channels it delivers
to, under a lease that lapses if it dies; a bot that stops cleanly gives everything back at once.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import timedelta

import structlog
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from bot import store
from bot.services import Services

log = structlog.get_logger("dealwire.leases")

FAR_FUTURE = timedelta(days=365 * 100)
MAX_FEEDS = 10_000  # claimed at once when every feed is polled (run --once)
# As workers free up, feeds are claimed a few at a time: a quarter of the workers, at most 16.
REFILL_SHARE = 4
REFILL_MAX = 16


class FeedClaims:
    """The feeds of one poll tick, handed to workers one at a time and claimed as workers free up.

    Claiming a few feeds as workers free up, rather than every due feed up front, lets the bots on
    one store share a tick's feeds as evenly as their speed allows; claiming a few at a time rather
    than one keeps the claims (each a write to the store) from queueing up the workers. With
    `everything` (run --once) every active feed not held elsewhere is claimed at once, due or not.
    """

    def __init__(
        self, svc: Services, *, everything: bool, db: Callable[[], AbstractContextManager[Session]]
    ) -> None:
        self._svc = svc
        self._everything = everything
        self._db = db
        self._lease = timedelta(seconds=svc.config.http.poll_lease_seconds)
        self._lock = threading.Lock()
        self._ready: deque[store.FeedState] = deque()
        self._handed = 0
        self._refill = 1

    def start(self, *, workers: int) -> int:
        """Claim the tick's first feeds (one per worker, or every feed); return how many."""
        self._refill = max(1, min(REFILL_MAX, workers // REFILL_SHARE))
        self._ready.extend(self._claim(MAX_FEEDS if self._everything else workers))
        return len(self._ready)

    def next(self) -> tuple[int, store.FeedState] | None:
        """Return the next feed to poll and its place in the tick; None when none is left or stopping."""
        with self._lock:
            if self._svc.stop.is_set():
                return None
            if not self._ready and not self._everything:
                self._ready.extend(self._claim(self._refill))
            if not self._ready:
                return None
            self._handed += 1
            return self._handed, self._ready.popleft()

    def _claim(self, limit: int) -> list[store.FeedState]:
        now = self._svc.clock()
        with self._db() as session:
            return store.claim_feeds(
                session,
                holder=self._svc.replica,
                now=now,
                until=now + self._lease,
                limit=limit,
                due_by=now + FAR_FUTURE if self._everything else now,
            )


class ChannelLeases:
    """The channels one delivery pass holds: claimed from the store, renewed each step, given back."""

    def __init__(self, svc: Services, *, limit: int) -> None:
        self._svc = svc
        self._limit = limit
        self._lease = timedelta(seconds=svc.config.delivery.sending_lease_seconds)
        self._lock = threading.Lock()
        self._held: set[str] = set()

    def claim(self, channels: Sequence[str], *, limit: int | None = None) -> list[str]:
        """Claim as many of these channels as the pass has room for (or `limit`); return those claimed."""
        with self._lock:
            wanted = [channel for channel in channels if channel not in self._held]
            room = (self._limit - len(self._held)) if limit is None else limit
        if not wanted or room <= 0:
            return []
        now = self._svc.clock()
        with store.session_scope(self._svc.engine) as session:
            claimed = store.claim_channels(
                session,
                channels=wanted,
                holder=self._svc.replica,
                now=now,
                until=now + self._lease,
                limit=room,
            )
        with self._lock:
            self._held.update(claimed)
        return claimed

    def renew(self, channel: str) -> bool:
        """Extend the lease on a held channel; False when it lapsed and another bot took the channel."""
        now = self._svc.clock()
        with store.session_scope(self._svc.engine) as session:
            kept = store.renew_channel(
                session, channel=channel, holder=self._svc.replica, until=now + self._lease
            )
        if not kept:
            log.warning("channel_taken_over", channel=channel, replica=self._svc.replica)
            with self._lock:
                self._held.discard(channel)
        return kept

    def release(self, channels: Sequence[str]) -> None:
        """Give channels back so that any bot may deliver to them next."""
        with self._lock:
            mine = [channel for channel in channels if channel in self._held]
            self._held.difference_update(mine)
        if mine:
            with store.session_scope(self._svc.engine) as session:
                store.release_channels(session, channels=mine, holder=self._svc.replica)

    def release_all(self) -> None:
        """Give back every channel this pass still holds."""
        with self._lock:
            held = sorted(self._held)
        self.release(held)


def release_all(svc: Services) -> None:
    """Give back every claim this bot holds, as it stops; a store that cannot be reached lets them lapse."""
    try:
        with store.session_scope(svc.engine) as session:
            released = store.release_leases(session, holder=svc.replica, now=svc.clock())
    except DBAPIError as exc:
        log.warning("leases_not_released", replica=svc.replica, error=type(exc.orig or exc).__name__)
        return
    log.info("leases_released", replica=svc.replica, rows=released)
