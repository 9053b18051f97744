"""Feed bytes to Entry values: wire ids, URLs, text, dates, hostile input and feedparser's own corpus."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.models import Entry
from bot.parsing import (
    MAX_SUMMARY,
    MAX_TITLE,
    ParsedFeed,
    canonical_url,
    detect_wire,
    html_to_text,
    parse_feed,
)
from tests.fakes.feedserver import RssItem, rss_feed

FEEDPARSER_TESTS = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "feedparser-tests"
CORPUS_FILES = (
    sorted(p for p in FEEDPARSER_TESTS.rglob("*") if p.is_file()) if FEEDPARSER_TESTS.is_dir() else []
)

GNW_FEED = "https://www.globenewswire.com/RssFeed/industry/4573-Biotechnology/feedTitle/GlobeNewswire"
PRN_FEED = "https://www.prnewswire.com/rss/health-latest-news/health-latest-news-list.rss"
BW_FEED = "https://feed.businesswire.com/rss/home/?rss=G1QFDERJXkJeGVtRWA=="
SEC_FEED = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=8-K&output=atom"
WHEN = datetime(2024, 1, 2, 13, 30, tzinfo=UTC)


def _parse(data: bytes, feed_url: str = GNW_FEED, **kwargs: object) -> ParsedFeed:
    content_type = kwargs.pop("content_type", "application/rss+xml")
    assert isinstance(content_type, str | None)
    now = kwargs.pop("now", None)
    assert now is None or isinstance(now, datetime)
    return parse_feed(data, feed_name="test-feed", feed_url=feed_url, content_type=content_type, now=now)


def _rss(items_xml: str, *, namespaces: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {namespaces}><channel><title>Wire</title>'
        f"{items_xml}</channel></rss>"
    ).encode()


def _one(data: bytes, feed_url: str = GNW_FEED) -> Entry:
    parsed = _parse(data, feed_url)
    assert len(parsed.entries) == 1, parsed
    return parsed.entries[0]


# -- GlobeNewswire ---------------------------------------------------------------------------------


def _gnw_item(**overrides: object) -> RssItem:
    fields: dict[str, object] = {
        "title": "ImmunoGen Earns $15 Million Milestone Payment from Partner",
        "link": "https://www.globenewswire.com/news-release/2024/01/02/2802345/0/en/ImmunoGen-Earns.html",
        "description": "<p>WALTHAM, Mass., Jan. 02, 2024 (GLOBE NEWSWIRE) -- ImmunoGen today announced.</p>",
        "guid": "https://www.globenewswire.com/news-release/2024/01/02/2802345/0/en/ImmunoGen-Earns.html",
        "pub_date": WHEN,
        "identifier": "b1e3c9a4-5d6f-4e21-9c3a-7f0e12ab34cd",
        "contributor": "ImmunoGen, Inc.",
        "categories": (
            "Nasdaq:IMGN",
            ("https://www.globenewswire.com/rss/ISIN", "US45253H1014"),
            "Partnerships",
        ),
        "modified": WHEN + timedelta(hours=1),
    }
    fields.update(overrides)
    return RssItem(**fields)  # type: ignore[arg-type]


def test_globenewswire_item_becomes_a_full_entry() -> None:
    parsed = _parse(rss_feed([_gnw_item()], title="GlobeNewswire - Biotechnology", ttl=5))
    assert parsed.title == "GlobeNewswire - Biotechnology"
    assert parsed.ttl_seconds == 300
    assert parsed.problems == ()
    (entry,) = parsed.entries
    assert entry == Entry(
        wire="globenewswire",
        native_id="b1e3c9a4-5d6f-4e21-9c3a-7f0e12ab34cd",
        url="https://www.globenewswire.com/news-release/2024/01/02/2802345/0/en/ImmunoGen-Earns.html",
        title="ImmunoGen Earns $15 Million Milestone Payment from Partner",
        summary="WALTHAM, Mass., Jan. 02, 2024 (GLOBE NEWSWIRE) -- ImmunoGen today announced.",
        published=WHEN,
        issuer="ImmunoGen, Inc.",
        categories=("Nasdaq:IMGN", "US45253H1014", "Partnerships"),
        feed="test-feed",
        modified=WHEN + timedelta(hours=1),
    )


def test_globenewswire_identifier_is_read_under_the_standard_dublin_core_namespace_too() -> None:
    data = rss_feed([_gnw_item()], dc_namespace="http://purl.org/dc/elements/1.1/")
    entry = _one(data)
    assert entry.native_id == "b1e3c9a4-5d6f-4e21-9c3a-7f0e12ab34cd"
    assert entry.issuer == "ImmunoGen, Inc."
    assert entry.modified == WHEN + timedelta(hours=1)


def test_globenewswire_without_identifier_falls_back_to_the_release_number_in_the_link() -> None:
    entry = _one(rss_feed([_gnw_item(identifier=None)]))
    assert entry.native_id == "2802345"


def test_globenewswire_id_is_stable_when_the_link_gains_tracking_parameters() -> None:
    first = _one(rss_feed([_gnw_item(identifier=None)]))
    link = _gnw_item().link + "?utm_source=rss&utm_medium=feed"
    second = _one(rss_feed([_gnw_item(identifier=None, link=link, guid=link)]))
    assert first.native_id == second.native_id
    assert first.url == second.url


# -- PR Newswire, Business Wire, SEC ---------------------------------------------------------------


def test_pr_newswire_id_is_the_nine_digit_release_number() -> None:
    link = "https://www.prnewswire.com/news-releases/acme-signs-license-agreement-with-beta-302123456.html"
    data = _rss(
        f"<item><title>Acme Signs License</title><link>{link}</link><guid>{link}</guid>"
        "<description>NEW YORK, Jan. 2, 2024 /PRNewswire/ -- Acme signed.</description>"
        "<pubDate>Tue, 02 Jan 2024 08:30:00 -0500</pubDate></item>"
    )
    entry = _one(data, PRN_FEED)
    assert entry.wire == "prnewswire"
    assert entry.native_id == "302123456"
    assert entry.published == datetime(2024, 1, 2, 13, 30, tzinfo=UTC)


def test_business_wire_id_is_the_fourteen_digit_number_and_feedref_is_stripped() -> None:
    link = (
        "https://www.businesswire.com/news/home/20240105005123/en/Acme-Announces-Milestone"
        "?feedref=JjAwJuNHiystnCoBq_hl-Q-tiwWZwkcswR1UZtV7eGe24xL9TZOyQUMS3J72mJlQ7fxFuNFTHSunhvli30RlBNXya2izy9YOgHlBiZQk2LOzmn6JePCpHPCiYGaEx4DL1Rq8pNwkf3AarimpDzQGuQ=="
    )
    data = _rss(f"<item><title>Acme Announces Milestone</title><link>{link}</link></item>")
    entry = _one(data, BW_FEED)
    assert entry.wire == "businesswire"
    assert entry.native_id == "20240105005123"
    assert entry.url == "https://www.businesswire.com/news/home/20240105005123/en/Acme-Announces-Milestone"


def _edgar(entry_xml: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="ISO-8859-1" ?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Latest Filings</title><updated>2024-01-02T17:31:00-05:00</updated>"
        f"{entry_xml}</feed>"
    ).encode("latin-1")


def test_sec_edgar_id_is_the_accession_number_and_issuer_comes_from_the_title() -> None:
    data = _edgar(
        "<entry><title>8-K - Acme Therapeutics, Inc. (0001234567) (Filer)</title>"
        '<link rel="alternate" type="text/html" '
        'href="https://www.sec.gov/Archives/edgar/data/1234567/000119312524123456/0001193125-24-123456-index.htm"/>'
        '<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2024-01-02 &lt;b&gt;AccNo:&lt;/b&gt; '
        "0001193125-24-123456 &lt;b&gt;Size:&lt;/b&gt; 312 KB</summary>"
        "<updated>2024-01-02T17:30:12-05:00</updated>"
        '<category scheme="https://www.sec.gov/" label="form type" term="8-K"/>'
        "<id>urn:tag:sec.gov,2008:accession-number=0001193125-24-123456</id></entry>"
    )
    entry = _one(data, SEC_FEED)
    assert entry.wire == "sec"
    assert entry.native_id == "0001193125-24-123456"
    assert entry.issuer == "Acme Therapeutics, Inc."
    assert entry.categories == ("8-K",)
    assert entry.published == datetime(2024, 1, 2, 22, 30, 12, tzinfo=UTC)
    assert entry.summary == "Filed: 2024-01-02 AccNo: 0001193125-24-123456 Size: 312 KB"


def test_sec_edgar_accession_is_read_from_the_link_when_the_id_lacks_it() -> None:
    data = _edgar(
        "<entry><title>8-K - Beta Bio (0000000042) (Filer)</title>"
        '<link href="https://www.sec.gov/Archives/edgar/data/42/000004212524000007/"/>'
        "<id>urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</id></entry>"
    )
    assert _one(data, SEC_FEED).native_id == "0000042125-24-000007"


# -- generic feeds ---------------------------------------------------------------------------------


def test_other_feeds_use_guid_then_link_then_a_hash_of_the_text() -> None:
    feed = "https://news.example.org/rss"
    with_guid = _one(
        _rss("<item><guid>tag:example.org,2024:42</guid><link>https://example.org/a</link></item>"), feed
    )
    assert (with_guid.wire, with_guid.native_id) == ("", "tag:example.org,2024:42")

    with_link = _one(
        _rss("<item><title>T</title><link>https://Example.org/a?utm_campaign=x#top</link></item>"), feed
    )
    assert with_link.native_id == with_link.url == "https://example.org/a"

    first = _one(_rss("<item><title>Only a title</title><description>and text</description></item>"), feed)
    again = _one(_rss("<item><title>Only a title</title><description>and text</description></item>"), feed)
    other = _one(_rss("<item><title>Only a title</title><description>other text</description></item>"), feed)
    assert first.native_id.startswith("sha256:")
    assert first.native_id == again.native_id != other.native_id
    assert first.url == ""


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    entry = _one(
        _rss("<item><title>T</title><link>/news/1.html</link></item>"), "https://example.org/feeds/rss"
    )
    assert entry.url == "https://example.org/news/1.html"


def test_entries_without_anything_to_identify_them_are_skipped_and_reported() -> None:
    parsed = _parse(_rss("<item><author>someone</author></item><item><title>Kept</title></item>"))
    assert [e.title for e in parsed.entries] == ["Kept"]
    assert parsed.problems == ("1 entry had no title, link, id or text and was skipped",)


def test_repeated_items_in_one_feed_become_one_entry() -> None:
    item = "<item><guid>same</guid><title>A</title></item>"
    assert len(_parse(_rss(item * 3)).entries) == 1


# -- wires and URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "wire"),
    [
        ("https://www.globenewswire.com/news-release/2024/01/02/1/0/en/x.html", "globenewswire"),
        ("https://GLOBENEWSWIRE.com/RssFeed/industry/x", "globenewswire"),
        ("https://www.prnewswire.com/news-releases/x-302123456.html", "prnewswire"),
        ("https://www.prnewswire.co.uk/news-releases/x-302123456.html", "prnewswire"),
        ("https://feed.businesswire.com/rss/home/?rss=abc", "businesswire"),
        ("https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent", "sec"),
        ("https://notprnewswire.com/x-302123456.html", ""),
        ("https://www.prnewswire.com.evil.example/x", ""),
        ("https://evil.example/?u=https://www.sec.gov/", ""),
        ("not a url", ""),
        ("http://[::1", ""),
        ("", ""),
    ],
)
def test_detect_wire(url: str, wire: str) -> None:
    assert detect_wire(url) == wire


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/Path/Case.html", "https://www.example.com/Path/Case.html"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed&id=7", "https://example.com/a?id=7"),
        (
            "https://example.com/a?id=7&feedref=abc&cid=9&UTM_TERM=x&b=%20y",
            "https://example.com/a?id=7&b=%20y",
        ),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://user:pw@example.com/a", "https://example.com/a"),
        ("http://[::1", "http://[::1"),
        (BW_FEED, BW_FEED),
        (SEC_FEED, SEC_FEED),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_non_web_links_are_not_used_as_urls() -> None:
    entry = _one(
        _rss("<item><title>T</title><link>javascript:alert(1)</link></item>"), "https://example.org/rss"
    )
    assert entry.url == ""
    assert entry.native_id.startswith("sha256:")


# -- text ------------------------------------------------------------------------------------------


def test_html_to_text_drops_scripts_decodes_entities_and_keeps_paragraphs() -> None:
    html = (
        "<style>p{color:red}</style><p>Acme &amp; Beta&nbsp;sign   a\n deal</p>"
        "<script>alert('x')</script><p>Second&#8212;para<br>line two</p><ul><li>one</li><li>two</li></ul>"
    )
    assert html_to_text(html) == "Acme & Beta sign a deal\nSecond\u2014para\nline two\none\ntwo"


def test_html_to_text_leaves_less_than_signs_in_text_alone() -> None:
    assert html_to_text("p<0.05 and dose <5 mg") == "p<0.05 and dose <5 mg"


def test_double_escaped_titles_and_summaries_are_decoded() -> None:
    data = _rss(
        "<item><title>Acme &amp;amp; Beta sign &amp;#8220;deal&amp;#8221;</title>"
        "<description>&lt;p&gt;Acme &amp;amp;amp; Beta&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;</description></item>"
    )
    entry = _one(data)
    assert entry.title == "Acme & Beta sign \u201cdeal\u201d"
    assert entry.summary == "Acme & Beta\nTwo"


def test_escaped_markup_left_in_a_title_is_removed() -> None:
    entry = _one(_rss("<item><title>Acme &amp;lt;b&amp;gt;earns&amp;lt;/b&amp;gt; milestone</title></item>"))
    assert entry.title == "Acme earns milestone"


def test_control_and_bidi_characters_are_removed() -> None:
    entry = _one(_rss("<item><title>Acme\u202e gniyap \u200bmilestone&#x7;</title></item>"))
    assert entry.title == "Acme gniyap milestone"


# -- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("Tue, 02 Jan 2024 13:30:00 GMT", datetime(2024, 1, 2, 13, 30, tzinfo=UTC)),
        ("Tue, 02 Jan 2024 13:30 GMT", datetime(2024, 1, 2, 13, 30, tzinfo=UTC)),
        ("Tue, 02 Jan 2024 08:30:00 EST", datetime(2024, 1, 2, 13, 30, tzinfo=UTC)),
        ("2024-01-02T15:30:00+02:00", datetime(2024, 1, 2, 13, 30, tzinfo=UTC)),
        ("yesterday-ish", None),
        ("Mon, 01 Jan 0001 00:00:00 GMT", None),
        ("Fri, 31 Dec 9999 23:59:59 GMT", None),
        ("Thu, 01 Jan 1970 00:00:00 GMT", None),
        ("", None),
    ],
)
def test_published_dates_are_utc_or_none(published: str, expected: datetime | None) -> None:
    entry = _one(_rss(f"<item><guid>x</guid><pubDate>{published}</pubDate></item>"))
    assert entry.published == expected
    assert entry.published is None or entry.published.tzinfo is not None


def test_dates_too_far_after_now_are_dropped() -> None:
    now = datetime(2024, 1, 2, 12, 0, tzinfo=UTC)
    ahead = _parse(
        _rss("<item><guid>x</guid><pubDate>Thu, 04 Jan 2024 12:00:00 GMT</pubDate></item>"), now=now
    )
    slightly = _parse(
        _rss("<item><guid>x</guid><pubDate>Tue, 02 Jan 2024 14:00:00 GMT</pubDate></item>"), now=now
    )
    assert ahead.entries[0].published is None
    assert slightly.entries[0].published == datetime(2024, 1, 2, 14, 0, tzinfo=UTC)


def test_garbage_dc_modified_is_none() -> None:
    entry = _one(rss_feed([_gnw_item()]).replace(b"<dc:modified>", b"<dc:modified>not a date "))
    assert entry.modified is None
    assert entry.published == WHEN


# -- issuer and categories -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("author", "issuer"),
    [
        ("Acme Therapeutics, Inc.", "Acme Therapeutics, Inc."),
        ("Beta Pharma AG", "Beta Pharma AG"),
        ("Jane Smith", None),
        ("press@acme.example (Acme Inc.)", "Acme Inc."),
        ("PR Newswire", None),
    ],
)
def test_issuer_comes_from_author_only_when_it_names_an_organisation(author: str, issuer: str | None) -> None:
    entry = _one(_rss(f"<item><guid>x</guid><author>{author}</author></item>"))
    assert entry.issuer == issuer


def test_categories_keep_order_drop_duplicates_and_blanks() -> None:
    data = _rss(
        '<item><guid>x</guid><category domain="https://www.globenewswire.com/rss/stock">Nasdaq:IMGN</category>'
        "<category>  </category><category>Nasdaq:IMGN</category>"
        "<category>Licensing &amp; Partnerships</category></item>"
    )
    assert _one(data).categories == ("Nasdaq:IMGN", "Licensing & Partnerships")


# -- hostile input ---------------------------------------------------------------------------------


def test_huge_fields_are_capped() -> None:
    title = "Milestone " * 50_000
    summary = "<p>" + "word " * 2_000_000 + "</p>"
    categories = "".join(f"<category>c{i}</category>" for i in range(500))
    entry = _one(
        _rss(
            f"<item><guid>x</guid><title>{title}</title><description>{summary}</description>{categories}</item>"
        )
    )
    assert len(entry.title) <= MAX_TITLE
    assert len(entry.summary) <= MAX_SUMMARY
    assert len(entry.categories) == 50


def test_deeply_nested_summary_is_parsed_quickly() -> None:
    summary = "<div>" * 30_000 + "Acme earns milestone" + "</div>" * 30_000
    entry = _one(_rss(f"<item><guid>x</guid><description><![CDATA[{summary}]]></description></item>"))
    assert entry.summary == "Acme earns milestone"


def test_huge_guid_becomes_a_bounded_id() -> None:
    entry = _one(_rss(f"<item><guid>{'g' * 100_000}</guid></item>"), "https://example.org/rss")
    assert entry.native_id.startswith("sha256:")
    assert len(entry.native_id) < 100


def test_feed_bytes_are_never_taken_for_a_file_name(tmp_path: Path) -> None:
    secret = tmp_path / "local.xml"
    secret.write_bytes(_rss("<item><guid>local-file</guid><title>read from disk</title></item>"))
    parsed = _parse(str(secret).encode())
    assert parsed.entries == ()
    assert parsed.problems


def test_malformed_feed_is_read_leniently_and_the_problem_is_described() -> None:
    parsed = _parse(b"<rss><channel><title>Broken &bogus; feed</title><item><title>Still read</title></item>")
    assert [e.title for e in parsed.entries] == ["Still read"]
    assert parsed.problems
    assert parsed.problems[0].startswith("the feed is not well-formed XML")


def test_feed_served_as_html_is_reported() -> None:
    parsed = _parse(rss_feed([_gnw_item()]), content_type="text/html")
    assert len(parsed.entries) == 1
    assert any("text/html" in problem for problem in parsed.problems)


@pytest.mark.parametrize(
    "data", [b"", b"   \n", b"<html><body>Not a feed</body></html>", b"\x00\xff\xfe garbage"]
)
def test_non_feeds_give_no_entries_and_a_problem(data: bytes) -> None:
    parsed = _parse(data)
    assert parsed.entries == ()
    assert parsed.problems


def test_entity_expansion_attack_is_refused() -> None:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{levels}]>'
        "<rss><channel><item><guid>x</guid><title>&l9;</title></item></channel></rss>"
    ).encode()
    parsed = _parse(data)
    assert all(len(entry.title) <= MAX_TITLE for entry in parsed.entries)


@pytest.mark.parametrize(
    ("ttl", "seconds"), [("15", 900), ("0", None), ("-5", None), ("soon", None), ("99999999", None)]
)
def test_ttl(ttl: str, seconds: int | None) -> None:
    data = _rss("<item><guid>x</guid></item>").replace(b"<title>Wire</title>", f"<ttl>{ttl}</ttl>".encode())
    assert _parse(data).ttl_seconds == seconds


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000))
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    _check(_parse(data, content_type=None))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_in_an_item_parses_without_raising(text: str) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    _check(
        _parse(
            _rss(f"<item><title>{escaped}</title><description>{text}</description><guid>{text}</guid></item>")
        )
    )


# -- feedparser's own robustness corpus ------------------------------------------------------------


def _check(parsed: ParsedFeed) -> None:
    for entry in parsed.entries:
        assert entry.native_id
        assert entry.url or entry.native_id
        assert entry.url == "" or entry.url.startswith(("http://", "https://"))
        assert len(entry.title) <= MAX_TITLE
        assert len(entry.summary) <= MAX_SUMMARY
        for when in (entry.published, entry.modified):
            assert when is None or when.utcoffset() == timedelta(0)


@pytest.mark.skipif(not CORPUS_FILES, reason=f"feedparser test feeds not found at {FEEDPARSER_TESTS}")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(FEEDPARSER_TESTS)))
def test_feedparser_corpus_file_parses_without_raising(path: Path) -> None:
    for content_type in ("application/xml", None):
        _check(_parse(path.read_bytes(), f"http://127.0.0.1:8097/{path.name}", content_type=content_type))
