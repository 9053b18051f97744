"""App Home: app_home_opened publishes the user's watch lists and the latest alerts."""

from __future__ import annotations

from typing import Any

from bot.models import RouteMatch, Watchlist
from handlers.home import home_view
from tests.handlers.conftest import (
    ADMIN,
    Harness,
    HarnessFactory,
    assert_within_limits,
    store_many,
    store_release,
)


def _published_view(harness: Harness, user: str = ADMIN) -> dict[str, Any]:
    response = harness.event({"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home"})
    assert response.status_code == 200
    calls = harness.fake.wait_for("views.publish")
    assert calls, "App Home was not published"
    body = calls[-1].body
    assert body["user_id"] == user
    view: dict[str, Any] = body["view"]
    return view


def _words(view: dict[str, Any]) -> str:
    return "\n".join(str(block.get("text", {}).get("text", "")) for block in view["blocks"])


def test_opening_home_publishes_lists_and_alerts(harness: Harness) -> None:
    harness.slash("watch create mine")
    harness.slash("watch create theirs", user="U0OTHER")
    store_release(
        harness.engine, "a", title="Amgen pays a milestone", matches=(RouteMatch("mine", "C0DEALS", "x"),)
    )
    view = _published_view(harness)
    assert view["type"] == "home"
    words = _words(view)
    assert "*Watch lists* (3)" in words
    assert words.index("*mine*") < words.index("*config-partners*") < words.index("*theirs*")
    assert "*mine* → <#C0DEALS>" in words
    assert "_yours_" in words
    assert "Amgen pays a milestone" in words
    assert "→ *mine* <#C0DEALS> · queued" in words


def test_messages_tab_is_ignored(harness: Harness) -> None:
    response = harness.event(
        {"type": "app_home_opened", "user": ADMIN, "channel": "D0HOME", "tab": "messages"}
    )
    assert response.status_code == 200
    assert harness.fake.wait_for("views.publish", timeout=0.5) == []


def test_empty_home_says_how_to_start(make_harness: HarnessFactory) -> None:
    harness = make_harness(config_watchlists=())
    words = _words(_published_view(harness))
    assert "None yet. Start one with `/dealwire watch create partners #deal-alerts`." in words
    assert "No alerts yet." in words


def test_many_lists_and_500_alerts_stay_inside_home_limits(make_harness: HarnessFactory) -> None:
    lists = tuple(
        Watchlist(name=f"list-{n:03d}", channel="C0MANY", companies=("<b>&" * 300,)) for n in range(150)
    )
    harness = make_harness(config_watchlists=lists)
    store_many(harness.engine, 500)
    view = home_view(user_id=ADMIN, deps=harness.deps)
    assert_within_limits(view["blocks"], max_blocks=100, budget=100_000)
    assert "… and 110 more" in str(view["blocks"])
    assert len(_published_view(harness)["blocks"]) <= 100
