"""What `dealwire run` serves beside the scheduler: the HTTP server and, where configured, the Slack app."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import structlog
from slack_bolt import App
from slack_bolt.adapter.socket_mode.builtin import SocketModeHandler
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.metrics import Metrics
from bot.server import RunningServer, start_server
from bot.services import Services
from bot.slack_app import build_slack_app, start_socket_mode
from config.settings import ConfigError, Settings
from handlers.context import Deps

log = structlog.get_logger("dealwire.edges")


def handler_deps(svc: Services, *, config_source: str) -> Deps:
    """Return what the command handlers need, taken from the running bot's services."""
    config = svc.config
    return Deps(
        engine=svc.engine,
        config_watchlists=tuple(config.watchlist_values()),
        usd_rates=dict(config.rates.usd_per_unit),
        admin_users=frozenset(config.delivery.admin_users),
        clock=svc.clock,
        config_source=config_source or "the configuration file",
        slack=svc.slack,
        rates_as_of=config.rates.as_of,
    )


def _slack_app(settings: Settings, svc: Services, *, config_source: str) -> App | None:
    if not (settings.slack_signing_secret or settings.slack_app_token):
        return None
    if not settings.slack_bot_token:
        log.warning("slack_app_disabled", reason="SLACK_BOT_TOKEN is not set")
        return None
    return build_slack_app(
        deps=handler_deps(svc, config_source=config_source),
        bot_token=settings.slack_bot_token,
        signing_secret=settings.slack_signing_secret,
        api_url=settings.slack_api_url,
        team_id=settings.slack_team_id,
    )


@contextmanager
def serving(*, settings: Settings, svc: Services, config_source: str = "") -> Iterator[RunningServer]:
    """Run the HTTP server (/healthz, /metrics, /slack/events in HTTP mode) and Socket Mode for the block."""
    metrics = svc.metrics or Metrics()
    app = _slack_app(settings, svc, config_source=config_source)
    http_app = app if app is not None and settings.slack_signing_secret else None
    try:
        server = start_server(engine=svc.engine, metrics=metrics, slack_app=http_app, port=settings.port)
    except OSError as exc:
        raise ConfigError(
            source="environment",
            key="DEALWIRE_PORT",
            problem=f"cannot listen on port {settings.port}: {exc.strerror}",
        ) from exc
    socket: SocketModeHandler | None = None
    try:
        if app is not None and settings.slack_app_token:
            try:
                socket = start_socket_mode(app, app_token=settings.slack_app_token)
            except (SlackApiError, SlackClientError, OSError) as exc:
                # Alerts still flow without the slash command; say so loudly rather than stop the bot.
                log.error("slack_socket_mode_unavailable", error=str(exc)[:300])
        yield server
    finally:
        if socket is not None:
            socket.close()  # type: ignore[no-untyped-call]
        server.stop()
