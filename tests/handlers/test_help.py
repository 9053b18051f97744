"""`/dealwire help`, an empty command and unknown subcommands, through the real server."""

from __future__ import annotations

from handlers import SUBCOMMANDS
from tests.handlers.conftest import Harness, assert_within_limits, text_of


def test_help_lists_every_subcommand_with_an_example(harness: Harness) -> None:
    reply = harness.slash("help")
    words = text_of(reply)
    for name in SUBCOMMANDS:
        assert f"/dealwire {name}" in words, name
    assert "/dealwire watch add Amgen to partners" in words
    assert reply["response_type"] == "ephemeral"
    assert_within_limits(reply["blocks"])


def test_an_empty_command_shows_help(harness: Harness) -> None:
    assert "/dealwire recent" in text_of(harness.slash(""))


def test_share_posts_help_to_the_channel(harness: Harness) -> None:
    assert harness.slash("help --share")["response_type"] == "in_channel"


def test_an_unknown_subcommand_gets_a_short_usage_not_an_error(harness: Harness) -> None:
    reply = harness.slash("frobnicate the deals")
    words = text_of(reply)
    assert "I don't know `frobnicate`" in words
    assert "/dealwire help" in words
    assert "Traceback" not in words
    assert "went wrong" not in words
    assert reply["response_type"] == "ephemeral"


def test_a_bad_option_says_what_is_wrong(harness: Harness) -> None:
    words = text_of(harness.slash("recent --dayz 3"))
    assert "⚠️" in words
    assert "--dayz" in words
    assert "--days N" in words


def test_an_unclosed_quote_says_so(harness: Harness) -> None:
    assert "quote is not closed" in text_of(harness.slash('search "gene therapy'))
