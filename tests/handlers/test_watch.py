"""`/dealwire watch …`: every subcommand's normal use and its bad input, through the real server."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import store
from bot.models import EventType, Watchlist
from tests.handlers.conftest import ADMIN, CHANNEL, Harness, HarnessFactory, assert_within_limits, text_of


def stored(harness: Harness) -> dict[str, Watchlist]:
    with store.session_scope(harness.engine) as session:
        return {wl.name: wl for wl in store.load_watchlists(session)}


def test_create_defaults_to_the_channel_where_it_was_typed(harness: Harness) -> None:
    words = text_of(harness.slash("watch create partners"))
    assert "✅ Created watch list *partners* posting to <#C0DEALS>" in words
    assert stored(harness)["partners"].channel == CHANNEL
    assert not stored(harness)["partners"].managed_by_config


def test_create_with_a_channel_slack_escaped(harness: Harness) -> None:
    harness.slash("watch create oncology <#C0ONCO|onc-deals>")
    assert stored(harness)["oncology"].channel == "C0ONCO"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("watch create", "Give the list a name"),
        (
            "watch create config-partners",
            "There is already a watch list *config-partners* (managed by config)",
        ),
        ("watch create bad/name", "cannot be a list name"),
        ("watch create x1 nowhere", '"nowhere" is not a channel'),
    ],
)
def test_create_refuses_bad_input(harness: Harness, text: str, expected: str) -> None:
    words = text_of(harness.slash(text))
    assert "⚠️" in words
    assert expected in words


def test_add_company_ticker_and_keyword(harness: Harness) -> None:
    harness.slash("watch create partners")
    words = text_of(harness.slash("watch add Amgen to partners"))
    assert "✅ Added company *Amgen* to *partners* (<#C0DEALS>). It now follows 1 company" in words
    harness.slash("watch add nasdaq:imgn to partners")
    harness.slash('watch add "gene therapy" to partners')
    harness.slash("watch add keyword:ADC to partners")
    harness.slash("watch add Bristol-Myers Squibb to partners")
    partners = stored(harness)["partners"]
    assert partners.companies == ("Amgen", "Bristol-Myers Squibb")
    assert partners.tickers == ("NASDAQ:IMGN",)
    assert partners.keywords == ("gene therapy", "ADC")


def test_add_to_a_new_list_creates_it_in_this_channel(harness: Harness) -> None:
    words = text_of(harness.slash("watch add Amgen to fresh", channel="C0FRESH"))
    assert "Created watch list *fresh* posting to <#C0FRESH>" in words
    assert stored(harness)["fresh"].companies == ("Amgen",)


def test_add_without_a_list_uses_the_one_list_in_this_channel(harness: Harness) -> None:
    harness.slash("watch create partners")
    harness.slash("watch add Amgen")
    assert stored(harness)["partners"].companies == ("Amgen",)
    harness.slash("watch create second")
    assert "Which watch list? Lists here: partners, second" in text_of(harness.slash("watch add Pfizer"))


def test_add_twice_says_it_is_already_there(harness: Harness) -> None:
    harness.slash("watch add Amgen to partners")
    assert "already on *partners*" in text_of(harness.slash("watch add amgen inc. to partners"))
    assert stored(harness)["partners"].companies == ("Amgen",)


def test_add_escapes_what_it_echoes(harness: Harness) -> None:
    # Slack sends a typed "<b>&" as entities; the reply must not turn them back into markup.
    words = text_of(harness.slash("watch add Foo &lt;b&gt; &amp; Co to partners"))
    assert "Foo &lt;b&gt; &amp; Co" in words
    assert stored(harness)["partners"].companies == ("Foo <b> & Co",)


def test_config_lists_cannot_be_changed_from_slack(harness: Harness) -> None:
    words = text_of(harness.slash("watch add Pfizer to config-partners"))
    assert "managed by config (config/dealwire.toml) and cannot be changed from Slack" in words
    assert "config-partners" not in stored(harness)


def test_remove(harness: Harness) -> None:
    harness.slash("watch add Amgen to partners")
    harness.slash("watch add Pfizer to partners")
    words = text_of(harness.slash("watch remove amgen from partners"))
    assert "✅ Removed company *amgen* from *partners*. It now follows 1 company." in words
    assert stored(harness)["partners"].companies == ("Pfizer",)
    assert "is not on *partners*. It has: Pfizer" in text_of(
        harness.slash("watch remove Novartis from partners")
    )
    assert "There is no watch list *nolist*" in text_of(harness.slash("watch remove Amgen from nolist"))


def test_list_and_show(harness: Harness) -> None:
    harness.slash("watch add Amgen to partners")
    listed = text_of(harness.slash("watch list"))
    assert "*config-partners* → <#C0CONFIG>" in listed
    assert "_managed by config_" in listed
    assert "*partners* → <#C0DEALS> · 1 company · events: all events" in listed
    shown = text_of(harness.slash("watch show PARTNERS"))
    assert "*Companies:* Amgen" in shown
    assert f"Made by <@{ADMIN}>" in shown
    assert "There is no watch list *nope*" in text_of(harness.slash("watch show nope"))


def test_events(harness: Harness) -> None:
    harness.slash("watch create partners")
    assert "now alerts on milestone, ind" in text_of(harness.slash("watch events partners milestone,IND"))
    assert stored(harness)["partners"].events == (EventType.MILESTONE, EventType.IND)
    harness.slash("watch events partners all")
    assert stored(harness)["partners"].events == ()
    words = text_of(harness.slash("watch events partners milestone,merger"))
    assert '"merger" is not an event. Use milestone, ind, licensing or all' in words


def test_min_amounts(harness: Harness) -> None:
    harness.slash("watch create partners")
    assert "at least $5M" in text_of(harness.slash("watch min partners $5M"))
    assert stored(harness)["partners"].min_amount_usd == Decimal(5_000_000)
    assert "€10M (≈ $10.8M)" in text_of(harness.slash("watch min partners €10M"))
    assert stored(harness)["partners"].min_amount_usd == Decimal(10_800_000)
    harness.slash("watch min partners 0")
    assert stored(harness)["partners"].min_amount_usd == 0


def test_min_with_a_bad_amount_shows_the_right_form(harness: Harness) -> None:
    harness.slash("watch create partners")
    words = text_of(harness.slash("watch min partners 5 gazillion"))
    assert '⚠️ "5 gazillion" is not an amount. Try: /dealwire watch min partners $5M' in words
    assert "no exchange rate for CHF" in text_of(harness.slash("watch min partners CHF 5M"))
    assert stored(harness)["partners"].min_amount_usd == 0


def test_channel(harness: Harness) -> None:
    harness.slash("watch create partners")
    assert "now posts to <#C0NEW>" in text_of(harness.slash("watch channel partners <#C0NEW|bd>"))
    assert stored(harness)["partners"].channel == "C0NEW"
    harness.slash("watch channel partners #deal-room")
    assert stored(harness)["partners"].channel == "#deal-room"
    assert "is not a channel" in text_of(harness.slash("watch channel partners <@U123|bob>"))
    assert "Which channel?" in text_of(harness.slash("watch channel partners"))


def test_delete(harness: Harness) -> None:
    harness.slash("watch create partners")
    assert "✅ Deleted watch list *partners*" in text_of(harness.slash("watch delete partners"))
    assert "partners" not in stored(harness)
    assert "There is no watch list" in text_of(harness.slash("watch delete partners"))
    assert "managed by config" in text_of(harness.slash("watch delete config-partners"))


def test_unknown_watch_subcommand(harness: Harness) -> None:
    words = text_of(harness.slash("watch frob"))
    assert '"frob" is not a watch subcommand' in words
    assert "watch add Amgen to partners" in words


def test_share_makes_a_change_visible_to_the_channel(harness: Harness) -> None:
    assert harness.slash("watch create partners --share")["response_type"] == "in_channel"


def test_only_admins_change_lists_when_admins_are_set(make_harness: HarnessFactory) -> None:
    harness = make_harness(admin_users=frozenset({ADMIN}))
    harness.slash("watch create partners", user=ADMIN)
    for text in (
        "watch create theirs",
        "watch add Pfizer to partners",
        "watch remove Amgen from partners",
        "watch events partners ind",
        "watch min partners $1M",
        "watch channel partners #elsewhere",
        "watch delete partners",
        "mute partners 1h",
    ):
        words = text_of(harness.slash(text, user="U0SOMEONE"))
        assert "⛔ Only DealWire admins" in words, text
    after = stored(harness)
    assert set(after) == {"partners"}
    assert after["partners"] == Watchlist(name="partners", channel=CHANNEL, managed_by_config=False)
    # Reading is open to everyone.
    assert "*partners*" in text_of(harness.slash("watch list", user="U0SOMEONE"))
    assert "Amgen" in text_of(harness.slash("watch add Amgen to partners", user=ADMIN))


def test_a_long_watch_list_stays_inside_slack_limits(harness: Harness) -> None:
    for n in range(60):
        harness.slash(f"watch create list-{n:02d}")
    reply = harness.slash("watch list")
    assert_within_limits(reply["blocks"])
    assert "… and 21 more" in text_of(reply)
