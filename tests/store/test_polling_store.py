"""Many feeds polled at once into each backend: group commits, story locks and notices hold on both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.polling import poll_due_feeds
from config.settings import WatchlistConfig
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed
from tests.pollharness import NOW, notices, polling_bot, rows

TITLE = "Orlena Bio Earns $7 Million Milestone Payment from Amgen"
SUMMARY = (
    "Orlena Bio, Inc. (Nasdaq: ORLB) today announced that it has earned a $7 million milestone payment "
    "from Amgen under the companies' 2022 license agreement."
)
WIRES = {
    "gnw": "https://www.globenewswire.com/news-release/2026/03/02/3038201/0/en/Orlena.html",
    "prn": "https://www.prnewswire.com/news-releases/orlena-bio-earns-milestone-302389123.html",
    "bw": "https://www.businesswire.com/news/home/20260302005123/en/Orlena-Bio",
}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_copies_polled_at_once_are_one_story_with_one_alert(
    engine: Engine, tmp_path: Path, server: FeedServer
) -> None:
    feeds = []
    for name, link in WIRES.items():
        item = RssItem(
            title=TITLE, link=link, description=SUMMARY, guid=link, pub_date=NOW - timedelta(minutes=5)
        )
        others = [
            RssItem(
                title=f"{name.upper()} Company {n} Reports Quarterly Results",
                link=f"{link}?n={n}",
                description="Results for the quarter.",
                guid=f"{name}-{n}",
                pub_date=NOW - timedelta(minutes=30 + n),
            )
            for n in range(15)
        ]
        server.route(f"/{name}", rss_feed([item, *others]), delay=0.05)
        feeds.append((name, server.url(f"/{name}")))
    server.fail("/broken", 500)
    feeds.append(("broken", server.url("/broken")))
    amgen = WatchlistConfig(name="amgen", channel="C0AMGEN", companies=["Amgen"])
    with polling_bot(tmp_path, feeds=feeds, watchlists=[amgen], engine=engine, failing_after=1) as svc:
        outcomes = {o.feed: o for o in poll_due_feeds(svc, everything=True)}
        assert [name for name, o in sorted(outcomes.items()) if not o.ok] == ["broken"]
        stories = rows(svc, "SELECT COALESCE(story_id, id) FROM entry WHERE title = :t", t=TITLE)
        assert len(stories) == 3
        assert len(set(stories)) == 1
        assert rows(svc, "SELECT count(*) FROM entry") == [(48,)]
        kinds = sorted(str(k) for (k,) in rows(svc, "SELECT kind FROM alert WHERE watchlist = 'amgen'"))
        assert kinds == ["alert", "also_on", "also_on"]
        assert [key.split(":")[0] for key in notices(svc)] == ["feed-failing"]
