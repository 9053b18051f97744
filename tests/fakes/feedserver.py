"""A real HTTP server on loopback that serves feeds and release pages to the code under test.

Usage in a test module::

    @pytest.fixture
    def server() -> Iterator[FeedServer]:
        with FeedServer() as running:
            yield running

    server.route("/feed", rss_feed([RssItem(...)]), etag='"v1"')
    fetch_feed(client, server.url("/feed"))

The same server answers as http://127.0.0.1:<port> and http://localhost:<port> (server.url(path,
host="localhost")), two host names for tests of per-host limits; server.peak_in_flight(host) tells
how many requests it ever served at once for a host. Blackhole is a port that never accepts.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import html
import re
import socket
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

GNW_DC_NAMESPACE = "http://dublincore.org/documents/dcmi-namespace/"
GNW_STOCK_DOMAIN = "https://www.globenewswire.com/rss/stock"
_EXCHANGE_SYMBOL_RE = re.compile(r"^[A-Za-z][A-Za-z .]{1,30}:[A-Z0-9.\-]{1,12}$")
# Characters XML 1.0 does not allow anywhere, even escaped.
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    headers: tuple[tuple[str, str], ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds to wait before answering
    gzip: bool = False
    chunk_delay: float = 0.0  # when set, the body is sent in 1 kB pieces with this pause between them
    encoding: str | None = None  # body is already encoded this way: sent as is, with this Content-Encoding


class RecordedRequest(NamedTuple):
    """One request the server received, unpackable as (method, path, headers); header names lower-cased."""

    method: str
    path: str
    headers: Mapping[str, str]


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 (free port) with scripted routes; use as a context manager."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[str, Route] = {}
        self._requests: list[RecordedRequest] = []
        self._in_flight: dict[str, int] = {}
        self._peak: dict[str, int] = {}
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> FeedServer:
        """Start serving in a background thread; returns self."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="feedserver",
                daemon=True,
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port; handlers still sleeping are cut short."""
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- addresses -----------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:<port>"""
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, *, host: str = "127.0.0.1") -> str:
        """Return the absolute URL of a path on this server (under another loopback name if host is set)."""
        return f"http://{host}:{self.port}" + (path if path.startswith("/") else "/" + path)

    # -- scripting -----------------------------------------------------------------------------
    def route(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "application/rss+xml",
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        gzip: bool = False,
        chunk_delay: float = 0.0,
        encoding: str | None = None,
    ) -> None:
        """Serve body at path (replacing any earlier route); ETag/Last-Modified enable 304 answers.

        content_type "" sends no Content-Type header; encoding sends body as already encoded.
        """
        self._set(
            path,
            Route(
                body=body,
                status=status,
                content_type=content_type,
                headers=tuple((headers or {}).items()),
                etag=etag,
                last_modified=last_modified,
                delay=delay,
                gzip=gzip,
                chunk_delay=chunk_delay,
                encoding=encoding,
            ),
        )

    def fail(self, path: str, status: int, *, headers: Mapping[str, str] | None = None) -> None:
        """Answer path with an error status and a short plain-text body."""
        body = f"error {status}\n".encode()
        self._set(
            path,
            Route(
                body=body, status=status, content_type="text/plain", headers=tuple((headers or {}).items())
            ),
        )

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        """Answer path with a redirect to `to` (a path on this server or an absolute URL)."""
        self._set(path, Route(status=status, content_type="text/plain", headers=(("Location", to),)))

    def forget(self, path: str) -> None:
        """Remove a route so the path answers 404 again."""
        with self._lock:
            self._routes.pop(path, None)

    # -- what happened -------------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, in order: (method, path, headers)."""
        with self._lock:
            return list(self._requests)

    def count(self, path: str) -> int:
        """How many requests asked for path (with or without a query string)."""
        with self._lock:
            return sum(1 for r in self._requests if r.path == path or r.path.split("?", 1)[0] == path)

    def last_request(self, path: str) -> RecordedRequest:
        """The most recent request for path; raises LookupError when there was none."""
        with self._lock:
            for request in reversed(self._requests):
                if request.path == path or request.path.split("?", 1)[0] == path:
                    return request
        raise LookupError(path)

    def clear_requests(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self._requests.clear()

    def peak_in_flight(self, host: str | None = None) -> int:
        """The most requests ever being answered at once, for one Host header name (any, when None)."""
        with self._lock:
            if host is None:
                return self._peak.get("", 0)
            return self._peak.get(host, 0)

    def _enter(self, host: str) -> None:
        with self._lock:
            for key in ("", host):
                self._in_flight[key] = self._in_flight.get(key, 0) + 1
                self._peak[key] = max(self._peak.get(key, 0), self._in_flight[key])

    def _leave(self, host: str) -> None:
        with self._lock:
            for key in ("", host):
                self._in_flight[key] -= 1

    # -- internals used by the handler ---------------------------------------------------------
    def _set(self, path: str, route: Route) -> None:
        with self._lock:
            self._routes[path] = route

    def _record(self, request: RecordedRequest) -> Route | None:
        with self._lock:
            self._requests.append(request)
            return self._routes.get(request.path) or self._routes.get(request.path.split("?", 1)[0])

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True when it is stopping."""
        return seconds > 0 and self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FeedServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up early (timeouts, size caps) are part of the tests, not errors.
        return


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without this, Nagle's algorithm and the client's delayed
    # ACK hold every response on a kept-alive connection back by about 40 ms.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, *, send_body: bool) -> None:
        owner = self.server.owner
        headers = {name.lower(): value for name, value in self.headers.items()}
        host = headers.get("host", "").rsplit(":", 1)[0]
        owner._enter(host)
        try:
            self._respond(owner, headers, send_body=send_body)
        finally:
            owner._leave(host)

    def _respond(self, owner: FeedServer, headers: Mapping[str, str], *, send_body: bool) -> None:
        route = owner._record(RecordedRequest(self.command, self.path, headers))
        if route is None:
            self._send(404, b"not found\n", [("Content-Type", "text/plain")], send_body=send_body)
            return
        if owner._wait(route.delay):
            return
        validators = []
        if route.etag is not None:
            validators.append(("ETag", route.etag))
        if route.last_modified is not None:
            validators.append(("Last-Modified", route.last_modified))
        if route.status == 200 and _not_modified(route, headers):
            self._send(304, b"", validators, send_body=False)
            return
        body = route.body
        extra = [("Content-Type", route.content_type)] if route.content_type else []
        extra += [*validators, *route.headers]
        if route.gzip:
            body = gzip_module.compress(body)
            extra.append(("Content-Encoding", "gzip"))
        elif route.encoding:
            extra.append(("Content-Encoding", route.encoding))
        self._send(route.status, body, extra, send_body=send_body, chunk_delay=route.chunk_delay)

    def _send(
        self,
        status: int,
        body: bytes,
        headers: Sequence[tuple[str, str]],
        *,
        send_body: bool,
        chunk_delay: float = 0.0,
    ) -> None:
        self.send_response_only(status)
        # Routes may script their own Date (for Expires arithmetic); never send two.
        if not any(name.lower() == "date" for name, _ in headers):
            self.send_header("Date", self.date_time_string())
        for name, value in headers:
            self.send_header(name, value)
        has_length = any(name.lower() == "content-length" for name, _ in headers)
        if not has_length and status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not send_body or status == 304:
            return
        if chunk_delay <= 0:
            self.wfile.write(body)
            return
        for start in range(0, len(body), 1024):
            self.wfile.write(body[start : start + 1024])
            self.wfile.flush()
            if self.server.owner._wait(chunk_delay):
                return


def _not_modified(route: Route, headers: Mapping[str, str]) -> bool:
    # If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        if route.etag is None:
            return False
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or route.etag.removeprefix("W/") in tags
    since = headers.get("if-modified-since")
    if since is None or route.last_modified is None:
        return False
    if since.strip() == route.last_modified:
        return True
    try:
        return parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False


class Blackhole:
    """A loopback port whose listen queue is full, so connecting to it hangs until a connect timeout."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self._fillers: list[socket.socket] = []
        # Connections nobody accepts fill the queue; the kernel then ignores further attempts.
        for _ in range(8):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", self.port))
            self._fillers.append(filler)

    @property
    def port(self) -> int:
        """The port that never accepts."""
        return int(self._listener.getsockname()[1])

    def url(self, path: str) -> str:
        """Return a URL on the port that never accepts."""
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        """Release the port and the queued connections."""
        for filler in self._fillers:
            filler.close()
        self._listener.close()

    def __enter__(self) -> Blackhole:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# -- building feeds and pages ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RssItem:
    """One GlobeNewswire-shaped RSS item.

    categories: plain strings, or (domain, term) pairs; a plain "Exchange:SYMBOL" string gets
    GlobeNewswire's stock domain, as the wire does.
    """

    title: str
    link: str
    description: str
    guid: str
    pub_date: datetime
    identifier: str | None = None
    contributor: str | None = None
    categories: Sequence[str | tuple[str, str]] = field(default=())
    modified: datetime | None = None


def rss_feed(
    items: Sequence[RssItem],
    *,
    title: str = "GlobeNewswire - Industry News on Biotechnology",
    ttl: int | None = None,
    link: str = "https://www.globenewswire.com/",
    dc_namespace: str = GNW_DC_NAMESPACE,
) -> bytes:
    """Return a well-formed RSS 2.0 document with the Dublin Core namespace, every value escaped."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<rss version="2.0" xmlns:dc={quoteattr(dc_namespace)}>',
        "<channel>",
        f"<title>{_x(title)}</title>",
        f"<link>{_x(link)}</link>",
        f"<description>{_x(title)}</description>",
        "<language>en</language>",
    ]
    if ttl is not None:
        out.append(f"<ttl>{int(ttl)}</ttl>")
    for item in items:
        permalink = "true" if item.guid.startswith(("http://", "https://")) else "false"
        out += [
            "<item>",
            f'  <guid isPermaLink="{permalink}">{_x(item.guid)}</guid>',
            f"  <link>{_x(item.link)}</link>",
        ]
        for category in item.categories:
            domain, term = category if isinstance(category, tuple) else (_domain_for(category), category)
            attribute = f" domain={quoteattr(_clean(domain))}" if domain else ""
            out.append(f"  <category{attribute}>{_x(term)}</category>")
        out += [
            f"  <title>{_x(item.title)}</title>",
            f"  <description>{_x(item.description)}</description>",
            f"  <pubDate>{_rfc822(item.pub_date)}</pubDate>",
        ]
        if item.identifier is not None:
            out.append(f"  <dc:identifier>{_x(item.identifier)}</dc:identifier>")
        out.append("  <dc:language>en</dc:language>")
        out.append("  <dc:publisher>GlobeNewswire Inc.</dc:publisher>")
        if item.contributor is not None:
            out.append(f"  <dc:contributor>{_x(item.contributor)}</dc:contributor>")
        if item.modified is not None:
            out.append(f"  <dc:modified>{_rfc822(item.modified)}</dc:modified>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode("utf-8")


def release_page(title: str, body_paragraphs: Sequence[str], *, shape: str = "globenewswire") -> bytes:
    """Return an HTML release page with navigation, scripts and a footer around the release body.

    shape: "globenewswire" (main body container), "prnewswire" (release-body section),
    "businesswire" (bw-release-story), "article" (a bare <article>) or "plain" (paragraphs only).
    """
    paragraphs = "\n".join(f"    <p>{html.escape(p)}</p>" for p in body_paragraphs)
    openers = {
        "globenewswire": (
            '<div class="main-body-container article-body" id="main-body-container" itemprop="articleBody">'
        ),
        "prnewswire": '<section class="release-body container">',
        "businesswire": '<div class="bw-release-story">',
        "article": "<article>",
        "plain": "<div>",
    }
    closers = {"prnewswire": "</section>", "article": "</article>"}
    if shape not in openers:
        raise ValueError(f"unknown page shape {shape!r}")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)}</title>
  <script>window.analytics = {{"track": "Read more about our products"}};</script>
  <style>.menu {{ color: red }}</style>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/newsroom">Newsroom</a> <a href="/login">Sign in</a></nav>
  </header>
  <div class="sidebar"><aside><p>Related releases: Subscribe to our newsletter for news.</p></aside></div>
  <main>
  <h1 class="article-headline">{html.escape(title)}</h1>
  {openers[shape]}
{paragraphs}
  {closers.get(shape, "</div>")}
  </main>
  <footer><p>© Newswire. All rights reserved. Terms of use. Privacy policy.</p></footer>
  <script>console.log("tracking pixel loaded")</script>
</body>
</html>
"""
    return page.encode("utf-8")


def _domain_for(category: str) -> str:
    return GNW_STOCK_DOMAIN if _EXCHANGE_SYMBOL_RE.match(category) else ""


def _clean(text: str) -> str:
    return _XML_ILLEGAL_RE.sub("", text)


def _x(text: str) -> str:
    return escape(_clean(text))


def _rfc822(when: datetime) -> str:
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return format_datetime(aware.astimezone(UTC), usegmt=True)
