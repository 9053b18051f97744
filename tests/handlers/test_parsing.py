"""Reading the command text: quotes, Slack's escapes, options and durations."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from handlers.context import UsageError
from handlers.parsing import Token, channel_ref, parse, parse_duration, tokenize


def test_words_quotes_and_slack_references() -> None:
    tokens = tokenize(
        "add “gene therapy” <#C0123|deals> <@U42|ann> <https://x.example/a?b=1&amp;c=2|x> AT&amp;T"
    )
    assert tokens == [
        Token("add"),
        Token("gene therapy", quoted=True),
        Token("#deals", channel="C0123"),
        Token("@ann", user="U42"),
        Token("https://x.example/a?b=1&c=2", url="https://x.example/a?b=1&c=2"),
        Token("AT&T"),
    ]


def test_apostrophes_do_not_quote() -> None:
    assert [t.text for t in tokenize("add L'Oréal to beauty")] == ["add", "L'Oréal", "to", "beauty"]


def test_special_mentions_are_inert_words() -> None:
    assert tokenize("<!here>") == [Token("here")]


def test_options_are_taken_out_of_the_words() -> None:
    args = parse("recent milestone Amgen --days 30 --share")
    assert args.texts() == ["recent", "milestone", "Amgen"]
    assert args.days == 30
    assert args.share


@pytest.mark.parametrize("text", ["recent --days=3", "recent —days 3", "recent –days 3"])
def test_days_spellings(text: str) -> None:
    assert parse(text).days == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("recent --days", "--days needs a whole number of days from 1 to 365"),
        ("recent --days 0", 'not "0"'),
        ("recent --days 400", "from 1 to 365"),
        ("recent --days soon", 'not "soon"'),
        ("recent --since 3", '"--since" is not an option. Options: --days N, --share'),
        ('search "open', "A quote is not closed"),
    ],
)
def test_bad_options(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        parse(text)


def test_a_quoted_option_is_a_word() -> None:
    assert parse('search "--share"').texts() == ["search", "--share"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("30m", timedelta(minutes=30)),
        ("2h", timedelta(hours=2)),
        ("3d", timedelta(days=3)),
        ("1w", timedelta(weeks=1)),
        ("1h30m", timedelta(minutes=90)),
        ("2 hours", timedelta(hours=2)),
        ("45min", timedelta(minutes=45)),
    ],
)
def test_durations(text: str, span: timedelta) -> None:
    assert parse_duration(text) == span


@pytest.mark.parametrize("text", ["", "soon", "2", "3y", "0m", "60w", "2h soon"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(UsageError):
        parse_duration(text)


def test_channels() -> None:
    assert channel_ref(Token("#deals", channel="C0123")) == "C0123"
    assert channel_ref(Token("#deal-room")) == "#deal-room"
    assert channel_ref(Token("G0PRIVATE")) == "G0PRIVATE"
    with pytest.raises(UsageError, match="is not a channel"):
        channel_ref(Token("deals"))
    with pytest.raises(UsageError, match="is not a channel"):
        channel_ref(Token("#x", channel="not-an-id"))
