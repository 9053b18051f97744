"""One payment printed twice, named vaguely once and by its kind once: the named kind is kept."""

from __future__ import annotations

from decimal import Decimal

from bot.classify import classify
from bot.models import AmountKind, Entry


def test_a_headline_sum_without_its_kind_takes_the_kind_the_story_names() -> None:
    entry = Entry(
        wire="globenewswire",
        native_id="n-1",
        url="https://example.com/n-1",
        title="Weisshorn Bio widens pact with Doré Pharma to cover Japan, pockets €12.5m",
        summary=(
            "Weisshorn Biotherapeutics has amended its licence with Doré Pharma to add Japan to Doré's "
            "territory for an additional €12.5m upfront."
        ),
    )
    amounts = {(a.value, a.currency): a.kind for a in classify(entry).amounts}
    assert amounts == {(Decimal(12_500_000), "EUR"): AmountKind.UPFRONT}


def test_sums_listed_after_one_noun_share_its_kind() -> None:
    entry = Entry(
        wire="globenewswire",
        native_id="n-2",
        url="https://example.com/n-2",
        title="Quenby Therapeutics Achieves Two Development Milestones Under Renmark Collaboration",
        summary="Completion of two studies under the Renmark collaboration earned Quenby milestones of "
        "$10 million and $7.5 million.",
    )
    amounts = {(a.value, a.kind) for a in classify(entry).amounts}
    assert amounts == {
        (Decimal(10_000_000), AmountKind.MILESTONE),
        (Decimal(7_500_000), AmountKind.MILESTONE),
    }
