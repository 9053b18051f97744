"""When to poll a feed next: its interval stretched by the server's advice, or backoff after failures."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

# A Retry-After beyond this is not advice anyone can follow; the feed is tried again after it.
RETRY_AFTER_CAP = timedelta(hours=24)
# Doubling stops long before a timedelta could overflow; the cap is reached far earlier anyway.
_MAX_DOUBLINGS = 30


def next_poll_delay(
    *, interval: timedelta, ttl_seconds: int | None, max_age_seconds: int | None, cap: timedelta
) -> timedelta:
    """Return the wait after a successful poll: the interval, stretched for <ttl> and max-age, within cap.

    The cap bounds only what the feed asks for: a configured interval longer than the cap is kept.
    """
    advised = max(ttl_seconds or 0, max_age_seconds or 0)
    wait = max(interval, timedelta(seconds=advised))
    return min(wait, max(cap, interval))


def failure_delay(
    *,
    errors: int,
    interval: timedelta,
    cap: timedelta,
    retry_after: int | None = None,
    rand: Callable[[], float] = random.random,
) -> timedelta:
    """Return the wait after `errors` consecutive failures: doubling from the interval, capped, with jitter.

    Half the wait is fixed and half random, so feeds that failed together (one host down) spread out
    when they come back; a server's Retry-After is honoured when it asks for longer.
    """
    doublings = min(max(errors - 1, 0), _MAX_DOUBLINGS)
    base = min(interval * (1 << doublings), cap)
    wait = base * (0.5 + rand() / 2)
    if retry_after is not None and retry_after > 0:
        wait = max(wait, min(timedelta(seconds=retry_after), RETRY_AFTER_CAP))
    return wait
