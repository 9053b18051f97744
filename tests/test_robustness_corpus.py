"""Every feed of feedparser's own test suite, served over loopback, goes through fetch, parse, classify,
route, store and render without an exception, and no alert carries a Slack control sequence."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from bot import store
from bot.classify import classify
from bot.fetch import FeedFetchError, fetch_feed
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence
from bot.parsing import parse_feed
from bot.polling import poll_due_feeds
from bot.render import AlertView, render_alert, render_console
from config.settings import WatchlistConfig
from tests.fakes.feedserver import FeedServer
from tests.pollharness import polling_bot

FEEDPARSER_TESTS = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "feedparser-tests"
CORPUS_FILES = (
    sorted(p for p in FEEDPARSER_TESTS.rglob("*.xml") if p.is_file()) if FEEDPARSER_TESTS.is_dir() else []
)
# The only markup an alert may carry: our own link to the release, with our own label.
OUR_LINK = re.compile(r"<https?://[^\s<>|]+\|Read the release(?: ↗)?>")
_HEADER_RE = re.compile(rb"^Header:\s*([A-Za-z-]{1,40}):[ \t]*([\x20-\x7e]{0,300})$", re.MULTILINE)


def _served_headers(data: bytes) -> dict[str, str]:
    """The response headers a feedparser test file asks for in its leading comment."""
    return {name.decode().lower(): value.decode().strip() for name, value in _HEADER_RE.findall(data[:4096])}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _dummy(entry: Entry) -> Classification:
    """A classification made of the entry's own hostile text, so every field of the alert shows it."""
    return Classification(
        events=(EventType.MILESTONE, EventType.LICENSING),
        company=entry.issuer or entry.title[:80] or None,
        partners=tuple(p for p in (entry.title[:60], entry.summary[:60]) if p),
        tickers=entry.categories[:3],
        amounts=(Amount(Decimal(1_000_000), "USD", AmountKind.MILESTONE, text=entry.title[:60]),),
        evidence=(
            Evidence(EventType.MILESTONE, "corpus", entry.summary[:400] or entry.title or "x"),
            Evidence(EventType.LICENSING, "corpus", entry.title or "x"),
        ),
    )


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS_FILES, reason=f"feedparser test feeds not found at {FEEDPARSER_TESTS}")
def test_every_feedparser_test_feed_goes_through_the_pipeline_and_renders_safely(tmp_path: Path) -> None:
    everyone = WatchlistConfig(name="everything <!channel>", channel="#all-deals")
    with FeedServer() as server:
        feeds = []
        for n, path in enumerate(CORPUS_FILES):
            data = path.read_bytes()
            headers = _served_headers(data)
            content_type = headers.pop("content-type", "application/xml")
            headers.pop("content-length", None)
            server.route(f"/corpus/{n}", data, content_type=content_type, headers=headers)
            feeds.append((f"corpus-{n}", server.url(f"/corpus/{n}")))
        with (
            capture_logs() as logs,
            polling_bot(
                tmp_path, feeds=feeds, watchlists=[everyone], concurrency=16, per_host_concurrency=16
            ) as svc,
        ):
            # Mark every feed as polled before, so its entries are news: classified, routed and
            # alerted now rather than recorded as a silent backfill.
            with store.session_scope(svc.engine) as session:
                for state in store.feed_states(session):
                    store.record_poll_success(
                        session,
                        feed_id=state.id,
                        now=svc.clock(),
                        etag=None,
                        last_modified=None,
                        next_check_at=svc.clock(),
                    )
            outcomes = poll_due_feeds(svc, everything=True)
            with store.session_scope(svc.engine) as session:
                ids = [row[0] for row in session.connection().exec_driver_sql("SELECT id FROM entry")]
                stored = [store.get_entry(session, entry_id=entry_id) for entry_id in ids]
            # The store keeps one copy of the items that many test feeds share; every item of every
            # feed is also taken through the same steps one by one.
            every_item = []
            for _, url in feeds:
                try:
                    fetched = fetch_feed(svc.http, url)
                except FeedFetchError:
                    continue
                parsed = parse_feed(
                    fetched.body, feed_name=url, feed_url=fetched.url, content_type=fetched.content_type
                )
                every_item += [(entry, classify(entry)) for entry in parsed.entries]

    assert len(outcomes) == len(CORPUS_FILES)
    crashed = [o for o in outcomes if o.error.startswith("internal error")]
    assert crashed == []
    assert not [e for e in logs if e.get("event") == "feed_poll_crashed"]
    assert sum(1 for o in outcomes if o.ok) > len(CORPUS_FILES) * 0.9
    assert len(stored) >= 100
    assert len(every_item) >= 500

    views = [(item.entry, item.classification) for item in stored if item is not None] + every_item
    for entry, found in views:
        view = AlertView(
            entry=entry,
            classification=found if found.is_event else _dummy(entry),
            watchlist="everything <!channel>",
            reason=f"matched {entry.title[:100]}",
        )
        message = render_alert(view)
        render_console(view)
        for text in [message.text, *_strings(list(message.blocks))]:
            rest = OUR_LINK.sub("", text)
            for control in ("<!", "<@", "<#", "<http"):
                assert control not in rest, (entry.feed, text[:300])
            assert "<" not in rest, (entry.feed, text[:300])
        json.dumps(message.blocks)
