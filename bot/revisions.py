"""Corrections and updates: a release seen again with changed words edits its alerts, never alerts twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import structlog

from bot import store
from bot.classify import classify
from bot.models import Entry, Watchlist
from bot.mrkdwn import one_line
from bot.notes import describe_revision
from bot.route import route
from bot.services import Services
from bot.store._sql import clean
from bot.store.entries import content_hash

log = structlog.get_logger("dealwire.revisions")


def _same(stored: str, seen: str) -> bool:
    return one_line(clean(stored)) == one_line(clean(seen))


def looks_revised(*, stored: Entry, seen: Entry) -> bool:
    """True when a feed shows a known release with other words than stored, or a newer modification time.

    The summary and body count only in the feed the release was stored from: two feeds of one wire
    may word the same release's summary differently, and that is not a correction.
    """
    if not _same(stored.title, seen.title):
        return True
    if seen.modified is not None and (stored.modified is None or seen.modified > stored.modified):
        return True
    if seen.feed != stored.feed:
        return False
    return not _same(stored.summary, seen.summary) or bool(seen.body and not _same(stored.body, seen.body))


def record_revisions(
    svc: Services,
    *,
    entries: Sequence[Entry],
    lists: Sequence[Watchlist],
    known_names: Sequence[str],
    now: datetime,
    enrich: Callable[[Entry], Entry],
) -> int:
    """Store new versions of known releases among `entries` and queue edits of their alerts; return how many.

    A version whose alert would read the same (same title, same classification) is stored quietly:
    the channel hears only about changes it can see.
    """
    with store.session_scope(svc.engine) as session:
        known = store.known_entries(session, entries=entries)
    revised = 0
    seen_keys: set[tuple[str, str]] = set()
    for seen in entries:
        key = (clean(seen.wire), clean(seen.native_id))
        stored = known.get(key)
        if stored is None or key in seen_keys or svc.stop.is_set():
            continue
        seen_keys.add(key)
        if not looks_revised(stored=stored.entry, seen=seen):
            continue
        entry = enrich(seen)
        if content_hash(entry) == stored.content_hash:
            with store.session_scope(svc.engine) as session:
                store.touch_entry(session, entry_id=stored.id, modified=seen.modified)
            continue
        classification = classify(entry, known_names=known_names)
        visible = classification != stored.classification or not _same(stored.entry.title, entry.title)
        matches = route(
            entry=entry,
            classification=classification,
            watchlists=lists,
            usd_rates=svc.config.rates.usd_per_unit,
            now=now,
        )
        note = describe_revision(
            old=stored.entry,
            old_classification=stored.classification,
            new=entry,
            new_classification=classification,
        )
        with store.session_scope(svc.engine) as session:
            outcome = store.record_revision(
                session,
                known=stored,
                entry=entry,
                classification=classification,
                matches=matches if visible else [],
                note=note,
                now=now,
                notify=visible,
            )
        if outcome.recorded:
            revised += 1
            log.info(
                "entry_revised",
                entry=entry.native_id,
                wire=entry.wire,
                edits=outcome.updates,
                alerts=outcome.alerts,
                note=note if visible else "",
            )
    return revised
