"""Rendering alerts: the seed alert, hostile feed text, and Block Kit limits on absurd input."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence
from bot.render import AlertView, SlackMessage, ordered_events, render_alert, render_console, wire_name
from tests.fakes.slack import block_errors

SEED_URL = (
    "https://www.globenewswire.com/news-release/2011/11/03/236923/0/en/"
    "ImmunoGen-Inc-Earns-Milestone-From-Amgen-With-IND-Achievement.html"
)
SEED_ENTRY = Entry(
    wire="globenewswire",
    native_id="236923",
    url=SEED_URL,
    title="ImmunoGen, Inc. Earns Milestone From Amgen With IND Achievement",
    summary="Active IND for New TAP Compound Triggers $1 Million Payment to ImmunoGen",
    published=datetime(2011, 11, 3, 14, 5, tzinfo=UTC),
    issuer="ImmunoGen, Inc.",
    categories=("Nasdaq:IMGN",),
)
SEED_CLASSIFICATION = Classification(
    events=(EventType.MILESTONE, EventType.IND),
    company="ImmunoGen",
    partners=("Amgen",),
    tickers=("NASDAQ:IMGN",),
    amounts=(Amount(Decimal(1_000_000), "USD", AmountKind.MILESTONE, text="$1 million milestone payment"),),
    evidence=(
        Evidence(
            EventType.MILESTONE,
            "milestone.triggered",
            "Active IND for New TAP Compound Triggers $1 Million Payment to ImmunoGen",
        ),
        Evidence(
            EventType.IND,
            "ind.active",
            "An Investigational New Drug (IND) application Amgen submitted for a novel anticancer compound "
            "that utilizes ImmunoGen's TAP technology is now active.",
        ),
    ),
)
SEED = AlertView(
    entry=SEED_ENTRY,
    classification=SEED_CLASSIFICATION,
    watchlist="partners",
    reason="company Amgen is a partner",
)
HOSTILE = ("<!channel>", "<!here>", "<@U123>", "<#C999>", "<https://evil.example|Amgen>", "<!subteam^S1>")

# Slack's documented limits, checked independently of the renderer's own budgets.
MAX_BLOCKS, SECTION_TEXT, FIELDS, FIELD_TEXT, HEADER_TEXT, CONTEXT_ELEMENTS = 50, 3000, 10, 2000, 150, 10
MESSAGE_BUDGET = 12_000


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "text" and isinstance(inner, str):
                yield inner
            else:
                yield from _texts(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _texts(inner)


def _mrkdwn_texts(message: SlackMessage) -> list[str]:
    return [message.text, *_texts(list(message.blocks))]


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def assert_within_slack_limits(message: SlackMessage) -> None:
    blocks = list(message.blocks)
    json.dumps(blocks)  # serialisable
    assert block_errors(blocks) == []
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "header":
            assert _utf16(block["text"]["text"]) <= HEADER_TEXT
        if block["type"] == "section":
            if "text" in block:
                assert _utf16(block["text"]["text"]) <= SECTION_TEXT
            fields = block.get("fields", [])
            assert len(fields) <= FIELDS
            assert all(_utf16(f["text"]) <= FIELD_TEXT for f in fields)
        if block["type"] == "context":
            assert len(block["elements"]) <= CONTEXT_ELEMENTS
    assert sum(_utf16(t) for t in _texts(blocks)) < MESSAGE_BUDGET
    assert 0 < _utf16(message.text) < 4000


def assert_only_our_links(message: SlackMessage, *, url_prefix: str = "https://") -> None:
    """Every "<" in the message opens one of our links; nothing can mention, notify or disguise."""
    for text in _mrkdwn_texts(message):
        for match in re.finditer(r"<([^>]*)>?", text):
            inner = match.group(1)
            assert match.group(0).endswith(">"), text
            target, sep, _label = inner.partition("|")
            assert sep, f"bare control sequence {match.group(0)!r}"
            assert target.startswith(url_prefix), f"link to {target!r}"
            assert not set(target) & set(" <>|")


# ---------------------------------------------------------------------------------------------
# The seed alert


def test_seed_alert_reads_like_the_sketch() -> None:
    message = render_alert(SEED)
    blocks = list(message.blocks)
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "💰 Milestone · 🧪 IND — partners", "emoji": True},
    }
    headline = blocks[1]["text"]["text"]
    assert headline.startswith("*ImmunoGen (NASDAQ:IMGN) earns $1.0M milestone from Amgen*")
    fields = {f["text"].split("\n")[0]: f["text"].split("\n", 1)[1] for f in blocks[2]["fields"]}
    assert fields == {
        "*Amount*": "$1.0M milestone",
        "*Partner*": "Amgen",
        "*Ticker*": "NASDAQ:IMGN",
        "*Events*": "Milestone payment, IND active",
        "*Published*": "Nov 3, 2011 14:05 UTC",
    }
    quote = blocks[3]["text"]["text"]
    assert quote.startswith(">“Active IND for New TAP Compound Triggers $1 Million Payment to ImmunoGen”")
    context = " ".join(e["text"] for e in blocks[4]["elements"])
    assert context.startswith(f"GlobeNewswire · <{SEED_URL}|Read the release ↗>")
    assert "Why this alert? company Amgen is a partner" in context
    assert f"`/dealwire explain {SEED_URL}`" in context
    assert_within_slack_limits(message)
    assert_only_our_links(message)


def test_seed_alert_fallback_text_says_what_who_how_much_and_where() -> None:
    text = render_alert(SEED).text
    for expected in ("ImmunoGen", "Milestone", "IND", "$1.0M milestone", "Amgen", f"<{SEED_URL}|"):
        assert expected in text
    assert "\n" not in text


def test_every_mrkdwn_object_is_verbatim_so_slack_adds_no_links_or_mentions() -> None:
    message = render_alert(SEED)
    objects = [o for o in _walk(list(message.blocks)) if isinstance(o, dict) and o.get("type") == "mrkdwn"]
    assert objects
    assert all(o.get("verbatim") is True for o in objects)


def _walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for inner in value.values():
            yield from _walk(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _walk(inner)


def test_console_alert_is_plain_and_complete() -> None:
    out = render_console(SEED)
    lines = out.splitlines()
    assert lines[0] == "💰 Milestone · 🧪 IND — partners"
    assert lines[1] == "ImmunoGen (NASDAQ:IMGN) earns $1.0M milestone from Amgen"
    for expected in (
        "$1.0M milestone",
        "Amgen",
        "NASDAQ:IMGN",
        "Nov 3, 2011 14:05 UTC",
        SEED_URL,
        "GlobeNewswire",
    ):
        assert expected in out
    assert "*" not in out
    assert "<" not in out
    assert "&amp;" not in out


def test_console_drops_terminal_escape_sequences() -> None:
    view = replace(SEED, entry=replace(SEED_ENTRY, title="Evil \x1b[2J\x1b]0;pwned\x07 title \u202eeulav"))
    out = render_console(replace(view, classification=replace(SEED_CLASSIFICATION, company=None)))
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\u202e" not in out
    assert "Evil [2J]0;pwned title eulav" in out


# ---------------------------------------------------------------------------------------------
# Headlines from the extraction


def _view(**changes: Any) -> AlertView:
    return replace(SEED, classification=replace(SEED_CLASSIFICATION, **changes))


def test_headline_falls_back_to_the_wire_title_when_extraction_is_thin() -> None:
    message = render_alert(_view(company=None))
    assert message.blocks[1]["text"]["text"] == f"*{SEED_ENTRY.title}*"


def test_milestone_paid_by_the_company() -> None:
    view = replace(
        _view(company="Servier", partners=("Galapagos",), tickers=()),
        entry=replace(SEED_ENTRY, title="Servier pays milestone to Galapagos", summary=""),
    )
    assert render_console(view).splitlines()[1] == "Servier pays $1.0M milestone to Galapagos"


def test_ind_status_is_named() -> None:
    evidence = (Evidence(EventType.IND, "ind.cleared", "The FDA cleared the IND for EX-101."),)
    view = replace(
        _view(
            events=(EventType.IND,),
            company="Example Bio",
            partners=(),
            tickers=(),
            amounts=(),
            evidence=evidence,
        ),
        entry=replace(SEED_ENTRY, title="Example Bio Announces FDA Clearance of IND for EX-101", summary=""),
    )
    out = render_console(view)
    assert out.splitlines()[:2] == ["🧪 IND — partners", "Example Bio: IND cleared"]
    hold = Evidence(EventType.IND, "ind.hold", "The FDA placed the IND on clinical hold.")
    held = replace(view, classification=replace(view.classification, evidence=(hold,)))
    held = replace(held, entry=replace(view.entry, title="Example Bio update"))
    assert render_console(held).splitlines()[1] == "Example Bio: IND on clinical hold"


def test_licensing_headline_with_terms_and_usd_equivalents() -> None:
    amounts = (
        Amount(Decimal(400_000_000), "USD", AmountKind.UPFRONT),
        Amount(Decimal(850_000_000), "USD", AmountKind.POTENTIAL),
        Amount(Decimal(1_250_000_000), "USD", AmountKind.TOTAL, upper_bound=True),
        Amount(Decimal(20_000_000), "EUR", AmountKind.EQUITY),
        Amount(Decimal(9_000_000), "CHF", AmountKind.OTHER),
    )
    evidence = (
        Evidence(EventType.LICENSING, "licensing.grant", "Kyowa Kirin grants Amgen rights to KHK4083."),
    )
    view = replace(
        _view(
            events=(EventType.LICENSING,),
            company="Kyowa Kirin",
            partners=("Amgen",),
            tickers=(),
            amounts=amounts,
            evidence=evidence,
        ),
        entry=replace(SEED_ENTRY, title="Kyowa Kirin and Amgen Announce Collaboration", summary=""),
        usd_rates={"EUR": Decimal("1.08")},
    )
    message = render_alert(view)
    assert message.blocks[1]["text"]["text"].startswith(
        "*Kyowa Kirin licenses rights to Amgen — $400M upfront, up to $850M potential*"
    )
    amounts_field = message.blocks[2]["fields"][0]["text"]
    assert amounts_field.startswith("*Amounts*\n$400M upfront\n€20M equity  _≈ $21.6M_\nCHF 9M other\n")
    assert "CHF 9M other  _" not in amounts_field  # no rate, no equivalent
    assert amounts_field.endswith("up to $850M potential\ntotal up to $1.25B")


def test_header_follows_the_watch_lists_event_order() -> None:
    view = replace(SEED, event_order=(EventType.IND, EventType.MILESTONE))
    assert render_alert(view).blocks[0]["text"]["text"].startswith("🧪 IND · 💰 Milestone")
    assert render_console(view).splitlines()[1].startswith("ImmunoGen (NASDAQ:IMGN): IND now active")


@pytest.mark.parametrize(
    ("wire", "shown"),
    [
        ("prnewswire", "PR Newswire"),
        ("businesswire", "Business Wire"),
        ("sec", "SEC EDGAR"),
        ("", "globenewswire.com"),
    ],
)
def test_wire_names(wire: str, shown: str) -> None:
    message = render_alert(replace(SEED, entry=replace(SEED_ENTRY, wire=wire)))
    assert message.blocks[-1]["elements"][0]["text"].startswith(f"{shown} · ")


def test_a_non_http_link_is_not_linked() -> None:
    message = render_alert(replace(SEED, entry=replace(SEED_ENTRY, url="javascript:alert(1)")))
    assert "javascript" not in json.dumps(list(message.blocks)) + message.text
    assert "Read the release" not in message.text


def test_unknown_publication_time_and_naive_times() -> None:
    none = render_console(replace(SEED, entry=replace(SEED_ENTRY, published=None)))
    assert "Published" not in none
    naive = render_console(replace(SEED, entry=replace(SEED_ENTRY, published=datetime(2011, 11, 3, 14, 5))))
    assert "Nov 3, 2011 14:05 UTC" in naive


def test_a_bad_currency_does_not_lose_the_alert() -> None:
    view = _view(amounts=(Amount(Decimal(5), "<!channel>", AmountKind.OTHER),))
    message = render_alert(view)
    assert_only_our_links(message)
    assert_within_slack_limits(message)


def test_alert_view_is_hashable_despite_the_rates_mapping() -> None:
    assert hash(replace(SEED, usd_rates={"EUR": Decimal(1)})) == hash(SEED)


# ---------------------------------------------------------------------------------------------
# Hostile feed text


HOSTILE_TITLE = (
    "<!channel> ImmunoGen earns $1 million from <https://evil.example|Amgen> <@U123> & <#C999> *bold* `x`"
)


def _hostile_view() -> AlertView:
    entry = replace(
        SEED_ENTRY,
        title=HOSTILE_TITLE,
        summary="Payment from Amgen <!here>",
        url=SEED_URL + "?q=<!channel>|Amgen>",
        native_id="<!channel>`id`",
        issuer="<@U123>",
    )
    classification = replace(
        SEED_CLASSIFICATION,
        company="Evil <!channel> & Co *bold*",
        partners=("<https://evil.example|Amgen>", "<@U123>", "Johnson & Johnson"),
        tickers=("NASDAQ:<!here>",),
        evidence=(
            Evidence(
                EventType.MILESTONE, "<!channel>", "It <!here> paid <https://evil.example|Amgen> & more."
            ),
        ),
    )
    return AlertView(
        entry=entry,
        classification=classification,
        watchlist="<!channel> list",
        reason="company <@U123> is a partner",
    )


@pytest.mark.parametrize("company", [None, "Evil <!channel> & Co *bold*"])
def test_hostile_text_appears_only_escaped(company: str | None) -> None:
    view = _hostile_view()
    view = replace(view, classification=replace(view.classification, company=company))
    message = render_alert(view)
    everything = json.dumps(list(message.blocks), ensure_ascii=False) + message.text
    for control in HOSTILE:
        assert control not in everything
    assert "&lt;!channel&gt;" in everything
    assert "&lt;https://evil.example|Amgen&gt;" in everything
    assert "Johnson &amp; Johnson" in everything
    assert_only_our_links(message, url_prefix=SEED_URL)
    assert_within_slack_limits(message)


def test_hostile_link_target_is_neutralised() -> None:
    message = render_alert(_hostile_view())
    context = message.blocks[-1]["elements"][0]["text"]
    assert f"<{SEED_URL}?q=%3C!channel%3E%7CAmgen%3E|Read the release ↗>" in context


def test_explain_shows_the_release_url_in_its_encoded_form() -> None:
    why = render_alert(_hostile_view()).blocks[-1]["elements"][1]["text"]
    assert why.endswith(f"`/dealwire explain {SEED_URL}?q=%3C!channel%3E%7CAmgen%3E`")


def test_explain_command_cannot_be_broken_out_of() -> None:
    view = replace(_hostile_view(), explain_ref="abc` <!channel> `")
    why = render_alert(view).blocks[-1]["elements"][1]["text"]
    assert why.count("`") == 2
    assert "&lt;!channel&gt;" in why


def test_watch_list_name_in_the_plain_text_header_is_inert() -> None:
    header = render_alert(_hostile_view()).blocks[0]
    assert header["text"]["type"] == "plain_text"  # Slack does not parse plain_text for mentions
    assert header["text"]["text"].endswith("— ‹!channel› list")


# ---------------------------------------------------------------------------------------------
# Limits


def test_absurd_input_stays_inside_block_kit_limits() -> None:
    megabyte = "word & <b> " * 100_000
    entry = replace(
        SEED_ENTRY,
        title=megabyte,
        summary=megabyte,
        url="https://example.com/" + "a" * 5000,
        native_id=megabyte,
    )
    classification = Classification(
        events=(EventType.MILESTONE, EventType.IND, EventType.LICENSING),
        company="C" * 100_000,
        partners=tuple(f"Partner & {n}" for n in range(10_000)),
        tickers=tuple(f"NASDAQ:T{n}" for n in range(5_000)),
        amounts=tuple(Amount(Decimal(n * 1_000_000), "EUR", AmountKind.POTENTIAL) for n in range(1, 5_000)),
        evidence=tuple(Evidence(EventType.MILESTONE, "r", megabyte) for _ in range(200)),
    )
    view = AlertView(
        entry=entry,
        classification=classification,
        watchlist="W" * 10_000,
        reason=megabyte,
        usd_rates={"EUR": Decimal("1.1")},
    )
    message = render_alert(view)
    assert_within_slack_limits(message)
    assert_only_our_links(message)
    partners = message.blocks[2]["fields"][1]["text"]
    assert partners.endswith("and 9,992 more")
    assert len(render_console(view)) < 20_000


def test_a_single_megabyte_evidence_sentence_is_cut_at_a_word() -> None:
    sentence = "This event triggers a milestone payment. " * 25_000
    message = render_alert(_view(evidence=(Evidence(EventType.MILESTONE, "r", sentence),)))
    quote = message.blocks[3]["text"]["text"]
    assert quote.endswith("…”")
    assert len(quote) < 400
    assert quote[-3] != " "


hostile_text = st.lists(
    st.sampled_from(
        [*"<>&|@!#*_~`:/ \n\tabcUCS123.\u202e\x1b", "<!channel>", "<@U1>", "https://", "&amp;", "@here"]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(
    title=hostile_text,
    company=st.none() | hostile_text,
    partners=st.lists(hostile_text, max_size=20),
    evidence=hostile_text,
    reason=hostile_text,
    url_tail=hostile_text,
)
def test_any_feed_text_renders_safely(
    title: str, company: str | None, partners: list[str], evidence: str, reason: str, url_tail: str
) -> None:
    view = AlertView(
        entry=replace(SEED_ENTRY, title=title, url="https://example.com/" + url_tail, native_id=title),
        classification=replace(
            SEED_CLASSIFICATION,
            company=company,
            partners=tuple(partners),
            evidence=(Evidence(EventType.MILESTONE, "r", evidence),),
        ),
        watchlist="partners",
        reason=reason,
    )
    message = render_alert(view)
    assert_only_our_links(message, url_prefix="https://example.com/")
    assert_within_slack_limits(message)
    out = render_console(view)
    assert "\x1b" not in out
    assert "\u202e" not in out


def test_the_wire_is_named_from_the_wire_else_the_host_else_the_feed() -> None:
    assert wire_name(SEED_ENTRY) == "GlobeNewswire"
    other = replace(SEED_ENTRY, wire="", url="https://www.biospace.example/news/1")
    assert wire_name(other) == "biospace.example"
    assert wire_name(replace(other, url="not a url", feed="my-feed")) == "my-feed"
    assert wire_name(replace(other, url="", feed="")) == "Newswire"


def test_events_come_in_the_watch_lists_order_then_dealwires() -> None:
    assert ordered_events(SEED) == [EventType.MILESTONE, EventType.IND]
    assert ordered_events(replace(SEED, event_order=(EventType.IND,))) == [EventType.IND, EventType.MILESTONE]
