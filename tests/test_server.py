"""The HTTP server on loopback: Slack's signed endpoint, /healthz and /metrics."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from bot.edges import serving
from bot.metrics import Metrics
from bot.server import start_server
from bot.services import Services
from bot.slack_app import FOREIGN_TEAM_MESSAGE, ReplayGuard
from config.settings import AppConfig, Settings
from tests.fakes.slack import FakeSlack
from tests.handlers.conftest import Harness, running_app, text_of


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    sqlite = store.make_engine(f"sqlite:///{tmp_path / 'dealwire.db'}")
    store.migrate(sqlite)
    yield sqlite
    sqlite.dispose()


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as running:
        yield running


@pytest.fixture
def app(engine: Engine, fake: FakeSlack) -> Iterator[Harness]:
    with running_app(engine=engine, fake=fake) as harness:
        yield harness


def lists(engine: Engine) -> set[str]:
    with store.session_scope(engine) as session:
        return {wl.name for wl in store.load_watchlists(session)}


def test_a_command_is_acknowledged_at_once_and_answered_through_response_url(app: Harness) -> None:
    response, hook = app.send("watch create partners")
    assert response.status_code == 200
    assert response.content == b""  # the ack: nothing shown until the answer arrives
    assert "Created watch list *partners*" in text_of(app.answer(hook))
    assert lists(app.engine) == {"partners"}


@pytest.mark.parametrize("case", ["unsigned", "wrong secret", "tampered body", "stale", "from the future"])
def test_requests_slack_did_not_sign_get_401_and_change_nothing(app: Harness, case: str) -> None:
    form, hook = app.command_form("watch create intruders")
    now = int(time.time())
    headers = {
        "unsigned": {},
        "wrong secret": {**app.headers(form), "X-Slack-Signature": "v0=" + "0" * 64},
        "tampered body": app.headers(form.replace("intruders", "other")),
        "stale": app.headers(form, timestamp=now - 301),
        "from the future": app.headers(form, timestamp=now + 600),
    }[case]
    response = app.post(form, headers, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 401
    assert app.fake.wait_for(f"hooks/{hook}", timeout=0.3) == []
    assert lists(app.engine) == set()


def test_a_replayed_request_gets_401_and_changes_nothing(app: Harness) -> None:
    form, hook = app.command_form("watch create replayed")
    headers = app.headers(form)
    assert app.post(form, headers, content_type="application/x-www-form-urlencoded").status_code == 200
    app.answer(hook)
    app.slash("watch delete replayed")
    again = app.post(form, headers, content_type="application/x-www-form-urlencoded")
    assert again.status_code == 401
    assert len(app.fake.wait_for(f"hooks/{hook}", count=2, timeout=0.3)) == 1
    assert lists(app.engine) == set()


def test_replay_guard_forgets_after_the_window() -> None:
    now = [0.0]
    guard = ReplayGuard(window_seconds=300, clock=lambda: now[0])
    assert guard.first_time(timestamp="1", signature="a")
    assert not guard.first_time(timestamp="1", signature="a")
    assert guard.first_time(timestamp="1", signature="b")
    now[0] = 301.0
    assert guard.first_time(timestamp="1", signature="a")


def test_another_workspace_is_refused(app: Harness) -> None:
    reply = app.slash("watch create foreign", team="T0OTHER")
    assert reply["text"] == FOREIGN_TEAM_MESSAGE
    assert lists(app.engine) == set()


def test_a_configured_team_needs_no_auth_test(engine: Engine, fake: FakeSlack) -> None:
    with running_app(engine=engine, fake=fake, team_id="T0MINE") as app:
        assert "Created" in text_of(app.slash("watch create mine", team="T0MINE"))
        assert app.slash("watch create yours", team="T0FAKE")["text"] == FOREIGN_TEAM_MESSAGE
    assert fake.calls("auth.test") == []
    assert lists(engine) == {"mine"}


def test_a_crash_is_logged_and_the_user_told_in_words(app: Harness) -> None:
    with app.engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE watchlist"))
    words = text_of(app.slash("watch list"))
    assert "⚠️ DealWire's database is not answering right now" in words
    assert "reference" in words
    assert "Traceback" not in words


def test_health_and_metrics_respond(app: Harness) -> None:
    health = app.client.get(app.server.url + "/healthz")
    assert health.status_code == 200
    report = health.json()
    assert report["status"] == "ok"
    assert report["database"] == {"reachable": True}
    assert report["scheduler"]["alive"] is True
    metrics = app.client.get(app.server.url + "/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    assert "dealwire_store_up 1.0" in metrics.text


def test_other_paths_and_methods(app: Harness) -> None:
    assert app.client.get(app.server.url + "/nope").status_code == 404
    assert app.client.get(app.events_url).status_code == 405
    big = "x" * 1_000_001
    assert app.post(big, app.headers(big), content_type="application/json").status_code == 413


def test_health_is_503_when_the_scheduler_stops_ticking(engine: Engine) -> None:
    now = [0.0]
    metrics = Metrics(clock=lambda: now[0])
    server = start_server(engine=engine, metrics=metrics, port=0, host="127.0.0.1", heartbeat_max_age=90)
    try:
        with httpx.Client() as client:
            metrics.beat()
            now[0] = 60.0
            assert client.get(server.url + "/healthz").status_code == 200
            now[0] = 200.0
            report = client.get(server.url + "/healthz")
            assert report.status_code == 503
            assert report.json()["scheduler"] == {"alive": False, "ticked": True, "seconds_since_tick": 200.0}
            metrics.beat()
            assert client.get(server.url + "/healthz").status_code == 200
    finally:
        server.stop()


def test_health_is_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    broken = sa.create_engine(f"sqlite:///{tmp_path / 'missing' / 'dealwire.db'}")
    server = start_server(engine=broken, metrics=Metrics(), port=0, host="127.0.0.1")
    try:
        response = httpx.get(server.url + "/healthz")
        assert response.status_code == 503
        assert response.json()["database"]["reachable"] is False
        assert "dealwire_store_up 0.0" in httpx.get(server.url + "/metrics").text
    finally:
        server.stop()


def test_dealwire_run_serves_health_and_metrics_without_slack(engine: Engine) -> None:
    svc = Services(engine=engine, http=httpx.Client(), config=AppConfig(), metrics=Metrics())
    settings = Settings(DEALWIRE_PORT=0)
    with serving(settings=settings, svc=svc) as server:
        assert httpx.get(server.url + "/healthz").status_code == 200
        assert httpx.get(server.url + "/metrics").status_code == 200
        assert httpx.post(server.url + "/slack/events", content=b"{}").status_code == 404
    svc.http.close()


def test_a_signing_secret_without_a_bot_token_serves_no_slack_endpoint(engine: Engine) -> None:
    svc = Services(engine=engine, http=httpx.Client(), config=AppConfig(), metrics=Metrics())
    settings = Settings(DEALWIRE_PORT=0, SLACK_SIGNING_SECRET="s3cret")
    with serving(settings=settings, svc=svc) as server:
        assert httpx.post(server.url + "/slack/events", content=b"{}").status_code == 404
    svc.http.close()


def test_dealwire_run_serves_slack_in_http_mode(engine: Engine, fake: FakeSlack) -> None:
    svc = Services(engine=engine, http=httpx.Client(), config=AppConfig(), metrics=Metrics())
    settings = Settings(
        DEALWIRE_PORT=0,
        SLACK_SIGNING_SECRET="s3cret",
        SLACK_BOT_TOKEN="xoxb-test",
        DEALWIRE_SLACK_API_URL=fake.base_url,
    )
    with serving(settings=settings, svc=svc) as server:
        unsigned = httpx.post(server.url + "/slack/events", content=b"command=%2Fdealwire&text=help")
        assert unsigned.status_code == 401
    svc.http.close()


def test_socket_mode_that_cannot_connect_leaves_the_rest_running(engine: Engine, fake: FakeSlack) -> None:
    svc = Services(engine=engine, http=httpx.Client(), config=AppConfig(), metrics=Metrics())
    settings = Settings(
        DEALWIRE_PORT=0,
        SLACK_APP_TOKEN="xapp-test",
        SLACK_BOT_TOKEN="xoxb-test",
        DEALWIRE_SLACK_API_URL=fake.base_url,
    )
    with serving(settings=settings, svc=svc) as server:
        assert [call.method for call in fake.calls()] == ["apps.connections.open"]
        assert httpx.get(server.url + "/healthz").status_code == 200
        # Socket Mode only: no HTTP endpoint for Slack.
        assert httpx.post(server.url + "/slack/events", content=b"{}").status_code == 404
    svc.http.close()
