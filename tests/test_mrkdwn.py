"""Escaping, truncation and links for hostile text in Slack mrkdwn."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.mrkdwn import (
    ELLIPSIS,
    clean_url,
    code,
    escape,
    escape_truncated,
    link,
    one_line,
    safe_url,
    strip_controls,
    truncate,
)

CONTROL_SEQUENCES = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123>",
    "<#C1>",
    "<https://evil.example|Amgen>",
)
ENTITY = re.compile(r"&(?:amp|lt|gt);")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("<!channel>", "&lt;!channel&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("<#C1>", "&lt;#C1&gt;"),
        ("<https://evil.example|Amgen>", "&lt;https://evil.example|Amgen&gt;"),
        ("&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"),  # pre-escaped text must not decode into a control
        ("Johnson & Johnson", "Johnson &amp; Johnson"),
        ("*bold* _it_ ~s~ `c`", "*bold* _it_ ~s~ `c`"),
        ("line one\nline two", "line one\nline two"),
    ],
)
def test_escape_encodes_exactly_three_characters(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_escape_drops_control_and_direction_characters() -> None:
    assert escape("Amgen\x00\x07\x1b[31m\x7f\x9b") == "Amgen[31m"
    assert escape("abc\u202edcba\u2066x\u2069") == "abcdcbax"
    assert escape("tab\there\r\nnext") == "tab here\nnext"


@pytest.mark.parametrize("word", ["@channel", "@here", "@everyone", "@Channel"])
def test_broadcast_words_cannot_notify(word: str) -> None:
    escaped = escape(f"attention {word} now")
    assert word not in escaped
    assert word[1:] in escaped  # still readable


@given(st.text())
def test_escaped_text_holds_no_angle_brackets_and_only_our_entities(text: str) -> None:
    escaped = escape(text)
    assert "<" not in escaped
    assert ">" not in escaped
    assert "&" not in ENTITY.sub("", escaped)


def test_strip_controls_and_one_line() -> None:
    assert strip_controls("a\u2028b") == "a\nb"
    assert one_line("  ImmunoGen,\n\tInc.\x00  ") == "ImmunoGen, Inc."


def test_truncate_keeps_short_text() -> None:
    assert truncate("Amgen", 5) == "Amgen"
    assert truncate("", 0) == ""


def test_truncate_cuts_at_a_word_with_an_ellipsis() -> None:
    text = "Active IND for New TAP Compound Triggers $1 Million Payment to ImmunoGen"
    cut = truncate(text, 40)
    assert cut == "Active IND for New TAP Compound…"
    assert len(cut) <= 40


def test_truncate_hard_cuts_one_long_word() -> None:
    assert truncate("x" * 100, 10) == "x" * 9 + ELLIPSIS


@pytest.mark.parametrize(("limit", "expected"), [(0, ""), (-3, ""), (1, ELLIPSIS), (2, "a" + ELLIPSIS)])
def test_truncate_tiny_limits(limit: int, expected: str) -> None:
    assert truncate("ab cd", limit) == expected


@given(st.text(), st.integers(min_value=0, max_value=300))
def test_truncate_never_exceeds_the_limit(text: str, limit: int) -> None:
    cut = truncate(text, limit)
    assert len(cut) <= limit
    if len(text) <= limit:
        assert cut == text
    elif limit > 0:
        assert cut.endswith(ELLIPSIS)


@given(st.text(alphabet="&<> ab", max_size=400), st.integers(min_value=0, max_value=120))
def test_escape_truncated_fits_after_escaping_and_never_splits_an_entity(text: str, limit: int) -> None:
    out = escape_truncated(text, limit)
    assert len(out) <= limit
    assert "&" not in ENTITY.sub("", out)
    assert "<" not in out
    assert ">" not in out


def test_link_is_a_mrkdwn_link_with_an_escaped_label() -> None:
    assert link("https://www.globenewswire.com/a?b=1&c=2", "Read <the> release") == (
        "<https://www.globenewswire.com/a?b=1&amp;c=2|Read &lt;the&gt; release>"
    )


def test_link_encodes_characters_that_would_forge_a_label_or_close_the_link() -> None:
    forged = link("https://good.example/x|Amgen> <!channel>", "Read the release")
    assert forged == "<https://good.example/x%7CAmgen%3E%20%3C!channel%3E|Read the release>"
    assert forged.count("<") == 1
    assert forged.count(">") == 1
    assert forged.count("|") == 1


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,hi",
        "/relative/path",
        "mailto:x@example.com",
        "ftp://x.example/",
        "",
        "https://",
    ],
)
def test_link_refuses_non_http_urls(url: str) -> None:
    assert link(url, "Amgen <b>") == "Amgen &lt;b&gt;"
    assert safe_url(url) is None


def test_clean_url_percent_encodes_without_entities() -> None:
    assert clean_url(" https://x.example/a b?c=<d>&e=`f` ") == "https://x.example/a%20b?c=%3Cd%3E&e=%60f%60"
    assert clean_url("https://x.example/already%20encoded") == "https://x.example/already%20encoded"
    assert clean_url("javascript:alert(1)") is None


def test_link_label_cannot_become_a_link_itself() -> None:
    out = link("https://good.example/", "<https://evil.example|Amgen>")
    assert out == "<https://good.example/|&lt;https://evil.example|Amgen&gt;>"
    # Slack splits at the first "|": the target is still ours.
    assert out[1:].split("|", 1)[0] == "https://good.example/"


@given(st.text(), st.text())
def test_link_always_points_where_it_says(url: str, label: str) -> None:
    out = link("https://good.example/" + url, label)
    assert out.startswith("<https://good.example/")
    assert out.endswith(">")
    target, _, shown = out[1:-1].partition("|")
    assert not set(target) & set("<>| \n")
    assert "<" not in shown
    assert ">" not in shown


def test_bold_around_escaped_text_cannot_forge_a_link() -> None:
    hostile = "x* <https://evil.example|Amgen> *y"
    bold = f"*{escape(hostile)}*"
    assert "<" not in bold
    assert ">" not in bold


def test_code_span_cannot_be_closed_early() -> None:
    assert code("/dealwire explain a`<!channel>`b") == "`/dealwire explain a'&lt;!channel&gt;'b`"
    assert code("") == ""
