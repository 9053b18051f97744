"""Draw the README's example digest chart from made-up sample deals, and print the digest beside it.

Run: `uv run --frozen python -m bench.sample_chart` (writes docs/digest-chart.png; `--output FILE`
writes elsewhere). The deals are invented and seeded, so the same picture comes out every time.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from bot.chart import value_by_week_png
from bot.models import Amount, AmountKind, EventType
from bot.period_digest import (
    DealEvent,
    digest_console,
    more_footer,
    period_stats,
    render_period_digest,
    weekly_values,
)

ROOT = Path(__file__).resolve().parent.parent
END = datetime(2026, 3, 2, 8, tzinfo=UTC)  # a Monday, 08:00 UTC
RATES = {"USD": Decimal(1), "EUR": Decimal("1.08"), "GBP": Decimal("1.25"), "JPY": Decimal("0.0067")}
COMPANIES = (
    "Northwind Therapeutics",
    "Example Bio",
    "Contoso Pharma",
    "Fabrikam Biosciences",
    "Tailspin Oncology",
    "Litware Genomics",
)
PARTNERS = ("Amgen", "Servier", "Pfizer", "Novartis", "Takeda", "Roche")


def sample_deals(seed: int = 7) -> list[DealEvent]:
    """Thirteen weeks of invented deal events: milestones, INDs and licences in four currencies."""
    rng = random.Random(seed)
    deals: list[DealEvent] = []
    for n in range(160):
        when = END - timedelta(hours=rng.uniform(1, 13 * 7 * 24))
        event = rng.choice((EventType.MILESTONE, EventType.MILESTONE, EventType.IND, EventType.LICENSING))
        currency = rng.choice(("USD", "USD", "USD", "EUR", "GBP", "JPY"))
        scale = Decimal(150) if currency == "JPY" else Decimal(1)
        amounts: tuple[Amount, ...]
        if event is EventType.LICENSING:
            amounts = (
                Amount(Decimal(rng.randrange(10, 120)) * 1_000_000 * scale, currency, AmountKind.UPFRONT),
                Amount(
                    Decimal(rng.randrange(200, 1800)) * 1_000_000 * scale,
                    currency,
                    AmountKind.TOTAL,
                    "",
                    True,
                ),
            )
        elif event is EventType.MILESTONE:
            amounts = (
                Amount(Decimal(rng.randrange(1, 60)) * 1_000_000 * scale, currency, AmountKind.MILESTONE),
            )
        else:
            amounts = () if rng.random() < 0.6 else (Amount(Decimal(5_000_000), "USD", AmountKind.MILESTONE),)
        deals.append(
            DealEvent(
                id=n + 1,
                wire=rng.choice(("globenewswire", "prnewswire", "businesswire")),
                url=f"https://www.example.com/news-release/{n + 1}",
                title=f"Sample release {n + 1}",
                when=when,
                events=(event,),
                company=rng.choice(COMPANIES),
                partners=(rng.choice(PARTNERS),),
                amounts=amounts,
            )
        )
    return deals


def main(argv: list[str]) -> int:
    """Write the sample chart and print the sample digest as Slack would receive it (mrkdwn)."""
    output = (
        Path(argv[argv.index("--output") + 1]) if "--output" in argv else ROOT / "docs" / "digest-chart.png"
    )
    deals = sample_deals()
    values = weekly_values(deals=deals, end=END, usd_rates=RATES)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(value_by_week_png(values, title="Disclosed deal value by week — bd-partners"))
    stats = period_stats(
        deals=deals, watchlist="bd-partners", start=END - timedelta(days=7), end=END, usd_rates=RATES
    )
    message = render_period_digest(
        stats,
        rates_note="USD at the configured rates of Mar 1, 2026",
        footer=more_footer(stats=stats, command="/dealwire"),
    )
    print(digest_console(message))
    print(f"\nchart written to {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
