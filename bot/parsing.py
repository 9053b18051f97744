"""Feed bytes to Entry values: feedparser on bytes, wire-aware ids, plain text fields; pure, no I/O."""

from __future__ import annotations

import hashlib
import io
import re
import time
import xml.sax
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from bot.htmltext import (
    decode_leftover_entities,
    html_to_text,
    normalise_inline,
    normalise_paragraphs,
    remove_control_chars,
    strip_leftover_tags,
)
from bot.models import Entry
from bot.wires import WIRE_NAMES, canonical_url, detect_wire, host_of, sec_filer_name, wire_release_id

__all__ = ["ParsedFeed", "canonical_url", "detect_wire", "html_to_text", "parse_feed"]

MAX_TITLE = 1_000
MAX_SUMMARY = 20_000
MAX_ISSUER = 300
MAX_CATEGORY = 200
MAX_CATEGORIES = 50
MAX_ID = 500
MAX_URL = 2_000
MAX_ENTRIES = 2_000
# Raw field text beyond this is never needed to fill a capped field, and HTML parsing time grows with it.
MAX_RAW_FIELD = 400_000

# Dates before this are garbage in a newswire feed (and keep datetime arithmetic away from year 1).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
# A feed clock running a little ahead is common; further ahead than this is an error in the feed.
FUTURE_SLACK = timedelta(days=1)

_EMAIL_NAME_RE = re.compile(r"^\s*[^\s@()<>]+@[^\s()<>]+\s*\((?P<name>[^()]{1,300})\)\s*$")
_NAME_EMAIL_RE = re.compile(r"^\s*(?P<name>[^<>]{1,300}?)\s*<[^\s@<>]+@[^\s<>]+>\s*$")
_ORG_RE = re.compile(
    r"\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|ag|sa|s\.a|se|nv|n\.v"
    r"|bv|b\.v|gmbh|ab|asa|a/s|oyj|spa|s\.p\.a|kk|k\.k|pty|lp|l\.p|holdings?|group|therapeutics"
    r"|pharmaceuticals?|pharma|biosciences?|biotherapeutics|biotech|biotechnology|biologics|biopharma"
    r"|medical|medicines|oncology|genetics|genomics|laboratories|labs|sciences|technologies|partners"
    r"|capital|ventures|foundation|university|institute|association|trust|bank)\b\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed: its entries, title, advertised refresh time and any problems found in it."""

    entries: tuple[Entry, ...]
    title: str
    ttl_seconds: int | None  # RSS <ttl> in seconds
    problems: tuple[str, ...]  # malformed-feed problems in words a user understands, may be empty
    is_feed: bool = True  # False when no RSS or Atom document could be read from the bytes


def parse_feed(
    data: bytes,
    *,
    feed_name: str,
    feed_url: str,
    content_type: str | None = None,
    now: datetime | None = None,
    keep_repeated_ids: bool = False,
) -> ParsedFeed:
    """Return the entries of an RSS/Atom document; never raises, whatever the bytes.

    Items whose id repeats an earlier item's are dropped, unless keep_repeated_ids is set (for a
    caller that decides how to key a feed whose ids collide).
    """
    if not data.strip():
        return ParsedFeed(
            entries=(), title="", ttl_seconds=None, problems=("the feed was empty",), is_feed=False
        )
    headers = {"content-location": feed_url}
    if content_type:
        headers["content-type"] = content_type
    try:
        # A file object, never the bytes themselves: feedparser treats a bytes or str argument as a
        # file name or URL to open when it can, and feed content must never choose what we read.
        # No sanitising and no rewriting of links inside the markup: every field is reduced to plain
        # text here (bot.htmltext drops scripts, styles and embedded objects) and escaped for Slack
        # when rendered, so feedparser's own HTML pass over each field would be spent for nothing;
        # skipping it halves the cost of reading a feed whose body changed.
        parsed = feedparser.parse(
            io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except (RecursionError, ValueError, LookupError, TypeError, xml.sax.SAXException) as exc:
        problem = f"the feed could not be read at all ({type(exc).__name__})"
        return ParsedFeed(entries=(), title="", ttl_seconds=None, problems=(problem,), is_feed=False)

    problems: list[str] = []
    if parsed.get("bozo"):
        problems.append(_describe_bozo(parsed.get("bozo_exception"), content_type))
    raw_entries = parsed.get("entries") or []
    is_feed = bool(raw_entries or parsed.get("version"))
    if not is_feed:
        problems.append("no RSS or Atom content was found in the response")
    if len(raw_entries) > MAX_ENTRIES:
        problems.append(f"the feed has {len(raw_entries)} entries; only the first {MAX_ENTRIES} were read")

    latest = min(LATEST, now + FUTURE_SLACK) if now is not None else LATEST
    wire_of_feed = detect_wire(feed_url)
    entries: list[Entry] = []
    seen: set[str] = set()
    skipped = 0
    for raw in raw_entries[:MAX_ENTRIES]:
        entry = _entry(raw, feed_name=feed_name, feed_wire=wire_of_feed, latest=latest)
        if entry is None:
            skipped += 1
        elif keep_repeated_ids or entry.native_id not in seen:
            seen.add(entry.native_id)
            entries.append(entry)
    if skipped:
        problems.append(
            "1 entry had no title, link, id or text and was skipped"
            if skipped == 1
            else f"{skipped} entries had no title, link, id or text and were skipped"
        )

    feed_meta = dict(parsed.get("feed") or {})
    title = _inline(_text_field(feed_meta, "title"), MAX_TITLE)
    return ParsedFeed(
        entries=tuple(entries),
        title=title,
        ttl_seconds=_ttl_seconds(feed_meta.get("ttl")),
        problems=tuple(problems),
        is_feed=is_feed,
    )


def _entry(parsed: Mapping[str, Any], *, feed_name: str, feed_wire: str, latest: datetime) -> Entry | None:
    # A plain dict: FeedParserDict answers "updated_parsed" with the published date when there is none.
    raw = dict(parsed)
    link = _entry_link(raw)
    guid = _inline(_str(raw.get("id")), MAX_ID * 4)
    title = _inline(_text_field(raw, "title"), MAX_TITLE)
    summary = _paragraphs(_summary_source(raw), MAX_SUMMARY)
    if not (link or guid or title or summary):
        return None
    wire = detect_wire(link) or feed_wire
    published = _first_date(raw, ("published_parsed", "created_parsed", "updated_parsed"), latest)
    modified = _first_date(raw, ("updated_parsed",), latest) or _date_text(
        _str(raw.get("dc_modified")) or _str(raw.get("dcterms_modified")), latest
    )
    return Entry(
        wire=wire,
        native_id=_native_id(raw, wire=wire, link=link, guid=guid, title=title, summary=summary),
        url=link,
        title=title,
        summary=summary,
        published=published,
        issuer=_issuer(raw, wire=wire, title=title),
        categories=_categories(raw),
        feed=feed_name,
        modified=modified,
    )


def _entry_link(raw: Mapping[str, Any]) -> str:
    candidates = [_str(raw.get("link"))]
    links = raw.get("links")
    if isinstance(links, list):
        candidates += [_str(item.get("href")) for item in links if isinstance(item, Mapping)]
    if raw.get("guidislink"):
        candidates.append(_str(raw.get("id")))
    for candidate in candidates:
        url = canonical_url(remove_control_chars(candidate))
        if url.startswith(("http://", "https://")) and len(url) <= MAX_URL and host_of(url):
            return url
    return ""


def _native_id(raw: Mapping[str, Any], *, wire: str, link: str, guid: str, title: str, summary: str) -> str:
    identifier = _inline(_str(raw.get("dc_identifier")), MAX_ID)
    wire_id = wire_release_id(wire, link=link, guid=guid, identifier=identifier)
    if wire_id:
        return wire_id
    if guid:
        return guid if len(guid) <= MAX_ID else "sha256:" + _digest(guid)
    if link:
        return link
    return "sha256:" + _digest(title + "\n" + summary)


def _issuer(raw: Mapping[str, Any], *, wire: str, title: str) -> str | None:
    contributors = raw.get("contributors")
    if isinstance(contributors, list):
        for item in contributors:
            name = _inline(_str(item.get("name")), MAX_ISSUER) if isinstance(item, Mapping) else ""
            if name and name.lower() not in WIRE_NAMES:
                return name
    if wire == "sec" and (filer := sec_filer_name(title)):
        return filer[:MAX_ISSUER]
    author = _inline(_author_name(raw), MAX_ISSUER)
    if author and "@" not in author and author.lower() not in WIRE_NAMES and _ORG_RE.search(author):
        return author
    return None


def _author_name(raw: Mapping[str, Any]) -> str:
    # RSS authors are "email (Name)" or "Name <email>"; feedparser's split of these cuts names short
    # when the domain has an unusual ending, so the raw text is read here.
    author = _str(raw.get("author"))[:MAX_RAW_FIELD]
    match = _EMAIL_NAME_RE.match(author) or _NAME_EMAIL_RE.match(author)
    if match:
        return match.group("name")
    detail = raw.get("author_detail")
    return author or (_str(detail.get("name")) if isinstance(detail, Mapping) else "")


def _categories(raw: Mapping[str, Any]) -> tuple[str, ...]:
    tags = raw.get("tags")
    if not isinstance(tags, list):
        return ()
    found: list[str] = []
    for tag in tags:
        term = _inline(_str(tag.get("term")), MAX_CATEGORY) if isinstance(tag, Mapping) else ""
        if term and term not in found:
            found.append(term)
            if len(found) == MAX_CATEGORIES:
                break
    return tuple(found)


def _summary_source(raw: Mapping[str, Any]) -> tuple[str, str]:
    detail = raw.get("summary_detail")
    if isinstance(detail, Mapping) and _str(detail.get("value")):
        return _str(detail.get("value")), _str(detail.get("type"))
    content = raw.get("content")
    if isinstance(content, list):
        for item in content:
            if isinstance(item, Mapping) and _str(item.get("value")):
                return _str(item.get("value")), _str(item.get("type"))
    return _str(raw.get("summary")), "text/html"


def _text_field(raw: Mapping[str, Any], key: str) -> tuple[str, str]:
    detail = raw.get(f"{key}_detail")
    content_type = _str(detail.get("type")) if isinstance(detail, Mapping) else ""
    return _str(raw.get(key)), content_type or "text/html"


def _plain(source: tuple[str, str]) -> str:
    value, content_type = source
    value = value[:MAX_RAW_FIELD]
    if "html" in content_type:
        value = html_to_text(value)
    # Feeds often escape twice ("&amp;amp;"); what is left after one decoding is still markup.
    value = strip_leftover_tags(decode_leftover_entities(value))
    return remove_control_chars(value)


def _inline(value: str | tuple[str, str], cap: int) -> str:
    text = _plain(value) if isinstance(value, tuple) else remove_control_chars(value[:MAX_RAW_FIELD])
    return normalise_inline(text)[:cap].rstrip()


def _paragraphs(source: tuple[str, str], cap: int) -> str:
    return normalise_paragraphs(_plain(source))[:cap].rstrip()


def _first_date(raw: Mapping[str, Any], keys: tuple[str, ...], latest: datetime) -> datetime | None:
    for key in keys:
        value = raw.get(key)
        if isinstance(value, time.struct_time):
            try:
                # Leap seconds (60, 61) are valid in a struct_time but not in a datetime.
                when = datetime(*value[:5], min(value.tm_sec, 59), tzinfo=UTC)
            except (ValueError, OverflowError):
                continue
            if EARLIEST <= when <= latest:
                return when
    return None


def _date_text(value: str, latest: datetime) -> datetime | None:
    value = value.strip()[:100]
    if not value:
        return None
    when: datetime | None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is None:
        # RFC 5322 "-0000" and zone-less ISO dates: newswires mean UTC.
        when = when.replace(tzinfo=UTC)
    try:
        when = when.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return when if EARLIEST <= when <= latest else None


def _ttl_seconds(value: object) -> int | None:
    text = _str(value).strip()
    if not text.isdigit() or len(text) > 6:
        return None
    minutes = int(text)
    # <ttl> is minutes; zero or more than a month is not advice anyone can follow.
    return minutes * 60 if 0 < minutes <= 43_200 else None


def _describe_bozo(exc: object, content_type: str | None) -> str:
    name = type(exc).__name__
    if name == "NonXMLContentType":
        return (
            f"the server says the feed is {content_type or 'of no stated type'}, not XML; it was read anyway"
        )
    if name == "CharacterEncodingOverride":
        return "the feed's declared character encoding was wrong; it was read with another encoding"
    if name == "CharacterEncodingUnknown":
        return "the feed's character encoding could not be determined"
    if name == "UndeclaredNamespace":
        return "the feed uses an XML namespace prefix it never declares; it was read leniently"
    if isinstance(exc, xml.sax.SAXParseException):
        message = normalise_inline(remove_control_chars(str(exc.getMessage())))[:200]
        where = f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
        return f"the feed is not well-formed XML ({message} at {where}); it was read leniently"
    return f"the feed is malformed ({name}); it was read leniently"


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()
