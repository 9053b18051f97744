"""The HTTP edge: conditional, size-capped, bomb-safe GETs of feeds and pages with httpx."""

from __future__ import annotations

import email.utils
import itertools
import re
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import UTC
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version

import httpx

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
# Only encodings decoded here, with a cap on decoded size, are ever asked for.
ACCEPT_ENCODING = "gzip, deflate"
MAX_HEADER_VALUE = 512
MAX_AGE_CAP = 30 * 24 * 3600
_PERMANENT = frozenset({301, 308})
_PRINTABLE_RE = re.compile(r"^[\x20-\x7e]*$")
_MAX_AGE_RE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d{1,10})\"?\s*(?:,|$)", re.IGNORECASE)


class FeedFetchError(Exception):
    """A feed or page could not be fetched; str() is a one-line message for people."""

    def __init__(self, url: str, status: int | None, reason: str, *, retry_after: int | None = None) -> None:
        self.url = url
        self.status = status
        self.reason = reason
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503), when it said
        super().__init__(url, status, reason)

    def __str__(self) -> str:
        return f"could not fetch {_short(self.url, 300)}: {self.reason}"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What a GET returned: final URL, 2xx or 304 status, body and the cache validators to send next time."""

    url: str  # final URL after redirects
    status: int  # 200 (or another 2xx) or 304
    body: bytes  # b"" on 304
    content_type: str | None
    etag: str | None
    last_modified: str | None
    permanent_redirect: str | None  # new URL when a 301/308 moved the feed
    max_age_seconds: int | None  # from Cache-Control max-age / Expires, when given


def user_agent(contact: str) -> str:
    """Return DealWire's User-Agent, naming a contact as SEC EDGAR's fair-access policy requires."""
    try:
        release = version("dealwire")
    except PackageNotFoundError:
        release = "0"
    contact = re.sub(r"[^\x20-\x7e]", "", contact).strip()[:200] or "unknown"
    return f"DealWire/{release} (+https://github.com/dealwire; contact: {contact})"


POOL_SIZE = 8  # connections per pool of a sharded transport


class ShardedTransport(httpx.BaseTransport):
    """Several small connection pools, each thread using one of them.

    httpcore's pool looks at every connection it holds each time a request is queued or finishes, so
    one pool of many connections shared by many threads spends more CPU on that than on the requests
    (a poll answered 304 paid for it twice over). Threads are dealt to the pools in turn.
    """

    def __init__(self, *, pools: int, connections: int) -> None:
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        self.pools = [httpx.HTTPTransport(limits=limits) for _ in range(pools)]
        self._mine = threading.local()
        self._next = itertools.count()

    def _pool(self) -> httpx.HTTPTransport:
        index: int | None = getattr(self._mine, "index", None)
        if index is None:
            index = self._mine.index = next(self._next) % len(self.pools)
        return self.pools[index]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request through this thread's pool."""
        return self._pool().handle_request(request)

    def close(self) -> None:
        """Close every pool."""
        for pool in self.pools:
            pool.close()


def make_http_client(
    *,
    user_agent: str,
    connect_timeout: float = 10.0,
    read_timeout: float = 30.0,
    max_redirects: int = 5,
    max_connections: int = 100,
) -> httpx.Client:
    """Return an httpx client for feeds and pages: redirects followed, timeouts set, our User-Agent sent.

    One client is shared by every polling thread; max_connections should be at least their number,
    or threads wait for a connection (and time out after connect_timeout). Past POOL_SIZE the
    connections are split into pools of that size (see ShardedTransport).
    """
    pools = -(-max_connections // POOL_SIZE)
    transport = ShardedTransport(pools=pools, connections=-(-max_connections // pools)) if pools > 1 else None
    return httpx.Client(
        headers={"User-Agent": user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout
        ),
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        follow_redirects=True,
        max_redirects=max_redirects,
        transport=transport,
    )


def fetch_feed(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = 10_000_000,
    total_timeout: float = 120.0,
) -> FetchResult:
    """GET a feed conditionally; return its body (or a 304); raise FeedFetchError on any failure."""
    return fetch_url(
        client,
        url,
        accept=FEED_ACCEPT,
        etag=etag,
        last_modified=last_modified,
        max_bytes=max_bytes,
        total_timeout=total_timeout,
    )


def fetch_url(
    client: httpx.Client,
    url: str,
    *,
    accept: str,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int,
    total_timeout: float = 120.0,
) -> FetchResult:
    """GET url with a size cap and an overall deadline; raise FeedFetchError on any failure."""
    headers = {"Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
    if etag and (etag := _header_value(etag)):
        headers["If-None-Match"] = etag
    if last_modified and (last_modified := _header_value(last_modified)):
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + total_timeout
    try:
        with client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status == 304:
                # A 304 has no body; reading that nothing lets the connection be kept for the next poll.
                response.read()
                body = b""
            elif 200 <= status < 300:
                body = _read_body(
                    response, url=url, max_bytes=max_bytes, deadline=deadline, total=total_timeout
                )
            else:
                raise _status_error(url, response)
            history = list(response.history)
            final_url = str(response.url)
            response_headers = response.headers
    except httpx.TimeoutException as exc:
        raise FeedFetchError(url, None, _timeout_reason(exc, client.timeout)) from exc
    except httpx.TooManyRedirects as exc:
        reason = f"redirect loop or more than {client.max_redirects} redirects"
        raise FeedFetchError(url, None, reason) from exc
    except httpx.ConnectError as exc:
        raise FeedFetchError(url, None, _connect_reason(exc)) from exc
    except httpx.UnsupportedProtocol as exc:
        raise FeedFetchError(url, None, "not an http:// or https:// URL") from exc
    except httpx.RemoteProtocolError as exc:
        raise FeedFetchError(
            url, None, f"the server broke the HTTP protocol ({_short(str(exc), 120)})"
        ) from exc
    except httpx.NetworkError as exc:
        raise FeedFetchError(url, None, f"the connection failed ({_short(str(exc), 120)})") from exc
    except httpx.HTTPError as exc:
        raise FeedFetchError(
            url, None, f"request failed ({type(exc).__name__}: {_short(str(exc), 120)})"
        ) from exc
    except httpx.InvalidURL as exc:
        raise FeedFetchError(url, None, f"invalid URL ({_short(str(exc), 120)})") from exc

    return FetchResult(
        url=final_url,
        status=status,
        body=body,
        content_type=_header_value(response_headers.get("content-type")),
        etag=_header_value(response_headers.get("etag")) or (etag if status == 304 else None),
        last_modified=_header_value(response_headers.get("last-modified"))
        or (last_modified if status == 304 else None),
        permanent_redirect=_permanent_redirect(url, history, final_url),
        max_age_seconds=_max_age(response_headers),
    )


def _read_body(response: httpx.Response, *, url: str, max_bytes: int, deadline: float, total: float) -> bytes:
    too_big = FeedFetchError(url, response.status_code, f"body larger than {_size_words(max_bytes)}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big
    decoder = _Decoder(url, response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    size = 0
    # Raw bytes are decoded here rather than by httpx so that a small compressed chunk can never
    # expand past the cap in memory: each step decodes at most one byte more than what is left.
    for chunk in response.iter_raw():
        decoded = decoder.decode(chunk, limit=max_bytes - size + 1)
        size += len(decoded)
        if size > max_bytes:
            raise too_big
        parts.append(decoded)
        if time.monotonic() > deadline:
            raise FeedFetchError(url, response.status_code, f"took longer than {total:g} s to download")
    tail = decoder.finish()
    if size + len(tail) > max_bytes:
        raise too_big
    parts.append(tail)
    return b"".join(parts)


class _Decoder:
    """Content-Encoding decoding with a hard limit on output per step."""

    def __init__(self, url: str, content_encoding: str) -> None:
        self._url = url
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in {"gzip", "x-gzip", "deflate"}):
            raise FeedFetchError(url, None, f"unsupported content encoding {_short(content_encoding, 40)!r}")
        self._coding = codings[0] if codings else ""
        self._inflater: zlib._Decompress | None = None
        if self._coding in {"gzip", "x-gzip"}:
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def decode(self, chunk: bytes, *, limit: int) -> bytes:
        if not self._coding:
            return chunk
        if self._inflater is None:
            # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
            zlib_header = len(chunk) >= 2 and chunk[0] & 0x0F == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        out = b""
        try:
            out = self._inflater.decompress(chunk, limit)
            # Concatenated gzip members are one body.
            while self._inflater.eof and self._inflater.unused_data and len(out) < limit:
                rest = self._inflater.unused_data
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                out += self._inflater.decompress(rest, limit - len(out))
        except zlib.error as exc:
            raise FeedFetchError(self._url, None, "the compressed body is corrupt") from exc
        return out

    def finish(self) -> bytes:
        if self._inflater is None:
            return b""
        try:
            # decode() leaves no input behind unless the cap was already exceeded, so this is small.
            return self._inflater.flush()
        except zlib.error as exc:
            raise FeedFetchError(self._url, None, "the compressed body is corrupt") from exc


def _status_error(url: str, response: httpx.Response) -> FeedFetchError:
    status = response.status_code
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    reason = f"HTTP {status} {phrase}".rstrip()
    if 300 <= status < 400:
        reason += " without a usable Location header"
    retry_after = _retry_after(response.headers.get("retry-after", ""))
    if retry_after is not None:
        reason += f" (retry after {retry_after} s)"
    return FeedFetchError(url, status, reason, retry_after=retry_after)


def _retry_after(value: str) -> int | None:
    value = value.strip()
    if value.isdigit() and len(value) <= 9:
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, int(when.timestamp() - time.time()))


def _max_age(headers: httpx.Headers) -> int | None:
    match = _MAX_AGE_RE.search(headers.get("cache-control", ""))
    if match:
        return min(int(match.group(1)), MAX_AGE_CAP)
    expires, date = headers.get("expires"), headers.get("date")
    if not expires or not date:
        return None
    try:
        seconds = (
            email.utils.parsedate_to_datetime(expires) - email.utils.parsedate_to_datetime(date)
        ).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # includes "Expires: 0" and naive/aware mixes, which mean "already stale" at best
    return min(max(0, int(seconds)), MAX_AGE_CAP)


def _permanent_redirect(url: str, history: list[httpx.Response], final_url: str) -> str | None:
    # Only the leading run of permanent hops moved the feed; a temporary hop after it may change.
    if not history:
        return None
    targets = [str(hop.url) for hop in history[1:]] + [final_url]
    moved: str | None = None
    for hop, target in zip(history, targets, strict=True):
        if hop.status_code not in _PERMANENT:
            break
        moved = target
    return moved if moved is not None and moved != url else None


def _timeout_reason(exc: httpx.TimeoutException, timeout: httpx.Timeout) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out after {timeout.connect or 0:g} s connecting"
    if isinstance(exc, httpx.ReadTimeout):
        return f"timed out after {timeout.read or 0:g} s waiting for the server"
    if isinstance(exc, httpx.WriteTimeout):
        return f"timed out after {timeout.write or 0:g} s sending the request"
    return "timed out waiting for a free connection"


def _connect_reason(exc: httpx.ConnectError) -> str:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return "the host name could not be resolved"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return "the server's TLS certificate could not be verified"
        if isinstance(cause, ssl.SSLError):
            return "the TLS handshake failed"
        cause = cause.__cause__ or cause.__context__
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused"
    return f"could not connect ({_short(text, 120)})"


def _header_value(value: str | None) -> str | None:
    # Validators are echoed back to the server and stored: anything odd in them is dropped.
    if value is None:
        return None
    value = value.strip()
    if not value or len(value) > MAX_HEADER_VALUE or not _PRINTABLE_RE.match(value):
        return None
    return value


def _size_words(size: int) -> str:
    for unit, scale in (("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1_000)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} bytes"


def _short(text: str, limit: int) -> str:
    text = " ".join(re.sub(r"[^\x20-\x7e\u00a0-\uffff]", " ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
