"""Digest charts: valid PNGs of a fixed size, titled and labelled in USD millions, readable in dark mode."""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import matplotlib.image
import numpy as np
import pytest
from matplotlib.patches import Rectangle

from bot.chart import (
    CARD,
    top_partners_figure,
    top_partners_png,
    value_by_week_figure,
    value_by_week_png,
)
from bot.models import Amount, AmountKind, EventType
from bot.period_digest import DealEvent, weekly_values

END = datetime(2026, 3, 2, 8, tzinfo=UTC)
RATES = {"USD": Decimal(1), "EUR": Decimal("1.08")}


def deals() -> list[DealEvent]:
    return [
        DealEvent(
            id=n,
            wire="globenewswire",
            url=f"https://example.com/{n}",
            title=f"Release {n}",
            when=END - timedelta(days=3 * n + 1),
            events=((EventType.MILESTONE,), (EventType.IND,), (EventType.LICENSING,))[n % 3],
            company=f"Company {n}",
            partners=(f"Partner {n % 4}",),
            amounts=(Amount(Decimal(2_000_000 * (n + 1)), "EUR" if n % 2 else "USD", AmountKind.UPFRONT),),
        )
        for n in range(30)
    ]


def decode(png: bytes) -> np.ndarray:
    """Read the PNG back with matplotlib (a real decoder), as RGBA floats."""
    image = matplotlib.image.imread(io.BytesIO(png), format="png")
    assert isinstance(image, np.ndarray)
    return image


def header_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def hex_colour(pixel: np.ndarray) -> str:
    return "#" + "".join(f"{round(float(c) * 255):02X}" for c in pixel[:3])


def test_the_weekly_value_chart_is_a_titled_png_in_usd_millions() -> None:
    values = weekly_values(deals=deals(), end=END, usd_rates=RATES)
    title = "Disclosed deal value by week — partners"

    png = value_by_week_png(values, title=title)

    assert header_size(png) == (1200, 675)
    image = decode(png)
    assert image.shape == (675, 1200, 4)
    figure = value_by_week_figure(values, title=title)
    axes = figure.axes[0]
    assert axes.get_title(loc="left") == title
    assert axes.get_ylabel() == "Disclosed deal value (USD millions)"
    assert axes.get_xlabel() == "Week starting (UTC)"
    assert [t.get_text() for t in axes.get_xticklabels()][-1] == "Feb 23"
    assert len(axes.get_xticklabels()) == 13  # a quarter of weeks
    legend = axes.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["Milestone", "IND", "Licensing"]


def test_the_stacked_bars_add_up_to_each_weeks_disclosed_value() -> None:
    values = weekly_values(deals=deals(), end=END, usd_rates=RATES)
    figure = value_by_week_figure(values, title="t")
    axes = figure.axes[0]
    heights = [0.0] * 13
    for bar in axes.patches:
        assert isinstance(bar, Rectangle)
        heights[round(bar.get_x() + bar.get_width() / 2)] += bar.get_height()
    expected = [float(sum(series[week] for _, series in values.values)) / 1_000_000 for week in range(13)]
    assert heights == pytest.approx(expected)
    assert sum(expected) > 0


def test_the_chart_has_its_own_opaque_light_card_so_dark_mode_cannot_swallow_it() -> None:
    image = decode(value_by_week_png(weekly_values(deals=deals(), end=END, usd_rates=RATES), title="t"))

    assert float(image[..., 3].min()) == 1.0  # no transparent pixel anywhere
    for corner in (image[0, 0], image[0, -1], image[-1, 0], image[-1, -1]):
        assert hex_colour(corner) == CARD
    assert float(image[..., :3].mean()) > 0.6  # mostly light: dark text on it stays readable


def test_top_partners_chart_names_each_partner_with_its_value() -> None:
    partners = [("Amgen", Decimal(1_250_000_000)), ("Servier", Decimal(6_480_000))]

    png = top_partners_png(partners, title="Top partners by disclosed deal value — bd")

    assert header_size(png) == (1200, 675)
    decode(png)
    axes = top_partners_figure(partners, title="Top partners by disclosed deal value — bd").axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Servier", "Amgen"]
    assert axes.get_xlabel() == "Disclosed deal value (USD millions)"
    assert [t.get_text() for t in axes.texts] == ["$6.5M", "$1.25B"]


@pytest.mark.parametrize(
    "name",
    [
        "$\\frac{1}{0}$ Pharma",  # mathtext that would fail to parse
        "A" * 5000,
        "Evil\u202eCorp\x00 \n\t Inc",
        "",
    ],
)
def test_hostile_names_are_drawn_as_plain_text(name: str) -> None:
    partners = [(name, Decimal(10_000_000))]

    png = top_partners_png(partners, title=f"Top partners — {name}")

    decode(png)
    label = top_partners_figure(partners, title=name).axes[0].get_yticklabels()[0].get_text()
    assert len(label) <= 32
    assert "\n" not in label
    assert "\u202e" not in label


def test_an_empty_quarter_still_draws_a_readable_chart() -> None:
    values = weekly_values(deals=[], end=END, usd_rates=RATES)
    figure = value_by_week_figure(values, title="t")

    assert [t.get_text() for t in figure.axes[0].texts] == ["No deal values disclosed"]
    assert header_size(value_by_week_png(values, title="t")) == (1200, 675)


def test_the_same_data_draws_the_same_bytes() -> None:
    values = weekly_values(deals=deals(), end=END, usd_rates=RATES)
    assert value_by_week_png(values, title="t") == value_by_week_png(values, title="t")
