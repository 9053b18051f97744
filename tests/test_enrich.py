"""Release page text: each wire's body container, the paragraph fallback, hostile pages, and the fetch."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from bot.enrich import MAX_RELEASE_TEXT, extract_release_text, fetch_release_text
from bot.fetch import FeedFetchError, make_http_client
from tests.fakes.feedserver import FeedServer, release_page

PARAGRAPHS = [
    "WALTHAM, Mass., Jan. 02, 2024 (GLOBE NEWSWIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced "
    "that it has earned a $15 million milestone payment from its partner following the first patient dosed.",
    "The payment is part of up to $1.7 billion in potential milestones under the 2022 licence agreement.",
    "About ImmunoGen: ImmunoGen is developing the next generation of antibody-drug conjugates.",
]
EXPECTED = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("shape", ["globenewswire", "prnewswire", "businesswire", "article", "plain"])
def test_release_body_is_found_and_page_furniture_dropped(shape: str) -> None:
    text = extract_release_text(release_page("ImmunoGen Earns Milestone", PARAGRAPHS, shape=shape))
    assert text == EXPECTED
    for furniture in ("Newsroom", "Subscribe", "All rights reserved", "tracking pixel", "analytics", "color"):
        assert furniture not in text


def test_the_wire_container_wins_over_a_larger_page() -> None:
    teaser = "<p>" + "Other releases you may like. " * 100 + "</p>"
    page = (
        f"<html><body><div class='related'>{teaser}</div>"
        f"<div class='bw-release-story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div></body></html>"
    )
    assert extract_release_text(page) == "\n\n".join(PARAGRAPHS[:2])


def test_fallback_picks_the_largest_group_of_paragraphs() -> None:
    page = (
        "<html><body><div><p>Home</p><p>About</p></div>"
        f"<div><div><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div></div>"
        "<div><p>Short teaser</p></div></body></html>"
    )
    assert extract_release_text(page) == "\n\n".join(PARAGRAPHS[:2])


def test_line_breaks_inside_a_paragraph_and_tables_are_kept_readable() -> None:
    page = (
        "<article><p>Media contact:<br>Jane Doe<br>+1 555 0100</p>"
        "<table><tr><th>Milestone</th><th>Amount</th></tr>"
        "<tr><td>First dosing</td><td>$15 million</td></tr></table>"
        f"<p>{PARAGRAPHS[0]}</p></article>"
    )
    assert extract_release_text(page).split("\n\n") == [
        "Media contact:\nJane Doe\n+1 555 0100",
        "Milestone Amount",
        "First dosing $15 million",
        PARAGRAPHS[0],
    ]


def test_bytes_are_decoded_with_the_declared_charset() -> None:
    page = (
        "<html><head><meta charset='windows-1252'></head><body><article><p>Société Générale – €5 million</p>"
    )
    assert extract_release_text(page.encode("cp1252")) == "Société Générale – €5 million"


def test_undeclared_non_utf8_bytes_do_not_fail() -> None:
    assert extract_release_text("<p>Café</p>".encode("latin-1")) == "Café"


@pytest.mark.parametrize(
    "page", ["", "<html></html>", "not html at all", "<script>only()</script>", "\x00\x01"]
)
def test_pages_without_text_give_little_or_nothing(page: str) -> None:
    text = extract_release_text(page)
    assert "only()" not in text
    assert "\x00" not in text


def test_huge_pages_are_capped() -> None:
    page = (
        "<article>" + "<p>" + "milestone payment " * 20 + "</p>" * 1 + ("<p>" + "x " * 500 + "</p>") * 1_000
    )
    text = extract_release_text(page + "</article>")
    assert 0 < len(text) <= MAX_RELEASE_TEXT


@pytest.mark.parametrize("opener", ["<div>", "<dl><dd>", "<ul>", "<pre>", "<b><i></b>"])
def test_deeply_nested_pages_are_parsed_quickly_and_keep_their_text(opener: str) -> None:
    # Unbounded, each of these takes the HTML tree builder minutes at this size.
    page = opener * 300_000 + "<p>deep release text</p>"
    assert "deep release text" in extract_release_text(page)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_http_client(user_agent="DealWire/test (contact: test@example.com)", read_timeout=2.0) as http:
        yield http


def test_fetch_release_text(server: FeedServer, client: httpx.Client) -> None:
    server.route(
        "/release.html", release_page("T", PARAGRAPHS), content_type="text/html; charset=utf-8", gzip=True
    )
    assert fetch_release_text(client, server.url("/release.html")) == EXPECTED
    assert "text/html" in server.requests[0].headers["accept"]


def test_fetch_release_text_uses_the_charset_of_the_response(
    server: FeedServer, client: httpx.Client
) -> None:
    page = "<article><p>Zürich-based Société signs deal</p></article>".encode("latin-1")
    server.route("/release.html", page, content_type="text/html; charset=ISO-8859-1")
    assert fetch_release_text(client, server.url("/release.html")) == "Zürich-based Société signs deal"


def test_fetch_release_text_errors(server: FeedServer, client: httpx.Client) -> None:
    server.fail("/gone.html", 404)
    server.route("/release.pdf", b"%PDF-1.7", content_type="application/pdf")
    server.route("/huge.html", b"<p>" + b"x" * 5_000 + b"</p>", content_type="text/html")
    with pytest.raises(FeedFetchError) as gone:
        fetch_release_text(client, server.url("/gone.html"))
    assert gone.value.status == 404
    with pytest.raises(FeedFetchError, match="not an HTML page"):
        fetch_release_text(client, server.url("/release.pdf"))
    with pytest.raises(FeedFetchError, match="body larger than 1 kB"):
        fetch_release_text(client, server.url("/huge.html"), max_bytes=1_000)
