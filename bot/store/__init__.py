"""The store: feeds, entries, the alert outbox and watch lists in SQLite or PostgreSQL.

Functions take a Session and keyword arguments and return frozen values; table rows stay inside.
"""

from bot.store._sql import UnsupportedDatabase
from bot.store.alerts import (
    AlertNotFound,
    PendingAlert,
    alert_counts,
    due_alerts,
    mark_failed,
    mark_retry,
    mark_sending,
    mark_sent,
    release_stuck_alerts,
)
from bot.store.db import (
    StoreUnavailable,
    alembic_config,
    check,
    make_engine,
    masked_url,
    migrate,
    session_scope,
)
from bot.store.entries import StoredEntry, add_entry, find_entry, get_entry, known_ids
from bot.store.feeds import (
    FeedNotFound,
    FeedState,
    due_feeds,
    feed_states,
    record_poll_failure,
    record_poll_success,
    sync_feeds,
)
from bot.store.queries import (
    AlertRecord,
    ReleasePage,
    ReleaseSummary,
    StoreTotals,
    alerts_for_entry,
    latest_alerts,
    recent_events,
    search_releases,
    store_totals,
    watchlist_owners,
)
from bot.store.watchlists import delete_watchlist, load_watchlists, save_watchlist, set_muted

__all__ = [
    "AlertNotFound",
    "AlertRecord",
    "FeedNotFound",
    "FeedState",
    "PendingAlert",
    "ReleasePage",
    "ReleaseSummary",
    "StoreTotals",
    "StoreUnavailable",
    "StoredEntry",
    "UnsupportedDatabase",
    "add_entry",
    "alembic_config",
    "alert_counts",
    "alerts_for_entry",
    "check",
    "delete_watchlist",
    "due_alerts",
    "due_feeds",
    "feed_states",
    "find_entry",
    "get_entry",
    "known_ids",
    "latest_alerts",
    "load_watchlists",
    "make_engine",
    "mark_failed",
    "mark_retry",
    "mark_sending",
    "mark_sent",
    "masked_url",
    "migrate",
    "recent_events",
    "record_poll_failure",
    "record_poll_success",
    "release_stuck_alerts",
    "save_watchlist",
    "search_releases",
    "session_scope",
    "set_muted",
    "store_totals",
    "sync_feeds",
    "watchlist_owners",
]
