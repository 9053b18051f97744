"""The HTTP server: Slack's endpoint (in HTTP mode), /healthz and /metrics, on one threaded port."""

from __future__ import annotations

import json
import socketserver
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot import store
from bot.metrics import Heartbeat, Metrics
from bot.slack_app import EVENTS_PATH

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

log = structlog.get_logger("dealwire.server")

# Three missed delivery ticks (5 s each) would be odd; a minute and a half means the scheduler is stuck.
HEARTBEAT_MAX_AGE_SECONDS = 90.0
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are a few kilobytes


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        # Access lines would go to stderr unstructured; requests worth noting are logged by the app.
        return


def _json(status: str, payload: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    body = json.dumps(payload, indent=None, sort_keys=True).encode("utf-8")
    start_response(
        status,
        [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def health(
    *, engine: Engine, heartbeat: Heartbeat, max_age: float = HEARTBEAT_MAX_AGE_SECONDS
) -> dict[str, Any]:
    """Return the health report: database reachable, scheduler ticking, last good poll, failing feeds."""
    report: dict[str, Any] = {}
    database_ok = True
    feeds: list[store.FeedState] = []
    try:
        store.check(engine)
        with store.session_scope(engine) as session:
            feeds = [feed for feed in store.feed_states(session) if feed.active]
        report["database"] = {"reachable": True}
    except (store.StoreUnavailable, SQLAlchemyError) as exc:
        database_ok = False
        report["database"] = {"reachable": False, "error": str(exc)[:300]}
    age = heartbeat.age()
    alive = age <= max_age
    report["scheduler"] = {"alive": alive, "ticked": heartbeat.ticked, "seconds_since_tick": round(age, 1)}
    successes = [feed.last_success_at for feed in feeds if feed.last_success_at is not None]
    report["last_successful_poll"] = _iso(max(successes)) if successes else None
    failing = [
        {
            "name": feed.name,
            "consecutive_errors": feed.consecutive_errors,
            "last_error": (feed.last_error or "")[:300],
        }
        for feed in feeds
        if feed.consecutive_errors
    ]
    report["feeds"] = {"active": len(feeds), "failing": failing}
    # A failing newswire is reported but keeps the bot "healthy": restarting DealWire would not fix it.
    report["status"] = "unhealthy" if not (database_ok and alive) else "degraded" if failing else "ok"
    return report


class _Routes:
    """The WSGI application: dispatch by path."""

    def __init__(
        self, *, engine: Engine, metrics: Metrics, slack: SlackRequestHandler | None, heartbeat_max_age: float
    ) -> None:
        self._engine = engine
        self._metrics = metrics
        self._slack = slack
        self._max_age = heartbeat_max_age

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if path == "/healthz" and method in ("GET", "HEAD"):
            report = health(engine=self._engine, heartbeat=self._metrics.heartbeat, max_age=self._max_age)
            status = "503 Service Unavailable" if report["status"] == "unhealthy" else "200 OK"
            return _json(status, report, start_response)
        if path == "/metrics" and method in ("GET", "HEAD"):
            body = generate_latest(self._metrics.registry)
            start_response(
                "200 OK", [("Content-Type", CONTENT_TYPE_LATEST), ("Content-Length", str(len(body)))]
            )
            return [body]
        if path == EVENTS_PATH and self._slack is not None:
            if method != "POST":
                return _json("405 Method Not Allowed", {"error": "POST only"}, start_response)
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY_BYTES:
                return _json("413 Content Too Large", {"error": "request body too large"}, start_response)
            return self._slack(environ, start_response)
        return _json("404 Not Found", {"error": "not found"}, start_response)


class RunningServer:
    """A server running in a background thread: its port, and stop()."""

    def __init__(self, server: WSGIServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The server's base URL on loopback."""
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop accepting requests, close the socket and wait for the serving thread."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
        log.info("http_server_stopped", port=self.port)


def start_server(
    *,
    engine: Engine,
    metrics: Metrics,
    slack_app: App | None = None,
    port: int,
    host: str = "0.0.0.0",
    heartbeat_max_age: float = HEARTBEAT_MAX_AGE_SECONDS,
) -> RunningServer:
    """Serve /healthz, /metrics and (with a Slack app) /slack/events on host:port in a background thread."""
    metrics.watch_store(engine)
    routes = _Routes(
        engine=engine,
        metrics=metrics,
        slack=SlackRequestHandler(slack_app, path=EVENTS_PATH) if slack_app is not None else None,
        heartbeat_max_age=heartbeat_max_age,
    )
    server = make_server(host, port, routes, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="http-server")
    thread.daemon = True
    thread.start()
    running = RunningServer(server, thread)
    log.info("http_server_started", port=running.port, slack=slack_app is not None)
    return running
