"""Digest charts as PNG bytes: disclosed deal value by week and event, or the period's top partners.

Drawn with matplotlib's Agg canvas on a Figure of its own (no pyplot state, so safe in the scheduler's
threads). The picture carries its own light card background and mid-tone colours, so it reads the
same in Slack's light and dark themes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bot.models import EventType
from bot.mrkdwn import one_line, truncate
from bot.period_digest import WeeklyValues

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.5, 150  # 1200 × 675 px: sharp in Slack's preview, small to upload
CARD = "#F3F4F6"  # light grey card: never transparent, so dark mode shows a card, not vanishing text
INK = "#1F2933"
MUTED = "#52606D"
GRID = "#CBD2D9"
COLOURS = {
    EventType.MILESTONE: "#3E7CB1",  # steel blue
    EventType.IND: "#C9733A",  # burnt orange
    EventType.LICENSING: "#4F9A6B",  # sage green
}
EVENT_NAMES = {EventType.MILESTONE: "Milestone", EventType.IND: "IND", EventType.LICENSING: "Licensing"}
LABEL_LIMIT = 32
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MILLION = Decimal(1_000_000)


def plain(text: str, limit: int = LABEL_LIMIT) -> str:
    """Return feed text fit for a chart label: one line, cut at a word; the caller turns math parsing off."""
    return truncate(one_line(text), limit)


def _figure(title: str) -> tuple[Figure, Axes]:
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=CARD)
    axes = figure.add_subplot()
    axes.set_facecolor(CARD)
    axes.set_title(plain(title, 90), loc="left", color=INK, fontsize=13, fontweight="bold", parse_math=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(MUTED)
    axes.tick_params(colors=MUTED, labelcolor=INK, labelsize=9)
    return figure, axes


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    # Metadata pinned so the same data draws the same bytes (the README's example stays stable).
    figure.savefig(buffer, format="png", facecolor=CARD, metadata={"Software": None})
    return buffer.getvalue()


def _millions(value: float, _position: object) -> str:
    return f"{value:,.0f}" if value >= 10 or value == 0 else f"{value:,.1f}"


def _usd_label(millions: float) -> str:
    if millions >= 1000:
        return f"${millions / 1000:,.2f}B"
    return f"${millions:,.1f}M" if millions < 10 else f"${millions:,.0f}M"


def value_by_week_png(values: WeeklyValues, *, title: str) -> bytes:
    """Return a stacked bar chart (PNG) of disclosed deal value per week, in USD millions, by event."""
    return _png(value_by_week_figure(values, title=title))


def value_by_week_figure(values: WeeklyValues, *, title: str) -> Figure:
    """Return the figure value_by_week_png draws: stacked bars per week and event, USD millions."""
    figure, axes = _figure(title)
    positions = list(range(len(values.week_starts)))
    bottoms = [0.0] * len(positions)
    for event, series in values.values:
        heights = [float(value / MILLION) for value in series]
        axes.bar(
            positions,
            heights,
            bottom=bottoms,
            color=COLOURS[event],
            label=EVENT_NAMES[event],
            width=0.72,
            edgecolor=CARD,
            linewidth=0.6,
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    labels = [f"{_MONTHS[start.month - 1]} {start.day}" for start in values.week_starts]
    axes.set_xticks(positions, labels, rotation=45, ha="right")
    axes.set_xlabel("Week starting (UTC)", color=INK, fontsize=10)
    axes.set_ylabel("Disclosed deal value (USD millions)", color=INK, fontsize=10)
    axes.yaxis.set_major_formatter(FuncFormatter(_millions))
    axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], min_n_ticks=3))
    axes.grid(axis="y", color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    if max(bottoms, default=0.0) <= 0:
        axes.set_ylim(0, 1)
        axes.text(
            0.5, 0.5, "No deal values disclosed", transform=axes.transAxes,
            ha="center", va="center", color=MUTED, fontsize=11,
        )  # fmt: skip
    # Beside the plot, so it never covers a week's bar or the title.
    legend = axes.legend(
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=9,
        labelcolor=INK,
        title="Event",
        alignment="left",
    )
    legend.get_title().set_color(INK)
    legend.get_title().set_fontsize(9)
    figure.tight_layout()
    return figure


def top_partners_png(partners: Sequence[tuple[str, Decimal]], *, title: str) -> bytes:
    """Return a horizontal bar chart (PNG) of the partners with the most disclosed value, in USD millions."""
    return _png(top_partners_figure(partners, title=title))


def top_partners_figure(partners: Sequence[tuple[str, Decimal]], *, title: str) -> Figure:
    """Return the figure top_partners_png draws: one bar per partner, USD millions."""
    figure, axes = _figure(title)
    names = [plain(name) for name, _ in partners][::-1]
    values = [float(value / MILLION) for _, value in partners][::-1]
    positions = list(range(len(names)))
    bars = axes.barh(positions, values, color=COLOURS[EventType.LICENSING], height=0.6)
    axes.bar_label(bars, labels=[_usd_label(v) for v in values], padding=4, color=INK, fontsize=9)
    axes.set_ylim(-0.6, max(len(names), 5) - 0.4)  # a lone partner gets a bar, not a wall
    axes.set_xlim(0, max(values, default=1.0) * 1.15 or 1.0)
    axes.set_yticks(positions, names, parse_math=False)
    axes.set_xlabel("Disclosed deal value (USD millions)", color=INK, fontsize=10)
    axes.set_ylabel("Partner", color=INK, fontsize=10)
    axes.xaxis.set_major_formatter(FuncFormatter(_millions))
    axes.grid(axis="x", color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    if not partners:
        axes.text(
            0.5, 0.5, "No deal values disclosed", transform=axes.transAxes,
            ha="center", va="center", color=MUTED, fontsize=11,
        )  # fmt: skip
    figure.tight_layout()
    return figure
