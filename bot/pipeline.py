"""The cycle: poll due feeds (fetch → parse → classify → route → store: bot.polling), then deliver."""

from __future__ import annotations

from bot.outbox import DeliveryOutcome, deliver_pending
from bot.polling import (
    PollOutcome,
    classify_backlog,
    known_names,
    poll_due_feeds,
    poll_feed,
    poll_feeds,
    sync_config,
    watchlists,
)
from bot.services import Services, utcnow

__all__ = [
    "DeliveryOutcome",
    "PollOutcome",
    "Services",
    "classify_backlog",
    "deliver_pending",
    "known_names",
    "poll_due_feeds",
    "poll_feed",
    "poll_feeds",
    "run_cycle",
    "sync_config",
    "utcnow",
    "watchlists",
]


def run_cycle(svc: Services, *, everything: bool = False) -> tuple[list[PollOutcome], DeliveryOutcome]:
    """Run one full cycle: poll feeds, then deliver what is due."""
    polls = poll_due_feeds(svc, everything=everything)
    return polls, deliver_pending(svc)
