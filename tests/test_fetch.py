"""Fetching feeds over real HTTP on loopback: validators, compression, caps, timeouts, errors, redirects."""

from __future__ import annotations

import gzip
import socket
import threading
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from bot.fetch import (
    POOL_SIZE,
    FeedFetchError,
    FetchResult,
    ShardedTransport,
    fetch_feed,
    make_http_client,
    user_agent,
)
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed

FEED = rss_feed(
    [
        RssItem(
            title="Acme earns milestone",
            link="https://www.globenewswire.com/news-release/2024/01/02/1/0/en/a.html",
            description="Acme & Beta",
            guid="1",
            pub_date=datetime(2024, 1, 2, 13, 30, tzinfo=UTC),
        )
    ]
)
UA = user_agent("ops@dealwire.example")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_http_client(user_agent=UA, connect_timeout=2.0, read_timeout=2.0) as http:
        yield http


def test_200_returns_body_validators_and_the_user_agent_is_sent(
    server: FeedServer, client: httpx.Client
) -> None:
    server.route(
        "/feed",
        FEED,
        etag='"v1"',
        last_modified="Tue, 02 Jan 2024 13:30:00 GMT",
        headers={"Cache-Control": "public, max-age=120"},
    )
    result = fetch_feed(client, server.url("/feed"))
    assert result == FetchResult(
        url=server.url("/feed"),
        status=200,
        body=FEED,
        content_type="application/rss+xml",
        etag='"v1"',
        last_modified="Tue, 02 Jan 2024 13:30:00 GMT",
        permanent_redirect=None,
        max_age_seconds=120,
    )
    method, path, headers = server.requests[0]
    assert (method, path) == ("GET", "/feed")
    assert headers["user-agent"] == UA
    assert "contact: ops@dealwire.example" in headers["user-agent"]
    assert "if-none-match" not in headers
    assert "gzip" in headers["accept-encoding"]


def test_conditional_get_sends_validators_and_gets_304(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", FEED, etag='"v1"', last_modified="Tue, 02 Jan 2024 13:30:00 GMT")
    first = fetch_feed(client, server.url("/feed"))
    second = fetch_feed(client, server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.status == 304
    assert second.body == b""
    assert second.etag == '"v1"'
    assert second.last_modified == "Tue, 02 Jan 2024 13:30:00 GMT"
    headers = server.requests[1].headers
    assert headers["if-none-match"] == '"v1"'
    assert headers["if-modified-since"] == "Tue, 02 Jan 2024 13:30:00 GMT"


def test_changed_feed_answers_200_to_an_old_etag(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", FEED + b"<!-- v2 -->", etag='"v2"')
    result = fetch_feed(client, server.url("/feed"), etag='"v1"')
    assert (result.status, result.etag) == (200, '"v2"')


def test_304_on_last_modified_alone(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", FEED, last_modified="Tue, 02 Jan 2024 13:30:00 GMT")
    result = fetch_feed(client, server.url("/feed"), last_modified="Tue, 02 Jan 2024 13:30:00 GMT")
    assert result.status == 304


def test_odd_stored_validators_are_not_sent(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", FEED)
    fetch_feed(client, server.url("/feed"), etag='"v1"\r\nX-Injected: 1', last_modified="x" * 5_000)
    headers = server.requests[0].headers
    assert "if-none-match" not in headers
    assert "if-modified-since" not in headers
    assert "x-injected" not in headers


def test_gzip_body_is_decoded(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", FEED, gzip=True)
    assert fetch_feed(client, server.url("/feed")).body == FEED


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_deflate_body_is_decoded(server: FeedServer, client: httpx.Client, wbits: int) -> None:
    compressor = zlib.compressobj(wbits=wbits)
    body = compressor.compress(FEED) + compressor.flush()
    server.route("/feed", body, headers={"Content-Encoding": "deflate"})
    assert fetch_feed(client, server.url("/feed")).body == FEED


def test_concatenated_gzip_members_are_one_body(server: FeedServer, client: httpx.Client) -> None:
    server.route(
        "/feed", gzip.compress(FEED[:100]) + gzip.compress(FEED[100:]), headers={"Content-Encoding": "gzip"}
    )
    assert fetch_feed(client, server.url("/feed")).body == FEED


def test_corrupt_gzip_is_an_error(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", b"\x1f\x8b\x08\x00 this is not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FeedFetchError, match="compressed body is corrupt"):
        fetch_feed(client, server.url("/feed"))


def test_unknown_content_encoding_is_an_error(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", FEED, headers={"Content-Encoding": "br"})
    with pytest.raises(FeedFetchError, match="unsupported content encoding"):
        fetch_feed(client, server.url("/feed"))


def test_body_over_the_cap_is_refused(server: FeedServer, client: httpx.Client) -> None:
    server.route("/big", b"x" * 50_000)
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(client, server.url("/big"), max_bytes=10_000)
    assert caught.value.reason == "body larger than 10 kB"
    assert str(caught.value) == f"could not fetch {server.url('/big')}: body larger than 10 kB"


def test_gzip_bomb_stops_at_the_cap(server: FeedServer, client: httpx.Client) -> None:
    compressor = zlib.compressobj(wbits=16 + zlib.MAX_WBITS)
    zeros = b"\0" * 1_000_000
    bomb = b"".join(compressor.compress(zeros) for _ in range(200)) + compressor.flush()  # 200 MB decoded
    assert len(bomb) < 300_000
    server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FeedFetchError, match=r"body larger than 10 MB"):
        fetch_feed(client, server.url("/bomb"))


def test_exactly_the_cap_is_allowed(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed", b"y" * 10_000, gzip=True)
    assert len(fetch_feed(client, server.url("/feed"), max_bytes=10_000).body) == 10_000


def test_slow_server_times_out(server: FeedServer) -> None:
    server.route("/slow", FEED, delay=5.0)
    with make_http_client(user_agent=UA, read_timeout=0.2) as http, pytest.raises(FeedFetchError) as caught:
        fetch_feed(http, server.url("/slow"))
    assert caught.value.status is None
    assert caught.value.reason == "timed out after 0.2 s waiting for the server"


def test_a_body_that_trickles_in_past_the_deadline_is_abandoned(
    server: FeedServer, client: httpx.Client
) -> None:
    server.route("/drip", b"z" * 20_000, chunk_delay=0.1)
    with pytest.raises(FeedFetchError, match=r"took longer than 0\.3 s to download"):
        fetch_feed(client, server.url("/drip"), total_timeout=0.3)


@pytest.mark.parametrize(
    ("status", "reason"),
    [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error"), (410, "HTTP 410 Gone")],
)
def test_http_errors_carry_the_status(
    server: FeedServer, client: httpx.Client, status: int, reason: str
) -> None:
    server.fail("/feed", status)
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(client, server.url("/feed"))
    assert (caught.value.status, caught.value.reason, caught.value.url) == (
        status,
        reason,
        server.url("/feed"),
    )
    assert "\n" not in str(caught.value)


def test_retry_after_is_reported(server: FeedServer, client: httpx.Client) -> None:
    server.fail("/feed", 429, headers={"Retry-After": "120"})
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(client, server.url("/feed"))
    assert caught.value.retry_after == 120
    assert caught.value.reason == "HTTP 429 Too Many Requests (retry after 120 s)"


def test_unknown_path_is_404(server: FeedServer, client: httpx.Client) -> None:
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(client, server.url("/nothing-here"))
    assert caught.value.status == 404


def test_redirect_loop_is_an_error(server: FeedServer, client: httpx.Client) -> None:
    server.redirect("/a", "/b", status=302)
    server.redirect("/b", "/a", status=302)
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(client, server.url("/a"))
    assert caught.value.reason == "redirect loop or more than 5 redirects"
    assert server.count("/a") + server.count("/b") == 6


def test_permanent_redirect_is_reported(server: FeedServer, client: httpx.Client) -> None:
    server.redirect("/old", "/new", status=301)
    server.route("/new", FEED)
    result = fetch_feed(client, server.url("/old"))
    assert (result.status, result.body) == (200, FEED)
    assert result.url == server.url("/new")
    assert result.permanent_redirect == server.url("/new")


def test_308_then_302_reports_only_the_permanent_move(server: FeedServer, client: httpx.Client) -> None:
    server.redirect("/old", "/moved", status=308)
    server.redirect("/moved", "/today", status=302)
    server.route("/today", FEED)
    result = fetch_feed(client, server.url("/old"))
    assert result.url == server.url("/today")
    assert result.permanent_redirect == server.url("/moved")


def test_temporary_redirect_is_not_a_move(server: FeedServer, client: httpx.Client) -> None:
    server.redirect("/feed", "/elsewhere", status=302)
    server.route("/elsewhere", FEED)
    result = fetch_feed(client, server.url("/feed"))
    assert result.url == server.url("/elsewhere")
    assert result.permanent_redirect is None


def test_redirect_to_another_scheme_is_an_error(server: FeedServer, client: httpx.Client) -> None:
    server.redirect("/feed", "ftp://127.0.0.1/feed", status=302)
    with pytest.raises(FeedFetchError, match="not an http:// or https:// URL"):
        fetch_feed(client, server.url("/feed"))


def test_connection_refused_on_a_closed_port(client: httpx.Client) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(client, f"http://127.0.0.1:{port}/feed")
    assert (caught.value.status, caught.value.reason) == (None, "connection refused")


def test_server_that_hangs_up_is_an_error(client: httpx.Client) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def hang_up() -> None:
            conn, _ = listener.accept()
            conn.recv(1024)
            conn.close()

        thread = threading.Thread(target=hang_up, daemon=True)
        thread.start()
        with pytest.raises(FeedFetchError) as caught:
            fetch_feed(client, f"http://127.0.0.1:{port}/feed")
        thread.join(timeout=5)
    assert caught.value.reason.startswith("the server broke the HTTP protocol")


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1/feed", "not a url", "http://[::1/feed", "http://127.0.0.1:99999/"]
)
def test_bad_urls_are_errors_not_crashes(client: httpx.Client, url: str) -> None:
    with pytest.raises(FeedFetchError):
        fetch_feed(client, url)


def test_max_age_from_expires(server: FeedServer, client: httpx.Client) -> None:
    server.route(
        "/feed",
        FEED,
        headers={"Date": "Tue, 02 Jan 2024 13:30:00 GMT", "Expires": "Tue, 02 Jan 2024 13:35:00 GMT"},
    )
    assert fetch_feed(client, server.url("/feed")).max_age_seconds == 300


def test_user_agent_strips_header_breaking_characters() -> None:
    agent = user_agent("ops@example.com\r\nX-Evil: 1")
    assert "\r" not in agent
    assert "\n" not in agent
    assert agent.startswith("DealWire/")
    assert "contact: ops@example.com" in agent


def test_feed_server_records_requests_and_serves_head(server: FeedServer, client: httpx.Client) -> None:
    server.route("/feed?page=2", b"page two")
    server.route("/feed", b"page one")
    assert client.get(server.url("/feed?page=2")).content == b"page two"
    head = client.head(server.url("/feed"))
    assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", "8")
    assert server.count("/feed") == 2
    assert [r.method for r in server.requests] == ["GET", "HEAD"]
    server.forget("/feed")
    assert client.get(server.url("/feed")).status_code == 404


def test_many_threads_share_a_client_through_small_pools_dealt_out_in_turn(server: FeedServer) -> None:
    server.route("/feed", FEED)
    client = make_http_client(user_agent=user_agent("qa@example.com"), max_connections=64)
    transport = client._transport
    assert isinstance(transport, ShardedTransport)
    assert len(transport.pools) == 64 // POOL_SIZE
    results: list[int] = []
    lock = threading.Lock()

    def fetch() -> None:
        for _ in range(3):
            result = fetch_feed(client, server.url("/feed"))
            with lock:
                results.append(len(result.body or b""))

    threads = [threading.Thread(target=fetch) for _ in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # every pool served some thread, and each holds no more connections than its share
    used = [len(pool._pool.connections) for pool in transport.pools]
    client.close()
    assert len(results) == 72
    assert all(results)
    assert all(used)
    assert max(used) <= POOL_SIZE


def test_a_small_client_keeps_one_pool() -> None:
    client = make_http_client(user_agent=user_agent("qa@example.com"), max_connections=POOL_SIZE)
    assert not isinstance(client._transport, ShardedTransport)
    client.close()
