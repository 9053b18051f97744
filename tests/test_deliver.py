"""Delivering alerts through the real slack_sdk WebClient to a fake Slack on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from urllib.error import URLError

import pytest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler

from bot.deliver import (
    DeliveryError,
    Posted,
    delivered_markers,
    find_alert,
    make_slack_client,
    post_alert,
    post_text,
    post_thread_reply,
    resolve_channel,
    update_alert,
)
from bot.render import SlackMessage, render_alert
from tests.fakes.slack import FakeSlack
from tests.test_render import SEED

MESSAGE = SlackMessage(
    text="ImmunoGen earns $1.0M milestone from Amgen",
    blocks=({"type": "section", "text": {"type": "mrkdwn", "text": "*ImmunoGen*", "verbatim": True}},),
)


class ManualClock:
    """A clock the test moves by hand, for the fake's rate limiter."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def client(slack: FakeSlack) -> WebClient:
    return make_slack_client(token="xoxb-test", base_url=slack.base_url, timeout=5)


def test_post_alert_sends_text_and_blocks_without_unfurls(slack: FakeSlack, client: WebClient) -> None:
    posted = post_alert(client, channel="#bd-alerts", message=MESSAGE)
    assert posted == Posted(channel_id=slack.channel_id("#bd-alerts"), ts=posted.ts)
    assert posted.channel_id.startswith("C")
    (body,) = slack.posts("#bd-alerts")
    assert body["channel"] == "#bd-alerts"
    assert body["text"] == MESSAGE.text
    assert body["blocks"] == list(MESSAGE.blocks)
    assert body["unfurl_links"] is False
    assert body["unfurl_media"] is False
    assert "metadata" not in body
    call = slack.calls("chat.postMessage")[0]
    assert call.headers["authorization"] == "Bearer xoxb-test"


def test_each_post_gets_a_later_ts(client: WebClient) -> None:
    first = post_alert(client, channel="C0PARTNERS", message=MESSAGE)
    second = post_alert(client, channel="C0PARTNERS", message=MESSAGE)
    assert first.channel_id == second.channel_id == "C0PARTNERS"
    assert float(second.ts) > float(first.ts)


def test_the_rendered_seed_alert_is_accepted(slack: FakeSlack, client: WebClient) -> None:
    # The fake checks Block Kit structure and limits the way Slack does.
    post_alert(client, channel="#bd-alerts", message=render_alert(SEED))
    assert len(slack.posts()) == 1


def test_metadata_travels_as_slack_message_metadata(slack: FakeSlack, client: WebClient) -> None:
    posted = post_alert(
        client,
        channel="#bd",
        message=MESSAGE,
        metadata={"alert_id": 42, "entry_id": "e1", "usd": Decimal("1.5")},
    )
    assert slack.posts()[0]["metadata"] == {
        "event_type": "dealwire_alert",
        "event_payload": {"alert_id": 42, "entry_id": "e1", "usd": "1.5"},
    }
    assert find_alert(client, channel_id=posted.channel_id, match={"alert_id": 42}) == posted
    assert find_alert(client, channel_id=posted.channel_id, match={"alert_id": 43}) is None


def test_rate_limit_answer_is_temporary_with_retry_after(slack: FakeSlack, client: WebClient) -> None:
    slack.fail_next("chat.postMessage", 1, status=429, error="ratelimited", retry_after=7)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=MESSAGE)
    error = info.value
    assert (error.error, error.permanent, error.retry_after, error.status) == ("ratelimited", False, 7.0, 429)
    assert not error.ambiguous
    assert "\n" not in str(error)
    assert "retry after 7s" in str(error)
    assert slack.posts() == []
    post_alert(client, channel="#bd", message=MESSAGE)  # the next attempt goes through
    assert len(slack.posts()) == 1


def test_posting_faster_than_a_channel_allows_is_rate_limited() -> None:
    clock = ManualClock()
    with FakeSlack(clock=clock) as slack:
        slack.rate_limit(per_channel_per_second=1.0)
        client = make_slack_client(token="xoxb-test", base_url=slack.base_url, timeout=5)
        post_alert(client, channel="#bd", message=MESSAGE)
        post_alert(client, channel="#other", message=MESSAGE)  # another channel has its own allowance
        with pytest.raises(DeliveryError) as info:
            post_alert(client, channel="#bd", message=MESSAGE)
        assert info.value.retry_after == 1.0
        assert not info.value.permanent
        clock.now += 1.0
        post_alert(client, channel="#bd", message=MESSAGE)
        assert len(slack.posts("#bd")) == 2


@pytest.mark.parametrize(
    ("status", "error"), [(500, "internal_error"), (503, "service_unavailable"), (200, "fatal_error")]
)
def test_server_trouble_is_temporary(slack: FakeSlack, client: WebClient, status: int, error: str) -> None:
    slack.fail_next("chat.postMessage", 1, status=status, error=error)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=MESSAGE)
    assert (info.value.error, info.value.permanent, info.value.retry_after) == (error, False, None)
    assert info.value.ambiguous
    # No hidden retries: the outbox decides when to try again.
    assert len(slack.calls("chat.postMessage")) == 1


@pytest.mark.parametrize(
    "error",
    [
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "token_revoked",
        "missing_scope",
    ],
)
def test_refusals_are_permanent(slack: FakeSlack, client: WebClient, error: str) -> None:
    slack.set_channel_error("#missing", error)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#missing", message=MESSAGE)
    assert (info.value.error, info.value.permanent) == (error, True)
    assert str(info.value) == f"chat.postMessage failed: {error}, permanent"


def test_unknown_channel_in_a_strict_workspace_is_permanent() -> None:
    with FakeSlack(channels={"#bd": "C0BD"}, strict_channels=True) as slack:
        client = make_slack_client(token="xoxb-test", base_url=slack.base_url)
        assert post_alert(client, channel="#bd", message=MESSAGE).channel_id == "C0BD"
        with pytest.raises(DeliveryError) as info:
            post_alert(client, channel="#missing", message=MESSAGE)
        assert (info.value.error, info.value.permanent) == ("channel_not_found", True)


def test_a_bad_token_is_permanent(slack: FakeSlack) -> None:
    client = make_slack_client(token="xoxp-not-a-bot", base_url=slack.base_url)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=MESSAGE)
    assert (info.value.error, info.value.permanent) == ("invalid_auth", True)
    assert "xoxp" not in str(info.value)


def test_blocks_slack_would_refuse_are_permanent_with_the_reason(slack: FakeSlack, client: WebClient) -> None:
    too_long = SlackMessage(
        text="x", blocks=({"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}},)
    )
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=too_long)
    assert (info.value.error, info.value.permanent) == ("invalid_blocks", True)
    assert "must be less than 3001 characters" in str(info.value)


def test_a_connection_lost_while_waiting_is_temporary_and_ambiguous(
    slack: FakeSlack, client: WebClient
) -> None:
    slack.drop_connection_next(1)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=MESSAGE)
    error = info.value
    assert (error.error, error.permanent, error.ambiguous) == ("connection_error", False, True)
    assert "may have acted" in str(error)
    # The client does not resend on its own: the request may have been acted on.
    assert len(slack.calls("chat.postMessage")) == 1
    assert slack.posts() == []


def test_an_ambiguous_failure_can_be_resolved_from_channel_history(
    slack: FakeSlack, client: WebClient
) -> None:
    channel_id = slack.channel_id("#bd")
    slack.drop_connection_next(1, after_processing=True)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel=channel_id, message=MESSAGE, metadata={"alert_id": 7})
    assert info.value.ambiguous
    found = find_alert(client, channel_id=channel_id, match={"alert_id": 7})
    assert found is not None
    assert [m["ts"] for m in slack.messages(channel_id)] == [found.ts]


def test_a_slow_slack_is_an_ambiguous_timeout(slack: FakeSlack) -> None:
    client = make_slack_client(token="xoxb-test", base_url=slack.base_url, timeout=0.3)
    slack.delay(3.0)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=MESSAGE)
    assert (info.value.error, info.value.permanent, info.value.ambiguous) == ("timeout", False, True)


def test_nothing_listening_is_retried_once_then_a_clear_connection_error() -> None:
    with FakeSlack() as slack:
        base_url = slack.base_url
    client = make_slack_client(token="xoxb-test", base_url=base_url, timeout=2)
    with pytest.raises(DeliveryError) as info:
        post_alert(client, channel="#bd", message=MESSAGE)
    # Refused before anything was sent: Slack cannot have acted, so a retry is always safe.
    assert (info.value.error, info.value.permanent, info.value.ambiguous) == (
        "connection_error",
        False,
        False,
    )


def test_update_alert_replaces_text_and_blocks(slack: FakeSlack, client: WebClient) -> None:
    posted = post_alert(client, channel="#bd", message=MESSAGE, metadata={"alert_id": 1})
    corrected = SlackMessage(
        text="Corrected", blocks=({"type": "section", "text": {"type": "mrkdwn", "text": "*Corrected*"}},)
    )
    update_alert(client, channel_id=posted.channel_id, ts=posted.ts, message=corrected)
    (message,) = slack.messages(posted.channel_id)
    assert message["ts"] == posted.ts
    assert message["text"] == "Corrected"
    assert message["blocks"] == list(corrected.blocks)
    assert message["metadata"]["event_payload"] == {"alert_id": 1}  # kept when not resent
    assert "edited" in message


def test_update_alert_needs_the_channel_id_and_an_existing_message(
    slack: FakeSlack, client: WebClient
) -> None:
    posted = post_alert(client, channel="#bd", message=MESSAGE)
    with pytest.raises(DeliveryError) as by_name:
        update_alert(client, channel_id="#bd", ts=posted.ts, message=MESSAGE)
    assert (by_name.value.error, by_name.value.permanent) == ("channel_not_found", True)
    with pytest.raises(DeliveryError) as missing:
        update_alert(client, channel_id=posted.channel_id, ts="1.000001", message=MESSAGE)
    assert (missing.value.error, missing.value.permanent) == ("message_not_found", True)


def test_thread_reply_lands_under_the_alert(slack: FakeSlack, client: WebClient) -> None:
    posted = post_alert(client, channel="#bd", message=MESSAGE)
    reply = post_thread_reply(client, channel_id=posted.channel_id, thread_ts=posted.ts, text="Updated terms")
    assert reply.channel_id == posted.channel_id
    assert reply.ts != posted.ts
    body = slack.posts()[-1]
    assert body["thread_ts"] == posted.ts
    assert body["unfurl_links"] is False
    assert body["unfurl_media"] is False
    parent, child = slack.messages(posted.channel_id)
    assert parent["reply_count"] == 1
    assert child["thread_ts"] == posted.ts
    with pytest.raises(DeliveryError) as info:
        post_thread_reply(client, channel_id=posted.channel_id, thread_ts=reply.ts, text="to a reply")
    assert info.value.permanent


def test_client_retries_only_connection_failures() -> None:
    client = make_slack_client(token="xoxb-test")
    (handler,) = client.retry_handlers
    assert isinstance(handler, ConnectionErrorRetryHandler)
    assert handler.error_types_to_do_retries == [URLError]
    assert client.base_url == "https://slack.com/api/"


def test_delivered_markers_read_metadata_from_history_and_threads(
    slack: FakeSlack, client: WebClient
) -> None:
    channel_id = slack.channel_id("#bd")
    first = post_alert(client, channel="#bd", message=MESSAGE, metadata={"marker": "alert:1", "alert_id": 1})
    post_alert(client, channel="#bd", message=MESSAGE)  # someone else's message, no marker
    post_alert(client, channel="#bd", message=MESSAGE, metadata={"marker": "digest:k", "alert_ids": [2, 3]})
    reply = post_thread_reply(
        client, channel_id=channel_id, thread_ts=first.ts, text="Updated", metadata={"marker": "alert:9"}
    )
    markers = delivered_markers(client, channel_id=channel_id)
    assert set(markers) == {"alert:1", "digest:k"}  # replies are not in the channel's history
    assert markers["alert:1"] == first.ts
    # A thread is read with its parent, as Slack returns it.
    assert delivered_markers(client, channel_id=channel_id, thread_ts=first.ts) == {
        "alert:1": first.ts,
        "alert:9": reply.ts,
    }
    # Only messages since `oldest` are read.
    assert delivered_markers(client, channel_id=channel_id, oldest=float(first.ts) + 0.0000005) == {
        "digest:k": markers["digest:k"]
    }
    assert slack.calls("conversations.history")[0].body["include_all_metadata"] in (True, "true", "1")


def test_delivered_markers_page_through_a_busy_channel(slack: FakeSlack, client: WebClient) -> None:
    channel_id = slack.channel_id("#busy")
    for n in range(450):
        post_alert(client, channel="#busy", message=MESSAGE, metadata={"marker": f"alert:{n}"})
    markers = delivered_markers(client, channel_id=channel_id)
    assert len(markers) == 450
    assert len(slack.calls("conversations.history")) == 3


def test_a_channel_name_resolves_to_its_id(slack: FakeSlack, client: WebClient) -> None:
    slack.add_channel("#bd-alerts", "C0BDALERTS")
    assert resolve_channel(client, name="#bd-alerts") == "C0BDALERTS"
    assert resolve_channel(client, name="BD-Alerts") == "C0BDALERTS"
    assert resolve_channel(client, name="#nowhere") is None


def test_a_short_note_is_posted_without_unfurls(slack: FakeSlack, client: WebClient) -> None:
    posted = post_text(client, channel="#admin", text="⚠️ DealWire cannot post to #gone")
    (body,) = slack.posts("#admin")
    assert (body["text"], body["unfurl_links"], body["unfurl_media"]) == (
        "⚠️ DealWire cannot post to #gone",
        False,
        False,
    )
    assert posted.channel_id == slack.channel_id("#admin")
