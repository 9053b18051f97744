"""The fake Slack Web API itself: what many other tests lean on should hold up on its own."""

from __future__ import annotations

import http.client
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from tests.fakes.slack import FakeSlack, block_errors, stable_channel_id

SECTION = {"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}


def call(
    slack: FakeSlack,
    method: str,
    params: dict[str, Any] | None = None,
    *,
    token: str | None = "xoxb-test",
    form: bool = False,
    timeout: float = 5,
) -> tuple[int, dict[str, Any], dict[str, str]]:
    """POST to the fake with urllib; return (status, JSON body, headers)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if form:
        data = urllib.parse.urlencode(
            {k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in (params or {}).items()}
        ).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    else:
        data = json.dumps(params or {}).encode()
        headers["Content-Type"] = "application/json; charset=utf-8"
    request = urllib.request.Request(slack.base_url + method, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read()), dict(response.headers.items())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read()), dict(exc.headers.items())


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def test_base_url_is_loopback_with_a_real_port(slack: FakeSlack) -> None:
    assert slack.base_url == f"http://127.0.0.1:{slack.port}/api/"
    assert slack.port > 0


def test_auth(slack: FakeSlack) -> None:
    assert call(slack, "auth.test")[1]["user_id"] == "U0DEALWIRE"
    assert call(slack, "auth.test", token=None)[1] == {"ok": False, "error": "not_authed"}
    assert call(slack, "auth.test", token="xoxp-user")[1] == {"ok": False, "error": "invalid_auth"}
    assert call(slack, "auth.test", {"token": "xoxb-in-body"}, token=None, form=True)[1]["ok"] is True


def test_a_configured_token_is_the_only_valid_one() -> None:
    with FakeSlack(token="xoxb-right") as slack:
        assert call(slack, "auth.test", token="xoxb-right")[1]["ok"] is True
        assert call(slack, "auth.test", token="xoxb-wrong")[1]["error"] == "invalid_auth"


def test_json_and_form_bodies_are_recorded_alike_and_extra_params_ignored(slack: FakeSlack) -> None:
    params = {"channel": "#deals", "text": "hi", "blocks": [SECTION], "team_id": "T1", "whatever": "x"}
    assert call(slack, "chat.postMessage", params)[1]["ok"] is True
    assert call(slack, "chat.postMessage", params, form=True)[1]["ok"] is True
    as_json, as_form = slack.posts()
    assert as_json["blocks"] == as_form["blocks"] == [SECTION]
    assert as_json["team_id"] == as_form["team_id"] == "T1"


def test_channel_names_map_to_stable_ids(slack: FakeSlack) -> None:
    status, body, _ = call(slack, "chat.postMessage", {"channel": "#Deals", "text": "a"})
    assert status == 200
    assert body["channel"] == stable_channel_id("deals") == slack.channel_id("#deals")
    assert call(slack, "chat.postMessage", {"channel": "deals", "text": "b"})[1]["channel"] == body["channel"]
    assert call(slack, "chat.postMessage", {"channel": "C0ABC", "text": "c"})[1]["channel"] == "C0ABC"
    assert len(slack.posts("#deals")) == 2
    assert len(slack.posts("C0ABC")) == 1


def test_strict_channels_and_channel_errors() -> None:
    with FakeSlack(channels={"#bd": "C0BD"}, strict_channels=True) as slack:
        assert call(slack, "chat.postMessage", {"channel": "#bd", "text": "a"})[1]["channel"] == "C0BD"
        assert (
            call(slack, "chat.postMessage", {"channel": "#missing", "text": "a"})[1]["error"]
            == "channel_not_found"
        )
        assert (
            call(slack, "chat.postMessage", {"channel": "C0NOPE", "text": "a"})[1]["error"]
            == "channel_not_found"
        )
        slack.set_channel_error("#bd", "is_archived")
        assert call(slack, "chat.postMessage", {"channel": "C0BD", "text": "a"})[1]["error"] == "is_archived"
        assert call(slack, "conversations.info", {"channel": "C0BD"})[1]["channel"]["is_archived"] is True
        slack.set_channel_error("#bd", None)
        assert call(slack, "chat.postMessage", {"channel": "C0BD", "text": "a"})[1]["ok"] is True


def test_post_needs_something_to_show(slack: FakeSlack) -> None:
    assert call(slack, "chat.postMessage", {"channel": "#a"})[1]["error"] == "no_text"


def test_ts_increases_even_under_concurrent_posts(slack: FakeSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=slack.base_url)
    results: list[str] = []
    lock = threading.Lock()

    def post() -> None:
        for _ in range(10):
            ts = str(client.chat_postMessage(channel="#a", text="x")["ts"])
            with lock:
                results.append(ts)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 40
    stored = [m["ts"] for m in slack.messages("#a")]
    assert stored == sorted(stored, key=float)
    assert len(stored) == 40
    assert len(slack.calls("chat.postMessage")) == 40


def test_history_is_newest_first_with_metadata_on_request(slack: FakeSlack) -> None:
    channel = slack.channel_id("#a")
    meta = {"event_type": "dealwire_alert", "event_payload": {"alert_id": 1}}
    for n in range(3):
        call(slack, "chat.postMessage", {"channel": channel, "text": f"m{n}", "metadata": meta})
    plain = call(slack, "conversations.history", {"channel": channel})[1]
    assert [m["text"] for m in plain["messages"]] == ["m2", "m1", "m0"]
    assert all("metadata" not in m for m in plain["messages"])
    rich = call(slack, "conversations.history", {"channel": channel, "include_all_metadata": True})[1]
    assert rich["messages"][0]["metadata"] == meta
    page = call(slack, "conversations.history", {"channel": channel, "limit": 2})[1]
    assert page["has_more"] is True
    assert len(page["messages"]) == 2
    rest = call(
        slack,
        "conversations.history",
        {"channel": channel, "cursor": page["response_metadata"]["next_cursor"]},
    )
    assert [m["text"] for m in rest[1]["messages"]] == ["m0"]
    assert call(slack, "conversations.history", {"channel": "#a"})[1]["error"] == "channel_not_found"


def test_history_through_the_sdk_form_encoding(slack: FakeSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=slack.base_url)
    posted = client.chat_postMessage(
        channel="#a", text="x", metadata={"event_type": "e", "event_payload": {"k": "v"}}
    )
    history = client.conversations_history(channel=str(posted["channel"]), include_all_metadata=True)
    assert history["messages"][0]["metadata"]["event_payload"] == {"k": "v"}
    assert client.conversations_info(channel=str(posted["channel"]))["channel"]["name"] == "a"


def test_update_delete_and_replies(slack: FakeSlack) -> None:
    posted = call(slack, "chat.postMessage", {"channel": "#a", "text": "v1"})[1]
    channel, ts = posted["channel"], posted["ts"]
    assert call(slack, "chat.update", {"channel": channel, "ts": ts, "text": "v2"})[1]["ok"] is True
    assert slack.messages(channel)[0]["text"] == "v2"
    reply = call(slack, "chat.postMessage", {"channel": channel, "text": "r", "thread_ts": ts})[1]
    thread = call(slack, "conversations.replies", {"channel": channel, "ts": ts})[1]["messages"]
    assert [m["text"] for m in thread] == ["v2", "r"]
    assert call(slack, "chat.postMessage", {"channel": channel, "text": "r", "thread_ts": "9.9"})[1][
        "error"
    ] == ("thread_not_found")
    history = call(slack, "conversations.history", {"channel": channel})[1]["messages"]
    assert [m["text"] for m in history] == ["v2"]  # replies stay in their thread
    assert call(slack, "chat.delete", {"channel": channel, "ts": reply["ts"]})[1]["ok"] is True
    assert call(slack, "chat.update", {"channel": channel, "ts": reply["ts"], "text": "x"})[1]["error"] == (
        "message_not_found"
    )


def test_fail_next_answers_then_recovers(slack: FakeSlack) -> None:
    slack.fail_next("chat.postMessage", 2, status=429, error="ratelimited", retry_after=3)
    for _ in range(2):
        status, body, headers = call(slack, "chat.postMessage", {"channel": "#a", "text": "x"})
        assert (status, body["error"], headers["Retry-After"]) == (429, "ratelimited", "3")
    assert call(slack, "chat.postMessage", {"channel": "#a", "text": "x"})[0] == 200
    assert [c.status for c in slack.calls()] == [429, 429, 200]
    assert len(slack.posts()) == 1
    slack.fail_next("*", 1)
    assert call(slack, "auth.test")[:2] == (500, {"ok": False, "error": "internal_error"})


def test_rate_limit_mode_uses_the_given_clock() -> None:
    now = [0.0]
    with FakeSlack(clock=lambda: now[0]) as slack:
        slack.rate_limit(per_channel_per_second=0.5)
        assert call(slack, "chat.postMessage", {"channel": "#a", "text": "x"})[0] == 200
        now[0] = 1.2
        status, body, headers = call(slack, "chat.postMessage", {"channel": "#a", "text": "x"})
        assert (status, body["error"], headers["Retry-After"]) == (429, "ratelimited", "1")
        now[0] = 2.0
        assert call(slack, "chat.postMessage", {"channel": "#a", "text": "x"})[0] == 200
        slack.rate_limit(None)
        assert call(slack, "chat.postMessage", {"channel": "#a", "text": "x"})[0] == 200


def test_delay_makes_a_short_timeout_expire(slack: FakeSlack) -> None:
    slack.delay(2.0, method="chat.postMessage")
    assert call(slack, "auth.test", timeout=1)[0] == 200  # other methods are not slowed
    with pytest.raises(TimeoutError):
        call(slack, "chat.postMessage", {"channel": "#a", "text": "x"}, timeout=0.2)


def test_dropped_connections(slack: FakeSlack) -> None:
    slack.drop_connection_next(1)
    with pytest.raises(http.client.RemoteDisconnected):
        call(slack, "chat.postMessage", {"channel": "#a", "text": "lost"})
    assert slack.messages("#a") == []
    slack.drop_connection_next(1, method="chat.postMessage", after_processing=True)
    with pytest.raises(http.client.RemoteDisconnected):
        call(slack, "chat.postMessage", {"channel": "#a", "text": "landed"})
    assert [m["text"] for m in slack.messages("#a")] == ["landed"]  # the client cannot know
    assert [c.dropped for c in slack.calls()] == [True, True]
    assert [p["text"] for p in slack.posts()] == ["landed"]


def test_sdk_sees_errors_as_slack_api_errors(slack: FakeSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=slack.base_url)
    with pytest.raises(SlackApiError) as info:
        client.api_call("no.such.method")
    assert info.value.response["error"] == "unknown_method"


def test_hooks_record_response_url_posts(slack: FakeSlack) -> None:
    url = slack.hook_url("cmd1")
    request = urllib.request.Request(
        url, data=b'{"text": "done"}', headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert json.loads(response.read()) == {"ok": True}
    (hook,) = slack.wait_for("hooks/cmd1")
    assert hook.body == {"text": "done"}


def test_wait_for_returns_when_calls_arrive(slack: FakeSlack) -> None:
    threading.Timer(0.1, lambda: call(slack, "auth.test")).start()
    assert len(slack.wait_for("auth.test", timeout=5)) == 1
    assert slack.wait_for("chat.update", timeout=0.05) == []


@pytest.mark.parametrize(
    ("blocks", "complaint"),
    [
        ([SECTION] * 51, "no more than 50 items"),
        ([{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}], "less than 3001 characters"),
        ([{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}], "less than 151 characters"),
        ([{"type": "header", "text": {"type": "mrkdwn", "text": "x"}}], "must be plain_text"),
        ([{"type": "section", "text": {"type": "plain_text", "text": "x", "verbatim": True}}], "verbatim"),
        ([{"type": "section", "fields": [{"type": "mrkdwn", "text": "x"}] * 11}], "1 to 10 items"),
        ([{"type": "context", "elements": [{"type": "mrkdwn", "text": "x"}] * 11}], "1 to 10 items"),
        ([{"type": "section", "text": {"type": "mrkdwn", "text": ""}}], "more than 0 characters"),
        ([{"type": "bogus"}], "unsupported type"),
        (
            [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}, "colour": "red"}],
            "additional property",
        ),
    ],
)
def test_block_kit_checks(slack: FakeSlack, blocks: list[dict[str, Any]], complaint: str) -> None:
    assert any(complaint in e for e in block_errors(blocks))
    body = call(slack, "chat.postMessage", {"channel": "#a", "text": "x", "blocks": blocks})[1]
    assert body["error"] == "invalid_blocks"
    assert any(complaint in e for e in body["errors"])


def test_too_much_block_text_in_total(slack: FakeSlack) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 2500}}] * 5
    assert block_errors(blocks) == []
    assert call(slack, "chat.postMessage", {"channel": "#a", "text": "x", "blocks": blocks})[1]["error"] == (
        "msg_blocks_too_long"
    )
