"""Throughput of classify + extract on the labelled corpus, beside the keyword baseline, and worst cases.

Run: `uv run --frozen python -m bench.classify`. Prints items per second on one core for the corpus
repeated to at least 10,000 items, and the slowest time per item over hostile inputs (empty, 1 MB of
text, binary junk, other languages, pathological strings for the rule patterns), so catastrophic
backtracking would show up as a figure. Figures are printed, not asserted.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.classify import baseline, classify
from bot.models import Classification, Entry

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TARGET_ITEMS = 10_000


def _entries() -> list[Entry]:
    """The corpus entries (dev and seed), or a small built-in set when the corpus is absent."""
    entries: list[Entry] = []
    for name in ("dev.jsonl", "seed.jsonl"):
        path = CORPUS / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                o = json.loads(line)
                entries.append(
                    Entry(
                        wire="",
                        native_id=o["id"],
                        url="",
                        title=o["title"],
                        summary=o["summary"],
                        body=o["body"],
                        published=datetime.fromisoformat(o["published"]).replace(tzinfo=UTC),
                    )
                )
    if not entries:
        entries.append(
            Entry(
                wire="",
                native_id="x",
                url="",
                title="Acme Bio earns $5 million milestone from Pfizer",
                body=(
                    "Acme Bio, Inc. (Nasdaq: ACME) today announced it earned a $5 million milestone payment."
                ),
            )
        )
    return entries


def _hostile() -> dict[str, Entry]:
    """Inputs chosen to be slow or strange."""
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(200_000)).decode("latin-1")
    words = [
        "milestone",
        "IND",
        "licence",
        "license",
        "option",
        "rights",
        "payment",
        "upfront",
        "Nasdaq:",
        "FDA",
        "cleared",
        "trial",
    ]
    soup = " ".join(rng.choice(words) for _ in range(150_000))
    cases = {
        "empty": "",
        "1 MB of prose": ("Acme Bio earns a milestone payment from Pfizer under the licence. " * 16_000)[
            :1_000_000
        ],
        "binary junk": junk,
        "keyword soup": soup[:1_000_000],
        "no spaces": "A" * 1_000_000,
        "digits": "1" * 500_000,
        "dots": ". " * 400_000,
        "capitals": "Acme " * 200_000,
        "money run": "$1,000,000 " * 90_000,
        "tickers": "(Nasdaq: ABC) " * 70_000,
        "IND run": "IND " * 250_000,
        "gap windows": ("earn " + "word " * 7) * 60_000,
        "About headers": "About Acme\n\n" * 80_000,
        "Chinese": "公司宣布获得里程碑付款。与辉瑞签订许可协议。" * 20_000,
        "Japanese": "武田薬品はライセンス契約を締結しました。" * 20_000,
        "Arabic": "أعلنت الشركة عن دفعة إنجاز من فايزر " * 20_000,
        "emoji": "💊🧬📈 " * 100_000,
        "nested brackets": "(" * 100_000 + ")" * 100_000,
        "quotes": '("Acme") ' * 100_000,
    }
    return {
        name: Entry(wire="", native_id=name, url="", title=text[:5_000], summary=text[:20_000], body=text)
        for name, text in cases.items()
    }


def _throughput(fn: Callable[[Entry], Classification], items: list[Entry]) -> float:
    start = time.perf_counter()
    for entry in items:
        fn(entry)
    return len(items) / (time.perf_counter() - start)


def main() -> int:
    """Print the figures; return 0."""
    entries = _entries()
    items = (entries * (TARGET_ITEMS // len(entries) + 1))[: max(TARGET_ITEMS, len(entries))]
    deal = _throughput(lambda e: classify(e), items)
    keyword = _throughput(lambda e: baseline.classify(e), items)
    print(f"corpus: {len(entries)} items repeated to {len(items)}, one core")
    print(f"  DealWire classify+extract: {deal:10.0f} items/s")
    print(f"  keyword baseline:          {keyword:10.0f} items/s")
    print("hostile inputs (time per item):")
    worst = 0.0
    for name, entry in _hostile().items():
        start = time.perf_counter()
        classify(entry)
        took = time.perf_counter() - start
        worst = max(worst, took)
        print(f"  {name:<16} {took * 1000:10.1f} ms  ({len(entry.body):,} chars)")
    print(f"  worst case: {worst * 1000:.1f} ms per item")
    return 0


if __name__ == "__main__":
    sys.exit(main())
