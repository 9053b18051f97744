"""The Slack app edge: a Bolt App (HTTP mode or Socket Mode) that answers /dealwire and App Home."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import cast

import structlog
from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.socket_mode.builtin import SocketModeHandler
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler

from handlers import register
from handlers.context import Deps

log = structlog.get_logger("dealwire.slack")

EVENTS_PATH = "/slack/events"
# Slack's replay window is five minutes either side; a little slack covers clock skew.
REPLAY_WINDOW_SECONDS = 300 + 60
MAX_REMEMBERED = 100_000
FOREIGN_TEAM_MESSAGE = "DealWire is not set up for this workspace."


class ReplayGuard:
    """Remembers each signed request (timestamp and signature) for the replay window and refuses repeats."""

    def __init__(
        self,
        *,
        window_seconds: float = REPLAY_WINDOW_SECONDS,
        max_remembered: int = MAX_REMEMBERED,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._window = window_seconds
        self._max = max_remembered
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str]] = set()
        self._order: deque[tuple[float, tuple[str, str]]] = deque()

    def first_time(self, *, timestamp: str, signature: str) -> bool:
        """Record the request; return False if the same one was seen within the window."""
        key = (timestamp, signature)
        now = self._clock()
        with self._lock:
            while self._order and (self._order[0][0] <= now or len(self._order) > self._max):
                _, old = self._order.popleft()
                self._seen.discard(old)
            if key in self._seen:
                return False
            self._seen.add(key)
            self._order.append((now + self._window, key))
            return True


def _replay_middleware(guard: ReplayGuard) -> Callable[..., BoltResponse]:
    """Bolt middleware run after the signature check: a second delivery of a signed request gets 401."""

    def refuse_replays(req: BoltRequest, resp: BoltResponse, next_: Callable[[], None]) -> BoltResponse:
        if req.mode == "socket_mode":
            next_()
            return resp
        timestamp = req.headers.get("x-slack-request-timestamp", [""])[0]
        signature = req.headers.get("x-slack-signature", [""])[0]
        if not guard.first_time(timestamp=timestamp, signature=signature):
            log.warning("slack_request_replayed", timestamp=timestamp)
            return BoltResponse(status=401, body={"error": "invalid request"})
        next_()
        return resp

    return refuse_replays


def _authorizer(
    *, client: WebClient, bot_token: str, team_id: str | None
) -> Callable[..., AuthorizeResult | None]:
    """Authorize requests from our own workspace only: the configured team, else auth.test's on first use."""
    lock = threading.Lock()
    known: list[AuthorizeResult] = []
    if team_id:
        known.append(AuthorizeResult(enterprise_id=None, team_id=team_id, bot_token=bot_token))

    def own() -> AuthorizeResult:
        with lock:
            if not known:
                response = client.auth_test(token=bot_token)
                known.append(
                    AuthorizeResult.from_auth_test_response(auth_test_response=response, bot_token=bot_token)
                )
                log.info("slack_team_identified", team=known[0].team_id, bot_user=known[0].bot_user_id)
            return known[0]

    def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult | None:
        ours = own()
        if team_id != ours.team_id:
            log.warning("slack_foreign_team_refused", team=team_id, enterprise=enterprise_id)
            return None
        return ours

    return authorize


def build_slack_app(
    *,
    deps: Deps,
    bot_token: str,
    signing_secret: str = "",
    api_url: str | None = None,
    team_id: str | None = None,
    replay_guard: ReplayGuard | None = None,
) -> App:
    """Return the Bolt app with every listener registered; makes no Slack call until a request arrives."""
    client = WebClient(
        base_url=api_url or WebClient.BASE_URL,
        timeout=15,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1)],
    )
    app = App(
        name="dealwire",
        logger=logging.getLogger("slack_bolt"),
        signing_secret=signing_secret,
        client=client,
        # A custom authorize instead of token=: no auth.test while building, and other teams refused.
        # Bolt treats a None result as "not installed here", though its annotation says otherwise.
        authorize=cast(
            Callable[..., AuthorizeResult], _authorizer(client=client, bot_token=bot_token, team_id=team_id)
        ),
        before_authorize=_replay_middleware(replay_guard or ReplayGuard()),
        user_facing_authorize_error_message=FOREIGN_TEAM_MESSAGE,
        process_before_response=False,
    )
    register(app, deps=deps)
    return app


def start_socket_mode(app: App, *, app_token: str) -> SocketModeHandler:
    """Connect the app to Slack over Socket Mode in background threads; close() the handler to stop."""
    handler = SocketModeHandler(app, app_token=app_token)
    try:
        handler.connect()  # type: ignore[no-untyped-call]
    except (SlackApiError, SlackClientError, OSError):
        handler.close()  # type: ignore[no-untyped-call]  # its threads would outlive the failure
        raise
    log.info("slack_socket_mode_connected")
    return handler
