"""A fake Slack Web API on loopback: real HTTP, real JSON, recorded calls and injectable failures.

Usage::

    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        client.chat_postMessage(channel="#deals", text="hi")
        assert slack.posts("#deals")[0]["text"] == "hi"

It answers `auth.test`, `chat.postMessage`, `chat.update`, `chat.delete`, `chat.postEphemeral`,
`conversations.history`, `conversations.replies`, `conversations.info` and `conversations.list`;
any other method gets `unknown_method`. POSTs outside `/api/` (see `hook_url`) are recorded and
answered `{"ok": true}`, which makes them usable as Bolt `response_url`s.

File uploads work the way slack-sdk's `files_upload_v2` drives them: `files.getUploadURLExternal`
hands out an upload URL on the fake itself, the bytes are POSTed there (recorded as method `upload`),
and `files.completeUploadExternal` shares the file in a channel as a message; `uploads()` lists them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_USER_ID = "U0DEALWIRE"
BOT_ID = "B0DEALWIRE"
TEAM_ID = "T0FAKE"
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
_JSON_FIELDS = ("blocks", "attachments", "metadata")
_TEXT_LIMIT = 40_000  # chat.postMessage truncates past this; chat.update refuses
_BLOCK_TEXT_LIMIT = 12_000  # our ceiling for all block text; Slack starts refusing around 13k


class Headers(Mapping[str, str]):
    """Request headers with case-insensitive lookup."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self._items: dict[str, tuple[str, str]] = {k.lower(): (k, v) for k, v in items}

    def __getitem__(self, key: str) -> str:
        return self._items[key.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


@dataclass(frozen=True)
class Call:
    """One request the fake received: the method, its parameters as a dict, headers, when, and the answer."""

    method: str
    body: dict[str, Any]
    headers: Headers
    time: float  # the fake's clock (monotonic by default)
    status: int = 200  # HTTP status answered; 0 when the connection was dropped before any work
    response: dict[str, Any] | None = None  # what the fake answered (or would have, for a late drop)
    dropped: bool = False  # the connection was closed without an answer
    retry_after: float | None = None  # the Retry-After the fake answered with, if any

    @property
    def channel(self) -> str:
        """The channel the call named (#name or ID), or ""."""
        return str(self.body.get("channel") or "")

    @property
    def ok(self) -> bool:
        """True when the fake answered 200 with ok: true."""
        return self.status == 200 and bool(self.response and self.response.get("ok"))


@dataclass(frozen=True)
class Upload:
    """A file shared through files.completeUploadExternal: its bytes, names, channel and comment."""

    file_id: str
    filename: str
    title: str
    alt_text: str
    data: bytes
    channel: str  # the channel ID it was shared to, "" when kept private
    initial_comment: str
    thread_ts: str
    ts: str  # of the message that shares it, "" when kept private


@dataclass
class _PendingFile:
    file_id: str
    filename: str
    length: int
    alt_text: str
    data: bytes | None = None


@dataclass
class _Failure:
    status: int
    error: str
    retry_after: float | None
    channel: str | None = None  # only calls naming this channel (#name or ID)


@dataclass
class _Outage:
    until: float  # the fake's clock
    method: str  # "*" for any
    status: int
    error: str


@dataclass
class _Drop:
    method: str | None
    after_processing: bool


@dataclass
class _Reply:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeSlack

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up (timeouts in tests) are expected; anything else still prints.
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        raw = self._read_body()
        reply = self.server.fake._handle(
            path=urlsplit(self.path).path,
            query=urlsplit(self.path).query,
            headers=Headers(self.headers.items()),
            raw=raw,
        )
        if reply is None:
            self._drop()
            return
        payload = json.dumps(reply.body).encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _drop(self) -> None:
        """Close the socket without a word, as a crashed proxy or a reset connection would."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _parse_body(content_type: str, raw: bytes) -> dict[str, Any] | str:
    """Return the parameters, or an error code when the body cannot be read."""
    kind = content_type.split(";")[0].strip().lower()
    if not raw:
        return {}
    if kind == "application/json":
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return "invalid_json"
        return data if isinstance(data, dict) else "invalid_json"
    if kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
        )
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            try:
                fields[str(name)] = data.decode("utf-8")
            except UnicodeDecodeError:
                fields[str(name)] = data
        return fields
    try:
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        return "invalid_form_data"


def _text_objects(value: Any) -> Iterator[str]:
    """Every string under a "text" key, for counting a message's block text."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "text" and isinstance(inner, str):
                yield inner
            else:
                yield from _text_objects(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _text_objects(inner)


_TEXT_KEYS = {"plain_text": {"type", "text", "emoji"}, "mrkdwn": {"type", "text", "verbatim"}}
_BLOCK_KEYS = {
    "section": {"type", "text", "fields", "accessory", "block_id", "expand"},
    "header": {"type", "text", "block_id"},
    "context": {"type", "elements", "block_id"},
    "divider": {"type", "block_id"},
    "actions": {"type", "elements", "block_id"},
    "image": {"type", "image_url", "slack_file", "alt_text", "title", "block_id"},
    "markdown": {"type", "text", "block_id"},
    "rich_text": {"type", "elements", "block_id"},
}


def block_errors(blocks: Any) -> list[str]:
    """Return Slack-style complaints about a blocks array (empty when Slack would accept it)."""
    errors: list[str] = []

    def text_object(obj: Any, where: str, *, limit: int, plain_only: bool = False) -> None:
        if not isinstance(obj, dict) or obj.get("type") not in _TEXT_KEYS:
            errors.append(f"must be a text object [json-pointer:{where}]")
            return
        if plain_only and obj["type"] != "plain_text":
            errors.append(f"must be plain_text [json-pointer:{where}/type]")
        extra = set(obj) - _TEXT_KEYS[obj["type"]]
        if extra:
            errors.append(f"invalid additional property: {sorted(extra)[0]} [json-pointer:{where}]")
        text = obj.get("text")
        if not isinstance(text, str) or not text:
            errors.append(f"must be more than 0 characters [json-pointer:{where}/text]")
        elif len(text) > limit:
            errors.append(f"must be less than {limit + 1} characters [json-pointer:{where}/text]")

    if not isinstance(blocks, list):
        return ["must be an array [json-pointer:/blocks]"]
    if len(blocks) > 50:
        errors.append("no more than 50 items allowed [json-pointer:/blocks]")
    block_ids: set[str] = set()
    for n, block in enumerate(blocks):
        where = f"/blocks/{n}"
        if not isinstance(block, dict) or block.get("type") not in _BLOCK_KEYS:
            errors.append(f"unsupported type [json-pointer:{where}/type]")
            continue
        kind = block["type"]
        extra = set(block) - _BLOCK_KEYS[kind]
        if extra:
            errors.append(f"invalid additional property: {sorted(extra)[0]} [json-pointer:{where}]")
        block_id = block.get("block_id")
        if block_id is not None:
            if not isinstance(block_id, str) or len(block_id) > 255 or block_id in block_ids:
                errors.append(f"invalid or duplicate block_id [json-pointer:{where}/block_id]")
            block_ids.add(str(block_id))
        if kind == "header":
            text_object(block.get("text"), f"{where}/text", limit=150, plain_only=True)
        elif kind == "section":
            if "text" not in block and "fields" not in block:
                errors.append(f"must provide text or fields [json-pointer:{where}]")
            if "text" in block:
                text_object(block["text"], f"{where}/text", limit=3000)
            if "fields" in block:
                items = block["fields"]
                if not isinstance(items, list) or not items or len(items) > 10:
                    errors.append(f"must have 1 to 10 items [json-pointer:{where}/fields]")
                else:
                    for i, item in enumerate(items):
                        text_object(item, f"{where}/fields/{i}", limit=2000)
        elif kind == "context":
            items = block.get("elements")
            if not isinstance(items, list) or not items or len(items) > 10:
                errors.append(f"must have 1 to 10 items [json-pointer:{where}/elements]")
            else:
                for i, item in enumerate(items):
                    if isinstance(item, dict) and item.get("type") == "image":
                        continue
                    text_object(item, f"{where}/elements/{i}", limit=3000)
        elif kind == "actions":
            items = block.get("elements")
            if not isinstance(items, list) or not items or len(items) > 25:
                errors.append(f"must have 1 to 25 items [json-pointer:{where}/elements]")
        elif kind == "markdown":
            text = block.get("text")
            if not isinstance(text, str) or not text or len(text) > 12_000:
                errors.append(f"must be 1 to 12000 characters [json-pointer:{where}/text]")
    return errors


def stable_channel_id(name: str) -> str:
    """The fake's ID for a channel name: same name, same ID, in every run."""
    digest = hashlib.sha1(name.lstrip("#").lower().encode("utf-8")).hexdigest()
    return "C" + digest[:10].upper()


class FakeSlack:
    """A threaded fake Slack Web API on 127.0.0.1 (port chosen by the OS); use as a context manager."""

    def __init__(
        self,
        *,
        token: str | None = None,
        channels: Mapping[str, str] | Iterable[str] = (),
        strict_channels: bool = False,
        validate_blocks: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`token`: the one valid token (default any xoxb-); `strict_channels`: only listed channels exist."""
        self._token = token
        self._strict = strict_channels
        self._validate = validate_blocks
        self._clock = clock
        self._lock = threading.Condition()
        self._calls: list[Call] = []
        self._names: dict[str, str] = {}  # name (no "#", lower case) -> ID
        self._ids: dict[str, str] = {}  # ID -> name
        self._messages: dict[str, list[dict[str, Any]]] = {}
        self._last_ts = 0.0
        self._failures: dict[str, deque[_Failure]] = {}
        self._channel_errors: dict[str, str] = {}
        self._rate: float | None = None
        self._burst = 1
        self._tat: dict[str, float] = {}  # per channel: when the next post is due at the allowed rate
        self._outage: _Outage | None = None
        self._delay = 0.0
        self._delay_method: str | None = None
        self._slow: deque[tuple[str | None, float]] = deque()  # one-off delays: (method, seconds)
        self._drops: deque[_Drop] = deque()
        self._files: dict[str, _PendingFile] = {}
        self._uploads: list[Upload] = []
        self._closing = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        if isinstance(channels, Mapping):
            for name, channel_id in channels.items():
                self.add_channel(name, channel_id)
        else:
            for name in channels:
                self.add_channel(name)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeSlack:
        """Start serving (idempotent); return self."""
        if self._server is None:
            self._closing.clear()
            server = _Server(("127.0.0.1", 0), _Handler)
            server.fake = self
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever, args=(0.05,), name="fake-slack", daemon=True
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port; slow answers in progress are cut short."""
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        """The TCP port the fake listens on."""
        if self._server is None:
            raise RuntimeError("FakeSlack is not running; use it as a context manager or call start()")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The Web API base URL to give a client, ending in "/api/"."""
        return f"http://127.0.0.1:{self.port}/api/"

    def hook_url(self, name: str = "response") -> str:
        """A URL outside the API (e.g. a response_url); POSTs to it are recorded as method `hooks/<name>`."""
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    # -- channels ----------------------------------------------------------------------------

    def add_channel(self, name: str, channel_id: str | None = None) -> str:
        """Make a channel exist (even with strict_channels) and return its ID."""
        key = name.lstrip("#").lower()
        with self._lock:
            cid = channel_id or self._names.get(key) or stable_channel_id(key)
            self._names[key] = cid
            self._ids[cid] = key
            return cid

    def channel_id(self, channel: str) -> str:
        """Return the ID the fake uses for a #name (or the ID itself)."""
        if _CHANNEL_ID.match(channel):
            return channel
        key = channel.lstrip("#").lower()
        with self._lock:
            return self._names.get(key) or stable_channel_id(key)

    def set_channel_error(self, channel: str, error: str | None) -> None:
        """Make every call naming this channel (#name or ID) fail with `error`; None clears it."""
        with self._lock:
            for key in {channel, self.channel_id(channel)}:
                if error is None:
                    self._channel_errors.pop(key, None)
                else:
                    self._channel_errors[key] = error

    # -- fault injection ---------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        n: int = 1,
        *,
        status: int = 500,
        error: str = "internal_error",
        retry_after: float | None = None,
        channel: str | None = None,
    ) -> None:
        """Answer the next `n` calls to `method` ("*" for any) with this status and error, doing nothing.

        With `channel`, only calls naming that channel (#name or ID) fail; others pass untouched.
        """
        with self._lock:
            queue = self._failures.setdefault(method, deque())
            queue.extend(_Failure(status, error, retry_after, channel) for _ in range(n))

    def outage(
        self, seconds: float, *, method: str = "*", status: int = 500, error: str = "internal_error"
    ) -> None:
        """Answer every call to `method` ("*" for any) with this failure for `seconds` of the fake's clock."""
        with self._lock:
            self._outage = _Outage(self._clock() + seconds, method, status, error)

    def rate_limit(self, per_channel_per_second: float | None = 1.0, *, burst: int = 1) -> None:
        """Answer 429 + Retry-After to posts that come faster than this per channel (after `burst` at once).

        None turns it off. Replies in threads count against their channel like any post.
        """
        with self._lock:
            self._rate = per_channel_per_second if per_channel_per_second else None
            self._burst = max(1, burst)
            self._tat.clear()

    def delay(self, seconds: float, *, method: str | None = None) -> None:
        """Wait this long before answering every call (or only calls to `method`); 0 turns off."""
        with self._lock:
            self._delay = max(0.0, seconds)
            self._delay_method = method

    def slow_next(self, n: int = 1, seconds: float = 1.0, *, method: str | None = None) -> None:
        """Wait `seconds` (real time) before working on the next `n` calls (or calls to `method`).

        The call still takes effect after the wait, even when the client gave up on it meanwhile.
        """
        with self._lock:
            self._slow.extend((method, max(0.0, seconds)) for _ in range(n))

    def drop_connection_next(
        self, n: int = 1, *, method: str | None = None, after_processing: bool = False
    ) -> None:
        """Close the socket unanswered for the next `n` calls; after_processing: the call works first."""
        with self._lock:
            self._drops.extend(_Drop(method, after_processing) for _ in range(n))

    # -- what happened -----------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """Every call received so far (or only calls to `method`), oldest first, failures included."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        """The bodies of accepted chat.postMessage calls (to `channel` as #name or ID, when given)."""
        wanted = None if channel is None else self.channel_id(channel)
        return [
            c.body
            for c in self.calls("chat.postMessage")
            if c.ok and (wanted is None or self.channel_id(str(c.body.get("channel", ""))) == wanted)
        ]

    def uploads(self, channel: str | None = None) -> list[Upload]:
        """Files shared by files.completeUploadExternal (to `channel`, #name or ID, if given), in order."""
        wanted = None if channel is None else self.channel_id(channel)
        with self._lock:
            return [u for u in self._uploads if wanted is None or u.channel == wanted]

    def messages(self, channel: str) -> list[dict[str, Any]]:
        """The messages now in a channel (after edits and deletes), replies included, oldest first."""
        with self._lock:
            return [dict(m) for m in self._messages.get(self.channel_id(channel), [])]

    def clear_calls(self) -> None:
        """Forget the recorded calls (messages and channels stay)."""
        with self._lock:
            self._calls.clear()

    def wait_for(self, method: str, count: int = 1, *, timeout: float = 5.0) -> list[Call]:
        """Block until at least `count` calls to `method` arrived (for work that runs after an ack)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self._calls if c.method == method]
                remaining = deadline - time.monotonic()
                if len(found) >= count or remaining <= 0:
                    return found
                self._lock.wait(remaining)

    # -- the server side ---------------------------------------------------------------------

    def _handle(self, *, path: str, query: str, headers: Headers, raw: bytes) -> _Reply | None:
        if path.startswith("/upload/"):
            return self._receive_file(path[len("/upload/") :], headers=headers, raw=raw)
        method = path[len("/api/") :] if path.startswith("/api/") else path.lstrip("/")
        parsed = _parse_body(headers.get("Content-Type", ""), raw)
        params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        if isinstance(parsed, dict):
            params.update(parsed)
        for key in _JSON_FIELDS:
            if isinstance(params.get(key), str) and params[key].strip()[:1] in ("[", "{"):
                with contextlib.suppress(json.JSONDecodeError):
                    params[key] = json.loads(params[key])

        with self._lock:
            drop = next((d for d in self._drops if d.method in (None, method)), None)
            if drop is not None:
                self._drops.remove(drop)
            pause = self._delay if self._delay_method in (None, method) else 0.0
            slow = next((item for item in self._slow if item[0] in (None, method)), None)
            if slow is not None:
                self._slow.remove(slow)
                pause = max(pause, slow[1])
        if pause:
            self._closing.wait(pause)

        if drop is not None and not drop.after_processing:
            self._record(method, params, headers, 0, None, dropped=True)
            return None
        if isinstance(parsed, str):
            reply = _Reply(200, {"ok": False, "error": parsed})
        elif not path.startswith("/api/"):
            reply = _Reply(200, {"ok": True})
        else:
            reply = self._api(method, params, headers)
        if drop is not None:
            # The work is done (a message may now exist) but the client never hears about it.
            self._record(method, params, headers, reply.status, reply.body, dropped=True)
            return None
        retry_after = reply.headers.get("Retry-After")
        self._record(
            method,
            params,
            headers,
            reply.status,
            reply.body,
            retry_after=float(retry_after) if retry_after is not None else None,
        )
        return reply

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        headers: Headers,
        status: int,
        body: dict[str, Any] | None,
        *,
        dropped: bool = False,
        retry_after: float | None = None,
    ) -> None:
        with self._lock:
            self._calls.append(
                Call(method, params, headers, self._clock(), status, body, dropped, retry_after)
            )
            self._lock.notify_all()

    def _api(self, method: str, params: dict[str, Any], headers: Headers) -> _Reply:
        with self._lock:
            outage = self._outage
            if outage is not None and self._clock() < outage.until and outage.method in ("*", method):
                return _Reply(outage.status, {"ok": False, "error": outage.error})
            failure = self._next_failure(method, params)
            if failure is not None:
                extra = {"Retry-After": f"{failure.retry_after:g}"} if failure.retry_after is not None else {}
                return _Reply(failure.status, {"ok": False, "error": failure.error}, extra)
            auth_error = self._auth_error(params, headers)
            if auth_error:
                return _Reply(200, {"ok": False, "error": auth_error})
            handler = self._methods().get(method)
            if handler is None:
                return _Reply(200, {"ok": False, "error": "unknown_method"})
            return handler(params)

    def _next_failure(self, method: str, params: Mapping[str, Any]) -> _Failure | None:
        named = str(params.get("channel") or "")
        for key in (method, "*"):
            queue = self._failures.get(key)
            for failure in list(queue or ()):
                if failure.channel is None or (named and self._same_channel(failure.channel, named)):
                    assert queue is not None
                    queue.remove(failure)
                    return failure
        return None

    def _same_channel(self, a: str, b: str) -> bool:
        def key(channel: str) -> str:
            if _CHANNEL_ID.match(channel):
                return channel
            name = channel.lstrip("#").lower()
            return self._names.get(name) or stable_channel_id(name)

        return key(a) == key(b)

    def _auth_error(self, params: Mapping[str, Any], headers: Headers) -> str:
        header = headers.get("Authorization", "")
        token = (
            header[len("Bearer ") :].strip()
            if header.startswith("Bearer ")
            else str(params.get("token") or "")
        )
        if not token:
            return "not_authed"
        valid = token == self._token if self._token is not None else token.startswith("xoxb-")
        return "" if valid else "invalid_auth"

    def _methods(self) -> dict[str, Callable[[dict[str, Any]], _Reply]]:
        return {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.postEphemeral": self._post_ephemeral,
            "chat.update": self._update,
            "chat.delete": self._delete,
            "conversations.history": self._history,
            "conversations.replies": self._replies,
            "conversations.info": self._info,
            "conversations.list": self._list,
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": self._complete_upload,
        }

    # Each method below runs with self._lock held.

    def _resolve(self, channel: Any, *, ids_only: bool = False) -> tuple[str, str]:
        """Return (channel ID, "") or ("", error) for a channel argument."""
        name = str(channel or "").strip()
        if not name:
            return "", "channel_not_found"
        if _CHANNEL_ID.match(name):
            cid = name
            if self._strict and cid not in self._ids:
                return "", "channel_not_found"
            self._ids.setdefault(cid, cid.lower())
        else:
            if ids_only:
                return "", "channel_not_found"
            key = name.lstrip("#").lower()
            if not key or (self._strict and key not in self._names):
                return "", "channel_not_found"
            cid = self._names.setdefault(key, stable_channel_id(key))
            self._ids.setdefault(cid, key)
        error = self._channel_errors.get(name) or self._channel_errors.get(cid)
        return ("", error) if error else (cid, "")

    def _next_ts(self) -> str:
        # Real-looking, strictly increasing: wall time, nudged forward when calls share a microsecond.
        now = max(time.time(), self._last_ts + 0.000001)
        self._last_ts = now
        return f"{now:.6f}"

    def _check_content(self, params: Mapping[str, Any], *, updating: bool) -> _Reply | None:
        text = params.get("text")
        blocks = params.get("blocks")
        if not text and not blocks and not params.get("attachments") and not params.get("markdown_text"):
            return _Reply(200, {"ok": False, "error": "no_text"})
        if updating and isinstance(text, str) and len(text) > _TEXT_LIMIT:
            return _Reply(200, {"ok": False, "error": "msg_too_long"})
        if blocks is not None and self._validate:
            problems = block_errors(blocks)
            if problems:
                return _Reply(
                    200,
                    {
                        "ok": False,
                        "error": "invalid_blocks",
                        "errors": problems,
                        "response_metadata": {"messages": [f"[ERROR] {p}" for p in problems]},
                    },
                )
            if sum(len(t) for t in _text_objects(blocks)) > _BLOCK_TEXT_LIMIT:
                return _Reply(200, {"ok": False, "error": "msg_blocks_too_long"})
        metadata = params.get("metadata")
        if metadata is not None and (
            not isinstance(metadata, dict)
            or not isinstance(metadata.get("event_type"), str)
            or not isinstance(metadata.get("event_payload"), dict)
        ):
            return _Reply(200, {"ok": False, "error": "invalid_metadata_format"})
        return None

    def _auth_test(self, params: dict[str, Any]) -> _Reply:
        return _Reply(
            200,
            {
                "ok": True,
                "url": "https://fake-dealwire.slack.com/",
                "team": "Fake Workspace",
                "user": "dealwire",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            },
        )

    def _find(self, cid: str, ts: Any) -> dict[str, Any] | None:
        return next((m for m in self._messages.get(cid, []) if m["ts"] == str(ts)), None)

    def _post_message(self, params: dict[str, Any]) -> _Reply:
        cid, error = self._resolve(params.get("channel"))
        if error:
            return _Reply(200, {"ok": False, "error": error})
        invalid = self._check_content(params, updating=False)
        if invalid is not None:
            return invalid
        thread_ts = params.get("thread_ts")
        if thread_ts:
            parent = self._find(cid, thread_ts)
            if parent is None:
                return _Reply(200, {"ok": False, "error": "thread_not_found"})
            if parent.get("thread_ts") not in (None, parent["ts"]):
                # Slack asks for the parent's ts, never a reply's.
                return _Reply(200, {"ok": False, "error": "invalid_thread_ts"})
        if self._rate is not None:
            # A token bucket kept as one time: a post may go while now >= tat - (burst - 1) * interval.
            now = self._clock()
            interval = 1.0 / self._rate
            tat = self._tat.get(cid, now)
            allowed = tat - (self._burst - 1) * interval
            if now < allowed:
                wait = max(1, math.ceil(allowed - now))
                return _Reply(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(wait)})
            self._tat[cid] = max(tat, now) + interval
        warnings: list[str] = []
        text = params.get("text")
        if isinstance(text, str) and len(text) > _TEXT_LIMIT:
            text = text[:_TEXT_LIMIT]
            warnings.append("message_truncated")
        message: dict[str, Any] = {
            "type": "message",
            "ts": self._next_ts(),
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "team": TEAM_ID,
            "text": text or "",
        }
        for key in ("blocks", "attachments", "metadata"):
            if params.get(key) is not None:
                message[key] = params[key]
        if thread_ts:
            message["thread_ts"] = str(thread_ts)
            parent = self._find(cid, thread_ts)
            if parent is not None:
                parent["thread_ts"] = parent["ts"]
                parent["reply_count"] = int(parent.get("reply_count", 0)) + 1
        self._messages.setdefault(cid, []).append(message)
        body: dict[str, Any] = {"ok": True, "channel": cid, "ts": message["ts"], "message": dict(message)}
        if warnings:
            body["warning"] = ",".join(warnings)
            body["response_metadata"] = {"warnings": warnings}
        return _Reply(200, body)

    def _post_ephemeral(self, params: dict[str, Any]) -> _Reply:
        _cid, error = self._resolve(params.get("channel"))
        if error:
            return _Reply(200, {"ok": False, "error": error})
        if not params.get("user"):
            return _Reply(200, {"ok": False, "error": "user_not_in_channel"})
        invalid = self._check_content(params, updating=False)
        return invalid or _Reply(200, {"ok": True, "message_ts": self._next_ts()})

    def _update(self, params: dict[str, Any]) -> _Reply:
        cid, error = self._resolve(params.get("channel"), ids_only=True)
        if error:
            return _Reply(200, {"ok": False, "error": error})
        message = self._find(cid, params.get("ts"))
        if message is None:
            return _Reply(200, {"ok": False, "error": "message_not_found"})
        invalid = self._check_content(params, updating=True)
        if invalid is not None:
            return invalid
        if "text" in params:
            message["text"] = params["text"] or ""
        for key in ("blocks", "attachments", "metadata"):
            if key in params and params[key] is not None:
                message[key] = params[key]
        message["edited"] = {"user": BOT_USER_ID, "ts": self._next_ts()}
        return _Reply(
            200,
            {
                "ok": True,
                "channel": cid,
                "ts": message["ts"],
                "text": message["text"],
                "message": dict(message),
            },
        )

    def _delete(self, params: dict[str, Any]) -> _Reply:
        cid, error = self._resolve(params.get("channel"), ids_only=True)
        if error:
            return _Reply(200, {"ok": False, "error": error})
        message = self._find(cid, params.get("ts"))
        if message is None:
            return _Reply(200, {"ok": False, "error": "message_not_found"})
        self._messages[cid].remove(message)
        return _Reply(200, {"ok": True, "channel": cid, "ts": message["ts"]})

    def _shown(self, message: dict[str, Any], *, metadata: bool) -> dict[str, Any]:
        return {k: v for k, v in message.items() if k != "metadata" or metadata}

    def _page(self, items: list[dict[str, Any]], params: Mapping[str, Any], key: str) -> _Reply:
        try:
            limit = min(max(int(params.get("limit") or 100), 1), 999)
            start = int(str(params.get("cursor") or "0").removeprefix("next:") or 0)
        except ValueError:
            return _Reply(200, {"ok": False, "error": "invalid_cursor"})
        page = items[start : start + limit]
        more = start + limit < len(items)
        return _Reply(
            200,
            {
                "ok": True,
                key: page,
                "has_more": more,
                "response_metadata": {"next_cursor": f"next:{start + limit}" if more else ""},
            },
        )

    def _history(self, params: dict[str, Any]) -> _Reply:
        cid, error = self._resolve(params.get("channel"), ids_only=True)
        if error:
            return _Reply(200, {"ok": False, "error": error})
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or "inf")
        inclusive = _truthy(params.get("inclusive", False))
        metadata = _truthy(params.get("include_all_metadata", False))

        def within(ts: float) -> bool:
            if inclusive:
                return oldest <= ts <= latest
            return oldest < ts < latest

        top = [
            self._shown(m, metadata=metadata)
            for m in reversed(self._messages.get(cid, []))
            if m.get("thread_ts") in (None, m["ts"]) and within(float(m["ts"]))
        ]
        reply = self._page(top, params, "messages")
        reply.body.setdefault("pin_count", 0)
        return reply

    def _replies(self, params: dict[str, Any]) -> _Reply:
        cid, error = self._resolve(params.get("channel"), ids_only=True)
        if error:
            return _Reply(200, {"ok": False, "error": error})
        ts = str(params.get("ts") or "")
        if self._find(cid, ts) is None:
            return _Reply(200, {"ok": False, "error": "thread_not_found"})
        metadata = _truthy(params.get("include_all_metadata", False))
        thread = [
            self._shown(m, metadata=metadata)
            for m in self._messages.get(cid, [])
            if m["ts"] == ts or m.get("thread_ts") == ts
        ]
        return self._page(thread, params, "messages")

    def _channel(self, cid: str) -> dict[str, Any]:
        return {
            "id": cid,
            "name": self._ids.get(cid, cid.lower()),
            "is_channel": True,
            "is_private": False,
            "is_archived": self._channel_errors.get(cid) == "is_archived",
            "is_member": self._channel_errors.get(cid) != "not_in_channel",
            "created": 1_700_000_000,
        }

    def _info(self, params: dict[str, Any]) -> _Reply:
        cid, error = self._resolve(params.get("channel"), ids_only=True)
        if error in ("is_archived", "not_in_channel"):
            # conversations.info still answers for these; the flags say what is wrong.
            cid = str(params.get("channel"))
        elif error:
            return _Reply(200, {"ok": False, "error": error})
        return _Reply(200, {"ok": True, "channel": self._channel(cid)})

    def _list(self, params: dict[str, Any]) -> _Reply:
        channels = [self._channel(cid) for cid in sorted(self._ids)]
        return self._page(channels, params, "channels")

    # -- files -------------------------------------------------------------------------------

    def _receive_file(self, file_id: str, *, headers: Headers, raw: bytes) -> _Reply:
        """The upload URL: keep the bytes for the file id (as Slack's file servers would), answer 200."""
        body = {"file_id": file_id, "size": len(raw)}
        with self._lock:
            failure = self._next_failure("upload", {})
            pending = self._files.get(file_id)
            if failure is not None:
                reply = _Reply(failure.status, {"ok": False, "error": failure.error})
            elif pending is None:
                reply = _Reply(404, {"ok": False, "error": "file_not_found"})
            else:
                pending.data = raw
                reply = _Reply(200, {"ok": True})
        self._record("upload", body, headers, reply.status, reply.body)
        return reply

    def _upload_url(self, params: dict[str, Any]) -> _Reply:
        filename = str(params.get("filename") or "")
        try:
            length = int(str(params.get("length") or "0"))
        except ValueError:
            length = 0
        if not filename or length <= 0:
            return _Reply(200, {"ok": False, "error": "invalid_arguments"})
        file_id = f"F{len(self._files) + 1:08d}"
        self._files[file_id] = _PendingFile(file_id, filename, length, str(params.get("alt_txt") or ""))
        return _Reply(
            200,
            {"ok": True, "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}", "file_id": file_id},
        )

    def _complete_upload(self, params: dict[str, Any]) -> _Reply:
        try:
            items = json.loads(str(params.get("files") or ""))
        except json.JSONDecodeError:
            return _Reply(200, {"ok": False, "error": "invalid_arguments"})
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            return _Reply(200, {"ok": False, "error": "invalid_arguments"})
        pending = [self._files.get(str(item.get("id"))) for item in items]
        ready = [f for f in pending if f is not None and f.data is not None]
        if len(ready) != len(items):
            return _Reply(200, {"ok": False, "error": "file_not_found"})
        if any(len(f.data or b"") != f.length for f in ready):
            return _Reply(200, {"ok": False, "error": "file_upload_size_mismatch"})
        cid = ""
        if params.get("channel_id") or params.get("channels"):
            cid, error = self._resolve(params.get("channel_id") or params.get("channels"), ids_only=True)
            if error:
                return _Reply(200, {"ok": False, "error": error})
        comment = str(params.get("initial_comment") or "")
        thread_ts = str(params.get("thread_ts") or "")
        infos = [
            {
                "id": f.file_id,
                "name": f.filename,
                "title": str(item.get("title") or f.filename),
                "mimetype": "image/png"
                if (f.data or b"").startswith(b"\x89PNG")
                else "application/octet-stream",
                "size": f.length,
            }
            for f, item in zip(ready, items, strict=True)
        ]
        ts = ""
        if cid:
            ts = self._next_ts()
            message: dict[str, Any] = {
                "type": "message",
                "ts": ts,
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "team": TEAM_ID,
                "text": comment,
                "upload": True,
                "files": infos,
            }
            if thread_ts:
                message["thread_ts"] = thread_ts
            self._messages.setdefault(cid, []).append(message)
        for f, info in zip(ready, infos, strict=True):
            del self._files[f.file_id]
            self._uploads.append(
                Upload(
                    file_id=f.file_id,
                    filename=f.filename,
                    title=str(info["title"]),
                    alt_text=f.alt_text,
                    data=f.data or b"",
                    channel=cid,
                    initial_comment=comment,
                    thread_ts=thread_ts,
                    ts=ts,
                )
            )
        return _Reply(200, {"ok": True, "files": [{"id": i["id"], "title": i["title"]} for i in infos]})
