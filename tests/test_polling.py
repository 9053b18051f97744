"""Polling many feeds at once: limits per host and overall, cheap 304s, backfills, release pages read once."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot import polling, store
from bot.hosts import HostLimiter, PageMemo
from bot.polling import classify_backlog, poll_due_feeds, poll_feed
from config.settings import WatchlistConfig
from tests.fakes.feedserver import FeedServer, RssItem, release_page, rss_feed
from tests.pollharness import NOW, feed, polling_bot, rows
from tests.replicaharness import PostgresUnavailable, fresh_database

MILESTONE_TITLE = "Orlena Bio Earns $7 Million Milestone Payment from Amgen"
MILESTONE_SUMMARY = (
    "Orlena Bio, Inc. (Nasdaq: ORLB) today announced that it has earned a $7 million milestone payment "
    "from Amgen under the companies' 2022 license agreement."
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def _item(
    n: int, *, title: str | None = None, description: str | None = None, age: timedelta = timedelta(minutes=5)
) -> RssItem:
    return RssItem(
        title=title or f"Company {n} Reports Quarterly Results",
        link=f"https://www.globenewswire.com/news-release/2026/03/02/{3000000 + n}/0/en/release-{n}.html",
        description=description or f"Company {n} reported its results for the quarter.",
        guid=f"guid-{n}",
        identifier=f"id-{n}",
        pub_date=NOW - age,
    )


# -- many at once ----------------------------------------------------------------------------------


def test_feeds_are_polled_at_once_within_the_overall_and_per_host_limits(
    tmp_path: Path, server: FeedServer
) -> None:
    feeds = []
    for n in range(24):
        host = "127.0.0.1" if n % 2 else "localhost"
        server.route(f"/f{n}", rss_feed([_item(n)]), delay=0.15)
        feeds.append((f"feed-{n}", server.url(f"/f{n}", host=host)))
    with polling_bot(tmp_path, feeds=feeds, concurrency=6, per_host_concurrency=2) as svc:
        outcomes = poll_due_feeds(svc, everything=True)
        assert sorted(o.feed for o in outcomes) == sorted(name for name, _ in feeds)
        assert all(o.ok and o.new == 1 for o in outcomes)
        assert rows(svc, "SELECT count(*) FROM entry") == [(24,)]
    assert server.peak_in_flight("127.0.0.1") <= 2
    assert server.peak_in_flight("localhost") <= 2
    assert 2 <= server.peak_in_flight() <= 4


def test_the_rate_limit_spaces_requests_to_a_domain_and_its_subdomains() -> None:
    now = [100.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    limiter = HostLimiter(per_host=4, rates={"sec.gov": 10.0}, clock=lambda: now[0], sleep=sleep)
    started: list[float] = []
    for n in range(30):
        host = "www.sec.gov" if n % 2 else "efts.sec.gov"
        with limiter.slot(f"https://{host}/cgi-bin/browse-edgar?action=getcurrent&n={n}"):
            started.append(now[0])
    gaps = [b - a for a, b in itertools.pairwise(started)]
    assert min(gaps) >= 0.1 - 1e-9
    assert started[-1] - started[0] == pytest.approx(2.9)
    # Other hosts are not held back by EDGAR's limit.
    before = len(sleeps)
    with limiter.slot("https://www.globenewswire.com/rss"):
        pass
    assert len(sleeps) == before
    assert limiter.rate_domain("www.sec.gov") == "sec.gov"
    assert limiter.rate_domain("notsec.gov") is None


def test_a_stopping_bot_starts_no_more_polls(tmp_path: Path, server: FeedServer) -> None:
    server.route("/f", rss_feed([_item(1)]))
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))]) as svc:
        svc.stop.set()
        assert poll_due_feeds(svc, everything=True) == []
    assert server.requests == []


def test_requests_say_who_is_asking(tmp_path: Path, server: FeedServer) -> None:
    server.route("/f", rss_feed([_item(1)]))
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))]) as svc:
        poll_due_feeds(svc, everything=True)
    assert "contact: qa@example.com" in server.last_request("/f").headers["user-agent"]


# -- cheap when nothing changed --------------------------------------------------------------------


def _statements(engine: sa.engine.Engine) -> list[str]:
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(" ".join(statement.split()[:2]).upper())

    sa.event.listen(engine, "before_cursor_execute", record)
    return seen


def test_a_304_costs_one_update_and_no_parse(
    tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/f", rss_feed([_item(1)]), etag='"v1"')
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))]) as svc:
        poll_due_feeds(svc, everything=True)
        state = feed(svc, "f")

        def no_parse(*args: object, **kwargs: object) -> None:
            raise AssertionError("a 304 must not be parsed")

        monkeypatch.setattr(polling, "parse_feed", no_parse)
        statements = _statements(svc.engine)
        outcome = poll_feed(svc, feed=state, lists=[])
    assert outcome.ok
    assert outcome.not_modified
    assert statements == ["UPDATE FEED"]


def test_the_same_body_again_is_not_parsed(
    tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/f", rss_feed([_item(1)]))  # no validators: the server always sends the body
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))]) as svc:
        poll_due_feeds(svc, everything=True)
        monkeypatch.setattr(polling, "parse_feed", lambda *a, **k: pytest.fail("parsed again"))
        (outcome,) = poll_due_feeds(svc, everything=True)
    assert outcome.ok
    assert outcome.unchanged
    assert not outcome.new


def test_a_changed_body_is_read_and_only_new_entries_are_stored(tmp_path: Path, server: FeedServer) -> None:
    server.route("/f", rss_feed([_item(1), _item(2)]))
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))]) as svc:
        first = poll_due_feeds(svc, everything=True)
        server.route("/f", rss_feed([_item(1), _item(2), _item(3)]))
        second = poll_due_feeds(svc, everything=True)
    assert [o.new for o in first + second] == [2, 1]


def test_a_permanent_redirect_moves_the_feed(tmp_path: Path, server: FeedServer) -> None:
    server.redirect("/old", "/new", status=308)
    server.route("/new", rss_feed([_item(1)]))
    with polling_bot(tmp_path, feeds=[("f", server.url("/old"))]) as svc:
        poll_due_feeds(svc, everything=True)
        assert feed(svc, "f").url == server.url("/new")
        poll_due_feeds(svc, everything=True)
    assert server.count("/old") == 1
    assert server.count("/new") == 2


# -- the first poll ------------------------------------------------------------------------------


def test_a_backfill_is_stored_silently_and_classified_afterwards(tmp_path: Path, server: FeedServer) -> None:
    old = [
        _item(
            n,
            title=MILESTONE_TITLE.replace("Orlena", f"Orlena{n}"),
            description=MILESTONE_SUMMARY,
            age=timedelta(days=3),
        )
        for n in range(1, 4)
    ]
    fresh = _item(9, title=MILESTONE_TITLE, description=MILESTONE_SUMMARY)
    server.route("/f", rss_feed([*old, fresh]))
    lists = [WatchlistConfig(name="amgen", channel="C0AMGEN", companies=["Amgen"])]
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))], watchlists=lists) as svc:
        with store.session_scope(svc.engine) as session:
            state = next(f for f in store.feed_states(session))
        poll_feed(svc, feed=state, lists=svc.config.watchlist_values())
        stored = rows(svc, "SELECT title, silent, classified_at IS NULL, events FROM entry ORDER BY id")
        waiting = [r for r in stored if r[2]]
        assert len(waiting) == 3
        assert all(r[1] for r in waiting)
        fresh_row = next(r for r in stored if r[0] == MILESTONE_TITLE)
        assert fresh_row[1:3] == (0, 0)
        assert "milestone" in fresh_row[3]
        assert rows(svc, "SELECT count(*) FROM alert") == [(1,)]

        assert classify_backlog(svc, limit=2) == 2
        assert classify_backlog(svc) == 1
        assert classify_backlog(svc) == 0
        classified = rows(svc, "SELECT events FROM entry WHERE silent = 1")
        assert all("milestone" in r[0] for r in classified)
        assert rows(svc, "SELECT count(*) FROM alert") == [(1,)]  # history never alerts


def test_a_tick_classifies_a_batch_of_the_backlog(tmp_path: Path, server: FeedServer) -> None:
    server.route("/f", rss_feed([_item(n, age=timedelta(days=5)) for n in range(1, 8)]))
    with polling_bot(tmp_path, feeds=[("f", server.url("/f"))]) as svc:
        poll_due_feeds(svc)  # a scheduled tick: the feed is due at once after a config sync
        assert rows(svc, "SELECT count(*) FROM entry WHERE classified_at IS NULL") == [(0,)]


# -- release pages ---------------------------------------------------------------------------------


def test_release_pages_are_read_for_deal_news_once_and_not_for_the_rest(
    tmp_path: Path, server: FeedServer
) -> None:
    page = server.url("/release/orlena.html")
    server.route(
        "/release/orlena.html",
        release_page(MILESTONE_TITLE, [MILESTONE_SUMMARY, "The payment follows the first patient dosed."]),
        content_type="text/html; charset=utf-8",
    )
    server.route("/release/results.html", release_page("Results", ["Results."]), content_type="text/html")
    # Two aggregator feeds carry the same release under their own ids; one more item is no deal news.
    for path, guid in (("/a", "agg-a-1"), ("/b", "agg-b-1")):
        items = [
            RssItem(title=MILESTONE_TITLE, link=page, description=MILESTONE_SUMMARY, guid=guid, pub_date=NOW),
            RssItem(
                title="Orlena Bio Reports Quarterly Results",
                link=server.url("/release/results.html"),
                description="Orlena Bio reported revenue for the quarter.",
                guid=f"{guid}-results",
                pub_date=NOW,
            ),
        ]
        server.route(path, rss_feed(items))
    feeds = [("a", server.url("/a")), ("b", server.url("/b"))]
    with polling_bot(tmp_path, feeds=feeds, fetch_release_pages=True) as svc:
        poll_due_feeds(svc, everything=True)
        bodies = rows(svc, "SELECT body FROM entry WHERE title = :t", t=MILESTONE_TITLE)
    assert server.count("/release/orlena.html") == 1
    assert server.count("/release/results.html") == 0
    assert len(bodies) == 2
    assert all("first patient dosed" in body for (body,) in bodies)


def test_page_memo_fetches_each_url_once_and_survives_failures() -> None:
    memo = PageMemo(keep_text=1)
    calls: list[str] = []

    def fetch(text: str) -> Any:
        def run() -> str:
            calls.append(text)
            return text

        return run

    assert memo.fetch_once("https://a/1", fetch("one")) == "one"
    assert memo.fetch_once("https://a/1", fetch("again")) == "one"
    assert memo.fetch_once("https://a/2", fetch("two")) == "two"
    assert memo.fetch_once("https://a/1", fetch("third time")) is None  # text dropped, never refetched
    assert calls == ["one", "two"]

    def broken() -> str:
        raise OSError("down")

    with pytest.raises(OSError, match="down"):
        memo.fetch_once("https://a/3", broken)
    assert memo.seen("https://a/3")
    assert memo.fetch_once("https://a/3", fetch("later")) is None


@pytest.mark.postgres
def test_one_bot_at_a_time_works_the_backlog_on_a_shared_store(server: FeedServer, tmp_path: Path) -> None:
    old = [_item(n, title=f"Orlena{n} Reports Results", age=timedelta(days=3)) for n in range(1, 4)]
    server.route("/f", rss_feed(old))
    try:
        with fresh_database() as url:
            engine = store.make_engine(url)
            store.migrate(engine)
            try:
                with polling_bot(tmp_path, feeds=[("f", server.url("/f"))], engine=engine) as svc:
                    polling.poll_feeds(svc, everything=True)  # the feed's three releases are old: a backlog
                    assert rows(svc, "SELECT count(*) FROM entry WHERE classified_at IS NULL") == [(3,)]
                    with store.exclusive(engine, key=store.BACKLOG_LOCK_KEY) as other_bot:
                        assert other_bot
                        assert classify_backlog(svc) == 0  # another bot is at it: this one passes
                    assert classify_backlog(svc) == 3
            finally:
                engine.dispose()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
