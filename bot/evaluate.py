"""Score the classifier against labelled corpus files, and run it over JSON lines for the command line.

The metrics are the corpus's own definitions (see ../shared/corpus/score.py), written here in typed
code: per-event precision/recall/F1, false- and missed-alert rates, amount F1 and kind accuracy,
partner F1, company accuracy and ticker F1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from bot.classify import baseline
from bot.classify import classify as dealwire_classify
from bot.models import Classification, Entry

__all__ = [
    "LabelledItem",
    "Labels",
    "Scores",
    "entry_from_json",
    "prediction_json",
    "read_items",
    "run_classify",
    "run_eval",
    "score",
]

EVENTS = ("milestone", "ind", "licensing")
_NAME_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "plc",
        "ag",
        "sa",
        "nv",
        "bv",
        "gmbh",
        "kk",
        "llc",
        "lp",
        "se",
        "spa",
        "ab",
        "as",
        "asa",
        "oyj",
        "srl",
        "holdings",
        "group",
        "the",
    ]
)
_EXCHANGE_ALIASES = {
    "NASDAQGS": "NASDAQ",
    "NASDAQGM": "NASDAQ",
    "NASDAQCM": "NASDAQ",
    "NASDAQGLOBALSELECTMARKET": "NASDAQ",
    "NYSEMKT": "NYSEAMERICAN",
    "AMEX": "NYSEAMERICAN",
    "EURONEXTPARIS": "EURONEXT",
    "EURONEXTBRUSSELS": "EURONEXT",
    "EURONEXTAMSTERDAM": "EURONEXT",
    "EURONEXTGROWTH": "EURONEXT",
    "EURONEXTGROWTHPARIS": "EURONEXT",
    "TYO": "TSE",
    "TOKYO": "TSE",
    "HK": "HKEX",
    "SEHK": "HKEX",
    "LON": "LSE",
    "AIM": "LSE",
    "SWX": "SIX",
    "NASDAQCOPENHAGEN": "CPH",
    "OMXCOPENHAGEN": "CPH",
    "COPENHAGEN": "CPH",
    "NASDAQSTOCKHOLM": "STO",
    "OMXSTOCKHOLM": "STO",
    "FSE": "FRA",
    "XETRA": "FRA",
    "TSXV": "TSX-V",
    "TSXVENTURE": "TSX-V",
    "SHSE": "SSE",
    "SZSE": "SZSE",
    "KOSPI": "KRX",
}


class CorpusError(ValueError):
    """A labelled corpus file that cannot be read."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path, self.line, self.reason = path, line, reason


@dataclass(frozen=True, slots=True)
class GoldAmount:
    """A labelled amount."""

    value: float
    currency: str
    kind: str


@dataclass(frozen=True, slots=True)
class Labels:
    """The labels of one corpus item."""

    events: frozenset[str]
    company: str
    partners: tuple[str, ...]
    tickers: tuple[str, ...]
    amounts: tuple[GoldAmount, ...]


@dataclass(frozen=True, slots=True)
class LabelledItem:
    """One corpus item: the entry the classifier sees and the labels it is scored against."""

    id: str
    entry: Entry
    labels: Labels


@dataclass(frozen=True, slots=True)
class Scores:
    """The corpus metrics for one classifier over a set of items."""

    items: int
    per_event: Mapping[str, tuple[float, float, float]]  # precision, recall, F1
    event_micro_f1: float
    false_alert_rate: float
    missed_alert_rate: float
    amount_f1: float
    amount_kind_accuracy: float
    partner_f1: float
    company_accuracy: float
    ticker_f1: float
    counts: Mapping[str, int] = field(default_factory=dict)


# --- reading -----------------------------------------------------------------------------------------------


def _published(value: object) -> datetime | None:
    """An ISO date or datetime as a UTC datetime; None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value.strip()[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _text(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def entry_from_json(obj: Mapping[str, Any]) -> Entry:
    """Build an Entry from a JSON object with id, title, summary, body, published[, issuer, categories]."""
    item_id = obj.get("id")
    if not isinstance(item_id, str | int) or str(item_id) == "":
        raise ValueError("missing id")
    issuer = obj.get("issuer")
    categories = obj.get("categories")
    return Entry(
        wire="",
        native_id=str(item_id),
        url="",
        title=_text(obj, "title"),
        summary=_text(obj, "summary"),
        body=_text(obj, "body"),
        published=_published(obj.get("published")),
        issuer=issuer if isinstance(issuer, str) and issuer.strip() else None,
        categories=tuple(c for c in categories if isinstance(c, str)) if isinstance(categories, list) else (),
    )


def _labels(obj: Mapping[str, Any]) -> Labels:
    lab = obj.get("labels")
    if not isinstance(lab, dict):
        raise ValueError("no labels")
    amounts = tuple(
        GoldAmount(value=float(a["value"]), currency=str(a["currency"]).upper(), kind=str(a["kind"]))
        for a in lab.get("amounts", [])
    )
    return Labels(
        events=frozenset(str(e) for e in lab.get("events", [])),
        company=str(lab.get("company") or ""),
        partners=tuple(str(p) for p in lab.get("partners", [])),
        tickers=tuple(str(t) for t in lab.get("tickers", [])),
        amounts=amounts,
    )


def read_items(path: Path) -> list[LabelledItem]:
    """Return the labelled items of a JSON-lines corpus file (reads the file)."""
    items: list[LabelledItem] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
                items.append(LabelledItem(id=str(obj["id"]), entry=entry_from_json(obj), labels=_labels(obj)))
            except (ValueError, KeyError, TypeError) as exc:
                raise CorpusError(path, n, str(exc)) from exc
    return items


# --- scoring -----------------------------------------------------------------------------------------------


def _norm_name(name: str) -> tuple[str, ...]:
    s = re.sub(r"[^a-z0-9 ]+", " ", (name or "").lower().replace("&", " and "))
    return tuple(t for t in s.split() if t not in _NAME_SUFFIXES)


def _name_match(pred: str, gold_alternatives: str) -> bool:
    p = _norm_name(pred)
    if not p:
        return False
    for alt in gold_alternatives.split("|"):
        g = _norm_name(alt)
        if g and (p == g or p[: min(len(p), len(g))] == g[: min(len(p), len(g))]):
            return True
    return False


def _norm_ticker(ticker: str) -> str | None:
    t = (ticker or "").upper().replace(" ", "").replace(".", "")
    if ":" not in t:
        return None
    ex, sym = t.split(":", 1)
    ex = _EXCHANGE_ALIASES.get(ex, ex)
    if sym.isdigit():
        sym = sym.lstrip("0") or "0"
    return f"{ex}:{sym}"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(items: Sequence[LabelledItem], predictions: Mapping[str, Classification]) -> Scores:
    """Return the corpus metrics of predictions (missing predictions count as empty)."""
    ev = {e: [0, 0, 0] for e in EVENTS}
    neg = neg_alerted = pos = pos_missed = comp_ok = 0
    part, amt, tick = [0, 0, 0], [0, 0, 0], [0, 0, 0]
    kind_ok = kind_n = 0
    for item in items:
        gold, pred = item.labels, predictions.get(item.id, Classification())
        pe = {e.value for e in pred.events}
        for e in EVENTS:
            ev[e][0] += e in gold.events and e in pe
            ev[e][1] += e not in gold.events and e in pe
            ev[e][2] += e in gold.events and e not in pe
        gt = {t for t in map(_norm_ticker, gold.tickers) if t}
        pt = {t for t in map(_norm_ticker, pred.tickers) if t}
        tick[0] += len(gt & pt)
        tick[1] += len(pt - gt)
        tick[2] += len(gt - pt)
        if not gold.events:
            neg += 1
            neg_alerted += bool(pe)
            continue
        pos += 1
        pos_missed += not pe
        comp_ok += _name_match(pred.company or "", gold.company)
        matched: set[int] = set()
        for p in pred.partners:
            hit = next(
                (i for i, g in enumerate(gold.partners) if i not in matched and _name_match(p, g)), None
            )
            part[1 if hit is None else 0] += 1
            if hit is not None:
                matched.add(hit)
        part[2] += len(gold.partners) - len(matched)
        used: set[int] = set()
        for a in pred.amounts:
            v = float(a.value)
            cands = [
                i
                for i, g in enumerate(gold.amounts)
                if i not in used and a.currency.upper() == g.currency and abs(v - g.value) <= 0.01 * g.value
            ]
            same = [i for i in cands if gold.amounts[i].kind == a.kind.value]
            best = next(iter(same or cands), None)
            if best is None:
                amt[1] += 1
                continue
            used.add(best)
            amt[0] += 1
            kind_n += 1
            kind_ok += a.kind.value == gold.amounts[best].kind
        amt[2] += len(gold.amounts) - len(used)
    totals = [sum(v[i] for v in ev.values()) for i in range(3)]
    return Scores(
        items=len(items),
        per_event={e: _prf(*ev[e]) for e in EVENTS},
        event_micro_f1=_prf(*totals)[2],
        false_alert_rate=neg_alerted / neg if neg else 0.0,
        missed_alert_rate=pos_missed / pos if pos else 0.0,
        amount_f1=_prf(*amt)[2],
        amount_kind_accuracy=kind_ok / kind_n if kind_n else 0.0,
        partner_f1=_prf(*part)[2],
        company_accuracy=comp_ok / pos if pos else 0.0,
        ticker_f1=_prf(*tick)[2],
        # the labelled amounts on items with events: with none, amount F1 and kind accuracy measure nothing
        counts={"positive": pos, "negative": neg, "amounts": amt[0] + amt[2]},
    )


# --- command-line entry points -----------------------------------------------------------------------------


def _value(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def prediction_json(item_id: str, c: Classification) -> dict[str, Any]:
    """The JSON object `dealwire classify` writes for one entry."""
    return {
        "id": item_id,
        "events": [e.value for e in c.events],
        "company": c.company,
        "partners": list(c.partners),
        "tickers": list(c.tickers),
        "amounts": [
            {"value": _value(a.value), "currency": a.currency, "kind": a.kind.value} for a in c.amounts
        ],
        "evidence": [{"event": e.event.value, "rule": e.rule, "sentence": e.sentence} for e in c.evidence],
    }


def run_classify(*, source: TextIO, out: TextIO, err: TextIO) -> int:
    """Classify JSON lines from source to out, one line each; report bad lines on err; 1 if any failed."""
    failed = False
    for n, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            entry = entry_from_json(obj)
        except (ValueError, RecursionError) as exc:
            failed = True
            err.write(json.dumps({"line": n, "error": f"line {n}: {exc}"}) + "\n")
            continue
        out.write(
            json.dumps(prediction_json(entry.native_id, dealwire_classify(entry)), ensure_ascii=False) + "\n"
        )
    return 1 if failed else 0


def _predict(
    items: Iterable[LabelledItem], fn: Callable[[Entry], Classification]
) -> dict[str, Classification]:
    return {item.id: fn(item.entry) for item in items}


def _table(dealwire: Scores, keyword: Scores) -> list[str]:
    rows: list[tuple[str, float, float]] = []
    for e in EVENTS:
        for i, label in enumerate(("precision", "recall", "F1")):
            rows.append((f"{e} {label}", dealwire.per_event[e][i], keyword.per_event[e][i]))
    rows += [
        ("event micro-F1", dealwire.event_micro_f1, keyword.event_micro_f1),
        ("false-alert rate (non-events)", dealwire.false_alert_rate, keyword.false_alert_rate),
        ("missed-alert rate (events)", dealwire.missed_alert_rate, keyword.missed_alert_rate),
        ("amount F1", dealwire.amount_f1, keyword.amount_f1),
        ("amount kind accuracy", dealwire.amount_kind_accuracy, keyword.amount_kind_accuracy),
        ("partner F1", dealwire.partner_f1, keyword.partner_f1),
        ("company accuracy", dealwire.company_accuracy, keyword.company_accuracy),
        ("ticker F1", dealwire.ticker_f1, keyword.ticker_f1),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{'metric':<{width}}  {'DealWire':>9}  {'keywords':>9}", "-" * (width + 22)]
    lines += [f"{name:<{width}}  {a:>9.3f}  {b:>9.3f}" for name, a, b in rows]
    return lines


def run_eval(*, paths: Sequence[Path], out: TextIO) -> int:
    """Print DealWire's and the keyword baseline's metrics over labelled files; 2 if a file is unreadable."""
    items: list[LabelledItem] = []
    for path in paths:
        try:
            items.extend(read_items(path))
        except (OSError, CorpusError, InvalidOperation) as exc:
            out.write(f"cannot read {path}: {exc}\n")
            return 2
    dealwire = score(items, _predict(items, dealwire_classify))
    keyword = score(items, _predict(items, baseline.classify))
    out.write(
        f"{len(items)} labelled items ({dealwire.counts.get('positive', 0)} with events) from "
        f"{', '.join(str(p) for p in paths)}\n"
    )
    out.write("\n".join(_table(dealwire, keyword)) + "\n")
    return 0
