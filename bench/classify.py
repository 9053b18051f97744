"""Throughput of classify + extract on the labelled corpus, beside the keyword baseline, and worst cases.

Run: `uv run --frozen python -m bench.classify` (after `uv run --frozen dealwire compile` to measure the
compiled classifier the bot loads; the source's figure is printed beside it). Prints, on one core (pinned
when the system allows), which classifier ran, then:
items per second for the corpus repeated to at least 10,000 items, as it runs (caches warm: a sentence
seen in an earlier repetition may be remembered) and with every item new (the classifier's caches
emptied before each item, which is what a live feed sees); the keyword baseline and the ratio; the
target and whether it is met; where the time goes (milliseconds per item in each stage of classify, as
its `lap` names them); and the slowest time per item over hostile inputs (empty, 1 MB of text,
binary junk, other scripts, and a pathological string for every rule, cue and money pattern, built
from the words that pattern looks for), so catastrophic backtracking would show up as a figure.
Figures are printed, never asserted.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import bot.classify
from bot import compiled
from bot.classify import STAGES, baseline, classify, money_grammar
from bot.classify.amount_cues import CUE_PATTERNS
from bot.classify.rules import RULES
from bot.classify.text import needs
from bot.models import Classification, Entry

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TARGET_ITEMS = 10_000
TARGET_RATE = 2_000  # items per second on one core, every item new
ROUNDS = 2  # each throughput figure is the best of this many passes: other work on the machine only slows
PATHOLOGICAL_CHARS = 30_000


def _pin() -> str:
    """Pin this process to one CPU when the system allows; say which."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no CPU affinity on this system)"
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[-1]})
    return f"pinned to CPU {cpus[-1]}"


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


def _caches() -> list[Callable[[], None]]:
    """The `cache_clear` of every cached function in the classifier's modules."""
    found: list[Callable[[], None]] = []
    for info in pkgutil.iter_modules(bot.classify.__path__, "bot.classify."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and clear not in found:
                found.append(clear)
    return found


def _salad(words: Iterable[str]) -> str:
    """A pathological text for one pattern: the words it looks for, over and over, to the size limit."""
    unit = " ".join(sorted(words)) + " "
    return (unit * (PATHOLOGICAL_CHARS // max(1, len(unit)) + 1))[:PATHOLOGICAL_CHARS]


def _pattern_cases() -> dict[str, str]:
    """One pathological text per rule, cue and money pattern, from the words each needs."""
    patterns: list[tuple[str, re.Pattern[str]]] = [(r.name, r.pattern) for r in RULES]
    patterns += [(f"cue.{rule.cue.value}.{i}", rx) for i, (rule, rx) in enumerate(CUE_PATTERNS)]
    patterns += [
        (f"money.{name.strip('_').lower()}", value)
        for name, value in vars(money_grammar).items()
        if isinstance(value, re.Pattern)
    ]
    cases: dict[str, str] = {}
    for name, pattern in patterns:
        words = {w for clause in needs(pattern) for w in clause} or {"1", "$", "million", "the"}
        cases[name] = _salad(words)
    return cases


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
        "split words": "Cor porat e collab oration Euro pean " * 30_000,
        "entities": "&amp;amp;" * 100_000 + "&#" + "9" * 50_000,
        "Chinese": "公司宣布获得里程碑付款。与辉瑞签订许可协议。" * 20_000,
        "Japanese": "武田薬品はライセンス契約を締結しました。" * 20_000,
        "Arabic": "أعلنت الشركة عن دفعة إنجاز من فايزر " * 20_000,
        "emoji": "💊🧬📈 " * 100_000,
        "nested brackets": "(" * 100_000 + ")" * 100_000,
        "quotes": '("Acme") ' * 100_000,
        "table of dots": "Financial terms (USD million)\nA" + "." * 300_000 + "\nB ..... 5",
        "table rows": "Financial terms (USD million)\n" + "Upfront ........ 1,400\n" * 20_000,
        "units listed": "Acme and its subsidiaries " + "Beta Gamma, " * 50_000 + "and Delta grant a licence.",
        **{f"pattern {name}": text for name, text in _pattern_cases().items()},
    }
    return {
        name: Entry(wire="", native_id=name, url="", title=text[:5_000], summary=text[:20_000], body=text)
        for name, text in cases.items()
    }


def _rate(fn: Callable[[Entry], Classification], items: list[Entry], before: Callable[[], None]) -> float:
    """Items per second, the best of `ROUNDS` passes; `before` runs ahead of each item, untimed."""
    best = 0.0
    for _ in range(ROUNDS):
        spent = 0.0
        for entry in items:
            before()
            start = time.perf_counter()
            fn(entry)
            spent += time.perf_counter() - start
        best = max(best, len(items) / spent)
    return best


def _stage_times(items: list[Entry], before: Callable[[], None]) -> dict[str, float]:
    """Seconds per item each stage of `classify` takes (its `lap` names them), every item new."""
    spent = dict.fromkeys(STAGES, 0.0)
    last = 0.0

    def lap(stage: str) -> None:
        nonlocal last
        now = time.perf_counter()
        spent[stage] += now - last
        last = now

    for entry in items:
        before()
        last = time.perf_counter()
        classify(entry, lap=lap)
    return {stage: seconds / len(items) for stage, seconds in spent.items()}


def _source_rate() -> float | None:
    """Items per second with every item new for the source classifier, measured in a separate process."""
    env = {**os.environ, "DEALWIRE_CLASSIFIER": "source"}
    done = subprocess.run(
        [sys.executable, "-m", "bench.classify", "--every-item-new-only"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return float(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"  (the source could not be measured: {done.stderr.strip()[-300:]})")
        return None


def main(argv: list[str]) -> int:
    """Print the figures; return 0."""
    pinned = _pin()
    entries = _entries()
    items = (entries * (TARGET_ITEMS // len(entries) + 1))[: max(TARGET_ITEMS, len(entries))]
    caches = _caches()

    def nothing() -> None:
        return None

    def forget() -> None:
        for clear in caches:
            clear()

    if "--every-item-new-only" in argv:
        print(_rate(lambda e: classify(e), items, forget))
        return 0
    status = compiled.status()
    print(f"classifier: {status}")
    warm = _rate(lambda e: classify(e), items, nothing)
    new = _rate(lambda e: classify(e), items, forget)
    keyword = _rate(lambda e: baseline.classify(e), items, nothing)
    source = _source_rate() if status.compiled else None
    print(f"corpus: {len(entries)} items repeated to {len(items)}, one core ({pinned}), best of {ROUNDS}")
    print(f"  DealWire classify+extract, every item new: {new:8.0f} items/s")
    if source is not None:
        print(f"  the same, source not compiled:             {source:8.0f} items/s ({new / source:.2f}x)")
    print(f"  DealWire classify+extract, caches warm:    {warm:8.0f} items/s")
    print(f"  keyword baseline:                          {keyword:8.0f} items/s")
    print(f"  ratio keyword/DealWire (every item new):   {keyword / new:8.1f}x")
    verdict = "met" if new >= TARGET_RATE else "not met"
    print(f"  target: >= {TARGET_RATE:,} items/s with every item new: {verdict}")
    stages = _stage_times(items, forget)
    total = sum(stages.values())
    print("where the time goes, every item new (ms per item; amounts and partners only for events):")
    for stage, seconds in stages.items():
        print(f"  {stage:<10} {seconds * 1000:7.3f} ms  {seconds / total:6.1%}")
    print("hostile inputs (time per item):")
    worst, worst_name = 0.0, ""
    for name, entry in _hostile().items():
        start = time.perf_counter()
        classify(entry)
        took = time.perf_counter() - start
        if took > worst:
            worst, worst_name = took, name
        print(f"  {name:<40} {took * 1000:8.1f} ms  ({len(entry.body):,} chars)")
    print(f"  worst case: {worst * 1000:.1f} ms per item ({worst_name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
