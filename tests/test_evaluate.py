"""Metrics, reading labelled files, and the classify/eval entry points the command line calls."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from bot.evaluate import read_items, run_classify, run_eval, score
from bot.models import Amount, AmountKind, Classification, EventType

ITEM: dict[str, object] = {
    "id": "t-1",
    "title": "Acme Bio earns $10 million milestone from Pfizer",
    "summary": "Acme Bio (NASDAQ: ACME) earns a $10 million milestone payment from Pfizer.",
    "body": "",
    "published": "2024-05-01",
    "labels": {
        "events": ["milestone"],
        "company": "Acme Bio|Acme",
        "partners": ["Pfizer"],
        "tickers": ["NASDAQ:ACME"],
        "amounts": [{"value": 10000000, "currency": "USD", "kind": "milestone"}],
    },
}
NEGATIVE: dict[str, object] = {
    "id": "t-2",
    "title": "Acme Bio appoints a new CFO",
    "summary": "",
    "body": "",
    "published": "2024-05-02",
    "labels": {"events": [], "company": "Acme Bio", "partners": [], "tickers": [], "amounts": []},
}


def _write(tmp_path: Path, *objs: Mapping[str, object]) -> Path:
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return path


def test_perfect_prediction_scores_one(tmp_path: Path) -> None:
    items = read_items(_write(tmp_path, ITEM, NEGATIVE))
    perfect = Classification(
        events=(EventType.MILESTONE,),
        company="Acme Bio, Inc.",
        partners=("Pfizer Inc.",),
        tickers=("Nasdaq:acme",),
        amounts=(Amount(value=Decimal(10_000_000), currency="USD", kind=AmountKind.MILESTONE),),
    )
    s = score(items, {"t-1": perfect})
    assert s.event_micro_f1 == 1.0
    assert s.false_alert_rate == 0.0
    assert s.company_accuracy == s.partner_f1 == s.amount_f1 == s.amount_kind_accuracy == s.ticker_f1 == 1.0


def test_false_alert_and_wrong_kind_are_counted(tmp_path: Path) -> None:
    items = read_items(_write(tmp_path, ITEM, NEGATIVE))
    wrong = Classification(
        events=(EventType.MILESTONE,),
        amounts=(Amount(value=Decimal(10_050_000), currency="USD", kind=AmountKind.UPFRONT),),
    )
    s = score(items, {"t-1": wrong, "t-2": Classification(events=(EventType.LICENSING,))})
    assert s.false_alert_rate == 1.0
    assert s.per_event["licensing"][0] == 0.0
    assert s.amount_f1 == 1.0  # within 1% of the value
    assert s.amount_kind_accuracy == 0.0
    assert s.ticker_f1 == 0.0


def test_run_classify_writes_one_line_per_input_and_reports_bad_lines() -> None:
    source = io.StringIO(
        json.dumps(ITEM) + "\n{not json\n" + json.dumps([1, 2]) + "\n" + json.dumps(NEGATIVE) + "\n"
    )
    out, err = io.StringIO(), io.StringIO()
    assert run_classify(source=source, out=out, err=err) == 1
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["id"] for x in lines] == ["t-1", "t-2"]
    first = lines[0]
    assert first["events"] == ["milestone"]
    assert first["amounts"] == [{"value": 10000000, "currency": "USD", "kind": "milestone"}]
    assert first["evidence"]
    assert {"event", "rule", "sentence"} <= set(first["evidence"][0])
    errors = err.getvalue().splitlines()
    assert len(errors) == 2
    assert "line 2" in errors[0]
    assert "line 3" in errors[1]


def test_run_classify_returns_zero_when_all_lines_are_good() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_classify(source=io.StringIO(json.dumps(NEGATIVE) + "\n"), out=out, err=err) == 0
    assert err.getvalue() == ""


def test_run_eval_prints_both_classifiers(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_eval(paths=[_write(tmp_path, ITEM, NEGATIVE)], out=out) == 0
    text = out.getvalue()
    for word in ("DealWire", "keywords", "false-alert rate", "ticker F1"):
        assert word in text


def test_run_eval_reports_an_unreadable_file(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_eval(paths=[tmp_path / "missing.jsonl"], out=out) == 2
    assert "cannot read" in out.getvalue()
