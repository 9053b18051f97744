"""Hostile responses on loopback: the bad feed backs off and is reported failing then recovered, once each,
while the good feed next to it keeps being polled; odd but readable feeds are read."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from bot import store
from bot.polling import poll_due_feeds
from tests.fakes.feedserver import Blackhole, FeedServer, RssItem, rss_feed
from tests.pollharness import NOW, feed, notices, polling_bot, rows

MAX_BYTES = 200_000
READ_TIMEOUT = 0.5


def _items(*numbers: int, guid: Callable[[int], str] | None = None) -> list[RssItem]:
    return [
        RssItem(
            title=f"Company {n} Reports Quarterly Results",
            link=f"https://example.com/news/release-{n}.html",
            description=f"Company {n} reported its results for the quarter.",
            guid=guid(n) if guid else f"https://example.com/news/release-{n}.html",
            pub_date=NOW - timedelta(minutes=60 - n),
        )
        for n in numbers
    ]


GOOD = rss_feed(_items(1, 2))


def _bomb() -> bytes:
    # 100 MB of zeros compress to about 100 kB: far past the cap once inflated.
    squeezer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * 1_000_000
    return b"".join(squeezer.compress(zeros) for _ in range(100)) + squeezer.flush()


def _loop(server: FeedServer) -> None:
    server.redirect("/bad", "/bad-2", 302)
    server.redirect("/bad-2", "/bad", 302)


@dataclass(frozen=True)
class Hostile:
    """A way for /bad to fail, and what the failure reads like."""

    setup: Callable[[FeedServer], None]
    error: str  # a piece of the recorded error


FAILING: dict[str, Hostile] = {
    "read-timeout": Hostile(lambda s: s.route("/bad", GOOD, delay=3 * READ_TIMEOUT), "timed out"),
    "http-404": Hostile(lambda s: s.fail("/bad", 404), "HTTP 404 Not Found"),
    "http-410": Hostile(lambda s: s.fail("/bad", 410), "HTTP 410 Gone"),
    "http-500": Hostile(lambda s: s.fail("/bad", 500), "HTTP 500"),
    "http-503-retry-after": Hostile(
        lambda s: s.fail("/bad", 503, headers={"Retry-After": "120"}), "retry after 120 s"
    ),
    "redirect-loop": Hostile(lambda s: _loop(s), "redirect loop"),
    "body-over-cap": Hostile(
        lambda s: s.route("/bad", GOOD + b"<!--" + b"x" * (2 * MAX_BYTES) + b"-->"), "body larger than"
    ),
    "body-over-cap-no-length": Hostile(
        lambda s: s.route("/bad", b"x" * (2 * MAX_BYTES), chunk_delay=0.0001), "body larger than"
    ),
    "gzip-bomb": Hostile(lambda s: s.route("/bad", _bomb(), encoding="gzip"), "body larger than"),
    "corrupt-gzip": Hostile(
        lambda s: s.route("/bad", b"\x1f\x8b\x08\x00garbage" * 50, encoding="gzip"), "corrupt"
    ),
    "unknown-encoding": Hostile(lambda s: s.route("/bad", GOOD, encoding="br"), "content encoding"),
    "slow-drip": Hostile(lambda s: s.route("/bad", GOOD * 20, chunk_delay=0.2), "took longer than"),
    "html-page": Hostile(
        lambda s: s.route("/bad", b"<html><body><p>Maintenance</p></body></html>", content_type="text/html"),
        "no feed could be read",
    ),
    "binary-junk": Hostile(lambda s: s.route("/bad", bytes(range(256)) * 40), "no feed could be read"),
    "empty-body": Hostile(lambda s: s.route("/bad", b""), "the feed was empty"),
    "not-xml-at-all": Hostile(
        lambda s: s.route("/bad", b'{"items": []}', content_type="application/json"), "no feed"
    ),
}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def _events(
    logs: Sequence[MutableMapping[str, Any]], name: str, *, feed_name: str
) -> list[MutableMapping[str, Any]]:
    return [event for event in logs if event.get("event") == name and event.get("feed") == feed_name]


@pytest.mark.parametrize("case", sorted(FAILING))
def test_a_hostile_feed_backs_off_and_is_reported_failing_then_recovered_once(
    case: str, tmp_path: Path, server: FeedServer
) -> None:
    hostile = FAILING[case]
    server.route("/good", GOOD)
    hostile.setup(server)
    feeds = [("good", server.url("/good")), ("bad", server.url("/bad"))]
    with (
        capture_logs() as logs,
        polling_bot(
            tmp_path,
            feeds=feeds,
            read_timeout=READ_TIMEOUT,
            max_feed_bytes=MAX_BYTES,
            feed_timeout=1.0,
            failing_after=3,
        ) as svc,
    ):
        bad_id = feed(svc, "bad").id
        for attempt in range(1, 5):
            outcomes = {o.feed: o for o in poll_due_feeds(svc, everything=True)}
            assert outcomes["good"].ok
            assert not outcomes["bad"].ok
            assert hostile.error in outcomes["bad"].error
            state = feed(svc, "bad")
            assert state.consecutive_errors == attempt
            assert state.failing is (attempt >= 3)
            # Backed off: not due again at its interval, while the good feed is.
            assert state.next_check_at > NOW
            assert hostile.error in (state.last_error or "")
        assert [key.split(":")[:2] for key in notices(svc)] == [["feed-failing", str(bad_id)]]
        assert rows(svc, "SELECT count(*) FROM entry") == [(2,)]

        server.forget("/bad-2")
        server.route("/bad", rss_feed(_items(3)))
        for _ in range(2):
            outcomes = {o.feed: o for o in poll_due_feeds(svc, everything=True)}
            assert outcomes["bad"].ok
        state = feed(svc, "bad")
        assert (state.failing, state.consecutive_errors, state.last_error) == (False, 0, None)
        assert [key.split(":")[0] for key in notices(svc)] == ["feed-failing", "feed-recovered"]
        with store.session_scope(svc.engine) as session:
            texts = [n.text for n in store.pending_admin_notices(session)]
        assert texts[0].startswith("Feed bad is failing: its last 3 polls went wrong.")
        assert texts[1].startswith("Feed bad is working again")
    assert len(_events(logs, "feed_poll_failed", feed_name="bad")) == 4
    assert len(_events(logs, "feed_failing", feed_name="bad")) == 1
    assert len(_events(logs, "feed_recovered", feed_name="bad")) == 1
    assert not [e for e in logs if e.get("event") == "feed_poll_crashed"]


def test_a_host_that_never_answers_a_connection_times_out(tmp_path: Path, server: FeedServer) -> None:
    server.route("/good", GOOD)
    with (
        Blackhole() as hole,
        polling_bot(
            tmp_path,
            feeds=[("good", server.url("/good")), ("bad", hole.url("/feed"))],
            connect_timeout=0.3,
            failing_after=2,
        ) as svc,
    ):
        for _ in range(2):
            outcomes = {o.feed: o for o in poll_due_feeds(svc, everything=True)}
            assert outcomes["good"].ok
            assert "timed out after 0.3 s connecting" in outcomes["bad"].error
        assert feed(svc, "bad").failing
        assert len(notices(svc)) == 1


def test_a_refused_connection_is_a_failure_like_any_other(tmp_path: Path, server: FeedServer) -> None:
    server.route("/good", GOOD)
    with Blackhole() as hole:
        closed = hole.url("/feed")
    with polling_bot(tmp_path, feeds=[("good", server.url("/good")), ("bad", closed)]) as svc:
        outcomes = {o.feed: o for o in poll_due_feeds(svc, everything=True)}
    assert outcomes["good"].ok
    assert "connection refused" in outcomes["bad"].error


# -- odd but readable ------------------------------------------------------------------------------


def _read(
    tmp_path: Path, server: FeedServer, **route: Any
) -> tuple[list[str], list[MutableMapping[str, Any]]]:
    server.route("/odd", **route)
    with capture_logs() as logs, polling_bot(tmp_path, feeds=[("odd", server.url("/odd"))]) as svc:
        (outcome,) = poll_due_feeds(svc, everything=True)
        assert outcome.ok, outcome.error
        titles = [str(row[0]) for row in rows(svc, "SELECT title FROM entry ORDER BY id")]
    return titles, _events(logs, "feed_malformed", feed_name="odd")


def test_a_feed_served_as_html_is_read_and_the_label_reported(tmp_path: Path, server: FeedServer) -> None:
    titles, problems = _read(tmp_path, server, body=GOOD, content_type="text/html; charset=utf-8")
    assert len(titles) == 2
    assert len(problems) == 1
    assert "not XML" in problems[0]["problem"]


def test_a_feed_without_a_content_type_is_read(tmp_path: Path, server: FeedServer) -> None:
    titles, _ = _read(tmp_path, server, body=GOOD, content_type="")
    assert len(titles) == 2


def test_a_mislabelled_encoding_is_read(tmp_path: Path, server: FeedServer) -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Société Générale signs a licence for café</title><link>https://example.com/a</link>"
        "<guid>a</guid></item></channel></rss>"
    ).encode("cp1252")
    titles, problems = _read(tmp_path, server, body=body, content_type="application/rss+xml; charset=utf-8")
    assert len(titles) == 1
    assert titles[0].startswith("Soci")
    assert titles[0].endswith("licence for caf\u00e9") or "\ufffd" in titles[0]
    assert problems


def test_a_gzipped_feed_is_read(tmp_path: Path, server: FeedServer) -> None:
    titles, _ = _read(tmp_path, server, body=gzip.compress(GOOD), encoding="gzip")
    assert len(titles) == 2


def test_malformed_xml_is_read_leniently_and_the_problem_logged(tmp_path: Path, server: FeedServer) -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>R&D news</title>'
        b"<item><title>Acme & Beta sign <b>deal</title><link>https://example.com/d</link><guid>d</guid></item>"
        b"<item><title>Unclosed item<link>https://example.com/e</link>"
    )
    titles, problems = _read(tmp_path, server, body=body)
    assert titles
    assert any("not well-formed" in p["problem"] for p in problems)


def test_an_empty_feed_is_a_success_with_nothing_new(tmp_path: Path, server: FeedServer) -> None:
    titles, problems = _read(tmp_path, server, body=rss_feed([]))
    assert titles == []
    assert problems == []


def test_items_without_guids_are_keyed_by_their_links(tmp_path: Path, server: FeedServer) -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>One</title><link>https://example.com/1</link></item>"
        b"<item><title>Two</title><link>https://example.com/2</link></item>"
        b"<item><title>Three has no link at all</title><description>Text.</description></item>"
        b"</channel></rss>"
    )
    titles, _ = _read(tmp_path, server, body=body)
    assert titles == ["One", "Two", "Three has no link at all"]


def test_a_feed_repeating_one_guid_is_keyed_strongly_from_then_on(tmp_path: Path, server: FeedServer) -> None:
    server.route("/odd", rss_feed(_items(1, 2, 3, 4, guid=lambda n: "same-guid")))
    with capture_logs() as logs, polling_bot(tmp_path, feeds=[("odd", server.url("/odd"))]) as svc:
        (first,) = poll_due_feeds(svc, everything=True)
        assert first.new == 4
        assert feed(svc, "odd").id_key == "strong"
        server.route("/odd", rss_feed(_items(1, 2, 3, 4, 5, guid=lambda n: "same-guid")))
        (second,) = poll_due_feeds(svc, everything=True)
        assert second.new == 1
        assert rows(svc, "SELECT count(*) FROM entry") == [(5,)]
    assert len(_events(logs, "feed_ids_collide", feed_name="odd")) == 1


def test_a_feed_reusing_guids_by_position_is_keyed_strongly_without_realerting(
    tmp_path: Path, server: FeedServer
) -> None:
    # Items scroll, but the guids are their positions: "1" is always the newest.
    def feed_of(numbers: list[int]) -> bytes:
        items = _items(*numbers)
        return rss_feed([replace(item, guid=str(i)) for i, item in enumerate(items)])

    server.route("/odd", feed_of([1, 2, 3, 4]))
    with polling_bot(tmp_path, feeds=[("odd", server.url("/odd"))]) as svc:
        poll_due_feeds(svc, everything=True)
        server.route("/odd", feed_of([5, 6, 1, 2]))
        (outcome,) = poll_due_feeds(svc, everything=True)
        assert feed(svc, "odd").id_key == "strong"
        assert outcome.new == 4  # 5 and 6 are new; 1 and 2 are stored again under the new key, silently
        fresh = rows(svc, "SELECT title, silent FROM entry WHERE id > 4 ORDER BY id")
        assert sorted(title for title, silent in fresh if not silent) == [
            "Company 5 Reports Quarterly Results",
            "Company 6 Reports Quarterly Results",
        ]
        server.route("/odd", feed_of([7, 5, 6, 1]))
        (later,) = poll_due_feeds(svc, everything=True)
        assert later.new == 1
