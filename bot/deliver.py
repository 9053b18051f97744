"""The Slack edge: post, edit and thread alerts through slack_sdk, and turn failures into DeliveryError."""

from __future__ import annotations

import functools
import http.client
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, cast
from urllib.error import URLError

import structlog
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler
from slack_sdk.web import SlackResponse

from bot.render import SlackMessage

log = structlog.get_logger("dealwire.deliver")

METADATA_EVENT_TYPE = "dealwire_alert"

# Errors a retry cannot fix: the channel, the token or the message itself is wrong.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "no_permission",
        "missing_scope",
        "invalid_blocks",
        "invalid_blocks_format",
        "msg_too_long",
        "msg_blocks_too_long",
        "no_text",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
        "thread_not_found",
        "restricted_action",
        "ekm_access_denied",
    }
)
# Permanent errors about the channel rather than the message: every alert to it will meet them.
CHANNEL_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived"})
# Permanent errors about the token or the app: every channel will meet them.
TOKEN_ERRORS = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "missing_scope"}
)
# Errors Slack reports with HTTP 200 that mean "try again later".
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)
_NON_JSON_PREFIX = "Received a response in a non-JSON format"


class DeliveryError(Exception):
    """Slack refused or never answered: `error` is its code or a transport reason; permanent: do not retry."""

    def __init__(
        self,
        error: str,
        *,
        permanent: bool,
        retry_after: float | None = None,
        method: str = "",
        status: int | None = None,
        detail: str = "",
        ambiguous: bool = False,
    ) -> None:
        self.error = error
        self.permanent = permanent
        self.retry_after = retry_after
        self.method = method
        self.status = status
        self.detail = detail
        # True when Slack may have acted on the request although we saw no answer (a timeout, a
        # connection lost while waiting, a 5xx): re-posting blindly can duplicate the message.
        self.ambiguous = ambiguous
        super().__init__(self._message())

    def _message(self) -> str:
        text = f"{self.method or 'Slack call'} failed: {self.error}"
        if self.detail:
            text += f" ({self.detail})"
        if self.status is not None and self.status != 200:
            text += f", HTTP {self.status}"
        if self.retry_after is not None:
            text += f", retry after {self.retry_after:g}s"
        if self.ambiguous:
            text += ", Slack may have acted on it"
        text += ", permanent" if self.permanent else ", will retry"
        return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Posted:
    """Where a message landed: the channel ID (never a name) and the message ts."""

    channel_id: str
    ts: str


def make_slack_client(*, token: str, base_url: str | None = None, timeout: float = 15.0) -> WebClient:
    """Return a WebClient that retries once when it could not connect (the outbox retries everything else)."""
    return WebClient(
        token=token,
        base_url=base_url or WebClient.BASE_URL,
        # urllib takes a float timeout; the SDK merely annotates it as int.
        timeout=cast(int, timeout),
        # urllib raises URLError only while connecting and sending, before Slack can have acted, so
        # that retry cannot post twice. A connection lost while waiting for the answer is not
        # retried here: the message may exist, and the caller decides (see find_alert).
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1, error_types=[URLError])],
    )


def post_alert(
    client: WebClient,
    *,
    channel: str,
    message: SlackMessage,
    metadata: Mapping[str, Any] | None = None,
) -> Posted:
    """Post an alert (text + blocks, no unfurls) to a channel ID or #name; return where it landed."""
    args: dict[str, Any] = {
        "channel": channel,
        "text": message.text,
        "blocks": list(message.blocks),
        "unfurl_links": False,
        "unfurl_media": False,
    }
    if metadata is not None:
        args["metadata"] = slack_metadata(metadata)
    response = _call("chat.postMessage", channel, lambda: client.chat_postMessage(**args))
    return _posted("chat.postMessage", response)


def update_alert(
    client: WebClient,
    *,
    channel_id: str,
    ts: str,
    message: SlackMessage,
    metadata: Mapping[str, Any] | None = None,
) -> None:
    """Replace the text and blocks of an alert already posted (channel must be an ID)."""
    args: dict[str, Any] = {
        "channel": channel_id,
        "ts": ts,
        "text": message.text,
        "blocks": list(message.blocks),
    }
    if metadata is not None:
        args["metadata"] = slack_metadata(metadata)
    _call("chat.update", channel_id, lambda: client.chat_update(**args))


def post_thread_reply(
    client: WebClient,
    *,
    channel_id: str,
    thread_ts: str,
    text: str,
    metadata: Mapping[str, Any] | None = None,
) -> Posted:
    """Post mrkdwn `text` (already escaped by the caller) under an alert; return the reply's ts."""
    args: dict[str, Any] = {
        "channel": channel_id,
        "thread_ts": thread_ts,
        "text": text,
        "unfurl_links": False,
        "unfurl_media": False,
    }
    if metadata is not None:
        args["metadata"] = slack_metadata(metadata)
    response = _call("chat.postMessage", channel_id, lambda: client.chat_postMessage(**args))
    return _posted("chat.postMessage", response)


def post_text(client: WebClient, *, channel: str, text: str) -> Posted:
    """Post a short mrkdwn note (already escaped by the caller) to a channel ID or #name."""
    response = _call(
        "chat.postMessage",
        channel,
        lambda: client.chat_postMessage(channel=channel, text=text, unfurl_links=False, unfurl_media=False),
    )
    return _posted("chat.postMessage", response)


def find_alert(
    client: WebClient, *, channel_id: str, match: Mapping[str, Any], limit: int = 100
) -> Posted | None:
    """Return the newest recent DealWire alert in the channel whose metadata payload contains `match`."""
    wanted = slack_metadata(match)["event_payload"]
    response = _call(
        "conversations.history",
        channel_id,
        lambda: client.conversations_history(channel=channel_id, limit=limit, include_all_metadata=True),
    )
    for message in response.get("messages") or []:
        meta = message.get("metadata") or {}
        payload = meta.get("event_payload") or {}
        if meta.get("event_type") == METADATA_EVENT_TYPE and all(
            payload.get(k) == v for k, v in wanted.items()
        ):
            return Posted(channel_id=channel_id, ts=str(message["ts"]))
    return None


def delivered_markers(
    client: WebClient,
    *,
    channel_id: str,
    oldest: float | None = None,
    thread_ts: str | None = None,
    max_pages: int = 10,
) -> dict[str, str]:
    """Return marker → ts for DealWire messages in a channel (or one thread) since `oldest` (Slack time).

    A marker is what the outbox put in a message's metadata payload under "marker": one per alert,
    digest or thread reply. Reads conversations.history (or .replies), newest first, page by page.
    """
    found: dict[str, str] = {}
    cursor = ""
    method = "conversations.replies" if thread_ts else "conversations.history"
    for _ in range(max_pages):
        args: dict[str, Any] = {"channel": channel_id, "limit": 200, "include_all_metadata": True}
        if oldest is not None:
            args["oldest"] = f"{max(oldest, 0.0):.6f}"
        if cursor:
            args["cursor"] = cursor
        if thread_ts:
            args["ts"] = thread_ts
        fetch = client.conversations_replies if thread_ts else client.conversations_history
        response = _call(method, channel_id, functools.partial(fetch, **args))
        for message in response.get("messages") or []:
            meta = message.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            marker = payload.get("marker")
            if meta.get("event_type") == METADATA_EVENT_TYPE and isinstance(marker, str) and marker:
                found.setdefault(marker, str(message["ts"]))
        next_cursor = (response.get("response_metadata") or {}).get("next_cursor") or ""
        if not response.get("has_more") or not next_cursor:
            return found
        cursor = str(next_cursor)
    log.warning("history_scan_cut_short", channel=channel_id, pages=max_pages)
    return found


def resolve_channel(client: WebClient, *, name: str, max_pages: int = 20) -> str | None:
    """Return the ID of the channel called `name` ("#deals" or "deals") the bot can see, or None."""
    wanted = name.strip().lstrip("#").lower()
    cursor = ""
    for _ in range(max_pages):
        args: dict[str, Any] = {
            "types": "public_channel,private_channel",
            "exclude_archived": True,
            "limit": 999,
        }
        if cursor:
            args["cursor"] = cursor
        response = _call("conversations.list", name, functools.partial(client.conversations_list, **args))
        for channel in response.get("channels") or []:
            if str(channel.get("name", "")).lower() == wanted and channel.get("id"):
                return str(channel["id"])
        cursor = str((response.get("response_metadata") or {}).get("next_cursor") or "")
        if not cursor:
            return None
    return None


def slack_metadata(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Return Slack message metadata for a DealWire alert; values become JSON scalars (Decimal → str)."""
    if set(payload) == {"event_type", "event_payload"} and isinstance(payload["event_payload"], Mapping):
        return {
            "event_type": str(payload["event_type"]),
            "event_payload": _json_safe(payload["event_payload"]),
        }
    return {"event_type": METADATA_EVENT_TYPE, "event_payload": _json_safe(payload)}


def _json_safe(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_safe(v) for v in value]
    if isinstance(value, Enum):
        return _json_safe(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _posted(method: str, response: SlackResponse) -> Posted:
    channel_id, ts = response.get("channel"), response.get("ts")
    if not isinstance(channel_id, str) or not isinstance(ts, str) or not channel_id or not ts:
        # Slack said ok but not where: the message probably exists, so a retry may duplicate it.
        raise DeliveryError(
            "bad_response", permanent=True, method=method, detail="no channel or ts in the reply"
        )
    return Posted(channel_id=channel_id, ts=ts)


def _call(method: str, channel: str, send: Callable[[], SlackResponse]) -> SlackResponse:
    started = time.monotonic()
    try:
        response = send()
    except SlackApiError as exc:
        error = _from_api_error(method, exc)
    except SlackClientError as exc:
        # The SDK refused to send (bad URL, bad arguments): configuration, not weather.
        error = DeliveryError("client_error", permanent=True, method=method, detail=type(exc).__name__)
    except URLError as exc:
        # Never connected or never finished sending: Slack cannot have acted.
        timed_out = isinstance(exc.reason, TimeoutError)
        error = DeliveryError(
            "timeout" if timed_out else "connection_error", permanent=False, method=method, detail="not sent"
        )
    except TimeoutError:
        error = DeliveryError("timeout", permanent=False, method=method, ambiguous=True)
    except (OSError, http.client.HTTPException) as exc:
        error = DeliveryError(
            "connection_error", permanent=False, method=method, detail=type(exc).__name__, ambiguous=True
        )
    else:
        log.debug("slack_call", method=method, channel=channel, ms=round((time.monotonic() - started) * 1000))
        return response
    log.info(
        "slack_call_failed",
        method=method,
        channel=channel,
        error=error.error,
        status=error.status,
        permanent=error.permanent,
        ambiguous=error.ambiguous,
        retry_after=error.retry_after,
        ms=round((time.monotonic() - started) * 1000),
    )
    raise error


def _from_api_error(method: str, exc: SlackApiError) -> DeliveryError:
    response = exc.response
    status = int(response.status_code)
    data = response.data if isinstance(response.data, dict) else {}
    code = str(data.get("error") or "")
    detail = ""
    if code.startswith(_NON_JSON_PREFIX):
        # Slack (or a proxy in front of it) answered with an HTML error page during an incident.
        code, detail = "non_json_response", ""
    elif code == "missing_scope" and data.get("needed"):
        detail = f"needs {data['needed']}"
    elif code in ("invalid_blocks", "invalid_arguments") and data.get("errors"):
        detail = "; ".join(str(e) for e in list(data["errors"])[:3])[:300]
    code = code or f"http_{status}"

    if status == 429:
        return DeliveryError(
            code, permanent=False, retry_after=_retry_after(response.headers), method=method, status=status
        )
    if status >= 500 or code in TRANSIENT_ERRORS or code == "non_json_response":
        return DeliveryError(
            code, permanent=False, method=method, status=status, detail=detail, ambiguous=True
        )
    if code in PERMANENT_ERRORS:
        return DeliveryError(code, permanent=True, method=method, status=status, detail=detail)
    # Anything else Slack refuses with a clean answer is about this request; retrying would only
    # repeat the refusal. Unknown codes are logged with the rest so they can be classified.
    return DeliveryError(code, permanent=True, method=method, status=status, detail=detail)


def _retry_after(headers: Mapping[str, Any] | None) -> float | None:
    if not headers:
        return None
    for key, value in headers.items():
        if str(key).lower() == "retry-after":
            raw = value[0] if isinstance(value, list | tuple) and value else value
            try:
                seconds = float(str(raw).strip())
            except ValueError:
                return None
            return seconds if seconds >= 0 else None
    return None
